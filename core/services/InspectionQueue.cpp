#include "services/InspectionQueue.h"
#include "util/Json.h"

#include "services/EventLog.h"
#include "services/Totes.h"
#include "services/Users.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(InspectionQueue)
};

} // namespace

QJsonObject QueueEntry::toJson() const {
    return {{QStringLiteral("lpn"), lpn},
            {QStringLiteral("cause"), cause},
            {QStringLiteral("causes"), QJsonArray::fromStringList(causes)},
            {QStringLiteral("status"), status},
            {QStringLiteral("queued_at"), toRfc3339(createdAt)},
            {QStringLiteral("sku"), orNull(sku)},
            {QStringLiteral("category"), orNull(category)},
            {QStringLiteral("serial"), orNull(serial)},
            {QStringLiteral("tracking"), tracking},
            {QStringLiteral("rma"), orNull(rma)},
            {QStringLiteral("authorization"), authorization},
            {QStringLiteral("grade"), orNull(grade)},
            {QStringLiteral("suggested"), orNull(suggested)},
            {QStringLiteral("disposition"), orNull(disposition)},
            {QStringLiteral("value"), value.toJson()},
            {QStringLiteral("worker"), worker},
            {QStringLiteral("fraud_flags"), QJsonArray::fromStringList(fraudFlags)}};
}

QJsonObject QueueDecision::toJson() const {
    QJsonObject json{
        {QStringLiteral("lpn"), lpn}, {QStringLiteral("ok"), ok}, {QStringLiteral("status"), status}};
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    if (!tote.isEmpty())
        json.insert(QStringLiteral("tote"), tote);
    return json;
}

QStringList QueueFilter::sortKeys() {
    return {QStringLiteral("queued_at"), QStringLiteral("value"),       QStringLiteral("grade"),
            QStringLiteral("cause"),     QStringLiteral("disposition"), QStringLiteral("category"),
            QStringLiteral("worker")};
}

QStringList QueueFilter::causes() {
    return {cause::Exception, cause::BlindReceipt, cause::FraudFlag, cause::HighValue, cause::Override};
}

Status QueueFilter::validate() const {
    if (!status.isEmpty() && status != QLatin1String("open") && status != QLatin1String("approved") &&
        status != QLatin1String("rejected"))
        return Error::invalid(QStringLiteral("invalid_status"),
                              Tr::tr("The status must be open, approved or rejected."));
    if (!cause.isEmpty() && !causes().contains(cause))
        return Error::invalid(QStringLiteral("invalid_cause"),
                              Tr::tr("\"%1\" is not a queue cause. Use one of: %2.")
                                  .arg(cause, causes().join(QStringLiteral(", "))));
    if (!grade.isEmpty() && !gradeFromName(grade))
        return Error::invalid(QStringLiteral("invalid_grade"),
                              Tr::tr("\"%1\" is not a grade. Use A, B, C, D or X.").arg(grade));
    if (!disposition.isEmpty() && !dispositionFromName(disposition))
        return Error::invalid(QStringLiteral("invalid_disposition"),
                              Tr::tr("\"%1\" is not a disposition.").arg(disposition));
    if ((minValue && *minValue < 0) || (maxValue && *maxValue < 0) ||
        (minValue && maxValue && *minValue > *maxValue))
        return Error::invalid(QStringLiteral("invalid_value_range"),
                              Tr::tr("The value range must not be negative, and its minimum not above "
                                     "its maximum."));
    if ((minAgeHours && *minAgeHours < 0) || (maxAgeHours && *maxAgeHours < 0) ||
        (minAgeHours && maxAgeHours && *minAgeHours > *maxAgeHours))
        return Error::invalid(QStringLiteral("invalid_age_range"),
                              Tr::tr("The age range must not be negative, and its minimum not above its "
                                     "maximum."));
    if (!sortKeys().contains(sort))
        return Error::invalid(QStringLiteral("invalid_sort"),
                              Tr::tr("\"%1\" is not a sort key. Use one of: %2.")
                                  .arg(sort, sortKeys().join(QStringLiteral(", "))));
    if (limit < 1 || limit > 10000 || offset < 0)
        return Error::invalid(QStringLiteral("invalid_limit"),
                              Tr::tr("The limit must be between 1 and 10000."));
    return {};
}

