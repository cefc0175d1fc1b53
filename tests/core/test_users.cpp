#include "services/Users.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace dockside;

TEST_CASE("PINs are stored only as salted PBKDF2 hashes", "[users]") {
    test::StationFixture f;
    Statement s = f.station->db().prepare("SELECT pin_hash FROM users WHERE badge = 'U-1001'");
    REQUIRE(s.step());
    const QString stored = s.text(0);
    CHECK(stored.startsWith(QLatin1String("pbkdf2-sha256$1000$")));
    CHECK_FALSE(stored.contains(QLatin1String("2468")));
    CHECK(Users::verifyPin(QStringLiteral("2468"), stored));
    CHECK_FALSE(Users::verifyPin(QStringLiteral("2469"), stored));
    // Same PIN, different salt, different hash.
    CHECK(Users::hashPin(QStringLiteral("2468"), 1000) != Users::hashPin(QStringLiteral("2468"), 1000));
    CHECK_FALSE(Users::verifyPin(QStringLiteral("2468"), QStringLiteral("garbage")));
}

TEST_CASE("Adding users validates input and needs an admin", "[users]") {
    test::StationFixture f;
    Users users(*f.station);
    CHECK(users.add(nullptr, QStringLiteral("17"), QStringLiteral("X"), Role::Worker, QStringLiteral("1234"))
              .error()
              .code == QLatin1String("invalid_badge"));
    CHECK(
        users.add(nullptr, QStringLiteral("U-2000"), QStringLiteral("X"), Role::Worker, QStringLiteral("12"))
            .error()
            .code == QLatin1String("invalid_pin"));
    CHECK(
        users
            .add(nullptr, QStringLiteral("U-1001"), QStringLiteral("X"), Role::Worker, QStringLiteral("1234"))
            .error()
            .code == QLatin1String("badge_taken"));
    auto byWorker = users.add(&f.worker, QStringLiteral("U-2001"), QStringLiteral("X"), Role::Admin,
                              QStringLiteral("1234"));
    REQUIRE_FALSE(byWorker.ok());
    CHECK(byWorker.error().kind == ErrorKind::Forbidden);
    CHECK_FALSE(users.findByBadge(QStringLiteral("U-2001")).ok());
    auto byAdmin = users.add(&f.admin, QStringLiteral("U-2001"), QStringLiteral("New Person"), Role::Worker,
                             QStringLiteral("1234"), QStringLiteral("pl"));
    REQUIRE(byAdmin.ok());
    CHECK(users.findByBadge(QStringLiteral("u-2001"))->language == QLatin1String("pl"));
    // The addition is an audit event naming the admin.
    Statement e = f.station->db().prepare(
        "SELECT user FROM event_log WHERE type = 'user.added' AND entity_id = 'U-2001'");
    REQUIRE(e.step());
    CHECK(e.text(0) == QLatin1String("U-1003"));
}

TEST_CASE("Wrong PINs are refused alike and lock the badge out", "[users]") {
    test::StationFixture f;
    Users users(*f.station);
    CHECK(users.authenticate(QStringLiteral("U-1001"), QStringLiteral("2468")).ok());
    const auto unknown = users.authenticate(QStringLiteral("U-9999"), QStringLiteral("2468"));
    const auto wrong = users.authenticate(QStringLiteral("U-1001"), QStringLiteral("0000"));
    REQUIRE_FALSE(unknown.ok());
    REQUIRE_FALSE(wrong.ok());
    CHECK(unknown.error().message == wrong.error().message); // badges cannot be probed
    CHECK(wrong.error().kind == ErrorKind::Unauthorized);
    for (int i = 0; i < 3; ++i)
        CHECK(users.authenticate(QStringLiteral("U-1001"), QStringLiteral("0000")).error().code ==
              QLatin1String("wrong_pin"));
    const auto locked = users.authenticate(QStringLiteral("U-1001"), QStringLiteral("0000"));
    CHECK(locked.error().code == QLatin1String("locked_out"));
    // Even the right PIN is refused while locked.
    CHECK(users.authenticate(QStringLiteral("U-1001"), QStringLiteral("2468")).error().code ==
          QLatin1String("locked_out"));
    CHECK(f.station->db().scalar("SELECT count(*) FROM event_log WHERE type = 'user.locked_out'") == 1);
    // After the lock-out time the right PIN works again and resets the counter.
    f.station->db().exec("UPDATE users SET locked_until = 1 WHERE badge = 'U-1001'");
    CHECK(users.authenticate(QStringLiteral("U-1001"), QStringLiteral("2468")).ok());
    CHECK(f.station->db().scalar("SELECT failed_attempts FROM users WHERE badge = 'U-1001'") == 0);
}

TEST_CASE("Roles are ordered worker < supervisor < admin", "[users]") {
    test::StationFixture f;
    CHECK(Users::requireRole(f.worker, Role::Worker).ok());
    CHECK_FALSE(Users::requireRole(f.worker, Role::Supervisor).ok());
    CHECK(Users::requireRole(f.supervisor, Role::Supervisor).ok());
    CHECK_FALSE(Users::requireRole(f.supervisor, Role::Admin).ok());
    CHECK(Users::requireRole(f.admin, Role::Supervisor).ok());
}
