#include "services/Backup.h"

#include "services/EventLog.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

constexpr Millis kBackupInterval = kMillisPerDay;

// Data reaches the disk, and the rename that published it too.
bool syncPath(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void restrictToOwner(const QString& path) {
    ::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR);
}

Error storeError(int rc, const QString& detail) {
    return toError(StoreError(rc, detail.toStdString()));
}

// Copies every page of `source`'s main database into `dest`'s, retrying while a writer holds a
// lock (the station keeps working meanwhile). 0 on success, else the SQLite error.
int copyPages(sqlite3* dest, sqlite3* source) {
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup)
        return sqlite3_extended_errcode(dest);
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return rc;
    return finished == SQLITE_OK ? 0 : finished;
}

QString quickCheckResult(sqlite3* db) {
    sqlite3_stmt* stmt = nullptr;
    QString result;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        if (!result.isEmpty())
            result += QLatin1String("; ");
        result += QString::fromUtf8(text ? text : "");
    }
    const int rc = sqlite3_finalize(stmt);
    if (rc != SQLITE_OK && result.isEmpty())
        result = QString::fromUtf8(sqlite3_errstr(rc));
    return result;
}

// Writes a verified copy of `source` to `target` through "<target>.part", fsynced, 0600.
Status writeCopy(sqlite3* source, const QString& target) {
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(part).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE, nullptr);
    QString problem;
    if (rc == SQLITE_OK) {
        restrictToOwner(part);
        rc = copyPages(dest, source);
        if (rc == SQLITE_OK) {
            const QString check = quickCheckResult(dest);
            if (check != QLatin1String("ok"))
                problem = check;
            // A backup is one self-contained file, without -wal and -shm beside it. Restoring
            // into a WAL database keeps that database in WAL mode (the backup API sees to it).
            else
                rc = sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
        }
    }
    const QString detail = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK) {
        QFile::remove(part);
        return storeError(rc, detail);
    }
    if (!problem.isEmpty()) {
        QFile::remove(part);
        return Error{ErrorKind::Storage, QStringLiteral("backup_unverified"),
                     Tr::tr("The backup copy failed its check (%1), so the station database itself may be "
                            "damaged: run \"dockside-cli check\". The previous backups are kept.")
                         .arg(problem)};
    }
    if (!syncPath(part) ||
        ::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(part);
        return Error{ErrorKind::Storage, QStringLiteral("backup_failed"),
                     Tr::tr("Cannot write the backup %1 (disk full or not writable?).").arg(target)};
    }
    syncPath(QFileInfo(target).absolutePath());
    return {};
}

QString stamp(Millis at) {
    return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

} // namespace

Status quickCheck(Database& db) {
    const QString result = quickCheckResult(db.handle());
    if (result == QLatin1String("ok"))
        return {};
    return Error{ErrorKind::Storage, QStringLiteral("corrupt"),
                 Tr::tr("The station database %1 is damaged (%2). Restore the newest backup: "
                        "\"dockside-cli restore FILE\"; backups are in %3.")
                     .arg(db.path(), result.left(200), Backups::defaultFolder(db.path()))};
}

