#include "InspectPage.h"

#include "Dialogs.h"
#include "PhotoCaptureDialog.h"
#include "Theme.h"

#include "i18n/Language.h"
#include "policy/Authorization.h"
#include "services/Catalog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace dockside {

namespace {
// A long name ("Venta como caja abierta") breaks at the space nearest its middle, so three
// choices fit side by side in every language.
QString inTwoLines(const QString& text) {
    constexpr int kLongName = 14;
    if (text.size() <= kLongName)
        return text;
    const int middle = static_cast<int>(text.size() / 2);
    int best = -1;
    for (int i = 0; i < text.size(); ++i)
        if (text[i] == QLatin1Char(' ') && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    return best < 0 ? text : text.left(best) + QLatin1Char('\n') + text.mid(best + 1);
}
} // namespace

InspectPage::InspectPage(Station& station, QWidget* parent)
    : QWidget(parent)
    , m_station(station) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    m_title = new QLabel(this);
    m_title->setProperty("heading", true);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_authorizationLabel = new QLabel(this);
    m_authorizationLabel->setObjectName(QStringLiteral("itemAuthorization"));
    m_authorizationLabel->setWordWrap(true);
    layout->addWidget(m_authorizationLabel);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    layout->addLayout(columns, 1);

    // Left: what the worker finds.
    auto* left = new QVBoxLayout;
    m_allPass = new QPushButton(this);
    m_allPass->setObjectName(QStringLiteral("allPassButton"));
    m_allPass->setProperty("primary", true);
    m_allPass->setProperty("big", true);
    m_allPass->setMinimumHeight(72);
    m_allPass->setIcon(theme::icon(QStringLiteral("confirm")));
    m_allPass->setIconSize(QSize(32, 32));
    connect(m_allPass, &QPushButton::clicked, this, &InspectPage::allPass);
    left->addWidget(m_allPass);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_checks = new QWidget(scroll);
    m_checksLayout = new QGridLayout(m_checks);
    m_checksLayout->setColumnStretch(0, 1);
    m_checksLayout->setVerticalSpacing(6);
    scroll->setWidget(m_checks);
    left->addWidget(scroll, 1);

