// A temporary file next to a target that replaces the target only once it is complete and on disk.
#pragma once

#include <string>

namespace hallwright::store {

/// Creates a new, empty, uniquely named file in the target's directory
/// (".<name>.<pid>-<n>.tmp", mode as the target's or 0666 & ~umask). The
/// caller fills it through path(), then calls sync() and replaceTarget().
/// Until replaceTarget() succeeds the destructor deletes the temporary file,
/// so the target is never touched by a failed save. POSIX only.
class AtomicFile
{
public:
    /// Throws std::runtime_error naming the directory if the file cannot be created.
    explicit AtomicFile(const std::string &target);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    const std::string &path() const { return m_tempPath; }

    /// fsync()s the temporary file; the writer must have closed its own handles.
    void sync();
    /// Renames the temporary file over the target and fsync()s the directory.
    void replaceTarget();

private:
    std::string m_target;
    std::string m_directory;
    std::string m_tempPath;
    int m_fd = -1;
    bool m_replaced = false;
};

} // namespace hallwright::store
