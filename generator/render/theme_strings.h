// ThemeStrings: the words the generator itself puts on pages (a menu item,
// a page's title, a label it computes), read from the theme's strings.yaml
// once per build. The theme owns every word a reader sees: templates and
// partials hold the words of their markup, this file the words the
// generator places. A key missing from a site theme's strings.yaml comes
// from the default theme installed with handboek (the one that matches
// this binary, so it has every key). Lookup is an array index.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/diagnostics.h"
#include "source/source.h"

namespace handboek::render {

// Every string: its name in code and its key in strings.yaml.
// themes/default/README.md ("Strings") says where each one shows.
#define HANDBOEK_THEME_STRINGS(X)                           \
  X(kDocumentTitle, "document_title")                       \
  X(kFormsTitle, "forms_title")                             \
  X(kSearchTitle, "search_title")                           \
  X(kNotFoundTitle, "not_found_title")                      \
  X(kOfflineTitle, "offline_title")                         \
  X(kAppShortName, "app_short_name")                        \
  X(kVersionsTitle, "versions_title")                       \
  X(kChangesSinceTitle, "changes_since_title")              \
  X(kBriefingTitle, "briefing_title")                       \
  X(kVersionLabelCurrent, "version_label_current")          \
  X(kVersionLabelConcept, "version_label_concept")          \
  X(kTocRoute, "toc_route")                                 \
  X(kTocCompetencyMatrix, "toc_competency_matrix")          \
  X(kHomeTaskProcesses, "home_task_processes")              \
  X(kHomeTaskForms, "home_task_forms")                      \
  X(kHomeTaskLocalOverview, "home_task_local_overview")     \
  X(kLocalOverviewTitle, "local_overview_title")            \
  X(kTypeProcess, "type_proces")                            \
  X(kTypeInterviewFormat, "type_gespreksformat")            \
  X(kTypeCompetencyProfile, "type_competentieprofiel")      \
  X(kTypeTerm, "type_begrip")                               \
  X(kTypeCasus, "type_casus")                               \
  X(kTypeTrainingMap, "type_trainingsmap")                  \
  X(kTypePlain, "type_pagina")                              \
  X(kTypeSection, "type_sectie")                            \
  X(kTypeForm, "type_formulier")                            \
  X(kPrintTitle, "print_title")                             \
  X(kBundleContents, "bundle_contents")                     \
  X(kBundleNotesSection, "bundle_notes_section")            \
  X(kBundleNotesTrainingMap, "bundle_notes_training_map")   \
  X(kBundlePdfSection, "bundle_pdf_section")                \
  X(kBundlePdfTrainingMap, "bundle_pdf_training_map")       \
  X(kBundleTermEntry, "bundle_term_entry")                  \
  X(kBundleFormEntry, "bundle_form_entry")                  \
  X(kStatementColofon, "statement_colofon")                 \
  X(kStatementPrivacy, "statement_privacy")                 \
  X(kStatementAccessibility, "statement_toegankelijkheid")  \
  X(kListSeparator, "list_separator")                       \
  X(kListLastSeparator, "list_last_separator")              \
  X(kRouteDescription, "route_description")                 \
  X(kRouteDescriptionStep, "route_description_step")        \
  X(kRouteDescriptionWhoWhen, "route_description_who_when") \
  X(kRouteDescriptionForm, "route_description_form")        \
  X(kRouteDescriptionThen, "route_description_then")        \
  X(kRouteDescriptionOther, "route_description_other")      \
  X(kRouteBoxForm, "route_box_form")                        \
  X(kDiffPrinciple, "diff_principle")                       \
  X(kDiffStep, "diff_step")                                 \
  X(kDiffWho, "diff_who")                                   \
  X(kDiffWhen, "diff_when")                                 \
  X(kDiffForm, "diff_form")                                 \
  X(kDiffOutcome, "diff_outcome")                           \
  X(kDiffAlternative, "diff_alternative")                   \
  X(kDiffRole, "diff_role")                                 \
  X(kDiffCompetency, "diff_competency")                     \
  X(kDiffIndicator, "diff_indicator")                       \
  X(kDiffDuration, "diff_duration")                         \
  X(kDiffTheme, "diff_theme")                               \
  X(kDiffQuestion, "diff_question")                         \
  X(kDiffDefinition, "diff_definition")                     \
  X(kDiffFormVersion, "diff_form_version")                  \
  X(kDiffFormSection, "diff_form_section")                  \
  X(kDiffInfo, "diff_info")                                 \
  X(kDiffField, "diff_field")                               \
  X(kDiffFieldRequired, "diff_field_required")              \
  X(kDiffFieldSpecial, "diff_field_special")                \
  X(kDiffFieldOptions, "diff_field_options")                \
  X(kDiffFieldColumns, "diff_field_columns")                \
  X(kDiffFieldSignedBy, "diff_field_signed_by")             \
  X(kFieldShortText, "field_short_text")                    \
  X(kFieldLongText, "field_long_text")                      \
  X(kFieldDate, "field_date")                               \
  X(kFieldNumber, "field_number")                           \
  X(kFieldSingleChoice, "field_single_choice")              \
  X(kFieldMultipleChoice, "field_multiple_choice")          \
  X(kFieldSelect, "field_select")                           \
  X(kFieldScale, "field_scale")                             \
  X(kFieldYesNo, "field_yes_no")                            \
  X(kFieldTable, "field_table")                             \
  X(kFieldSignature, "field_signature")                     \
  X(kFieldInfo, "field_info")                               \
  X(kSchemaDescription, "schema_description")               \
  X(kSchemaSignatureName, "schema_signature_name")          \
  X(kSchemaSignatureDate, "schema_signature_date")

enum class Text : size_t {
#define HANDBOEK_TEXT_ID(id, key) id,
  HANDBOEK_THEME_STRINGS(HANDBOEK_TEXT_ID)
#undef HANDBOEK_TEXT_ID
};

inline constexpr std::array kTextKeys = {
#define HANDBOEK_TEXT_KEY(id, key) std::string_view(key),
    HANDBOEK_THEME_STRINGS(HANDBOEK_TEXT_KEY)
#undef HANDBOEK_TEXT_KEY
};

// One {name} of a string and what replaces it.
using TextValue = std::pair<std::string_view, std::string_view>;

class ThemeStrings {
 public:
  // themes/<theme>/strings.yaml of `source` (a flat map: key → text), the
  // keys it lacks (or all, without the file) from the installed default
  // theme's strings.yaml. nullopt (with diagnostics) when the file is
  // broken or a key is in neither.
  static std::optional<ThemeStrings> load(const source::Source& source, const std::string& theme,
                                          base::Diagnostics& diagnostics);

  const std::string& operator[](Text text) const { return texts_[static_cast<size_t>(text)]; }

  // The string with every {name} of `values` replaced by its value; an
  // unknown {name} stays as written.
  std::string format(Text text, std::initializer_list<TextValue> values) const;

  // Every key and text: part of the theme's fingerprint.
  std::string fingerprint_text() const;

 private:
  std::array<std::string, kTextKeys.size()> texts_;
};

}  // namespace handboek::render
