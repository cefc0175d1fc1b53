#include "Commands.h"

#include "sync/SyncClient.h"

#include <QJsonArray>

namespace dockside::cli {

namespace {

int deadLetterCommand(CliContext& ctx, const QCommandLineParser& parser) {
    auto station = ctx.openStation();
    if (!station)
        return ctx.fail(station.error());
    Database& db = (*station)->db();
    if (parser.isSet(QStringLiteral("dead-letters"))) {
        auto letters = SyncClient::deadLetters(db);
        if (!letters)
            return ctx.fail(letters.error());
        QJsonArray list;
        for (const DeadLetter& d : std::as_const(*letters)) {
            list.append(
                QJsonObject{{QStringLiteral("seq"), d.seq},
                            {QStringLiteral("type"), d.type},
                            {QStringLiteral("entity"), QJsonObject{{QStringLiteral("kind"), d.entityKind},
                                                                   {QStringLiteral("id"), d.entityId}}},
                            {QStringLiteral("code"), d.code},
                            {QStringLiteral("message"), d.message},
                            {QStringLiteral("held_back"), d.heldBack}});
            if (!ctx.json)
                ctx.out() << Cli::tr("%1  %2  %3 %4  %5: %6 (%n later event(s) held back)", nullptr,
                                     static_cast<int>(d.heldBack))
                                 .arg(d.seq)
                                 .arg(d.type, d.entityKind, d.entityId, d.code, d.message)
                          << Qt::endl;
        }
        if (ctx.json)
            ctx.print({{QStringLiteral("dead_letters"), list}});
        return Success;
    }
    // Resolving a dead letter changes what reaches HQ: a supervisor's decision.
    auto user = ctx.authenticate(**station, parser);
    if (!user)
        return ctx.fail(user.error());
    const bool requeue = parser.isSet(QStringLiteral("requeue"));
    const QString value = parser.value(requeue ? QStringLiteral("requeue") : QStringLiteral("release"));
    bool ok = false;
    const qint64 seq = value.toLongLong(&ok);
    if (!ok)
        return ctx.usage(Cli::tr("\"%1\" is not an event number.").arg(value));
    const Status done = requeue ? SyncClient::requeueDeadLetter(db, *user, seq)
                                : SyncClient::releaseDeadLetter(db, *user, seq);
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json)
        ctx.print({{QStringLiteral("seq"), seq},
                   {QStringLiteral("resolved"),
                    requeue ? QStringLiteral("requeued") : QStringLiteral("released")}});
    else
        ctx.out()
            << (requeue
                    ? Cli::tr("Event %1 will be sent again at the next sync.").arg(seq)
                    : Cli::tr("Event %1 stays dead; the later events of its entity will be sent.").arg(seq))
            << Qt::endl;
    return Success;
}

} // namespace

int runSync(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("hq"),
                      Cli::tr("HQ base URL (else DOCKSIDE_HQ_URL, else the hq_url setting)."),
                      Cli::tr("URL")});
    parser.addOption({QStringLiteral("token"),
                      Cli::tr("Station token (else DOCKSIDE_HQ_TOKEN, else the hq_token setting)."),
                      Cli::tr("T")});
    parser.addOption(
        {QStringLiteral("force"), Cli::tr("Sync now even while waiting after earlier failures.")});
    parser.addOption({QStringLiteral("timeout"), Cli::tr("Give up on one request after this many seconds."),
                      Cli::tr("SECONDS")});
    parser.addOption({QStringLiteral("dead-letters"), Cli::tr("List the events HQ rejected.")});
    parser.addOption(
        {QStringLiteral("requeue"), Cli::tr("Send a rejected event again (supervisor)."), Cli::tr("SEQ")});
    parser.addOption(
        {QStringLiteral("release"),
         Cli::tr("Give up on a rejected event and let its entity's later events go (supervisor)."),
         Cli::tr("SEQ")});
    parser.addOption({QStringLiteral("user"), Cli::tr("Supervisor badge, for --requeue and --release."),
                      Cli::tr("BADGE")});
    parser.addOption({QStringLiteral("pin"), Cli::tr("PIN (else DOCKSIDE_PIN or a prompt)."), Cli::tr("P")});
    if (!ctx.parse(parser, Cli::tr("One sync run with head office: photos, events, RMAs, catalog, policy.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("sync takes no arguments."));
    if (parser.isSet(QStringLiteral("dead-letters")) || parser.isSet(QStringLiteral("requeue")) ||
        parser.isSet(QStringLiteral("release")))
        return deadLetterCommand(ctx, parser);

    SyncOptions options;
    // Option beats environment beats stored setting (the client falls back to the settings).
    options.hqUrl = parser.isSet(QStringLiteral("hq")) ? parser.value(QStringLiteral("hq"))
                                                       : qEnvironmentVariable("DOCKSIDE_HQ_URL");
    options.token = parser.isSet(QStringLiteral("token")) ? parser.value(QStringLiteral("token"))
                                                          : qEnvironmentVariable("DOCKSIDE_HQ_TOKEN");
    options.respectBackoff = !parser.isSet(QStringLiteral("force"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return ctx.usage(Cli::tr("--timeout needs a number of seconds."));
        options.deadlineMs = static_cast<int>(seconds * 1000);
        options.transferTimeoutMs = std::min(options.transferTimeoutMs, options.deadlineMs);
    }

    SyncClient client(ctx.dbPath);
    auto summary = client.run(options);
    if (!summary) {
        const int code = ctx.fail(summary.error());
        // A missing or unsafe HQ address is configuration, not a failed operation.
        return summary.error().kind == ErrorKind::Invalid ? Usage : code;
    }
    for (const QString& warning : std::as_const(summary->warnings))
        ctx.err() << Cli::tr("dockside-cli: warning: %1").arg(warning) << Qt::endl;
    if (ctx.json) {
        ctx.print(summary->toJson());
    } else {
        ctx.out() << Cli::tr("Pushed %1 events (%2 already at HQ, %3 rejected); %4 pending.")
                         .arg(summary->pushed)
                         .arg(summary->duplicates)
                         .arg(summary->rejected)
                         .arg(summary->pending)
                  << Qt::endl
                  << Cli::tr("Pulled %1 RMAs and %2 products; policy %3.")
                         .arg(summary->pulledRmas)
                         .arg(summary->pulledCatalog)
                         .arg(summary->pulledPolicy ? Cli::tr("updated") : Cli::tr("unchanged"))
                  << Qt::endl;
    }
    return Success;
}

} // namespace dockside::cli
