#include "Commands.h"

#include "labels/Labels.h"
#include "services/InspectionQueue.h"
#include "services/Receiving.h"
#include "services/Totes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dockside::cli {

QCommandLineOption userOption() {
    return {QStringLiteral("user"), Cli::tr("Your badge, e.g. U-0003."), QStringLiteral("BADGE")};
}
QCommandLineOption pinOption() {
    return {QStringLiteral("pin"), Cli::tr("Your PIN (or DOCKSIDE_PIN, or a prompt)."), QStringLiteral("P")};
}

Result<std::optional<Disposition>> dispositionOption(const QCommandLineParser& parser) {
    if (!parser.isSet(QStringLiteral("disposition")))
        return std::optional<Disposition>();
    const QString name = parser.value(QStringLiteral("disposition"));
    if (const auto disposition = dispositionFromName(name))
        return std::optional<Disposition>(*disposition);
    return Error::invalid(QStringLiteral("usage"), Cli::tr("Unknown disposition \"%1\".").arg(name));
}

namespace {

std::optional<bool> parseAnswer(const QString& text) {
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("pass"),
                                 QStringLiteral("ok"),   QStringLiteral("1"),   QStringLiteral("y")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("fail"),
                                QStringLiteral("0"), QStringLiteral("n")};
    const QString lower = text.trimmed().toLower();
    if (yes.contains(lower))
        return true;
    if (no.contains(lower))
        return false;
    return std::nullopt;
}

std::optional<int> parseGrams(const QString& text) {
    bool ok = false;
    const int grams = text.toInt(&ok);
    return ok && grams >= 0 ? std::optional<int>(grams) : std::nullopt;
}

void printOutcomeText(QTextStream& out, const ItemOutcome& item) {
    out << Cli::tr("Item %1: %2").arg(item.lpn, item.authorization) << '\n';
    if (!item.authorizationMessage.isEmpty())
        out << "  " << item.authorizationMessage << '\n';
    if (item.grade)
        out << "  " << Cli::tr("Grade %1 — %2").arg(gradeName(*item.grade), item.gradeReason) << '\n';
    if (item.disposition)
        out << "  "
            << Cli::tr("Disposition: %1 (suggested %2)")
                   .arg(dispositionLabel(*item.disposition), dispositionLabel(*item.suggested))
            << '\n';
    if (item.refund)
        out << "  "
            << Cli::tr("Refund: %1, restocking fee %2 %3 — %4")
                   .arg(refundDecisionName(item.refund->decision), item.refund->restockingFee.decimal(),
                        item.refund->restockingFee.currency, item.refund->reason)
            << '\n';
    if (!item.tote.isEmpty())
        out << "  " << Cli::tr("Put it in tote %1").arg(item.tote) << '\n';
    if (!item.queueCauses.isEmpty())
        out << "  " << Cli::tr("Sent to a supervisor: %1").arg(item.queueCauses.join(QStringLiteral(", ")))
            << '\n';
}

} // namespace

