#include "CameraScanner.h"
#include "ScannerInput.h"

#include "UiSupport.h"
#include "labels/Labels.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

using namespace dockside;

namespace {

struct Window {
    QWidget widget;
    QLineEdit* field = nullptr;
    QLineEdit* other = nullptr;
    Window() {
        auto* layout = new QVBoxLayout(&widget);
        field = new QLineEdit(&widget);
        other = new QLineEdit(&widget);
        layout->addWidget(field);
        layout->addWidget(other);
        widget.show();
        QApplication::setActiveWindow(&widget);
        field->setFocus();
        REQUIRE(QTest::qWaitForWindowExposed(&widget));
    }
};

QVideoFrame frameWith(const QString& text, QSize size = {1280, 720}) {
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        const QImage modules = barcodeModules(QStringLiteral("Code128"), text);
        paintModules(p, modules, QPoint((size.width() - modules.width() * 3) / 2, size.height() / 2 - 60), 3,
                     120);
    }
    QVideoFrame frame(QVideoFrameFormat(size, QVideoFrameFormat::Format_BGRA8888));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < size.height(); ++y)
        memcpy(frame.bits(0) + y * frame.bytesPerLine(0), image.constScanLine(y),
               static_cast<size_t>(size.width() * 4));
    frame.unmap();
    return frame;
}

} // namespace

TEST_CASE("A scanner burst becomes a scan and never reaches the text field", "[ui][wedge]") {
    Window w;
    ScannerInput input;
    qApp->installEventFilter(&input);
    QSignalSpy scans(&input, &ScannerInput::scanned);

    QTest::keyClicks(w.field, QStringLiteral("1Z999AA10123456784"));
    QTest::keyClick(w.field, Qt::Key_Return);
    REQUIRE(scans.size() == 1);
    CHECK(scans.takeFirst().at(0).toString() == QLatin1String("1Z999AA10123456784"));
    CHECK(w.field->text().isEmpty());

    // A person typing slowly gets every character, and no scan.
    for (const QChar c : QStringLiteral("4711")) {
        QTest::keyClick(w.field, c.toLatin1());
        QTest::qWait(90);
    }
    QTest::qWait(100);
    CHECK(w.field->text() == QLatin1String("4711"));
    CHECK(scans.isEmpty());

    // GS sent as Ctrl+] is recovered inside a GS1 burst.
    QTest::keyClicks(w.field, QStringLiteral("0109506000134352"));
    QTest::keyClick(w.field, Qt::Key_BracketRight, Qt::ControlModifier);
    QTest::keyClicks(w.field, QStringLiteral("10LOT7"));
    QTest::keyClick(w.field, Qt::Key_Return);
    REQUIRE(scans.size() == 1);
    CHECK(scans.takeFirst().at(0).toString() ==
          QStringLiteral("0109506000134352") + QChar(0x1D) + QStringLiteral("10LOT7"));
    CHECK(w.field->text() == QLatin1String("4711"));
    qApp->removeEventFilter(&input);
}

TEST_CASE("Camera frames are decoded off the GUI thread, newest first", "[ui][camera]") {
    CameraScanner scanner;
    scanner.resize(640, 400);
    scanner.show();
    QSignalSpy scans(&scanner, &CameraScanner::scanned);
    scanner.videoSink()->setVideoFrame(frameWith(QStringLiteral("AMS-D03-0000412-K")));
    REQUIRE(scans.wait(5000));
    CHECK(scans.takeFirst().at(0).toString() == QLatin1String("AMS-D03-0000412-K"));

    // A burst of frames while the worker is busy: the newest wins, the others are skipped.
    for (int i = 0; i < 20; ++i)
        scanner.videoSink()->setVideoFrame(
            frameWith(QStringLiteral("AMS-D03-00004%1-K").arg(i, 2, 10, QLatin1Char('0'))));
    REQUIRE(scans.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(scanner.framesDecoded() + scanner.framesSkipped() == scanner.framesReceived(),
                             5000);
    CHECK(scanner.framesSkipped() > 0);
    CHECK(scanner.framesDecoded() < scanner.framesReceived());
    // The last frame of the burst is always decoded.
    QTRY_VERIFY_WITH_TIMEOUT(scans.size() >= 1, 5000);
    CHECK(scans.last().at(0).toString() == QLatin1String("AMS-D03-0000419-K"));
    test::saveScreenshot(&scanner, QStringLiteral("screenshot-camera-scanner.png"));
}

TEST_CASE("Without a camera the scanner says so", "[ui][camera]") {
    CameraScanner scanner;
    if (!CameraScanner::cameras().isEmpty())
        return; // a machine with a camera: nothing to check here
    CHECK_FALSE(scanner.hasCamera());
    CHECK_FALSE(scanner.start());
    CHECK(scanner.status().contains(QLatin1String("No camera")));
}
