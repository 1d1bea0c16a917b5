#include "import/document_importer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

#include "base/child_process.h"
#include "base/fresh_file.h"
#include "base/text.h"

namespace handboek::import {

namespace fs = std::filesystem;

namespace {

// Word tables often hold lists or several paragraphs in a cell, which a
// Markdown table cannot; pandoc would then write an HTML table (which
// handboek does not render) or "[TABLE]". Joining such a cell's parts with
// "; " keeps the table a table. Image sizes would make pandoc write <img>.
constexpr const char* kLuaFilter = R"lua(
local function flatten(cell)
  local blocks = cell.contents
  if #blocks == 0 or (#blocks == 1 and (blocks[1].t == 'Plain' or blocks[1].t == 'Para')) then return cell end
  local parts = {}
  for _, block in ipairs(blocks) do
    if block.t == 'BulletList' or block.t == 'OrderedList' then
      for _, item in ipairs(block.content) do parts[#parts + 1] = pandoc.utils.stringify(item) end
    else
      parts[#parts + 1] = pandoc.utils.stringify(block)
    end
  end
  cell.contents = {pandoc.Plain({pandoc.Str(table.concat(parts, '; '))})}
  return cell
end
local function flatten_rows(rows)
  for _, row in ipairs(rows) do
    for i, cell in ipairs(row.cells) do row.cells[i] = flatten(cell) end
  end
end
function Table(tbl)
  flatten_rows(tbl.head.rows)
  for _, body in ipairs(tbl.bodies) do flatten_rows(body.body) end
  flatten_rows(tbl.foot.rows)
  for i, spec in ipairs(tbl.colspecs) do tbl.colspecs[i] = {spec[1], pandoc.ColWidthDefault} end
  return tbl
end
function Image(img)
  img.attributes = {}
  return img
end
)lua";

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool write_new_file(const fs::path& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);  // never overwrites
  if (fd < 0) return false;
  const bool whole = base::write_all(fd, text);
  return ::close(fd) == 0 && whole;
}

// Runs pandoc with `args` in `folder` (the scratch folder: relative media
// paths in the page are written from there), with the minimal environment of
// every tool. --sandbox: a document cannot make pandoc read other files or
// URLs (an image pointing at /etc/passwd or http://…); only the document
// named on the command line is read. Returns its output and whether it ended with 0.
base::ProcessResult run_pandoc(const fs::path& pandoc, const std::vector<std::string>& args, const fs::path& folder) {
  std::vector<std::string> arguments = {pandoc.string(), "--sandbox"};
  arguments.insert(arguments.end(), args.begin(), args.end());
  return base::run_process(arguments, folder);
}

std::string pandoc_format(const fs::path& document) {
  const std::string extension = base::ascii_lower(document.extension().string());
  if (extension == ".docx") return "docx";
  if (extension == ".odt") return "odt";
  if (extension == ".md" || extension == ".markdown") return "markdown";
  return "";
}

std::string yaml_quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// The body's first line when it is a level-1 heading ("# Title"): its text,
// removed from the body with the blank lines after it.
std::string take_leading_heading(std::string& body) {
  if (body.rfind("# ", 0) != 0) return "";
  const size_t end = body.find('\n');
  const std::string title = base::collapse_whitespace(body.substr(2, end == std::string::npos ? end : end - 2));
  size_t rest = end == std::string::npos ? body.size() : end + 1;
  while (rest < body.size() && body[rest] == '\n') ++rest;
  body.erase(0, rest);
  return title;
}

// A title compared as a reader sees it: the same words, whatever their
// capitals or spacing ("Moreel Beraad" is the title "Moreel beraad").
std::string comparable(const std::string& text) {
  return base::ascii_lower(base::collapse_whitespace(text));
}

// Every ATX heading of the Markdown one level down ("# A" -> "## A"),
// outside fenced code, when it has a level-1 heading: the page's title is
// its only <h1> (the template writes it), so a document's chapters are h2.
std::string demote_headings(const std::string& body) {
  std::istringstream lines(body);
  std::vector<std::string> all;
  bool has_level_one = false;
  bool in_fence = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0) in_fence = !in_fence;
    if (!in_fence && line.rfind("# ", 0) == 0) has_level_one = true;
    all.push_back(line);
  }
  if (!has_level_one) return body;
  std::string out;
  in_fence = false;
  for (const std::string& line : all) {
    if (line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0) in_fence = !in_fence;
    const size_t hashes = line.find_first_not_of('#');
    const bool heading = !in_fence && hashes >= 1 && hashes <= 5 && hashes < line.size() && line[hashes] == ' ';
    out += (heading ? "#" : "") + line + "\n";
  }
  if (!body.empty() && body.back() != '\n') out.pop_back();
  return out;
}

}  // namespace

fs::path find_pandoc() {
  return base::find_on_path("pandoc", base::path_variable());  // absolute PATH entries only
}

