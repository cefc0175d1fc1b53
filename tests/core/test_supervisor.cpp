// The supervisor's side in core: queue filters and sorting, exceptions, blind re-grades, item
// history, user administration and station settings, with their role checks.
#include "services/Catalog.h"
#include "services/DemoData.h"
#include "services/History.h"
#include "services/InspectionQueue.h"
#include "services/IntegrityCheck.h"
#include "services/ItemDetail.h"
#include "services/Receiving.h"
#include "services/Regrade.h"
#include "services/StationSettings.h"
#include "services/Users.h"
#include "store/Schema.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace dockside;

namespace {

Inspection graded(Grade g) {
    Inspection in;
    in.grade = g;
    return in;
}

// A high-value laptop, a blind receipt, a wrong item on an RMA, all queued; a T-shirt decided.
struct SupervisorFixture : test::StationFixture {
    QString laptop, blind, wrongItem, shirt, shirtParcel;
    SupervisorFixture() {
        // No blind re-grade samples unless a test asks for them.
        (void)station->setSetting(setting::RegradeSharePercent, QStringLiteral("0"));
        Receiving receiving(*station, worker);
        auto p1 = receiving.openParcel(QStringLiteral("RMA-2026-000126"));
        laptop = receiving.receiveItem(p1->id, QStringLiteral("LPT-0001"), graded(Grade::A))->lpn;
        auto p2 = receiving.openParcel(QStringLiteral("UNKNOWN-LABEL-7"));
        blind = receiving.receiveItem(p2->id, QStringLiteral("4006381333931"), graded(Grade::A))->lpn;
        auto p3 = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
        shirtParcel = p3->tracking;
        shirt = receiving.receiveItem(p3->id, QStringLiteral("4006381333931"), graded(Grade::B))->lpn;
        wrongItem = receiving.receiveItem(p3->id, QStringLiteral("00012345678905"), graded(Grade::A))->lpn;
    }
    qint64 count(const char* sql) { return station->db().scalar(sql); }
};

} // namespace

TEST_CASE("Queue rows carry the item's grade and disposition and category and worker and value",
          "[supervisor]") {
    SupervisorFixture f;
    InspectionQueue queue(*f.station);
    QueueFilter filter;
    filter.category = QStringLiteral("electronics");
    auto electronics = queue.list(filter);
    REQUIRE(electronics.ok());
    CHECK(electronics->total == 2); // laptop and the phone that was not on the RMA
    filter.category = QStringLiteral("electronics.laptop");
    CHECK(queue.list(filter)->items.first().lpn == f.laptop);
    filter.category = QStringLiteral("electro"); // a category, not a text prefix
    CHECK(queue.list(filter)->total == 0);

    QueueFilter value;
    value.minValue = 100000; // 1000.00
    CHECK(queue.list(value)->items.first().lpn == f.laptop);
    value.minValue.reset();
    value.maxValue = 1999;
    CHECK(queue.list(value)->items.first().lpn == f.blind);

    QueueFilter byWorker;
    byWorker.worker = f.worker.badge;
    CHECK(queue.list(byWorker)->total == 3);
    byWorker.worker = f.supervisor.badge;
    CHECK(queue.list(byWorker)->total == 0);

    QueueFilter sorted;
    sorted.sort = QStringLiteral("value");
    sorted.descending = true;
    auto page = queue.list(sorted);
    REQUIRE(page->items.size() == 3);
    CHECK(page->items[0].lpn == f.laptop);
    CHECK(page->items[2].lpn == f.blind);

    // Age: the fixture's clock stands still; moving it makes the items older.
    QueueFilter old;
    old.minAgeHours = 24;
    CHECK(queue.list(old)->total == 0);
    f.station->setClock(test::StationFixture::kNow + 25 * 3600 * 1000LL);
    CHECK(queue.list(old)->total == 3);
    old.maxAgeHours = 12;
    CHECK_FALSE(queue.list(old).ok()); // minimum above maximum

    // The copy follows the item: a decision changes the disposition everywhere.
    REQUIRE(queue.approve(f.supervisor, {f.laptop}, Disposition::Refurbish, QStringLiteral("Checked"))
                ->first()
                .ok);
    QueueFilter refurbished;
    refurbished.status.clear();
    refurbished.disposition = QStringLiteral("refurbish");
    CHECK(queue.list(refurbished)->items.first().lpn == f.laptop);

    QueueFilter bad;
    bad.grade = QStringLiteral("Q");
    CHECK(queue.list(bad).error().code == QLatin1String("invalid_grade"));
    bad = {};
    bad.sort = QStringLiteral("colour");
    CHECK(queue.count(bad).error().code == QLatin1String("invalid_sort"));
}

