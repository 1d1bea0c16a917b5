// The texts of a form beside their translations, as the view-model objects
// the theme's `form_text` (plain text) and `form_html_text` (Markdown as
// HTML) partials read: the Dutch text and, per language that translates it,
// the language code, its direction and the translated text. A language that
// lacks a text is left out of that text's list, so the theme shows the
// Dutch text alone there (the loader has warned about it).
// themes/default/README.md "Bilingual forms" lists the keys.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "load/form_definition.h"
#include "render/template_engine.h"

namespace handboek::render {

// Picks one text out of a translation; "" when that translation lacks it.
using TranslationPick = std::function<std::string(const load::FormTranslation&)>;

// {text, has_translations, translations[]: {lang, dir, text}}
TemplateData text_with_translations(const std::string& dutch, const std::vector<load::FormTranslation>& translations,
                                    const TranslationPick& pick);

// {html, has_translations, translations[]: {lang, dir, html}}; `pick`
// returns the translation's text already rendered to HTML.
TemplateData html_with_translations(const std::string& dutch_html,
                                    const std::vector<load::FormTranslation>& translations,
                                    const TranslationPick& pick);

// The languages a form offers, in the form's order: {lang, name, dir}.
TemplateData form_languages(const std::vector<load::FormTranslation>& translations);

// The translation of a field (nullptr when the language does not translate it).
const load::FieldTranslation* field_translation(const load::FormTranslation& translation, const std::string& field_id);

// "rtl" or "ltr": the `dir` attribute of a translation's text.
std::string text_direction(const load::FormTranslation& translation);

}  // namespace handboek::render
