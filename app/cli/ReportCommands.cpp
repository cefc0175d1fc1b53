#include "Commands.h"

#include "services/Exporter.h"
#include "services/ReportPdf.h"
#include "services/Reports.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

namespace dockside::cli {

namespace {

// Writes to --out atomically (a failed export leaves no half file), or to stdout.
class Output {
public:
    explicit Output(const QString& path)
        : m_path(path) {}
    Status open() {
        if (m_path.isEmpty() || m_path == QLatin1String("-")) {
            if (!m_stdout.open(stdout, QIODevice::WriteOnly))
                return Error::failed(QStringLiteral("write_failed"),
                                     Cli::tr("Cannot write to standard output."));
            return {};
        }
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::WriteOnly))
            return Error::failed(QStringLiteral("write_failed"),
                                 Cli::tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
        return {};
    }
    QIODevice& device() {
        return m_path.isEmpty() || m_path == QLatin1String("-") ? static_cast<QIODevice&>(m_stdout) : m_file;
    }
    Status commit() {
        if (device().openMode() == QIODevice::NotOpen)
            return {};
        if (&device() == &m_file && !m_file.commit())
            return Error::failed(QStringLiteral("write_failed"),
                                 Cli::tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
        return {};
    }

private:
    QString m_path;
    QFile m_stdout;
    QSaveFile m_file;
};

std::optional<Millis> parseTime(const QString& text) {
    if (text.isEmpty())
        return std::nullopt;
    if (auto parsed = fromRfc3339(text))
        return parsed;
    // A plain date means that day's start in UTC.
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    return std::nullopt;
}

} // namespace

int runExport(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), Cli::tr("events, items or parcels"),
                                 QStringLiteral("events|items|parcels"));
    parser.addOption({QStringLiteral("since"), Cli::tr("Only rows from this time on (RFC 3339 or a date)."),
                      QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("format"), Cli::tr("csv (default) or jsonl."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("out"), Cli::tr("Write to this file instead of standard output."),
                      QStringLiteral("FILE")});
    if (!ctx.parse(parser, Cli::tr("Export events, items or parcels.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    const QStringList positional = parser.positionalArguments();
    const auto kind = positional.size() == 1 ? exportKindFromName(positional[0]) : std::nullopt;
    if (!kind)
        return ctx.usage(Cli::tr("Say what to export: events, items or parcels."));
    const auto format = exportFormatFromName(parser.value(QStringLiteral("format")).isEmpty()
                                                 ? QStringLiteral("csv")
                                                 : parser.value(QStringLiteral("format")));
    if (!format)
        return ctx.usage(Cli::tr("--format must be csv or jsonl."));
    const auto since = parseTime(parser.value(QStringLiteral("since")));
    if (parser.isSet(QStringLiteral("since")) && !since)
        return ctx.usage(Cli::tr("--since takes an RFC 3339 time or a date, e.g. 2026-11-01."));
    auto station = ctx.openStation(true);
    if (!station)
        return ctx.fail(station.error());
    Output output(parser.value(QStringLiteral("out")));
    if (Status opened = output.open(); !opened)
        return ctx.fail(opened.error());
    auto rows = exportRows(**station, *kind, since, *format, output.device());
    if (!rows)
        return ctx.fail(rows.error());
    if (Status written = output.commit(); !written)
        return ctx.fail(written.error());
    if (!parser.value(QStringLiteral("out")).isEmpty())
        ctx.err() << Cli::tr("%n row(s) written.", nullptr, static_cast<int>(*rows)) << Qt::endl;
    return Success;
}

int runReport(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), Cli::tr("Start of the period (default: 30 days ago)."),
                      QStringLiteral("ISO")});
    parser.addOption(
        {QStringLiteral("to"), Cli::tr("End of the period (default: now)."), QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("format"), Cli::tr("json (default), csv, or pdf (needs --out)."),
                      QStringLiteral("F")});
    parser.addOption({QStringLiteral("out"), Cli::tr("Write to this file instead of standard output."),
                      QStringLiteral("FILE")});
    if (!ctx.parse(parser, Cli::tr("Analytics over a period.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("report takes no arguments."));
    const auto to = parser.isSet(QStringLiteral("to")) ? parseTime(parser.value(QStringLiteral("to")))
                                                       : std::optional<Millis>(nowMillis());
    const auto from = parser.isSet(QStringLiteral("from"))
                          ? parseTime(parser.value(QStringLiteral("from")))
                          : std::optional<Millis>(to.value_or(0) - 30 * kMillisPerDay);
    if (!from || !to || *from >= *to)
        return ctx.usage(Cli::tr("--from and --to take RFC 3339 times or dates, --from before --to."));
    const QString format = parser.value(QStringLiteral("format")).isEmpty()
                               ? QStringLiteral("json")
                               : parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return ctx.usage(Cli::tr("--format must be json, csv or pdf."));
    const QString out = parser.value(QStringLiteral("out"));
    if (format == QLatin1String("pdf") && (out.isEmpty() || out == QLatin1String("-")))
        return ctx.usage(Cli::tr("A PDF report needs --out FILE.pdf."));
    auto station = ctx.openStation(true);
    if (!station)
        return ctx.fail(station.error());
    auto report = buildReport(**station, *from, *to);
    if (!report)
        return ctx.fail(report.error());
    if (format == QLatin1String("pdf")) {
        if (Status written = writeReportPdf(*report, (*station)->name(), out); !written)
            return ctx.fail(written.error());
        if (ctx.json)
            ctx.print({{QStringLiteral("file"), out},
                       {QStringLiteral("charts"), static_cast<int>(report->charts().size())}});
        else
            ctx.out() << Cli::tr("Report written to %1").arg(out) << Qt::endl;
        return Success;
    }
    Output output(out);
    if (Status opened = output.open(); !opened)
        return ctx.fail(opened.error());
    const QByteArray bytes = format == QLatin1String("csv")
                                 ? report->toCsv()
                                 : QJsonDocument(report->figures).toJson(QJsonDocument::Indented);
    if (output.device().write(bytes) != bytes.size())
        return ctx.fail(Error::failed(QStringLiteral("write_failed"), Cli::tr("Cannot write the report.")));
    if (Status written = output.commit(); !written)
        return ctx.fail(written.error());
    return Success;
}

} // namespace dockside::cli
