#include "services/Reports.h"

#include "store/ReportFacts.h"

#include "domain/Types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <vector>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

struct Sum {
    qint64 n = 0;
    qint64 amount = 0;
};
using Sums = std::map<QString, Sum>;

// Everything the summary rows of the period add up to, per figure and key.
struct Totals {
    std::map<QString, Sums> figures;
    std::map<qint64, qint64> receivedPerDay; // UTC day number -> items
    std::map<QString, qint64> activeHours;   // worker id -> hours with at least one item
    const Sums& operator[](const char* figure) const {
        static const Sums none;
        const auto it = figures.find(QString::fromLatin1(figure));
        return it == figures.end() ? none : it->second;
    }
    void add(qint64 day, const QString& figure, const QString& key, qint64 n, qint64 amount) {
        if (n == 0 && amount == 0)
            return;
        Sum& sum = figures[figure][key];
        sum.n += n;
        sum.amount += amount;
        if (figure == QLatin1String("received"))
            receivedPerDay[day] += n;
        else if (figure == QLatin1String("worker_hour") && n > 0)
            ++activeHours[key.section(QLatin1Char(':'), 0, 0)];
    }
};

void readRows(Statement& s, Totals& totals) {
    while (s.step())
        totals.add(s.int64(0), s.text(1), s.text(2), s.int64(3), s.int64(4));
}

// The figures of the items received in [a, b), a part of UTC day `day`. Whichever side of the
// day holds fewer items goes through the view (the costly part, ~30 us per item): the period's own items, or
// the day's summary minus the items outside the period. A period ending now thus reads today from the summary
// alone (nothing was received after now), and no partial day costs more than half a day of items. The rows
// are summed per key before they count, as a whole day's summary rows are.
void collectPartialDay(Database& db, qint64 day, Millis a, Millis b, Totals& totals) {
    const Millis dayStart = day * kMillisPerDay;
    const Millis dayEnd = dayStart + kMillisPerDay;
    auto itemsIn = [&](Millis x, Millis y) -> qint64 {
        if (x >= y)
            return 0;
        Statement& s = db.cached("SELECT count(*) FROM items WHERE received_at >= ? AND received_at < ?");
        s.bindAll(x, y);
        const qint64 n = s.step() ? s.int64(0) : 0;
        s.reset();
        return n;
    };
    std::map<std::pair<QString, QString>, Sum> sums;
    auto add = [&](Statement& s, qint64 sign) {
        while (s.step()) {
            if (s.isNull(1))
                continue; // a figure the item does not count in
            Sum& sum = sums[{s.text(0), s.text(1)}];
            sum.n += sign * s.int64(2);
            sum.amount += sign * s.int64(3);
        }
    };
    // Not a GROUP BY in SQL: sorting ~23 rows per item costs more than computing them, and a
    // flattened view would compute each key again for the grouping.
    auto addItems = [&](Millis x, Millis y, qint64 sign) {
        if (x >= y)
            return;
        Statement s = db.prepare("SELECT figure, key, n, amount FROM report_item_facts WHERE received_at >= "
                                 "? AND received_at < ?");
        s.bindAll(x, y);
        add(s, sign);
    };
    if (itemsIn(a, b) <= itemsIn(dayStart, a) + itemsIn(b, dayEnd)) {
        addItems(a, b, 1);
    } else {
        Statement summary = db.prepare("SELECT figure, key, n, amount FROM report_facts WHERE day = ?");
        summary.bindAll(day);
        add(summary, 1);
        addItems(dayStart, a, -1);
        addItems(b, dayEnd, -1);
    }
    for (const auto& [figureKey, sum] : sums)
        totals.add(day, figureKey.first, figureKey.second, sum.n, sum.amount);
}

