#include "history/versions.h"

#include <algorithm>
#include <unordered_map>

#include "history/history_walker.h"
#include "source/git_handle.h"

namespace handboek::history {

namespace {

std::string version_name(const std::string& tag) {
  return tag.size() > 1 && tag.front() == 'v' ? tag.substr(1) : tag;
}

std::string first_line(const char* message) {
  const std::string text = message ? message : "";
  return text.substr(0, text.find('\n'));
}

}  // namespace

std::vector<Version> list_versions(const source::GitRepository& repository, const std::string& tag_pattern,
                                   base::Diagnostics& diagnostics) {
  std::vector<Version> versions;
  git_strarray names{};
  if (git_tag_list_match(&names, tag_pattern.c_str(), repository.get()) != 0) return versions;
  for (size_t i = 0; i < names.count; ++i) {
    const std::string tag = names.strings[i];
    git_object* raw_target = nullptr;
    if (git_revparse_single(&raw_target, repository.get(), ("refs/tags/" + tag + "^{commit}").c_str()) != 0) {
      diagnostics.warning(".", 0, 0, "tag '" + tag + "' does not point at a commit; it is not a release");
      continue;
    }
    const source::GitObjectPtr target(raw_target);
    const auto* commit = reinterpret_cast<const git_commit*>(target.get());
    Version version{version_name(tag), tag, source::oid_string(*git_object_id(target.get())), 0, 0, ""};
    const git_signature* committer = git_commit_committer(commit);
    version.time = committer->when.time;
    version.offset_minutes = committer->when.offset;
    // An annotated tag carries its own date and message.
    git_object* raw_tag = nullptr;
    if (git_revparse_single(&raw_tag, repository.get(), ("refs/tags/" + tag).c_str()) == 0) {
      const source::GitObjectPtr tag_object(raw_tag);
      if (git_object_type(raw_tag) == GIT_OBJECT_TAG) {
        const auto* annotated = reinterpret_cast<const git_tag*>(raw_tag);
        if (const git_signature* tagger = git_tag_tagger(annotated)) {
          version.time = tagger->when.time;
          version.offset_minutes = tagger->when.offset;
        }
        version.subject = first_line(git_tag_message(annotated));
      }
    }
    versions.push_back(std::move(version));
  }
  git_strarray_dispose(&names);
  std::sort(versions.begin(), versions.end(), [](const Version& a, const Version& b) {
    return a.time != b.time ? a.time > b.time : a.name > b.name;
  });
  return versions;
}

std::vector<bool> commits_reachable_from(const source::GitRepository& repository, const History& history,
                                         const std::string& commit_id) {
  std::vector<bool> in_version(history.commits.size(), false);
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < history.commits.size(); ++i) index.emplace(history.commits[i].id, i);
  const std::lock_guard<std::mutex> guard(repository.lock());
  git_oid start;
  if (git_oid_fromstr(&start, commit_id.c_str()) != 0) return in_version;
  for (const git_oid& id : walk_commits(repository, {start})) {
    if (const auto it = index.find(source::oid_string(id)); it != index.end()) in_version[it->second] = true;
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
