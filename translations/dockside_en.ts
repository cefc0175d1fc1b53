<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Authorization</name>
    <message numerus="yes">
        <source>Return %1 line %2 allows %n item(s), and all of them have already been received.</source>
        <translation>
            <numerusform>Return %1 line %2 allows %n item, and it has already been received.</numerusform>
            <numerusform>Return %1 line %2 allows %n items, and all of them have already been received.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message numerus="yes">
        <source>Grade A: all %n check(s) passed.</source>
        <translation>
            <numerusform>Grade A: the %n check passed.</numerusform>
            <numerusform>Grade A: all %n checks passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n item(s), %1 kg</source>
        <translation>
            <numerusform>%n item, %1 kg</numerusform>
            <numerusform>%n items, %1 kg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>Inspection queue now: %n item(s) waiting, by age</source>
        <translation>
            <numerusform>Inspection queue now: %n item waiting, by age</numerusform>
            <numerusform>Inspection queue now: %n items waiting, by age</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message numerus="yes">
        <source>%n item(s) of HQ&apos;s %1 feed could not be read and were skipped (the first: %2)</source>
        <translation>
            <numerusform>%n item of HQ&apos;s %1 feed could not be read and was skipped (%2)</numerusform>
            <numerusform>%n items of HQ&apos;s %1 feed could not be read and were skipped (the first: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message numerus="yes">
        <source>Too many wrong PINs. This badge is locked for %n more minute(s); a supervisor can reset it.</source>
        <translation>
            <numerusform>Too many wrong PINs. This badge is locked for %n more minute; a supervisor can reset it.</numerusform>
            <numerusform>Too many wrong PINs. This badge is locked for %n more minutes; a supervisor can reset it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>%n row written.</numerusform>
            <numerusform>%n rows written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n barcode(s) in %2 ms</source>
        <translation>
            <numerusform>%1: %n barcode in %2 ms</numerusform>
            <numerusform>%1: %n barcodes in %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3 %4  %5: %6 (%n later event(s) held back)</source>
        <translation>
            <numerusform>%1  %2  %3 %4  %5: %6 (%n later event held back)</numerusform>
            <numerusform>%1  %2  %3 %4  %5: %6 (%n later events held back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the queue</source>
        <translation>
            <numerusform>%n item in the queue</numerusform>
            <numerusform>%n items in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tote %1 closed: %n item(s).</source>
        <translation>
            <numerusform>Tote %1 closed: %n item.</numerusform>
            <numerusform>Tote %1 closed: %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n setting(s); importing it would change: %2.</source>
        <translation>
            <numerusform>%1 is valid: %n setting; importing it would change: %2.</numerusform>
            <numerusform>%1 is valid: %n settings; importing it would change: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n setting(s) from %1; changed: %2.</source>
        <translation>
            <numerusform>Imported %n setting from %1; changed: %2.</numerusform>
            <numerusform>Imported %n settings from %1; changed: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::AdminPage</name>
    <message numerus="yes">
        <source>%n setting(s) saved.</source>
        <translation>
            <numerusform>%n setting saved.</numerusform>
            <numerusform>%n settings saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::AnalyticsPage</name>
    <message numerus="yes">
        <source>Items received %1 – %2: %n item(s). Computed in %3 ms.</source>
        <translation>
            <numerusform>Items received %1 – %2: %n item. Computed in %3 ms.</numerusform>
            <numerusform>Items received %1 – %2: %n items. Computed in %3 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::HistoryPage</name>
    <message numerus="yes">
        <source>%1 %2: %n event(s).</source>
        <translation>
            <numerusform>%1 %2: %n event.</numerusform>
            <numerusform>%1 %2: %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet at head office.</source>
        <translation>
            <numerusform>%n not yet at head office.</numerusform>
            <numerusform>%n not yet at head office.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::InspectPage</name>
    <message numerus="yes">
        <source>Answer %n more check(s), or press All checks pass.</source>
        <translation>
            <numerusform>Answer %n more check, or press All checks pass.</numerusform>
            <numerusform>Answer %n more checks, or press All checks pass.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::InspectionQueuePage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n h SLA or more)</source>
        <translation>
            <numerusform>Overdue (%n h SLA or more)</numerusform>
            <numerusform>Overdue (%n h SLA or more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due soon (from %n h)</source>
        <translation>
            <numerusform>Due soon (from %n h)</numerusform>
            <numerusform>Due soon (from %n h)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n selected (Ctrl+Enter)</source>
        <translation>
            <numerusform>Approve %n selected (Ctrl+Enter)</numerusform>
            <numerusform>Approve %n selected (Ctrl+Enter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n item(s) with their chosen dispositions?</source>
        <translation>
            <numerusform>Approve %n item with its chosen disposition?</numerusform>
            <numerusform>Approve %n items with their chosen dispositions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) approved.</source>
        <translation>
            <numerusform>%n item approved.</numerusform>
            <numerusform>%n items approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why are %n item(s) rejected? The refund is denied.</source>
        <translation>
            <numerusform>Why is %n item rejected? The refund is denied.</numerusform>
            <numerusform>Why are %n items rejected? The refund is denied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) rejected.</source>
        <translation>
            <numerusform>%n item rejected.</numerusform>
            <numerusform>%n items rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::ItemDetailPane</name>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::MainWindow</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input. Scan your badge to continue.</source>
        <translation>
            <numerusform>Locked after %n minute without input. Scan your badge to continue.</numerusform>
            <numerusform>Locked after %n minutes without input. Scan your badge to continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) to send</source>
        <translation>
            <numerusform>%n event to send</numerusform>
            <numerusform>%n events to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Parcel %1 has %n item(s) received but not graded. Continue with it now?</source>
        <translation>
            <numerusform>Parcel %1 has %n item received but not graded. Continue with it now?</numerusform>
            <numerusform>Parcel %1 has %n items received but not graded. Continue with it now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::QueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %1; the SLA is %n hour(s).</source>
        <translation>
            <numerusform>Queued %1; the SLA is %n hour.</numerusform>
            <numerusform>Queued %1; the SLA is %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::TotesModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::TotesPage</name>
    <message numerus="yes">
        <source>%n item(s) waiting for a supervisor.</source>
        <translation>
            <numerusform>%n item waiting for a supervisor.</numerusform>
            <numerusform>%n items waiting for a supervisor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not yet sent to head office.</source>
        <translation>
            <numerusform>%n event not yet sent to head office.</numerusform>
            <numerusform>%n events not yet sent to head office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close tote %1 (%2, %n item(s)) and print its manifest?</source>
        <translation>
            <numerusform>Close tote %1 (%2, %n item) and print its manifest?</numerusform>
            <numerusform>Close tote %1 (%2, %n items) and print its manifest?</numerusform>
        </translation>
    </message>
</context>
</TS>
