<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Authorization</name>
    <message>
        <source>Receive it and put it in the quarantine tote; a supervisor will decide what happens to it.</source>
        <translation>Przyjmij i włóż do pojemnika kwarantanny; kierownik zdecyduje, co dalej.</translation>
    </message>
    <message>
        <source>No return authorization matches this parcel.</source>
        <translation>Żadna autoryzacja zwrotu nie pasuje do tej paczki.</translation>
    </message>
    <message>
        <source>Receive it as a blind receipt and put it in the quarantine tote; a supervisor will match it to a return.</source>
        <translation>Przyjmij jako przyjęcie w ciemno i włóż do pojemnika kwarantanny; kierownik przypisze go do zwrotu.</translation>
    </message>
    <message>
        <source>Return %1 was cancelled.</source>
        <translation>Zwrot %1 został anulowany.</translation>
    </message>
    <message>
        <source>Return %1 is already closed.</source>
        <translation>Zwrot %1 jest już zamknięty.</translation>
    </message>
    <message>
        <source>Return %1 arrived after its return window closed on %2.</source>
        <translation>Zwrot %1 dotarł po upływie terminu zwrotu %2.</translation>
    </message>
    <message>
        <source>Return %1: scan each item.</source>
        <translation>Zwrot %1: zeskanuj każdy artykuł.</translation>
    </message>
    <message>
        <source>Scan the first item.</source>
        <translation>Zeskanuj pierwszy artykuł.</translation>
    </message>
    <message>
        <source>The item could not be identified: no barcode or serial number was scanned.</source>
        <translation>Nie udało się rozpoznać artykułu: nie zeskanowano kodu kreskowego ani numeru seryjnego.</translation>
    </message>
    <message>
        <source>Scan the item's barcode or serial number; if it has none, receive it as a blind receipt and put it in the quarantine tote.</source>
        <translation>Zeskanuj kod kreskowy lub numer seryjny artykułu; jeśli go nie ma, przyjmij w ciemno i włóż do pojemnika kwarantanny.</translation>
    </message>
    <message>
        <source>The item %1 is not in the catalog and not on return %2.</source>
        <translation>Artykułu %1 nie ma w katalogu ani w zwrocie %2.</translation>
    </message>
    <message>
        <source>Receive it as a blind receipt and put it in the quarantine tote; a supervisor will identify it.</source>
        <translation>Przyjmij w ciemno i włóż do pojemnika kwarantanny; kierownik go zidentyfikuje.</translation>
    </message>
    <message>
        <source>This item (%1, %2) is not on return %3.</source>
        <translation>Tego artykułu (%1, %2) nie ma w zwrocie %3.</translation>
    </message>
    <message>
        <source>Receive it, photograph it and put it in the quarantine tote.</source>
        <translation>Przyjmij, sfotografuj i włóż do pojemnika kwarantanny.</translation>
    </message>
    <message numerus="yes">
        <source>Return %1 line %2 allows %n item(s), and all of them have already been received.</source>
        <translation>
            <numerusform>Zwrot %1, pozycja %2 dopuszcza %n artykuł i został on już przyjęty.</numerusform>
            <numerusform>Zwrot %1, pozycja %2 dopuszcza %n artykuły i wszystkie zostały już przyjęte.</numerusform>
            <numerusform>Zwrot %1, pozycja %2 dopuszcza %n artykułów i wszystkie zostały już przyjęte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return %1 line %2 expects a specific unit, but no serial number was scanned.</source>
        <translation>Zwrot %1, pozycja %2 oczekuje konkretnej sztuki, ale nie zeskanowano numeru seryjnego.</translation>
    </message>
    <message>
        <source>Scan the serial number on the item; if it has none, receive it and put it in the quarantine tote.</source>
        <translation>Zeskanuj numer seryjny na artykule; jeśli go nie ma, przyjmij i włóż do pojemnika kwarantanny.</translation>
    </message>
    <message>
        <source>Serial number %1 is not the one expected on return %2 line %3 (%4).</source>
        <translation>Numer seryjny %1 nie jest oczekiwanym w zwrocie %2, pozycja %3 (%4).</translation>
    </message>
    <message>
        <source>Receive it, photograph the serial number label and put it in the quarantine tote.</source>
        <translation>Przyjmij, sfotografuj etykietę z numerem seryjnym i włóż do pojemnika kwarantanny.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be returned.</source>
        <translation>%1 (%2) nie podlega zwrotowi.</translation>
    </message>
    <message>
        <source>Authorized: return %1, line %2.</source>
        <translation>Autoryzowano: zwrot %1, pozycja %2.</translation>
    </message>
    <message>
        <source>Grade the item.</source>
        <translation>Oceń artykuł.</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autoryzowany</translation>
    </message>
    <message>
        <source>Unknown parcel</source>
        <translation>Nieznana paczka</translation>
    </message>
    <message>
        <source>Return cancelled</source>
        <translation>Zwrot anulowany</translation>
    </message>
    <message>
        <source>Return closed</source>
        <translation>Zwrot zamknięty</translation>
    </message>
    <message>
        <source>Return window expired</source>
        <translation>Termin zwrotu minął</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Niewłaściwy artykuł</translation>
    </message>
    <message>
        <source>More items than authorized</source>
        <translation>Więcej artykułów niż autoryzowano</translation>
    </message>
    <message>
        <source>Serial number mismatch</source>
        <translation>Niezgodny numer seryjny</translation>
    </message>
    <message>
        <source>Not returnable</source>
        <translation>Nie podlega zwrotowi</translation>
    </message>
    <message>
        <source>Product not in the catalog</source>
        <translation>Produktu nie ma w katalogu</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup copy failed its check (%1), so the station database itself may be damaged: run "dockside-cli check". The previous backups are kept.</source>
        <translation>Kopia zapasowa nie przeszła kontroli (%1), więc sama baza danych stanowiska może być uszkodzona: uruchom „dockside-cli check”. Poprzednie kopie zostają zachowane.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 (disk full or not writable?).</source>
        <translation>Nie można zapisać kopii %1 (pełny dysk lub brak prawa zapisu?).</translation>
    </message>
    <message>
        <source>The station database %1 is damaged (%2). Restore the newest backup: "dockside-cli restore FILE"; backups are in %3.</source>
        <translation>Baza danych stanowiska %1 jest uszkodzona (%2). Przywróć najnowszą kopię: „dockside-cli restore PLIK”; kopie są w %3.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>Kopia nie może zastąpić samej bazy danych.</translation>
    </message>
    <message>
        <source>%1 is not a Dockside station database backup.</source>
        <translation>%1 nie jest kopią bazy danych stanowiska Dockside.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Plik %1 nie istnieje.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; choose an older one.</source>
        <translation>Kopia %1 jest uszkodzona; wybierz starszą.</translation>
    </message>
    <message>
        <source>%1 is a backup of station %2, but this is station %3. Nothing was changed.</source>
        <translation>%1 to kopia stanowiska %2, a to jest stanowisko %3. Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the damaged database in %1.</source>
        <translation>Nie można zachować kopii uszkodzonej bazy danych w %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Nie można zastąpić %1.</translation>
    </message>
</context>
<context>
    <name>BarcodeDecoder</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Plik %1 nie istnieje.</translation>
    </message>
    <message>
        <source>%1 is not an image Dockside can read (PNG, JPEG or BMP).</source>
        <translation>%1 nie jest obrazem, który Dockside potrafi odczytać (PNG, JPEG lub BMP).</translation>
    </message>
    <message>
        <source>%1 is too large to decode (%2 x %3 pixels).</source>
        <translation>%1 jest za duży do dekodowania (%2 × %3 pikseli).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The %1 has a missing or invalid field "%2".</source>
        <translation>W rekordzie „%1” brakuje pola „%2” lub jest ono nieprawidłowe.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The station database cannot be written (read-only file or folder). Nothing was saved.</source>
        <translation>Nie można zapisywać w bazie danych stanowiska (plik lub folder tylko do odczytu). Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The station database is busy in another program. Try again in a moment.</source>
        <translation>Baza danych stanowiska jest używana przez inny program. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>This file is not a Dockside station database.</source>
        <translation>Ten plik nie jest bazą danych stanowiska Dockside.</translation>
    </message>
    <message>
        <source>The station database reported an error: %1</source>
        <translation>Baza danych stanowiska zgłosiła błąd: %1</translation>
    </message>
    <message>
        <source>Cannot open the station database %1: %2</source>
        <translation>Nie można otworzyć bazy danych stanowiska %1: %2</translation>
    </message>
    <message>
        <source>The station database %1 is read-only; Dockside needs to write to it.</source>
        <translation>Baza danych stanowiska %1 jest tylko do odczytu; Dockside musi w niej zapisywać.</translation>
    </message>
    <message>
        <source>The disk is full (it refused to write). Nothing was saved; free some space and try again.</source>
        <translation>Dysk jest pełny (odmówił zapisu). Nic nie zapisano; zwolnij miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The station database is damaged. Restore the newest backup with "dockside-cli restore FILE" (backups are in the folder &lt;database name&gt;-backups beside it).</source>
        <translation>Baza danych stanowiska jest uszkodzona. Przywróć najnowszą kopię poleceniem „dockside-cli restore PLIK” (kopie są w folderze &lt;nazwa bazy&gt;-backups obok niej).</translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved; check the disk and try again.</source>
        <translation>Dysk zgłosił błąd (%1). Nic nie zapisano; sprawdź dysk i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Cannot write demo photos to %1.</source>
        <translation>Nie można zapisać zdjęć demonstracyjnych w %1.</translation>
    </message>
    <message>
        <source>This station already has received items; demo data only goes into a new station database.</source>
        <translation>To stanowisko ma już przyjęte artykuły; dane demonstracyjne trafiają tylko do nowej bazy danych.</translation>
    </message>
</context>
<context>
    <name>DispositionEngine</name>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>policy rule %1: %2</source>
        <translation>reguła polityki %1: %2</translation>
    </message>
    <message>
        <source>no policy rule allows it for this item</source>
        <translation>żadna reguła polityki nie dopuszcza tego dla tego artykułu</translation>
    </message>
    <message>
        <source>the battery failed its check: the item stays in the hazmat quarantine until a supervisor releases it for recycling</source>
        <translation>bateria nie przeszła kontroli: artykuł pozostaje w kwarantannie materiałów niebezpiecznych, dopóki kierownik nie zwolni go do recyklingu</translation>
    </message>
    <message>
        <source>it holds data and the data wipe is not confirmed</source>
        <translation>zawiera dane, a usunięcie danych nie zostało potwierdzone</translation>
    </message>
    <message>
        <source>Suggested: %1, because the battery failed its check; keep it in the hazmat cage.</source>
        <translation>Propozycja: %1, ponieważ bateria nie przeszła kontroli; trzymaj w klatce na materiały niebezpieczne.</translation>
    </message>
    <message>
        <source>Suggested: %1, because the item was received with the exception "%2"; hold it until a supervisor decides.</source>
        <translation>Propozycja: %1, ponieważ artykuł przyjęto z wyjątkiem „%2”; zatrzymaj go do decyzji kierownika.</translation>
    </message>
    <message>
        <source>Suggested: %1, because of the fraud flags %2; keep the item as evidence until a supervisor decides.</source>
        <translation>Propozycja: %1 z powodu sygnałów oszustwa %2; zachowaj artykuł jako dowód do decyzji kierownika.</translation>
    </message>
    <message>
        <source>Suggested: %1, tied with %2 on the highest net recovery (%3) and first in the preference order.</source>
        <translation>Propozycja: %1, ex aequo z %2 przy najwyższym odzysku netto (%3) i pierwsza w kolejności preferencji.</translation>
    </message>
    <message>
        <source>Suggested: %1, the highest net recovery among the allowed options (%2).</source>
        <translation>Propozycja: %1, najwyższy odzysk netto spośród dozwolonych opcji (%2).</translation>
    </message>
    <message>
        <source>%1: %2 × %3 − %4 = %5</source>
        <translation>%1: %2 × %3 − %4 = %5</translation>
    </message>
    <message>
        <source>%1: not allowed, %2</source>
        <translation>%1: niedozwolone, %2</translation>
    </message>
    <message>
        <source>The unit value is unknown: it was counted as 0.</source>
        <translation>Wartość jednostkowa jest nieznana: przyjęto 0.</translation>
    </message>
    <message>
        <source>The unit value is in %1 but the policy counts in %2: it was counted as 0 and a supervisor must approve.</source>
        <translation>Wartość jednostkowa jest w %1, a polityka liczy w %2: przyjęto 0 i kierownik musi zatwierdzić.</translation>
    </message>
    <message>
        <source>The unit value %1 is above the approval threshold %2: a supervisor must approve.</source>
        <translation>Wartość jednostkowa %1 przekracza próg zatwierdzania %2: kierownik musi zatwierdzić.</translation>
    </message>
    <message>
        <source>%1 is not allowed for this item: %2.</source>
        <translation>%1 jest niedozwolone dla tego artykułu: %2.</translation>
    </message>
    <message>
        <source>Say why you chose %1 instead of the suggested %2.</source>
        <translation>Podaj, dlaczego wybrano %1 zamiast proponowanego %2.</translation>
    </message>
    <message>
        <source>Refund held for a supervisor: the item was received with the exception "%1".</source>
        <translation>Zwrot pieniędzy wstrzymany do decyzji kierownika: artykuł przyjęto z wyjątkiem „%1”.</translation>
    </message>
    <message>
        <source>Full refund: %1</source>
        <translation>Pełny zwrot pieniędzy: %1</translation>
    </message>
    <message>
        <source>Partial refund less a restocking fee of %1 (%2 for grade %3): %4</source>
        <translation>Częściowy zwrot pieniędzy pomniejszony o opłatę za ponowne przyjęcie %1 (%2 dla klasy %3): %4</translation>
    </message>
    <message>
        <source>No refund: %1</source>
        <translation>Bez zwrotu pieniędzy: %1</translation>
    </message>
    <message>
        <source>No refund rule of the policy fits this item: a supervisor decides.</source>
        <translation>Żadna reguła zwrotu pieniędzy w polityce nie pasuje do tego artykułu: decyduje kierownik.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot write the export (disk full?): %1</source>
        <translation>Nie można zapisać eksportu (pełny dysk?): %1</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>(general)</source>
        <translation>(ogólne)</translation>
    </message>
    <message>
        <source>The checklist for %1 has no item named %2.</source>
        <translation>Lista kontrolna dla %1 nie ma punktu o nazwie %2.</translation>
    </message>
    <message>
        <source>Answer every check before grading; still open: %1.</source>
        <translation>Przed oceną odpowiedz na każdą kontrolę; jeszcze otwarte: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Grade A: all %n check(s) passed.</source>
        <translation>
            <numerusform>Klasa A: zaliczono %n kontrolę.</numerusform>
            <numerusform>Klasa A: zaliczono wszystkie %n kontrole.</numerusform>
            <numerusform>Klasa A: zaliczono wszystkie %n kontroli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade %1 because of: %2.</source>
        <translation>Klasa %1 z powodu: %2.</translation>
    </message>
    <message>
        <source>Grade %1 because of: %2 (also failed: %3).</source>
        <translation>Klasa %1 z powodu: %2 (niezaliczone również: %3).</translation>
    </message>
</context>
<context>
    <name>Gs1</name>
    <message>
        <source>The GS1 barcode contains an unknown application identifier (%1).</source>
        <translation>Kod GS1 zawiera nieznany identyfikator zastosowania (%1).</translation>
    </message>
    <message>
        <source>The GS1 barcode ends inside AI (%1), which needs %2 characters.</source>
        <translation>Kod GS1 kończy się wewnątrz AI (%1), który wymaga %2 znaków.</translation>
    </message>
    <message>
        <source>AI (%1) is longer than %2 characters; a separator may be missing.</source>
        <translation>AI (%1) ma więcej niż %2 znaków; być może brakuje separatora.</translation>
    </message>
    <message>
        <source>AI (%1) needs at least %2 characters.</source>
        <translation>AI (%1) wymaga co najmniej %2 znaków.</translation>
    </message>
    <message>
        <source>AI (%1) contains a character that is not allowed.</source>
        <translation>AI (%1) zawiera niedozwolony znak.</translation>
    </message>
    <message>
        <source>The check digit of AI (%1) is wrong.</source>
        <translation>Cyfra kontrolna AI (%1) jest błędna.</translation>
    </message>
    <message>
        <source>AI (%1) must hold one to five 3-digit country codes.</source>
        <translation>AI (%1) musi zawierać od jednego do pięciu trzycyfrowych kodów krajów.</translation>
    </message>
    <message>
        <source>AI (%1) does not hold a valid date.</source>
        <translation>AI (%1) nie zawiera prawidłowej daty.</translation>
    </message>
    <message>
        <source>The GS1 barcode is not in a recognised form.</source>
        <translation>Kod GS1 ma nierozpoznany format.</translation>
    </message>
    <message>
        <source>The GS1 barcode is empty.</source>
        <translation>Kod GS1 jest pusty.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>grade %1</source>
        <translation>klasa %1</translation>
    </message>
    <message>
        <source>%1 (as suggested)</source>
        <translation>%1 (zgodnie z propozycją)</translation>
    </message>
    <message>
        <source>%1 instead of %2: %3</source>
        <translation>%1 zamiast %2: %3</translation>
    </message>
    <message>
        <source>queued: %1</source>
        <translation>w kolejce: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>to tote %1</source>
        <translation>do pojemnika %1</translation>
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
        <translation>zlecono ponowną ocenę (%1)</translation>
    </message>
    <message>
        <source>tote closed</source>
        <translation>pojemnik zamknięty</translation>
    </message>
    <message>
        <source>Scan or type an LPN, tracking number, RMA or serial.</source>
        <translation>Zeskanuj lub wpisz LPN, numer przesyłki, RMA lub numer seryjny.</translation>
    </message>
    <message>
        <source>No item, parcel or RMA %1 at this station.</source>
        <translation>Na tym stanowisku nie ma artykułu, paczki ani RMA %1.</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>Paczka przyjęta</translation>
    </message>
    <message>
        <source>Item received</source>
        <translation>Artykuł przyjęty</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Oceniono</translation>
    </message>
    <message>
        <source>Disposition set</source>
        <translation>Ustalono dyspozycję</translation>
    </message>
    <message>
        <source>Refund decided</source>
        <translation>Zdecydowano o zwrocie pieniędzy</translation>
    </message>
    <message>
        <source>Sent to a supervisor</source>
        <translation>Przekazano kierownikowi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzono</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucono</translation>
    </message>
    <message>
        <source>Put in a tote</source>
        <translation>Włożono do pojemnika</translation>
    </message>
    <message>
        <source>Tote closed</source>
        <translation>Pojemnik zamknięty</translation>
    </message>
    <message>
        <source>Exception raised</source>
        <translation>Zgłoszono wyjątek</translation>
    </message>
    <message>
        <source>Exception settled</source>
        <translation>Wyjątek rozstrzygnięty</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Dodano użytkownika</translation>
    </message>
    <message>
        <source>Badge locked out</source>
        <translation>Identyfikator zablokowany</translation>
    </message>
    <message>
        <source>Second grade requested</source>
        <translation>Poproszono o drugą ocenę</translation>
    </message>
    <message>
        <source>Second grade</source>
        <translation>Druga ocena</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Zmieniono użytkownika</translation>
    </message>
    <message>
        <source>Badge unlocked</source>
        <translation>Identyfikator odblokowany</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN zresetowany</translation>
    </message>
    <message>
        <source>Queued for HQ again</source>
        <translation>Ponownie w kolejce do centrali</translation>
    </message>
    <message>
        <source>HQ's refusal accepted</source>
        <translation>Odmowa centrali przyjęta</translation>
    </message>
    <message>
        <source>Station restored from a backup</source>
        <translation>Stanowisko przywrócone z kopii</translation>
    </message>