    auto* extras = new QGridLayout;
    m_weightLabel = new QLabel(this);
    m_weight = new QSpinBox(this);
    m_weight->setObjectName(QStringLiteral("weightField"));
    m_weight->setRange(0, 100000);
    m_weight->setMinimumWidth(200);
    m_weightLabel->setBuddy(m_weight);
    connect(m_weight, &QSpinBox::editingFinished, this, &InspectPage::updatePreview);
    extras->addWidget(m_weightLabel, 0, 0);
    extras->addWidget(m_weight, 0, 1);
    m_addPhoto = new QPushButton(this);
    m_addPhoto->setObjectName(QStringLiteral("addPhotoButton"));
    m_addPhoto->setIcon(theme::icon(QStringLiteral("photo")));
    m_addPhoto->setIconSize(QSize(28, 28));
    connect(m_addPhoto, &QPushButton::clicked, this, &InspectPage::pickPhotos);
    // Their own row: "Add photo (F7)" is long in some languages and must never be cut.
    extras->addWidget(m_addPhoto, 2, 0, 1, 2);
    m_takePhoto = new QPushButton(this);
    m_takePhoto->setObjectName(QStringLiteral("takePhotoButton"));
    m_takePhoto->setIcon(theme::icon(QStringLiteral("camera")));
    m_takePhoto->setIconSize(QSize(28, 28));
    connect(m_takePhoto, &QPushButton::clicked, this, &InspectPage::takePhoto);
    extras->addWidget(m_takePhoto, 2, 2);
    m_thumbs = new QHBoxLayout;
    m_thumbs->setSpacing(4);
    extras->addLayout(m_thumbs, 2, 3);
    extras->setColumnStretch(3, 1);
    m_notesLabel = new QLabel(this);
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("notesField"));
    m_notesLabel->setBuddy(m_notes);
    extras->addWidget(m_notesLabel, 1, 0);
    extras->addWidget(m_notes, 1, 1, 1, 3);
    m_findingLabel = new QLabel(this);
    m_finding = new QComboBox(this);
    m_finding->setObjectName(QStringLiteral("findingField"));
    m_finding->addItem(QString(), QString());
    for (const QString& reason : observedReasons())
        m_finding->addItem(QString(), reason);
    // The open list shows the whole words; closed, the field takes the width it is given.
    m_finding->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_finding->setMinimumContentsLength(10);
    m_findingLabel->setBuddy(m_finding);
    // An empty box or a wrong item changes the decision: preview again.
    connect(m_finding, &QComboBox::activated, this, &InspectPage::updatePreview);
    // Beside the weight: every row here is a row less of the checklist.
    auto* findingRow = new QHBoxLayout;
    findingRow->addWidget(m_findingLabel);
    findingRow->addWidget(m_finding, 1);
    extras->addLayout(findingRow, 0, 2, 1, 2);
    left->addLayout(extras);
    columns->addLayout(left, 1);

    // Right: what Dockside makes of it.
    auto* right = new QVBoxLayout;
    right->setSpacing(8);
    auto* gradeRow = new QHBoxLayout;
    m_grade = new QLabel(this);
    m_grade->setObjectName(QStringLiteral("gradeLabel"));
    m_grade->setProperty("huge", true);
    m_grade->setMinimumWidth(120);
    m_grade->setAlignment(Qt::AlignCenter);
    gradeRow->addWidget(m_grade);
    // The reason and the next step beside the big letter, not under it: the page fits 800 px.
    auto* gradeText = new QVBoxLayout;
    gradeText->setSpacing(4);
    m_gradeReason = new QLabel(this);
    m_gradeReason->setWordWrap(true);
    gradeText->addWidget(m_gradeReason);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("nextStep"));
    m_next->setWordWrap(true);
    gradeText->addWidget(m_next);
    gradeRow->addLayout(gradeText, 1);
    right->addLayout(gradeRow);
    m_choices = new QWidget(this);
    m_choicesLayout = new QGridLayout(m_choices);
    m_choicesLayout->setContentsMargins(0, 0, 0, 0);
    m_choiceGroup = new QButtonGroup(this);
    right->addWidget(m_choices);
    m_refund = new QLabel(this);
    m_refund->setObjectName(QStringLiteral("refundLabel"));
    m_refund->setWordWrap(true);
    right->addWidget(m_refund);
    auto* whyScroll = new QScrollArea(this);
    whyScroll->setWidgetResizable(true);
    whyScroll->setFrameShape(QFrame::NoFrame);
    m_explanation = new QLabel(whyScroll);
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setProperty("small", true);
    whyScroll->setWidget(m_explanation);
    right->addWidget(whyScroll, 1);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setProperty("primary", true);
    m_confirm->setProperty("confirm", true);
    m_confirm->setMinimumHeight(64);
    m_confirm->setIcon(theme::icon(QStringLiteral("printer")));
    m_confirm->setIconSize(QSize(32, 32));
    connect(m_confirm, &QPushButton::clicked, this, &InspectPage::confirm);
    right->addWidget(m_confirm);
    columns->addLayout(right, 1);

    auto* allPassKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    allPassKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(allPassKey, &QShortcut::activated, this, &InspectPage::allPass);
    auto* photoKey = new QShortcut(QKeySequence(Qt::Key_F7), this);
    photoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(photoKey, &QShortcut::activated, this, &InspectPage::pickPhotos);
    auto* cameraKey = new QShortcut(QKeySequence(Qt::Key_F6), this);
    cameraKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cameraKey, &QShortcut::activated, this, &InspectPage::takePhoto);
    auto* undoKey = new QShortcut(QKeySequence::Undo, this);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, this, [this] {
        if (undo())
            emit message(tr("Last answer undone."), false);
        else
            emit message(tr("Nothing to undo on this item."), false);
    });
    retranslateUi();
}

