// The local agreements of one version (model/local_agreements.h) dated from
// git: each file with a ```lokaal block is blamed (libgit2) at the version's
// commit, or, for the working tree, its text on top of HEAD (lines not yet
// committed count as changed now). Only those files are blamed. A stale
// agreement links to where its shared change is shown: the change page of
// the release that brought the change, else the page's history.
#pragma once

#include "engine/loaded_versions.h"
#include "model/local_agreements.h"

namespace handboek::engine {

// REQUIRES: site.loaded(slot).
model::LocalAgreements date_local_agreements(const LoadedVersions& site, size_t slot);

}  // namespace handboek::engine
