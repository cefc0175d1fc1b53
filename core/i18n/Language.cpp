#include "i18n/Language.h"

#include "util/Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

namespace dockside::language {

namespace {

struct State {
    QString current = QStringLiteral("en");
    std::unique_ptr<QTranslator> dockside;
    std::unique_ptr<QTranslator> qt;
    QString qtFile;
};

State& state() {
    static State s;
    return s;
}

// Symbols for the currencies returns are refunded in; anything else shows its ISO code.
QString currencySymbol(const QString& iso, const QLocale& locale) {
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == iso)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const QHash<QString, QString> symbols{
        {QStringLiteral("EUR"), QStringLiteral("€")},  {QStringLiteral("USD"), QStringLiteral("US$")},
        {QStringLiteral("GBP"), QStringLiteral("£")},  {QStringLiteral("PLN"), QStringLiteral("zł")},
        {QStringLiteral("UAH"), QStringLiteral("₴")},  {QStringLiteral("CHF"), QStringLiteral("CHF")},
        {QStringLiteral("CZK"), QStringLiteral("Kč")}, {QStringLiteral("SEK"), QStringLiteral("kr")},
    };
    return symbols.value(iso, iso);
}

} // namespace

const QList<Info>& supported() {
    // Native names are not translated: a worker looks for their own language by its own name.
    static const QList<Info> list{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pl"), QStringLiteral("Polski")},
        {QStringLiteral("uk"), QStringLiteral("Українська")},
    };
    return list;
}

bool isSupported(const QString& code) {
    for (const Info& info : supported())
        if (info.code == code)
            return true;
    return false;
}

QString normalize(const QString& code) {
    QString c = code.trimmed().toLower();
    const qsizetype cut = c.indexOf(QRegularExpression(QStringLiteral("[_.@-]")));
    if (cut >= 0)
        c.truncate(cut);
    return isSupported(c) ? c : QString();
}

QString systemDefault() {
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = normalize(ui);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString apply(const QString& requested) {
    State& s = state();
    QString code = normalize(requested);
    if (code.isEmpty())
        code = QStringLiteral("en");
    if (s.dockside) {
        QCoreApplication::removeTranslator(s.dockside.get());
        s.dockside.reset();
    }
    if (s.qt) {
        QCoreApplication::removeTranslator(s.qt.get());
        s.qt.reset();
        s.qtFile.clear();
    }
    const QLocale locale(code);
    QLocale::setDefault(locale);
    // English has a catalogue too: it holds the plural forms ("1 item", "2 items").
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/dockside_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(own.get());
        s.dockside = std::move(own);
    }
    if (code != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder)) {
            s.qtFile = qt->filePath();
            QCoreApplication::installTranslator(qt.get());
            s.qt = std::move(qt);
        }
    }
    s.current = code;
    return code;
}

QString current() {
    return state().current;
}

QString qtTranslationsLoaded() {
    return state().qtFile;
}

QString formatMoney(const Money& money, const QLocale& locale) {
    return locale.toCurrencyString(static_cast<double>(money.minor) / 100.0,
                                   currencySymbol(money.currency, locale), 2);
}

} // namespace dockside::language
