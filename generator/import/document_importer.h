// `handboek import`: turns a Word (.docx), OpenDocument (.odt) or Markdown
// file into a page of content/ with pandoc, run as a child process with an
// argument vector (never a shell). The page gets front matter (the
// document's title and the page type); images are extracted into a folder
// beside the page; tables stay Markdown tables (cells holding lists or
// several paragraphs are joined into one line, a Lua filter that ships in
// this file). Nothing that exists is ever overwritten. Outside the build
// pipeline: it writes one new page that the next build reads like any other.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"

namespace handboek::import {

struct ImportRequest {
  std::filesystem::path document;  // .docx, .odt or .md
  std::string type = "pagina";     // written as `type:` (validated by the caller)
  std::filesystem::path site_dir;  // the page goes to site_dir/content/
  // The site's content folder when it is not content/ (docs/ of a MkDocs
  // handbook; source::find_content_folder).
  std::string content_dir = "content";
};

struct ImportedPage {
  std::filesystem::path page;         // content/<name>.md, relative to site_dir
  std::filesystem::path media;        // content/<name>/ with the images, or empty
  std::vector<std::string> warnings;  // pandoc's, and what could not be kept
};

// Where pandoc is: the first executable "pandoc" on PATH, or empty.
std::filesystem::path find_pandoc();

// The page made, or why nothing was written.
base::StatusOr<ImportedPage> import_document(const ImportRequest& request);

// The page's file name stem for a document: its name in lower case, runs of
// other characters than letters and digits as one '-' ("Werkinstructie
// Aanvraag (v2).docx" → "werkinstructie-aanvraag-v2").
std::string page_name_for(const std::filesystem::path& document);

}  // namespace handboek::import
