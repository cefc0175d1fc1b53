#include "ParcelPage.h"

#include "CameraScanner.h"
#include "ParcelLinesModel.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace dockside {

ParcelPage::ParcelPage(Station& station, QWidget* parent)
    : QWidget(parent)
    , m_station(station) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("parcelPrompt"));
    m_prompt->setProperty("prompt", true);
    m_prompt->setWordWrap(true);
    layout->addWidget(m_prompt);

    auto* toteRow = new QHBoxLayout;
    m_tote = new QLabel(this);
    m_tote->setObjectName(QStringLiteral("toteLabel"));
    m_tote->setProperty("huge", true);
    toteRow->addWidget(m_tote);
    auto* toteText = new QVBoxLayout;
    m_toteHint = new QLabel(this);
    m_toteHint->setWordWrap(true);
    toteText->addWidget(m_toteHint);
    m_labelMessage = new QLabel(this);
    m_labelMessage->setObjectName(QStringLiteral("labelMessage"));
    m_labelMessage->setWordWrap(true);
    m_labelMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    toteText->addWidget(m_labelMessage);
    toteRow->addLayout(toteText, 1);
    layout->addLayout(toteRow);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("parcelHeader"));
    m_header->setProperty("heading", true);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_authorization = new QLabel(this);
    m_authorization->setObjectName(QStringLiteral("parcelAuthorization"));
    m_authorization->setWordWrap(true);
    layout->addWidget(m_authorization);

    auto* body = new QHBoxLayout;
    m_model = new ParcelLinesModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("parcelTable"));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(48);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ParcelLinesModel::Description, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    body->addWidget(m_table, 3);
    m_camera = new CameraScanner(this);
    m_camera->setMinimumWidth(320);
    m_camera->hide();
    connect(m_camera, &CameraScanner::scanned, this, &ParcelPage::codeEntered);
    body->addWidget(m_camera, 2);
    layout->addLayout(body, 1);

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    m_codeLabel = new QLabel(this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeField"));
    m_codeLabel->setBuddy(m_code);
    connect(m_code, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_code->text().trimmed();
        m_code->clear();
        if (!code.isEmpty())
            emit codeEntered(code);
    });
    bottom->addWidget(m_codeLabel);
    bottom->addWidget(m_code, 1);
    m_cameraButton = new QPushButton(this);
    m_cameraButton->setObjectName(QStringLiteral("cameraButton"));
    m_cameraButton->setIcon(theme::icon(QStringLiteral("camera")));
    m_cameraButton->setIconSize(QSize(28, 28));
    m_cameraButton->setCheckable(true);
    connect(m_cameraButton, &QPushButton::toggled, this, [this](bool on) {
        m_camera->setVisible(on);
        if (on)
            m_camera->start();
        else
            m_camera->stop();
    });
    bottom->addWidget(m_cameraButton);
    m_newParcel = new QPushButton(this);
    m_newParcel->setObjectName(QStringLiteral("newParcelButton"));
    m_newParcel->setIcon(theme::icon(QStringLiteral("parcel")));
    m_newParcel->setIconSize(QSize(28, 28));
    connect(m_newParcel, &QPushButton::clicked, this, &ParcelPage::newParcelRequested);
    bottom->addWidget(m_newParcel);
    m_totes = new QPushButton(this);
    m_totes->setObjectName(QStringLiteral("totesButton"));
    m_totes->setIcon(theme::icon(QStringLiteral("tote")));
    m_totes->setIconSize(QSize(28, 28));
    connect(m_totes, &QPushButton::clicked, this, &ParcelPage::totesRequested);
    bottom->addWidget(m_totes);
    layout->addLayout(bottom);

    retranslateUi();
    clearLastItem();
    showParcel(std::nullopt);
}

