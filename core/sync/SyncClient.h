#pragma once

#include "domain/Types.h"
#include "util/Result.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <optional>

namespace dockside {

class Database;

namespace setting {
// A PEM file of CA certificates trusted for the HQ, in addition to the system's.
inline const QString HqCaFile = QStringLiteral("hq_ca_file");
} // namespace setting

// Whether `path` holds at least one readable PEM certificate (hq_ca_file_unreadable otherwise):
// checked when the setting is made and again by every sync run.
Status checkHqCaFile(const QString& path);

// How one sync run talks to HQ. Empty url/token fall back to the station's settings.
struct SyncOptions {
    QString hqUrl;
    QString token;
    std::optional<bool> allowInsecureHttp; // unset: the station's allow_insecure_http setting
    int transferTimeoutMs = 30000;         // no bytes for this long: give up on the request
    int deadlineMs = 120000;               // the whole request, however slowly bytes drip in
    int maxBatchEvents = 500;              // at most hq::kMaxBatchEvents
    bool respectBackoff = true;            // false: a manual "sync now" ignores the wait
    qint64 backoffBaseMs = 30000;          // first retry within this, doubling per failure
    qint64 backoffMaxMs = 3600000;         // and never longer than this (before Retry-After)
    // Unset: the system/environment proxy (loopback always goes direct).
    std::optional<QNetworkProxy> proxy;
    // Set from any thread to stop the run soon (the request in flight is aborted within 100 ms);
    // what was confirmed stays delivered, nothing else is marked. Not counted as a failure.
    const std::atomic<bool>* cancel = nullptr;
};

struct SyncRunSummary {
    qint64 pushed = 0;      // accepted by HQ this run
    qint64 duplicates = 0;  // HQ already had them: delivered
    qint64 rejected = 0;    // dead-lettered this run
    qint64 pending = 0;     // still to push (held back behind dead letters included)
    qint64 heldBack = 0;    // of `pending`, waiting behind a dead-lettered event of their entity
    qint64 deadLetters = 0; // unresolved dead letters in the outbox
    qint64 blobsUploaded = 0;
    qint64 pulledRmas = 0;
    qint64 pulledCatalog = 0;
    bool pulledPolicy = false;
    std::optional<qint64> clockSkewMs; // server minus station, when /health said
    QStringList warnings;              // translated; the run still succeeded

    // DESIGN.md's `sync --json` shape, plus details.
    QJsonObject toJson() const;
};

// A dead-lettered event as supervisors see it.
struct DeadLetter {
    qint64 seq = 0;
    QString type;
    QString entityKind;
    QString entityId;
    QString code;
    QString message;
    qint64 heldBack = 0; // later events of the same entity waiting behind it
};

// One sync run against HQ (hq-api.md): health and clock skew, blobs, the outbox push, the RMA and
// catalog delta feeds and the policy. It opens its own connection to the station database, so
// it may run on any thread (a worker thread for the GUI, the main thread for the CLI); run()
// drives the network with a local event loop and returns when the run is over.
//
// Exactly-once: an event is marked delivered only when a parsed answer names its id as accepted or
// duplicate; HQ stores each id once, so resending after any failure is safe.
//
// Dead letters: an event HQ rejects keeps its server code and message in dead_code/dead_message
// and is never resent on its own; later events of the same entity are held back, so HQ never sees
// an item's story with a hole in it. A supervisor resolves it with requeueDeadLetter (send it
// again, e.g. after HQ learned a new event type) or releaseDeadLetter (HQ will never take it:
// let the later events go). `dockside-cli sync --dead-letters/--requeue SEQ/--release SEQ`.
class SyncClient : public QObject {
    Q_OBJECT

public:
    explicit SyncClient(QString databasePath, QObject* parent = nullptr);
    ~SyncClient() override;

    Result<SyncRunSummary> run(const SyncOptions& options);

    // When the next run may contact HQ after failures (null: now).
    static std::optional<Millis> nextAttempt(Database& db);
    // When the latest run that reached HQ's address began (0: never).
    static Millis lastAttempt(Database& db);
    static Result<QList<DeadLetter>> deadLetters(Database& db);
    // Supervisors only (checked here, whatever the caller shows); each decision is an event.
    static Status requeueDeadLetter(Database& db, const User& supervisor, qint64 seq);
    static Status releaseDeadLetter(Database& db, const User& supervisor, qint64 seq);

signals:
    // stage: "health", "blobs", "push", "rmas", "catalog", "policy"
    void progress(const QString& stage, qint64 done, qint64 total);

private:
    class Run;
    QString m_databasePath;
};

} // namespace dockside
