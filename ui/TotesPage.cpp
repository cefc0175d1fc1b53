#include "TotesPage.h"

#include "Dialogs.h"
#include "Theme.h"
#include "TotesModel.h"

#include "services/EventLog.h"
#include "services/InspectionQueue.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dockside {

TotesPage::TotesPage(Station& station, QWidget* parent)
    : QWidget(parent)
    , m_station(station) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    m_title = new QLabel(this);
    m_title->setProperty("heading", true);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("totesSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_model = new TotesModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("totesTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(52);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("totesBackButton"));
    m_back->setIcon(theme::icon(QStringLiteral("back")));
    m_back->setIconSize(QSize(28, 28));
    m_back->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_back, &QPushButton::clicked, this, &TotesPage::backRequested);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeToteButton"));
    m_close->setProperty("primary", true);
    m_close->setIcon(theme::icon(QStringLiteral("printer")));
    m_close->setIconSize(QSize(28, 28));
    connect(m_close, &QPushButton::clicked, this, &TotesPage::closeRequested);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    retranslateUi();
}

void TotesPage::retranslateUi() {
    m_title->setText(tr("Open totes"));
    m_table->setAccessibleName(tr("Open totes"));
    m_table->setAccessibleDescription(tr("One row per open tote: disposition, items and weight. "
                                         "Select one with the arrow keys."));
    m_back->setText(tr("Back to receiving (Esc)"));
    m_back->setAccessibleName(tr("Back to receiving"));
    m_close->setText(tr("Close tote and print manifest"));
    m_close->setAccessibleName(tr("Close tote and print manifest"));
    m_close->setAccessibleDescription(tr("Closes the selected tote and writes its manifest PDF."));
    m_summary->setAccessibleName(tr("Station summary"));
}

void TotesPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_summary->text().isEmpty())
            refresh(); // the summary and the model's words
    }
    QWidget::changeEvent(event);
}

void TotesPage::refresh() {
    const QString selected =
        m_table->currentIndex().isValid() ? m_model->tote(m_table->currentIndex().row())->code : QString();
    m_model->setTotes(Totes(m_station).list());
    qint64 queued = 0;
    for (const qint64 c : InspectionQueue(m_station).countsByCause())
        queued += c;
    const qint64 pending = EventLog(m_station.db()).pendingCount();
    theme::setTone(m_summary, Tone::Neutral,
                   tr("Station %1 · %2").arg(m_station.code(), m_station.name()) + QLatin1Char('\n') +
                       tr("%n item(s) waiting for a supervisor.", nullptr, static_cast<int>(queued)) +
                       QLatin1Char('\n') +
                       tr("%n event(s) not yet sent to head office.", nullptr, static_cast<int>(pending)));
    if (!selected.isEmpty())
        select(selected);
}

void TotesPage::select(const QString& toteCode) {
    const int row = m_model->rowOf(toteCode);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->selectRow(row);
    }
}

void TotesPage::closeSelected(const User& user) {
    const QModelIndex current = m_table->currentIndex();
    const ToteInfo* tote = current.isValid() ? m_model->tote(current.row()) : nullptr;
    if (!tote) {
        emit message(tr("Touch a tote in the list first."), true);
        return;
    }
    const ToteInfo info = *tote;
    if (!Dialogs::ask(this, tr("Close tote"),
                      tr("Close tote %1 (%2, %n item(s)) and print its manifest?", nullptr, info.itemCount)
                          .arg(info.code, TotesModel::dispositionText(info.disposition)),
                      tr("Close tote"), tr("Cancel")))
        return;
    QString partner;
    QString certificate;
    if (Totes::needsChainOfCustody(info.disposition)) {
        const auto p =
            Dialogs::askText(this, tr("Close tote"), tr("Which partner collects tote %1?").arg(info.code));
        if (!p)
            return;
        const auto c = Dialogs::askText(
            this, tr("Close tote"), tr("The partner's certificate or reference for tote %1:").arg(info.code));
        if (!c)
            return;
        partner = *p;
        certificate = *c;
    }
    auto closed = Totes(m_station).close(user, info.code, partner, certificate);
    if (!closed) {
        emit message(closed.error().message, true);
        return;
    }
    refresh();
    emit toteClosed(info.code);
}

} // namespace dockside
