#include "yaml/yaml_reader.h"

#include <yaml-cpp/anchor.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>

#include <map>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include "base/did_you_mean.h"
#include "base/dutch_date.h"
#include "base/text.h"
#include "yaml/unterminated_quote.h"

namespace handboek::yaml {

YamlReader::YamlReader(std::string path, int first_line, base::Diagnostics& diagnostics)
    : path_(std::move(path)), first_line_(first_line), diagnostics_(diagnostics) {}

namespace {

// A problem found by the structure check; stops parsing.
struct StructureProblem {
  YAML::Mark mark;
  std::string message;
};

// Checks the event stream before the tree is built: yaml-cpp shares an
// aliased node, but everything reading the tree (and the HTML it becomes)
// expands it, so 6 KB of nested aliases once became 165 MB of HTML. Counts
// what the document is after expansion, memoised per anchor, so the check
// itself stays linear. Also: duplicate keys (yaml-cpp keeps the last one
// silently) and nesting depth, each with its position.
class StructureCheck final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor, "~"); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (++aliases_ > kMaxAliases) {
      throw StructureProblem{mark,
                             "meer dan " + std::to_string(kMaxAliases) + " aliassen (*naam); schrijf de waarden uit"};
    }
    const auto found = sizes_.find(anchor);
    add(mark, found == sizes_.end() ? Size{1, 0} : found->second);
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
    leaf(mark, anchor, value);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor, false);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor, true);
  }
  void OnMapEnd() override { close(); }

  static constexpr size_t kMaxDepth = 64;
  static constexpr size_t kMaxAliases = 1000;
  static constexpr size_t kMaxExpandedNodes = 100'000;
  static constexpr size_t kMaxExpandedBytes = 4 << 20;

 private:
  struct Size {
    size_t nodes = 0;
    size_t bytes = 0;
  };
  struct Open {
    YAML::anchor_t anchor;
    bool is_map;
    bool expecting_key = true;
    Size size;
    std::set<std::string> keys;
  };

  void leaf(const YAML::Mark& mark, YAML::anchor_t anchor, const std::string& value) {
    if (!stack_.empty() && stack_.back().is_map) {
      Open& map = stack_.back();
      if (map.expecting_key && !map.keys.insert(value).second) {
        throw StructureProblem{mark, "de sleutel '" + value + "' staat hier twee keer"};
      }
    }
    const Size size{1, value.size()};
    if (anchor != YAML::NullAnchor) sizes_[anchor] = size;
    add(mark, size);
  }
  void open(const YAML::Mark& mark, YAML::anchor_t anchor, bool is_map) {
    if (stack_.size() >= kMaxDepth) {
      throw StructureProblem{mark, "meer dan " + std::to_string(kMaxDepth) + " niveaus diep genest"};
    }
    stack_.push_back(Open{anchor, is_map, true, {}, {}});
  }
  void close() {
    Open done = std::move(stack_.back());
    stack_.pop_back();
    done.size.nodes += 1;
    if (done.anchor != YAML::NullAnchor) sizes_[done.anchor] = done.size;
    if (stack_.empty()) return;
    Open& parent = stack_.back();
    parent.size.nodes += done.size.nodes;
    parent.size.bytes += done.size.bytes;
    toggle_key(parent);
  }
  // Adds a finished child to the open container (or the document) and
  // checks the totals.
  void add(const YAML::Mark& mark, const Size& size) {
    total_.nodes += size.nodes;
    total_.bytes += size.bytes;
    if (total_.nodes > kMaxExpandedNodes || total_.bytes > kMaxExpandedBytes) {
      throw StructureProblem{mark, "de aliassen worden meer dan " + std::to_string(kMaxExpandedNodes) + " waarden of " +
                                       std::to_string(kMaxExpandedBytes >> 20) +
                                       " MB tekst; schrijf de waarden uit of gebruik minder aliassen"};
    }
    if (stack_.empty()) return;
    Open& parent = stack_.back();
    parent.size.nodes += size.nodes;
    parent.size.bytes += size.bytes;
    toggle_key(parent);
  }
  static void toggle_key(Open& container) {
    if (container.is_map) container.expecting_key = !container.expecting_key;
  }

  std::vector<Open> stack_;
  std::map<YAML::anchor_t, Size> sizes_;
  Size total_;
  size_t aliases_ = 0;
};

