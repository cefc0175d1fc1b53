#include "services/StationSettings.h"

#include "services/Users.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StationSettings)
};

Status wholeNumber(const QString& key, const QString& value, int min, int max) {
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (ok && n >= min && n <= max)
        return {};
    return Error::invalid(QStringLiteral("invalid_setting"),
                          Tr::tr("%1 must be a whole number from %2 to %3.").arg(key).arg(min).arg(max));
}

} // namespace

QStringList StationSettings::editableKeys() {
    return {setting::HqUrl,           setting::HqToken,   setting::NightlySyncTime,
            setting::IdleLockMinutes, setting::LabelSize, setting::LabelPrinter,
            setting::SlaHours,        setting::Language,  setting::RegradeSharePercent};
}

QString StationSettings::defaultValue(const QString& key) {
    if (key == setting::NightlySyncTime)
        return QStringLiteral("02:00");
    if (key == setting::IdleLockMinutes)
        return QStringLiteral("10");
    if (key == setting::LabelSize)
        return QStringLiteral("4x6");
    if (key == setting::SlaHours)
        return QStringLiteral("24");
    if (key == setting::Language)
        return QStringLiteral("en");
    if (key == setting::RegradeSharePercent)
        return QStringLiteral("2");
    return {};
}

Status StationSettings::validate(const QString& key, const QString& raw) {
    const QString value = raw.trimmed();
    if (key == setting::HqUrl) {
        if (value.isEmpty())
            return {}; // not configured: the station works offline
        const QUrl url(value, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return Error::invalid(QStringLiteral("invalid_setting"),
                                  Tr::tr("The head-office address must be an http or https URL, e.g. "
                                         "https://hq.example.com."));
        return {};
    }
    if (key == setting::HqToken) {
        if (value.size() > 512 || value.contains(QRegularExpression(QStringLiteral("\\s"))))
            return Error::invalid(QStringLiteral("invalid_setting"),
                                  Tr::tr("The head-office token has no spaces and at most 512 characters."));
        return {};
    }
    if (key == setting::NightlySyncTime) {
        static const QRegularExpression hhmm(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
        if (!hhmm.match(value).hasMatch())
            return Error::invalid(QStringLiteral("invalid_setting"),
                                  Tr::tr("The nightly sync time is HH:MM on a 24-hour clock, e.g. 02:30."));
        return {};
    }
    if (key == setting::IdleLockMinutes)
        return wholeNumber(Tr::tr("The idle lock"), value, 1, 240);
    if (key == setting::SlaHours)
        return wholeNumber(Tr::tr("The queue SLA in hours"), value, 1, 720);
    if (key == setting::LabelSize) {
        if (value != QLatin1String("4x6") && value != QLatin1String("2x1"))
            return Error::invalid(QStringLiteral("invalid_setting"), Tr::tr("The label size is 4x6 or 2x1."));
        return {};
    }
    if (key == setting::LabelPrinter) {
        if (value.size() > 200)
            return Error::invalid(QStringLiteral("invalid_setting"),
                                  Tr::tr("The printer name has at most 200 characters."));
        return {};
    }
    if (key == setting::Language) {
        static const QRegularExpression code(QStringLiteral("^[a-z]{2}(_[A-Z]{2})?$"));
        if (!code.match(value).hasMatch() || QLocale(value).language() == QLocale::C)
            return Error::invalid(QStringLiteral("invalid_setting"),
                                  Tr::tr("The language is a language code such as en, de or fr_CA."));
        return {};
    }
    if (key == setting::RegradeSharePercent) {
        bool ok = false;
        const double share = value.toDouble(&ok);
        if (!ok || share < 0 || share > 100)
            return Error::invalid(QStringLiteral("invalid_setting"),
                                  Tr::tr("The re-grade share is a percentage from 0 to 100, e.g. 2 or 0.5."));
        return {};
    }
    return Error::invalid(QStringLiteral("unknown_setting"),
                          Tr::tr("\"%1\" is not a station setting. Use one of: %2.")
                              .arg(key, editableKeys().join(QStringLiteral(", "))));
}

QMap<QString, QString> StationSettings::values() {
    QMap<QString, QString> values;
    for (const QString& key : editableKeys())
        values.insert(key, m_station.setting(key, defaultValue(key)));
    return values;
}

Status StationSettings::apply(const User& admin, const QMap<QString, QString>& changes) {
    if (Status allowed = Users::requireRole(admin, Role::Admin); !allowed)
        return allowed;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        if (Status valid = validate(it.key(), it.value()); !valid)
            return valid;
    Database& db = m_station.db();
    try {
        Transaction tx(db);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            db.prepare(
                  "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                  "excluded.value")
                .bindAll(it.key(), it.value().trimmed())
                .run();
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return toError(e);
    }
}

} // namespace dockside