void collect(Database& db, Millis from, Millis to, Totals& totals) {
    if (from >= to)
        return;
    // Whole days from the summary: ~1,700 rows a busy day instead of ~11,000 items.
    const qint64 firstFullDay = (from + kMillisPerDay - 1) / kMillisPerDay;
    const qint64 endFullDay = to / kMillisPerDay; // exclusive
    if (firstFullDay < endFullDay) {
        // Summed in SQL per figure and key (a few thousand rows out of ~150k for 90 busy days);
        // only the figures that need their days come row by row. The day passed with sums is unused.
        Statement sums =
            db.prepare("SELECT 0, figure, key, sum(n), sum(amount) FROM report_facts WHERE day >= ? AND "
                       "day < ? AND figure NOT IN ('received', 'worker_hour') GROUP BY figure, key");
        sums.bindAll(firstFullDay, endFullDay);
        readRows(sums, totals);
        Statement days =
            db.prepare("SELECT day, figure, key, n, amount FROM report_facts WHERE day >= ? AND day < ? "
                       "AND figure IN ('received', 'worker_hour') AND n != 0");
        days.bindAll(firstFullDay, endFullDay);
        readRows(days, totals);
    }
    // The partial days at either end (one, when the period lies within a day).
    const qint64 firstDay = from / kMillisPerDay;
    const qint64 lastDay = (to - 1) / kMillisPerDay;
    for (const qint64 day : {firstDay, lastDay}) {
        if (day < firstFullDay || day >= endFullDay) // whole days were counted above
            collectPartialDay(db, day, std::max(from, day * kMillisPerDay),
                              std::min(to, (day + 1) * kMillisPerDay), totals);
        if (firstDay == lastDay)
            break;
    }
}

QJsonObject countsJson(const Sums& sums) {
    QJsonObject json;
    for (const auto& [key, sum] : sums)
        if (sum.n != 0)
            json.insert(key, sum.n);
    return json;
}

QJsonObject amountsJson(const Sums& sums, const QString& currency) {
    QJsonObject json;
    for (const auto& [key, sum] : sums)
        if (sum.n != 0)
            json.insert(key, Money{sum.amount, currency}.toJson());
    return json;
}

double rate(qint64 part, qint64 whole) {
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

double rounded(double value, int decimals = 3) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// The width of a duration bucket starting at `lower` minutes (see migration 7 in store/Schema.cpp).
qint64 bucketWidth(qint64 lower) {
    return lower < 60 ? 1 : lower < 1440 ? 15 : 60;
}

// Percentile of durations held as minute buckets: the rank p*(n-1) (nearest), placed evenly
// inside its bucket.
double percentileMinutes(const Sums& buckets, double p) {
    std::vector<std::pair<qint64, qint64>> sorted; // lower bound, count
    qint64 total = 0;
    for (const auto& [key, sum] : buckets)
        if (sum.n > 0) {
            sorted.emplace_back(key.toLongLong(), sum.n);
            total += sum.n;
        }
    if (total == 0)
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<qint64>(std::llround(p * static_cast<double>(total - 1)));
    qint64 seen = 0;
    for (const auto& [lower, count] : sorted) {
        if (rank < seen + count)
            return static_cast<double>(lower) + static_cast<double>(bucketWidth(lower)) *
                                                    (static_cast<double>(rank - seen) + 0.5) /
                                                    static_cast<double>(count);
        seen += count;
    }
    return static_cast<double>(sorted.back().first);
}

QJsonObject durationJson(const Sums& buckets) {
    qint64 items = 0;
    for (const auto& [key, sum] : buckets)
        items += sum.n;
    return {{QStringLiteral("items"), items},
            {QStringLiteral("median"), rounded(percentileMinutes(buckets, 0.5), 1)},
            {QStringLiteral("p90"), rounded(percentileMinutes(buckets, 0.9), 1)}};
}

// Keys of `sums` by descending count, then key.
QStringList ranked(const Sums& sums) {
    std::vector<std::pair<qint64, QString>> order;
    for (const auto& [key, sum] : sums)
        if (sum.n > 0)
            order.emplace_back(-sum.n, key);
    std::sort(order.begin(), order.end());
    QStringList keys;
    for (const auto& entry : order)
        keys.append(entry.second);
    return keys;
}

} // namespace

