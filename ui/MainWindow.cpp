#include "MainWindow.h"

#include "services/EventLog.h"
#include "services/InspectionQueue.h"
#include "services/Station.h"
#include "services/Totes.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dockside {

MainWindow::MainWindow(Station& station, QWidget* parent)
    : QMainWindow(parent)
    , m_station(station) {
    setWindowTitle(tr("Dockside — %1").arg(station.code()));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);

    m_title = new QLabel(central);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_summary = new QLabel(central);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.4);
    m_summary->setFont(summaryFont);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_totes = new QTableWidget(0, 4, central);
    m_totes->setHorizontalHeaderLabels({tr("Tote"), tr("Disposition"), tr("Items"), tr("Weight (kg)")});
    m_totes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_totes->verticalHeader()->setVisible(false);
    m_totes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totes->setAccessibleName(tr("Open totes"));
    layout->addWidget(m_totes, 1);

    auto* refreshButton = new QPushButton(tr("&Refresh"), central);
    refreshButton->setMinimumHeight(48);
    refreshButton->setShortcut(QKeySequence::Refresh);
    connect(refreshButton, &QPushButton::clicked, this, &MainWindow::refresh);
    layout->addWidget(refreshButton, 0, Qt::AlignRight);

    setCentralWidget(central);
    resize(1280, 800);
    refresh();
}

void MainWindow::refresh() {
    m_title->setText(tr("Station %1 — %2").arg(m_station.code(), m_station.name()));
    const qint64 pending = EventLog(m_station.db()).pendingCount();
    const auto counts = InspectionQueue(m_station).countsByCause();
    qint64 queued = 0;
    for (qint64 c : counts)
        queued += c;
    m_summary->setText(tr("%n item(s) waiting for a supervisor.", nullptr, static_cast<int>(queued)) +
                       QLatin1Char('\n') +
                       tr("%n event(s) not yet sent to head office.", nullptr, static_cast<int>(pending)));
    const QList<ToteInfo> totes = Totes(m_station).list();
    m_totes->setRowCount(static_cast<int>(totes.size()));
    for (int row = 0; row < totes.size(); ++row) {
        const ToteInfo& t = totes[row];
        const auto disposition = dispositionFromName(t.disposition);
        m_totes->setItem(row, 0, new QTableWidgetItem(t.code));
        m_totes->setItem(
            row, 1,
            new QTableWidgetItem(disposition ? dispositionLabel(*disposition) : tr("Supervisor review")));
        m_totes->setItem(row, 2, new QTableWidgetItem(QString::number(t.itemCount)));
        m_totes->setItem(
            row, 3,
            new QTableWidgetItem(QLocale().toString(static_cast<double>(t.weightG) / 1000.0, 'f', 1)));
    }
    statusBar()->showMessage(tr("Station %1 · %2").arg(m_station.code(), m_station.databasePath()));
}

} // namespace dockside
