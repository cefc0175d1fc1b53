#include "store/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cerrno>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

std::string errorText(sqlite3* db, int rc, std::string_view context) {
    std::string text(context);
    if (!text.empty())
        text += ": ";
    text += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return text;
}

} // namespace

Error toError(const StoreError& e) {
    int primary = e.sqliteCode() & 0xff;
    // SQLite reports ENOSPC on write as SQLITE_FULL, but as an I/O error when it comes from fsync,
    // ftruncate or a write that could not even start (quota, file size limit).
    const int osError = e.systemErrno();
    // A refused write without a hardware error (EIO) is a full disk, quota or file size limit;
    // SQLite does not always keep the errno of a write that could not even start.
    if (primary == SQLITE_IOERR && (osError == ENOSPC || osError == EDQUOT || osError == EFBIG ||
                                    (e.sqliteCode() == SQLITE_IOERR_WRITE && osError != EIO)))
        primary = SQLITE_FULL;
    switch (primary) {
    case SQLITE_FULL:
        return {ErrorKind::Storage, QStringLiteral("disk_full"),
                Tr::tr("The disk is full (it refused to write). Nothing was saved; free some space and try "
                       "again.")};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {ErrorKind::Storage, QStringLiteral("read_only"),
                Tr::tr("The station database cannot be written (read-only file or folder). Nothing was "
                       "saved.")};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorKind::Unavailable, QStringLiteral("busy"),
                Tr::tr("The station database is busy in another program. Try again in a moment.")};
    case SQLITE_NOTADB:
        return {ErrorKind::Invalid, QStringLiteral("not_a_database"),
                Tr::tr("This file is not a Dockside station database.")};
    case SQLITE_CORRUPT:
        return {
            ErrorKind::Storage, QStringLiteral("corrupt"),
            Tr::tr("The station database is damaged. Restore the newest backup with \"dockside-cli restore "
                   "FILE\" (backups are in the folder <database name>-backups beside it).")};
    case SQLITE_IOERR:
        return {ErrorKind::Storage, QStringLiteral("io_error"),
                Tr::tr("The disk reported an error (%1). Nothing was saved; check the disk and try again.")
                    .arg(QStringLiteral("SQLite %1, errno %2").arg(e.sqliteCode()).arg(osError))};
    default:
        return {ErrorKind::Storage, QStringLiteral("database_error"),
                Tr::tr("The station database reported an error: %1").arg(QString::fromUtf8(e.what()))};
    }
}

// ---- Statement ----

Statement::Statement(Database& db, std::string_view sql)
    : m_db(&db) {
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, std::string("prepare \"").append(sql.substr(0, 80)).append("\""));
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

void Statement::fail(int rc) const {
    std::string context = "statement";
    if (m_stmt)
        context = std::string("\"") + std::string(sqlite3_sql(m_stmt)).substr(0, 80) + "\"";
    m_db->fail(rc, context);
}

