#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace dockside {

class Station;
class TotesModel;
struct User;

// The open totes by disposition, with item count and weight. Closing one records the chain of
// custody (partner and certificate for recycle and destroy) and writes its manifest.
class TotesPage : public QWidget {
    Q_OBJECT
public:
    TotesPage(Station& station, QWidget* parent = nullptr);

    void refresh();
    void select(const QString& toteCode);
    // Closes the selected tote as `user`; asks what it needs through Dialogs.
    void closeSelected(const User& user);
    TotesModel* model() const { return m_model; }

signals:
    void closeRequested();
    void backRequested();
    void toteClosed(const QString& code);
    void message(const QString& text, bool error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi(); // every fixed text; runs again when the language changes

    Station& m_station;
    QLabel* m_title = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_close = nullptr;
    TotesModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace dockside
