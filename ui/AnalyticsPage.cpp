#include "AnalyticsPage.h"

#include "Dialogs.h"
#include "Theme.h"

#include "services/ReportPdf.h"
#include "services/Station.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dockside {

namespace {

// The categories as the axis shows them: horizontal bars list top-down, Qt Charts draws the first
// category at the bottom; long names are shortened.
QStringList axisCategories(const ReportChart& data) {
    QStringList categories = data.categories;
    if (data.shape == ReportChart::Shape::Bars)
        std::reverse(categories.begin(), categories.end());
    for (QString& c : categories)
        if (c.size() > 34)
            c = c.left(32) + QStringLiteral("…");
    return categories;
}

// A long title in two lines: Qt Charts cuts a title that is wider than the chart ("Geschätzter
// Erlös nach Verwertung (gesamt 332...."). The break goes before a bracket, else at the middle space.
QString chartTitle(const QString& title) {
    constexpr int kOneLine = 40; // characters that fit half the dashboard at the title's size
    if (title.size() <= kOneLine)
        return title;
    qsizetype at = title.indexOf(QStringLiteral(" ("));
    if (at <= 0) {
        const qsizetype middle = title.size() / 2;
        const qsizetype before = title.lastIndexOf(QLatin1Char(' '), middle);
        const qsizetype after = title.indexOf(QLatin1Char(' '), middle);
        at = before < 0 ? after : after < 0 ? before : (middle - before <= after - middle ? before : after);
    }
    if (at <= 0)
        return title;
    return title.left(at).toHtmlEscaped() + QStringLiteral("<br>") + title.mid(at + 1).toHtmlEscaped();
}

// Every word of a chart, apart from its shape: set when it is made, and again in place after a
// language switch (the report's figures stay; ReportChart carries the words in today's language).
void labelChart(QChart* chart, const ReportChart& data) {
    chart->setTitle(chartTitle(data.title));
    chart->setLocale(QLocale()); // month names on the time axis
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* values = qobject_cast<QValueAxis*>(axis))
            values->setTitleText(data.unit);
        else if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            categories->setCategories(axisCategories(data));
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            area->setName(data.series.value(0).name);
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            const QList<QBarSet*> sets = bars->barSets();
            for (int s = 0; s < sets.size(); ++s)
                sets[s]->setLabel(data.series.value(s).name);
        }
    }
}

