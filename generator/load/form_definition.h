// FormDefinition: one form of forms/ID.yaml as the loader understood it.
// Knows nothing of the pages that use it; the model links the two.
#pragma once

#include <string>

#include "base/site_path.h"

namespace handboek::load {

struct FormDefinition {
  std::string id;       // the file name without .yaml; the URL /formulieren/ID/
  base::SitePath path;  // forms/ID.yaml
  std::string title;
};

}  // namespace handboek::load
