#include "services/StationSettings.h"

#include "services/Backup.h"
#include "services/Users.h"
#include "sync/SyncClient.h"
#include "sync/SyncSchedule.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

#include <optional>

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

bool hasControlCharacter(const QString& value) {
    for (QChar c : value)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

} // namespace

Error SettingsFile::error() const {
    QStringList lines;
    for (const SettingsFileProblem& p : problems) {
        QString message = p.message;
        if (message.endsWith(QLatin1Char('.')))
            message.chop(1); // the parts are joined with "; "
        lines.append(Tr::tr("line %1: %2").arg(p.line).arg(message));
    }
    return Error::invalid(QStringLiteral("invalid_settings_file"), lines.join(QStringLiteral("; ")));
}

QStringList StationSettings::editableKeys() {
    return {setting::HqUrl,           setting::HqToken,   setting::NightlySyncTime,
            setting::IdleLockMinutes, setting::LabelSize, setting::LabelPrinter,
            setting::SlaHours,        setting::Language,  setting::RegradeSharePercent};
}

QStringList StationSettings::fileKeys() {
    return editableKeys() +
           QStringList{
               setting::AllowInsecureHttp, setting::HqCaFile,          setting::NightlySyncSpreadMinutes,
               setting::PinMaxAttempts,    setting::PinLockoutSeconds, setting::PinIterations,
               setting::BackupFolder,      setting::BackupKeep,        setting::SoundVolume};
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
    if (key == setting::AllowInsecureHttp)
        return QStringLiteral("false");
    if (key == setting::NightlySyncSpreadMinutes)
        return QString::number(NightlySchedule::kDefaultSpreadMinutes);
    if (key == setting::PinMaxAttempts)
        return QString::number(Users::kDefaultMaxAttempts);
    if (key == setting::PinLockoutSeconds)
        return QString::number(Users::kDefaultLockoutSeconds);
    if (key == setting::PinIterations)
        return QString::number(Users::kDefaultIterations);
    if (key == setting::BackupKeep)
        return QString::number(Backups::kDefaultKeep);
    if (key == setting::SoundVolume)
        return QStringLiteral("80");
    return {};
}

Status StationSettings::validate(const QString& key, const QString& raw) {
    const QString value = raw.trimmed();
    if (!fileKeys().contains(key))
        return Error::invalid(QStringLiteral("unknown_setting"),
                              Tr::tr("\"%1\" is not a station setting. Use one of: %2.")
                                  .arg(key.left(64), fileKeys().join(QStringLiteral(", "))));
    if (hasControlCharacter(value))
        return Error::invalid(QStringLiteral("invalid_setting"),
                              Tr::tr("%1 must not contain control characters.").arg(key));
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
    // The scheduler's own parser, so what is accepted here is exactly what it reads (empty: default).
    if (key == setting::NightlySyncTime || key == setting::NightlySyncSpreadMinutes) {
        const auto schedule = key == setting::NightlySyncTime ? NightlySchedule::parse(value, {})
                                                              : NightlySchedule::parse({}, value);
        return schedule ? Status() : Status(schedule.error());
    }
    if (key == setting::IdleLockMinutes)
        return wholeNumber(Tr::tr("The idle lock"), value, 1, 240);
    if (key == setting::SlaHours)
        return wholeNumber(Tr::tr("The queue SLA in hours"), value, 1, 720);
    if (key == setting::PinMaxAttempts)
        return wholeNumber(Tr::tr("The number of wrong PINs before a lock-out"), value, 1, 100);
    if (key == setting::PinLockoutSeconds)
        return wholeNumber(Tr::tr("The lock-out in seconds"), value, 10, 86400);
    if (key == setting::PinIterations)
        return wholeNumber(Tr::tr("The PIN work factor (PBKDF2 iterations)"), value, Users::kMinIterations,
                           Users::kMaxIterations);
    if (key == setting::BackupKeep)
        return wholeNumber(Tr::tr("The number of daily backups kept"), value, 1, 365);
    if (key == setting::SoundVolume)
        return wholeNumber(Tr::tr("The sound volume"), value, 0, 100);
    if (key == setting::AllowInsecureHttp) {
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return Error::invalid(QStringLiteral("invalid_setting"),
                                  Tr::tr("allow_insecure_http is true or false."));
        return {};
    }
    if (key == setting::HqCaFile) {
        if (value.isEmpty())
            return {}; // the system's CAs only
        if (!QDir::isAbsolutePath(value))
            return Error::invalid(
                QStringLiteral("invalid_setting"),
                Tr::tr("hq_ca_file needs an absolute path, e.g. /etc/ssl/certs/hq-ca.pem."));
        return checkHqCaFile(value);
    }
    if (key == setting::BackupFolder) {
        if (!value.isEmpty() && !QDir::isAbsolutePath(value))
            return Error::invalid(QStringLiteral("invalid_setting"),
                                  Tr::tr("backup_folder needs an absolute path, or nothing for the folder "
                                         "beside the database."));
        return {};
    }
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
    // regrade_share_percent, the one key left.
    bool ok = false;
    const double share = value.toDouble(&ok);
    if (!ok || share < 0 || share > 100)
        return Error::invalid(QStringLiteral("invalid_setting"),
                              Tr::tr("The re-grade share is a percentage from 0 to 100, e.g. 2 or 0.5."));
    return {};
}

