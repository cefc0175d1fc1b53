#include "services/InspectionQueue.h"
#include "services/Receiving.h"
#include "services/Totes.h"

#include "services/EventLog.h"
#include "services/IntegrityCheck.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace dockside;

namespace {

Inspection gradeA() {
    Inspection in;
    in.grade = Grade::A;
    return in;
}

// Two queued items (high value laptop, blind receipt) and one decided T-shirt.
struct QueueFixture : test::StationFixture {
    QString laptop, blind, shirt;
    QueueFixture() {
        Receiving receiving(*station, worker);
        auto p1 = receiving.openParcel(QStringLiteral("RMA-2026-000126"));
        laptop = receiving.receiveItem(p1->id, QStringLiteral("LPT-0001"), gradeA())->lpn;
        auto p2 = receiving.openParcel(QStringLiteral("UNKNOWN-LABEL-7"));
        blind = receiving.receiveItem(p2->id, QStringLiteral("4006381333931"), gradeA())->lpn;
        auto p3 = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
        shirt = receiving.receiveItem(p3->id, QStringLiteral("4006381333931"), gradeA())->lpn;
    }
};

} // namespace

TEST_CASE("The queue lists, filters, searches and pages in SQL", "[queue]") {
    QueueFixture f;
    InspectionQueue queue(*f.station);
    auto all = queue.list({});
    REQUIRE(all.ok());
    CHECK(all->total == 2);
    CHECK(all->items.size() == 2);
    CHECK(all->items[0].lpn == f.laptop); // oldest first
    QueueFilter byCause;
    byCause.cause = cause::BlindReceipt;
    CHECK(queue.list(byCause)->items.first().lpn == f.blind);
    QueueFilter search;
    search.search = QStringLiteral("LPT-0001");
    CHECK(queue.list(search)->items.first().lpn == f.laptop);
    search.search = QStringLiteral("RMA-2026-00012*");
    CHECK(queue.list(search)->total == 1);
    search.search = f.shirt; // decided, not queued
    CHECK(queue.list(search)->total == 0);
    QueueFilter page;
    page.limit = 1;
    page.offset = 1;
    auto second = queue.list(page);
    CHECK(second->total == 2);
    REQUIRE(second->items.size() == 1);
    CHECK(second->items[0].lpn == f.blind);
    page.limit = 0;
    CHECK_FALSE(queue.list(page).ok());
    const auto counts = queue.countsByCause();
    CHECK(counts.value(cause::HighValue) == 1);
    CHECK(counts.value(cause::BlindReceipt) == 1);
}

TEST_CASE("Only supervisors decide, and every decision is an event", "[queue]") {
    QueueFixture f;
    InspectionQueue queue(*f.station);
    const qint64 events = f.station->db().scalar("SELECT count(*) FROM events");
    auto byWorker = queue.approve(f.worker, {f.laptop}, std::nullopt, {});
    REQUIRE_FALSE(byWorker.ok());
    CHECK(byWorker.error().kind == ErrorKind::Forbidden);
    CHECK(f.station->db().scalar("SELECT count(*) FROM events") == events);

    auto approved =
        queue.approve(f.supervisor, {f.laptop}, Disposition::Refurbish, QStringLiteral("Checked"));
    REQUIRE(approved.ok());
    REQUIRE(approved->size() == 1);
    CHECK(approved->first().ok);
    CHECK_FALSE(approved->first().tote.isEmpty());
    QStringList types;
    for (const EventRecord& e : EventLog(f.station->db()).forEntity(f.laptop))
        types.append(e.type);
    CHECK(types.mid(types.size() - 2) == QStringList{event::ItemApproved, event::ItemMovedToTote});
    CHECK(f.station->db().scalar("SELECT count(*) FROM items WHERE lpn = '" + f.laptop.toStdString() +
                                 "' AND status = 'approved' AND disposition = 'refurbish'") == 1);
    CHECK(queue.list({})->total == 1);
    CHECK(checkIntegrity(*f.station).ok());
}

TEST_CASE("Bulk decisions are all or nothing", "[queue]") {
    QueueFixture f;
    InspectionQueue queue(*f.station);
    auto mixed = queue.approve(f.supervisor, {f.laptop, f.shirt, QStringLiteral("TST-D01-0009999-X")},
                               std::nullopt, {});
    REQUIRE(mixed.ok());
    CHECK((*mixed)[0].ok);
    CHECK((*mixed)[1].status == QLatin1String("not_in_queue"));
    CHECK((*mixed)[2].status == QLatin1String("unknown_lpn"));
    CHECK(queue.list({})->total == 2); // nothing changed
    auto both = queue.approve(f.supervisor, {f.laptop, f.blind}, std::nullopt, {});
    REQUIRE(both.ok());
    CHECK(std::all_of(both->cbegin(), both->cend(), [](const QueueDecision& d) { return d.ok; }));
    CHECK(queue.list({})->total == 0);
}

