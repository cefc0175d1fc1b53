#pragma once

#include "services/Receiving.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dockside {

class CameraScanner;
class ParcelLinesModel;

// The parcel being received: what the RMA expects and what arrived, its authorization in words,
// colour and symbol, and the tote of the last confirmed item in huge type. Always says what to
// scan next. A code field takes typed codes (a damaged barcode) exactly like a scan.
class ParcelPage : public QWidget {
    Q_OBJECT
public:
    ParcelPage(Station& station, QWidget* parent = nullptr);

    void showParcel(const std::optional<ParcelView>& parcel);
    // The last confirmed item: its tote, huge; where its label went; who looks at it next.
    void showLastItem(const ItemOutcome& outcome);
    void showLabelMessage(const QString& message, bool ok);
    void clearLastItem();
    ParcelLinesModel* model() const { return m_model; }
    CameraScanner* camera() const { return m_camera; }

signals:
    void codeEntered(const QString& code);
    void newParcelRequested();
    void totesRequested();

private:
protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi(); // every fixed text; runs again when the language changes

    Station& m_station;
    std::optional<ParcelView> m_parcel; // shown now, kept to redraw it in another language
    std::optional<ItemOutcome> m_lastItem;
    QLabel* m_codeLabel = nullptr;
    QPushButton* m_newParcel = nullptr;
    QPushButton* m_totes = nullptr;
    ParcelLinesModel* m_model = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_tote = nullptr;
    QLabel* m_toteHint = nullptr;
    QLabel* m_labelMessage = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_authorization = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_code = nullptr;
    QPushButton* m_cameraButton = nullptr;
    CameraScanner* m_camera = nullptr;
};

} // namespace dockside