namespace {

// The LPNs a queue search finds, in queue order.
QStringList found(InspectionQueue& queue, const QString& search, const QString& status = {}) {
    QueueFilter filter;
    filter.status = status;
    filter.search = search;
    auto page = queue.list(filter);
    REQUIRE(page.ok());
    CHECK(page->total == page->items.size());
    QStringList lpns;
    for (const QueueEntry& e : page->items)
        lpns.append(e.lpn);
    return lpns;
}

} // namespace

TEST_CASE("A search by SKU finds the queued items of the SKU, and follows SKU and catalog changes",
          "[supervisor]") {
    SupervisorFixture f;
    InspectionQueue queue(*f.station);
    // Right after receiving: the blind receipt is a TSHIRT-M and queued; the decided shirt is not.
    CHECK(found(queue, QStringLiteral("TSHIRT-M")) == QStringList{f.blind});
    CHECK(found(queue, QStringLiteral("tshirt-m")) == QStringList{f.blind}); // as typed
    CHECK(found(queue, QStringLiteral("LAPTOP-16")) == QStringList{f.laptop});
    CHECK(found(queue, QStringLiteral("PHONE-128"), QStringLiteral("open")) == QStringList{f.wrongItem});
    CHECK(found(queue, QStringLiteral("PHONE-128"), QStringLiteral("approved")).isEmpty());
    CHECK(found(queue, QStringLiteral("LAPTOP")).isEmpty()); // exact unless a prefix is asked for
    CHECK(found(queue, QStringLiteral("LAPTOP*")) == QStringList{f.laptop});
    CHECK(found(queue, QStringLiteral("BRUSH-EL")).isEmpty()); // none of it received
    QueueFilter graded;
    graded.search = QStringLiteral("LAPTOP-16");
    graded.grade = QStringLiteral("B");
    CHECK(queue.count(graded).value() == 0); // the other filters still apply
    graded.grade = QStringLiteral("A");
    CHECK(queue.count(graded).value() == 1);

    // Resolved entries keep their SKU: found under every status, not under open.
    REQUIRE(queue.approve(f.supervisor, {f.laptop}, std::nullopt, QStringLiteral("Checked"))->first().ok);
    CHECK(found(queue, QStringLiteral("LAPTOP-16")) == QStringList{f.laptop});
    CHECK(found(queue, QStringLiteral("LAPTOP-16"), QStringLiteral("open")).isEmpty());

    // No service changes an item's SKU today; should one (a corrected identification, an HQ
    // repair), the copy follows, with the new product's category.
    f.station->db().prepare("UPDATE items SET sku = 'BRUSH-EL' WHERE lpn = ?").bindAll(f.wrongItem).run();
    CHECK(found(queue, QStringLiteral("PHONE-128")).isEmpty());
    CHECK(found(queue, QStringLiteral("BRUSH-EL")) == QStringList{f.wrongItem});
    QueueFilter care;
    care.category = QStringLiteral("health");
    CHECK(queue.count(care).value() == 1);

    // HQ moves a product to another category: its queued items follow.
    Catalog catalog(f.station->db());
    Product brush = *catalog.productBySku(QStringLiteral("BRUSH-EL"));
    brush.category = QStringLiteral("household.bathroom");
    catalog.upsertProduct(brush);
    CHECK(queue.count(care).value() == 0);
    care.category = QStringLiteral("household");
    CHECK(queue.count(care).value() == 1);
    // A product HQ sends after its items were received gives them its category.
    f.station->db().exec("UPDATE items SET sku = 'DRONE-X1' WHERE lpn = '" + f.blind.toStdString() + "'");
    CHECK(found(queue, QStringLiteral("DRONE-X1")) == QStringList{f.blind});
    QueueFilter toys;
    toys.category = QStringLiteral("toys");
    CHECK(queue.count(toys).value() == 0);
    Product drone = brush;
    drone.sku = QStringLiteral("DRONE-X1");
    drone.category = QStringLiteral("toys.drones");
    drone.gtins.clear();
    catalog.upsertProduct(drone);
    CHECK(queue.count(toys).value() == 1);

    // The integrity check compares every copy with its item, and notices one that drifted.
    CHECK(checkIntegrity(*f.station).ok());
    f.station->db().exec("UPDATE queue SET sku = 'TSHIRT-L' WHERE sku = 'DRONE-X1'");
    const CheckReport report = checkIntegrity(*f.station);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().contains(f.blind));
}