Result<Report> buildReport(Station& station, Millis from, Millis to, const ReportOptions& options) {
    Report report;
    report.from = from;
    report.to = to;
    const QString currency = station.policy().currency();
    try {
        Database& db = station.db();
        Totals t;
        collect(db, from, to, t);

        std::map<QString, QString> badges; // user id -> badge
        Statement users = db.prepare("SELECT id, badge FROM users");
        while (users.step())
            badges[users.text(0)] = users.text(1);
        auto describe = [&](const QString& sku) {
            Statement& s = db.cached("SELECT description FROM products WHERE sku = ?");
            s.bind(1, sku);
            const QString description = s.step() ? s.text(0) : QString();
            s.reset();
            return description;
        };

        qint64 received = 0, decided = 0, totalRecovery = 0, fees = 0;
        for (const auto& [key, sum] : t["received"])
            received += sum.n;
        for (const auto& [key, sum] : t["grade"])
            decided += sum.n;
        for (const auto& [key, sum] : t["disposition"])
            totalRecovery += sum.amount;
        for (const auto& [key, sum] : t["refund"])
            fees += sum.amount;

        // Every day of the period, quiet days included, so the chart's axis is continuous.
        QJsonObject perDay;
        for (qint64 day = from / kMillisPerDay; day * kMillisPerDay < to; ++day) {
            const auto it = t.receivedPerDay.find(day);
            perDay.insert(
                QDateTime::fromMSecsSinceEpoch(day * kMillisPerDay, Qt::UTC).date().toString(Qt::ISODate),
                it == t.receivedPerDay.end() ? 0 : it->second);
        }

        qint64 stated = 0;
        for (const auto& [key, sum] : t["stated"])
            stated += sum.n;
        QJsonArray topReasons;
        for (const QString& reason : ranked(t["stated"]).mid(0, options.top))
            topReasons.append(
                QJsonObject{{QStringLiteral("reason"), reason},
                            {QStringLiteral("items"), t["stated"].at(reason).n},
                            {QStringLiteral("share"), rounded(rate(t["stated"].at(reason).n, stated))}});

        QJsonArray topSkus;
        for (const QString& sku : ranked(t["sku"]).mid(0, options.top))
            topSkus.append(
                QJsonObject{{QStringLiteral("sku"), sku},
                            {QStringLiteral("description"), describe(sku)},
                            {QStringLiteral("returns"), t["sku"].at(sku).n},
                            {QStringLiteral("share"), rounded(rate(t["sku"].at(sku).n, received))}});

        // Rates per SKU among the SKUs with enough graded returns to mean something.
        auto rated = [&](const Sums& part, const Sums& whole, const QString& partName,
                         const QString& wholeName) {
            std::vector<std::tuple<double, qint64, QString>> order;
            for (const auto& [sku, sum] : whole) {
                if (sum.n < options.minReturnsForRate)
                    continue;
                const auto it = part.find(sku);
                const qint64 count = it == part.end() ? 0 : it->second.n;
                if (count == 0)
                    continue; // a top list of rates lists the SKUs that have some
                order.emplace_back(-rate(count, sum.n), -sum.n, sku);
            }
            std::sort(order.begin(), order.end());
            QJsonArray list;
            for (const auto& [negRate, negWhole, sku] : order) {
                if (list.size() >= options.top)
                    break;
                const auto it = part.find(sku);
                list.append(QJsonObject{{QStringLiteral("sku"), sku},
                                        {QStringLiteral("description"), describe(sku)},
                                        {wholeName, -negWhole},
                                        {partName, it == part.end() ? 0 : it->second.n},
                                        {QStringLiteral("rate"), rounded(-negRate)}});
            }
            return list;
        };
        qint64 statedDefective = 0, noFaultFound = 0;
        for (const auto& [sku, sum] : t["sku_stated_defective"])
            statedDefective += sum.n;
        for (const auto& [sku, sum] : t["sku_no_fault_found"])
            noFaultFound += sum.n;

        QJsonObject statedVsObserved;
        for (const auto& [pair, sum] : t["reason_pair"]) {
            if (sum.n == 0)
                continue;
            const QString statedReason = pair.section(QLatin1Char('>'), 0, 0);
            QJsonObject row = statedVsObserved.value(statedReason).toObject();
            row.insert(pair.section(QLatin1Char('>'), 1), sum.n);
            statedVsObserved.insert(statedReason, row);
        }

        QJsonObject unitsPerHour;
        for (const auto& [worker, sum] : t["worker_units"]) {
            const qint64 hours = t.activeHours.count(worker) ? t.activeHours.at(worker) : 0;
            unitsPerHour.insert(badges.count(worker) ? badges.at(worker) : worker,
                                QJsonObject{{QStringLiteral("units"), sum.n},
                                            {QStringLiteral("active_hours"), hours},
                                            {QStringLiteral("per_hour"), rounded(rate(sum.n, hours), 1)}});
        }
        QJsonObject consistency;
        for (const auto& [worker, sum] : t["review"]) {
            if (sum.n == 0)
                continue;
            const auto it = t["review_changed"].find(worker);
            const qint64 changed = it == t["review_changed"].end() ? 0 : it->second.n;
            consistency.insert(badges.count(worker) ? badges.at(worker) : worker,
                               QJsonObject{{QStringLiteral("reviewed"), sum.n},
                                           {QStringLiteral("changed"), changed},
                                           {QStringLiteral("rate"), rounded(rate(changed, sum.n))}});
        }

        // The open queue now, whatever the period: how long items have been waiting.
        const Millis now = station.now();
        std::vector<qint64> ages;
        Statement q = db.prepare("SELECT created_at FROM queue WHERE status = 'open' ORDER BY created_at");
        while (q.step())
            ages.push_back(std::max<qint64>(0, now - q.int64(0)));
        const qint64 hour = 3600 * 1000;
        const std::pair<const char*, qint64> ageBuckets[] = {{"under_1h", hour},
                                                             {"1h_4h", 4 * hour},
                                                             {"4h_24h", 24 * hour},
                                                             {"1d_3d", 72 * hour},
                                                             {"over_3d", -1}};
        QJsonObject ageCounts;
        for (const auto& [name, limit] : ageBuckets)
            ageCounts.insert(QLatin1String(name), 0);
        for (const qint64 age : ages)
            for (const auto& [name, limit] : ageBuckets)
                if (limit < 0 || age < limit) {
                    ageCounts.insert(QLatin1String(name), ageCounts.value(QLatin1String(name)).toInt() + 1);
                    break;
                }
        // ages are sorted oldest first (ascending created_at)
        const double medianAge =
            ages.empty() ? 0.0 : static_cast<double>(ages[(ages.size() - 1) / 2]) / 60000.0;
        Statement causes =
            db.prepare("SELECT cause, count(*) FROM queue WHERE status = 'open' GROUP BY cause");
        QJsonObject queueOpen;
        while (causes.step())
            queueOpen.insert(causes.text(0), causes.int64(1));

        QJsonObject ledger;
        qint64 finalG = 0, destroyedG = 0;
        for (const auto& [outcome, sum] : t["ledger_g"]) {
            if (sum.n == 0)
                continue;
            ledger.insert(outcome, static_cast<double>(sum.amount) / 1000.0);
            if (outcome == QLatin1String("held"))
                continue; // quarantined: no outcome yet
            finalG += sum.amount;
            if (outcome == QLatin1String("destroyed"))
                destroyedG += sum.amount;
        }

        report.figures = {
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("from"), toRfc3339(from)}, {QStringLiteral("to"), toRfc3339(to)}}},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("received"), received},
            {QStringLiteral("decided"), decided},
            {QStringLiteral("received_per_day"), perDay},
            {QStringLiteral("status_mix"), countsJson(t["status"])},
            {QStringLiteral("grade_mix"), countsJson(t["grade"])},
            {QStringLiteral("disposition_mix"), countsJson(t["disposition"])},
            {QStringLiteral("overrides"), countsJson(t["override"])},
            {QStringLiteral("refund_mix"), countsJson(t["refund"])},
            {QStringLiteral("restocking_fees"), Money{fees, currency}.toJson()},
            {QStringLiteral("stated_reasons"), countsJson(t["stated"])},
            {QStringLiteral("observed_reasons"), countsJson(t["observed"])},
            {QStringLiteral("exceptions"), countsJson(t["exception"])},
            {QStringLiteral("recovery_total"), Money{totalRecovery, currency}.toJson()},
            {QStringLiteral("recovery_by_disposition"), amountsJson(t["disposition"], currency)},
            {QStringLiteral("value_by_disposition"), amountsJson(t["disposition_value"], currency)},
            {QStringLiteral("top_return_reasons"), topReasons},
            {QStringLiteral("top_skus_by_returns"), topSkus},
            {QStringLiteral("top_skus_by_defect_rate"),
             rated(t["sku_defect"], t["sku_graded"], QStringLiteral("defects"), QStringLiteral("graded"))},
            {QStringLiteral("stated_vs_observed"), statedVsObserved},
            {QStringLiteral("no_fault_found"),
             QJsonObject{{QStringLiteral("stated_defective"), statedDefective},
                         {QStringLiteral("no_fault_found"), noFaultFound},
                         {QStringLiteral("rate"), rounded(rate(noFaultFound, statedDefective))},
                         {QStringLiteral("by_sku"),
                          rated(t["sku_no_fault_found"], t["sku_stated_defective"],
                                QStringLiteral("no_fault_found"), QStringLiteral("stated_defective"))}}},
            {QStringLiteral("dock_to_stock_minutes"), durationJson(t["dock_to_stock"])},
            {QStringLiteral("refund_decision_minutes"), durationJson(t["refund_time"])},
            {QStringLiteral("units_per_hour"), unitsPerHour},
            {QStringLiteral("grader_consistency"), consistency},
            {QStringLiteral("queue_open"), queueOpen},
            {QStringLiteral("queue_age"),
             QJsonObject{{QStringLiteral("open"), static_cast<qint64>(ages.size())},
                         {QStringLiteral("median_minutes"), rounded(medianAge, 1)},
                         {QStringLiteral("oldest_minutes"),
                          rounded(ages.empty() ? 0.0 : static_cast<double>(ages.front()) / 60000.0, 1)},
                         {QStringLiteral("buckets"), ageCounts}}},
            {QStringLiteral("sustainability_kg"), ledger},
            {QStringLiteral("kept_from_landfill_share"), rounded(rate(finalG - destroyedG, finalG))},
        };
    } catch (const StoreError& e) {
        return toError(e);
    }
    return report;
}