QJsonObject QueueFilter::toJson() const {
    QJsonObject json;
    auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    json.insert(QStringLiteral("status"), status);
    put("cause", cause);
    put("search", search);
    put("grade", grade);
    put("disposition", disposition);
    put("category", category);
    put("worker", worker);
    if (minValue)
        json.insert(QStringLiteral("min_value"), *minValue);
    if (maxValue)
        json.insert(QStringLiteral("max_value"), *maxValue);
    if (minAgeHours)
        json.insert(QStringLiteral("min_age_hours"), *minAgeHours);
    if (maxAgeHours)
        json.insert(QStringLiteral("max_age_hours"), *maxAgeHours);
    json.insert(QStringLiteral("sort"), sort);
    json.insert(QStringLiteral("descending"), descending);
    return json;
}

Result<QueueFilter> QueueFilter::fromJson(const QJsonObject& json) {
    QueueFilter f;
    f.status = json.value(QStringLiteral("status")).toString(f.status);
    f.cause = json.value(QStringLiteral("cause")).toString();
    f.search = json.value(QStringLiteral("search")).toString();
    f.grade = json.value(QStringLiteral("grade")).toString();
    f.disposition = json.value(QStringLiteral("disposition")).toString();
    f.category = json.value(QStringLiteral("category")).toString();
    f.worker = json.value(QStringLiteral("worker")).toString();
    auto number = [&](const char* key) -> std::optional<qint64> {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
    };
    f.minValue = number("min_value");
    f.maxValue = number("max_value");
    if (auto v = number("min_age_hours"))
        f.minAgeHours = static_cast<int>(*v);
    if (auto v = number("max_age_hours"))
        f.maxAgeHours = static_cast<int>(*v);
    f.sort = json.value(QStringLiteral("sort")).toString(f.sort);
    f.descending = json.value(QStringLiteral("descending")).toBool();
    if (Status valid = f.validate(); !valid)
        return valid.error();
    return f;
}

namespace {

// The WHERE clause of a queue filter: fixed SQL text with bound values; nothing from the filter
// is pasted into the text.
struct QueueWhere {
    std::string sql = " WHERE 1 = 1";
    QList<QVariant> binds;
    void bindTo(Statement& s) const {
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant& v = binds[i];
            if (v.typeId() == QMetaType::LongLong)
                s.bind(i + 1, v.toLongLong());
            else
                s.bind(i + 1, v.toString());
        }
    }
};

