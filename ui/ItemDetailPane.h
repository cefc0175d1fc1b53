#pragma once

#include "services/ItemDetail.h"

#include <QGraphicsView>
#include <QWidget>

#include <optional>

class QLabel;
class QHBoxLayout;
class QGraphicsPixmapItem;
class QPushButton;
class QVBoxLayout;

namespace dockside {

// A photo that zooms: mouse wheel, + and − buttons, and "fit" to see it whole.
class PhotoView : public QGraphicsView {
    Q_OBJECT
public:
    explicit PhotoView(QWidget* parent = nullptr);
    bool setPhoto(const QString& file); // false when the file cannot be read
    void clear();
    void zoomBy(double factor);
    void fit();
    double zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent* event) override;

private:
    QGraphicsPixmapItem* m_item = nullptr;
};

// The right-hand pane of the supervisor's queue: one item's whole case.
class ItemDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit ItemDetailPane(Station& station, QWidget* parent = nullptr);

    void showItem(const QString& lpn); // empty: nothing selected
    void showMultiple(int count);
    const std::optional<ItemDetail>& detail() const { return m_detail; }
    PhotoView* photoView() const { return m_photo; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi(); // every fixed text; runs again when the language changes
    void render();        // the texts, then the photos
    void renderTexts();   // the item's texts alone: the photo keeps its zoom
    void showPhoto(int index);

    Station& m_station;
    std::optional<ItemDetail> m_detail;
    QString m_lpn;              // asked for, found or not
    int m_selected = 0;         // showMultiple's count, 0 otherwise
    int m_unreadablePhoto = -1; // a photo that could not be read: said in the flags
    QPushButton* m_zoomOut = nullptr;
    QPushButton* m_zoomIn = nullptr;
    QPushButton* m_fit = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr;
    QLabel* m_flags = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_checklist = nullptr;
    QWidget* m_photoBox = nullptr;
    QHBoxLayout* m_thumbs = nullptr;
    PhotoView* m_photo = nullptr;
};

} // namespace dockside
