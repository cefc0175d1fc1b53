#include "sync/SyncClient.h"

#include "services/Users.h"

#include "policy/Policy.h"
#include "services/Catalog.h"
#include "services/EventLog.h"
#include "services/Station.h"
#include "store/Database.h"
#include "sync/HqProtocol.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#endif

#include <algorithm>
#include <cmath>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
};

// sync_state rows: "hq" holds the run's backoff and outcome, the feeds their cursor or ETag.
const QString kRunState = QStringLiteral("hq");
const QString kRmaFeed = QStringLiteral("rmas");
const QString kCatalogFeed = QStringLiteral("catalog");
const QString kPolicyFeed = QStringLiteral("policy");

constexpr qint64 kMaxClockSkewMs = 2 * 60 * 1000;

// Events that may go now: not delivered, not dead, and not behind an unresolved dead letter of
// their entity (an entity's story reaches HQ without holes).
constexpr const char* kPushableSql =
    "SELECT e.seq, e.type, e.occurred_at, e.user, e.entity_kind, e.entity_id, e.data, e.delivered_at, "
    "e.dead_code, e.dead_message, t.name FROM events e LEFT JOIN event_types t ON t.code = e.type "
    "WHERE e.seq > ? AND e.delivered_at IS NULL AND e.dead_code IS NULL AND NOT EXISTS ("
    "SELECT 1 FROM events d WHERE d.entity_id = e.entity_id AND d.entity_kind = e.entity_kind "
    "AND d.dead_code IS NOT NULL AND d.dead_released_at IS NULL AND d.seq < e.seq) "
    "ORDER BY e.seq LIMIT ?";
constexpr const char* kHeldBackSql =
    "SELECT count(*) FROM events e WHERE e.delivered_at IS NULL AND e.dead_code IS NULL AND EXISTS ("
    "SELECT 1 FROM events d WHERE d.entity_id = e.entity_id AND d.entity_kind = e.entity_kind "
    "AND d.dead_code IS NOT NULL AND d.dead_released_at IS NULL AND d.seq < e.seq)";

struct HttpReply {
    int status = 0; // 0: no HTTP answer at all (refused, reset, timeout, cancelled)
    bool timedOut = false;
    bool cancelled = false;
    QString tlsError; // the certificate problems, when HQ's certificate could not be verified
    QString errorText;
    QByteArray body;
    QByteArray etag;
    QByteArray retryAfter;
};

bool isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void ensureState(Database& db, const QString& feed) {
    db.prepare("INSERT INTO sync_state (feed) VALUES (?) ON CONFLICT (feed) DO NOTHING").bind(1, feed).run();
}

} // namespace

