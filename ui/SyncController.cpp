#include "SyncController.h"

#include "services/Station.h"
#include "sync/SyncSchedule.h"

#include <QRandomGenerator>
#include <QThread>

namespace dockside {

SyncController::SyncController(Station& station, QObject* parent)
    : QObject(parent)
    , m_station(station) {
    m_base.hqUrl = qEnvironmentVariable("DOCKSIDE_HQ_URL");
    m_base.token = qEnvironmentVariable("DOCKSIDE_HQ_TOKEN");
    m_spreadFraction = QRandomGenerator::global()->generateDouble();
    // A coarse tick instead of one long timer: it survives suspend and clock changes.
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &SyncController::onTick);
    m_tick.start();
    reschedule();
}

SyncController::~SyncController() {
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool SyncController::isConfigured() const {
    return !m_base.hqUrl.trimmed().isEmpty() || !m_station.setting(setting::HqUrl).trimmed().isEmpty();
}

void SyncController::setSpreadFraction(double fraction) {
    m_spreadFraction = fraction;
    reschedule();
}

void SyncController::reschedule() {
    m_nextRun.reset();
    m_scheduleProblem.clear();
    if (!isConfigured())
        return;
    auto schedule = NightlySchedule::fromStation(m_station);
    if (!schedule) {
        m_scheduleProblem = schedule.error().message;
        return;
    }
    Millis lastAttempt = 0;
    std::optional<Millis> backoff;
    try {
        lastAttempt = SyncClient::lastAttempt(m_station.db());
        backoff = SyncClient::nextAttempt(m_station.db());
    } catch (const StoreError&) {
        // unreadable state: the schedule still runs
    }
    m_nextRun = schedule->nextRun(m_station.now(), lastAttempt, m_spreadFraction);
    // HQ was unreachable at the scheduled time: retry when the backoff allows, until it works.
    if (m_retrying && backoff && (!m_nextRun || *backoff < *m_nextRun))
        m_nextRun = backoff;
}

bool SyncController::syncNow() {
    if (m_thread)
        return false;
    start(false);
    return true;
}

void SyncController::cancel() {
    m_cancel = true;
}

void SyncController::onTick() {
    if (m_thread || !m_nextRun || m_station.now() < *m_nextRun)
        return;
    start(true);
}

void SyncController::start(bool scheduled) {
    m_cancel = false;
    SyncOptions options = m_base;
    // A scheduled retry after a failure honours the backoff; a person pressing the button does not.
    options.respectBackoff = scheduled;
    options.cancel = &m_cancel;
    const QString path = m_station.databasePath();
    m_thread = QThread::create([this, path, options, scheduled] {
        // Everything here lives on the sync thread: the client opens its own connection.
        SyncClient client(path);
        connect(
            &client, &SyncClient::progress, this,
            [this](const QString& stage, qint64 done, qint64 total) {
                emit progress(stageText(stage, done, total), done, total);
            },
            Qt::QueuedConnection);
        Result<SyncRunSummary> result = client.run(options);
        QMetaObject::invokeMethod(
            this, [this, result, scheduled] { onFinished(result, scheduled); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("dockside-sync"));
    m_thread->start(QThread::LowPriority);
    emit started(scheduled);
    emit progress(stageText(QStringLiteral("health"), 0, 1), 0, 0);
}

void SyncController::onFinished(const Result<SyncRunSummary>& result, bool scheduled) {
    if (m_thread) {
        m_thread->wait(); // the lambda has returned; only thread teardown remains
        delete m_thread;
        m_thread = nullptr;
    }
    if (result) {
        m_lastSummary = *result;
        m_lastError.clear();
        m_retrying = false;
    } else {
        m_lastError = result.error().message;
        if (scheduled)
            m_retrying = result.error().kind == ErrorKind::Unavailable;
    }
    reschedule();
    emit finished(result.ok());
}

QString SyncController::stageText(const QString& stage, qint64 done, qint64 total) {
    if (stage == QLatin1String("health"))
        return tr("Contacting head office…");
    if (stage == QLatin1String("blobs"))
        return tr("Sending photos (%1 of %2)…").arg(done).arg(total);
    if (stage == QLatin1String("push"))
        return total > 0 ? tr("Sending events: %1 of %2…").arg(done).arg(total) : tr("Sending events…");
    if (stage == QLatin1String("rmas"))
        return tr("Receiving return authorizations (%1 so far)…").arg(done);
    if (stage == QLatin1String("catalog"))
        return tr("Receiving products (%1 so far)…").arg(done);
    if (stage == QLatin1String("policy"))
        return tr("Receiving the policy…");
    return tr("Syncing…");
}

} // namespace dockside