TEST_CASE("An older station's queue gets its SKU copies when the database is migrated", "[supervisor]") {
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("old.db"));
    {
        // Schema 9, the last without the SKU in the queue, with rows as that version wrote them.
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        Database& db = **opened;
        REQUIRE(schema::migrate(db, 9).ok());
        db.exec(R"sql(
INSERT INTO station (id, code, name, created_at) VALUES (1, 'OLD-D01', 'Old dock', 1);
INSERT INTO users (id, badge, name, role, pin_hash, created_at) VALUES (1, 'U-1001', 'Wanda', 'worker', 'x', 1);
INSERT INTO products (sku, description, category, unit_value, currency, updated_at) VALUES
    ('TSHIRT-M', 'T-shirt', 'apparel.tops', 1999, 'EUR', 1), ('LAPTOP-16', 'Laptop', 'electronics.laptop', 189900, 'EUR', 1);
INSERT INTO parcels (id, tracking, dock, received_by, received_at) VALUES (1, '1Z999AA10123456784', 'D01', 1, 1000);
INSERT INTO items (id, lpn, parcel_id, sku, authorization, status, grade, disposition, unit_value, currency, received_by, received_at) VALUES
    (1, 'OLD-0001', 1, 'TSHIRT-M', 'unknown_parcel', 'in_review', 'A', 'restock', 1999, 'EUR', 1, 1000),
    (2, 'OLD-0002', 1, 'TSHIRT-M', 'authorized', 'decided', 'B', 'open_box', 1999, 'EUR', 1, 2000),
    (3, 'OLD-0003', 1, 'LAPTOP-16', 'authorized', 'approved', 'A', 'restock', 189900, 'EUR', 1, 3000),
    (4, 'OLD-0004', 1, 'TSHIRT-M', 'authorized', 'in_review', 'C', 'liquidate', 1999, 'EUR', 1, 4000);
INSERT INTO queue (item_id, cause, causes, status, created_at) VALUES
    (1, 'blind_receipt', 'blind_receipt', 'open', 1000), (4, 'override', 'override', 'open', 4000);
INSERT INTO queue (item_id, cause, causes, status, created_at, resolved_at, resolved_by) VALUES
    (3, 'high_value', 'high_value', 'approved', 3000, 3500, 1);
)sql");
    }
    auto station = Station::open(path); // migrates
    REQUIRE(station.ok());
    CHECK(schema::currentVersion((*station)->db()) == schema::latestVersion());
    CHECK((*station)->db().scalar("SELECT count(*) FROM queue WHERE sku IS NULL") == 0);
    InspectionQueue queue(**station);
    CHECK(found(queue, QStringLiteral("TSHIRT-M")) ==
          (QStringList{QStringLiteral("OLD-0001"), QStringLiteral("OLD-0004")}));
    CHECK(found(queue, QStringLiteral("LAPTOP-16")) == QStringList{QStringLiteral("OLD-0003")});
    CHECK(found(queue, QStringLiteral("LAPTOP-16"), QStringLiteral("open")).isEmpty());
    // And the copies are kept from now on.
    (*station)->db().exec("UPDATE items SET sku = 'LAPTOP-16' WHERE id = 4");
    CHECK(found(queue, QStringLiteral("LAPTOP-16")) ==
          (QStringList{QStringLiteral("OLD-0003"), QStringLiteral("OLD-0004")}));
}

TEST_CASE("Filter presets are kept per station and survive a reopen", "[supervisor]") {
    SupervisorFixture f;
    InspectionQueue queue(*f.station);
    QueueFilter filter;
    filter.cause = cause::HighValue;
    filter.minValue = 50000;
    filter.minAgeHours = 12;
    filter.sort = QStringLiteral("value");
    filter.descending = true;
    REQUIRE(queue.savePreset(QStringLiteral("Expensive"), filter).ok());
    CHECK(queue.savePreset(QStringLiteral("  "), filter).error().code ==
          QLatin1String("invalid_preset_name"));
    auto reopened = Station::open(f.station->databasePath());
    REQUIRE(reopened.ok());
    const auto presets = InspectionQueue(**reopened).presets();
    REQUIRE(presets.contains(QStringLiteral("Expensive")));
    CHECK(presets.value(QStringLiteral("Expensive")) == filter);
    REQUIRE(queue.deletePreset(QStringLiteral("Expensive")).ok());
    CHECK(queue.presets().isEmpty());
    CHECK(queue.deletePreset(QStringLiteral("Expensive")).error().code == QLatin1String("unknown_preset"));
}

