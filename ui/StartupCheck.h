#pragma once

#include "services/Station.h"

#include <memory>

class QWidget;

namespace dockside {

// Opens the station database for the GUI and, at the first start after each boot of the machine
// (a power cut is a new boot), runs quick_check on it. A damaged database is not
// opened for work: the worker is offered the newest backup (Dialogs::ask), which is restored
// after keeping the damaged file; without a backup, or when declined, the error says how to
// restore by hand.
Result<std::unique_ptr<Station>> openCheckedStation(QWidget* parent, const QString& path);

} // namespace dockside