Status checkHqCaFile(const QString& path) {
#if QT_CONFIG(ssl)
    if (!QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
        return {};
#endif
    return Error::invalid(
        QStringLiteral("hq_ca_file_unreadable"),
        Tr::tr("The hq_ca_file setting names %1, which holds no readable PEM certificate.").arg(path));
}

QJsonObject SyncRunSummary::toJson() const {
    return {
        {QStringLiteral("pushed"), pushed},
        {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("pulled"), QJsonObject{{QStringLiteral("rmas"), pulledRmas},
                                               {QStringLiteral("catalog"), pulledCatalog},
                                               {QStringLiteral("policy"), pulledPolicy}}},
        {QStringLiteral("held_back"), heldBack},
        {QStringLiteral("dead_letters"), deadLetters},
        {QStringLiteral("blobs_uploaded"), blobsUploaded},
        {QStringLiteral("clock_skew_ms"), clockSkewMs ? QJsonValue(*clockSkewMs) : QJsonValue()},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

// The state of one run; lives on the calling thread for the duration of SyncClient::run.
class SyncClient::Run {
public:
    Run(SyncClient& client, const SyncOptions& options)
        : m_client(client)
        , m_options(options) {}

    Result<SyncRunSummary> exec();

private:
    Status configure();
    Status checkHealth();
    Status push();
    Status uploadBlobs(const QStringList& hashes);
    Status pullFeed(const QString& feed, const QString& path, qint64& applied);
    Status pullPolicy();

    HttpReply send(const QByteArray& verb, const QString& path, const QUrlQuery& query = {},
                   const QByteArray& body = {}, const QByteArray& contentType = {},
                   const QByteArray& ifNoneMatch = {});
    Error failure(const HttpReply& reply);
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    static Error cancelledError();
    Error unparseable(const QString& what);
    void deadLetter(qint64 seq, const QString& code, const QString& message);
    void recordFailure(const Error& error);
    void recordSuccess();

    SyncClient& m_client;
    SyncOptions m_options;
    std::unique_ptr<Station> m_station;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_base;
    QByteArray m_authorization;
    std::optional<qint64> m_retryAfterMs;
    SyncRunSummary m_summary;
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> m_ssl;
#endif
};

SyncClient::SyncClient(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath)) {}

SyncClient::~SyncClient() = default;

Result<SyncRunSummary> SyncClient::run(const SyncOptions& options) {
    Run run(*this, options);
    return run.exec();
}

Result<SyncRunSummary> SyncClient::Run::exec() {
    auto station = Station::open(m_client.m_databasePath);
    if (!station)
        return station.error();
    m_station = std::move(*station);
    Database& db = m_station->db();
    try {
        // The run reads the outbox once, front to back: memory-mapping the file would only add
        // the whole database to this process's resident memory (bounded memory, any backlog).
        db.setMemoryMap(0);
        if (Status configured = configure(); !configured)
            return configured.error();
        {
            Transaction tx(db);
            ensureState(db, kRunState);
            tx.commit();
        }
        if (m_options.respectBackoff) {
            const auto next = nextAttempt(db);
            if (next && *next > nowMillis())
                return Error{ErrorKind::Unavailable, QStringLiteral("hq_backoff"),
                             Tr::tr("Sync is waiting after an earlier failure; the next attempt is due "
                                    "at %1.")
                                 .arg(toRfc3339(*next))};
        }
        {
            Transaction tx(db);
            db.prepare("UPDATE sync_state SET last_attempt = ? WHERE feed = ?")
                .bindAll(nowMillis(), kRunState)
                .run();
            tx.commit();
        }
        Status status = checkHealth();
        if (status)
            status = push();
        if (status)
            status = pullFeed(kRmaFeed, QStringLiteral("/rmas"), m_summary.pulledRmas);
        if (status)
            status = pullFeed(kCatalogFeed, QStringLiteral("/catalog"), m_summary.pulledCatalog);
        if (status)
            status = pullPolicy();
        if (!status) {
            if (status.error().code != QLatin1String("sync_cancelled"))
                recordFailure(status.error());
            return status.error();
        }
        recordSuccess();
        m_summary.pending = EventLog(db).pendingCount();
        m_summary.heldBack = db.scalar(kHeldBackSql);
        m_summary.deadLetters =
            db.scalar("SELECT count(*) FROM events WHERE dead_code IS NOT NULL AND dead_released_at IS NULL");
    } catch (const StoreError& e) {
        return toError(e);
    }
    return m_summary;
}

Status SyncClient::Run::configure() {
    QString url = m_options.hqUrl.isEmpty() ? m_station->setting(setting::HqUrl) : m_options.hqUrl;
    const QString token = m_options.token.isEmpty() ? m_station->setting(setting::HqToken) : m_options.token;
    if (url.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("hq_not_configured"),
                              Tr::tr("No head-office address is set: use --hq URL, DOCKSIDE_HQ_URL or the "
                                     "hq_url setting."));
    if (token.isEmpty())
        return Error::invalid(QStringLiteral("hq_token_missing"),
                              Tr::tr("No head-office token is set: use --token, DOCKSIDE_HQ_TOKEN or the "
                                     "hq_token setting."));
    QUrl base(url.trimmed(), QUrl::StrictMode);
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || base.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Error::invalid(QStringLiteral("hq_url_invalid"),
                              Tr::tr("The head-office address \"%1\" is not an http or https URL.")
                                  .arg(base.isValid() ? base.toDisplayString(QUrl::RemovePassword)
                                                      : url.section(QLatin1Char('@'), -1)));
    const bool loopback = isLoopbackHost(base.host());
    const bool allowInsecure = m_options.allowInsecureHttp.value_or(
        m_station->setting(setting::AllowInsecureHttp) == QLatin1String("true"));
    if (scheme == QLatin1String("http") && !loopback && !allowInsecure)
        return Error::invalid(
            QStringLiteral("insecure_http_refused"),
            Tr::tr("Plain http to %1 is refused: use https, or set allow_insecure_http=true "
                   "for a trusted network.")
                .arg(base.host()));
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/api/v1")))
        path += QLatin1String("/api/v1");
    base.setPath(path);
    base.setQuery(QString());
    base.setFragment(QString());
    m_base = base;
    m_authorization = "Bearer " + token.toUtf8();

#if QT_CONFIG(ssl)
    // The system's CAs always; hq_ca_file adds HQ's own CA (read once per run).
    const QString caFile = m_station->setting(setting::HqCaFile);
    if (!caFile.isEmpty()) {
        if (Status readable = checkHqCaFile(caFile); !readable)
            return readable.error();
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(cas);
        m_ssl = ssl;
    }
#endif
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // never hand the token on
    if (m_options.proxy) {
        m_network->setProxy(*m_options.proxy);
    } else if (loopback) {
        m_network->setProxy(QNetworkProxy::NoProxy);
    } else {
        QNetworkProxyFactory::setUseSystemConfiguration(true); // http(s)_proxy, no_proxy
    }
    return {};
}

HttpReply SyncClient::Run::send(const QByteArray& verb, const QString& path, const QUrlQuery& query,
                                const QByteArray& body, const QByteArray& contentType,
                                const QByteArray& ifNoneMatch) {
    if (cancelled()) {
        HttpReply stopped;
        stopped.cancelled = true;
        return stopped;
    }
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", ifNoneMatch);
#if QT_CONFIG(ssl)
    if (m_ssl && url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(*m_ssl);
#endif
    QNetworkReply* reply = nullptr;
    if (verb == "GET")
        reply = m_network->get(request);
    else if (verb == "HEAD")
        reply = m_network->head(request);
    else if (verb == "PUT")
        reply = m_network->put(request, body);
    else
        reply = m_network->post(request, body);

    HttpReply result;
#if QT_CONFIG(ssl)
    // Never ignored: an HQ whose certificate does not verify gets no token and no events.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&result](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& e : errors)
            texts.append(e.errorString());
        result.tlsError = texts.join(QStringLiteral("; "));
    });
#endif
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    // A server that drips bytes defeats the transfer timeout; the deadline bounds the whole request.
    QObject::connect(&deadline, &QTimer::timeout, reply, [&] {
        result.timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    if (m_options.cancel) {
        QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
            if (!cancelled())
                return;
            result.cancelled = true;
            reply->abort();
        });
        cancelPoll.start(100);
    }
    deadline.start(m_options.deadlineMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    deadline.stop();
    cancelPoll.stop();

    const QNetworkReply::NetworkError error = reply->error();
    if (!result.cancelled &&
        (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError))
        result.timedOut = true;
    // Codes below 200 are connection and proxy failures: whatever status line arrived, the
    // answer is incomplete.
    if (result.timedOut || result.cancelled ||
        (error != QNetworkReply::NoError && static_cast<int>(error) < 200)) {
        result.status = 0;
        result.errorText = reply->errorString();
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.etag = reply->rawHeader("ETag");
        result.retryAfter = reply->rawHeader("Retry-After");
    }
    // Not deleteLater: without an outer event loop (the CLI, the sync thread) deferred deletes
    // only run when the run ends, so thousands of finished replies would pile up.
    delete reply;
    return result;
}

Error SyncClient::Run::cancelledError() {
    return {ErrorKind::Failed, QStringLiteral("sync_cancelled"),
            Tr::tr("Sync was stopped before it finished; what HQ confirmed stays sent.")};
}

Error SyncClient::Run::unparseable(const QString& what) {
    return {ErrorKind::Unavailable, QStringLiteral("hq_unparseable"),
            Tr::tr("HQ's answer to %1 could not be read; nothing was marked as delivered and sync will "
                   "retry later.")
                .arg(what)};
}

Error SyncClient::Run::failure(const HttpReply& reply) {
    const auto body = hq::parseErrorBody(reply.body);
    const QString detail = body && !body->message.isEmpty() ? body->message : QString();
    if (reply.cancelled || cancelled())
        return cancelledError();
    if (!reply.tlsError.isEmpty())
        // Retrying cannot help: someone must install HQ's CA certificate or fix the address.
        return Error::failed(QStringLiteral("hq_tls_untrusted"),
                             Tr::tr("HQ's certificate could not be verified (%1). If HQ uses its own "
                                    "certificate authority, set hq_ca_file to its CA certificate.")
                                 .arg(reply.tlsError));
    if (reply.status == 0) {
        if (reply.timedOut)
            return {ErrorKind::Unavailable, QStringLiteral("hq_timeout"),
                    Tr::tr("HQ did not answer in time; sync will retry later.")};
        return {ErrorKind::Unavailable, QStringLiteral("hq_unreachable"),
                Tr::tr("HQ cannot be reached (%1); sync will retry later.").arg(reply.errorText)};
    }
    if (reply.status == 401)
        return Error::unauthorized(
            QStringLiteral("hq_unauthorized"),
            Tr::tr("HQ refused the station's token (401). Check the hq_token setting."));
    if (reply.status == 403)
        return Error::unauthorized(QStringLiteral("hq_forbidden"),
                                   Tr::tr("HQ does not allow this station to sync (403): %1").arg(detail));
    if (reply.status == 400)
        return Error::failed(QStringLiteral("hq_bad_request"),
                             Tr::tr("HQ refused the request as malformed (400): %1").arg(detail));
    if (reply.status == 429 || reply.status >= 500) {
        m_retryAfterMs = hq::parseRetryAfterMs(reply.retryAfter, nowMillis());
        return {ErrorKind::Unavailable,
                reply.status == 429 ? QStringLiteral("hq_busy") : QStringLiteral("hq_server_error"),
                Tr::tr("HQ is busy or failing (HTTP %1); sync will retry later.").arg(reply.status)};
    }
    return {ErrorKind::Unavailable, QStringLiteral("hq_unexpected"),
            Tr::tr("HQ gave an unexpected answer (HTTP %1); sync will retry later.").arg(reply.status)};
}

Status SyncClient::Run::checkHealth() {
    emit m_client.progress(QStringLiteral("health"), 0, 1);
    const HttpReply reply = send("GET", QStringLiteral("/health"));
    if (reply.status != 200)
        return failure(reply);
    const auto health = hq::parseHealth(reply.body);
    if (!health)
        return unparseable(QStringLiteral("/health"));
    if (health->serverTime > 0) {
        const qint64 skew = health->serverTime - nowMillis();
        m_summary.clockSkewMs = skew;
        if (std::abs(skew) > kMaxClockSkewMs)
            m_summary.warnings.append(
                Tr::tr("This station's clock differs from HQ's by %1 seconds; check the PC's time settings.")
                    .arg(skew / 1000));
    }
    return {};
}

void SyncClient::Run::deadLetter(qint64 seq, const QString& code, const QString& message) {
    m_station->db()
        .prepare("UPDATE events SET dead_code = ?, dead_message = ? WHERE seq = ? AND delivered_at IS NULL")
        .bindAll(code, message, seq)
        .run();
}

Status SyncClient::Run::push() {
    Database& db = m_station->db();
    EventLog log(db);
    const qint64 total = log.pendingCount();
    qint64 done = 0;
    qint64 lastSeq = 0;
    int limit = std::clamp(m_options.maxBatchEvents, 1, hq::kMaxBatchEvents);
    emit m_client.progress(QStringLiteral("push"), 0, total);
    for (;;) {
        // Only one batch is ever in memory, however long the outbox.
        hq::BatchWriter batch(m_station->code(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QList<qint64> seqs;
        QStringList ids;
        QHash<QString, qint64> seqById;
        QStringList photos;
        {
            Statement rows = db.prepare(kPushableSql);
            rows.bindAll(lastSeq, limit);
            while (rows.step()) {
                EventRecord event = log.read(rows);
                if (event.type.isNull())
                    event.type = rows.text(10); // a type this build has no codec name for
                const QByteArray json = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
                if (batch.count() > 0 && batch.sizeWith(json) > hq::kMaxBatchBytes)
                    break;
                batch.add(json);
                const QString id = event.id.toString(QUuid::WithoutBraces);
                seqs.append(event.seq);
                ids.append(id);
                seqById.insert(id, event.seq);
                for (const QJsonValue& photo : event.data.value(QStringLiteral("photos")).toArray())
                    if (photo.isString() && !photos.contains(photo.toString()))
                        photos.append(photo.toString());
            }
        }
        if (seqs.isEmpty())
            return {};
        // HQ gets the photos a batch names before the batch itself.
        if (Status blobs = uploadBlobs(photos); !blobs)
            return blobs;

        const HttpReply reply =
            send("POST", QStringLiteral("/events"), {}, batch.finish(), "application/json");
        if (reply.status == 413) {
            if (seqs.size() > 1) {
                limit = std::max(1, static_cast<int>(seqs.size()) / 2);
                continue;
            }
            // One event alone is too large for HQ: resending cannot help, a supervisor must look.
            Transaction tx(db);
            deadLetter(seqs.first(), QStringLiteral("payload_too_large"),
                       Tr::tr("HQ refused this event as too large."));
            tx.commit();
            ++m_summary.rejected;
            lastSeq = seqs.first();
            continue;
        }
        if (reply.status != 200)
            return failure(reply);
        const auto answer = hq::parsePushResponse(reply.body, ids);
        if (!answer)
            return unparseable(QStringLiteral("POST /events"));
        {
            Transaction tx(db);
            const Millis now = nowMillis();
            Statement& delivered =
                db.cached("UPDATE events SET delivered_at = ? WHERE seq = ? AND delivered_at IS NULL");
            for (const QStringList* list : {&answer->accepted, &answer->duplicates}) {
                for (const QString& id : *list) {
                    delivered.bindAll(now, seqById.value(id));
                    delivered.run();
                    delivered.reset();
                }
            }
            for (const hq::Rejection& r : answer->rejected)
                deadLetter(seqById.value(r.id), r.code, r.message);
            tx.commit();
        }
        m_summary.pushed += answer->accepted.size();
        m_summary.duplicates += answer->duplicates.size();
        m_summary.rejected += answer->rejected.size();
        done += seqs.size();
        lastSeq = seqs.last();
        emit m_client.progress(QStringLiteral("push"), done, total);
    }
}

Status SyncClient::Run::uploadBlobs(const QStringList& hashes) {
    Database& db = m_station->db();
    for (const QString& sha : hashes) {
        QString mime;
        {
            Statement photo = db.prepare("SELECT mime, uploaded FROM photos WHERE sha256 = ?");
            photo.bind(1, sha);
            if (!photo.step() || photo.integer(1) != 0)
                continue; // unknown to this station, or already at HQ
            mime = photo.text(0);
        }
        emit m_client.progress(QStringLiteral("blobs"), m_summary.blobsUploaded, hashes.size());
        const QString path = QStringLiteral("/blobs/") + sha;
        HttpReply reply = send("HEAD", path);
        if (reply.status == 404) {
            QFile file(QDir(m_station->photoFolder()).filePath(sha.left(2) + QLatin1Char('/') + sha));
            if (!file.open(QIODevice::ReadOnly)) {
                m_summary.warnings.append(
                    Tr::tr("The photo %1 is missing from the station's photo folder; it was not sent.")
                        .arg(sha));
                continue;
            }
            reply = send("PUT", path, {}, file.readAll(), mime.toUtf8());
            if (reply.status == 422) {
                m_summary.warnings.append(
                    Tr::tr("The photo file %1 is damaged (its content does not match its name); it was not "
                           "sent.")
                        .arg(sha));
                continue;
            }
            if (reply.status != 200 && reply.status != 201)
                return failure(reply);
            ++m_summary.blobsUploaded;
        } else if (reply.status != 200) {
            return failure(reply);
        }
        Transaction tx(db);
        db.prepare("UPDATE photos SET uploaded = 1 WHERE sha256 = ?").bind(1, sha).run();
        tx.commit();
    }
    return {};
}

Status SyncClient::Run::pullFeed(const QString& feed, const QString& path, qint64& applied) {
    Database& db = m_station->db();
    QString cursor;
    {
        Statement state = db.prepare("SELECT cursor FROM sync_state WHERE feed = ?");
        state.bind(1, feed);
        if (state.step())
            cursor = state.text(0);
    }
    bool restarted = false;
    qint64 skipped = 0;
    QString firstProblem;
    Catalog catalog(db);
    for (;;) {
        emit m_client.progress(feed, applied, 0);
        QUrlQuery query;
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("since"), cursor);
        query.addQueryItem(QStringLiteral("limit"), QString::number(hq::kDefaultFeedLimit));
        const HttpReply reply = send("GET", path, query);
        if (reply.status == 410 && !restarted) {
            // The cursor is too old for HQ: start from the beginning (later versions replace).
            restarted = true;
            cursor.clear();
            continue;
        }
        if (reply.status != 200)
            return failure(reply);
        const auto page = hq::parseFeedPage(reply.body);
        if (!page || page->nextCursor.isEmpty() || (page->hasMore && page->nextCursor == cursor))
            return unparseable(path);
        {
            // The page and its cursor together: a crash repeats the page, never skips one.
            Transaction tx(db);
            for (const QJsonValue& item : page->items) {
                QString problem;
                if (feed == kRmaFeed) {
                    auto rma = Catalog::rmaFromJson(item.toObject());
                    if (rma)
                        catalog.upsertRma(*rma);
                    else
                        problem = rma.error().message;
                } else {
                    auto product = Catalog::productFromJson(item.toObject());
                    if (product)
                        catalog.upsertProduct(*product);
                    else
                        problem = product.error().message;
                }
                if (problem.isEmpty()) {
                    ++applied;
                } else if (skipped++ == 0) {
                    firstProblem = problem;
                }
            }
            ensureState(db, feed);
            db.prepare("UPDATE sync_state SET cursor = ?, last_success = ? WHERE feed = ?")
                .bindAll(page->nextCursor, nowMillis(), feed)
                .run();
            tx.commit();
        }
        cursor = page->nextCursor;
        if (!page->hasMore)
            break;
    }
    if (skipped > 0)
        m_summary.warnings.append(Tr::tr("%n item(s) of HQ's %1 feed could not be read and were skipped "
                                         "(the first: %2)",
                                         nullptr, static_cast<int>(skipped))
                                      .arg(feed, firstProblem));
    return {};
}

Status SyncClient::Run::pullPolicy() {
    Database& db = m_station->db();
    emit m_client.progress(kPolicyFeed, 0, 1);
    QByteArray etag;
    {
        Statement state = db.prepare("SELECT etag FROM sync_state WHERE feed = ?");
        state.bind(1, kPolicyFeed);
        if (state.step())
            etag = state.text(0).toUtf8();
    }
    const HttpReply reply = send("GET", QStringLiteral("/policy"), {}, {}, {}, etag);
    if (reply.status == 304)
        return {};
    if (reply.status != 200)
        return failure(reply);
    auto policy = Policy::parse(reply.body);
    if (!policy) {
        // The station keeps deciding with the policy it has; the ETag is not kept, so the next
        // run fetches the document again.
        m_summary.warnings.append(
            Tr::tr("HQ sent a policy that is not valid; the station keeps its current policy: %1")
                .arg(policy.error().message));
        return {};
    }
    Transaction tx(db);
    if (Status stored = m_station->storePolicy(*policy, QString::fromUtf8(reply.etag)); !stored)
        return stored;
    ensureState(db, kPolicyFeed);
    db.prepare("UPDATE sync_state SET etag = ?, last_success = ? WHERE feed = ?")
        .bindAll(reply.etag.isEmpty() ? QString() : QString::fromUtf8(reply.etag), nowMillis(), kPolicyFeed)
        .run();
    tx.commit();
    m_summary.pulledPolicy = true;
    return {};
}

void SyncClient::Run::recordFailure(const Error& error) {
    Database& db = m_station->db();
    Transaction tx(db);
    if (error.kind == ErrorKind::Unavailable) {
        // Exponential backoff with full jitter, never earlier than HQ's Retry-After.
        Statement current = db.prepare("SELECT failures FROM sync_state WHERE feed = ?");
        current.bind(1, kRunState);
        const qint64 count = (current.step() ? current.int64(0) : 0) + 1;
        const double exponent = std::min<double>(static_cast<double>(count - 1), 30.0);
        const qint64 cap = std::min<qint64>(
            m_options.backoffMaxMs, static_cast<qint64>(m_options.backoffBaseMs * std::pow(2.0, exponent)));
        qint64 delay =
            cap > 0 ? static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<double>(cap))) : 0;
        if (m_retryAfterMs)
            delay = std::max(delay, *m_retryAfterMs);
        db.prepare("UPDATE sync_state SET failures = ?, next_attempt = ?, last_error = ? WHERE feed = ?")
            .bindAll(count, nowMillis() + delay, error.message, kRunState)
            .run();
    } else {
        db.prepare("UPDATE sync_state SET last_error = ? WHERE feed = ?")
            .bindAll(error.message, kRunState)
            .run();
    }
    tx.commit();
}

void SyncClient::Run::recordSuccess() {
    Database& db = m_station->db();
    Transaction tx(db);
    db.prepare("UPDATE sync_state SET failures = 0, next_attempt = NULL, last_error = NULL, last_success = ? "
               "WHERE feed = ?")
        .bindAll(nowMillis(), kRunState)
        .run();
    tx.commit();
}

std::optional<Millis> SyncClient::nextAttempt(Database& db) {
    Statement state = db.prepare("SELECT next_attempt FROM sync_state WHERE feed = ?");
    state.bind(1, kRunState);
    if (state.step())
        return state.optionalInt64(0);
    return std::nullopt;
}

Millis SyncClient::lastAttempt(Database& db) {
    Statement state = db.prepare("SELECT coalesce(last_attempt, 0) FROM sync_state WHERE feed = ?");
    state.bind(1, kRunState);
    return state.step() ? state.int64(0) : 0;
}

Result<QList<DeadLetter>> SyncClient::deadLetters(Database& db) {
    QList<DeadLetter> letters;
    try {
        Statement rows =
            db.prepare("SELECT e.seq, coalesce(t.name, ''), e.entity_kind, e.entity_id, e.dead_code, "
                       "coalesce(e.dead_message, ''), "
                       "(SELECT count(*) FROM events l WHERE l.entity_id = e.entity_id AND l.entity_kind = "
                       "e.entity_kind "
                       "AND l.seq > e.seq AND l.delivered_at IS NULL AND l.dead_code IS NULL) "
                       "FROM events e LEFT JOIN event_types t ON t.code = e.type "
                       "WHERE e.dead_code IS NOT NULL AND e.dead_released_at IS NULL ORDER BY e.seq");
        while (rows.step())
            letters.append({rows.int64(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4),
                            rows.text(5), rows.int64(6)});
    } catch (const StoreError& e) {
        return toError(e);
    }
    return letters;
}

namespace {

// Requeue and release: the supervisor check, the change and its event in one transaction.
Status resolveDeadLetter(Database& db, const User& supervisor, qint64 seq, bool requeue) {
    if (Status allowed = Users::requireRole(supervisor, Role::Supervisor); !allowed)
        return allowed;
    try {
        Transaction tx(db);
        if (requeue)
            db.prepare("UPDATE events SET dead_code = NULL, dead_message = NULL, dead_released_at = NULL "
                       "WHERE seq = ? AND dead_code IS NOT NULL")
                .bind(1, seq)
                .run();
        else
            db.prepare("UPDATE events SET dead_released_at = ? "
                       "WHERE seq = ? AND dead_code IS NOT NULL AND dead_released_at IS NULL")
                .bindAll(nowMillis(), seq)
                .run();
        if (db.changes() == 0)
            return Error::notFound(QStringLiteral("no_dead_letter"),
                                   requeue ? Tr::tr("Event %1 is not a dead letter.").arg(seq)
                                           : Tr::tr("Event %1 is not an unresolved dead letter.").arg(seq));
        EventLog(db).append(requeue ? event::OutboxRequeued : event::OutboxReleased, QStringLiteral("event"),
                            QString::number(seq), supervisor.badge, {}, nowMillis());
        tx.commit();
    } catch (const StoreError& e) {
        return toError(e);
    }
    return {};
}

} // namespace

Status SyncClient::requeueDeadLetter(Database& db, const User& supervisor, qint64 seq) {
    return resolveDeadLetter(db, supervisor, seq, true);
}

Status SyncClient::releaseDeadLetter(Database& db, const User& supervisor, qint64 seq) {
    return resolveDeadLetter(db, supervisor, seq, false);
}

} // namespace dockside
