#pragma once

#include "services/Station.h"

#include <QList>
#include <QString>

namespace dockside {

struct BackupInfo {
    QString file;
    qint64 bytes = 0;
    Millis at = 0; // when it was written (UTC ms)
    QString station;
};

// Online backups with SQLite's backup API (a consistent copy while the station keeps working;
// VACUUM INTO would not fsync), verified with quick_check before they replace anything, written
// 0600 and renamed into place, so a power cut leaves either the old file set or the new one.
class Backups {
public:
    static constexpr int kDefaultKeep = 7; // setting backup_keep

    explicit Backups(Station& station)
        : m_station(station) {}

    // Setting backup_folder, else "<database name>-backups" beside the database.
    QString folder();
    // Copies the open database to `file` (replacing it).
    Result<BackupInfo> backupTo(const QString& file);
    // A new "<station>-<yyyyMMdd-HHmmss-zzz>.db" (UTC) in folder(), then deletes all but the newest
    // backup_keep (default 7) of them and records last_backup_at.
    Result<BackupInfo> runRotated();
    // runRotated in two steps, for a backup written on a worker thread over its own read-only
    // connection: writeRotated there, recordBackup on the station's writer.
    Result<BackupInfo> writeRotated();
    Status recordBackup(Millis at);
    // True when the last backup is older than a day (or there is none).
    bool isDue();
    Millis lastBackupAt();
    QList<BackupInfo> list(); // newest first
    // Rotated backups of any station in `folder`, newest first (also for a damaged database,
    // whose station code cannot be read).
    static QList<BackupInfo> listIn(const QString& folder, const QString& station = {});

    // Checks that `file` is a healthy Dockside station database; gives its station code.
    static Result<QString> verify(const QString& file);

    // Replaces the station database at `dbPath` with the backup `from`, after copying the current
    // database into `keepFolder` (its file name is returned). Refuses a file that is not a
    // healthy Dockside database, and a backup of another station unless `otherStation`. Uses the
    // backup API into the live database when it is readable, so another process sees either the
    // old or the restored content; a damaged database is replaced as a file.
    static Result<QString> restore(const QString& dbPath, const QString& from, const QString& keepFolder,
                                   bool otherStation = false);

    // The default folder for a database path (before a station is open).
    static QString defaultFolder(const QString& dbPath);

private:
    Station& m_station;
};

// PRAGMA quick_check; a failure says how to restore.
Status quickCheck(Database& db);
// quick_check at the first start after each boot of the machine (a power cut is a new boot):
// checking a large station on every command or GUI start would cost seconds, and a process
// killed without a reboot cannot damage a WAL database. The boot checked is recorded in the file
// "<database>-checked". The daily backup's own quick_check covers long-running stations.
Status quickCheckOncePerBoot(Station& station);

} // namespace dockside