TEST_CASE("Exceptions are resolved with a decision by supervisors only", "[supervisor]") {
    SupervisorFixture f;
    InspectionQueue queue(*f.station);
    // A worker is refused in core, whatever a screen shows.
    CHECK(queue.resolveException(f.worker, f.blind, ExceptionDecision::Unmatched, {}, {}).error().code ==
          QLatin1String("forbidden"));
    // The decision must fit the exception.
    CHECK(queue.resolveException(f.supervisor, f.blind, ExceptionDecision::Accept, {}, {}).error().code ==
          QLatin1String("wrong_decision"));
    CHECK(queue.resolveException(f.supervisor, f.laptop, ExceptionDecision::Accept, {}, {}).error().code ==
          QLatin1String("no_exception"));
    CHECK(queue.resolveException(f.supervisor, f.wrongItem, ExceptionDecision::Deny, {}, {}).error().code ==
          QLatin1String("reason_required"));

    SECTION("a blind receipt is linked to an RMA found by search") {
        auto found = queue.findRmas(QStringLiteral("1Z999AA10123456784"));
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->first().rma == QLatin1String("RMA-2026-000123"));
        CHECK(found->first().matchedBy == QLatin1String("tracking"));
        CHECK(queue.findRmas(QStringLiteral("RMA-2026-00012"))->size() == 5);
        CHECK(queue.findRmas(QStringLiteral("S01-4471123"))->first().matchedBy == QLatin1String("serial"));
        CHECK(queue
                  .resolveException(f.supervisor, f.blind, ExceptionDecision::LinkRma,
                                    QStringLiteral("RMA-NOPE"), {})
                  .error()
                  .code == QLatin1String("unknown_rma"));
        CHECK(f.count("SELECT count(*) FROM items WHERE rma = 'RMA-NOPE'") == 0);
        auto linked = queue.resolveException(f.supervisor, f.blind, ExceptionDecision::LinkRma,
                                             QStringLiteral("rma-2026-000123"), QStringLiteral("Label torn"));
        REQUIRE(linked.ok());
        CHECK(linked->status == QLatin1String("approved"));
        const auto detail = itemDetail(*f.station, f.blind);
        REQUIRE(detail.ok());
        CHECK(detail->rma == QLatin1String("RMA-2026-000123"));
        CHECK(detail->queueStatus == QLatin1String("approved"));
        const auto history = itemHistory(*f.station, f.blind);
        REQUIRE(history.ok());
        const TimelineEvent& last = history->events.last();
        const auto resolved =
            std::find_if(history->events.cbegin(), history->events.cend(),
                         [](const TimelineEvent& e) { return e.type == event::ExceptionResolved; });
        REQUIRE(resolved != history->events.cend());
        CHECK(resolved->data.value(QStringLiteral("decision")).toString() == QLatin1String("link_rma"));
        CHECK(resolved->data.value(QStringLiteral("rma")).toString() == QLatin1String("RMA-2026-000123"));
        CHECK(resolved->data.value(QStringLiteral("rma_line")).toInt() == 2); // the T-shirt's line
        CHECK(resolved->user == f.supervisor.badge);
        CHECK(last.type == event::ItemMovedToTote);
    }
    SECTION("a blind receipt without RMA is kept, without refund") {
        REQUIRE(queue.resolveException(f.supervisor, f.blind, ExceptionDecision::Unmatched, {}, {}).ok());
        CHECK(itemDetail(*f.station, f.blind)->refundDecision == QLatin1String("deny"));
    }
    SECTION("a wrong item is denied with a reason") {
        auto denied = queue.resolveException(f.supervisor, f.wrongItem, ExceptionDecision::Deny, {},
                                             QStringLiteral("Not what was sold"));
        REQUIRE(denied.ok());
        CHECK(denied->status == QLatin1String("rejected"));
        const auto detail = itemDetail(*f.station, f.wrongItem);
        CHECK(detail->refundDecision == QLatin1String("deny"));
        CHECK(detail->disposition == QLatin1String("quarantine"));
        CHECK(detail->comment == QLatin1String("Not what was sold"));
    }
}

TEST_CASE("The item detail has the checklist and the engine's explanation and the RMA", "[supervisor]") {
    SupervisorFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("RMA-2026-000126"));
    Inspection in;
    in.checks = {{QStringLiteral("powers_on"), true},
                 {QStringLiteral("no_physical_damage"), true},
                 {QStringLiteral("screen_and_body_clean"), true},
                 {QStringLiteral("data_wiped"), true},
                 {QStringLiteral("battery_ok"), true},
                 {QStringLiteral("accessories_complete"), true},
                 {QStringLiteral("genuine"), true},
                 {QStringLiteral("unused"), true},
                 {QStringLiteral("original_packaging"), true}};
    auto phone = receiving.receiveItem(parcel->id, QStringLiteral("PHN-0001"), in);
    REQUIRE(phone.ok());
    auto detail = itemDetail(*f.station, phone->lpn);
    REQUIRE(detail.ok());
    CHECK(detail->reasonCode == QLatin1String("changed_mind"));
    CHECK(detail->category == QLatin1String("electronics.phone"));
    CHECK(detail->suggested == dispositionName(*phone->suggested));
    CHECK_FALSE(detail->explanation.isEmpty());
    CHECK_FALSE(detail->allowed.isEmpty());
    REQUIRE_FALSE(detail->checklist.isEmpty());
    CHECK(std::all_of(detail->checklist.cbegin(), detail->checklist.cend(),
                      [](const ChecklistAnswer& a) { return a.passed && !a.label.isEmpty(); }));
    CHECK(itemDetail(*f.station, QStringLiteral("NOPE")).error().code == QLatin1String("unknown_lpn"));
}

