#pragma once

#include "services/Reports.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QChartView;

namespace dockside {

class Station;

// The supervisor's dashboard: a period (today, 7, 30 or 90 days, or chosen dates), headline
// figures, and every chart of the report drawn with Qt Charts. Each chart exports its data as CSV;
// "Save PDF" writes the whole report as dockside-cli report --format pdf does.
class AnalyticsPage : public QWidget {
    Q_OBJECT
public:
    enum class Period { Today, Days7, Days30, Days90, Custom };

    AnalyticsPage(Station& station, QWidget* parent = nullptr);

    void setPeriod(Period period);
    void setCustomRange(const QDate& from, const QDate& to); // local days, both included; selects Custom
    Period period() const { return m_period; }
    void refresh(); // recomputes the report for the chosen period

    const std::optional<Report>& report() const { return m_report; }
    QChartView* chartView(const QString& id) const;
    // Ask where to save (through Dialogs), then write; false when cancelled or failed.
    bool exportCsv(const QString& chartId);
    bool savePdf();

signals:
    void backRequested();
    void message(const QString& text, bool error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi(); // every fixed text; runs again when the language changes
    std::pair<Millis, Millis> range() const;
    void showFigures();   // the summary line and the headline figures, from m_report
    void rebuildCharts(); // a card per chart of m_report
    void relabelCharts(); // the charts on screen in today's language, keeping their scroll
    QString suggestedPath(const QString& name) const;

    Station& m_station;
    Period m_period = Period::Days7;
    std::optional<Report> m_report;
    qint64 m_computeMs = 0;
    bool m_computed = false; // refresh ran at least once
    QLabel* m_title = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_back = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QPushButton* m_show = nullptr;
    QButtonGroup* m_periods = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QWidget* m_customBox = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_kpis = nullptr;
    QWidget* m_chartsHost = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<ReportChart> m_charts;
};

} // namespace dockside
