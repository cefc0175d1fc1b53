#pragma once

#include "services/Station.h"

#include <QJsonObject>

namespace dockside {

struct ReportRow {
    QString figure; // e.g. "grade_mix"
    QString key;    // e.g. "B"
    QString value;  // number or decimal money
};

struct Report {
    Millis from = 0;
    Millis to = 0;
    QJsonObject figures;
    QList<ReportRow> rows() const; // the same figures, flat, for CSV
    QByteArray toCsv() const;
};

// Analytics over the items received in [from, to): volumes, grade and disposition mix, recovery,
// refunds, stated vs observed reasons, exceptions, dock-to-stock time, the queue and the
// sustainability ledger. One pass over the period's items.
Result<Report> buildReport(Station& station, Millis from, Millis to);

// Which outcome an item's disposition counts as in the sustainability ledger.
QString ledgerOutcome(const QString& disposition);

} // namespace dockside