TEST_CASE("Blind re-grades are sampled and done by another worker and give agreement figures",
          "[supervisor][regrade]") {
    SupervisorFixture f;
    Regrade regrade(*f.station);
    CHECK(regrade.sharePercent() == 0.0); // the fixture's
    REQUIRE(f.station->setSetting(setting::RegradeSharePercent, QStringLiteral("")).ok());
    CHECK(regrade.sharePercent() == Regrade::kDefaultSharePercent); // unset
    // The sample is a stable share of LPNs.
    int sampled = 0;
    for (int i = 0; i < 20000; ++i)
        sampled +=
            Regrade::inSample(QStringLiteral("DEM-D01-%1-K").arg(i, 7, 10, QLatin1Char('0')), 2.0) ? 1 : 0;
    CHECK(sampled > 300);
    CHECK(sampled < 500);
    CHECK_FALSE(Regrade::inSample(QStringLiteral("X"), 0));
    CHECK(Regrade::inSample(QStringLiteral("X"), 100));

    REQUIRE(f.station->setSetting(setting::RegradeSharePercent, QStringLiteral("100")).ok());
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
    const QString a =
        receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), graded(Grade::B))->lpn;
    const QString b =
        receiving
            .receiveItem(parcel->id, QStringLiteral("(01)04548736132610(21)S01-4471123"), graded(Grade::A))
            ->lpn;
    CHECK(f.count("SELECT count(*) FROM regrades WHERE reason = 'sample' AND status = 'open'") == 2);

    // The first grader never sees their own items; another worker does, without the first grade.
    CHECK(regrade.pending(f.worker)->isEmpty());
    auto other = Users(*f.station)
                     .add(nullptr, QStringLiteral("U-1004"), QStringLiteral("Olga Other"), Role::Worker,
                          QString::fromLatin1(test::StationFixture::kPin));
    REQUIRE(other.ok());
    auto tasks = regrade.pending(*other);
    REQUIRE(tasks.ok());
    CHECK(tasks->size() == 2);
    CHECK_FALSE(tasks->first().toJson().contains(QStringLiteral("first_grade")));
    CHECK(regrade.submit(f.worker, a, Grade::B).error().code == QLatin1String("same_grader"));
    auto agree = regrade.submit(*other, a, Grade::B);
    REQUIRE(agree.ok());
    CHECK(agree->agrees);
    auto disagree = regrade.submit(*other, b, Grade::C);
    REQUIRE(disagree.ok());
    CHECK_FALSE(disagree->agrees);
    CHECK(regrade.submit(*other, b, Grade::C).error().code == QLatin1String("no_regrade"));

    // A supervisor asks for another look at a queued item; a worker cannot.
    CHECK(regrade.request(f.worker, f.laptop, {}).error().code == QLatin1String("forbidden"));
    CHECK(regrade.request(f.supervisor, f.laptop, {}, f.worker.badge).error().code ==
          QLatin1String("same_grader"));
    REQUIRE(regrade.request(f.supervisor, f.laptop, QStringLiteral("Scratches?"), other->badge).ok());
    CHECK(regrade.request(f.supervisor, f.laptop, {}).error().code == QLatin1String("regrade_open"));
    REQUIRE(regrade.submit(*other, f.laptop, Grade::A).ok());
    const auto info = regrade.latestFor(f.laptop);
    REQUIRE(info);
    CHECK(info->status == QLatin1String("done"));
    CHECK(info->grade == QLatin1String("A"));
    CHECK(info->firstBy == f.worker.badge);

    auto figures = regrade.graderAgreement(0, test::StationFixture::kNow + 1);
    REQUIRE(figures.ok());
    CHECK(figures->overall.compared == 3);
    CHECK(figures->overall.agreed == 2);
    REQUIRE(figures->byWorker.size() == 1);
    CHECK(figures->byWorker.first().key == f.worker.badge);
    CHECK(figures->byWorker.first().rate() == Approx(2.0 / 3.0));
    QMap<QString, AgreementRow> byCategory;
    for (const AgreementRow& r : figures->byCategory)
        byCategory.insert(r.key, r);
    CHECK(byCategory.value(QStringLiteral("apparel.tops")).agreed == 1);
    CHECK(byCategory.value(QStringLiteral("electronics.audio")).agreed == 0);
    CHECK(byCategory.value(QStringLiteral("electronics.laptop")).compared == 1);
    CHECK(regrade.graderAgreement(0, 1)->overall.compared == 0);
    CHECK(f.count("SELECT count(*) FROM event_log WHERE type = 'item.regraded'") == 3);
}

