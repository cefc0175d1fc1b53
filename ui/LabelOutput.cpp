#include "LabelOutput.h"

#include "labels/Labels.h"
#include "services/Station.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace dockside {

LabelOutput::LabelOutput(Station& station, QObject* parent)
    : QObject(parent)
    , m_station(station) {}

QString LabelOutput::labelFolder() const {
    return QFileInfo(m_station.databasePath()).absoluteDir().filePath(QStringLiteral("labels"));
}

QString LabelOutput::printerName() const {
    return m_station.setting(setting::LabelPrinter).trimmed();
}

void LabelOutput::run(std::function<QPair<QString, bool>()> job) {
    ++m_busy;
    auto* watcher = new QFutureWatcher<QPair<QString, bool>>(this);
    connect(watcher, &QFutureWatcher<QPair<QString, bool>>::finished, this, [this, watcher] {
        const auto [message, ok] = watcher->result();
        watcher->deleteLater();
        --m_busy;
        emit finished(message, ok);
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

void LabelOutput::printLpnLabel(const QString& lpn) {
    auto data = lpnLabelData(m_station, lpn);
    if (!data) {
        emit finished(data.error().message, false);
        return;
    }
    const LabelSize size =
        labelSizeFromName(m_station.setting(setting::LabelSize)).value_or(LabelSize::Large4x6);
    const QString printer = printerName();
    const bool printerKnown = !printer.isEmpty() && !QPrinterInfo::printerInfo(printer).isNull();
    const QString pdf = QDir(labelFolder()).filePath(lpn + QStringLiteral(".pdf"));
    const QString folder = labelFolder();
    run([label = *data, size, printer, printerKnown, pdf, folder]() -> QPair<QString, bool> {
        if (printerKnown) {
            QPrinter out(QPrinter::HighResolution);
            out.setPrinterName(printer);
            out.setResolution(kLabelDpi);
            const QSize dots = LabelRenderer::pageDots(size);
            out.setPageSize(
                QPageSize(QSizeF(dots.width() / double(kLabelDpi), dots.height() / double(kLabelDpi)),
                          QPageSize::Inch));
            out.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter;
            if (out.isValid() && painter.begin(&out)) {
                LabelRenderer::paintLpnLabel(painter, label, size, out.resolution());
                painter.end();
                return {LabelOutput::tr("Label printed on %1.").arg(printer), true};
            }
        }
        if (!QDir().mkpath(folder))
            return {LabelOutput::tr("Cannot create the label folder %1.").arg(folder), false};
        const Status written = LabelRenderer::writeLpnLabelPdf(pdf, label, size);
        if (!written)
            return {written.error().message, false};
        return {printer.isEmpty()
                    ? LabelOutput::tr("No label printer set up: label saved as %1").arg(pdf)
                    : LabelOutput::tr("Printer %1 not found: label saved as %2").arg(printer, pdf),
                true};
    });
}

void LabelOutput::writeManifest(const ToteInfo& tote) {
    QList<ManifestLine> lines;
    try {
        lines = Totes(m_station).manifest(tote.code);
    } catch (const StoreError& e) {
        emit finished(toError(e).message, false);
        return;
    }
    const QString folder = labelFolder();
    const QString pdf = QDir(folder).filePath(tote.code + QStringLiteral("-manifest.pdf"));
    run([station = m_station.code(), tote, lines, folder, pdf]() -> QPair<QString, bool> {
        if (!QDir().mkpath(folder))
            return {LabelOutput::tr("Cannot create the label folder %1.").arg(folder), false};
        const Status written = LabelRenderer::writeManifestPdf(pdf, station, tote, lines);
        if (!written)
            return {written.error().message, false};
        return {LabelOutput::tr("Manifest of %1 saved as %2").arg(tote.code, pdf), true};
    });
}

} // namespace dockside