QChart* makeChart(const ReportChart& data) {
    auto* chart = new QChart;
    QFont titleFont = chart->titleFont();
    titleFont.setPointSize(14);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont axisFont;
    axisFont.setPointSize(10);
    double max = 0;
    for (const ReportSeries& s : data.series)
        for (const double v : s.values)
            max = std::max(max, v);
    auto* values = new QValueAxis;
    double min = 0;
    for (const ReportSeries& s : data.series)
        for (const double v : s.values)
            min = std::min(min, v);                         // a donation's net recovery can be negative
    values->setRange(min * 1.12, max > 0 ? max * 1.12 : 1); // room for the value labels
    values->applyNiceNumbers();
    values->setLabelFormat(max < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    values->setLabelsFont(axisFont);

    if (data.id == QLatin1String("received_per_day") && data.categories.size() > 1) {
        // Days as a time axis: 90 day labels do not fit as categories.
        auto* line = new QLineSeries;
        for (int i = 0; i < data.categories.size(); ++i)
            line->append(static_cast<double>(QDate::fromString(data.categories[i], Qt::ISODate)
                                                 .startOfDay(Qt::UTC)
                                                 .toMSecsSinceEpoch()),
                         data.series.first().values.value(i));
        auto* area = new QAreaSeries(line);
        line->setParent(area); // QAreaSeries does not own its boundary series (LeakSanitizer found it)
        area->setColor(reportSeriesColor(0).lighter(160));
        area->setBorderColor(reportSeriesColor(0));
        chart->addSeries(area);
        auto* days = new QDateTimeAxis;
        days->setFormat(QStringLiteral("d MMM"));
        days->setTickCount(std::min<int>(8, static_cast<int>(data.categories.size())));
        days->setLabelsFont(axisFont);
        chart->addAxis(days, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        area->attachAxis(days);
        area->attachAxis(values);
        labelChart(chart, data);
        return chart;
    }

    const bool horizontal = data.shape == ReportChart::Shape::Bars;
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    for (int s = 0; s < data.series.size(); ++s) {
        auto* set = new QBarSet(QString());
        QList<double> v = data.series[s].values;
        if (horizontal) // in the order of axisCategories
            std::reverse(v.begin(), v.end());
        const double scale = std::pow(10.0, data.decimals);
        for (double& value : v)
            value = std::round(value * scale) / scale; // labels show the chart's decimals
        set->append(v);
        set->setColor(reportSeriesColor(s));
        set->setLabelColor(Qt::black);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(15);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(axisCategories(data));
    axis->setLabelsFont(axisFont);
    chart->addAxis(axis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(values);
    labelChart(chart, data);
    return chart;
}

} // namespace

AnalyticsPage::AnalyticsPage(Station& station, QWidget* parent)
    : QWidget(parent)
    , m_station(station) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setProperty("heading", true);
    top->addWidget(m_title);
    top->addSpacing(16);
    m_periods = new QButtonGroup(this);
    m_periods->setExclusive(true);
    for (const Period period :
         {Period::Today, Period::Days7, Period::Days30, Period::Days90, Period::Custom}) {
        auto* button = new QPushButton(this);
        button->setCheckable(true);
        button->setProperty("choice", true);
        button->setMinimumWidth(96);
        button->setObjectName(QStringLiteral("period%1").arg(static_cast<int>(period)));
        m_periods->addButton(button, static_cast<int>(period));
        top->addWidget(button);
    }
    m_periods->button(static_cast<int>(m_period))->setChecked(true);
    connect(m_periods, &QButtonGroup::idClicked, this,
            [this](int id) { setPeriod(static_cast<Period>(id)); });
    top->addStretch(1);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("savePdfButton"));
    connect(m_pdf, &QPushButton::clicked, this, &AnalyticsPage::savePdf);
    top->addWidget(m_pdf);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("analyticsBackButton"));
    m_back->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_back, &QPushButton::clicked, this, &AnalyticsPage::backRequested);
    top->addWidget(m_back);
    layout->addLayout(top);

    m_customBox = new QWidget(this);
    auto* custom = new QHBoxLayout(m_customBox);
    custom->setContentsMargins(0, 0, 0, 0);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-13), m_customBox);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(today, m_customBox);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumHeight(theme::kTarget);
    }
    m_fromLabel = new QLabel(m_customBox);
    m_fromLabel->setBuddy(m_from);
    custom->addWidget(m_fromLabel);
    custom->addWidget(m_from);
    m_toLabel = new QLabel(m_customBox);
    m_toLabel->setBuddy(m_to);
    custom->addWidget(m_toLabel);
    custom->addWidget(m_to);
    m_show = new QPushButton(m_customBox);
    m_show->setObjectName(QStringLiteral("showCustomButton"));
    m_show->setProperty("primary", true);
    connect(m_show, &QPushButton::clicked, this, [this] { setCustomRange(m_from->date(), m_to->date()); });
    custom->addWidget(m_show);
    custom->addStretch(1);
    m_customBox->setVisible(false);
    layout->addWidget(m_customBox);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("analyticsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_kpis = new QLabel(this);
    m_kpis->setObjectName(QStringLiteral("analyticsKpis"));
    m_kpis->setWordWrap(true);
    m_kpis->setTextFormat(Qt::RichText);
    layout->addWidget(m_kpis);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_chartsHost = new QWidget(scroll);
    m_chartsHost->setObjectName(QStringLiteral("analyticsCharts"));
    m_grid = new QGridLayout(m_chartsHost);
    m_grid->setSpacing(16);
    scroll->setWidget(m_chartsHost);
    layout->addWidget(scroll, 1);
    retranslateUi();
}

void AnalyticsPage::retranslateUi() {
    m_title->setText(tr("Analytics"));
    m_periods->button(static_cast<int>(Period::Today))->setText(tr("Today"));
    m_periods->button(static_cast<int>(Period::Days7))->setText(tr("7 days"));
    m_periods->button(static_cast<int>(Period::Days30))->setText(tr("30 days"));
    m_periods->button(static_cast<int>(Period::Days90))->setText(tr("90 days"));
    m_periods->button(static_cast<int>(Period::Custom))->setText(tr("Dates…"));
    m_pdf->setText(tr("Save PDF"));
    m_back->setText(tr("Back (Esc)"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to (included)"));
    m_show->setText(tr("Show"));
}

void AnalyticsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The same period and figures (a 90-day report is not computed again): only the words.
        if (m_report) {
            showFigures();
            relabelCharts();
        } else if (m_computed) {
            refresh(); // it failed: the reason in the new language
        }
    }
    QWidget::changeEvent(event);
}

void AnalyticsPage::setPeriod(Period period) {
    m_period = period;
    if (QAbstractButton* button = m_periods->button(static_cast<int>(period)))
        button->setChecked(true);
    m_customBox->setVisible(period == Period::Custom);
    refresh();
}

