#include "labels/Labels.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

#include <stdexcept>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Labels)
};

// The largest font pixel size at which `text` fits `width`, at most `maxPx`.
// Metrics are taken on the painter's device: a PDF or label image has its own DPI, and screen
// metrics would let the text overflow and be elided.
QFont fitted(QFont font, const QString& text, int width, int maxPx, QPaintDevice* device, int minPx = 8) {
    for (int px = maxPx; px >= minPx; px -= 2) {
        font.setPixelSize(px);
        if (QFontMetrics(font, device).horizontalAdvance(text) * 105 / 100 <= width) // hinting slack
            return font;
    }
    font.setPixelSize(minPx);
    return font;
}

void drawFitted(QPainter& p, const QRect& box, const QString& text, int maxPx, bool bold = false,
                Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(bold);
    p.setFont(fitted(font, text, box.width(), maxPx, p.device()));
    p.drawText(box, static_cast<int>(align), p.fontMetrics().elidedText(text, Qt::ElideRight, box.width()));
}

Status pdfError(const QString& path, const QString& why) {
    return Error{ErrorKind::Storage, QStringLiteral("write_failed"),
                 Tr::tr("Cannot write %1: %2").arg(path, why)};
}

} // namespace

std::optional<LabelSize> labelSizeFromName(QStringView name) {
    if (name == QLatin1String("4x6"))
        return LabelSize::Large4x6;
    if (name == QLatin1String("2x1"))
        return LabelSize::Small2x1;
    return std::nullopt;
}

QString labelSizeName(LabelSize size) {
    return size == LabelSize::Large4x6 ? QStringLiteral("4x6") : QStringLiteral("2x1");
}

Result<LpnLabelData> lpnLabelData(Station& station, const QString& lpn) {
    try {
        Statement s = station.db().prepare(
            "SELECT i.lpn, coalesce(i.sku, ''), coalesce(p.description, ''), coalesce(i.grade, ''), "
            "coalesce(i.disposition, ''), coalesce(t.code, ''), coalesce(i.decided_at, i.received_at) FROM "
            "items i "
            "LEFT JOIN products p ON p.sku = i.sku LEFT JOIN totes t ON t.id = i.tote_id WHERE i.lpn = ?");
        s.bind(1, lpn.trimmed().toUpper());
        if (!s.step())
            return Error::notFound(QStringLiteral("unknown_lpn"), Tr::tr("There is no item %1.").arg(lpn));
        LpnLabelData label;
        label.lpn = s.text(0);
        label.sku = s.text(1);
        label.description = s.text(2);
        label.grade = s.text(3);
        const auto disposition = dispositionFromName(s.text(4));
        label.disposition = disposition ? dispositionLabel(*disposition) : QString();
        label.tote = s.text(5);
        label.date = s.int64(6);
        label.station = station.code();
        return label;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

QImage barcodeModules(const QString& format, const QString& text) {
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormatFromString(format.toStdString()));
        writer.setMargin(0);
        // Width and height 1: the writer returns its natural size, one pixel per module.
        const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), 1, 1);
        QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
        for (int y = 0; y < matrix.height(); ++y) {
            uchar* line = image.scanLine(y);
            for (int x = 0; x < matrix.width(); ++x)
                line[x] = matrix.get(x, y) ? 0 : 255;
        }
        return image;
    } catch (const std::exception&) {
        return {}; // text the symbology cannot carry
    }
}

void paintModules(QPainter& painter, const QImage& modules, QPoint topLeft, int moduleDots, int heightDots) {
    const bool linear = modules.height() == 1;
    const int rowHeight = linear ? heightDots : moduleDots;
    for (int y = 0; y < modules.height(); ++y) {
        const uchar* line = modules.constScanLine(y);
        for (int x = 0; x < modules.width();) {
            if (line[x] != 0) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < modules.width() && line[x + run] == 0)
                ++run;
            painter.fillRect(
                QRect(topLeft.x() + x * moduleDots, topLeft.y() + y * rowHeight, run * moduleDots, rowHeight),
                Qt::black);
            x += run;
        }
    }
}

QSize LabelRenderer::pageDots(LabelSize size, int dpi) {
    return size == LabelSize::Large4x6 ? QSize(4 * dpi, 6 * dpi) : QSize(2 * dpi, dpi);
}

