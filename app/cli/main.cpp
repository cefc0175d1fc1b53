#include "Commands.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

#include <map>

using namespace dockside::cli;

namespace {

struct CommandEntry {
    Command run;
    const char* summary;
};

const std::map<QString, CommandEntry>& commands() {
    static const std::map<QString, CommandEntry> table{
        {QStringLiteral("init"),
         {runInit, QT_TRANSLATE_NOOP("cli", "create or open the database for a station")}},
        {QStringLiteral("user"),
         {runUser, QT_TRANSLATE_NOOP("cli", "add or list users (user add, user list)")}},
        {QStringLiteral("demo"), {runDemo, QT_TRANSLATE_NOOP("cli", "load realistic demo data")}},
        {QStringLiteral("classify"), {runClassify, QT_TRANSLATE_NOOP("cli", "say what a scanned string is")}},
        {QStringLiteral("decode"), {runDecode, QT_TRANSLATE_NOOP("cli", "decode barcodes in image files")}},
        {QStringLiteral("label"), {runLabel, QT_TRANSLATE_NOOP("cli", "render an item's LPN label as PDF")}},
        {QStringLiteral("receive"), {runReceive, QT_TRANSLATE_NOOP("cli", "receive a parcel and its items")}},
        {QStringLiteral("queue"), {runQueue, QT_TRANSLATE_NOOP("cli", "list the inspection queue")}},
        {QStringLiteral("approve"),
         {runApprove, QT_TRANSLATE_NOOP("cli", "approve queued items (supervisor)")}},
        {QStringLiteral("reject"), {runReject, QT_TRANSLATE_NOOP("cli", "reject queued items (supervisor)")}},
        {QStringLiteral("tote"), {runTote, QT_TRANSLATE_NOOP("cli", "list or close totes")}},
        {QStringLiteral("export"), {runExport, QT_TRANSLATE_NOOP("cli", "export events, items or parcels")}},
        {QStringLiteral("report"), {runReport, QT_TRANSLATE_NOOP("cli", "analytics figures")}},
        {QStringLiteral("sync"), {runSync, QT_TRANSLATE_NOOP("cli", "one sync run with head office")}},
        {QStringLiteral("check"), {runCheck, QT_TRANSLATE_NOOP("cli", "check the database's integrity")}},
        {QStringLiteral("resolve"),
         {runResolve, QT_TRANSLATE_NOOP("cli", "resolve an exception in the queue (supervisor)")}},
        {QStringLiteral("regrade"),
         {runRegrade, QT_TRANSLATE_NOOP("cli", "blind re-grades and grader agreement")}},
        {QStringLiteral("history"),
         {runHistory, QT_TRANSLATE_NOOP("cli", "timeline of an item, parcel or RMA")}},
        {QStringLiteral("backup"), {runBackup, QT_TRANSLATE_NOOP("cli", "back up the station database")}},
        {QStringLiteral("restore"),
         {runRestore, QT_TRANSLATE_NOOP("cli", "replace the database with a backup")}},
        {QStringLiteral("settings"),
         {runSettings, QT_TRANSLATE_NOOP("cli", "import or export station settings (key = value file)")}},
    };
    return table;
}

void printHelp(QTextStream& out) {
    out << QCoreApplication::translate(
        "cli", "Usage: dockside-cli [--db FILE] [--json] COMMAND [OPTIONS]\n\n"
               "Global options:\n"
               "  --db FILE   the station database (default: $DOCKSIDE_DB or the GUI's)\n"
               "  --json      machine-readable output\n"
               "  --version   print the version\n\n"
               "Commands:\n");
    for (const auto& [name, entry] : commands())
        out << QStringLiteral("  %1 %2\n")
                   .arg(name, -10)
                   .arg(QCoreApplication::translate("cli", entry.summary));
    out << QCoreApplication::translate("cli", "\n\"dockside-cli COMMAND --help\" describes a command.\n");
    out.flush();
}

// Commands that draw text (labels, manifests, PDF reports) need a QGuiApplication for fonts;
// it runs on the offscreen platform, so the CLI never needs a display.
bool needsGui(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db") {
            ++i;
            continue;
        }
        if (arg.startsWith('-'))
            continue;
        return arg == "label" || arg == "tote" || arg == "report";
    }
    return false;
}

} // namespace

// stderr carries Dockside's own one-line messages; Qt's internal warnings (e.g. about
// XDG_RUNTIME_DIR on a server) appear only with DOCKSIDE_DEBUG=1.
void quietQtMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    static const bool debug = qEnvironmentVariableIsSet("DOCKSIDE_DEBUG");
    if (debug || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int main(int argc, char** argv) {
    qInstallMessageHandler(quietQtMessages);
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("dockside-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKSIDE_VERSION));
    // Messages in DOCKSIDE_LANGUAGE, else the system's language ($LANGUAGE, $LANG); JSON keys and
    // error codes never change with it.
    dockside::language::apply(qEnvironmentVariable("DOCKSIDE_LANGUAGE", dockside::language::systemDefault()));

    CliContext ctx;
    ctx.dbPath = dockside::Station::defaultDatabasePath();
    const QStringList arguments = QCoreApplication::arguments();
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--json")) {
            ctx.json = true;
        } else if (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db="))) {
            if (arg.startsWith(QLatin1String("--db=")))
                ctx.dbPath = arg.mid(5);
            else if (++i < arguments.size())
                ctx.dbPath = arguments[i];
            else
                return ctx.usage(QCoreApplication::translate("cli", "--db needs a file name."));
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printHelp(ctx.out());
            return Success;
        } else if (arg == QLatin1String("--version")) {
            ctx.out() << "dockside-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return ctx.usage(QCoreApplication::translate("cli", "Unknown option %1.").arg(arg));
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        printHelp(ctx.err());
        return Usage;
    }
    const auto found = commands().find(arguments[i]);
    if (found == commands().end())
        return ctx.usage(QCoreApplication::translate("cli", "Unknown command \"%1\".").arg(arguments[i]));
    ctx.command = arguments[i];
    ctx.args = QStringList{arguments[0]} + arguments.mid(i + 1);
    return found->second.run(ctx);
}
