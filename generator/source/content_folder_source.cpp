#include "source/content_folder_source.h"

namespace handboek::source {

namespace {

const base::SitePath kContent = *base::SitePath::parse(kContentFolder);

}  // namespace

ContentFolderSource::ContentFolderSource(std::unique_ptr<Source> inner, base::SitePath folder)
    : inner_(std::move(inner)), folder_(std::move(folder)) {}

base::SitePath ContentFolderSource::real_path(const base::SitePath& path) const {
  if (!path.is_within(kContent)) return path;
  const std::string rest = path.str().substr(kContent.str().size());  // "" or "/x.md"
  if (rest.empty()) return folder_;
  return folder_.join(rest.substr(1)).value_or(folder_);
}

std::optional<std::string> ContentFolderSource::read_file(const base::SitePath& path) const {
  return inner_->read_file(real_path(path));
}

std::vector<DirEntry> ContentFolderSource::list_dir(const base::SitePath& path,
                                                    std::vector<SkippedEntry>* skipped) const {
  // Skipped entries keep their real path ("docs/buiten"): they only name a warning.
  return inner_->list_dir(real_path(path), skipped);
}

std::string ContentFolderSource::content_id(const base::SitePath& path) const {
  return inner_->content_id(real_path(path));
}

std::unique_ptr<Source> with_content_folder(std::unique_ptr<Source> inner, const std::string& folder) {
  const auto path = base::SitePath::parse(folder);
  if (!path || path->is_root() || *path == kContent) return inner;
  return std::make_unique<ContentFolderSource>(std::move(inner), *path);
}

std::string find_content_folder(const Source& site, const std::string& configured) {
  if (!configured.empty()) return configured;
  if (!site.list_dir(kContent).empty()) return kContentFolder;
  if (!site.list_dir(*base::SitePath::parse("docs")).empty()) return "docs";
  return kContentFolder;
}

std::string real_content_path(const std::string& path, const std::string& folder) {
  const std::string prefix = std::string(kContentFolder) + "/";
  if (folder.empty() || folder == kContentFolder) return path;
  if (path == kContentFolder) return folder;
  if (path.rfind(prefix, 0) == 0) return folder + "/" + path.substr(prefix.size());
  return path;
}

}  // namespace handboek::source