Result<bool> rebuildReportFacts(Station& station) {
    Database& db = station.db();
    try {
        Transaction tx(db);
        const qint64 differences = db.scalar("SELECT (SELECT count(*) FROM (SELECT received_at / 86400000, "
                                             "figure, key, sum(n), sum(amount) FROM "
                                             "report_item_facts WHERE key IS NOT NULL GROUP BY 1, 2, 3 "
                                             "EXCEPT SELECT day, figure, key, n, amount "
                                             "FROM report_facts)) + (SELECT count(*) FROM (SELECT day, "
                                             "figure, key FROM report_facts WHERE n != 0 "
                                             "OR amount != 0 EXCEPT SELECT received_at / 86400000, figure, "
                                             "key FROM report_item_facts WHERE key "
                                             "IS NOT NULL))");
        if (differences == 0)
            return true;
        reportfacts::rebuild(db);
        tx.commit();
        return false;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

QList<ReportRow> Report::rows() const {
    QList<ReportRow> rows;
    // Nested objects and lists flatten into dotted keys: "no_fault_found,by_sku.0.rate,0.25".
    std::function<void(const QString&, const QString&, const QJsonValue&)> flatten =
        [&](const QString& figure, const QString& key, const QJsonValue& value) {
            if (value.isObject()) {
                const QJsonObject object = value.toObject();
                if (object.contains(QStringLiteral("amount")) &&
                    object.contains(QStringLiteral("currency"))) {
                    rows.append({figure,
                                 key.isEmpty() ? object.value(QStringLiteral("currency")).toString() : key,
                                 object.value(QStringLiteral("amount")).toString()});
                    return;
                }
                for (auto it = object.begin(); it != object.end(); ++it)
                    flatten(figure, key.isEmpty() ? it.key() : key + QLatin1Char('.') + it.key(), it.value());
            } else if (value.isArray()) {
                const QJsonArray array = value.toArray();
                for (int i = 0; i < array.size(); ++i)
                    flatten(figure,
                            key.isEmpty() ? QString::number(i) : key + QLatin1Char('.') + QString::number(i),
                            array[i]);
            } else {
                rows.append({figure, key, value.toVariant().toString()});
            }
        };
    for (auto it = figures.begin(); it != figures.end(); ++it)
        flatten(it.key(), QString(), it.value());
    return rows;
}

namespace {

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QByteArray Report::toCsv() const {
    QByteArray csv = "figure,key,value\r\n";
    for (const ReportRow& row : rows())
        csv += (csvField(row.figure) + QLatin1Char(',') + csvField(row.key) + QLatin1Char(',') +
                csvField(row.value))
                   .toUtf8() +
               "\r\n";
    return csv;
}

bool ReportChart::isEmpty() const {
    for (const ReportSeries& s : series)
        for (const double v : s.values)
            if (v != 0)
                return false;
    return true;
}

QByteArray ReportChart::toCsv() const {
    QString csv = csvField(Tr::tr("category"));
    for (const ReportSeries& s : series)
        csv += QLatin1Char(',') +
               csvField(unit.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.name, unit));
    csv += QLatin1String("\r\n");
    for (int i = 0; i < categories.size(); ++i) {
        csv += csvField(categories[i]);
        for (const ReportSeries& s : series)
            csv += QLatin1Char(',') + QString::number(i < s.values.size() ? s.values[i] : 0.0, 'f', decimals);
        csv += QLatin1String("\r\n");
    }
    return csv.toUtf8();
}

namespace {

// "no_fault_found" -> "No fault found": reason and outcome codes on charts.
QString humanized(const QString& code) {
    if (const auto d = dispositionFromName(code))
        return dispositionLabel(*d);
    static const std::map<QString, const char*> outcomes{
        {QStringLiteral("resold"), QT_TRANSLATE_NOOP("Reports", "Resold")},
        {QStringLiteral("refurbished"), QT_TRANSLATE_NOOP("Reports", "Refurbished")},
        {QStringLiteral("donated"), QT_TRANSLATE_NOOP("Reports", "Donated")},
        {QStringLiteral("recycled"), QT_TRANSLATE_NOOP("Reports", "Recycled")},
        {QStringLiteral("destroyed"), QT_TRANSLATE_NOOP("Reports", "Destroyed")},
        {QStringLiteral("returned_to_vendor"), QT_TRANSLATE_NOOP("Reports", "Returned to vendor")},
        {QStringLiteral("held"), QT_TRANSLATE_NOOP("Reports", "Held (quarantine)")},
    };
    if (const auto it = outcomes.find(code); it != outcomes.end())
        return Tr::tr(it->second);
    QString text = code;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

ReportChart chartOf(const QString& id, const QString& title, const QString& unit, ReportChart::Shape shape,
                    const QString& seriesName) {
    ReportChart chart;
    chart.id = id;
    chart.title = title;
    chart.unit = unit;
    chart.shape = shape;
    chart.series.append({seriesName, {}});
    return chart;
}

void addPoint(ReportChart& chart, const QString& category, double value) {
    chart.categories.append(category);
    chart.series.first().values.append(value);
}

double amountOf(const QJsonValue& money) {
    return money.toObject().value(QStringLiteral("amount")).toString().toDouble();
}

} // namespace

QList<ReportChart> Report::charts() const {
    using Shape = ReportChart::Shape;
    const QString items = Tr::tr("items");
    const QString currency = figures.value(QStringLiteral("currency")).toString();
    QList<ReportChart> charts;

    ReportChart perDay = chartOf(QStringLiteral("received_per_day"), Tr::tr("Received per day"), items,
                                 Shape::Columns, Tr::tr("Received"));
    const QJsonObject days = figures.value(QStringLiteral("received_per_day")).toObject();
    for (auto it = days.begin(); it != days.end(); ++it)
        addPoint(perDay, it.key(), it.value().toDouble());
    charts.append(perDay);

    auto mix = [&](const char* figure, const QString& id, const QString& title, Shape shape, bool byCount) {
        ReportChart chart = chartOf(id, title, items, shape, Tr::tr("Items"));
        const QJsonObject object = figures.value(QLatin1String(figure)).toObject();
        QStringList keys = object.keys();
        if (byCount)
            std::stable_sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) {
                return object.value(a).toDouble() > object.value(b).toDouble();
            });
        for (const QString& key : keys)
            addPoint(chart, humanized(key), object.value(key).toDouble());
        return chart;
    };
    charts.append(mix("grade_mix", QStringLiteral("grade_mix"), Tr::tr("Grade mix"), Shape::Columns, false));
    charts.append(mix("disposition_mix", QStringLiteral("disposition_mix"), Tr::tr("Disposition mix"),
                      Shape::Bars, true));

    ReportChart recovery = chartOf(QStringLiteral("recovery_by_disposition"),
                                   Tr::tr("Estimated recovery by disposition (total %1 %2)")
                                       .arg(figures.value(QStringLiteral("recovery_total"))
                                                .toObject()
                                                .value(QStringLiteral("amount"))
                                                .toString(),
                                            currency),
                                   currency, Shape::Bars, Tr::tr("Recovery"));
    recovery.decimals = 2;
    const QJsonObject byDisposition = figures.value(QStringLiteral("recovery_by_disposition")).toObject();
    QStringList dispositions = byDisposition.keys();
    std::stable_sort(dispositions.begin(), dispositions.end(), [&](const QString& a, const QString& b) {
        return amountOf(byDisposition.value(a)) > amountOf(byDisposition.value(b));
    });
    for (const QString& d : dispositions)
        addPoint(recovery, humanized(d), amountOf(byDisposition.value(d)));
    charts.append(recovery);

    auto list = [&](const char* figure, const QString& id, const QString& title, const QString& unit,
                    const QString& seriesName, auto label, auto value) {
        ReportChart chart = chartOf(id, title, unit, Shape::Bars, seriesName);
        for (const QJsonValue entry : figures.value(QLatin1String(figure)).toArray())
            addPoint(chart, label(entry.toObject()), value(entry.toObject()));
        return chart;
    };
    auto skuLabel = [](const QJsonObject& o) {
        const QString description = o.value(QStringLiteral("description")).toString();
        const QString sku = o.value(QStringLiteral("sku")).toString();
        return description.isEmpty() ? sku : QStringLiteral("%1 · %2").arg(sku, description);
    };
    auto percent = [](const QJsonObject& o) {
        return o.value(QStringLiteral("rate")).toDouble() * 100.0;
    };
    charts.append(list(
        "top_return_reasons", QStringLiteral("top_return_reasons"), Tr::tr("Top return reasons (as stated)"),
        items, Tr::tr("Items"),
        [](const QJsonObject& o) { return humanized(o.value(QStringLiteral("reason")).toString()); },
        [](const QJsonObject& o) { return o.value(QStringLiteral("items")).toDouble(); }));
    charts.append(list("top_skus_by_returns", QStringLiteral("top_skus_by_returns"),
                       Tr::tr("Top SKUs by returns"), items, Tr::tr("Returns"), skuLabel,
                       [](const QJsonObject& o) { return o.value(QStringLiteral("returns")).toDouble(); }));
    ReportChart defects = list("top_skus_by_defect_rate", QStringLiteral("top_skus_by_defect_rate"),
                               Tr::tr("Top SKUs by defect rate (defect confirmed at the dock)"),
                               QStringLiteral("%"), Tr::tr("Defect rate"), skuLabel, percent);
    defects.decimals = 1;
    charts.append(defects);

    const QJsonObject nff = figures.value(QStringLiteral("no_fault_found")).toObject();
    ReportChart nffChart = chartOf(QStringLiteral("no_fault_found_by_sku"),
                                   Tr::tr("No-fault-found rate by SKU, stated defective (overall %1 %)")
                                       .arg(nff.value(QStringLiteral("rate")).toDouble() * 100.0, 0, 'f', 1),
                                   QStringLiteral("%"), Shape::Bars, Tr::tr("No-fault-found rate"));
    nffChart.decimals = 1;
    for (const QJsonValue entry : nff.value(QStringLiteral("by_sku")).toArray())
        addPoint(nffChart, skuLabel(entry.toObject()), percent(entry.toObject()));
    charts.append(nffChart);

    ReportChart pairs =
        chartOf(QStringLiteral("stated_vs_observed"), Tr::tr("Stated reason → what the dock found"), items,
                Shape::Bars, Tr::tr("Items"));
    std::vector<std::pair<double, QString>> pairOrder;
    const QJsonObject matrix = figures.value(QStringLiteral("stated_vs_observed")).toObject();
    for (auto it = matrix.begin(); it != matrix.end(); ++it) {
        const QJsonObject row = it.value().toObject();
        for (auto inner = row.begin(); inner != row.end(); ++inner)
            pairOrder.emplace_back(
                -inner.value().toDouble(),
                QStringLiteral("%1 → %2").arg(humanized(it.key()), humanized(inner.key())));
    }
    std::sort(pairOrder.begin(), pairOrder.end());
    for (std::size_t i = 0; i < pairOrder.size() && i < 12; ++i)
        addPoint(pairs, pairOrder[i].second, -pairOrder[i].first);
    charts.append(pairs);

    ReportChart times;
    times.id = QStringLiteral("times");
    times.title = Tr::tr("Dock-to-stock and receipt-to-refund-decision time");
    times.unit = Tr::tr("hours");
    times.shape = Shape::Columns;
    times.decimals = 2;
    times.categories = {Tr::tr("Dock to stock"), Tr::tr("Receipt to refund decision")};
    const QJsonObject dock = figures.value(QStringLiteral("dock_to_stock_minutes")).toObject();
    const QJsonObject refund = figures.value(QStringLiteral("refund_decision_minutes")).toObject();
    for (const auto& [name, key] : {std::pair{Tr::tr("Median"), QStringLiteral("median")},
                                    std::pair{Tr::tr("90th percentile"), QStringLiteral("p90")}})
        times.series.append({name, {dock.value(key).toDouble() / 60.0, refund.value(key).toDouble() / 60.0}});
    charts.append(times);

    auto perWorker = [&](const char* figure, const QString& id, const QString& title, const QString& unit,
                         const QString& seriesName, const char* field, double scale, int decimals) {
        ReportChart chart = chartOf(id, title, unit, Shape::Bars, seriesName);
        chart.decimals = decimals;
        const QJsonObject object = figures.value(QLatin1String(figure)).toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addPoint(chart, it.key(), it.value().toObject().value(QLatin1String(field)).toDouble() * scale);
        return chart;
    };
    charts.append(perWorker("units_per_hour", QStringLiteral("units_per_hour"),
                            Tr::tr("Units per active hour, per worker"), Tr::tr("items per hour"),
                            Tr::tr("Units per hour"), "per_hour", 1.0, 1));
    charts.append(perWorker("grader_consistency", QStringLiteral("grader_consistency"),
                            Tr::tr("Grader consistency: reviewed decisions a supervisor changed"),
                            QStringLiteral("%"), Tr::tr("Changed"), "rate", 100.0, 1));

    const QJsonObject age = figures.value(QStringLiteral("queue_age")).toObject();
    ReportChart queueAge = chartOf(QStringLiteral("queue_age"),
                                   Tr::tr("Inspection queue now: %n item(s) waiting, by age", nullptr,
                                          age.value(QStringLiteral("open")).toInt()),
                                   items, Shape::Columns, Tr::tr("Items"));
    const QJsonObject buckets = age.value(QStringLiteral("buckets")).toObject();
    const std::pair<const char*, QString> ageLabels[] = {{"under_1h", Tr::tr("under 1 h")},
                                                         {"1h_4h", Tr::tr("1–4 h")},
                                                         {"4h_24h", Tr::tr("4–24 h")},
                                                         {"1d_3d", Tr::tr("1–3 days")},
                                                         {"over_3d", Tr::tr("over 3 days")}};
    for (const auto& [key, label] : ageLabels)
        addPoint(queueAge, label, buckets.value(QLatin1String(key)).toDouble());
    charts.append(queueAge);

    ReportChart ledger = chartOf(
        QStringLiteral("sustainability_kg"),
        Tr::tr("Sustainability ledger: %1 % kept out of landfill")
            .arg(figures.value(QStringLiteral("kept_from_landfill_share")).toDouble() * 100.0, 0, 'f', 1),
        Tr::tr("kg"), Shape::Bars, Tr::tr("Weight"));
    ledger.decimals = 1;
    const QJsonObject kg = figures.value(QStringLiteral("sustainability_kg")).toObject();
    for (const char* outcome :
         {"resold", "refurbished", "returned_to_vendor", "donated", "recycled", "destroyed", "held"})
        addPoint(ledger, humanized(QLatin1String(outcome)), kg.value(QLatin1String(outcome)).toDouble());
    charts.append(ledger);
    return charts;
}

} // namespace dockside
