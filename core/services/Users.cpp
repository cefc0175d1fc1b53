#include "services/Users.h"

#include "i18n/Language.h"
#include "services/EventLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Users)
};

constexpr int kHashBytes = 32;

bool constantTimeEquals(const QByteArray& a, const QByteArray& b) {
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

User readUser(const Statement& row) {
    User u;
    u.id = row.int64(0);
    u.badge = row.text(1);
    u.name = row.text(2);
    u.role = roleFromName(row.text(3)).value_or(Role::Worker);
    u.language = row.text(4);
    u.active = row.int64(5) != 0;
    return u;
}

// Empty stays empty (the station's language); anything else must be a language Dockside speaks.
Result<QString> checkedLanguage(const QString& language) {
    if (language.trimmed().isEmpty())
        return QString();
    const QString code = language::normalize(language);
    if (code.isEmpty()) {
        QStringList known;
        for (const language::Info& info : language::supported())
            known.append(info.code);
        return Error::invalid(QStringLiteral("invalid_language"),
                              Tr::tr("Dockside does not speak \"%1\". Choose one of: %2.")
                                  .arg(language, known.join(QStringLiteral(", "))));
    }
    return code;
}

constexpr const char* kUserColumns = "id, badge, name, role, language, active";

// A hash to check unknown badges against, so they cost one derivation like a known badge.
QString dummyHash(int iterations) {
    static QMutex mutex;
    static QHash<int, QString> hashes;
    QMutexLocker lock(&mutex);
    auto it = hashes.find(iterations);
    if (it == hashes.end())
        it = hashes.insert(iterations, Users::hashPin(QStringLiteral("0000"), iterations));
    return *it;
}

} // namespace

bool Users::isValidPin(const QString& pin) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4,12}$"));
    return pattern.match(pin).hasMatch();
}

bool Users::isValidBadge(const QString& badge) {
    static const QRegularExpression pattern(QStringLiteral("^U-[0-9]{4,8}$"));
    return pattern.match(badge).hasMatch();
}

QString Users::hashPin(const QString& pin, int iterations) {
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    const QByteArray hash = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                                               iterations, kHashBytes);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

int Users::hashIterations(const QString& stored) {
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return 0;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    return ok && iterations > 0 ? iterations : 0;
}

int Users::pinIterations() {
    // Only an admin's setting (validated) or a test (fast hashes) sets it; nonsense falls back.
    const int iterations = m_station.intSetting(setting::PinIterations, kDefaultIterations);
    return iterations >= 1 && iterations <= kMaxIterations ? iterations : kDefaultIterations;
}

bool Users::verifyPin(const QString& pin, const QString& stored) {
    const int iterations = hashIterations(stored);
    if (iterations == 0)
        return false;
    const QStringList parts = stored.split(QLatin1Char('$'));
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (expected.size() != kHashBytes)
        return false; // an empty key would "match" any PIN
    const QByteArray actual = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(),
                                                                 salt, iterations, expected.size());
    return constantTimeEquals(actual, expected);
}

Status Users::requireRole(const User& user, Role atLeast) {
    if (static_cast<int>(user.role) >= static_cast<int>(atLeast))
        return {};
    return Error::forbidden(QStringLiteral("forbidden"),
                            Tr::tr("%1 is signed in as %2; this needs a %3.")
                                .arg(user.name, roleLabel(user.role), roleLabel(atLeast)));
}

