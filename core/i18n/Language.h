#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace dockside {

struct Money;

// The languages Dockside speaks, and switching between them at run time. Lives in core (Qt Core
// only: QTranslator, QLocale) so dockside-cli speaks the same languages as the dock GUI.
namespace language {

struct Info {
    QString code;       // ISO 639-1, as stored in users.language and the `language` setting
    QString nativeName; // how the language calls itself ("Deutsch"), shown in pickers
};

// English first, then the translations shipped in translations/.
const QList<Info>& supported();
bool isSupported(const QString& code);
// "de_DE.UTF-8", "de-AT", "DE" → "de"; empty when Dockside does not speak that language.
QString normalize(const QString& code);
// The first supported language of the system's UI languages ($LANGUAGE, $LANG …), else "en".
QString systemDefault();

// Installs Dockside's and Qt's own (qtbase) translations for `code` and makes it the default
// QLocale for dates, numbers and money. Unknown codes fall back to English. Every widget then
// gets a QEvent::LanguageChange. Returns the language now in use.
QString apply(const QString& code);
QString current();
// Where the qtbase_<lang>.qm files came from (Qt's translations folder); empty when none loaded.
QString qtTranslationsLoaded();

// Money in the current locale: "1.234,50 €" in German, "€1,234.50" in English.
QString formatMoney(const Money& money, const QLocale& locale = QLocale());

} // namespace language
} // namespace dockside
