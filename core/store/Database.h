#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace dockside {

// Thrown by the store layer only; services catch it at their boundary and turn it into an Error
// (see toError), so no exception ever reaches a caller outside core/ or crosses an event loop.
class StoreError : public std::runtime_error {
public:
    StoreError(int sqliteCode, const std::string& what, int systemErrno = 0)
        : std::runtime_error(what)
        , m_code(sqliteCode)
        , m_errno(systemErrno) {}
    int sqliteCode() const { return m_code; }
    // The OS error behind an I/O failure (ENOSPC, EDQUOT, EFBIG ...), 0 when none.
    int systemErrno() const { return m_errno; }

private:
    int m_code;
    int m_errno;
};

// A readable, translated Error for a store failure (disk full, read-only, corrupt, busy ...).
Error toError(const StoreError& e);

class Database;

// A prepared statement. Bind indexes are 1-based, column indexes 0-based, as in SQLite.
class Statement {
public:
    Statement() = default;
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, int value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, bool value) { return bind(index, value ? 1 : 0); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); // a null QString binds NULL
    Statement& bind(int index, const QByteArray& value);
    Statement& bind(int index, const char* utf8);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, nullptr);
    }

    // Binds every argument in order, starting at index 1 (bindAt: at `first`).
    template <typename... Args>
    Statement& bindAll(const Args&... args) {
        return bindAt(1, args...);
    }
    template <typename... Args>
    Statement& bindAt(int first, const Args&... args) {
        int index = first;
        (bind(index++, args), ...);
        return *this;
    }

    bool step();  // true while a row is available
    void run();   // steps to completion; for statements without rows
    void reset(); // ready to run again, bindings cleared

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const; // NULL gives a null QString
    QByteArray blob(int column) const;
    // The column's UTF-8 text without a copy: valid until the next step, reset or column call.
    QByteArrayView utf8(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    int columnCount() const;
    QString columnName(int column) const;

private:
    [[noreturn]] void fail(int rc) const;

    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// One connection to a station database. The process keeps one writer; readers on other threads
// open their own.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (creating when missing, in ReadWrite mode) and applies the connection settings.
    // Does not migrate: see Schema.
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }
    bool readOnly() const { return m_mode == Mode::ReadOnly; }

    void exec(std::string_view sql); // one or more statements, no rows
    void enableWal();                // persistent; only for databases known to be Dockside's
    // SQLite checkpoints the WAL inside the commit that crosses 1000 pages, which puts a burst of
    // writes and an fsync into that one user action. An interactive station turns that off and
    // checkpoints from an idle timer instead.
    void setAutoCheckpoint(bool on);
    void checkpoint(); // PASSIVE: copies what it can without waiting for readers
    // Reads through a memory map of the file (the default, 1 GiB) are fastest for bulk reads, but
    // every page touched stays in the process's RSS. A long-running GUI reads through SQLite's
    // bounded page cache instead (bytes = 0), which keeps its memory flat all shift; so does a bulk
    // load, whose pages mostly sit in the WAL, where the map does not reach.
    void setMemoryMap(qint64 bytes);
    static constexpr qint64 kDefaultMemoryMap = qint64(1) << 30;
    // A bulk load (the demo) runs thousands of service calls inside one transaction. Their own
    // transactions then join it without a savepoint: SQLite copies every page a savepoint touches
    // into a sub-journal, a third of the load's work. The price: a service call that fails cannot
    // be undone alone, so it fails the whole transaction (its commit throws) instead.
    void setBulkLoad(bool on) { m_bulkLoad = on; }
    Statement prepare(std::string_view sql) { return Statement(*this, sql); }
    // A prepared statement kept for the connection's lifetime; it is reset before it is returned,
    // so finish with it before asking for the same SQL again.
    Statement& cached(const char* sql);

    qint64 scalar(std::string_view sql); // the first column of the first row, 0 without rows
    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    // Numbers the states of what this connection reads: a new number when a transaction begins and
    // after any rollback, never 0. Within one number, only this connection's own writes change
    // what it reads.
    quint64 snapshot() const { return m_snapshot; }
    // Answers worth remembering for the rest of a transaction, such as the id of a text: the memo
    // called `name` (a string literal: the memo keeps the view), emptied whenever snapshot()
    // changes. nullptr outside a transaction, where another connection may commit between two
    // statements.
    QHash<QString, qint64>* transactionMemo(std::string_view name);
    QString errorMessage() const;
    [[noreturn]] void fail(int rc, std::string_view context) const;

private:
    Database(sqlite3* db, QString path, Mode mode);

    sqlite3* m_db = nullptr;
    QString m_path;
    Mode m_mode;
    std::unordered_map<std::string, Statement> m_cache;
    // Callers mostly pass string literals: found by address first (and checked against the text,
    // as a built string may reuse an address) without copying and hashing hundreds of characters.
    std::unordered_map<const char*, std::pair<const std::string, Statement>*> m_cacheByAddress;
    bool m_bulkLoad = false;
    quint64 m_snapshot = 1;
    quint64 m_memoSnapshot = 0;
    std::unordered_map<std::string_view, QHash<QString, qint64>> m_memos;
    bool m_bulkStepFailed = false; // a joined transaction ended without commit
    friend class Transaction;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless committed. Nested use becomes a SAVEPOINT so
// a service can be called alone or inside a caller's larger transaction (the demo loader).
class Transaction {
public:
    // Preview: meant to be rolled back, so it keeps its savepoint even inside a bulk load.
    enum class Purpose { Keep, Preview };
    explicit Transaction(Database& db, Purpose purpose = Purpose::Keep);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_nested = false;    // inside the caller's transaction
    bool m_savepoint = false; // nested with a SAVEPOINT of its own (not joined to a bulk load)
    bool m_done = false;
};

} // namespace dockside
