#pragma once

#include "services/Station.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace dockside::cli {

// Translation context of the command line's texts.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Exit codes of DESIGN.md.
enum Exit { Success = 0, Failed = 1, Usage = 2, RetryLater = 3, AuthFailed = 4 };

// Global options and output for one dockside-cli run.
class CliContext {
public:
    CliContext();

    QString dbPath;
    bool json = false;
    QString command;
    QStringList args; // the command's own arguments, program name first (for QCommandLineParser)

    // Parses the command's options; on failure prints the error and returns false.
    bool parse(QCommandLineParser& parser, const QString& description);

    Result<std::unique_ptr<Station>> openStation(bool readOnly = false);
    // --pin, else DOCKSIDE_PIN, else a prompt without echo when stdin is a terminal.
    QString pin(const QCommandLineParser& parser);
    Result<User> authenticate(Station& station, const QCommandLineParser& parser);
    // The station opened and the user behind --user/--pin signed in: what most commands start with.
    struct Session {
        std::unique_ptr<Station> station;
        User user;
    };
    Result<Session> openSession(const QCommandLineParser& parser, bool readOnly = false);

    int fail(const Error& error); // prints the error, returns its exit code
    // The same, with more members in the --json error object (e.g. the problems of a file).
    int fail(const Error& error, const QJsonObject& details);
    int usage(const QString& message);         // prints a usage error, returns 2
    void print(const QJsonObject& object);     // one JSON document
    void printLine(const QJsonObject& object); // one JSON line (for JSON-lines commands)
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    static int exitCodeFor(const Error& error);

private:
    QTextStream m_out;
    QTextStream m_err;
};

using Command = std::function<int(CliContext&)>;

} // namespace dockside::cli
