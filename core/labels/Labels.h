#pragma once

#include "services/Station.h"
#include "services/Totes.h"
#include "util/Result.h"

#include <QImage>
#include <QPainter>
#include <QString>

#include <optional>

namespace dockside {

enum class LabelSize { Large4x6, Small2x1 };
std::optional<LabelSize> labelSizeFromName(QStringView name); // "4x6" or "2x1"
QString labelSizeName(LabelSize size);

// Thermal label printers print 203 dots per inch.
constexpr int kLabelDpi = 203;

struct LpnLabelData {
    QString lpn;
    QString sku;
    QString description;
    QString grade;
    QString disposition; // translated label
    QString tote;
    QString station;
    Millis date = 0;
};

// The label of a received item, from the store.
Result<LpnLabelData> lpnLabelData(Station& station, const QString& lpn);

// One pixel per module, black bars on white, no quiet zone. ZXing format names (Code128, QRCode).
QImage barcodeModules(const QString& format, const QString& text);
// Draws modules as whole-dot rectangles (moduleDots dots each) with its top-left at `topLeft`.
void paintModules(QPainter& painter, const QImage& modules, QPoint topLeft, int moduleDots,
                  int heightDots = 0);

// LPN labels and tote manifests, drawn once for PDF, printer and screen alike.
class LabelRenderer {
public:
    static QSize pageDots(LabelSize size, int dpi = kLabelDpi);
    static void paintLpnLabel(QPainter& painter, const LpnLabelData& label, LabelSize size,
                              int dpi = kLabelDpi);
    static QImage renderLpnLabel(const LpnLabelData& label, LabelSize size, int dpi = kLabelDpi);
    static Status writeLpnLabelPdf(const QString& path, const LpnLabelData& label, LabelSize size,
                                   int dpi = kLabelDpi);

    // A4 manifest: tote, disposition, chain of custody, a QR code of the tote, and every item.
    static Status writeManifestPdf(const QString& path, const QString& station, const ToteInfo& tote,
                                   const QList<ManifestLine>& lines);
};

} // namespace dockside
