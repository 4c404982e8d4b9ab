// Temporary file, fsync and rename: the steps that make a save all-or-nothing.
#include "atomic_file.h"

#include "signal_cleanup.h"

#include <fmt/format.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hallwright::store {

namespace {

std::string osError(int err)
{
    return std::strerror(err);
}

const char *typeName(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

// The file that a save to `target` replaces, after the checks that keep a save
// from writing where the user did not ask.
std::string checkedTarget(const std::string &target, AtomicFile::Links links)
{
    namespace fs = std::filesystem;
    struct stat st;
    if (::lstat(target.c_str(), &st) != 0) {
        if (errno == ENOENT)
            return target; // a new file
        throw std::runtime_error(fmt::format("cannot inspect {}: {}", target, osError(errno)));
    }
    if (S_ISLNK(st.st_mode)) {
        if (links == AtomicFile::Links::Refuse)
            throw std::runtime_error("it is a symbolic link; refusing to write through it");
        struct stat to;
        if (::stat(target.c_str(), &to) != 0)
            throw std::runtime_error(
                fmt::format("it is a symbolic link to nothing ({}); refusing to create its target", osError(errno)));
        if (!S_ISREG(to.st_mode))
            throw std::runtime_error(
                fmt::format("it is a symbolic link to {}; only regular files are replaced", typeName(to.st_mode)));
        std::error_code ec;
        const fs::path resolved = fs::canonical(target, ec);
        if (ec)
            throw std::runtime_error(fmt::format("cannot resolve the symbolic link: {}", ec.message()));
        return resolved.string();
    }
    if (S_ISDIR(st.st_mode))
        throw std::runtime_error("the path is a directory");
    if (!S_ISREG(st.st_mode))
        throw std::runtime_error(fmt::format("it is {}; only regular files are replaced", typeName(st.st_mode)));
    return target;
}

bool isTemporaryOf(const std::string &entry, const std::string &stem, long &pid)
{
    // stem is ".<name>."; the rest must be "<pid>-<n>.tmp".
    if (entry.size() <= stem.size() + 4 || entry.compare(0, stem.size(), stem) != 0
        || entry.compare(entry.size() - 4, 4, ".tmp") != 0)
        return false;
    const std::string rest = entry.substr(stem.size(), entry.size() - stem.size() - 4);
    const auto dash = rest.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == rest.size())
        return false;
    for (std::size_t i = 0; i < rest.size(); ++i)
        if (i != dash && (rest[i] < '0' || rest[i] > '9'))
            return false;
    if (dash > 9)
        return false;
    pid = std::stol(rest.substr(0, dash));
    return pid > 0;
}

} // namespace

int AtomicFile::removeStaleTemporaries(const std::string &target)
{
    namespace fs = std::filesystem;
    const fs::path path(target);
    const fs::path directory = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    const std::string stem = "." + path.filename().string() + ".";
    int removed = 0;
    std::error_code ec;
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        long pid = 0;
        if (!isTemporaryOf(name, stem, pid) || pid == static_cast<long>(::getpid()))
            continue;
        // A process that still runs may be saving right now; EPERM means it runs as someone else.
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
            continue;
        struct stat st;
        const std::string full = it->path().string();
        if (::lstat(full.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid()
            && ::unlink(full.c_str()) == 0)
            ++removed;
    }
    return removed;
}

AtomicFile::AtomicFile(const std::string &target, Links links)
{
    namespace fs = std::filesystem;
    const fs::path path(checkedTarget(target, links));
    m_target = path.string();
    fs::path directory = path.parent_path();
    m_directory = directory.empty() ? std::string(".") : directory.string();
    removeStaleTemporaries(m_target);

    // The counter keeps names unique within a process (also across fork()),
    // the pid across processes; O_EXCL settles the rest (and never follows a link).
    static std::atomic<unsigned> counter{0};
    const std::string stem = fmt::format(".{}.{}-", path.filename().string(), ::getpid());
    for (int attempt = 0; attempt < 1000 && m_fd < 0; ++attempt) {
        const std::string candidate = (fs::path(m_directory) / fmt::format("{}{}.tmp", stem, counter++)).string();
        // Registered before it exists, so that no signal can come between creating and registering.
        const int slot = signalcleanup::add(candidate);
        m_fd = ::open(candidate.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (m_fd >= 0) {
            m_tempPath = candidate;
            m_signalSlot = slot;
        } else {
            const int err = errno;
            signalcleanup::remove(slot);
            if (err != EEXIST)
                throw std::runtime_error(
                    fmt::format("cannot create a temporary file in {}: {}", m_directory, osError(err)));
        }
    }
    if (m_fd < 0)
        throw std::runtime_error(fmt::format("cannot find a free temporary file name in {}", m_directory));
}

AtomicFile::~AtomicFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_replaced && !m_tempPath.empty())
        ::unlink(m_tempPath.c_str());
    signalcleanup::remove(m_signalSlot);
}

void AtomicFile::sync()
{
    // Keep the permissions of the file being replaced (applied only now, so
    // that a read-only original does not stop the writer from opening the copy).
    struct stat st;
    if (::stat(m_target.c_str(), &st) == 0 && S_ISREG(st.st_mode))
        ::fchmod(m_fd, st.st_mode & 07777);
    if (::fsync(m_fd) != 0)
        throw std::runtime_error(fmt::format("cannot flush {} to disk: {}", m_tempPath, osError(errno)));
}

void AtomicFile::replaceTarget()
{
    // The writer's own handles are closed by now, so closing ours cannot drop its POSIX locks.
    ::close(m_fd);
    m_fd = -1;
    // A target that became something other than a regular file since the checks is not replaced.
    struct stat st;
    if (::lstat(m_target.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
        throw std::runtime_error(fmt::format("{} is {} now; only regular files are replaced", m_target,
                                             S_ISLNK(st.st_mode) ? "a symbolic link" : typeName(st.st_mode)));
    if (::rename(m_tempPath.c_str(), m_target.c_str()) != 0)
        throw std::runtime_error(fmt::format("cannot rename {} to {}: {}", m_tempPath, m_target, osError(errno)));
    m_replaced = true;
    signalcleanup::remove(m_signalSlot);
    m_signalSlot = -1;
    // Make the rename itself durable. Failure here cannot break atomicity
    // (after a crash either name is complete), so it is not an error.
    const int dirFd = ::open(m_directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

} // namespace hallwright::store
