#include "language/findings_memo.h"

#include <sstream>

#include "base/content_hash.h"

namespace handboek::language {

namespace {

constexpr std::string_view kHeader = "handboek-language-findings 1";

// One field per line: backslashes and line ends escaped.
std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<std::string> unescaped(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') {
      out += text[i];
      continue;
    }
    if (++i == text.size()) return std::nullopt;
    if (text[i] == '\\') {
      out += '\\';
    } else if (text[i] == 'n') {
      out += '\n';
    } else {
      return std::nullopt;
    }
  }
  return out;
}

bool read_field(std::istream& in, std::string& field) {
  std::string line;
  if (!std::getline(in, line)) return false;
  auto text = unescaped(line);
  if (!text) return false;
  field = std::move(*text);
  return true;
}

}  // namespace

void FindingsMemo::read(std::string_view text) {
  std::istringstream in{std::string(text)};
  std::string line;
  if (!std::getline(in, line) || line != kHeader) return;
  while (std::getline(in, line)) {
    std::istringstream head(line);
    std::string tag;
    std::string key;
    int not_dutch = 0;
    size_t found = 0;
    size_t unknown = 0;
    if (!(head >> tag >> key >> not_dutch >> found >> unknown) || tag != "K") return;
    TextFindings findings;
    findings.not_dutch = not_dutch != 0;
    for (size_t i = 0; i < found; ++i) {
      base::Diagnostic diagnostic;
      int severity = 0;
      if (!std::getline(in, line)) return;
      std::istringstream place(line);
      if (!(place >> diagnostic.line >> diagnostic.column >> severity)) return;
      diagnostic.severity = severity == 0 ? base::Severity::kError : base::Severity::kWarning;
      if (!read_field(in, diagnostic.path) || !read_field(in, diagnostic.message)) return;
      findings.found.push_back(std::move(diagnostic));
    }
    for (size_t i = 0; i < unknown; ++i) {
      std::string word;
      if (!read_field(in, word)) return;
      findings.unknown.push_back(std::move(word));
    }
    earlier_[key] = std::move(findings);
  }
}

std::string FindingsMemo::dump() const {
  std::string out = std::string(kHeader) + "\n";
  for (const auto& [key, findings] : used_) {
    out += "K " + key + " " + (findings.not_dutch ? "1" : "0") + " " + std::to_string(findings.found.size()) + " " +
           std::to_string(findings.unknown.size()) + "\n";
    for (const base::Diagnostic& diagnostic : findings.found) {
      out += std::to_string(diagnostic.line) + " " + std::to_string(diagnostic.column) + " " +
             (diagnostic.severity == base::Severity::kError ? "0" : "1") + "\n";
      out += escaped(diagnostic.path) + "\n" + escaped(diagnostic.message) + "\n";
    }
    for (const std::string& word : findings.unknown) out += escaped(word) + "\n";
  }
  return out;
}

std::string FindingsMemo::key(std::string_view site, std::string_view path, std::string_view bytes) const {
  std::string input = salt_;
  for (const std::string_view part : {site, path, bytes}) {
    input += '\0' + std::to_string(part.size()) + '\0';
    input += part;
  }
  return base::content_hash(input);
}

std::optional<TextFindings> FindingsMemo::recall(const std::string& key) {
  const std::lock_guard<std::mutex> guard(mutex_);
  const auto found = earlier_.find(key);
  if (found == earlier_.end()) return std::nullopt;
  used_[key] = found->second;
  return found->second;
}

void FindingsMemo::keep(const std::string& key, TextFindings findings) {
  const std::lock_guard<std::mutex> guard(mutex_);
  used_[key] = std::move(findings);
}

}  // namespace handboek::language
