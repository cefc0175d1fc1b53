#pragma once

#include "scan/ScanClassifier.h"
#include "util/Result.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QString>
#include <QStringList>

namespace dockside {

struct DecodedBarcode {
    QString format;         // ZXing's name: Code128, DataMatrix, QRCode, EAN13, ...
    QString text;           // as decoded; GS1 fields separated by GS (0x1D)
    QString symbology;      // AIM identifier, e.g. "]C1" for GS1-128
    QList<QPoint> position; // four corners in image pixels: top-left, top-right, bottom-right, bottom-left
    ScanResult scan;        // what the code means (classifyScan of symbology + text for GS1 symbols)
    QJsonObject toJson() const;
};

struct DecodeOptions {
    QStringList formats; // ZXing format names; empty: every format a dock meets
    bool tryHarder = true;
    bool tryRotate = true;
    bool scanTiles =
        true;     // also decode overlapping tiles: ZXing 1.4 finds DataMatrix only near the centre line
    QRect region; // decode only this part of the image (an aiming box); empty: all of it

    // Files and photos: every dock format, thorough.
    static DecodeOptions thorough() { return {}; }
    // Camera frames: the station's formats, fast, inside the aiming box.
    static DecodeOptions camera(const QRect& aimingBox);
};

// Decodes barcodes with ZXing 1.4, avoiding its debug assertion (zxing-cpp issue 740: the same 1D
// code found in two downscale layers aborts the process) by never letting ZXing downscale; large
// images are downscaled here instead. Thread-safe: no shared state.
class BarcodeDecoder {
public:
    static QList<DecodedBarcode> decode(const QImage& image,
                                        const DecodeOptions& options = DecodeOptions::thorough());
    // Loads an image file, refusing before allocation what is not an image or too large.
    static Result<QImage> loadImage(const QString& path, qint64 maxPixels = 120'000'000);
    static QStringList dockFormats();
};

} // namespace dockside
