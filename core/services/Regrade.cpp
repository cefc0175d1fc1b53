#include "services/Regrade.h"

#include "services/EventLog.h"
#include "services/Users.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Regrade)
};

const QString kItem = QStringLiteral("item");

AgreementRow readRow(const Statement& s) {
    return {s.text(0), s.int64(1), s.int64(2)};
}

} // namespace

QJsonObject RegradeTask::toJson() const {
    return {{QStringLiteral("lpn"), lpn},
            {QStringLiteral("sku"), sku},
            {QStringLiteral("description"), description},
            {QStringLiteral("category"), category},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("requested_by"), requestedBy},
            {QStringLiteral("assigned_to"), assignedTo},
            {QStringLiteral("comment"), comment},
            {QStringLiteral("requested_at"), toRfc3339(requestedAt)}};
}

QJsonObject RegradeInfo::toJson() const {
    return {{QStringLiteral("status"), status},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("first_grade"), firstGrade},
            {QStringLiteral("first_by"), firstBy},
            {QStringLiteral("grade"), grade},
            {QStringLiteral("graded_by"), gradedBy}};
}

QJsonObject RegradeResult::toJson() const {
    return {{QStringLiteral("lpn"), lpn},
            {QStringLiteral("grade"), grade},
            {QStringLiteral("first_grade"), firstGrade},
            {QStringLiteral("agrees"), agrees}};
}

QJsonObject AgreementRow::toJson() const {
    return {{QStringLiteral("key"), key},
            {QStringLiteral("compared"), compared},
            {QStringLiteral("agreed"), agreed},
            {QStringLiteral("rate"), rate()}};
}

QJsonObject GraderAgreement::toJson() const {
    QJsonArray workers;
    for (const AgreementRow& r : byWorker)
        workers.append(r.toJson());
    QJsonArray categories;
    for (const AgreementRow& r : byCategory)
        categories.append(r.toJson());
    return {{QStringLiteral("overall"), overall.toJson()},
            {QStringLiteral("by_worker"), workers},
            {QStringLiteral("by_category"), categories}};
}

double Regrade::sharePercent() {
    bool ok = false;
    const double share = m_station.setting(setting::RegradeSharePercent).toDouble(&ok);
    return ok && share >= 0 && share <= 100 ? share : kDefaultSharePercent;
}

bool Regrade::inSample(const QString& lpn, double sharePercent) {
    if (sharePercent <= 0)
        return false;
    // FNV-1a over the LPN's bytes: stable across runs and platforms, unlike qHash's seed.
    quint32 hash = 2166136261u;
    for (char c : lpn.toUtf8()) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return (hash % 10000u) < static_cast<quint32>(sharePercent * 100.0);
}

void Regrade::sampleGraded(qint64 itemId, const QString& lpn, const QString& grade, const User& worker,
                           const QString& category, Millis now) {
    if (!inSample(lpn, sharePercent()))
        return;
    Database& db = m_station.db();
    Statement& open = db.cached("SELECT 1 FROM regrades WHERE item_id = ? AND status = 'open'");
    open.bind(1, itemId);
    const bool already = open.step();
    open.reset();
    if (already)
        return;
    db.cached(
          "INSERT INTO regrades (item_id, reason, first_grade, first_by, category, requested_at) VALUES (?, "
          "'sample', ?, ?, ?, ?)")
        .bindAll(itemId, grade, worker.id, category.isEmpty() ? QString() : category, now)
        .run();
    EventLog(db).append(event::ItemRegradeRequested, kItem, lpn, worker.badge,
                        {{QStringLiteral("reason"), QStringLiteral("sample")}}, now);
}

