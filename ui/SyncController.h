#pragma once

#include "sync/SyncClient.h"
#include "util/Time.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <optional>

class QThread;

namespace dockside {

class Station;

// Runs SyncClient on its own thread with its own connection to the station database (SQLite WAL
// and busy_timeout let the dock keep receiving meanwhile), on demand ("Sync now") and on the
// nightly schedule while the app is open. The GUI thread never waits on the network: it gets
// progress and the outcome as signals. Destroying the controller stops a run and waits for it.
class SyncController : public QObject {
    Q_OBJECT
public:
    explicit SyncController(Station& station, QObject* parent = nullptr);
    ~SyncController() override;

    bool isRunning() const { return m_thread != nullptr; }
    bool isConfigured() const; // an HQ address is set (setting or DOCKSIDE_HQ_URL)
    // Starts a run unless one is running. A manual run does not wait out an earlier failure's backoff.
    bool syncNow();
    void cancel(); // the run stops within about 100 ms; what HQ confirmed stays sent

    // Options every run starts from (URL and token default to DOCKSIDE_HQ_URL/TOKEN, then settings).
    SyncOptions& baseOptions() { return m_base; }
    // Re-reads the nightly settings and computes the next start; called after every run.
    void reschedule();
    std::optional<Millis> nextScheduledRun() const { return m_nextRun; }
    QString scheduleProblem() const { return m_scheduleProblem; } // a malformed schedule setting
    // This station's place in the spread window (0..1); random per app start.
    void setSpreadFraction(double fraction);
    // How often the schedule is checked (ms); tests shorten it.
    void setTickInterval(int ms) { m_tick.setInterval(ms); }

    // Outcome of the latest run in this session (the summary, or the error in plain words).
    const std::optional<SyncRunSummary>& lastSummary() const { return m_lastSummary; }
    const QString& lastError() const { return m_lastError; }

signals:
    void started(bool scheduled);
    // Plain words for the stage, with done/total where known (total 0: unknown).
    void progress(const QString& text, qint64 done, qint64 total);
    void finished(bool ok);

private:
    void start(bool scheduled);
    void onTick();
    void onFinished(const Result<SyncRunSummary>& result, bool scheduled);
    static QString stageText(const QString& stage, qint64 done, qint64 total);

    Station& m_station;
    SyncOptions m_base;
    std::atomic<bool> m_cancel{false};
    QThread* m_thread = nullptr;
    QTimer m_tick;
    double m_spreadFraction = 0;
    std::optional<Millis> m_nextRun;
    bool m_retrying = false; // a scheduled run found HQ unavailable: retry after the backoff
    QString m_scheduleProblem;
    std::optional<SyncRunSummary> m_lastSummary;
    QString m_lastError;
};

} // namespace dockside