void AnalyticsPage::setCustomRange(const QDate& from, const QDate& to) {
    m_from->setDate(std::min(from, to));
    m_to->setDate(std::max(from, to));
    m_period = Period::Custom;
    m_periods->button(static_cast<int>(Period::Custom))->setChecked(true);
    m_customBox->setVisible(true);
    refresh();
}

// Periods are local days: "7 days" is today and the six days before, up to now.
std::pair<Millis, Millis> AnalyticsPage::range() const {
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_station.now()).toLocalTime();
    const QDate today = now.date();
    auto dayStart = [](const QDate& d) {
        return d.startOfDay().toMSecsSinceEpoch();
    };
    switch (m_period) {
    case Period::Today:
        return {dayStart(today), now.toMSecsSinceEpoch() + 1};
    case Period::Days7:
        return {dayStart(today.addDays(-6)), now.toMSecsSinceEpoch() + 1};
    case Period::Days30:
        return {dayStart(today.addDays(-29)), now.toMSecsSinceEpoch() + 1};
    case Period::Days90:
        return {dayStart(today.addDays(-89)), now.toMSecsSinceEpoch() + 1};
    case Period::Custom:
        break;
    }
    return {dayStart(m_from->date()), dayStart(m_to->date().addDays(1))};
}

void AnalyticsPage::refresh() {
    const auto [from, to] = range();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QElapsedTimer timer;
    timer.start();
    auto report = buildReport(m_station, from, to);
    m_computeMs = timer.elapsed();
    m_computed = true;
    QGuiApplication::restoreOverrideCursor();
    if (!report) {
        m_report.reset();
        theme::setTone(m_summary, Tone::Bad, report.error().message);
        emit message(report.error().message, true);
        rebuildCharts();
        return;
    }
    m_report = *report;
    showFigures();
    rebuildCharts();
}

