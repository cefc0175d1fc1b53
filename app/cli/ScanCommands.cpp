#include "Commands.h"

#include "labels/Labels.h"
#include "scan/BarcodeDecoder.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace dockside::cli {

int runDecode(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("image"), Cli::tr("PNG, JPEG or BMP files."),
                                 QStringLiteral("IMAGE..."));
    parser.addOption({QStringLiteral("formats"),
                      Cli::tr("Comma-separated ZXing formats (default: every dock format)."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("fast"), Cli::tr("Camera mode: no rotation, no extra passes.")});
    if (!ctx.parse(parser,
                   Cli::tr("Decode the barcodes in image files (one JSON line per image with --json).")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return ctx.usage(Cli::tr("Name at least one image file."));
    DecodeOptions options =
        parser.isSet(QStringLiteral("fast")) ? DecodeOptions::camera({}) : DecodeOptions::thorough();
    if (parser.isSet(QStringLiteral("formats"))) {
        options.formats = parser.value(QStringLiteral("formats")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& f : options.formats)
            if (!BarcodeDecoder::dockFormats().contains(f) && f != QLatin1String("Codabar") &&
                f != QLatin1String("Code93") && f != QLatin1String("MicroQRCode") &&
                f != QLatin1String("MaxiCode"))
                return ctx.usage(Cli::tr("Unknown barcode format \"%1\"; known: %2.")
                                     .arg(f, BarcodeDecoder::dockFormats().join(QStringLiteral(", "))));
    }
    int failures = 0;
    for (const QString& file : files) {
        QElapsedTimer timer;
        timer.start();
        auto image = BarcodeDecoder::loadImage(file);
        if (!image) {
            ++failures;
            ctx.err() << Cli::tr("dockside-cli: %1").arg(image.error().message) << Qt::endl;
            if (ctx.json)
                ctx.printLine({{QStringLiteral("file"), file},
                               {QStringLiteral("error"),
                                QJsonObject{{QStringLiteral("code"), image.error().code},
                                            {QStringLiteral("message"), image.error().message}}}});
            continue;
        }
        const QList<DecodedBarcode> barcodes = BarcodeDecoder::decode(*image, options);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (ctx.json) {
            QJsonArray list;
            for (const DecodedBarcode& b : barcodes)
                list.append(b.toJson());
            ctx.printLine({{QStringLiteral("file"), file},
                           {QStringLiteral("ms"), qRound(ms * 10) / 10.0},
                           {QStringLiteral("barcodes"), list}});
        } else {
            ctx.out() << Cli::tr("%1: %n barcode(s) in %2 ms", nullptr, static_cast<int>(barcodes.size()))
                             .arg(file)
                             .arg(ms, 0, 'f', 1)
                      << '\n';
            for (const DecodedBarcode& b : barcodes)
                ctx.out() << QStringLiteral("  %1  %2  (%3)\n")
                                 .arg(b.format, -12)
                                 .arg(QString(b.text).replace(QChar(0x1D), QStringLiteral("<GS>")),
                                      kindName(b.scan.kind));
            ctx.out().flush();
        }
    }
    return failures ? Failed : Success;
}

int runLabel(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("lpn"), Cli::tr("The item's LPN."), QStringLiteral("LPN"));
    parser.addOption({QStringLiteral("out"), Cli::tr("The PDF file to write."), QStringLiteral("FILE.pdf")});
    parser.addOption({QStringLiteral("size"),
                      Cli::tr("4x6 or 2x1 (default: the station's label_size, else 4x6)."),
                      QStringLiteral("SIZE")});
    if (!ctx.parse(parser, Cli::tr("Render an item's LPN label as PDF.")))
        return parser.isSet(QStringLiteral("help")) ? Success : Usage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(Cli::tr("Name one LPN."));
    if (!parser.isSet(QStringLiteral("out")))
        return ctx.usage(Cli::tr("label needs --out FILE.pdf."));
    auto station = ctx.openStation(true);
    if (!station)
        return ctx.fail(station.error());
    const QString sizeName = parser.isSet(QStringLiteral("size"))
                                 ? parser.value(QStringLiteral("size"))
                                 : (*station)->setting(setting::LabelSize, QStringLiteral("4x6"));
    const auto size = labelSizeFromName(sizeName);
    if (!size)
        return ctx.usage(Cli::tr("--size must be 4x6 or 2x1."));
    auto data = lpnLabelData(**station, parser.positionalArguments().first());
    if (!data)
        return ctx.fail(data.error());
    const QString out = parser.value(QStringLiteral("out"));
    if (Status written = LabelRenderer::writeLpnLabelPdf(out, *data, *size); !written)
        return ctx.fail(written.error());
    if (ctx.json)
        ctx.print({{QStringLiteral("lpn"), data->lpn},
                   {QStringLiteral("file"), out},
                   {QStringLiteral("size"), labelSizeName(*size)}});
    else
        ctx.out() << Cli::tr("Label of %1 written to %2").arg(data->lpn, out) << Qt::endl;
    return Success;
}

} // namespace dockside::cli