</context>
<context>
    <name>HqServer</name>
    <message>
        <source>No such resource.</source>
        <translation>Nie ma takiego zasobu.</translation>
    </message>
    <message>
        <source>A valid station token is required.</source>
        <translation>Wymagany jest prawidłowy token stanowiska.</translation>
    </message>
    <message>
        <source>A batch may hold at most 4 MiB.</source>
        <translation>Paczka danych może mieć najwyżej 4 MiB.</translation>
    </message>
    <message>
        <source>The body is not a batch: station_id, batch_id and events are required.</source>
        <translation>Treść nie jest paczką danych: wymagane są station_id, batch_id i events.</translation>
    </message>
    <message>
        <source>A batch may hold at most 500 events.</source>
        <translation>Paczka danych może zawierać najwyżej 500 zdarzeń.</translation>
    </message>
    <message>
        <source>The token belongs to station %1, not %2.</source>
        <translation>Token należy do stanowiska %1, a nie %2.</translation>
    </message>
    <message>
        <source>Every event needs an id.</source>
        <translation>Każde zdarzenie potrzebuje identyfikatora.</translation>
    </message>
    <message>
        <source>Blobs are named by their lowercase SHA-256.</source>
        <translation>Bloby nazywa się ich skrótem SHA-256 małymi literami.</translation>
    </message>
    <message>
        <source>A photo may be at most 10 MiB.</source>
        <translation>Zdjęcie może mieć najwyżej 10 MiB.</translation>
    </message>
    <message>
        <source>The bytes do not hash to the blob's name.</source>
        <translation>Skrót danych nie zgadza się z nazwą bloba.</translation>
    </message>
    <message>
        <source>limit must be a positive number.</source>
        <translation>limit musi być liczbą dodatnią.</translation>
    </message>
    <message>
        <source>The cursor has expired; start again.</source>
        <translation>Kursor wygasł; zacznij od nowa.</translation>
    </message>
</context>
<context>
    <name>HqStore</name>
    <message>
        <source>%1 is not a dockside-hq database.</source>
        <translation>%1 nie jest bazą danych dockside-hq.</translation>
    </message>
    <message>
        <source>HQ does not know the event type "%1".</source>
        <translation>Centrala nie zna typu zdarzenia „%1”.</translation>
    </message>
    <message>
        <source>The event lacks a seq, occurred_at, entity or data.</source>
        <translation>W zdarzeniu brakuje seq, occurred_at, entity lub data.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 nie jest prawidłowym JSON-em: %2</translation>
    </message>
</context>
<context>
    <name>InspectionQueue</name>
    <message>
        <source>The limit must be between 1 and 10000.</source>
        <translation>Limit musi wynosić od 1 do 10000.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Odrzucenie wymaga uzasadnienia.</translation>
    </message>
    <message>
        <source>Name at least one item (LPN).</source>
        <translation>Podaj co najmniej jeden artykuł (LPN).</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Nie ma artykułu %1.</translation>
    </message>
    <message>
        <source>Item %1 is not waiting in the inspection queue.</source>
        <translation>Artykuł %1 nie czeka w kolejce kontroli.</translation>
    </message>
    <message>
        <source>The status must be open, approved or rejected.</source>
        <translation>Status musi mieć wartość open, approved lub rejected.</translation>
    </message>
    <message>
        <source>"%1" is not a queue cause. Use one of: %2.</source>
        <translation>„%1” nie jest przyczyną w kolejce. Użyj jednej z: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a grade. Use A, B, C, D or X.</source>
        <translation>„%1” nie jest klasą. Użyj A, B, C, D lub X.</translation>
    </message>
    <message>
        <source>"%1" is not a disposition.</source>
        <translation>„%1” nie jest dyspozycją.</translation>
    </message>
    <message>
        <source>The value range must not be negative, and its minimum not above its maximum.</source>
        <translation>Zakres wartości nie może być ujemny, a jego minimum nie może przekraczać maksimum.</translation>
    </message>
    <message>
        <source>The age range must not be negative, and its minimum not above its maximum.</source>
        <translation>Zakres wieku nie może być ujemny, a jego minimum nie może przekraczać maksimum.</translation>
    </message>
    <message>
        <source>"%1" is not a sort key. Use one of: %2.</source>
        <translation>„%1” nie jest kluczem sortowania. Użyj jednego z: %2.</translation>
    </message>
    <message>
        <source>Choose the RMA to link the item to.</source>
        <translation>Wybierz RMA, z którym połączyć artykuł.</translation>
    </message>
    <message>
        <source>Denying a return needs a reason.</source>
        <translation>Odmowa zwrotu wymaga uzasadnienia.</translation>
    </message>
    <message>
        <source>Type an RMA code, a tracking number or a serial.</source>
        <translation>Wpisz kod RMA, numer przesyłki lub numer seryjny.</translation>
    </message>
    <message>
        <source>A preset needs a name of 1 to 40 characters.</source>
        <translation>Zapisany filtr wymaga nazwy od 1 do 40 znaków.</translation>
    </message>
    <message>
        <source>There is no preset "%1".</source>
        <translation>Nie ma zapisanego filtra „%1”.</translation>
    </message>
    <message>
        <source>Item %1 is not held for an exception.</source>
        <translation>Artykuł %1 nie jest wstrzymany z powodu wyjątku.</translation>
    </message>
    <message>
        <source>Item %1 is a blind receipt: link it to an RMA or mark it unmatched.</source>
        <translation>Artykuł %1 to przyjęcie w ciemno: połącz go z RMA lub oznacz jako niedopasowany.</translation>
    </message>
    <message>
        <source>Item %1 came with an RMA: accept or deny the return.</source>
        <translation>Artykuł %1 przyszedł z RMA: przyjmij lub odrzuć zwrot.</translation>
    </message>
    <message>
        <source>There is no RMA %1.</source>
        <translation>Nie ma RMA %1.</translation>
    </message>
    <message>
        <source>linked to the RMA</source>
        <translation>przypisano do RMA</translation>
    </message>
    <message>
        <source>kept without an RMA</source>
        <translation>zatrzymano bez RMA</translation>
    </message>
    <message>
        <source>accepted as received</source>
        <translation>przyjęto w stanie otrzymanym</translation>
    </message>
    <message>
        <source>refund denied</source>
        <translation>odmowa zwrotu pieniędzy</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>%1: %2 (%3 in all)</source>
        <translation>%1: %2 (łącznie %3)</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>Broken references</source>
        <translation>Zerwane odwołania</translation>
    </message>
    <message>
        <source>Parcels without a parcel.received event</source>
        <translation>Paczki bez zdarzenia parcel.received</translation>
    </message>
    <message>
        <source>Items without an item.received event</source>
        <translation>Artykuły bez zdarzenia item.received</translation>
    </message>
    <message>
        <source>Decided items without an item.disposition_set event</source>
        <translation>Rozstrzygnięte artykuły bez zdarzenia item.disposition_set</translation>
    </message>
    <message>
        <source>Events of items that do not exist</source>
        <translation>Zdarzenia artykułów, które nie istnieją</translation>
    </message>
    <message>
        <source>Events both delivered and dead-lettered</source>
        <translation>Zdarzenia dostarczone i jednocześnie odłożone jako niedoręczalne</translation>
    </message>
    <message>
        <source>Events with damaged data</source>
        <translation>Zdarzenia z uszkodzonymi danymi</translation>
    </message>
    <message>
        <source>Items in review that are not in the queue</source>
        <translation>Artykuły w przeglądzie, których nie ma w kolejce</translation>
    </message>
    <message>
        <source>Queue entries whose item is not in review</source>
        <translation>Wpisy kolejki, których artykuł nie jest w przeglądzie</translation>
    </message>
    <message>
        <source>Queue entries whose copies of the item's fields are out of date</source>
        <translation>Wpisy kolejki, których kopie pól artykułu są nieaktualne</translation>
    </message>
    <message>
        <source>Items in closed totes that are not shipped</source>
        <translation>Artykuły w zamkniętych pojemnikach, które nie zostały wysłane</translation>
    </message>
    <message>
        <source>Decided items without a tote</source>
        <translation>Rozstrzygnięte artykuły bez pojemnika</translation>
    </message>
    <message>
        <source>LPN counter behind the items</source>
        <translation>Licznik LPN jest w tyle za artykułami</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>There is no item %1.</source>
        <translation>Nie ma artykułu %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Nie ma artykułu %1.</translation>
    </message>
    <message>
        <source>Tote %1</source>
        <translation>Pojemnik %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>nie udało się rozpocząć PDF</translation>
    </message>
    <message>
        <source>Manifest of tote %1</source>
        <translation>Manifest pojemnika %1</translation>
    </message>
    <message>
        <source>Tote %1 — %2</source>
        <translation>Pojemnik %1 — %2</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Stanowisko %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Zamknięty %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 kg</source>
        <translation>
            <numerusform>%n artykuł, %1 kg</numerusform>
            <numerusform>%n artykuły, %1 kg</numerusform>
            <numerusform>%n artykułów, %1 kg</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner %1, certificate %2</source>
        <translation>Partner %1, certyfikat %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Strona %1</translation>
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
        <translation>Opis</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Total value %1 %2</source>
        <translation>Wartość łączna %1 %2</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Invalid policy at %1: %2</source>
        <translation>Nieprawidłowa polityka w %1: %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>oczekiwano %1, znaleziono %2</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>brak wymaganego pola</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>lista jest pusta</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>musi być liczbą całkowitą od %1 do %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>musi być liczbą od %1 do %2</translation>
    </message>
    <message>
        <source>%1 differs from the policy currency %2</source>
        <translation>%1 różni się od waluty polityki %2</translation>
    </message>
    <message>
        <source>%1 is not a non-negative decimal amount with at most 2 decimals</source>
        <translation>%1 nie jest nieujemną kwotą dziesiętną z najwyżej 2 miejscami po przecinku</translation>
    </message>
    <message>
        <source>unknown grade %1</source>
        <translation>nieznana klasa %1</translation>
    </message>
    <message>
        <source>unknown disposition %1</source>
        <translation>nieznana dyspozycja %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 występuje dwa razy</translation>
    </message>
    <message>
        <source>unsupported format %1 (this station reads format %2)</source>
        <translation>nieobsługiwany format %1 (to stanowisko czyta format %2)</translation>
    </message>
    <message>
        <source>longer than 100 characters</source>
        <translation>dłuższe niż 100 znaków</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 code such as "EUR"</source>
        <translation>%1 nie jest kodem ISO 4217, takim jak „EUR”</translation>
    </message>
    <message>
        <source>%1 is not a snake_case code</source>
        <translation>%1 nie jest kodem w formacie snake_case</translation>
    </message>
    <message>
        <source>%1 is not a dotted lower-case category</source>
        <translation>%1 nie jest kategorią z małych liter rozdzielonych kropkami</translation>
    </message>
    <message>
        <source>a checklist for %1 is already defined</source>
        <translation>lista kontrolna dla %1 jest już zdefiniowana</translation>
    </message>
    <message>
        <source>%1 is not a snake_case key</source>
        <translation>%1 nie jest kluczem w formacie snake_case</translation>
    </message>
    <message>
        <source>unknown special check %1 (expected "battery" or "data_wipe")</source>
        <translation>nieznana kontrola specjalna %1 (oczekiwano „battery” lub „data_wipe”)</translation>
    </message>
    <message>
        <source>a fallback checklist with the category "" is required</source>
        <translation>wymagana jest zapasowa lista kontrolna z kategorią ""</translation>
    </message>
    <message>
        <source>unknown field in a rule (this station cannot apply it)</source>
        <translation>nieznane pole w regule (to stanowisko nie może jej zastosować)</translation>
    </message>
    <message>
        <source>unknown reason code %1</source>
        <translation>nieznany kod przyczyny %1</translation>
    </message>
    <message>
        <source>unknown observed reason %1</source>
        <translation>nieznana stwierdzona przyczyna %1</translation>
    </message>
    <message>
        <source>unknown fraud flag %1</source>
        <translation>nieznany sygnał oszustwa %1</translation>
    </message>
    <message>
        <source>%1 is not a hazmat class such as "none" or "lithium_ion"</source>
        <translation>%1 nie jest klasą materiału niebezpiecznego, taką jak „none” lub „lithium_ion”</translation>
    </message>
    <message>
        <source>must be greater than min_value</source>
        <translation>musi być większe niż min_value</translation>
    </message>
    <message>
        <source>a rule must allow or forbid at least one disposition</source>
        <translation>reguła musi dopuszczać lub zabraniać co najmniej jednej dyspozycji</translation>
    </message>
    <message>
        <source>%1 is both allowed and forbidden</source>
        <translation>%1 jest jednocześnie dozwolone i zabronione</translation>
    </message>
    <message>
        <source>quarantine is always allowed and cannot be forbidden</source>
        <translation>kwarantanna jest zawsze dozwolona i nie można jej zabronić</translation>
    </message>
    <message>
        <source>unknown decision %1 (expected "full", "partial" or "deny")</source>
        <translation>nieznana decyzja %1 (oczekiwano „full”, „partial” lub „deny”)</translation>
    </message>
    <message>
        <source>Invalid policy JSON at line %1, column %2: %3</source>
        <translation>Nieprawidłowy JSON polityki w wierszu %1, kolumnie %2: %3</translation>
    </message>
    <message>
        <source>Invalid policy: the document must be a JSON object.</source>
        <translation>Nieprawidłowa polityka: dokument musi być obiektem JSON.</translation>
    </message>
    <message>
        <source>Invalid policy at line %1, %2: %3</source>
        <translation>Nieprawidłowa polityka w wierszu %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <source>This scan is not a parcel label. Scan the carrier label or the RMA code again.</source>
        <translation>Ten skan nie jest etykietą paczki. Zeskanuj ponownie etykietę przewoźnika lub kod RMA.</translation>
    </message>
    <message>
        <source>%1 is a Dockside item label, not a parcel. Scan the carrier label or the RMA code.</source>
        <translation>%1 to etykieta artykułu Dockside, nie paczka. Zeskanuj etykietę przewoźnika lub kod RMA.</translation>
    </message>
    <message>
        <source>This is a product, badge or tote code, not a parcel label. Scan the carrier label or the RMA code.</source>
        <translation>To kod produktu, identyfikatora lub pojemnika, a nie etykieta paczki. Zeskanuj etykietę przewoźnika lub kod RMA.</translation>
    </message>
    <message>
        <source>The weight %1 g is not plausible.</source>
        <translation>Waga %1 g jest nieprawdopodobna.</translation>
    </message>
    <message>
        <source>The tracking number %1 has a wrong check digit: it was probably misread. Scan it again.</source>
        <translation>Numer przesyłki %1 ma błędną cyfrę kontrolną: prawdopodobnie został źle odczytany. Zeskanuj go ponownie.</translation>
    </message>
    <message>
        <source>No RMA matches this label; received blind.</source>
        <translation>Żadne RMA nie pasuje do tej etykiety; przyjęto w ciemno.</translation>
    </message>
    <message>
        <source>No return authorization found. Receive the items blind: they go to a supervisor.</source>
        <translation>Nie znaleziono autoryzacji zwrotu. Przyjmij artykuły w ciemno: trafią do kierownika.</translation>
    </message>
    <message>
        <source>There is no parcel %1.</source>
        <translation>Nie ma paczki %1.</translation>
    </message>
    <message>
        <source>Cannot read the photo %1.</source>
        <translation>Nie można odczytać zdjęcia %1.</translation>
    </message>
    <message>
        <source>The photo %1 is larger than 10 MiB.</source>
        <translation>Zdjęcie %1 ma więcej niż 10 MiB.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG photo.</source>
        <translation>%1 nie jest zdjęciem JPEG ani PNG.</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read.</source>
        <translation>Zdjęcia %1 nie da się odczytać.</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>Nie można utworzyć folderu zdjęć %1.</translation>
    </message>
    <message>
        <source>Cannot save the photo (disk full?): %1</source>
        <translation>Nie można zapisać zdjęcia (pełny dysk?): %1</translation>
    </message>
    <message>
        <source>The product code %1 has a wrong check digit. Scan it again.</source>
        <translation>Kod produktu %1 ma błędną cyfrę kontrolną. Zeskanuj go ponownie.</translation>
    </message>
    <message>
        <source>The product barcode could not be read correctly: %1</source>
        <translation>Kod kreskowy produktu nie został poprawnie odczytany: %1</translation>
    </message>
    <message>
        <source>%1 is already a Dockside item label: this item was received before.</source>
        <translation>%1 to już etykieta artykułu Dockside: ten artykuł został przyjęty wcześniej.</translation>
    </message>
    <message>
        <source>This is not a product code. Scan the product's barcode or serial number.</source>
        <translation>To nie jest kod produktu. Zeskanuj kod kreskowy lub numer seryjny produktu.</translation>
    </message>
    <message>
        <source>This scan is not a product code or serial number. Scan it again.</source>
        <translation>Ten skan nie jest kodem produktu ani numerem seryjnym. Zeskanuj ponownie.</translation>
    </message>
    <message>
        <source>Serial %1 was already received as %2. Check the item and ask a supervisor.</source>
        <translation>Numer seryjny %1 został już przyjęty jako %2. Sprawdź artykuł i zapytaj kierownika.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Nie ma artykułu %1.</translation>
    </message>
    <message>
        <source>Item %1 is already decided; corrections go through a supervisor.</source>
        <translation>Artykuł %1 jest już rozstrzygnięty; poprawki przechodzą przez kierownika.</translation>
    </message>
    <message>
        <source>"%1" is not a known finding. Use one of: %2.</source>
        <translation>„%1” nie jest znanym ustaleniem. Użyj jednego z: %2.</translation>
    </message>
    <message>
        <source>Grade %1 chosen by the worker.</source>
        <translation>Klasa %1 wybrana przez pracownika.</translation>
    </message>
    <message>
        <source>Item %1 has no grade: answer the checklist or choose a grade.</source>
        <translation>Artykuł %1 nie ma klasy: odpowiedz na listę kontrolną lub wybierz klasę.</translation>
    </message>
    <message>
        <source>Damage was reported on %1: take at least one photo.</source>
        <translation>Zgłoszono uszkodzenie %1: zrób co najmniej jedno zdjęcie.</translation>
    </message>
    <message>
        <source>Item %1 is already received; give its grade or checklist to inspect it.</source>
        <translation>Artykuł %1 jest już przyjęty; podaj jego klasę lub listę kontrolną, aby go sprawdzić.</translation>
    </message>
    <message>
        <source>Item %1 is not in parcel %2.</source>
        <translation>Artykułu %1 nie ma w paczce %2.</translation>
    </message>
