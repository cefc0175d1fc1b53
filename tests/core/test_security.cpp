// Every privileged action is checked in core against the user's role, whatever a screen or the
// command line shows: a worker is refused and nothing changes; the allowed user's action is an
// event naming them.

#include "TestSupport.h"

#include "services/InspectionQueue.h"
#include "services/Receiving.h"
#include "services/Users.h"
#include "sync/SyncClient.h"

#include <catch2/catch.hpp>

using namespace dockside;
using namespace Qt::StringLiterals;

namespace {

qint64 eventsBy(Station& station, const char* type, const char* user) {
    Statement s = station.db().prepare("SELECT count(*) FROM event_log WHERE type = ? AND user = ?");
    s.bindAll(type, user);
    s.step();
    return s.int64(0);
}

template <typename R>
void checkRefused(const R& result) {
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Forbidden);
}

} // namespace

TEST_CASE("A worker is refused every privileged action", "[users][security]") {
    test::StationFixture f;
    Station& s = *f.station;
    Users users(s);
    const qint64 eventsBefore = s.db().scalar("SELECT count(*) FROM events");

    SECTION("adding a user (admin)") {
        checkRefused(users.add(&f.worker, u"U-3001"_s, u"Mallory"_s, Role::Admin, u"1111"_s));
        checkRefused(users.add(&f.supervisor, u"U-3001"_s, u"Mallory"_s, Role::Admin, u"1111"_s));
        CHECK_FALSE(users.findByBadge(u"U-3001"_s).ok());
    }
    SECTION("resetting a PIN (admin)") {
        checkRefused(users.resetPin(f.worker, u"U-1002"_s, u"1111"_s));
        checkRefused(users.resetPin(f.supervisor, u"U-1001"_s, u"1111"_s));
        CHECK(users.authenticate(u"U-1002"_s, u"2468"_s).ok());
        REQUIRE(users.resetPin(f.admin, u"U-1001"_s, u"97531"_s).ok());
        CHECK_FALSE(users.authenticate(u"U-1001"_s, u"2468"_s).ok());
        CHECK(users.authenticate(u"U-1001"_s, u"97531"_s).ok());
        CHECK(eventsBy(s, "user.pin_reset", "U-1003") == 1);
        CHECK(users.resetPin(f.admin, u"U-1001"_s, u"12"_s).error().code == u"invalid_pin"_s);
        CHECK(users.resetPin(f.admin, u"U-9999"_s, u"1234"_s).error().code == u"unknown_badge"_s);
    }
    SECTION("lifting a lock-out (supervisor)") {
        for (int i = 0; i < 5; ++i)
            (void)users.authenticate(u"U-1001"_s, u"0000"_s);
        CHECK(users.authenticate(u"U-1001"_s, u"2468"_s).error().code == u"locked_out"_s);
        checkRefused(users.unlock(f.worker, u"U-1001"_s));
        CHECK(users.authenticate(u"U-1001"_s, u"2468"_s).error().code == u"locked_out"_s);
        const Status unlocked = users.unlock(f.supervisor, u"U-1001"_s);
        INFO((unlocked ? QString() : unlocked.error().message).toStdString());
        REQUIRE(unlocked.ok());
        CHECK(users.authenticate(u"U-1001"_s, u"2468"_s).ok());
        CHECK(eventsBy(s, "user.unlocked", "U-1002") == 1);
    }
    SECTION("approving or rejecting queued items (supervisor)") {
        Receiving receiving(s, f.worker);
        ParcelRequest request;
        request.parcelCode = u"NOLABEL-7001"_s;
        request.itemCodes = {u"4006381333931"_s};
        Inspection inspection;
        inspection.grade = Grade::A;
        request.inspection = inspection;
        auto receipt = receiving.receive(request);
        REQUIRE(receipt.ok());
        const QString lpn = receipt->items.first().lpn;
        const qint64 before = s.db().scalar("SELECT count(*) FROM events");
        InspectionQueue queue(s);
        checkRefused(queue.approve(f.worker, {lpn}, {}, u"fine"_s));
        checkRefused(queue.reject(f.worker, {lpn}, {}, u"no"_s));
        CHECK(s.db().scalar("SELECT count(*) FROM events") == before);
        REQUIRE(queue.approve(f.supervisor, {lpn}, {}, u"checked"_s).ok());
        CHECK(eventsBy(s, "item.approved", "U-1002") == 1);
    }
    SECTION("resolving a dead-lettered event (supervisor)") {
        s.db().exec("UPDATE events SET dead_code = 'unknown_event_type', dead_message = 'x' WHERE seq = 1");
        checkRefused(SyncClient::requeueDeadLetter(s.db(), f.worker, 1));
        checkRefused(SyncClient::releaseDeadLetter(s.db(), f.worker, 1));
        CHECK(s.db().scalar("SELECT count(*) FROM events WHERE seq = 1 AND dead_code IS NOT NULL") == 1);
        CHECK(s.db().scalar("SELECT count(*) FROM events") == eventsBefore);
        const Status requeued = SyncClient::requeueDeadLetter(s.db(), f.supervisor, 1);
        INFO((requeued ? QString() : requeued.error().message).toStdString());
        REQUIRE(requeued.ok());
        CHECK(s.db().scalar("SELECT count(*) FROM events WHERE dead_code IS NOT NULL") == 0);
        CHECK(eventsBy(s, "outbox.requeued", "U-1002") == 1);
    }
}

