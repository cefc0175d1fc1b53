#include "Commands.h"

#include "scan/ScanClassifier.h"
#include "services/DemoData.h"
#include "services/IntegrityCheck.h"
#include "services/Users.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dockside::cli {

int runInit(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("station"), Cli::tr("Station code, e.g. AMS-D03."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("name"), Cli::tr("Readable station name."), QStringLiteral("TEXT")});
    if (!ctx.parse(parser, Cli::tr("Create or open the database for a station.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("init takes no arguments."));
    if (!parser.isSet(QStringLiteral("station")))
        return ctx.usage(Cli::tr("init needs --station CODE."));
    auto station = Station::init(ctx.dbPath, parser.value(QStringLiteral("station")).trimmed().toUpper(),
                                 parser.value(QStringLiteral("name")));
    if (!station)
        return ctx.fail(station.error());
    if (ctx.json)
        ctx.print({{QStringLiteral("station"), (*station)->code()},
                   {QStringLiteral("name"), (*station)->name()},
                   {QStringLiteral("db"), (*station)->databasePath()}});
    else
        ctx.out() << Cli::tr("Station %1 (%2) is ready in %3")
                         .arg((*station)->code(), (*station)->name(), (*station)->databasePath())
                  << Qt::endl;
    return Success;
}

int runUser(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Cli::tr("add, list, unlock, reset-pin or language"));
    parser.addOption({QStringLiteral("badge"), Cli::tr("Badge code, e.g. U-0017."), QStringLiteral("B")});
    parser.addOption({QStringLiteral("name"), Cli::tr("Full name."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("role"), Cli::tr("worker, supervisor or admin."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("pin"), Cli::tr("4 to 12 digits (or DOCKSIDE_PIN, or a prompt)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("language"),
                      Cli::tr("The user's language: en, de, es, pl or uk (empty: the station's)."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("user"),
                      Cli::tr("Your badge, for unlock (supervisor), reset-pin and language (admin)."),
                      QStringLiteral("BADGE")});
    parser.addOption(
        {QStringLiteral("new-pin"), Cli::tr("The new PIN, for reset-pin."), QStringLiteral("P")});
    if (!ctx.parse(parser, Cli::tr("Add or list the station's users, lift a lock-out, reset a PIN or set a "
                                   "user's language.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    const QStringList positional = parser.positionalArguments();
    static const QStringList actions{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("unlock"),
                                     QStringLiteral("reset-pin"), QStringLiteral("language")};
    if (positional.size() != 1 || !actions.contains(positional[0]))
        return ctx.usage(Cli::tr("Say \"user add\", \"user list\", \"user unlock\", \"user reset-pin\" or "
                                 "\"user language\"."));
    auto station = ctx.openStation(positional[0] == QLatin1String("list"));
    if (!station)
        return ctx.fail(station.error());
    Users users(**station);
    if (positional[0] == QLatin1String("unlock") || positional[0] == QLatin1String("reset-pin")) {
        const bool reset = positional[0] == QLatin1String("reset-pin");
        const QString badge = parser.value(QStringLiteral("badge")).trimmed().toUpper();
        if (badge.isEmpty())
            return ctx.usage(Cli::tr("Name the user with --badge BADGE."));
        if (reset && !parser.isSet(QStringLiteral("new-pin")))
            return ctx.usage(Cli::tr("user reset-pin needs --new-pin."));
        auto actor = ctx.authenticate(**station, parser);
        if (!actor)
            return ctx.fail(actor.error());
        const Status done = reset ? users.resetPin(*actor, badge, parser.value(QStringLiteral("new-pin")))
                                  : users.unlock(*actor, badge);
        if (!done)
            return ctx.fail(done.error());
        if (ctx.json)
            ctx.print(
                {{QStringLiteral("badge"), badge},
                 {QStringLiteral("done"), reset ? QStringLiteral("pin_reset") : QStringLiteral("unlocked")}});
        else
            ctx.out() << (reset ? Cli::tr("%1 has a new PIN and may log in again.").arg(badge)
                                : Cli::tr("%1 may log in again.").arg(badge))
                      << Qt::endl;
        return Success;
    }
    if (positional[0] == QLatin1String("list")) {
        QJsonArray list;
        for (const User& u : users.list()) {
            list.append(QJsonObject{{QStringLiteral("badge"), u.badge},
                                    {QStringLiteral("name"), u.name},
                                    {QStringLiteral("role"), roleName(u.role)},
                                    {QStringLiteral("language"), u.language},
                                    {QStringLiteral("active"), u.active}});
            if (!ctx.json)
                ctx.out() << QStringLiteral("%1  %2  %3  %4\n")
                                 .arg(u.badge, -10)
                                 .arg(roleName(u.role), -10)
                                 .arg(u.language.isEmpty() ? QStringLiteral("-") : u.language, -3)
                                 .arg(u.name);
        }
        if (ctx.json)
            ctx.print({{QStringLiteral("users"), list}});
        ctx.out().flush();
        return Success;
    }
    if (positional[0] == QLatin1String("language")) {
        for (const char* required : {"badge", "language"})
            if (!parser.isSet(QString::fromLatin1(required)))
                return ctx.usage(Cli::tr("user language needs --%1.").arg(QString::fromLatin1(required)));
        // The owner of the database file may set anyone's language; with --user, an admin (or the
        // user themself) signs the change with their PIN.
        User owner{0, QString(), QString(), Role::Admin, QString(), true};
        if (parser.isSet(QStringLiteral("user"))) {
            auto actor = ctx.authenticate(**station, parser);
            if (!actor)
                return ctx.fail(actor.error());
            owner = *actor;
        }
        auto changed = users.setLanguage(owner, parser.value(QStringLiteral("badge")),
                                         parser.value(QStringLiteral("language")));
        if (!changed)
            return ctx.fail(changed.error());
        if (ctx.json)
            ctx.print(
                {{QStringLiteral("user"), QJsonObject{{QStringLiteral("badge"), changed->badge},
                                                      {QStringLiteral("language"), changed->language}}}});
        else
            ctx.out() << (changed->language.isEmpty()
                              ? Cli::tr("%1 now uses the station's language.").arg(changed->name)
                              : Cli::tr("%1 now uses language %2.").arg(changed->name, changed->language))
                      << Qt::endl;
        return Success;
    }
    for (const char* required : {"badge", "name", "role"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return ctx.usage(Cli::tr("user add needs --%1.").arg(QString::fromLatin1(required)));
    const auto role = roleFromName(parser.value(QStringLiteral("role")));
    if (!role)
        return ctx.usage(Cli::tr("--role must be worker, supervisor or admin."));
    const QString pin = ctx.pin(parser);
    if (pin.isEmpty())
        return ctx.usage(Cli::tr("No PIN given: use --pin, DOCKSIDE_PIN or a terminal prompt."));
    auto user =
        users.add(nullptr, parser.value(QStringLiteral("badge")).trimmed().toUpper(),
                  parser.value(QStringLiteral("name")), *role, pin, parser.value(QStringLiteral("language")));
    if (!user)
        return ctx.fail(user.error());
    if (ctx.json)
        ctx.print({{QStringLiteral("user"), QJsonObject{{QStringLiteral("badge"), user->badge},
                                                        {QStringLiteral("name"), user->name},
                                                        {QStringLiteral("role"), roleName(user->role)},
                                                        {QStringLiteral("language"), user->language}}}});
    else
        ctx.out() << Cli::tr("Added %1 (%2) as %3.").arg(user->name, user->badge, roleLabel(user->role))
                  << Qt::endl;
    return Success;
}

int runDemo(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rmas"), Cli::tr("Number of RMAs (default: enough for the items)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("items"), Cli::tr("Items processed through the workflow (default 200)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), Cli::tr("Random seed (default 1): same seed, same data."),
                      QStringLiteral("S")});
    if (!ctx.parse(parser, Cli::tr("Load realistic demo data: catalog, RMAs, users and processed items.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    DemoOptions options;
    bool ok = true;
    auto number = [&](const char* name, qint64 fallback) {
        if (!parser.isSet(QString::fromLatin1(name)))
            return fallback;
        bool parsed = false;
        const qint64 v = parser.value(QString::fromLatin1(name)).toLongLong(&parsed);
        ok = ok && parsed && v >= 0;
        return v;
    };
    options.items = number("items", options.items);
    options.rmas = number("rmas", -1);
    options.seed = static_cast<quint32>(number("seed", options.seed));
    if (!ok || options.items > 10'000'000)
        return ctx.usage(Cli::tr("--items, --rmas and --seed take whole numbers (items at most 10000000)."));
    auto station = ctx.openStation();
    if (!station)
        return ctx.fail(station.error());
    QTextStream& progressOut = ctx.err();
    auto counts = loadDemoData(**station, options, [&](qint64 done, qint64 total) {
        if (!ctx.json)
            progressOut << QLatin1Char('\r') << Cli::tr("%1 of %2 items").arg(done).arg(total) << Qt::flush;
    });
    if (!ctx.json && options.items > 0)
        progressOut << Qt::endl;
    if (!counts)
        return ctx.fail(counts.error());
    const QJsonObject json = counts->toJson();
    if (ctx.json) {
        ctx.print(json);
    } else {
        for (auto it = json.begin(); it != json.end(); ++it)
            ctx.out() << QStringLiteral("%1: %2\n").arg(it.key(), -10).arg(it.value().toVariant().toString());
        ctx.out().flush();
    }
    return Success;
}

int runClassify(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("text"), Cli::tr("What the scanner read."));
    parser.addOption({QStringLiteral("gs"), Cli::tr("Character the scanner sends for GS (e.g. | or ~)."),
                      QStringLiteral("C")});
    if (!ctx.parse(parser, Cli::tr("Say what a scanned string is.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ctx.usage(Cli::tr("classify takes one scanned text (quote it)."));
    const QString gs = parser.value(QStringLiteral("gs"));
    if (gs.size() > 1)
        return ctx.usage(Cli::tr("--gs takes a single character."));
    const ScanResult scan = classifyScan(positional[0], gs.isEmpty() ? QChar() : gs[0]);
    const QJsonObject json = toJson(scan);
    if (ctx.json) {
        ctx.print(json);
    } else {
        ctx.out() << Cli::tr("kind: %1").arg(kindName(scan.kind)) << '\n'
                  << Cli::tr("valid: %1").arg(scan.valid ? Cli::tr("yes") : Cli::tr("no")) << '\n'
                  << Cli::tr("value: %1").arg(scan.value) << '\n';
        if (scan.carrier != Carrier::None)
            ctx.out() << Cli::tr("carrier: %1").arg(carrierName(scan.carrier)) << '\n';
        for (const Gs1Field& f : scan.fields)
            ctx.out() << QStringLiteral("(%1) %2\n").arg(f.ai, f.value);
        if (!scan.problem.isEmpty())
            ctx.out() << Cli::tr("problem: %1").arg(scan.problem) << '\n';
        ctx.out().flush();
    }
    // A scan that is not what it claims (bad check digit) is a failed classification.
    return scan.kind != ScanKind::Unknown && scan.valid ? Success : Failed;
}

int runCheck(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("full"), Cli::tr("Full integrity_check instead of quick_check (slower).")});
    if (!ctx.parse(parser, Cli::tr("Check the database's integrity and Dockside's invariants.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    auto station = ctx.openStation(true);
    if (!station)
        return ctx.fail(station.error());
    const CheckReport report = checkIntegrity(**station, parser.isSet(QStringLiteral("full")));
    if (ctx.json) {
        ctx.print(report.toJson());
    } else {
        ctx.out() << (report.ok() ? Cli::tr("OK: no problems found.") : Cli::tr("Problems found:")) << '\n';
        for (const QString& p : report.problems)
            ctx.out() << QStringLiteral("  - ") << p << '\n';
        ctx.out().flush();
    }
    return report.ok() ? Success : Failed;
}

} // namespace dockside::cli
