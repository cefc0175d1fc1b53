#pragma once

#include "policy/Grading.h"
#include "services/Receiving.h"

#include <QHash>
#include <QPair>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace dockside {

// One item: the authorization of the scan, the category's checklist as big pass/fail buttons
// (one touch for a perfect item), weight, photos and notes, and, as soon as every check is
// answered, the grade, the suggested disposition and refund from core with the other allowed
// dispositions one touch away. Confirm (Enter) decides the item. Nothing is kept before confirm,
// so a crash loses only these answers; the item itself is already received.
class InspectPage : public QWidget {
    Q_OBJECT
public:
    InspectPage(Station& station, QWidget* parent = nullptr);

    // The item just received (or resumed). receiving must outlive the page's use of it.
    void start(Receiving* receiving, const ItemOutcome& received, const QString& description);
    void clear();
    bool active() const { return !m_lpn.isEmpty(); }
    QString lpn() const { return m_lpn; }
    bool hasAnswers() const { return !m_answers.isEmpty(); }

    // Actions, also reachable by shortcut.
    void allPass();
    void setAnswer(const QString& key, bool passed);
    bool undo(); // the last checklist answer (Ctrl+Z); false when there is nothing to undo
    void chooseDisposition(Disposition disposition);
    void addPhotos(const QStringList& files);
    void confirm();

    // Focus the next step: All checks pass, or Confirm once the decision is ready.
    void focusNext();

    const std::optional<ItemOutcome>& preview() const { return m_preview; }
    Inspection inspection() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

signals:
    void confirmed(const dockside::ItemOutcome& outcome);
    void message(const QString& text, bool error);

private:
    void retranslateUi(); // every fixed text; runs again when the language changes
    void showTitle();
    void buildChecklist();
    void updatePreview();
    void showDecision();
    void pickPhotos();
    void takePhoto();
    QString captureFolder() const;
    void setPhotoNeeded(bool needed);

    Station& m_station;
    Receiving* m_receiving = nullptr;
    QString m_lpn;
    std::optional<Product> m_product;
    Checklist m_checklist;
    QList<ChecklistItem> m_applicable;
    QMap<QString, bool> m_answers;
    QList<QMap<QString, bool>> m_undo;
    QStringList m_photos;
    QStringList m_captures; // taken with the camera by this page, deleted once stored or dropped
    std::optional<Disposition> m_chosen;
    QString m_overrideReason;
    std::optional<ItemOutcome> m_preview;
    QString m_authorization;
    QString m_authorizationMessage;
    QString m_sku;
    QString m_description;

    QLabel* m_title = nullptr;
    QLabel* m_authorizationLabel = nullptr;
    QWidget* m_checks = nullptr;
    QGridLayout* m_checksLayout = nullptr;
    QPushButton* m_allPass = nullptr;
    QLabel* m_weightLabel = nullptr;
    QLabel* m_notesLabel = nullptr;
    QSpinBox* m_weight = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_findingLabel = nullptr;
    QComboBox* m_finding = nullptr; // what the worker found, beside the customer's stated reason
    QPushButton* m_addPhoto = nullptr;
    QPushButton* m_takePhoto = nullptr;
    QHBoxLayout* m_thumbs = nullptr;
    QLabel* m_grade = nullptr;
    QLabel* m_gradeReason = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_refund = nullptr;
    QLabel* m_explanation = nullptr;
    QWidget* m_choices = nullptr;
    QGridLayout* m_choicesLayout = nullptr;
    QButtonGroup* m_choiceGroup = nullptr;
    QPushButton* m_confirm = nullptr;
    QHash<QString, QPair<QPushButton*, QPushButton*>> m_answerButtons;
};

} // namespace dockside
