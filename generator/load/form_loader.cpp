#include "load/form_loader.h"

#include "base/text.h"
#include "yaml/yaml_reader.h"

namespace handboek::load {

std::optional<FormDefinition> load_form(const base::SitePath& path, const std::string& bytes,
                                        base::Diagnostics& diagnostics) {
  if (!base::is_valid_utf8(bytes)) {
    diagnostics.error(path.str(), 0, 0, "file is not valid UTF-8");
    return std::nullopt;
  }
  yaml::YamlReader reader(path.str(), 1, diagnostics);
  const auto root = reader.parse(bytes);
  if (!root || !reader.expect_map(*root, "a form")) return std::nullopt;
  FormDefinition form;
  form.id = path.stem();
  form.path = path;
  form.title = reader.text(*root, "title", true).value_or(form.id);
  return form;
}

}  // namespace handboek::load
