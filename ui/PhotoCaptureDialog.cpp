#include "PhotoCaptureDialog.h"

#include "Theme.h"

#include <QCamera>
#include <QCameraDevice>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QVideoSink>

namespace dockside {

namespace {
constexpr int kPreviewIntervalMs = 66; // ~15 previews a second is smooth enough to aim
}

PhotoCaptureDialog::PhotoCaptureDialog(const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_sink(new QVideoSink(this)) {
    setWindowTitle(tr("Take a photo of the item"));
    auto* layout = new QVBoxLayout(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("photoPreview"));
    m_preview->setMinimumSize(640, 400);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("background: #202020; color: white; font-size: 16pt;"));
    m_preview->setText(tr("Waiting for the camera..."));
    layout->addWidget(m_preview, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("photoStatus"));
    m_status->setWordWrap(true);
    // Room for two lines up front: a top-level dialog does not grow for a wrapped label later.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    layout->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    m_take = new QPushButton(tr("Take photo (Space)"), this);
    m_take->setObjectName(QStringLiteral("takePhotoButton"));
    m_take->setProperty("primary", true);
    m_take->setMinimumHeight(theme::kTarget + 16);
    m_take->setEnabled(false);
    connect(m_take, &QPushButton::clicked, this, &PhotoCaptureDialog::takePhoto);
    auto* cancel = new QPushButton(tr("Cancel (Esc)"), this);
    cancel->setObjectName(QStringLiteral("cancelPhotoButton"));
    cancel->setMinimumHeight(theme::kTarget + 16);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(m_take, 2);
    buttons->addWidget(cancel, 1);
    layout->addLayout(buttons);
    // Space and Enter both take the photo: whichever the worker's thumb finds first.
    for (const QKeySequence& key :
         {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_take->isEnabled())
                takePhoto();
        });
    }
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &PhotoCaptureDialog::onFrame);
}

PhotoCaptureDialog::~PhotoCaptureDialog() {
    if (m_camera)
        m_camera->stop();
}

bool PhotoCaptureDialog::startCamera(const QByteArray& cameraId) {
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    if (devices.isEmpty()) {
        m_preview->setText(tr("No camera found.\nClose this and use \"Add photo\" (F7) to pick a file."));
        return false;
    }
    QCameraDevice chosen = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice& d : devices)
        if (d.id() == cameraId)
            chosen = d;
    m_camera = new QCamera(chosen, this);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& message) {
        setStatus(tr("Camera error: %1").arg(message), true);
    });
    m_session = new QMediaCaptureSession(this);
    m_session->setCamera(m_camera);
    m_session->setVideoSink(m_sink);
    m_camera->start();
    return true;
}

void PhotoCaptureDialog::onFrame(const QVideoFrame& frame) {
    if (!frame.isValid())
        return;
    m_latest = frame;
    if (!m_take->isEnabled()) {
        m_take->setEnabled(true);
        m_take->setFocus();
        setStatus(tr("Aim at the damage, then press Space."), false);
    }
    if (m_sincePreview.isValid() && m_sincePreview.elapsed() < kPreviewIntervalMs)
        return;
    m_sincePreview.start();
    const QImage image = frame.toImage();
    if (!image.isNull())
        m_preview->setPixmap(
            QPixmap::fromImage(image.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
}

bool PhotoCaptureDialog::takePhoto() {
    if (!m_latest.isValid()) {
        setStatus(tr("No picture from the camera yet. Wait a moment."), true);
        return false;
    }
    const QImage image = m_latest.toImage();
    if (image.isNull()) {
        setStatus(tr("This camera's picture format cannot be saved. Use \"Add photo\" (F7)."), true);
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        setStatus(tr("Cannot create the photo folder %1.").arg(QDir::toNativeSeparators(m_folder)), true);
        return false;
    }
    // Named by time, never by anything scanned; the station stores it by its hash on confirm.
    const QString file = QDir(m_folder).filePath(
        QStringLiteral("capture-%1.jpg")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    QImageWriter writer(file, "jpg");
    writer.setQuality(88);
    if (!writer.write(image.convertToFormat(QImage::Format_RGB888))) {
        QFile::remove(file); // nothing half-written is attached
        setStatus(tr("The photo could not be saved: %1. Is the disk full?").arg(writer.errorString()), true);
        return false;
    }
    m_photoFile = file;
    accept();
    return true;
}

void PhotoCaptureDialog::setStatus(const QString& text, bool error) {
    theme::setTone(m_status, error ? Tone::Bad : Tone::Neutral, text);
}

} // namespace dockside