QMap<QString, QString> StationSettings::values() {
    QMap<QString, QString> values;
    for (const QString& key : editableKeys())
        values.insert(key, m_station.setting(key, defaultValue(key)));
    return values;
}

QMap<QString, QString> StationSettings::stored() {
    const QStringList keys = fileKeys();
    QMap<QString, QString> stored;
    Statement s = m_station.db().prepare("SELECT key, value FROM settings");
    while (s.step())
        if (keys.contains(s.text(0)))
            stored.insert(s.text(0), s.text(1));
    return stored;
}

Result<QStringList> StationSettings::apply(const User* admin, const QMap<QString, QString>& changes,
                                           bool dryRun) {
    if (admin)
        if (Status allowed = Users::requireRole(*admin, Role::Admin); !allowed)
            return allowed.error();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        if (Status valid = validate(it.key(), it.value()); !valid)
            return valid.error();
    Database& db = m_station.db();
    try {
        std::optional<Transaction> tx;
        if (!dryRun)
            tx.emplace(db);
        const QMap<QString, QString> before = stored();
        QStringList changed;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const QString value = it.value().trimmed();
            if (before.contains(it.key()) && before.value(it.key()) == value)
                continue;
            changed.append(it.key());
            if (dryRun)
                continue;
            db.prepare(
                  "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                  "excluded.value")
                .bindAll(it.key(), value)
                .run();
        }
        if (tx)
            tx->commit();
        return changed;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Status StationSettings::apply(const User& admin, const QMap<QString, QString>& changes) {
    auto applied = apply(&admin, changes);
    return applied ? Status() : Status(applied.error());
}

SettingsFile StationSettings::parseFile(const QByteArray& text) {
    SettingsFile file;
    QMap<QString, int> firstLine;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = static_cast<int>(i + 1);
        QByteArray raw = lines[i];
        if (i == 0 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3); // the byte-order mark some Windows editors write
        if (raw.endsWith('\r'))
            raw.chop(1);
        auto problem = [&](const QString& message) {
            file.problems.append({number, message});
        };
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString line = QString(utf8(raw)).trimmed();
        if (utf8.hasError()) {
            problem(Tr::tr("not UTF-8 text"));
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = line.left(equals).trimmed();
        if (equals < 0 || key.isEmpty()) {
            problem(Tr::tr("expected \"key = value\""));
            continue;
        }
        if (const auto seen = firstLine.constFind(key); seen != firstLine.cend()) {
            problem(Tr::tr("%1 is already set on line %2").arg(key.left(64)).arg(*seen));
            continue;
        }
        firstLine.insert(key, number);
        const QString value = line.mid(equals + 1).trimmed();
        if (Status valid = validate(key, value); !valid) {
            problem(valid.error().message);
            continue;
        }
        file.values.insert(key, value);
    }
    return file;
}

QString StationSettings::exportFile() {
    const QMap<QString, QString> values = stored();
    QString text =
        Tr::tr("# Dockside station settings of %1, exported %2.\n"
               "# One \"key = value\" per line; lines starting with # are comments. A key shown as a\n"
               "# comment is not set on this station and has the default shown.\n"
               "# Load with: dockside-cli settings import FILE\n")
            .arg(m_station.code(), toRfc3339(nowMillis()));
    for (const QString& key : fileKeys()) {
        if (key == setting::HqToken) {
            // Never written anywhere; the file says only whether the station has one.
            text += values.value(key).isEmpty()
                        ? Tr::tr("# hq_token is not set; add \"hq_token = ...\" to set it.\n")
                        : Tr::tr("# hq_token is set on this station but never exported; add "
                                 "\"hq_token = ...\" to set it.\n");
            continue;
        }
        const QString line = values.contains(key) ? QStringLiteral("%1 = %2").arg(key, values.value(key))
                                                  : QStringLiteral("# %1 = %2").arg(key, defaultValue(key));
        text += line.trimmed() + QLatin1Char('\n');
    }
    return text;
}

} // namespace dockside
