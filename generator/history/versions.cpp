#include "history/versions.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "base/text.h"
#include "history/git_text.h"
#include "history/history_walker.h"
#include "source/git_handle.h"

namespace handboek::history {

namespace {

std::string version_name(const std::string& tag) {
  return tag.size() > 1 && tag.front() == 'v' ? tag.substr(1) : tag;
}

// A version name becomes a folder (/versies/NAME/) and part of every URL
// below it, so it must be one plain path segment that normalises to itself:
// letters, digits, '.', '-', '_', '+', starting with a letter or digit, at
// most 100 bytes. "./2019.1" or "/2019.1" (tags v./2019.1, v/2019.1) would
// otherwise be written to /versies/2019.1/ over the real release, and a
// 300-byte name fails every file system.
bool is_plain_version_name(const std::string& name) {
  if (name.empty() || name.size() > 100 || !std::isalnum(static_cast<unsigned char>(name.front()))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
           c == '_' || c == '+';
  });
}

// The whole tag message (the release notes, Markdown), each line without
// control or bidi characters and at most 2,000 characters, read from its
// first 64 KiB only; render/release_notes caps what is shown.
std::string tag_message(const char* message) {
  const std::string_view text = std::string_view(message ? message : "").substr(0, 64 * 1024);
  std::string cleaned;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = std::min(text.find('\n', start), text.size());
    cleaned += clean_git_text(text.substr(start, end - start), 2000);
    if (end < text.size()) cleaned += '\n';
    start = end + 1;
  }
  return cleaned;
}

struct MatchingTags {
  std::vector<std::string> names;  // short names ("v2020.1"), sorted
  int ignored = 0;                 // refs matching the pattern whose names git rejects
};

// The tag refs that match `pattern`. A ref whose name git itself rejects (a
// space, "..", "~", written by other tooling) is skipped with a warning
// naming it: libgit2's own git_tag_list_match returns an empty list when it
// meets one, which once made every release vanish and the working tree go
// out as the site.
std::string tags_unreadable() {
  return "kan de tags van de git-repository niet lezen (" + source::last_git_error() + ")";
}

MatchingTags matching_tags(const source::GitRepository& repository, const std::string& pattern,
                           base::Diagnostics& diagnostics) {
  MatchingTags tags;
  std::vector<std::string>& names = tags.names;
  git_reference_iterator* raw_iterator = nullptr;
  if (git_reference_iterator_glob_new(&raw_iterator, repository.get(), "refs/tags/*") != 0) {
    diagnostics.error(".", 0, 0, tags_unreadable());
    return tags;
  }
  const source::GitReferenceIteratorPtr iterator(raw_iterator);
  const char* name = nullptr;
  int status = 0;
  while ((status = git_reference_next_name(&name, iterator.get())) != GIT_ITEROVER) {
    if (status != 0) {
      diagnostics.error(".", 0, 0, tags_unreadable());
      break;
    }
    const std::string full = name;
    const std::string tag = full.substr(std::string("refs/tags/").size());
    const bool matches = ::fnmatch(pattern.c_str(), tag.c_str(), 0) == 0;
    int valid = 0;
    if (git_reference_name_is_valid(&valid, full.c_str()) != 0 || !valid) {
      diagnostics.warning(".", 0, 0,
                          "de ref '" + full + "' telt niet mee: git accepteert deze naam niet; het is geen release");
      tags.ignored += matches ? 1 : 0;
      continue;
    }
    if (!matches) continue;
    if (!is_plain_version_name(version_name(tag))) {
      // A tag cannot be changed, so an odd one never blocks a build.
      diagnostics.warning(
          ".", 0, 0,
          "de tag '" + tag.substr(0, 200) +
              "' telt niet mee: de naam van een release bevat alleen letters, cijfers, '.', '-', '_' en "
              "'+' (hoogstens 100), en begint met een letter of cijfer; het is geen release");
      ++tags.ignored;
      continue;
    }
    names.push_back(tag);
  }
  std::sort(names.begin(), names.end());
  return tags;
}

}  // namespace

