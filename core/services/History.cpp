#include "services/History.h"

#include "policy/Authorization.h"
#include "services/InspectionQueue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(History)
};

constexpr int kMaxEntities = 500; // an RMA with more items than this is not a real return

QStringList column(Statement& s) {
    QStringList values;
    while (s.step() && values.size() < kMaxEntities)
        values.append(s.text(0));
    return values;
}

} // namespace

QJsonObject TimelineEvent::toJson() const {
    QJsonObject json{{QStringLiteral("seq"), seq},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("occurred_at"), toRfc3339(occurredAt)},
                     {QStringLiteral("user"), user},
                     {QStringLiteral("user_name"), userName},
                     {QStringLiteral("station"), station},
                     {QStringLiteral("entity_kind"), entityKind},
                     {QStringLiteral("entity_id"), entityId},
                     {QStringLiteral("data"), data},
                     {QStringLiteral("delivered"), delivered},
                     {QStringLiteral("summary"), summary}};
    if (!deadCode.isEmpty())
        json.insert(QStringLiteral("dead_code"), deadCode);
    return json;
}

QJsonObject Timeline::toJson() const {
    QJsonArray list;
    for (const TimelineEvent& e : events)
        list.append(e.toJson());
    return {{QStringLiteral("code"), code},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("lpns"), QJsonArray::fromStringList(lpns)},
            {QStringLiteral("parcels"), QJsonArray::fromStringList(parcels)},
            {QStringLiteral("events"), list}};
}

QString summarizeEvent(const QString& type, const QJsonObject& data) {
    auto v = [&](const char* key) {
        return data.value(QLatin1String(key)).toVariant().toString();
    };
    if (type == event::ItemGraded || type == event::ItemRegraded)
        return Tr::tr("grade %1").arg(v("grade"));
    if (type == event::ItemDispositionSet)
        return v("disposition") == v("suggested")
                   ? Tr::tr("%1 (as suggested)").arg(dispositionLabel(v("disposition")))
                   : Tr::tr("%1 instead of %2: %3")
                         .arg(dispositionLabel(v("disposition")), dispositionLabel(v("suggested")),
                              v("reason"));
    if (type == event::ItemRefundDecided)
        return refundDecisionLabel(v("decision"));
    if (type == event::ItemReviewRequested)
        return Tr::tr("queued: %1").arg(queueCauseLabel(v("cause")));
    if (type == event::ItemApproved || type == event::ItemRejected)
        return v("comment").isEmpty()
                   ? dispositionLabel(v("disposition"))
                   : Tr::tr("%1: %2").arg(dispositionLabel(v("disposition")), v("comment"));
    if (type == event::ItemMovedToTote)
        return Tr::tr("to tote %1").arg(v("tote"));
    if (type == event::ItemReceived)
        return Tr::tr("%1 %2 (%3)")
            .arg(v("sku"), v("serial"), authorizationLabel(v("authorization")))
            .simplified();
    if (type == event::ParcelReceived)
        return Tr::tr("%1 %2, RMA %3").arg(v("carrier"), v("tracking"), v("rma"));
    if (type == event::ExceptionRaised || type == event::ExceptionResolved) {
        const QString decision = v("decision");
        return decision.isEmpty()
                   ? Tr::tr("%1: %2").arg(authorizationLabel(v("code")), v("details"))
                   : Tr::tr("%1 → %2 %3")
                         .arg(authorizationLabel(v("code")), exceptionDecisionLabel(decision), v("rma"))
                         .trimmed();
    }
    if (type == event::ItemRegradeRequested)
        return Tr::tr("second grade asked (%1)").arg(v("reason"));
    if (type == event::ToteClosed)
        return Tr::tr("tote closed");
    return {};
}