QueueWhere whereFor(const QueueFilter& filter, Millis now) {
    QueueWhere w;
    const bool searching = !filter.search.trimmed().isEmpty();
    // With a search the few matching entries drive the query (queue_sku and queue_item indexes);
    // "+" keeps the planner from scanning every open entry by an indexed column instead.
    const char* unary = searching ? "+" : "";
    auto equals = [&](const char* column, const QVariant& value) {
        w.sql += std::string(" AND ") + unary + column + " = ?";
        w.binds.append(value);
    };
    if (!filter.status.isEmpty())
        equals("q.status", filter.status);
    else if (!searching) // every status: three index ranges instead of a scan
        w.sql += " AND q.status IN ('open', 'approved', 'rejected')";
    // (A search needs no condition for every status: without one, its count reads no queue rows.)
    if (!filter.cause.isEmpty())
        equals("q.cause", filter.cause);
    if (!filter.grade.isEmpty())
        equals("q.grade", filter.grade.toUpper());
    if (!filter.disposition.isEmpty())
        equals("q.disposition", filter.disposition);
    if (!filter.category.isEmpty()) {
        // The category itself or any below it ("electronics" takes "electronics.audio").
        // One index range ('.' sorts just below '/'), then the exact boundary.
        // An equality filter (cause, grade, disposition, worker) walks its index in queue order;
        // the category range then only checks rows, rather than making SQLite sort them.
        const bool equality = !filter.cause.isEmpty() || !filter.grade.isEmpty() ||
                              !filter.disposition.isEmpty() || !filter.worker.isEmpty();
        const QString category = filter.category.trimmed().toLower();
        const std::string u = searching || equality ? "+" : "";
        w.sql += " AND " + u + "q.category >= ? AND " + u +
                 "q.category < ? AND (q.category = ? OR substr(q.category, ?, 1) = '.')";
        w.binds << category << category + QLatin1Char('/') << category
                << QVariant::fromValue<qlonglong>(category.size() + 1);
    }
    if (!filter.worker.isEmpty()) {
        w.sql += std::string(" AND ") + unary + "q.received_by = (SELECT id FROM users WHERE badge = ?)";
        w.binds.append(filter.worker.trimmed().toUpper());
    }
    // A value range drives the query only when the queue is sorted by value; otherwise a wide
    // range would make the planner sort every match instead of walking an index in order.
    const std::string value =
        filter.sort == QLatin1String("value") ? " AND q.unit_value" : " AND +q.unit_value";
    if (filter.minValue) {
        w.sql += value + " >= ?";
        w.binds.append(QVariant::fromValue<qlonglong>(*filter.minValue));
    }
    if (filter.maxValue) {
        w.sql += value + " <= ?";
        w.binds.append(QVariant::fromValue<qlonglong>(*filter.maxValue));
    }
    if (filter.minAgeHours) {
        w.sql += " AND q.created_at <= ?";
        w.binds.append(QVariant::fromValue<qlonglong>(now - qint64(*filter.minAgeHours) * 3600000));
    }
    if (filter.maxAgeHours) {
        w.sql += " AND q.created_at >= ?";
        w.binds.append(QVariant::fromValue<qlonglong>(now - qint64(*filter.maxAgeHours) * 3600000));
    }
    if (searching) {
        // The SKU is copied into the queue row (queue_sku index): one range over the queue. The
        // other keys name single items: one indexed look-up per key, joined by UNION ALL (an OR
        // over the items' keys would scan them).
        QString term = filter.search.trimmed().toUpper();
        const bool prefix = term.endsWith(QLatin1Char('*'));
        if (prefix)
            term.chop(1);
        const QString upper = term + QChar(0xFFFF); // prefix: key >= term AND key < term + U+FFFF
        auto key = [&](const char* column) {
            w.binds << term;
            if (!prefix)
                return std::string(column) + " = ?";
            w.binds << upper;
            return std::string(column) + " >= ? AND " + column + " < ?";
        };
        // Every key binds the same values, so the order the pieces are built in does not matter.
        w.sql += " AND (" + key("q.sku") + " OR q.item_id IN (SELECT id FROM items WHERE " + key("lpn") +
                 " UNION ALL SELECT id FROM items WHERE " + key("serial") +
                 " UNION ALL SELECT id FROM items WHERE " + key("rma") +
                 " UNION ALL SELECT i.id FROM parcels p JOIN items i ON i.parcel_id = p.id WHERE " +
                 key("p.tracking") + "))";
    }
    return w;
}

// ORDER BY for a sort key; the queue time and id break ties so paging is stable.
std::string orderFor(const QueueFilter& filter, const char* alias) {
    static const QHash<QString, const char*> columns{
        {QStringLiteral("value"), "unit_value"},  {QStringLiteral("grade"), "grade"},
        {QStringLiteral("cause"), "cause"},       {QStringLiteral("disposition"), "disposition"},
        {QStringLiteral("category"), "category"}, {QStringLiteral("worker"), "received_by"}};
    const std::string dir = filter.descending ? " DESC" : "";
    const std::string a = alias;
    std::string order;
    if (const char* column = columns.value(filter.sort))
        order = a + "." + column + dir + ", ";
    return order + a + ".created_at" + dir + ", " + a + ".id" + dir;
}

} // namespace

