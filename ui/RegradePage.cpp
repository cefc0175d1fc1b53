#include "RegradePage.h"

#include "Theme.h"

#include <QButtonGroup>
#include <QEvent>
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
    m_title = new QLabel(this);
    m_title->setProperty("heading", true);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("regradeBack"));
    connect(m_back, &QPushButton::clicked, this, &RegradePage::backRequested);
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_back);
    layout->addLayout(top);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
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
        auto* b = new QPushButton(this);
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
    m_notes->setObjectName(QStringLiteral("regradeNotes"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("recordRegrade"));
    m_save->setProperty("primary", true);
    connect(m_save, &QPushButton::clicked, this, &RegradePage::record);
    bottom->addWidget(m_notes, 1);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);
    retranslateUi();
}

void RegradePage::retranslateUi() {
    m_title->setText(tr("Second grades"));
    m_list->setAccessibleName(tr("Second grades"));
    m_back->setText(tr("Back to the dock (F11)"));
    m_hint->setText(tr("Grade each item as you find it. The first grade is hidden on purpose."));
    for (QAbstractButton* b : m_grades->buttons())
        b->setText(tr("Grade %1").arg(gradeName(static_cast<Grade>(m_grades->id(b)))));
    m_notes->setPlaceholderText(tr("Notes (optional)"));
    m_save->setText(tr("Record grade"));
}

void RegradePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The same list, the same item chosen: only its words again.
        for (int i = 0; i < m_tasks.size() && i < m_list->count(); ++i)
            m_list->item(i)->setText(taskText(m_tasks[i]));
    }
    QWidget::changeEvent(event);
}

QString RegradePage::taskText(const RegradeTask& task) const {
    const QString line = tr("%1 · %2 %3").arg(task.lpn, task.sku, task.description).trimmed();
    return task.comment.isEmpty() ? line : tr("%1 — supervisor's note: %2").arg(line, task.comment);
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
    for (const RegradeTask& t : m_tasks)
        m_list->addItem(taskText(t));
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