void InspectPage::retranslateUi() {
    m_allPass->setText(tr("All checks pass (F5)"));
    m_allPass->setAccessibleName(tr("All checks pass"));
    m_allPass->setAccessibleDescription(tr("Answers every check with Yes (F5)."));
    m_weightLabel->setText(tr("Weight"));
    m_weight->setSuffix(tr(" g"));
    m_weight->setSpecialValueText(tr("not weighed"));
    m_weight->setAccessibleName(tr("Weight in grams"));
    m_weight->setAccessibleDescription(tr("What the scale shows; 0 when the item was not weighed."));
    m_addPhoto->setText(tr("Add photo (F7)"));
    m_addPhoto->setAccessibleName(tr("Add photo"));
    m_addPhoto->setAccessibleDescription(tr("Adds photos of damage; needed when a damage check fails (F7)."));
    m_takePhoto->setText(tr("Camera photo (F6)"));
    m_takePhoto->setAccessibleName(tr("Camera photo"));
    m_takePhoto->setAccessibleDescription(tr("Takes a photo of the item with the station's camera (F6)."));
    m_notesLabel->setText(tr("Notes"));
    m_notes->setPlaceholderText(tr("Optional"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setAccessibleDescription(tr("Anything a supervisor should know about this item."));
    m_findingLabel->setText(tr("Finding"));
    m_finding->setItemText(0, tr("Not stated"));
    for (int i = 1; i < m_finding->count(); ++i)
        m_finding->setItemText(i, observedReasonLabel(m_finding->itemData(i).toString()));
    m_finding->setAccessibleName(tr("What you found"));
    m_finding->setAccessibleDescription(
        tr("What you found, beside the customer's reason: defect confirmed, no fault found, empty box…"));
    m_grade->setAccessibleName(tr("Grade"));
    m_explanation->setAccessibleName(tr("Why this disposition"));
    m_choices->setAccessibleName(tr("Dispositions allowed for this item"));
    m_confirm->setText(tr("Confirm and print label (Enter)"));
    m_confirm->setAccessibleName(tr("Confirm and print label"));
    m_confirm->setAccessibleDescription(tr("Saves the decision and prints the LPN label (Enter)."));
}

void InspectPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (active()) {
            showTitle();
            buildChecklist();
            updatePreview();
        }
    }
    QWidget::changeEvent(event);
}

void InspectPage::showTitle() {
    const QString product = m_sku.isEmpty() ? tr("Unknown product") : m_sku;
    m_title->setText(m_description.isEmpty() ? tr("Item %1 · %2").arg(m_lpn, product)
                                             : tr("Item %1 · %2 · %3").arg(m_lpn, product, m_description));
    const bool authorized = m_authorization == authorization::Authorized;
    // Authorized: the message alone says it; an exception leads with its name.
    const QString message =
        m_authorizationMessage.isEmpty() ? tr("Grade it; it goes to a supervisor.") : m_authorizationMessage;
    theme::setTone(m_authorizationLabel, authorized ? Tone::Good : Tone::Bad,
                   authorized ? message : tr("%1: %2").arg(authorizationLabel(m_authorization), message));
}

void InspectPage::keyPressEvent(QKeyEvent* event) {
    // Enter confirms. Not a QShortcut: a shortcut would also eat the Enter that ends a scanner
    // burst before the scanner filter sees it; a key press reaches here only after the filter
    // let it through, and buttons and fields pass Enter on to their page.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        confirm();
        return;
    }
    QWidget::keyPressEvent(event);
}

void InspectPage::setPhotoNeeded(bool needed) {
    // The next step lights up where the worker has to touch, not only in the message.
    if (m_addPhoto->property("primary").toBool() == needed)
        return;
    m_addPhoto->setProperty("primary", needed);
    m_addPhoto->style()->unpolish(m_addPhoto);
    m_addPhoto->style()->polish(m_addPhoto);
}

void InspectPage::focusNext() {
    (m_preview ? m_confirm : m_allPass)->setFocus();
}

