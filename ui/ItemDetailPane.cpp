#include "ItemDetailPane.h"

#include "Theme.h"

#include "policy/Authorization.h"

#include <QDateTime>
#include <QEvent>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace dockside {

PhotoView::PhotoView(QWidget* parent)
    : QGraphicsView(parent) {
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setMinimumHeight(240);
}

bool PhotoView::setPhoto(const QString& file) {
    clear();
    QImageReader reader(file);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QImage image = reader.read();
    if (image.isNull())
        return false;
    m_item = scene()->addPixmap(QPixmap::fromImage(image));
    scene()->setSceneRect(m_item->boundingRect());
    fit();
    return true;
}

void PhotoView::clear() {
    scene()->clear();
    m_item = nullptr;
    resetTransform();
}

void PhotoView::zoomBy(double factor) {
    const double next = zoom() * factor;
    if (m_item && next > 0.02 && next < 16)
        scale(factor, factor);
}

void PhotoView::fit() {
    if (m_item)
        fitInView(m_item, Qt::KeepAspectRatio);
}

void PhotoView::wheelEvent(QWheelEvent* event) {
    zoomBy(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    event->accept();
}

ItemDetailPane::ItemDetailPane(Station& station, QWidget* parent)
    : QWidget(parent)
    , m_station(station) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(10);
    scroll->setWidget(content);
    auto label = [&](const char* name) {
        auto* l = new QLabel(content);
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(l);
        return l;
    };
    m_title = label("detailTitle");
    m_title->setProperty("heading", true);
    m_flags = label("detailFlags");
    m_body = label("detailBody");
    m_body->setTextFormat(Qt::RichText);
    m_explanation = label("detailExplanation");
    m_checklist = label("detailChecklist");
    m_checklist->setTextFormat(Qt::RichText);

    m_photoBox = new QWidget(content);
    auto* photoLayout = new QVBoxLayout(m_photoBox);
    photoLayout->setContentsMargins(0, 0, 0, 0);
    m_photo = new PhotoView(m_photoBox);
    photoLayout->addWidget(m_photo);
    auto* zoomRow = new QHBoxLayout;
    m_zoomOut = new QPushButton(m_photoBox);
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_zoomIn = new QPushButton(m_photoBox);
    m_zoomIn->setObjectName(QStringLiteral("zoomIn"));
    m_fit = new QPushButton(m_photoBox);
    m_fit->setObjectName(QStringLiteral("zoomFit"));
    for (QPushButton* b : {m_zoomOut, m_zoomIn, m_fit})
        b->setMinimumWidth(theme::kTarget); // "+" alone would make a button thinner than a finger
    connect(m_zoomOut, &QPushButton::clicked, this, [this] { m_photo->zoomBy(0.8); });
    connect(m_zoomIn, &QPushButton::clicked, this, [this] { m_photo->zoomBy(1.25); });
    connect(m_fit, &QPushButton::clicked, m_photo, &PhotoView::fit);
    zoomRow->addWidget(m_zoomOut);
    zoomRow->addWidget(m_zoomIn);
    zoomRow->addWidget(m_fit);
    m_thumbs = new QHBoxLayout;
    zoomRow->addLayout(m_thumbs);
    zoomRow->addStretch();
    photoLayout->addLayout(zoomRow);
    layout->addWidget(m_photoBox);
    layout->addStretch();
    retranslateUi();
    showItem({});
}

void ItemDetailPane::retranslateUi() {
    m_zoomOut->setText(tr("−"));
    m_zoomOut->setToolTip(tr("Zoom out (or turn the mouse wheel)"));
    m_zoomIn->setText(tr("+"));
    m_zoomIn->setToolTip(tr("Zoom in"));
    m_fit->setText(tr("Fit"));
}

void ItemDetailPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_detail) {
            renderTexts(); // the photo shown keeps its zoom
            for (int i = 0; i < m_thumbs->count(); ++i)
                if (auto* b = qobject_cast<QPushButton*>(m_thumbs->itemAt(i)->widget()))
                    b->setText(tr("Photo %1").arg(i + 1));
        } else if (m_selected > 0) {
            showMultiple(m_selected);
        } else {
            showItem(m_lpn); // nothing selected, or why the item cannot be shown
        }
    }
    QWidget::changeEvent(event);
}

void ItemDetailPane::showMultiple(int count) {
    m_detail.reset();
    m_lpn.clear();
    m_selected = count;
    m_title->setText(tr("%n items selected", nullptr, count));
    for (QLabel* l : {m_flags, m_body, m_explanation, m_checklist})
        l->clear();
    m_flags->hide();
    m_photoBox->hide();
}

void ItemDetailPane::showItem(const QString& lpn) {
    m_detail.reset();
    m_lpn = lpn;
    m_selected = 0;
    m_unreadablePhoto = -1;
    if (!lpn.isEmpty()) {
        auto detail = itemDetail(m_station, lpn);
        if (detail) {
            m_detail = *detail;
        } else {
            m_title->setText(lpn);
            theme::setTone(m_flags, Tone::Bad, detail.error().message);
            m_flags->show();
            for (QLabel* l : {m_body, m_explanation, m_checklist})
                l->clear();
            m_photoBox->hide();
            return;
        }
    }
    render();
}