TEST_CASE("An item's history has every event with who and when and where and whether HQ has it",
          "[supervisor][history]") {
    SupervisorFixture f;
    REQUIRE(InspectionQueue(*f.station).approve(f.supervisor, {f.laptop}, std::nullopt, {})->first().ok);
    auto byLpn = itemHistory(*f.station, f.laptop.toLower());
    REQUIRE(byLpn.ok());
    CHECK(byLpn->kind == QLatin1String("item"));
    REQUIRE(byLpn->events.size() >= 6);
    CHECK(byLpn->events.first().type == event::ParcelReceived);
    CHECK(std::is_sorted(byLpn->events.cbegin(), byLpn->events.cend(),
                         [](const TimelineEvent& x, const TimelineEvent& y) { return x.seq < y.seq; }));
    const auto approved = std::find_if(byLpn->events.cbegin(), byLpn->events.cend(),
                                       [](const TimelineEvent& e) { return e.type == event::ItemApproved; });
    REQUIRE(approved != byLpn->events.cend());
    CHECK(approved->user == f.supervisor.badge);
    CHECK(approved->userName == f.supervisor.name);
    CHECK(approved->station == QLatin1String("TST-D01"));
    CHECK_FALSE(approved->delivered);
    f.station->db().exec("UPDATE events SET delivered_at = 1 WHERE seq = " + std::to_string(approved->seq));
    CHECK(itemHistory(*f.station, f.laptop)->events.at(int(approved - byLpn->events.cbegin())).delivered);

    auto byTracking = itemHistory(*f.station, f.shirtParcel);
    REQUIRE(byTracking.ok());
    CHECK(byTracking->kind == QLatin1String("parcel"));
    CHECK(byTracking->lpns == QStringList{f.shirt, f.wrongItem});
    auto byRma = itemHistory(*f.station, QStringLiteral("RMA-2026-000126"));
    REQUIRE(byRma.ok());
    CHECK(byRma->kind == QLatin1String("rma"));
    CHECK(byRma->lpns == QStringList{f.laptop});
    CHECK(itemHistory(*f.station, QStringLiteral("LPT-0001"))->lpns == QStringList{f.laptop}); // by serial
    CHECK(itemHistory(*f.station, QStringLiteral("NOTHING-HERE")).error().code == QLatin1String("not_found"));
}

TEST_CASE("Admins manage users and nobody locks the station out of administration", "[supervisor][users]") {
    SupervisorFixture f;
    Users users(*f.station);
    CHECK(users.setActive(f.supervisor, f.worker.badge, false).error().code == QLatin1String("forbidden"));
    REQUIRE(users.setActive(f.admin, f.worker.badge, false).ok());
    CHECK(users.authenticate(f.worker.badge, QString::fromLatin1(test::StationFixture::kPin)).error().code ==
          QLatin1String("user_disabled"));
    REQUIRE(users.setActive(f.admin, f.worker.badge, true).ok());
    CHECK(users.setActive(f.admin, f.admin.badge, false).error().code == QLatin1String("self_disable"));
    CHECK(users.setRole(f.admin, f.admin.badge, Role::Worker).error().code == QLatin1String("self_demote"));

    // Lock the worker out with wrong PINs; a PIN reset lifts it.
    for (int i = 0; i < 5; ++i)
        (void)users.authenticate(f.worker.badge, QStringLiteral("0000"));
    CHECK(users.isLockedOut(f.worker.badge));
    CHECK(users.resetPin(f.admin, f.worker.badge, QStringLiteral("12")).error().code ==
          QLatin1String("invalid_pin"));
    REQUIRE(users.resetPin(f.admin, f.worker.badge, QStringLiteral("97531")).ok());
    CHECK_FALSE(users.isLockedOut(f.worker.badge));
    CHECK(users.authenticate(f.worker.badge, QStringLiteral("97531")).ok());

    REQUIRE(users.setRole(f.admin, f.worker.badge, Role::Supervisor).ok());
    CHECK(users.findByBadge(f.worker.badge)->role == Role::Supervisor);
    // A second admin demotes the first: allowed while another active admin remains.
    REQUIRE(users.setRole(f.admin, f.supervisor.badge, Role::Admin).ok());
    User second = *users.findByBadge(f.supervisor.badge);
    REQUIRE(users.setRole(second, f.admin.badge, Role::Supervisor).ok());
    // ...but not the last one.
    REQUIRE(users.setRole(second, f.admin.badge, Role::Admin).ok());
    REQUIRE(users.setActive(f.admin, second.badge, false).ok());
    User lastAdmin = *users.findByBadge(f.admin.badge);
    CHECK(users.setRole(second, lastAdmin.badge, Role::Worker).error().code == QLatin1String("last_admin"));
    CHECK(users.findByBadge(lastAdmin.badge)->role == Role::Admin);
    // Each change is one event; a PIN reset has its own type (user.pin_reset).
    CHECK(f.count("SELECT count(*) FROM event_log WHERE type = 'user.updated'") == 7);
    CHECK(f.count("SELECT count(*) FROM event_log WHERE type = 'user.pin_reset'") == 1);
    CHECK(users.setActive(f.admin, QStringLiteral("U-9999"), false).error().code ==
          QLatin1String("unknown_badge"));
}