// yaml-cpp's own message (English) in parentheses after a Dutch sentence
// for the mistakes an editor makes; the rest keep only the general one.
std::string invalid_yaml(const std::string& detail) {
  static const std::pair<const char*, const char*> kExplained[] = {
      {YAML::ErrorMsg::END_OF_MAP, "een blok sleutels wordt niet goed afgesloten; kijk of alles even ver inspringt"},
      {YAML::ErrorMsg::END_OF_MAP_FLOW, "een { wordt niet gesloten met }"},
      {YAML::ErrorMsg::END_OF_SEQ, "een lijst wordt niet goed afgesloten; kijk of alles even ver inspringt"},
      {YAML::ErrorMsg::END_OF_SEQ_FLOW, "een [ wordt niet gesloten met ]"},
      {YAML::ErrorMsg::TAB_IN_INDENTATION, "een tab om in te springen; gebruik spaties"},
      {YAML::ErrorMsg::MAP_KEY, "een sleutel op een plek waar die niet kan"},
      {YAML::ErrorMsg::MAP_VALUE,
       "een dubbele punt op een plek waar die niet kan; zet de waarde tussen aanhalingstekens"},
      {YAML::ErrorMsg::BLOCK_ENTRY, "een lijstitem (-) op een plek waar dat niet kan; kijk hoe ver het inspringt"},
      {YAML::ErrorMsg::UNKNOWN_ANCHOR, "een alias (*naam) zonder anker (&naam)"},
      {YAML::ErrorMsg::EOF_IN_SCALAR, "de tekst houdt op midden in een waarde"},
  };
  for (const auto& [english, dutch] : kExplained) {
    if (detail == english) return std::string("ongeldige YAML: ") + dutch + " (" + detail + ")";
  }
  return "ongeldige YAML (" + detail + ")";
}

}  // namespace

std::string unknown_key(std::string_view key) {
  return "onbekende sleutel '" + std::string(key) + "'";
}

std::optional<YAML::Node> YamlReader::parse(const std::string& text) {
  if (const auto quote = find_unterminated_quote(text)) {
    const std::string mark(1, quote->quote);
    diagnostics_.error(path_, first_line_ + quote->line, quote->column + 1,
                       "ongeldige YAML: de waarde die hier met " + mark +
                           " begint, wordt nergens gesloten; sluit haar af met " + mark +
                           " op dezelfde regel (of haal de " + mark + " weg)");
    return std::nullopt;
  }
  try {
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    StructureCheck check;
    parser.HandleNextDocument(check);
    return YAML::Load(text);
  } catch (const StructureProblem& problem) {
    diagnostics_.error(path_, first_line_ + std::max(0, problem.mark.line), std::max(0, problem.mark.column) + 1,
                       "ongeldige YAML: " + problem.message);
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    diagnostics_.error(path_, first_line_ + std::max(0, e.mark.line), std::max(0, e.mark.column) + 1,
                       invalid_yaml(e.msg));
    return std::nullopt;
  }
}

SourcePos YamlReader::position(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {first_line_, 1};
  return {first_line_ + mark.line, mark.column + 1};
}

void YamlReader::error(const YAML::Node& node, std::string message) {
  const SourcePos pos = position(node);
  diagnostics_.error(path_, pos.line, pos.column, std::move(message));
}

void YamlReader::warning(const YAML::Node& node, std::string message) {
  const SourcePos pos = position(node);
  diagnostics_.warning(path_, pos.line, pos.column, std::move(message));
}

std::optional<YAML::Node> YamlReader::present(const YAML::Node& map, std::string_view key, bool required) {
  const YAML::Node value = map[std::string(key)];
  if (value && !value.IsNull()) return value;
  if (required) error(map, "de verplichte sleutel '" + std::string(key) + "' ontbreekt");
  return std::nullopt;
}

