#pragma once

#include "scan/BarcodeDecoder.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPointer>
#include <QThread>
#include <QVideoFrame>
#include <QWidget>

class QCamera;
class QMediaCaptureSession;
class QSoundEffect;
class QVideoSink;

namespace dockside {

// Decodes camera frames on its own thread. Lives on CameraScanner's worker thread.
class FrameDecoder : public QObject {
    Q_OBJECT
public slots:
    void decode(const QVideoFrame& frame, const QRect& aimingBox, quint64 frameNumber);
signals:
    void decoded(const QImage& image, const QList<dockside::DecodedBarcode>& barcodes, quint64 frameNumber,
                 double ms);
};

// The webcam as a scanner: a live preview with an aiming box; frames are decoded on a worker
// thread, the newest frame first and frames arriving while it is busy skipped, so the GUI
// thread never decodes. A good read beeps and flashes green and emits scanned(). Works, and
// says so, without any camera. Frames can also be fed through videoSink() (tests, files).
class CameraScanner : public QWidget {
    Q_OBJECT
public:
    explicit CameraScanner(QWidget* parent = nullptr);
    ~CameraScanner() override;

    // Camera ids (QCameraDevice::id) and descriptions of the cameras present.
    static QList<QPair<QByteArray, QString>> cameras();
    // Starts the given camera (or the remembered/default one); false when there is none.
    bool start(const QByteArray& cameraId = {});
    void stop();
    bool hasCamera() const;
    QByteArray cameraId() const { return m_cameraId; }
    QString status() const { return m_status; }

    QVideoSink* videoSink() const { return m_sink; }
    void setVolume(double volume); // 0..1
    QRect aimingBox(QSize frame) const;

    quint64 framesReceived() const { return m_received; }
    quint64 framesDecoded() const { return m_decoded; }
    quint64 framesSkipped() const { return m_received - m_decoded - (m_busy ? 1 : 0); }

signals:
    // What was read, as a scanner would type it (GS1 symbols with their AIM prefix).
    void scanned(const QString& code);
    void cameraStarted(const QByteArray& cameraId); // remember the choice
    void statusChanged(const QString& status);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void onFrame(const QVideoFrame& frame);
    void onDecoded(const QImage& image, const QList<DecodedBarcode>& barcodes, quint64 frameNumber,
                   double ms);
    void dispatch();
    void setStatus(const QString& status);

    QVideoSink* m_sink = nullptr;
    QCamera* m_camera = nullptr;
    QMediaCaptureSession* m_session = nullptr;
    QSoundEffect* m_beep = nullptr;
    QThread m_thread;
    FrameDecoder* m_decoder = nullptr;
    QVideoFrame m_latest;
    bool m_haveLatest = false;
    bool m_busy = false;
    quint64 m_received = 0;
    quint64 m_decoded = 0;
    QImage m_preview;
    QByteArray m_cameraId;
    QString m_status;
    QString m_lastCode;
    QElapsedTimer m_sinceLastCode;
    QElapsedTimer m_flash;
};

} // namespace dockside
