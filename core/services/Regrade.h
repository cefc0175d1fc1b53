#pragma once

#include "domain/Types.h"
#include "services/Station.h"

#include <QJsonObject>

namespace dockside {

// One item waiting for a blind second grade. What the first worker decided is deliberately
// absent: the re-grader must not see it.
struct RegradeTask {
    QString lpn;
    QString sku;
    QString description;
    QString category;
    QString reason;      // sample or supervisor
    QString requestedBy; // badge of the supervisor, empty for a sample
    QString assignedTo;  // badge, empty: any worker but the first
    QString comment;
    Millis requestedAt = 0;
    QJsonObject toJson() const;
};

// The state of an item's latest re-grade, for the supervisor (who may see both grades).
struct RegradeInfo {
    QString status; // open or done
    QString reason;
    QString firstGrade;
    QString firstBy;
    QString grade; // empty while open
    QString gradedBy;
    Millis gradedAt = 0;
    QJsonObject toJson() const;
};

struct RegradeResult {
    QString lpn;
    QString grade;
    QString firstGrade;
    bool agrees = false;
    QJsonObject toJson() const;
};

// Agreement of second grades with first grades, for one worker (the first grader), category or
// everything.
struct AgreementRow {
    QString key;
    qint64 compared = 0;
    qint64 agreed = 0;
    double rate() const { return compared ? double(agreed) / double(compared) : 0.0; }
    QJsonObject toJson() const;
};

struct GraderAgreement {
    AgreementRow overall;
    QList<AgreementRow> byWorker;   // key: the first grader's badge
    QList<AgreementRow> byCategory; // key: the product category ("" for items not in the catalog)
    QJsonObject toJson() const;
};

// Blind re-grades: a share of graded items (setting regrade_share_percent, default 2) and any
// item a supervisor asks for are graded again by another worker who does not see the first
// grade. The agreement of the two grades measures grader consistency.
class Regrade {
public:
    explicit Regrade(Station& station)
        : m_station(station) {}

    static constexpr double kDefaultSharePercent = 2.0;
    double sharePercent();
    // Whether an item falls into the sample: a stable hash of its LPN, so the same item always
    // gives the same answer and a replayed demo stays reproducible.
    static bool inSample(const QString& lpn, double sharePercent);

    // Called by the dock workflow inside its transaction, right after the item is graded.
    void sampleGraded(qint64 itemId, const QString& lpn, const QString& grade, const User& worker,
                      const QString& category, Millis now);
    // A supervisor asks for a second grade; `assignee` (a badge) may name the worker to do it.
    Status request(const User& supervisor, const QString& lpn, const QString& comment,
                   const QString& assignee = {});
    // Open re-grades this worker may do: never their own first grades.
    Result<QList<RegradeTask>> pending(const User& worker, int limit = 50);
    Result<RegradeResult> submit(const User& worker, const QString& lpn, Grade grade,
                                 const QString& notes = {});
    std::optional<RegradeInfo> latestFor(const QString& lpn);

    // Grader consistency over re-grades finished in [from, to): the figures the analytics show.
    Result<GraderAgreement> graderAgreement(Millis from, Millis to);

private:
    Station& m_station;
};

} // namespace dockside