void ItemDetailPane::render() {
    if (!m_detail) {
        m_title->setText(tr("Select an item in the queue"));
        for (QLabel* l : {m_flags, m_body, m_explanation, m_checklist})
            l->clear();
        m_flags->hide();
        m_photoBox->hide();
        return;
    }
    renderTexts();
    const ItemDetail& d = *m_detail;
    while (QLayoutItem* item = m_thumbs->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_photoBox->setVisible(!d.photos.isEmpty());
    for (int i = 0; i < d.photos.size(); ++i) {
        auto* b = new QPushButton(tr("Photo %1").arg(i + 1), m_photoBox);
        connect(b, &QPushButton::clicked, this, [this, i] { showPhoto(i); });
        m_thumbs->addWidget(b);
    }
    if (!d.photos.isEmpty())
        showPhoto(0);
}

void ItemDetailPane::renderTexts() {
    const ItemDetail& d = *m_detail;
    m_title->setText(d.description.isEmpty() ? d.lpn : tr("%1 · %2").arg(d.lpn, d.description));
    QStringList warnings;
    if (!d.fraudFlags.isEmpty())
        warnings << tr("Fraud flags: %1").arg(fraudFlagLabels(d.fraudFlags));
    if (d.authorization != QLatin1String("authorized"))
        warnings << tr("Exception: %1").arg(authorizationLabel(d.authorization));
    if (m_unreadablePhoto >= 0)
        warnings << tr("Photo %1 cannot be read from this station's disk.").arg(m_unreadablePhoto + 1);
    if (warnings.isEmpty()) {
        m_flags->hide();
    } else {
        theme::setTone(m_flags, Tone::Warning, warnings.join(QStringLiteral(" · ")));
        m_flags->show();
    }
    auto row = [](const QString& name, const QString& value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
    };
    auto when = [](Millis ms) {
        return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
    };
    QString html = QStringLiteral("<table>");
    html +=
        row(tr("Queue"), d.queueStatus.isEmpty() ? QString()
                                                 : tr("%1 since %2 (%3)")
                                                       .arg(queueStatusLabel(d.queueStatus), when(d.queuedAt),
                                                            queueCauseLabels(d.causes)));
    if (!d.resolvedBy.isEmpty())
        html += row(tr("Decided by"), tr("%1: %2").arg(d.resolvedBy, d.comment));
    html += row(tr("SKU / serial"), tr("%1 / %2").arg(d.sku, d.serial));
    html += row(tr("Category"), d.category);
    html += row(tr("Value"), tr("%1 %2").arg(d.value.decimal(), d.value.currency));
    html +=
        row(tr("RMA"), d.rma.isEmpty() ? tr("none (blind receipt)") : tr("%1 (%2)").arg(d.rma, d.rmaStatus));
    html += row(tr("Customer's reason"),
                d.reasonCode.isEmpty() ? QString() : m_station.policy().reasonLabel(d.reasonCode));
    html += row(tr("Customer"), d.customerRef);
    html += row(tr("Tracking"), d.tracking);
    html += row(tr("Worker"), tr("%1 %2, %3").arg(d.worker, d.workerName, when(d.receivedAt)));
    html += row(tr("Grade"), d.grade);
    html += row(tr("Worker's finding"), observedReasonLabel(d.observedReason));
    html += row(tr("Notes"), d.notes);
    html += row(tr("Suggested"), dispositionLabel(d.suggested));
    html += row(tr("Chosen"), dispositionLabel(d.disposition));
    if (!d.overrideReason.isEmpty())
        html += row(tr("Override reason"), d.overrideReason);
    html += row(tr("Refund"), refundDecisionLabel(d.refundDecision));
    if (d.regrade)
        html += row(tr("Second grade"), d.regrade->status == QLatin1String("done")
                                            ? tr("%1 by %2 (first %3 by %4)")
                                                  .arg(d.regrade->grade, d.regrade->gradedBy,
                                                       d.regrade->firstGrade, d.regrade->firstBy)
                                            : tr("requested (%1), waiting").arg(d.regrade->reason));
    html += QStringLiteral("</table>");
    m_body->setText(html);
    m_explanation->setText(
        d.explanation.isEmpty()
            ? QString()
            : tr("Why the engine suggests %1:\n%2").arg(dispositionLabel(d.suggested), d.explanation));
    QString checks;
    for (const ChecklistAnswer& a : d.checklist)
        checks += QStringLiteral("<div>%1 %2</div>")
                      .arg(a.passed ? theme::symbol(Tone::Good) + QStringLiteral(" ") + tr("pass")
                                    : theme::symbol(Tone::Bad) + QStringLiteral(" ") + tr("FAIL"),
                           a.label.toHtmlEscaped());
    m_checklist->setText(checks.isEmpty() ? QString() : tr("<b>Checklist</b>") + checks);
}

void ItemDetailPane::showPhoto(int index) {
    if (!m_detail || index < 0 || index >= m_detail->photos.size())
        return;
    if (!m_photo->setPhoto(m_detail->photos[index])) {
        m_unreadablePhoto = index;
        renderTexts(); // the flags say so, with any other warning
    }
}

} // namespace dockside