void InspectPage::clear() {
    m_receiving = nullptr;
    m_lpn.clear();
    m_product.reset();
    m_answers.clear();
    m_undo.clear();
    m_photos.clear();
    // Captures were copied into the photo store on confirm; unconfirmed ones go with the answers.
    for (const QString& file : std::as_const(m_captures))
        QFile::remove(file);
    m_captures.clear();
    m_chosen.reset();
    m_overrideReason.clear();
    m_preview.reset();
    m_weight->setValue(0);
    m_notes->clear();
    m_finding->setCurrentIndex(0);
    while (QLayoutItem* item = m_thumbs->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void InspectPage::start(Receiving* receiving, const ItemOutcome& received, const QString& description) {
    clear();
    m_receiving = receiving;
    m_lpn = received.lpn;
    m_authorization = received.authorization;
    if (!received.sku.isEmpty()) {
        try {
            m_product = Catalog(m_station.db()).productBySku(received.sku);
        } catch (const StoreError&) {
            m_product.reset(); // graded with the fallback checklist, like an unknown product
        }
    }
    m_checklist = m_station.policy().checklistFor(m_product ? m_product->category : QString());
    m_sku = received.sku;
    m_description = description;
    m_authorizationMessage = received.authorizationMessage;
    showTitle();
    buildChecklist();
    updatePreview();
    m_allPass->setFocus();
}

void InspectPage::buildChecklist() {
    while (QLayoutItem* item = m_checksLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_answerButtons.clear();
    m_applicable.clear();
    const bool dataBearing = m_product && m_product->dataBearing;
    const QString hazmat = m_product ? m_product->hazmat : QStringLiteral("none");
    int row = 0;
    for (const ChecklistItem& check : m_checklist.items) {
        if (!checkApplies(check, dataBearing, hazmat))
            continue;
        m_applicable.append(check);
        auto* label = new QLabel(check.label, m_checks);
        label->setWordWrap(true);
        auto* yes = new QPushButton(theme::symbol(Tone::Good) + QLatin1Char(' ') + tr("Yes"), m_checks);
        auto* no = new QPushButton(theme::symbol(Tone::Bad) + QLatin1Char(' ') + tr("No"), m_checks);
        yes->setAccessibleName(tr("Yes: %1").arg(check.label));
        no->setAccessibleName(tr("No: %1").arg(check.label));
        for (QPushButton* b : {yes, no}) {
            b->setCheckable(true);
            b->setMinimumWidth(120);
            b->setAccessibleDescription(check.label);
        }
        yes->setObjectName(QStringLiteral("pass_%1").arg(check.key));
        no->setObjectName(QStringLiteral("fail_%1").arg(check.key));
        yes->setProperty("answer", QStringLiteral("pass"));
        no->setProperty("answer", QStringLiteral("fail"));
        connect(yes, &QPushButton::clicked, this, [this, key = check.key] { setAnswer(key, true); });
        connect(no, &QPushButton::clicked, this, [this, key = check.key] { setAnswer(key, false); });
        m_checksLayout->addWidget(label, row, 0);
        m_checksLayout->addWidget(yes, row, 1);
        m_checksLayout->addWidget(no, row, 2);
        m_answerButtons.insert(check.key, {yes, no});
        ++row;
    }
    m_checksLayout->setRowStretch(row, 1);
}

Inspection InspectPage::inspection() const {
    Inspection in;
    in.checks = m_answers;
    in.photoFiles = m_photos;
    in.notes = m_notes->text().trimmed();
    in.observedReason = m_finding->currentData().toString();
    if (m_weight->value() > 0)
        in.weightG = m_weight->value();
    in.disposition = m_chosen;
    in.overrideReason = m_overrideReason;
    return in;
}

void InspectPage::allPass() {
    if (!active())
        return;
    m_undo.append(m_answers);
    for (const ChecklistItem& check : m_applicable)
        m_answers.insert(check.key, true);
    updatePreview();
}

void InspectPage::setAnswer(const QString& key, bool passed) {
    if (!active())
        return;
    m_undo.append(m_answers);
    m_answers.insert(key, passed);
    updatePreview();
}

bool InspectPage::undo() {
    if (!active() || m_undo.isEmpty())
        return false;
    m_answers = m_undo.takeLast();
    updatePreview();
    return true;
}

void InspectPage::addPhotos(const QStringList& files) {
    for (const QString& file : files) {
        if (m_photos.contains(file))
            continue;
        QImageReader reader(file);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(64, 64, Qt::KeepAspectRatio)); // decode small, not whole
        const QImage image = reader.read();
        if (image.isNull()) {
            emit message(tr("%1 is not a photo Dockside can read.").arg(file), true);
            continue;
        }
        m_photos.append(file);
        auto* thumb = new QLabel(this);
        thumb->setPixmap(QPixmap::fromImage(image));
        thumb->setToolTip(file);
        thumb->setFixedSize(64, 64);
        thumb->setAlignment(Qt::AlignCenter);
        m_thumbs->addWidget(thumb);
    }
    updatePreview();
}

QString InspectPage::captureFolder() const {
    return QDir(m_station.photoFolder()).filePath(QStringLiteral("captures"));
}

void InspectPage::takePhoto() {
    if (!active())
        return;
    PhotoCaptureDialog dialog(captureFolder(), this);
    dialog.startCamera();
    if (dialog.exec() != QDialog::Accepted || dialog.photoFile().isEmpty())
        return;
    m_captures.append(dialog.photoFile());
    addPhotos({dialog.photoFile()});
    focusNext(); // back from the dialog: straight on to Confirm when the decision is ready
}

void InspectPage::pickPhotos() {
    if (!active())
        return;
    const QStringList files = Dialogs::askFiles(
        this, tr("Add photos"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Photos (*.jpg *.jpeg *.png)"));
    addPhotos(files);
}

void InspectPage::chooseDisposition(Disposition disposition) {
    if (!m_preview || !m_preview->suggested)
        return;
    if (disposition == *m_preview->suggested) {
        m_chosen.reset();
        m_overrideReason.clear();
        updatePreview();
        return;
    }
    const auto reason =
        Dialogs::askText(this, tr("Change the disposition"),
                         tr("Why %1 instead of %2? Your choice goes to a supervisor for approval.")
                             .arg(dispositionLabel(disposition), dispositionLabel(*m_preview->suggested)));
    if (!reason || reason->trimmed().isEmpty()) {
        showDecision(); // back to the previous choice
        return;
    }
    m_chosen = disposition;
    m_overrideReason = reason->trimmed();
    updatePreview();
}

void InspectPage::updatePreview() {
    if (!active())
        return;
    for (auto it = m_answerButtons.cbegin(); it != m_answerButtons.cend(); ++it) {
        const auto answer = m_answers.constFind(it.key());
        it->first->setChecked(answer != m_answers.cend() && *answer);
        it->second->setChecked(answer != m_answers.cend() && !*answer);
    }
    m_preview.reset();
    setPhotoNeeded(false);
    const bool dataBearing = m_product && m_product->dataBearing;
    const QString hazmat = m_product ? m_product->hazmat : QStringLiteral("none");
    const QStringList unanswered = unansweredChecks(m_checklist, m_answers, dataBearing, hazmat);
    if (!unanswered.isEmpty()) {
        m_grade->setText(QStringLiteral("?"));
        m_gradeReason->setText(tr("Grade shows when every check is answered."));
        theme::setTone(m_next, Tone::Neutral,
                       tr("Answer %n more check(s), or press All checks pass.", nullptr,
                          static_cast<int>(unanswered.size())));
        showDecision();
        return;
    }
    auto graded = gradeFromChecklist(m_checklist, m_answers, dataBearing, hazmat);
    if (graded && graded->photoRequired && m_photos.isEmpty()) {
        m_grade->setText(gradeName(graded->grade));
        m_gradeReason->setText(graded->reason);
        theme::setTone(m_next, Tone::Bad, tr("Damage reported: add at least one photo (F7)."));
        setPhotoNeeded(true);
        m_addPhoto->setFocus();
        showDecision();
        return;
    }
    auto preview = m_receiving->previewItem(m_lpn, inspection());
    if (!preview && preview.error().code == QLatin1String("disposition_not_allowed") && m_chosen) {
        // The answers changed and the chosen disposition is no longer allowed: back to the suggestion.
        m_chosen.reset();
        m_overrideReason.clear();
        preview = m_receiving->previewItem(m_lpn, inspection());
    }
    if (!preview) {
        theme::setTone(m_next, Tone::Bad, preview.error().message);
        showDecision();
        return;
    }
    m_preview = *preview;
    m_grade->setText(m_preview->grade ? gradeName(*m_preview->grade) : QStringLiteral("?"));
    m_gradeReason->setText(m_preview->gradeReason);
    if (m_preview->queueCauses.isEmpty()) {
        theme::setTone(m_next, Tone::Good, tr("Ready: press Enter to confirm."));
    } else {
        theme::setTone(m_next, Tone::Warning,
                       tr("Goes to a supervisor (%1). Press Enter to confirm.")
                           .arg(queueCauseLabels(m_preview->queueCauses)));
    }
    showDecision();
    m_confirm->setFocus();
}

void InspectPage::showDecision() {
    // deleteLater: this may run inside the clicked() of one of these buttons.
    while (QLayoutItem* item = m_choicesLayout->takeAt(0)) {
        if (QWidget* old = item->widget()) {
            old->hide();
            old->setObjectName(QString());
            old->deleteLater();
        }
        delete item;
    }
    const bool ready = m_preview.has_value();
    m_confirm->setEnabled(ready);
    m_choices->setVisible(ready);
    m_refund->setVisible(ready);
    m_explanation->setText(ready ? m_preview->explanation : QString());
    if (!ready)
        return;
    const Disposition chosen = m_preview->disposition.value_or(Disposition::Quarantine);
    int index = 0;
    for (const Disposition d : m_preview->allowed) {
        const bool suggested = m_preview->suggested && d == *m_preview->suggested;
        // Three columns, so nine dispositions take three rows and the page fits 800 px high; two
        // lines when suggested, so long names in long languages still fit.
        const QString label = inTwoLines(dispositionLabel(d));
        auto* button = new QPushButton(suggested ? tr("%1\n(suggested)").arg(label) : label, m_choices);
        button->setObjectName(QStringLiteral("choice_%1").arg(dispositionName(d)));
        button->setCheckable(true);
        button->setChecked(d == chosen);
        button->setProperty("choice", true);
        if (d == chosen)
            button->setText(theme::symbol(Tone::Good) + QLatin1Char(' ') + button->text());
        button->setAccessibleName(suggested ? tr("%1 (suggested)").arg(dispositionLabel(d))
                                            : dispositionLabel(d));
        button->setAccessibleDescription(d == chosen ? tr("Chosen disposition")
                                                     : tr("Choose this disposition"));
        connect(button, &QPushButton::clicked, this, [this, d] { chooseDisposition(d); });
        m_choicesLayout->addWidget(button, index / 3, index % 3);
        button->show(); // now, not on the layout's deferred show: the page is already visible
        ++index;
    }
    const RefundSuggestion refund = m_preview->refund.value_or(RefundSuggestion{});
    QString refundText;
    switch (refund.decision) {
    case RefundDecision::Full:
        refundText = tr("Refund: full.");
        break;
    case RefundDecision::Partial:
        refundText =
            tr("Refund: partial, restocking fee %1.").arg(language::formatMoney(refund.restockingFee));
        break;
    case RefundDecision::Deny:
        refundText = tr("Refund: none for now.");
        break;
    }
    // The reason already names full refunds and denials; the fee amount is only in refundText.
    const bool withFee = refund.decision == RefundDecision::Partial;
    theme::setTone(m_refund, refund.decision == RefundDecision::Deny ? Tone::Warning : Tone::Neutral,
                   refund.reason.isEmpty() ? refundText
                   : withFee               ? tr("%1 %2").arg(refundText, refund.reason)
                                           : refund.reason);
}

void InspectPage::confirm() {
    if (!active())
        return;
    if (!m_preview) {
        emit message(m_next->text(), true);
        return;
    }
    auto result = m_receiving->inspectItem(m_lpn, inspection());
    if (!result) {
        emit message(result.error().message, true);
        return;
    }
    const ItemOutcome outcome = *result;
    clear();
    emit confirmed(outcome);
}

} // namespace dockside
