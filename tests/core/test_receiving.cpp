#include "services/Receiving.h"

#include "scan/ScanClassifier.h"
#include "services/Catalog.h"
#include "services/EventLog.h"
#include "services/IntegrityCheck.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QImage>

using namespace dockside;

namespace {

qint64 eventCount(Station& s) {
    return s.db().scalar("SELECT count(*) FROM events");
}
qint64 itemCount(Station& s) {
    return s.db().scalar("SELECT count(*) FROM items");
}

QStringList eventTypes(Station& s, const QString& entity) {
    QStringList types;
    for (const EventRecord& e : EventLog(s.db()).forEntity(entity))
        types.append(e.type);
    return types;
}

Inspection gradeA() {
    Inspection in;
    in.grade = Grade::A;
    return in;
}

// Answers every check of the category's checklist as passed.
Inspection allPass(Station& station, const QString& category) {
    Inspection in;
    for (const ChecklistItem& item : station.policy().checklistFor(category).items)
        in.checks.insert(item.key, true);
    return in;
}

QString writePhoto(const test::TempFolder& folder) {
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    const QString path = folder.path(QStringLiteral("damage.png"));
    REQUIRE(image.save(path, "PNG"));
    return path;
}

} // namespace

TEST_CASE("A tracking number opens the RMA's parcel once", "[receiving]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("1Z 999 AA1 01 2345 6784"), 1200);
    REQUIRE(parcel.ok());
    CHECK(parcel->created);
    REQUIRE(parcel->rma.has_value());
    CHECK(parcel->rma->rma == QLatin1String("RMA-2026-000123"));
    CHECK(parcel->authorization == authorization::Authorized);
    CHECK(parcel->carrier == QLatin1String("ups"));
    CHECK(eventTypes(*f.station, QStringLiteral("1Z999AA10123456784")) == QStringList{event::ParcelReceived});
    auto again = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
    REQUIRE(again.ok());
    CHECK_FALSE(again->created);
    CHECK(again->id == parcel->id);
    CHECK(f.station->db().scalar("SELECT count(*) FROM parcels") == 1);
}

TEST_CASE("A label on several RMAs opens the authorized one, else the latest", "[receiving]") {
    test::StationFixture f;
    Catalog catalog(f.station->db());
    const auto withTracking = [&](const char* code, const char* status, Millis updated) {
        Rma r = *catalog.rma(QStringLiteral("RMA-2026-000124"));
        r.rma = QString::fromLatin1(code);
        r.status = QString::fromLatin1(status);
        r.updatedAt = updated;
        r.tracking = {QStringLiteral("1Z999AA10123456784")};
        Transaction tx(f.station->db());
        catalog.upsertRma(r);
        tx.commit();
    };
    // A cancelled RMA changed after the authorized one does not win...
    withTracking("RMA-2026-000200", "cancelled", test::StationFixture::kNow);
    CHECK(catalog.rmaByTracking(QStringLiteral("1Z999AA10123456784"))->rma ==
          QLatin1String("RMA-2026-000123"));
    // ...a newer authorized one does, and without one the newest of the others.
    withTracking("RMA-2026-000201", "authorized", test::StationFixture::kNow + 1);
    CHECK(catalog.rmaByTracking(QStringLiteral("1Z999AA10123456784"))->rma ==
          QLatin1String("RMA-2026-000201"));
    withTracking("RMA-2026-000123", "closed", test::StationFixture::kNow + 2);
    withTracking("RMA-2026-000201", "closed", test::StationFixture::kNow + 3);
    CHECK(catalog.rmaByTracking(QStringLiteral("1Z999AA10123456784"))->rma ==
          QLatin1String("RMA-2026-000201"));
    CHECK_FALSE(catalog.rmaByTracking(QStringLiteral("1Z999AA10000000000")).has_value());
}

TEST_CASE("An RMA code opens its parcel, and a cancelled RMA says so", "[receiving]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("RMA-2026-000124"));
    REQUIRE(parcel.ok());
    CHECK(parcel->authorization == authorization::RmaCancelled);
    CHECK_FALSE(parcel->message.isEmpty());
}