std::vector<Version> list_versions(const source::GitRepository& repository, const std::string& tag_pattern,
                                   base::Diagnostics& diagnostics) {
  std::vector<Version> versions;
  const int errors_before = diagnostics.error_count();
  const MatchingTags tags = matching_tags(repository, tag_pattern, diagnostics);
  // Two tags for one folder (v2019.1 and 2019.1, or v2019.A and v2019.a on a
  // file system that ignores case): one would silently replace the other.
  std::unordered_map<std::string, std::string> tag_of_folder;
  for (const std::string& tag : tags.names) {
    const auto [other, inserted] = tag_of_folder.emplace(base::ascii_lower(version_name(tag)), tag);
    if (!inserted) {
      diagnostics.error(".", 0, 0,
                        "de tags '" + other->second + "' en '" + tag + "' zijn allebei release " + version_name(tag) +
                            " (een map /versies/" + version_name(tag) + "/); verwijder een van de twee tags");
    }
  }
  for (const std::string& tag : tags.names) {
    git_reference* raw_reference = nullptr;
    git_object* raw_target = nullptr;
    int status = git_reference_lookup(&raw_reference, repository.get(), ("refs/tags/" + tag).c_str());
    const source::GitReferencePtr reference(raw_reference);
    // Peeled to the first object that is not a tag: what libgit2 reports
    // when that is no commit differs between versions, the type does not.
    if (status == 0) status = git_reference_peel(&raw_target, reference.get(), GIT_OBJECT_ANY);
    const source::GitObjectPtr target(raw_target);
    if (status == 0 && git_object_type(target.get()) != GIT_OBJECT_COMMIT) {
      diagnostics.warning(".", 0, 0, "tag '" + tag + "' wijst niet naar een commit; het is geen release");
      continue;
    }
    if (status != 0) {
      // A release that cannot be read must not silently disappear (the
      // root would fall back to an older release).
      diagnostics.error(".", 0, 0, "kan release-tag '" + tag + "' niet lezen (" + source::last_git_error() + ")");
      continue;
    }
    const auto* commit = reinterpret_cast<const git_commit*>(target.get());
    Version version{version_name(tag), tag, source::oid_string(*git_object_id(target.get())), 0, 0, ""};
    const git_signature* committer = git_commit_committer(commit);
    version.time = committer->when.time;
    version.offset_minutes = committer->when.offset;
    // An annotated tag carries its own date and message.
    git_object* raw_tag = nullptr;
    if (git_reference_peel(&raw_tag, reference.get(), GIT_OBJECT_TAG) == 0) {
      const source::GitObjectPtr tag_object(raw_tag);
      const auto* annotated = reinterpret_cast<const git_tag*>(raw_tag);
      if (const git_signature* tagger = git_tag_tagger(annotated)) {
        version.time = tagger->when.time;
        version.offset_minutes = tagger->when.offset;
      }
      // All of it: the renderer shows the release notes and caps their length.
      const char* message = git_tag_message(annotated);
      version.message = tag_message(message);
    }
    versions.push_back(std::move(version));
  }
  if (versions.empty() && (!tags.names.empty() || tags.ignored > 0) && diagnostics.error_count() == errors_before) {
    // Tags are there but none is a release: publishing the working tree
    // instead would publish drafts nobody released.
    diagnostics.error(".", 0, 0,
                      "er zijn tags die passen bij het patroon '" + tag_pattern +
                          "', maar geen ervan is een bruikbare release; de werkmap wordt niet gepubliceerd "
                          "(herstel of verwijder de tags, of maak `versions: tags:` in site.yaml nauwer)");
  }
  std::sort(versions.begin(), versions.end(),
            [](const Version& a, const Version& b) { return a.time != b.time ? a.time > b.time : a.name > b.name; });
  return versions;
}

std::vector<bool> commits_reachable_from(const History& history, const std::string& commit_id) {
  std::vector<bool> in_version(history.commits.size(), false);
  std::vector<size_t> pending;
  for (size_t i = 0; i < history.commits.size(); ++i) {
    if (history.commits[i].id == commit_id) pending.push_back(i);
  }
  while (!pending.empty()) {
    const size_t commit = pending.back();
    pending.pop_back();
    if (in_version[commit]) continue;
    in_version[commit] = true;
    if (commit < history.parents.size()) {
      for (const size_t parent : history.parents[commit]) pending.push_back(parent);
    }
  }
  return in_version;
}

std::string head_commit(const source::GitRepository& repository) {
  const std::lock_guard<std::mutex> guard(repository.lock());
  git_oid id;
  if (git_reference_name_to_id(&id, repository.get(), "HEAD") != 0) return "";
  return source::oid_string(id);
}

}  // namespace handboek::history
