#include "model/local_agreements.h"

#include <algorithm>
#include <map>
#include <set>

#include "load/markdown_outline.h"
#include "model/site_model.h"

namespace handboek::model {

namespace {

std::string_view left_trimmed(std::string_view line) {
  const size_t start = line.find_first_not_of(" \t");
  return start == std::string_view::npos ? std::string_view{} : line.substr(start);
}

bool is_blank(std::string_view line) {
  return left_trimmed(line).empty();
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

// A fenced block of the file, by line numbers from 1.
struct Fence {
  int first = 0;
  int last = 0;
  std::string organisation;  // "" for a fence that is not ```lokaal
  std::string markdown;
};

// Every fenced code block (as CommonMark closes them: a run of the same
// character at least as long), so a ```lokaal shown inside a longer fence
// is not taken for a block.
std::vector<Fence> find_fences(const std::vector<std::string>& lines) {
  std::vector<Fence> fences;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view trimmed = left_trimmed(lines[i]);
    if (trimmed.size() < 3 || (trimmed[0] != '`' && trimmed[0] != '~')) continue;
    const char mark = trimmed[0];
    const size_t run = std::min(trimmed.find_first_not_of(mark), trimmed.size());
    if (run < 3) continue;
    const size_t indent = lines[i].size() - trimmed.size();
    std::string_view info = left_trimmed(trimmed.substr(run));
    Fence fence;
    fence.first = static_cast<int>(i) + 1;
    if (info.substr(0, load::kLocalBlockKind.size()) == load::kLocalBlockKind &&
        info.size() > load::kLocalBlockKind.size() &&
        (info[load::kLocalBlockKind.size()] == ' ' || info[load::kLocalBlockKind.size()] == '\t')) {
      const std::string_view id = left_trimmed(info.substr(load::kLocalBlockKind.size()));
      fence.organisation = std::string(id.substr(0, id.find_first_of(" \t")));
    }
    size_t close = i + 1;
    for (; close < lines.size(); ++close) {
      const std::string_view candidate = left_trimmed(lines[close]);
      const size_t length = std::min(candidate.find_first_not_of(mark), candidate.size());
      if (length >= run && is_blank(candidate.substr(length))) break;
    }
    fence.last = static_cast<int>(std::min(close, lines.size() - 1)) + 1;
    for (size_t line = i + 1; line < close && line < lines.size(); ++line) {
      std::string_view text = lines[line];
      size_t strip = 0;
      while (strip < indent && strip < text.size() && (text[strip] == ' ' || text[strip] == '\t')) ++strip;
      fence.markdown += std::string(text.substr(strip)) + "\n";
    }
    fences.push_back(std::move(fence));
    i = close;
  }
  return fences;
}

struct StepRange {
  int first = 0;
  int last = 0;
  std::string id;
  std::string title;
  size_t number = 0;
};

// The lines of each step in the front matter: from the "- " that opens
// its item to the line before the next item, or before the first line
// that leaves the list (less indented, or a key at the list's indentation).
std::vector<StepRange> step_ranges(const std::vector<std::string>& lines, std::vector<StepRange> steps, int body_line) {
  for (StepRange& step : steps) {
    int first = std::clamp(step.first, 1, static_cast<int>(lines.size()));
    while (first > 1 && left_trimmed(lines[static_cast<size_t>(first) - 1]).substr(0, 1) != "-") --first;
    step.first = first;
  }
  std::sort(steps.begin(), steps.end(), [](const StepRange& a, const StepRange& b) { return a.first < b.first; });
  const int front_matter_end = std::max(1, body_line - 1);  // the closing "---"
  for (size_t i = 0; i < steps.size(); ++i) {
    if (i + 1 < steps.size()) {
      steps[i].last = steps[i + 1].first - 1;
      continue;
    }
    const std::string& opening = lines[static_cast<size_t>(steps[i].first) - 1];
    const size_t indent = opening.size() - left_trimmed(opening).size();
    int last = steps[i].first;
    for (int line = steps[i].first + 1; line < front_matter_end; ++line) {
      const std::string& text = lines[static_cast<size_t>(line) - 1];
      if (is_blank(text)) continue;
      const std::string_view trimmed = left_trimmed(text);
      const size_t own = text.size() - trimmed.size();
      if (own < indent || (own == indent && trimmed[0] != '-')) break;
      last = line;
    }
    steps[i].last = last;
  }
  return steps;
}

// The steps of a process or a casus, with the line the loader gave each.
std::vector<StepRange> steps_of(const SiteModel& model, size_t page_index) {
  const load::Page& page = model.pages[page_index].page;
  std::vector<StepRange> steps;
  if (const auto* process = std::get_if<load::Process>(&page.details)) {
    for (size_t i = 0; i < process->steps.size(); ++i) {
      const load::ProcessStep& step = process->steps[i];
      steps.push_back({step.pos.line, 0, step.id, step.title, i + 1});
    }
  } else if (const auto* casus = std::get_if<load::Casus>(&page.details)) {
    const auto walked = model.casus_process.find(page_index);
    const load::Process* process = walked == model.casus_process.end()
                                       ? nullptr
                                       : std::get_if<load::Process>(&model.pages[walked->second].page.details);
    for (const load::CasusStep& step : casus->steps) {
      StepRange range{step.step.pos.line, 0, step.step.id, step.step.id, 0};
      for (size_t i = 0; process && i < process->steps.size(); ++i) {
        if (process->steps[i].id == step.step.id) {
          range.title = process->steps[i].title;
          range.number = i + 1;
        }
      }
      steps.push_back(std::move(range));
    }
  }
  return steps;
}

// The newest of `dates` over `lines` (numbers from 1).
std::optional<history::LineDate> newest(const std::vector<history::LineDate>& dates, const std::set<int>& lines) {
  std::optional<history::LineDate> found;
  for (const int line : lines) {
    if (line < 1 || static_cast<size_t>(line) > dates.size()) continue;
    const history::LineDate& date = dates[static_cast<size_t>(line) - 1];
    if (!found || history::newer_than(date, *found)) found = date;
  }
  return found;
}

int group_of(const load::Page& page) {
  if (page.type == load::PageType::kProcess) return 0;
  if (page.type == load::PageType::kCasus) return 1;
  return 2;
}

// One page's agreements.
std::optional<PageAgreements> page_agreements(const SiteModel& model, size_t index, const std::string& text,
                                              const DatePageLines& date, bool& dated) {
  const load::Page& page = model.pages[index].page;
  const std::vector<std::string> lines = split_lines(text);
  const std::vector<Fence> fences = find_fences(lines);
  if (std::none_of(fences.begin(), fences.end(), [](const Fence& fence) { return !fence.organisation.empty(); })) {
    return std::nullopt;
  }
  const int last_line = static_cast<int>(lines.size());
  std::vector<bool> in_block(lines.size() + 2, false);
  for (const Fence& fence : fences) {
    if (fence.organisation.empty()) continue;
    for (int line = fence.first; line <= fence.last; ++line) in_block[static_cast<size_t>(line)] = true;
  }
  // The shared lines between `first` and `last`.
  const auto shared = [&](int first, int last) {
    std::set<int> found;
    for (int line = std::max(first, 1); line <= std::min(last, last_line); ++line) {
      if (!in_block[static_cast<size_t>(line)] && !is_blank(lines[static_cast<size_t>(line) - 1])) found.insert(line);
    }
    return found;
  };
  const std::vector<StepRange> steps = step_ranges(lines, steps_of(model, index), page.body_line);
  std::set<int> whole_page = shared(page.body_line, last_line);
  for (const StepRange& step : steps) {
    const std::set<int> own = shared(step.first, step.last);
    whole_page.insert(own.begin(), own.end());
  }
  std::optional<std::vector<history::LineDate>> dates;
  if (date) dates = date(page.path, text);
  dated = dated || dates.has_value();

  const std::vector<load::Heading>& headings = page.outline.headings;
  PageAgreements result;
  result.page = index;
  std::map<std::pair<int, size_t>, size_t> place_of;  // (kind, step or heading) → index into places
  std::set<std::string> in_body;                      // organisations with a block in the body so far
  for (const Fence& fence : fences) {
    if (fence.organisation.empty()) continue;
    AgreementPlace place;
    std::set<int> shared_lines;
    std::pair<int, size_t> key{static_cast<int>(PlaceKind::kPage), 0};
    const auto step = std::find_if(steps.begin(), steps.end(), [&](const StepRange& range) {
      return fence.first >= range.first && fence.last <= range.last;
    });
    if (step != steps.end()) {
      place.kind = PlaceKind::kStep;
      place.title = step->title;
      place.anchor = load::step_anchor(step->id);
      place.step_number = step->number;
      shared_lines = shared(step->first, step->last);
      key = {static_cast<int>(PlaceKind::kStep), static_cast<size_t>(step - steps.begin())};
    } else if (fence.first >= page.body_line) {
      std::optional<size_t> above;
      for (size_t h = 0; h < headings.size(); ++h) {
        if (headings[h].line < fence.first) above = h;
      }
      if (above) {
        const load::Heading& heading = headings[*above];
        int end = last_line;
        for (size_t h = *above + 1; h < headings.size(); ++h) {
          if (headings[h].level <= heading.level) {
            end = headings[h].line - 1;
            break;
          }
        }
        shared_lines = shared(heading.line + 1, end);
        if (!shared_lines.empty()) shared_lines.insert(heading.line);
        place.kind = PlaceKind::kSection;
        place.title = heading.text;
        place.anchor = heading.anchor;
        key = {static_cast<int>(PlaceKind::kSection), *above};
      }
    }
    if (shared_lines.empty()) shared_lines = whole_page;
    LocalAgreement agreement;
    agreement.organisation = fence.organisation;
    agreement.markdown = fence.markdown;
    agreement.line = fence.first;
    agreement.first_in_body = fence.first >= page.body_line && in_body.insert(fence.organisation).second;
    if (dates) {
      std::set<int> block_lines;
      for (int line = fence.first; line <= fence.last; ++line) block_lines.insert(line);
      agreement.changed = newest(*dates, block_lines);
      agreement.shared_changed = newest(*dates, shared_lines);
      agreement.stale = agreement.changed && agreement.shared_changed &&
                        history::newer_than(*agreement.shared_changed, *agreement.changed);
    }
    auto [found, added] = place_of.emplace(key, result.places.size());
    if (added) result.places.push_back(std::move(place));
    result.places[found->second].agreements.push_back(std::move(agreement));
  }
  return result;
}

}  // namespace

size_t LocalAgreements::stale_count() const {
  size_t count = 0;
  for (const PageAgreements& page : pages) {
    for (const AgreementPlace& place : page.places) {
      for (const LocalAgreement& agreement : place.agreements) count += agreement.stale ? 1 : 0;
    }
  }
  return count;
}

LocalAgreements find_local_agreements(const SiteModel& model, const ReadPageText& read, const DatePageLines& date) {
  LocalAgreements found;
  std::vector<size_t> order;
  for (size_t i = 0; i < model.pages.size(); ++i) {
    const PageEntry& entry = model.pages[i];
    if (!entry.page.is_generated && !entry.output_path.empty()) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return group_of(model.pages[a].page) < group_of(model.pages[b].page); });
  for (const size_t index : order) {
    const std::optional<std::string> text = read(model.pages[index].page.path);
    if (!text) continue;
    if (auto page = page_agreements(model, index, *text, date, found.dated)) found.pages.push_back(std::move(*page));
  }
  return found;
}

}  // namespace handboek::model
