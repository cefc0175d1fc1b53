<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Authorization</name>
    <message>
        <source>Receive it and put it in the quarantine tote; a supervisor will decide what happens to it.</source>
        <translation>Annehmen und in die Quarantänebox legen; eine Aufsicht entscheidet, was damit geschieht.</translation>
    </message>
    <message>
        <source>No return authorization matches this parcel.</source>
        <translation>Zu diesem Paket passt keine Rücksendegenehmigung.</translation>
    </message>
    <message>
        <source>Receive it as a blind receipt and put it in the quarantine tote; a supervisor will match it to a return.</source>
        <translation>Als Blindannahme annehmen und in die Quarantänebox legen; eine Aufsicht ordnet es einer Retoure zu.</translation>
    </message>
    <message>
        <source>Return %1 was cancelled.</source>
        <translation>Retoure %1 wurde storniert.</translation>
    </message>
    <message>
        <source>Return %1 is already closed.</source>
        <translation>Retoure %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Return %1 arrived after its return window closed on %2.</source>
        <translation>Retoure %1 ist nach Ablauf der Rücksendefrist am %2 eingetroffen.</translation>
    </message>
    <message>
        <source>Return %1: scan each item.</source>
        <translation>Retoure %1: jeden Artikel scannen.</translation>
    </message>
    <message>
        <source>Scan the first item.</source>
        <translation>Den ersten Artikel scannen.</translation>
    </message>
    <message>
        <source>The item could not be identified: no barcode or serial number was scanned.</source>
        <translation>Der Artikel konnte nicht erkannt werden: Es wurde kein Barcode und keine Seriennummer gescannt.</translation>
    </message>
    <message>
        <source>Scan the item's barcode or serial number; if it has none, receive it as a blind receipt and put it in the quarantine tote.</source>
        <translation>Barcode oder Seriennummer des Artikels scannen; hat er keine, als Blindannahme annehmen und in die Quarantänebox legen.</translation>
    </message>
    <message>
        <source>The item %1 is not in the catalog and not on return %2.</source>
        <translation>Der Artikel %1 ist weder im Katalog noch auf Retoure %2.</translation>
    </message>
    <message>
        <source>Receive it as a blind receipt and put it in the quarantine tote; a supervisor will identify it.</source>
        <translation>Als Blindannahme annehmen und in die Quarantänebox legen; eine Aufsicht identifiziert ihn.</translation>
    </message>
    <message>
        <source>This item (%1, %2) is not on return %3.</source>
        <translation>Dieser Artikel (%1, %2) ist nicht auf Retoure %3.</translation>
    </message>
    <message>
        <source>Receive it, photograph it and put it in the quarantine tote.</source>
        <translation>Annehmen, fotografieren und in die Quarantänebox legen.</translation>
    </message>
    <message numerus="yes">
        <source>Return %1 line %2 allows %n item(s), and all of them have already been received.</source>
        <translation>
            <numerusform>Retoure %1, Position %2 erlaubt %n Artikel, und er wurde bereits angenommen.</numerusform>
            <numerusform>Retoure %1, Position %2 erlaubt %n Artikel, und alle wurden bereits angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return %1 line %2 expects a specific unit, but no serial number was scanned.</source>
        <translation>Retoure %1, Position %2 erwartet ein bestimmtes Stück, aber es wurde keine Seriennummer gescannt.</translation>
    </message>
    <message>
        <source>Scan the serial number on the item; if it has none, receive it and put it in the quarantine tote.</source>
        <translation>Die Seriennummer auf dem Artikel scannen; hat er keine, annehmen und in die Quarantänebox legen.</translation>
    </message>
    <message>
        <source>Serial number %1 is not the one expected on return %2 line %3 (%4).</source>
        <translation>Seriennummer %1 ist nicht die erwartete auf Retoure %2, Position %3 (%4).</translation>
    </message>
    <message>
        <source>Receive it, photograph the serial number label and put it in the quarantine tote.</source>
        <translation>Annehmen, das Seriennummernetikett fotografieren und in die Quarantänebox legen.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be returned.</source>
        <translation>%1 (%2) kann nicht zurückgegeben werden.</translation>
    </message>
    <message>
        <source>Authorized: return %1, line %2.</source>
        <translation>Genehmigt: Retoure %1, Position %2.</translation>
    </message>
    <message>
        <source>Grade the item.</source>
        <translation>Den Artikel bewerten.</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Unknown parcel</source>
        <translation>Unbekanntes Paket</translation>
    </message>
    <message>
        <source>Return cancelled</source>
        <translation>Retoure storniert</translation>
    </message>
    <message>
        <source>Return closed</source>
        <translation>Retoure abgeschlossen</translation>
    </message>
    <message>
        <source>Return window expired</source>
        <translation>Rücksendefrist abgelaufen</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <source>More items than authorized</source>
        <translation>Mehr Artikel als genehmigt</translation>
    </message>
    <message>
        <source>Serial number mismatch</source>
        <translation>Seriennummer stimmt nicht</translation>
    </message>
    <message>
        <source>Not returnable</source>
        <translation>Nicht rückgabefähig</translation>
    </message>
    <message>
        <source>Product not in the catalog</source>
        <translation>Produkt nicht im Katalog</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup copy failed its check (%1), so the station database itself may be damaged: run "dockside-cli check". The previous backups are kept.</source>
        <translation>Die Sicherungskopie hat ihre Prüfung nicht bestanden (%1), daher ist vielleicht die Stationsdatenbank selbst beschädigt: „dockside-cli check“ ausführen. Die vorigen Sicherungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 (disk full or not writable?).</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden (Datenträger voll oder schreibgeschützt?).</translation>
    </message>
    <message>
        <source>The station database %1 is damaged (%2). Restore the newest backup: "dockside-cli restore FILE"; backups are in %3.</source>
        <translation>Die Stationsdatenbank %1 ist beschädigt (%2). Die neueste Sicherung wiederherstellen: „dockside-cli restore DATEI“; Sicherungen liegen in %3.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>Eine Sicherung kann nicht die Datenbank selbst ersetzen.</translation>
    </message>
    <message>
        <source>%1 is not a Dockside station database backup.</source>
        <translation>%1 ist keine Sicherung einer Dockside-Stationsdatenbank.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; choose an older one.</source>
        <translation>Die Sicherung %1 ist beschädigt; eine ältere wählen.</translation>
    </message>
    <message>
        <source>%1 is a backup of station %2, but this is station %3. Nothing was changed.</source>
        <translation>%1 ist eine Sicherung von Station %2, dies ist aber Station %3. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the damaged database in %1.</source>
        <translation>Eine Kopie der beschädigten Datenbank kann nicht in %1 aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>BarcodeDecoder</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not an image Dockside can read (PNG, JPEG or BMP).</source>
        <translation>%1 ist kein Bild, das Dockside lesen kann (PNG, JPEG oder BMP).</translation>
    </message>
    <message>
        <source>%1 is too large to decode (%2 x %3 pixels).</source>
        <translation>%1 ist zu groß zum Dekodieren (%2 × %3 Pixel).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The %1 has a missing or invalid field "%2".</source>
        <translation>Im Datensatz „%1“ fehlt das Feld „%2“ oder es ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The station database cannot be written (read-only file or folder). Nothing was saved.</source>
        <translation>In die Stationsdatenbank kann nicht geschrieben werden (Datei oder Ordner schreibgeschützt). Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The station database is busy in another program. Try again in a moment.</source>
        <translation>Die Stationsdatenbank wird von einem anderen Programm benutzt. Gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>This file is not a Dockside station database.</source>
        <translation>Diese Datei ist keine Dockside-Stationsdatenbank.</translation>
    </message>
    <message>
        <source>The station database reported an error: %1</source>
        <translation>Die Stationsdatenbank hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Cannot open the station database %1: %2</source>
        <translation>Die Stationsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The station database %1 is read-only; Dockside needs to write to it.</source>
        <translation>Die Stationsdatenbank %1 ist schreibgeschützt; Dockside muss hineinschreiben können.</translation>
    </message>
    <message>
        <source>The disk is full (it refused to write). Nothing was saved; free some space and try again.</source>
        <translation>Der Datenträger ist voll (Schreiben abgelehnt). Nichts wurde gespeichert; Platz freigeben und erneut versuchen.</translation>
    </message>
    <message>
        <source>The station database is damaged. Restore the newest backup with "dockside-cli restore FILE" (backups are in the folder &lt;database name&gt;-backups beside it).</source>
        <translation>Die Stationsdatenbank ist beschädigt. Die neueste Sicherung mit „dockside-cli restore DATEI“ wiederherstellen (Sicherungen liegen im Ordner &lt;Datenbankname&gt;-backups daneben).</translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved; check the disk and try again.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet (%1). Nichts wurde gespeichert; Datenträger prüfen und erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Cannot write demo photos to %1.</source>
        <translation>Demo-Fotos können nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>This station already has received items; demo data only goes into a new station database.</source>
        <translation>Diese Station hat bereits angenommene Artikel; Demodaten kommen nur in eine neue Stationsdatenbank.</translation>
    </message>
</context>
<context>
    <name>DispositionEngine</name>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>policy rule %1: %2</source>
        <translation>Richtlinienregel %1: %2</translation>
    </message>
    <message>
        <source>no policy rule allows it for this item</source>
        <translation>keine Richtlinienregel erlaubt es für diesen Artikel</translation>
    </message>
    <message>
        <source>the battery failed its check: the item stays in the hazmat quarantine until a supervisor releases it for recycling</source>
        <translation>der Akku hat die Prüfung nicht bestanden: der Artikel bleibt in der Gefahrgut-Quarantäne, bis eine Aufsicht ihn zum Recycling freigibt</translation>
    </message>
    <message>
        <source>it holds data and the data wipe is not confirmed</source>
        <translation>er enthält Daten und die Datenlöschung ist nicht bestätigt</translation>
    </message>
    <message>
        <source>Suggested: %1, because the battery failed its check; keep it in the hazmat cage.</source>
        <translation>Vorschlag: %1, weil der Akku die Prüfung nicht bestanden hat; im Gefahrgutkäfig aufbewahren.</translation>
    </message>
    <message>
        <source>Suggested: %1, because the item was received with the exception "%2"; hold it until a supervisor decides.</source>
        <translation>Vorschlag: %1, weil der Artikel mit der Ausnahme „%2“ angenommen wurde; zurückhalten, bis eine Aufsicht entscheidet.</translation>
    </message>
    <message>
        <source>Suggested: %1, because of the fraud flags %2; keep the item as evidence until a supervisor decides.</source>
        <translation>Vorschlag: %1 wegen der Betrugshinweise %2; den Artikel als Beweisstück aufbewahren, bis eine Aufsicht entscheidet.</translation>
    </message>
    <message>
        <source>Suggested: %1, tied with %2 on the highest net recovery (%3) and first in the preference order.</source>
        <translation>Vorschlag: %1, gleichauf mit %2 beim höchsten Nettoerlös (%3) und zuerst in der Rangfolge.</translation>
    </message>
    <message>
        <source>Suggested: %1, the highest net recovery among the allowed options (%2).</source>
        <translation>Vorschlag: %1, der höchste Nettoerlös unter den erlaubten Optionen (%2).</translation>
    </message>
    <message>
        <source>%1: %2 × %3 − %4 = %5</source>
        <translation>%1: %2 × %3 − %4 = %5</translation>
    </message>
    <message>
        <source>%1: not allowed, %2</source>
        <translation>%1: nicht erlaubt, %2</translation>
    </message>
    <message>
        <source>The unit value is unknown: it was counted as 0.</source>
        <translation>Der Stückwert ist unbekannt: er wurde mit 0 angesetzt.</translation>
    </message>
    <message>
        <source>The unit value is in %1 but the policy counts in %2: it was counted as 0 and a supervisor must approve.</source>
        <translation>Der Stückwert ist in %1, die Richtlinie rechnet aber in %2: er wurde mit 0 angesetzt und eine Aufsicht muss freigeben.</translation>
    </message>
    <message>
        <source>The unit value %1 is above the approval threshold %2: a supervisor must approve.</source>
        <translation>Der Stückwert %1 liegt über der Freigabegrenze %2: eine Aufsicht muss freigeben.</translation>
    </message>
    <message>
        <source>%1 is not allowed for this item: %2.</source>
        <translation>%1 ist für diesen Artikel nicht erlaubt: %2.</translation>
    </message>
    <message>
        <source>Say why you chose %1 instead of the suggested %2.</source>
        <translation>Begründen, warum %1 statt des vorgeschlagenen %2 gewählt wurde.</translation>
    </message>
    <message>
        <source>Refund held for a supervisor: the item was received with the exception "%1".</source>
        <translation>Erstattung für eine Aufsicht zurückgehalten: der Artikel wurde mit der Ausnahme „%1“ angenommen.</translation>
    </message>
    <message>
        <source>Full refund: %1</source>
        <translation>Volle Erstattung: %1</translation>
    </message>
    <message>
        <source>Partial refund less a restocking fee of %1 (%2 for grade %3): %4</source>
        <translation>Teilerstattung abzüglich einer Wiedereinlagerungsgebühr von %1 (%2 für Zustand %3): %4</translation>
    </message>
    <message>
        <source>No refund: %1</source>
        <translation>Keine Erstattung: %1</translation>
    </message>
    <message>
        <source>No refund rule of the policy fits this item: a supervisor decides.</source>
        <translation>Keine Erstattungsregel der Richtlinie passt zu diesem Artikel: eine Aufsicht entscheidet.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot write the export (disk full?): %1</source>
        <translation>Der Export kann nicht geschrieben werden (Datenträger voll?): %1</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>(general)</source>
        <translation>(allgemein)</translation>
    </message>
    <message>
        <source>The checklist for %1 has no item named %2.</source>
        <translation>Die Checkliste für %1 hat keinen Punkt namens %2.</translation>
    </message>
    <message>
        <source>Answer every check before grading; still open: %1.</source>
        <translation>Vor der Bewertung jede Prüfung beantworten; noch offen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Grade A: all %n check(s) passed.</source>
        <translation>
            <numerusform>Zustand A: die %n Prüfung bestanden.</numerusform>
            <numerusform>Zustand A: alle %n Prüfungen bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade %1 because of: %2.</source>
        <translation>Zustand %1 wegen: %2.</translation>
    </message>
    <message>
        <source>Grade %1 because of: %2 (also failed: %3).</source>
        <translation>Zustand %1 wegen: %2 (außerdem nicht bestanden: %3).</translation>
    </message>
</context>
<context>
    <name>Gs1</name>
    <message>
        <source>The GS1 barcode contains an unknown application identifier (%1).</source>
        <translation>Der GS1-Barcode enthält einen unbekannten Datenbezeichner (%1).</translation>
    </message>
    <message>
        <source>The GS1 barcode ends inside AI (%1), which needs %2 characters.</source>
        <translation>Der GS1-Barcode endet innerhalb von AI (%1), der %2 Zeichen braucht.</translation>
    </message>
    <message>
        <source>AI (%1) is longer than %2 characters; a separator may be missing.</source>
        <translation>AI (%1) ist länger als %2 Zeichen; vielleicht fehlt ein Trennzeichen.</translation>
    </message>
    <message>
        <source>AI (%1) needs at least %2 characters.</source>
        <translation>AI (%1) braucht mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <source>AI (%1) contains a character that is not allowed.</source>
        <translation>AI (%1) enthält ein unzulässiges Zeichen.</translation>
    </message>
    <message>
        <source>The check digit of AI (%1) is wrong.</source>
        <translation>Die Prüfziffer von AI (%1) ist falsch.</translation>
    </message>
    <message>
        <source>AI (%1) must hold one to five 3-digit country codes.</source>
        <translation>AI (%1) muss ein bis fünf dreistellige Ländercodes enthalten.</translation>
    </message>
    <message>
        <source>AI (%1) does not hold a valid date.</source>
        <translation>AI (%1) enthält kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The GS1 barcode is not in a recognised form.</source>
        <translation>Der GS1-Barcode hat keine bekannte Form.</translation>
    </message>
    <message>
        <source>The GS1 barcode is empty.</source>
        <translation>Der GS1-Barcode ist leer.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>grade %1</source>
        <translation>Zustand %1</translation>
    </message>
    <message>
        <source>%1 (as suggested)</source>
        <translation>%1 (wie vorgeschlagen)</translation>
    </message>
    <message>
        <source>%1 instead of %2: %3</source>
        <translation>%1 statt %2: %3</translation>
    </message>
    <message>
        <source>queued: %1</source>
        <translation>in Warteschlange: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>to tote %1</source>
        <translation>in Box %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2, RMA %3</source>
        <translation>%1 %2, RMA %3</translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <source>second grade asked (%1)</source>
        <translation>Zweitbewertung angefordert (%1)</translation>
    </message>
    <message>
        <source>tote closed</source>
        <translation>Box geschlossen</translation>
    </message>
    <message>
        <source>Scan or type an LPN, tracking number, RMA or serial.</source>
        <translation>LPN, Sendungsnummer, RMA oder Seriennummer scannen oder eingeben.</translation>
    </message>
    <message>
        <source>No item, parcel or RMA %1 at this station.</source>
        <translation>Kein Artikel, Paket oder RMA %1 an dieser Station.</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>Paket angenommen</translation>
    </message>
    <message>
        <source>Item received</source>
        <translation>Artikel angenommen</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Disposition set</source>
        <translation>Verwertung festgelegt</translation>
    </message>
    <message>
        <source>Refund decided</source>
        <translation>Erstattung entschieden</translation>
    </message>
    <message>
        <source>Sent to a supervisor</source>
        <translation>An die Aufsicht gegeben</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Put in a tote</source>
        <translation>In eine Box gelegt</translation>
    </message>
    <message>
        <source>Tote closed</source>
        <translation>Box geschlossen</translation>
    </message>
    <message>
        <source>Exception raised</source>
        <translation>Ausnahme gemeldet</translation>
    </message>
    <message>
        <source>Exception settled</source>
        <translation>Ausnahme geklärt</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>Badge locked out</source>
        <translation>Ausweis gesperrt</translation>
    </message>
    <message>
        <source>Second grade requested</source>
        <translation>Zweitbewertung angefordert</translation>
    </message>
    <message>
        <source>Second grade</source>
        <translation>Zweitbewertung</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <source>Badge unlocked</source>
        <translation>Ausweis entsperrt</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN zurückgesetzt</translation>
    </message>
    <message>
        <source>Queued for HQ again</source>
        <translation>Erneut für die Zentrale eingereiht</translation>
    </message>
    <message>
        <source>HQ's refusal accepted</source>
        <translation>Ablehnung der Zentrale hingenommen</translation>
    </message>
    <message>
        <source>Station restored from a backup</source>
        <translation>Station aus einer Sicherung wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>HqServer</name>
    <message>
        <source>No such resource.</source>
        <translation>Diese Ressource gibt es nicht.</translation>
    </message>
    <message>
        <source>A valid station token is required.</source>
        <translation>Ein gültiges Stations-Token ist erforderlich.</translation>
    </message>
    <message>
        <source>A batch may hold at most 4 MiB.</source>
        <translation>Ein Stapel darf höchstens 4 MiB groß sein.</translation>
    </message>
    <message>
        <source>The body is not a batch: station_id, batch_id and events are required.</source>
        <translation>Der Inhalt ist kein Stapel: station_id, batch_id und events sind erforderlich.</translation>
    </message>
    <message>
        <source>A batch may hold at most 500 events.</source>
        <translation>Ein Stapel darf höchstens 500 Ereignisse enthalten.</translation>
    </message>
    <message>
        <source>The token belongs to station %1, not %2.</source>
        <translation>Das Token gehört zu Station %1, nicht zu %2.</translation>
    </message>
    <message>
        <source>Every event needs an id.</source>
        <translation>Jedes Ereignis braucht eine ID.</translation>
    </message>
    <message>
        <source>Blobs are named by their lowercase SHA-256.</source>
        <translation>Blobs werden nach ihrem SHA-256 in Kleinbuchstaben benannt.</translation>
    </message>
    <message>
        <source>A photo may be at most 10 MiB.</source>
        <translation>Ein Foto darf höchstens 10 MiB groß sein.</translation>
    </message>
    <message>
        <source>The bytes do not hash to the blob's name.</source>
        <translation>Der Hash der Daten passt nicht zum Namen des Blobs.</translation>
    </message>
    <message>
        <source>limit must be a positive number.</source>
        <translation>limit muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>The cursor has expired; start again.</source>
        <translation>Der Cursor ist abgelaufen; von vorn beginnen.</translation>
    </message>