TEST_CASE("PIN hashes are salted per user and compared in constant time", "[users][security]") {
    // Same PIN, different salts: different hashes, both verify.
    const QString a = Users::hashPin(u"2468"_s, 1000);
    const QString b = Users::hashPin(u"2468"_s, 1000);
    CHECK(a.section(u'$', 2, 2) != b.section(u'$', 2, 2));
    CHECK(Users::verifyPin(u"2468"_s, a));
    CHECK(Users::verifyPin(u"2468"_s, b));
    // A stored hash whose derived key differs only in its last byte is still refused.
    QByteArray key = QByteArray::fromBase64(a.section(u'$', 3, 3).toLatin1());
    key[key.size() - 1] = static_cast<char>(key[key.size() - 1] ^ 1);
    const QString tampered = a.section(u'$', 0, 2) + u'$' + QString::fromLatin1(key.toBase64());
    CHECK_FALSE(Users::verifyPin(u"2468"_s, tampered));
    // A stored hash with an empty key must not match everything.
    CHECK_FALSE(Users::verifyPin(u"2468"_s, a.section(u'$', 0, 2) + u'$'));
    CHECK(Users::hashIterations(a) == 1000);
    CHECK(Users::hashIterations(u"garbage"_s) == 0);
    // The default's cost (~100 ms a check) is measured by bench_security, not here.
    CHECK(Users::kDefaultIterations >= Users::kMinIterations);
    CHECK(Users::kDefaultIterations <= Users::kMaxIterations);
}

TEST_CASE("A new work factor reaches a stored PIN at its next successful log-in", "[users][security]") {
    test::StationFixture f;
    Station& s = *f.station;
    Users users(s);
    auto storedHash = [&] {
        Statement st = s.db().prepare("SELECT pin_hash FROM users WHERE badge = 'U-1001'");
        REQUIRE(st.step());
        return st.text(0);
    };
    const QString old = storedHash();
    REQUIRE(Users::hashIterations(old) == 1000);
    REQUIRE(s.setSetting(setting::PinIterations, u"1500"_s).ok());
    // A wrong PIN proves nothing: the hash stays.
    CHECK_FALSE(users.authenticate(u"U-1001"_s, u"1111"_s).ok());
    CHECK(storedHash() == old);
    // The right one: the same PIN, stored again with the new work factor and a new salt.
    REQUIRE(users.authenticate(u"U-1001"_s, u"2468"_s).ok());
    const QString rehashed = storedHash();
    CHECK(Users::hashIterations(rehashed) == 1500);
    CHECK(rehashed.section(u'$', 2, 2) != old.section(u'$', 2, 2));
    CHECK(Users::verifyPin(u"2468"_s, rehashed));
    CHECK(s.db().scalar("SELECT failed_attempts FROM users WHERE badge = 'U-1001'") == 0);
    // Unchanged work factor: no rewrite.
    REQUIRE(users.authenticate(u"U-1001"_s, u"2468"_s).ok());
    CHECK(storedHash() == rehashed);
    // Other users keep their hash until they log in.
    Statement other = s.db().prepare("SELECT pin_hash FROM users WHERE badge = 'U-1002'");
    REQUIRE(other.step());
    CHECK(Users::hashIterations(other.text(0)) == 1000);
}
