#include "services/ReportPdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

QFont font(double pixelSize, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    f.setBold(bold);
    return f;
}

// A round step for about `ticks` grid lines up to `max`.
double niceStep(double max, int ticks) {
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

QString number(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QColor reportSeriesColor(int series) {
    // Okabe–Ito: blue, orange, bluish green, reddish purple
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                    QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7)};
    return colors[series % 4];
}

void paintReportChart(QPainter& p, const QRectF& box, const ReportChart& chart) {
    p.save();
    const double unit = std::min(box.height() / 24.0, box.width() / 40.0); // text scales with the chart
    p.setPen(Qt::black);
    p.setFont(font(unit * 1.1, true));
    const QRectF titleBox(box.left(), box.top(), box.width(), unit * 2);
    p.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(chart.title, Qt::ElideRight, static_cast<int>(titleBox.width())));
    QRectF area(box.left(), titleBox.bottom() + unit * 0.5, box.width(),
                box.height() - titleBox.height() - unit);
    p.setFont(font(unit * 0.8));
    const QFontMetricsF metrics(p.font(), p.device());
    if (chart.categories.isEmpty() || chart.isEmpty()) {
        p.setPen(Qt::darkGray);
        p.drawRect(area);
        p.drawText(area, Qt::AlignCenter, Tr::tr("No data for this period"));
        p.restore();
        return;
    }
    double max = 0;
    for (const ReportSeries& s : chart.series)
        for (const double v : s.values)
            max = std::max(max, v);
    const double step = niceStep(max, 4);
    const double top = std::max(step, std::ceil(max / step) * step);
    const int seriesCount = static_cast<int>(chart.series.size());

    if (seriesCount > 1) { // legend under the title
        double x = area.left();
        for (int s = 0; s < seriesCount; ++s) {
            p.fillRect(QRectF(x, area.top(), unit * 0.8, unit * 0.8), reportSeriesColor(s));
            p.setPen(Qt::black);
            p.drawText(QPointF(x + unit, area.top() + unit * 0.75), chart.series[s].name);
            x += unit * 1.5 + metrics.horizontalAdvance(chart.series[s].name);
        }
        area.setTop(area.top() + unit * 1.4);
    }
    // The unit on the value axis.
    p.setPen(Qt::darkGray);
    p.drawText(QRectF(area.left(), area.top(), area.width(), unit), Qt::AlignRight | Qt::AlignTop,
               chart.unit);
    area.setTop(area.top() + unit * 1.2);

    if (chart.shape == ReportChart::Shape::Bars) {
        const int rows = static_cast<int>(chart.categories.size());
        const double labelWidth = area.width() * 0.38;
        const QRectF plot(area.left() + labelWidth, area.top(), area.width() - labelWidth - unit * 4,
                          area.height() - unit * 1.2);
        const double rowHeight = plot.height() / rows;
        const double barHeight = std::min(rowHeight * 0.8 / seriesCount, unit * 1.6);
        p.setPen(QColor(0xDD, 0xDD, 0xDD));
        for (double v = 0; v <= top + step / 2; v += step) {
            const double x = plot.left() + plot.width() * v / top;
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            p.setPen(Qt::darkGray);
            p.drawText(QRectF(x - unit * 3, plot.bottom(), unit * 6, unit * 1.2), Qt::AlignCenter,
                       number(v, step < 1 ? 1 : 0));
            p.setPen(QColor(0xDD, 0xDD, 0xDD));
        }
        for (int r = 0; r < rows; ++r) {
            const double y = plot.top() + rowHeight * r + (rowHeight - barHeight * seriesCount) / 2;
            p.setPen(Qt::black);
            p.drawText(QRectF(area.left(), plot.top() + rowHeight * r, labelWidth - unit * 0.5, rowHeight),
                       Qt::AlignRight | Qt::AlignVCenter,
                       metrics.elidedText(chart.categories[r], Qt::ElideMiddle, labelWidth - unit * 0.5));
            for (int s = 0; s < seriesCount; ++s) {
                const double value = chart.series[s].values.value(r);
                // Negative values (a donation's net recovery) keep their number but no bar.
                const QRectF bar(plot.left(), y + barHeight * s, plot.width() * std::max(0.0, value) / top,
                                 barHeight);
                p.fillRect(bar, reportSeriesColor(s));
                p.setPen(Qt::black);
                p.drawText(QRectF(bar.right() + unit * 0.3, bar.top(), unit * 5, bar.height()),
                           Qt::AlignLeft | Qt::AlignVCenter, number(value, chart.decimals));
            }
        }
    } else {
        const double axisWidth = unit * 3.5;
        const QRectF plot(area.left() + axisWidth, area.top(), area.width() - axisWidth,
                          area.height() - unit * 2);
        const int columns = static_cast<int>(chart.categories.size());
        const double slot = plot.width() / columns;
        const double columnWidth = slot * 0.8 / seriesCount;
        for (double v = 0; v <= top + step / 2; v += step) {
            const double y = plot.bottom() - plot.height() * v / top;
            p.setPen(QColor(0xDD, 0xDD, 0xDD));
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            p.setPen(Qt::darkGray);
            p.drawText(QRectF(area.left(), y - unit * 0.6, axisWidth - unit * 0.3, unit * 1.2),
                       Qt::AlignRight | Qt::AlignVCenter, number(v, step < 1 ? 1 : 0));
        }
        // Category labels: as many as fit side by side; values on the columns when they fit too.
        const double labelWidth = metrics.horizontalAdvance(chart.categories.first()) + unit;
        const int labelEvery = std::max(1, static_cast<int>(std::ceil(labelWidth / slot)));
        const bool valuesFit = metrics.horizontalAdvance(number(max, chart.decimals)) < slot;
        for (int c = 0; c < columns; ++c) {
            for (int s = 0; s < seriesCount; ++s) {
                const double value = chart.series[s].values.value(c);
                const double height = plot.height() * std::max(0.0, value) / top;
                const QRectF column(plot.left() + slot * c + slot * 0.1 + columnWidth * s,
                                    plot.bottom() - height, std::max(columnWidth, 0.5), height);
                p.fillRect(column, reportSeriesColor(s));
                if (valuesFit) {
                    p.setPen(Qt::black);
                    p.drawText(QRectF(column.left() - unit, column.top() - unit * 1.2,
                                      column.width() + unit * 2, unit * 1.2),
                               Qt::AlignHCenter | Qt::AlignBottom, number(value, chart.decimals));
                }
            }
            if (c % labelEvery == 0) {
                p.setPen(Qt::black);
                p.drawText(QRectF(plot.left() + slot * c - slot * (labelEvery - 1) / 2.0,
                                  plot.bottom() + unit * 0.2, slot * labelEvery, unit * 1.4),
                           Qt::AlignHCenter | Qt::AlignTop, chart.categories[c]);
            }
        }
        p.setPen(Qt::black);
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
    }
    p.restore();
}