void LabelRenderer::paintLpnLabel(QPainter& p, const LpnLabelData& label, LabelSize size, int dpi) {
    const QSize page = pageDots(size, dpi);
    p.fillRect(QRect(QPoint(0, 0), page), Qt::white);
    p.setPen(Qt::black);
    const QImage code = barcodeModules(QStringLiteral("Code128"), label.lpn);
    const int margin = dpi / 10;
    const int usable = page.width() - 2 * margin;
    // Bars are whole dots wide and the quiet zone is at least 10 modules on each side.
    const int moduleDots = std::max(1, usable / (code.width() + 20));
    const int codeWidth = code.width() * moduleDots;
    const int codeLeft = (page.width() - codeWidth) / 2;
    const QString date = QDateTime::fromMSecsSinceEpoch(label.date ? label.date : nowMillis(), Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd"));
    if (size == LabelSize::Small2x1) {
        const int barHeight = page.height() * 45 / 100;
        paintModules(p, code, QPoint(codeLeft, margin / 2), moduleDots, barHeight);
        const int textTop = margin / 2 + barHeight + 2;
        drawFitted(p, QRect(margin, textTop, usable, page.height() / 4), label.lpn, page.height() / 4, true,
                   Qt::AlignCenter);
        drawFitted(
            p,
            QRect(margin, textTop + page.height() / 4, usable, page.height() - textTop - page.height() / 4),
            QStringLiteral("%1  %2  %3").arg(label.sku, label.grade, label.tote), page.height() / 6, false,
            Qt::AlignCenter);
        return;
    }
    // 4x6: big human-readable lines a worker reads at arm's length, the barcode across the middle.
    int y = margin;
    drawFitted(p, QRect(margin, y, usable, dpi / 2), label.station + QStringLiteral("  ·  ") + date, dpi / 5);
    y += dpi / 2;
    const int barHeight = dpi * 13 / 10;
    paintModules(p, code, QPoint(codeLeft, y), moduleDots, barHeight);
    y += barHeight + dpi / 12;
    drawFitted(p, QRect(margin, y, usable, dpi / 2), label.lpn, dpi * 2 / 5, true, Qt::AlignCenter);
    y += dpi / 2 + dpi / 8;
    p.fillRect(QRect(margin, y, usable, 4), Qt::black);
    y += dpi / 8;
    drawFitted(p, QRect(margin, y, usable, dpi / 2), label.sku, dpi * 2 / 5, true);
    y += dpi / 2;
    drawFitted(p, QRect(margin, y, usable, dpi / 3), label.description, dpi / 5);
    y += dpi / 3 + dpi / 8;
    // Grade in a box, then disposition and tote: what the next person handling the item needs.
    const QRect gradeBox(margin, y, dpi, dpi);
    p.fillRect(gradeBox, Qt::black);
    p.setPen(Qt::white);
    drawFitted(p, gradeBox, label.grade, dpi * 4 / 5, true, Qt::AlignCenter);
    p.setPen(Qt::black);
    drawFitted(p, QRect(margin + dpi + dpi / 8, y, usable - dpi - dpi / 8, dpi / 2), label.disposition,
               dpi * 2 / 5, true);
    drawFitted(p, QRect(margin + dpi + dpi / 8, y + dpi / 2, usable - dpi - dpi / 8, dpi / 2),
               Tr::tr("Tote %1").arg(label.tote), dpi * 2 / 5);
}

QImage LabelRenderer::renderLpnLabel(const LpnLabelData& label, LabelSize size, int dpi) {
    QImage image(pageDots(size, dpi), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintLpnLabel(painter, label, size, dpi);
    painter.end();
    return image;
}

Status LabelRenderer::writeLpnLabelPdf(const QString& path, const LpnLabelData& label, LabelSize size,
                                       int dpi) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return pdfError(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(dpi);
        pdf.setPageSize(size == LabelSize::Large4x6 ? QPageSize(QSizeF(4, 6), QPageSize::Inch)
                                                    : QPageSize(QSizeF(2, 1), QPageSize::Inch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(label.lpn);
        pdf.setCreator(QStringLiteral("Dockside"));
        QPainter painter(&pdf);
        if (!painter.isActive())
            return pdfError(path, Tr::tr("the PDF could not be started"));
        paintLpnLabel(painter, label, size, dpi);
    }
    if (!file.commit())
        return pdfError(path, file.errorString());
    return {};
}

Status LabelRenderer::writeManifestPdf(const QString& path, const QString& station, const ToteInfo& tote,
                                       const QList<ManifestLine>& lines) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return pdfError(path, file.errorString());
    {
        constexpr int dpi = 150;
        QPdfWriter pdf(&file);
        pdf.setResolution(dpi);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        pdf.setTitle(Tr::tr("Manifest of tote %1").arg(tote.code));
        pdf.setCreator(QStringLiteral("Dockside"));
        QPainter p(&pdf);
        if (!p.isActive())
            return pdfError(path, Tr::tr("the PDF could not be started"));
        const QRect area = p.viewport();
        const int rowHeight = dpi / 4;
        const int columns[] = {0, 34, 52, 82, 88, 100}; // percent of the width
        auto col = [&](int i) {
            return area.left() + area.width() * columns[i] / 100;
        };
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(dpi / 8);
        int page = 1;
        int y = 0;
        auto header = [&] {
            const QImage qr = barcodeModules(QStringLiteral("QRCode"), tote.code);
            const int qrModule = std::max(1, dpi / qr.width());
            paintModules(p, qr, QPoint(area.right() - qr.width() * qrModule, area.top()), qrModule);
            QFont title = font;
            title.setPixelSize(dpi / 4);
            title.setBold(true);
            p.setFont(title);
            p.drawText(QRect(area.left(), area.top(), area.width() * 7 / 10, dpi / 3),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       Tr::tr("Tote %1 — %2").arg(tote.code, tote.disposition));
            p.setFont(font);
            QStringList facts{
                Tr::tr("Station %1").arg(station),
                Tr::tr("Closed %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(tote.closedAt ? tote.closedAt : nowMillis(), Qt::UTC)
                             .toString(Qt::ISODate)),
                Tr::tr("%n item(s), %1 kg", nullptr, static_cast<int>(lines.size()))
                    .arg(static_cast<double>(tote.weightG) / 1000.0, 0, 'f', 1)};
            if (!tote.partner.isEmpty())
                facts << Tr::tr("Partner %1, certificate %2").arg(tote.partner, tote.certificateRef);
            facts << Tr::tr("Page %1").arg(page);
            y = area.top() + dpi / 3 + dpi / 12;
            for (const QString& fact : facts) {
                p.drawText(QRect(area.left(), y, area.width() * 7 / 10, rowHeight),
                           Qt::AlignLeft | Qt::AlignVCenter, fact);
                y += rowHeight;
            }
            y = std::max(y, area.top() + dpi + dpi / 6) + dpi / 8;
            QFont bold = font;
            bold.setBold(true);
            p.setFont(bold);
            const QStringList titles{Tr::tr("LPN"),   Tr::tr("SKU"),   Tr::tr("Description"),
                                     Tr::tr("Grade"), Tr::tr("Value"), Tr::tr("Weight")};
            for (int i = 0; i < 5; ++i)
                p.drawText(QRect(col(i), y, col(i + 1) - col(i), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           titles[i]);
            p.drawText(QRect(col(4), y, col(5) - col(4), rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                       titles[5]);
            y += rowHeight;
            p.drawLine(area.left(), y, area.right(), y);
            p.setFont(font);
        };
        header();
        qint64 totalValue = 0;
        QString currency;
        for (const ManifestLine& line : lines) {
            if (y + 2 * rowHeight > area.bottom()) {
                pdf.newPage();
                ++page;
                header();
            }
            const QString value = line.value.decimal() + QLatin1Char(' ') + line.value.currency;
            p.drawText(QRect(col(0), y, col(1) - col(0), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       line.lpn);
            p.drawText(QRect(col(1), y, col(2) - col(1), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       line.sku);
            p.drawText(QRect(col(2), y, col(3) - col(2), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(line.description, Qt::ElideRight, col(3) - col(2) - 8));
            p.drawText(QRect(col(3), y, col(4) - col(3), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       line.grade + QStringLiteral("   ") + value);
            p.drawText(QRect(col(4), y, col(5) - col(4), rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("%1 kg").arg(static_cast<double>(line.weightG) / 1000.0, 0, 'f', 2));
            y += rowHeight;
            totalValue += line.value.minor;
            currency = line.value.currency;
        }
        p.drawLine(area.left(), y, area.right(), y);
        p.drawText(QRect(area.left(), y, area.width(), rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   Tr::tr("Total value %1 %2").arg(Money{totalValue, currency}.decimal(), currency));
    }
    if (!file.commit())
        return pdfError(path, file.errorString());
    return {};
}

} // namespace dockside
