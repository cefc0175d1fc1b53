#include "services/Reports.h"

#include "domain/Types.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <vector>

namespace dockside {

namespace {

using Counts = std::map<QString, qint64>;

QJsonObject toJson(const Counts& counts) {
    QJsonObject json;
    for (const auto& [key, value] : counts)
        json.insert(key, value);
    return json;
}

QJsonObject moneyJson(const Counts& minorByKey, const QString& currency) {
    QJsonObject json;
    for (const auto& [key, value] : minorByKey)
        json.insert(key, Money{value, currency}.toJson());
    return json;
}

double percentile(std::vector<qint64>& values, double p) {
    if (values.empty())
        return 0;
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(index), values.end());
    return static_cast<double>(values[index]);
}

} // namespace

QString ledgerOutcome(const QString& disposition) {
    static const std::map<QString, QString> outcome{
        {QStringLiteral("restock"), QStringLiteral("resold")},
        {QStringLiteral("open_box"), QStringLiteral("resold")},
        {QStringLiteral("liquidate"), QStringLiteral("resold")},
        {QStringLiteral("return_to_vendor"), QStringLiteral("returned_to_vendor")},
        {QStringLiteral("refurbish"), QStringLiteral("refurbished")},
        {QStringLiteral("donate"), QStringLiteral("donated")},
        {QStringLiteral("recycle"), QStringLiteral("recycled")},
        {QStringLiteral("destroy"), QStringLiteral("destroyed")},
        {QStringLiteral("quarantine"), QStringLiteral("held")},
    };
    const auto it = outcome.find(disposition);
    return it == outcome.end() ? QStringLiteral("held") : it->second;
}

Result<Report> buildReport(Station& station, Millis from, Millis to) {
    Report report;
    report.from = from;
    report.to = to;
    const QString currency = station.policy().currency();
    try {
        Database& db = station.db();
        Counts perDay, grades, dispositions, refunds, stated, observedReasons, exceptions, statuses, recovery,
            valueIn, ledgerG, overrides;
        qint64 items = 0, decided = 0, totalRecovery = 0, fees = 0;
        std::vector<qint64> dockToStock;
        Statement s = db.prepare(
            "SELECT i.received_at, i.decided_at, i.grade, i.disposition, i.suggested, i.refund_decision, "
            "coalesce(r.reason_code, ''), coalesce(i.observed_reason, ''), i.authorization, i.status, "
            "coalesce(i.estimated_recovery, 0), coalesce(i.unit_value, 0), coalesce(i.restocking_fee, 0), "
            "coalesce(i.weight_g, p.weight_g, 0) FROM items i LEFT JOIN rmas r ON r.rma = i.rma "
            "LEFT JOIN products p ON p.sku = i.sku WHERE i.received_at >= ? AND i.received_at < ?");
        s.bindAll(from, to);
        while (s.step()) {
            ++items;
            const Millis receivedAt = s.int64(0);
            ++perDay[QDateTime::fromMSecsSinceEpoch(receivedAt, Qt::UTC).date().toString(Qt::ISODate)];
            ++statuses[s.text(9)];
            const QString reason = s.text(6);
            if (!reason.isEmpty())
                ++stated[reason];
            const QString authorizationCode = s.text(8);
            if (authorizationCode != authorization::Authorized)
                ++exceptions[authorizationCode];
            if (s.isNull(2))
                continue; // received, not yet decided
            ++decided;
            ++grades[s.text(2)];
            const QString disposition = s.text(3);
            ++dispositions[disposition];
            if (s.text(4) != disposition)
                ++overrides[disposition];
            ++refunds[s.text(5)];
            if (!s.text(7).isEmpty())
                ++observedReasons[s.text(7)];
            recovery[disposition] += s.int64(10);
            totalRecovery += s.int64(10);
            valueIn[disposition] += s.int64(11);
            fees += s.int64(12);
            ledgerG[ledgerOutcome(disposition)] += s.int64(13);
            if (!s.isNull(1))
                dockToStock.push_back(s.int64(1) - receivedAt);
        }
        qint64 landfillG = 0, totalG = 0;
        for (const auto& [outcome, grams] : ledgerG) {
            totalG += grams;
            if (outcome == QLatin1String("destroyed"))
                landfillG += grams;
        }
        Counts openQueue;
        Statement q = db.prepare("SELECT cause, count(*) FROM queue WHERE status = 'open' GROUP BY cause");
        while (q.step())
            openQueue[q.text(0)] = q.int64(1);

        QJsonObject ledger;
        for (const auto& [outcome, grams] : ledgerG)
            ledger.insert(outcome, static_cast<double>(grams) / 1000.0);
        report.figures = {
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("from"), toRfc3339(from)}, {QStringLiteral("to"), toRfc3339(to)}}},
            {QStringLiteral("received"), items},
            {QStringLiteral("decided"), decided},
            {QStringLiteral("received_per_day"), toJson(perDay)},
            {QStringLiteral("status_mix"), toJson(statuses)},
            {QStringLiteral("grade_mix"), toJson(grades)},
            {QStringLiteral("disposition_mix"), toJson(dispositions)},
            {QStringLiteral("overrides"), toJson(overrides)},
            {QStringLiteral("refund_mix"), toJson(refunds)},
            {QStringLiteral("restocking_fees"), Money{fees, currency}.toJson()},
            {QStringLiteral("stated_reasons"), toJson(stated)},
            {QStringLiteral("observed_reasons"), toJson(observedReasons)},
            {QStringLiteral("exceptions"), toJson(exceptions)},
            {QStringLiteral("recovery_total"), Money{totalRecovery, currency}.toJson()},
            {QStringLiteral("recovery_by_disposition"), moneyJson(recovery, currency)},
            {QStringLiteral("value_by_disposition"), moneyJson(valueIn, currency)},
            {QStringLiteral("dock_to_stock_minutes"),
             QJsonObject{{QStringLiteral("median"), percentile(dockToStock, 0.5) / 60000.0},
                         {QStringLiteral("p90"), percentile(dockToStock, 0.9) / 60000.0}}},
            {QStringLiteral("queue_open"), toJson(openQueue)},
            {QStringLiteral("sustainability_kg"), ledger},
            {QStringLiteral("kept_from_landfill_share"),
             totalG ? static_cast<double>(totalG - landfillG) / static_cast<double>(totalG) : 0.0},
        };
    } catch (const StoreError& e) {
        return toError(e);
    }
    return report;
}

QList<ReportRow> Report::rows() const {
    QList<ReportRow> rows;
    for (auto it = figures.begin(); it != figures.end(); ++it) {
        const QJsonValue value = it.value();
        if (!value.isObject()) {
            rows.append({it.key(), QString(), value.toVariant().toString()});
            continue;
        }
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("amount")) && object.contains(QStringLiteral("currency"))) {
            rows.append({it.key(), object.value(QStringLiteral("currency")).toString(),
                         object.value(QStringLiteral("amount")).toString()});
            continue;
        }
        for (auto inner = object.begin(); inner != object.end(); ++inner) {
            const QJsonValue v = inner.value();
            const QString text = v.isObject() ? v.toObject().value(QStringLiteral("amount")).toString()
                                              : v.toVariant().toString();
            rows.append({it.key(), inner.key(), text});
        }
    }
    return rows;
}

QByteArray Report::toCsv() const {
    QByteArray csv = "figure,key,value\r\n";
    for (const ReportRow& row : rows())
        csv += (row.figure + QLatin1Char(',') + row.key + QLatin1Char(',') + row.value).toUtf8() + "\r\n";
    return csv;
}

} // namespace dockside
