// loadProject: identifies, checks, migrates (in memory) and reads an untrusted project file.
#include "project_store.h"

#include "design_check.h"
#include "migrations.h"
#include "schema.h"
#include "table_reader.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <new>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hallwright {

namespace {

using Kind = ProjectFileError::Kind;

constexpr std::size_t kHeaderSize = 100; // the SQLite file header
constexpr char kSqliteMagic[] = "SQLite format 3"; // 16 bytes with the terminating NUL
constexpr int kBusyTimeoutMs = 2000;

std::uint32_t bigEndian(const unsigned char *p, int bytes)
{
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

ProjectFileError corrupt(const std::string &path, const std::string &detail)
{
    return ProjectFileError(Kind::Corrupt, path, "damaged project file: " + detail);
}

ProjectFileError notAProject(const std::string &path, const std::string &detail)
{
    return ProjectFileError(Kind::NotAProject, path, "not a Hallwright project (" + detail + ")");
}

ProjectFileError notReadable(const std::string &path, const std::string &detail)
{
    return ProjectFileError(Kind::NotReadable, path, "cannot read the file: " + detail);
}

// The application id and schema version say whether the file is ours and whether we can read it.
void checkIdentity(const std::string &path, std::uint32_t applicationId, std::int64_t version)
{
    if (applicationId != static_cast<std::uint32_t>(kProjectApplicationId)) {
        if (applicationId == 0)
            throw notAProject(path, "an SQLite database without the Hallwright application id");
        throw notAProject(path, fmt::format("an SQLite database of another application, application_id 0x{:08X}",
                                            applicationId));
    }
    if (version > store::kSchemaVersion)
        throw ProjectFileError(Kind::NewerVersion, path,
                               fmt::format("written by a newer Hallwright (schema {}, this build reads up to {})",
                                           version, store::kSchemaVersion));
    if (version <= 0)
        throw notAProject(path, fmt::format("schema version {}", version));
}

// Cheap checks on the raw file before SQLite sees it, so that the common
// mistakes (wrong path, wrong file, cut-off copy) get precise messages.
void checkFile(const std::string &path)
{
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            throw ProjectFileError(Kind::NotFound, path, "no such file");
        throw notReadable(path, std::strerror(err));
    }
    if (S_ISDIR(st.st_mode))
        throw notReadable(path, "it is a directory");
    if (!S_ISREG(st.st_mode))
        throw notReadable(path, "it is not a regular file");

    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw notReadable(path, std::strerror(errno));
    std::array<unsigned char, kHeaderSize> header{};
    std::size_t got = 0;
    while (got < header.size()) {
        const ssize_t n = ::read(fd, header.data() + got, header.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            throw notReadable(path, std::strerror(err));
        }
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);

    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size == 0)
        throw notAProject(path, "the file is empty");
    if (got < sizeof kSqliteMagic || std::memcmp(header.data(), kSqliteMagic, sizeof kSqliteMagic) != 0)
        throw notAProject(path, "not an SQLite database");
    if (got < kHeaderSize)
        throw corrupt(path, fmt::format("truncated to {} bytes", size));
    checkIdentity(path, bigEndian(&header[68], 4), static_cast<std::int32_t>(bigEndian(&header[60], 4)));

    std::uint32_t pageSize = bigEndian(&header[16], 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        throw corrupt(path, fmt::format("invalid page size {} in the header", pageSize));
    if (size % pageSize != 0)
        throw corrupt(path, fmt::format("truncated ({} bytes is not a whole number of {}-byte pages)", size, pageSize));
    // The page count in the header is valid when its "version-valid-for" matches the change counter.
    const std::uint64_t pages = bigEndian(&header[28], 4);
    if (pages != 0 && bigEndian(&header[92], 4) == bigEndian(&header[24], 4) && pages * pageSize > size)
        throw corrupt(path, fmt::format("truncated (the header expects {} bytes, the file has {})", pages * pageSize,
                                        size));
}

// Untrusted schema: no triggers, no views, no functions called from the schema, no writes.
void harden(SQLite::Database &db)
{
    sqlite3 *h = db.getHandle();
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
}

void checkIntegrity(SQLite::Database &db, const std::string &path)
{
    // quick_check(1): stop at the first problem; it checks the page structure,
    // which is where truncation and overwritten pages show.
    SQLite::Statement check(db, "PRAGMA quick_check(1)");
    if (check.executeStep()) {
        const std::string result = check.getColumn(0).getString();
        if (result != "ok")
            throw corrupt(path, "integrity check failed: " + result);
    }
}

void checkTables(SQLite::Database &db, const std::string &path)
{
    SQLite::Statement type(db, "SELECT type FROM sqlite_schema WHERE name = ?");
    for (const char *table : store::kTables) {
        type.bind(1, table);
        const bool isTable = type.executeStep() && type.getColumn(0).getString() == "table";
        type.reset();
        if (!isTable)
            throw notAProject(path, fmt::format("table '{}' is missing", table));
    }
}

Design readChecked(SQLite::Database &db, const std::string &path)
{
    checkTables(db, path);
    Design design = store::readDesign(db);
    if (auto problem = store::findStorageProblem(design))
        throw corrupt(path, *problem);
    return design;
}

ProjectFileError fromSqlite(const std::string &path, const SQLite::Exception &e)
{
    switch (e.getErrorCode()) {
    case SQLITE_NOTADB:
        return notAProject(path, e.what());
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOMEM:
    case SQLITE_READONLY:
        return notReadable(path, e.what());
    case SQLITE_IOERR:
        if (e.getExtendedErrorCode() == SQLITE_IOERR_SHORT_READ)
            return corrupt(path, e.what());
        return notReadable(path, e.what());
    default:
        return corrupt(path, e.what());
    }
}

Design load(const std::string &path)
{
    checkFile(path);
    SQLite::Database file(path, SQLite::OPEN_READONLY, kBusyTimeoutMs);
    harden(file);
    // One read transaction, so that all tables come from the same snapshot.
    SQLite::Transaction snapshot(file);
    // The header was checked before opening; check again what SQLite sees.
    const auto applicationId = static_cast<std::uint32_t>(file.execAndGet("PRAGMA application_id").getInt());
    const std::int64_t version = file.execAndGet("PRAGMA user_version").getInt64();
    checkIdentity(path, applicationId, version);
    checkIntegrity(file, path);

    if (version == store::kSchemaVersion) {
        Design design = readChecked(file, path);
        snapshot.commit();
        return design;
    }
    // Older schema: upgrade a copy in memory; the user's file stays as it is.
    SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup(memory, file).executeStep();
    snapshot.commit();
    try {
        store::migrate(memory, static_cast<int>(version), store::kSchemaVersion, store::migrations());
    } catch (const std::exception &e) {
        throw corrupt(path, fmt::format("cannot upgrade from schema {}: {}", version, e.what()));
    }
    return readChecked(memory, path);
}

} // namespace

Design loadProject(const std::string &path)
{
    try {
        return load(path);
    } catch (const ProjectFileError &) {
        throw;
    } catch (const store::CorruptContent &e) {
        throw corrupt(path, e.what());
    } catch (const SQLite::Exception &e) {
        throw fromSqlite(path, e);
    } catch (const std::bad_alloc &) {
        throw notReadable(path, "out of memory");
    } catch (const std::exception &e) {
        throw corrupt(path, e.what());
    }
}

} // namespace hallwright