</context>
<context>
    <name>Regrade</name>
    <message>
        <source>There is no item %1.</source>
        <translation>Nie ma artykułu %1.</translation>
    </message>
    <message>
        <source>Item %1 has not been graded yet.</source>
        <translation>Artykuł %1 nie jest jeszcze oceniony.</translation>
    </message>
    <message>
        <source>Item %1 is already waiting for a second grade.</source>
        <translation>Artykuł %1 już czeka na ponowną ocenę.</translation>
    </message>
    <message>
        <source>There is no active user with badge %1.</source>
        <translation>Nie ma aktywnego użytkownika z identyfikatorem %1.</translation>
    </message>
    <message>
        <source>%1 graded this item; choose another worker.</source>
        <translation>%1 ocenił ten artykuł; wybierz innego pracownika.</translation>
    </message>
    <message>
        <source>Item %1 is not waiting for a second grade.</source>
        <translation>Artykuł %1 nie czeka na ponowną ocenę.</translation>
    </message>
    <message>
        <source>You graded %1 yourself; another worker must grade it again.</source>
        <translation>Sam oceniłeś %1; inny pracownik musi go ocenić ponownie.</translation>
    </message>
    <message>
        <source>The second grade of %1 was asked of another worker.</source>
        <translation>Ponowną ocenę %1 zlecono innemu pracownikowi.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>No data for this period</source>
        <translation>Brak danych dla tego okresu</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Returns report %1</source>
        <translation>Raport zwrotów %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>nie udało się rozpocząć PDF</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Strona %1</translation>
    </message>
    <message>
        <source>Returns report — %1</source>
        <translation>Raport zwrotów — %1</translation>
    </message>
    <message>
        <source>Items received %1 to %2 · printed %3</source>
        <translation>Artykuły przyjęte od %1 do %2 · wydrukowano %3</translation>
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
        <translation>Przyjęte artykuły</translation>
    </message>
    <message>
        <source>Items decided</source>
        <translation>Rozstrzygnięte artykuły</translation>
    </message>
    <message>
        <source>Estimated recovery</source>
        <translation>Szacowany odzysk</translation>
    </message>
    <message>
        <source>Restocking fees</source>
        <translation>Opłaty za ponowne przyjęcie</translation>
    </message>
    <message>
        <source>Dock to stock, median / 90th percentile</source>
        <translation>Od rampy na stan, mediana / 90. percentyl</translation>
    </message>
    <message>
        <source>Receipt to refund decision, median / 90th percentile</source>
        <translation>Od przyjęcia do decyzji o zwrocie pieniędzy, mediana / 90. percentyl</translation>
    </message>
    <message>
        <source>No fault found where the customer said defective</source>
        <translation>Nie stwierdzono usterki, gdy klient zgłosił wadę</translation>
    </message>
    <message>
        <source>Kept out of landfill (by weight)</source>
        <translation>Uchronione przed wysypiskiem (wg wagi)</translation>
    </message>
    <message>
        <source>Waiting in the inspection queue now</source>
        <translation>Czeka teraz w kolejce kontroli</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategoria</translation>
    </message>
    <message>
        <source>Resold</source>
        <translation>Odsprzedane</translation>
    </message>
    <message>
        <source>Refurbished</source>
        <translation>Odnowione</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>Przekazane w darowiźnie</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>Poddane recyklingowi</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Zutylizowane</translation>
    </message>
    <message>
        <source>Returned to vendor</source>
        <translation>Zwrócone do dostawcy</translation>
    </message>
    <message>
        <source>Held (quarantine)</source>
        <translation>Wstrzymane (kwarantanna)</translation>
    </message>
    <message>
        <source>items</source>
        <translation>artykuły</translation>
    </message>
    <message>
        <source>Received per day</source>
        <translation>Przyjęte dziennie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Przyjęte</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artykuły</translation>
    </message>
    <message>
        <source>Grade mix</source>
        <translation>Rozkład klas</translation>
    </message>
    <message>
        <source>Disposition mix</source>
        <translation>Rozkład dyspozycji</translation>
    </message>
    <message>
        <source>Estimated recovery by disposition (total %1 %2)</source>
        <translation>Szacowany odzysk według dyspozycji (łącznie %1 %2)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Odzysk</translation>
    </message>
    <message>
        <source>Top return reasons (as stated)</source>
        <translation>Najczęstsze przyczyny zwrotów (podane)</translation>
    </message>
    <message>
        <source>Top SKUs by returns</source>
        <translation>SKU z największą liczbą zwrotów</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Zwroty</translation>
    </message>
    <message>
        <source>Top SKUs by defect rate (defect confirmed at the dock)</source>
        <translation>SKU z najwyższym odsetkiem wad (wada potwierdzona na rampie)</translation>
    </message>
    <message>
        <source>Defect rate</source>
        <translation>Odsetek wad</translation>
    </message>
    <message>
        <source>No-fault-found rate by SKU, stated defective (overall %1 %)</source>
        <translation>Odsetek „nie stwierdzono usterki” wg SKU, zgłoszone jako wadliwe (ogółem %1%)</translation>
    </message>
    <message>
        <source>No-fault-found rate</source>
        <translation>Odsetek „nie stwierdzono usterki”</translation>
    </message>
    <message>
        <source>Stated reason → what the dock found</source>
        <translation>Podana przyczyna → co stwierdzono na rampie</translation>
    </message>
    <message>
        <source>Dock-to-stock and receipt-to-refund-decision time</source>
        <translation>Czas od rampy na stan i od przyjęcia do decyzji o zwrocie pieniędzy</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>godziny</translation>
    </message>
    <message>
        <source>Dock to stock</source>
        <translation>Od rampy na stan</translation>
    </message>
    <message>
        <source>Receipt to refund decision</source>
        <translation>Od przyjęcia do decyzji o zwrocie pieniędzy</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. percentyl</translation>
    </message>
    <message>
        <source>Units per active hour, per worker</source>
        <translation>Sztuki na aktywną godzinę, wg pracownika</translation>
    </message>
    <message>
        <source>items per hour</source>
        <translation>artykuły na godzinę</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>Sztuki na godzinę</translation>
    </message>
    <message>
        <source>Grader consistency: reviewed decisions a supervisor changed</source>
        <translation>Spójność ocen: sprawdzone decyzje zmienione przez kierownika</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmienione</translation>
    </message>
    <message numerus="yes">
        <source>Inspection queue now: %n item(s) waiting, by age</source>
        <translation>
            <numerusform>Kolejka kontroli teraz: %n czekający artykuł, wg wieku</numerusform>
            <numerusform>Kolejka kontroli teraz: %n czekające artykuły, wg wieku</numerusform>
            <numerusform>Kolejka kontroli teraz: %n czekających artykułów, wg wieku</numerusform>
        </translation>
    </message>
    <message>
        <source>under 1 h</source>
        <translation>poniżej 1 h</translation>
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
        <translation>1–3 dni</translation>
    </message>
    <message>
        <source>over 3 days</source>
        <translation>ponad 3 dni</translation>
    </message>
    <message>
        <source>Sustainability ledger: %1 % kept out of landfill</source>
        <translation>Bilans zrównoważonego rozwoju: %1% uchronione przed wysypiskiem</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
</context>
<context>
    <name>ScanClassifier</name>
    <message>
        <source>The RMA check character is wrong.</source>
        <translation>Znak kontrolny RMA jest błędny.</translation>
    </message>
    <message>
        <source>The LPN check character is wrong.</source>
        <translation>Znak kontrolny LPN jest błędny.</translation>
    </message>
    <message>
        <source>The check digit does not match for any carrier format this number fits.</source>
        <translation>Cyfra kontrolna nie pasuje do żadnego formatu przewoźnika, do którego pasuje ten numer.</translation>
    </message>
    <message>
        <source>The scan is not a known barcode format.</source>
        <translation>Skan nie ma znanego formatu kodu kreskowego.</translation>
    </message>
    <message>
        <source>The GTIN check digit is wrong.</source>
        <translation>Cyfra kontrolna GTIN jest błędna.</translation>
    </message>
    <message>
        <source>The SSCC check digit is wrong.</source>
        <translation>Cyfra kontrolna SSCC jest błędna.</translation>
    </message>
    <message>
        <source>The scan is too long for a barcode.</source>
        <translation>Skan jest za długi jak na kod kreskowy.</translation>
    </message>
    <message>
        <source>The scan is empty.</source>
        <translation>Skan jest pusty.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 is an SQLite database of another program, not a Dockside station database.</source>
        <translation>%1 to baza danych SQLite innego programu, a nie baza danych stanowiska Dockside.</translation>
    </message>
    <message>
        <source>The station database was written by a newer Dockside (schema %1, this program knows %2). Install the newer version.</source>
        <translation>Bazę danych stanowiska zapisał nowszy Dockside (schemat %1, ten program zna %2). Zainstaluj nowszą wersję.</translation>
    </message>
    <message>
        <source>The station database needs an upgrade but is opened read-only.</source>
        <translation>Baza danych stanowiska wymaga aktualizacji, ale jest otwarta tylko do odczytu.</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>Station database damaged</source>
        <translation>Baza danych stanowiska uszkodzona</translation>
    </message>
    <message>
        <source>The station database is damaged, so Dockside will not work on it.

Restore the newest backup, from %1? Items received after it stay only at head office (if they were synced). The damaged file is kept in %2.</source>
        <translation>Baza danych stanowiska jest uszkodzona, więc Dockside nie będzie na niej pracować.

Przywrócić najnowszą kopię z %1? Artykuły przyjęte później zostaną tylko w centrali (jeśli były zsynchronizowane). Uszkodzony plik zostaje zachowany w %2.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Przywróć kopię</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>There is no station database at %1. Create one with "dockside-cli init --station CODE".</source>
        <translation>W %1 nie ma bazy danych stanowiska. Utwórz ją poleceniem „dockside-cli init --station KOD”.</translation>
    </message>
    <message>
        <source>The database %1 has no station yet. Run "dockside-cli init --station CODE" first.</source>
        <translation>Baza danych %1 nie ma jeszcze stanowiska. Najpierw uruchom „dockside-cli init --station KOD”.</translation>
    </message>
    <message>
        <source>"%1" is not a valid station code: use 2 to 8 capital letters or digits, optionally a hyphen and a dock, e.g. AMS-D03.</source>
        <translation>„%1” nie jest prawidłowym kodem stanowiska: użyj od 2 do 8 wielkich liter lub cyfr, opcjonalnie łącznika i rampy, np. AMS-D03.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>%1 already belongs to station %2.</source>
        <translation>%1 należy już do stanowiska %2.</translation>
    </message>
    <message>
        <source>Cannot create the station database %1.</source>
        <translation>Nie można utworzyć bazy danych stanowiska %1.</translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 musi być liczbą całkowitą od %2 do %3.</translation>
    </message>
    <message>
        <source>The head-office address must be an http or https URL, e.g. https://hq.example.com.</source>
        <translation>Adres centrali musi być adresem URL http lub https, np. https://hq.example.com.</translation>
    </message>
    <message>
        <source>The head-office token has no spaces and at most 512 characters.</source>
        <translation>Token centrali nie ma spacji i ma najwyżej 512 znaków.</translation>
    </message>
    <message>
        <source>The idle lock</source>
        <translation>Blokada bezczynności</translation>
    </message>
    <message>
        <source>The queue SLA in hours</source>
        <translation>SLA kolejki w godzinach</translation>
    </message>
    <message>
        <source>The label size is 4x6 or 2x1.</source>
        <translation>Rozmiar etykiety to 4x6 lub 2x1.</translation>
    </message>
    <message>
        <source>The printer name has at most 200 characters.</source>
        <translation>Nazwa drukarki ma najwyżej 200 znaków.</translation>
    </message>
    <message>
        <source>The language is a language code such as en, de or fr_CA.</source>
        <translation>Język to kod języka, np. en, de lub fr_CA.</translation>
    </message>
    <message>
        <source>The re-grade share is a percentage from 0 to 100, e.g. 2 or 0.5.</source>
        <translation>Udział ponownych ocen to procent od 0 do 100, np. 2 lub 0,5.</translation>
    </message>
    <message>
        <source>"%1" is not a station setting. Use one of: %2.</source>
        <translation>„%1” nie jest ustawieniem stanowiska. Użyj jednego z: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1 nie może zawierać znaków sterujących.</translation>
    </message>
    <message>
        <source>The number of wrong PINs before a lock-out</source>
        <translation>Liczba błędnych PIN-ów przed blokadą</translation>
    </message>
    <message>
        <source>The lock-out in seconds</source>
        <translation>Czas blokady w sekundach</translation>
    </message>
    <message>
        <source>The PIN work factor (PBKDF2 iterations)</source>
        <translation>Współczynnik pracy PIN-u (iteracje PBKDF2)</translation>
    </message>
    <message>
        <source>The number of daily backups kept</source>
        <translation>Liczba przechowywanych codziennych kopii zapasowych</translation>
    </message>
    <message>
        <source>The sound volume</source>
        <translation>Głośność dźwięku</translation>
    </message>
    <message>
        <source>allow_insecure_http is true or false.</source>
        <translation>allow_insecure_http to true albo false.</translation>
    </message>
    <message>
        <source>hq_ca_file needs an absolute path, e.g. /etc/ssl/certs/hq-ca.pem.</source>
        <translation>hq_ca_file wymaga ścieżki bezwzględnej, np. /etc/ssl/certs/hq-ca.pem.</translation>
    </message>
    <message>
        <source>backup_folder needs an absolute path, or nothing for the folder beside the database.</source>
        <translation>backup_folder wymaga ścieżki bezwzględnej albo niczego dla folderu obok bazy danych.</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>to nie jest tekst UTF-8</translation>
    </message>
    <message>
        <source>expected "key = value"</source>
        <translation>oczekiwano „klucz = wartość”</translation>
    </message>
    <message>
        <source>%1 is already set on line %2</source>
        <translation>%1 jest już ustawione w wierszu %2</translation>
    </message>
    <message>
        <source># Dockside station settings of %1, exported %2.
# One "key = value" per line; lines starting with # are comments. A key shown as a
# comment is not set on this station and has the default shown.
# Load with: dockside-cli settings import FILE
</source>
        <translation># Ustawienia stanowiska Dockside %1, wyeksportowane %2.
# Jedno „klucz = wartość” w wierszu; wiersze zaczynające się od # są komentarzami. Klucz pokazany jako
# komentarz nie jest ustawiony na tym stanowisku i ma pokazaną wartość domyślną.
# Wczytaj poleceniem: dockside-cli settings import PLIK
</translation>
    </message>
    <message>
        <source># hq_token is not set; add "hq_token = ..." to set it.
</source>
        <translation># hq_token nie jest ustawiony; dodaj „hq_token = ...”, aby go ustawić.
</translation>
    </message>
    <message>
        <source># hq_token is set on this station but never exported; add "hq_token = ..." to set it.
</source>
        <translation># hq_token jest ustawiony na tym stanowisku, ale nigdy nie jest eksportowany; dodaj „hq_token = ...”, aby go ustawić.
