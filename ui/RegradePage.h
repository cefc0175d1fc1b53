#pragma once

#include "services/Regrade.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace dockside {

// Blind re-grades for the signed-in worker: items another worker graded, shown without their
// first grade. Pick an item (or scan its LPN), choose a grade, record it.
class RegradePage : public QWidget {
    Q_OBJECT
public:
    RegradePage(Station& station, QWidget* parent = nullptr);

    void setUser(const std::optional<User>& user); // and reloads the list
    int pendingCount() const { return static_cast<int>(m_tasks.size()); }
    bool select(const QString& lpn); // a scanned LPN; false when it is not waiting for this user
    void record();                   // the chosen grade for the selected item
    void chooseGrade(Grade grade);
    QString message() const;

signals:
    void backRequested();
    void countChanged(int pending);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi(); // every fixed text; runs again when the language changes
    QString taskText(const RegradeTask& task) const;
    void reload();
    void feedback(const QString& text, bool error);

    Station& m_station;
    std::optional<User> m_user;
    QList<RegradeTask> m_tasks;
    QListWidget* m_list = nullptr;
    QButtonGroup* m_grades = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace dockside