void AnalyticsPage::showFigures() {
    const QLocale locale;
    const QString fromText = QDateTime::fromMSecsSinceEpoch(m_report->from)
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString toText = QDateTime::fromMSecsSinceEpoch(m_report->to - 1)
                               .toLocalTime()
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QJsonObject& f = m_report->figures;
    theme::setTone(m_summary, Tone::Neutral,
                   tr("Items received %1 – %2: %n item(s). Computed in %3 ms.", nullptr,
                      f.value(QStringLiteral("received")).toInt())
                       .arg(fromText, toText)
                       .arg(m_computeMs));
    auto minutes = [&](const char* key, const char* which) {
        const double m = f.value(QLatin1String(key)).toObject().value(QLatin1String(which)).toDouble();
        return m < 120 ? tr("%1 min").arg(locale.toString(m, 'f', 0))
                       : tr("%1 h").arg(locale.toString(m / 60.0, 'f', 1));
    };
    const QString currency = f.value(QStringLiteral("currency")).toString();
    const QJsonObject nff = f.value(QStringLiteral("no_fault_found")).toObject();
    const QList<std::pair<QString, QString>> tiles{
        {tr("Decided"), locale.toString(f.value(QStringLiteral("decided")).toInteger())},
        {tr("Recovery"),
         QStringLiteral("%1 %2").arg(
             f.value(QStringLiteral("recovery_total")).toObject().value(QStringLiteral("amount")).toString(),
             currency)},
        {tr("Dock to stock"),
         tr("%1 median · %2 p90")
             .arg(minutes("dock_to_stock_minutes", "median"), minutes("dock_to_stock_minutes", "p90"))},
        {tr("To refund decision"),
         tr("%1 median · %2 p90")
             .arg(minutes("refund_decision_minutes", "median"), minutes("refund_decision_minutes", "p90"))},
        {tr("No fault found"), QStringLiteral("%1 %").arg(locale.toString(
                                   nff.value(QStringLiteral("rate")).toDouble() * 100, 'f', 1))},
        {tr("Kept out of landfill"),
         QStringLiteral("%1 %").arg(
             locale.toString(f.value(QStringLiteral("kept_from_landfill_share")).toDouble() * 100, 'f', 1))},
        {tr("Queue now"),
         locale.toString(
             f.value(QStringLiteral("queue_age")).toObject().value(QStringLiteral("open")).toInteger())},
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='8'><tr>");
    for (const auto& [label, value] : tiles)
        html += QStringLiteral("<td style='background:#eef2f7; border:1px solid #8090a8'>"
                               "<span style='font-size:11pt'>%1</span><br><b "
                               "style='font-size:16pt'>%2</b></td><td width='6'></td>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    m_kpis->setText(html + QStringLiteral("</tr></table>"));
}

void AnalyticsPage::relabelCharts() {
    m_charts = m_report->charts();
    for (const ReportChart& spec : m_charts) {
        QChartView* view = chartView(spec.id);
        if (!view) { // not the charts on screen (cannot happen for the same report): draw them anew
            rebuildCharts();
            return;
        }
        labelChart(view->chart(), spec);
        view->setAccessibleName(spec.title);
        if (auto* none = m_chartsHost->findChild<QLabel*>(QStringLiteral("noData_%1").arg(spec.id)))
            none->setText(tr("No data for this period"));
        if (auto* csv = m_chartsHost->findChild<QPushButton*>(QStringLiteral("exportCsv_%1").arg(spec.id)))
            csv->setText(tr("Export CSV"));
    }
}

void AnalyticsPage::rebuildCharts() {
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_charts = m_report ? m_report->charts() : QList<ReportChart>{};
    int index = 0;
    for (const ReportChart& spec : m_charts) {
        auto* card = new QFrame(m_chartsHost);
        card->setObjectName(QStringLiteral("card_%1").arg(spec.id));
        card->setFrameShape(QFrame::StyledPanel);
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(6, 6, 6, 6);
        auto* view = new QChartView(makeChart(spec), card);
        view->setObjectName(QStringLiteral("chart_%1").arg(spec.id));
        view->setRenderHint(QPainter::Antialiasing);
        // Long category lists get taller charts so every bar keeps a readable label.
        const int rows =
            spec.shape == ReportChart::Shape::Bars
                ? static_cast<int>(spec.categories.size() * std::max<qsizetype>(1, spec.series.size()))
                : 0;
        view->setMinimumHeight(std::max(340, 90 + rows * 30));
        view->setAccessibleName(spec.title);
        cardLayout->addWidget(view, 1);
        auto* row = new QHBoxLayout;
        if (spec.isEmpty()) {
            auto* none = new QLabel(tr("No data for this period"), card);
            none->setObjectName(QStringLiteral("noData_%1").arg(spec.id));
            row->addWidget(none);
        }
        row->addStretch(1);
        auto* csv = new QPushButton(tr("Export CSV"), card);
        csv->setObjectName(QStringLiteral("exportCsv_%1").arg(spec.id));
        const QString id = spec.id;
        connect(csv, &QPushButton::clicked, this, [this, id] { exportCsv(id); });
        row->addWidget(csv);
        cardLayout->addLayout(row);
        m_grid->addWidget(card, index / 2, index % 2);
        ++index;
    }
}

QChartView* AnalyticsPage::chartView(const QString& id) const {
    return m_chartsHost->findChild<QChartView*>(QStringLiteral("chart_%1").arg(id));
}

QString AnalyticsPage::suggestedPath(const QString& name) const {
    const QFileInfo db(m_station.databasePath());
    return QDir(db.absolutePath()).filePath(name);
}

bool AnalyticsPage::exportCsv(const QString& chartId) {
    const auto it = std::find_if(m_charts.cbegin(), m_charts.cend(),
                                 [&](const ReportChart& c) { return c.id == chartId; });
    if (it == m_charts.cend() || !m_report)
        return false;
    const QString day =
        QDateTime::fromMSecsSinceEpoch(m_report->from).toLocalTime().date().toString(Qt::ISODate);
    const auto path = Dialogs::askSaveFile(this, tr("Export chart data"),
                                           suggestedPath(QStringLiteral("%1-%2.csv").arg(chartId, day)),
                                           tr("CSV files (*.csv)"));
    if (!path)
        return false;
    QSaveFile file(*path);
    const QByteArray csv = it->toCsv();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        emit message(tr("Cannot write %1: %2").arg(*path, file.errorString()), true);
        return false;
    }
    emit message(tr("Chart data saved to %1").arg(*path), false);
    return true;
}

bool AnalyticsPage::savePdf() {
    if (!m_report)
        return false;
    const QString day =
        QDateTime::fromMSecsSinceEpoch(m_report->from).toLocalTime().date().toString(Qt::ISODate);
    const auto path = Dialogs::askSaveFile(this, tr("Save the report as PDF"),
                                           suggestedPath(QStringLiteral("report-%1.pdf").arg(day)),
                                           tr("PDF files (*.pdf)"));
    if (!path)
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = writeReportPdf(*m_report, m_station.name(), *path);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        emit message(written.error().message, true);
        return false;
    }
    emit message(tr("Report saved to %1").arg(*path), false);
    return true;
}

} // namespace dockside
