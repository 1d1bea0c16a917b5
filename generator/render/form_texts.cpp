#include "render/form_texts.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

data with_translations(const char* key, const std::string& dutch,
                       const std::vector<load::FormTranslation>& translations, const TranslationPick& pick) {
  data list{data::type::list};
  for (const load::FormTranslation& translation : translations) {
    const std::string translated = pick(translation);
    if (translated.empty()) continue;  // shown in Dutch only
    data item;
    item.set("lang", translation.language);
    item.set("dir", text_direction(translation));
    item.set(key, translated);
    list.push_back(item);
  }
  data view;
  view.set(key, dutch);
  view.set("has_translations", !list.is_empty_list());
  view.set("translations", list);
  return view;
}

}  // namespace

std::string text_direction(const load::FormTranslation& translation) {
  return translation.right_to_left ? "rtl" : "ltr";
}

TemplateData text_with_translations(const std::string& dutch, const std::vector<load::FormTranslation>& translations,
                                    const TranslationPick& pick) {
  return with_translations("text", dutch, translations, pick);
}

TemplateData html_with_translations(const std::string& dutch_html,
                                    const std::vector<load::FormTranslation>& translations,
                                    const TranslationPick& pick) {
  return with_translations("html", dutch_html, translations, pick);
}

TemplateData form_languages(const std::vector<load::FormTranslation>& translations) {
  data list{data::type::list};
  for (const load::FormTranslation& translation : translations) {
    data item;
    item.set("lang", translation.language);
    item.set("name", translation.name);
    item.set("dir", text_direction(translation));
    list.push_back(item);
  }
  return list;
}

const load::FieldTranslation* field_translation(const load::FormTranslation& translation, const std::string& field_id) {
  const auto found = translation.fields.find(field_id);
  return found == translation.fields.end() ? nullptr : &found->second;
}

}  // namespace handboek::render
