// render/form_schema: the JSON Schema of a form's saved answers, whole and
// exact for a small form, and JSON string escaping.
#include "render/form_schema.h"

#include <catch2/catch.hpp>

#include "load/form_loader.h"
#include "model_fixture.h"

using handboek::base::Diagnostics;
using handboek::base::SitePath;
using handboek::render::form_schema_json;

namespace {

constexpr std::string_view kForm = R"(title: Korte "lijst"
version: 3
sections:
  - title: A
    fields:
      - id: naam
        type: short_text
        label: Naam
        required: true
      - id: tevreden
        type: scale
        label: Tevreden?
        help: Eén antwoord.
        special_category: true
        levels: [Nee, Ja]
      - type: info
        text: Geen antwoord.
      - id: acties
        type: table
        label: Acties
        columns:
          - {id: wat, label: Wat}
          - {id: wanneer, label: Wanneer, type: date}
      - id: handtekening
        type: signature
        role: Klant
)";

constexpr std::string_view kSchema = R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://h.example/formulieren/kort.schema.json",
  "title": "Korte \"lijst\"",
  "description": "Antwoorden op het formulier 'Korte \"lijst\"' (formulierversie 3, handboekversie 2020.1), zoals 'Opslaan als bestand' ze bewaart.",
  "type": "object",
  "properties": {
    "form": {
      "const": "kort"
    },
    "title": {
      "type": "string"
    },
    "form_version": {
      "const": 3
    },
    "handbook_version": {
      "type": "string",
      "examples": [
        "2020.1"
      ]
    },
    "answers": {
      "type": "object",
      "properties": {
        "naam": {
          "title": "Naam",
          "type": "string",
          "minLength": 1
        },
        "tevreden": {
          "title": "Tevreden?",
          "description": "Eén antwoord.",
          "x-special-category": true,
          "oneOf": [
            {
              "const": 1,
              "title": "Nee"
            },
            {
              "const": 2,
              "title": "Ja"
            },
            {
              "type": "null"
            }
          ]
        },
        "acties": {
          "title": "Acties",
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "wat": {
                "title": "Wat",
                "type": [
                  "string",
                  "null"
                ]
              },
              "wanneer": {
                "title": "Wanneer",
                "type": [
                  "string",
                  "null"
                ],
                "format": "date"
              }
            },
            "required": [
              "wat",
              "wanneer"
            ],
            "additionalProperties": false
          }
        },
        "handtekening": {
          "title": "Handtekening klant",
          "type": "object",
          "properties": {
            "name": {
              "title": "Naam",
              "type": [
                "string",
                "null"
              ]
            },
            "date": {
              "title": "Datum",
              "type": [
                "string",
                "null"
              ],
              "format": "date"
            }
          },
          "required": [
            "name",
            "date"
          ],
          "additionalProperties": false
        }
      },
      "required": [
        "naam",
        "tevreden",
        "acties",
        "handtekening"
      ],
      "additionalProperties": false
    }
  },
  "required": [
    "form",
    "form_version",
    "handbook_version",
    "answers"
  ],
  "additionalProperties": false
}
)";

}  // namespace

TEST_CASE("a form's schema describes its saved answers field by field", "[render][forms]") {
  Diagnostics diagnostics;
  const auto form = handboek::load::load_form(*SitePath::parse("forms/kort.yaml"), std::string(kForm), diagnostics);
  REQUIRE(form);
  REQUIRE(diagnostics.empty());
  CHECK(form_schema_json(*form, handboek::testing::default_templates().strings(),
                         {"https://h.example/formulieren/kort.schema.json", "2020.1"}) == kSchema);
}

TEST_CASE("JSON strings escape quotes, backslashes and control characters and keep UTF-8", "[render][forms]") {
  Diagnostics diagnostics;
  const auto form = handboek::load::load_form(*SitePath::parse("forms/kort.yaml"), R"(title: Kort
version: 1
sections:
  - title: A
    fields:
      - id: naam
        type: short_text
        label: "a\"b\\c regel\nregel\t\u0001 Financiën"
)",
                                              diagnostics);
  REQUIRE(form);
  REQUIRE(diagnostics.empty());
  const std::string schema = form_schema_json(*form, handboek::testing::default_templates().strings(),
                                              {"https://h.example/formulieren/kort.schema.json", "2020.1"});
  CHECK_THAT(schema, Catch::Matchers::Contains(R"("title": "a\"b\\c regel\nregel\t\u0001 Financiën")"));
}
