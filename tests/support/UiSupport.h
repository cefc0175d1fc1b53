#pragma once

#include <QApplication>
#include <QString>
#include <QWidget>

namespace dockside::test {

// Saves what the widget shows as a PNG, for people to look at. Posted events are processed more
// than once first: a layout request posted while another is handled (a label that grew makes its
// panel, then the status bar, lay out again) waits for the next pass. After one pass screenshots
// showed the status bar's facts cut off, which the running application never does.
inline bool saveScreenshot(QWidget* widget, const QString& file) {
    for (int pass = 0; pass < 3; ++pass)
        QApplication::processEvents();
    return widget->grab().save(file);
}

} // namespace dockside::test
