#include "Commands.h"

#include "services/History.h"
#include "services/InspectionQueue.h"
#include "services/Regrade.h"

#include <QJsonArray>

namespace dockside::cli {

int runResolve(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("lpn"), Cli::tr("The item held for an exception."),
                                 QStringLiteral("LPN"));
    parser.addOption(userOption());
    parser.addOption(pinOption());
    parser.addOption({QStringLiteral("decision"),
                      Cli::tr("link_rma or unmatched (blind receipts); accept or deny (other exceptions)."),
                      QStringLiteral("D")});
    parser.addOption(
        {QStringLiteral("rma"), Cli::tr("The RMA to link (with link_rma)."), QStringLiteral("RMA")});
    parser.addOption({QStringLiteral("find"),
                      Cli::tr("List RMAs matching a code, tracking number or serial "
                              "instead of deciding."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("disposition"), Cli::tr("Change the disposition."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("comment"), Cli::tr("Why (required to deny)."), QStringLiteral("TEXT")});
    if (!ctx.parse(parser, Cli::tr("Resolve an exception in the inspection queue (supervisors).")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    if (parser.isSet(QStringLiteral("find"))) {
        auto station = ctx.openStation(true);
        if (!station)
            return ctx.fail(station.error());
        auto matches = InspectionQueue(**station).findRmas(parser.value(QStringLiteral("find")));
        if (!matches)
            return ctx.fail(matches.error());
        QJsonArray list;
        for (const RmaMatch& m : *matches) {
            list.append(m.toJson());
            if (!ctx.json)
                ctx.out() << QStringLiteral("%1  %2  %3  %4\n")
                                 .arg(m.rma, -16)
                                 .arg(m.status, -10)
                                 .arg(m.matchedBy, -8)
                                 .arg(m.reasonCode);
        }
        if (ctx.json)
            ctx.print({{QStringLiteral("rmas"), list}});
        ctx.out().flush();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(Cli::tr("Name exactly one LPN."));
    const auto decision = exceptionDecisionFromName(parser.value(QStringLiteral("decision")));
    if (!decision)
        return ctx.usage(Cli::tr("--decision must be link_rma, unmatched, accept or deny."));
    const auto disposition = dispositionOption(parser);
    if (!disposition)
        return ctx.usage(disposition.error().message);
    auto session = ctx.openSession(parser);
    if (!session)
        return ctx.fail(session.error());
    Station& station = *session->station;
    const User& user = session->user;
    auto result = InspectionQueue(station).resolveException(
        user, parser.positionalArguments().first(), *decision, parser.value(QStringLiteral("rma")),
        parser.value(QStringLiteral("comment")), *disposition);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json)
        ctx.print(result->toJson());
    else
        ctx.out() << QStringLiteral("%1  %2  %3\n")
                         .arg(result->lpn, -18)
                         .arg(result->status, -12)
                         .arg(result->tote);
    ctx.out().flush();
    return Success;
}

int runRegrade(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("request, list, submit or agreement"));
    parser.addPositionalArgument(QStringLiteral("lpn"), Cli::tr("The item (request, submit)."),
                                 QStringLiteral("[LPN]"));
    parser.addOption(userOption());
    parser.addOption(pinOption());
    parser.addOption({QStringLiteral("grade"), Cli::tr("The second grade: A, B, C, D or X (submit)."),
                      QStringLiteral("G")});
    parser.addOption(
        {QStringLiteral("to"), Cli::tr("Badge of the worker to ask (request)."), QStringLiteral("BADGE")});
    parser.addOption({QStringLiteral("comment"), Cli::tr("A note for the re-grader or on the grade."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("from"), Cli::tr("Agreement since (RFC 3339, default 30 days ago)."),
                      QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("until"), Cli::tr("Agreement until (RFC 3339, default now)."),
                      QStringLiteral("ISO")});
    if (!ctx.parse(parser,
                   Cli::tr("Blind re-grades: ask for one, list or do yours, or show grader agreement.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList actions{QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("submit"),
                              QStringLiteral("agreement")};
    if (!actions.contains(action))
        return ctx.usage(Cli::tr(
            "Say \"regrade request\", \"regrade list\", \"regrade submit\" or \"regrade agreement\"."));
    const bool needsLpn = action == QLatin1String("request") || action == QLatin1String("submit");
    if (positional.size() != (needsLpn ? 2 : 1))
        return ctx.usage(needsLpn ? Cli::tr("Name exactly one LPN.") : Cli::tr("This action takes no LPN."));
    std::optional<Grade> grade;
    if (action == QLatin1String("submit")) {
        grade = gradeFromName(parser.value(QStringLiteral("grade")).toUpper());
        if (!grade)
            return ctx.usage(Cli::tr("--grade must be A, B, C, D or X."));
    }
    if (action == QLatin1String("agreement")) {
        auto station = ctx.openStation(true);
        if (!station)
            return ctx.fail(station.error());
        const Millis now = (*station)->now();
        Millis from = now - 30LL * 24 * 3600 * 1000;
        Millis until = now + 1;
        for (auto [name, target] : {std::pair{"from", &from}, std::pair{"until", &until}}) {
            if (!parser.isSet(QLatin1String(name)))
                continue;
            const auto t = fromRfc3339(parser.value(QLatin1String(name)));
            if (!t)
                return ctx.usage(Cli::tr("--%1 takes an RFC 3339 time, e.g. 2026-11-01T00:00:00Z.")
                                     .arg(QLatin1String(name)));
            *target = *t;
        }
        auto figures = Regrade(**station).graderAgreement(from, until);
        if (!figures)
            return ctx.fail(figures.error());
        if (ctx.json) {
            ctx.print(figures->toJson());
        } else {
            auto line = [&](const AgreementRow& r) {
                ctx.out() << QStringLiteral("%1  %2 of %3  %4%\n")
                                 .arg(r.key.isEmpty() ? QStringLiteral("-") : r.key, -24)
                                 .arg(r.agreed)
                                 .arg(r.compared)
                                 .arg(r.rate() * 100, 0, 'f', 1);
            };
            ctx.out() << Cli::tr("All re-grades:") << '\n';
            line(figures->overall);
            ctx.out() << Cli::tr("By worker:") << '\n';
            for (const AgreementRow& r : figures->byWorker)
                line(r);
            ctx.out() << Cli::tr("By category:") << '\n';
            for (const AgreementRow& r : figures->byCategory)
                line(r);
        }
        ctx.out().flush();
        return Success;
    }
    auto session = ctx.openSession(parser, action == QLatin1String("list"));
    if (!session)
        return ctx.fail(session.error());
    Station& station = *session->station;
    const User& user = session->user;
    Regrade regrade(station);
    if (action == QLatin1String("list")) {
        auto tasks = regrade.pending(user);
        if (!tasks)
            return ctx.fail(tasks.error());
        QJsonArray list;
        for (const RegradeTask& t : *tasks) {
            list.append(t.toJson());
            if (!ctx.json)
                ctx.out() << QStringLiteral("%1  %2  %3  %4\n")
                                 .arg(t.lpn, -18)
                                 .arg(t.sku, -10)
                                 .arg(t.reason, -10)
                                 .arg(t.description);
        }
        if (ctx.json)
            ctx.print({{QStringLiteral("regrades"), list}});
        ctx.out().flush();
        return Success;
    }
    if (action == QLatin1String("request")) {
        if (Status done = regrade.request(user, positional[1], parser.value(QStringLiteral("comment")),
                                          parser.value(QStringLiteral("to")));
            !done)
            return ctx.fail(done.error());
        if (ctx.json)
            ctx.print(
                {{QStringLiteral("lpn"), positional[1].toUpper()}, {QStringLiteral("requested"), true}});
        else
            ctx.out() << Cli::tr("A second grade of %1 is requested.").arg(positional[1].toUpper()) << '\n';
        ctx.out().flush();
        return Success;
    }
    auto result = regrade.submit(user, positional[1], *grade, parser.value(QStringLiteral("comment")));
    if (!result)
        return ctx.fail(result.error());
    // The worker learns only that the grade is recorded; the comparison is the supervisor's.
    if (ctx.json)
        ctx.print({{QStringLiteral("lpn"), result->lpn}, {QStringLiteral("grade"), result->grade}});
    else
        ctx.out() << Cli::tr("Second grade %1 recorded for %2.").arg(result->grade, result->lpn) << '\n';
    ctx.out().flush();
    return Success;
}

int runHistory(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("code"), Cli::tr("An LPN, tracking number, RMA or serial."),
                                 QStringLiteral("CODE"));
    if (!ctx.parse(parser, Cli::tr("Show the timeline of an item, parcel or RMA.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(Cli::tr("Name exactly one code."));
    auto station = ctx.openStation(true);
    if (!station)
        return ctx.fail(station.error());
    auto timeline = itemHistory(**station, parser.positionalArguments().first());
    if (!timeline)
        return ctx.fail(timeline.error());
    if (ctx.json) {
        ctx.print(timeline->toJson());
    } else {
        for (const TimelineEvent& e : timeline->events)
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                             .arg(toRfc3339(e.occurredAt).left(19))
                             .arg(e.station, -8)
                             .arg(e.user, -8)
                             .arg(e.entityId, -18)
                             .arg(e.type, -24)
                             .arg(e.delivered            ? Cli::tr("at HQ")
                                  : e.deadCode.isEmpty() ? Cli::tr("pending")
                                                         : Cli::tr("refused"),
                                  -8)
                             .arg(e.summary);
    }
    ctx.out().flush();
    return Success;
}

} // namespace dockside::cli