QString eventTypeLabel(const QString& type) {
    static const std::map<QString, const char*> labels{
        {event::ParcelReceived, QT_TRANSLATE_NOOP("History", "Parcel received")},
        {event::ItemReceived, QT_TRANSLATE_NOOP("History", "Item received")},
        {event::ItemGraded, QT_TRANSLATE_NOOP("History", "Graded")},
        {event::ItemDispositionSet, QT_TRANSLATE_NOOP("History", "Disposition set")},
        {event::ItemRefundDecided, QT_TRANSLATE_NOOP("History", "Refund decided")},
        {event::ItemReviewRequested, QT_TRANSLATE_NOOP("History", "Sent to a supervisor")},
        {event::ItemApproved, QT_TRANSLATE_NOOP("History", "Approved")},
        {event::ItemRejected, QT_TRANSLATE_NOOP("History", "Rejected")},
        {event::ItemMovedToTote, QT_TRANSLATE_NOOP("History", "Put in a tote")},
        {event::ToteClosed, QT_TRANSLATE_NOOP("History", "Tote closed")},
        {event::ExceptionRaised, QT_TRANSLATE_NOOP("History", "Exception raised")},
        {event::ExceptionResolved, QT_TRANSLATE_NOOP("History", "Exception settled")},
        {event::UserAdded, QT_TRANSLATE_NOOP("History", "User added")},
        {event::UserLockedOut, QT_TRANSLATE_NOOP("History", "Badge locked out")},
        {event::ItemRegradeRequested, QT_TRANSLATE_NOOP("History", "Second grade requested")},
        {event::ItemRegraded, QT_TRANSLATE_NOOP("History", "Second grade")},
        {event::UserUpdated, QT_TRANSLATE_NOOP("History", "User changed")},
        {event::UserUnlocked, QT_TRANSLATE_NOOP("History", "Badge unlocked")},
        {event::UserPinReset, QT_TRANSLATE_NOOP("History", "PIN reset")},
        {event::OutboxRequeued, QT_TRANSLATE_NOOP("History", "Queued for HQ again")},
        {event::OutboxReleased, QT_TRANSLATE_NOOP("History", "HQ's refusal accepted")},
        {event::StationRestored, QT_TRANSLATE_NOOP("History", "Station restored from a backup")},
    };
    const auto it = labels.find(type);
    return it == labels.end() ? type : Tr::tr(it->second);
}

Result<Timeline> itemHistory(Station& station, const QString& rawCode) {
    Timeline t;
    t.code = rawCode.trimmed().toUpper();
    if (t.code.isEmpty())
        return Error::invalid(QStringLiteral("code_required"),
                              Tr::tr("Scan or type an LPN, tracking number, RMA or serial."));
    Database& db = station.db();
    try {
        auto query = [&](const char* sql) {
            Statement s = db.prepare(sql);
            s.bind(1, t.code);
            return column(s);
        };
        if (!(t.lpns = query("SELECT lpn FROM items WHERE lpn = ?")).isEmpty()) {
            t.kind = QStringLiteral("item");
        } else if (!(t.lpns = query("SELECT lpn FROM items WHERE rma = ? ORDER BY id")).isEmpty() ||
                   !query("SELECT rma FROM rmas WHERE rma = ?").isEmpty() ||
                   !query("SELECT id FROM parcels WHERE rma = ?").isEmpty()) {
            // Before tracking numbers: a parcel opened by its RMA code carries that code as tracking.
            t.kind = QStringLiteral("rma");
            t.parcels = query("SELECT DISTINCT tracking FROM parcels WHERE rma = ?");
        } else if (!(t.parcels = query("SELECT DISTINCT tracking FROM parcels WHERE tracking = ?"))
                        .isEmpty()) {
            t.kind = QStringLiteral("parcel");
            t.lpns =
                query("SELECT i.lpn FROM parcels p JOIN items i ON i.parcel_id = p.id WHERE p.tracking = ? "
                      "ORDER BY i.id");
        } else if (!(t.lpns = query("SELECT lpn FROM items WHERE serial = ? ORDER BY id")).isEmpty()) {
            t.kind = QStringLiteral("item");
        } else {
            return Error::notFound(QStringLiteral("not_found"),
                                   Tr::tr("No item, parcel or RMA %1 at this station.").arg(t.code));
        }
        if (t.kind == QLatin1String("item")) { // an item's story starts with its parcel's arrival
            QSet<QString> seen;
            for (const QString& lpn : t.lpns) {
                Statement s =
                    db.prepare("SELECT p.tracking FROM items i JOIN parcels p ON p.id = i.parcel_id "
                               "WHERE i.lpn = ?");
                s.bind(1, lpn);
                if (s.step() && !seen.contains(s.text(0))) {
                    seen.insert(s.text(0));
                    t.parcels.append(s.text(0));
                }
            }
        }
        const QStringList entities = t.parcels + t.lpns;
        QHash<QString, QString> names;
        Statement users = db.prepare("SELECT badge, name FROM users");
        while (users.step())
            names.insert(users.text(0), users.text(1));
        EventLog log(db);
        // One indexed look-up per entity (events_entity), merged by seq.
        for (const QString& entity : entities) {
            for (const EventRecord& r : log.forEntity(entity)) {
                TimelineEvent e;
                e.seq = r.seq;
                e.type = r.type;
                e.occurredAt = r.occurredAt;
                e.user = r.user;
                e.userName = names.value(r.user);
                e.station = station.code();
                e.entityKind = r.entityKind;
                e.entityId = r.entityId;
                e.data = r.data;
                e.delivered = r.deliveredAt.has_value();
                e.deadCode = r.deadCode;
                e.summary = summarizeEvent(r.type, r.data);
                t.events.append(e);
            }
        }
        std::sort(t.events.begin(), t.events.end(),
                  [](const TimelineEvent& a, const TimelineEvent& b) { return a.seq < b.seq; });
        return t;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

} // namespace dockside
