#include "load/audience.h"

#include "base/did_you_mean.h"

namespace handboek::load {

std::string read_audience(const YAML::Node& map, yaml::YamlReader& reader) {
  const auto value = reader.text(map, "doelgroep");
  if (!value) return "";
  if (*value == kClientAudience || *value == "professional") return *value;
  const std::string suggestion = base::suggestion_suffix(*value, {"klant", "professional"});
  reader.error(map["doelgroep"], "onbekende doelgroep '" + *value + "'" +
                                     (suggestion.empty() ? "; kies klant of professional" : suggestion));
  return "";
}

}  // namespace handboek::load
