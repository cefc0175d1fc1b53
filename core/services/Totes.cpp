#include "services/Totes.h"

#include "services/EventLog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Totes)
};

constexpr const char* kToteColumns = "t.id, t.code, t.disposition, t.status, t.opened_at, t.closed_at, "
                                     "t.weight_g, t.partner, t.certificate_ref, "
                                     "(SELECT count(*) FROM items i WHERE i.tote_id = t.id)";

ToteInfo readTote(const Statement& s) {
    ToteInfo t;
    t.id = s.int64(0);
    t.code = s.text(1);
    t.disposition = s.text(2);
    t.status = s.text(3);
    t.openedAt = s.int64(4);
    t.closedAt = s.optionalInt64(5).value_or(0);
    t.weightG = s.int64(6);
    t.partner = s.text(7);
    t.certificateRef = s.text(8);
    t.itemCount = s.integer(9);
    return t;
}

} // namespace

QJsonObject ToteInfo::toJson() const {
    QJsonObject json{
        {QStringLiteral("tote"), code},        {QStringLiteral("disposition"), disposition},
        {QStringLiteral("status"), status},    {QStringLiteral("items"), itemCount},
        {QStringLiteral("weight_g"), weightG}, {QStringLiteral("opened_at"), toRfc3339(openedAt)}};
    if (closedAt)
        json.insert(QStringLiteral("closed_at"), toRfc3339(closedAt));
    if (!partner.isEmpty())
        json.insert(QStringLiteral("partner"), partner);
    if (!certificateRef.isEmpty())
        json.insert(QStringLiteral("certificate_ref"), certificateRef);
    return json;
}

bool Totes::needsChainOfCustody(const QString& disposition) {
    return disposition == dispositionName(Disposition::Recycle) ||
           disposition == dispositionName(Disposition::Destroy);
}

ToteInfo Totes::toteFor(const QString& disposition) {
    Database& db = m_station.db();
    Statement& s = db.cached(
        "SELECT id, code, opened_at, weight_g FROM totes WHERE disposition = ? AND status = 'open'");
    s.bind(1, disposition);
    ToteInfo tote;
    tote.disposition = disposition;
    tote.status = QStringLiteral("open");
    if (s.step()) {
        tote.id = s.int64(0);
        tote.code = s.text(1);
        tote.openedAt = s.int64(2);
        tote.weightG = s.int64(3);
        s.reset();
        return tote;
    }
    s.reset();
    tote.code = QStringLiteral("TOTE-%1").arg(m_station.nextCounter("tote"), 4, 10, QLatin1Char('0'));
    tote.openedAt = m_station.now();
    db.cached("INSERT INTO totes (code, disposition, opened_at) VALUES (?, ?, ?)")
        .bindAll(tote.code, disposition, tote.openedAt)
        .run();
    tote.id = db.lastInsertRowId();
    return tote;
}

void Totes::moveItem(qint64 itemId, const QString& lpn, const ToteInfo& tote, qint64 weightG,
                     const QString& user, Millis at, bool fromTote) {
    Database& db = m_station.db();
    if (fromTote)
        db.cached(
              "UPDATE totes SET weight_g = weight_g - ? WHERE id = (SELECT tote_id FROM items WHERE id = ?)")
            .bindAll(weightG, itemId)
            .run();
    db.cached("UPDATE items SET tote_id = ? WHERE id = ?").bindAll(tote.id, itemId).run();
    recordPlacement(lpn, tote, weightG, user, at);
}

void Totes::recordPlacement(const QString& lpn, const ToteInfo& tote, qint64 weightG, const QString& user,
                            Millis at) {
    Database& db = m_station.db();
    db.cached("UPDATE totes SET weight_g = weight_g + ? WHERE id = ?").bindAll(weightG, tote.id).run();
    EventLog(db).append(event::ItemMovedToTote, QStringLiteral("item"), lpn, user,
                        {{QStringLiteral("tote"), tote.code}}, at);
}

QList<ToteInfo> Totes::list(bool includeClosed) {
    QList<ToteInfo> totes;
    Statement s = m_station.db().prepare(std::string("SELECT ") + kToteColumns + " FROM totes t" +
                                         (includeClosed ? "" : " WHERE t.status = 'open'") +
                                         " ORDER BY t.status DESC, t.disposition, t.code");
    while (s.step())
        totes.append(readTote(s));
    return totes;
}

