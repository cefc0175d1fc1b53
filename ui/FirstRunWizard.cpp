#include "FirstRunWizard.h"

#include "Theme.h"

#include "i18n/Language.h"
#include "services/Users.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizardPage>

namespace dockside {

namespace {

QLabel* intro(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

QLabel* errorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("wizardError"));
    label->hide();
    return label;
}

} // namespace

FirstRunWizard::FirstRunWizard(QString databasePath, QWidget* parent)
    : QWizard(parent)
    , m_path(std::move(databasePath))
    , m_language(language::current()) {
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setWindowIcon(theme::icon(QStringLiteral("dockside")));
    setStyleSheet(theme::styleSheet());
    setMinimumSize(900, 640);

    // 1. Language: first, so the rest of the wizard already speaks it.
    auto* languagePage = new QWizardPage(this);
    auto* languageLayout = new QVBoxLayout(languagePage);
    m_languageIntro = intro(languagePage);
    languageLayout->addWidget(m_languageIntro);
    m_languages = new QButtonGroup(this);
    for (const language::Info& info : language::supported()) {
        auto* button = new QRadioButton(info.nativeName, languagePage);
        button->setObjectName(QStringLiteral("language_%1").arg(info.code));
        button->setProperty("code", info.code);
        button->setAccessibleName(info.nativeName);
        button->setChecked(info.code == m_language);
        m_languages->addButton(button);
        languageLayout->addWidget(button);
        connect(button, &QRadioButton::toggled, this, [this, code = info.code](bool on) {
            if (on)
                chooseLanguage(code);
        });
    }
    languageLayout->addStretch(1);
    m_errors.append(errorLabel(languagePage));
    languageLayout->addWidget(m_errors.last());
    setPage(LanguagePage, languagePage);

    // 2. The station.
    auto* stationPage = new QWizardPage(this);
    auto* stationLayout = new QVBoxLayout(stationPage);
    m_stationIntro = intro(stationPage);
    stationLayout->addWidget(m_stationIntro);
    auto* stationForm = new QFormLayout;
    m_codeLabel = new QLabel(stationPage);
    m_code = new QLineEdit(stationPage);
    m_code->setObjectName(QStringLiteral("stationCodeField"));
    m_code->setPlaceholderText(QStringLiteral("AMS-D03"));
    m_codeLabel->setBuddy(m_code);
    stationForm->addRow(m_codeLabel, m_code);
    m_nameLabel = new QLabel(stationPage);
    m_name = new QLineEdit(stationPage);
    m_name->setObjectName(QStringLiteral("stationNameField"));
    m_nameLabel->setBuddy(m_name);
    stationForm->addRow(m_nameLabel, m_name);
    stationLayout->addLayout(stationForm);
    stationLayout->addStretch(1);
    m_errors.append(errorLabel(stationPage));
    stationLayout->addWidget(m_errors.last());
    setPage(StationPage, stationPage);

    // 3. The first admin.
    auto* adminPage = new QWizardPage(this);
    auto* adminLayout = new QVBoxLayout(adminPage);
    m_adminIntro = intro(adminPage);
    adminLayout->addWidget(m_adminIntro);
    auto* adminForm = new QFormLayout;
    const auto field = [&](QLabel*& label, QLineEdit*& edit, const char* name) {
        label = new QLabel(adminPage);
        edit = new QLineEdit(adminPage);
        edit->setObjectName(QString::fromLatin1(name));
        label->setBuddy(edit);
        adminForm->addRow(label, edit);
    };
    field(m_badgeLabel, m_badge, "adminBadgeField");
    m_badge->setPlaceholderText(QStringLiteral("U-0001"));
    field(m_adminNameLabel, m_adminName, "adminNameField");
    field(m_pinLabel, m_pin, "adminPinField");
    field(m_pinAgainLabel, m_pinAgain, "adminPinAgainField");
    for (QLineEdit* pin : {m_pin, m_pinAgain}) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), pin));
    }
    adminLayout->addLayout(adminForm);
    adminLayout->addStretch(1);
    m_errors.append(errorLabel(adminPage));
    adminLayout->addWidget(m_errors.last());
    setPage(AdminPage, adminPage);

    // 4. Head office, optional.
    auto* hqPage = new QWizardPage(this);
    auto* hqLayout = new QVBoxLayout(hqPage);
    m_hqIntro = intro(hqPage);
    hqLayout->addWidget(m_hqIntro);
    auto* hqForm = new QFormLayout;
    m_hqUrlLabel = new QLabel(hqPage);
    m_hqUrl = new QLineEdit(hqPage);
    m_hqUrl->setObjectName(QStringLiteral("hqUrlField"));
    m_hqUrl->setPlaceholderText(QStringLiteral("https://hq.example.com"));
    m_hqUrlLabel->setBuddy(m_hqUrl);
    hqForm->addRow(m_hqUrlLabel, m_hqUrl);
    m_hqTokenLabel = new QLabel(hqPage);
    m_hqToken = new QLineEdit(hqPage);
    m_hqToken->setObjectName(QStringLiteral("hqTokenField"));
    m_hqToken->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_hqTokenLabel->setBuddy(m_hqToken);
    hqForm->addRow(m_hqTokenLabel, m_hqToken);
    hqLayout->addLayout(hqForm);
    hqLayout->addStretch(1);
    m_errors.append(errorLabel(hqPage));
    hqLayout->addWidget(m_errors.last());
    setPage(HqPage, hqPage);

    retranslateUi();
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::retranslateUi() {
    setWindowTitle(tr("Set up this Dockside station"));
    setButtonText(QWizard::NextButton, tr("Next"));
    setButtonText(QWizard::BackButton, tr("Back"));
    setButtonText(QWizard::FinishButton, tr("Create station"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    page(LanguagePage)->setTitle(tr("Language"));
    m_languageIntro->setText(tr("Choose the station's language. Each worker can have their own: "
                                "their badge brings it when they log in."));
    page(StationPage)->setTitle(tr("Station"));
    m_stationIntro->setText(tr("The station code is printed on every LPN label: 2 to 8 capital letters or "
                               "digits, optionally a dash and the dock, e.g. AMS-D03."));
    m_codeLabel->setText(tr("Station code"));
    m_code->setAccessibleName(tr("Station code"));
    m_nameLabel->setText(tr("Station name"));
    m_name->setAccessibleName(tr("Station name"));
    m_name->setPlaceholderText(tr("e.g. Amsterdam returns dock 3"));
    page(AdminPage)->setTitle(tr("First administrator"));
    m_adminIntro->setText(tr("The first user administers the station: adds users and changes settings. "
                             "Badges are U- and 4 to 8 digits; a PIN is 4 to 12 digits."));
    m_badgeLabel->setText(tr("Badge"));
    m_badge->setAccessibleName(tr("Administrator's badge"));
    m_adminNameLabel->setText(tr("Name"));
    m_adminName->setAccessibleName(tr("Administrator's name"));
    m_pinLabel->setText(tr("PIN"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pinAgainLabel->setText(tr("PIN again"));
    m_pinAgain->setAccessibleName(tr("PIN again"));
    page(HqPage)->setTitle(tr("Head office (optional)"));
    m_hqIntro->setText(tr("Where this station sends its events and gets RMAs, catalog and policy. "
                          "Leave both empty to work offline for now; you can set them later."));
    m_hqUrlLabel->setText(tr("Head office URL"));
    m_hqUrl->setAccessibleName(tr("Head office URL"));
    m_hqTokenLabel->setText(tr("Station token"));
    m_hqToken->setAccessibleName(tr("Station token"));
}

void FirstRunWizard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void FirstRunWizard::chooseLanguage(const QString& code) {
    m_language = language::apply(code);
    for (QAbstractButton* button : m_languages->buttons())
        if (button->property("code").toString() == m_language && !button->isChecked())
            button->setChecked(true);
}

QString FirstRunWizard::errorText() const {
    for (QLabel* label : m_errors)
        if (!label->isHidden())
            return label->text();
    return {};
}

void FirstRunWizard::showError(int pageId, const QString& text) {
    QLabel* label = m_errors.value(pageId);
    if (!label)
        return;
    theme::setTone(label, Tone::Bad, text);
}

bool FirstRunWizard::validateCurrentPage() {
    const int id = currentId();
    showError(id, {});
    switch (id) {
    case StationPage:
        m_code->setText(m_code->text().trimmed().toUpper());
        if (!Station::isValidCode(m_code->text())) {
            showError(id, tr("\"%1\" is not a station code: use 2 to 8 capital letters or digits, optionally "
                             "a dash and the dock, e.g. AMS-D03.")
                              .arg(m_code->text()));
            m_code->setFocus();
            return false;
        }
        if (m_name->text().trimmed().isEmpty())
            m_name->setText(m_code->text());
        return true;
    case AdminPage:
        m_badge->setText(m_badge->text().trimmed().toUpper());
        if (!Users::isValidBadge(m_badge->text())) {
            showError(
                id, tr("\"%1\" is not a badge: use U- and 4 to 8 digits, e.g. U-0001.").arg(m_badge->text()));
            m_badge->setFocus();
            return false;
        }
        if (m_adminName->text().trimmed().isEmpty()) {
            showError(id, tr("Type the administrator's name."));
            m_adminName->setFocus();
            return false;
        }
        if (!Users::isValidPin(m_pin->text())) {
            showError(id, tr("A PIN is 4 to 12 digits."));
            m_pin->setFocus();
            return false;
        }
        if (m_pin->text() != m_pinAgain->text()) {
            showError(id, tr("The two PINs differ. Type the same PIN twice."));
            m_pinAgain->clear();
            m_pinAgain->setFocus();
            return false;
        }
        return true;
    case HqPage: {
        const QString url = m_hqUrl->text().trimmed();
        if (url.isEmpty() != m_hqToken->text().trimmed().isEmpty()) {
            showError(id, tr("Give both the head office URL and the station token, or neither."));
            return false;
        }
        const QUrl parsed(url, QUrl::StrictMode);
        if (!url.isEmpty() &&
            (!parsed.isValid() || parsed.host().isEmpty() ||
             (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))) {
            showError(id, tr("\"%1\" is not a web address: it starts with https://.").arg(url));
            m_hqUrl->setFocus();
            return false;
        }
        return true;
    }
    default:
        return true;
    }
}

Status FirstRunWizard::create() {
    auto station = Station::init(m_path, m_code->text(), m_name->text().trimmed());
    if (!station)
        return station.error();
    Station& s = **station;
    auto done = [&]() -> Status {
        if (Status saved = s.setSetting(setting::Language, m_language); !saved)
            return saved;
        auto admin = Users(s).add(nullptr, m_badge->text(), m_adminName->text().trimmed(), Role::Admin,
                                  m_pin->text(), m_language);
        if (!admin)
            return admin.error();
        if (!m_hqUrl->text().trimmed().isEmpty()) {
            if (Status saved = s.setSetting(setting::HqUrl, m_hqUrl->text().trimmed()); !saved)
                return saved;
            if (Status saved = s.setSetting(setting::HqToken, m_hqToken->text().trimmed()); !saved)
                return saved;
        }
        return {};
    }();
    if (!done) {
        // All or nothing: a station without its admin could never be administered.
        station->reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
        return done;
    }
    m_station = std::move(*station);
    return {};
}

void FirstRunWizard::accept() {
    if (!validateCurrentPage())
        return;
    if (Status created = create(); !created) {
        showError(currentId(), created.error().message);
        return;
    }
    QWizard::accept();
}

} // namespace dockside
