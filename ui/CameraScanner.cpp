#include "CameraScanner.h"

#include <QCamera>
#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPainter>
#include <QSoundEffect>
#include <QTimer>
#include <QVideoSink>

namespace dockside {

namespace {
constexpr int kRepeatSuppressMs = 1500; // the same code held under the camera is one scan
constexpr int kFlashMs = 350;

bool isGs1Aim(const QString& symbology) {
    return symbology == QLatin1String("]C1") || symbology == QLatin1String("]d2") ||
           symbology == QLatin1String("]Q3") || symbology == QLatin1String("]e0") ||
           symbology == QLatin1String("]J1");
}
} // namespace

void FrameDecoder::decode(const QVideoFrame& frame, const QRect& aimingBox, quint64 frameNumber) {
    QElapsedTimer timer;
    timer.start();
    const QImage image = frame.toImage();
    const QList<DecodedBarcode> barcodes =
        image.isNull() ? QList<DecodedBarcode>()
                       : BarcodeDecoder::decode(image, DecodeOptions::camera(aimingBox));
    emit decoded(image, barcodes, frameNumber, static_cast<double>(timer.nsecsElapsed()) / 1e6);
}

CameraScanner::CameraScanner(QWidget* parent)
    : QWidget(parent) {
    qRegisterMetaType<QList<DecodedBarcode>>();
    setMinimumSize(320, 240);
    setAccessibleName(tr("Camera scanner"));
    setAccessibleDescription(tr("Hold a barcode inside the box"));
    m_sink = new QVideoSink(this);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanner::onFrame);
    m_decoder = new FrameDecoder;
    m_decoder->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_decoder, &QObject::deleteLater);
    connect(m_decoder, &FrameDecoder::decoded, this, &CameraScanner::onDecoded, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("camera-decoder"));
    m_thread.start();
    m_beep = new QSoundEffect(this);
    m_beep->setSource(QUrl(QStringLiteral("qrc:/sounds/scan-ok.wav")));
    setStatus(hasCamera() ? tr("Camera ready") : tr("No camera found. Use the hand scanner."));
}

CameraScanner::~CameraScanner() {
    stop();
    m_thread.quit();
    m_thread.wait();
}

QList<QPair<QByteArray, QString>> CameraScanner::cameras() {
    QList<QPair<QByteArray, QString>> list;
    for (const QCameraDevice& device : QMediaDevices::videoInputs())
        list.append({device.id(), device.description()});
    return list;
}

bool CameraScanner::hasCamera() const {
    return !QMediaDevices::videoInputs().isEmpty();
}

bool CameraScanner::start(const QByteArray& cameraId) {
    stop();
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    if (devices.isEmpty()) {
        setStatus(tr("No camera found. Use the hand scanner."));
        return false;
    }
    QCameraDevice chosen = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice& d : devices)
        if (d.id() == cameraId)
            chosen = d;
    m_camera = new QCamera(chosen, this);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& message) {
        setStatus(tr("Camera error: %1").arg(message));
    });
    m_session = new QMediaCaptureSession(this);
    m_session->setCamera(m_camera);
    m_session->setVideoSink(m_sink);
    m_camera->start();
    m_cameraId = chosen.id();
    emit cameraStarted(m_cameraId);
    setStatus(tr("Camera: %1").arg(chosen.description()));
    return true;
}

void CameraScanner::stop() {
    if (m_camera)
        m_camera->stop();
    delete m_session;
    m_session = nullptr;
    delete m_camera;
    m_camera = nullptr;
}

void CameraScanner::setVolume(double volume) {
    m_beep->setVolume(std::clamp(volume, 0.0, 1.0));
}

QRect CameraScanner::aimingBox(QSize frame) const {
    // The middle 60% x 50%: where people hold a label; also keeps ZXing 1.4's DataMatrix finder
    // on the box's centre line.
    return QRect(frame.width() / 5, frame.height() / 4, frame.width() * 3 / 5, frame.height() / 2);
}

void CameraScanner::onFrame(const QVideoFrame& frame) {
    ++m_received;
    m_latest = frame; // a shallow copy; the newest frame replaces any waiting one
    m_haveLatest = true;
    if (!m_busy)
        dispatch();
}

void CameraScanner::dispatch() {
    if (!m_haveLatest)
        return;
    m_busy = true;
    m_haveLatest = false;
    const QVideoFrame frame = m_latest;
    m_latest = QVideoFrame();
    QMetaObject::invokeMethod(m_decoder, "decode", Qt::QueuedConnection, Q_ARG(QVideoFrame, frame),
                              Q_ARG(QRect, aimingBox(frame.size())), Q_ARG(quint64, m_received));
}

void CameraScanner::onDecoded(const QImage& image, const QList<DecodedBarcode>& barcodes, quint64, double) {
    m_busy = false;
    ++m_decoded;
    m_preview = image;
    for (const DecodedBarcode& b : barcodes) {
        const QString code = isGs1Aim(b.symbology) ? b.symbology + b.text : b.text;
        if (code == m_lastCode && m_sinceLastCode.isValid() && m_sinceLastCode.elapsed() < kRepeatSuppressMs)
            continue;
        m_lastCode = code;
        m_sinceLastCode.start();
        m_flash.start();
        if (m_beep->volume() > 0)
            m_beep->play();
        emit scanned(code);
        QTimer::singleShot(kFlashMs, this, qOverload<>(&QWidget::update));
        break; // one code per frame: the worker routes one scan at a time
    }
    update();
    dispatch(); // the newest frame that arrived meanwhile, if any
}

void CameraScanner::setStatus(const QString& status) {
    m_status = status;
    emit statusChanged(status);
    update();
}

void CameraScanner::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), QColor(30, 30, 30));
    if (!m_preview.isNull()) {
        const QImage scaled = m_preview.scaled(size(), Qt::KeepAspectRatio, Qt::FastTransformation);
        const QPoint origin((width() - scaled.width()) / 2, (height() - scaled.height()) / 2);
        p.drawImage(origin, scaled);
        const double factor = static_cast<double>(scaled.width()) / m_preview.width();
        const QRect box = aimingBox(m_preview.size());
        const QRect shown(origin + box.topLeft() * factor, box.size() * factor);
        const bool flashing = m_flash.isValid() && m_flash.elapsed() < kFlashMs;
        p.setPen(QPen(flashing ? QColor(40, 200, 80) : QColor(255, 255, 255), flashing ? 8 : 4));
        p.drawRect(shown);
        if (flashing)
            p.fillRect(shown, QColor(40, 200, 80, 70));
        return;
    }
    QFont font = p.font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_status);
}

} // namespace dockside