TEST_CASE("Unknown labels are received blind, and non-parcel codes are refused without a trace",
          "[receiving]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto blind = receiving.openParcel(QStringLiteral("NOLABEL-4711"));
    REQUIRE(blind.ok());
    CHECK_FALSE(blind->rma.has_value());
    CHECK(blind->authorization == authorization::UnknownParcel);
    CHECK(eventTypes(*f.station, QStringLiteral("NOLABEL-4711")) ==
          QStringList{event::ParcelReceived, event::ExceptionRaised});

    const qint64 before = eventCount(*f.station);
    for (const char* code : {"04006381333931", "U-1001", "TOTE-0001", "", "   ", "\x01\x02"}) {
        CAPTURE(code);
        CHECK_FALSE(receiving.openParcel(QString::fromLatin1(code)).ok());
    }
    CHECK(eventCount(*f.station) == before);
    // A UPS number with a wrong check digit and no RMA is a misread.
    auto misread = receiving.openParcel(QStringLiteral("1Z999AA10123456785"));
    REQUIRE_FALSE(misread.ok());
    CHECK(misread.error().code == QLatin1String("check_digit"));
}

TEST_CASE("Receiving and deciding an item writes the item and all its events in one go", "[receiving]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
    REQUIRE(parcel.ok());
    Inspection in = allPass(*f.station, QStringLiteral("apparel.tops"));
    in.weightG = 180;
    auto item = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), in);
    REQUIRE(item.ok());
    CHECK(item->authorization == authorization::Authorized);
    CHECK(item->grade == Grade::A);
    REQUIRE(item->disposition.has_value());
    CHECK(item->disposition == item->suggested);
    CHECK(item->queueCauses.isEmpty());
    CHECK_FALSE(item->tote.isEmpty());
    CHECK_FALSE(item->explanation.isEmpty());
    REQUIRE(item->refund.has_value());
    CHECK(item->refund->decision == RefundDecision::Full);
    // The LPN carries the station code and a valid check character.
    const ScanResult lpn = classifyScan(item->lpn);
    CHECK(lpn.kind == ScanKind::Lpn);
    CHECK(lpn.valid);
    CHECK(item->lpn.startsWith(QLatin1String("TST-D01-")));
    CHECK(eventTypes(*f.station, item->lpn) == QStringList{event::ItemReceived, event::ItemGraded,
                                                           event::ItemDispositionSet,
                                                           event::ItemRefundDecided, event::ItemMovedToTote});
    const QList<EventRecord> events = EventLog(f.station->db()).forEntity(item->lpn);
    CHECK(events[0].data.value(QStringLiteral("rma")).toString() == QLatin1String("RMA-2026-000123"));
    CHECK(events[0].data.value(QStringLiteral("rma_line")).toInt() == 2);
    CHECK(events[1].data.value(QStringLiteral("checklist")).toObject().size() == in.checks.size());
    CHECK(events[0].user == QLatin1String("U-1001"));
    CHECK(checkIntegrity(*f.station).ok());
    // Written once, decided: the analytics summary never saw the item as merely "received" (an
    // insert and an update would leave that status's count behind at zero).
    Database& db = f.station->db();
    CHECK(db.scalar("SELECT count(*) FROM report_facts WHERE figure = 'status'") == 1);
    CHECK(db.scalar("SELECT count(*) FROM report_facts WHERE n = 0 AND amount = 0") == 0);
    CHECK(db.scalar("SELECT count(*) FROM report_facts") > 10);
}

TEST_CASE("An incomplete inspection writes nothing at all", "[receiving]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
    REQUIRE(parcel.ok());
    const qint64 events = eventCount(*f.station);
    const qint64 items = itemCount(*f.station);

    SECTION("damage reported without a photo") {
        Inspection in = allPass(*f.station, QStringLiteral("apparel.tops"));
        in.checks[QStringLiteral("no_holes_or_tears")] = false;
        auto item = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), in);
        REQUIRE_FALSE(item.ok());
        CHECK(item.error().code == QLatin1String("photo_required"));
        in.photoFiles = {writePhoto(f.folder)};
        auto withPhoto = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), in);
        REQUIRE(withPhoto.ok());
        CHECK(withPhoto->grade == Grade::D);
        CHECK(f.station->db().scalar("SELECT count(*) FROM item_photos") == 1);
        return;
    }
    SECTION("unanswered checklist") {
        Inspection in;
        in.checks.insert(QStringLiteral("genuine"), true);
        CHECK_FALSE(receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), in).ok());
    }
    SECTION("override without a reason") {
        Inspection in = gradeA();
        in.disposition = Disposition::Donate;
        auto item = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), in);
        REQUIRE_FALSE(item.ok());
    }
    SECTION("a photo that is not an image") {
        Inspection in = gradeA();
        in.photoFiles = {test::sourcePath(QStringLiteral("CMakeLists.txt"))};
        auto item = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), in);
        REQUIRE_FALSE(item.ok());
        CHECK(item.error().code == QLatin1String("photo_not_image"));
    }
    SECTION("a GTIN with a wrong check digit") {
        CHECK(receiving.receiveItem(parcel->id, QStringLiteral("4006381333932"), gradeA()).error().code ==
              QLatin1String("check_digit"));
    }
    CHECK(eventCount(*f.station) == events);
    CHECK(itemCount(*f.station) == items);
}

