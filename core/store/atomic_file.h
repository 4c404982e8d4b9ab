// A temporary file next to a target that replaces the target only once it is complete and on disk.
#pragma once

#include <string>

namespace hallwright::store {

/// Creates a new, empty, uniquely named file in the target's directory
/// (".<name>.<pid>-<n>.tmp", mode as the target's or 0666 & ~umask). The
/// caller fills it through path(), then calls sync() and replaceTarget().
/// Until replaceTarget() succeeds the destructor deletes the temporary file,
/// so the target is never touched by a failed save. POSIX only.
///
/// Only a regular file is ever replaced: a directory, FIFO, device or socket
/// at the target is refused, and so is a symbolic link (Links::Refuse, the
/// default) or a symbolic link to nothing (Links::Follow saves through a link
/// to a regular file and keeps the link). While a temporary file exists,
/// SIGINT, SIGTERM and SIGHUP delete it before the process ends as it would
/// have; temporary files of this pattern left by a process that no longer
/// runs (a SIGKILL, a power cut) are deleted by the next save beside them.
class AtomicFile
{
public:
    enum class Links { Refuse, Follow };

    /// Throws std::runtime_error saying why if the target may not be replaced
    /// or the temporary file cannot be created.
    explicit AtomicFile(const std::string &target, Links links = Links::Refuse);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    const std::string &path() const { return m_tempPath; }

    /// fsync()s the temporary file; the writer must have closed its own handles.
    void sync();
    /// Renames the temporary file over the target and fsync()s the directory.
    void replaceTarget();

    /// Deletes ".<name>.<pid>-<n>.tmp" files beside target whose process is gone; returns how many.
    static int removeStaleTemporaries(const std::string &target);

private:
    std::string m_target;
    std::string m_directory;
    std::string m_tempPath;
    int m_fd = -1;
    int m_signalSlot = -1;
    bool m_replaced = false;
};

} // namespace hallwright::store