int runReceive(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption(userOption());
    parser.addOption(pinOption());
    parser.addOption({QStringLiteral("parcel"), Cli::tr("The parcel's carrier label or RMA code."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("item"),
                      Cli::tr("An item's GTIN, serial or GS1 code (repeatable), or the LPN of an "
                              "item of this parcel to inspect."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("grade"), Cli::tr("Grade A, B, C, D or X, as the worker chooses it."),
                      QStringLiteral("G")});
    parser.addOption({QStringLiteral("check"),
                      Cli::tr("A checklist answer, e.g. powers_on=yes (repeatable)."),
                      QStringLiteral("K=V")});
    parser.addOption({QStringLiteral("disposition"), Cli::tr("auto (the suggestion) or a disposition name."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("reason"), Cli::tr("Why the disposition differs from the suggestion."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("observed"), Cli::tr("What you found, e.g. no_fault_found."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("notes"), Cli::tr("Free notes on the item."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("photo"), Cli::tr("A JPEG or PNG photo of the item (repeatable)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("wipe-method"), Cli::tr("How a data-bearing item was wiped."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("weight-g"),
                      Cli::tr("Weight in grams: of each item, or of the parcel without items."),
                      QStringLiteral("N")});
    if (!ctx.parse(parser, Cli::tr("Receive a parcel and its items as a dock worker.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("Unexpected argument %1.").arg(parser.positionalArguments().first()));
    if (!parser.isSet(QStringLiteral("parcel")))
        return ctx.usage(Cli::tr("receive needs --parcel CODE."));

    ParcelRequest request;
    request.parcelCode = parser.value(QStringLiteral("parcel"));
    request.itemCodes = parser.values(QStringLiteral("item"));
    std::optional<int> weight;
    if (parser.isSet(QStringLiteral("weight-g"))) {
        weight = parseGrams(parser.value(QStringLiteral("weight-g")));
        if (!weight)
            return ctx.usage(Cli::tr("--weight-g takes a whole number of grams."));
    }
    Inspection inspection;
    bool inspect = false;
    if (parser.isSet(QStringLiteral("grade"))) {
        inspection.grade = gradeFromName(parser.value(QStringLiteral("grade")).trimmed().toUpper());
        if (!inspection.grade)
            return ctx.usage(Cli::tr("--grade must be A, B, C, D or X."));
        inspect = true;
    }
    for (const QString& check : parser.values(QStringLiteral("check"))) {
        const qsizetype eq = check.indexOf(QLatin1Char('='));
        const auto answer = eq > 0 ? parseAnswer(check.mid(eq + 1)) : std::nullopt;
        if (!answer)
            return ctx.usage(Cli::tr("--check takes KEY=yes or KEY=no, not \"%1\".").arg(check));
        inspection.checks.insert(check.left(eq).trimmed(), *answer);
        inspect = true;
    }
    const QString disposition = parser.value(QStringLiteral("disposition"));
    if (!disposition.isEmpty() && disposition != QLatin1String("auto")) {
        inspection.disposition = dispositionFromName(disposition);
        if (!inspection.disposition)
            return ctx.usage(Cli::tr("Unknown disposition \"%1\".").arg(disposition));
    }
    inspection.overrideReason = parser.value(QStringLiteral("reason"));
    inspection.observedReason = parser.value(QStringLiteral("observed"));
    inspection.notes = parser.value(QStringLiteral("notes"));
    inspection.photoFiles = parser.values(QStringLiteral("photo"));
    inspection.wipeMethod = parser.value(QStringLiteral("wipe-method"));
    if (!inspect &&
        (inspection.disposition || !inspection.photoFiles.isEmpty() || !inspection.observedReason.isEmpty()))
        return ctx.usage(Cli::tr("Grade the items (--grade or --check) to decide them."));
    if (inspect && request.itemCodes.isEmpty())
        return ctx.usage(Cli::tr("--grade and --check need at least one --item."));
    if (request.itemCodes.isEmpty()) {
        request.parcelWeightG = weight;
    } else if (inspect) {
        inspection.weightG = weight;
        request.inspection = inspection;
    } else if (weight) {
        return ctx.usage(
            Cli::tr("An item's --weight-g is recorded when it is graded; add --grade or --check."));
    }

    auto session = ctx.openSession(parser);
    if (!session)
        return ctx.fail(session.error());
    Station& station = *session->station;
    const User& user = session->user;
    Receiving receiving(station, user);
    auto receipt = receiving.receive(request);
    if (!receipt)
        return ctx.fail(receipt.error());
    if (ctx.json) {
        QJsonArray items;
        for (const ItemOutcome& item : receipt->items)
            items.append(item.toJson());
        ctx.print({{QStringLiteral("parcel"), receipt->parcel.toJson()}, {QStringLiteral("items"), items}});
    } else {
        QTextStream& out = ctx.out();
        out << Cli::tr("Parcel %1: %2")
                   .arg(receipt->parcel.tracking, receipt->parcel.message.isEmpty()
                                                      ? receipt->parcel.authorization
                                                      : receipt->parcel.message)
            << '\n';
        for (const ItemOutcome& item : receipt->items)
            printOutcomeText(out, item);
        out.flush();
    }
    return Success;
}

int runQueue(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("status"), Cli::tr("open (default), approved, rejected or all."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("cause"),
                      Cli::tr("override, high_value, exception, fraud_flag or blind_receipt."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("search"),
                      Cli::tr("LPN, tracking, RMA, serial or SKU (end with * for a prefix)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("grade"), Cli::tr("A, B, C, D or X."), QStringLiteral("G")});
    parser.addOption(
        {QStringLiteral("disposition"), Cli::tr("The item's disposition."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("category"),
                      Cli::tr("A product category or a parent of it, e.g. electronics."),
                      QStringLiteral("CAT")});
    parser.addOption({QStringLiteral("worker"), Cli::tr("Badge of the worker who received the item."),
                      QStringLiteral("BADGE")});
    parser.addOption({QStringLiteral("min-value"), Cli::tr("Unit value at least, e.g. 100.00."),
                      QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("max-value"), Cli::tr("Unit value at most."), QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("older-than"), Cli::tr("Queued at least this many hours ago."),
                      QStringLiteral("HOURS")});
    parser.addOption({QStringLiteral("newer-than"), Cli::tr("Queued at most this many hours ago."),
                      QStringLiteral("HOURS")});
    parser.addOption({QStringLiteral("sort"),
                      Cli::tr("queued_at (default), value, grade, cause, disposition, "
                              "category or worker."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("desc"), Cli::tr("Sort descending.")});
    parser.addOption({QStringLiteral("limit"), Cli::tr("Rows per page (default 50)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("offset"), Cli::tr("Rows to skip (default 0)."), QStringLiteral("N")});
    if (!ctx.parse(parser, Cli::tr("List the supervisor's inspection queue.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    QueueFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = parser.value(QStringLiteral("status"));
        if (filter.status == QLatin1String("all"))
            filter.status.clear();
        else if (!QStringList{QStringLiteral("open"), QStringLiteral("approved"), QStringLiteral("rejected")}
                      .contains(filter.status))
            return ctx.usage(Cli::tr("--status must be open, approved, rejected or all."));
    }
    filter.cause = parser.value(QStringLiteral("cause"));
    filter.search = parser.value(QStringLiteral("search"));
    filter.grade = parser.value(QStringLiteral("grade")).toUpper();
    filter.disposition = parser.value(QStringLiteral("disposition"));
    filter.category = parser.value(QStringLiteral("category"));
    filter.worker = parser.value(QStringLiteral("worker"));
    if (parser.isSet(QStringLiteral("sort")))
        filter.sort = parser.value(QStringLiteral("sort"));
    filter.descending = parser.isSet(QStringLiteral("desc"));
    for (const char* name : {"min-value", "max-value"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const auto amount = Money::parse(parser.value(QLatin1String(name)), Money::kNoCurrency);
        if (!amount || amount->minor < 0)
            return ctx.usage(Cli::tr("--%1 takes an amount such as 100 or 99.50.").arg(QLatin1String(name)));
        (qstrcmp(name, "min-value") == 0 ? filter.minValue : filter.maxValue) = amount->minor;
    }
    bool ok = true;
    for (const char* name : {"older-than", "newer-than"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const int hours = parser.value(QLatin1String(name)).toInt(&ok);
        if (!ok || hours < 0)
            return ctx.usage(Cli::tr("--%1 takes a whole number of hours.").arg(QLatin1String(name)));
        (qstrcmp(name, "older-than") == 0 ? filter.minAgeHours : filter.maxAgeHours) = hours;
    }
    if (parser.isSet(QStringLiteral("limit")))
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (ok && parser.isSet(QStringLiteral("offset")))
        filter.offset = parser.value(QStringLiteral("offset")).toInt(&ok);
    if (!ok || filter.limit < 1 || filter.limit > 10000 || filter.offset < 0)
        return ctx.usage(Cli::tr("--limit takes a whole number from 1 to 10000, --offset one from 0."));
    if (Status valid = filter.validate(); !valid)
        return ctx.usage(valid.error().message);
    auto station = ctx.openStation(true);
    if (!station)
        return ctx.fail(station.error());
    auto page = InspectionQueue(**station).list(filter);
    if (!page)
        return ctx.fail(page.error());
    if (ctx.json) {
        QJsonArray items;
        for (const QueueEntry& e : page->items)
            items.append(e.toJson());
        ctx.print({{QStringLiteral("total"), page->total}, {QStringLiteral("items"), items}});
    } else {
        ctx.out() << Cli::tr("%n item(s) in the queue", nullptr, static_cast<int>(page->total)) << '\n';
        for (const QueueEntry& e : page->items)
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5 %6\n")
                             .arg(e.lpn, -18)
                             .arg(e.cause, -14)
                             .arg(toRfc3339(e.createdAt).left(16))
                             .arg(e.sku, -10)
                             .arg(e.value.decimal(), e.value.currency);
        ctx.out().flush();
    }
    return Success;
}

namespace {

int runDecision(CliContext& ctx, bool approve) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("lpn"), Cli::tr("Items to decide."),
                                 QStringLiteral("LPN..."));
    parser.addOption(userOption());
    parser.addOption(pinOption());
    parser.addOption(
        {QStringLiteral("disposition"), Cli::tr("Change the disposition."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("comment"),
                      approve ? Cli::tr("Why (optional).") : Cli::tr("Why it is rejected (required)."),
                      QStringLiteral("TEXT")});
    if (!ctx.parse(parser, approve ? Cli::tr("Approve queued items (supervisors).")
                                   : Cli::tr("Reject queued items (supervisors).")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    const QStringList lpns = parser.positionalArguments();
    if (lpns.isEmpty())
        return ctx.usage(Cli::tr("Name at least one LPN."));
    const auto disposition = dispositionOption(parser);
    if (!disposition)
        return ctx.usage(disposition.error().message);
    const QString comment = parser.value(QStringLiteral("comment"));
    auto session = ctx.openSession(parser);
    if (!session)
        return ctx.fail(session.error());
    Station& station = *session->station;
    const User& user = session->user;
    InspectionQueue queue(station);
    auto results = approve ? queue.approve(user, lpns, *disposition, comment)
                           : queue.reject(user, lpns, *disposition, comment);
    if (!results)
        return ctx.fail(results.error());
    const bool allOk =
        std::all_of(results->cbegin(), results->cend(), [](const QueueDecision& d) { return d.ok; });
    if (ctx.json) {
        QJsonArray list;
        for (const QueueDecision& d : *results)
            list.append(d.toJson());
        QJsonObject json{{QStringLiteral("results"), list}, {QStringLiteral("ok"), allOk}};
        if (!allOk)
            json.insert(QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("not_all_decided")},
                                    {QStringLiteral("message"),
                                     Cli::tr("Nothing was changed: not every item can be decided.")}});
        ctx.print(json);
    } else {
        for (const QueueDecision& d : *results)
            ctx.out() << QStringLiteral("%1  %2  %3\n")
                             .arg(d.lpn, -18)
                             .arg(d.status, -12)
                             .arg(d.ok ? d.tote : d.message);
        ctx.out().flush();
    }
    if (!allOk) {
        ctx.err() << Cli::tr("dockside-cli: Nothing was changed: not every item can be decided.") << Qt::endl;
        return Failed;
    }
    return Success;
}

} // namespace

int runApprove(CliContext& ctx) {
    return runDecision(ctx, true);
}
int runReject(CliContext& ctx) {
    return runDecision(ctx, false);
}

int runTote(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("list or close"),
                                 QStringLiteral("list|close"));
    parser.addPositionalArgument(QStringLiteral("tote"), Cli::tr("The tote to close."),
                                 QStringLiteral("[TOTE]"));
    parser.addOption({QStringLiteral("all"), Cli::tr("Also list closed totes.")});
    parser.addOption(userOption());
    parser.addOption(pinOption());
    parser.addOption(
        {QStringLiteral("partner"), Cli::tr("Who takes a recycle or destroy tote."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("certificate"), Cli::tr("The partner's certificate reference."),
                      QStringLiteral("REF")});
    if (!ctx.parse(parser, Cli::tr("List or close totes.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("list") && positional.size() == 1) {
        auto station = ctx.openStation(true);
        if (!station)
            return ctx.fail(station.error());
        const QList<ToteInfo> totes = Totes(**station).list(parser.isSet(QStringLiteral("all")));
        if (ctx.json) {
            QJsonArray list;
            for (const ToteInfo& t : totes)
                list.append(t.toJson());
            ctx.print({{QStringLiteral("totes"), list}});
        } else {
            for (const ToteInfo& t : totes)
                ctx.out() << QStringLiteral("%1  %2  %3  %4  %5 kg\n")
                                 .arg(t.code, -10)
                                 .arg(t.disposition, -17)
                                 .arg(t.status, -7)
                                 .arg(Cli::tr("%n item(s)", nullptr, t.itemCount), -10)
                                 .arg(static_cast<double>(t.weightG) / 1000.0, 0, 'f', 1);
            ctx.out().flush();
        }
        return Success;
    }
    if (action == QLatin1String("manifest") && positional.size() == 2) {
        if (!parser.isSet(QStringLiteral("out")))
            return ctx.usage(Cli::tr("tote manifest needs --out FILE.pdf."));
        auto station = ctx.openStation(true);
        if (!station)
            return ctx.fail(station.error());
        Totes totes(**station);
        auto tote = totes.find(positional[1]);
        if (!tote)
            return ctx.fail(tote.error());
        if (Status written = LabelRenderer::writeManifestPdf(
                parser.value(QStringLiteral("out")), (*station)->code(), *tote, totes.manifest(tote->code));
            !written)
            return ctx.fail(written.error());
        if (ctx.json)
            ctx.print({{QStringLiteral("tote"), tote->toJson()},
                       {QStringLiteral("manifest"), parser.value(QStringLiteral("out"))}});
        return Success;
    }
    if (action != QLatin1String("close") || positional.size() != 2)
        return ctx.usage(
            Cli::tr("Say \"tote list\", \"tote close TOTE\" or \"tote manifest TOTE --out FILE.pdf\"."));
    auto session = ctx.openSession(parser);
    if (!session)
        return ctx.fail(session.error());
    Station& station = *session->station;
    const User& user = session->user;
    Totes totes(station);
    auto closed = totes.close(user, positional[1], parser.value(QStringLiteral("partner")),
                              parser.value(QStringLiteral("certificate")));
    if (!closed)
        return ctx.fail(closed.error());
    const QString manifest = parser.value(QStringLiteral("manifest"));
    if (!manifest.isEmpty())
        if (Status written = LabelRenderer::writeManifestPdf(manifest, station.code(), *closed,
                                                             totes.manifest(closed->code));
            !written) {
            ctx.err() << Cli::tr("dockside-cli: tote %1 is closed, but its manifest could not be written; "
                                 "print it again "
                                 "with \"tote manifest %1 --out FILE.pdf\".")
                             .arg(closed->code)
                      << Qt::endl;
            return ctx.fail(written.error());
        }
    if (ctx.json)
        ctx.print({{QStringLiteral("tote"), closed->toJson()},
                   {QStringLiteral("manifest"), manifest.isEmpty() ? QJsonValue() : QJsonValue(manifest)}});
    else
        ctx.out() << Cli::tr("Tote %1 closed: %n item(s).", nullptr, closed->itemCount).arg(closed->code)
                  << Qt::endl;
    return Success;
}

} // namespace dockside::cli
