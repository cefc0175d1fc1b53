#include "AdminPage.h"

#include "Dialogs.h"
#include "Theme.h"
#include "UsersModel.h"

#include "services/StationSettings.h"
#include "services/Users.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dockside {

namespace {

QString settingLabel(const QString& key) {
    if (key == setting::HqUrl)
        return AdminPage::tr("Head-office URL");
    if (key == setting::HqToken)
        return AdminPage::tr("Head-office token");
    if (key == setting::NightlySyncTime)
        return AdminPage::tr("Nightly sync (HH:MM)");
    if (key == setting::IdleLockMinutes)
        return AdminPage::tr("Idle lock (minutes)");
    if (key == setting::LabelSize)
        return AdminPage::tr("Label size (4x6 or 2x1)");
    if (key == setting::LabelPrinter)
        return AdminPage::tr("Label printer (empty: PDF files)");
    if (key == setting::SlaHours)
        return AdminPage::tr("Queue SLA (hours)");
    if (key == setting::Language)
        return AdminPage::tr("Language (e.g. en, de)");
    if (key == setting::RegradeSharePercent)
        return AdminPage::tr("Blind re-grade share (%)");
    return key;
}

} // namespace

AdminPage::AdminPage(Station& station, QWidget* parent)
    : QWidget(parent)
    , m_station(station) {
    setObjectName(QStringLiteral("adminPage"));
    auto* layout = new QHBoxLayout(this);

    m_usersBox = new QGroupBox(this);
    auto* usersLayout = new QVBoxLayout(m_usersBox);
    m_users = new UsersModel(station, this);
    m_table = new QTableView(m_usersBox);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_users);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UsersModel::Name, QHeaderView::Stretch);
    usersLayout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto button = [&](const char* name, auto slot) {
        auto* b = new QPushButton(m_usersBox);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    m_add = button("addUser", &AdminPage::addUser);
    m_toggle = button("toggleUser", &AdminPage::toggleActive);
    m_resetPin = button("resetPin", &AdminPage::resetPin);
    m_role = button("changeRole", &AdminPage::changeRole);
    usersLayout->addLayout(buttons);
    layout->addWidget(m_usersBox, 3);

    m_settingsBox = new QGroupBox(this);
    auto* settingsLayout = new QVBoxLayout(m_settingsBox);
    m_form = new QFormLayout;
    for (const QString& key : StationSettings::editableKeys()) {
        auto* field = new QLineEdit(m_settingsBox);
        field->setObjectName(QStringLiteral("setting_") + key);
        if (key == setting::HqToken)
            field->setEchoMode(QLineEdit::PasswordEchoOnEdit);
        auto* label = new QLabel(m_settingsBox);
        label->setBuddy(field);
        m_form->addRow(label, field);
        m_fields.insert(key, field);
    }
    settingsLayout->addLayout(m_form);
    m_save = new QPushButton(m_settingsBox);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setProperty("primary", true);
    connect(m_save, &QPushButton::clicked, this, &AdminPage::saveSettings);
    settingsLayout->addWidget(m_save);
    settingsLayout->addStretch();
    layout->addWidget(m_settingsBox, 2);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    settingsLayout->insertWidget(0, m_message);
    retranslateUi();
    refresh();
}

void AdminPage::retranslateUi() {
    m_usersBox->setTitle(tr("Users"));
    m_table->setAccessibleName(tr("Users"));
    m_add->setText(tr("Add user…"));
    m_toggle->setText(tr("Disable / enable"));
    m_resetPin->setText(tr("Reset PIN…"));
    m_role->setText(tr("Role…"));
    m_settingsBox->setTitle(tr("Station settings"));
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(it.value())))
            label->setText(settingLabel(it.key()));
    m_save->setText(tr("Save settings"));
}

void AdminPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // what is typed in the fields stays; the users' table follows its model
    QWidget::changeEvent(event);
}

QString AdminPage::message() const {
    return m_message->text();
}

void AdminPage::feedback(const QString& text, bool error) {
    theme::setTone(m_message, error ? Tone::Bad : Tone::Good, text);
    m_message->setVisible(!text.isEmpty());
}

