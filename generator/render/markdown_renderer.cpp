#include "render/markdown_renderer.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "load/html_sanitizer.h"
#include "load/markdown_outline.h"
#include "load/markdown_parser.h"
#include "model/url_map.h"

namespace handboek::render {

namespace {

// A local agreement is a disclosure, open by default: the reader's chosen
// organisation (handboek.js) decides later which ones stay open. `anchor`
// (may be empty) is its id: model::local_block_anchor on an organisation's
// first block.
TemplateData local_block_view(const std::string& organisation_id, const std::string& inner_html,
                              const model::SiteModel& model, const std::string& anchor) {
  const config::Organisation* organisation = model.config.find_organisation(organisation_id);
  TemplateData view;
  view.set("anchor", anchor);
  view.set("organisation_id", organisation_id);
  view.set("organisation_name", organisation ? organisation->name : organisation_id);
  view.set("text_html", inner_html);
  return view;
}

std::string form_card_html(const std::string& form_id, const MarkdownContext& context) {
  const load::FormDefinition* form = context.model.find_form(form_id);
  TemplateData view;
  view.set("title", form ? form->title : form_id);
  view.set("url", model::relative_url(context.document_url, context.model.form_url(form_id)));
  return context.templates.render_partial("form_card", view);
}

// THE broken-link mechanism: a link (or image) the model could not resolve —
// it is missing from the page's link_targets — is replaced by its text,
// marked as broken, so no page ever holds a dead link. Whether the model
// reported it as an error or a warning (an older release, a site that
// asked for `broken_links: warning`) is policy; this rendering is the same.
// Returns the unlinked node, which must outlive rendering.
// The mark itself is the theme's (partials broken_link, broken_image).
// A table cell of cmark-gfm holds no custom inline, so there a broken link
// keeps its node, aimed at this marker, and unmark_in_tables rewrites it.
constexpr std::string_view kBrokenMarker = "handboek-link-kapot:";

// A link to a page an organisation's edition leaves out is replaced the
// same way, with the theme's left_out_link instead (`left_out`); in a table
// cell it is marked broken.
load::CmarkDocument mark_broken(cmark_node* link, const TemplateEngine::Snippets& snippets, bool& marker_used,
                                bool left_out = false) {
  const Snippet& mark = cmark_node_get_type(link) == CMARK_NODE_IMAGE ? snippets.broken_image
                        : left_out                                    ? snippets.left_out_link
                                                                      : snippets.broken_link;
  load::CmarkDocument new_marked(cmark_node_new(CMARK_NODE_CUSTOM_INLINE));
  cmark_node_set_on_enter(new_marked.get(), mark.before().c_str());
  cmark_node_set_on_exit(new_marked.get(), mark.after().c_str());
  if (!cmark_node_insert_before(link, new_marked.get())) {  // a table cell
    cmark_node_set_url(link, std::string(kBrokenMarker).c_str());
    cmark_node_set_title(link, "");
    marker_used = true;
    return nullptr;
  }
  cmark_node* marked = new_marked.release();  // the tree owns it now
  while (cmark_node* child = cmark_node_first_child(link)) {
    cmark_node_unlink(child);
    cmark_node_append_child(marked, child);
  }
  cmark_node_unlink(link);
  return load::CmarkDocument(link);
}

// The HTML of links and images mark_broken aimed at kBrokenMarker, as the
// same marked text it gives everywhere else: `<a href="MARKER">text</a>`
// and `<img src="MARKER" alt="text" />` (cmark writes no title when empty).
std::string unmark_in_tables(const std::string& html, const TemplateEngine::Snippets& snippets) {
  const std::string link_open = "<a href=\"" + std::string(kBrokenMarker) + "\">";
  const std::string image_open = "<img src=\"" + std::string(kBrokenMarker) + "\" alt=\"";
  std::string out;
  size_t pos = 0;
  while (true) {
    const size_t link = html.find(link_open, pos);
    const size_t image = html.find(image_open, pos);
    const size_t found = std::min(link, image);
    if (found == std::string::npos) break;
    out.append(html, pos, found - pos);
    const bool is_link = found == link;
    const size_t text = found + (is_link ? link_open.size() : image_open.size());
    const std::string_view close = is_link ? "</a>" : "\" />";
    const size_t end = std::min(html.find(close, text), html.size());
    const Snippet& mark = is_link ? snippets.broken_link : snippets.broken_image;
    out += mark.before();
    const std::string inner = html.substr(text, end - text);
    out += is_link ? unmark_in_tables(inner, snippets) : inner;  // a broken image inside a broken link
    out += mark.after();
    pos = std::min(end + close.size(), html.size());
  }
  out.append(html, pos, std::string::npos);
  return out;
}

// Replaces cmark's data-sourcepos attributes: on the top-level headings of
// the body (listed in order) by their anchors, everywhere else by nothing.
std::string apply_heading_ids(const std::string& html, const std::vector<load::Heading>* headings) {
  static constexpr std::string_view kAttribute = " data-sourcepos=\"";
  std::string out;
  out.reserve(html.size());
  size_t heading = 0;
  size_t pos = 0;
  while (true) {
    const size_t found = html.find(kAttribute, pos);
    if (found == std::string::npos) break;
    out.append(html, pos, found - pos);
    const size_t end = html.find('"', found + kAttribute.size());
    const bool is_heading = found >= 3 && html[found - 3] == '<' && html[found - 2] == 'h' && html[found - 1] >= '1' &&
                            html[found - 1] <= '6';
    if (is_heading && headings && heading < headings->size()) {
      out += " id=\"" + base::html_escape((*headings)[heading++].anchor) + "\"";
    }
    pos = end == std::string::npos ? html.size() : end + 1;
  }
  out.append(html, pos, std::string::npos);
  return out;
}

// A page with raw HTML is rendered with it and then sanitized as a whole
// (load/html_sanitizer.h), so tags opened in one HTML block and closed in
// another nest as the browser would see them. The generator's own HTML
// (custom nodes: glossary terms, local blocks, forms) is not the author's
// and must pass untouched, so each piece is swapped for a marker of
// private-use characters before, and put back after.
constexpr std::string_view kMarkerOpen = "\xEE\x80\x80";   // U+E000
constexpr std::string_view kMarkerClose = "\xEE\x80\x81";  // U+E001
// The links the model resolved carry this prefix through the sanitizer, so
// it knows them from links written in raw HTML (which it resolves itself).
// A raw link that writes it gains nothing: the URL after it is still
// checked for its scheme.
constexpr std::string_view kResolvedPrefix = "/~handboek-resolved~/";

std::vector<std::string> protect_custom_nodes(cmark_node* root) {
  std::vector<std::string> pieces;
  auto marker = [&](const char* html) {
    pieces.emplace_back(html ? html : "");
    return std::string(kMarkerOpen) + std::to_string(pieces.size() - 1) + std::string(kMarkerClose);
  };
  const load::CmarkIterator iter(cmark_iter_new(root));
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (type != CMARK_NODE_CUSTOM_BLOCK && type != CMARK_NODE_CUSTOM_INLINE) continue;
    const std::string enter = marker(cmark_node_get_on_enter(node));
    const std::string exit = marker(cmark_node_get_on_exit(node));
    cmark_node_set_on_enter(node, enter.c_str());
    cmark_node_set_on_exit(node, exit.c_str());
  }
  return pieces;
}

std::string restore_custom_nodes(const std::string& html, const std::vector<std::string>& pieces) {
  std::string out;
  out.reserve(html.size());
  size_t pos = 0;
  while (true) {
    const size_t open = html.find(kMarkerOpen, pos);
    if (open == std::string::npos) break;
    out.append(html, pos, open - pos);
    const size_t digits = open + kMarkerOpen.size();
    const size_t close = html.find(kMarkerClose, digits);
    size_t index = 0;
    bool valid = close != std::string::npos && close > digits && close - digits < 10;
    for (size_t i = digits; valid && i < close; ++i) {
      if (html[i] < '0' || html[i] > '9') valid = false;
      index = index * 10 + static_cast<size_t>(html[i] - '0');
    }
    if (!valid || index >= pieces.size()) {  // the author's own U+E000: left out
      pos = digits;
      continue;
    }
    out += pieces[index];
    pos = close + kMarkerClose.size();
  }
  out.append(html, pos, std::string::npos);
  return out;
}

std::string embed_link_html(const std::string& url, bool video, const std::string& title,
                            const MarkdownContext& context) {
  TemplateData view;
  view.set("url", url);
  view.set("title", title.empty() ? url : title);
  view.set("video", video);
  return context.templates.render_partial("embed_link", view);
}

// The sanitized HTML of a rendered page that had raw HTML in it.
std::string sanitized(const std::string& html, const std::vector<std::string>& pieces, const MarkdownContext& context) {
  load::HtmlPolicy policy;
  policy.resolve_url = [&](const std::string& url) -> std::optional<std::string> {
    if (url.rfind(kResolvedPrefix, 0) == 0) return url.substr(kResolvedPrefix.size());
    if (!url.empty() && url.front() == '#') return url;  // footnotes, the page's own anchors
    const auto target = context.page.link_targets.find(url);
    if (target == context.page.link_targets.end()) return std::nullopt;  // reported by the model
    return model::relative_url(context.document_url, target->second);
  };
  policy.embed_link = [&](const std::string& url, bool video, const std::string& title) {
    return embed_link_html(url, video, title, context);
  };
  return restore_custom_nodes(load::sanitize_html(html, policy).html, pieces);
}

// `anchored`: organisations whose first local block already has its anchor
// (the page body only; null in fragments). `title_heading`: the heading
// (index among the text's headings) that is the page's title, shown by the
// layout already: it is left out, its anchor kept on an empty element so
// links to it still land.
std::string render(std::string_view markdown, const MarkdownContext& context,
                   const std::vector<load::Heading>* headings, std::set<std::string>* anchored,
                   std::optional<size_t> title_heading = std::nullopt) {
  load::CmarkDocument document = load::parse_markdown(markdown);
  // Replaced nodes stay alive until rendering is done: cmark's inline text
  // may point into their buffers.
  std::vector<load::CmarkDocument> replaced;
  std::vector<cmark_node*> special_blocks;
  std::vector<cmark_node*> broken_links;
  std::vector<cmark_node*> tables;
  std::vector<std::pair<cmark_node*, std::string>> resolved_links;
  cmark_node* hidden_heading = nullptr;
  size_t heading_count = 0;
  bool has_raw_html = false;

  const load::CmarkIterator iter(cmark_iter_new(document.get()));
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      const char* url = cmark_node_get_url(node);
      const auto target = context.page.link_targets.find(url ? url : "");
      if (target == context.page.link_targets.end()) {
        broken_links.push_back(node);
      } else {
        resolved_links.emplace_back(node, model::relative_url(context.document_url, target->second));
      }
    } else if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
      has_raw_html = true;
    } else if (type == CMARK_NODE_HEADING) {
      if (title_heading && heading_count == *title_heading) hidden_heading = node;
      ++heading_count;
    } else if (type == CMARK_NODE_CODE_BLOCK) {
      const load::FenceInfo info = load::split_fence_info(cmark_node_get_fence_info(node));
      if (info.kind == load::kLocalBlockKind || info.kind == load::kFormBlockKind) special_blocks.push_back(node);
    } else if (std::string_view(cmark_node_get_type_string(node)) == "table") {
      tables.push_back(node);
    }
  }
  // A table keeps its words whole and scrolls sideways in a frame of its
  // own when it is wider than the column (handboek.css .tabel-scroll).
  for (cmark_node* table : tables) {
    cmark_node* frame = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(frame, context.templates.snippets().table_frame.before().c_str());
    cmark_node_set_on_exit(frame, context.templates.snippets().table_frame.after().c_str());
    if (!cmark_node_insert_before(table, frame) || !cmark_node_append_child(frame, table)) cmark_node_free(frame);
  }
  for (const auto& [node, url] : resolved_links) {
    cmark_node_set_url(node, ((has_raw_html ? std::string(kResolvedPrefix) : std::string()) + url).c_str());
  }
  bool marker_used = false;
  for (cmark_node* link : broken_links) {
    const char* url = cmark_node_get_url(link);
    const bool left_out =
        cmark_node_get_type(link) == CMARK_NODE_LINK && context.page.left_out_links.count(url ? url : "");
    if (load::CmarkDocument unlinked = mark_broken(link, context.templates.snippets(), marker_used, left_out))
      replaced.push_back(std::move(unlinked));
  }
  std::vector<load::Heading> shown_headings;  // the headings that keep their place in the HTML
  if (hidden_heading && headings && *title_heading < headings->size()) {
    shown_headings = *headings;
    const std::string anchor = shown_headings[*title_heading].anchor;
    shown_headings.erase(shown_headings.begin() + static_cast<std::ptrdiff_t>(*title_heading));
    headings = &shown_headings;
    cmark_node* target = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(target, context.templates.snippets().heading_target.fill({anchor}).c_str());
    cmark_node_set_on_exit(target, "");
    cmark_node_replace(hidden_heading, target);
    replaced.emplace_back(hidden_heading);
  }
  // The text of a local block is rendered on its own; with the glossary it
  // is rendered when the linker reaches it, so that the first occurrence of
  // a term in reading order is the one that is linked.
  std::map<cmark_node*, std::string> local_inner_html;
  auto render_local_text = [&](cmark_node* node) {
    const char* literal = cmark_node_get_literal(node);
    local_inner_html[node] = render(literal ? literal : "", context, nullptr, nullptr);
  };
  if (context.glossary) {
    context.glossary->link(document.get(), [&](cmark_node* code_block) {
      const load::FenceInfo info = load::split_fence_info(cmark_node_get_fence_info(code_block));
      if (info.kind == load::kLocalBlockKind) render_local_text(code_block);
    });
  }

  // Local blocks that follow each other form one group, shown side by side
  // so the organisations' differences can be compared.
  // In an organisation's edition its own blocks come first, open; the
  // others follow together, closed, unless it hides them (show_others).
  cmark_node* group = nullptr;  // custom node of the group being filled
  const config::Organisation* edition = context.model.config.edition_organisation();
  TemplateData group_blocks{TemplateData::type::list};
  TemplateData other_blocks{TemplateData::type::list};
  size_t group_size = 0;
  auto close_group = [&] {
    if (!group) return;
    TemplateData view;
    view.set("count", std::to_string(group_size));
    view.set("edition", edition != nullptr);
    view.set("blocks", group_blocks);
    view.set("has_others", !other_blocks.is_empty_list());
    view.set("others", other_blocks);
    cmark_node_set_on_enter(group, context.templates.render_partial("local_blocks", view).c_str());
    group = nullptr;
    group_blocks = TemplateData{TemplateData::type::list};
    other_blocks = TemplateData{TemplateData::type::list};
    group_size = 0;
  };
  for (cmark_node* node : special_blocks) {
    const load::FenceInfo info = load::split_fence_info(cmark_node_get_fence_info(node));
    const std::string argument(info.argument);
    const bool local = info.kind == load::kLocalBlockKind;
    if (group && (!local || cmark_node_previous(node) != group)) close_group();
    if (local) {
      if (!local_inner_html.count(node)) render_local_text(node);
      const bool first = anchored && anchored->insert(argument).second;
      const bool own = !edition || edition->id == argument;
      if (own || edition->show_others) {
        TemplateData block = local_block_view(argument, local_inner_html[node], context.model,
                                              first ? model::local_block_anchor(argument) : "");
        block.set("own", edition && own);
        (own ? group_blocks : other_blocks).push_back(block);
        ++group_size;
      }
      if (group) {  // joins the group just before it
        cmark_node_unlink(node);
        replaced.emplace_back(node);
        continue;
      }
    }
    cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    if (!local) {
      const std::string html =
          context.render_form_block ? context.render_form_block(argument) : form_card_html(argument, context);
      cmark_node_set_on_enter(custom, html.c_str());
    }
    cmark_node_set_on_exit(custom, "");
    cmark_node_replace(node, custom);
    replaced.emplace_back(node);
    if (local) group = custom;
  }
  close_group();

  if (!has_raw_html) {
    const load::CmarkText raw(cmark_render_html(document.get(), CMARK_OPT_SOURCEPOS, load::markdown_extensions()));
    std::string html = apply_heading_ids(raw.get(), headings);
    return marker_used ? unmark_in_tables(html, context.templates.snippets()) : html;
  }
  const std::vector<std::string> pieces = protect_custom_nodes(document.get());
  const load::CmarkText raw(cmark_render_html(document.get(), CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE,
                                              load::markdown_extensions_for_raw_html()));
  std::string html = apply_heading_ids(raw.get(), headings);
  return sanitized(marker_used ? unmark_in_tables(html, context.templates.snippets()) : html, pieces, context);
}

}  // namespace

