// Temporary file, fsync and rename: the steps that make a save all-or-nothing.
#include "atomic_file.h"

#include <fmt/format.h>

#include <atomic>
#include <cerrno>
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

} // namespace

AtomicFile::AtomicFile(const std::string &target)
{
    namespace fs = std::filesystem;
    fs::path path(target);
    std::error_code ec;
    // Saving through a symbolic link replaces the file it points to and keeps the link.
    if (fs::is_symlink(path, ec)) {
        fs::path resolved = fs::canonical(path, ec);
        if (!ec)
            path = resolved;
    }
    if (fs::is_directory(path, ec))
        throw std::runtime_error("the path is a directory");
    m_target = path.string();
    fs::path directory = path.parent_path();
    m_directory = directory.empty() ? std::string(".") : directory.string();

    // The counter keeps names unique within a process (also across fork()),
    // the pid across processes; O_EXCL settles the rest.
    static std::atomic<unsigned> counter{0};
    const std::string stem = fmt::format(".{}.{}-", path.filename().string(), ::getpid());
    for (int attempt = 0; attempt < 1000 && m_fd < 0; ++attempt) {
        const std::string candidate = (fs::path(m_directory) / fmt::format("{}{}.tmp", stem, counter++)).string();
        m_fd = ::open(candidate.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_fd >= 0)
            m_tempPath = candidate;
        else if (errno != EEXIST)
            throw std::runtime_error(
                fmt::format("cannot create a temporary file in {}: {}", m_directory, osError(errno)));
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
    if (::rename(m_tempPath.c_str(), m_target.c_str()) != 0)
        throw std::runtime_error(fmt::format("cannot rename {} to {}: {}", m_tempPath, m_target, osError(errno)));
    m_replaced = true;
    // Make the rename itself durable. Failure here cannot break atomicity
    // (after a crash either name is complete), so it is not an error.
    const int dirFd = ::open(m_directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

} // namespace hallwright::store