void AdminPage::setUser(const std::optional<User>& user) {
    m_user = user;
}

void AdminPage::refresh() {
    m_users->refresh();
    const auto values = StationSettings(m_station).values();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(values.value(it.key()));
}

const User* AdminPage::selectedUser() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_users->user(rows.first().row());
}

void AdminPage::addUser() {
    if (!m_user)
        return;
    const auto badge =
        Dialogs::askText(this, tr("Add user"), tr("Badge (U- and 4 to 8 digits, e.g. U-0017)"));
    if (!badge)
        return;
    const auto name = Dialogs::askText(this, tr("Add user"), tr("Full name"));
    if (!name)
        return;
    const auto role =
        Dialogs::askChoice(this, tr("Add user"), tr("Role"),
                           {roleLabel(Role::Worker), roleLabel(Role::Supervisor), roleLabel(Role::Admin)});
    if (!role || *role < 0 || *role > 2)
        return;
    const auto pin = Dialogs::askText(this, tr("Add user"), tr("First PIN (4 to 12 digits)"));
    if (!pin)
        return;
    auto added = Users(m_station).add(&*m_user, badge->trimmed().toUpper(), *name, Role(*role), *pin);
    if (!added) {
        feedback(added.error().message, true);
        return;
    }
    m_users->refresh();
    feedback(tr("%1 added as %2.").arg(added->name, roleLabel(added->role)), false);
}

void AdminPage::toggleActive() {
    const User* target = selectedUser();
    if (!m_user || !target)
        return;
    const User chosen = *target;
    if (Status done = Users(m_station).setActive(*m_user, chosen.badge, !chosen.active); !done) {
        feedback(done.error().message, true);
        return;
    }
    m_users->refresh();
    feedback(chosen.active ? tr("%1 is disabled.").arg(chosen.name)
                           : tr("%1 is enabled again.").arg(chosen.name),
             false);
}

void AdminPage::resetPin() {
    const User* target = selectedUser();
    if (!m_user || !target)
        return;
    const User chosen = *target;
    const auto pin =
        Dialogs::askText(this, tr("Reset PIN"), tr("New PIN for %1 (4 to 12 digits)").arg(chosen.name));
    if (!pin)
        return;
    if (Status done = Users(m_station).resetPin(*m_user, chosen.badge, *pin); !done) {
        feedback(done.error().message, true);
        return;
    }
    m_users->refresh();
    feedback(tr("%1 has a new PIN; any lock-out is lifted.").arg(chosen.name), false);
}

void AdminPage::changeRole() {
    const User* target = selectedUser();
    if (!m_user || !target)
        return;
    const User chosen = *target;
    const auto role =
        Dialogs::askChoice(this, tr("Role"), tr("Role of %1").arg(chosen.name),
                           {roleLabel(Role::Worker), roleLabel(Role::Supervisor), roleLabel(Role::Admin)},
                           static_cast<int>(chosen.role));
    if (!role || *role < 0 || *role > 2)
        return;
    if (Status done = Users(m_station).setRole(*m_user, chosen.badge, Role(*role)); !done) {
        feedback(done.error().message, true);
        return;
    }
    m_users->refresh();
    feedback(tr("%1 is now %2.").arg(chosen.name, roleLabel(Role(*role))), false);
}

void AdminPage::saveSettings() {
    if (!m_user)
        return;
    StationSettings settings(m_station);
    const auto current = settings.values();
    QMap<QString, QString> changes;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (it.value()->text().trimmed() != current.value(it.key()))
            changes.insert(it.key(), it.value()->text().trimmed());
    if (changes.isEmpty()) {
        feedback(tr("Nothing to save: no setting was changed."), false);
        return;
    }
    if (Status saved = settings.apply(*m_user, changes); !saved) {
        feedback(saved.error().message, true); // the fields keep what was typed, to be corrected
        return;
    }
    feedback(tr("%n setting(s) saved.", nullptr, static_cast<int>(changes.size())), false);
    emit settingsSaved();
}

} // namespace dockside