Statement& Statement::bind(int index, std::nullptr_t) {
    if (int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, int value) {
    return bind(index, static_cast<qint64>(value));
}

Statement& Statement::bind(int index, qint64 value) {
    if (int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    if (value.isNull())
        return bind(index, nullptr);
    // Nearly every bound text is short ASCII (codes, LPNs, names): copied into a buffer on the
    // stack instead of a QByteArray on the heap (SQLite copies it again anyway).
    constexpr qsizetype kShort = 256;
    if (value.size() <= kShort) {
        std::array<char, kShort> ascii;
        const QChar* in = value.constData();
        qsizetype n = 0;
        for (; n < value.size() && in[n].unicode() < 0x80; ++n)
            ascii[static_cast<std::size_t>(n)] = static_cast<char>(in[n].unicode());
        if (n == value.size()) {
            if (int rc =
                    sqlite3_bind_text(m_stmt, index, ascii.data(), static_cast<int>(n), SQLITE_TRANSIENT);
                rc != SQLITE_OK)
                fail(rc);
            return *this;
        }
    }
    const QByteArray utf8 = value.toUtf8();
    if (int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                                   SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value) {
    if (value.isNull())
        return bind(index, nullptr);
    if (int rc = sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()),
                                   SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, const char* utf8) {
    if (!utf8)
        return bind(index, nullptr);
    if (int rc = sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(rc);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    if (!data)
        return {};
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

std::optional<qint64> Statement::optionalInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}
QString Statement::columnName(int column) const {
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

// ---- Database ----

Database::Database(sqlite3* db, QString path, Mode mode)
    : m_db(db)
    , m_path(std::move(path))
    , m_mode(mode) {}

Database::~Database() {
    m_cacheByAddress.clear();
    m_cache.clear(); // statements must be finalized before the connection closes
    sqlite3_close_v2(m_db);
}

void Database::enableWal() {
    Statement mode = prepare("PRAGMA journal_mode");
    if (mode.step() && mode.text(0) != QLatin1String("wal")) {
        mode.reset();
        exec("PRAGMA journal_mode=WAL");
    }
}

void Database::setAutoCheckpoint(bool on) {
    exec(on ? "PRAGMA wal_autocheckpoint=1000" : "PRAGMA wal_autocheckpoint=0");
}

void Database::setMemoryMap(qint64 bytes) {
    exec("PRAGMA mmap_size=" + std::to_string(std::max<qint64>(0, bytes)));
}

void Database::checkpoint() {
    exec("PRAGMA wal_checkpoint(PASSIVE)");
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode) {
    sqlite3* handle = nullptr;
    const int flags =
        (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    // SQLite's allocation statistics take a global mutex on every malloc and free (a tenth of a
    // bulk load's instructions); Dockside never reads them. Only possible before the library is
    // initialised, hence once, before the first connection.
    static const bool memoryStatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(memoryStatusOff);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
        sqlite3_close_v2(handle);
        return Error{ErrorKind::Storage, QStringLiteral("cannot_open"),
                     Tr::tr("Cannot open the station database %1: %2").arg(path, detail)};
    }
    std::unique_ptr<Database> db(new Database(handle, path, mode));
    try {
        db->exec("PRAGMA busy_timeout=5000");
        // Reading the schema catches files that are not SQLite at all before anything is written.
        db->scalar("SELECT count(*) FROM sqlite_schema");
        db->exec("PRAGMA foreign_keys=ON");
        // journal_mode=WAL is persistent, written into the file: schema::migrate sets it once the
        // file is known to be Dockside's, so opening never changes another program's database.
        if (mode == Mode::ReadWrite)
            db->exec("PRAGMA synchronous=FULL");
        // Room for a large transaction's dirty pages, so they are not spilled to the WAL one by one,
        // and reads through a memory map instead of a system call per page.
        db->exec("PRAGMA cache_size=-32768");
        db->setMemoryMap(kDefaultMemoryMap);
    } catch (const StoreError& e) {
        Error error = toError(e);
        if (error.code == QLatin1String("read_only") && mode == Mode::ReadWrite)
            error.message =
                Tr::tr("The station database %1 is read-only; Dockside needs to write to it.").arg(path);
        return error;
    }
    return db;
}

void Database::fail(int rc, std::string_view context) const {
    const int extended = sqlite3_extended_errcode(m_db);
    throw StoreError(extended ? extended : rc, errorText(m_db, rc, context), sqlite3_system_errno(m_db));
}

void Database::exec(std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string what = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw StoreError(sqlite3_extended_errcode(m_db), what, sqlite3_system_errno(m_db));
    }
}

Statement& Database::cached(const char* sql) {
    auto known = m_cacheByAddress.find(sql);
    if (known == m_cacheByAddress.end() || known->second->first != sql) {
        auto it = m_cache.find(sql);
        if (it == m_cache.end())
            it = m_cache.emplace(sql, Statement(*this, sql)).first;
        known = m_cacheByAddress.insert_or_assign(sql, &*it).first;
    }
    Statement& statement = known->second->second;
    statement.reset();
    return statement;
}

qint64 Database::scalar(std::string_view sql) {
    Statement stmt(*this, sql);
    return stmt.step() ? stmt.int64(0) : 0;
}

qint64 Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const {
    return sqlite3_changes(m_db);
}
QHash<QString, qint64>* Database::transactionMemo(std::string_view name) {
    if (!inTransaction())
        return nullptr;
    if (m_memoSnapshot != m_snapshot) {
        m_memos.clear();
        m_memoSnapshot = m_snapshot;
    }
    return &m_memos[name];
}

bool Database::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}
QString Database::errorMessage() const {
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

// ---- Transaction ----

Transaction::Transaction(Database& db, Purpose purpose)
    : m_db(db)
    , m_nested(db.inTransaction())
    , m_savepoint(m_nested && (!db.m_bulkLoad || purpose == Purpose::Preview)) {
    if (!m_nested) {
        db.m_bulkStepFailed = false;
        ++db.m_snapshot;
    }
    // Every level shares one savepoint name: RELEASE and ROLLBACK TO act on the innermost one of
    // that name, and the statements stay prepared.
    if (!m_nested || m_savepoint)
        db.cached(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE").run();
}

Transaction::~Transaction() {
    if (m_done)
        return;
    if (m_nested && !m_savepoint) {
        m_db.m_bulkStepFailed = true; // its writes cannot be undone alone; the outer commit refuses
        return;
    }
    ++m_db.m_snapshot;
    // Rollback must not throw from a destructor; a failed rollback leaves SQLite to roll back.
    sqlite3_exec(m_db.handle(), m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK", nullptr,
                 nullptr, nullptr);
}

void Transaction::commit() {
    if (!m_nested && m_db.m_bulkStepFailed)
        throw StoreError(SQLITE_ABORT, "a step of the bulk load failed after writing; the whole "
                                       "transaction is rolled back");
    if (!m_nested || m_savepoint)
        m_db.cached(m_nested ? "RELEASE nested" : "COMMIT").run();
    m_done = true;
}

} // namespace dockside
