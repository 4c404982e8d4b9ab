// SetInput's parts: the stored brief with one input changed, validated by the brief parser.
#pragma once

#include "edit/editor.h"

#include <string>

namespace hallwright::edit {

/// The design's stored brief (canonical JSON) with the field at `path` (dot
/// separated, e.g. "lease.years") set to the JSON value `valueJson`, and the
/// design's name kept. Not yet validated. Throws BriefError for a malformed path
/// or value, EditRefused when the design has no brief.
std::string editedBriefJson(const Design &design, const std::string &path, const std::string &valueJson);

/// The edited brief, validated (BriefError names the path of a refused value).
Brief editedBrief(const Design &design, const Catalog &catalog, const std::string &path, const std::string &valueJson);

} // namespace hallwright::edit
