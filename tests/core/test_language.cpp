#include "i18n/Language.h"
#include "services/Users.h"
#include "util/Money.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

using namespace dockside;

namespace {
// Every test leaves the process in English, whatever it switched to.
struct EnglishAfterwards {
    ~EnglishAfterwards() { language::apply(QStringLiteral("en")); }
};
} // namespace

TEST_CASE("Language codes are normalized to the languages Dockside speaks", "[i18n]") {
    CHECK(language::normalize(QStringLiteral("de_DE.UTF-8")) == QLatin1String("de"));
    CHECK(language::normalize(QStringLiteral("pl-PL")) == QLatin1String("pl"));
    CHECK(language::normalize(QStringLiteral(" UK ")) == QLatin1String("uk"));
    CHECK(language::normalize(QStringLiteral("es@euro")) == QLatin1String("es"));
    CHECK(language::normalize(QStringLiteral("fr_FR")).isEmpty());
    CHECK(language::normalize(QStringLiteral("C")).isEmpty());
    CHECK(language::supported().size() == 5);
    CHECK(language::supported().first().code == QLatin1String("en"));
}

TEST_CASE("Switching language loads Dockside's and Qt's translations and the locale", "[i18n]") {
    EnglishAfterwards guard;
    CHECK(language::apply(QStringLiteral("de")) == QLatin1String("de"));
    CHECK(language::current() == QLatin1String("de"));
    CHECK(QLocale().language() == QLocale::German);
    // A core message, through its translation context.
    const QString wrongPin = QCoreApplication::translate("Users", "Wrong badge or PIN. Try again.");
    CHECK(wrongPin != QLatin1String("Wrong badge or PIN. Try again."));
    CHECK_FALSE(wrongPin.isEmpty());
    // Qt's own strings (qtbase_de.qm from the system's Qt translations).
    CHECK(language::qtTranslationsLoaded().endsWith(QLatin1String("qtbase_de.qm")));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QLatin1String("Abbrechen"));
    // Plurals: Polish has three forms.
    language::apply(QStringLiteral("pl"));
    const QString one = QCoreApplication::translate("dockside::TotesModel", "%n item(s)", nullptr, 1);
    const QString few = QCoreApplication::translate("dockside::TotesModel", "%n item(s)", nullptr, 3);
    const QString many = QCoreApplication::translate("dockside::TotesModel", "%n item(s)", nullptr, 5);
    CHECK(one != few);
    CHECK(few != many);
    // Unknown languages fall back to English, whose catalogue holds the plural forms.
    CHECK(language::apply(QStringLiteral("xx")) == QLatin1String("en"));
    CHECK(QCoreApplication::translate("dockside::TotesModel", "%n item(s)", nullptr, 1) ==
          QLatin1String("1 item"));
    CHECK(QCoreApplication::translate("dockside::TotesModel", "%n item(s)", nullptr, 2) ==
          QLatin1String("2 items"));
    CHECK(language::qtTranslationsLoaded().isEmpty());
}

TEST_CASE("Money, numbers and dates follow the user's locale", "[i18n]") {
    const Money fee{123450, QStringLiteral("EUR")};
    CHECK(language::formatMoney(fee, QLocale(QStringLiteral("de"))) == QStringLiteral("1.234,50\u00a0€"));
    CHECK(language::formatMoney(fee, QLocale(QStringLiteral("en_US"))) == QStringLiteral("€1,234.50"));
    CHECK(language::formatMoney(Money{999, QStringLiteral("PLN")}, QLocale(QStringLiteral("pl")))
              .startsWith(QStringLiteral("9,99")));
    CHECK(language::formatMoney(Money{100, QStringLiteral("XYZ")}, QLocale(QStringLiteral("en_US")))
              .contains(QLatin1String("XYZ")));
}

TEST_CASE("A user's language is one Dockside speaks and can be changed by them or an admin",
          "[i18n][users]") {
    test::StationFixture f;
    Users users(*f.station);
    auto bad = users.add(nullptr, QStringLiteral("U-3001"), QStringLiteral("Ana"), Role::Worker,
                         QStringLiteral("1234"), QStringLiteral("klingon"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == QLatin1String("invalid_language"));
    CHECK_FALSE(users.findByBadge(QStringLiteral("U-3001")));

    auto ana = users.add(nullptr, QStringLiteral("U-3001"), QStringLiteral("Ana"), Role::Worker,
                         QStringLiteral("1234"), QStringLiteral("es_ES"));
    REQUIRE(ana);
    CHECK(ana->language == QLatin1String("es"));
    // Herself: allowed. Another worker: not. An admin: allowed; empty means the station's.
    CHECK(users.setLanguage(*ana, ana->badge, QStringLiteral("uk"))->language == QLatin1String("uk"));
    auto denied = users.setLanguage(f.worker, ana->badge, QStringLiteral("de"));
    REQUIRE_FALSE(denied);
    CHECK(denied.error().kind == ErrorKind::Forbidden);
    CHECK(users.setLanguage(f.admin, ana->badge, QString())->language.isEmpty());
    CHECK(users.findByBadge(ana->badge)->language.isEmpty());
    CHECK_FALSE(users.setLanguage(f.admin, ana->badge, QStringLiteral("fr")));
}
