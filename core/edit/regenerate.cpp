// SetInput: a brief input changed through the brief's own JSON and parser, then the design regenerated.
#include "edit/regenerate.h"

#include "brief/brief.h"
#include "checks/json_error.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace hallwright::edit {

std::string editedBriefJson(const Design &design, const std::string &path, const std::string &valueJson)
{
    if (design.briefJson.empty())
        throw EditRefused(phrase(QT_TRANSLATE_NOOP("Finding", "the design has no stored brief to regenerate from")));
    nlohmann::ordered_json brief;
    try {
        brief = nlohmann::ordered_json::parse(design.briefJson);
    } catch (const nlohmann::json::exception &e) {
        throw EditRefused(phrase(QT_TRANSLATE_NOOP("Finding", "the stored brief is not valid JSON: %1"), jsonError(e)));
    }
    nlohmann::ordered_json value;
    try {
        value = nlohmann::ordered_json::parse(valueJson);
    } catch (const nlohmann::json::exception &) {
        throw BriefError(phrase(QT_TRANSLATE_NOOP("Finding", "%1: the value is not valid JSON: %2"), path, valueJson));
    }
    if (path.empty() || path.front() == '.' || path.back() == '.' || path.find("..") != std::string::npos)
        throw BriefError(
            phrase(QT_TRANSLATE_NOOP("Finding", "'%1': a brief path names fields joined by dots, e.g. power.redundancy"), path));
    if (path == "schema")
        throw BriefError(phrase(QT_TRANSLATE_NOOP("Finding", "schema: the brief schema cannot be set")));
    // Walk the brief's objects; a missing level is created and the parser then
    // names it if the brief has no such field.
    nlohmann::ordered_json *at = &brief;
    std::size_t start = 0;
    for (;;) {
        const std::size_t dot = path.find('.', start);
        const std::string field = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (at->is_null())
            *at = nlohmann::ordered_json::object();
        if (!at->is_object())
            throw BriefError(
                phrase(QT_TRANSLATE_NOOP("Finding", "%1: %2 is not an object"), path, path.substr(0, start - 1)));
        at = &(*at)[field];
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    *at = value;
    // The design keeps its name unless the name itself is set.
    if (path != "name" && !design.hall.name.empty())
        brief["name"] = design.hall.name;
    return brief.dump();
}

Brief editedBrief(const Design &design, const Catalog &catalog, const std::string &path, const std::string &valueJson)
{
    return parseBrief(editedBriefJson(design, path, valueJson), catalog);
}

Design regenerate(const Design &design, const Catalog &catalog, const std::string &path, const std::string &valueJson)
{
    Design out = synthesize(editedBrief(design, catalog, path, valueJson), catalog);
    out.userCatalogJson = design.userCatalogJson;
    return out;
}

} // namespace hallwright::edit
