#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include "services/Backup.h"

namespace dockside {

class Station;

// The station's automatic daily backup: checks every hour (and soon after start) whether the last
// backup is a day old, then writes one on a worker thread over its own read-only connection, so
// the dock never waits for it; last_backup_at is recorded on the station's own connection.
class BackupScheduler : public QObject {
    Q_OBJECT
public:
    explicit BackupScheduler(Station& station, QObject* parent = nullptr);

    // Starts a backup now when one is due (or always with `force`); false when one is running or
    // none is due.
    bool runIfDue(bool force = false);
    bool running() const { return m_watcher.isRunning(); }

signals:
    // A readable sentence for the status bar; `failed` when the backup could not be written.
    void finished(const QString& message, bool failed);

private:
    void onDone();

    Station& m_station;
    QTimer m_timer;
    QFutureWatcher<Result<BackupInfo>> m_watcher;
};

} // namespace dockside
