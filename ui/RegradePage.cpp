#include "RegradePage.h"

#include "Theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dockside {

RegradePage::RegradePage(Station& station, QWidget* parent)
    : QWidget(parent)
    , m_station(station) {
    setObjectName(QStringLiteral("regradePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Second grades"), this);
    title->setProperty("heading", true);
    auto* back = new QPushButton(tr("Back to the dock (F11)"), this);
    back->setObjectName(QStringLiteral("regradeBack"));
    connect(back, &QPushButton::clicked, this, &RegradePage::backRequested);
    top->addWidget(title);
    top->addStretch();
    top->addWidget(back);
    layout->addLayout(top);
    auto* hint =
        new QLabel(tr("Grade each item as you find it. The first grade is hidden on purpose."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("regradeMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("regradeList"));
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 56px; }"));
    layout->addWidget(m_list, 1);
    auto* gradeRow = new QHBoxLayout;
    m_grades = new QButtonGroup(this);
    for (Grade g : {Grade::A, Grade::B, Grade::C, Grade::D, Grade::X}) {
        auto* b = new QPushButton(tr("Grade %1").arg(gradeName(g)), this);
        b->setObjectName(QStringLiteral("regrade_") + gradeName(g));
        b->setCheckable(true);
        b->setProperty("choice", true);
        m_grades->addButton(b, static_cast<int>(g));
        gradeRow->addWidget(b);
    }
    layout->addLayout(gradeRow);
    connect(m_grades, &QButtonGroup::idClicked, this, [this] { feedback({}, false); });
    auto* bottom = new QHBoxLayout;
    m_notes = new QLineEdit(this);
    m_notes->setPlaceholderText(tr("Notes (optional)"));
    auto* save = new QPushButton(tr("Record grade"), this);
    save->setObjectName(QStringLiteral("recordRegrade"));
    save->setProperty("primary", true);
    connect(save, &QPushButton::clicked, this, &RegradePage::record);
    bottom->addWidget(m_notes, 1);
    bottom->addWidget(save);
    layout->addLayout(bottom);
}

QString RegradePage::message() const {
    return m_message->text();
}

void RegradePage::feedback(const QString& text, bool error) {
    theme::setTone(m_message, error ? Tone::Bad : Tone::Good, text);
    m_message->setVisible(!text.isEmpty());
}

void RegradePage::setUser(const std::optional<User>& user) {
    m_user = user;
    reload();
}

void RegradePage::reload() {
    m_list->clear();
    m_tasks.clear();
    if (m_user) {
        auto tasks = Regrade(m_station).pending(*m_user);
        if (tasks)
            m_tasks = *tasks;
        else
            feedback(tasks.error().message, true);
    }
    for (const RegradeTask& t : m_tasks) {
        QString line = tr("%1 · %2 %3").arg(t.lpn, t.sku, t.description).trimmed();
        if (!t.comment.isEmpty())
            line = tr("%1 — supervisor's note: %2").arg(line, t.comment);
        m_list->addItem(line);
    }
    if (!m_tasks.isEmpty())
        m_list->setCurrentRow(0);
    emit countChanged(pendingCount());
}

bool RegradePage::select(const QString& lpn) {
    for (int i = 0; i < m_tasks.size(); ++i)
        if (m_tasks[i].lpn.compare(lpn.trimmed(), Qt::CaseInsensitive) == 0) {
            m_list->setCurrentRow(i);
            feedback(tr("%1: choose its grade.").arg(m_tasks[i].lpn), false);
            return true;
        }
    feedback(tr("%1 is not waiting for a second grade from you.").arg(lpn.trimmed()), true);
    return false;
}

void RegradePage::chooseGrade(Grade grade) {
    m_grades->button(static_cast<int>(grade))->setChecked(true);
}

void RegradePage::record() {
    const int row = m_list->currentRow();
    if (!m_user || row < 0 || row >= m_tasks.size()) {
        feedback(tr("Choose an item first."), true);
        return;
    }
    if (m_grades->checkedId() < 0) {
        feedback(tr("Choose a grade first."), true);
        return;
    }
    const QString lpn = m_tasks[row].lpn;
    auto result =
        Regrade(m_station).submit(*m_user, lpn, static_cast<Grade>(m_grades->checkedId()), m_notes->text());
    if (!result) {
        feedback(result.error().message, true);
        return;
    }
    m_notes->clear();
    m_grades->setExclusive(false);
    m_grades->checkedButton()->setChecked(false);
    m_grades->setExclusive(true);
    reload();
    feedback(tr("Second grade %1 recorded for %2.").arg(result->grade, lpn), false);
}

} // namespace dockside
