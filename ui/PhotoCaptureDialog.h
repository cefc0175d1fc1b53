#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QVideoFrame>

class QCamera;
class QLabel;
class QMediaCaptureSession;
class QPushButton;
class QVideoSink;

namespace dockside {

// Takes a photo of the item with the station's camera: a live preview and one big "Take photo"
// button (Space). The photo is written as a JPEG into the given folder and the dialog closes, so
// one touch adds one photo. Without a camera the preview says so and points at "Add photo" from
// a file. Frames arrive through videoSink(), which tests feed directly.
class PhotoCaptureDialog : public QDialog {
    Q_OBJECT
public:
    PhotoCaptureDialog(const QString& folder, QWidget* parent = nullptr);
    ~PhotoCaptureDialog() override;

    // Starts the default camera (or cameraId). False, with the reason shown, when there is none.
    bool startCamera(const QByteArray& cameraId = {});
    QVideoSink* videoSink() const { return m_sink; }

    // Saves the newest frame; on success the dialog is accepted and photoFile() is set.
    bool takePhoto();
    QString photoFile() const { return m_photoFile; }

private:
    void onFrame(const QVideoFrame& frame);
    void setStatus(const QString& text, bool error);

    QString m_folder;
    QString m_photoFile;
    QVideoFrame m_latest;
    QElapsedTimer m_sincePreview;
    QCamera* m_camera = nullptr;
    QMediaCaptureSession* m_session = nullptr;
    QVideoSink* m_sink = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_take = nullptr;
};

} // namespace dockside
