#pragma once

#include "domain/Types.h"
#include "services/Station.h"

#include <QJsonObject>

namespace dockside {

// What the supervisor's queue shows. Every field narrows the list in SQL; empty means any.
struct QueueFilter {
    QString status = QStringLiteral("open"); // open, approved, rejected, or empty for all
    QString cause;
    QString search;      // LPN, tracking, RMA, serial or SKU: exact match, or prefix with a trailing *
    QString grade;       // A, B, C, D or X
    QString disposition; // a disposition's wire name
    QString category;    // a category or a parent of it: "electronics" matches "electronics.audio"
    QString worker;      // badge of the worker who received the item
    std::optional<qint64> minValue; // unit value in minor units, inclusive
    std::optional<qint64> maxValue;
    std::optional<int> minAgeHours; // time in the queue, whole hours, inclusive
    std::optional<int> maxAgeHours;
    QString sort = QStringLiteral("queued_at"); // one of QueueFilter::sortKeys()
    bool descending = false;
    int limit = 50;
    int offset = 0;

    static QStringList sortKeys(); // queued_at, value, grade, cause, disposition, category, worker
    static QStringList causes();   // the queue causes, in their order of precedence
    Status validate() const;       // a clear message for the first bad field
    // Presets keep everything but paging.
    QJsonObject toJson() const;
    static Result<QueueFilter> fromJson(const QJsonObject& json);
    bool operator==(const QueueFilter&) const = default;
};

struct QueueEntry {
    qint64 id = 0;
    QString lpn;
    QString cause;
    QStringList causes;
    QString status;
    Millis createdAt = 0;
    QString sku;
    QString category;
    QString serial;
    QString tracking;
    QString rma;
    QString authorization;
    QString grade;
    QString suggested;
    QString disposition;
    Money value;
    QString worker;
    QStringList fraudFlags;
    QJsonObject toJson() const;
};

struct QueuePage {
    qint64 total = 0;
    QList<QueueEntry> items;
};

struct QueueDecision {
    QString lpn;
    bool ok = false;
    QString status; // approved, rejected, or the error code
    QString message;
    QString tote;
    QJsonObject toJson() const;
};

// How a supervisor settles an item held for an exception (InspectionQueue::resolveException).
enum class ExceptionDecision {
    LinkRma,   // blind receipt: the parcel belongs to this RMA after all
    Unmatched, // blind receipt: no RMA found; the item is kept, no refund
    Accept,    // serial mismatch, wrong item and the like: accept the return as received
    Deny,      // ... refuse it: the refund is denied (like reject)
};
QString exceptionDecisionName(ExceptionDecision decision);
std::optional<ExceptionDecision> exceptionDecisionFromName(QStringView name);
// A stored decision in the user's words ("link_rma" -> "linked to the RMA"); the name when unknown.
QString exceptionDecisionLabel(const QString& name);

// An RMA a blind receipt may belong to (InspectionQueue::findRmas).
struct RmaMatch {
    QString rma;
    QString status;
    QString customerRef;
    QString reasonCode;
    QString matchedBy; // rma, tracking or serial
    QJsonObject toJson() const;
};

// The supervisor's inspection queue. Filtering, sorting and paging happen in SQL on indexes of
// the queue table alone, so a page costs the same with 50,000 items queued as with 50.
class InspectionQueue {
public:
    explicit InspectionQueue(Station& station)
        : m_station(station) {}

    Result<QueuePage> list(const QueueFilter& filter);
    // Only the count of list(filter): what a table model needs for its row count.
    Result<qint64> count(const QueueFilter& filter);
    QMap<QString, qint64> countsByCause(const QString& status = QStringLiteral("open"));

    // Supervisor decisions over several items: all of them or none. When any item cannot be
    // decided, nothing changes and its result says why (ok = false).
    Result<QList<QueueDecision>> approve(const User& supervisor, const QStringList& lpns,
                                         std::optional<Disposition> disposition, const QString& comment);
    Result<QList<QueueDecision>> reject(const User& supervisor, const QStringList& lpns,
                                        std::optional<Disposition> disposition, const QString& comment);
    // Settles the exception an item is held for, and with it the item's queue entry. LinkRma
    // needs `rma`; Deny needs a comment.
    Result<QueueDecision> resolveException(const User& supervisor, const QString& lpn,
                                           ExceptionDecision decision, const QString& rma,
                                           const QString& comment,
                                           std::optional<Disposition> disposition = std::nullopt);
    // RMAs for a blind receipt: by RMA code (prefix), tracking number or expected serial.
    Result<QList<RmaMatch>> findRmas(const QString& text, int limit = 20);

    // Named filters kept for every supervisor of the station.
    QMap<QString, QueueFilter> presets();
    Status savePreset(const QString& name, const QueueFilter& filter);
    Status deletePreset(const QString& name);

private:
    struct Resolution;
    Result<QList<QueueDecision>> resolve(const User& supervisor, const QStringList& lpns,
                                         const Resolution& how);
    Station& m_station;
};

} // namespace dockside
