#pragma once

#include "services/Reports.h"

#include <QColor>

class QPainter;
class QRectF;

namespace dockside {

// The colour of a chart's n-th series, alike on screen and on paper (colour-blind safe).
QColor reportSeriesColor(int series);

// Draws one chart with QPainter (Qt Gui only, so dockside-cli can print reports without Qt
// Widgets): title, value axis, one bar or column per category and series, values beside them.
void paintReportChart(QPainter& painter, const QRectF& box, const ReportChart& chart);

// The whole report as an A4 PDF: a first page with the period and headline figures, then every
// chart of Report::charts(), two per page. Written atomically: a failure leaves no file.
Status writeReportPdf(const Report& report, const QString& stationName, const QString& path);

} // namespace dockside
