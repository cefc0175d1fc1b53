#include "CliContext.h"

#include "services/Backup.h"
#include "services/Users.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace dockside::cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr) {}

int CliContext::exitCodeFor(const Error& error) {
    // Errors in how Dockside was called or set up, as opposed to the operation failing.
    static const QStringList configuration{QStringLiteral("usage"),
                                           QStringLiteral("no_database"),
                                           QStringLiteral("not_initialized"),
                                           QStringLiteral("not_dockside"),
                                           QStringLiteral("not_a_database"),
                                           QStringLiteral("newer_schema"),
                                           QStringLiteral("invalid_station_code"),
                                           QStringLiteral("invalid_settings_file"),
                                           QStringLiteral("cannot_open")};
    if (configuration.contains(error.code))
        return Usage;
    switch (error.kind) {
    case ErrorKind::Unavailable:
        return RetryLater;
    case ErrorKind::Unauthorized:
    case ErrorKind::Forbidden:
        return AuthFailed;
    default:
        return Failed;
    }
}

int CliContext::fail(const Error& error) {
    return fail(error, {});
}

int CliContext::fail(const Error& error, const QJsonObject& details) {
    m_err << Cli::tr("dockside-cli: %1").arg(error.message) << Qt::endl;
    if (json) {
        QJsonObject object = details;
        object.insert(QStringLiteral("code"), error.code);
        object.insert(QStringLiteral("message"), error.message);
        print({{QStringLiteral("error"), object}});
    }
    return exitCodeFor(error);
}

int CliContext::usage(const QString& message) {
    const QString help = command.isEmpty() ? QStringLiteral("dockside-cli --help")
                                           : QStringLiteral("dockside-cli %1 --help").arg(command);
    m_err << Cli::tr("dockside-cli: %1 (see \"%2\")").arg(message, help) << Qt::endl;
    if (json)
        print({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")},
                                                     {QStringLiteral("message"), message}}}});
    return Usage;
}

bool CliContext::parse(QCommandLineParser& parser, const QString& description) {
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText().replace(QStringLiteral("dockside-cli"),
                                           QStringLiteral("dockside-cli ") + command);
        m_out.flush();
        return false;
    }
    return true;
}

Result<std::unique_ptr<Station>> CliContext::openStation(bool readOnly) {
    auto station = Station::open(dbPath, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    // Writing on top of a damaged file spreads the damage: the first writing command after a
    // (re)boot checks the file and points at the backups.
    if (station && !readOnly && !(*station)->db().readOnly())
        if (Status healthy = quickCheckOncePerBoot(**station); !healthy)
            return healthy.error();
    return station;
}

QString CliContext::pin(const QCommandLineParser& parser) {
    if (parser.isSet(QStringLiteral("pin")))
        return parser.value(QStringLiteral("pin"));
    const QString fromEnv = qEnvironmentVariable("DOCKSIDE_PIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (!isatty(STDIN_FILENO))
        return {};
    m_err << Cli::tr("PIN: ") << Qt::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char buffer[64] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    m_err << Qt::endl;
    return read ? QString::fromLocal8Bit(buffer).trimmed() : QString();
}

Result<User> CliContext::authenticate(Station& station, const QCommandLineParser& parser) {
    const QString badge = parser.value(QStringLiteral("user"));
    if (badge.isEmpty())
        return Error::invalid(QStringLiteral("usage"), Cli::tr("Say who you are with --user BADGE."));
    const QString secret = pin(parser);
    if (secret.isEmpty())
        return Error::unauthorized(QStringLiteral("pin_missing"),
                                   Cli::tr("No PIN given: use --pin, DOCKSIDE_PIN or a "
                                           "terminal prompt."));
    return Users(station).authenticate(badge, secret);
}

Result<CliContext::Session> CliContext::openSession(const QCommandLineParser& parser, bool readOnly) {
    auto station = openStation(readOnly);
    if (!station)
        return station.error();
    auto user = authenticate(**station, parser);
    if (!user)
        return user.error();
    return Session{std::move(*station), std::move(*user)};
}

void CliContext::print(const QJsonObject& object) {
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

void CliContext::printLine(const QJsonObject& object) {
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

} // namespace dockside::cli
