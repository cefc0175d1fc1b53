#pragma once

#include "domain/Types.h"
#include "services/Station.h"

#include <QJsonObject>

namespace dockside {

struct QueueFilter {
    QString status = QStringLiteral("open"); // open, approved, rejected, or empty for all
    QString cause;
    QString search; // LPN, tracking, RMA, serial or SKU: exact match, or prefix with a trailing *
    int limit = 50;
    int offset = 0;
};

struct QueueEntry {
    qint64 id = 0;
    QString lpn;
    QString cause;
    QStringList causes;
    QString status;
    Millis createdAt = 0;
    QString sku;
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

// The supervisor's inspection queue. Filtering and paging happen in SQL.
class InspectionQueue {
public:
    explicit InspectionQueue(Station& station)
        : m_station(station) {}

    Result<QueuePage> list(const QueueFilter& filter);
    QMap<QString, qint64> countsByCause(const QString& status = QStringLiteral("open"));

    // Supervisor decisions over several items: all of them or none. When any item cannot be
    // decided, nothing changes and its result says why (ok = false).
    Result<QList<QueueDecision>> approve(const User& supervisor, const QStringList& lpns,
                                         std::optional<Disposition> disposition, const QString& comment);
    Result<QList<QueueDecision>> reject(const User& supervisor, const QStringList& lpns,
                                        std::optional<Disposition> disposition, const QString& comment);

private:
    Result<QList<QueueDecision>> resolve(const User& supervisor, const QStringList& lpns, bool approve,
                                         std::optional<Disposition> disposition, const QString& comment);
    Station& m_station;
};

} // namespace dockside