</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Sync is waiting after an earlier failure; the next attempt is due at %1.</source>
        <translation>Synchronizacja czeka po wcześniejszym błędzie; następna próba o %1.</translation>
    </message>
    <message>
        <source>No head-office address is set: use --hq URL, DOCKSIDE_HQ_URL or the hq_url setting.</source>
        <translation>Nie ustawiono adresu centrali: użyj --hq URL, DOCKSIDE_HQ_URL lub ustawienia hq_url.</translation>
    </message>
    <message>
        <source>No head-office token is set: use --token, DOCKSIDE_HQ_TOKEN or the hq_token setting.</source>
        <translation>Nie ustawiono tokenu centrali: użyj --token, DOCKSIDE_HQ_TOKEN lub ustawienia hq_token.</translation>
    </message>
    <message>
        <source>The head-office address "%1" is not an http or https URL.</source>
        <translation>Adres centrali „%1” nie jest adresem URL http ani https.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: use https, or set allow_insecure_http=true for a trusted network.</source>
        <translation>Nieszyfrowane http do %1 jest odrzucane: użyj https lub ustaw allow_insecure_http=true w zaufanej sieci.</translation>
    </message>
    <message>
        <source>HQ's answer to %1 could not be read; nothing was marked as delivered and sync will retry later.</source>
        <translation>Nie udało się odczytać odpowiedzi centrali na %1; nic nie oznaczono jako dostarczone, synchronizacja zostanie ponowiona później.</translation>
    </message>
    <message>
        <source>HQ did not answer in time; sync will retry later.</source>
        <translation>Centrala nie odpowiedziała na czas; synchronizacja zostanie ponowiona później.</translation>
    </message>
    <message>
        <source>HQ cannot be reached (%1); sync will retry later.</source>
        <translation>Centrala jest nieosiągalna (%1); synchronizacja zostanie ponowiona później.</translation>
    </message>
    <message>
        <source>HQ refused the station's token (401). Check the hq_token setting.</source>
        <translation>Centrala odrzuciła token stanowiska (401). Sprawdź ustawienie hq_token.</translation>
    </message>
    <message>
        <source>HQ does not allow this station to sync (403): %1</source>
        <translation>Centrala nie pozwala temu stanowisku na synchronizację (403): %1</translation>
    </message>
    <message>
        <source>HQ refused the request as malformed (400): %1</source>
        <translation>Centrala odrzuciła żądanie jako błędne (400): %1</translation>
    </message>
    <message>
        <source>HQ is busy or failing (HTTP %1); sync will retry later.</source>
        <translation>Centrala jest przeciążona lub ma awarię (HTTP %1); synchronizacja zostanie ponowiona później.</translation>
    </message>
    <message>
        <source>HQ gave an unexpected answer (HTTP %1); sync will retry later.</source>
        <translation>Centrala odpowiedziała nieoczekiwanie (HTTP %1); synchronizacja zostanie ponowiona później.</translation>
    </message>
    <message>
        <source>This station's clock differs from HQ's by %1 seconds; check the PC's time settings.</source>
        <translation>Zegar tego stanowiska różni się od zegara centrali o %1 s; sprawdź ustawienia czasu komputera.</translation>
    </message>
    <message>
        <source>HQ refused this event as too large.</source>
        <translation>Centrala odrzuciła to zdarzenie jako zbyt duże.</translation>
    </message>
    <message>
        <source>The photo %1 is missing from the station's photo folder; it was not sent.</source>
        <translation>Brak zdjęcia %1 w folderze zdjęć stanowiska; nie zostało wysłane.</translation>
    </message>
    <message>
        <source>The photo file %1 is damaged (its content does not match its name); it was not sent.</source>
        <translation>Plik zdjęcia %1 jest uszkodzony (zawartość nie zgadza się z nazwą); nie został wysłany.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of HQ's %1 feed could not be read and were skipped (the first: %2)</source>
        <translation>
            <numerusform>%n element kanału %1 centrali był nieczytelny i został pominięty (pierwszy: %2)</numerusform>
            <numerusform>%n elementy kanału %1 centrali były nieczytelne i zostały pominięte (pierwszy: %2)</numerusform>
            <numerusform>%n elementów kanału %1 centrali było nieczytelnych i zostało pominiętych (pierwszy: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ sent a policy that is not valid; the station keeps its current policy: %1</source>
        <translation>Centrala przysłała nieprawidłową politykę; stanowisko zachowuje obecną politykę: %1</translation>
    </message>
    <message>
        <source>Event %1 is not a dead letter.</source>
        <translation>Zdarzenie %1 nie jest niedoręczalne.</translation>
    </message>
    <message>
        <source>Event %1 is not an unresolved dead letter.</source>
        <translation>Zdarzenie %1 nie jest nierozstrzygniętym zdarzeniem niedoręczalnym.</translation>
    </message>
    <message>
        <source>The hq_ca_file setting names %1, which holds no readable PEM certificate.</source>
        <translation>Ustawienie hq_ca_file wskazuje %1, który nie zawiera czytelnego certyfikatu PEM.</translation>
    </message>
    <message>
        <source>Sync was stopped before it finished; what HQ confirmed stays sent.</source>
        <translation>Synchronizację zatrzymano przed końcem; to, co centrala potwierdziła, pozostaje wysłane.</translation>
    </message>
    <message>
        <source>HQ's certificate could not be verified (%1). If HQ uses its own certificate authority, set hq_ca_file to its CA certificate.</source>
        <translation>Nie udało się zweryfikować certyfikatu centrali (%1). Jeśli centrala używa własnego urzędu certyfikacji, ustaw hq_ca_file na jego certyfikat CA.</translation>
    </message>
</context>
<context>
    <name>SyncSchedule</name>
    <message>
        <source>The setting %1 is "%2"; use a time like 02:00, or off.</source>
        <translation>Ustawienie %1 ma wartość „%2”; użyj godziny, np. 02:00, lub off.</translation>
    </message>
    <message>
        <source>The setting %1 is "%2"; use a number of minutes from 0 to %3.</source>
        <translation>Ustawienie %1 ma wartość „%2”; użyj liczby minut od 0 do %3.</translation>
    </message>
</context>
<context>
    <name>Totes</name>
    <message>
        <source>There is no tote %1.</source>
        <translation>Nie ma pojemnika %1.</translation>
    </message>
    <message>
        <source>Tote %1 is already closed.</source>
        <translation>Pojemnik %1 jest już zamknięty.</translation>
    </message>
    <message>
        <source>Tote %1 is empty; there is nothing to ship.</source>
        <translation>Pojemnik %1 jest pusty; nie ma czego wysyłać.</translation>
    </message>
    <message>
        <source>Tote %1 holds items waiting for a supervisor; it is emptied by their decisions, not closed.</source>
        <translation>Pojemnik %1 zawiera artykuły czekające na kierownika; opróżniają go jego decyzje, nie zamknięcie.</translation>
    </message>
    <message>
        <source>A %1 tote needs the partner who takes it and their certificate reference.</source>
        <translation>Pojemnik typu %1 wymaga partnera, który go odbiera, i numeru jego certyfikatu.</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <source>Restock</source>
        <translation>Na stan</translation>
    </message>
    <message>
        <source>Open-box resale</source>
        <translation>Sprzedaż w outlecie</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Odnowienie</translation>
    </message>
    <message>
        <source>Return to vendor</source>
        <translation>Zwrot do dostawcy</translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>Likwidacja</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Darowizna</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Recykling</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Utylizacja</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Kwarantanna</translation>
    </message>
    <message>
        <source>Dock worker</source>
        <translation>Pracownik przyjęć</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Kierownik</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Pełny zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Partial refund (restocking fee)</source>
        <translation>Częściowy zwrot (opłata za ponowne przyjęcie)</translation>
    </message>
    <message>
        <source>Refund denied</source>
        <translation>Zwrot pieniędzy odrzucony</translation>
    </message>
    <message>
        <source>Defect confirmed</source>
        <translation>Wada potwierdzona</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>Nie stwierdzono usterki</translation>
    </message>
    <message>
        <source>Wrong item returned</source>
        <translation>Zwrócono inny artykuł</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Uszkodzone w transporcie</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>Brak części</translation>
    </message>
    <message>
        <source>Used or worn</source>
        <translation>Używane lub zużyte</translation>
    </message>
    <message>
        <source>Empty box</source>
        <translation>Puste opakowanie</translation>
    </message>
    <message>
        <source>As the customer described</source>
        <translation>Zgodnie z opisem klienta</translation>
    </message>
    <message>
        <source>Changed disposition</source>
        <translation>Zmieniona dyspozycja</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Wysoka wartość</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Wyjątek</translation>
    </message>
    <message>
        <source>Fraud check</source>
        <translation>Kontrola oszustw</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzone</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Blind receipt</source>
        <translation>Przyjęcie w ciemno</translation>
    </message>
    <message>
        <source>Serial number mismatch</source>
        <translation>Niezgodny numer seryjny</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Niewłaściwy artykuł</translation>
    </message>
    <message>
        <source>Weight far from the catalog's</source>
        <translation>Waga odbiega od katalogu</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>%1 is signed in as %2; this needs a %3.</source>
        <translation>%1 jest zalogowany jako %2; to wymaga roli: %3.</translation>
    </message>
    <message>
        <source>"%1" is not a valid badge: use U- and 4 to 8 digits, e.g. U-0017.</source>
        <translation>„%1” nie jest prawidłowym identyfikatorem: użyj U- i od 4 do 8 cyfr, np. U-0017.</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Użytkownik musi mieć nazwę.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN ma od 4 do 12 cyfr.</translation>
    </message>
    <message>
        <source>Badge %1 already belongs to a user.</source>
        <translation>Identyfikator %1 należy już do użytkownika.</translation>
    </message>
    <message>
        <source>Badge %1 is not known here.</source>
        <translation>Identyfikator %1 nie jest tu znany.</translation>
    </message>
    <message>
        <source>Wrong badge or PIN. Try again.</source>
        <translation>Błędny identyfikator lub PIN. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This badge is disabled. Ask a supervisor.</source>
        <translation>Ten identyfikator jest wyłączony. Zapytaj kierownika.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. This badge is locked for %n more minute(s); a supervisor can reset it.</source>
        <translation>
            <numerusform>Zbyt wiele błędnych PIN-ów. Identyfikator jest zablokowany jeszcze przez %n minutę; kierownik może go odblokować.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Identyfikator jest zablokowany jeszcze przez %n minuty; kierownik może go odblokować.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Identyfikator jest zablokowany jeszcze przez %n minut; kierownik może go odblokować.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. This badge is now locked; a supervisor can reset it.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Identyfikator jest teraz zablokowany; kierownik może go odblokować.</translation>
    </message>
    <message>
        <source>Dockside does not speak "%1". Choose one of: %2.</source>
        <translation>Dockside nie mówi w języku „%1”. Wybierz jeden z: %2.</translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another admin first.</source>
        <translation>%1 jest ostatnim aktywnym administratorem; najpierw utwórz innego administratora.</translation>
    </message>
    <message>
        <source>You cannot disable your own badge.</source>
        <translation>Nie możesz wyłączyć własnego identyfikatora.</translation>
    </message>
    <message>
        <source>You cannot take away your own admin role.</source>
        <translation>Nie możesz odebrać sobie roli administratora.</translation>
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
        <translation>dockside-cli: %1 (zob. „%2”)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Pokaż tę pomoc.</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Say who you are with --user BADGE.</source>
        <translation>Podaj, kim jesteś, przez --user IDENTYFIKATOR.</translation>
    </message>
    <message>
        <source>No PIN given: use --pin, DOCKSIDE_PIN or a terminal prompt.</source>
        <translation>Nie podano PIN-u: użyj --pin, DOCKSIDE_PIN lub zapytania w terminalu.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Nie można pisać na standardowe wyjście.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>events, items or parcels</source>
        <translation>events, items lub parcels</translation>
    </message>
    <message>
        <source>Only rows from this time on (RFC 3339 or a date).</source>
        <translation>Tylko wiersze od tego czasu (RFC 3339 lub data).</translation>
    </message>
    <message>
        <source>csv (default) or jsonl.</source>
        <translation>csv (domyślnie) lub jsonl.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Zapisz do tego pliku zamiast na standardowe wyjście.</translation>
    </message>
    <message>
        <source>Export events, items or parcels.</source>
        <translation>Eksportuj zdarzenia, artykuły lub paczki.</translation>
    </message>
    <message>
        <source>Say what to export: events, items or parcels.</source>
        <translation>Podaj, co eksportować: events, items lub parcels.</translation>
    </message>
    <message>
        <source>--format must be csv or jsonl.</source>
        <translation>--format musi mieć wartość csv lub jsonl.</translation>
    </message>
    <message>
        <source>--since takes an RFC 3339 time or a date, e.g. 2026-11-01.</source>
        <translation>--since przyjmuje czas RFC 3339 lub datę, np. 2026-11-01.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>Zapisano %n wiersz.</numerusform>
            <numerusform>Zapisano %n wiersze.</numerusform>
            <numerusform>Zapisano %n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start of the period (default: 30 days ago).</source>
        <translation>Początek okresu (domyślnie: 30 dni temu).</translation>
    </message>
    <message>
        <source>End of the period (default: now).</source>
        <translation>Koniec okresu (domyślnie: teraz).</translation>
    </message>
    <message>
        <source>Analytics over a period.</source>
        <translation>Analizy za okres.</translation>
    </message>
    <message>
        <source>report takes no arguments.</source>
        <translation>report nie przyjmuje argumentów.</translation>
    </message>
    <message>
        <source>--from and --to take RFC 3339 times or dates, --from before --to.</source>
        <translation>--from i --to przyjmują czasy RFC 3339 lub daty, --from przed --to.</translation>
    </message>
    <message>
        <source>Cannot write the report.</source>
        <translation>Nie można zapisać raportu.</translation>
    </message>
    <message>
        <source>PNG, JPEG or BMP files.</source>
        <translation>Pliki PNG, JPEG lub BMP.</translation>
    </message>
    <message>
        <source>Comma-separated ZXing formats (default: every dock format).</source>
        <translation>Formaty ZXing rozdzielone przecinkami (domyślnie: wszystkie formaty rampy).</translation>
    </message>
    <message>
        <source>Camera mode: no rotation, no extra passes.</source>
        <translation>Tryb kamery: bez obracania i dodatkowych przebiegów.</translation>
    </message>
    <message>
        <source>Decode the barcodes in image files (one JSON line per image with --json).</source>
        <translation>Dekoduj kody kreskowe w plikach obrazów (z --json jeden wiersz JSON na obraz).</translation>
    </message>
    <message>
        <source>Name at least one image file.</source>
        <translation>Podaj co najmniej jeden plik obrazu.</translation>
    </message>
    <message>
        <source>Unknown barcode format "%1"; known: %2.</source>
        <translation>Nieznany format kodu kreskowego „%1”; znane: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n barcode(s) in %2 ms</source>
        <translation>
            <numerusform>%1: %n kod kreskowy w %2 ms</numerusform>
            <numerusform>%1: %n kody kreskowe w %2 ms</numerusform>
            <numerusform>%1: %n kodów kreskowych w %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The item's LPN.</source>
        <translation>LPN artykułu.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Plik PDF do zapisania.</translation>
    </message>
    <message>
        <source>4x6 or 2x1 (default: the station's label_size, else 4x6).</source>
        <translation>4x6 lub 2x1 (domyślnie: ustawienie label_size stanowiska, inaczej 4x6).</translation>
    </message>
    <message>
        <source>Render an item's LPN label as PDF.</source>
        <translation>Utwórz etykietę LPN artykułu w PDF.</translation>
    </message>
    <message>
        <source>Name one LPN.</source>
        <translation>Podaj jeden LPN.</translation>
    </message>
    <message>
        <source>label needs --out FILE.pdf.</source>
        <translation>label wymaga --out PLIK.pdf.</translation>
    </message>
    <message>
        <source>--size must be 4x6 or 2x1.</source>
        <translation>--size musi mieć wartość 4x6 lub 2x1.</translation>
    </message>
    <message>
        <source>Label of %1 written to %2</source>
        <translation>Etykietę %1 zapisano w %2</translation>
    </message>
    <message>
        <source>Station code, e.g. AMS-D03.</source>
        <translation>Kod stanowiska, np. AMS-D03.</translation>
    </message>
    <message>
        <source>Readable station name.</source>
        <translation>Czytelna nazwa stanowiska.</translation>
    </message>
    <message>
        <source>Create or open the database for a station.</source>
        <translation>Utwórz lub otwórz bazę danych stanowiska.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init nie przyjmuje argumentów.</translation>
    </message>
    <message>
        <source>init needs --station CODE.</source>
        <translation>init wymaga --station KOD.</translation>
    </message>
    <message>
        <source>Station %1 (%2) is ready in %3</source>
        <translation>Stanowisko %1 (%2) jest gotowe w %3</translation>
    </message>
    <message>
        <source>Badge code, e.g. U-0017.</source>
        <translation>Kod identyfikatora, np. U-0017.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Imię i nazwisko.</translation>
    </message>
    <message>
        <source>worker, supervisor or admin.</source>
        <translation>worker, supervisor lub admin.</translation>
    </message>
    <message>
        <source>4 to 12 digits (or DOCKSIDE_PIN, or a prompt).</source>
        <translation>Od 4 do 12 cyfr (lub DOCKSIDE_PIN, lub zapytanie).</translation>
    </message>
    <message>
        <source>user add needs --%1.</source>
        <translation>user add wymaga --%1.</translation>
    </message>
    <message>
        <source>--role must be worker, supervisor or admin.</source>
        <translation>--role musi mieć wartość worker, supervisor lub admin.</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>Dodano %1 (%2) jako %3.</translation>
    </message>
    <message>
        <source>Number of RMAs (default: enough for the items).</source>
        <translation>Liczba RMA (domyślnie: tyle, ile potrzeba dla artykułów).</translation>
    </message>
    <message>
        <source>Items processed through the workflow (default 200).</source>
        <translation>Artykuły przetworzone przez cały proces (domyślnie 200).</translation>
    </message>
    <message>
        <source>Random seed (default 1): same seed, same data.</source>
        <translation>Ziarno losowe (domyślnie 1): to samo ziarno, te same dane.</translation>
    </message>
    <message>
        <source>Load realistic demo data: catalog, RMAs, users and processed items.</source>
        <translation>Wczytaj realistyczne dane demonstracyjne: katalog, RMA, użytkowników i przetworzone artykuły.</translation>
    </message>
    <message>
        <source>--items, --rmas and --seed take whole numbers (items at most 10000000).</source>
        <translation>--items, --rmas i --seed przyjmują liczby całkowite (items najwyżej 10000000).</translation>
    </message>
    <message>
        <source>What the scanner read.</source>
        <translation>Co odczytał skaner.</translation>
    </message>
    <message>
        <source>Character the scanner sends for GS (e.g. | or ~).</source>
        <translation>Znak, który skaner wysyła zamiast GS (np. | lub ~).</translation>
    </message>
    <message>
        <source>Say what a scanned string is.</source>
        <translation>Powiedz, czym jest zeskanowany tekst.</translation>
    </message>
    <message>
        <source>classify takes one scanned text (quote it).</source>
        <translation>classify przyjmuje jeden zeskanowany tekst (w cudzysłowie).</translation>
    </message>
    <message>
        <source>--gs takes a single character.</source>
        <translation>--gs przyjmuje jeden znak.</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>rodzaj: %1</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>poprawny: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>wartość: %1</translation>
    </message>
    <message>
        <source>carrier: %1</source>
        <translation>przewoźnik: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <source>Full integrity_check instead of quick_check (slower).</source>
        <translation>Pełny integrity_check zamiast quick_check (wolniej).</translation>
    </message>
    <message>
        <source>Check the database's integrity and Dockside's invariants.</source>
        <translation>Sprawdź integralność bazy danych i niezmienniki Dockside.</translation>
    </message>
    <message>
        <source>OK: no problems found.</source>
        <translation>OK: nie znaleziono problemów.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Znalezione problemy:</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3 %4  %5: %6 (%n later event(s) held back)</source>
        <translation>
            <numerusform>%1  %2  %3 %4  %5: %6 (wstrzymano %n późniejsze zdarzenie)</numerusform>
            <numerusform>%1  %2  %3 %4  %5: %6 (wstrzymano %n późniejsze zdarzenia)</numerusform>
            <numerusform>%1  %2  %3 %4  %5: %6 (wstrzymano %n późniejszych zdarzeń)</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is not an event number.</source>
        <translation>„%1” nie jest numerem zdarzenia.</translation>
    </message>
    <message>
        <source>Event %1 will be sent again at the next sync.</source>
        <translation>Zdarzenie %1 zostanie wysłane ponownie przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Event %1 stays dead; the later events of its entity will be sent.</source>
        <translation>Zdarzenie %1 pozostaje niedoręczalne; późniejsze zdarzenia jego obiektu zostaną wysłane.</translation>
    </message>
    <message>
        <source>HQ base URL (else DOCKSIDE_HQ_URL, else the hq_url setting).</source>
        <translation>Bazowy URL centrali (inaczej DOCKSIDE_HQ_URL, inaczej ustawienie hq_url).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Station token (else DOCKSIDE_HQ_TOKEN, else the hq_token setting).</source>
        <translation>Token stanowiska (inaczej DOCKSIDE_HQ_TOKEN, inaczej ustawienie hq_token).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Sync now even while waiting after earlier failures.</source>
        <translation>Synchronizuj teraz, nawet podczas oczekiwania po wcześniejszych błędach.</translation>
    </message>
    <message>
        <source>Give up on one request after this many seconds.</source>
        <translation>Zrezygnuj z żądania po tylu sekundach.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDY</translation>
    </message>
    <message>
        <source>List the events HQ rejected.</source>
        <translation>Wypisz zdarzenia odrzucone przez centralę.</translation>
    </message>
    <message>
        <source>Send a rejected event again (supervisor).</source>
        <translation>Wyślij ponownie odrzucone zdarzenie (kierownik).</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>Give up on a rejected event and let its entity's later events go (supervisor).</source>
        <translation>Zrezygnuj z odrzuconego zdarzenia i przepuść późniejsze zdarzenia jego obiektu (kierownik).</translation>
    </message>
    <message>
        <source>Supervisor badge, for --requeue and --release.</source>
        <translation>Identyfikator kierownika, dla --requeue i --release.</translation>
    </message>
    <message>
        <source>BADGE</source>
        <translation>IDENTYFIKATOR</translation>
    </message>
    <message>
        <source>PIN (else DOCKSIDE_PIN or a prompt).</source>
        <translation>PIN (inaczej DOCKSIDE_PIN lub zapytanie).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>One sync run with head office: photos, events, RMAs, catalog, policy.</source>
        <translation>Jedna synchronizacja z centralą: zdjęcia, zdarzenia, RMA, katalog, polityka.</translation>
    </message>
    <message>
        <source>sync takes no arguments.</source>
        <translation>sync nie przyjmuje argumentów.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout wymaga liczby sekund.</translation>
    </message>
    <message>
        <source>dockside-cli: warning: %1</source>
        <translation>dockside-cli: ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>Pushed %1 events (%2 already at HQ, %3 rejected); %4 pending.</source>
        <translation>Wysłano zdarzenia: %1 (%2 już w centrali, %3 odrzuconych); oczekuje: %4.</translation>
    </message>
    <message>
        <source>Pulled %1 RMAs and %2 products; policy %3.</source>
        <translation>Pobrano RMA: %1, produkty: %2; polityka %3.</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>zaktualizowana</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>Your badge, e.g. U-0003.</source>
        <translation>Twój identyfikator, np. U-0003.</translation>
    </message>
    <message>
        <source>Your PIN (or DOCKSIDE_PIN, or a prompt).</source>
        <translation>Twój PIN (lub DOCKSIDE_PIN, lub zapytanie).</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Artykuł %1: %2</translation>
    </message>
    <message>
        <source>Grade %1 — %2</source>
        <translation>Klasa %1 — %2</translation>
    </message>
    <message>
        <source>Disposition: %1 (suggested %2)</source>
        <translation>Dyspozycja: %1 (proponowana %2)</translation>
    </message>
    <message>
        <source>Refund: %1, restocking fee %2 %3 — %4</source>
        <translation>Zwrot pieniędzy: %1, opłata za ponowne przyjęcie %2 %3 — %4</translation>
    </message>
    <message>
        <source>Put it in tote %1</source>
        <translation>Włóż do pojemnika %1</translation>
    </message>
    <message>
        <source>Sent to a supervisor: %1</source>
        <translation>Przekazano kierownikowi: %1</translation>
    </message>
    <message>
        <source>The parcel's carrier label or RMA code.</source>
        <translation>Etykieta przewoźnika lub kod RMA paczki.</translation>
    </message>
    <message>
        <source>An item's GTIN, serial or GS1 code (repeatable), or the LPN of an item of this parcel to inspect.</source>
        <translation>GTIN, numer seryjny lub kod GS1 artykułu (powtarzalne) albo LPN artykułu z tej paczki do sprawdzenia.</translation>
    </message>
    <message>
        <source>Grade A, B, C, D or X, as the worker chooses it.</source>
        <translation>Klasa A, B, C, D lub X wybrana przez pracownika.</translation>
    </message>
    <message>
        <source>A checklist answer, e.g. powers_on=yes (repeatable).</source>
        <translation>Odpowiedź z listy kontrolnej, np. powers_on=yes (powtarzalne).</translation>
    </message>
    <message>
        <source>auto (the suggestion) or a disposition name.</source>
        <translation>auto (propozycja) lub nazwa dyspozycji.</translation>
    </message>
    <message>
        <source>Why the disposition differs from the suggestion.</source>
        <translation>Dlaczego dyspozycja różni się od propozycji.</translation>
    </message>
    <message>
        <source>What you found, e.g. no_fault_found.</source>
        <translation>Co stwierdzono, np. no_fault_found.</translation>
    </message>
    <message>
        <source>Free notes on the item.</source>
        <translation>Dowolne uwagi o artykule.</translation>
    </message>
    <message>
        <source>A JPEG or PNG photo of the item (repeatable).</source>
        <translation>Zdjęcie JPEG lub PNG artykułu (powtarzalne).</translation>
    </message>
    <message>
        <source>How a data-bearing item was wiped.</source>
        <translation>Jak wyczyszczono dane z artykułu z danymi.</translation>
    </message>
    <message>
        <source>Weight in grams: of each item, or of the parcel without items.</source>
        <translation>Waga w gramach: każdego artykułu lub paczki bez artykułów.</translation>
    </message>
    <message>
        <source>Receive a parcel and its items as a dock worker.</source>
        <translation>Przyjmij paczkę i jej artykuły jako pracownik przyjęć.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Nieoczekiwany argument %1.</translation>
    </message>
    <message>
        <source>receive needs --parcel CODE.</source>
        <translation>receive wymaga --parcel KOD.</translation>
    </message>
    <message>
        <source>--weight-g takes a whole number of grams.</source>
        <translation>--weight-g przyjmuje całkowitą liczbę gramów.</translation>
    </message>
    <message>
        <source>--grade must be A, B, C, D or X.</source>
        <translation>--grade musi mieć wartość A, B, C, D lub X.</translation>
    </message>
    <message>
        <source>--check takes KEY=yes or KEY=no, not "%1".</source>
        <translation>--check przyjmuje KLUCZ=yes lub KLUCZ=no, a nie „%1”.</translation>
    </message>
    <message>
        <source>Unknown disposition "%1".</source>
        <translation>Nieznana dyspozycja „%1”.</translation>
    </message>
    <message>
        <source>Grade the items (--grade or --check) to decide them.</source>
        <translation>Oceń artykuły (--grade lub --check), aby je rozstrzygnąć.</translation>
    </message>
    <message>
        <source>--grade and --check need at least one --item.</source>
        <translation>--grade i --check wymagają co najmniej jednego --item.</translation>
    </message>
    <message>
        <source>An item's --weight-g is recorded when it is graded; add --grade or --check.</source>
        <translation>--weight-g artykułu zapisuje się przy ocenie; dodaj --grade lub --check.</translation>
    </message>
    <message>
        <source>Parcel %1: %2</source>
        <translation>Paczka %1: %2</translation>
    </message>
    <message>
        <source>open (default), approved, rejected or all.</source>
        <translation>open (domyślnie), approved, rejected lub all.</translation>
    </message>
    <message>
        <source>override, high_value, exception, fraud_flag or blind_receipt.</source>
        <translation>override, high_value, exception, fraud_flag lub blind_receipt.</translation>
    </message>
    <message>
        <source>LPN, tracking, RMA, serial or SKU (end with * for a prefix).</source>
        <translation>LPN, numer przesyłki, RMA, numer seryjny lub SKU (zakończ * dla prefiksu).</translation>
    </message>
    <message>
        <source>Rows per page (default 50).</source>
        <translation>Wierszy na stronę (domyślnie 50).</translation>
    </message>
    <message>
        <source>Rows to skip (default 0).</source>
        <translation>Wierszy do pominięcia (domyślnie 0).</translation>
    </message>
    <message>
        <source>List the supervisor's inspection queue.</source>
        <translation>Wypisz kolejkę kontroli kierownika.</translation>
    </message>
    <message>
        <source>--status must be open, approved, rejected or all.</source>
        <translation>--status musi mieć wartość open, approved, rejected lub all.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 10000, --offset one from 0.</source>
        <translation>--limit przyjmuje liczbę całkowitą od 1 do 10000, --offset od 0.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the queue</source>
        <translation>
            <numerusform>%n artykuł w kolejce</numerusform>
            <numerusform>%n artykuły w kolejce</numerusform>
            <numerusform>%n artykułów w kolejce</numerusform>
        </translation>
    </message>
    <message>
        <source>Items to decide.</source>
        <translation>Artykuły do rozstrzygnięcia.</translation>
    </message>
    <message>
        <source>Change the disposition.</source>
        <translation>Zmień dyspozycję.</translation>
    </message>
    <message>
        <source>Why (optional).</source>
        <translation>Uzasadnienie (opcjonalnie).</translation>
    </message>
    <message>
        <source>Why it is rejected (required).</source>
        <translation>Dlaczego odrzucono (wymagane).</translation>
    </message>
    <message>
        <source>Approve queued items (supervisors).</source>
        <translation>Zatwierdź artykuły z kolejki (kierownicy).</translation>
    </message>
    <message>
        <source>Reject queued items (supervisors).</source>
        <translation>Odrzuć artykuły z kolejki (kierownicy).</translation>
    </message>
    <message>
        <source>Name at least one LPN.</source>
        <translation>Podaj co najmniej jeden LPN.</translation>
    </message>
    <message>
        <source>Nothing was changed: not every item can be decided.</source>
        <translation>Nic nie zmieniono: nie każdy artykuł można rozstrzygnąć.</translation>
    </message>
    <message>
        <source>dockside-cli: Nothing was changed: not every item can be decided.</source>
        <translation>dockside-cli: Nic nie zmieniono: nie każdy artykuł można rozstrzygnąć.</translation>
    </message>
    <message>
        <source>list or close</source>
        <translation>list lub close</translation>
    </message>
    <message>
        <source>The tote to close.</source>
        <translation>Pojemnik do zamknięcia.</translation>
    </message>
    <message>
        <source>Also list closed totes.</source>
        <translation>Wypisz też zamknięte pojemniki.</translation>
    </message>
    <message>
        <source>Who takes a recycle or destroy tote.</source>
        <translation>Kto odbiera pojemnik do recyklingu lub utylizacji.</translation>
    </message>
    <message>
        <source>The partner's certificate reference.</source>
        <translation>Numer certyfikatu partnera.</translation>
    </message>
    <message>
        <source>List or close totes.</source>
        <translation>Wypisz lub zamknij pojemniki.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artykuł</numerusform>
            <numerusform>%n artykuły</numerusform>
            <numerusform>%n artykułów</numerusform>
        </translation>
    </message>
    <message>
        <source>tote manifest needs --out FILE.pdf.</source>
        <translation>tote manifest wymaga --out PLIK.pdf.</translation>
    </message>
    <message>
        <source>Say "tote list", "tote close TOTE" or "tote manifest TOTE --out FILE.pdf".</source>
        <translation>Napisz „tote list”, „tote close POJEMNIK” lub „tote manifest POJEMNIK --out PLIK.pdf”.</translation>
    </message>
    <message>
        <source>dockside-cli: tote %1 is closed, but its manifest could not be written; print it again with "tote manifest %1 --out FILE.pdf".</source>
        <translation>dockside-cli: pojemnik %1 jest zamknięty, ale nie udało się zapisać jego manifestu; wydrukuj go ponownie poleceniem „tote manifest %1 --out PLIK.pdf”.</translation>
    </message>
    <message numerus="yes">
        <source>Tote %1 closed: %n item(s).</source>
        <translation>
            <numerusform>Pojemnik %1 zamknięty: %n artykuł.</numerusform>
            <numerusform>Pojemnik %1 zamknięty: %n artykuły.</numerusform>
            <numerusform>Pojemnik %1 zamknięty: %n artykułów.</numerusform>
        </translation>
    </message>
    <message>
        <source>create or open the database for a station</source>
        <translation>utwórz lub otwórz bazę danych stanowiska</translation>
    </message>
    <message>
        <source>add or list users (user add, user list)</source>
        <translation>dodaj lub wypisz użytkowników (user add, user list)</translation>
    </message>
    <message>
        <source>load realistic demo data</source>
        <translation>wczytaj realistyczne dane demonstracyjne</translation>
    </message>
    <message>
        <source>say what a scanned string is</source>
        <translation>powiedz, czym jest zeskanowany tekst</translation>
    </message>
    <message>
        <source>decode barcodes in image files</source>
        <translation>dekoduj kody kreskowe w plikach obrazów</translation>
    </message>
    <message>
        <source>render an item's LPN label as PDF</source>
        <translation>utwórz etykietę LPN artykułu w PDF</translation>
    </message>
    <message>
        <source>receive a parcel and its items</source>
        <translation>przyjmij paczkę i jej artykuły</translation>
    </message>
    <message>
        <source>list the inspection queue</source>
        <translation>wypisz kolejkę kontroli</translation>
    </message>
    <message>
        <source>approve queued items (supervisor)</source>
        <translation>zatwierdź artykuły z kolejki (kierownik)</translation>
    </message>
    <message>
        <source>reject queued items (supervisor)</source>
        <translation>odrzuć artykuły z kolejki (kierownik)</translation>
    </message>
    <message>
        <source>list or close totes</source>
        <translation>wypisz lub zamknij pojemniki</translation>
    </message>
    <message>
        <source>export events, items or parcels</source>
        <translation>eksportuj zdarzenia, artykuły lub paczki</translation>
    </message>
    <message>
        <source>analytics figures</source>
        <translation>wskaźniki analityczne</translation>
    </message>
    <message>
        <source>one sync run with head office</source>
        <translation>jedna synchronizacja z centralą</translation>
    </message>
    <message>
        <source>check the database's integrity</source>
        <translation>sprawdź integralność bazy danych</translation>
    </message>
    <message>
        <source>Usage: dockside-cli [--db FILE] [--json] COMMAND [OPTIONS]

Global options:
  --db FILE   the station database (default: $DOCKSIDE_DB or the GUI's)
  --json      machine-readable output
  --version   print the version

Commands:
</source>
        <translation>Użycie: dockside-cli [--db PLIK] [--json] POLECENIE [OPCJE]

Opcje globalne:
  --db PLIK   baza danych stanowiska (domyślnie: $DOCKSIDE_DB lub baza GUI)
  --json      wynik do odczytu maszynowego
  --version   wypisz wersję

Polecenia:
</translation>
    </message>
    <message>
        <source>
"dockside-cli COMMAND --help" describes a command.
</source>
        <translation>
„dockside-cli POLECENIE --help” opisuje polecenie.
</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db wymaga nazwy pliku.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Nieznana opcja %1.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <source>The user's language: en, de, es, pl or uk (empty: the station's).</source>
        <translation>Język użytkownika: en, de, es, pl lub uk (pusty: język stanowiska).</translation>
    </message>
    <message>
        <source>user language needs --%1.</source>
        <translation>user language wymaga --%1.</translation>
    </message>
    <message>
        <source>%1 now uses the station's language.</source>
        <translation>%1 używa teraz języka stanowiska.</translation>
    </message>
    <message>
        <source>%1 now uses language %2.</source>
        <translation>%1 używa teraz języka %2.</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 z %2 artykułów</translation>
    </message>
    <message>
        <source>json (default), csv, or pdf (needs --out).</source>
        <translation>json (domyślnie), csv lub pdf (wymaga --out).</translation>
    </message>
    <message>
        <source>--format must be json, csv or pdf.</source>
        <translation>--format musi mieć wartość json, csv lub pdf.</translation>
    </message>
    <message>
        <source>A PDF report needs --out FILE.pdf.</source>
        <translation>Raport PDF wymaga --out PLIK.pdf.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Raport zapisano w %1</translation>
    </message>
    <message>
        <source>The item held for an exception.</source>
        <translation>Artykuł wstrzymany z powodu wyjątku.</translation>
    </message>
    <message>
        <source>link_rma or unmatched (blind receipts); accept or deny (other exceptions).</source>
        <translation>link_rma lub unmatched (przyjęcia w ciemno); accept lub deny (inne wyjątki).</translation>
    </message>
    <message>
        <source>The RMA to link (with link_rma).</source>
        <translation>RMA do połączenia (z link_rma).</translation>
    </message>
    <message>
        <source>List RMAs matching a code, tracking number or serial instead of deciding.</source>
        <translation>Wypisz RMA pasujące do kodu, numeru przesyłki lub numeru seryjnego zamiast rozstrzygać.</translation>
    </message>
    <message>
        <source>Why (required to deny).</source>
        <translation>Uzasadnienie (wymagane przy odmowie).</translation>
    </message>
    <message>
        <source>Resolve an exception in the inspection queue (supervisors).</source>
        <translation>Rozstrzygnij wyjątek w kolejce kontroli (kierownicy).</translation>
    </message>
    <message>
        <source>Name exactly one LPN.</source>
        <translation>Podaj dokładnie jeden LPN.</translation>
    </message>
    <message>
        <source>--decision must be link_rma, unmatched, accept or deny.</source>
        <translation>--decision musi mieć wartość link_rma, unmatched, accept lub deny.</translation>
    </message>
    <message>
        <source>request, list, submit or agreement</source>
        <translation>request, list, submit lub agreement</translation>
    </message>
    <message>
        <source>The item (request, submit).</source>
        <translation>Artykuł (request, submit).</translation>
    </message>
    <message>
        <source>The second grade: A, B, C, D or X (submit).</source>
        <translation>Ponowna ocena: A, B, C, D lub X (submit).</translation>
    </message>
    <message>
        <source>Badge of the worker to ask (request).</source>
        <translation>Identyfikator pracownika, którego się prosi (request).</translation>
    </message>
    <message>
        <source>A note for the re-grader or on the grade.</source>
        <translation>Uwaga dla oceniającego lub do oceny.</translation>
    </message>
    <message>
        <source>Agreement since (RFC 3339, default 30 days ago).</source>
        <translation>Zgodność od (RFC 3339, domyślnie 30 dni temu).</translation>
    </message>
    <message>
        <source>Agreement until (RFC 3339, default now).</source>
        <translation>Zgodność do (RFC 3339, domyślnie teraz).</translation>
    </message>
    <message>
        <source>Blind re-grades: ask for one, list or do yours, or show grader agreement.</source>
        <translation>Ponowne oceny w ciemno: zleć, wypisz lub wykonaj swoje albo pokaż zgodność oceniających.</translation>
    </message>
    <message>
        <source>Say "regrade request", "regrade list", "regrade submit" or "regrade agreement".</source>
        <translation>Napisz „regrade request”, „regrade list”, „regrade submit” lub „regrade agreement”.</translation>
    </message>
    <message>
        <source>This action takes no LPN.</source>
        <translation>Ta akcja nie przyjmuje LPN.</translation>
    </message>
    <message>
        <source>--%1 takes an RFC 3339 time, e.g. 2026-11-01T00:00:00Z.</source>
        <translation>--%1 przyjmuje czas RFC 3339, np. 2026-11-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>All re-grades:</source>
        <translation>Wszystkie ponowne oceny:</translation>
    </message>
    <message>
        <source>By worker:</source>
        <translation>Wg pracownika:</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>Wg kategorii:</translation>
    </message>
    <message>
        <source>A second grade of %1 is requested.</source>
        <translation>Zlecono ponowną ocenę %1.</translation>
    </message>
    <message>
        <source>Second grade %1 recorded for %2.</source>
        <translation>Zapisano ponowną ocenę %1 dla %2.</translation>
    </message>
    <message>
        <source>An LPN, tracking number, RMA or serial.</source>
        <translation>LPN, numer przesyłki, RMA lub numer seryjny.</translation>
    </message>
    <message>
        <source>Show the timeline of an item, parcel or RMA.</source>
        <translation>Pokaż historię artykułu, paczki lub RMA.</translation>
    </message>
    <message>
        <source>Name exactly one code.</source>
        <translation>Podaj dokładnie jeden kod.</translation>
    </message>
    <message>
        <source>at HQ</source>
        <translation>w centrali</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odrzucone</translation>
    </message>
    <message>
        <source>A, B, C, D or X.</source>
        <translation>A, B, C, D lub X.</translation>
    </message>
    <message>
        <source>The item's disposition.</source>
        <translation>Dyspozycja artykułu.</translation>
    </message>
    <message>
        <source>A product category or a parent of it, e.g. electronics.</source>
        <translation>Kategoria produktu lub nadrzędna, np. electronics.</translation>
    </message>
    <message>
        <source>Badge of the worker who received the item.</source>
        <translation>Identyfikator pracownika, który przyjął artykuł.</translation>
    </message>
    <message>
        <source>Unit value at least, e.g. 100.00.</source>
        <translation>Wartość jednostkowa co najmniej, np. 100.00.</translation>
    </message>
    <message>
        <source>Unit value at most.</source>
        <translation>Wartość jednostkowa najwyżej.</translation>
    </message>
    <message>
        <source>Queued at least this many hours ago.</source>
        <translation>W kolejce co najmniej od tylu godzin.</translation>
    </message>
    <message>
        <source>Queued at most this many hours ago.</source>
        <translation>W kolejce najwyżej od tylu godzin.</translation>
    </message>
    <message>
        <source>queued_at (default), value, grade, cause, disposition, category or worker.</source>
        <translation>queued_at (domyślnie), value, grade, cause, disposition, category lub worker.</translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation>Sortuj malejąco.</translation>
    </message>
    <message>
        <source>--%1 takes an amount such as 100 or 99.50.</source>
        <translation>--%1 przyjmuje kwotę, np. 100 lub 99.50.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of hours.</source>
        <translation>--%1 przyjmuje całkowitą liczbę godzin.</translation>
    </message>
    <message>
        <source>resolve an exception in the queue (supervisor)</source>
        <translation>rozstrzygnij wyjątek w kolejce (kierownik)</translation>
    </message>
    <message>
        <source>blind re-grades and grader agreement</source>
        <translation>ponowne oceny w ciemno i zgodność oceniających</translation>
    </message>
    <message>
        <source>timeline of an item, parcel or RMA</source>
        <translation>historia artykułu, paczki lub RMA</translation>
    </message>
    <message>
        <source>Write the backup to this file instead of the rotated backup folder.</source>
        <translation>Zapisz kopię do tego pliku zamiast do rotacyjnego folderu kopii.</translation>
    </message>
    <message>
        <source>List the rotated backups, newest first.</source>
        <translation>Wypisz kopie rotacyjne, od najnowszej.</translation>
    </message>
    <message>
        <source>Back up the station database (online, verified).</source>
        <translation>Utwórz kopię bazy danych stanowiska (w trakcie pracy, sprawdzoną).</translation>
    </message>
    <message>
        <source>backup takes no arguments; use --to FILE.</source>
        <translation>backup nie przyjmuje argumentów; użyj --to PLIK.</translation>
    </message>
    <message>
        <source>Backed up station %1 to %2 (%3 bytes, checked).</source>
        <translation>Utworzono kopię stanowiska %1 w %2 (%3 bajtów, sprawdzona).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Kopia do przywrócenia.</translation>
    </message>
    <message>
        <source>Allow a backup of another station to replace this one.</source>
        <translation>Zezwól, by kopia innego stanowiska zastąpiła to.</translation>
    </message>
    <message>
        <source>Replace the station database with a backup (the current one is kept).</source>
        <translation>Zastąp bazę danych stanowiska kopią (obecna zostaje zachowana).</translation>
    </message>
    <message>
        <source>Name one backup file: dockside-cli restore FILE.</source>
        <translation>Podaj jeden plik kopii: dockside-cli restore PLIK.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. Items received after that backup are no longer in this database (HQ has their synced events). The previous database was kept as %3.</source>
        <translation>Przywrócono %1 z %2. Artykułów przyjętych po tej kopii nie ma już w tej bazie (centrala ma ich zsynchronizowane zdarzenia). Poprzednią bazę zachowano jako %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>add, list, unlock, reset-pin or language</source>
        <translation>add, list, unlock, reset-pin lub language</translation>
    </message>
    <message>
        <source>Your badge, for unlock (supervisor), reset-pin and language (admin).</source>
        <translation>Twój identyfikator, dla unlock (kierownik), reset-pin i language (administrator).</translation>
    </message>
    <message>
        <source>The new PIN, for reset-pin.</source>
        <translation>Nowy PIN, dla reset-pin.</translation>
    </message>
    <message>
        <source>Add or list the station's users, lift a lock-out, reset a PIN or set a user's language.</source>
        <translation>Dodaj lub wypisz użytkowników stanowiska, zdejmij blokadę, zresetuj PIN lub ustaw język użytkownika.</translation>
    </message>
    <message>
        <source>Say "user add", "user list", "user unlock", "user reset-pin" or "user language".</source>
        <translation>Napisz „user add”, „user list”, „user unlock”, „user reset-pin” lub „user language”.</translation>
    </message>
    <message>
        <source>Name the user with --badge BADGE.</source>
        <translation>Wskaż użytkownika przez --badge IDENTYFIKATOR.</translation>
    </message>
    <message>
        <source>user reset-pin needs --new-pin.</source>
        <translation>user reset-pin wymaga --new-pin.</translation>
    </message>
    <message>
        <source>%1 has a new PIN and may log in again.</source>
        <translation>%1 ma nowy PIN i może się znów zalogować.</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 może się znów zalogować.</translation>
    </message>
    <message>
        <source>back up the station database</source>
        <translation>utwórz kopię bazy danych stanowiska</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>zastąp bazę danych kopią</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a settings file: it is larger than 1 MiB.</source>
        <translation>%1 nie jest plikiem ustawień: jest większy niż 1 MiB.</translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1 nie został zaimportowany, nic nie zmieniono: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nic</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n setting(s); importing it would change: %2.</source>
        <translation>
            <numerusform>%1 jest poprawny: %n ustawienie; import zmieniłby: %2.</numerusform>
            <numerusform>%1 jest poprawny: %n ustawienia; import zmieniłby: %2.</numerusform>
            <numerusform>%1 jest poprawny: %n ustawień; import zmieniłby: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n setting(s) from %1; changed: %2.</source>
        <translation>
            <numerusform>Zaimportowano %n ustawienie z %1; zmieniono: %2.</numerusform>
            <numerusform>Zaimportowano %n ustawienia z %1; zmieniono: %2.</numerusform>
            <numerusform>Zaimportowano %n ustawień z %1; zmieniono: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings of %1 written to %2.</source>
        <translation>Ustawienia %1 zapisano w %2.</translation>
    </message>
    <message>
        <source>import FILE or export</source>
        <translation>import PLIK albo export</translation>
    </message>
    <message>
        <source>import: only check the file and say what would change.</source>
        <translation>import: tylko sprawdź plik i powiedz, co by się zmieniło.</translation>
    </message>
    <message>
        <source>export: write to this file instead of standard output.</source>
        <translation>export: zapisz do tego pliku zamiast na standardowe wyjście.</translation>
    </message>
    <message>
        <source>Import station settings from a "key = value" file, or export them.</source>
        <translation>Importuj ustawienia stanowiska z pliku „klucz = wartość” albo je eksportuj.</translation>
    </message>
    <message>
        <source>Say "settings import FILE" or "settings export [--out FILE]".</source>
        <translation>Napisz „settings import PLIK” albo „settings export [--out PLIK]”.</translation>
    </message>
    <message>
        <source>import or export station settings (key = value file)</source>
        <translation>importuj lub eksportuj ustawienia stanowiska (plik klucz = wartość)</translation>
    </message>
</context>
<context>
    <name>dockside::AdminPage</name>
    <message>
        <source>Head-office URL</source>
        <translation>URL centrali</translation>
    </message>
    <message>
        <source>Head-office token</source>
        <translation>Token centrali</translation>
    </message>
    <message>
        <source>Nightly sync (HH:MM)</source>
        <translation>Nocna synchronizacja (GG:MM)</translation>
    </message>
    <message>
        <source>Idle lock (minutes)</source>
        <translation>Blokada bezczynności (minuty)</translation>
    </message>
    <message>
        <source>Label size (4x6 or 2x1)</source>
        <translation>Rozmiar etykiety (4x6 lub 2x1)</translation>
    </message>
    <message>
        <source>Label printer (empty: PDF files)</source>
        <translation>Drukarka etykiet (pusta: pliki PDF)</translation>
    </message>
    <message>
        <source>Queue SLA (hours)</source>
        <translation>SLA kolejki (godziny)</translation>
    </message>
    <message>
        <source>Language (e.g. en, de)</source>
        <translation>Język (np. en, de)</translation>
    </message>
    <message>
        <source>Blind re-grade share (%)</source>
        <translation>Udział ponownych ocen w ciemno (%)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Dodaj użytkownika…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Wyłącz / włącz</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Resetuj PIN…</translation>
    </message>
    <message>
        <source>Role…</source>
        <translation>Rola…</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Ustawienia stanowiska</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Zapisz ustawienia</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <source>Badge (U- and 4 to 8 digits, e.g. U-0017)</source>
        <translation>Identyfikator (U- i od 4 do 8 cyfr, np. U-0017)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>First PIN (4 to 12 digits)</source>
        <translation>Pierwszy PIN (od 4 do 12 cyfr)</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>Dodano %1 jako %2.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 jest wyłączony.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 jest znowu włączony.</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Resetuj PIN</translation>
    </message>
    <message>
        <source>New PIN for %1 (4 to 12 digits)</source>
        <translation>Nowy PIN dla %1 (od 4 do 12 cyfr)</translation>
    </message>
    <message>
        <source>%1 has a new PIN; any lock-out is lifted.</source>
        <translation>%1 ma nowy PIN; ewentualna blokada została zdjęta.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rola użytkownika %1</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ma teraz rolę: %2.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nic do zapisania: nie zmieniono żadnego ustawienia.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) saved.</source>
        <translation>
            <numerusform>Zapisano %n ustawienie.</numerusform>
            <numerusform>Zapisano %n ustawienia.</numerusform>
            <numerusform>Zapisano %n ustawień.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>Analizy</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dni</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dni</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dni</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Daty…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Wstecz (Esc)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>to (included)</source>
        <translation>do (włącznie)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message numerus="yes">
        <source>Items received %1 – %2: %n item(s). Computed in %3 ms.</source>
        <translation>
            <numerusform>Artykuły przyjęte %1 – %2: %n artykuł. Obliczono w %3 ms.</numerusform>
            <numerusform>Artykuły przyjęte %1 – %2: %n artykuły. Obliczono w %3 ms.</numerusform>
            <numerusform>Artykuły przyjęte %1 – %2: %n artykułów. Obliczono w %3 ms.</numerusform>
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
        <translation>Rozstrzygnięte</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Odzysk</translation>
    </message>
    <message>
        <source>Dock to stock</source>
        <translation>Od rampy na stan</translation>
    </message>
    <message>
        <source>%1 median · %2 p90</source>
        <translation>%1 mediana · %2 p90</translation>
    </message>
    <message>
        <source>To refund decision</source>
        <translation>Do decyzji o zwrocie pieniędzy</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>Nie stwierdzono usterki</translation>
    </message>
    <message>
        <source>Kept out of landfill</source>
        <translation>Uchronione przed wysypiskiem</translation>
    </message>
    <message>
        <source>Queue now</source>
        <translation>Kolejka teraz</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Brak danych dla tego okresu</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportuj CSV</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Eksportuj dane wykresu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Chart data saved to %1</source>
        <translation>Dane wykresu zapisano w %1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Zapisz raport jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Raport zapisano w %1</translation>
    </message>
</context>
<context>
    <name>dockside::BackupScheduler</name>
    <message>
        <source>Backup failed: %1 Dockside tries again in an hour.</source>
        <translation>Kopia zapasowa nie powiodła się: %1 Dockside spróbuje ponownie za godzinę.</translation>
    </message>
    <message>
        <source>Backup written, but its time could not be recorded: %1</source>
        <translation>Kopię zapisano, ale nie udało się zapisać jej czasu: %1</translation>
    </message>
    <message>
        <source>Backup written at %1: %2</source>
        <translation>Kopię zapisano o %1: %2</translation>
    </message>
</context>
<context>
    <name>dockside::CameraScanner</name>
    <message>
        <source>Camera scanner</source>
        <translation>Skaner z kamery</translation>
    </message>
    <message>
        <source>Hold a barcode inside the box</source>
        <translation>Trzymaj kod kreskowy w ramce</translation>
    </message>
    <message>
        <source>Camera ready</source>
        <translation>Kamera gotowa</translation>
    </message>
    <message>
        <source>No camera found. Use the hand scanner.</source>
        <translation>Nie znaleziono kamery. Użyj skanera ręcznego.</translation>
    </message>
    <message>
        <source>Camera error: %1</source>
        <translation>Błąd kamery: %1</translation>
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
        <translation>Nie można uruchomić centrali demonstracyjnej (%1): %2</translation>
    </message>
    <message>
        <source>The demo head office did not start: %1</source>
        <translation>Centrala demonstracyjna nie uruchomiła się: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <source>The demo head office could not import the %1: %2</source>
        <translation>Centrala demonstracyjna nie mogła zaimportować danych „%1”: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>Creating the demo station…</source>
        <translation>Tworzenie stanowiska demonstracyjnego…</translation>
    </message>
    <message>
        <source>Starting the demo head office…</source>
        <translation>Uruchamianie centrali demonstracyjnej…</translation>
    </message>
    <message>
        <source>Syncing with the demo head office…</source>
        <translation>Synchronizacja z centralą demonstracyjną…</translation>
    </message>
</context>
<context>
    <name>dockside::FirstRunWizard</name>
    <message>
        <source>Set up this Dockside station</source>
        <translation>Skonfiguruj to stanowisko Dockside</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Create station</source>
        <translation>Utwórz stanowisko</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Choose the station's language. Each worker can have their own: their badge brings it when they log in.</source>
        <translation>Wybierz język stanowiska. Każdy pracownik może mieć własny: jego identyfikator przynosi go przy logowaniu.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>The station code is printed on every LPN label: 2 to 8 capital letters or digits, optionally a dash and the dock, e.g. AMS-D03.</source>
        <translation>Kod stanowiska jest drukowany na każdej etykiecie LPN: od 2 do 8 wielkich liter lub cyfr, opcjonalnie łącznik i rampa, np. AMS-D03.</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Kod stanowiska</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nazwa stanowiska</translation>
    </message>
    <message>
        <source>e.g. Amsterdam returns dock 3</source>
        <translation>np. Amsterdam zwroty rampa 3</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Pierwszy administrator</translation>
    </message>
    <message>
        <source>The first user administers the station: adds users and changes settings. Badges are U- and 4 to 8 digits; a PIN is 4 to 12 digits.</source>
        <translation>Pierwszy użytkownik administruje stanowiskiem: dodaje użytkowników i zmienia ustawienia. Identyfikatory to U- i od 4 do 8 cyfr; PIN ma od 4 do 12 cyfr.</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Administrator's badge</source>
        <translation>Identyfikator administratora</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Administrator's name</source>
        <translation>Imię i nazwisko administratora</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Powtórz PIN</translation>
    </message>
    <message>
        <source>Head office (optional)</source>
        <translation>Centrala (opcjonalnie)</translation>
    </message>
    <message>
        <source>Where this station sends its events and gets RMAs, catalog and policy. Leave both empty to work offline for now; you can set them later.</source>
        <translation>Dokąd to stanowisko wysyła zdarzenia i skąd pobiera RMA, katalog i politykę. Zostaw oba pola puste, aby na razie pracować offline; można je ustawić później.</translation>
    </message>
    <message>
        <source>Head office URL</source>
        <translation>URL centrali</translation>
    </message>
    <message>
        <source>Station token</source>
        <translation>Token stanowiska</translation>
    </message>
    <message>
        <source>"%1" is not a station code: use 2 to 8 capital letters or digits, optionally a dash and the dock, e.g. AMS-D03.</source>
        <translation>„%1” nie jest kodem stanowiska: użyj od 2 do 8 wielkich liter lub cyfr, opcjonalnie łącznika i rampy, np. AMS-D03.</translation>
    </message>
    <message>
        <source>"%1" is not a badge: use U- and 4 to 8 digits, e.g. U-0001.</source>
        <translation>„%1” nie jest identyfikatorem: użyj U- i od 4 do 8 cyfr, np. U-0001.</translation>
    </message>
    <message>
        <source>Type the administrator's name.</source>
        <translation>Wpisz imię i nazwisko administratora.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN ma od 4 do 12 cyfr.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Oba PIN-y się różnią. Wpisz dwa razy ten sam PIN.</translation>
    </message>
    <message>
        <source>Give both the head office URL and the station token, or neither.</source>
        <translation>Podaj URL centrali i token stanowiska albo żadne z nich.</translation>
    </message>
    <message>
        <source>"%1" is not a web address: it starts with https://.</source>
        <translation>„%1” nie jest adresem internetowym: zaczyna się od https://.</translation>
    </message>
</context>
<context>
    <name>dockside::HistoryPage</name>
    <message>
        <source>Item history</source>
        <translation>Historia artykułu</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>Scan or type an LPN, tracking number, RMA or serial</source>
        <translation>Zeskanuj lub wpisz LPN, numer przesyłki, RMA lub numer seryjny</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Pokaż historię</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n event(s).</source>
        <translation>
            <numerusform>%1 %2: %n zdarzenie.</numerusform>
            <numerusform>%1 %2: %n zdarzenia.</numerusform>
            <numerusform>%1 %2: %n zdarzeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet at head office.</source>
        <translation>
            <numerusform>%n jeszcze nie w centrali.</numerusform>
            <numerusform>%n jeszcze nie w centrali.</numerusform>
            <numerusform>%n jeszcze nie w centrali.</numerusform>
        </translation>
    </message>
    <message>
        <source>All at head office.</source>
        <translation>Wszystko jest w centrali.</translation>
    </message>
</context>
<context>
    <name>dockside::InspectPage</name>
    <message>
        <source>All checks pass (F5)</source>
        <translation>Wszystko w porządku (F5)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>not weighed</source>
        <translation>nie ważono</translation>
    </message>
    <message>
        <source>Add photo (F7)</source>
        <translation>Dodaj zdjęcie (F7)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalnie</translation>
    </message>
    <message>
        <source>Confirm and print label (Enter)</source>
        <translation>Potwierdź i drukuj etykietę (Enter)</translation>
    </message>
    <message>
        <source>Last answer undone.</source>
        <translation>Cofnięto ostatnią odpowiedź.</translation>
    </message>
    <message>
        <source>Nothing to undo on this item.</source>
        <translation>Przy tym artykule nie ma nic do cofnięcia.</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>Nieznany produkt</translation>
    </message>
    <message>
        <source>Item %1 · %2</source>
        <translation>Artykuł %1 · %2</translation>
    </message>
    <message>
        <source>Item %1 · %2 · %3</source>
        <translation>Artykuł %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Grade it; it goes to a supervisor.</source>
        <translation>Oceń go; trafi do kierownika.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 is not a photo Dockside can read.</source>
        <translation>%1 nie jest zdjęciem, które Dockside potrafi odczytać.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Dodaj zdjęcia</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Zdjęcia (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Change the disposition</source>
        <translation>Zmień dyspozycję</translation>
    </message>
    <message>
        <source>Why %1 instead of %2? Your choice goes to a supervisor for approval.</source>
        <translation>Dlaczego %1 zamiast %2? Twój wybór trafi do kierownika do zatwierdzenia.</translation>
    </message>
    <message>
        <source>Grade shows when every check is answered.</source>
        <translation>Klasa pojawi się, gdy odpowiesz na każdą kontrolę.</translation>
    </message>
    <message numerus="yes">
        <source>Answer %n more check(s), or press All checks pass.</source>
        <translation>
            <numerusform>Odpowiedz jeszcze na %n kontrolę lub naciśnij „Wszystko w porządku”.</numerusform>
            <numerusform>Odpowiedz jeszcze na %n kontrole lub naciśnij „Wszystko w porządku”.</numerusform>
            <numerusform>Odpowiedz jeszcze na %n kontroli lub naciśnij „Wszystko w porządku”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damage reported: add at least one photo (F7).</source>
        <translation>Zgłoszono uszkodzenie: dodaj co najmniej jedno zdjęcie (F7).</translation>
    </message>
    <message>
        <source>Ready: press Enter to confirm.</source>
        <translation>Gotowe: naciśnij Enter, aby potwierdzić.</translation>
    </message>
    <message>
        <source>Goes to a supervisor (%1). Press Enter to confirm.</source>
        <translation>Trafi do kierownika (%1). Naciśnij Enter, aby potwierdzić.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (propozycja)</translation>
    </message>
    <message>
        <source>Refund: full.</source>
        <translation>Zwrot pieniędzy: pełny.</translation>
    </message>
    <message>
        <source>Refund: none for now.</source>
        <translation>Zwrot pieniędzy: na razie brak.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All checks pass</source>
        <translation>Wszystko w porządku</translation>
    </message>
    <message>
        <source>Answers every check with Yes (F5).</source>
        <translation>Odpowiada „Tak” na każdą kontrolę (F5).</translation>
    </message>
    <message>
        <source>Weight in grams</source>
        <translation>Waga w gramach</translation>
    </message>
    <message>
        <source>What the scale shows; 0 when the item was not weighed.</source>
        <translation>Co pokazuje waga; 0, jeśli artykułu nie ważono.</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Dodaj zdjęcie</translation>
    </message>
    <message>
        <source>Adds photos of damage; needed when a damage check fails (F7).</source>
        <translation>Dodaje zdjęcia uszkodzeń; wymagane, gdy kontrola uszkodzeń nie przejdzie (F7).</translation>
    </message>
    <message>
        <source>Anything a supervisor should know about this item.</source>
        <translation>Wszystko, co kierownik powinien wiedzieć o tym artykule.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Why this disposition</source>
        <translation>Dlaczego ta dyspozycja</translation>
    </message>
    <message>
        <source>Dispositions allowed for this item</source>
        <translation>Dyspozycje dozwolone dla tego artykułu</translation>
    </message>
    <message>
        <source>Confirm and print label</source>
        <translation>Potwierdź i drukuj etykietę</translation>
    </message>
    <message>
        <source>Saves the decision and prints the LPN label (Enter).</source>
        <translation>Zapisuje decyzję i drukuje etykietę LPN (Enter).</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Tak: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nie: %1</translation>
    </message>
    <message>
        <source>Chosen disposition</source>
        <translation>Wybrana dyspozycja</translation>
    </message>
    <message>
        <source>Choose this disposition</source>
        <translation>Wybierz tę dyspozycję</translation>
    </message>
    <message>
        <source>Refund: partial, restocking fee %1.</source>
        <translation>Zwrot pieniędzy: częściowy, opłata za ponowne przyjęcie %1.</translation>
    </message>
    <message>
        <source>%1
(suggested)</source>
        <translation>%1
(propozycja)</translation>
    </message>
    <message>
        <source>Camera photo (F6)</source>
        <translation>Zdjęcie z kamery (F6)</translation>
    </message>
    <message>
        <source>Camera photo</source>
        <translation>Zdjęcie z kamery</translation>
    </message>
    <message>
        <source>Takes a photo of the item with the station's camera (F6).</source>
        <translation>Robi zdjęcie artykułu kamerą stanowiska (F6).</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>What you found</source>
        <translation>Co stwierdzono</translation>
    </message>
    <message>
        <source>What you found, beside the customer's reason: defect confirmed, no fault found, empty box…</source>
        <translation>Co stwierdzono, obok powodu podanego przez klienta: wada potwierdzona, brak usterki, puste opakowanie…</translation>
    </message>
</context>
<context>
    <name>dockside::InspectionQueuePage</name>
    <message>
        <source>Inspection queue</source>
        <translation>Kolejka kontroli</translation>
    </message>
    <message>
        <source>LPN, tracking, RMA, serial or SKU (* for prefix)</source>
        <translation>LPN, przesyłka, RMA, nr seryjny lub SKU (* dla prefiksu)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Dowolna przyczyna</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>Dowolna klasa</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Any disposition</source>
        <translation>Dowolna dyspozycja</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Dyspozycja</translation>
    </message>
    <message>
        <source>e.g. electronics</source>
        <translation>np. electronics</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Any worker</source>
        <translation>Dowolny pracownik</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Wartość od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Value to</source>
        <translation>Wartość do</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Wyczyść wszystkie filtry</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Zapisane filtry</translation>
    </message>
    <message>
        <source>Approve (Ctrl+Enter)</source>
        <translation>Zatwierdź (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Change disposition…</source>
        <translation>Zmień dyspozycję…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Odrzuć…</translation>
    </message>
    <message>
        <source>Ask for a re-grade…</source>
        <translation>Poproś o ponowną ocenę…</translation>
    </message>
    <message>
        <source>Resolve exception…</source>
        <translation>Rozstrzygnij wyjątek…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artykuł</numerusform>
            <numerusform>%n artykuły</numerusform>
            <numerusform>%n artykułów</numerusform>
        </translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Dowolny wiek</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n h SLA or more)</source>
        <translation>
            <numerusform>Po terminie (%n h SLA lub więcej)</numerusform>
            <numerusform>Po terminie (%n h SLA lub więcej)</numerusform>
            <numerusform>Po terminie (%n h SLA lub więcej)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due soon (from %n h)</source>
        <translation>
            <numerusform>Wkrótce termin (od %n h)</numerusform>
            <numerusform>Wkrótce termin (od %n h)</numerusform>
            <numerusform>Wkrótce termin (od %n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>Within the SLA</source>
        <translation>W ramach SLA</translation>
    </message>
    <message>
        <source>Older than 3 days</source>
        <translation>Starsze niż 3 dni</translation>
    </message>
    <message>
        <source>Older than 7 days</source>
        <translation>Starsze niż 7 dni</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Wybierz zapisany filtr…</translation>
    </message>
    <message>
        <source>Open, by main cause</source>
        <translation>Otwarte, według głównej przyczyny</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>"%1" is not an amount: type e.g. 100 or 99.50.</source>
        <translation>„%1” nie jest kwotą: wpisz np. 100 lub 99,50.</translation>
    </message>
    <message>
        <source>%1 to %2 h</source>
        <translation>%1 do %2 h</translation>
    </message>
    <message>
        <source>Nothing in the queue matches %1.</source>
        <translation>Nic w kolejce nie pasuje do %1.</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n selected (Ctrl+Enter)</source>
        <translation>
            <numerusform>Zatwierdź %n zaznaczony (Ctrl+Enter)</numerusform>
            <numerusform>Zatwierdź %n zaznaczone (Ctrl+Enter)</numerusform>
            <numerusform>Zatwierdź %n zaznaczonych (Ctrl+Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nic nie zmieniono: %1</translation>
    </message>
    <message>
        <source>Approve items</source>
        <translation>Zatwierdź artykuły</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n item(s) with their chosen dispositions?</source>
        <translation>
            <numerusform>Zatwierdzić %n artykuł z wybraną dyspozycją?</numerusform>
            <numerusform>Zatwierdzić %n artykuły z wybranymi dyspozycjami?</numerusform>
            <numerusform>Zatwierdzić %n artykułów z wybranymi dyspozycjami?</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve all</source>
        <translation>Zatwierdź wszystkie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) approved.</source>
        <translation>
            <numerusform>Zatwierdzono %n artykuł.</numerusform>
            <numerusform>Zatwierdzono %n artykuły.</numerusform>
            <numerusform>Zatwierdzono %n artykułów.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (propozycja)</translation>
    </message>
    <message>
        <source>Change disposition</source>
        <translation>Zmień dyspozycję</translation>
    </message>
    <message>
        <source>New disposition for %1:</source>
        <translation>Nowa dyspozycja dla %1:</translation>
    </message>
    <message>
        <source>Why? (kept with the decision)</source>
        <translation>Dlaczego? (zapisywane z decyzją)</translation>
    </message>
    <message>
        <source>%1 approved as %2.</source>
        <translation>%1 zatwierdzono jako %2.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Odrzuć</translation>
    </message>
    <message numerus="yes">
        <source>Why are %n item(s) rejected? The refund is denied.</source>
        <translation>
            <numerusform>Dlaczego odrzucono %n artykuł? Zwrot pieniędzy zostaje odmówiony.</numerusform>
            <numerusform>Dlaczego odrzucono %n artykuły? Zwrot pieniędzy zostaje odmówiony.</numerusform>
            <numerusform>Dlaczego odrzucono %n artykułów? Zwrot pieniędzy zostaje odmówiony.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) rejected.</source>
        <translation>
            <numerusform>Odrzucono %n artykuł.</numerusform>
            <numerusform>Odrzucono %n artykuły.</numerusform>
            <numerusform>Odrzucono %n artykułów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any worker but %1</source>
        <translation>Dowolny pracownik oprócz %1</translation>
    </message>
    <message>
        <source>Ask for a re-grade</source>
        <translation>Poproś o ponowną ocenę</translation>
    </message>
    <message>
        <source>Who grades %1 again, without seeing the first grade?</source>
        <translation>Kto ponownie oceni %1, nie widząc pierwszej oceny?</translation>
    </message>
    <message>
        <source>A note for the re-grader (optional)</source>
        <translation>Uwaga dla oceniającego (opcjonalnie)</translation>
    </message>
    <message>
        <source>A second grade of %1 is requested; the item stays in the queue.</source>
        <translation>Zlecono ponowną ocenę %1; artykuł pozostaje w kolejce.</translation>
    </message>
    <message>
        <source>Blind receipt</source>
        <translation>Przyjęcie w ciemno</translation>
    </message>
    <message>
        <source>Find the RMA of %1: type its RMA code, tracking number or serial.</source>
        <translation>Znajdź RMA dla %1: wpisz kod RMA, numer przesyłki lub numer seryjny.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (found by %4)</source>
        <translation>%1 · %2 · %3 (znalezione po %4)</translation>
    </message>
    <message>
        <source>No RMA matches: mark it unmatched (no refund)</source>
        <translation>Żadne RMA nie pasuje: oznacz jako niedopasowany (bez zwrotu pieniędzy)</translation>
    </message>
    <message>
        <source>No RMA found for "%1".</source>
        <translation>Nie znaleziono RMA dla „%1”.</translation>
    </message>
    <message>
        <source>Link %1 to:</source>
        <translation>Połącz %1 z:</translation>
    </message>
    <message>
        <source>No RMA found</source>
        <translation>Nie znaleziono RMA</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Połączono z %1</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Wyjątek: %1</translation>
    </message>
    <message>
        <source>Decide the exception of %1:</source>
        <translation>Rozstrzygnij wyjątek %1:</translation>
    </message>
    <message>
        <source>Accept the return as received</source>
        <translation>Przyjmij zwrot w stanie, w jakim dotarł</translation>
    </message>
    <message>
        <source>Deny it: no refund, item to quarantine</source>
        <translation>Odmów: bez zwrotu pieniędzy, artykuł do kwarantanny</translation>
    </message>
    <message>
        <source>Exception of %1 resolved (%2).</source>
        <translation>Wyjątek %1 rozstrzygnięty (%2).</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Zapisz filtr</translation>
    </message>
    <message>
        <source>Name of this filter preset</source>
        <translation>Nazwa tego filtra</translation>
    </message>
    <message>
        <source>Preset "%1" saved.</source>
        <translation>Filtr „%1” zapisano.</translation>
    </message>
    <message>
        <source>Preset "%1" deleted.</source>
        <translation>Filtr „%1” usunięto.</translation>
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
        <translation>Pomniejsz (lub obróć kółko myszy)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>Zaznaczono %n artykuł</numerusform>
            <numerusform>Zaznaczono %n artykuły</numerusform>
            <numerusform>Zaznaczono %n artykułów</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item in the queue</source>
        <translation>Wybierz artykuł w kolejce</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Fraud flags: %1</source>
        <translation>Sygnały oszustwa: %1</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Wyjątek: %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1 od %2 (%3)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Rozstrzygnął</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SKU / serial</source>
        <translation>SKU / nr seryjny</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
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
        <translation>brak (przyjęcie w ciemno)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer's reason</source>
        <translation>Przyczyna podana przez klienta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Numer przesyłki</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Worker's finding</source>
        <translation>Ustalenie pracownika</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Propozycja</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Wybór</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Powód zmiany</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Second grade</source>
        <translation>Ponowna ocena</translation>
    </message>
    <message>
        <source>%1 by %2 (first %3 by %4)</source>
        <translation>%1 przez %2 (najpierw %3 przez %4)</translation>
    </message>
    <message>
        <source>requested (%1), waiting</source>
        <translation>zlecona (%1), oczekuje</translation>
    </message>
    <message>
        <source>Why the engine suggests %1:
%2</source>
        <translation>Dlaczego reguły proponują %1:
%2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NIE</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lista kontrolna&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Zdjęcie %1</translation>
    </message>
    <message>
        <source>Photo %1 cannot be read from this station's disk.</source>
        <translation>Zdjęcia %1 nie można odczytać z dysku tego stanowiska.</translation>
    </message>
</context>
<context>
    <name>dockside::LabelOutput</name>
    <message>
        <source>Label printed on %1.</source>
        <translation>Etykietę wydrukowano na %1.</translation>
    </message>
    <message>
        <source>Cannot create the label folder %1.</source>
        <translation>Nie można utworzyć folderu etykiet %1.</translation>
    </message>
    <message>
        <source>No label printer set up: label saved as %1</source>
        <translation>Nie skonfigurowano drukarki etykiet: etykietę zapisano jako %1</translation>
    </message>
    <message>
        <source>Printer %1 not found: label saved as %2</source>
        <translation>Nie znaleziono drukarki %1: etykietę zapisano jako %2</translation>
    </message>
    <message>
        <source>Manifest of %1 saved as %2</source>
        <translation>Manifest %1 zapisano jako %2</translation>
    </message>
</context>
<context>
    <name>dockside::LoginPage</name>
    <message>
        <source>Badge</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>Zeskanuj identyfikator</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Wpisz PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Scan your badge to start.</source>
        <translation>Zeskanuj identyfikator, aby zacząć.</translation>
    </message>
    <message>
        <source>Badge %1: type your PIN and press OK.</source>
        <translation>Identyfikator %1: wpisz PIN i naciśnij OK.</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation>Najpierw zeskanuj identyfikator.</translation>
    </message>
    <message>
        <source>Type your PIN, then press OK.</source>
        <translation>Wpisz PIN, potem naciśnij OK.</translation>
    </message>
    <message>
        <source>Dockside · station %1 · %2</source>
        <translation>Dockside · stanowisko %1 · %2</translation>
    </message>
    <message>
        <source>Scan your badge or type its code, then press Enter.</source>
        <translation>Zeskanuj identyfikator lub wpisz jego kod, potem naciśnij Enter.</translation>
    </message>
    <message>
        <source>Your personal number, 4 to 12 digits.</source>
        <translation>Twój osobisty numer, od 4 do 12 cyfr.</translation>
    </message>
    <message>
        <source>PIN keypad</source>
        <translation>Klawiatura PIN</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Wyczyść PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Zaloguj</translation>
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
        <translation>Pojemnik %1 zamknięty. Zapisywanie manifestu…</translation>
    </message>
    <message>
        <source>Locked. Scan your badge to continue.</source>
        <translation>Zablokowano. Zeskanuj identyfikator, aby kontynuować.</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Stanowisko %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <source>Camera: none found</source>
        <translation>Kamera: nie znaleziono</translation>
    </message>
    <message>
        <source>Camera: ready (press Camera)</source>
        <translation>Kamera: gotowa (naciśnij Kamera)</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input. Scan your badge to continue.</source>
        <translation>
            <numerusform>Zablokowano po %n minucie bez aktywności. Zeskanuj identyfikator, aby kontynuować.</numerusform>
            <numerusform>Zablokowano po %n minutach bez aktywności. Zeskanuj identyfikator, aby kontynuować.</numerusform>
            <numerusform>Zablokowano po %n minutach bez aktywności. Zeskanuj identyfikator, aby kontynuować.</numerusform>
        </translation>
    </message>
    <message>
        <source>A confirmed item cannot be undone here: ask a supervisor to correct it.</source>
        <translation>Potwierdzonego artykułu nie można tu cofnąć: poproś kierownika o korektę.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Nikt nie jest zalogowany</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) to send</source>
        <translation>
            <numerusform>%n zdarzenie do wysłania</numerusform>
            <numerusform>%n zdarzenia do wysłania</numerusform>
            <numerusform>%n zdarzeń do wysłania</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels: PDF files</source>
        <translation>Etykiety: pliki PDF</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Drukarka: %1</translation>
    </message>
    <message>
        <source>You are already logged in.</source>
        <translation>Jesteś już zalogowany.</translation>
    </message>
    <message>
        <source>Badge %1: type your PIN.</source>
        <translation>Identyfikator %1: wpisz PIN.</translation>
    </message>
    <message>
        <source>Welcome back, %1.</source>
        <translation>Witaj ponownie, %1.</translation>
    </message>
    <message>
        <source>Hello %1.</source>
        <translation>Dzień dobry, %1.</translation>
    </message>
    <message>
        <source>Unfinished parcel</source>
        <translation>Niedokończona paczka</translation>
    </message>
    <message numerus="yes">
        <source>Parcel %1 has %n item(s) received but not graded. Continue with it now?</source>
        <translation>
            <numerusform>Paczka %1 ma %n przyjęty, ale nieoceniony artykuł. Kontynuować teraz?</numerusform>
            <numerusform>Paczka %1 ma %n przyjęte, ale nieocenione artykuły. Kontynuować teraz?</numerusform>
            <numerusform>Paczka %1 ma %n przyjętych, ale nieocenionych artykułów. Kontynuować teraz?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>This item is on the RMA.</source>
        <translation>Ten artykuł jest na RMA.</translation>
    </message>
    <message>
        <source>This item goes to a supervisor after grading.</source>
        <translation>Ten artykuł trafi do kierownika po ocenie.</translation>
    </message>
    <message>
        <source>Item not finished</source>
        <translation>Artykuł niedokończony</translation>
    </message>
    <message>
        <source>Item %1 is not confirmed yet. Leave it for now? It stays received and is offered again later.</source>
        <translation>Artykuł %1 nie jest jeszcze potwierdzony. Zostawić go na razie? Pozostanie przyjęty i zostanie zaproponowany później.</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Zostaw</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Zostań</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation>Najpierw zeskanuj identyfikator.</translation>
    </message>
    <message>
        <source>Tote %1.</source>
        <translation>Pojemnik %1.</translation>
    </message>
    <message>
        <source>Ready for the next parcel.</source>
        <translation>Gotowe na następną paczkę.</translation>
    </message>
    <message>
        <source>Parcel %1 opened. Now scan the first item.</source>
        <translation>Paczka %1 otwarta. Teraz zeskanuj pierwszy artykuł.</translation>
    </message>
    <message>
        <source>Parcel %1 was received before: reopened.</source>
        <translation>Paczka %1 była już przyjęta: otwarto ponownie.</translation>
    </message>
    <message>
        <source>Scan the parcel label first, then the item.</source>
        <translation>Najpierw zeskanuj etykietę paczki, potem artykuł.</translation>
    </message>
    <message>
        <source>Item %1 received. Check it.</source>
        <translation>Artykuł %1 przyjęty. Sprawdź go.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Artykuł %1: %2</translation>
    </message>
    <message>
        <source>Item %1 is not graded yet: check it now.</source>
        <translation>Artykuł %1 nie jest jeszcze oceniony: sprawdź go teraz.</translation>
    </message>
    <message>
        <source>Item %1 is already done (grade %2, %3). Corrections go through a supervisor.</source>
        <translation>Artykuł %1 jest już gotowy (klasa %2, %3). Poprawki przechodzą przez kierownika.</translation>
    </message>
    <message>
        <source>Item %1 done. Scan the next item.</source>
        <translation>Artykuł %1 gotowy. Zeskanuj następny artykuł.</translation>
    </message>
    <message>
        <source>Item %1 done; a supervisor will check it. Scan the next item.</source>
        <translation>Artykuł %1 gotowy; sprawdzi go kierownik. Zeskanuj następny artykuł.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Zalogowany użytkownik</translation>
    </message>
    <message>
        <source>Events waiting for head office</source>
        <translation>Zdarzenia czekające na centralę</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Drukarka etykiet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Wyświetlanie</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Duży tekst</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Język: %1.</translation>
    </message>
    <message>
        <source>Supervisor (F12)</source>
        <translation>Kierownik (F12)</translation>
    </message>
    <message>
        <source>Analytics (F10)</source>
        <translation>Analizy (F10)</translation>
    </message>
    <message>
        <source>Choose the language of the screens (F3).</source>
        <translation>Wybierz język ekranów (F3).</translation>
    </message>
    <message>
        <source>Language (F3)</source>
        <translation>Język (F3)</translation>
    </message>
    <message>
        <source>High contrast and large text (Shift+F3).</source>
        <translation>Wysoki kontrast i duży tekst (Shift+F3).</translation>
    </message>
    <message>
        <source>Display (Shift+F3)</source>
        <translation>Wyświetlanie (Shift+F3)</translation>
    </message>
    <message>
        <source>The supervisor workspace is for supervisors and admins.</source>
        <translation>Panel kierownika jest dla kierowników i administratorów.</translation>
    </message>
    <message>
        <source>Second grades (100+) F11</source>
        <translation>Ponowne oceny (100+) F11</translation>
    </message>
    <message>
        <source>Second grades (%1) F11</source>
        <translation>Ponowne oceny (%1) F11</translation>
    </message>
</context>
<context>
    <name>dockside::ParcelLinesModel</name>
    <message>
        <source>Unknown product</source>
        <translation>Nieznany produkt</translation>
    </message>
    <message>
        <source>%1 Not on the RMA</source>
        <translation>%1 Nie ma na RMA</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 z %3</translation>
    </message>
    <message>
        <source>This item was not expected in this parcel; it goes to a supervisor.</source>
        <translation>Tego artykułu nie oczekiwano w tej paczce; trafi do kierownika.</translation>
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
        <translation>Oczekiwane numery seryjne</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Przyjęto</translation>
    </message>
</context>
<context>
    <name>dockside::ParcelPage</name>
    <message>
        <source>Items of the parcel</source>
        <translation>Artykuły paczki</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Barcode unreadable? Type the code, then Enter</source>
        <translation>Kod nieczytelny? Wpisz go i naciśnij Enter</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>New parcel (F2)</source>
        <translation>Nowa paczka (F2)</translation>
    </message>
    <message>
        <source>Totes (F4)</source>
        <translation>Pojemniki (F4)</translation>
    </message>
    <message>
        <source>Scan the parcel label (carrier label or RMA code).</source>
        <translation>Zeskanuj etykietę paczki (etykietę przewoźnika lub kod RMA).</translation>
    </message>
    <message>
        <source>Scan the next item, or the label of a new parcel.</source>
        <translation>Zeskanuj następny artykuł lub etykietę nowej paczki.</translation>
    </message>
    <message>
        <source>Parcel %1 · %2 · customer says: %3</source>
        <translation>Paczka %1 · %2 · klient podaje: %3</translation>
    </message>
    <message>
        <source>Parcel %1 · no RMA found</source>
        <translation>Paczka %1 · nie znaleziono RMA</translation>
    </message>
    <message>
        <source>Authorized return. %1</source>
        <translation>Autoryzowany zwrot. %1</translation>
    </message>
    <message>
        <source>Put item %1 in tote %2 (%3).</source>
        <translation>Włóż artykuł %1 do pojemnika %2 (%3).</translation>
    </message>
    <message>
        <source>Put item %1 in tote %2 for supervisor review.</source>
        <translation>Włóż artykuł %1 do pojemnika %2 do sprawdzenia przez kierownika.</translation>
    </message>
    <message>
        <source>Printing the label…</source>
        <translation>Drukowanie etykiety…</translation>
    </message>
    <message>
        <source>Expected items with their serials and how many were received.</source>
        <translation>Oczekiwane artykuły z numerami seryjnymi i liczbą przyjętych.</translation>
    </message>
    <message>
        <source>Type a parcel, item, badge or tote code when the scanner cannot read it, then press Enter.</source>
        <translation>Wpisz kod paczki, artykułu, identyfikatora lub pojemnika, gdy skaner nie może go odczytać, potem naciśnij Enter.</translation>
    </message>
    <message>
        <source>Shows or hides the camera scanner.</source>
        <translation>Pokazuje lub ukrywa skaner z kamery.</translation>
    </message>
    <message>
        <source>New parcel</source>
        <translation>Nowa paczka</translation>
    </message>
    <message>
        <source>Finishes this parcel and waits for the next label (F2).</source>
        <translation>Kończy tę paczkę i czeka na następną etykietę (F2).</translation>
    </message>
    <message>
        <source>Totes</source>
        <translation>Pojemniki</translation>
    </message>
    <message>
        <source>Open totes, their contents and closing them (F4).</source>
        <translation>Otwarte pojemniki, ich zawartość i zamykanie (F4).</translation>
    </message>
    <message>
        <source>Tote for the last item</source>
        <translation>Pojemnik na ostatni artykuł</translation>
    </message>
</context>
<context>
    <name>dockside::PhotoCaptureDialog</name>
    <message>
        <source>Take a photo of the item</source>
        <translation>Zrób zdjęcie artykułu</translation>
    </message>
    <message>
        <source>Waiting for the camera...</source>
        <translation>Czekanie na kamerę...</translation>
    </message>
    <message>
        <source>Take photo (Space)</source>
        <translation>Zrób zdjęcie (Spacja)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Anuluj (Esc)</translation>
    </message>
    <message>
        <source>No camera found.
Close this and use "Add photo" (F7) to pick a file.</source>
        <translation>Nie znaleziono kamery.
Zamknij to i użyj „Dodaj zdjęcie” (F7), aby wybrać plik.</translation>
    </message>
    <message>
        <source>Camera error: %1</source>
        <translation>Błąd kamery: %1</translation>
    </message>
    <message>
        <source>Aim at the damage, then press Space.</source>
        <translation>Wyceluj w uszkodzenie i naciśnij Spację.</translation>
    </message>
    <message>
        <source>No picture from the camera yet. Wait a moment.</source>
        <translation>Brak jeszcze obrazu z kamery. Poczekaj chwilę.</translation>
    </message>
    <message>
        <source>This camera's picture format cannot be saved. Use "Add photo" (F7).</source>
        <translation>Formatu obrazu tej kamery nie można zapisać. Użyj „Dodaj zdjęcie” (F7).</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>Nie można utworzyć folderu zdjęć %1.</translation>
    </message>
    <message>
        <source>The photo could not be saved: %1. Is the disk full?</source>
        <translation>Nie udało się zapisać zdjęcia: %1. Czy dysk jest pełny?</translation>
    </message>
</context>
<context>
    <name>dockside::QueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 overdue</source>
        <translation>%1 %2 po terminie</translation>
    </message>
    <message>
        <source>%1 %2 due soon</source>
        <translation>%1 %2 wkrótce termin</translation>
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
            <numerusform>W kolejce od %1; SLA wynosi %n godzinę.</numerusform>
            <numerusform>W kolejce od %1; SLA wynosi %n godziny.</numerusform>
            <numerusform>W kolejce od %1; SLA wynosi %n godzin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fraud flags: %1</source>
        <translation>Sygnały oszustwa: %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>LPN</source>
        <translation>LPN</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Suggested → chosen</source>
        <translation>Propozycja → wybór</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pracownik</translation>
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
        <translation>Ponowne oceny</translation>
    </message>
    <message>
        <source>Back to the dock (F11)</source>
        <translation>Wróć do rampy (F11)</translation>
    </message>
    <message>
        <source>Grade each item as you find it. The first grade is hidden on purpose.</source>
        <translation>Oceń każdy artykuł tak, jak go zastajesz. Pierwsza ocena jest celowo ukryta.</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Klasa %1</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Uwagi (opcjonalnie)</translation>
    </message>
    <message>
        <source>Record grade</source>
        <translation>Zapisz ocenę</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 — supervisor's note: %2</source>
        <translation>%1 — uwaga kierownika: %2</translation>
    </message>
    <message>
        <source>%1: choose its grade.</source>
        <translation>%1: wybierz klasę.</translation>
    </message>
    <message>
        <source>%1 is not waiting for a second grade from you.</source>
        <translation>%1 nie czeka na Twoją ponowną ocenę.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Najpierw wybierz artykuł.</translation>
    </message>
    <message>
        <source>Choose a grade first.</source>
        <translation>Najpierw wybierz klasę.</translation>
    </message>
    <message>
        <source>Second grade %1 recorded for %2.</source>
        <translation>Zapisano ponowną ocenę %1 dla %2.</translation>
    </message>
</context>
<context>
    <name>dockside::SupervisorPage</name>
    <message>
        <source>Back to the dock (F12)</source>
        <translation>Wróć do rampy (F12)</translation>
    </message>
    <message>
        <source>Inspection queue</source>
        <translation>Kolejka kontroli</translation>
    </message>
    <message>
        <source>Item history</source>
        <translation>Historia artykułu</translation>
    </message>
    <message>
        <source>Users and settings</source>
        <translation>Użytkownicy i ustawienia</translation>
    </message>
</context>
<context>
    <name>dockside::SyncController</name>
    <message>
        <source>Contacting head office…</source>
        <translation>Łączenie z centralą…</translation>
    </message>
    <message>
        <source>Sending photos (%1 of %2)…</source>
        <translation>Wysyłanie zdjęć (%1 z %2)…</translation>
    </message>
    <message>
        <source>Sending events: %1 of %2…</source>
        <translation>Wysyłanie zdarzeń: %1 z %2…</translation>
    </message>
    <message>
        <source>Sending events…</source>
        <translation>Wysyłanie zdarzeń…</translation>
    </message>
    <message>
        <source>Receiving return authorizations (%1 so far)…</source>
        <translation>Pobieranie autoryzacji zwrotów (dotąd %1)…</translation>
    </message>
    <message>
        <source>Receiving products (%1 so far)…</source>
        <translation>Pobieranie produktów (dotąd %1)…</translation>
    </message>
    <message>
        <source>Receiving the policy…</source>
        <translation>Pobieranie polityki…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
</context>
<context>
    <name>dockside::SyncPanel</name>
    <message>
        <source>⟳ Sync (F9)</source>
        <translation>⟳ Synchronizuj (F9)</translation>
    </message>
    <message>
        <source>Send this station's events to head office and fetch RMAs, products and the policy. The dock keeps working meanwhile.</source>
        <translation>Wyślij zdarzenia tego stanowiska do centrali i pobierz RMA, produkty i politykę. Rampa w tym czasie pracuje dalej.</translation>
    </message>
    <message>
        <source>Sync not set up (hq_url, hq_token)</source>
        <translation>Synchronizacja nieskonfigurowana (hq_url, hq_token)</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>następna %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronizacja nieudana: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1 (%2)</source>
        <translation>Synchronizacja nieudana: %1 (%2)</translation>
    </message>
    <message>
        <source>Synced %1, but: %2</source>
        <translation>Zsynchronizowano %1, ale: %2</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nigdy nie synchronizowano</translation>
    </message>
    <message>
        <source>Never synced; %1</source>
        <translation>Nigdy nie synchronizowano; %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Zsynchronizowano %1</translation>
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
        <translation>%1 w centrali</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 odrzucono: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Item / parcel</source>
        <translation>Artykuł / paczka</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Reached HQ</source>
        <translation>Dotarło do centrali</translation>
    </message>
</context>
<context>
    <name>dockside::TotesModel</name>
    <message>
        <source>Supervisor review</source>
        <translation>Kontrola kierownika</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artykuł</numerusform>
            <numerusform>%n artykuły</numerusform>
            <numerusform>%n artykułów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Tote</source>
        <translation>Pojemnik</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Przeznaczenie</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artykuły</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
</context>
<context>
    <name>dockside::TotesPage</name>
    <message>
        <source>Open totes</source>
        <translation>Otwarte pojemniki</translation>
    </message>
    <message>
        <source>Back to receiving (Esc)</source>
        <translation>Wróć do przyjęć (Esc)</translation>
    </message>
    <message>
        <source>Close tote and print manifest</source>
        <translation>Zamknij pojemnik i drukuj manifest</translation>
    </message>
    <message>
        <source>Station %1 · %2</source>
        <translation>Stanowisko %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for a supervisor.</source>
        <translation>
            <numerusform>%n artykuł czeka na kierownika.</numerusform>
            <numerusform>%n artykuły czekają na kierownika.</numerusform>
            <numerusform>%n artykułów czeka na kierownika.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not yet sent to head office.</source>
        <translation>
            <numerusform>%n zdarzenie jeszcze niewysłane do centrali.</numerusform>
            <numerusform>%n zdarzenia jeszcze niewysłane do centrali.</numerusform>
            <numerusform>%n zdarzeń jeszcze niewysłanych do centrali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Touch a tote in the list first.</source>
        <translation>Najpierw dotknij pojemnika na liście.</translation>
    </message>
    <message>
        <source>Close tote</source>
        <translation>Zamknij pojemnik</translation>
    </message>
    <message numerus="yes">
        <source>Close tote %1 (%2, %n item(s)) and print its manifest?</source>
        <translation>
            <numerusform>Zamknąć pojemnik %1 (%2, %n artykuł) i wydrukować manifest?</numerusform>
            <numerusform>Zamknąć pojemnik %1 (%2, %n artykuły) i wydrukować manifest?</numerusform>
            <numerusform>Zamknąć pojemnik %1 (%2, %n artykułów) i wydrukować manifest?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Which partner collects tote %1?</source>
        <translation>Który partner odbiera pojemnik %1?</translation>
    </message>
    <message>
        <source>The partner's certificate or reference for tote %1:</source>
        <translation>Certyfikat lub numer referencyjny partnera dla pojemnika %1:</translation>
    </message>
    <message>
        <source>One row per open tote: disposition, items and weight. Select one with the arrow keys.</source>
        <translation>Jeden wiersz na otwarty pojemnik: dyspozycja, artykuły i waga. Wybierz strzałkami.</translation>
    </message>
    <message>
        <source>Back to receiving</source>
        <translation>Wróć do przyjęć</translation>
    </message>
    <message>
        <source>Closes the selected tote and writes its manifest PDF.</source>
        <translation>Zamyka wybrany pojemnik i zapisuje jego manifest w PDF.</translation>
    </message>
    <message>
        <source>Station summary</source>
        <translation>Podsumowanie stanowiska</translation>
    </message>
</context>
<context>
    <name>dockside::UsersModel</name>
    <message>
        <source>%1 disabled</source>
        <translation>%1 wyłączony</translation>
    </message>
    <message>
        <source>%1 locked out (wrong PINs)</source>
        <translation>%1 zablokowany (błędne PIN-y)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
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
        <translation>Referencyjny serwer centrali dla stanowisk Dockside (hq-api.md, wersja 1).
  dockside-hq --db PLIK [--listen ADRES] [--port N] --token STANOWISKO=TOKEN...
  dockside-hq --db PLIK import rmas|catalog PLIK.json|PLIK.csv
Kolumny CSV (wymagany wiersz nagłówka, listy rozdzielone ';'):
  catalog: sku,gtins,description,category,unit_value,currency,weight_g,hazmat,data_bearing,returnable,updated_at
  rmas (jeden wiersz na pozycję): rma,status,order,customer_ref,reason_code,created_at,expires_at,tracking,line,sku,gtin,qty,serials,unit_value,currency,updated_at</translation>
    </message>
    <message>
        <source>The server's database file.</source>
        <translation>Plik bazy danych serwera.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adres nasłuchiwania.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>Port (0: any free port).</source>
        <translation>Port (0: dowolny wolny port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A station and its token.</source>
        <translation>Stanowisko i jego token.</translation>
    </message>
    <message>
        <source>STATION=TOKEN</source>
        <translation>STANOWISKO=TOKEN</translation>
    </message>
    <message>
        <source>A file of STATION=TOKEN lines ('#' starts a comment).</source>
        <translation>Plik z wierszami STANOWISKO=TOKEN ('#' zaczyna komentarz).</translation>
    </message>
    <message>
        <source>The policy JSON served at /policy (default: the built-in).</source>
        <translation>JSON polityki udostępniany pod /policy (domyślnie: wbudowana).</translation>
    </message>
    <message>
        <source>import rmas|catalog FILE</source>
        <translation>import rmas|catalog PLIK</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>Wymagane jest --db PLIK.</translation>
    </message>
    <message>
        <source>Usage: dockside-hq --db FILE import rmas|catalog FILE</source>
        <translation>Użycie: dockside-hq --db PLIK import rmas|catalog PLIK</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>zaimportowano %1</translation>
    </message>
    <message>
        <source>--token needs STATION=TOKEN, not "%1".</source>
        <translation>--token wymaga STANOWISKO=TOKEN, a nie „%1”.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: expected STATION=TOKEN.</source>
        <translation>%1:%2: oczekiwano STANOWISKO=TOKEN.</translation>
    </message>
    <message>
        <source>No station may connect: give --token STATION=TOKEN or --tokens FILE.</source>
        <translation>Żadne stanowisko nie może się połączyć: podaj --token STANOWISKO=TOKEN lub --tokens PLIK.</translation>
    </message>
    <message>
        <source>--listen needs an IP address and --port a number from 0 to 65535.</source>
        <translation>--listen wymaga adresu IP, a --port liczby od 0 do 65535.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Nie można nasłuchiwać na %1:%2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dockside returns dock station.</source>
        <translation>Stanowisko przyjęć zwrotów Dockside.</translation>
    </message>
    <message>
        <source>The station database (default: $DOCKSIDE_DB, else %1).</source>
        <translation>Baza danych stanowiska (domyślnie: $DOCKSIDE_DB, inaczej %1).</translation>
    </message>
    <message>
        <source>Open the demo station (made on first use in %1) with a local demo head office, already synced.</source>
        <translation>Otwórz stanowisko demonstracyjne (tworzone przy pierwszym użyciu w %1) z lokalną centralą demonstracyjną, już zsynchronizowane.</translation>
    </message>
    <message>
        <source>Items in a new demo station (default 2000).</source>
        <translation>Artykuły w nowym stanowisku demonstracyjnym (domyślnie 2000).</translation>
    </message>
    <message>
        <source>Language of the screens before anyone logs in: en, de, es, pl or uk.</source>
        <translation>Język ekranów, zanim ktoś się zaloguje: en, de, es, pl lub uk.</translation>
    </message>
    <message>
        <source>Dockside</source>
        <translation>Dockside</translation>
    </message>
    <message>
        <source>Dockside does not speak "%1". Use en, de, es, pl or uk.</source>
        <translation>Dockside nie mówi w języku „%1”. Użyj en, de, es, pl lub uk.</translation>
    </message>
    <message>
        <source>--demo-items needs a number.</source>
        <translation>--demo-items wymaga liczby.</translation>
    </message>
    <message>
        <source>Preparing the demo station…</source>
        <translation>Przygotowywanie stanowiska demonstracyjnego…</translation>
    </message>
    <message>
        <source>Dockside demo</source>
        <translation>Demo Dockside</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Nie można utworzyć folderu dla %1.</translation>
    </message>
</context>
</TS>
