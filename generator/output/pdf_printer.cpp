#include "output/pdf_printer.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

#include "base/child_process.h"

namespace handboek::output {

namespace fs = std::filesystem;
using base::describe_failed_run;
using base::find_on_path;
using base::is_executable_file;
using base::ProcessResult;
using base::run_process;

namespace {

// Run by weasyprint's own Python: argv[1] is the site folder, argv[2] the
// site's public address, then pairs of HTML and PDF paths inside the
// folder. Each page is printed as if it stood at its public address, so the
// links in the PDF lead to the site and no path of the build machine ends
// up in the file (the PDF is the same wherever and whenever it is built).
// The URL fetcher is the security boundary: only data: URLs and addresses
// below the site's, read from files inside the site folder (after resolving
// symlinks and ".."), are fetched; anything else raises, and weasyprint
// leaves that resource out.
constexpr const char* kPrintScript = R"PY(
import mimetypes, os, sys
from urllib.parse import urlsplit, unquote
# fontTools stamps each embedded font subset with the time it was made
# unless this is set (reproducible-builds.org): the same input, the same PDF.
os.environ['SOURCE_DATE_EPOCH'] = '0'
import weasyprint

root = os.path.realpath(sys.argv[1])
base = sys.argv[2]

def fetch(url, timeout=10, ssl_context=None):
    if urlsplit(url).scheme == 'data':
        return weasyprint.default_url_fetcher(url, timeout, ssl_context)
    if url.startswith(base):
        path = os.path.realpath(os.path.join(root, unquote(urlsplit(url[len(base):]).path)))
        if path.startswith(root + os.sep) and os.path.isfile(path):
            with open(path, 'rb') as file:
                return {'string': file.read(), 'mime_type': mimetypes.guess_type(path)[0], 'redirected_url': url}
    raise ValueError('handboek: not fetched (outside the site): ' + url)

jobs = sys.argv[3:]
for i in range(0, len(jobs), 2):
    folder = os.path.dirname(jobs[i])
    with open(os.path.join(root, jobs[i]), 'rb') as file:
        html = file.read().decode('utf-8')
    page = weasyprint.HTML(string=html, base_url=base + (folder + '/' if folder else ''), url_fetcher=fetch)
    # PDF/UA-1: tagged, with the page's language and <title>, bookmarks from its headings
    page.write_pdf(os.path.join(root, jobs[i + 1]), variant='pdf/ua-1')
)PY";

// Where the PDF's pages stand: the site's public address, or a reserved
// name (RFC 2606) when site.yaml gives none, so links in the PDF lead
// nowhere rather than to a path on the build machine.
std::string public_base(const std::string& base_url) {
  const bool absolute = base_url.rfind("https://", 0) == 0 || base_url.rfind("http://", 0) == 0;
  std::string base = absolute ? base_url : "https://handboek.invalid/";
  if (base.back() != '/') base += '/';
  return base;
}

// The interpreter named on a script's "#!" line ("#!/usr/bin/python3").
fs::path interpreter_of(const fs::path& script) {
  std::ifstream file(script);
  std::string line;
  if (!std::getline(file, line) || line.rfind("#!", 0) != 0) return {};
  std::istringstream words(line.substr(2));
  std::string interpreter;
  words >> interpreter;
  return interpreter;
}

PdfTool tool_from_script(const fs::path& script) {
  const fs::path interpreter = interpreter_of(script);
  if (!interpreter.is_absolute() || interpreter.filename().string().find("python") == std::string::npos ||
      !is_executable_file(interpreter)) {
    return {{}, script.string() + " is geen Python-script van weasyprint"};
  }
  return {interpreter, ""};
}

}  // namespace

PdfTool find_pdf_tool(const char* environment_value, const std::string& path_variable) {
  if (environment_value) {
    const std::string value = environment_value;
    if (value.empty() || value == "off" || value == "0") return {{}, "HANDBOEK_WEASYPRINT=" + value + " zet ze uit"};
    if (is_executable_file(value)) return tool_from_script(fs::absolute(value));
    return {{}, "HANDBOEK_WEASYPRINT wijst naar " + value + ", maar dat is geen uitvoerbaar bestand"};
  }
  if (const fs::path found = find_on_path("weasyprint", path_variable); !found.empty()) return tool_from_script(found);
  return {{}, "weasyprint niet gevonden (op PATH of $HANDBOEK_WEASYPRINT); installeer het met scripts/install-deps.sh"};
}

PdfTool find_pdf_tool() {
  return find_pdf_tool(std::getenv("HANDBOEK_WEASYPRINT"), base::path_variable());
}

base::Status print_pdfs(const PdfTool& tool, const fs::path& site_folder, const std::string& base_url,
                        const std::vector<PdfJob>& jobs) {
  if (jobs.empty()) return {};
  // -I: an isolated interpreter; neither the working folder nor PYTHON* variables reach the import path.
  std::vector<std::string> arguments = {
      tool.interpreter.string(), "-I", "-c", kPrintScript, fs::absolute(site_folder).string(), public_base(base_url)};
  for (const PdfJob& job : jobs) {
    std::error_code removed;
    fs::remove(site_folder / job.pdf, removed);  // weasyprint writes in place: never through a linked file
    arguments.push_back(job.html);
    arguments.push_back(job.pdf);
  }
  const ProcessResult run = run_process(arguments);
  if (run.started && run.exit_code == 0) return {};
  return base::Status::failure("de pdf's van de trainingsmappen zijn mislukt: weasyprint (" +
                               tool.interpreter.string() + ") " + describe_failed_run(run, 15) +
                               "\n(HANDBOEK_WEASYPRINT=off bouwt zonder pdf's)");
}

}  // namespace handboek::output
