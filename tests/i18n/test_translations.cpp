// Fails when a .ts file has unfinished, vanished or obsolete entries, or when a source string
// is missing from it (lupdate run on a copy finds something new).
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace dockside;

namespace {

struct Entry {
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", unfinished, vanished, obsolete
    bool numerus = false;
    int filledForms = 0;
    bool empty = true;
};

QList<Entry> readTs(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Entry> entries;
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Entry{
                context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.empty = xml.readElementText().isEmpty();
                entries.append(current);
            }
        } else if (name == QLatin1String("numerusform")) {
            if (!xml.readElementText().isEmpty())
                ++current.filledForms;
            current.empty = current.filledForms == 0;
        }
        if (xml.isEndElement() && xml.name() == QLatin1String("translation") && current.numerus)
            entries.append(current);
    }
    REQUIRE_FALSE(xml.hasError());
    return entries;
}

QStringList problems(const QList<Entry>& entries, int pluralForms) {
    QStringList found;
    for (const Entry& e : entries) {
        const QString where = QStringLiteral("%1 / \"%2\"").arg(e.context, e.source.left(80));
        if (!e.type.isEmpty())
            found.append(QStringLiteral("%1: %2").arg(e.type, where));
        else if (e.empty)
            found.append(QStringLiteral("empty: %1").arg(where));
        else if (e.numerus && e.filledForms < pluralForms)
            found.append(QStringLiteral("plural forms missing: %1").arg(where));
    }
    return found;
}

int pluralFormsOf(const QString& lang) {
    return lang == QLatin1String("pl") || lang == QLatin1String("uk") ? 3 : 2;
}

} // namespace

TEST_CASE("Every .ts file is complete: no unfinished, obsolete or missing strings", "[i18n]") {
    const QString lang = QString::fromLatin1(GENERATE("en", "de", "es", "pl", "uk"));
    const QString ts = test::sourcePath(QStringLiteral("translations/dockside_%1.ts").arg(lang));
    INFO("translations/dockside_" << lang.toStdString() << ".ts");

    // 1. As committed.
    QStringList found = problems(readTs(ts), pluralFormsOf(lang));
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());

    // 2. Against today's sources: lupdate on a copy adds every string the file lacks as unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    REQUIRE(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList args{QStringLiteral("-no-obsolete"),
                     QStringLiteral("-locations"),
                     QStringLiteral("none"),
                     QStringLiteral("-I"),
                     test::sourcePath(QStringLiteral("core")),
                     QStringLiteral("-I"),
                     test::sourcePath(QStringLiteral("ui"))};
    if (lang == QLatin1String("en"))
        args.append(QStringLiteral("-pluralonly"));
    for (const char* folder : {"core", "ui", "app"})
        args.append(test::sourcePath(QString::fromLatin1(folder)));
    args << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(DOCKSIDE_LUPDATE_PATH), args);
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    QStringList missing = problems(readTs(copy), pluralFormsOf(lang));
    INFO("missing from the .ts (run the update_translations target, then translate):\n"
         << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}
