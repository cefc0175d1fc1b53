// dockside-hq: the reference head-office server of hq-api.md, for demos, pilots and tests.

#include "HqServer.h"
#include "HqStore.h"
#include "i18n/Language.h"

#include "policy/Policy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QTextStream>

#include <cstdio>

using namespace dockside;
using namespace dockside::hqserver;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hq)
};

enum Exit { Success = 0, Failed = 1, Usage = 2 };

int fail(const QString& message, int code = Failed) {
    QTextStream(stderr) << Tr::tr("dockside-hq: %1").arg(message) << Qt::endl;
    return code;
}

// "STATION=TOKEN" -> token -> station; false for a malformed entry.
bool addToken(QHash<QByteArray, QString>& tokens, const QString& entry) {
    const qsizetype eq = entry.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == entry.size() - 1)
        return false;
    tokens.insert(entry.mid(eq + 1).trimmed().toUtf8(), entry.left(eq).trimmed());
    return true;
}

void quietQtMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    static const bool debug = qEnvironmentVariableIsSet("DOCKSIDE_DEBUG");
    if (debug || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char** argv) {
    qInstallMessageHandler(quietQtMessages);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dockside-hq"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKSIDE_VERSION));
    dockside::language::apply(qEnvironmentVariable("DOCKSIDE_LANGUAGE", dockside::language::systemDefault()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The reference head-office server for Dockside stations (hq-api.md, version 1).\n"
               "  dockside-hq --db FILE [--listen ADDR] [--port N] --token STATION=TOKEN...\n"
               "  dockside-hq --db FILE import rmas|catalog FILE.json|FILE.csv\n"
               "CSV columns (header row required, lists separated by ';'):\n"
               "  catalog: sku,gtins,description,category,unit_value,currency,weight_g,hazmat,"
               "data_bearing,returnable,updated_at\n"
               "  rmas (one row per line): rma,status,order,customer_ref,reason_code,created_at,"
               "expires_at,tracking,line,sku,gtin,qty,serials,unit_value,currency,updated_at"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), Tr::tr("The server's database file."),
                                      Tr::tr("FILE"));
    const QCommandLineOption listenOption(QStringLiteral("listen"), Tr::tr("Address to listen on."),
                                          Tr::tr("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), Tr::tr("Port (0: any free port)."),
                                        Tr::tr("N"), QStringLiteral("8470"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), Tr::tr("A station and its token."),
                                         Tr::tr("STATION=TOKEN"));
    const QCommandLineOption tokensOption(QStringLiteral("tokens"),
                                          Tr::tr("A file of STATION=TOKEN lines ('#' starts a comment)."),
                                          Tr::tr("FILE"));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"), Tr::tr("The policy JSON served at /policy (default: the built-in)."),
        Tr::tr("FILE"));
    parser.addOptions({dbOption, listenOption, portOption, tokenOption, tokensOption, policyOption});
    parser.addPositionalArgument(QStringLiteral("import"), Tr::tr("import rmas|catalog FILE"));
    parser.process(app);

    if (!parser.isSet(dbOption))
        return fail(Tr::tr("--db FILE is required."), Usage);
    auto store = HqStore::open(parser.value(dbOption));
    if (!store)
        return fail(store.error().message, store.error().kind == ErrorKind::Invalid ? Usage : Failed);

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.size() != 3 || positional[0] != QLatin1String("import") ||
            (positional[1] != QLatin1String("rmas") && positional[1] != QLatin1String("catalog")))
            return fail(Tr::tr("Usage: dockside-hq --db FILE import rmas|catalog FILE"), Usage);
        const auto feed =
            positional[1] == QLatin1String("rmas") ? HqStore::Feed::Rmas : HqStore::Feed::Catalog;
        auto documents = readImportFile(feed, positional[2]);
        if (!documents)
            return fail(documents.error().message);
        auto imported = (*store)->importDocuments(feed, *documents);
        if (!imported)
            return fail(imported.error().message);
        QTextStream(stdout) << Tr::tr("imported %1").arg(*imported) << Qt::endl;
        return Success;
    }

    QHash<QByteArray, QString> tokens;
    for (const QString& entry : parser.values(tokenOption))
        if (!addToken(tokens, entry))
            return fail(Tr::tr("--token needs STATION=TOKEN, not \"%1\".").arg(entry), Usage);
    if (parser.isSet(tokensOption)) {
        QFile file(parser.value(tokensOption));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()), Usage);
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            if (!addToken(tokens, line))
                return fail(Tr::tr("%1:%2: expected STATION=TOKEN.").arg(file.fileName()).arg(lineNumber),
                            Usage);
        }
    }
    if (tokens.isEmpty())
        return fail(Tr::tr("No station may connect: give --token STATION=TOKEN or --tokens FILE."), Usage);

    QByteArray policy = Policy::builtIn().document();
    if (parser.isSet(policyOption)) {
        QFile file(parser.value(policyOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()), Usage);
        policy = file.readAll();
        if (auto parsed = Policy::parse(policy); !parsed)
            return fail(parsed.error().message, Usage);
    }

    const QHostAddress address(parser.value(listenOption));
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (address.isNull() || !portOk || port > 65535)
        return fail(Tr::tr("--listen needs an IP address and --port a number from 0 to 65535."), Usage);

    HqServer server(**store, tokens, policy);
    const quint16 chosen = server.listen(address, static_cast<quint16>(port));
    if (chosen == 0)
        return fail(Tr::tr("Cannot listen on %1:%2.").arg(address.toString()).arg(port));
    // The first line on stdout: scripts and tests read the chosen port from it.
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    QTextStream(stdout) << QStringLiteral("listening on http://%1:%2").arg(host).arg(chosen) << Qt::endl;
    return app.exec();
}
