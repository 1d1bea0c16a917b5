// The PDFs of the training maps (docs/training.md): weasyprint prints each
// map's finished HTML in the temporary output folder, before the atomic
// writer swaps it in, so a failed PDF never replaces the site.
//
// Content is untrusted, so weasyprint never fetches what the content names
// freely: it runs with a URL fetcher (a few lines of Python handed to
// weasyprint's own interpreter) that serves only the site's own addresses,
// read from files inside the output folder, and data: URLs, and refuses
// other http(s), file: and ftp URLs. A refused resource is left out of the
// PDF.
//
// Without weasyprint the build still succeeds: the PDFs are off, the caller
// says so in one line, and the map's page offers no PDF link.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"

namespace handboek::output {

struct PdfTool {
  std::filesystem::path interpreter;  // the Python that has weasyprint; empty: PDFs are off
  std::string off_reason;             // why they are off, for the user
  bool available() const { return !interpreter.empty(); }
};

// $HANDBOEK_WEASYPRINT: "off" (or empty) turns the PDFs off; else the path
// of the weasyprint script to use. Unset: `weasyprint` on PATH. The Python
// that runs it is read from its first line (#!/usr/bin/python3), so a
// Debian package works whatever `python3` is first on PATH.
PdfTool find_pdf_tool();

// The same lookup with explicit inputs (for tests).
PdfTool find_pdf_tool(const char* environment_value, const std::string& path_variable);

struct PdfJob {
  std::string html;  // relative to the site folder: "trainingen/x/index.html"
  std::string pdf;   // "trainingen/x/x.pdf"
};

// Prints every job in `site_folder`, each page as if it stood at
// `base_url` + its path (site.yaml's base_url; links in the PDF lead there
// when it is an http(s) address). REQUIRES: tool.available().
// A failure says why, with weasyprint's own output.
base::Status print_pdfs(const PdfTool& tool, const std::filesystem::path& site_folder, const std::string& base_url,
                        const std::vector<PdfJob>& jobs);

}  // namespace handboek::output
