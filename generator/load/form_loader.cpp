#include "load/form_loader.h"

#include <algorithm>

#include "base/content_hash.h"
#include "base/text.h"
#include "load/audience.h"
#include "load/form_field_loader.h"
#include "load/form_read_state.h"
#include "load/form_translation_loader.h"
#include "load/markdown_fields.h"
#include "load/markdown_parser.h"
#include "load/raw_html_check.h"
#include "yaml/yaml_reader.h"

namespace handboek::load {

namespace {

std::optional<FormSection> load_section(const YAML::Node& item, FormReadState& state) {
  yaml::YamlReader& reader = state.reader;
  if (!reader.expect_map(item, "een sectie")) return std::nullopt;
  reader.warn_unknown_keys(item, {"title", "intro", "fields"});
  FormSection section;
  section.pos = reader.position(item);
  section.title = reader.text(item, "title", true).value_or("");
  section.intro = form_markdown(item, "intro", state);
  const auto fields = reader.sequence(item, "fields", true);
  if (!fields) return section;
  if (fields->size() == 0) reader.error(*fields, "een sectie heeft minstens een veld nodig");
  for (const YAML::Node& node : *fields) {
    if (auto field = load_form_field(node, state)) section.fields.push_back(std::move(*field));
  }
  return section;
}

void load_version(const YAML::Node& root, yaml::YamlReader& reader, FormDefinition& form) {
  const auto version = reader.integer(root, "version");
  if (!version) return;
  if (*version < 1) {
    reader.error(root["version"], "'version' moet 1 of hoger zijn");
  } else {
    form.version = *version;
  }
}

// Raw HTML is rendered through the allow-list, as in pages: what it leaves out is one warning.
void check_raw_html(const FormDefinition& form, base::Diagnostics& diagnostics) {
  for_each_markdown_text(
      form, [&](const InlineMarkdown& text) { report_raw_html(form.path.str(), text.outline.raw_html, diagnostics); });
}

}  // namespace

std::optional<FormDefinition> load_form(const base::SitePath& path, const std::string& bytes,
                                        base::Diagnostics& diagnostics) {
  if (!base::is_valid_utf8(bytes)) {
    diagnostics.error(path.str(), 0, 0, base::kNotUtf8);
    return std::nullopt;
  }
  if (const int line = excess_image_opener_line(bytes); line > 0) {
    diagnostics.error(path.str(), line, 0, too_many_images_message());
    return std::nullopt;
  }
  if (!is_form_id(path.stem())) {
    diagnostics.error(
        path.str(), 0, 0,
        "de bestandsnaam van een formulier is zijn id: gebruik alleen kleine letters, cijfers en '-' (forms/ID.yaml)");
    return std::nullopt;
  }
  yaml::YamlReader reader(path.str(), 1, diagnostics);
  const auto root = reader.parse(bytes);
  if (!root || !reader.expect_map(*root, "een formulier")) return std::nullopt;
  reader.warn_unknown_keys(*root, {"title", "version", "doelgroep", "purpose", "sections", "translations"});

  FormDefinition form;
  form.id = path.stem();
  form.path = path;
  form.content_hash = base::content_hash(bytes);
  form.title = reader.text(*root, "title", true).value_or(form.id);
  load_version(*root, reader, form);
  form.audience = read_audience(*root, reader);
  FormReadState state{reader, bytes};
  form.purpose = form_markdown(*root, "purpose", state);

  if (const auto sections = reader.sequence(*root, "sections", true)) {
    if (sections->size() == 0) reader.error(*sections, "een formulier heeft minstens een sectie nodig");
    for (const YAML::Node& node : *sections) {
      if (auto section = load_section(node, state)) form.sections.push_back(std::move(*section));
    }
  }
  load_form_translations(*root, state, form);
  check_raw_html(form, diagnostics);
  return form;
}

}  // namespace handboek::load
