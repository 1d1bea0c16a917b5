#include "language/spelling.h"

#include <algorithm>
#include <filesystem>
#include <hunspell/hunspell.hxx>

#include "language/words.h"

namespace handboek::language {

namespace {

std::string with_straight_apostrophes(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word.substr(i, 3) == "’") {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(word[i]);
    }
  }
  return out;
}

bool is_acronym(std::string_view word) {
  int capitals = 0;
  for (const char c : word) {
    if (std::islower(static_cast<unsigned char>(c)) && c != 's') return false;  // "PIP's", "WW-uitkering" are not
    if (std::isupper(static_cast<unsigned char>(c))) ++capitals;
  }
  return capitals >= 2;
}

}  // namespace

std::string lowercase(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size();) {
    const size_t at = i;
    char32_t c = next_code_point(word, i);
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c + 32));
    } else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
      c += 32;
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.append(word.substr(at, i - at));
    }
  }
  return out;
}

SpellChecker::~SpellChecker() = default;

base::StatusOr<std::unique_ptr<SpellChecker>> SpellChecker::load(const std::string& base_path, bool lazy) {
  const std::string aff = base_path + ".aff";
  const std::string dic = base_path + ".dic";
  std::error_code error;
  if (!std::filesystem::is_regular_file(aff, error) || !std::filesystem::is_regular_file(dic, error)) {
    return base::Status::failure("geen Nederlands woordenboek in " + aff + " en " + dic +
                                 " (Debian-pakket hunspell-nl)");
  }
  std::unique_ptr<SpellChecker> checker(new SpellChecker());
  checker->base_path_ = base_path;
  for (const std::string& file : {aff, dic}) {
    const auto size = std::filesystem::file_size(file, error);
    const auto time = std::filesystem::last_write_time(file, error).time_since_epoch().count();
    checker->fingerprint_ += file + " " + std::to_string(size) + " " + std::to_string(time) + " ";
  }
  checker->suggestion_budget_ = kSuggestionBudget;
  if (!lazy) checker->hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  return checker;
}

Hunspell& SpellChecker::hunspell() {
  if (!hunspell_) hunspell_ = std::make_unique<Hunspell>((base_path_ + ".aff").c_str(), (base_path_ + ".dic").c_str());
  return *hunspell_;
}

bool SpellChecker::lookup(const std::string& word) {
  Hunspell& hunspell = this->hunspell();
  if (hunspell.spell(word)) return true;
  // "Eén" is how Dutch capitalises "één"; the dictionary knows only "één".
  if (word.rfind("Eé", 0) == 0) return hunspell.spell("éé" + word.substr(3));
  // re-integratie, WW-uitkering: every part a word (or an acronym)
  return every_hyphen_part(
      word, [&hunspell](std::string_view part) { return is_acronym(part) || hunspell.spell(std::string(part)); });
}

// One line per word: "word<TAB>1", "word<TAB>0", or for an unknown word
// whose suggestions were made "word<TAB>0<TAB>one|two|three" (maybe empty).
std::string SpellChecker::remembered() {
  std::lock_guard lock(mutex_);
  std::string text = "handboek-spelling 1 " + fingerprint_ + "\n";
  for (const auto& [word, correct] : correct_) {
    text += word + '\t' + (correct ? '1' : '0');
    if (const auto found = suggestions_.find(word); found != suggestions_.end()) {
      text += '\t';
      for (size_t i = 0; i < found->second.size(); ++i) text += (i ? "|" : "") + found->second[i];
    }
    text += '\n';
  }
  return text;
}

bool SpellChecker::remember(std::string_view text) {
  const size_t header_end = text.find('\n');
  if (header_end == std::string_view::npos || text.substr(0, header_end) != "handboek-spelling 1 " + fingerprint_) {
    return false;
  }
  std::map<std::string, bool, std::less<>> correct;
  std::map<std::string, std::vector<std::string>, std::less<>> suggestions;
  for (size_t start = header_end + 1; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab + 1 >= line.size()) return false;
    const std::string word(line.substr(0, tab));
    if (line[tab + 1] != '0' && line[tab + 1] != '1') return false;
    correct[word] = line[tab + 1] == '1';
    if (tab + 2 < line.size()) {
      if (line[tab + 2] != '\t') return false;
      std::vector<std::string>& list = suggestions[word];
      std::string_view rest = line.substr(tab + 3);
      while (!rest.empty()) {
        const size_t bar = rest.find('|');
        list.emplace_back(rest.substr(0, bar));
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      }
    }
  }
  std::lock_guard lock(mutex_);
  correct_.merge(correct);
  suggestions_.merge(suggestions);
  return true;
}

bool SpellChecker::is_correct(std::string_view word) {
  const std::string key = with_straight_apostrophes(word);
  std::lock_guard lock(mutex_);
  if (const auto found = correct_.find(key); found != correct_.end()) return found->second;
  const bool correct = lookup(key);
  correct_.emplace(key, correct);
  return correct;
}

std::vector<std::string> SpellChecker::suggestions(std::string_view word) {
  const std::string key = with_straight_apostrophes(word);
  std::lock_guard lock(mutex_);
  if (const auto found = suggestions_.find(key); found != suggestions_.end()) return found->second;
  if (suggestion_time_ >= suggestion_budget_) return {};
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::string> found = hunspell().suggest(key);
  suggestion_time_ += std::chrono::steady_clock::now() - start;
  if (found.size() > 3) found.resize(3);
  suggestions_.emplace(key, found);
  return found;
}

void SpellChecker::set_suggestion_budget(std::chrono::milliseconds budget) {
  std::lock_guard lock(mutex_);
  suggestion_budget_ = budget;
}

void KnownWords::add_words_of(std::string_view text) {
  for (const Word& word : split_words(text)) words_.insert(with_straight_apostrophes(lowercase(word.text)));
}

void KnownWords::add_word_list(std::string_view file_text) {
  size_t start = 0;
  while (start < file_text.size()) {
    size_t end = file_text.find('\n', start);
    if (end == std::string_view::npos) end = file_text.size();
    const std::string_view line = file_text.substr(start, end - start);
    if (!line.empty() && line.front() != '#') add_words_of(line);
    start = end + 1;
  }
}

bool KnownWords::skips(std::string_view word) const {
  if (word.size() <= 1 || is_acronym(word)) return true;
  if (std::any_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); })) return true;
  return words_.count(with_straight_apostrophes(lowercase(word))) > 0;
}

}  // namespace handboek::language
