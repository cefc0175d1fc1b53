#pragma once

class QAbstractItemModel;
class QEvent;

namespace dockside {

// Item models compute their words in data() and headerData(), so after a language switch the
// views only have to ask again. A model hears of the switch from the widget that owns it (a
// QWidget passes QEvent::LanguageChange on to its children): parent models to their page and call
// this from the model's event(). It announces every header and cell as changed, which keeps the
// views' selection, current row and scroll position (a reset would lose them). True when the
// event was a language change.
bool retranslateModel(QAbstractItemModel& model, const QEvent* event);

} // namespace dockside