namespace {

// Each field with its length first: no text can pass for two fields.
void add_field(std::string& key, std::string_view field) {
  key += std::to_string(field.size());
  key += ':';
  key += field;
}

// Everything render() reads for a body besides the version's key (see
// render_body). The document's own URL matters only through the URLs
// written relative to it: link targets are in the key as written, and the
// glossary's terms lie below the prefix, where relative_url(P + a, P + b)
// is relative_url("/" + a, "/" + b).
std::optional<std::string> body_key(const MarkdownContext& context) {
  const std::string& prefix = context.model.version.prefix;
  if (context.document_url.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
  const model::PageEntry& page = context.page;
  std::string key = context.reuse->version_key;
  add_field(key, context.document_url.substr(prefix.size()));
  add_field(key, context.glossary ? context.glossary->state_key(prefix) : "\x01");
  add_field(key, page.page.body);
  for (const load::Heading& heading : page.page.outline.headings) add_field(key, heading.anchor);
  add_field(key, page.page.title_heading ? std::to_string(*page.page.title_heading) : "-");
  for (const auto& [written, target] : page.link_targets) {
    add_field(key, written);
    add_field(key, model::relative_url(context.document_url, target));
  }
  return key;
}

std::string render_body_now(const MarkdownContext& context) {
  std::set<std::string> anchored;
  return render(context.page.page.body, context, &context.page.page.outline.headings, &anchored,
                context.page.page.title_heading);
}

}  // namespace

std::string render_body(const MarkdownContext& context) {
  if (!context.reuse) return render_body_now(context);
  const std::optional<std::string> key_text = body_key(context);
  if (!key_text) return render_body_now(context);
  const BodyCache::Key key = BodyCache::key_of(*key_text);
  if (std::optional<std::string> html = context.reuse->cache.find(key)) return std::move(*html);
  // The same context, but it notices a ```form block.
  bool holds_form = false;
  MarkdownContext noticing = context;
  noticing.render_form_block = [&](const std::string& form_id) {
    holds_form = true;
    return context.render_form_block ? context.render_form_block(form_id) : form_card_html(form_id, context);
  };
  std::string html = render_body_now(noticing);
  if (!holds_form) context.reuse->cache.store(key, html);
  return html;
}

std::optional<std::string> body_version_key(const model::SiteModel& model, const GlossaryForms& forms,
                                            const TemplateEngine& templates) {
  const std::string& prefix = model.version.prefix;
  std::string key;
  add_field(key, templates.fingerprint());
  for (const config::Organisation& organisation : model.config.organisations) {
    add_field(key, organisation.id);
    add_field(key, organisation.name);
    add_field(key, organisation.show_others ? "1" : "0");
  }
  add_field(key, model.config.edition);
  add_field(key, "");
  for (const TermForm& form : forms.forms()) {
    const model::PageEntry& term = model.pages[form.page];
    if (term.url.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
    add_field(key, form.lowercase);
    add_field(key, term.url.substr(prefix.size()));
    add_field(key, term.page.title);
    add_field(key, std::get<load::GlossaryTerm>(term.page.details).definition);
  }
  return key;
}

std::string render_fragment(std::string_view markdown, const MarkdownContext& context) {
  return render(markdown, context, nullptr, nullptr);
}

}  // namespace handboek::render