TEST_CASE("Exceptions, fraud flags, overrides and high value go to the queue", "[receiving]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);

    SECTION("serial mismatch") {
        auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
        auto item =
            receiving.receiveItem(parcel->id, QStringLiteral("(01)04548736132610(21)S99-0000000"), gradeA());
        REQUIRE(item.ok());
        CHECK(item->authorization == authorization::SerialMismatch);
        CHECK(item->fraudFlags.contains(fraud::SerialMismatch));
        CHECK(item->queueCauses.first() == cause::FraudFlag);
        CHECK(item->queueCauses.contains(cause::Exception));
    }
    SECTION("over quantity") {
        auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
        for (int i = 0; i < 2; ++i)
            REQUIRE(
                receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), gradeA())->authorization ==
                authorization::Authorized);
        CHECK(receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), gradeA())->authorization ==
              authorization::OverQuantity);
    }
    SECTION("expired RMA") {
        auto parcel = receiving.openParcel(QStringLiteral("RMA-2026-000125"));
        CHECK(receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), gradeA())->authorization ==
              authorization::Expired);
    }
    SECTION("high value") {
        auto parcel = receiving.openParcel(QStringLiteral("RMA-2026-000126"));
        Inspection in = allPass(*f.station, QStringLiteral("electronics.laptop"));
        auto item = receiving.receiveItem(parcel->id, QStringLiteral("LPT-0001"), in);
        REQUIRE(item.ok());
        CHECK(item->authorization == authorization::Authorized);
        CHECK(item->sku == QLatin1String("LAPTOP-16"));
        CHECK(item->queueCauses == QStringList{cause::HighValue});
        CHECK(f.station->db().scalar("SELECT count(*) FROM queue WHERE status = 'open'") == 1);
    }
    SECTION("override with a reason") {
        auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
        auto received = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"));
        REQUIRE(received.ok());
        auto preview = receiving.previewItem(received->lpn, gradeA());
        REQUIRE(preview.ok());
        Disposition other = Disposition::Quarantine;
        for (Disposition d : preview->allowed)
            if (d != *preview->suggested)
                other = d;
        Inspection in = gradeA();
        in.disposition = other;
        in.overrideReason = QStringLiteral("Packaging crushed, better as open box");
        auto item = receiving.inspectItem(received->lpn, in);
        REQUIRE(item.ok());
        CHECK(item->disposition == other);
        CHECK(item->queueCauses.contains(cause::Override));
        const QList<EventRecord> events = EventLog(f.station->db()).forEntity(item->lpn);
        const auto set = std::find_if(events.cbegin(), events.cend(), [](const EventRecord& e) {
            return e.type == event::ItemDispositionSet;
        });
        REQUIRE(set != events.cend());
        CHECK(set->data.value(QStringLiteral("reason")).toString() == in.overrideReason);
    }
    SECTION("blind receipt") {
        auto parcel = receiving.openParcel(QStringLiteral("NOLABEL-1"));
        auto item = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), gradeA());
        REQUIRE(item.ok());
        CHECK(item->authorization == authorization::UnknownParcel);
        CHECK(item->queueCauses.contains(cause::BlindReceipt));
    }
    CHECK(checkIntegrity(*f.station).ok());
}