Result<User> Users::add(const User* actor, const QString& badge, const QString& name, Role role,
                        const QString& pin, const QString& language) {
    if (actor)
        if (Status allowed = requireRole(*actor, Role::Admin); !allowed)
            return allowed.error();
    if (!isValidBadge(badge))
        return Error::invalid(
            QStringLiteral("invalid_badge"),
            Tr::tr("\"%1\" is not a valid badge: use U- and 4 to 8 digits, e.g. U-0017.").arg(badge));
    if (name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("invalid_name"), Tr::tr("A user needs a name."));
    if (!isValidPin(pin))
        return Error::invalid(QStringLiteral("invalid_pin"), Tr::tr("A PIN is 4 to 12 digits."));
    auto lang = checkedLanguage(language);
    if (!lang)
        return lang.error();
    Database& db = m_station.db();
    try {
        const int iterations = pinIterations();
        const QString hash = hashPin(pin, iterations);
        Transaction tx(db);
        Statement exists = db.prepare("SELECT 1 FROM users WHERE badge = ?");
        exists.bind(1, badge);
        if (exists.step())
            return Error::invalid(QStringLiteral("badge_taken"),
                                  Tr::tr("Badge %1 already belongs to a user.").arg(badge));
        const Millis now = nowMillis();
        db.prepare("INSERT INTO users (badge, name, role, pin_hash, language, created_at) VALUES (?, ?, ?, "
                   "?, ?, ?)")
            .bindAll(badge, name.trimmed(), roleName(role), hash, *lang, now)
            .run();
        User user{db.lastInsertRowId(), badge, name.trimmed(), role, *lang, true};
        EventLog(db).append(event::UserAdded, QStringLiteral("user"), badge, actor ? actor->badge : QString(),
                            {{QStringLiteral("name"), user.name}, {QStringLiteral("role"), roleName(role)}},
                            now);
        tx.commit();
        return user;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Result<User> Users::findByBadge(const QString& badge) {
    try {
        Statement stmt =
            m_station.db().prepare(std::string("SELECT ") + kUserColumns + " FROM users WHERE badge = ?");
        stmt.bind(1, badge.trimmed().toUpper());
        if (!stmt.step())
            return Error::notFound(QStringLiteral("unknown_badge"),
                                   Tr::tr("Badge %1 is not known here.").arg(badge));
        return readUser(stmt);
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Result<User> Users::setLanguage(const User& actor, const QString& badge, const QString& language) {
    if (actor.badge != badge.trimmed().toUpper())
        if (Status allowed = requireRole(actor, Role::Admin); !allowed)
            return allowed.error();
    auto lang = checkedLanguage(language);
    if (!lang)
        return lang.error();
    auto user = findByBadge(badge);
    if (!user)
        return user;
    try {
        Transaction tx(m_station.db());
        m_station.db().prepare("UPDATE users SET language = ? WHERE id = ?").bindAll(*lang, user->id).run();
        tx.commit();
    } catch (const StoreError& e) {
        return toError(e);
    }
    user->language = *lang;
    return user;
}

QList<User> Users::list() {
    QList<User> users;
    Statement stmt =
        m_station.db().prepare(std::string("SELECT ") + kUserColumns + " FROM users ORDER BY badge");
    while (stmt.step())
        users.append(readUser(stmt));
    return users;
}

Result<User> Users::authenticate(const QString& badge, const QString& pin) {
    Database& db = m_station.db();
    const Error wrong =
        Error::unauthorized(QStringLiteral("wrong_pin"), Tr::tr("Wrong badge or PIN. Try again."));
    try {
        Statement stmt = db.prepare(std::string("SELECT ") + kUserColumns +
                                    ", pin_hash, failed_attempts, locked_until FROM users WHERE badge = ?");
        stmt.bind(1, badge.trimmed().toUpper());
        if (!stmt.step()) {
            // Same work and message as a wrong PIN, so badges cannot be probed.
            verifyPin(pin, dummyHash(pinIterations()));
            return wrong;
        }
        const User user = readUser(stmt);
        const QString hash = stmt.text(6);
        const int failed = stmt.integer(7);
        const Millis lockedUntil = stmt.int64(8);
        // End the read before writing: a write transaction begun inside an older read snapshot
        // fails at once with SQLITE_BUSY when another process (a sync) has written since.
        stmt.reset();
        const Millis now = nowMillis();
        if (!user.active)
            return Error::unauthorized(QStringLiteral("user_disabled"),
                                       Tr::tr("This badge is disabled. Ask a supervisor."));
        if (lockedUntil > now)
            return Error::unauthorized(QStringLiteral("locked_out"),
                                       Tr::tr("Too many wrong PINs. This badge is locked for %n more "
                                              "minute(s); a supervisor can reset it.",
                                              nullptr,
                                              static_cast<int>((lockedUntil - now + 59999) / 60000)));
        const bool matches = verifyPin(pin, hash);
        if (db.readOnly())
            return matches ? Result<User>(user) : Result<User>(wrong);
        // The PIN is known only now: store it again when the work factor has changed since it was
        // hashed. Derived before the write transaction, which other writers would wait for. Not an
        // event: the PIN stays the same and hashes never leave the station.
        const int iterations = pinIterations();
        const QString rehashed =
            matches && hashIterations(hash) != iterations ? hashPin(pin, iterations) : QString();
        Transaction tx(db);
        if (matches) {
            if (failed != 0 || !rehashed.isNull())
                db.prepare(
                      "UPDATE users SET failed_attempts = 0, locked_until = 0, pin_hash = ? WHERE id = ?")
                    .bindAll(rehashed.isNull() ? hash : rehashed, user.id)
                    .run();
            tx.commit();
            return user;
        }
        const int maxAttempts = m_station.intSetting(setting::PinMaxAttempts, kDefaultMaxAttempts);
        const int attempts = failed + 1;
        Millis lockUntil = 0;
        if (attempts >= maxAttempts) {
            lockUntil =
                now + 1000LL * m_station.intSetting(setting::PinLockoutSeconds, kDefaultLockoutSeconds);
            EventLog(db).append(event::UserLockedOut, QStringLiteral("user"), user.badge, user.badge,
                                {{QStringLiteral("attempts"), attempts}}, now);
        }
        db.prepare("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?")
            .bindAll(lockUntil ? 0 : attempts, lockUntil, user.id)
            .run();
        tx.commit();
        if (lockUntil)
            return Error::unauthorized(
                QStringLiteral("locked_out"),
                Tr::tr("Too many wrong PINs. This badge is now locked; a supervisor can "
                       "reset it."));
        return wrong;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Status Users::update(const User& admin, const QString& badge, const QJsonObject& eventData,
                     const std::function<Status(Database&, const User&)>& change) {
    if (Status allowed = requireRole(admin, Role::Admin); !allowed)
        return allowed;
    auto target = findByBadge(badge);
    if (!target)
        return target.error();
    Database& db = m_station.db();
    try {
        Transaction tx(db);
        if (Status changed = change(db, *target); !changed)
            return changed;
        // Whatever changed, at least one active admin must remain, or nobody could manage users.
        if (db.scalar("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1") == 0)
            return Error::invalid(
                QStringLiteral("last_admin"),
                Tr::tr("%1 is the last active admin; make another admin first.").arg(target->name));
        EventLog(db).append(event::UserUpdated, QStringLiteral("user"), target->badge, admin.badge, eventData,
                            nowMillis());
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Status Users::setActive(const User& admin, const QString& badge, bool active) {
    if (!active && badge.trimmed().toUpper() == admin.badge)
        return Error::invalid(QStringLiteral("self_disable"), Tr::tr("You cannot disable your own badge."));
    return update(admin, badge, {{QStringLiteral("active"), active}},
                  [&](Database& db, const User& user) -> Status {
                      db.prepare("UPDATE users SET active = ? WHERE id = ?").bindAll(active, user.id).run();
                      return {};
                  });
}

Status Users::setRole(const User& admin, const QString& badge, Role role) {
    if (badge.trimmed().toUpper() == admin.badge && role != Role::Admin)
        return Error::invalid(QStringLiteral("self_demote"),
                              Tr::tr("You cannot take away your own admin role."));
    return update(
        admin, badge, {{QStringLiteral("role"), roleName(role)}},
        [&](Database& db, const User& user) -> Status {
            db.prepare("UPDATE users SET role = ? WHERE id = ?").bindAll(roleName(role), user.id).run();
            return {};
        });
}

bool Users::isLockedOut(const QString& badge) {
    Statement s = m_station.db().prepare("SELECT locked_until FROM users WHERE badge = ?");
    s.bind(1, badge);
    return s.step() && s.int64(0) > nowMillis();
}

namespace {

// A privileged change to one user's row and its event naming the actor, in one transaction.
// `hash` (when not null) binds before the badge.
Status changeUser(Station& station, const User& actor, Role needed, const QString& badge, const char* sql,
                  const QString& hash, const QString& eventType) {
    if (Status allowed = Users::requireRole(actor, needed); !allowed)
        return allowed;
    Database& db = station.db();
    const QString target = badge.trimmed().toUpper();
    try {
        Transaction tx(db);
        Statement update = db.prepare(sql);
        if (hash.isNull())
            update.bindAll(target);
        else
            update.bindAll(hash, target);
        update.run();
        if (db.changes() == 0)
            return Error::notFound(QStringLiteral("unknown_badge"),
                                   Tr::tr("Badge %1 is not known here.").arg(badge));
        EventLog(db).append(eventType, QStringLiteral("user"), target, actor.badge, {}, station.now());
        tx.commit();
    } catch (const StoreError& e) {
        return toError(e);
    }
    return {};
}

} // namespace

Status Users::resetPin(const User& actor, const QString& badge, const QString& newPin) {
    if (Status allowed = requireRole(actor, Role::Admin); !allowed)
        return allowed;
    if (!isValidPin(newPin))
        return Error::invalid(QStringLiteral("invalid_pin"), Tr::tr("A PIN is 4 to 12 digits."));
    QString hash;
    try {
        hash = hashPin(newPin, pinIterations());
    } catch (const StoreError& e) {
        return toError(e);
    }
    return changeUser(m_station, actor, Role::Admin, badge,
                      "UPDATE users SET pin_hash = ?, failed_attempts = 0, locked_until = 0 WHERE badge = ?",
                      hash, event::UserPinReset);
}

Status Users::unlock(const User& actor, const QString& badge) {
    return changeUser(m_station, actor, Role::Supervisor, badge,
                      "UPDATE users SET failed_attempts = 0, locked_until = 0 WHERE badge = ?", QString(),
                      event::UserUnlocked);
}

} // namespace dockside
