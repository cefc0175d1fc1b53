#pragma once

#include "CliContext.h"

#include "domain/Types.h"

namespace dockside::cli {

// One function per command; each parses its own options and returns the exit code.
int runInit(CliContext& ctx);
int runUser(CliContext& ctx);
int runDemo(CliContext& ctx);
int runClassify(CliContext& ctx);
int runCheck(CliContext& ctx);
int runDecode(CliContext& ctx);
int runLabel(CliContext& ctx);
int runReceive(CliContext& ctx);
int runQueue(CliContext& ctx);
int runApprove(CliContext& ctx);
int runReject(CliContext& ctx);
int runTote(CliContext& ctx);
int runExport(CliContext& ctx);
int runReport(CliContext& ctx);
int runSync(CliContext& ctx);
int runResolve(CliContext& ctx);
int runRegrade(CliContext& ctx);
int runHistory(CliContext& ctx);

// Options every command acting as a signed-in user takes.
QCommandLineOption userOption();
QCommandLineOption pinOption();
// The --disposition option: nullopt when absent, an error (usage) when it names no disposition.
Result<std::optional<Disposition>> dispositionOption(const QCommandLineParser& parser);
int runBackup(CliContext& ctx);
int runRestore(CliContext& ctx);
int runSettings(CliContext& ctx);

} // namespace dockside::cli
