// SiteRenderer: the whole model → an OutputTree: every page (in parallel),
// the glossary, the forms pages, 404.html, sitemap.xml, the theme's hashed
// assets and the static files of content/. Pure: no I/O.
#pragma once

#include "base/output_tree.h"
#include "config/site_statements.h"
#include "model/site_model.h"
#include "render/asset_hasher.h"
#include "render/body_cache.h"
#include "render/template_engine.h"

namespace handboek::render {

// Renders one version into `tree` under its URL prefix. The files of the
// whole site (assets, 404.html, sitemap.xml, manifest.webmanifest) come with
// the root version. The service workers come last (render/offline_files.h:
// add_offline_workers), when every version is in the tree.
// `versioned`: the site is built from releases (every page gets the version
// bar, which reads the list of versions in the browser). Nothing of the
// other versions goes into this one: a release's output depends only on its
// own model, the theme and the config (docs/performance.md).
// `statements`: site.yaml's owner, contact and accessibility (footer,
// colofon, privacy statement, toegankelijkheidsverklaring).
// `bodies`: one cache the caller keeps across the versions of a build, so
// a page body that is the same in the next version is not rendered again
// (render/body_cache.h); null: every body is rendered. Output is the same
// either way.
void render_version(const model::SiteModel& model, const TemplateEngine& templates, const AssetMap& assets,
                    bool versioned, int jobs, base::OutputTree& tree, const config::SiteStatements& statements = {},
                    BodyCache* bodies = nullptr);

// A site of one version, with its service worker.
base::OutputTree render_site(const model::SiteModel& model, const TemplateEngine& templates, const AssetMap& assets,
                             int jobs);

}  // namespace handboek::render