Status quickCheckOncePerBoot(Station& station) {
    QFile bootFile(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    const QByteArray boot = bootFile.open(QIODevice::ReadOnly) ? bootFile.readAll().trimmed() : QByteArray();
    // Beside the database, not in it: a command that fails must leave the database unchanged.
    QFile marker(station.databasePath() + QStringLiteral("-checked"));
    if (!boot.isEmpty() && marker.open(QIODevice::ReadOnly) && marker.readAll().trimmed() == boot)
        return {};
    marker.close();
    if (Status healthy = quickCheck(station.db()); !healthy)
        return healthy;
    // Failing to write the marker only means checking again next time.
    if (!boot.isEmpty() && marker.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        marker.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        marker.write(boot + '\n');
    }
    return {};
}

QString Backups::defaultFolder(const QString& dbPath) {
    const QFileInfo info(dbPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QString Backups::folder() {
    const QString configured = m_station.setting(setting::BackupFolder);
    return configured.isEmpty() ? defaultFolder(m_station.databasePath()) : configured;
}

Result<BackupInfo> Backups::backupTo(const QString& file) {
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{ErrorKind::Storage, QStringLiteral("backup_failed"),
                     Tr::tr("Cannot create the folder %1.").arg(info.absolutePath())};
    if (info.absoluteFilePath() == QFileInfo(m_station.databasePath()).absoluteFilePath())
        return Error::invalid(QStringLiteral("usage"),
                              Tr::tr("A backup cannot replace the database itself."));
    if (Status written = writeCopy(m_station.db().handle(), info.absoluteFilePath()); !written)
        return written.error();
    return BackupInfo{info.absoluteFilePath(), QFileInfo(file).size(), m_station.now(), m_station.code()};
}

Result<BackupInfo> Backups::runRotated() {
    auto written = writeRotated();
    if (!written)
        return written;
    if (Status recorded = recordBackup(written->at); !recorded)
        return recorded.error();
    return written;
}

Result<BackupInfo> Backups::writeRotated() {
    const Millis now = nowMillis();
    auto written =
        backupTo(QDir(folder()).filePath(QStringLiteral("%1-%2.db").arg(m_station.code(), stamp(now))));
    if (!written)
        return written.error();
    // Only files this rotation wrote (station prefix, time stamp, .db) are ever deleted.
    const int keep = std::max(1, m_station.intSetting(setting::BackupKeep, kDefaultKeep));
    const QList<BackupInfo> all = list();
    for (int i = keep; i < all.size(); ++i)
        QFile::remove(all[i].file);
    written->at = now;
    return written;
}

Status Backups::recordBackup(Millis at) {
    return m_station.setSetting(setting::LastBackupAt, QString::number(at));
}

QList<BackupInfo> Backups::list() {
    return listIn(folder(), m_station.code());
}

QList<BackupInfo> Backups::listIn(const QString& folder, const QString& station) {
    QList<BackupInfo> backups;
    const QString prefix = station.isEmpty() ? QStringLiteral("*") : station;
    const QFileInfoList files = QDir(folder).entryInfoList(
        {QStringLiteral("%1-%2-%3-%4.db").arg(prefix, QString(8, u'?'), QString(6, u'?'), QString(3, u'?'))},
        QDir::Files);
    for (const QFileInfo& file : files) {
        // The time stamp is the last 19 characters before ".db"; the station code may hold '-'.
        const QString name = file.completeBaseName();
        const QDateTime at = QDateTime::fromString(name.right(19), QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        backups.append({file.absoluteFilePath(), file.size(),
                        at.isValid() ? QDateTime(at.date(), at.time(), Qt::UTC).toMSecsSinceEpoch()
                                     : file.lastModified().toMSecsSinceEpoch(),
                        name.left(name.size() - 20)});
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.at > b.at; });
    return backups;
}

Millis Backups::lastBackupAt() {
    return m_station.setting(setting::LastBackupAt).toLongLong();
}

bool Backups::isDue() {
    return nowMillis() - lastBackupAt() >= kBackupInterval;
}

Result<QString> Backups::verify(const QString& file) {
    const Error notDockside = Error::invalid(
        QStringLiteral("not_dockside"), Tr::tr("%1 is not a Dockside station database backup.").arg(file));
    if (!QFileInfo(file).isFile())
        return Error::notFound(QStringLiteral("no_backup"), Tr::tr("There is no file %1.").arg(file));
    auto db = Database::open(file, Database::Mode::ReadOnly);
    if (!db)
        return notDockside;
    try {
        if ((*db)->scalar("PRAGMA application_id") != schema::kApplicationId)
            return notDockside;
        if (Status healthy = quickCheck(**db); !healthy)
            return Error{ErrorKind::Storage, QStringLiteral("backup_corrupt"),
                         Tr::tr("The backup %1 is damaged; choose an older one.").arg(file)};
        Statement code = (*db)->prepare("SELECT code FROM station WHERE id = 1");
        if (!code.step())
            return notDockside;
        return code.text(0);
    } catch (const StoreError&) {
        return notDockside;
    }
}

namespace {

Result<QString> replaceDatabase(const QString& dbPath, const QString& from, const QString& keepFolder,
                                bool otherStation);

// The restore itself is part of the audit trail of the restored database.
Status recordRestore(const QString& dbPath, const QString& from, const QString& kept) {
    auto db = Database::open(dbPath);
    if (!db)
        return db.error();
    try {
        Transaction tx(**db);
        Statement code = (*db)->prepare("SELECT code FROM station WHERE id = 1");
        const QString station = code.step() ? code.text(0) : QString();
        EventLog(**db).append(event::StationRestored, QStringLiteral("station"), station, QString(),
                              {{QStringLiteral("backup"), QFileInfo(from).fileName()},
                               {QStringLiteral("kept"), QFileInfo(kept).fileName()}},
                              nowMillis());
        tx.commit();
    } catch (const StoreError& e) {
        return toError(e);
    }
    return {};
}

} // namespace

Result<QString> Backups::restore(const QString& dbPath, const QString& from, const QString& keepFolder,
                                 bool otherStation) {
    auto kept = replaceDatabase(dbPath, from, keepFolder, otherStation);
    if (!kept)
        return kept;
    if (Status recorded = recordRestore(dbPath, from, *kept); !recorded)
        return recorded.error();
    return kept;
}

namespace {

Result<QString> replaceDatabase(const QString& dbPath, const QString& from, const QString& keepFolder,
                                bool otherStation) {
    auto backupStation = Backups::verify(from);
    if (!backupStation)
        return backupStation.error();
    if (!QDir().mkpath(keepFolder))
        return Error{ErrorKind::Storage, QStringLiteral("backup_failed"),
                     Tr::tr("Cannot create the folder %1.").arg(keepFolder)};
    const QString kept =
        QDir(keepFolder).filePath(QStringLiteral("before-restore-%1.db").arg(stamp(nowMillis())));

    auto source = Database::open(from, Database::Mode::ReadOnly);
    if (!source)
        return source.error();

    // The current database, when it is readable: keep a verified copy, then copy the backup's
    // pages into it under SQLite's locks.
    if (QFileInfo::exists(dbPath)) {
        auto current = Database::open(dbPath);
        QString currentStation;
        bool healthy = false;
        if (current) {
            try {
                healthy = quickCheck(**current).ok();
                Statement code = (*current)->prepare("SELECT code FROM station WHERE id = 1");
                if (code.step())
                    currentStation = code.text(0);
            } catch (const StoreError&) {
                healthy = false;
            }
        }
        if (!currentStation.isEmpty() && currentStation != *backupStation && !otherStation)
            return Error::invalid(QStringLiteral("station_mismatch"),
                                  Tr::tr("%1 is a backup of station %2, but this is station %3. Nothing "
                                         "was changed.")
                                      .arg(from, *backupStation, currentStation));
        if (healthy) {
            if (Status keptCopy = writeCopy((*current)->handle(), kept); !keptCopy)
                return keptCopy.error();
            if (int rc = copyPages((*current)->handle(), (*source)->handle()); rc != SQLITE_OK)
                return storeError(rc, (*current)->errorMessage());
            if (Status after = quickCheck(**current); !after)
                return after.error();
            return kept;
        }
        // Damaged: keep the files as they are, then replace them.
        current = Error{};
        for (const QString& suffix : {QString(), QStringLiteral("-wal")})
            if (QFileInfo::exists(dbPath + suffix) && !QFile::copy(dbPath + suffix, kept + suffix))
                return Error{ErrorKind::Storage, QStringLiteral("backup_failed"),
                             Tr::tr("Cannot keep a copy of the damaged database in %1.").arg(keepFolder)};
    }
    const QString target = QFileInfo(dbPath).absoluteFilePath();
    const QString fresh = target + QStringLiteral(".restoring");
    if (Status written = writeCopy((*source)->handle(), fresh); !written)
        return written.error();
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(fresh);
        return Error{ErrorKind::Storage, QStringLiteral("restore_failed"),
                     Tr::tr("Cannot replace %1.").arg(target)};
    }
    syncPath(QFileInfo(target).absolutePath());
    return QFileInfo::exists(kept) ? kept : QString();
}

} // namespace

} // namespace dockside
