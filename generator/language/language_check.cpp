#include "language/language_check.h"

#include <algorithm>
#include <map>

#include "base/parallel_for.h"
#include "language/checked_text.h"
#include "language/readability.h"
#include "language/text_locator.h"
#include "language/words.h"
#include "load/audience.h"

namespace handboek::language {

namespace {

// A word the spelling check looks up, where it stands in its text.
struct SpelledWord {
  size_t block = 0;
  std::string_view word;
  int occurrence = 0;  // earlier whole-word copies in the same block
};

// Site words that are right whatever the dictionary says.
KnownWords known_words(const model::SiteModel& model, const source::Source& source) {
  KnownWords known;
  // handboek's own names for its page types and their sections (`handboek
  // new` writes them); every site uses them, no site should have to list them.
  known.add_words_of(
      "gespreksformat gespreksformats competentieprofiel competentieprofielen trainingsmap "
      "trainingsmappen casussen");
  for (const config::Organisation& organisation : model.config.organisations) {
    known.add_words_of(organisation.name);
    known.add_words_of(organisation.id);
  }
  for (const size_t index : model.glossary) {
    const load::Page& term = model.pages[index].page;
    known.add_words_of(term.title);
    if (const auto* details = std::get_if<load::GlossaryTerm>(&term.details)) {
      for (const std::string& alias : details->aliases) known.add_words_of(alias);
    }
  }
  if (const auto list = source.read_file(*base::SitePath::parse(std::string(kWordListFile)))) {
    known.add_word_list(*list);
  }
  return known;
}

bool in_marked_range(const load::ProseBlock& prose, size_t offset) {
  for (const auto& [first, last] : prose.marked) {
    if (offset >= first && offset < last) return true;
  }
  return false;
}

TextPosition block_start(const TextBlock& block, const TextLocator& locator) {
  if (block.exact) return {block.prose.line, block.prose.column};
  const std::vector<Word> words = split_words(block.prose.text);
  const TextPosition found = words.empty() ? TextPosition{} : locator.find(words.front().text, block.prose.line);
  return found.line ? found : TextPosition{block.prose.line, 1};
}

void check_readability(const CheckedText& text, const TextLocator& locator, const SyllableCounter& syllables,
                       base::Diagnostics& diagnostics) {
  for (const TextBlock& block : text.blocks) {
    if (!block.readability) continue;
    const auto warning = b1_warning(score_text(block.prose.text, syllables));
    if (!warning) continue;
    const TextPosition at = block_start(block, locator);
    diagnostics.warning(text.path, at.line, at.column, *warning);
  }
}

std::vector<SpelledWord> words_to_spell(const CheckedText& text, const KnownWords& known) {
  std::vector<SpelledWord> spelled;
  for (size_t b = 0; b < text.blocks.size(); ++b) {
    const load::ProseBlock& prose = text.blocks[b].prose;
    std::map<std::string_view, int> seen;
    for (const Word& word : split_words(prose.text)) {
      const int occurrence = seen[word.text]++;
      if (in_marked_range(prose, word.offset) || known.skips(word.text)) continue;
      spelled.push_back({b, word.text, occurrence});
    }
  }
  return spelled;
}

// A hyphenated word whose parts are each right, by the site or the
// dictionary ("git-repository", "Markdown-bestand").
bool parts_are_right(std::string_view word, const KnownWords& known, SpellChecker& spelling) {
  return every_hyphen_part(word, [&](std::string_view part) { return known.skips(part) || spelling.is_correct(part); });
}

std::string spelling_message(std::string_view word, const std::vector<std::string>& suggestions) {
  std::string message = "onbekend woord '" + std::string(word) + "'";
  if (suggestions.empty())
    return message + " (niet in het Nederlandse woordenboek; is het goed, zet het dan in woordenlijst.txt)";
  message += "; bedoelde je ";
  for (size_t i = 0; i < suggestions.size(); ++i) {
    if (i > 0) message += i + 1 == suggestions.size() ? " of " : ", ";
    message += "'" + suggestions[i] + "'";
  }
  return message + "?";
}

}  // namespace

LanguageTools load_language_tools(const DictionaryPaths& paths) {
  LanguageTools tools;
  std::string why;
  tools.syllables = SyllableCounter::load(paths.hyphenation, why);
  if (!tools.syllables) tools.off.push_back("B1-controle staat uit: " + why);
  why.clear();
  tools.spelling = SpellChecker::load(paths.spelling, why);
  if (!tools.spelling) tools.off.push_back("spellingcontrole staat uit: " + why);
  return tools;
}

SpellingReport check_language(const model::SiteModel& model, const source::Source& source, LanguageTools& tools,
                              int jobs, base::Diagnostics& diagnostics, SpellingFindings findings) {
  std::vector<CheckedText> texts;
  for (const model::PageEntry& entry : model.pages) texts.push_back(page_texts(entry.page));
  for (const load::FormDefinition& form : model.forms) texts.push_back(form_texts(form));
  const KnownWords known = known_words(model, source);
  // hunspell-nl is a Dutch dictionary: on a site in another language every
  // word would be "unknown".
  const std::string& language = model.config.language;
  const bool dutch = language == "nl" || language.rfind("nl-", 0) == 0;

  std::vector<base::Diagnostics> found(texts.size());
  std::vector<std::vector<std::string_view>> unknown(texts.size());
  std::vector<bool> not_dutch(texts.size(), false);
  base::parallel_for(texts.size(), jobs, [&](size_t i) {
    const CheckedText& text = texts[i];
    const std::string file = source.read_file(*base::SitePath::parse(text.path)).value_or("");
    const TextLocator locator(file);
    if (tools.syllables) check_readability(text, locator, *tools.syllables, found[i]);
    if (!tools.spelling || !dutch) return;
    const std::vector<SpelledWord> spelled_words = words_to_spell(text, known);
    std::vector<const SpelledWord*> wrong;
    // The guess is made on the first kLanguageSample words, so a long
    // English page costs a hundred lookups, not thousands.
    const size_t sample = std::min(spelled_words.size(), kLanguageSample);
    for (size_t w = 0; w < spelled_words.size(); ++w) {
      const SpelledWord& spelled = spelled_words[w];
      if (w == sample && sample >= kMinWordsForLanguageGuess && wrong.size() * 2 > sample) break;
      if (tools.spelling->is_correct(spelled.word) || parts_are_right(spelled.word, known, *tools.spelling)) continue;
      wrong.push_back(&spelled);
    }
    const size_t unknown_in_sample = static_cast<size_t>(std::count_if(
        wrong.begin(), wrong.end(), [&](const SpelledWord* word) { return word < spelled_words.data() + sample; }));
    if (sample >= kMinWordsForLanguageGuess && unknown_in_sample * 2 > sample) {
      not_dutch[i] = true;
      if (findings == SpellingFindings::kLocated) {
        found[i].warning(text.path, 0, 0,
                         "deze pagina lijkt niet Nederlands (" + std::to_string(unknown_in_sample) + " van de eerste " +
                             std::to_string(sample) +
                             " woorden staan niet in het Nederlandse woordenboek); "
                             "spelling overgeslagen");
      }
      return;
    }
    const bool for_clients =
        std::any_of(text.blocks.begin(), text.blocks.end(), [](const TextBlock& block) { return block.readability; });
    for (const SpelledWord* spelled : wrong) {
      unknown[i].push_back(spelled->word);
      if (findings == SpellingFindings::kClientPagesOnly && !for_clients) continue;
      const TextBlock& block = text.blocks[spelled->block];
      TextPosition at = locator.find(spelled->word, block.prose.line, spelled->occurrence);
      if (at.line == 0) at = block_start(block, locator);
      found[i].warning(text.path, at.line, at.column,
                       spelling_message(spelled->word, tools.spelling->suggestions(spelled->word)));
    }
  });
  const bool strict = model.config.strict_language;
  SpellingReport report;
  for (size_t i = 0; i < texts.size(); ++i) {
    for (base::Diagnostic diagnostic : found[i].sorted()) {
      if (strict) diagnostic.severity = base::Severity::kError;
      diagnostics.add(std::move(diagnostic));
    }
    if (not_dutch[i]) report.not_dutch.push_back(texts[i].path);
    for (const std::string_view word : unknown[i]) {
      SpellingReport::Word& entry = report.unknown[std::string(word)];
      ++entry.count;
      entry.files.insert(texts[i].path);
    }
  }
  return report;
}

std::string spelling_summary(const SpellingReport& report) {
  if (report.unknown.empty() && report.not_dutch.empty()) return "";
  std::string line = "spelling: " + std::to_string(report.unknown.size()) + " onbekende woorden";
  if (!report.not_dutch.empty()) {
    line += ", " + std::to_string(report.not_dutch.size()) + " pagina's niet Nederlands (overgeslagen)";
  }
  return line + "; zie handboek check --report spelling";
}

void print_spelling_report(const SpellingReport& report, std::ostream& out) {
  std::vector<const std::pair<const std::string, SpellingReport::Word>*> words;
  for (const auto& entry : report.unknown) words.push_back(&entry);
  std::stable_sort(words.begin(), words.end(),
                   [](const auto* a, const auto* b) { return a->second.count > b->second.count; });
  out << "# Onbekende woorden: " << words.size()
      << ". Zet de goede in woordenlijst.txt (een woord per regel).\n# woord\taantal\tbestanden\n";
  for (const auto* word : words) {
    out << word->first << '\t' << word->second.count << '\t';
    size_t shown = 0;
    for (const std::string& file : word->second.files) {
      if (shown++ == 5) {
        out << " (+" << word->second.files.size() - 5 << ")";
        break;
      }
      out << (shown > 1 ? " " : "") << file;
    }
    out << '\n';
  }
  for (const std::string& file : report.not_dutch) out << "# niet Nederlands, overgeslagen: " << file << '\n';
}

}  // namespace handboek::language
