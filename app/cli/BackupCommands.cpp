#include "Commands.h"

#include "services/Backup.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

namespace dockside::cli {

namespace {

QJsonObject backupJson(const BackupInfo& info) {
    return {{QStringLiteral("file"), info.file},
            {QStringLiteral("bytes"), info.bytes},
            {QStringLiteral("at"), toRfc3339(info.at)},
            {QStringLiteral("station"), info.station}};
}

} // namespace

int runBackup(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("to"),
                      Cli::tr("Write the backup to this file instead of the rotated backup folder."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("list"), Cli::tr("List the rotated backups, newest first.")});
    if (!ctx.parse(parser, Cli::tr("Back up the station database (online, verified).")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("backup takes no arguments; use --to FILE."));
    // A read-only connection is enough to read every page, and works on a write-protected file.
    auto station = ctx.openStation(true);
    if (!station)
        return ctx.fail(station.error());
    Backups backups(**station);
    if (parser.isSet(QStringLiteral("list"))) {
        QJsonArray list;
        for (const BackupInfo& b : backups.list()) {
            list.append(backupJson(b));
            if (!ctx.json)
                ctx.out() << QStringLiteral("%1  %2 bytes\n").arg(b.file).arg(b.bytes);
        }
        if (ctx.json)
            ctx.print({{QStringLiteral("folder"), backups.folder()}, {QStringLiteral("backups"), list}});
        ctx.out().flush();
        return Success;
    }
    Result<BackupInfo> written = Error{};
    if (parser.isSet(QStringLiteral("to"))) {
        written = backups.backupTo(parser.value(QStringLiteral("to")));
    } else {
        // Rotation records last_backup_at, which needs a writable database.
        station = ctx.openStation();
        if (!station)
            return ctx.fail(station.error());
        written = Backups(**station).runRotated();
    }
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json)
        ctx.print(backupJson(*written));
    else
        ctx.out() << Cli::tr("Backed up station %1 to %2 (%3 bytes, checked).")
                         .arg(written->station, written->file)
                         .arg(written->bytes)
                  << Qt::endl;
    return Success;
}

int runRestore(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The backup to restore."));
    parser.addOption(
        {QStringLiteral("other-station"), Cli::tr("Allow a backup of another station to replace this one.")});
    if (!ctx.parse(parser, Cli::tr("Replace the station database with a backup (the current one is kept).")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ctx.usage(Cli::tr("Name one backup file: dockside-cli restore FILE."));
    const QString folder = Backups::defaultFolder(ctx.dbPath);
    auto kept =
        Backups::restore(ctx.dbPath, positional[0], folder, parser.isSet(QStringLiteral("other-station")));
    if (!kept)
        return ctx.fail(kept.error());
    if (ctx.json)
        ctx.print({{QStringLiteral("restored"), QFileInfo(positional[0]).absoluteFilePath()},
                   {QStringLiteral("db"), ctx.dbPath},
                   {QStringLiteral("kept"), *kept}});
    else
        ctx.out() << Cli::tr("Restored %1 from %2. Items received after that backup are no longer in this "
                             "database (HQ has their synced events). The previous database was kept as %3.")
                         .arg(ctx.dbPath, positional[0], kept->isEmpty() ? Cli::tr("(none)") : *kept)
                  << Qt::endl;
    return Success;
}

} // namespace dockside::cli
