#include "services/Station.h"

#include "store/PausedSchema.h"
#include "store/ReportFacts.h"
#include "store/Schema.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace dockside {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Station)
};
} // namespace

QString Station::defaultDatabasePath() {
    const QString fromEnv = qEnvironmentVariable("DOCKSIDE_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("dockside/station.db"));
}

bool Station::isValidCode(const QString& code) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,7}(-[A-Z0-9]{1,8})?$"));
    return pattern.match(code).hasMatch();
}

namespace {
QString photoFolderOf(const QString& databasePath) {
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-photos"));
}
} // namespace

Station::Station(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_photoFolder(photoFolderOf(m_db->path())) {}

namespace {

// The database holds the HQ token and PIN hashes: readable by the station's user only. SQLite
// gives the -wal and -shm files the database file's mode.
void restrictToOwner(const QString& path) {
    QFile file(path);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (file.exists() && (file.permissions() & others))
        file.setPermissions(file.permissions() & ~others);
}

} // namespace

Result<std::unique_ptr<Station>> Station::open(const QString& path, Database::Mode mode) {
    if (!QFileInfo::exists(path))
        return Error::notFound(QStringLiteral("no_database"),
                               Tr::tr("There is no station database at %1. Create one with "
                                      "\"dockside-cli init --station CODE\".")
                                   .arg(path));
    // Root ignores file permissions; honour a write-protected file anyway, as its owner meant.
    if (mode == Database::Mode::ReadWrite && !(QFileInfo(path).permissions() & QFile::WriteOwner))
        mode = Database::Mode::ReadOnly;
    if (mode == Database::Mode::ReadWrite)
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            restrictToOwner(path + suffix);
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    try {
        // Only init makes a station: opening never turns some other (or empty) file into one.
        if (schema::currentVersion(**db) == 0 && (*db)->scalar("PRAGMA application_id") == 0 &&
            (*db)->scalar("SELECT count(*) FROM sqlite_schema") == 0)
            return Error::invalid(
                QStringLiteral("not_initialized"),
                Tr::tr("The database %1 has no station yet. Run \"dockside-cli init --station "
                       "CODE\" first.")
                    .arg(path));
    } catch (const StoreError& e) {
        return toError(e);
    }
    if (Status migrated = schema::migrate(**db); !migrated)
        return migrated.error();
    try {
        // A demo load killed half-way.
        pausedschema::resumeIndexesIfPaused(**db);
        reportfacts::resumeIfPaused(**db);
    } catch (const StoreError& e) {
        return toError(e);
    }
    std::unique_ptr<Station> station(new Station(std::move(*db)));
    if (Status loaded = station->loadIdentity(); !loaded)
        return loaded.error();
    return station;
}

Result<std::unique_ptr<Station>> Station::init(const QString& path, const QString& code,
                                               const QString& name) {
    if (!isValidCode(code))
        return Error::invalid(QStringLiteral("invalid_station_code"),
                              Tr::tr("\"%1\" is not a valid station code: use 2 to 8 capital letters or "
                                     "digits, optionally a hyphen and a dock, e.g. AMS-D03.")
                                  .arg(code));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{ErrorKind::Storage, QStringLiteral("cannot_create"),
                     Tr::tr("Cannot create the folder %1.").arg(info.absolutePath())};
    if (!QFileInfo::exists(path)) {
        // Created empty and 0600 before SQLite writes anything into it.
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !created.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            return Error{ErrorKind::Storage, QStringLiteral("cannot_create"),
                         Tr::tr("Cannot create the station database %1.").arg(path)};
    }
    restrictToOwner(path);
    auto db = Database::open(path);
    if (!db)
        return db.error();
    if (Status migrated = schema::migrate(**db); !migrated)
        return migrated.error();
    try {
        Database& d = **db;
        Statement existing = d.prepare("SELECT code FROM station");
        if (existing.step()) {
            if (existing.text(0) != code)
                return Error::invalid(
                    QStringLiteral("station_mismatch"),
                    Tr::tr("%1 already belongs to station %2.").arg(path, existing.text(0)));
        } else {
            Transaction tx(d);
            d.prepare("INSERT INTO station (id, code, name, created_at) VALUES (1, ?, ?, ?)")
                .bindAll(code, name.isEmpty() ? code : name, nowMillis())
                .run();
            tx.commit();
        }
    } catch (const StoreError& e) {
        return toError(e);
    }
    std::unique_ptr<Station> station(new Station(std::move(*db)));
    if (Status loaded = station->loadIdentity(); !loaded)
        return loaded.error();
    return station;
}

Status Station::loadIdentity() {
    try {
        Statement stmt = m_db->prepare("SELECT code, name FROM station WHERE id = 1");
        if (!stmt.step())
            return Error::invalid(QStringLiteral("not_initialized"),
                                  Tr::tr("The database %1 has no station yet. Run \"dockside-cli init "
                                         "--station CODE\" first.")
                                      .arg(m_db->path()));
        m_code = stmt.text(0);
        m_name = stmt.text(1);
    } catch (const StoreError& e) {
        return toError(e);
    }
    return {};
}

QString Station::setting(const QString& key, const QString& fallback) {
    Statement& stmt = m_db->cached("SELECT value FROM settings WHERE key = ?");
    stmt.bind(1, key);
    const QString value = stmt.step() ? stmt.text(0) : fallback;
    stmt.reset();
    return value;
}

int Station::intSetting(const QString& key, int fallback) {
    bool ok = false;
    const int value = setting(key).toInt(&ok);
    return ok ? value : fallback;
}

Status Station::setSetting(const QString& key, const QString& value) {
    try {
        Transaction tx(*m_db);
        m_db->prepare("INSERT INTO settings (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bindAll(key, value)
            .run();
        tx.commit();
    } catch (const StoreError& e) {
        return toError(e);
    }
    return {};
}

const Policy& Station::policy() {
    // Inside one transaction no other connection's policy can appear, and this one stores a policy
    // only through storePolicy: one look-up per transaction (a bulk load asked 2.8 times per item).
    if (m_policy && m_db->inTransaction() && m_db->snapshot() == m_policySnapshot)
        return *m_policy;
    // Otherwise one indexed look-up per call: it notices a policy that the sync thread stored
    // through its own connection.
    qint64 newest = 0;
    try {
        Statement& latest = m_db->cached("SELECT coalesce(max(id), 0) FROM policies");
        newest = latest.step() ? latest.int64(0) : 0;
        latest.reset();
    } catch (const StoreError&) {
        newest = m_policyId; // keep what we have
    }
    if (!m_policy || newest != m_policyId) {
        std::shared_ptr<const Policy> fresh;
        if (newest > 0) {
            Statement stmt = m_db->prepare("SELECT document FROM policies WHERE id = ?");
            stmt.bind(1, newest);
            if (stmt.step()) {
                auto parsed = Policy::parse(stmt.text(0).toUtf8());
                if (parsed)
                    fresh = std::make_shared<const Policy>(std::move(*parsed));
            }
        }
        if (!fresh && !m_policy)
            fresh = std::make_shared<const Policy>(Policy::builtIn());
        if (fresh) {
            if (m_policy)
                m_replaced.push_back(std::move(m_policy));
            m_policy = std::move(fresh);
        }
        m_policyId = newest;
    }
    m_policySnapshot = m_db->inTransaction() ? m_db->snapshot() : 0;
    return *m_policy;
}

Status Station::storePolicy(const Policy& policy, const QString& etag) {
    try {
        Transaction tx(*m_db);
        m_db->prepare("INSERT INTO policies (version, etag, document, received_at) VALUES (?, ?, ?, ?)")
            .bindAll(policy.version(), etag, QString::fromUtf8(policy.document()), nowMillis())
            .run();
        m_policySnapshot = 0; // seen by this connection now, even before an outer commit
        tx.commit();
    } catch (const StoreError& e) {
        return toError(e);
    }
    return {};
}

qint64 Station::nextCounter(const char* name) {
    // An UPDATE and a SELECT rather than one upsert with RETURNING: SQLite collects RETURNING
    // rows in a temporary table, which cost more than the rest of the step per LPN.
    Statement& bump = m_db->cached("UPDATE counters SET value = value + 1 WHERE name = ?");
    bump.bind(1, name);
    bump.run();
    if (m_db->changes() == 0)
        m_db->cached("INSERT INTO counters (name, value) VALUES (?, 1)").bindAll(name).run();
    Statement& read = m_db->cached("SELECT value FROM counters WHERE name = ?");
    read.bind(1, name);
    read.step();
    const qint64 value = read.int64(0);
    read.reset();
    return value;
}

} // namespace dockside
