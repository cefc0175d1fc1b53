#include "util/Money.h"
#include "util/Time.h"

#include <catch2/catch.hpp>

#include <limits>

#include <QJsonObject>

using namespace dockside;

TEST_CASE("Money parses and prints decimal strings exactly", "[util]") {
    CHECK(Money::parse(u"129.99", QStringLiteral("eur"))->minor == 12999);
    CHECK(Money::parse(u"129.99", QStringLiteral("eur"))->currency == QLatin1String("EUR"));
    CHECK(Money::parse(u"5", QStringLiteral("EUR"))->minor == 500);
    CHECK(Money::parse(u"0.5", QStringLiteral("EUR"))->minor == 50);
    CHECK(Money::parse(u"-3.07", QStringLiteral("EUR"))->minor == -307);
    CHECK_FALSE(Money::parse(u"1.999", QStringLiteral("EUR")));
    CHECK_FALSE(Money::parse(u"1,99", QStringLiteral("EUR")));
    CHECK_FALSE(Money::parse(u"", QStringLiteral("EUR")));
    CHECK_FALSE(Money::parse(u"1e3", QStringLiteral("EUR")));
    CHECK_FALSE(Money::parse(u"12.", QStringLiteral("EUR")));
    CHECK(Money{12999, QStringLiteral("EUR")}.decimal() == QLatin1String("129.99"));
    CHECK(Money{-5, QStringLiteral("EUR")}.decimal() == QLatin1String("-0.05"));
    CHECK(Money{0, QStringLiteral("EUR")}.decimal() == QLatin1String("0.00"));
    CHECK(Money{-123410, QStringLiteral("EUR")}.decimal() == QLatin1String("-1234.10"));
    CHECK(Money{std::numeric_limits<qint64>::min(), QStringLiteral("EUR")}.decimal() ==
          QLatin1String("-92233720368547758.08"));
    CHECK(Money{100, QStringLiteral("EUR")}.scaled(0.333).minor == 33);
    const QJsonObject wire = Money{34900, QStringLiteral("EUR")}.toJson();
    CHECK(wire.value(QStringLiteral("amount")).toString() == QLatin1String("349.00"));
    CHECK(Money::fromJson(wire) == Money{34900, QStringLiteral("EUR")});
    CHECK_FALSE(Money::fromJson(
        QJsonObject{{QStringLiteral("amount"), 349.0}, {QStringLiteral("currency"), QStringLiteral("EUR")}}));
}

TEST_CASE("Times are RFC 3339 UTC with milliseconds", "[util]") {
    const Millis t = 1795751842123;
    CHECK(toRfc3339(t) == QLatin1String("2026-11-27T03:57:22.123Z"));
    CHECK(fromRfc3339(toRfc3339(t)) == t);
    CHECK(fromRfc3339(u"2026-11-27T03:57:22.123Z") == t);
    CHECK(fromRfc3339(u"2026-11-27T04:57:22.123+01:00") == fromRfc3339(u"2026-11-27T03:57:22.123Z"));
    CHECK_FALSE(fromRfc3339(u"2026-11-27T03:57:22")); // no zone: ambiguous
    CHECK_FALSE(fromRfc3339(u"yesterday"));
}
