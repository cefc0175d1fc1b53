#pragma once

#include "services/Totes.h"

#include <QAbstractTableModel>

namespace dockside {

// The open totes: where items wait to be shipped, by disposition, with their count and weight.
class TotesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Disposition, Items, Weight, ColumnCount };

    explicit TotesModel(QObject* parent = nullptr);

    void setTotes(const QList<ToteInfo>& totes);
    const ToteInfo* tote(int row) const;
    int rowOf(const QString& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool event(QEvent* event) override; // a language switch: the views ask for every word again

    static QString dispositionText(const QString& disposition);

private:
    QList<ToteInfo> m_totes;
};

} // namespace dockside
