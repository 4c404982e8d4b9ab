// loadProject: identifies, checks, migrates (in memory) and reads an untrusted project file.
#include "project_store.h"

#include "design_check.h"
#include "limits.h"
#include "migrations.h"
#include "schema.h"
#include "schema_check.h"
#include "table_reader.h"

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

std::uint32_t bigEndian(const unsigned char *p, int bytes)
{
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

// The detail of a damaged file (a table, a row, a value) stays as the reader wrote it.
ProjectFileError corrupt(const std::string &path, Phrase detail)
{
    return ProjectFileError(Kind::Corrupt, path, phrase(QT_TRANSLATE_NOOP("Finding", "damaged project file: %1"),
                                                        std::move(detail)));
}

ProjectFileError notAProject(const std::string &path, Phrase detail)
{
    return ProjectFileError(Kind::NotAProject, path,
                            phrase(QT_TRANSLATE_NOOP("Finding", "not a Hallwright project (%1)"), std::move(detail)));
}

ProjectFileError notAProject(const std::string &path, const std::string &detail)
{
    return notAProject(path, literal(detail));
}

ProjectFileError notReadable(const std::string &path, Phrase detail)
{
    return ProjectFileError(Kind::NotReadable, path,
                            phrase(QT_TRANSLATE_NOOP("Finding", "cannot read the file: %1"), std::move(detail)));
}

ProjectFileError notReadable(const std::string &path, const std::string &detail)
{
    return notReadable(path, literal(detail));
}

// The application id and schema version say whether the file is ours and whether we can read it.
void checkIdentity(const std::string &path, std::uint32_t applicationId, std::int64_t version)
{
    if (applicationId != static_cast<std::uint32_t>(kProjectApplicationId)) {
        if (applicationId == 0)
            throw notAProject(path, phrase(QT_TRANSLATE_NOOP("Finding", "an SQLite database without the Hallwright application id")));
        throw notAProject(path, phrase(QT_TRANSLATE_NOOP("Finding", "an SQLite database of another application, application_id %1"),
                                       fmt::format("0x{:08X}", applicationId)));
    }
    if (version > store::kSchemaVersion)
        throw ProjectFileError(
            Kind::NewerVersion, path,
            phrase(QT_TRANSLATE_NOOP("Finding", "written by a newer Hallwright (schema %1, this build reads up to %2)"),
                   version, store::kSchemaVersion));
    if (version <= 0)
        throw notAProject(path, phrase(QT_TRANSLATE_NOOP("Finding", "schema version %1"), version));
}

// The bytes of the file, read through one descriptor that was checked to be a
// regular file: nothing can be swapped in between the check and the read, a
// FIFO or device cannot block (O_NONBLOCK), and SQLite never opens the path
// (so no journal, -wal or -shm file is created beside it, even for a WAL-mode
// file in a read-only folder). The buffer is sqlite3_malloc'ed for
// sqlite3_deserialize, which takes it over.
struct FileBytes
{
    unsigned char *data = nullptr;
    std::size_t size = 0;
    FileBytes() = default;
    FileBytes(const FileBytes &) = delete;
    FileBytes &operator=(const FileBytes &) = delete;
    ~FileBytes() { sqlite3_free(data); }
    unsigned char *release()
    {
        unsigned char *d = data;
        data = nullptr;
        return d;
    }
};

class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

void readFile(const std::string &path, FileBytes &bytes)
{
    const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (fd.get() < 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            throw ProjectFileError(Kind::NotFound, path, phrase(QT_TRANSLATE_NOOP("Finding", "no such file")));
        if (err == EISDIR)
            throw notReadable(path, phrase(QT_TRANSLATE_NOOP("Finding", "it is a directory")));
        throw notReadable(path, std::strerror(err));
    }
    struct stat st;
    if (::fstat(fd.get(), &st) != 0)
        throw notReadable(path, std::strerror(errno));
    if (S_ISDIR(st.st_mode))
        throw notReadable(path, phrase(QT_TRANSLATE_NOOP("Finding", "it is a directory")));
    if (!S_ISREG(st.st_mode))
        throw notReadable(path, phrase(QT_TRANSLATE_NOOP("Finding", "it is not a regular file")));
    if (st.st_size > store::limits::kMaxFileBytes)
        throw notReadable(path, fmt::format("the file is {} bytes; a project file is at most {} bytes", st.st_size,
                                            store::limits::kMaxFileBytes));
    const auto expected = static_cast<std::size_t>(st.st_size);
    // One byte more than expected, to notice a file that grows while it is read.
    bytes.data = static_cast<unsigned char *>(sqlite3_malloc64(expected + 1));
    if (!bytes.data)
        throw notReadable(path, phrase(QT_TRANSLATE_NOOP("Finding", "out of memory")));
    while (bytes.size <= expected) {
        const ssize_t n = ::read(fd.get(), bytes.data + bytes.size, expected + 1 - bytes.size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw notReadable(path, std::strerror(errno));
        if (n == 0)
            break;
        bytes.size += static_cast<std::size_t>(n);
    }
    if (bytes.size != expected)
        throw notReadable(path, phrase(QT_TRANSLATE_NOOP("Finding", "the file changed while it was read")));
}

// Cheap checks on the raw bytes before SQLite sees them, so that the common
// mistakes (wrong path, wrong file, cut-off copy) get precise messages.
void checkHeader(const std::string &path, const FileBytes &bytes)
{
    const std::size_t size = bytes.size;
    const unsigned char *header = bytes.data;
    if (size == 0)
        throw notAProject(path, phrase(QT_TRANSLATE_NOOP("Finding", "the file is empty")));
    if (size < sizeof kSqliteMagic || std::memcmp(header, kSqliteMagic, sizeof kSqliteMagic) != 0)
        throw notAProject(path, phrase(QT_TRANSLATE_NOOP("Finding", "not an SQLite database")));
    if (size < kHeaderSize)
        throw corrupt(path, phrase(QT_TRANSLATE_NOOP("Finding", "truncated to %1 bytes"), size));
    checkIdentity(path, bigEndian(&header[68], 4), static_cast<std::int32_t>(bigEndian(&header[60], 4)));

    std::uint32_t pageSize = bigEndian(&header[16], 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        throw corrupt(path, phrase(QT_TRANSLATE_NOOP("Finding", "invalid page size %1 in the header"), pageSize));
    if (size % pageSize != 0)
        throw corrupt(path, phrase(QT_TRANSLATE_NOOP("Finding", "truncated (%1 bytes is not a whole number of %2-byte pages)"), size, pageSize));
    // The page count in the header is valid when its "version-valid-for" matches the change counter.
    const std::uint64_t pages = bigEndian(&header[28], 4);
    if (pages != 0 && bigEndian(&header[92], 4) == bigEndian(&header[24], 4) && pages * pageSize > size)
        throw corrupt(path, phrase(QT_TRANSLATE_NOOP("Finding", "truncated (the header expects %1 bytes, the file has %2)"), pages * pageSize, size));
    // Reserved bytes per page (for checksums or encryption) are never written by this program.
    if (header[20] != 0)
        throw notAProject(path, fmt::format("{} reserved bytes per page (an encrypted or checksummed database?)",
                                            static_cast<int>(header[20])));
}

// Untrusted schema: no triggers, no views, no functions called from the schema,
// no extensions, no writes, and small limits on everything a statement can grow.
void harden(SQLite::Database &db)
{
    sqlite3 *h = db.getHandle();
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_enable_load_extension(h, 0);
    namespace L = store::limits;
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, L::kSqliteMaxLength);
    sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, L::kSqliteMaxSqlLength);
    sqlite3_limit(h, SQLITE_LIMIT_COLUMN, L::kSqliteMaxColumns);
    sqlite3_limit(h, SQLITE_LIMIT_EXPR_DEPTH, L::kSqliteMaxExprDepth);
    sqlite3_limit(h, SQLITE_LIMIT_COMPOUND_SELECT, L::kSqliteMaxCompoundSelect);
    sqlite3_limit(h, SQLITE_LIMIT_FUNCTION_ARG, L::kSqliteMaxFunctionArgs);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, L::kSqliteMaxAttached);
    sqlite3_limit(h, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, L::kSqliteMaxLikePattern);
    sqlite3_limit(h, SQLITE_LIMIT_VARIABLE_NUMBER, L::kSqliteMaxVariables);
    sqlite3_limit(h, SQLITE_LIMIT_TRIGGER_DEPTH, L::kSqliteMaxTriggerDepth);
}

