// Saving and loading a Design as a *.hall project file (an SQLite database).
#pragma once

#include "checks/phrase.h"
#include "model/design.h"

#include <functional>
#include <stdexcept>
#include <string>

namespace hallwright {

/// Why a project file could not be loaded or saved. what() is one line that
/// names the path and the problem, e.g. "a.hall: not a Hallwright project (...)".
class ProjectFileError : public std::runtime_error, public PhrasedError
{
public:
    enum class Kind {
        NotFound,     ///< no file at the path
        NotReadable,  ///< exists but cannot be read (permissions, a directory, locked, I/O error)
        NotAProject,  ///< empty, not SQLite, or an SQLite database of another application
        Corrupt,      ///< damaged: truncated, integrity failure, dangling reference, bad value
        NewerVersion, ///< written by a newer Hallwright whose schema this build cannot read
        WriteFailed,  ///< saving failed; the existing file at the path is untouched
    };

    ProjectFileError(Kind kind, const std::string &path, const std::string &problem);
    ProjectFileError(Kind kind, const std::string &path, Phrase problem);

    Kind kind() const { return m_kind; }
    const std::string &path() const { return m_path; }
    /// The problem without the path, e.g. "the file is empty".
    const std::string &problem() const { return m_problem; }
    /// The same, for a translation to follow (phrase() is "path: problem").
    const Phrase &problemPhrase() const { return m_problemPhrase; }

private:
    Kind m_kind;
    std::string m_path;
    std::string m_problem;
    Phrase m_problemPhrase;
};

/// Short English name of a kind ("not found", "corrupt", …).
const char *toString(ProjectFileError::Kind kind);

/// The schema version written by this build (PRAGMA user_version); older
/// files are migrated in memory on load, newer ones are refused.
int projectSchemaVersion();

/// The PRAGMA application_id that marks an SQLite file as a Hallwright project ('HWLT').
constexpr int kProjectApplicationId = 0x48574C54;

/// Writes design to path atomically: the complete file is written and fsync'ed
/// under a temporary name in the same directory, then renamed over path. Only a
/// regular file (or a symbolic link to one) at path is replaced. On
/// failure the previous file at path is left byte-identical and
/// ProjectFileError(WriteFailed) is thrown. A design with non-positive or
/// duplicate ids, dangling references, an equipment upstream cycle or
/// non-finite numbers is refused (it could not be loaded back).
void saveProject(const Design &design, const std::string &path);

/// As saveProject(design, path), and calls beforeReplace() once the complete
/// file is on disk under its temporary name, just before it replaces path. If
/// beforeReplace throws, path is left as it was and the exception propagates
/// unchanged (the CLI uses this to print its result first, so that a full
/// standard output stops the save instead of following it).
void saveProject(const Design &design, const std::string &path, const std::function<void()> &beforeReplace);

/// Reads a project file, treating it as untrusted input. The file is opened
/// read-only and never modified; an older schema is migrated in memory.
/// Entities come back sorted by id. Throws ProjectFileError on any problem.
Design loadProject(const std::string &path);

} // namespace hallwright
