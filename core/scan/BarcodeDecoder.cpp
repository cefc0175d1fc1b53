#include "scan/BarcodeDecoder.h"

#include <ZXing/ReadBarcode.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QTransform>

#include <set>
#include <utility>
#include <vector>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BarcodeDecoder)
};

ZXing::BarcodeFormats formatsOf(const QStringList& names) {
    ZXing::BarcodeFormats formats;
    for (const QString& name : names)
        formats |= ZXing::BarcodeFormatFromString(name.toStdString());
    return formats;
}

bool isGs1Symbology(const QString& symbology) {
    return symbology == QLatin1String("]C1") || symbology == QLatin1String("]d2") ||
           symbology == QLatin1String("]Q3") || symbology == QLatin1String("]e0") ||
           symbology == QLatin1String("]J1");
}

// Adds what ZXing finds in `view`; positions go through `back` (if any) and then `offset`.
void collect(const ZXing::ImageView& view, const ZXing::DecodeHints& hints, QPoint offset,
             QList<DecodedBarcode>& out, std::set<std::pair<QString, QString>>& seen,
             const QTransform* back = nullptr) {
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid())
            continue;
        DecodedBarcode b;
        // ZXing prints "EAN-13"; the name that also selects the format is "EAN13".
        b.format = QString::fromLatin1(ZXing::ToString(r.format())).remove(QLatin1Char('-'));
        b.text = QString::fromStdString(r.text());
        if (!seen.insert({b.format, b.text}).second)
            continue; // the same symbol again, from another tile or scale
        b.symbology = QString::fromStdString(r.symbologyIdentifier());
        const auto& p = r.position();
        for (int i = 0; i < 4; ++i) {
            const QPointF point(p[i].x, p[i].y);
            b.position.append(offset + (back ? back->map(point) : point).toPoint());
        }
        b.scan = classifyScan(isGs1Symbology(b.symbology) ? b.symbology + b.text : b.text);
        out.append(b);
    }
}

// Bounding boxes of dark, compact blobs: 8x8-pixel cells with enough dark pixels, joined with
// their neighbours. A cheap finder for where a 2D symbol may be.
QList<QRect> symbolCandidates(const QImage& gray) {
    constexpr int cell = 8;
    const int cols = gray.width() / cell, rows = gray.height() / cell;
    if (cols < 2 || rows < 2)
        return {};
    std::vector<uchar> dark(static_cast<std::size_t>(cols * rows), 0);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            int count = 0;
            for (int y = 0; y < cell; y += 2) {
                const uchar* line = gray.constScanLine(r * cell + y) + c * cell;
                for (int x = 0; x < cell; x += 2)
                    count += line[x] < 110;
            }
            dark[static_cast<std::size_t>(r * cols + c)] = count >= 3;
        }
    QList<QRect> blobs;
    std::vector<int> stack;
    for (int start = 0; start < cols * rows; ++start) {
        if (dark[static_cast<std::size_t>(start)] != 1)
            continue;
        int left = cols, right = -1, top = rows, bottom = -1, size = 0;
        stack.assign(1, start);
        dark[static_cast<std::size_t>(start)] = 2;
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            const int r = at / cols, c = at % cols;
            left = std::min(left, c), right = std::max(right, c), top = std::min(top, r),
            bottom = std::max(bottom, r);
            ++size;
            for (int dr = -1; dr <= 1; ++dr)
                for (int dc = -1; dc <= 1; ++dc) {
                    const int nr = r + dr, nc = c + dc;
                    if (nr < 0 || nc < 0 || nr >= rows || nc >= cols)
                        continue;
                    uchar& v = dark[static_cast<std::size_t>(nr * cols + nc)];
                    if (v == 1) {
                        v = 2;
                        stack.push_back(nr * cols + nc);
                    }
                }
        }
        const int w = right - left + 1, h = bottom - top + 1;
        // Filled like a matrix symbol, square or rectangular (DataMatrix goes down to 8x32):
        // at least 2x2 cells, aspect within 1:5.
        if (w >= 2 && h >= 2 && w <= 5 * h && h <= 5 * w && size * 3 >= w * h)
            blobs.append(QRect(left * cell, top * cell, w * cell, h * cell));
    }
    return blobs;
}

} // namespace

QJsonObject DecodedBarcode::toJson() const {
    QJsonArray corners;
    for (const QPoint& p : position)
        corners.append(QJsonArray{p.x(), p.y()});
    return {{QStringLiteral("format"), format},
            {QStringLiteral("text"), text},
            {QStringLiteral("symbology"), symbology},
            {QStringLiteral("position"), corners},
            {QStringLiteral("scan"), dockside::toJson(scan)}};
}

DecodeOptions DecodeOptions::camera(const QRect& aimingBox) {
    DecodeOptions options;
    options.formats = {QStringLiteral("Code128"), QStringLiteral("DataMatrix"), QStringLiteral("QRCode")};
    // tryHarder and tryRotate: 73 of 120 angled test frames instead of 49, at 10.6 instead of
    // 6.9 ms median per 1080p frame (tests/bench/README.md), well inside the 20 ms budget.
    options.tryHarder = true;
    options.tryRotate = true;
    options.scanTiles = false;
    options.region = aimingBox;
    return options;
}