TEST_CASE("A rejection needs a reason and denies the refund", "[queue]") {
    QueueFixture f;
    InspectionQueue queue(*f.station);
    CHECK(queue.reject(f.supervisor, {f.blind}, std::nullopt, {}).error().code ==
          QLatin1String("reason_required"));
    auto rejected = queue.reject(f.supervisor, {f.blind}, std::nullopt, QStringLiteral("Not our product"));
    REQUIRE(rejected.ok());
    CHECK(rejected->first().ok);
    CHECK(f.station->db().scalar(
              "SELECT count(*) FROM items WHERE status = 'rejected' AND refund_decision = 'deny' "
              "AND disposition = 'quarantine'") == 1);
    CHECK(f.station->db().scalar("SELECT count(*) FROM event_log WHERE type = 'exception.resolved'") == 1);
}

TEST_CASE("Totes: one open per disposition, and closing ships items with chain of custody", "[totes]") {
    QueueFixture f;
    Totes totes(*f.station);
    const QList<ToteInfo> open = totes.list();
    REQUIRE(open.size() == 2); // the shirt's disposition tote and the review tote
    const auto shirtTote = std::find_if(open.cbegin(), open.cend(),
                                        [](const ToteInfo& t) { return t.disposition != kReviewTote; });
    const auto reviewTote = std::find_if(open.cbegin(), open.cend(),
                                         [](const ToteInfo& t) { return t.disposition == kReviewTote; });
    REQUIRE(shirtTote != open.cend());
    CHECK(shirtTote->itemCount == 1);
    CHECK(shirtTote->weightG == 180);
    CHECK(reviewTote->itemCount == 2);
    CHECK(totes.close(f.worker, reviewTote->code).error().code == QLatin1String("review_tote"));
    auto closed = totes.close(f.worker, shirtTote->code);
    REQUIRE(closed.ok());
    CHECK(closed->status == QLatin1String("closed"));
    CHECK(totes.close(f.worker, shirtTote->code).error().code == QLatin1String("tote_closed"));
    CHECK(totes.close(f.worker, QStringLiteral("TOTE-9999")).error().code == QLatin1String("unknown_tote"));
    CHECK(f.station->db().scalar("SELECT count(*) FROM items WHERE status = 'shipped'") == 1);
    const QList<EventRecord> events = EventLog(f.station->db()).forEntity(shirtTote->code);
    REQUIRE(events.size() == 1);
    CHECK(events[0].data.value(QStringLiteral("items")).toArray().first().toString() == f.shirt);
    CHECK(totes.manifest(shirtTote->code).size() == 1);
    CHECK(checkIntegrity(*f.station).ok());
}

TEST_CASE("Recycle and destroy totes need the partner and certificate", "[totes]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
    Inspection in;
    in.grade = Grade::X;
    in.disposition = Disposition::Recycle;
    in.overrideReason = QStringLiteral("Torn beyond repair");
    auto item = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), in);
    REQUIRE(item.ok());
    // An override goes to review first; approve it to land in the recycle tote.
    if (!item->queueCauses.isEmpty())
        REQUIRE(InspectionQueue(*f.station).approve(f.supervisor, {item->lpn}, std::nullopt, {})->first().ok);
    Totes totes(*f.station);
    const QList<ToteInfo> open = totes.list();
    const auto recycle = std::find_if(open.cbegin(), open.cend(), [](const ToteInfo& t) {
        return t.disposition == QLatin1String("recycle");
    });
    REQUIRE(recycle != open.cend());
    CHECK(totes.close(f.worker, recycle->code).error().code == QLatin1String("chain_of_custody"));
    auto closed = totes.close(f.worker, recycle->code, QStringLiteral("GreenCycle GmbH"),
                              QStringLiteral("GC-2026-0042"));
    REQUIRE(closed.ok());
    CHECK(closed->certificateRef == QLatin1String("GC-2026-0042"));
    CHECK(EventLog(f.station->db())
              .forEntity(recycle->code)
              .first()
              .data.value(QStringLiteral("partner"))
              .toString() == QLatin1String("GreenCycle GmbH"));
}
