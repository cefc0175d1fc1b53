#include "Commands.h"

#include "services/StationSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace dockside::cli {

namespace {

// Far beyond any real settings file; anything bigger is the wrong file.
constexpr qint64 kMaxSettingsFileBytes = 1024 * 1024;

int importSettings(CliContext& ctx, const QCommandLineParser& parser, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(Error::invalid(QStringLiteral("cannot_open"),
                                       Cli::tr("Cannot read %1: %2").arg(path, file.errorString())));
    if (file.size() > kMaxSettingsFileBytes)
        return ctx.fail(
            Error::invalid(QStringLiteral("invalid_settings_file"),
                           Cli::tr("%1 is not a settings file: it is larger than 1 MiB.").arg(path)));
    const SettingsFile parsed = StationSettings::parseFile(file.readAll());
    if (!parsed.ok()) {
        QJsonArray problems;
        for (const SettingsFileProblem& p : parsed.problems)
            problems.append(
                QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("message"), p.message}});
        Error error = parsed.error();
        error.message = Cli::tr("%1 was not imported, nothing changed: %2").arg(path, error.message);
        return ctx.fail(error, {{QStringLiteral("file"), path}, {QStringLiteral("problems"), problems}});
    }
    const bool check = parser.isSet(QStringLiteral("check"));
    auto station = ctx.openStation(check);
    if (!station)
        return ctx.fail(station.error());
    std::optional<User> admin;
    if (parser.isSet(QStringLiteral("user"))) {
        auto user = ctx.authenticate(**station, parser);
        if (!user)
            return ctx.fail(user.error());
        admin = *user;
    }
    auto changed = StationSettings(**station).apply(admin ? &*admin : nullptr, parsed.values, check);
    if (!changed)
        return ctx.fail(changed.error());
    const auto count = static_cast<int>(parsed.values.size());
    if (ctx.json) {
        ctx.print({{QStringLiteral("file"), path},
                   {QStringLiteral("settings"), count},
                   {QStringLiteral("changed"), QJsonArray::fromStringList(*changed)},
                   {QStringLiteral("applied"), !check}});
        return Success;
    }
    const QString keys = changed->isEmpty() ? Cli::tr("none") : changed->join(QStringLiteral(", "));
    if (check)
        ctx.out() << Cli::tr("%1 is valid: %n setting(s); importing it would change: %2.", nullptr, count)
                         .arg(path, keys)
                  << Qt::endl;
    else
        ctx.out() << Cli::tr("Imported %n setting(s) from %1; changed: %2.", nullptr, count).arg(path, keys)
                  << Qt::endl;
    return Success;
}

int exportSettings(CliContext& ctx, const QCommandLineParser& parser) {
    auto station = ctx.openStation(true);
    if (!station)
        return ctx.fail(station.error());
    StationSettings settings(**station);
    const QString text = settings.exportFile();
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return ctx.fail(Error::failed(QStringLiteral("write_failed"),
                                          Cli::tr("Cannot write %1: %2").arg(out, file.errorString())));
    }
    if (ctx.json) {
        // The same as the file: stored values, the defaults of the rest, never the token itself.
        QMap<QString, QString> stored = settings.stored();
        const bool tokenSet = !stored.take(setting::HqToken).isEmpty();
        QJsonObject values, defaults;
        for (const QString& key : StationSettings::fileKeys()) {
            if (key == setting::HqToken)
                continue;
            if (stored.contains(key))
                values.insert(key, stored.value(key));
            else
                defaults.insert(key, StationSettings::defaultValue(key));
        }
        QJsonObject json{{QStringLiteral("station"), (*station)->code()},
                         {QStringLiteral("settings"), values},
                         {QStringLiteral("defaults"), defaults},
                         {QStringLiteral("hq_token_set"), tokenSet}};
        if (!out.isEmpty())
            json.insert(QStringLiteral("out"), out);
        ctx.print(json);
    } else if (out.isEmpty()) {
        ctx.out() << text << Qt::flush;
    } else {
        ctx.err() << Cli::tr("Settings of %1 written to %2.").arg((*station)->code(), out) << Qt::endl;
    }
    return Success;
}

} // namespace

int runSettings(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("import FILE or export"));
    parser.addOption(userOption());
    parser.addOption(pinOption());
    parser.addOption(
        {QStringLiteral("check"), Cli::tr("import: only check the file and say what would change.")});
    parser.addOption({QStringLiteral("out"),
                      Cli::tr("export: write to this file instead of standard output."),
                      QStringLiteral("FILE")});
    if (!ctx.parse(parser, Cli::tr("Import station settings from a \"key = value\" file, or export them.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 2 && positional[0] == QLatin1String("import"))
        return importSettings(ctx, parser, positional[1]);
    if (positional.size() == 1 && positional[0] == QLatin1String("export"))
        return exportSettings(ctx, parser);
    return ctx.usage(Cli::tr("Say \"settings import FILE\" or \"settings export [--out FILE]\"."));
}

} // namespace dockside::cli