void ParcelPage::retranslateUi() {
    m_table->setAccessibleName(tr("Items of the parcel"));
    m_table->setAccessibleDescription(tr("Expected items with their serials and how many were received."));
    m_codeLabel->setText(tr("Code"));
    m_code->setPlaceholderText(tr("Barcode unreadable? Type the code, then Enter"));
    m_code->setAccessibleName(tr("Code"));
    m_code->setAccessibleDescription(
        tr("Type a parcel, item, badge or tote code when the scanner cannot read it, then press Enter."));
    m_cameraButton->setText(tr("Camera"));
    m_cameraButton->setAccessibleName(tr("Camera"));
    m_cameraButton->setAccessibleDescription(tr("Shows or hides the camera scanner."));
    m_newParcel->setText(tr("New parcel (F2)"));
    m_newParcel->setAccessibleName(tr("New parcel"));
    m_newParcel->setAccessibleDescription(tr("Finishes this parcel and waits for the next label (F2)."));
    m_totes->setText(tr("Totes (F4)"));
    m_totes->setAccessibleName(tr("Totes"));
    m_totes->setAccessibleDescription(tr("Open totes, their contents and closing them (F4)."));
    m_tote->setAccessibleName(tr("Tote for the last item"));
}

void ParcelPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showParcel(m_parcel);
        if (m_lastItem)
            showLastItem(*m_lastItem);
    }
    QWidget::changeEvent(event);
}

void ParcelPage::showParcel(const std::optional<ParcelView>& parcel) {
    if (&parcel != &m_parcel)
        m_parcel = parcel;
    if (!parcel) {
        m_prompt->setText(tr("Scan the parcel label (carrier label or RMA code)."));
        m_header->clear();
        m_header->hide();
        theme::setTone(m_authorization, Tone::Neutral, {});
        m_model->clear();
        m_table->hide();
        return;
    }
    m_prompt->setText(tr("Scan the next item, or the label of a new parcel."));
    m_header->show();
    m_table->show();
    if (parcel->rma)
        m_header->setText(tr("Parcel %1 · %2 · customer says: %3")
                              .arg(parcel->tracking, parcel->rma->rma,
                                   m_station.policy().reasonLabel(parcel->rma->reasonCode)));
    else
        m_header->setText(tr("Parcel %1 · no RMA found").arg(parcel->tracking));
    const bool authorized = parcel->authorization == authorization::Authorized;
    const bool blind = parcel->authorization == authorization::UnknownParcel;
    theme::setTone(m_authorization, authorized ? Tone::Good : (blind ? Tone::Warning : Tone::Bad),
                   authorized ? tr("Authorized return. %1").arg(parcel->message) : parcel->message);
    m_model->setParcel(m_station, *parcel);
}

void ParcelPage::showLastItem(const ItemOutcome& outcome) {
    const bool redraw = m_lastItem && &outcome == &*m_lastItem;
    if (!redraw)
        m_lastItem = outcome;
    m_tote->setText(outcome.tote);
    m_tote->show();
    const QString disposition = outcome.disposition ? dispositionLabel(*outcome.disposition) : QString();
    if (outcome.queueCauses.isEmpty())
        theme::setTone(m_toteHint, Tone::Good,
                       tr("Put item %1 in tote %2 (%3).").arg(outcome.lpn, outcome.tote, disposition));
    else
        // The hold tote, whatever the disposition: naming it would send the worker to its tote.
        theme::setTone(m_toteHint, Tone::Warning,
                       tr("Put item %1 in tote %2 for supervisor review.").arg(outcome.lpn, outcome.tote));
    if (!redraw)
        theme::setTone(m_labelMessage, Tone::Neutral, tr("Printing the label…"));
}

void ParcelPage::showLabelMessage(const QString& message, bool ok) {
    theme::setTone(m_labelMessage, ok ? Tone::Neutral : Tone::Bad, message);
}

void ParcelPage::clearLastItem() {
    m_lastItem.reset();
    m_tote->clear();
    m_tote->hide();
    theme::setTone(m_toteHint, Tone::Neutral, {});
    theme::setTone(m_labelMessage, Tone::Neutral, {});
}

} // namespace dockside
