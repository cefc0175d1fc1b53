#include "Dialogs.h"
#include "InspectPage.h"
#include "LabelOutput.h"
#include "LoginPage.h"
#include "MainWindow.h"
#include "ParcelLinesModel.h"
#include "ParcelPage.h"
#include "PhotoCaptureDialog.h"
#include "TotesModel.h"
#include "TotesPage.h"

#include "services/Receiving.h"

#include "TestSupport.h"
#include "UiSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <csignal>
#include <iostream>

#include <sys/resource.h>

using namespace dockside;

namespace {

// The real main window on a real station database, driven as a worker would: scanner bursts
// (keys faster than any person, then Enter) into whatever has the focus, and touches.
struct Dock {
    test::StationFixture f;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<QAbstractItemModelTester> parcelTester;
    std::unique_ptr<QAbstractItemModelTester> totesTester;
    int scans = 0;
    int touches = 0;

    Dock() {
        Dialogs::clearAnswers();
        open();
    }
    ~Dock() {
        if (window)
            QTRY_VERIFY_WITH_TIMEOUT(window->labelOutput()->busy() == 0, 10000);
        Dialogs::clearAnswers();
    }

    void open() {
        parcelTester.reset();
        totesTester.reset();
        window = std::make_unique<MainWindow>(*f.station);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        parcelTester = std::make_unique<QAbstractItemModelTester>(
            window->parcelPage()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        totesTester = std::make_unique<QAbstractItemModelTester>(
            window->totesPage()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void restart() {
        QTRY_VERIFY_WITH_TIMEOUT(window->labelOutput()->busy() == 0, 10000);
        parcelTester.reset();
        totesTester.reset();
        window.reset();
        open();
    }

    QWidget* focus() const {
        QWidget* w = QApplication::focusWidget();
        return w ? w : window.get();
    }
    void scan(const QString& code) {
        QWidget* target = focus();
        QTest::keyClicks(target, code);
        QTest::keyClick(target, Qt::Key_Return);
        ++scans;
    }
    void click(const QString& name) {
        auto* button = window->findChild<QAbstractButton*>(name);
        REQUIRE(button);
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        ++touches;
    }
    void key(Qt::Key k) {
        QTest::keyClick(focus(), k);
        ++touches;
    }
    void typePin(const QString& pin) {
        for (const QChar digit : pin)
            click(QStringLiteral("key_%1").arg(digit));
        click(QStringLiteral("key_ok"));
    }
    void login(const QString& badge = QStringLiteral("U-1001"), const QString& pin = QStringLiteral("2468")) {
        scan(badge);
        REQUIRE(window->page() == MainWindow::Page::Login);
        REQUIRE(QApplication::focusWidget() == window->loginPage()->pinField());
        typePin(pin);
        resetCounts();
    }
    void resetCounts() { scans = touches = 0; }
    void shot(const QString& name) {
        QApplication::processEvents();
        REQUIRE(test::saveScreenshot(&*window, QStringLiteral("screenshot-%1.png").arg(name)));
    }
    std::optional<ItemSummary> item(const QString& lpn) {
        Receiving reader(*f.station, f.worker);
        auto parcel = reader.parcelOfItem(lpn);
        if (!parcel)
            return std::nullopt;
        for (const ItemSummary& i : parcel->items)
            if (i.lpn == lpn)
                return i;
        return std::nullopt;
    }
    QString text(const QString& labelName) {
        auto* label = window->findChild<QLabel*>(labelName);
        REQUIRE(label);
        return label->text();
    }
    void report(const char* path) {
        std::cout << "inputs per item, " << path << ": " << scans << " scans + " << touches
                  << " touches/keys\n";
    }
};

QString writePhoto(const test::TempFolder& folder) {
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(180, 60, 60));
    const QString path = folder.path(QStringLiteral("damage.png"));
    REQUIRE(image.save(path));
    return path;
}

} // namespace

TEST_CASE("A perfect item takes two scans and two touches", "[ui][dock]") {
    Dock dock;
    dock.shot(QStringLiteral("login"));
    dock.login();
    REQUIRE(dock.window->page() == MainWindow::Page::Parcel);
    REQUIRE(dock.window->user());
    CHECK(dock.window->user()->badge == QLatin1String("U-1001"));
    dock.shot(QStringLiteral("parcel-waiting"));

    dock.scan(QStringLiteral("1Z999AA10123456784"));
    REQUIRE(dock.window->currentParcel());
    CHECK(dock.window->currentParcel()->rma->rma == QLatin1String("RMA-2026-000123"));
    CHECK(dock.text(QStringLiteral("parcelHeader")).contains(QLatin1String("RMA-2026-000123")));
    CHECK(dock.window->parcelPage()->model()->rowCount() == 2);
    dock.shot(QStringLiteral("parcel"));

    dock.scan(QStringLiteral("4006381333931"));
    REQUIRE(dock.window->page() == MainWindow::Page::Inspect);
    const QString lpn = dock.window->inspectPage()->lpn();
    REQUIRE_FALSE(lpn.isEmpty());
    CHECK(dock.item(lpn)->status == QLatin1String("received")); // received at once: a crash loses little
    dock.shot(QStringLiteral("inspect"));

    dock.click(QStringLiteral("allPassButton"));
    REQUIRE(dock.window->inspectPage()->preview());
    CHECK(dock.text(QStringLiteral("gradeLabel")) == QLatin1String("A"));
    dock.shot(QStringLiteral("decide"));
    dock.window->resize(1920, 1080);
    dock.shot(QStringLiteral("decide-1920x1080"));
    dock.window->resize(1280, 800);
    dock.key(Qt::Key_Return);

    REQUIRE(dock.window->page() == MainWindow::Page::Parcel);
    const QString tote = dock.text(QStringLiteral("toteLabel"));
    CHECK(tote.startsWith(QLatin1String("TOTE-")));
    const auto decided = dock.item(lpn);
    REQUIRE(decided);
    CHECK(decided->status == QLatin1String("decided"));
    CHECK(decided->grade == QLatin1String("A"));
    CHECK(dock.scans == 2);
    CHECK(dock.touches <= 2);
    dock.report("perfect item");

    // The label went to a PDF beside the database (no printer configured), and the screen says so.
    QTRY_VERIFY_WITH_TIMEOUT(dock.window->labelOutput()->busy() == 0, 10000);
    CHECK(QFileInfo::exists(
        QDir(dock.window->labelOutput()->labelFolder()).filePath(lpn + QStringLiteral(".pdf"))));
    CHECK(dock.text(QStringLiteral("labelMessage")).contains(QLatin1String("labels")));
    dock.shot(QStringLiteral("tote"));

    // Undo after confirm is a supervisor's job, and the screen says so.
    QTest::keyClick(dock.focus(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(dock.window->message().contains(QLatin1String("supervisor")), 2000);
    CHECK(dock.window->message().contains(QLatin1String("supervisor")));

    // A tote scan shows the totes; closing writes the manifest.
    dock.scan(tote);
    REQUIRE(dock.window->page() == MainWindow::Page::Totes);
    CHECK(dock.window->totesPage()->model()->rowCount() == 1);
    dock.shot(QStringLiteral("totes"));
    Dialogs::queueAnswer(true);
    dock.click(QStringLiteral("closeToteButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dock.window->labelOutput()->busy() == 0, 10000);
    CHECK(dock.window->totesPage()->model()->rowCount() == 0);
    CHECK(QFileInfo::exists(
        QDir(dock.window->labelOutput()->labelFolder()).filePath(tote + QStringLiteral("-manifest.pdf"))));
}

TEST_CASE("A damaged item needs a photo and still goes fast", "[ui][dock]") {
    Dock dock;
    dock.login();
    const QString photo = writePhoto(dock.f.folder);
    dock.scan(QStringLiteral("1Z999AA10123456784"));
    dock.scan(QStringLiteral("4006381333931"));
    REQUIRE(dock.window->page() == MainWindow::Page::Inspect);
    const QString lpn = dock.window->inspectPage()->lpn();
    dock.click(QStringLiteral("allPassButton"));
    dock.click(QStringLiteral("fail_no_holes_or_tears"));
    CHECK_FALSE(dock.window->inspectPage()->preview());
    CHECK(dock.text(QStringLiteral("nextStep")).contains(QLatin1String("photo")));
    dock.shot(QStringLiteral("inspect-damaged"));

    // A wrong answer is undone with Ctrl+Z before confirm, then given again.
    QTest::keyClick(dock.focus(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(dock.window->inspectPage()->preview().has_value(), 2000);
    REQUIRE(dock.window->inspectPage()->preview());
    CHECK(dock.text(QStringLiteral("gradeLabel")) == QLatin1String("A"));
    dock.click(QStringLiteral("fail_no_holes_or_tears"));
    dock.touches -= 1; // the undo round-trip is not part of the path

    // "Add photo" and choosing the file in the dialog: two touches.
    Dialogs::queueAnswer(QStringList{photo});
    dock.click(QStringLiteral("addPhotoButton"));
    dock.touches += 1;
    REQUIRE(dock.window->inspectPage()->preview());
    CHECK(dock.text(QStringLiteral("gradeLabel")) == QLatin1String("D"));
    dock.key(Qt::Key_Return);
    REQUIRE(dock.window->page() == MainWindow::Page::Parcel);
    CHECK(dock.item(lpn)->grade == QLatin1String("D"));
    CHECK(dock.scans == 2);
    CHECK(dock.touches == 5);
    dock.report("damaged item");
}

TEST_CASE("The worker's finding is recorded beside the customer's reason", "[ui][dock]") {
    Dock dock;
    dock.login();
    dock.scan(QStringLiteral("1Z999AA10123456784"));
    dock.scan(QStringLiteral("4006381333931"));
    REQUIRE(dock.window->page() == MainWindow::Page::Inspect);
    const QString lpn = dock.window->inspectPage()->lpn();
    dock.click(QStringLiteral("allPassButton"));
    REQUIRE(dock.window->inspectPage()->preview());
    CHECK(dock.window->inspectPage()->preview()->queueCauses.isEmpty());

    // By keyboard, as on the dock: the combo's arrow keys walk the findings in words.
    auto* finding = dock.window->findChild<QComboBox*>(QStringLiteral("findingField"));
    REQUIRE(finding);
    CHECK(finding->currentText() == QLatin1String("Not stated"));
    finding->setFocus();
    for (int i = 0; i < finding->count() && finding->currentData().toString() != QLatin1String("empty_box");
         ++i)
        QTest::keyClick(finding, Qt::Key_Down);
    REQUIRE(finding->currentData().toString() == QLatin1String("empty_box"));
    CHECK(finding->currentText() == QLatin1String("Empty box"));
    // An empty box is a fraud flag: the decision changes before confirm.
    REQUIRE(dock.window->inspectPage()->preview());
    CHECK(dock.window->inspectPage()->preview()->queueCauses.contains(QStringLiteral("fraud_flag")));
    CHECK(dock.text(QStringLiteral("nextStep")).contains(QLatin1String("Fraud check")));
    dock.click(QStringLiteral("confirmButton"));
    REQUIRE(dock.window->page() == MainWindow::Page::Parcel);
    Statement s = dock.f.station->db().prepare("SELECT observed_reason FROM items WHERE lpn = ?");
    s.bind(1, lpn);
    REQUIRE(s.step());
    CHECK(s.text(0) == QLatin1String("empty_box"));

    // The next item starts without a finding.
    dock.scan(QStringLiteral("4006381333931"));
    REQUIRE(dock.window->page() == MainWindow::Page::Inspect);
    CHECK(finding->currentData().toString().isEmpty());
}

TEST_CASE("A damage photo is taken with the station camera", "[ui][dock][camera]") {
    Dock dock;
    dock.login();
    dock.scan(QStringLiteral("1Z999AA10123456784"));
    dock.scan(QStringLiteral("4006381333931"));
    REQUIRE(dock.window->page() == MainWindow::Page::Inspect);
    const QString lpn = dock.window->inspectPage()->lpn();
    dock.click(QStringLiteral("allPassButton"));
    dock.click(QStringLiteral("fail_no_holes_or_tears"));
    REQUIRE_FALSE(dock.window->inspectPage()->preview());

    // The dialog is modal: drive it from inside its event loop, as the camera would, by sending
    // frames to its sink. The offscreen platform has no camera, so only these frames arrive.
    bool tookPhoto = false;
    QString firstTry;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<PhotoCaptureDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        // Before any frame: a clear message, no file, the dialog stays open.
        CHECK_FALSE(dialog->takePhoto());
        firstTry = dialog->findChild<QLabel*>(QStringLiteral("photoStatus"))->text();
        QVideoFrame frame(QVideoFrameFormat(QSize(640, 480), QVideoFrameFormat::Format_BGRA8888));
        REQUIRE(frame.map(QVideoFrame::WriteOnly));
        for (int y = 0; y < 480; ++y)
            std::fill_n(reinterpret_cast<quint32*>(frame.bits(0) + y * frame.bytesPerLine(0)), 640,
                        y < 240 ? 0xff3070c0u : 0xffc06030u);
        frame.unmap();
        dialog->videoSink()->setVideoFrame(frame);
        REQUIRE(test::saveScreenshot(&*dialog, QStringLiteral("screenshot-photo-capture.png")));
        auto* take = dialog->findChild<QPushButton*>(QStringLiteral("takePhotoButton"));
        REQUIRE(take->isEnabled());
        QTest::mouseClick(take, Qt::LeftButton);
        tookPhoto = true;
    });
    dock.click(QStringLiteral("takePhotoButton"));
    REQUIRE(tookPhoto);
    CHECK(firstTry.contains(QLatin1String("No picture")));
    REQUIRE(dock.window->inspectPage()->preview());
    const QStringList captures =
        QDir(QDir(dock.f.station->photoFolder()).filePath(QStringLiteral("captures"))).entryList(QDir::Files);
    CHECK(captures.size() == 1);
    // The offscreen platform does not hand activation back after a modal dialog; a desktop does.
    QApplication::setActiveWindow(dock.window.get());
    CHECK(QApplication::focusWidget() ==
          dock.window->findChild<QPushButton*>(QStringLiteral("confirmButton")));
    dock.key(Qt::Key_Return);
    INFO(dock.window->message().toStdString());
    REQUIRE(dock.window->page() == MainWindow::Page::Parcel);
    CHECK(dock.item(lpn)->grade == QLatin1String("D"));
    // Stored by its hash with the item; the capture itself is gone.
    CHECK(dock.f.station->db().scalar("SELECT count(*) FROM item_photos") == 1);
    CHECK(QDir(QDir(dock.f.station->photoFolder()).filePath(QStringLiteral("captures")))
              .entryList(QDir::Files)
              .isEmpty());
}

TEST_CASE("An override asks for a reason and goes to a supervisor", "[ui][dock]") {
    Dock dock;
    dock.login();
    dock.scan(QStringLiteral("1Z999AA10123456784"));
    dock.scan(QStringLiteral("4006381333931"));
    const QString lpn = dock.window->inspectPage()->lpn();
    dock.click(QStringLiteral("allPassButton"));
    const auto preview = dock.window->inspectPage()->preview();
    REQUIRE(preview);
    REQUIRE(preview->allowed.size() > 1);
    Disposition other = preview->allowed.first();
    for (const Disposition d : preview->allowed)
        if (d != *preview->suggested) {
            other = d;
            break;
        }
    REQUIRE(other != *preview->suggested);
    const QString choice = QStringLiteral("choice_%1").arg(dispositionName(other));

    // Cancelled: the suggestion stays.
    Dialogs::queueAnswer(QVariant());
    dock.click(choice);
    REQUIRE(dock.window->inspectPage()->preview());
    CHECK(*dock.window->inspectPage()->preview()->disposition == *preview->suggested);

    Dialogs::queueAnswer(QStringLiteral("Customer asked for donation"));
    dock.click(choice);
    REQUIRE(Dialogs::queuedAnswers() == 0);
    REQUIRE(dock.window->inspectPage()->preview());
    CHECK(*dock.window->inspectPage()->preview()->disposition == other);
    CHECK(dock.window->inspectPage()->preview()->queueCauses.contains(QLatin1String("override")));
    CHECK(dock.text(QStringLiteral("nextStep")).contains(QLatin1String("supervisor")));
    dock.shot(QStringLiteral("override"));
    dock.key(Qt::Key_Return);
    REQUIRE(dock.window->page() == MainWindow::Page::Parcel);
    const auto item = dock.item(lpn);
    CHECK(item->status == QLatin1String("in_review"));
    CHECK(item->disposition == dispositionName(other));
    CHECK(dock.window->message().contains(QLatin1String("supervisor")));
}

TEST_CASE("An unknown parcel is received blind", "[ui][dock]") {
    Dock dock;
    dock.login();
    dock.scan(QStringLiteral("MYSTERY-LABEL-77"));
    REQUIRE(dock.window->currentParcel());
    CHECK_FALSE(dock.window->currentParcel()->rma);
    CHECK(dock.text(QStringLiteral("parcelHeader")).contains(QLatin1String("no RMA found")));
    dock.shot(QStringLiteral("blind-parcel"));
    dock.scan(QStringLiteral("4006381333931"));
    REQUIRE(dock.window->page() == MainWindow::Page::Inspect);
    const QString lpn = dock.window->inspectPage()->lpn();
    dock.click(QStringLiteral("allPassButton"));
    dock.key(Qt::Key_Return);
    REQUIRE(dock.window->page() == MainWindow::Page::Parcel);
    CHECK(dock.item(lpn)->status == QLatin1String("in_review"));
    CHECK(dock.window->parcelPage()->model()->rowCount() == 1);
    dock.shot(QStringLiteral("blind-done"));
}

TEST_CASE("A wrong PIN says so and too many lock the badge out", "[ui][dock]") {
    Dock dock;
    REQUIRE(dock.f.station->setSetting(setting::PinMaxAttempts, QStringLiteral("3")).ok());
    dock.scan(QStringLiteral("U-1001"));
    dock.typePin(QStringLiteral("1111"));
    CHECK(dock.window->page() == MainWindow::Page::Login);
    CHECK_FALSE(dock.window->user());
    const QString wrong = dock.text(QStringLiteral("loginMessage"));
    CHECK_FALSE(wrong.isEmpty());
    dock.shot(QStringLiteral("login-wrong-pin"));
    dock.typePin(QStringLiteral("1112"));
    dock.typePin(QStringLiteral("1113"));
    dock.typePin(QStringLiteral("2468")); // right PIN, but locked out now
    CHECK_FALSE(dock.window->user());
    CHECK(dock.text(QStringLiteral("loginMessage")) != wrong);
    dock.shot(QStringLiteral("login-locked-out"));

    // A scan before logging in asks for the badge.
    dock.window->handleScan(QStringLiteral("1Z999AA10123456784"));
    CHECK_FALSE(dock.window->currentParcel());
}

TEST_CASE("The station locks itself when idle, and the next badge switches user", "[ui][dock]") {
    Dock dock;
    dock.login();
    dock.scan(QStringLiteral("1Z999AA10123456784"));
    dock.scan(QStringLiteral("4006381333931"));
    dock.click(QStringLiteral("pass_genuine"));
    dock.window->setIdleLockInterval(200);
    QTRY_VERIFY_WITH_TIMEOUT(dock.window->page() == MainWindow::Page::Login, 3000);
    REQUIRE(dock.window->page() == MainWindow::Page::Login);
    CHECK_FALSE(dock.window->user());
    dock.shot(QStringLiteral("idle-locked"));

    // The same worker comes back to the same item, answers kept.
    dock.window->setIdleLockInterval(60000);
    dock.login();
    REQUIRE(dock.window->page() == MainWindow::Page::Inspect);
    CHECK(dock.window->inspectPage()->hasAnswers());

    // Another badge on any screen switches user after the PIN.
    dock.scan(QStringLiteral("U-1002"));
    REQUIRE(dock.window->page() == MainWindow::Page::Login);
    dock.typePin(QStringLiteral("2468"));
    REQUIRE(dock.window->user());
    CHECK(dock.window->user()->badge == QLatin1String("U-1002"));
    CHECK(dock.window->page() == MainWindow::Page::Parcel);
}

TEST_CASE("After a restart the unfinished parcel is offered again", "[ui][dock]") {
    Dock dock;
    dock.login();
    dock.scan(QStringLiteral("RMA-2026-000123"));
    dock.scan(QStringLiteral("4006381333931"));
    const QString lpn = dock.window->inspectPage()->lpn();
    dock.click(QStringLiteral("allPassButton")); // unconfirmed: lost with the crash
    dock.restart();

    Dialogs::queueAnswer(true); // "Continue with it now?"
    dock.login();
    REQUIRE(dock.window->page() == MainWindow::Page::Inspect);
    CHECK(dock.window->inspectPage()->lpn() == lpn);
    CHECK_FALSE(dock.window->inspectPage()->hasAnswers());
    dock.shot(QStringLiteral("resumed"));
    dock.click(QStringLiteral("allPassButton"));
    dock.key(Qt::Key_Return);
    CHECK(dock.item(lpn)->status == QLatin1String("decided"));

    // Scanning the item label later shows it and says corrections go to a supervisor.
    dock.scan(lpn);
    CHECK(dock.window->message().contains(QLatin1String("supervisor")));
    // Nothing unfinished any more: no question at the next start.
    dock.restart();
    dock.login();
    CHECK(dock.window->page() == MainWindow::Page::Parcel);
}

namespace {

// The kernel refuses to grow any file of this process beyond `bytes` (EFBIG; SIGXFSZ ignored):
// a real full disk for SQLite, without root or a tiny file system.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        const rlimit limit{bytes, m_old.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace

TEST_CASE("A full disk at confirm: a clear message, the answers kept, the retry works", "[ui][dock]") {
    Dock dock;
    dock.login();
    dock.scan(QStringLiteral("1Z999AA10123456784"));
    dock.scan(QStringLiteral("4006381333931"));
    REQUIRE(dock.window->page() == MainWindow::Page::Inspect);
    const QString lpn = dock.window->inspectPage()->lpn();
    dock.click(QStringLiteral("allPassButton"));
    REQUIRE(dock.window->inspectPage()->preview());
    Database& db = dock.f.station->db();
    const qint64 events = db.scalar("SELECT count(*) FROM events");
    // An empty WAL: the confirm's commit has to grow it, and the kernel says no.
    {
        Statement checkpoint = db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
        REQUIRE(checkpoint.step());
        INFO("busy " << checkpoint.int64(0) << " log " << checkpoint.int64(1));
        CHECK(checkpoint.int64(0) == 0);
        CHECK(checkpoint.int64(1) == 0);
    }
    {
        FileSizeLimit full(1);
        dock.key(Qt::Key_Return);
    }
    CHECK(dock.window->page() == MainWindow::Page::Inspect);
    INFO(dock.window->message().toStdString());
    CHECK(dock.window->message().contains(QLatin1String("disk is full")));
    CHECK(dock.window->inspectPage()->lpn() == lpn);
    CHECK(dock.window->inspectPage()->preview());
    CHECK(dock.text(QStringLiteral("gradeLabel")) == QLatin1String("A"));
    CHECK(db.scalar("SELECT count(*) FROM events") == events);
    CHECK(dock.item(lpn)->status == QLatin1String("received"));
    dock.shot(QStringLiteral("disk-full"));

    // Space is back: Enter again saves the same answers.
    dock.key(Qt::Key_Return);
    REQUIRE(dock.window->page() == MainWindow::Page::Parcel);
    CHECK(dock.item(lpn)->status == QLatin1String("decided"));
    CHECK(dock.item(lpn)->grade == QLatin1String("A"));
}
