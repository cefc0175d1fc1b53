#include "services/ItemDetail.h"
#include "util/Json.h"

#include "policy/DispositionEngine.h"
#include "services/Catalog.h"
#include "services/EventLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ItemDetail)
};

} // namespace

QJsonObject ItemDetail::toJson() const {
    QJsonObject checks;
    for (const ChecklistAnswer& a : checklist)
        checks.insert(a.key, a.passed);
    QJsonArray allowedNames;
    for (Disposition d : allowed)
        allowedNames.append(dispositionName(d));
    QJsonObject json{{QStringLiteral("lpn"), lpn},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("sku"), orNull(sku)},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("category"), orNull(category)},
                     {QStringLiteral("serial"), orNull(serial)},
                     {QStringLiteral("tracking"), tracking},
                     {QStringLiteral("authorization"), authorization},
                     {QStringLiteral("rma"), orNull(rma)},
                     {QStringLiteral("rma_status"), orNull(rmaStatus)},
                     {QStringLiteral("customer_ref"), orNull(customerRef)},
                     {QStringLiteral("reason_code"), orNull(reasonCode)},
                     {QStringLiteral("grade"), orNull(grade)},
                     {QStringLiteral("observed_reason"), orNull(observedReason)},
                     {QStringLiteral("notes"), notes},
                     {QStringLiteral("checklist"), checks},
                     {QStringLiteral("photos"), QJsonArray::fromStringList(photos)},
                     {QStringLiteral("suggested"), orNull(suggested)},
                     {QStringLiteral("disposition"), orNull(disposition)},
                     {QStringLiteral("override_reason"), orNull(overrideReason)},
                     {QStringLiteral("explanation"), explanation},
                     {QStringLiteral("allowed"), allowedNames},
                     {QStringLiteral("value"), value.toJson()},
                     {QStringLiteral("estimated_recovery"), estimatedRecovery.toJson()},
                     {QStringLiteral("refund"), orNull(refundDecision)},
                     {QStringLiteral("fraud_flags"), QJsonArray::fromStringList(fraudFlags)},
                     {QStringLiteral("worker"), worker},
                     {QStringLiteral("received_at"), toRfc3339(receivedAt)},
                     {QStringLiteral("queue_status"), orNull(queueStatus)},
                     {QStringLiteral("cause"), orNull(cause)},
                     {QStringLiteral("causes"), QJsonArray::fromStringList(causes)},
                     {QStringLiteral("resolved_by"), orNull(resolvedBy)},
                     {QStringLiteral("comment"), orNull(comment)}};
    if (queuedAt)
        json.insert(QStringLiteral("queued_at"), toRfc3339(queuedAt));
    if (regrade)
        json.insert(QStringLiteral("regrade"), regrade->toJson());
    return json;
}