Result<ToteInfo> Totes::find(const QString& code) {
    try {
        Statement s =
            m_station.db().prepare(std::string("SELECT ") + kToteColumns + " FROM totes t WHERE t.code = ?");
        s.bind(1, code.trimmed().toUpper());
        if (!s.step())
            return Error::notFound(QStringLiteral("unknown_tote"), Tr::tr("There is no tote %1.").arg(code));
        return readTote(s);
    } catch (const StoreError& e) {
        return toError(e);
    }
}

QList<ManifestLine> Totes::manifest(const QString& code) {
    QList<ManifestLine> lines;
    Statement s = m_station.db().prepare(
        "SELECT i.lpn, coalesce(i.sku, ''), coalesce(p.description, ''), coalesce(i.grade, ''), "
        "coalesce(i.unit_value, 0), coalesce(i.currency, ''), coalesce(i.weight_g, p.weight_g, 0) "
        "FROM items i JOIN totes t ON t.id = i.tote_id LEFT JOIN products p ON p.sku = i.sku "
        "WHERE t.code = ? ORDER BY i.lpn");
    s.bind(1, code);
    while (s.step())
        lines.append({s.text(0), s.text(1), s.text(2), s.text(3), {s.int64(4), s.text(5)}, s.int64(6)});
    return lines;
}

Result<ToteInfo> Totes::close(const User& user, const QString& code, const QString& partner,
                              const QString& certificateRef) {
    auto found = find(code);
    if (!found)
        return found.error();
    ToteInfo tote = *found;
    if (tote.status != QLatin1String("open"))
        return Error::invalid(QStringLiteral("tote_closed"),
                              Tr::tr("Tote %1 is already closed.").arg(tote.code));
    if (tote.itemCount == 0)
        return Error::invalid(QStringLiteral("tote_empty"),
                              Tr::tr("Tote %1 is empty; there is nothing to ship.").arg(tote.code));
    if (tote.disposition == kReviewTote)
        return Error::invalid(QStringLiteral("review_tote"),
                              Tr::tr("Tote %1 holds items waiting for a supervisor; it is emptied by their "
                                     "decisions, not closed.")
                                  .arg(tote.code));
    if (needsChainOfCustody(tote.disposition) &&
        (partner.trimmed().isEmpty() || certificateRef.trimmed().isEmpty()))
        return Error::invalid(
            QStringLiteral("chain_of_custody"),
            Tr::tr("A %1 tote needs the partner who takes it and their certificate reference.")
                .arg(tote.disposition));
    Database& db = m_station.db();
    try {
        Transaction tx(db);
        const Millis now = m_station.now();
        QJsonArray lpns;
        Statement items = db.prepare("SELECT lpn FROM items WHERE tote_id = ? ORDER BY lpn");
        items.bind(1, tote.id);
        while (items.step())
            lpns.append(items.text(0));
        db.prepare("UPDATE totes SET status = 'closed', closed_at = ?, closed_by = ?, partner = ?, "
                   "certificate_ref = ? "
                   "WHERE id = ?")
            .bindAll(now, user.id, partner.trimmed().isEmpty() ? QString() : partner.trimmed(),
                     certificateRef.trimmed().isEmpty() ? QString() : certificateRef.trimmed(), tote.id)
            .run();
        db.prepare("UPDATE items SET status = 'shipped' WHERE tote_id = ?").bindAll(tote.id).run();
        QJsonObject data{{QStringLiteral("disposition"), tote.disposition},
                         {QStringLiteral("items"), lpns},
                         {QStringLiteral("weight_g"), tote.weightG}};
        if (!partner.trimmed().isEmpty())
            data.insert(QStringLiteral("partner"), partner.trimmed());
        if (!certificateRef.trimmed().isEmpty())
            data.insert(QStringLiteral("certificate_ref"), certificateRef.trimmed());
        EventLog(db).append(event::ToteClosed, QStringLiteral("tote"), tote.code, user.badge, data, now);
        tx.commit();
        tote.status = QStringLiteral("closed");
        tote.closedAt = now;
        tote.partner = partner.trimmed();
        tote.certificateRef = certificateRef.trimmed();
        return tote;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

} // namespace dockside