void checkIntegrity(SQLite::Database &db, const std::string &path)
{
    // quick_check(1): stop at the first problem; it checks the page structure,
    // which is where truncation and overwritten pages show.
    SQLite::Statement check(db, "PRAGMA quick_check(1)");
    if (check.executeStep()) {
        const std::string result = check.getColumn(0).getString();
        if (result != "ok")
            throw corrupt(path, phrase(QT_TRANSLATE_NOOP("Finding", "the integrity check failed (SQLite reports: %1)"), result));
    }
}

Design readChecked(SQLite::Database &db, const std::string &path)
{
    // Only our exact schema: a generated column, trigger, view or index of the
    // file's own making would run the file's code while we read it.
    if (auto problem = store::findSchemaProblem(db))
        throw notAProject(path, *problem);
    if (auto problem = store::findRowCountProblem(db))
        throw corrupt(path, literal(*problem));
    Design design = store::readDesign(db);
    if (auto problem = store::findStorageProblem(design))
        throw corrupt(path, literal(*problem));
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
            return corrupt(path, literal(e.what()));
        return notReadable(path, e.what());
    default:
        return corrupt(path, literal(e.what()));
    }
}

Design load(const std::string &path)
{
    FileBytes bytes;
    readFile(path, bytes);
    checkHeader(path, bytes);
    const std::int64_t version = static_cast<std::int32_t>(bigEndian(&bytes.data[60], 4));
    // A WAL-mode file (header bytes 18 and 19 are 2) is read as the rollback-mode
    // file it also is; an in-memory database has no -wal to apply.
    if (bytes.data[18] == 2 || bytes.data[19] == 2)
        bytes.data[18] = bytes.data[19] = 1;

    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    harden(db);
    // Read-only unless an older schema is to be upgraded in memory.
    const bool current = version == store::kSchemaVersion;
    const auto size = static_cast<sqlite3_int64>(bytes.size);
    const int rc = sqlite3_deserialize(db.getHandle(), "main", bytes.release(), size, size,
                                       SQLITE_DESERIALIZE_FREEONCLOSE
                                           | (current ? SQLITE_DESERIALIZE_READONLY : SQLITE_DESERIALIZE_RESIZEABLE));
    if (rc != SQLITE_OK)
        throw notReadable(path, fmt::format("SQLite cannot take the file: {}", sqlite3_errstr(rc)));
    db.exec("PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0; PRAGMA temp_store = MEMORY;");
    // The header was checked before; check again what SQLite sees.
    const auto applicationId = static_cast<std::uint32_t>(db.execAndGet("PRAGMA application_id").getInt());
    checkIdentity(path, applicationId, db.execAndGet("PRAGMA user_version").getInt64());
    // The schema before anything reads a row: quick_check evaluates generated
    // columns (NOT NULL), so a hostile expression must be refused first.
    if (current)
        if (auto problem = store::findSchemaProblem(db))
            throw notAProject(path, *problem);
    checkIntegrity(db, path);
    if (!current) {
        try {
            store::migrate(db, static_cast<int>(version), store::kSchemaVersion, store::migrations());
        } catch (const std::exception &e) {
            throw corrupt(path, phrase(QT_TRANSLATE_NOOP("Finding", "cannot upgrade from schema %1: %2"), version, e.what()));
        }
    }
    return readChecked(db, path);
}

} // namespace

Design loadProject(const std::string &path)
{
    try {
        return load(path);
    } catch (const ProjectFileError &) {
        throw;
    } catch (const store::CorruptContent &e) {
        throw corrupt(path, literal(e.what()));
    } catch (const SQLite::Exception &e) {
        throw fromSqlite(path, e);
    } catch (const std::bad_alloc &) {
        throw notReadable(path, phrase(QT_TRANSLATE_NOOP("Finding", "out of memory")));
    } catch (const std::exception &e) {
        throw corrupt(path, literal(e.what()));
    }
}

} // namespace hallwright
