#pragma once

#include "services/Station.h"

#include <QJsonObject>

namespace dockside {

struct ReportRow {
    QString figure; // e.g. "grade_mix"
    QString key;    // e.g. "B"
    QString value;  // number or decimal money
};

// One chart's data: categories along one axis, one bar (or column) per category and series.
// The same data draws the dashboard's Qt Charts, the PDF's painted charts and each chart's CSV.
struct ReportSeries {
    QString name;
    QList<double> values; // one per category
};

struct ReportChart {
    enum class Shape {
        Columns, // vertical columns along a time or ordered axis
        Bars,    // horizontal bars, for categories with long names
    };
    QString id;    // stable, e.g. "grade_mix"; names the CSV file
    QString title; // translated
    QString unit;  // translated unit of the values, e.g. "items", "EUR", "%"
    Shape shape = Shape::Bars;
    int decimals = 0;
    QStringList categories;
    QList<ReportSeries> series;

    bool isEmpty() const;
    QByteArray toCsv() const; // "category,<series>..." with RFC 4180 quoting
};

struct ReportOptions {
    int top = 10;              // entries in the top-N lists
    int minReturnsForRate = 5; // a SKU needs this many graded returns for a defect or NFF rate
};

struct Report {
    Millis from = 0;
    Millis to = 0;
    QJsonObject figures;
    QList<ReportRow> rows() const; // the same figures, flat, for CSV
    QByteArray toCsv() const;
    QList<ReportChart> charts() const; // the dashboard's charts, in order
};

// Analytics over the items received in [from, to): volumes, grade and disposition mix, recovery,
// refunds, top reasons and SKUs, stated vs observed reasons, dock-to-stock and refund-decision
// times, units per hour and grader consistency per worker, the open queue's age and the
// sustainability ledger. Whole UTC days come from the report_facts summary table, the partial days
// at either end from the items themselves (the same view defines both), so a 90-day period costs
// the same whatever the station's size.
Result<Report> buildReport(Station& station, Millis from, Millis to, const ReportOptions& options = {});

// Recomputes report_facts from the items (after a bulk repair, or to check it): true when the
// stored summary already matched.
Result<bool> rebuildReportFacts(Station& station);

} // namespace dockside
