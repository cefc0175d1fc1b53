#include "HistoryPage.h"

#include "Theme.h"
#include "TimelineModel.h"

#include "services/History.h"

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
    auto* label = new QLabel(tr("&Code"), this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("historyCode"));
    m_code->setPlaceholderText(tr("Scan or type an LPN, tracking number, RMA or serial"));
    label->setBuddy(m_code);
    auto* go = new QPushButton(tr("Show history"), this);
    go->setProperty("primary", true);
    row->addWidget(label);
    row->addWidget(m_code, 1);
    row->addWidget(go);
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
    connect(go, &QPushButton::clicked, this, [this] { show(m_code->text()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { show(m_code->text()); });
}

QString HistoryPage::message() const {
    return m_message->text();
}

void HistoryPage::show(const QString& code) {
    m_code->setText(code.trimmed());
    auto timeline = itemHistory(m_station, code);
    if (!timeline) {
        m_model->clear();
        theme::setTone(m_message, Tone::Bad, timeline.error().message);
        return;
    }
    m_model->setTimeline(*timeline);
    int pending = 0;
    for (const TimelineEvent& e : timeline->events)
        pending += e.delivered ? 0 : 1;
    const QString found = tr("%1 %2: %n event(s).", nullptr, static_cast<int>(timeline->events.size()))
                              .arg(timeline->kind, timeline->code);
    const QString hq =
        pending ? tr("%n not yet at head office.", nullptr, pending) : tr("All at head office.");
    theme::setTone(m_message, pending ? Tone::Neutral : Tone::Good, found + QLatin1Char(' ') + hq);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(TimelineModel::Details, QHeaderView::Stretch);
}

} // namespace dockside
