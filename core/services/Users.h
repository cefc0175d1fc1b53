#pragma once

#include "domain/Types.h"
#include "services/Station.h"

#include <QJsonObject>

#include <functional>

namespace dockside {

// Users, PINs and roles. PINs are kept only as salted PBKDF2-SHA256 hashes.
class Users {
public:
    explicit Users(Station& station)
        : m_station(station) {}

    // `actor` is the admin doing it; nullptr means the station's owner at the command line
    // (whoever can write the database file), which is how the first admin is made.
    Result<User> add(const User* actor, const QString& badge, const QString& name, Role role,
                     const QString& pin, const QString& language = {});
    // Badge and PIN; counts failures and locks the badge out after too many.
    Result<User> authenticate(const QString& badge, const QString& pin);
    Result<User> findByBadge(const QString& badge);
    // The language the user's badge brings (a code of language::supported(), or empty for the
    // station's language). A user may change their own; an admin anyone's. A preference, not a
    // business fact: no event goes to head office.
    Result<User> setLanguage(const User& actor, const QString& badge, const QString& language);
    // Admin only: a new PIN for someone who forgot theirs; also lifts a lock-out.
    Status resetPin(const User& actor, const QString& badge, const QString& newPin);
    // Supervisor or admin: lifts a lock-out after too many wrong PINs.
    Status unlock(const User& actor, const QString& badge);
    QList<User> list();

    // Admin changes to a user; each is one event (user.updated). An admin can neither disable nor
    // demote themselves, and the station always keeps one active admin.
    Status setActive(const User& admin, const QString& badge, bool active);
    Status setRole(const User& admin, const QString& badge, Role role);
    // Locked out right now (too many wrong PINs), for the admin's list.
    bool isLockedOut(const QString& badge);

    static Status requireRole(const User& user, Role atLeast);
    static bool isValidPin(const QString& pin);
    static bool isValidBadge(const QString& badge);

    // "pbkdf2-sha256$iterations$salt$hash" (base64 parts): each hash carries its own work factor,
    // so changing pin_iterations never invalidates a stored PIN.
    static QString hashPin(const QString& pin, int iterations);
    static bool verifyPin(const QString& pin, const QString& stored);
    // The work factor a stored hash was made with; 0 when it is not a hash of ours.
    static int hashIterations(const QString& stored);
    // The work factor for new hashes: pin_iterations, else the default. A successful log-in whose
    // hash has another work factor stores the PIN again with this one.
    int pinIterations();
    // PBKDF2-SHA256 with Qt's QPasswordDigestor: about 100 ms per check on a dock PC, measured
    // by bench_security (tests/bench/README.md). The bounds apply to the pin_iterations setting.
    static constexpr int kDefaultIterations = 40000;
    static constexpr int kMinIterations = 10000;
    static constexpr int kMaxIterations = 5000000;
    static constexpr int kDefaultMaxAttempts = 5;      // pin_max_attempts
    static constexpr int kDefaultLockoutSeconds = 300; // pin_lockout_seconds

private:
    // Runs `change` on the user in one transaction with its event; refuses self-lockout.
    Status update(const User& admin, const QString& badge, const QJsonObject& eventData,
                  const std::function<Status(Database&, const User&)>& change);
    Station& m_station;
};

} // namespace dockside