Result<qint64> InspectionQueue::count(const QueueFilter& filter) {
    if (Status valid = filter.validate(); !valid)
        return valid.error();
    try {
        const QueueWhere where = whereFor(filter, m_station.now());
        Statement count = m_station.db().prepare("SELECT count(*) FROM queue q" + where.sql);
        where.bindTo(count);
        return count.step() ? count.int64(0) : 0;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Result<QueuePage> InspectionQueue::list(const QueueFilter& filter) {
    auto total = count(filter);
    if (!total)
        return total.error();
    try {
        Database& db = m_station.db();
        const Millis now = m_station.now();
        const std::string order = orderFor(filter, "q");
        const std::string limit =
            " LIMIT " + std::to_string(filter.limit) + " OFFSET " + std::to_string(filter.offset);
        QueueWhere where;
        std::string ids;
        if (filter.status.isEmpty() && filter.search.trimmed().isEmpty()) {
            // Every status, in order: each status's index gives its first offset + limit rows in
            // order, and only those are merged, instead of sorting the whole history.
            constexpr const char* columns = "q.id, q.created_at, q.unit_value, q.grade, q.cause, "
                                            "q.disposition, q.category, q.received_by";
            for (const char* status : {"open", "approved", "rejected"}) {
                QueueFilter one = filter;
                one.status = QLatin1String(status);
                const QueueWhere arm = whereFor(one, now);
                ids += ids.empty() ? "" : " UNION ALL ";
                ids += std::string("SELECT * FROM (SELECT ") + columns + " FROM queue q" + arm.sql +
                       " ORDER BY " + order + " LIMIT " + std::to_string(filter.offset + filter.limit) + ")";
                where.binds += arm.binds;
            }
            ids = "SELECT q.id FROM (" + ids + ") q ORDER BY " + order + limit;
        } else {
            where = whereFor(filter, now);
            ids = "SELECT q.id FROM queue q" + where.sql + " ORDER BY " + order + limit;
        }
        QueuePage page;
        page.total = *total;
        // The page's queue ids come from an index alone; only those rows are joined, so a deep
        // offset skips index entries, not joined rows.
        Statement rows = db.prepare(
            "SELECT q.id, i.lpn, q.cause, q.causes, q.status, q.created_at, coalesce(i.sku, ''), "
            "coalesce(i.serial, ''), p.tracking, coalesce(i.rma, ''), i.authorization, "
            "coalesce(i.grade, ''), coalesce(i.suggested, ''), coalesce(i.disposition, ''), "
            "coalesce(i.unit_value, 0), coalesce(i.currency, ''), u.badge, coalesce(i.fraud_flags, '[]'), "
            "coalesce(q.category, '') FROM (" +
            ids +
            ") page JOIN queue q ON q.id = page.id JOIN items i ON i.id = q.item_id "
            "JOIN parcels p ON p.id = i.parcel_id JOIN users u ON u.id = i.received_by ORDER BY " +
            order);
        where.bindTo(rows);
        while (rows.step()) {
            QueueEntry e;
            e.id = rows.int64(0);
            e.lpn = rows.text(1);
            e.cause = rows.text(2);
            e.causes = rows.text(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
            e.status = rows.text(4);
            e.createdAt = rows.int64(5);
            e.sku = rows.text(6);
            e.serial = rows.text(7);
            e.tracking = rows.text(8);
            e.rma = rows.text(9);
            e.authorization = rows.text(10);
            e.grade = rows.text(11);
            e.suggested = rows.text(12);
            e.disposition = rows.text(13);
            e.value = {rows.int64(14), rows.text(15)};
            e.worker = rows.text(16);
            for (const QJsonValue& v : QJsonDocument::fromJson(rows.blob(17)).array())
                e.fraudFlags.append(v.toString());
            e.category = rows.text(18);
            page.items.append(e);
        }
        return page;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

QMap<QString, qint64> InspectionQueue::countsByCause(const QString& status) {
    QMap<QString, qint64> counts;
    Statement s = m_station.db().prepare("SELECT cause, count(*) FROM queue WHERE status = ? GROUP BY cause");
    s.bind(1, status);
    while (s.step())
        counts.insert(s.text(0), s.int64(1));
    return counts;
}

QString exceptionDecisionLabel(const QString& name) {
    const auto decision = exceptionDecisionFromName(name);
    if (!decision)
        return name;
    switch (*decision) {
    case ExceptionDecision::LinkRma:
        return Tr::tr("linked to the RMA");
    case ExceptionDecision::Unmatched:
        return Tr::tr("kept without an RMA");
    case ExceptionDecision::Accept:
        return Tr::tr("accepted as received");
    case ExceptionDecision::Deny:
        return Tr::tr("refund denied");
    }
    return name;
}

QString exceptionDecisionName(ExceptionDecision decision) {
    switch (decision) {
    case ExceptionDecision::LinkRma:
        return QStringLiteral("link_rma");
    case ExceptionDecision::Unmatched:
        return QStringLiteral("unmatched");
    case ExceptionDecision::Accept:
        return QStringLiteral("accept");
    case ExceptionDecision::Deny:
        return QStringLiteral("deny");
    }
    return {};
}

std::optional<ExceptionDecision> exceptionDecisionFromName(QStringView name) {
    for (ExceptionDecision d : {ExceptionDecision::LinkRma, ExceptionDecision::Unmatched,
                                ExceptionDecision::Accept, ExceptionDecision::Deny})
        if (name == exceptionDecisionName(d))
            return d;
    return std::nullopt;
}

QJsonObject RmaMatch::toJson() const {
    return {{QStringLiteral("rma"), rma},
            {QStringLiteral("status"), status},
            {QStringLiteral("customer_ref"), customerRef},
            {QStringLiteral("reason_code"), reasonCode},
            {QStringLiteral("matched_by"), matchedBy}};
}

// What one decision does to every item it names.
struct InspectionQueue::Resolution {
    bool approve = true;
    std::optional<Disposition> disposition;
    QString comment;
    bool denyRefund = false;
    std::optional<ExceptionDecision> exception; // set: only items held for such an exception
    QString linkRma;
};

Result<QList<QueueDecision>> InspectionQueue::approve(const User& supervisor, const QStringList& lpns,
                                                      std::optional<Disposition> disposition,
                                                      const QString& comment) {
    Resolution how;
    how.disposition = disposition;
    how.comment = comment;
    return resolve(supervisor, lpns, how);
}

Result<QList<QueueDecision>> InspectionQueue::reject(const User& supervisor, const QStringList& lpns,
                                                     std::optional<Disposition> disposition,
                                                     const QString& comment) {
    if (comment.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason_required"), Tr::tr("A rejection needs a reason."));
    Resolution how;
    how.approve = false;
    how.disposition = disposition.value_or(Disposition::Quarantine);
    how.comment = comment;
    how.denyRefund = true;
    return resolve(supervisor, lpns, how);
}

Result<QueueDecision> InspectionQueue::resolveException(const User& supervisor, const QString& lpn,
                                                        ExceptionDecision decision, const QString& rma,
                                                        const QString& comment,
                                                        std::optional<Disposition> disposition) {
    Resolution how;
    how.exception = decision;
    how.comment = comment;
    how.disposition = disposition;
    switch (decision) {
    case ExceptionDecision::LinkRma:
        how.linkRma = rma.trimmed().toUpper();
        if (how.linkRma.isEmpty())
            return Error::invalid(QStringLiteral("rma_required"),
                                  Tr::tr("Choose the RMA to link the item to."));
        break;
    case ExceptionDecision::Unmatched:
        how.denyRefund = true; // nothing to refund against
        break;
    case ExceptionDecision::Accept:
        break;
    case ExceptionDecision::Deny:
        if (comment.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("reason_required"),
                                  Tr::tr("Denying a return needs a reason."));
        how.approve = false;
        how.denyRefund = true;
        how.disposition = disposition.value_or(Disposition::Quarantine);
        break;
    }
    auto results = resolve(supervisor, {lpn}, how);
    if (!results)
        return results.error();
    const QueueDecision& d = results->first();
    if (!d.ok)
        return Error::invalid(d.status, d.message);
    return d;
}

Result<QList<RmaMatch>> InspectionQueue::findRmas(const QString& text, int limit) {
    const QString term = text.trimmed().toUpper();
    if (term.isEmpty())
        return Error::invalid(QStringLiteral("search_required"),
                              Tr::tr("Type an RMA code, a tracking number or a serial."));
    try {
        QList<RmaMatch> matches;
        QSet<QString> seen;
        auto collect = [&](Statement& s, const QString& by) {
            while (s.step() && matches.size() < limit) {
                RmaMatch m{s.text(0), s.text(1), s.text(2), s.text(3), by};
                if (!seen.contains(m.rma)) {
                    seen.insert(m.rma);
                    matches.append(m);
                }
            }
        };
        Database& db = m_station.db();
        constexpr const char* columns = "r.rma, r.status, r.customer_ref, r.reason_code";
        Statement byCode = db.prepare(std::string("SELECT ") + columns +
                                      " FROM rmas r WHERE r.rma >= ? AND r.rma < ? ORDER BY r.rma LIMIT ?");
        byCode.bindAll(term, term + QChar(0xFFFF), limit);
        collect(byCode, QStringLiteral("rma"));
        Statement byTracking =
            db.prepare(std::string("SELECT ") + columns +
                       " FROM rma_tracking t JOIN rmas r ON r.rma = t.rma WHERE t.tracking = ?");
        byTracking.bindAll(term);
        collect(byTracking, QStringLiteral("tracking"));
        Statement bySerial =
            db.prepare(std::string("SELECT ") + columns +
                       " FROM rma_serials s JOIN rmas r ON r.rma = s.rma WHERE s.serial = ?");
        bySerial.bindAll(term);
        collect(bySerial, QStringLiteral("serial"));
        return matches;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

QMap<QString, QueueFilter> InspectionQueue::presets() {
    QMap<QString, QueueFilter> presets;
    const QJsonObject stored =
        QJsonDocument::fromJson(m_station.setting(setting::QueuePresets).toUtf8()).object();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        if (auto filter = QueueFilter::fromJson(it.value().toObject()))
            presets.insert(it.key(), *filter); // a preset a newer version wrote may not parse: skipped
    return presets;
}

Status InspectionQueue::savePreset(const QString& name, const QueueFilter& filter) {
    const QString key = name.trimmed();
    if (key.isEmpty() || key.size() > 40)
        return Error::invalid(QStringLiteral("invalid_preset_name"),
                              Tr::tr("A preset needs a name of 1 to 40 characters."));
    if (Status valid = filter.validate(); !valid)
        return valid;
    QJsonObject stored = QJsonDocument::fromJson(m_station.setting(setting::QueuePresets).toUtf8()).object();
    stored.insert(key, filter.toJson());
    return m_station.setSetting(setting::QueuePresets,
                                QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
}

Status InspectionQueue::deletePreset(const QString& name) {
    QJsonObject stored = QJsonDocument::fromJson(m_station.setting(setting::QueuePresets).toUtf8()).object();
    if (!stored.contains(name))
        return Error::notFound(QStringLiteral("unknown_preset"),
                               Tr::tr("There is no preset \"%1\".").arg(name));
    stored.remove(name);
    return m_station.setSetting(setting::QueuePresets,
                                QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
}

Result<QList<QueueDecision>> InspectionQueue::resolve(const User& supervisor, const QStringList& lpns,
                                                      const Resolution& how) {
    if (Status allowed = Users::requireRole(supervisor, Role::Supervisor); !allowed)
        return allowed.error();
    if (lpns.isEmpty())
        return Error::invalid(QStringLiteral("no_items"), Tr::tr("Name at least one item (LPN)."));
    Database& db = m_station.db();
    const QString comment = how.comment.trimmed();
    try {
        Transaction tx(db);
        QList<QueueDecision> results;
        bool allOk = true;
        const Millis now = m_station.now();
        EventLog events(db);
        Totes totes(m_station);
        for (const QString& raw : lpns) {
            QueueDecision d;
            d.lpn = raw.trimmed().toUpper();
            Statement& s = db.cached(
                "SELECT q.id, i.id, coalesce(i.disposition, 'quarantine'), i.authorization, "
                "coalesce(i.weight_g, p.weight_g, 0), i.sku, i.parcel_id FROM items i LEFT JOIN products p "
                "ON "
                "p.sku = i.sku LEFT JOIN queue q ON q.item_id = i.id AND q.status = 'open' WHERE i.lpn = ?");
            s.bind(1, d.lpn);
            const bool found = s.step();
            const bool queued = found && !s.isNull(0);
            const qint64 queueId = queued ? s.int64(0) : 0;
            const qint64 itemId = found ? s.int64(1) : 0;
            const QString finalDisposition = how.disposition ? dispositionName(*how.disposition) : s.text(2);
            const QString authorizationCode = found ? s.text(3) : QString();
            const qint64 weight = found ? s.int64(4) : 0;
            const QString sku = found ? s.text(5) : QString();
            const qint64 parcelId = found ? s.int64(6) : 0;
            s.reset();
            const bool blind = authorizationCode == authorization::UnknownParcel;
            if (!found) {
                d.status = QStringLiteral("unknown_lpn");
                d.message = Tr::tr("There is no item %1.").arg(d.lpn);
            } else if (!queued) {
                d.status = QStringLiteral("not_in_queue");
                d.message = Tr::tr("Item %1 is not waiting in the inspection queue.").arg(d.lpn);
            } else if (how.exception && authorizationCode == authorization::Authorized) {
                d.status = QStringLiteral("no_exception");
                d.message = Tr::tr("Item %1 is not held for an exception.").arg(d.lpn);
            } else if (how.exception && blind != (*how.exception == ExceptionDecision::LinkRma ||
                                                  *how.exception == ExceptionDecision::Unmatched)) {
                d.status = QStringLiteral("wrong_decision");
                d.message =
                    blind ? Tr::tr("Item %1 is a blind receipt: link it to an RMA or mark it unmatched.")
                                .arg(d.lpn)
                          : Tr::tr("Item %1 came with an RMA: accept or deny the return.").arg(d.lpn);
            } else {
                std::optional<qint64> rmaLine;
                if (!how.linkRma.isEmpty()) {
                    Statement rma = db.prepare("SELECT status FROM rmas WHERE rma = ?");
                    rma.bind(1, how.linkRma);
                    if (!rma.step()) {
                        d.status = QStringLiteral("unknown_rma");
                        d.message = Tr::tr("There is no RMA %1.").arg(how.linkRma);
                        allOk = false;
                        results.append(d);
                        continue;
                    }
                    Statement line =
                        db.prepare("SELECT line FROM rma_lines WHERE rma = ? AND sku = ? ORDER BY line");
                    line.bindAll(how.linkRma, sku);
                    if (line.step())
                        rmaLine = line.int64(0);
                    db.prepare("UPDATE items SET rma = ?, rma_line = ? WHERE id = ?")
                        .bindAll(how.linkRma, rmaLine, itemId)
                        .run();
                    db.prepare("UPDATE parcels SET rma = ? WHERE id = ? AND rma IS NULL")
                        .bindAll(how.linkRma, parcelId)
                        .run();
                }
                const QString status = how.approve ? QStringLiteral("approved") : QStringLiteral("rejected");
                db.cached("UPDATE queue SET status = ?, resolved_at = ?, resolved_by = ?, comment = ? WHERE "
                          "id = ?")
                    .bindAll(status, now, supervisor.id, comment, queueId)
                    .run();
                db.cached("UPDATE items SET status = ?, disposition = ? WHERE id = ?")
                    .bindAll(status, finalDisposition, itemId)
                    .run();
                const QJsonObject data{{QStringLiteral("by"), supervisor.badge},
                                       {QStringLiteral("comment"), comment},
                                       {QStringLiteral("disposition"), finalDisposition}};
                events.append(how.approve ? event::ItemApproved : event::ItemRejected, QStringLiteral("item"),
                              d.lpn, supervisor.badge, data, now);
                if (how.denyRefund) {
                    db.cached("UPDATE items SET refund_decision = 'deny', restocking_fee = 0 WHERE id = ?")
                        .bindAll(itemId)
                        .run();
                    events.append(event::ItemRefundDecided, QStringLiteral("item"), d.lpn, supervisor.badge,
                                  {{QStringLiteral("decision"), QStringLiteral("deny")},
                                   {QStringLiteral("restocking_fee"),
                                    Money{0, m_station.policy().approvalThreshold().currency}},
                                   {QStringLiteral("reason"), comment}},
                                  now);
                }
                if (authorizationCode != authorization::Authorized) {
                    QJsonObject resolved{{QStringLiteral("code"), authorizationCode},
                                         {QStringLiteral("details"), comment}};
                    if (how.exception)
                        resolved.insert(QStringLiteral("decision"), exceptionDecisionName(*how.exception));
                    if (!how.linkRma.isEmpty()) {
                        resolved.insert(QStringLiteral("rma"), how.linkRma);
                        resolved.insert(QStringLiteral("rma_line"),
                                        rmaLine ? QJsonValue(*rmaLine) : QJsonValue());
                    }
                    events.append(event::ExceptionResolved, QStringLiteral("item"), d.lpn, supervisor.badge,
                                  resolved, now);
                }
                const ToteInfo tote = totes.toteFor(finalDisposition);
                totes.moveItem(itemId, d.lpn, tote, weight, supervisor.badge, now, /*fromTote=*/true);
                d.ok = true;
                d.status = status;
                d.tote = tote.code;
            }
            allOk = allOk && d.ok;
            results.append(d);
        }
        if (!allOk)
            return results; // the transaction rolls back: all or nothing
        tx.commit();
        return results;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

} // namespace dockside
