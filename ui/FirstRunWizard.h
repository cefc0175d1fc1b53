#pragma once

#include "services/Station.h"

#include <QWizard>

#include <memory>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace dockside {

// The first start without a database: language, station code and name, the first admin, and
// optionally head office's URL and token. Finishing creates the station database; nothing is
// written before that, so cancelling leaves no half-made file.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { LanguagePage, StationPage, AdminPage, HqPage };

    explicit FirstRunWizard(QString databasePath, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    // The station made by accept(); null until then.
    std::unique_ptr<Station> takeStation() { return std::move(m_station); }

    // The fields, for tests and for scripted set-ups.
    QLineEdit* codeField() const { return m_code; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* badgeField() const { return m_badge; }
    QLineEdit* adminNameField() const { return m_adminName; }
    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* pinAgainField() const { return m_pinAgain; }
    QLineEdit* hqUrlField() const { return m_hqUrl; }
    QLineEdit* hqTokenField() const { return m_hqToken; }
    void chooseLanguage(const QString& code);
    QString language() const { return m_language; }
    QString errorText() const;

    bool validateCurrentPage() override;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showError(int page, const QString& text);
    Status create();

    QString m_path;
    QString m_language;
    std::unique_ptr<Station> m_station;
    QButtonGroup* m_languages = nullptr;
    QLabel* m_languageIntro = nullptr;
    QLabel* m_stationIntro = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_adminIntro = nullptr;
    QLabel* m_badgeLabel = nullptr;
    QLineEdit* m_badge = nullptr;
    QLabel* m_adminNameLabel = nullptr;
    QLineEdit* m_adminName = nullptr;
    QLabel* m_pinLabel = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_pinAgainLabel = nullptr;
    QLineEdit* m_pinAgain = nullptr;
    QLabel* m_hqIntro = nullptr;
    QLabel* m_hqUrlLabel = nullptr;
    QLineEdit* m_hqUrl = nullptr;
    QLabel* m_hqTokenLabel = nullptr;
    QLineEdit* m_hqToken = nullptr;
    QList<QLabel*> m_errors; // one per page
};

} // namespace dockside