std::optional<std::string> YamlReader::text(const YAML::Node& map, std::string_view key, bool required) {
  const auto value = present(map, key, required);
  if (!value) return std::nullopt;
  if (!value->IsScalar()) {
    error(*value, "'" + std::string(key) + "' moet tekst zijn");
    return std::nullopt;
  }
  return value->Scalar();
}

std::vector<std::string> YamlReader::text_list(const YAML::Node& map, std::string_view key) {
  std::vector<std::string> out;
  const auto value = present(map, key, false);
  if (!value) return out;
  if (value->IsScalar()) return {value->Scalar()};
  if (!value->IsSequence()) {
    error(*value, "'" + std::string(key) + "' moet een lijst van teksten zijn");
    return out;
  }
  for (const YAML::Node& item : *value) {
    if (item.IsScalar()) {
      out.push_back(item.Scalar());
    } else {
      error(item, "de items van '" + std::string(key) + "' moeten tekst zijn");
    }
  }
  return out;
}

std::optional<int> YamlReader::integer(const YAML::Node& map, std::string_view key) {
  const auto value = present(map, key, false);
  if (!value) return std::nullopt;
  const std::string& scalar = value->IsScalar() ? value->Scalar() : "";
  const std::string_view digits = std::string_view(scalar).substr(scalar.starts_with('-') ? 1 : 0);
  if (!value->IsScalar() || digits.size() > 9 || !base::is_digits(digits)) {
    error(*value, "'" + std::string(key) + "' moet een heel getal zijn");
    return std::nullopt;
  }
  return std::stoi(value->Scalar());
}

std::optional<bool> YamlReader::boolean(const YAML::Node& map, std::string_view key) {
  const auto value = present(map, key, false);
  if (!value) return std::nullopt;
  const std::string text = value->IsScalar() ? value->Scalar() : "";
  if (text == "true" || text == "yes") return true;
  if (text == "false" || text == "no") return false;
  error(*value, "'" + std::string(key) + "' moet true of false zijn");
  return std::nullopt;
}

std::optional<std::string> YamlReader::date(const YAML::Node& map, std::string_view key) {
  const auto value = text(map, key);
  if (!value) return std::nullopt;
  const std::optional<base::CalendarDate> parts = base::parse_iso_date(*value);
  if (!parts || parts->month < 1 || parts->month > 12 || parts->day < 1 || parts->day > 31) {
    error(map[std::string(key)], "'" + std::string(key) + "' moet een datum zijn, geschreven als JJJJ-MM-DD");
    return std::nullopt;
  }
  const int year = parts->year;
  const int month = parts->month;
  const int day = parts->day;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  constexpr int kDaysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDaysIn[month - 1] + (month == 2 && leap ? 1 : 0)) {
    error(map[std::string(key)], "'" + std::string(key) + "': " + *value + " bestaat niet als dag in de kalender");
    return std::nullopt;
  }
  return value;
}

std::optional<YAML::Node> YamlReader::sequence(const YAML::Node& map, std::string_view key, bool required) {
  auto value = present(map, key, required);
  if (value && !value->IsSequence()) {
    error(*value, "'" + std::string(key) + "' moet een lijst zijn");
    return std::nullopt;
  }
  return value;
}

bool YamlReader::expect_map(const YAML::Node& node, std::string_view what) {
  if (node.IsMap()) return true;
  error(node, std::string(what) + " moet bestaan uit sleutels met een waarde (sleutel: waarde)");
  return false;
}

void YamlReader::warn_unknown_keys(const YAML::Node& map, const std::vector<std::string_view>& allowed) {
  const std::vector<std::string> candidates(allowed.begin(), allowed.end());
  for (const auto& entry : map) {
    const std::string key = entry.first.Scalar();
    bool known = false;
    for (const std::string_view name : allowed) known = known || key == name;
    if (!known) warning(entry.first, unknown_key(key) + base::suggestion_suffix(key, candidates));
  }
}

}  // namespace handboek::yaml