</context>
<context>
    <name>HqStore</name>
    <message>
        <source>%1 is not a dockside-hq database.</source>
        <translation>%1 ist keine dockside-hq-Datenbank.</translation>
    </message>
    <message>
        <source>HQ does not know the event type "%1".</source>
        <translation>Die Zentrale kennt den Ereignistyp „%1“ nicht.</translation>
    </message>
    <message>
        <source>The event lacks a seq, occurred_at, entity or data.</source>
        <translation>Dem Ereignis fehlt seq, occurred_at, entity oder data.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
</context>
<context>
    <name>InspectionQueue</name>
    <message>
        <source>The limit must be between 1 and 10000.</source>
        <translation>Das Limit muss zwischen 1 und 10000 liegen.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Eine Ablehnung braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Name at least one item (LPN).</source>
        <translation>Mindestens einen Artikel (LPN) angeben.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <source>Item %1 is not waiting in the inspection queue.</source>
        <translation>Artikel %1 wartet nicht in der Prüfwarteschlange.</translation>
    </message>
    <message>
        <source>The status must be open, approved or rejected.</source>
        <translation>Der Status muss open, approved oder rejected sein.</translation>
    </message>
    <message>
        <source>"%1" is not a queue cause. Use one of: %2.</source>
        <translation>„%1“ ist kein Warteschlangengrund. Einen davon verwenden: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a grade. Use A, B, C, D or X.</source>
        <translation>„%1“ ist kein Zustand. A, B, C, D oder X verwenden.</translation>
    </message>
    <message>
        <source>"%1" is not a disposition.</source>
        <translation>„%1“ ist keine Verwertung.</translation>
    </message>
    <message>
        <source>The value range must not be negative, and its minimum not above its maximum.</source>
        <translation>Der Wertbereich darf nicht negativ sein und sein Minimum nicht über dem Maximum liegen.</translation>
    </message>
    <message>
        <source>The age range must not be negative, and its minimum not above its maximum.</source>
        <translation>Der Altersbereich darf nicht negativ sein und sein Minimum nicht über dem Maximum liegen.</translation>
    </message>
    <message>
        <source>"%1" is not a sort key. Use one of: %2.</source>
        <translation>„%1“ ist kein Sortierschlüssel. Einen davon verwenden: %2.</translation>
    </message>
    <message>
        <source>Choose the RMA to link the item to.</source>
        <translation>Die RMA wählen, mit der der Artikel verknüpft wird.</translation>
    </message>
    <message>
        <source>Denying a return needs a reason.</source>
        <translation>Eine abgelehnte Retoure braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Type an RMA code, a tracking number or a serial.</source>
        <translation>Einen RMA-Code, eine Sendungsnummer oder eine Seriennummer eingeben.</translation>
    </message>
    <message>
        <source>A preset needs a name of 1 to 40 characters.</source>
        <translation>Eine Vorlage braucht einen Namen mit 1 bis 40 Zeichen.</translation>
    </message>
    <message>
        <source>There is no preset "%1".</source>
        <translation>Es gibt keine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>Item %1 is not held for an exception.</source>
        <translation>Artikel %1 wird nicht wegen einer Ausnahme zurückgehalten.</translation>
    </message>
    <message>
        <source>Item %1 is a blind receipt: link it to an RMA or mark it unmatched.</source>
        <translation>Artikel %1 ist eine Blindannahme: mit einer RMA verknüpfen oder als nicht zuordenbar markieren.</translation>
    </message>
    <message>
        <source>Item %1 came with an RMA: accept or deny the return.</source>
        <translation>Artikel %1 kam mit einer RMA: die Retoure annehmen oder ablehnen.</translation>
    </message>
    <message>
        <source>There is no RMA %1.</source>
        <translation>Es gibt keine RMA %1.</translation>
    </message>
    <message>
        <source>linked to the RMA</source>
        <translation>der RMA zugeordnet</translation>
    </message>
    <message>
        <source>kept without an RMA</source>
        <translation>ohne RMA behalten</translation>
    </message>
    <message>
        <source>accepted as received</source>
        <translation>wie erhalten angenommen</translation>
    </message>
    <message>
        <source>refund denied</source>
        <translation>Erstattung abgelehnt</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>%1: %2 (%3 in all)</source>
        <translation>%1: %2 (insgesamt %3)</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>Broken references</source>
        <translation>Fehlerhafte Verweise</translation>
    </message>
    <message>
        <source>Parcels without a parcel.received event</source>
        <translation>Pakete ohne parcel.received-Ereignis</translation>
    </message>
    <message>
        <source>Items without an item.received event</source>
        <translation>Artikel ohne item.received-Ereignis</translation>
    </message>
    <message>
        <source>Decided items without an item.disposition_set event</source>
        <translation>Entschiedene Artikel ohne item.disposition_set-Ereignis</translation>
    </message>
    <message>
        <source>Events of items that do not exist</source>
        <translation>Ereignisse zu Artikeln, die es nicht gibt</translation>
    </message>
    <message>
        <source>Events both delivered and dead-lettered</source>
        <translation>Ereignisse, die zugestellt und zugleich als unzustellbar abgelegt sind</translation>
    </message>
    <message>
        <source>Events with damaged data</source>
        <translation>Ereignisse mit beschädigten Daten</translation>
    </message>
    <message>
        <source>Items in review that are not in the queue</source>
        <translation>Artikel in Prüfung, die nicht in der Warteschlange sind</translation>
    </message>
    <message>
        <source>Queue entries whose item is not in review</source>
        <translation>Warteschlangeneinträge, deren Artikel nicht in Prüfung ist</translation>
    </message>
    <message>
        <source>Queue entries whose copies of the item's fields are out of date</source>
        <translation>Warteschlangeneinträge, deren Kopien der Artikelfelder veraltet sind</translation>
    </message>
    <message>
        <source>Items in closed totes that are not shipped</source>
        <translation>Artikel in geschlossenen Boxen, die nicht versandt sind</translation>
    </message>
    <message>
        <source>Decided items without a tote</source>
        <translation>Entschiedene Artikel ohne Box</translation>
    </message>
    <message>
        <source>LPN counter behind the items</source>
        <translation>LPN-Zähler liegt hinter den Artikeln zurück</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>There is no item %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <source>Tote %1</source>
        <translation>Box %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Manifest of tote %1</source>
        <translation>Packliste der Box %1</translation>
    </message>
    <message>
        <source>Tote %1 — %2</source>
        <translation>Box %1 — %2</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Geschlossen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 kg</source>
        <translation>
            <numerusform>%n Artikel, %1 kg</numerusform>
            <numerusform>%n Artikel, %1 kg</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner %1, certificate %2</source>
        <translation>Partner %1, Zertifikat %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>LPN</source>
        <translation>LPN</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Total value %1 %2</source>
        <translation>Gesamtwert %1 %2</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Invalid policy at %1: %2</source>
        <translation>Ungültige Richtlinie bei %1: %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>die Liste ist leer</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>%1 differs from the policy currency %2</source>
        <translation>%1 weicht von der Währung %2 der Richtlinie ab</translation>
    </message>
    <message>
        <source>%1 is not a non-negative decimal amount with at most 2 decimals</source>
        <translation>%1 ist kein nicht-negativer Dezimalbetrag mit höchstens 2 Nachkommastellen</translation>
    </message>
    <message>
        <source>unknown grade %1</source>
        <translation>unbekannter Zustand %1</translation>
    </message>
    <message>
        <source>unknown disposition %1</source>
        <translation>unbekannte Verwertung %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>unsupported format %1 (this station reads format %2)</source>
        <translation>nicht unterstütztes Format %1 (diese Station liest Format %2)</translation>
    </message>
    <message>
        <source>longer than 100 characters</source>
        <translation>länger als 100 Zeichen</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 code such as "EUR"</source>
        <translation>%1 ist kein ISO-4217-Code wie „EUR“</translation>
    </message>
    <message>
        <source>%1 is not a snake_case code</source>
        <translation>%1 ist kein snake_case-Code</translation>
    </message>
    <message>
        <source>%1 is not a dotted lower-case category</source>
        <translation>%1 ist keine Kategorie in Kleinbuchstaben mit Punkten</translation>
    </message>
    <message>
        <source>a checklist for %1 is already defined</source>
        <translation>eine Checkliste für %1 ist bereits definiert</translation>
    </message>
    <message>
        <source>%1 is not a snake_case key</source>
        <translation>%1 ist kein snake_case-Schlüssel</translation>
    </message>
    <message>
        <source>unknown special check %1 (expected "battery" or "data_wipe")</source>
        <translation>unbekannte Sonderprüfung %1 (erwartet „battery“ oder „data_wipe“)</translation>
    </message>
    <message>
        <source>a fallback checklist with the category "" is required</source>
        <translation>eine Ersatz-Checkliste mit der Kategorie "" ist erforderlich</translation>
    </message>
    <message>
        <source>unknown field in a rule (this station cannot apply it)</source>
        <translation>unbekanntes Feld in einer Regel (diese Station kann sie nicht anwenden)</translation>
    </message>
    <message>
        <source>unknown reason code %1</source>
        <translation>unbekannter Rückgabegrund %1</translation>
    </message>
    <message>
        <source>unknown observed reason %1</source>
        <translation>unbekannter festgestellter Grund %1</translation>
    </message>
    <message>
        <source>unknown fraud flag %1</source>
        <translation>unbekannter Betrugshinweis %1</translation>
    </message>
    <message>
        <source>%1 is not a hazmat class such as "none" or "lithium_ion"</source>
        <translation>%1 ist keine Gefahrgutklasse wie „none“ oder „lithium_ion“</translation>
    </message>
    <message>
        <source>must be greater than min_value</source>
        <translation>muss größer als min_value sein</translation>
    </message>
    <message>
        <source>a rule must allow or forbid at least one disposition</source>
        <translation>eine Regel muss mindestens eine Verwertung erlauben oder verbieten</translation>
    </message>
    <message>
        <source>%1 is both allowed and forbidden</source>
        <translation>%1 ist zugleich erlaubt und verboten</translation>
    </message>
    <message>
        <source>quarantine is always allowed and cannot be forbidden</source>
        <translation>Quarantäne ist immer erlaubt und kann nicht verboten werden</translation>
    </message>
    <message>
        <source>unknown decision %1 (expected "full", "partial" or "deny")</source>
        <translation>unbekannte Entscheidung %1 (erwartet „full“, „partial“ oder „deny“)</translation>
    </message>
    <message>
        <source>Invalid policy JSON at line %1, column %2: %3</source>
        <translation>Ungültiges Richtlinien-JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Invalid policy: the document must be a JSON object.</source>
        <translation>Ungültige Richtlinie: das Dokument muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Invalid policy at line %1, %2: %3</source>
        <translation>Ungültige Richtlinie in Zeile %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <source>This scan is not a parcel label. Scan the carrier label or the RMA code again.</source>
        <translation>Dieser Scan ist kein Paketetikett. Das Versandetikett oder den RMA-Code erneut scannen.</translation>
    </message>
    <message>
        <source>%1 is a Dockside item label, not a parcel. Scan the carrier label or the RMA code.</source>
        <translation>%1 ist ein Dockside-Artikeletikett, kein Paket. Das Versandetikett oder den RMA-Code scannen.</translation>
    </message>
    <message>
        <source>This is a product, badge or tote code, not a parcel label. Scan the carrier label or the RMA code.</source>
        <translation>Das ist ein Produkt-, Ausweis- oder Boxcode, kein Paketetikett. Das Versandetikett oder den RMA-Code scannen.</translation>
    </message>
    <message>
        <source>The weight %1 g is not plausible.</source>
        <translation>Das Gewicht %1 g ist nicht plausibel.</translation>
    </message>
    <message>
        <source>The tracking number %1 has a wrong check digit: it was probably misread. Scan it again.</source>
        <translation>Die Sendungsnummer %1 hat eine falsche Prüfziffer: sie wurde wahrscheinlich falsch gelesen. Erneut scannen.</translation>
    </message>
    <message>
        <source>No RMA matches this label; received blind.</source>
        <translation>Keine RMA passt zu diesem Etikett; blind angenommen.</translation>
    </message>
    <message>
        <source>No return authorization found. Receive the items blind: they go to a supervisor.</source>
        <translation>Keine Rücksendegenehmigung gefunden. Die Artikel blind annehmen: sie gehen an eine Aufsicht.</translation>
    </message>
    <message>
        <source>There is no parcel %1.</source>
        <translation>Es gibt kein Paket %1.</translation>
    </message>
    <message>
        <source>Cannot read the photo %1.</source>
        <translation>Das Foto %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The photo %1 is larger than 10 MiB.</source>
        <translation>Das Foto %1 ist größer als 10 MiB.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG photo.</source>
        <translation>%1 ist kein JPEG- oder PNG-Foto.</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read.</source>
        <translation>Das Foto %1 ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>Der Fotoordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot save the photo (disk full?): %1</source>
        <translation>Das Foto kann nicht gespeichert werden (Datenträger voll?): %1</translation>
    </message>
    <message>
        <source>The product code %1 has a wrong check digit. Scan it again.</source>
        <translation>Der Produktcode %1 hat eine falsche Prüfziffer. Erneut scannen.</translation>
    </message>
    <message>
        <source>The product barcode could not be read correctly: %1</source>
        <translation>Der Produktbarcode wurde nicht richtig gelesen: %1</translation>
    </message>
    <message>
        <source>%1 is already a Dockside item label: this item was received before.</source>
        <translation>%1 ist bereits ein Dockside-Artikeletikett: dieser Artikel wurde schon angenommen.</translation>
    </message>
    <message>
        <source>This is not a product code. Scan the product's barcode or serial number.</source>
        <translation>Das ist kein Produktcode. Den Barcode oder die Seriennummer des Produkts scannen.</translation>
    </message>
    <message>
        <source>This scan is not a product code or serial number. Scan it again.</source>
        <translation>Dieser Scan ist weder Produktcode noch Seriennummer. Erneut scannen.</translation>
    </message>
    <message>
        <source>Serial %1 was already received as %2. Check the item and ask a supervisor.</source>
        <translation>Seriennummer %1 wurde bereits als %2 angenommen. Den Artikel prüfen und eine Aufsicht fragen.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <source>Item %1 is already decided; corrections go through a supervisor.</source>
        <translation>Über Artikel %1 ist bereits entschieden; Korrekturen laufen über eine Aufsicht.</translation>
    </message>
    <message>
        <source>"%1" is not a known finding. Use one of: %2.</source>
        <translation>„%1“ ist kein bekannter Befund. Einen davon verwenden: %2.</translation>
    </message>
    <message>
        <source>Grade %1 chosen by the worker.</source>
        <translation>Zustand %1, vom Mitarbeiter gewählt.</translation>
    </message>
    <message>
        <source>Item %1 has no grade: answer the checklist or choose a grade.</source>
        <translation>Artikel %1 hat keinen Zustand: die Checkliste beantworten oder einen Zustand wählen.</translation>
    </message>
    <message>
        <source>Damage was reported on %1: take at least one photo.</source>
        <translation>Für %1 wurde ein Schaden gemeldet: mindestens ein Foto machen.</translation>
    </message>
    <message>
        <source>Item %1 is already received; give its grade or checklist to inspect it.</source>
        <translation>Artikel %1 ist bereits angenommen; seinen Zustand oder die Checkliste angeben, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>Item %1 is not in parcel %2.</source>
        <translation>Artikel %1 gehört nicht zu Paket %2.</translation>
    </message>
