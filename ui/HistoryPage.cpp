#include "HistoryPage.h"

#include "Theme.h"
#include "TimelineModel.h"

#include "services/History.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dockside {

HistoryPage::HistoryPage(Station& station, QWidget* parent)
    : QWidget(parent)
    , m_station(station) {
    setObjectName(QStringLiteral("historyPage"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_codeLabel = new QLabel(this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("historyCode"));
    m_codeLabel->setBuddy(m_code);
    m_go = new QPushButton(this);
    m_go->setObjectName(QStringLiteral("showHistoryButton"));
    m_go->setProperty("primary", true);
    row->addWidget(m_codeLabel);
    row->addWidget(m_code, 1);
    row->addWidget(m_go);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_model = new TimelineModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TimelineModel::Details, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    connect(m_go, &QPushButton::clicked, this, [this] { show(m_code->text()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { show(m_code->text()); });
    retranslateUi();
}

void HistoryPage::retranslateUi() {
    m_table->setAccessibleName(tr("Item history"));
    m_codeLabel->setText(tr("&Code"));
    m_code->setPlaceholderText(tr("Scan or type an LPN, tracking number, RMA or serial"));
    m_go->setText(tr("Show history"));
}

void HistoryPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The table's words follow through its model; the line above it is written again. A
        // failed look-up asks again, for its reason in the new language.
        if (!m_model->timeline().events.isEmpty())
            showSummary();
        else if (m_lookedUp)
            lookUp();
    }
    QWidget::changeEvent(event);
}

QString HistoryPage::message() const {
    return m_message->text();
}

void HistoryPage::show(const QString& code) {
    m_shown = code.trimmed();
    m_lookedUp = true;
    m_code->setText(m_shown);
    lookUp();
}

void HistoryPage::lookUp() {
    auto timeline = itemHistory(m_station, m_shown);
    if (!timeline) {
        m_model->clear();
        theme::setTone(m_message, Tone::Bad, timeline.error().message);
        return;
    }
    m_model->setTimeline(*timeline);
    showSummary();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(TimelineModel::Details, QHeaderView::Stretch);
}

void HistoryPage::showSummary() {
    const Timeline& timeline = m_model->timeline();
    int pending = 0;
    for (const TimelineEvent& e : timeline.events)
        pending += e.delivered ? 0 : 1;
    const QString found = tr("%1 %2: %n event(s).", nullptr, static_cast<int>(timeline.events.size()))
                              .arg(timeline.kind, timeline.code);
    const QString hq =
        pending ? tr("%n not yet at head office.", nullptr, pending) : tr("All at head office.");
    theme::setTone(m_message, pending ? Tone::Neutral : Tone::Good, found + QLatin1Char(' ') + hq);
}

} // namespace dockside
