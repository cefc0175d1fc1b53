#include "BackupScheduler.h"

#include "services/Station.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace dockside {

BackupScheduler::BackupScheduler(Station& station, QObject* parent)
    : QObject(parent)
    , m_station(station) {
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackupScheduler::onDone);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timer.setInterval(60 * 60 * 1000);
        runIfDue();
    });
    // Not at start-up itself: the first minute belongs to the worker logging in.
    m_timer.start(60 * 1000);
}

bool BackupScheduler::runIfDue(bool force) {
    if (running() || m_station.db().readOnly() || (!force && !Backups(m_station).isDue()))
        return false;
    const QString path = m_station.databasePath();
    m_watcher.setFuture(QtConcurrent::run([path]() -> Result<BackupInfo> {
        auto reader = Station::open(path, Database::Mode::ReadOnly);
        if (!reader)
            return reader.error();
        return Backups(**reader).writeRotated();
    }));
    return true;
}

void BackupScheduler::onDone() {
    const Result<BackupInfo> result = m_watcher.result();
    if (!result) {
        emit finished(tr("Backup failed: %1 Dockside tries again in an hour.").arg(result.error().message),
                      true);
        return;
    }
    if (Status recorded = Backups(m_station).recordBackup(result->at); !recorded) {
        emit finished(
            tr("Backup written, but its time could not be recorded: %1").arg(recorded.error().message), true);
        return;
    }
    emit finished(
        tr("Backup written at %1: %2")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(result->at).time(), QLocale::ShortFormat),
                 result->file),
        false);
}

} // namespace dockside