TEST_CASE("Station settings are validated before anything is stored", "[supervisor][settings]") {
    SupervisorFixture f;
    StationSettings settings(*f.station);
    CHECK(settings.values().value(setting::SlaHours) == QLatin1String("24"));
    for (const auto& [key, value] : std::initializer_list<std::pair<QString, QString>>{
             {setting::HqUrl, QStringLiteral("ftp://hq")},
             {setting::HqUrl, QStringLiteral("not a url")},
             {setting::HqToken, QStringLiteral("has space")},
             {setting::NightlySyncTime, QStringLiteral("25:00")},
             {setting::NightlySyncTime, QStringLiteral("2:5")},
             {setting::IdleLockMinutes, QStringLiteral("0")},
             {setting::SlaHours, QStringLiteral("many")},
             {setting::LabelSize, QStringLiteral("A4")},
             {setting::Language, QStringLiteral("klingon")},
             {setting::RegradeSharePercent, QStringLiteral("101")},
             {QStringLiteral("colour"), QStringLiteral("red")}}) {
        INFO(key.toStdString() << " = " << value.toStdString());
        CHECK_FALSE(StationSettings::validate(key, value).ok());
    }
    for (const auto& [key, value] : std::initializer_list<std::pair<QString, QString>>{
             {setting::HqUrl, QStringLiteral("https://hq.example.com")},
             {setting::HqUrl, QString()},
             {setting::NightlySyncTime, QStringLiteral("02:30")},
             {setting::NightlySyncTime, QStringLiteral("off")}, // as the nightly scheduler reads it
             {setting::SlaHours, QStringLiteral("48")},
             {setting::LabelSize, QStringLiteral("2x1")},
             {setting::Language, QStringLiteral("de")},
             {setting::RegradeSharePercent, QStringLiteral("0.5")}}) {
        INFO(key.toStdString() << " = " << value.toStdString());
        CHECK(StationSettings::validate(key, value).ok());
    }
    const QMap<QString, QString> changes{{setting::SlaHours, QStringLiteral("48")},
                                         {setting::NightlySyncTime, QStringLiteral("99:99")}};
    CHECK(settings.apply(f.supervisor, {{setting::SlaHours, QStringLiteral("48")}}).error().code ==
          QLatin1String("forbidden"));
    CHECK_FALSE(settings.apply(f.admin, changes).ok());
    CHECK(f.station->setting(setting::SlaHours).isEmpty()); // all or nothing
    REQUIRE(settings
                .apply(f.admin, {{setting::SlaHours, QStringLiteral("48")},
                                 {setting::HqUrl, QStringLiteral(" https://hq.example.com ")}})
                .ok());
    CHECK(f.station->intSetting(setting::SlaHours, 0) == 48);
    CHECK(f.station->setting(setting::HqUrl) == QLatin1String("https://hq.example.com"));
}

namespace {

// One demo station of 20,000 items shared by the sections below (made once per process: the
// demo runs the real workflow, ~15 s).
Station& bigStation() {
    static test::TempFolder folder;
    static std::unique_ptr<Station> station = [] {
        auto created = Station::init(folder.path(QStringLiteral("big.db")), QStringLiteral("BIG-D01"),
                                     QStringLiteral("Big"));
        REQUIRE(created.ok());
        (void)(*created)->setSetting(setting::PinIterations, QStringLiteral("1000"));
        DemoOptions options;
        options.items = 20000;
        options.seed = 7;
        options.end = test::StationFixture::kNow;
        REQUIRE(loadDemoData(**created, options).ok());
        (*created)->setClock(test::StationFixture::kNow);
        return std::move(*created);
    }();
    return *station;
}

// The same count computed the slow, obvious way: through the items and products tables, not the
// queue's copies, so the copies (and their triggers) are checked too.
qint64 bruteCount(Station& s, const std::string& where) {
    return s.db().scalar(
        "SELECT count(*) FROM queue q JOIN items i ON i.id = q.item_id LEFT JOIN products p ON "
        "p.sku = i.sku JOIN users u ON u.id = i.received_by WHERE " +
        where);
}

} // namespace