QStringList BarcodeDecoder::dockFormats() {
    return {QStringLiteral("Code128"),        QStringLiteral("Code39"),     QStringLiteral("ITF"),
            QStringLiteral("EAN13"),          QStringLiteral("EAN8"),       QStringLiteral("UPCA"),
            QStringLiteral("UPCE"),           QStringLiteral("DataMatrix"), QStringLiteral("QRCode"),
            QStringLiteral("PDF417"),         QStringLiteral("Aztec"),      QStringLiteral("DataBar"),
            QStringLiteral("DataBarExpanded")};
}

QList<DecodedBarcode> BarcodeDecoder::decode(const QImage& input, const DecodeOptions& options) {
    QList<DecodedBarcode> found;
    if (input.isNull())
        return found;
    QImage image = options.region.isEmpty() ? input : input.copy(options.region.intersected(input.rect()));
    if (image.format() != QImage::Format_Grayscale8)
        image = image.convertToFormat(QImage::Format_Grayscale8);
    const QPoint origin =
        options.region.isEmpty() ? QPoint() : options.region.intersected(input.rect()).topLeft();

    ZXing::DecodeHints hints;
    hints.setFormats(formatsOf(options.formats.isEmpty() ? dockFormats() : options.formats));
    hints.setTryHarder(options.tryHarder);
    hints.setTryRotate(options.tryRotate);
    hints.setTryDownscale(false); // never: Debian's 1.4 asserts on duplicate 1D finds across layers
    std::set<std::pair<QString, QString>> seen;

    const ZXing::ImageView view(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(image.bytesPerLine()));
    collect(view, hints, origin, found, seen);

    if (options.scanTiles) {
        // ZXing 1.4 finds DataMatrix and Aztec only when the symbol sits near the middle of what
        // it is given: decode a crop centred on every dark blob that could be a 2D symbol.
        ZXing::DecodeHints matrixHints = hints;
        matrixHints.setFormats(hints.formats() &
                               (ZXing::BarcodeFormat::DataMatrix | ZXing::BarcodeFormat::Aztec));
        if (!matrixHints.formats().empty())
            for (const QRect& blob : symbolCandidates(image)) {
                // The crop's centre must stay the blob's centre, even at the image's edge.
                const int want = std::max(blob.width(), blob.height()) / 2 + 16;
                const int mx = std::min({want, blob.left(), image.width() - 1 - blob.right()});
                const int my = std::min({want, blob.top(), image.height() - 1 - blob.bottom()});
                const QRect crop = blob.adjusted(-mx, -my, mx, my);
                collect(view.cropped(crop.x(), crop.y(), crop.width(), crop.height()), matrixHints,
                        origin + crop.topLeft(), found, seen);
            }
        // Linear codes photographed at an angle: rows must cross every bar, so try turned copies.
        ZXing::DecodeHints linearHints = hints;
        linearHints.setFormats(hints.formats() & ZXing::BarcodeFormat::LinearCodes);
        linearHints.setTryRotate(false);
        if (!linearHints.formats().empty()) {
            for (double degrees : {15.0, -15.0, 30.0, -30.0, 45.0, -45.0}) {
                QTransform turn;
                turn.rotate(degrees);
                QImage turned = image.transformed(turn, Qt::FastTransformation)
                                    .convertToFormat(QImage::Format_Grayscale8);
                // Where a pixel of the turned copy came from, for the positions reported.
                const QTransform back = QImage::trueMatrix(turn, image.width(), image.height()).inverted();
                const ZXing::ImageView turnedView(turned.constBits(), turned.width(), turned.height(),
                                                  ZXing::ImageFormat::Lum,
                                                  static_cast<int>(turned.bytesPerLine()));
                collect(turnedView, linearHints, origin, found, seen, &back);
            }
        }
        // Very large photos: also look at a smaller copy, as ZXing's own downscaling would.
        const int longest = std::max(image.width(), image.height());
        if (longest > 2600) {
            const double factor = 1600.0 / longest;
            const QImage small =
                image.scaled(image.size() * factor, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            const ZXing::ImageView smallView(small.constBits(), small.width(), small.height(),
                                             ZXing::ImageFormat::Lum, static_cast<int>(small.bytesPerLine()));
            const QTransform back = QTransform::fromScale(1.0 / factor, 1.0 / factor);
            collect(smallView, hints, origin, found, seen, &back);
        }
    }
    return found;
}

Result<QImage> BarcodeDecoder::loadImage(const QString& path, qint64 maxPixels) {
    if (!QFileInfo(path).isFile())
        return Error::notFound(QStringLiteral("no_file"), Tr::tr("There is no file %1.").arg(path));
    QImageReader reader(path);
    reader.setAutoTransform(true); // photos taken with the phone on its side
    if (!reader.canRead())
        return Error::invalid(QStringLiteral("not_an_image"),
                              Tr::tr("%1 is not an image Dockside can read (PNG, JPEG or BMP).").arg(path));
    const QSize size = reader.size();
    if (!size.isValid() || static_cast<qint64>(size.width()) * size.height() > maxPixels)
        return Error::invalid(QStringLiteral("image_too_large"),
                              Tr::tr("%1 is too large to decode (%2 x %3 pixels).")
                                  .arg(path)
                                  .arg(size.width())
                                  .arg(size.height()));
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return Error::invalid(QStringLiteral("unreadable_image"),
                              Tr::tr("%1 cannot be read: %2").arg(path, reader.errorString()));
    return image;
}

} // namespace dockside