</context>
<context>
    <name>Regrade</name>
    <message>
        <source>There is no item %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <source>Item %1 has not been graded yet.</source>
        <translation>Artikel %1 ist noch nicht bewertet.</translation>
    </message>
    <message>
        <source>Item %1 is already waiting for a second grade.</source>
        <translation>Artikel %1 wartet bereits auf eine Zweitbewertung.</translation>
    </message>
    <message>
        <source>There is no active user with badge %1.</source>
        <translation>Es gibt keinen aktiven Benutzer mit Ausweis %1.</translation>
    </message>
    <message>
        <source>%1 graded this item; choose another worker.</source>
        <translation>%1 hat diesen Artikel bewertet; einen anderen Mitarbeiter wählen.</translation>
    </message>
    <message>
        <source>Item %1 is not waiting for a second grade.</source>
        <translation>Artikel %1 wartet nicht auf eine Zweitbewertung.</translation>
    </message>
    <message>
        <source>You graded %1 yourself; another worker must grade it again.</source>
        <translation>Sie haben %1 selbst bewertet; ein anderer Mitarbeiter muss ihn erneut bewerten.</translation>
    </message>
    <message>
        <source>The second grade of %1 was asked of another worker.</source>
        <translation>Die Zweitbewertung von %1 wurde bei einem anderen Mitarbeiter angefordert.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Returns report %1</source>
        <translation>Retourenbericht %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Returns report — %1</source>
        <translation>Retourenbericht — %1</translation>
    </message>
    <message>
        <source>Items received %1 to %2 · printed %3</source>
        <translation>Angenommene Artikel %1 bis %2 · gedruckt %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Items received</source>
        <translation>Angenommene Artikel</translation>
    </message>
    <message>
        <source>Items decided</source>
        <translation>Entschiedene Artikel</translation>
    </message>
    <message>
        <source>Estimated recovery</source>
        <translation>Geschätzter Erlös</translation>
    </message>
    <message>
        <source>Restocking fees</source>
        <translation>Wiedereinlagerungsgebühren</translation>
    </message>
    <message>
        <source>Dock to stock, median / 90th percentile</source>
        <translation>Annahme bis Einlagerung, Median / 90. Perzentil</translation>
    </message>
    <message>
        <source>Receipt to refund decision, median / 90th percentile</source>
        <translation>Annahme bis Erstattungsentscheidung, Median / 90. Perzentil</translation>
    </message>
    <message>
        <source>No fault found where the customer said defective</source>
        <translation>Kein Fehler gefunden, wo der Kunde „defekt“ angab</translation>
    </message>
    <message>
        <source>Kept out of landfill (by weight)</source>
        <translation>Vor der Deponie bewahrt (nach Gewicht)</translation>
    </message>
    <message>
        <source>Waiting in the inspection queue now</source>
        <translation>Wartet jetzt in der Prüfwarteschlange</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Resold</source>
        <translation>Wiederverkauft</translation>
    </message>
    <message>
        <source>Refurbished</source>
        <translation>Aufbereitet</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>Gespendet</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>Recycelt</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Vernichtet</translation>
    </message>
    <message>
        <source>Returned to vendor</source>
        <translation>An Lieferanten zurück</translation>
    </message>
    <message>
        <source>Held (quarantine)</source>
        <translation>Zurückgehalten (Quarantäne)</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Received per day</source>
        <translation>Angenommen pro Tag</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Grade mix</source>
        <translation>Verteilung der Zustände</translation>
    </message>
    <message>
        <source>Disposition mix</source>
        <translation>Verteilung der Verwertungen</translation>
    </message>
    <message>
        <source>Estimated recovery by disposition (total %1 %2)</source>
        <translation>Geschätzter Erlös nach Verwertung (gesamt %1 %2)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erlös</translation>
    </message>
    <message>
        <source>Top return reasons (as stated)</source>
        <translation>Häufigste Rückgabegründe (laut Kunde)</translation>
    </message>
    <message>
        <source>Top SKUs by returns</source>
        <translation>SKUs mit den meisten Retouren</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Top SKUs by defect rate (defect confirmed at the dock)</source>
        <translation>SKUs mit der höchsten Defektquote (am Wareneingang bestätigt)</translation>
    </message>
    <message>
        <source>Defect rate</source>
        <translation>Defektquote</translation>
    </message>
    <message>
        <source>No-fault-found rate by SKU, stated defective (overall %1 %)</source>
        <translation>Quote „kein Fehler gefunden“ je SKU bei angeblich defekt (gesamt %1 %)</translation>
    </message>
    <message>
        <source>No-fault-found rate</source>
        <translation>Quote „kein Fehler gefunden“</translation>
    </message>
    <message>
        <source>Stated reason → what the dock found</source>
        <translation>Angegebener Grund → Befund am Wareneingang</translation>
    </message>
    <message>
        <source>Dock-to-stock and receipt-to-refund-decision time</source>
        <translation>Zeit von Annahme bis Einlagerung und bis Erstattungsentscheidung</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Dock to stock</source>
        <translation>Annahme bis Einlagerung</translation>
    </message>
    <message>
        <source>Receipt to refund decision</source>
        <translation>Annahme bis Erstattungsentscheidung</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Units per active hour, per worker</source>
        <translation>Einheiten pro aktiver Stunde, je Mitarbeiter</translation>
    </message>
    <message>
        <source>items per hour</source>
        <translation>Artikel pro Stunde</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>Einheiten pro Stunde</translation>
    </message>
    <message>
        <source>Grader consistency: reviewed decisions a supervisor changed</source>
        <translation>Bewertungskonsistenz: geprüfte Entscheidungen, die eine Aufsicht geändert hat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message numerus="yes">
        <source>Inspection queue now: %n item(s) waiting, by age</source>
        <translation>
            <numerusform>Prüfwarteschlange jetzt: %n wartender Artikel, nach Alter</numerusform>
            <numerusform>Prüfwarteschlange jetzt: %n wartende Artikel, nach Alter</numerusform>
        </translation>
    </message>
    <message>
        <source>under 1 h</source>
        <translation>unter 1 h</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 h</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 Tage</translation>
    </message>
    <message>
        <source>over 3 days</source>
        <translation>über 3 Tage</translation>
    </message>
    <message>
        <source>Sustainability ledger: %1 % kept out of landfill</source>
        <translation>Nachhaltigkeitsbilanz: %1 % vor der Deponie bewahrt</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>ScanClassifier</name>
    <message>
        <source>The RMA check character is wrong.</source>
        <translation>Das RMA-Prüfzeichen ist falsch.</translation>
    </message>
    <message>
        <source>The LPN check character is wrong.</source>
        <translation>Das LPN-Prüfzeichen ist falsch.</translation>
    </message>
    <message>
        <source>The check digit does not match for any carrier format this number fits.</source>
        <translation>Die Prüfziffer passt zu keinem Versanddienstformat, in das diese Nummer passt.</translation>
    </message>
    <message>
        <source>The scan is not a known barcode format.</source>
        <translation>Der Scan hat kein bekanntes Barcodeformat.</translation>
    </message>
    <message>
        <source>The GTIN check digit is wrong.</source>
        <translation>Die GTIN-Prüfziffer ist falsch.</translation>
    </message>
    <message>
        <source>The SSCC check digit is wrong.</source>
        <translation>Die SSCC-Prüfziffer ist falsch.</translation>
    </message>
    <message>
        <source>The scan is too long for a barcode.</source>
        <translation>Der Scan ist zu lang für einen Barcode.</translation>
    </message>
    <message>
        <source>The scan is empty.</source>
        <translation>Der Scan ist leer.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 is an SQLite database of another program, not a Dockside station database.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Dockside-Stationsdatenbank.</translation>
    </message>
    <message>
        <source>The station database was written by a newer Dockside (schema %1, this program knows %2). Install the newer version.</source>
        <translation>Die Stationsdatenbank stammt von einem neueren Dockside (Schema %1, dieses Programm kennt %2). Die neuere Version installieren.</translation>
    </message>
    <message>
        <source>The station database needs an upgrade but is opened read-only.</source>
        <translation>Die Stationsdatenbank muss aktualisiert werden, ist aber nur zum Lesen geöffnet.</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>Station database damaged</source>
        <translation>Stationsdatenbank beschädigt</translation>
    </message>
    <message>
        <source>The station database is damaged, so Dockside will not work on it.

Restore the newest backup, from %1? Items received after it stay only at head office (if they were synced). The damaged file is kept in %2.</source>
        <translation>Die Stationsdatenbank ist beschädigt, daher arbeitet Dockside nicht damit.

Die neueste Sicherung von %1 wiederherstellen? Danach angenommene Artikel gibt es nur noch in der Zentrale (falls synchronisiert). Die beschädigte Datei bleibt in %2 erhalten.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>There is no station database at %1. Create one with "dockside-cli init --station CODE".</source>
        <translation>Unter %1 gibt es keine Stationsdatenbank. Mit „dockside-cli init --station CODE“ eine anlegen.</translation>
    </message>
    <message>
        <source>The database %1 has no station yet. Run "dockside-cli init --station CODE" first.</source>
        <translation>Die Datenbank %1 hat noch keine Station. Zuerst „dockside-cli init --station CODE“ ausführen.</translation>
    </message>
    <message>
        <source>"%1" is not a valid station code: use 2 to 8 capital letters or digits, optionally a hyphen and a dock, e.g. AMS-D03.</source>
        <translation>„%1“ ist kein gültiger Stationscode: 2 bis 8 Großbuchstaben oder Ziffern, optional ein Bindestrich und ein Tor, z. B. AMS-D03.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 already belongs to station %2.</source>
        <translation>%1 gehört bereits zu Station %2.</translation>
    </message>
    <message>
        <source>Cannot create the station database %1.</source>
        <translation>Die Stationsdatenbank %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>The head-office address must be an http or https URL, e.g. https://hq.example.com.</source>
        <translation>Die Adresse der Zentrale muss eine http- oder https-URL sein, z. B. https://hq.example.com.</translation>
    </message>
    <message>
        <source>The head-office token has no spaces and at most 512 characters.</source>
        <translation>Das Token der Zentrale hat keine Leerzeichen und höchstens 512 Zeichen.</translation>
    </message>
    <message>
        <source>The idle lock</source>
        <translation>Die automatische Sperre</translation>
    </message>
    <message>
        <source>The queue SLA in hours</source>
        <translation>Die Warteschlangen-SLA in Stunden</translation>
    </message>
    <message>
        <source>The label size is 4x6 or 2x1.</source>
        <translation>Die Etikettengröße ist 4x6 oder 2x1.</translation>
    </message>
    <message>
        <source>The printer name has at most 200 characters.</source>
        <translation>Der Druckername hat höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>The language is a language code such as en, de or fr_CA.</source>
        <translation>Die Sprache ist ein Sprachcode wie en, de oder fr_CA.</translation>
    </message>
    <message>
        <source>The re-grade share is a percentage from 0 to 100, e.g. 2 or 0.5.</source>
        <translation>Der Anteil der Zweitbewertungen ist ein Prozentsatz von 0 bis 100, z. B. 2 oder 0,5.</translation>
    </message>
    <message>
        <source>"%1" is not a station setting. Use one of: %2.</source>
        <translation>„%1“ ist keine Stationseinstellung. Eine davon verwenden: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1 darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The number of wrong PINs before a lock-out</source>
        <translation>Die Zahl falscher PINs vor einer Sperre</translation>
    </message>
    <message>
        <source>The lock-out in seconds</source>
        <translation>Die Sperrdauer in Sekunden</translation>
    </message>
    <message>
        <source>The PIN work factor (PBKDF2 iterations)</source>
        <translation>Der PIN-Arbeitsfaktor (PBKDF2-Iterationen)</translation>
    </message>
    <message>
        <source>The number of daily backups kept</source>
        <translation>Die Zahl der aufbewahrten täglichen Sicherungen</translation>
    </message>
    <message>
        <source>The sound volume</source>
        <translation>Die Lautstärke</translation>
    </message>
    <message>
        <source>allow_insecure_http is true or false.</source>
        <translation>allow_insecure_http ist true oder false.</translation>
    </message>
    <message>
        <source>hq_ca_file needs an absolute path, e.g. /etc/ssl/certs/hq-ca.pem.</source>
        <translation>hq_ca_file braucht einen absoluten Pfad, z. B. /etc/ssl/certs/hq-ca.pem.</translation>
    </message>
    <message>
        <source>backup_folder needs an absolute path, or nothing for the folder beside the database.</source>
        <translation>backup_folder braucht einen absoluten Pfad, oder nichts für den Ordner neben der Datenbank.</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <source>expected "key = value"</source>
        <translation>erwartet „Schlüssel = Wert“</translation>
    </message>
    <message>
        <source>%1 is already set on line %2</source>
        <translation>%1 ist schon in Zeile %2 gesetzt</translation>
    </message>
    <message>
        <source># Dockside station settings of %1, exported %2.
# One "key = value" per line; lines starting with # are comments. A key shown as a
# comment is not set on this station and has the default shown.
# Load with: dockside-cli settings import FILE
</source>
        <translation># Dockside-Stationseinstellungen von %1, exportiert %2.
# Eine Zeile „Schlüssel = Wert“ pro Einstellung; Zeilen mit # am Anfang sind Kommentare. Ein als
# Kommentar gezeigter Schlüssel ist auf dieser Station nicht gesetzt und hat den gezeigten Standardwert.
# Laden mit: dockside-cli settings import DATEI
</translation>
    </message>
    <message>
        <source># hq_token is not set; add "hq_token = ..." to set it.
</source>
        <translation># hq_token ist nicht gesetzt; zum Setzen „hq_token = ...“ ergänzen.
</translation>
    </message>
    <message>
        <source># hq_token is set on this station but never exported; add "hq_token = ..." to set it.
</source>
        <translation># hq_token ist auf dieser Station gesetzt, wird aber nie exportiert; zum Setzen „hq_token = ...“ ergänzen.
