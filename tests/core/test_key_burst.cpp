#include "scan/KeyBurstDetector.h"

#include <catch2/catch.hpp>

using namespace dockside;
using Kind = KeyBurstDetector::KeyKind;
using Verdict = KeyBurstDetector::Verdict;

namespace {

// Feeds `text` one key every `gapMs`, then an Enter; returns what reached the focused field and
// what was scanned.
struct Outcome {
    QString typed;
    QStringList scans;
};

Outcome type(KeyBurstDetector& d, const QString& text, int gapMs, qint64 start = 1000,
             Kind end = Kind::Enter) {
    Outcome out;
    qint64 t = start;
    auto deliver = [&](Verdict v, const QString& key) {
        for (const QString& replayed : d.takeReplay())
            out.typed += replayed;
        if (v == Verdict::Pass)
            out.typed += key;
        else if (v == Verdict::Scanned)
            out.scans.append(d.takeScan());
    };
    for (QChar c : text) {
        const Kind kind = c == QChar(0x1D) ? Kind::GroupSeparator : Kind::Text;
        deliver(d.feed(kind, QString(c), t), QString(c));
        t += gapMs;
    }
    deliver(d.feed(end, end == Kind::Enter ? QStringLiteral("\n") : QStringLiteral("\t"), t),
            end == Kind::Enter ? QStringLiteral("⏎") : QStringLiteral("⇥"));
    t += 500;
    d.expire(t);
    for (const QString& replayed : d.takeReplay())
        out.typed += replayed;
    return out;
}

} // namespace

TEST_CASE("A scanner burst is a scan, and a person typing is typing", "[scan][wedge]") {
    KeyBurstDetector d;
    const Outcome burst = type(d, QStringLiteral("1Z999AA10123456784"), 8);
    CHECK(burst.scans == QStringList{QStringLiteral("1Z999AA10123456784")});
    CHECK(burst.typed.isEmpty()); // nothing leaks into the focused field

    const Outcome person = type(d, QStringLiteral("4711"), 180);
    CHECK(person.scans.isEmpty());
    CHECK(person.typed == QStringLiteral("4711⏎"));

    // A fast typist's short number and Enter is still typing.
    const Outcome shortFast = type(d, QStringLiteral("12"), 30);
    CHECK(shortFast.scans.isEmpty());
    CHECK(shortFast.typed == QStringLiteral("12⏎"));
}

TEST_CASE("Tab terminates a burst when configured", "[scan][wedge]") {
    KeyBurstDetector d;
    CHECK(type(d, QStringLiteral("TOTE-0042"), 5, 1000, Kind::Tab).scans ==
          QStringList{QStringLiteral("TOTE-0042")});
    d.setSettings({50, 3, false, QChar()});
    const Outcome noTab = type(d, QStringLiteral("TOTE-0042"), 5, 5000, Kind::Tab);
    CHECK(noTab.scans.isEmpty());
    CHECK(noTab.typed == QStringLiteral("TOTE-0042⇥"));
}

TEST_CASE("GS is recovered from Ctrl+right bracket, F8 or a configured character", "[scan][wedge]") {
    const QString gs(QChar(0x1D));
    KeyBurstDetector d;
    CHECK(type(d, QStringLiteral("0109506000134352") + gs + QStringLiteral("10LOT7"), 6).scans.first() ==
          QStringLiteral("0109506000134352") + gs + QStringLiteral("10LOT7"));
    KeyBurstDetector piped({50, 3, true, QLatin1Char('|')});
    CHECK(type(piped, QStringLiteral("0109506000134352|10LOT7"), 6).scans.first() ==
          QStringLiteral("0109506000134352") + gs + QStringLiteral("10LOT7"));
}

TEST_CASE("A pause in the middle hands the keys back in order", "[scan][wedge]") {
    KeyBurstDetector d;
    Outcome out;
    auto feed = [&](Kind kind, const QString& text, qint64 t) {
        const Verdict v = d.feed(kind, text, t);
        for (const QString& r : d.takeReplay())
            out.typed += r;
        if (v == Verdict::Pass)
            out.typed += text;
        if (v == Verdict::Scanned)
            out.scans.append(d.takeScan());
    };
    feed(Kind::Text, QStringLiteral("a"), 0);
    feed(Kind::Text, QStringLiteral("b"), 20);
    feed(Kind::Text, QStringLiteral("c"), 400); // a person: a and b come back before c is judged
    CHECK(out.typed == QStringLiteral("ab"));
    CHECK(d.holding());
    CHECK(d.expire(1000));
    for (const QString& r : d.takeReplay())
        out.typed += r;
    CHECK(out.typed == QStringLiteral("abc"));
    CHECK_FALSE(d.holding());
    // Shift and Ctrl presses inside a burst (capitals, Ctrl+]) neither break nor extend it.
    feed(Kind::Text, QStringLiteral("T"), 3000);
    feed(Kind::Modifier, QString(), 3010);
    feed(Kind::Text, QStringLiteral("O"), 3020);
    feed(Kind::Modifier, QString(), 3030);
    feed(Kind::Text, QStringLiteral("TE"), 3040);
    feed(Kind::Enter, QString(), 3050);
    CHECK(out.scans.value(0) == QLatin1String("TOTE"));
    // Arrow keys and other non-text keys pass through untouched: no scan, nothing typed.
    const QString typed = out.typed;
    CHECK(d.feed(Kind::Other, QString(), 4000) == Verdict::Pass);
    CHECK(out.scans.size() == 1);
    CHECK(out.typed == typed);
    CHECK_FALSE(d.holding());
}
