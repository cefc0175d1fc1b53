#include "DemoSession.h"

#include "services/Catalog.h"
#include "services/DemoData.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace dockside {

namespace {
// The demo HQ's token for the demo station: made once, kept in the station's settings.
QString newToken() {
    return QStringLiteral("demo-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}
} // namespace

DemoSession::DemoSession(QString folder, QString hqProgram, QObject* parent)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_hqProgram(std::move(hqProgram)) {}

DemoSession::~DemoSession() {
    stop();
}

QString DemoSession::defaultFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo"));
}

QString DemoSession::databasePath() const {
    return QDir(m_folder).filePath(QStringLiteral("station.db"));
}

void DemoSession::stop() {
    if (m_hq.state() == QProcess::NotRunning)
        return;
    m_hq.terminate();
    if (!m_hq.waitForFinished(3000)) {
        m_hq.kill();
        m_hq.waitForFinished(1000);
    }
}

Status DemoSession::startHq(const QString& token) {
    m_hq.setProgram(m_hqProgram);
    m_hq.setArguments({QStringLiteral("--db"), QDir(m_folder).filePath(QStringLiteral("hq.db")),
                       QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"),
                       QStringLiteral("%1=%2").arg(kStationCode, token)});
    m_hq.setProcessChannelMode(QProcess::SeparateChannels);
    m_hq.start();
    if (!m_hq.waitForStarted(5000))
        return Error::failed(
            QStringLiteral("demo_hq_failed"),
            tr("Cannot start the demo head office (%1): %2").arg(m_hqProgram, m_hq.errorString()));
    // Its first line names the port it chose.
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    QByteArray output;
    while (!output.contains('\n') && m_hq.waitForReadyRead(5000))
        output += m_hq.readAllStandardOutput();
    const auto match = listening.match(QString::fromUtf8(output));
    if (!match.hasMatch()) {
        const QString why = QString::fromUtf8(m_hq.readAllStandardError()).trimmed();
        stop();
        return Error::failed(
            QStringLiteral("demo_hq_failed"),
            tr("The demo head office did not start: %1").arg(why.isEmpty() ? tr("no answer") : why));
    }
    m_hqUrl = match.captured(1);
    return {};
}

Status DemoSession::seedHq(Station& station) {
    // The HQ hands out what the station already has, so every later pull agrees with it.
    QJsonArray products;
    QJsonArray rmas;
    try {
        Catalog catalog(station.db());
        for (const QString& sku : catalog.skus())
            if (const auto p = catalog.productBySku(sku))
                products.append(Catalog::toJson(*p));
        for (const QString& code : catalog.rmaCodes())
            if (const auto r = catalog.rma(code))
                rmas.append(Catalog::toJson(*r));
    } catch (const StoreError& e) {
        return toError(e);
    }
    const QList<std::pair<QString, QJsonArray>> feeds{{QStringLiteral("catalog"), products},
                                                      {QStringLiteral("rmas"), rmas}};
    for (const auto& [feed, documents] : feeds) {
        const QString file = QDir(m_folder).filePath(feed + QStringLiteral(".json"));
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(QJsonDocument(documents).toJson(QJsonDocument::Compact)) < 0 || !out.commit())
            return Error::failed(QStringLiteral("demo_hq_failed"), tr("Cannot write %1.").arg(file));
        QProcess import;
        import.start(m_hqProgram, {QStringLiteral("--db"), QDir(m_folder).filePath(QStringLiteral("hq.db")),
                                   QStringLiteral("import"), feed, file});
        if (!import.waitForFinished(120000) || import.exitStatus() != QProcess::NormalExit ||
            import.exitCode() != 0)
            return Error::failed(QStringLiteral("demo_hq_failed"),
                                 tr("The demo head office could not import the %1: %2")
                                     .arg(feed, QString::fromUtf8(import.readAllStandardError()).trimmed()));
        QFile::remove(file);
    }
    return {};
}

Result<std::unique_ptr<Station>>
DemoSession::start(qint64 items, const std::function<void(const QString&, qint64, qint64)>& progress) {
    const auto report = [&](const QString& what, qint64 done, qint64 total) {
        if (progress)
            progress(what, done, total);
    };
    if (!QDir().mkpath(m_folder))
        return Error::failed(QStringLiteral("demo_folder"), tr("Cannot create the folder %1.").arg(m_folder));
    const bool fresh = !QFile::exists(databasePath());
    if (fresh) // a half-made HQ from an interrupted first start would hold a stale token
        QFile::remove(QDir(m_folder).filePath(QStringLiteral("hq.db")));
    auto station =
        fresh ? Station::init(databasePath(), kStationCode, QStringLiteral("Amsterdam returns dock 3"))
              : Station::open(databasePath());
    if (!station)
        return station.error();
    Station& s = **station;
    if (fresh) {
        DemoOptions options;
        options.items = items;
        auto loaded = loadDemoData(s, options, [&](qint64 done, qint64 total) {
            report(tr("Creating the demo station…"), done, total);
        });
        if (!loaded) {
            station->reset();
            QFile::remove(databasePath()); // the next start tries again from scratch
            return loaded.error();
        }
    }
    QString token = s.setting(setting::HqToken);
    if (token.isEmpty()) {
        token = newToken();
        if (Status saved = s.setSetting(setting::HqToken, token); !saved)
            return saved.error();
    }
    report(tr("Starting the demo head office…"), 0, 0);
    if (Status started = startHq(token); !started)
        return started.error();
    if (Status saved = s.setSetting(setting::HqUrl, m_hqUrl); !saved)
        return saved.error();
    if (fresh)
        if (Status seeded = seedHq(s); !seeded)
            return seeded.error();
    report(tr("Syncing with the demo head office…"), 0, 0);
    SyncClient sync(databasePath());
    connect(&sync, &SyncClient::progress, this, [&](const QString&, qint64 done, qint64 total) {
        report(tr("Syncing with the demo head office…"), done, total);
    });
    SyncOptions options;
    options.hqUrl = m_hqUrl;
    options.token = token;
    options.respectBackoff = false;
    options.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    auto synced = sync.run(options);
    if (!synced)
        return synced.error();
    return station;
}

} // namespace dockside
