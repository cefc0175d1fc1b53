#pragma once

#include "services/Totes.h"

#include <QObject>

#include <functional>

namespace dockside {

class Station;

// Prints LPN labels and writes tote manifests without blocking the GUI: the data is read from
// the store on the GUI thread (one connection), the drawing and the printer or PDF file run on a
// worker thread. Labels go to the printer named in setting `label_printer`; without one (or when
// it is not available) they are saved as PDF in the `labels/` folder beside the database.
class LabelOutput : public QObject {
    Q_OBJECT
public:
    explicit LabelOutput(Station& station, QObject* parent = nullptr);

    void printLpnLabel(const QString& lpn);
    void writeManifest(const ToteInfo& tote);

    QString labelFolder() const;
    QString printerName() const;
    int busy() const { return m_busy; }

signals:
    // Where it went, in words for the worker; ok false when nothing could be printed or saved.
    void finished(const QString& message, bool ok);

private:
    void run(std::function<QPair<QString, bool>()> job);

    Station& m_station;
    int m_busy = 0;
};

} // namespace dockside