std::string page_name_for(const fs::path& document) {
  return base::slugify(document.stem().string());
}

base::StatusOr<ImportedPage> import_document(const ImportRequest& request) {
  ImportedPage result;
  auto fail = [](std::string message) { return base::Status::failure(std::move(message)); };
  const std::string format = pandoc_format(request.document);
  if (format.empty()) return fail(request.document.string() + ": import leest .docx-, .odt- en .md-bestanden");
  std::error_code error;
  if (!fs::is_regular_file(request.document, error)) return fail(request.document.string() + ": bestand bestaat niet");
  const fs::path content = request.site_dir / request.content_dir;
  if (!fs::is_directory(request.site_dir, error))
    return fail(request.site_dir.string() + ": map van de site bestaat niet");

  const std::string name = page_name_for(request.document);
  result.page = fs::path(request.content_dir) / (name + ".md");
  const fs::path media_name = fs::path(request.content_dir) / name;
  for (const fs::path& taken : {result.page, media_name}) {
    if (fs::exists(request.site_dir / taken, error)) {
      return fail(taken.string() +
                  " bestaat al; niets overschreven (geef het document een andere naam of verplaats dat bestand)");
    }
  }
  const fs::path pandoc = find_pandoc();
  if (pandoc.empty()) {
    return fail(
        "pandoc niet gevonden in PATH; import heeft het nodig om Word- en OpenDocument-bestanden te lezen "
        "(Debian: apt install pandoc)");
  }

  // Everything is made in a scratch folder first: content/ changes only
  // when the conversion has worked.
  const base::PrivateFolder scratch;
  if (scratch.path().empty()) return fail("kan geen tijdelijke map maken");
  const fs::path filter = scratch.path() / "tabellen.lua";
  const fs::path title_template = scratch.path() / "titel.txt";
  if (!write_new_file(filter, kLuaFilter) || !write_new_file(title_template, "$title$\n")) {
    return fail("kan niet schrijven in de tijdelijke map " + scratch.path().string());
  }
  const std::string input = fs::absolute(request.document).string();
  const base::ProcessResult converted =
      run_pandoc(pandoc,
                 {"--from=" + format, "--to=gfm-raw_html", "--wrap=none", "--lua-filter=" + filter.string(),
                  "--extract-media=" + name, "--output=" + (scratch.path() / "body.md").string(), "--", input},
                 scratch.path());
  const std::string& pandoc_messages = converted.output;
  if (!converted.started || converted.exit_code != 0) {
    return fail("pandoc kon " + request.document.string() + " niet omzetten" +
                (pandoc_messages.empty() ? "" : " (" + base::collapse_whitespace(pandoc_messages) + ")"));
  }
  std::istringstream message_lines(pandoc_messages);
  for (std::string line; std::getline(message_lines, line);) {
    if (!base::collapse_whitespace(line).empty())
      result.warnings.push_back("opmerking van pandoc bij het omzetten (" + line + ")");
  }
  const fs::path title_file = scratch.path() / "title.out";
  run_pandoc(pandoc,
             {"--from=" + format, "--to=plain", "--template=" + title_template.string(),
              "--output=" + title_file.string(), "--", input},
             scratch.path());

  std::string body = read_all(scratch.path() / "body.md");
  std::string title = base::collapse_whitespace(read_all(title_file));
  const std::string heading = take_leading_heading(body);
  if (title.empty()) title = heading;
  // The title comes from the document's property or its first heading,
  // never both: a first heading that is not the title stays, as a chapter.
  if (!heading.empty() && comparable(heading) != comparable(title)) body = "# " + heading + "\n\n" + body;
  body = demote_headings(body);
  if (title.empty()) title = base::readable_name(request.document.stem().string());
  if (body.find("[TABLE]") != std::string::npos) {
    result.warnings.push_back(
        "een tabel met samengevoegde cellen kan geen Markdown-tabel blijven; op de pagina staat [TABLE]: schrijf hem "
        "opnieuw");
  }

  fs::create_directories(content, error);
  const fs::path extracted = scratch.path() / name;
  if (fs::is_directory(extracted, error)) {
    fs::copy(extracted, request.site_dir / media_name, fs::copy_options::recursive, error);
    if (error)
      return fail("kan de afbeeldingen niet kopiëren naar " + media_name.string() + " (" + error.message() + ")");
    result.media = media_name;
  }
  const std::string page = "---\ntitle: " + yaml_quoted(title) + "\ntype: " + request.type + "\n---\n\n" + body;
  if (!write_new_file(request.site_dir / result.page, page)) {
    if (!result.media.empty()) fs::remove_all(request.site_dir / result.media, error);  // made just now
    return fail("kan " + result.page.string() + " niet schrijven (is het intussen verschenen?)");
  }
  return result;
}

}  // namespace handboek::import