TEST_CASE("Queue filters and sorting and paging on a store of 20000 items", "[supervisor][big]") {
    Station& s = bigStation();
    InspectionQueue queue(s);
    const qint64 open = s.db().scalar("SELECT count(*) FROM queue WHERE status = 'open'");
    REQUIRE(open > 500);

    SECTION("every filter agrees with a brute-force count") {
        auto check = [&](const QueueFilter& filter, const std::string& where) {
            auto page = queue.list(filter);
            REQUIRE(page.ok());
            INFO(where);
            CHECK(page->total == bruteCount(s, where));
            CHECK(*queue.count(filter) == page->total);
            return *page;
        };
        QueueFilter f;
        check(f, "q.status = 'open'");
        f.grade = QStringLiteral("C");
        auto graded = check(f, "q.status = 'open' AND i.grade = 'C'");
        CHECK(std::all_of(graded.items.cbegin(), graded.items.cend(),
                          [](const QueueEntry& e) { return e.grade == QLatin1String("C"); }));
        f = {};
        f.disposition = QStringLiteral("liquidate");
        check(f, "q.status = 'open' AND i.disposition = 'liquidate'");
        f = {};
        f.category = QStringLiteral("electronics");
        auto electronics = check(f, "q.status = 'open' AND p.category LIKE 'electronics.%'");
        CHECK(electronics.total > 0);
        f = {};
        Statement anyWorker =
            s.db().prepare("SELECT u.badge FROM users u WHERE u.role = 'worker' ORDER BY u.badge LIMIT 1");
        REQUIRE(anyWorker.step());
        f.worker = anyWorker.text(0);
        check(f, "q.status = 'open' AND u.badge = '" + f.worker.toStdString() + "'");
        f = {};
        f.minValue = 20000;
        f.maxValue = 80000;
        check(f, "q.status = 'open' AND coalesce(i.unit_value, 0) BETWEEN 20000 AND 80000");
        f = {};
        f.minAgeHours = 24 * 30;
        const std::string cutoff = std::to_string(test::StationFixture::kNow - 24LL * 30 * 3600000);
        check(f, "q.status = 'open' AND q.created_at <= " + cutoff);
        f = {};
        f.status.clear();
        f.cause = cause::HighValue;
        f.grade = QStringLiteral("A");
        f.category = QStringLiteral("electronics");
        check(f, "q.cause = 'high_value' AND i.grade = 'A' AND p.category LIKE 'electronics.%'");
        f = {};
        f.status = QStringLiteral("approved");
        check(f, "q.status = 'approved'");
    }

    SECTION("the demo's blind re-grades give agreement figures per worker and category") {
        auto figures = Regrade(s).graderAgreement(0, test::StationFixture::kNow + 7 * kMillisPerDay);
        REQUIRE(figures.ok());
        CHECK(figures->overall.compared > 250); // ~2 % of 20,000, nine in ten done
        CHECK(figures->overall.rate() > 0.8);
        CHECK(figures->overall.rate() < 0.97);
        CHECK(figures->byWorker.size() > 1);
        CHECK(figures->byCategory.size() > 5);
        qint64 sum = 0;
        for (const AgreementRow& r : figures->byWorker)
            sum += r.compared;
        CHECK(sum == figures->overall.compared);
    }

    SECTION("a search finds an item by each of its keys") {
        Statement row =
            s.db().prepare("SELECT i.lpn, i.sku, p.tracking, i.rma FROM queue q JOIN items i ON i.id = "
                           "q.item_id JOIN parcels p ON p.id = i.parcel_id WHERE q.status = 'open' AND "
                           "i.rma IS NOT NULL LIMIT 1");
        REQUIRE(row.step());
        for (int column = 0; column < 4; ++column) {
            QueueFilter f;
            f.search = row.text(column);
            auto page = queue.list(f);
            REQUIRE(page.ok());
            CHECK(std::any_of(page->items.cbegin(), page->items.cend(),
                              [&](const QueueEntry& e) { return e.lpn == row.text(0); }));
        }
    }

    SECTION("pages cover the sorted queue exactly once, in order") {
        for (const QString& sort : QueueFilter::sortKeys()) {
            QueueFilter f;
            f.status.clear();
            f.sort = sort;
            f.descending = sort == QLatin1String("value");
            f.limit = 997; // not a divisor: the last page is partial
            QStringList seen;
            QList<qint64> values;
            qint64 total = -1;
            for (f.offset = 0;; f.offset += f.limit) {
                auto page = queue.list(f);
                REQUIRE(page.ok());
                total = page->total;
                for (const QueueEntry& e : page->items) {
                    seen.append(e.lpn + QString::number(e.id));
                    values.append(e.value.minor);
                }
                if (page->items.size() < f.limit)
                    break;
            }
            INFO(sort.toStdString());
            CHECK(seen.size() == total);
            CHECK(QSet<QString>(seen.cbegin(), seen.cend()).size() == seen.size());
            if (sort == QLatin1String("value"))
                CHECK(std::is_sorted(values.crbegin(), values.crend()));
        }
    }
}

TEST_CASE("A settled exception reads in words in the item history", "[supervisor]") {
    const QString summary = summarizeEvent(event::ExceptionResolved,
                                           {{QStringLiteral("code"), authorization::UnknownParcel},
                                            {QStringLiteral("decision"), QStringLiteral("link_rma")},
                                            {QStringLiteral("rma"), QStringLiteral("RMA-2026-000123")}});
    CHECK(summary.contains(QLatin1String("linked to the RMA")));
    CHECK(summary.contains(QLatin1String("RMA-2026-000123")));
    CHECK_FALSE(summary.contains(QLatin1Char('_')));
    // A decision written by a newer Dockside still shows, as written.
    CHECK(exceptionDecisionLabel(QStringLiteral("refer_to_vendor")) == QLatin1String("refer_to_vendor"));
}
