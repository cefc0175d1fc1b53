#include "SyncPanel.h"

#include "SyncController.h"
#include "Theme.h"

#include "services/Receiving.h"
#include "services/Station.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace dockside {

namespace {
// Short: the time alone when it is today, else date and time.
QString localTime(Millis utc) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utc).toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}
} // namespace

SyncPanel::SyncPanel(Station& station, SyncController& controller, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_controller(controller) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);    // errors can be a sentence long
    m_status->setMinimumWidth(200); // the station facts beside it wrap into two rows first
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("syncProgress"));
    m_bar->setFixedWidth(160);
    m_bar->setTextVisible(false);
    m_bar->hide();
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("syncNow"));
    m_button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // never cut its words off
    layout->addWidget(m_status, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_button);

    connect(m_button, &QPushButton::clicked, this, [this] { m_controller.syncNow(); });
    connect(&m_controller, &SyncController::started, this, [this] {
        m_button->setEnabled(false);
        m_bar->setRange(0, 0); // busy until a stage knows its size
        m_bar->show();
    });
    connect(&m_controller, &SyncController::progress, this,
            [this](const QString& text, qint64 done, qint64 total) {
                setStatus(Tone::Neutral, text);
                if (total > 0) {
                    // QProgressBar is int-based: show per mille.
                    m_bar->setRange(0, 1000);
                    m_bar->setValue(static_cast<int>(qMin<qint64>(1000, done * 1000 / total)));
                } else {
                    m_bar->setRange(0, 0);
                }
            });
    connect(&m_controller, &SyncController::finished, this, [this](bool ok) {
        m_bar->hide();
        m_button->setEnabled(true);
        refresh();
        emit syncFinished(ok);
    });
    retranslateUi();
    refresh();
}

void SyncPanel::retranslateUi() {
    m_button->setText(tr("⟳ Sync (F9)"));
    m_button->setToolTip(tr("Send this station's events to head office and fetch RMAs, products and the "
                            "policy. The dock keeps working meanwhile."));
}

void SyncPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh(); // the status in the new words; a running sync's next step brings its own
    }
    QWidget::changeEvent(event);
}

QString SyncPanel::statusText() const {
    return m_status->text();
}

void SyncPanel::setStatus(Tone tone, const QString& text) {
    theme::setTone(m_status, tone, text);
    m_status->setToolTip(text); // the whole sentence, when the status bar is narrow
}

void SyncPanel::refresh() {
    if (m_controller.isRunning())
        return; // the progress text stays until the run ends
    if (!m_controller.isConfigured()) {
        setStatus(Tone::Warning, tr("Sync not set up (hq_url, hq_token)"));
        return;
    }
    Receiving reader(m_station, User{});
    const auto stored = reader.syncSummary();
    if (!stored) {
        setStatus(Tone::Bad, stored.error().message);
        return;
    }
    // This session's outcome first (configuration errors are never stored), else the stored one.
    QString error = m_controller.lastError();
    if (error.isEmpty() && !m_controller.lastSummary())
        error = stored->lastError;
    QString next;
    if (const auto run = m_controller.nextScheduledRun())
        next = tr("next %1").arg(localTime(*run));
    else if (!m_controller.scheduleProblem().isEmpty())
        next = m_controller.scheduleProblem();
    if (!error.isEmpty()) {
        setStatus(Tone::Bad, next.isEmpty() ? tr("Sync failed: %1").arg(error)
                                            : tr("Sync failed: %1 (%2)").arg(error, next));
        return;
    }
    const auto& summary = m_controller.lastSummary();
    if (summary && !summary->warnings.isEmpty()) {
        setStatus(Tone::Warning,
                  tr("Synced %1, but: %2").arg(localTime(stored->lastSuccess), summary->warnings.first()));
        return;
    }
    if (stored->lastSuccess == 0) {
        setStatus(Tone::Neutral, next.isEmpty() ? tr("Never synced") : tr("Never synced; %1").arg(next));
        return;
    }
    const QString last = tr("Synced %1").arg(localTime(stored->lastSuccess));
    setStatus(Tone::Good, next.isEmpty() ? last : tr("%1; %2").arg(last, next));
}

} // namespace dockside