Result<ItemDetail> itemDetail(Station& station, const QString& lpn) {
    const QString code = lpn.trimmed().toUpper();
    Database& db = station.db();
    try {
        Statement s = db.prepare(
            "SELECT i.lpn, i.status, coalesce(i.sku, ''), coalesce(i.serial, ''), p.tracking, "
            "i.authorization, "
            "coalesce(i.rma, ''), coalesce(r.status, ''), coalesce(r.customer_ref, ''), "
            "coalesce(r.reason_code, ''), "
            "coalesce(i.grade, ''), coalesce(i.observed_reason, ''), coalesce(i.notes, ''), "
            "coalesce(i.suggested, ''), coalesce(i.disposition, ''), coalesce(i.disposition_reason, ''), "
            "coalesce(i.unit_value, 0), coalesce(i.currency, ''), coalesce(i.estimated_recovery, 0), "
            "coalesce(i.refund_decision, ''), coalesce(i.fraud_flags, '[]'), u.badge, u.name, i.received_at, "
            "i.wipe_confirmed_by IS NOT NULL "
            "FROM items i JOIN parcels p ON p.id = i.parcel_id JOIN users u ON u.id = i.received_by "
            "LEFT JOIN rmas r ON r.rma = i.rma WHERE i.lpn = ?");
        s.bind(1, code);
        if (!s.step())
            return Error::notFound(QStringLiteral("unknown_lpn"), Tr::tr("There is no item %1.").arg(code));
        ItemDetail d;
        d.lpn = s.text(0);
        d.status = s.text(1);
        d.sku = s.text(2);
        d.serial = s.text(3);
        d.tracking = s.text(4);
        d.authorization = s.text(5);
        d.rma = s.text(6);
        d.rmaStatus = s.text(7);
        d.customerRef = s.text(8);
        d.reasonCode = s.text(9);
        d.grade = s.text(10);
        d.observedReason = s.text(11);
        d.notes = s.text(12);
        d.suggested = s.text(13);
        d.disposition = s.text(14);
        d.overrideReason = s.text(15);
        d.value = {s.int64(16), s.text(17)};
        d.estimatedRecovery = {s.int64(18), s.text(17)};
        d.refundDecision = s.text(19);
        for (const QJsonValue& v : QJsonDocument::fromJson(s.blob(20)).array())
            d.fraudFlags.append(v.toString());
        d.worker = s.text(21);
        d.workerName = s.text(22);
        d.receivedAt = s.int64(23);
        const bool wipeConfirmed = s.int64(24) != 0;

        Statement q = db.prepare(
            "SELECT q.status, q.cause, q.causes, q.created_at, coalesce(u.badge, ''), coalesce(q.comment, "
            "'') "
            "FROM queue q JOIN items i ON i.id = q.item_id LEFT JOIN users u ON u.id = q.resolved_by "
            "WHERE i.lpn = ? ORDER BY q.id DESC LIMIT 1");
        q.bind(1, code);
        if (q.step()) {
            d.queueStatus = q.text(0);
            d.cause = q.text(1);
            d.causes = q.text(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
            d.queuedAt = q.int64(3);
            d.resolvedBy = q.text(4);
            d.comment = q.text(5);
        }

        // Checklist answers and photos live only in the latest item.graded event.
        QJsonObject graded;
        for (const EventRecord& e : EventLog(db).forEntity(code))
            if (e.type == event::ItemGraded)
                graded = e.data;
        const std::optional<Product> product =
            d.sku.isEmpty() ? std::nullopt : Catalog(db).productBySku(d.sku);
        if (product) {
            d.description = product->description;
            d.category = product->category;
        }
        const Policy& policy = station.policy();
        const QJsonObject answers = graded.value(QStringLiteral("checklist")).toObject();
        QStringList ordered;
        for (const ChecklistItem& item : policy.checklistFor(d.category).items)
            if (answers.contains(item.key)) {
                d.checklist.append({item.key, item.label, answers.value(item.key).toBool()});
                ordered.append(item.key);
            }
        for (auto it = answers.begin(); it != answers.end(); ++it)
            if (!ordered.contains(it.key()))
                d.checklist.append({it.key(), it.key(), it.value().toBool()});
        const QDir folder(station.photoFolder());
        for (const QJsonValue& v : graded.value(QStringLiteral("photos")).toArray()) {
            const QString sha = v.toString();
            d.photos.append(folder.filePath(sha.left(2) + QLatin1Char('/') + sha));
        }

        // The engine's explanation is not stored: it is asked again with what the item showed,
        // under the current policy, in the reader's language.
        if (const auto grade = gradeFromName(d.grade)) {
            DispositionInput in;
            in.category = d.category;
            in.grade = *grade;
            in.reasonCode = d.reasonCode;
            in.observedReason = d.observedReason;
            in.hazmat = product ? product->hazmat : QStringLiteral("none");
            in.dataBearing = product && product->dataBearing;
            in.wipeConfirmed = wipeConfirmed;
            in.batteryFailed = answers.contains(QStringLiteral("battery_ok")) &&
                               !answers.value(QStringLiteral("battery_ok")).toBool();
            in.unitValue = d.value;
            in.authorization = d.authorization;
            in.fraudFlags = d.fraudFlags;
            const DispositionSuggestion suggestion = suggestDisposition(policy, in, Explain::Yes);
            d.explanation = suggestion.explanation;
            for (const DispositionCandidate& c : suggestion.candidates)
                if (c.allowed)
                    d.allowed.append(c.disposition);
        }
        d.regrade = Regrade(station).latestFor(code);
        return d;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

} // namespace dockside
