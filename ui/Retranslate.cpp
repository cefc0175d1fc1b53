#include "Retranslate.h"

#include <QAbstractItemModel>
#include <QEvent>

namespace dockside {

bool retranslateModel(QAbstractItemModel& model, const QEvent* event) {
    if (event->type() != QEvent::LanguageChange)
        return false;
    const int columns = model.columnCount();
    const int rows = model.rowCount();
    if (columns > 0)
        emit model.headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        emit model.dataChanged(model.index(0, 0), model.index(rows - 1, columns - 1));
    return true;
}

} // namespace dockside
