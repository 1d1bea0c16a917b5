// ContentFolderSource: a Source that shows another folder of the site as
// content/. A handbook written for MkDocs or Docusaurus keeps its pages in
// docs/ (or whatever `content_dir` in site.yaml or `docs_dir` in mkdocs.yml
// names); every stage after this one knows only content/, so the folder is
// mapped here, at the one seam, and nowhere else (history maps its paths the
// same way: history/history_walker.h). Everything outside content/ (site.yaml,
// forms/, themes/, woordenlijst.txt) is read from the site as it is.
#pragma once

#include <memory>
#include <string>

#include "source/source.h"

namespace handboek::source {

inline constexpr const char* kContentFolder = "content";

class ContentFolderSource final : public Source {
 public:
  // REQUIRES: `inner` is not null; `folder` is not "content".
  ContentFolderSource(std::unique_ptr<Source> inner, base::SitePath folder);

  std::optional<std::string> read_file(const base::SitePath& path) const override;
  std::vector<DirEntry> list_dir(const base::SitePath& path,
                                 std::vector<SkippedEntry>* skipped = nullptr) const override;
  std::string describe() const override { return inner_->describe(); }
  std::string content_id(const base::SitePath& path) const override;

 private:
  // Where `path` really is: content/… → FOLDER/…, anything else as it is.
  base::SitePath real_path(const base::SitePath& path) const;

  std::unique_ptr<Source> inner_;
  base::SitePath folder_;
};

// `inner` with `folder` shown as content/; `inner` itself when `folder` is
// "content" (or not a valid site path).
std::unique_ptr<Source> with_content_folder(std::unique_ptr<Source> inner, const std::string& folder);

// The folder of `site` that holds the pages: `configured` (site.yaml's
// content_dir, mkdocs.yml's docs_dir) when it is set, else content/, else
// docs/ (MkDocs and Docusaurus) when there is no content/.
std::string find_content_folder(const Source& site, const std::string& configured);

// "docs/x.md" for "content/x.md" when the content folder is docs/: how an
// editor finds the file a message names. Paths outside content/ unchanged.
std::string real_content_path(const std::string& path, const std::string& folder);

}  // namespace handboek::source
