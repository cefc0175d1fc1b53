#include "Commands.h"

#include <QCoreApplication>

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
        {QStringLiteral("receive"), {runReceive, QT_TRANSLATE_NOOP("cli", "receive a parcel and its items")}},
        {QStringLiteral("queue"), {runQueue, QT_TRANSLATE_NOOP("cli", "list the inspection queue")}},
        {QStringLiteral("approve"),
         {runApprove, QT_TRANSLATE_NOOP("cli", "approve queued items (supervisor)")}},
        {QStringLiteral("reject"), {runReject, QT_TRANSLATE_NOOP("cli", "reject queued items (supervisor)")}},
        {QStringLiteral("tote"), {runTote, QT_TRANSLATE_NOOP("cli", "list or close totes")}},
        {QStringLiteral("export"), {runExport, QT_TRANSLATE_NOOP("cli", "export events, items or parcels")}},
        {QStringLiteral("report"), {runReport, QT_TRANSLATE_NOOP("cli", "analytics figures")}},
        {QStringLiteral("check"), {runCheck, QT_TRANSLATE_NOOP("cli", "check the database's integrity")}},
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

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dockside-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKSIDE_VERSION));

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