Status writeReportPdf(const Report& report, const QString& stationName, const QString& path) {
    auto failed = [&](const QString& why) {
        return Error::failed(QStringLiteral("write_failed"), Tr::tr("Cannot write %1: %2").arg(path, why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    {
        constexpr int dpi = 96; // coordinates in CSS pixels; the PDF's text and shapes stay vector
        QPdfWriter pdf(&file);
        pdf.setResolution(dpi);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setTitle(Tr::tr("Returns report %1").arg(stationName));
        pdf.setCreator(QStringLiteral("Dockside"));
        QPainter p(&pdf);
        if (!p.isActive())
            return failed(Tr::tr("the PDF could not be started"));
        const QRectF page(0, 0, pdf.width(), pdf.height());
        const QJsonObject& f = report.figures;
        auto day = [](Millis ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        };
        int pageNumber = 1;
        auto footer = [&] {
            p.setFont(font(10));
            p.setPen(Qt::darkGray);
            p.drawText(QRectF(page.left(), page.bottom() - 16, page.width(), 16), Qt::AlignRight,
                       Tr::tr("Page %1").arg(pageNumber));
        };

        p.setFont(font(24, true));
        p.drawText(QRectF(page.left(), page.top(), page.width(), 36), Qt::AlignLeft | Qt::AlignVCenter,
                   Tr::tr("Returns report — %1").arg(stationName));
        p.setFont(font(13));
        p.drawText(QRectF(page.left(), page.top() + 40, page.width(), 22), Qt::AlignLeft,
                   Tr::tr("Items received %1 to %2 · printed %3")
                       .arg(day(report.from), day(report.to), day(nowMillis())));
        const QString currency = f.value(QStringLiteral("currency")).toString();
        auto money = [&](const char* key) {
            return QStringLiteral("%1 %2").arg(
                f.value(QLatin1String(key)).toObject().value(QStringLiteral("amount")).toString(), currency);
        };
        auto minutes = [&](const char* key, const char* which) {
            const double m = f.value(QLatin1String(key)).toObject().value(QLatin1String(which)).toDouble();
            return m < 120 ? Tr::tr("%1 min").arg(number(m, 0)) : Tr::tr("%1 h").arg(number(m / 60.0, 1));
        };
        const QJsonObject nff = f.value(QStringLiteral("no_fault_found")).toObject();
        const QList<std::pair<QString, QString>> headline{
            {Tr::tr("Items received"), number(f.value(QStringLiteral("received")).toDouble(), 0)},
            {Tr::tr("Items decided"), number(f.value(QStringLiteral("decided")).toDouble(), 0)},
            {Tr::tr("Estimated recovery"), money("recovery_total")},
            {Tr::tr("Restocking fees"), money("restocking_fees")},
            {Tr::tr("Dock to stock, median / 90th percentile"),
             QStringLiteral("%1 / %2").arg(minutes("dock_to_stock_minutes", "median"),
                                           minutes("dock_to_stock_minutes", "p90"))},
            {Tr::tr("Receipt to refund decision, median / 90th percentile"),
             QStringLiteral("%1 / %2").arg(minutes("refund_decision_minutes", "median"),
                                           minutes("refund_decision_minutes", "p90"))},
            {Tr::tr("No fault found where the customer said defective"),
             QStringLiteral("%1 % (%2 of %3)")
                 .arg(number(nff.value(QStringLiteral("rate")).toDouble() * 100, 1),
                      number(nff.value(QStringLiteral("no_fault_found")).toDouble(), 0),
                      number(nff.value(QStringLiteral("stated_defective")).toDouble(), 0))},
            {Tr::tr("Kept out of landfill (by weight)"),
             QStringLiteral("%1 %").arg(
                 number(f.value(QStringLiteral("kept_from_landfill_share")).toDouble() * 100, 1))},
            {Tr::tr("Waiting in the inspection queue now"),
             number(f.value(QStringLiteral("queue_age")).toObject().value(QStringLiteral("open")).toDouble(),
                    0)},
        };
        double y = page.top() + 80;
        for (const auto& [label, value] : headline) {
            p.setPen(Qt::black);
            p.setFont(font(13));
            p.drawText(QRectF(page.left(), y, page.width() * 0.62, 24), Qt::AlignLeft | Qt::AlignVCenter,
                       label);
            p.setFont(font(13, true));
            p.drawText(QRectF(page.left() + page.width() * 0.62, y, page.width() * 0.38, 24),
                       Qt::AlignRight | Qt::AlignVCenter, value);
            p.setPen(QColor(0xDD, 0xDD, 0xDD));
            p.drawLine(QPointF(page.left(), y + 25), QPointF(page.right(), y + 25));
            y += 28;
        }

        // Charts: the first fills the rest of page 1, then two per page.
        const QList<ReportChart> charts = report.charts();
        const double gap = 24;
        const double half = (page.height() - 20 - gap) / 2;
        int slot = 1; // page 1 has one slot left under the headline figures
        for (const ReportChart& chart : charts) {
            QRectF box;
            if (pageNumber == 1 && slot == 1) {
                box = QRectF(page.left(), y + gap, page.width(), page.bottom() - 20 - y - gap);
                slot = 2;
            } else {
                if (slot == 2) {
                    footer();
                    pdf.newPage();
                    ++pageNumber;
                    slot = 0;
                }
                box = QRectF(page.left(), page.top() + slot * (half + gap), page.width(), half);
                ++slot;
            }
            paintReportChart(p, box, chart);
        }
        footer();
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace dockside
