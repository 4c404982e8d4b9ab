// ProjectFileError and the schema version; saving and loading live in project_writer/reader.cpp.
#include "project_store.h"

#include "schema.h"

#include <algorithm>

namespace hallwright {

namespace {

// what() must stay on one line even when a message quotes file content or an OS error.
std::string oneLine(std::string text)
{
    std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    return text;
}

} // namespace

ProjectFileError::ProjectFileError(Kind kind, const std::string &path, const std::string &problem)
    : ProjectFileError(kind, path, untranslated(oneLine(problem)))
{
}

ProjectFileError::ProjectFileError(Kind kind, const std::string &path, Phrase problem)
    : std::runtime_error(oneLine(path + ": " + problem.english())),
      PhrasedError(hallwright::phrase(QT_TRANSLATE_NOOP("Finding", "%1: %2"), literal(oneLine(path)), problem)),
      m_kind(kind),
      m_path(path), m_problem(oneLine(problem.english())), m_problemPhrase(std::move(problem))
{
}

const char *toString(ProjectFileError::Kind kind)
{
    switch (kind) {
    case ProjectFileError::Kind::NotFound:
        return "not found";
    case ProjectFileError::Kind::NotReadable:
        return "not readable";
    case ProjectFileError::Kind::NotAProject:
        return "not a project";
    case ProjectFileError::Kind::Corrupt:
        return "corrupt";
    case ProjectFileError::Kind::NewerVersion:
        return "newer version";
    case ProjectFileError::Kind::WriteFailed:
        return "write failed";
    }
    return "unknown";
}

int projectSchemaVersion()
{
    return store::kSchemaVersion;
}

} // namespace hallwright