Status Regrade::request(const User& supervisor, const QString& lpn, const QString& comment,
                        const QString& assignee) {
    if (Status allowed = Users::requireRole(supervisor, Role::Supervisor); !allowed)
        return allowed;
    const QString code = lpn.trimmed().toUpper();
    Database& db = m_station.db();
    try {
        Transaction tx(db);
        Statement item =
            db.prepare("SELECT i.id, i.grade, i.received_by, p.category, u.badge FROM items i "
                       "JOIN users u ON u.id = i.received_by LEFT JOIN products p ON p.sku = i.sku "
                       "WHERE i.lpn = ?");
        item.bind(1, code);
        if (!item.step())
            return Error::notFound(QStringLiteral("unknown_lpn"), Tr::tr("There is no item %1.").arg(code));
        if (item.isNull(1))
            return Error::invalid(QStringLiteral("not_graded"),
                                  Tr::tr("Item %1 has not been graded yet.").arg(code));
        const qint64 itemId = item.int64(0);
        const QString firstGrade = item.text(1);
        const qint64 firstBy = item.int64(2);
        const QString category = item.text(3);
        const QString firstBadge = item.text(4);
        Statement open = db.prepare("SELECT 1 FROM regrades WHERE item_id = ? AND status = 'open'");
        open.bind(1, itemId);
        if (open.step())
            return Error::invalid(QStringLiteral("regrade_open"),
                                  Tr::tr("Item %1 is already waiting for a second grade.").arg(code));
        std::optional<qint64> assignedTo;
        QString assigneeBadge = assignee.trimmed().toUpper();
        if (!assigneeBadge.isEmpty()) {
            Statement who = db.prepare("SELECT id, active FROM users WHERE badge = ?");
            who.bind(1, assigneeBadge);
            if (!who.step() || who.int64(1) == 0)
                return Error::notFound(QStringLiteral("unknown_badge"),
                                       Tr::tr("There is no active user with badge %1.").arg(assigneeBadge));
            if (who.int64(0) == firstBy)
                return Error::invalid(QStringLiteral("same_grader"),
                                      Tr::tr("%1 graded this item; choose another worker.").arg(firstBadge));
            assignedTo = who.int64(0);
        }
        const Millis now = m_station.now();
        db.prepare("INSERT INTO regrades (item_id, reason, first_grade, first_by, category, requested_by, "
                   "assigned_to, requested_at, comment) VALUES (?, 'supervisor', ?, ?, ?, ?, ?, ?, ?)")
            .bindAll(itemId, firstGrade, firstBy, category.isEmpty() ? QString() : category, supervisor.id,
                     assignedTo, now, comment.trimmed())
            .run();
        QJsonObject data{{QStringLiteral("reason"), QStringLiteral("supervisor")},
                         {QStringLiteral("by"), supervisor.badge},
                         {QStringLiteral("comment"), comment.trimmed()}};
        if (!assigneeBadge.isEmpty())
            data.insert(QStringLiteral("assigned_to"), assigneeBadge);
        EventLog(db).append(event::ItemRegradeRequested, kItem, code, supervisor.badge, data, now);
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Result<QList<RegradeTask>> Regrade::pending(const User& worker, int limit) {
    try {
        Statement s = m_station.db().prepare(
            "SELECT i.lpn, coalesce(i.sku, ''), coalesce(p.description, ''), coalesce(r.category, ''), "
            "r.reason, "
            "coalesce(s.badge, ''), coalesce(a.badge, ''), coalesce(r.comment, ''), r.requested_at "
            // The page's ids first (index and rows of regrades only), then the joins for those few.
            "FROM (SELECT id FROM regrades WHERE status = 'open' AND first_by != ?1 AND (assigned_to IS NULL "
            "OR "
            "assigned_to = ?1) ORDER BY assigned_to IS NULL, requested_at LIMIT ?2) page "
            "JOIN regrades r ON r.id = page.id JOIN items i ON i.id = r.item_id "
            "LEFT JOIN products p ON p.sku = i.sku LEFT JOIN users s ON s.id = r.requested_by "
            "LEFT JOIN users a ON a.id = r.assigned_to ORDER BY r.assigned_to IS NULL, r.requested_at");
        s.bindAll(worker.id, limit);
        QList<RegradeTask> tasks;
        while (s.step())
            tasks.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6),
                          s.text(7), s.int64(8)});
        return tasks;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Result<RegradeResult> Regrade::submit(const User& worker, const QString& lpn, Grade grade,
                                      const QString& notes) {
    const QString code = lpn.trimmed().toUpper();
    Database& db = m_station.db();
    try {
        Transaction tx(db);
        Statement s = db.prepare("SELECT r.id, r.first_grade, r.first_by, r.assigned_to FROM regrades r JOIN "
                                 "items i ON i.id = r.item_id WHERE i.lpn = ? AND r.status = 'open'");
        s.bind(1, code);
        if (!s.step())
            return Error::notFound(QStringLiteral("no_regrade"),
                                   Tr::tr("Item %1 is not waiting for a second grade.").arg(code));
        const qint64 id = s.int64(0);
        RegradeResult result{code, gradeName(grade), s.text(1), false};
        if (s.int64(2) == worker.id)
            return Error::forbidden(
                QStringLiteral("same_grader"),
                Tr::tr("You graded %1 yourself; another worker must grade it again.").arg(code));
        if (!s.isNull(3) && s.int64(3) != worker.id)
            return Error::forbidden(QStringLiteral("assigned_elsewhere"),
                                    Tr::tr("The second grade of %1 was asked of another worker.").arg(code));
        result.agrees = result.grade == result.firstGrade;
        const Millis now = m_station.now();
        db.prepare(
              "UPDATE regrades SET status = 'done', grade = ?, graded_by = ?, graded_at = ? WHERE id = ?")
            .bindAll(result.grade, worker.id, now, id)
            .run();
        EventLog(db).append(event::ItemRegraded, kItem, code, worker.badge,
                            {{QStringLiteral("grade"), result.grade},
                             {QStringLiteral("first_grade"), result.firstGrade},
                             {QStringLiteral("notes"), notes.trimmed()}},
                            now);
        tx.commit();
        return result;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

std::optional<RegradeInfo> Regrade::latestFor(const QString& lpn) {
    Statement s = m_station.db().prepare(
        "SELECT r.status, r.reason, r.first_grade, f.badge, coalesce(r.grade, ''), coalesce(g.badge, ''), "
        "coalesce(r.graded_at, 0) FROM regrades r JOIN items i ON i.id = r.item_id JOIN users f ON f.id = "
        "r.first_by LEFT JOIN users g ON g.id = r.graded_by WHERE i.lpn = ? ORDER BY r.id DESC LIMIT 1");
    s.bind(1, lpn.trimmed().toUpper());
    if (!s.step())
        return std::nullopt;
    return RegradeInfo{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.int64(6)};
}

Result<GraderAgreement> Regrade::graderAgreement(Millis from, Millis to) {
    try {
        Database& db = m_station.db();
        GraderAgreement figures;
        // regrades_done is a partial index on graded_at: the range reads only finished re-grades.
        constexpr const char* agreed = "count(*), sum(r.grade = r.first_grade) FROM regrades r ";
        constexpr const char* range = " WHERE r.status = 'done' AND r.graded_at >= ?1 AND r.graded_at < ?2 ";
        Statement all = db.prepare(std::string("SELECT '', ") + agreed + range);
        all.bindAll(from, to);
        if (all.step())
            figures.overall = readRow(all);
        Statement workers =
            db.prepare(std::string("SELECT u.badge, ") + agreed + "JOIN users u ON u.id = r.first_by" +
                       range + "GROUP BY r.first_by ORDER BY u.badge");
        workers.bindAll(from, to);
        while (workers.step())
            figures.byWorker.append(readRow(workers));
        Statement categories = db.prepare(std::string("SELECT coalesce(r.category, ''), ") + agreed + range +
                                          "GROUP BY 1 ORDER BY 1");
        categories.bindAll(from, to);
        while (categories.step())
            figures.byCategory.append(readRow(categories));
        return figures;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

} // namespace dockside