</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Sync is waiting after an earlier failure; the next attempt is due at %1.</source>
        <translation>Die Synchronisierung wartet nach einem früheren Fehler; der nächste Versuch ist um %1 fällig.</translation>
    </message>
    <message>
        <source>No head-office address is set: use --hq URL, DOCKSIDE_HQ_URL or the hq_url setting.</source>
        <translation>Keine Adresse der Zentrale eingestellt: --hq URL, DOCKSIDE_HQ_URL oder die Einstellung hq_url verwenden.</translation>
    </message>
    <message>
        <source>No head-office token is set: use --token, DOCKSIDE_HQ_TOKEN or the hq_token setting.</source>
        <translation>Kein Token der Zentrale eingestellt: --token, DOCKSIDE_HQ_TOKEN oder die Einstellung hq_token verwenden.</translation>
    </message>
    <message>
        <source>The head-office address "%1" is not an http or https URL.</source>
        <translation>Die Adresse der Zentrale „%1“ ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: use https, or set allow_insecure_http=true for a trusted network.</source>
        <translation>Unverschlüsseltes http zu %1 wird abgelehnt: https verwenden oder allow_insecure_http=true für ein vertrauenswürdiges Netz setzen.</translation>
    </message>
    <message>
        <source>HQ's answer to %1 could not be read; nothing was marked as delivered and sync will retry later.</source>
        <translation>Die Antwort der Zentrale auf %1 war nicht lesbar; nichts wurde als zugestellt markiert, die Synchronisierung wird später wiederholt.</translation>
    </message>
    <message>
        <source>HQ did not answer in time; sync will retry later.</source>
        <translation>Die Zentrale hat nicht rechtzeitig geantwortet; die Synchronisierung wird später wiederholt.</translation>
    </message>
    <message>
        <source>HQ cannot be reached (%1); sync will retry later.</source>
        <translation>Die Zentrale ist nicht erreichbar (%1); die Synchronisierung wird später wiederholt.</translation>
    </message>
    <message>
        <source>HQ refused the station's token (401). Check the hq_token setting.</source>
        <translation>Die Zentrale hat das Token der Station abgelehnt (401). Die Einstellung hq_token prüfen.</translation>
    </message>
    <message>
        <source>HQ does not allow this station to sync (403): %1</source>
        <translation>Die Zentrale erlaubt dieser Station keine Synchronisierung (403): %1</translation>
    </message>
    <message>
        <source>HQ refused the request as malformed (400): %1</source>
        <translation>Die Zentrale hat die Anfrage als fehlerhaft abgelehnt (400): %1</translation>
    </message>
    <message>
        <source>HQ is busy or failing (HTTP %1); sync will retry later.</source>
        <translation>Die Zentrale ist überlastet oder gestört (HTTP %1); die Synchronisierung wird später wiederholt.</translation>
    </message>
    <message>
        <source>HQ gave an unexpected answer (HTTP %1); sync will retry later.</source>
        <translation>Die Zentrale hat unerwartet geantwortet (HTTP %1); die Synchronisierung wird später wiederholt.</translation>
    </message>
    <message>
        <source>This station's clock differs from HQ's by %1 seconds; check the PC's time settings.</source>
        <translation>Die Uhr dieser Station weicht um %1 Sekunden von der Zentrale ab; die Zeiteinstellungen des PCs prüfen.</translation>
    </message>
    <message>
        <source>HQ refused this event as too large.</source>
        <translation>Die Zentrale hat dieses Ereignis als zu groß abgelehnt.</translation>
    </message>
    <message>
        <source>The photo %1 is missing from the station's photo folder; it was not sent.</source>
        <translation>Das Foto %1 fehlt im Fotoordner der Station; es wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The photo file %1 is damaged (its content does not match its name); it was not sent.</source>
        <translation>Die Fotodatei %1 ist beschädigt (Inhalt passt nicht zum Namen); sie wurde nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of HQ's %1 feed could not be read and were skipped (the first: %2)</source>
        <translation>
            <numerusform>%n Eintrag des %1-Feeds der Zentrale war nicht lesbar und wurde übersprungen (der erste: %2)</numerusform>
            <numerusform>%n Einträge des %1-Feeds der Zentrale waren nicht lesbar und wurden übersprungen (der erste: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ sent a policy that is not valid; the station keeps its current policy: %1</source>
        <translation>Die Zentrale hat eine ungültige Richtlinie geschickt; die Station behält ihre aktuelle Richtlinie: %1</translation>
    </message>
    <message>
        <source>Event %1 is not a dead letter.</source>
        <translation>Ereignis %1 ist nicht unzustellbar.</translation>
    </message>
    <message>
        <source>Event %1 is not an unresolved dead letter.</source>
        <translation>Ereignis %1 ist kein offenes unzustellbares Ereignis.</translation>
    </message>
    <message>
        <source>The hq_ca_file setting names %1, which holds no readable PEM certificate.</source>
        <translation>Die Einstellung hq_ca_file nennt %1, darin ist kein lesbares PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Sync was stopped before it finished; what HQ confirmed stays sent.</source>
        <translation>Die Synchronisierung wurde vor dem Ende gestoppt; was die Zentrale bestätigt hat, bleibt gesendet.</translation>
    </message>
    <message>
        <source>HQ's certificate could not be verified (%1). If HQ uses its own certificate authority, set hq_ca_file to its CA certificate.</source>
        <translation>Das Zertifikat der Zentrale konnte nicht geprüft werden (%1). Nutzt die Zentrale eine eigene Zertifizierungsstelle, hq_ca_file auf deren CA-Zertifikat setzen.</translation>
    </message>
</context>
<context>
    <name>SyncSchedule</name>
    <message>
        <source>The setting %1 is "%2"; use a time like 02:00, or off.</source>
        <translation>Die Einstellung %1 ist „%2“; eine Uhrzeit wie 02:00 oder off verwenden.</translation>
    </message>
    <message>
        <source>The setting %1 is "%2"; use a number of minutes from 0 to %3.</source>
        <translation>Die Einstellung %1 ist „%2“; eine Minutenzahl von 0 bis %3 verwenden.</translation>
    </message>
</context>
<context>
    <name>Totes</name>
    <message>
        <source>There is no tote %1.</source>
        <translation>Es gibt keine Box %1.</translation>
    </message>
    <message>
        <source>Tote %1 is already closed.</source>
        <translation>Box %1 ist bereits geschlossen.</translation>
    </message>
    <message>
        <source>Tote %1 is empty; there is nothing to ship.</source>
        <translation>Box %1 ist leer; es gibt nichts zu versenden.</translation>
    </message>
    <message>
        <source>Tote %1 holds items waiting for a supervisor; it is emptied by their decisions, not closed.</source>
        <translation>Box %1 enthält Artikel, die auf eine Aufsicht warten; sie wird durch deren Entscheidungen geleert, nicht geschlossen.</translation>
    </message>
    <message>
        <source>A %1 tote needs the partner who takes it and their certificate reference.</source>
        <translation>Eine Box „%1“ braucht den abholenden Partner und dessen Zertifikatsnummer.</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <source>Restock</source>
        <translation>Wiedereinlagern</translation>
    </message>
    <message>
        <source>Open-box resale</source>
        <translation>Als B-Ware verkaufen</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Aufbereiten</translation>
    </message>
    <message>
        <source>Return to vendor</source>
        <translation>Zurück an Lieferanten</translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>Restposten</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Recyceln</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Vernichten</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Dock worker</source>
        <translation>Lagermitarbeiter</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Aufsicht</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Volle Erstattung</translation>
    </message>
    <message>
        <source>Partial refund (restocking fee)</source>
        <translation>Teilerstattung (Wiedereinlagerungsgebühr)</translation>
    </message>
    <message>
        <source>Refund denied</source>
        <translation>Erstattung abgelehnt</translation>
    </message>
    <message>
        <source>Defect confirmed</source>
        <translation>Mangel bestätigt</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>Kein Fehler gefunden</translation>
    </message>
    <message>
        <source>Wrong item returned</source>
        <translation>Falscher Artikel zurückgeschickt</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Beim Transport beschädigt</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>Teile fehlen</translation>
    </message>
    <message>
        <source>Used or worn</source>
        <translation>Benutzt oder abgenutzt</translation>
    </message>
    <message>
        <source>Empty box</source>
        <translation>Leerer Karton</translation>
    </message>
    <message>
        <source>As the customer described</source>
        <translation>Wie vom Kunden beschrieben</translation>
    </message>
    <message>
        <source>Changed disposition</source>
        <translation>Verwertung geändert</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Hoher Wert</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Fraud check</source>
        <translation>Betrugsprüfung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Blind receipt</source>
        <translation>Blindannahme</translation>
    </message>
    <message>
        <source>Serial number mismatch</source>
        <translation>Seriennummer stimmt nicht</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <source>Weight far from the catalog's</source>
        <translation>Gewicht weicht vom Katalog ab</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>%1 is signed in as %2; this needs a %3.</source>
        <translation>%1 ist als %2 angemeldet; dafür ist %3 nötig.</translation>
    </message>
    <message>
        <source>"%1" is not a valid badge: use U- and 4 to 8 digits, e.g. U-0017.</source>
        <translation>„%1“ ist kein gültiger Ausweis: U- und 4 bis 8 Ziffern, z. B. U-0017.</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Ein Benutzer braucht einen Namen.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>Badge %1 already belongs to a user.</source>
        <translation>Ausweis %1 gehört bereits einem Benutzer.</translation>
    </message>
    <message>
        <source>Badge %1 is not known here.</source>
        <translation>Ausweis %1 ist hier nicht bekannt.</translation>
    </message>
    <message>
        <source>Wrong badge or PIN. Try again.</source>
        <translation>Ausweis oder PIN falsch. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>This badge is disabled. Ask a supervisor.</source>
        <translation>Dieser Ausweis ist gesperrt. Eine Aufsicht fragen.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. This badge is locked for %n more minute(s); a supervisor can reset it.</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Dieser Ausweis ist noch %n Minute gesperrt; eine Aufsicht kann ihn entsperren.</numerusform>
            <numerusform>Zu viele falsche PINs. Dieser Ausweis ist noch %n Minuten gesperrt; eine Aufsicht kann ihn entsperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. This badge is now locked; a supervisor can reset it.</source>
        <translation>Zu viele falsche PINs. Dieser Ausweis ist jetzt gesperrt; eine Aufsicht kann ihn entsperren.</translation>
    </message>
    <message>
        <source>Dockside does not speak "%1". Choose one of: %2.</source>
        <translation>Dockside spricht kein „%1“. Eine davon wählen: %2.</translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another admin first.</source>
        <translation>%1 ist der letzte aktive Administrator; zuerst einen weiteren Administrator anlegen.</translation>
    </message>
    <message>
        <source>You cannot disable your own badge.</source>
        <translation>Sie können Ihren eigenen Ausweis nicht sperren.</translation>
    </message>
    <message>
        <source>You cannot take away your own admin role.</source>
        <translation>Sie können sich die eigene Administratorrolle nicht entziehen.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>dockside-cli: %1</source>
        <translation>dockside-cli: %1</translation>
    </message>
    <message>
        <source>dockside-cli: %1 (see "%2")</source>
        <translation>dockside-cli: %1 (siehe „%2“)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Say who you are with --user BADGE.</source>
        <translation>Mit --user AUSWEIS angeben, wer Sie sind.</translation>
    </message>
    <message>
        <source>No PIN given: use --pin, DOCKSIDE_PIN or a terminal prompt.</source>
        <translation>Keine PIN angegeben: --pin, DOCKSIDE_PIN oder die Eingabe im Terminal verwenden.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>events, items or parcels</source>
        <translation>events, items oder parcels</translation>
    </message>
    <message>
        <source>Only rows from this time on (RFC 3339 or a date).</source>
        <translation>Nur Zeilen ab diesem Zeitpunkt (RFC 3339 oder ein Datum).</translation>
    </message>
    <message>
        <source>csv (default) or jsonl.</source>
        <translation>csv (Standard) oder jsonl.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Export events, items or parcels.</source>
        <translation>Ereignisse, Artikel oder Pakete exportieren.</translation>
    </message>
    <message>
        <source>Say what to export: events, items or parcels.</source>
        <translation>Angeben, was exportiert werden soll: events, items oder parcels.</translation>
    </message>
    <message>
        <source>--format must be csv or jsonl.</source>
        <translation>--format muss csv oder jsonl sein.</translation>
    </message>
    <message>
        <source>--since takes an RFC 3339 time or a date, e.g. 2026-11-01.</source>
        <translation>--since nimmt eine RFC-3339-Zeit oder ein Datum, z. B. 2026-11-01.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>%n Zeile geschrieben.</numerusform>
            <numerusform>%n Zeilen geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start of the period (default: 30 days ago).</source>
        <translation>Beginn des Zeitraums (Standard: vor 30 Tagen).</translation>
    </message>
    <message>
        <source>End of the period (default: now).</source>
        <translation>Ende des Zeitraums (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Analytics over a period.</source>
        <translation>Auswertungen über einen Zeitraum.</translation>
    </message>
    <message>
        <source>report takes no arguments.</source>
        <translation>report nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--from and --to take RFC 3339 times or dates, --from before --to.</source>
        <translation>--from und --to nehmen RFC-3339-Zeiten oder Daten, --from vor --to.</translation>
    </message>
    <message>
        <source>Cannot write the report.</source>
        <translation>Der Bericht kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>PNG, JPEG or BMP files.</source>
        <translation>PNG-, JPEG- oder BMP-Dateien.</translation>
    </message>
    <message>
        <source>Comma-separated ZXing formats (default: every dock format).</source>
        <translation>Kommagetrennte ZXing-Formate (Standard: alle Formate am Wareneingang).</translation>
    </message>
    <message>
        <source>Camera mode: no rotation, no extra passes.</source>
        <translation>Kameramodus: keine Drehung, keine zusätzlichen Durchläufe.</translation>
    </message>
    <message>
        <source>Decode the barcodes in image files (one JSON line per image with --json).</source>
        <translation>Barcodes in Bilddateien dekodieren (mit --json eine JSON-Zeile pro Bild).</translation>
    </message>
    <message>
        <source>Name at least one image file.</source>
        <translation>Mindestens eine Bilddatei angeben.</translation>
    </message>
    <message>
        <source>Unknown barcode format "%1"; known: %2.</source>
        <translation>Unbekanntes Barcodeformat „%1“; bekannt sind: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n barcode(s) in %2 ms</source>
        <translation>
            <numerusform>%1: %n Barcode in %2 ms</numerusform>
            <numerusform>%1: %n Barcodes in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The item's LPN.</source>
        <translation>Die LPN des Artikels.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>4x6 or 2x1 (default: the station's label_size, else 4x6).</source>
        <translation>4x6 oder 2x1 (Standard: die Einstellung label_size der Station, sonst 4x6).</translation>
    </message>
    <message>
        <source>Render an item's LPN label as PDF.</source>
        <translation>Das LPN-Etikett eines Artikels als PDF erzeugen.</translation>
    </message>
    <message>
        <source>Name one LPN.</source>
        <translation>Eine LPN angeben.</translation>
    </message>
    <message>
        <source>label needs --out FILE.pdf.</source>
        <translation>label braucht --out DATEI.pdf.</translation>
    </message>
    <message>
        <source>--size must be 4x6 or 2x1.</source>
        <translation>--size muss 4x6 oder 2x1 sein.</translation>
    </message>
    <message>
        <source>Label of %1 written to %2</source>
        <translation>Etikett von %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Station code, e.g. AMS-D03.</source>
        <translation>Stationscode, z. B. AMS-D03.</translation>
    </message>
    <message>
        <source>Readable station name.</source>
        <translation>Lesbarer Stationsname.</translation>
    </message>
    <message>
        <source>Create or open the database for a station.</source>
        <translation>Die Datenbank einer Station anlegen oder öffnen.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>init needs --station CODE.</source>
        <translation>init braucht --station CODE.</translation>
    </message>
    <message>
        <source>Station %1 (%2) is ready in %3</source>
        <translation>Station %1 (%2) ist bereit in %3</translation>
    </message>
    <message>
        <source>Badge code, e.g. U-0017.</source>
        <translation>Ausweiscode, z. B. U-0017.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Vollständiger Name.</translation>
    </message>
    <message>
        <source>worker, supervisor or admin.</source>
        <translation>worker, supervisor oder admin.</translation>
    </message>
    <message>
        <source>4 to 12 digits (or DOCKSIDE_PIN, or a prompt).</source>
        <translation>4 bis 12 Ziffern (oder DOCKSIDE_PIN oder eine Eingabeaufforderung).</translation>
    </message>
    <message>
        <source>user add needs --%1.</source>
        <translation>user add braucht --%1.</translation>
    </message>
    <message>
        <source>--role must be worker, supervisor or admin.</source>
        <translation>--role muss worker, supervisor oder admin sein.</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>%1 (%2) als %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>Number of RMAs (default: enough for the items).</source>
        <translation>Anzahl der RMAs (Standard: so viele, wie die Artikel brauchen).</translation>
    </message>
    <message>
        <source>Items processed through the workflow (default 200).</source>
        <translation>Artikel, die den ganzen Ablauf durchlaufen (Standard 200).</translation>
    </message>
    <message>
        <source>Random seed (default 1): same seed, same data.</source>
        <translation>Zufallswert (Standard 1): gleicher Wert, gleiche Daten.</translation>
    </message>
    <message>
        <source>Load realistic demo data: catalog, RMAs, users and processed items.</source>
        <translation>Realistische Demodaten laden: Katalog, RMAs, Benutzer und bearbeitete Artikel.</translation>
    </message>
    <message>
        <source>--items, --rmas and --seed take whole numbers (items at most 10000000).</source>
        <translation>--items, --rmas und --seed nehmen ganze Zahlen (items höchstens 10000000).</translation>
    </message>
    <message>
        <source>What the scanner read.</source>
        <translation>Was der Scanner gelesen hat.</translation>
    </message>
    <message>
        <source>Character the scanner sends for GS (e.g. | or ~).</source>
        <translation>Zeichen, das der Scanner für GS sendet (z. B. | oder ~).</translation>
    </message>
    <message>
        <source>Say what a scanned string is.</source>
        <translation>Angeben, was ein gescannter Text ist.</translation>
    </message>
    <message>
        <source>classify takes one scanned text (quote it).</source>
        <translation>classify nimmt einen gescannten Text (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>--gs takes a single character.</source>
        <translation>--gs nimmt ein einzelnes Zeichen.</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>gültig: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>carrier: %1</source>
        <translation>Versanddienst: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Full integrity_check instead of quick_check (slower).</source>
        <translation>Vollständiger integrity_check statt quick_check (langsamer).</translation>
    </message>
    <message>
        <source>Check the database's integrity and Dockside's invariants.</source>
        <translation>Die Integrität der Datenbank und die Invarianten von Dockside prüfen.</translation>
    </message>
    <message>
        <source>OK: no problems found.</source>
        <translation>OK: keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Gefundene Probleme:</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3 %4  %5: %6 (%n later event(s) held back)</source>
        <translation>
            <numerusform>%1  %2  %3 %4  %5: %6 (%n späteres Ereignis zurückgehalten)</numerusform>
            <numerusform>%1  %2  %3 %4  %5: %6 (%n spätere Ereignisse zurückgehalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is not an event number.</source>
        <translation>„%1“ ist keine Ereignisnummer.</translation>
    </message>
    <message>
        <source>Event %1 will be sent again at the next sync.</source>
        <translation>Ereignis %1 wird bei der nächsten Synchronisierung erneut gesendet.</translation>
    </message>
    <message>
        <source>Event %1 stays dead; the later events of its entity will be sent.</source>
        <translation>Ereignis %1 bleibt unzustellbar; die späteren Ereignisse seines Objekts werden gesendet.</translation>
    </message>
    <message>
        <source>HQ base URL (else DOCKSIDE_HQ_URL, else the hq_url setting).</source>
        <translation>Basis-URL der Zentrale (sonst DOCKSIDE_HQ_URL, sonst die Einstellung hq_url).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Station token (else DOCKSIDE_HQ_TOKEN, else the hq_token setting).</source>
        <translation>Stations-Token (sonst DOCKSIDE_HQ_TOKEN, sonst die Einstellung hq_token).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Sync now even while waiting after earlier failures.</source>
        <translation>Jetzt synchronisieren, auch während nach früheren Fehlern gewartet wird.</translation>
    </message>
    <message>
        <source>Give up on one request after this many seconds.</source>
        <translation>Eine Anfrage nach so vielen Sekunden aufgeben.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>List the events HQ rejected.</source>
        <translation>Die von der Zentrale abgelehnten Ereignisse auflisten.</translation>
    </message>
    <message>
        <source>Send a rejected event again (supervisor).</source>
        <translation>Ein abgelehntes Ereignis erneut senden (Aufsicht).</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>Give up on a rejected event and let its entity's later events go (supervisor).</source>
        <translation>Ein abgelehntes Ereignis aufgeben und die späteren Ereignisse seines Objekts freigeben (Aufsicht).</translation>
    </message>
    <message>
        <source>Supervisor badge, for --requeue and --release.</source>
        <translation>Ausweis der Aufsicht, für --requeue und --release.</translation>
    </message>
    <message>
        <source>BADGE</source>
        <translation>AUSWEIS</translation>
    </message>
    <message>
        <source>PIN (else DOCKSIDE_PIN or a prompt).</source>
        <translation>PIN (sonst DOCKSIDE_PIN oder eine Eingabeaufforderung).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>One sync run with head office: photos, events, RMAs, catalog, policy.</source>
        <translation>Ein Synchronisierungslauf mit der Zentrale: Fotos, Ereignisse, RMAs, Katalog, Richtlinie.</translation>
    </message>
    <message>
        <source>sync takes no arguments.</source>
        <translation>sync nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout braucht eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>dockside-cli: warning: %1</source>
        <translation>dockside-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>Pushed %1 events (%2 already at HQ, %3 rejected); %4 pending.</source>
        <translation>%1 Ereignisse gesendet (%2 schon in der Zentrale, %3 abgelehnt); %4 ausstehend.</translation>
    </message>
    <message>
        <source>Pulled %1 RMAs and %2 products; policy %3.</source>
        <translation>%1 RMAs und %2 Produkte abgerufen; Richtlinie %3.</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Your badge, e.g. U-0003.</source>
        <translation>Ihr Ausweis, z. B. U-0003.</translation>
    </message>
    <message>
        <source>Your PIN (or DOCKSIDE_PIN, or a prompt).</source>
        <translation>Ihre PIN (oder DOCKSIDE_PIN oder eine Eingabeaufforderung).</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Artikel %1: %2</translation>
    </message>
    <message>
        <source>Grade %1 — %2</source>
        <translation>Zustand %1 — %2</translation>
    </message>
    <message>
        <source>Disposition: %1 (suggested %2)</source>
        <translation>Verwertung: %1 (vorgeschlagen %2)</translation>
    </message>
    <message>
        <source>Refund: %1, restocking fee %2 %3 — %4</source>
        <translation>Erstattung: %1, Wiedereinlagerungsgebühr %2 %3 — %4</translation>
    </message>
    <message>
        <source>Put it in tote %1</source>
        <translation>In Box %1 legen</translation>
    </message>
    <message>
        <source>Sent to a supervisor: %1</source>
        <translation>An eine Aufsicht gegeben: %1</translation>
    </message>
    <message>
        <source>The parcel's carrier label or RMA code.</source>
        <translation>Das Versandetikett oder der RMA-Code des Pakets.</translation>
    </message>
    <message>
        <source>An item's GTIN, serial or GS1 code (repeatable), or the LPN of an item of this parcel to inspect.</source>
        <translation>GTIN, Seriennummer oder GS1-Code eines Artikels (wiederholbar) oder die LPN eines Artikels dieses Pakets zur Prüfung.</translation>
    </message>
    <message>
        <source>Grade A, B, C, D or X, as the worker chooses it.</source>
        <translation>Zustand A, B, C, D oder X, wie der Mitarbeiter ihn wählt.</translation>
    </message>
    <message>
        <source>A checklist answer, e.g. powers_on=yes (repeatable).</source>
        <translation>Eine Antwort der Checkliste, z. B. powers_on=yes (wiederholbar).</translation>
    </message>
    <message>
        <source>auto (the suggestion) or a disposition name.</source>
        <translation>auto (der Vorschlag) oder der Name einer Verwertung.</translation>
    </message>
    <message>
        <source>Why the disposition differs from the suggestion.</source>
        <translation>Warum die Verwertung vom Vorschlag abweicht.</translation>
    </message>
    <message>
        <source>What you found, e.g. no_fault_found.</source>
        <translation>Was Sie festgestellt haben, z. B. no_fault_found.</translation>
    </message>
    <message>
        <source>Free notes on the item.</source>
        <translation>Freie Notizen zum Artikel.</translation>
    </message>
    <message>
        <source>A JPEG or PNG photo of the item (repeatable).</source>
        <translation>Ein JPEG- oder PNG-Foto des Artikels (wiederholbar).</translation>
    </message>
    <message>
        <source>How a data-bearing item was wiped.</source>
        <translation>Wie ein datentragender Artikel gelöscht wurde.</translation>
    </message>
    <message>
        <source>Weight in grams: of each item, or of the parcel without items.</source>
        <translation>Gewicht in Gramm: je Artikel oder des Pakets ohne Artikel.</translation>
    </message>
    <message>
        <source>Receive a parcel and its items as a dock worker.</source>
        <translation>Ein Paket und seine Artikel als Lagermitarbeiter annehmen.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Unerwartetes Argument %1.</translation>
    </message>
    <message>
        <source>receive needs --parcel CODE.</source>
        <translation>receive braucht --parcel CODE.</translation>
    </message>
    <message>
        <source>--weight-g takes a whole number of grams.</source>
        <translation>--weight-g nimmt eine ganze Zahl Gramm.</translation>
    </message>
    <message>
        <source>--grade must be A, B, C, D or X.</source>
        <translation>--grade muss A, B, C, D oder X sein.</translation>
    </message>
    <message>
        <source>--check takes KEY=yes or KEY=no, not "%1".</source>
        <translation>--check nimmt SCHLÜSSEL=yes oder SCHLÜSSEL=no, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown disposition "%1".</source>
        <translation>Unbekannte Verwertung „%1“.</translation>
    </message>
    <message>
        <source>Grade the items (--grade or --check) to decide them.</source>
        <translation>Die Artikel bewerten (--grade oder --check), um über sie zu entscheiden.</translation>
    </message>
    <message>
        <source>--grade and --check need at least one --item.</source>
        <translation>--grade und --check brauchen mindestens ein --item.</translation>
    </message>
    <message>
        <source>An item's --weight-g is recorded when it is graded; add --grade or --check.</source>
        <translation>Das --weight-g eines Artikels wird bei der Bewertung erfasst; --grade oder --check hinzufügen.</translation>
    </message>
    <message>
        <source>Parcel %1: %2</source>
        <translation>Paket %1: %2</translation>
    </message>
    <message>
        <source>open (default), approved, rejected or all.</source>
        <translation>open (Standard), approved, rejected oder all.</translation>
    </message>
    <message>
        <source>override, high_value, exception, fraud_flag or blind_receipt.</source>
        <translation>override, high_value, exception, fraud_flag oder blind_receipt.</translation>
    </message>
    <message>
        <source>LPN, tracking, RMA, serial or SKU (end with * for a prefix).</source>
        <translation>LPN, Sendungsnummer, RMA, Seriennummer oder SKU (mit * am Ende für einen Präfix).</translation>
    </message>
    <message>
        <source>Rows per page (default 50).</source>
        <translation>Zeilen pro Seite (Standard 50).</translation>
    </message>
    <message>
        <source>Rows to skip (default 0).</source>
        <translation>Zu überspringende Zeilen (Standard 0).</translation>
    </message>
    <message>
        <source>List the supervisor's inspection queue.</source>
        <translation>Die Prüfwarteschlange der Aufsicht auflisten.</translation>
    </message>
    <message>
        <source>--status must be open, approved, rejected or all.</source>
        <translation>--status muss open, approved, rejected oder all sein.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 10000, --offset one from 0.</source>
        <translation>--limit nimmt eine ganze Zahl von 1 bis 10000, --offset eine ab 0.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the queue</source>
        <translation>
            <numerusform>%n Artikel in der Warteschlange</numerusform>
            <numerusform>%n Artikel in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>Items to decide.</source>
        <translation>Zu entscheidende Artikel.</translation>
    </message>
    <message>
        <source>Change the disposition.</source>
        <translation>Die Verwertung ändern.</translation>
    </message>
    <message>
        <source>Why (optional).</source>
        <translation>Begründung (optional).</translation>
    </message>
    <message>
        <source>Why it is rejected (required).</source>
        <translation>Warum abgelehnt wird (Pflicht).</translation>
    </message>
    <message>
        <source>Approve queued items (supervisors).</source>
        <translation>Artikel in der Warteschlange freigeben (Aufsicht).</translation>
    </message>
    <message>
        <source>Reject queued items (supervisors).</source>
        <translation>Artikel in der Warteschlange ablehnen (Aufsicht).</translation>
    </message>
    <message>
        <source>Name at least one LPN.</source>
        <translation>Mindestens eine LPN angeben.</translation>
    </message>
    <message>
        <source>Nothing was changed: not every item can be decided.</source>
        <translation>Nichts wurde geändert: nicht jeder Artikel kann entschieden werden.</translation>
    </message>
    <message>
        <source>dockside-cli: Nothing was changed: not every item can be decided.</source>
        <translation>dockside-cli: Nichts wurde geändert: nicht jeder Artikel kann entschieden werden.</translation>
    </message>
    <message>
        <source>list or close</source>
        <translation>list oder close</translation>
    </message>
    <message>
        <source>The tote to close.</source>
        <translation>Die zu schließende Box.</translation>
    </message>
    <message>
        <source>Also list closed totes.</source>
        <translation>Auch geschlossene Boxen auflisten.</translation>
    </message>
    <message>
        <source>Who takes a recycle or destroy tote.</source>
        <translation>Wer eine Recycling- oder Vernichtungsbox abholt.</translation>
    </message>
    <message>
        <source>The partner's certificate reference.</source>
        <translation>Die Zertifikatsnummer des Partners.</translation>
    </message>
    <message>
        <source>List or close totes.</source>
        <translation>Boxen auflisten oder schließen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>tote manifest needs --out FILE.pdf.</source>
        <translation>tote manifest braucht --out DATEI.pdf.</translation>
    </message>
    <message>
        <source>Say "tote list", "tote close TOTE" or "tote manifest TOTE --out FILE.pdf".</source>
        <translation>„tote list“, „tote close BOX“ oder „tote manifest BOX --out DATEI.pdf“ angeben.</translation>
    </message>
    <message>
        <source>dockside-cli: tote %1 is closed, but its manifest could not be written; print it again with "tote manifest %1 --out FILE.pdf".</source>
        <translation>dockside-cli: Box %1 ist geschlossen, aber ihre Packliste konnte nicht geschrieben werden; mit „tote manifest %1 --out DATEI.pdf“ erneut drucken.</translation>
    </message>
    <message numerus="yes">
        <source>Tote %1 closed: %n item(s).</source>
        <translation>
            <numerusform>Box %1 geschlossen: %n Artikel.</numerusform>
            <numerusform>Box %1 geschlossen: %n Artikel.</numerusform>
        </translation>
    </message>
    <message>
        <source>create or open the database for a station</source>
        <translation>die Datenbank einer Station anlegen oder öffnen</translation>
    </message>
    <message>
        <source>add or list users (user add, user list)</source>
        <translation>Benutzer hinzufügen oder auflisten (user add, user list)</translation>
    </message>
    <message>
        <source>load realistic demo data</source>
        <translation>realistische Demodaten laden</translation>
    </message>
    <message>
        <source>say what a scanned string is</source>
        <translation>sagen, was ein gescannter Text ist</translation>
    </message>
    <message>
        <source>decode barcodes in image files</source>
        <translation>Barcodes in Bilddateien dekodieren</translation>
    </message>
    <message>
        <source>render an item's LPN label as PDF</source>
        <translation>das LPN-Etikett eines Artikels als PDF erzeugen</translation>
    </message>
    <message>
        <source>receive a parcel and its items</source>
        <translation>ein Paket und seine Artikel annehmen</translation>
    </message>
    <message>
        <source>list the inspection queue</source>
        <translation>die Prüfwarteschlange auflisten</translation>
    </message>
    <message>
        <source>approve queued items (supervisor)</source>
        <translation>Artikel in der Warteschlange freigeben (Aufsicht)</translation>
    </message>
    <message>
        <source>reject queued items (supervisor)</source>
        <translation>Artikel in der Warteschlange ablehnen (Aufsicht)</translation>
    </message>
    <message>
        <source>list or close totes</source>
        <translation>Boxen auflisten oder schließen</translation>
    </message>
    <message>
        <source>export events, items or parcels</source>
        <translation>Ereignisse, Artikel oder Pakete exportieren</translation>
    </message>
    <message>
        <source>analytics figures</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>one sync run with head office</source>
        <translation>ein Synchronisierungslauf mit der Zentrale</translation>
    </message>
    <message>
        <source>check the database's integrity</source>
        <translation>die Integrität der Datenbank prüfen</translation>
    </message>
    <message>
        <source>Usage: dockside-cli [--db FILE] [--json] COMMAND [OPTIONS]

Global options:
  --db FILE   the station database (default: $DOCKSIDE_DB or the GUI's)
  --json      machine-readable output
  --version   print the version

Commands:
</source>
        <translation>Aufruf: dockside-cli [--db DATEI] [--json] BEFEHL [OPTIONEN]

Globale Optionen:
  --db DATEI  die Stationsdatenbank (Standard: $DOCKSIDE_DB oder die der GUI)
  --json      maschinenlesbare Ausgabe
  --version   die Version ausgeben

Befehle:
</translation>
    </message>
    <message>
        <source>
"dockside-cli COMMAND --help" describes a command.
</source>
        <translation>
„dockside-cli BEFEHL --help“ beschreibt einen Befehl.
</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The user's language: en, de, es, pl or uk (empty: the station's).</source>
        <translation>Die Sprache des Benutzers: en, de, es, pl oder uk (leer: die der Station).</translation>
    </message>
    <message>
        <source>user language needs --%1.</source>
        <translation>user language braucht --%1.</translation>
    </message>
    <message>
        <source>%1 now uses the station's language.</source>
        <translation>%1 verwendet jetzt die Sprache der Station.</translation>
    </message>
    <message>
        <source>%1 now uses language %2.</source>
        <translation>%1 verwendet jetzt die Sprache %2.</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Artikeln</translation>
    </message>
    <message>
        <source>json (default), csv, or pdf (needs --out).</source>
        <translation>json (Standard), csv oder pdf (braucht --out).</translation>
    </message>
    <message>
        <source>--format must be json, csv or pdf.</source>
        <translation>--format muss json, csv oder pdf sein.</translation>
    </message>
    <message>
        <source>A PDF report needs --out FILE.pdf.</source>
        <translation>Ein PDF-Bericht braucht --out DATEI.pdf.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>The item held for an exception.</source>
        <translation>Der wegen einer Ausnahme zurückgehaltene Artikel.</translation>
    </message>
    <message>
        <source>link_rma or unmatched (blind receipts); accept or deny (other exceptions).</source>
        <translation>link_rma oder unmatched (Blindannahmen); accept oder deny (andere Ausnahmen).</translation>
    </message>
    <message>
        <source>The RMA to link (with link_rma).</source>
        <translation>Die zu verknüpfende RMA (mit link_rma).</translation>
    </message>
    <message>
        <source>List RMAs matching a code, tracking number or serial instead of deciding.</source>
        <translation>RMAs zu einem Code, einer Sendungs- oder Seriennummer auflisten, statt zu entscheiden.</translation>
    </message>
    <message>
        <source>Why (required to deny).</source>
        <translation>Begründung (Pflicht bei Ablehnung).</translation>
    </message>
    <message>
        <source>Resolve an exception in the inspection queue (supervisors).</source>
        <translation>Eine Ausnahme in der Prüfwarteschlange klären (Aufsicht).</translation>
    </message>
    <message>
        <source>Name exactly one LPN.</source>
        <translation>Genau eine LPN angeben.</translation>
    </message>
    <message>
        <source>--decision must be link_rma, unmatched, accept or deny.</source>
        <translation>--decision muss link_rma, unmatched, accept oder deny sein.</translation>
    </message>
    <message>
        <source>request, list, submit or agreement</source>
        <translation>request, list, submit oder agreement</translation>
    </message>
    <message>
        <source>The item (request, submit).</source>
        <translation>Der Artikel (request, submit).</translation>
    </message>
    <message>
        <source>The second grade: A, B, C, D or X (submit).</source>
        <translation>Die Zweitbewertung: A, B, C, D oder X (submit).</translation>
    </message>
    <message>
        <source>Badge of the worker to ask (request).</source>
        <translation>Ausweis des angefragten Mitarbeiters (request).</translation>
    </message>
    <message>
        <source>A note for the re-grader or on the grade.</source>
        <translation>Ein Hinweis für die Zweitbewertung oder zur Bewertung.</translation>
    </message>
    <message>
        <source>Agreement since (RFC 3339, default 30 days ago).</source>
        <translation>Übereinstimmung seit (RFC 3339, Standard: vor 30 Tagen).</translation>
    </message>
    <message>
        <source>Agreement until (RFC 3339, default now).</source>
        <translation>Übereinstimmung bis (RFC 3339, Standard: jetzt).</translation>
    </message>
    <message>
        <source>Blind re-grades: ask for one, list or do yours, or show grader agreement.</source>
        <translation>Blinde Zweitbewertungen: eine anfordern, die eigenen auflisten oder erledigen, oder die Übereinstimmung der Bewerter zeigen.</translation>
    </message>
    <message>
        <source>Say "regrade request", "regrade list", "regrade submit" or "regrade agreement".</source>
        <translation>„regrade request“, „regrade list“, „regrade submit“ oder „regrade agreement“ angeben.</translation>
    </message>
    <message>
        <source>This action takes no LPN.</source>
        <translation>Diese Aktion nimmt keine LPN.</translation>
    </message>
    <message>
        <source>--%1 takes an RFC 3339 time, e.g. 2026-11-01T00:00:00Z.</source>
        <translation>--%1 nimmt eine RFC-3339-Zeit, z. B. 2026-11-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>All re-grades:</source>
        <translation>Alle Zweitbewertungen:</translation>
    </message>
    <message>
        <source>By worker:</source>
        <translation>Nach Mitarbeiter:</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>Nach Kategorie:</translation>
    </message>
    <message>
        <source>A second grade of %1 is requested.</source>
        <translation>Eine Zweitbewertung von %1 ist angefordert.</translation>
    </message>
    <message>
        <source>Second grade %1 recorded for %2.</source>
        <translation>Zweitbewertung %1 für %2 gespeichert.</translation>
    </message>
    <message>
        <source>An LPN, tracking number, RMA or serial.</source>
        <translation>Eine LPN, Sendungsnummer, RMA oder Seriennummer.</translation>
    </message>
    <message>
        <source>Show the timeline of an item, parcel or RMA.</source>
        <translation>Den Verlauf eines Artikels, Pakets oder einer RMA zeigen.</translation>
    </message>
    <message>
        <source>Name exactly one code.</source>
        <translation>Genau einen Code angeben.</translation>
    </message>
    <message>
        <source>at HQ</source>
        <translation>in der Zentrale</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>A, B, C, D or X.</source>
        <translation>A, B, C, D oder X.</translation>
    </message>
    <message>
        <source>The item's disposition.</source>
        <translation>Die Verwertung des Artikels.</translation>
    </message>
    <message>
        <source>A product category or a parent of it, e.g. electronics.</source>
        <translation>Eine Produktkategorie oder eine übergeordnete, z. B. electronics.</translation>
    </message>
    <message>
        <source>Badge of the worker who received the item.</source>
        <translation>Ausweis des Mitarbeiters, der den Artikel angenommen hat.</translation>
    </message>
    <message>
        <source>Unit value at least, e.g. 100.00.</source>
        <translation>Stückwert mindestens, z. B. 100.00.</translation>
    </message>
    <message>
        <source>Unit value at most.</source>
        <translation>Stückwert höchstens.</translation>
    </message>
    <message>
        <source>Queued at least this many hours ago.</source>
        <translation>Mindestens so viele Stunden in der Warteschlange.</translation>
    </message>
    <message>
        <source>Queued at most this many hours ago.</source>
        <translation>Höchstens so viele Stunden in der Warteschlange.</translation>
    </message>
    <message>
        <source>queued_at (default), value, grade, cause, disposition, category or worker.</source>
        <translation>queued_at (Standard), value, grade, cause, disposition, category oder worker.</translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation>Absteigend sortieren.</translation>
    </message>
    <message>
        <source>--%1 takes an amount such as 100 or 99.50.</source>
        <translation>--%1 nimmt einen Betrag wie 100 oder 99.50.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of hours.</source>
        <translation>--%1 nimmt eine ganze Zahl Stunden.</translation>
    </message>
    <message>
        <source>resolve an exception in the queue (supervisor)</source>
        <translation>eine Ausnahme in der Warteschlange klären (Aufsicht)</translation>
    </message>
    <message>
        <source>blind re-grades and grader agreement</source>
        <translation>blinde Zweitbewertungen und Übereinstimmung der Bewerter</translation>
    </message>
    <message>
        <source>timeline of an item, parcel or RMA</source>
        <translation>Verlauf eines Artikels, Pakets oder einer RMA</translation>
    </message>
    <message>
        <source>Write the backup to this file instead of the rotated backup folder.</source>
        <translation>Die Sicherung in diese Datei schreiben statt in den rotierenden Sicherungsordner.</translation>
    </message>
    <message>
        <source>List the rotated backups, newest first.</source>
        <translation>Die rotierenden Sicherungen auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Back up the station database (online, verified).</source>
        <translation>Die Stationsdatenbank sichern (im Betrieb, geprüft).</translation>
    </message>
    <message>
        <source>backup takes no arguments; use --to FILE.</source>
        <translation>backup nimmt keine Argumente; --to DATEI verwenden.</translation>
    </message>
    <message>
        <source>Backed up station %1 to %2 (%3 bytes, checked).</source>
        <translation>Station %1 nach %2 gesichert (%3 Bytes, geprüft).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>Allow a backup of another station to replace this one.</source>
        <translation>Erlauben, dass die Sicherung einer anderen Station diese ersetzt.</translation>
    </message>
    <message>
        <source>Replace the station database with a backup (the current one is kept).</source>
        <translation>Die Stationsdatenbank durch eine Sicherung ersetzen (die aktuelle bleibt erhalten).</translation>
    </message>
    <message>
        <source>Name one backup file: dockside-cli restore FILE.</source>
        <translation>Eine Sicherungsdatei angeben: dockside-cli restore DATEI.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. Items received after that backup are no longer in this database (HQ has their synced events). The previous database was kept as %3.</source>
        <translation>%1 aus %2 wiederhergestellt. Nach dieser Sicherung angenommene Artikel sind nicht mehr in dieser Datenbank (die Zentrale hat ihre synchronisierten Ereignisse). Die vorige Datenbank wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>add, list, unlock, reset-pin or language</source>
        <translation>add, list, unlock, reset-pin oder language</translation>
    </message>
    <message>
        <source>Your badge, for unlock (supervisor), reset-pin and language (admin).</source>
        <translation>Ihr Ausweis, für unlock (Aufsicht), reset-pin und language (Administrator).</translation>
    </message>
    <message>
        <source>The new PIN, for reset-pin.</source>
        <translation>Die neue PIN, für reset-pin.</translation>
    </message>
    <message>
        <source>Add or list the station's users, lift a lock-out, reset a PIN or set a user's language.</source>
        <translation>Die Benutzer der Station hinzufügen oder auflisten, eine Aussperrung aufheben, eine PIN zurücksetzen oder die Sprache eines Benutzers einstellen.</translation>
    </message>
    <message>
        <source>Say "user add", "user list", "user unlock", "user reset-pin" or "user language".</source>
        <translation>„user add“, „user list“, „user unlock“, „user reset-pin“ oder „user language“ angeben.</translation>
    </message>
    <message>
        <source>Name the user with --badge BADGE.</source>
        <translation>Den Benutzer mit --badge AUSWEIS angeben.</translation>
    </message>
    <message>
        <source>user reset-pin needs --new-pin.</source>
        <translation>user reset-pin braucht --new-pin.</translation>
    </message>
    <message>
        <source>%1 has a new PIN and may log in again.</source>
        <translation>%1 hat eine neue PIN und kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>back up the station database</source>
        <translation>die Stationsdatenbank sichern</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>die Datenbank durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a settings file: it is larger than 1 MiB.</source>
        <translation>%1 ist keine Einstellungsdatei: sie ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1 wurde nicht importiert, nichts wurde geändert: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n setting(s); importing it would change: %2.</source>
        <translation>
            <numerusform>%1 ist gültig: %n Einstellung; der Import würde ändern: %2.</numerusform>
            <numerusform>%1 ist gültig: %n Einstellungen; der Import würde ändern: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n setting(s) from %1; changed: %2.</source>
        <translation>
            <numerusform>%n Einstellung aus %1 importiert; geändert: %2.</numerusform>
            <numerusform>%n Einstellungen aus %1 importiert; geändert: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings of %1 written to %2.</source>
        <translation>Einstellungen von %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>import FILE or export</source>
        <translation>import DATEI oder export</translation>
    </message>
    <message>
        <source>import: only check the file and say what would change.</source>
        <translation>import: nur die Datei prüfen und sagen, was sich ändern würde.</translation>
    </message>
    <message>
        <source>export: write to this file instead of standard output.</source>
        <translation>export: in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Import station settings from a "key = value" file, or export them.</source>
        <translation>Stationseinstellungen aus einer Datei mit „Schlüssel = Wert“ importieren oder exportieren.</translation>
    </message>
    <message>
        <source>Say "settings import FILE" or "settings export [--out FILE]".</source>
        <translation>Sagen Sie „settings import DATEI“ oder „settings export [--out DATEI]“.</translation>
    </message>
    <message>
        <source>import or export station settings (key = value file)</source>
        <translation>Stationseinstellungen importieren oder exportieren (Datei mit Schlüssel = Wert)</translation>
    </message>
</context>
<context>
    <name>dockside::AdminPage</name>
    <message>
        <source>Head-office URL</source>
        <translation>URL der Zentrale</translation>
    </message>
    <message>
        <source>Head-office token</source>
        <translation>Token der Zentrale</translation>
    </message>
    <message>
        <source>Nightly sync (HH:MM)</source>
        <translation>Nächtliche Synchronisierung (HH:MM)</translation>
    </message>
    <message>
        <source>Idle lock (minutes)</source>
        <translation>Automatische Sperre (Minuten)</translation>
    </message>
    <message>
        <source>Label size (4x6 or 2x1)</source>
        <translation>Etikettengröße (4x6 oder 2x1)</translation>
    </message>
    <message>
        <source>Label printer (empty: PDF files)</source>
        <translation>Etikettendrucker (leer: PDF-Dateien)</translation>
    </message>
    <message>
        <source>Queue SLA (hours)</source>
        <translation>Warteschlangen-SLA (Stunden)</translation>
    </message>
    <message>
        <source>Language (e.g. en, de)</source>
        <translation>Sprache (z. B. en, de)</translation>
    </message>
    <message>
        <source>Blind re-grade share (%)</source>
        <translation>Anteil blinder Zweitbewertungen (%)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Sperren / entsperren</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>PIN zurücksetzen…</translation>
    </message>
    <message>
        <source>Role…</source>
        <translation>Rolle…</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Stationseinstellungen</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Badge (U- and 4 to 8 digits, e.g. U-0017)</source>
        <translation>Ausweis (U- und 4 bis 8 Ziffern, z. B. U-0017)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>First PIN (4 to 12 digits)</source>
        <translation>Erste PIN (4 bis 12 Ziffern)</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 ist gesperrt.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 ist wieder freigeschaltet.</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PIN zurücksetzen</translation>
    </message>
    <message>
        <source>New PIN for %1 (4 to 12 digits)</source>
        <translation>Neue PIN für %1 (4 bis 12 Ziffern)</translation>
    </message>
    <message>
        <source>%1 has a new PIN; any lock-out is lifted.</source>
        <translation>%1 hat eine neue PIN; eine Aussperrung ist aufgehoben.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nichts zu speichern: keine Einstellung wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) saved.</source>
        <translation>
            <numerusform>%n Einstellung gespeichert.</numerusform>
            <numerusform>%n Einstellungen gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to (included)</source>
        <translation>bis (einschließlich)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Items received %1 – %2: %n item(s). Computed in %3 ms.</source>
        <translation>
            <numerusform>Angenommene Artikel %1 – %2: %n Artikel. Berechnet in %3 ms.</numerusform>
            <numerusform>Angenommene Artikel %1 – %2: %n Artikel. Berechnet in %3 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erlös</translation>
    </message>
    <message>
        <source>Dock to stock</source>
        <translation>Annahme bis Einlagerung</translation>
    </message>
    <message>
        <source>%1 median · %2 p90</source>
        <translation>%1 Median · %2 P90</translation>
    </message>
    <message>
        <source>To refund decision</source>
        <translation>Bis zur Erstattungsentscheidung</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>Kein Fehler gefunden</translation>
    </message>
    <message>
        <source>Kept out of landfill</source>
        <translation>Vor der Deponie bewahrt</translation>
    </message>
    <message>
        <source>Queue now</source>
        <translation>Warteschlange jetzt</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Chart data saved to %1</source>
        <translation>Diagrammdaten gespeichert in %1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>dockside::BackupScheduler</name>
    <message>
        <source>Backup failed: %1 Dockside tries again in an hour.</source>
        <translation>Sicherung fehlgeschlagen: %1 Dockside versucht es in einer Stunde erneut.</translation>
    </message>
    <message>
        <source>Backup written, but its time could not be recorded: %1</source>
        <translation>Sicherung geschrieben, aber ihre Zeit konnte nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>Backup written at %1: %2</source>
        <translation>Sicherung um %1 geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>dockside::CameraScanner</name>
    <message>
        <source>Camera scanner</source>
        <translation>Kamerascanner</translation>
    </message>
    <message>
        <source>Hold a barcode inside the box</source>
        <translation>Den Barcode in den Rahmen halten</translation>
    </message>
    <message>
        <source>Camera ready</source>
        <translation>Kamera bereit</translation>
    </message>
    <message>
        <source>No camera found. Use the hand scanner.</source>
        <translation>Keine Kamera gefunden. Den Handscanner benutzen.</translation>
    </message>
    <message>
        <source>Camera error: %1</source>
        <translation>Kamerafehler: %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
</context>
<context>
    <name>dockside::DemoSession</name>
    <message>
        <source>Cannot start the demo head office (%1): %2</source>
        <translation>Die Demo-Zentrale (%1) kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The demo head office did not start: %1</source>
        <translation>Die Demo-Zentrale ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The demo head office could not import the %1: %2</source>
        <translation>Die Demo-Zentrale konnte den Datensatz „%1“ nicht importieren: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Creating the demo station…</source>
        <translation>Demo-Station wird angelegt…</translation>
    </message>
    <message>
        <source>Starting the demo head office…</source>
        <translation>Demo-Zentrale wird gestartet…</translation>
    </message>
    <message>
        <source>Syncing with the demo head office…</source>
        <translation>Synchronisierung mit der Demo-Zentrale…</translation>
    </message>
</context>
<context>
    <name>dockside::FirstRunWizard</name>
    <message>
        <source>Set up this Dockside station</source>
        <translation>Diese Dockside-Station einrichten</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Create station</source>
        <translation>Station anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Choose the station's language. Each worker can have their own: their badge brings it when they log in.</source>
        <translation>Die Sprache der Station wählen. Jeder Mitarbeiter kann seine eigene haben: sein Ausweis bringt sie beim Anmelden mit.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>The station code is printed on every LPN label: 2 to 8 capital letters or digits, optionally a dash and the dock, e.g. AMS-D03.</source>
        <translation>Der Stationscode steht auf jedem LPN-Etikett: 2 bis 8 Großbuchstaben oder Ziffern, optional ein Bindestrich und das Tor, z. B. AMS-D03.</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Stationscode</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Stationsname</translation>
    </message>
    <message>
        <source>e.g. Amsterdam returns dock 3</source>
        <translation>z. B. Amsterdam Retouren Tor 3</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Erster Administrator</translation>
    </message>
    <message>
        <source>The first user administers the station: adds users and changes settings. Badges are U- and 4 to 8 digits; a PIN is 4 to 12 digits.</source>
        <translation>Der erste Benutzer verwaltet die Station: legt Benutzer an und ändert Einstellungen. Ausweise sind U- und 4 bis 8 Ziffern; eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>Administrator's badge</source>
        <translation>Ausweis des Administrators</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Administrator's name</source>
        <translation>Name des Administrators</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>Head office (optional)</source>
        <translation>Zentrale (optional)</translation>
    </message>
    <message>
        <source>Where this station sends its events and gets RMAs, catalog and policy. Leave both empty to work offline for now; you can set them later.</source>
        <translation>Wohin diese Station ihre Ereignisse sendet und woher sie RMAs, Katalog und Richtlinie bekommt. Beides leer lassen, um vorerst offline zu arbeiten; es lässt sich später einstellen.</translation>
    </message>
    <message>
        <source>Head office URL</source>
        <translation>URL der Zentrale</translation>
    </message>
    <message>
        <source>Station token</source>
        <translation>Stations-Token</translation>
    </message>
    <message>
        <source>"%1" is not a station code: use 2 to 8 capital letters or digits, optionally a dash and the dock, e.g. AMS-D03.</source>
        <translation>„%1“ ist kein Stationscode: 2 bis 8 Großbuchstaben oder Ziffern, optional ein Bindestrich und das Tor, z. B. AMS-D03.</translation>
    </message>
    <message>
        <source>"%1" is not a badge: use U- and 4 to 8 digits, e.g. U-0001.</source>
        <translation>„%1“ ist kein Ausweis: U- und 4 bis 8 Ziffern, z. B. U-0001.</translation>
    </message>
    <message>
        <source>Type the administrator's name.</source>
        <translation>Den Namen des Administrators eingeben.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Die beiden PINs unterscheiden sich. Zweimal dieselbe PIN eingeben.</translation>
    </message>
    <message>
        <source>Give both the head office URL and the station token, or neither.</source>
        <translation>Entweder URL der Zentrale und Stations-Token angeben oder keines von beiden.</translation>
    </message>
    <message>
        <source>"%1" is not a web address: it starts with https://.</source>
        <translation>„%1“ ist keine Webadresse: sie beginnt mit https://.</translation>
    </message>
</context>
<context>
    <name>dockside::HistoryPage</name>
    <message>
        <source>Item history</source>
        <translation>Artikelverlauf</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Scan or type an LPN, tracking number, RMA or serial</source>
        <translation>LPN, Sendungsnummer, RMA oder Seriennummer scannen oder eingeben</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n event(s).</source>
        <translation>
            <numerusform>%1 %2: %n Ereignis.</numerusform>
            <numerusform>%1 %2: %n Ereignisse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet at head office.</source>
        <translation>
            <numerusform>%n noch nicht in der Zentrale.</numerusform>
            <numerusform>%n noch nicht in der Zentrale.</numerusform>
        </translation>
    </message>
    <message>
        <source>All at head office.</source>
        <translation>Alles in der Zentrale.</translation>
    </message>
</context>
<context>
    <name>dockside::InspectPage</name>
    <message>
        <source>All checks pass (F5)</source>
        <translation>Alle Prüfungen bestanden (F5)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>not weighed</source>
        <translation>nicht gewogen</translation>
    </message>
    <message>
        <source>Add photo (F7)</source>
        <translation>Foto hinzufügen (F7)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Confirm and print label (Enter)</source>
        <translation>Bestätigen und Etikett drucken (Enter)</translation>
    </message>
    <message>
        <source>Last answer undone.</source>
        <translation>Letzte Antwort zurückgenommen.</translation>
    </message>
    <message>
        <source>Nothing to undo on this item.</source>
        <translation>Bei diesem Artikel gibt es nichts zurückzunehmen.</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>Unbekanntes Produkt</translation>
    </message>
    <message>
        <source>Item %1 · %2</source>
        <translation>Artikel %1 · %2</translation>
    </message>
    <message>
        <source>Item %1 · %2 · %3</source>
        <translation>Artikel %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Grade it; it goes to a supervisor.</source>
        <translation>Bewerten; er geht an eine Aufsicht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 is not a photo Dockside can read.</source>
        <translation>%1 ist kein Foto, das Dockside lesen kann.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Change the disposition</source>
        <translation>Verwertung ändern</translation>
    </message>
    <message>
        <source>Why %1 instead of %2? Your choice goes to a supervisor for approval.</source>
        <translation>Warum %1 statt %2? Ihre Wahl geht zur Freigabe an eine Aufsicht.</translation>
    </message>
    <message>
        <source>Grade shows when every check is answered.</source>
        <translation>Der Zustand erscheint, sobald jede Prüfung beantwortet ist.</translation>
    </message>
    <message numerus="yes">
        <source>Answer %n more check(s), or press All checks pass.</source>
        <translation>
            <numerusform>Noch %n Prüfung beantworten oder „Alle Prüfungen bestanden“ drücken.</numerusform>
            <numerusform>Noch %n Prüfungen beantworten oder „Alle Prüfungen bestanden“ drücken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damage reported: add at least one photo (F7).</source>
        <translation>Schaden gemeldet: mindestens ein Foto hinzufügen (F7).</translation>
    </message>
    <message>
        <source>Ready: press Enter to confirm.</source>
        <translation>Fertig: Enter drücken zum Bestätigen.</translation>
    </message>
    <message>
        <source>Goes to a supervisor (%1). Press Enter to confirm.</source>
        <translation>Geht an eine Aufsicht (%1). Enter drücken zum Bestätigen.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (Vorschlag)</translation>
    </message>
    <message>
        <source>Refund: full.</source>
        <translation>Erstattung: voll.</translation>
    </message>
    <message>
        <source>Refund: none for now.</source>
        <translation>Erstattung: vorerst keine.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All checks pass</source>
        <translation>Alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>Answers every check with Yes (F5).</source>
        <translation>Beantwortet jede Prüfung mit Ja (F5).</translation>
    </message>
    <message>
        <source>Weight in grams</source>
        <translation>Gewicht in Gramm</translation>
    </message>
    <message>
        <source>What the scale shows; 0 when the item was not weighed.</source>
        <translation>Was die Waage anzeigt; 0, wenn der Artikel nicht gewogen wurde.</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Foto hinzufügen</translation>
    </message>
    <message>
        <source>Adds photos of damage; needed when a damage check fails (F7).</source>
        <translation>Fügt Fotos von Schäden hinzu; nötig, wenn eine Schadensprüfung nicht bestanden ist (F7).</translation>
    </message>
    <message>
        <source>Anything a supervisor should know about this item.</source>
        <translation>Alles, was eine Aufsicht über diesen Artikel wissen sollte.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why this disposition</source>
        <translation>Warum diese Verwertung</translation>
    </message>
    <message>
        <source>Dispositions allowed for this item</source>
        <translation>Für diesen Artikel erlaubte Verwertungen</translation>
    </message>
    <message>
        <source>Confirm and print label</source>
        <translation>Bestätigen und Etikett drucken</translation>
    </message>
    <message>
        <source>Saves the decision and prints the LPN label (Enter).</source>
        <translation>Speichert die Entscheidung und druckt das LPN-Etikett (Enter).</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <source>Chosen disposition</source>
        <translation>Gewählte Verwertung</translation>
    </message>
    <message>
        <source>Choose this disposition</source>
        <translation>Diese Verwertung wählen</translation>
    </message>
    <message>
        <source>Refund: partial, restocking fee %1.</source>
        <translation>Erstattung: teilweise, Wiedereinlagerungsgebühr %1.</translation>
    </message>
    <message>
        <source>%1
(suggested)</source>
        <translation>%1
(Vorschlag)</translation>
    </message>
    <message>
        <source>Camera photo (F6)</source>
        <translation>Kamerafoto (F6)</translation>
    </message>
    <message>
        <source>Camera photo</source>
        <translation>Kamerafoto</translation>
    </message>
    <message>
        <source>Takes a photo of the item with the station's camera (F6).</source>
        <translation>Fotografiert den Artikel mit der Kamera der Station (F6).</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>What you found</source>
        <translation>Was Sie festgestellt haben</translation>
    </message>
    <message>
        <source>What you found, beside the customer's reason: defect confirmed, no fault found, empty box…</source>
        <translation>Was Sie festgestellt haben, neben dem Grund des Kunden: Mangel bestätigt, kein Fehler gefunden, leerer Karton…</translation>
    </message>
</context>
<context>
    <name>dockside::InspectionQueuePage</name>
    <message>
        <source>Inspection queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>LPN, tracking, RMA, serial or SKU (* for prefix)</source>
        <translation>LPN, Sendungsnr., RMA, Seriennr. oder SKU (* für Präfix)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Jeder Grund</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Any disposition</source>
        <translation>Jede Verwertung</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Verwertung</translation>
    </message>
    <message>
        <source>e.g. electronics</source>
        <translation>z. B. electronics</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Any worker</source>
        <translation>Jeder Mitarbeiter</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Wert ab</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Value to</source>
        <translation>Wert bis</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Alle Filter leeren</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Approve (Ctrl+Enter)</source>
        <translation>Freigeben (Strg+Enter)</translation>
    </message>
    <message>
        <source>Change disposition…</source>
        <translation>Verwertung ändern…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Ask for a re-grade…</source>
        <translation>Zweitbewertung anfordern…</translation>
    </message>
    <message>
        <source>Resolve exception…</source>
        <translation>Ausnahme klären…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n h SLA or more)</source>
        <translation>
            <numerusform>Überfällig (%n h SLA oder mehr)</numerusform>
            <numerusform>Überfällig (%n h SLA oder mehr)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due soon (from %n h)</source>
        <translation>
            <numerusform>Bald fällig (ab %n h)</numerusform>
            <numerusform>Bald fällig (ab %n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>Within the SLA</source>
        <translation>Innerhalb der SLA</translation>
    </message>
    <message>
        <source>Older than 3 days</source>
        <translation>Älter als 3 Tage</translation>
    </message>
    <message>
        <source>Older than 7 days</source>
        <translation>Älter als 7 Tage</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Vorlage wählen…</translation>
    </message>
    <message>
        <source>Open, by main cause</source>
        <translation>Offen, nach Hauptgrund</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>"%1" is not an amount: type e.g. 100 or 99.50.</source>
        <translation>„%1“ ist kein Betrag: z. B. 100 oder 99,50 eingeben.</translation>
    </message>
    <message>
        <source>%1 to %2 h</source>
        <translation>%1 bis %2 h</translation>
    </message>
    <message>
        <source>Nothing in the queue matches %1.</source>
        <translation>Nichts in der Warteschlange passt zu %1.</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n selected (Ctrl+Enter)</source>
        <translation>
            <numerusform>%n ausgewählten freigeben (Strg+Enter)</numerusform>
            <numerusform>%n ausgewählte freigeben (Strg+Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Approve items</source>
        <translation>Artikel freigeben</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n item(s) with their chosen dispositions?</source>
        <translation>
            <numerusform>%n Artikel mit der gewählten Verwertung freigeben?</numerusform>
            <numerusform>%n Artikel mit ihren gewählten Verwertungen freigeben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve all</source>
        <translation>Alle freigeben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) approved.</source>
        <translation>
            <numerusform>%n Artikel freigegeben.</numerusform>
            <numerusform>%n Artikel freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (Vorschlag)</translation>
    </message>
    <message>
        <source>Change disposition</source>
        <translation>Verwertung ändern</translation>
    </message>
    <message>
        <source>New disposition for %1:</source>
        <translation>Neue Verwertung für %1:</translation>
    </message>
    <message>
        <source>Why? (kept with the decision)</source>
        <translation>Warum? (wird mit der Entscheidung gespeichert)</translation>
    </message>
    <message>
        <source>%1 approved as %2.</source>
        <translation>%1 freigegeben als %2.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>Why are %n item(s) rejected? The refund is denied.</source>
        <translation>
            <numerusform>Warum wird %n Artikel abgelehnt? Die Erstattung wird verweigert.</numerusform>
            <numerusform>Warum werden %n Artikel abgelehnt? Die Erstattung wird verweigert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) rejected.</source>
        <translation>
            <numerusform>%n Artikel abgelehnt.</numerusform>
            <numerusform>%n Artikel abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any worker but %1</source>
        <translation>Jeder Mitarbeiter außer %1</translation>
    </message>
    <message>
        <source>Ask for a re-grade</source>
        <translation>Zweitbewertung anfordern</translation>
    </message>
    <message>
        <source>Who grades %1 again, without seeing the first grade?</source>
        <translation>Wer bewertet %1 erneut, ohne die erste Bewertung zu sehen?</translation>
    </message>
    <message>
        <source>A note for the re-grader (optional)</source>
        <translation>Ein Hinweis für die Zweitbewertung (optional)</translation>
    </message>
    <message>
        <source>A second grade of %1 is requested; the item stays in the queue.</source>
        <translation>Eine Zweitbewertung von %1 ist angefordert; der Artikel bleibt in der Warteschlange.</translation>
    </message>
    <message>
        <source>Blind receipt</source>
        <translation>Blindannahme</translation>
    </message>
    <message>
        <source>Find the RMA of %1: type its RMA code, tracking number or serial.</source>
        <translation>Die RMA von %1 finden: RMA-Code, Sendungsnummer oder Seriennummer eingeben.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (found by %4)</source>
        <translation>%1 · %2 · %3 (gefunden über %4)</translation>
    </message>
    <message>
        <source>No RMA matches: mark it unmatched (no refund)</source>
        <translation>Keine RMA passt: als nicht zuordenbar markieren (keine Erstattung)</translation>
    </message>
    <message>
        <source>No RMA found for "%1".</source>
        <translation>Keine RMA für „%1“ gefunden.</translation>
    </message>
    <message>
        <source>Link %1 to:</source>
        <translation>%1 verknüpfen mit:</translation>
    </message>
    <message>
        <source>No RMA found</source>
        <translation>Keine RMA gefunden</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Verknüpft mit %1</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Ausnahme: %1</translation>
    </message>
    <message>
        <source>Decide the exception of %1:</source>
        <translation>Über die Ausnahme von %1 entscheiden:</translation>
    </message>
    <message>
        <source>Accept the return as received</source>
        <translation>Die Retoure wie erhalten annehmen</translation>
    </message>
    <message>
        <source>Deny it: no refund, item to quarantine</source>
        <translation>Ablehnen: keine Erstattung, Artikel in Quarantäne</translation>
    </message>
    <message>
        <source>Exception of %1 resolved (%2).</source>
        <translation>Ausnahme von %1 geklärt (%2).</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of this filter preset</source>
        <translation>Name dieser Filtervorlage</translation>
    </message>
    <message>
        <source>Preset "%1" saved.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Preset "%1" deleted.</source>
        <translation>Vorlage „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>dockside::ItemDetailPane</name>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (or turn the mouse wheel)</source>
        <translation>Verkleinern (oder Mausrad drehen)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n Artikel ausgewählt</numerusform>
            <numerusform>%n Artikel ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item in the queue</source>
        <translation>Einen Artikel in der Warteschlange auswählen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Fraud flags: %1</source>
        <translation>Betrugshinweise: %1</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Ausnahme: %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1 seit %2 (%3)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SKU / serial</source>
        <translation>SKU / Seriennummer</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>none (blind receipt)</source>
        <translation>keine (Blindannahme)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer's reason</source>
        <translation>Grund des Kunden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Worker's finding</source>
        <translation>Befund des Mitarbeiters</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Grund der Abweichung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Second grade</source>
        <translation>Zweitbewertung</translation>
    </message>
    <message>
        <source>%1 by %2 (first %3 by %4)</source>
        <translation>%1 von %2 (zuerst %3 von %4)</translation>
    </message>
    <message>
        <source>requested (%1), waiting</source>
        <translation>angefordert (%1), ausstehend</translation>
    </message>
    <message>
        <source>Why the engine suggests %1:
%2</source>
        <translation>Warum die Regeln %1 vorschlagen:
%2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Checkliste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Photo %1 cannot be read from this station's disk.</source>
        <translation>Foto %1 kann von der Festplatte dieser Station nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>dockside::LabelOutput</name>
    <message>
        <source>Label printed on %1.</source>
        <translation>Etikett auf %1 gedruckt.</translation>
    </message>
    <message>
        <source>Cannot create the label folder %1.</source>
        <translation>Der Etikettenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No label printer set up: label saved as %1</source>
        <translation>Kein Etikettendrucker eingerichtet: Etikett gespeichert als %1</translation>
    </message>
    <message>
        <source>Printer %1 not found: label saved as %2</source>
        <translation>Drucker %1 nicht gefunden: Etikett gespeichert als %2</translation>
    </message>
    <message>
        <source>Manifest of %1 saved as %2</source>
        <translation>Packliste von %1 gespeichert als %2</translation>
    </message>
</context>
<context>
    <name>dockside::LoginPage</name>
    <message>
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>Ausweis scannen</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>PIN eingeben</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Scan your badge to start.</source>
        <translation>Zum Starten den Ausweis scannen.</translation>
    </message>
    <message>
        <source>Badge %1: type your PIN and press OK.</source>
        <translation>Ausweis %1: PIN eingeben und OK drücken.</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation>Zuerst den Ausweis scannen.</translation>
    </message>
    <message>
        <source>Type your PIN, then press OK.</source>
        <translation>PIN eingeben, dann OK drücken.</translation>
    </message>
    <message>
        <source>Dockside · station %1 · %2</source>
        <translation>Dockside · Station %1 · %2</translation>
    </message>
    <message>
        <source>Scan your badge or type its code, then press Enter.</source>
        <translation>Ausweis scannen oder seinen Code eingeben, dann Enter drücken.</translation>
    </message>
    <message>
        <source>Your personal number, 4 to 12 digits.</source>
        <translation>Ihre persönliche Nummer, 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>PIN keypad</source>
        <translation>PIN-Tastenfeld</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>PIN löschen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>dockside::MainWindow</name>
    <message>
        <source>Dockside — %1</source>
        <translation>Dockside — %1</translation>
    </message>
    <message>
        <source>Tote %1 closed. Writing its manifest…</source>
        <translation>Box %1 geschlossen. Packliste wird geschrieben…</translation>
    </message>
    <message>
        <source>Locked. Scan your badge to continue.</source>
        <translation>Gesperrt. Zum Fortfahren den Ausweis scannen.</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <source>Camera: none found</source>
        <translation>Kamera: keine gefunden</translation>
    </message>
    <message>
        <source>Camera: ready (press Camera)</source>
        <translation>Kamera: bereit („Kamera“ drücken)</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input. Scan your badge to continue.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Eingabe gesperrt. Zum Fortfahren den Ausweis scannen.</numerusform>
            <numerusform>Nach %n Minuten ohne Eingabe gesperrt. Zum Fortfahren den Ausweis scannen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A confirmed item cannot be undone here: ask a supervisor to correct it.</source>
        <translation>Ein bestätigter Artikel kann hier nicht rückgängig gemacht werden: eine Aufsicht um Korrektur bitten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) to send</source>
        <translation>
            <numerusform>%n Ereignis zu senden</numerusform>
            <numerusform>%n Ereignisse zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels: PDF files</source>
        <translation>Etiketten: PDF-Dateien</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Drucker: %1</translation>
    </message>
    <message>
        <source>You are already logged in.</source>
        <translation>Sie sind bereits angemeldet.</translation>
    </message>
    <message>
        <source>Badge %1: type your PIN.</source>
        <translation>Ausweis %1: PIN eingeben.</translation>
    </message>
    <message>
        <source>Welcome back, %1.</source>
        <translation>Willkommen zurück, %1.</translation>
    </message>
    <message>
        <source>Hello %1.</source>
        <translation>Hallo %1.</translation>
    </message>
    <message>
        <source>Unfinished parcel</source>
        <translation>Unfertiges Paket</translation>
    </message>
    <message numerus="yes">
        <source>Parcel %1 has %n item(s) received but not graded. Continue with it now?</source>
        <translation>
            <numerusform>Paket %1 hat %n angenommenen, aber nicht bewerteten Artikel. Jetzt damit weitermachen?</numerusform>
            <numerusform>Paket %1 hat %n angenommene, aber nicht bewertete Artikel. Jetzt damit weitermachen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>This item is on the RMA.</source>
        <translation>Dieser Artikel steht auf der RMA.</translation>
    </message>
    <message>
        <source>This item goes to a supervisor after grading.</source>
        <translation>Dieser Artikel geht nach der Bewertung an eine Aufsicht.</translation>
    </message>
    <message>
        <source>Item not finished</source>
        <translation>Artikel nicht fertig</translation>
    </message>
    <message>
        <source>Item %1 is not confirmed yet. Leave it for now? It stays received and is offered again later.</source>
        <translation>Artikel %1 ist noch nicht bestätigt. Vorerst liegen lassen? Er bleibt angenommen und wird später wieder angeboten.</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Liegen lassen</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation>Zuerst den Ausweis scannen.</translation>
    </message>
    <message>
        <source>Tote %1.</source>
        <translation>Box %1.</translation>
    </message>
    <message>
        <source>Ready for the next parcel.</source>
        <translation>Bereit für das nächste Paket.</translation>
    </message>
    <message>
        <source>Parcel %1 opened. Now scan the first item.</source>
        <translation>Paket %1 geöffnet. Jetzt den ersten Artikel scannen.</translation>
    </message>
    <message>
        <source>Parcel %1 was received before: reopened.</source>
        <translation>Paket %1 wurde schon angenommen: wieder geöffnet.</translation>
    </message>
    <message>
        <source>Scan the parcel label first, then the item.</source>
        <translation>Zuerst das Paketetikett scannen, dann den Artikel.</translation>
    </message>
    <message>
        <source>Item %1 received. Check it.</source>
        <translation>Artikel %1 angenommen. Jetzt prüfen.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Artikel %1: %2</translation>
    </message>
    <message>
        <source>Item %1 is not graded yet: check it now.</source>
        <translation>Artikel %1 ist noch nicht bewertet: jetzt prüfen.</translation>
    </message>
    <message>
        <source>Item %1 is already done (grade %2, %3). Corrections go through a supervisor.</source>
        <translation>Artikel %1 ist bereits erledigt (Zustand %2, %3). Korrekturen laufen über eine Aufsicht.</translation>
    </message>
    <message>
        <source>Item %1 done. Scan the next item.</source>
        <translation>Artikel %1 erledigt. Den nächsten Artikel scannen.</translation>
    </message>
    <message>
        <source>Item %1 done; a supervisor will check it. Scan the next item.</source>
        <translation>Artikel %1 erledigt; eine Aufsicht prüft ihn. Den nächsten Artikel scannen.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Events waiting for head office</source>
        <translation>Ereignisse, die auf die Zentrale warten</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Etikettendrucker</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Sprache: %1.</translation>
    </message>
    <message>
        <source>Supervisor (F12)</source>
        <translation>Aufsicht (F12)</translation>
    </message>
    <message>
        <source>Analytics (F10)</source>
        <translation>Auswertung (F10)</translation>
    </message>
    <message>
        <source>Choose the language of the screens (F3).</source>
        <translation>Die Sprache der Bildschirme wählen (F3).</translation>
    </message>
    <message>
        <source>Language (F3)</source>
        <translation>Sprache (F3)</translation>
    </message>
    <message>
        <source>High contrast and large text (Shift+F3).</source>
        <translation>Hoher Kontrast und große Schrift (Umschalt+F3).</translation>
    </message>
    <message>
        <source>Display (Shift+F3)</source>
        <translation>Anzeige (Umschalt+F3)</translation>
    </message>
    <message>
        <source>The supervisor workspace is for supervisors and admins.</source>
        <translation>Der Aufsichtsbereich ist für Aufsichten und Administratoren.</translation>
    </message>
    <message>
        <source>Second grades (100+) F11</source>
        <translation>Zweitbewertungen (100+) F11</translation>
    </message>
    <message>
        <source>Second grades (%1) F11</source>
        <translation>Zweitbewertungen (%1) F11</translation>
    </message>
</context>
<context>
    <name>dockside::ParcelLinesModel</name>
    <message>
        <source>Unknown product</source>
        <translation>Unbekanntes Produkt</translation>
    </message>
    <message>
        <source>%1 Not on the RMA</source>
        <translation>%1 Nicht auf der RMA</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>This item was not expected in this parcel; it goes to a supervisor.</source>
        <translation>Dieser Artikel wurde in diesem Paket nicht erwartet; er geht an eine Aufsicht.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Expected serial numbers</source>
        <translation>Erwartete Seriennummern</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Angenommen</translation>
    </message>
</context>
<context>
    <name>dockside::ParcelPage</name>
    <message>
        <source>Items of the parcel</source>
        <translation>Artikel des Pakets</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Barcode unreadable? Type the code, then Enter</source>
        <translation>Barcode unlesbar? Code eintippen, dann Enter</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>New parcel (F2)</source>
        <translation>Neues Paket (F2)</translation>
    </message>
    <message>
        <source>Totes (F4)</source>
        <translation>Boxen (F4)</translation>
    </message>
    <message>
        <source>Scan the parcel label (carrier label or RMA code).</source>
        <translation>Das Paketetikett scannen (Versandetikett oder RMA-Code).</translation>
    </message>
    <message>
        <source>Scan the next item, or the label of a new parcel.</source>
        <translation>Den nächsten Artikel scannen oder das Etikett eines neuen Pakets.</translation>
    </message>
    <message>
        <source>Parcel %1 · %2 · customer says: %3</source>
        <translation>Paket %1 · %2 · Kunde sagt: %3</translation>
    </message>
    <message>
        <source>Parcel %1 · no RMA found</source>
        <translation>Paket %1 · keine RMA gefunden</translation>
    </message>
    <message>
        <source>Authorized return. %1</source>
        <translation>Genehmigte Retoure. %1</translation>
    </message>
    <message>
        <source>Put item %1 in tote %2 (%3).</source>
        <translation>Artikel %1 in Box %2 legen (%3).</translation>
    </message>
    <message>
        <source>Put item %1 in tote %2 for supervisor review.</source>
        <translation>Artikel %1 zur Prüfung durch eine Aufsicht in Box %2 legen.</translation>
    </message>
    <message>
        <source>Printing the label…</source>
        <translation>Etikett wird gedruckt…</translation>
    </message>
    <message>
        <source>Expected items with their serials and how many were received.</source>
        <translation>Erwartete Artikel mit ihren Seriennummern und wie viele angenommen wurden.</translation>
    </message>
    <message>
        <source>Type a parcel, item, badge or tote code when the scanner cannot read it, then press Enter.</source>
        <translation>Einen Paket-, Artikel-, Ausweis- oder Boxcode eingeben, wenn der Scanner ihn nicht lesen kann, dann Enter drücken.</translation>
    </message>
    <message>
        <source>Shows or hides the camera scanner.</source>
        <translation>Zeigt oder verbirgt den Kamerascanner.</translation>
    </message>
    <message>
        <source>New parcel</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <source>Finishes this parcel and waits for the next label (F2).</source>
        <translation>Schließt dieses Paket ab und wartet auf das nächste Etikett (F2).</translation>
    </message>
    <message>
        <source>Totes</source>
        <translation>Boxen</translation>
    </message>
    <message>
        <source>Open totes, their contents and closing them (F4).</source>
        <translation>Offene Boxen, ihr Inhalt und ihr Abschluss (F4).</translation>
    </message>
    <message>
        <source>Tote for the last item</source>
        <translation>Box für den letzten Artikel</translation>
    </message>
</context>
<context>
    <name>dockside::PhotoCaptureDialog</name>
    <message>
        <source>Take a photo of the item</source>
        <translation>Den Artikel fotografieren</translation>
    </message>
    <message>
        <source>Waiting for the camera...</source>
        <translation>Warten auf die Kamera...</translation>
    </message>
    <message>
        <source>Take photo (Space)</source>
        <translation>Foto aufnehmen (Leertaste)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>No camera found.
Close this and use "Add photo" (F7) to pick a file.</source>
        <translation>Keine Kamera gefunden.
Dies schließen und mit „Foto hinzufügen“ (F7) eine Datei wählen.</translation>
    </message>
    <message>
        <source>Camera error: %1</source>
        <translation>Kamerafehler: %1</translation>
    </message>
    <message>
        <source>Aim at the damage, then press Space.</source>
        <translation>Auf den Schaden richten, dann die Leertaste drücken.</translation>
    </message>
    <message>
        <source>No picture from the camera yet. Wait a moment.</source>
        <translation>Noch kein Bild von der Kamera. Einen Moment warten.</translation>
    </message>
    <message>
        <source>This camera's picture format cannot be saved. Use "Add photo" (F7).</source>
        <translation>Das Bildformat dieser Kamera kann nicht gespeichert werden. „Foto hinzufügen“ (F7) verwenden.</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>Der Fotoordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The photo could not be saved: %1. Is the disk full?</source>
        <translation>Das Foto konnte nicht gespeichert werden: %1. Ist der Datenträger voll?</translation>
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
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 overdue</source>
        <translation>%1 %2 überfällig</translation>
    </message>
    <message>
        <source>%1 %2 due soon</source>
        <translation>%1 %2 bald fällig</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Queued %1; the SLA is %n hour(s).</source>
        <translation>
            <numerusform>In der Warteschlange seit %1; die SLA beträgt %n Stunde.</numerusform>
            <numerusform>In der Warteschlange seit %1; die SLA beträgt %n Stunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fraud flags: %1</source>
        <translation>Betrugshinweise: %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>LPN</source>
        <translation>LPN</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Suggested → chosen</source>
        <translation>Vorschlag → gewählt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>dockside::RegradePage</name>
    <message>
        <source>Second grades</source>
        <translation>Zweitbewertungen</translation>
    </message>
    <message>
        <source>Back to the dock (F11)</source>
        <translation>Zurück zur Annahme (F11)</translation>
    </message>
    <message>
        <source>Grade each item as you find it. The first grade is hidden on purpose.</source>
        <translation>Jeden Artikel so bewerten, wie Sie ihn vorfinden. Die erste Bewertung ist absichtlich verborgen.</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Zustand %1</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notizen (optional)</translation>
    </message>
    <message>
        <source>Record grade</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 — supervisor's note: %2</source>
        <translation>%1 — Hinweis der Aufsicht: %2</translation>
    </message>
    <message>
        <source>%1: choose its grade.</source>
        <translation>%1: Zustand wählen.</translation>
    </message>
    <message>
        <source>%1 is not waiting for a second grade from you.</source>
        <translation>%1 wartet nicht auf eine Zweitbewertung von Ihnen.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Zuerst einen Artikel wählen.</translation>
    </message>
    <message>
        <source>Choose a grade first.</source>
        <translation>Zuerst einen Zustand wählen.</translation>
    </message>
    <message>
        <source>Second grade %1 recorded for %2.</source>
        <translation>Zweitbewertung %1 für %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>dockside::SupervisorPage</name>
    <message>
        <source>Back to the dock (F12)</source>
        <translation>Zurück zur Annahme (F12)</translation>
    </message>
    <message>
        <source>Inspection queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Item history</source>
        <translation>Artikelverlauf</translation>
    </message>
    <message>
        <source>Users and settings</source>
        <translation>Benutzer und Einstellungen</translation>
    </message>
</context>
<context>
    <name>dockside::SyncController</name>
    <message>
        <source>Contacting head office…</source>
        <translation>Verbindung zur Zentrale…</translation>
    </message>
    <message>
        <source>Sending photos (%1 of %2)…</source>
        <translation>Fotos werden gesendet (%1 von %2)…</translation>
    </message>
    <message>
        <source>Sending events: %1 of %2…</source>
        <translation>Ereignisse werden gesendet: %1 von %2…</translation>
    </message>
    <message>
        <source>Sending events…</source>
        <translation>Ereignisse werden gesendet…</translation>
    </message>
    <message>
        <source>Receiving return authorizations (%1 so far)…</source>
        <translation>Rücksendegenehmigungen werden empfangen (bisher %1)…</translation>
    </message>
    <message>
        <source>Receiving products (%1 so far)…</source>
        <translation>Produkte werden empfangen (bisher %1)…</translation>
    </message>
    <message>
        <source>Receiving the policy…</source>
        <translation>Richtlinie wird empfangen…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
</context>
<context>
    <name>dockside::SyncPanel</name>
    <message>
        <source>⟳ Sync (F9)</source>
        <translation>⟳ Synchronisieren (F9)</translation>
    </message>
    <message>
        <source>Send this station's events to head office and fetch RMAs, products and the policy. The dock keeps working meanwhile.</source>
        <translation>Die Ereignisse dieser Station an die Zentrale senden und RMAs, Produkte und die Richtlinie abrufen. Die Annahme arbeitet währenddessen weiter.</translation>
    </message>
    <message>
        <source>Sync not set up (hq_url, hq_token)</source>
        <translation>Synchronisierung nicht eingerichtet (hq_url, hq_token)</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächste %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1 (%2)</source>
        <translation>Synchronisierung fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>Synced %1, but: %2</source>
        <translation>Synchronisiert %1, aber: %2</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Never synced; %1</source>
        <translation>Noch nie synchronisiert; %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>dockside::TimelineModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 at HQ</source>
        <translation>%1 in der Zentrale</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Item / parcel</source>
        <translation>Artikel / Paket</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reached HQ</source>
        <translation>In der Zentrale angekommen</translation>
    </message>
</context>
<context>
    <name>dockside::TotesModel</name>
    <message>
        <source>Supervisor review</source>
        <translation>Prüfung durch Aufsicht</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Tote</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Geht an</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>dockside::TotesPage</name>
    <message>
        <source>Open totes</source>
        <translation>Offene Boxen</translation>
    </message>
    <message>
        <source>Back to receiving (Esc)</source>
        <translation>Zurück zur Annahme (Esc)</translation>
    </message>
    <message>
        <source>Close tote and print manifest</source>
        <translation>Box schließen und Packliste drucken</translation>
    </message>
    <message>
        <source>Station %1 · %2</source>
        <translation>Station %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for a supervisor.</source>
        <translation>
            <numerusform>%n Artikel wartet auf eine Aufsicht.</numerusform>
            <numerusform>%n Artikel warten auf eine Aufsicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not yet sent to head office.</source>
        <translation>
            <numerusform>%n Ereignis noch nicht an die Zentrale gesendet.</numerusform>
            <numerusform>%n Ereignisse noch nicht an die Zentrale gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Touch a tote in the list first.</source>
        <translation>Zuerst eine Box in der Liste antippen.</translation>
    </message>
    <message>
        <source>Close tote</source>
        <translation>Box schließen</translation>
    </message>
    <message numerus="yes">
        <source>Close tote %1 (%2, %n item(s)) and print its manifest?</source>
        <translation>
            <numerusform>Box %1 (%2, %n Artikel) schließen und ihre Packliste drucken?</numerusform>
            <numerusform>Box %1 (%2, %n Artikel) schließen und ihre Packliste drucken?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Which partner collects tote %1?</source>
        <translation>Welcher Partner holt Box %1 ab?</translation>
    </message>
    <message>
        <source>The partner's certificate or reference for tote %1:</source>
        <translation>Zertifikat oder Referenz des Partners für Box %1:</translation>
    </message>
    <message>
        <source>One row per open tote: disposition, items and weight. Select one with the arrow keys.</source>
        <translation>Eine Zeile pro offener Box: Verwertung, Artikel und Gewicht. Mit den Pfeiltasten auswählen.</translation>
    </message>
    <message>
        <source>Back to receiving</source>
        <translation>Zurück zur Annahme</translation>
    </message>
    <message>
        <source>Closes the selected tote and writes its manifest PDF.</source>
        <translation>Schließt die ausgewählte Box und schreibt ihre Packliste als PDF.</translation>
    </message>
    <message>
        <source>Station summary</source>
        <translation>Stationsübersicht</translation>
    </message>
</context>
<context>
    <name>dockside::UsersModel</name>
    <message>
        <source>%1 disabled</source>
        <translation>%1 gesperrt</translation>
    </message>
    <message>
        <source>%1 locked out (wrong PINs)</source>
        <translation>%1 ausgesperrt (falsche PINs)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hq</name>
    <message>
        <source>dockside-hq: %1</source>
        <translation>dockside-hq: %1</translation>
    </message>
    <message>
        <source>The reference head-office server for Dockside stations (hq-api.md, version 1).
  dockside-hq --db FILE [--listen ADDR] [--port N] --token STATION=TOKEN...
  dockside-hq --db FILE import rmas|catalog FILE.json|FILE.csv
CSV columns (header row required, lists separated by ';'):
  catalog: sku,gtins,description,category,unit_value,currency,weight_g,hazmat,data_bearing,returnable,updated_at
  rmas (one row per line): rma,status,order,customer_ref,reason_code,created_at,expires_at,tracking,line,sku,gtin,qty,serials,unit_value,currency,updated_at</source>
        <translation>Der Referenz-Zentralserver für Dockside-Stationen (hq-api.md, Version 1).
  dockside-hq --db DATEI [--listen ADRESSE] [--port N] --token STATION=TOKEN...
  dockside-hq --db DATEI import rmas|catalog DATEI.json|DATEI.csv
CSV-Spalten (Kopfzeile nötig, Listen durch ';' getrennt):
  catalog: sku,gtins,description,category,unit_value,currency,weight_g,hazmat,data_bearing,returnable,updated_at
  rmas (eine Zeile pro Position): rma,status,order,customer_ref,reason_code,created_at,expires_at,tracking,line,sku,gtin,qty,serials,unit_value,currency,updated_at</translation>
    </message>
    <message>
        <source>The server's database file.</source>
        <translation>Die Datenbankdatei des Servers.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adresse, auf der gelauscht wird.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Port (0: any free port).</source>
        <translation>Port (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A station and its token.</source>
        <translation>Eine Station und ihr Token.</translation>
    </message>
    <message>
        <source>STATION=TOKEN</source>
        <translation>STATION=TOKEN</translation>
    </message>
    <message>
        <source>A file of STATION=TOKEN lines ('#' starts a comment).</source>
        <translation>Eine Datei mit Zeilen STATION=TOKEN ('#' beginnt einen Kommentar).</translation>
    </message>
    <message>
        <source>The policy JSON served at /policy (default: the built-in).</source>
        <translation>Die unter /policy ausgelieferte Richtlinie als JSON (Standard: die eingebaute).</translation>
    </message>
    <message>
        <source>import rmas|catalog FILE</source>
        <translation>import rmas|catalog DATEI</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>Usage: dockside-hq --db FILE import rmas|catalog FILE</source>
        <translation>Aufruf: dockside-hq --db DATEI import rmas|catalog DATEI</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>--token needs STATION=TOKEN, not "%1".</source>
        <translation>--token braucht STATION=TOKEN, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: expected STATION=TOKEN.</source>
        <translation>%1:%2: STATION=TOKEN erwartet.</translation>
    </message>
    <message>
        <source>No station may connect: give --token STATION=TOKEN or --tokens FILE.</source>
        <translation>Keine Station kann sich verbinden: --token STATION=TOKEN oder --tokens DATEI angeben.</translation>
    </message>
    <message>
        <source>--listen needs an IP address and --port a number from 0 to 65535.</source>
        <translation>--listen braucht eine IP-Adresse und --port eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Auf %1:%2 kann nicht gelauscht werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dockside returns dock station.</source>
        <translation>Dockside-Annahmestation für Retouren.</translation>
    </message>
    <message>
        <source>The station database (default: $DOCKSIDE_DB, else %1).</source>
        <translation>Die Stationsdatenbank (Standard: $DOCKSIDE_DB, sonst %1).</translation>
    </message>
    <message>
        <source>Open the demo station (made on first use in %1) with a local demo head office, already synced.</source>
        <translation>Die Demo-Station öffnen (beim ersten Mal in %1 angelegt), mit einer lokalen Demo-Zentrale, bereits synchronisiert.</translation>
    </message>
    <message>
        <source>Items in a new demo station (default 2000).</source>
        <translation>Artikel in einer neuen Demo-Station (Standard 2000).</translation>
    </message>
    <message>
        <source>Language of the screens before anyone logs in: en, de, es, pl or uk.</source>
        <translation>Sprache der Bildschirme, bevor sich jemand anmeldet: en, de, es, pl oder uk.</translation>
    </message>
    <message>
        <source>Dockside</source>
        <translation>Dockside</translation>
    </message>
    <message>
        <source>Dockside does not speak "%1". Use en, de, es, pl or uk.</source>
        <translation>Dockside spricht kein „%1“. en, de, es, pl oder uk verwenden.</translation>
    </message>
    <message>
        <source>--demo-items needs a number.</source>
        <translation>--demo-items braucht eine Zahl.</translation>
    </message>
    <message>
        <source>Preparing the demo station…</source>
        <translation>Demo-Station wird vorbereitet…</translation>
    </message>
    <message>
        <source>Dockside demo</source>
        <translation>Dockside-Demo</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
</context>
</TS>