TEST_CASE("A parcel may hold items of several RMAs, and serials are received once", "[receiving]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
    auto laptop = receiving.receiveItem(parcel->id, QStringLiteral("(01)09506000134352(21)LPT-0001"));
    REQUIRE(laptop.ok());
    CHECK(laptop->authorization == authorization::Authorized);
    CHECK(f.station->db().scalar("SELECT count(*) FROM items WHERE rma = 'RMA-2026-000126'") == 1);
    auto again = receiving.receiveItem(parcel->id, QStringLiteral("LPT-0001"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QLatin1String("duplicate_serial"));
}

TEST_CASE("Items are inspected one by one with the parcel left open", "[receiving]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
    auto first = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"));
    auto second = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK_FALSE(first->grade.has_value());
    CHECK(receiving.parcel(parcel->id)->items.size() == 2);
    const qint64 before = eventCount(*f.station);
    auto preview = receiving.previewItem(first->lpn, gradeA());
    REQUIRE(preview.ok());
    CHECK(eventCount(*f.station) == before); // a preview keeps nothing
    auto decided = receiving.inspectItem(first->lpn, gradeA());
    REQUIRE(decided.ok());
    CHECK(decided->disposition == preview->disposition);
    CHECK(receiving.inspectItem(first->lpn, gradeA()).error().code == QLatin1String("already_decided"));
    CHECK(receiving.inspectItem(QStringLiteral("TST-D01-9999999-X"), gradeA()).error().code ==
          QLatin1String("unknown_lpn"));
}

TEST_CASE("Hazmat and data-bearing rules reach the decision", "[receiving]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("RMA-2026-000126"));

    SECTION("a failed battery check quarantines the item") {
        Inspection in = allPass(*f.station, QStringLiteral("electronics.audio"));
        in.checks[QStringLiteral("battery_ok")] = false;
        in.photoFiles = {writePhoto(f.folder)};
        auto p2 = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
        auto item = receiving.receiveItem(p2->id, QStringLiteral("(01)04548736132610(21)S01-4471123"), in);
        REQUIRE(item.ok());
        CHECK(item->suggested == Disposition::Quarantine);
    }
    SECTION("a confirmed wipe is recorded with who and how") {
        Inspection in = allPass(*f.station, QStringLiteral("electronics.phone"));
        in.wipeMethod = QStringLiteral("nist_800_88_clear");
        auto item = receiving.receiveItem(parcel->id, QStringLiteral("PHN-0001"), in);
        REQUIRE(item.ok());
        const QList<EventRecord> events = EventLog(f.station->db()).forEntity(item->lpn);
        const QJsonObject wipe = events[1].data.value(QStringLiteral("wipe")).toObject();
        CHECK(wipe.value(QStringLiteral("by")).toString() == QLatin1String("U-1001"));
        CHECK(wipe.value(QStringLiteral("method")).toString() == QLatin1String("nist_800_88_clear"));
        CHECK(f.station->db().scalar("SELECT count(*) FROM items WHERE wipe_confirmed_by IS NOT NULL") == 1);
    }
    SECTION("an unwiped data-bearing item is never restocked") {
        Inspection in = allPass(*f.station, QStringLiteral("electronics.phone"));
        in.checks[QStringLiteral("data_wiped")] = false;
        auto item = receiving.receiveItem(parcel->id, QStringLiteral("PHN-0001"), in);
        REQUIRE(item.ok());
        CHECK_FALSE(item->allowed.contains(Disposition::Restock));
        CHECK_FALSE(item->allowed.contains(Disposition::OpenBox));
    }
}

TEST_CASE("The whole parcel request is one unit of work", "[receiving]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    ParcelRequest request;
    request.parcelCode = QStringLiteral("1Z999AA10123456784");
    request.itemCodes = {QStringLiteral("4006381333931"),
                         QStringLiteral("4006381333932")}; // second is misread
    request.inspection = gradeA();
    REQUIRE_FALSE(receiving.receive(request).ok());
    CHECK(f.station->db().scalar("SELECT count(*) FROM parcels") == 0);
    CHECK(eventCount(*f.station) ==
          f.station->db().scalar("SELECT count(*) FROM event_log WHERE type = 'user.added'"));
    request.itemCodes = {QStringLiteral("4006381333931"),
                         QStringLiteral("(01)04548736132610(21)S01-4471123")};
    auto receipt = receiving.receive(request);
    REQUIRE(receipt.ok());
    CHECK(receipt->items.size() == 2);
    CHECK(receipt->parcel.items.size() == 2);
}
