<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Authorization</name>
    <message>
        <source>Receive it and put it in the quarantine tote; a supervisor will decide what happens to it.</source>
        <translation>Прийміть і покладіть у карантинний контейнер; керівник вирішить, що з ним робити.</translation>
    </message>
    <message>
        <source>No return authorization matches this parcel.</source>
        <translation>Жоден дозвіл на повернення не відповідає цій посилці.</translation>
    </message>
    <message>
        <source>Receive it as a blind receipt and put it in the quarantine tote; a supervisor will match it to a return.</source>
        <translation>Прийміть як приймання наосліп і покладіть у карантинний контейнер; керівник зіставить його з поверненням.</translation>
    </message>
    <message>
        <source>Return %1 was cancelled.</source>
        <translation>Повернення %1 скасовано.</translation>
    </message>
    <message>
        <source>Return %1 is already closed.</source>
        <translation>Повернення %1 уже закрито.</translation>
    </message>
    <message>
        <source>Return %1 arrived after its return window closed on %2.</source>
        <translation>Повернення %1 надійшло після завершення строку повернення %2.</translation>
    </message>
    <message>
        <source>Return %1: scan each item.</source>
        <translation>Повернення %1: скануйте кожен товар.</translation>
    </message>
    <message>
        <source>Scan the first item.</source>
        <translation>Скануйте перший товар.</translation>
    </message>
    <message>
        <source>The item could not be identified: no barcode or serial number was scanned.</source>
        <translation>Не вдалося визначити товар: не відскановано ні штрихкод, ні серійний номер.</translation>
    </message>
    <message>
        <source>Scan the item's barcode or serial number; if it has none, receive it as a blind receipt and put it in the quarantine tote.</source>
        <translation>Скануйте штрихкод або серійний номер товару; якщо їх немає, прийміть наосліп і покладіть у карантинний контейнер.</translation>
    </message>
    <message>
        <source>The item %1 is not in the catalog and not on return %2.</source>
        <translation>Товару %1 немає ні в каталозі, ні в поверненні %2.</translation>
    </message>
    <message>
        <source>Receive it as a blind receipt and put it in the quarantine tote; a supervisor will identify it.</source>
        <translation>Прийміть наосліп і покладіть у карантинний контейнер; керівник його визначить.</translation>
    </message>
    <message>
        <source>This item (%1, %2) is not on return %3.</source>
        <translation>Цього товару (%1, %2) немає в поверненні %3.</translation>
    </message>
    <message>
        <source>Receive it, photograph it and put it in the quarantine tote.</source>
        <translation>Прийміть, сфотографуйте і покладіть у карантинний контейнер.</translation>
    </message>
    <message numerus="yes">
        <source>Return %1 line %2 allows %n item(s), and all of them have already been received.</source>
        <translation>
            <numerusform>Повернення %1, позиція %2 дозволяє %n товар, і його вже прийнято.</numerusform>
            <numerusform>Повернення %1, позиція %2 дозволяє %n товари, і всі вже прийнято.</numerusform>
            <numerusform>Повернення %1, позиція %2 дозволяє %n товарів, і всі вже прийнято.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return %1 line %2 expects a specific unit, but no serial number was scanned.</source>
        <translation>Повернення %1, позиція %2 очікує конкретну одиницю, але серійний номер не відскановано.</translation>
    </message>
    <message>
        <source>Scan the serial number on the item; if it has none, receive it and put it in the quarantine tote.</source>
        <translation>Скануйте серійний номер на товарі; якщо його немає, прийміть і покладіть у карантинний контейнер.</translation>
    </message>
    <message>
        <source>Serial number %1 is not the one expected on return %2 line %3 (%4).</source>
        <translation>Серійний номер %1 не той, що очікується в поверненні %2, позиція %3 (%4).</translation>
    </message>
    <message>
        <source>Receive it, photograph the serial number label and put it in the quarantine tote.</source>
        <translation>Прийміть, сфотографуйте етикетку із серійним номером і покладіть у карантинний контейнер.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be returned.</source>
        <translation>%1 (%2) не підлягає поверненню.</translation>
    </message>
    <message>
        <source>Authorized: return %1, line %2.</source>
        <translation>Дозволено: повернення %1, позиція %2.</translation>
    </message>
    <message>
        <source>Grade the item.</source>
        <translation>Оцініть товар.</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Дозволено</translation>
    </message>
    <message>
        <source>Unknown parcel</source>
        <translation>Невідома посилка</translation>
    </message>
    <message>
        <source>Return cancelled</source>
        <translation>Повернення скасовано</translation>
    </message>
    <message>
        <source>Return closed</source>
        <translation>Повернення закрито</translation>
    </message>
    <message>
        <source>Return window expired</source>
        <translation>Строк повернення минув</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Не той товар</translation>
    </message>
    <message>
        <source>More items than authorized</source>
        <translation>Більше товарів, ніж дозволено</translation>
    </message>
    <message>
        <source>Serial number mismatch</source>
        <translation>Серійний номер не збігається</translation>
    </message>
    <message>
        <source>Not returnable</source>
        <translation>Не підлягає поверненню</translation>
    </message>
    <message>
        <source>Product not in the catalog</source>
        <translation>Товару немає в каталозі</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup copy failed its check (%1), so the station database itself may be damaged: run "dockside-cli check". The previous backups are kept.</source>
        <translation>Резервна копія не пройшла перевірку (%1), тож сама база даних поста може бути пошкоджена: виконайте «dockside-cli check». Попередні копії збережено.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 (disk full or not writable?).</source>
        <translation>Не вдається записати копію %1 (диск заповнено або немає права запису?).</translation>
    </message>
    <message>
        <source>The station database %1 is damaged (%2). Restore the newest backup: "dockside-cli restore FILE"; backups are in %3.</source>
        <translation>Базу даних поста %1 пошкоджено (%2). Відновіть найновішу копію: «dockside-cli restore ФАЙЛ»; копії лежать у %3.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдається створити папку %1.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>Копія не може замінити саму базу даних.</translation>
    </message>
    <message>
        <source>%1 is not a Dockside station database backup.</source>
        <translation>%1 не є копією бази даних поста Dockside.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файлу %1 не існує.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; choose an older one.</source>
        <translation>Копію %1 пошкоджено; виберіть старішу.</translation>
    </message>
    <message>
        <source>%1 is a backup of station %2, but this is station %3. Nothing was changed.</source>
        <translation>%1 — копія поста %2, а це пост %3. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the damaged database in %1.</source>
        <translation>Не вдається зберегти копію пошкодженої бази даних у %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Не вдається замінити %1.</translation>
    </message>
</context>
<context>
    <name>BarcodeDecoder</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Файлу %1 не існує.</translation>
    </message>
    <message>
        <source>%1 is not an image Dockside can read (PNG, JPEG or BMP).</source>
        <translation>%1 не є зображенням, яке Dockside може прочитати (PNG, JPEG або BMP).</translation>
    </message>
    <message>
        <source>%1 is too large to decode (%2 x %3 pixels).</source>
        <translation>%1 завелике для декодування (%2 × %3 пікселів).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The %1 has a missing or invalid field "%2".</source>
        <translation>У записі «%1» бракує поля «%2» або воно недійсне.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The station database cannot be written (read-only file or folder). Nothing was saved.</source>
        <translation>У базу даних поста неможливо записати (файл або папка лише для читання). Нічого не збережено.</translation>
    </message>
    <message>
        <source>The station database is busy in another program. Try again in a moment.</source>
        <translation>Базою даних поста користується інша програма. Спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <source>This file is not a Dockside station database.</source>
        <translation>Цей файл не є базою даних поста Dockside.</translation>
    </message>
    <message>
        <source>The station database reported an error: %1</source>
        <translation>База даних поста повідомила про помилку: %1</translation>
    </message>
    <message>
        <source>Cannot open the station database %1: %2</source>
        <translation>Не вдається відкрити базу даних поста %1: %2</translation>
    </message>
    <message>
        <source>The station database %1 is read-only; Dockside needs to write to it.</source>
        <translation>База даних поста %1 доступна лише для читання; Dockside має записувати в неї.</translation>
    </message>
    <message>
        <source>The disk is full (it refused to write). Nothing was saved; free some space and try again.</source>
        <translation>Диск заповнено (відмовив у записі). Нічого не збережено; звільніть місце і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The station database is damaged. Restore the newest backup with "dockside-cli restore FILE" (backups are in the folder &lt;database name&gt;-backups beside it).</source>
        <translation>Базу даних поста пошкоджено. Відновіть найновішу копію командою «dockside-cli restore ФАЙЛ» (копії лежать у папці &lt;назва бази&gt;-backups поруч).</translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved; check the disk and try again.</source>
        <translation>Диск повідомив про помилку (%1). Нічого не збережено; перевірте диск і спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Cannot write demo photos to %1.</source>
        <translation>Не вдається записати демонстраційні фото до %1.</translation>
    </message>
    <message>
        <source>This station already has received items; demo data only goes into a new station database.</source>
        <translation>Цей пост уже має прийняті товари; демонстраційні дані додаються лише в нову базу даних.</translation>
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
        <translation>правило політики %1: %2</translation>
    </message>
    <message>
        <source>no policy rule allows it for this item</source>
        <translation>жодне правило політики не дозволяє цього для цього товару</translation>
    </message>
    <message>
        <source>the battery failed its check: the item stays in the hazmat quarantine until a supervisor releases it for recycling</source>
        <translation>акумулятор не пройшов перевірку: товар залишається в карантині небезпечних вантажів, доки керівник не дозволить переробку</translation>
    </message>
    <message>
        <source>it holds data and the data wipe is not confirmed</source>
        <translation>містить дані, а знищення даних не підтверджено</translation>
    </message>
    <message>
        <source>Suggested: %1, because the battery failed its check; keep it in the hazmat cage.</source>
        <translation>Пропозиція: %1, бо акумулятор не пройшов перевірку; тримайте в клітці для небезпечних вантажів.</translation>
    </message>
    <message>
        <source>Suggested: %1, because the item was received with the exception "%2"; hold it until a supervisor decides.</source>
        <translation>Пропозиція: %1, бо товар прийнято з винятком «%2»; тримайте до рішення керівника.</translation>
    </message>
    <message>
        <source>Suggested: %1, because of the fraud flags %2; keep the item as evidence until a supervisor decides.</source>
        <translation>Пропозиція: %1 через ознаки шахрайства %2; зберігайте товар як доказ до рішення керівника.</translation>
    </message>
    <message>
        <source>Suggested: %1, tied with %2 on the highest net recovery (%3) and first in the preference order.</source>
        <translation>Пропозиція: %1, нарівні з %2 за найвищим чистим поверненням коштів (%3) і перше за порядком переваги.</translation>
    </message>
    <message>
        <source>Suggested: %1, the highest net recovery among the allowed options (%2).</source>
        <translation>Пропозиція: %1, найвище чисте повернення коштів серед дозволених варіантів (%2).</translation>
    </message>
    <message>
        <source>%1: %2 × %3 − %4 = %5</source>
        <translation>%1: %2 × %3 − %4 = %5</translation>
    </message>
    <message>
        <source>%1: not allowed, %2</source>
        <translation>%1: не дозволено, %2</translation>
    </message>
    <message>
        <source>The unit value is unknown: it was counted as 0.</source>
        <translation>Вартість одиниці невідома: її враховано як 0.</translation>
    </message>
    <message>
        <source>The unit value is in %1 but the policy counts in %2: it was counted as 0 and a supervisor must approve.</source>
        <translation>Вартість одиниці в %1, а політика рахує в %2: її враховано як 0, і керівник має затвердити.</translation>
    </message>
    <message>
        <source>The unit value %1 is above the approval threshold %2: a supervisor must approve.</source>
        <translation>Вартість одиниці %1 перевищує поріг затвердження %2: керівник має затвердити.</translation>
    </message>
    <message>
        <source>%1 is not allowed for this item: %2.</source>
        <translation>%1 не дозволено для цього товару: %2.</translation>
    </message>
    <message>
        <source>Say why you chose %1 instead of the suggested %2.</source>
        <translation>Поясніть, чому вибрано %1 замість запропонованого %2.</translation>
    </message>
    <message>
        <source>Refund held for a supervisor: the item was received with the exception "%1".</source>
        <translation>Відшкодування затримано до рішення керівника: товар прийнято з винятком «%1».</translation>
    </message>
    <message>
        <source>Full refund: %1</source>
        <translation>Повне відшкодування: %1</translation>
    </message>
    <message>
        <source>Partial refund less a restocking fee of %1 (%2 for grade %3): %4</source>
        <translation>Часткове відшкодування за вирахуванням збору за повторне розміщення %1 (%2 для класу %3): %4</translation>
    </message>
    <message>
        <source>No refund: %1</source>
        <translation>Без відшкодування: %1</translation>
    </message>
    <message>
        <source>No refund rule of the policy fits this item: a supervisor decides.</source>
        <translation>Жодне правило відшкодування в політиці не підходить для цього товару: вирішує керівник.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot write the export (disk full?): %1</source>
        <translation>Не вдається записати експорт (диск заповнено?): %1</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>(general)</source>
        <translation>(загальне)</translation>
    </message>
    <message>
        <source>The checklist for %1 has no item named %2.</source>
        <translation>Контрольний список для %1 не має пункту %2.</translation>
    </message>
    <message>
        <source>Answer every check before grading; still open: %1.</source>
        <translation>Перед оцінкою дайте відповідь на кожну перевірку; ще відкриті: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Grade A: all %n check(s) passed.</source>
        <translation>
            <numerusform>Клас A: пройдено %n перевірку.</numerusform>
            <numerusform>Клас A: пройдено всі %n перевірки.</numerusform>
            <numerusform>Клас A: пройдено всі %n перевірок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade %1 because of: %2.</source>
        <translation>Клас %1 через: %2.</translation>
    </message>
    <message>
        <source>Grade %1 because of: %2 (also failed: %3).</source>
        <translation>Клас %1 через: %2 (також не пройдено: %3).</translation>
    </message>
</context>
<context>
    <name>Gs1</name>
    <message>
        <source>The GS1 barcode contains an unknown application identifier (%1).</source>
        <translation>Штрихкод GS1 містить невідомий ідентифікатор застосування (%1).</translation>
    </message>
    <message>
        <source>The GS1 barcode ends inside AI (%1), which needs %2 characters.</source>
        <translation>Штрихкод GS1 закінчується всередині AI (%1), якому потрібно %2 символів.</translation>
    </message>
    <message>
        <source>AI (%1) is longer than %2 characters; a separator may be missing.</source>
        <translation>AI (%1) довший за %2 символів; можливо, бракує роздільника.</translation>
    </message>
    <message>
        <source>AI (%1) needs at least %2 characters.</source>
        <translation>AI (%1) потребує щонайменше %2 символів.</translation>
    </message>
    <message>
        <source>AI (%1) contains a character that is not allowed.</source>
        <translation>AI (%1) містить недозволений символ.</translation>
    </message>
    <message>
        <source>The check digit of AI (%1) is wrong.</source>
        <translation>Контрольна цифра AI (%1) неправильна.</translation>
    </message>
    <message>
        <source>AI (%1) must hold one to five 3-digit country codes.</source>
        <translation>AI (%1) має містити від одного до п'яти тризначних кодів країн.</translation>
    </message>
    <message>
        <source>AI (%1) does not hold a valid date.</source>
        <translation>AI (%1) не містить дійсної дати.</translation>
    </message>
    <message>
        <source>The GS1 barcode is not in a recognised form.</source>
        <translation>Штрихкод GS1 має нерозпізнаний формат.</translation>
    </message>
    <message>
        <source>The GS1 barcode is empty.</source>
        <translation>Штрихкод GS1 порожній.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>grade %1</source>
        <translation>клас %1</translation>
    </message>
    <message>
        <source>%1 (as suggested)</source>
        <translation>%1 (як запропоновано)</translation>
    </message>
    <message>
        <source>%1 instead of %2: %3</source>
        <translation>%1 замість %2: %3</translation>
    </message>
    <message>
        <source>queued: %1</source>
        <translation>у черзі: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>to tote %1</source>
        <translation>у контейнер %1</translation>
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
        <translation>запитано повторну оцінку (%1)</translation>
    </message>
    <message>
        <source>tote closed</source>
        <translation>контейнер закрито</translation>
    </message>
    <message>
        <source>Scan or type an LPN, tracking number, RMA or serial.</source>
        <translation>Скануйте або введіть LPN, номер відстеження, RMA або серійний номер.</translation>
    </message>
    <message>
        <source>No item, parcel or RMA %1 at this station.</source>
        <translation>На цьому посту немає товару, посилки чи RMA %1.</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>Посилку прийнято</translation>
    </message>
    <message>
        <source>Item received</source>
        <translation>Товар прийнято</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Оцінено</translation>
    </message>
    <message>
        <source>Disposition set</source>
        <translation>Призначення встановлено</translation>
    </message>
    <message>
        <source>Refund decided</source>
        <translation>Рішення щодо відшкодування</translation>
    </message>
    <message>
        <source>Sent to a supervisor</source>
        <translation>Передано керівнику</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Затверджено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>Put in a tote</source>
        <translation>Покладено в контейнер</translation>
    </message>
    <message>
        <source>Tote closed</source>
        <translation>Контейнер закрито</translation>
    </message>
    <message>
        <source>Exception raised</source>
        <translation>Зареєстровано виняток</translation>
    </message>
    <message>
        <source>Exception settled</source>
        <translation>Виняток вирішено</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Користувача додано</translation>
    </message>
    <message>
        <source>Badge locked out</source>
        <translation>Бейдж заблоковано</translation>
    </message>
    <message>
        <source>Second grade requested</source>
        <translation>Запит повторної оцінки</translation>
    </message>
    <message>
        <source>Second grade</source>
        <translation>Повторна оцінка</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Користувача змінено</translation>
    </message>
    <message>
        <source>Badge unlocked</source>
        <translation>Бейдж розблоковано</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN скинуто</translation>
    </message>
    <message>
        <source>Queued for HQ again</source>
        <translation>Знову в черзі до центру</translation>
    </message>
    <message>
        <source>HQ's refusal accepted</source>
        <translation>Відмову центру прийнято</translation>
    </message>
    <message>
        <source>Station restored from a backup</source>
        <translation>Пост відновлено з резервної копії</translation>
    </message>
</context>
<context>
    <name>HqServer</name>
    <message>
        <source>No such resource.</source>
        <translation>Такого ресурсу немає.</translation>
    </message>
    <message>
        <source>A valid station token is required.</source>
        <translation>Потрібен дійсний токен поста.</translation>
    </message>
    <message>
        <source>A batch may hold at most 4 MiB.</source>
        <translation>Пакет може мати щонайбільше 4 МіБ.</translation>
    </message>
    <message>
        <source>The body is not a batch: station_id, batch_id and events are required.</source>
        <translation>Вміст не є пакетом: потрібні station_id, batch_id і events.</translation>
    </message>
    <message>
        <source>A batch may hold at most 500 events.</source>
        <translation>Пакет може містити щонайбільше 500 подій.</translation>
    </message>
    <message>
        <source>The token belongs to station %1, not %2.</source>
        <translation>Токен належить посту %1, а не %2.</translation>
    </message>
    <message>
        <source>Every event needs an id.</source>
        <translation>Кожна подія потребує ідентифікатора.</translation>
    </message>
    <message>
        <source>Blobs are named by their lowercase SHA-256.</source>
        <translation>Блоби називаються за їхнім SHA-256 малими літерами.</translation>
    </message>
    <message>
        <source>A photo may be at most 10 MiB.</source>
        <translation>Фото може мати щонайбільше 10 МіБ.</translation>
    </message>
    <message>
        <source>The bytes do not hash to the blob's name.</source>
        <translation>Хеш даних не збігається з назвою блоба.</translation>
    </message>
    <message>
        <source>limit must be a positive number.</source>
        <translation>limit має бути додатним числом.</translation>
    </message>
    <message>
        <source>The cursor has expired; start again.</source>
        <translation>Курсор застарів; почніть спочатку.</translation>
    </message>
</context>
<context>
    <name>HqStore</name>
    <message>
        <source>%1 is not a dockside-hq database.</source>
        <translation>%1 не є базою даних dockside-hq.</translation>
    </message>
    <message>
        <source>HQ does not know the event type "%1".</source>
        <translation>Головний офіс не знає тип події «%1».</translation>
    </message>
    <message>
        <source>The event lacks a seq, occurred_at, entity or data.</source>
        <translation>У події бракує seq, occurred_at, entity або data.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 не є дійсним JSON: %2</translation>
    </message>
</context>
<context>
    <name>InspectionQueue</name>
    <message>
        <source>The limit must be between 1 and 10000.</source>
        <translation>Ліміт має бути від 1 до 10000.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Відхилення потребує причини.</translation>
    </message>
    <message>
        <source>Name at least one item (LPN).</source>
        <translation>Вкажіть щонайменше один товар (LPN).</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Товару %1 немає.</translation>
    </message>
    <message>
        <source>Item %1 is not waiting in the inspection queue.</source>
        <translation>Товар %1 не чекає в черзі перевірки.</translation>
    </message>
    <message>
        <source>The status must be open, approved or rejected.</source>
        <translation>Статус має бути open, approved або rejected.</translation>
    </message>
    <message>
        <source>"%1" is not a queue cause. Use one of: %2.</source>
        <translation>«%1» не є причиною в черзі. Використайте одну з: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a grade. Use A, B, C, D or X.</source>
        <translation>«%1» не є класом. Використайте A, B, C, D або X.</translation>
    </message>
    <message>
        <source>"%1" is not a disposition.</source>
        <translation>«%1» не є призначенням.</translation>
    </message>
    <message>
        <source>The value range must not be negative, and its minimum not above its maximum.</source>
        <translation>Діапазон вартості не може бути від'ємним, а мінімум — більшим за максимум.</translation>
    </message>
    <message>
        <source>The age range must not be negative, and its minimum not above its maximum.</source>
        <translation>Діапазон віку не може бути від'ємним, а мінімум — більшим за максимум.</translation>
    </message>
    <message>
        <source>"%1" is not a sort key. Use one of: %2.</source>
        <translation>«%1» не є ключем сортування. Використайте один із: %2.</translation>
    </message>
    <message>
        <source>Choose the RMA to link the item to.</source>
        <translation>Виберіть RMA, з яким пов'язати товар.</translation>
    </message>
    <message>
        <source>Denying a return needs a reason.</source>
        <translation>Відмова в поверненні потребує причини.</translation>
    </message>
    <message>
        <source>Type an RMA code, a tracking number or a serial.</source>
        <translation>Введіть код RMA, номер відстеження або серійний номер.</translation>
    </message>
    <message>
        <source>A preset needs a name of 1 to 40 characters.</source>
        <translation>Збережений фільтр потребує назви від 1 до 40 символів.</translation>
    </message>
    <message>
        <source>There is no preset "%1".</source>
        <translation>Збереженого фільтра «%1» немає.</translation>
    </message>
    <message>
        <source>Item %1 is not held for an exception.</source>
        <translation>Товар %1 не затримано через виняток.</translation>
    </message>
    <message>
        <source>Item %1 is a blind receipt: link it to an RMA or mark it unmatched.</source>
        <translation>Товар %1 прийнято наосліп: пов'яжіть його з RMA або позначте як без відповідності.</translation>
    </message>
    <message>
        <source>Item %1 came with an RMA: accept or deny the return.</source>
        <translation>Товар %1 надійшов з RMA: прийміть або відхиліть повернення.</translation>
    </message>
    <message>
        <source>There is no RMA %1.</source>
        <translation>RMA %1 немає.</translation>
    </message>
    <message>
        <source>linked to the RMA</source>
        <translation>прив’язано до RMA</translation>
    </message>
    <message>
        <source>kept without an RMA</source>
        <translation>залишено без RMA</translation>
    </message>
    <message>
        <source>accepted as received</source>
        <translation>прийнято як отримано</translation>
    </message>
    <message>
        <source>refund denied</source>
        <translation>у відшкодуванні відмовлено</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>%1: %2 (%3 in all)</source>
        <translation>%1: %2 (усього %3)</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>Broken references</source>
        <translation>Пошкоджені посилання</translation>
    </message>
    <message>
        <source>Parcels without a parcel.received event</source>
        <translation>Посилки без події parcel.received</translation>
    </message>
    <message>
        <source>Items without an item.received event</source>
        <translation>Товари без події item.received</translation>
    </message>
    <message>
        <source>Decided items without an item.disposition_set event</source>
        <translation>Вирішені товари без події item.disposition_set</translation>
    </message>
    <message>
        <source>Events of items that do not exist</source>
        <translation>Події товарів, яких не існує</translation>
    </message>
    <message>
        <source>Events both delivered and dead-lettered</source>
        <translation>Події, що водночас доставлені й відкладені як недоставні</translation>
    </message>
    <message>
        <source>Events with damaged data</source>
        <translation>Події з пошкодженими даними</translation>
    </message>
    <message>
        <source>Items in review that are not in the queue</source>
        <translation>Товари на перевірці, яких немає в черзі</translation>
    </message>
    <message>
        <source>Queue entries whose item is not in review</source>
        <translation>Записи черги, товар яких не на перевірці</translation>
    </message>
    <message>
        <source>Queue entries whose copies of the item's fields are out of date</source>
        <translation>Записи черги, копії полів товару в яких застаріли</translation>
    </message>
    <message>
        <source>Items in closed totes that are not shipped</source>
        <translation>Товари в закритих контейнерах, які не відправлено</translation>
    </message>
    <message>
        <source>Decided items without a tote</source>
        <translation>Вирішені товари без контейнера</translation>
    </message>
    <message>
        <source>LPN counter behind the items</source>
        <translation>Лічильник LPN відстає від товарів</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>There is no item %1.</source>
        <translation>Товару %1 немає.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Товару %1 немає.</translation>
    </message>
    <message>
        <source>Tote %1</source>
        <translation>Контейнер %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>не вдалося почати PDF</translation>
    </message>
    <message>
        <source>Manifest of tote %1</source>
        <translation>Маніфест контейнера %1</translation>
    </message>
    <message>
        <source>Tote %1 — %2</source>
        <translation>Контейнер %1 — %2</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Пост %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Закрито %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 kg</source>
        <translation>
            <numerusform>%n товар, %1 кг</numerusform>
            <numerusform>%n товари, %1 кг</numerusform>
            <numerusform>%n товарів, %1 кг</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner %1, certificate %2</source>
        <translation>Партнер %1, сертифікат %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Сторінка %1</translation>
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
        <translation>Опис</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
    <message>
        <source>Total value %1 %2</source>
        <translation>Загальна вартість %1 %2</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Invalid policy at %1: %2</source>
        <translation>Недійсна політика в %1: %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>очікувалося %1, знайдено %2</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>бракує обов'язкового поля</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>список порожній</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не може бути порожнім</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>має бути цілим числом від %1 до %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>має бути числом від %1 до %2</translation>
    </message>
    <message>
        <source>%1 differs from the policy currency %2</source>
        <translation>%1 відрізняється від валюти політики %2</translation>
    </message>
    <message>
        <source>%1 is not a non-negative decimal amount with at most 2 decimals</source>
        <translation>%1 не є невід'ємною десятковою сумою з не більше ніж 2 знаками після коми</translation>
    </message>
    <message>
        <source>unknown grade %1</source>
        <translation>невідомий клас %1</translation>
    </message>
    <message>
        <source>unknown disposition %1</source>
        <translation>невідоме призначення %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 указано двічі</translation>
    </message>
    <message>
        <source>unsupported format %1 (this station reads format %2)</source>
        <translation>непідтримуваний формат %1 (цей пост читає формат %2)</translation>
    </message>
    <message>
        <source>longer than 100 characters</source>
        <translation>довше за 100 символів</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 code such as "EUR"</source>
        <translation>%1 не є кодом ISO 4217, як-от «EUR»</translation>
    </message>
    <message>
        <source>%1 is not a snake_case code</source>
        <translation>%1 не є кодом у форматі snake_case</translation>
    </message>
    <message>
        <source>%1 is not a dotted lower-case category</source>
        <translation>%1 не є категорією з малих літер, розділених крапками</translation>
    </message>
    <message>
        <source>a checklist for %1 is already defined</source>
        <translation>контрольний список для %1 уже визначено</translation>
    </message>
    <message>
        <source>%1 is not a snake_case key</source>
        <translation>%1 не є ключем у форматі snake_case</translation>
    </message>
    <message>
        <source>unknown special check %1 (expected "battery" or "data_wipe")</source>
        <translation>невідома спеціальна перевірка %1 (очікувалося «battery» або «data_wipe»)</translation>
    </message>
    <message>
        <source>a fallback checklist with the category "" is required</source>
        <translation>потрібен резервний контрольний список із категорією ""</translation>
    </message>
    <message>
        <source>unknown field in a rule (this station cannot apply it)</source>
        <translation>невідоме поле в правилі (цей пост не може його застосувати)</translation>
    </message>
    <message>
        <source>unknown reason code %1</source>
        <translation>невідомий код причини %1</translation>
    </message>
    <message>
        <source>unknown observed reason %1</source>
        <translation>невідома встановлена причина %1</translation>
    </message>
    <message>
        <source>unknown fraud flag %1</source>
        <translation>невідома ознака шахрайства %1</translation>
    </message>
    <message>
        <source>%1 is not a hazmat class such as "none" or "lithium_ion"</source>
        <translation>%1 не є класом небезпечного вантажу, як-от «none» або «lithium_ion»</translation>
    </message>
    <message>
        <source>must be greater than min_value</source>
        <translation>має бути більшим за min_value</translation>
    </message>
    <message>
        <source>a rule must allow or forbid at least one disposition</source>
        <translation>правило має дозволяти або забороняти хоча б одне призначення</translation>
    </message>
    <message>
        <source>%1 is both allowed and forbidden</source>
        <translation>%1 водночас дозволено й заборонено</translation>
    </message>
    <message>
        <source>quarantine is always allowed and cannot be forbidden</source>
        <translation>карантин завжди дозволено, і його не можна заборонити</translation>
    </message>
    <message>
        <source>unknown decision %1 (expected "full", "partial" or "deny")</source>
        <translation>невідоме рішення %1 (очікувалося «full», «partial» або «deny»)</translation>
    </message>
    <message>
        <source>Invalid policy JSON at line %1, column %2: %3</source>
        <translation>Недійсний JSON політики в рядку %1, стовпці %2: %3</translation>
    </message>
    <message>
        <source>Invalid policy: the document must be a JSON object.</source>
        <translation>Недійсна політика: документ має бути об'єктом JSON.</translation>
    </message>
    <message>
        <source>Invalid policy at line %1, %2: %3</source>
        <translation>Недійсна політика в рядку %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <source>This scan is not a parcel label. Scan the carrier label or the RMA code again.</source>
        <translation>Це сканування не є етикеткою посилки. Знову скануйте етикетку перевізника або код RMA.</translation>
    </message>
    <message>
        <source>%1 is a Dockside item label, not a parcel. Scan the carrier label or the RMA code.</source>
        <translation>%1 — це етикетка товару Dockside, а не посилка. Скануйте етикетку перевізника або код RMA.</translation>
    </message>
    <message>
        <source>This is a product, badge or tote code, not a parcel label. Scan the carrier label or the RMA code.</source>
        <translation>Це код товару, бейджа або контейнера, а не етикетка посилки. Скануйте етикетку перевізника або код RMA.</translation>
    </message>
    <message>
        <source>The weight %1 g is not plausible.</source>
        <translation>Вага %1 г неправдоподібна.</translation>
    </message>
    <message>
        <source>The tracking number %1 has a wrong check digit: it was probably misread. Scan it again.</source>
        <translation>Номер відстеження %1 має неправильну контрольну цифру: ймовірно, його зчитано з помилкою. Скануйте ще раз.</translation>
    </message>
    <message>
        <source>No RMA matches this label; received blind.</source>
        <translation>Жоден RMA не відповідає цій етикетці; прийнято наосліп.</translation>
    </message>
    <message>
        <source>No return authorization found. Receive the items blind: they go to a supervisor.</source>
        <translation>Дозволу на повернення не знайдено. Прийміть товари наосліп: вони підуть до керівника.</translation>
    </message>
    <message>
        <source>There is no parcel %1.</source>
        <translation>Посилки %1 немає.</translation>
    </message>
    <message>
        <source>Cannot read the photo %1.</source>
        <translation>Не вдається прочитати фото %1.</translation>
    </message>
    <message>
        <source>The photo %1 is larger than 10 MiB.</source>
        <translation>Фото %1 більше за 10 МіБ.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG photo.</source>
        <translation>%1 не є фото JPEG або PNG.</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read.</source>
        <translation>Фото %1 неможливо прочитати.</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>Не вдається створити папку фото %1.</translation>
    </message>
    <message>
        <source>Cannot save the photo (disk full?): %1</source>
        <translation>Не вдається зберегти фото (диск заповнено?): %1</translation>
    </message>
    <message>
        <source>The product code %1 has a wrong check digit. Scan it again.</source>
        <translation>Код товару %1 має неправильну контрольну цифру. Скануйте ще раз.</translation>
    </message>
    <message>
        <source>The product barcode could not be read correctly: %1</source>
        <translation>Штрихкод товару зчитано неправильно: %1</translation>
    </message>
    <message>
        <source>%1 is already a Dockside item label: this item was received before.</source>
        <translation>%1 — уже етикетка товару Dockside: цей товар прийнято раніше.</translation>
    </message>
    <message>
        <source>This is not a product code. Scan the product's barcode or serial number.</source>
        <translation>Це не код товару. Скануйте штрихкод або серійний номер товару.</translation>
    </message>
    <message>
        <source>This scan is not a product code or serial number. Scan it again.</source>
        <translation>Це сканування не є ні кодом товару, ні серійним номером. Скануйте ще раз.</translation>
    </message>
    <message>
        <source>Serial %1 was already received as %2. Check the item and ask a supervisor.</source>
        <translation>Серійний номер %1 уже прийнято як %2. Перевірте товар і зверніться до керівника.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Товару %1 немає.</translation>
    </message>
    <message>
        <source>Item %1 is already decided; corrections go through a supervisor.</source>
        <translation>Щодо товару %1 уже ухвалено рішення; виправлення робить керівник.</translation>
    </message>
    <message>
        <source>"%1" is not a known finding. Use one of: %2.</source>
        <translation>«%1» не є відомим висновком. Використайте один із: %2.</translation>
    </message>
    <message>
        <source>Grade %1 chosen by the worker.</source>
        <translation>Клас %1 вибрав працівник.</translation>
    </message>
    <message>
        <source>Item %1 has no grade: answer the checklist or choose a grade.</source>
        <translation>Товар %1 не має класу: дайте відповіді за контрольним списком або виберіть клас.</translation>
    </message>
    <message>
        <source>Damage was reported on %1: take at least one photo.</source>
        <translation>Для %1 повідомлено про пошкодження: зробіть щонайменше одне фото.</translation>
    </message>
    <message>
        <source>Item %1 is already received; give its grade or checklist to inspect it.</source>
        <translation>Товар %1 уже прийнято; вкажіть його клас або контрольний список, щоб перевірити його.</translation>
    </message>
    <message>
        <source>Item %1 is not in parcel %2.</source>
        <translation>Товару %1 немає в посилці %2.</translation>
    </message>
</context>
<context>
    <name>Regrade</name>
    <message>
        <source>There is no item %1.</source>
        <translation>Товару %1 немає.</translation>
    </message>
    <message>
        <source>Item %1 has not been graded yet.</source>
        <translation>Товар %1 ще не оцінено.</translation>
    </message>
    <message>
        <source>Item %1 is already waiting for a second grade.</source>
        <translation>Товар %1 уже чекає на повторну оцінку.</translation>
    </message>
    <message>
        <source>There is no active user with badge %1.</source>
        <translation>Немає активного користувача з бейджем %1.</translation>
    </message>
    <message>
        <source>%1 graded this item; choose another worker.</source>
        <translation>%1 оцінив цей товар; виберіть іншого працівника.</translation>
    </message>
    <message>
        <source>Item %1 is not waiting for a second grade.</source>
        <translation>Товар %1 не чекає на повторну оцінку.</translation>
    </message>
    <message>
        <source>You graded %1 yourself; another worker must grade it again.</source>
        <translation>Ви самі оцінили %1; повторно його має оцінити інший працівник.</translation>
    </message>
    <message>
        <source>The second grade of %1 was asked of another worker.</source>
        <translation>Повторну оцінку %1 доручено іншому працівникові.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>No data for this period</source>
        <translation>Немає даних за цей період</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>Returns report %1</source>
        <translation>Звіт про повернення %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>не вдалося почати PDF</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Сторінка %1</translation>
    </message>
    <message>
        <source>Returns report — %1</source>
        <translation>Звіт про повернення — %1</translation>
    </message>
    <message>
        <source>Items received %1 to %2 · printed %3</source>
        <translation>Товари, прийняті з %1 до %2 · надруковано %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>Items received</source>
        <translation>Прийнято товарів</translation>
    </message>
    <message>
        <source>Items decided</source>
        <translation>Вирішено товарів</translation>
    </message>
    <message>
        <source>Estimated recovery</source>
        <translation>Оцінене повернення коштів</translation>
    </message>
    <message>
        <source>Restocking fees</source>
        <translation>Збори за повторне розміщення</translation>
    </message>
    <message>
        <source>Dock to stock, median / 90th percentile</source>
        <translation>Від рампи до складу, медіана / 90-й процентиль</translation>
    </message>
    <message>
        <source>Receipt to refund decision, median / 90th percentile</source>
        <translation>Від приймання до рішення про відшкодування, медіана / 90-й процентиль</translation>
    </message>
    <message>
        <source>No fault found where the customer said defective</source>
        <translation>Несправності не виявлено, хоча клієнт заявив про дефект</translation>
    </message>
    <message>
        <source>Kept out of landfill (by weight)</source>
        <translation>Не потрапило на звалище (за вагою)</translation>
    </message>
    <message>
        <source>Waiting in the inspection queue now</source>
        <translation>Зараз чекають у черзі перевірки</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <source>Resold</source>
        <translation>Перепродано</translation>
    </message>
    <message>
        <source>Refurbished</source>
        <translation>Відновлено</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>Пожертвувано</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>Перероблено</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Знищено</translation>
    </message>
    <message>
        <source>Returned to vendor</source>
        <translation>Повернуто постачальнику</translation>
    </message>
    <message>
        <source>Held (quarantine)</source>
        <translation>Затримано (карантин)</translation>
    </message>
    <message>
        <source>items</source>
        <translation>товари</translation>
    </message>
    <message>
        <source>Received per day</source>
        <translation>Прийнято за день</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товари</translation>
    </message>
    <message>
        <source>Grade mix</source>
        <translation>Розподіл класів</translation>
    </message>
    <message>
        <source>Disposition mix</source>
        <translation>Розподіл призначень</translation>
    </message>
    <message>
        <source>Estimated recovery by disposition (total %1 %2)</source>
        <translation>Оцінене повернення коштів за призначенням (усього %1 %2)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Повернення коштів</translation>
    </message>
    <message>
        <source>Top return reasons (as stated)</source>
        <translation>Найчастіші причини повернення (заявлені)</translation>
    </message>
    <message>
        <source>Top SKUs by returns</source>
        <translation>SKU з найбільшою кількістю повернень</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Повернення</translation>
    </message>
    <message>
        <source>Top SKUs by defect rate (defect confirmed at the dock)</source>
        <translation>SKU з найвищою часткою дефектів (дефект підтверджено на рампі)</translation>
    </message>
    <message>
        <source>Defect rate</source>
        <translation>Частка дефектів</translation>
    </message>
    <message>
        <source>No-fault-found rate by SKU, stated defective (overall %1 %)</source>
        <translation>Частка «несправності не виявлено» за SKU, заявлено як дефектні (загалом %1%)</translation>
    </message>
    <message>
        <source>No-fault-found rate</source>
        <translation>Частка «несправності не виявлено»</translation>
    </message>
    <message>
        <source>Stated reason → what the dock found</source>
        <translation>Заявлена причина → що виявили на рампі</translation>
    </message>
    <message>
        <source>Dock-to-stock and receipt-to-refund-decision time</source>
        <translation>Час від рампи до складу і від приймання до рішення про відшкодування</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>години</translation>
    </message>
    <message>
        <source>Dock to stock</source>
        <translation>Від рампи до складу</translation>
    </message>
    <message>
        <source>Receipt to refund decision</source>
        <translation>Від приймання до рішення про відшкодування</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медіана</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <source>Units per active hour, per worker</source>
        <translation>Одиниць за активну годину, за працівником</translation>
    </message>
    <message>
        <source>items per hour</source>
        <translation>товарів за годину</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>Одиниць за годину</translation>
    </message>
    <message>
        <source>Grader consistency: reviewed decisions a supervisor changed</source>
        <translation>Узгодженість оцінок: перевірені рішення, які змінив керівник</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message numerus="yes">
        <source>Inspection queue now: %n item(s) waiting, by age</source>
        <translation>
            <numerusform>Черга перевірки зараз: %n товар чекає, за віком</numerusform>
            <numerusform>Черга перевірки зараз: %n товари чекають, за віком</numerusform>
            <numerusform>Черга перевірки зараз: %n товарів чекають, за віком</numerusform>
        </translation>
    </message>
    <message>
        <source>under 1 h</source>
        <translation>менше 1 год</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 год</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 год</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 дні</translation>
    </message>
    <message>
        <source>over 3 days</source>
        <translation>понад 3 дні</translation>
    </message>
    <message>
        <source>Sustainability ledger: %1 % kept out of landfill</source>
        <translation>Екологічний облік: %1% не потрапило на звалище</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
</context>
<context>
    <name>ScanClassifier</name>
    <message>
        <source>The RMA check character is wrong.</source>
        <translation>Контрольний символ RMA неправильний.</translation>
    </message>
    <message>
        <source>The LPN check character is wrong.</source>
        <translation>Контрольний символ LPN неправильний.</translation>
    </message>
    <message>
        <source>The check digit does not match for any carrier format this number fits.</source>
        <translation>Контрольна цифра не підходить для жодного формату перевізника, якому відповідає цей номер.</translation>
    </message>
    <message>
        <source>The scan is not a known barcode format.</source>
        <translation>Сканування не має відомого формату штрихкоду.</translation>
    </message>
    <message>
        <source>The GTIN check digit is wrong.</source>
        <translation>Контрольна цифра GTIN неправильна.</translation>
    </message>
    <message>
        <source>The SSCC check digit is wrong.</source>
        <translation>Контрольна цифра SSCC неправильна.</translation>
    </message>
    <message>
        <source>The scan is too long for a barcode.</source>
        <translation>Сканування задовге для штрихкоду.</translation>
    </message>
    <message>
        <source>The scan is empty.</source>
        <translation>Сканування порожнє.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 is an SQLite database of another program, not a Dockside station database.</source>
        <translation>%1 — це база даних SQLite іншої програми, а не база даних поста Dockside.</translation>
    </message>
    <message>
        <source>The station database was written by a newer Dockside (schema %1, this program knows %2). Install the newer version.</source>
        <translation>Базу даних поста записала новіша версія Dockside (схема %1, ця програма знає %2). Встановіть новішу версію.</translation>
    </message>
    <message>
        <source>The station database needs an upgrade but is opened read-only.</source>
        <translation>Базу даних поста треба оновити, але її відкрито лише для читання.</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>Station database damaged</source>
        <translation>Базу даних поста пошкоджено</translation>
    </message>
    <message>
        <source>The station database is damaged, so Dockside will not work on it.

Restore the newest backup, from %1? Items received after it stay only at head office (if they were synced). The damaged file is kept in %2.</source>
        <translation>Базу даних поста пошкоджено, тому Dockside з нею не працюватиме.

Відновити найновішу копію від %1? Товари, прийняті пізніше, залишаться лише в головному офісі (якщо їх синхронізовано). Пошкоджений файл збережено в %2.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Відновити копію</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>There is no station database at %1. Create one with "dockside-cli init --station CODE".</source>
        <translation>За адресою %1 немає бази даних поста. Створіть її командою «dockside-cli init --station КОД».</translation>
    </message>
    <message>
        <source>The database %1 has no station yet. Run "dockside-cli init --station CODE" first.</source>
        <translation>База даних %1 ще не має поста. Спершу виконайте «dockside-cli init --station КОД».</translation>
    </message>
    <message>
        <source>"%1" is not a valid station code: use 2 to 8 capital letters or digits, optionally a hyphen and a dock, e.g. AMS-D03.</source>
        <translation>«%1» не є дійсним кодом поста: використайте від 2 до 8 великих літер або цифр, за бажанням дефіс і номер рампи, напр. AMS-D03.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдається створити папку %1.</translation>
    </message>
    <message>
        <source>%1 already belongs to station %2.</source>
        <translation>%1 уже належить посту %2.</translation>
    </message>
    <message>
        <source>Cannot create the station database %1.</source>
        <translation>Не вдається створити базу даних поста %1.</translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 має бути цілим числом від %2 до %3.</translation>
    </message>
    <message>
        <source>The head-office address must be an http or https URL, e.g. https://hq.example.com.</source>
        <translation>Адреса головного офісу має бути URL http або https, напр. https://hq.example.com.</translation>
    </message>
    <message>
        <source>The head-office token has no spaces and at most 512 characters.</source>
        <translation>Токен головного офісу не має пробілів і містить не більше 512 символів.</translation>
    </message>
    <message>
        <source>The idle lock</source>
        <translation>Блокування через бездіяльність</translation>
    </message>
    <message>
        <source>The queue SLA in hours</source>
        <translation>SLA черги в годинах</translation>
    </message>
    <message>
        <source>The label size is 4x6 or 2x1.</source>
        <translation>Розмір етикетки — 4x6 або 2x1.</translation>
    </message>
    <message>
        <source>The printer name has at most 200 characters.</source>
        <translation>Назва принтера містить не більше 200 символів.</translation>
    </message>
    <message>
        <source>The language is a language code such as en, de or fr_CA.</source>
        <translation>Мова — це код мови, як-от en, de або fr_CA.</translation>
    </message>
    <message>
        <source>The re-grade share is a percentage from 0 to 100, e.g. 2 or 0.5.</source>
        <translation>Частка повторних оцінок — відсоток від 0 до 100, напр. 2 або 0,5.</translation>
    </message>
    <message>
        <source>"%1" is not a station setting. Use one of: %2.</source>
        <translation>«%1» не є налаштуванням поста. Використайте одне з: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>рядок %1: %2</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1 не може містити керівних символів.</translation>
    </message>
    <message>
        <source>The number of wrong PINs before a lock-out</source>
        <translation>Кількість неправильних PIN-кодів до блокування</translation>
    </message>
    <message>
        <source>The lock-out in seconds</source>
        <translation>Тривалість блокування в секундах</translation>
    </message>
    <message>
        <source>The PIN work factor (PBKDF2 iterations)</source>
        <translation>Робочий коефіцієнт PIN-коду (ітерації PBKDF2)</translation>
    </message>
    <message>
        <source>The number of daily backups kept</source>
        <translation>Кількість щоденних резервних копій, що зберігаються</translation>
    </message>
    <message>
        <source>The sound volume</source>
        <translation>Гучність звуку</translation>
    </message>
    <message>
        <source>allow_insecure_http is true or false.</source>
        <translation>allow_insecure_http — це true або false.</translation>
    </message>
    <message>
        <source>hq_ca_file needs an absolute path, e.g. /etc/ssl/certs/hq-ca.pem.</source>
        <translation>hq_ca_file потребує абсолютного шляху, напр. /etc/ssl/certs/hq-ca.pem.</translation>
    </message>
    <message>
        <source>backup_folder needs an absolute path, or nothing for the folder beside the database.</source>
        <translation>backup_folder потребує абсолютного шляху або нічого для теки поруч із базою даних.</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>не текст UTF-8</translation>
    </message>
    <message>
        <source>expected "key = value"</source>
        <translation>очікувалося «ключ = значення»</translation>
    </message>
    <message>
        <source>%1 is already set on line %2</source>
        <translation>%1 уже задано в рядку %2</translation>
    </message>
    <message>
        <source># Dockside station settings of %1, exported %2.
# One "key = value" per line; lines starting with # are comments. A key shown as a
# comment is not set on this station and has the default shown.
# Load with: dockside-cli settings import FILE
</source>
        <translation># Налаштування станції Dockside %1, експортовано %2.
# Один «ключ = значення» на рядок; рядки, що починаються з #, — коментарі. Ключ, показаний як
# коментар, не задано на цій станції, і він має показане типове значення.
# Завантажити: dockside-cli settings import ФАЙЛ
</translation>
    </message>
    <message>
        <source># hq_token is not set; add "hq_token = ..." to set it.
</source>
        <translation># hq_token не задано; додайте «hq_token = ...», щоб задати його.
</translation>
    </message>
    <message>
        <source># hq_token is set on this station but never exported; add "hq_token = ..." to set it.
</source>
        <translation># hq_token задано на цій станції, але він ніколи не експортується; додайте «hq_token = ...», щоб задати його.
</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Sync is waiting after an earlier failure; the next attempt is due at %1.</source>
        <translation>Синхронізація чекає після попередньої помилки; наступна спроба о %1.</translation>
    </message>
    <message>
        <source>No head-office address is set: use --hq URL, DOCKSIDE_HQ_URL or the hq_url setting.</source>
        <translation>Адресу головного офісу не задано: використайте --hq URL, DOCKSIDE_HQ_URL або налаштування hq_url.</translation>
    </message>
    <message>
        <source>No head-office token is set: use --token, DOCKSIDE_HQ_TOKEN or the hq_token setting.</source>
        <translation>Токен головного офісу не задано: використайте --token, DOCKSIDE_HQ_TOKEN або налаштування hq_token.</translation>
    </message>
    <message>
        <source>The head-office address "%1" is not an http or https URL.</source>
        <translation>Адреса головного офісу «%1» не є URL http або https.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: use https, or set allow_insecure_http=true for a trusted network.</source>
        <translation>Незашифрований http до %1 заборонено: використайте https або встановіть allow_insecure_http=true для довіреної мережі.</translation>
    </message>
    <message>
        <source>HQ's answer to %1 could not be read; nothing was marked as delivered and sync will retry later.</source>
        <translation>Відповідь головного офісу на %1 не вдалося прочитати; нічого не позначено як доставлене, синхронізацію буде повторено пізніше.</translation>
    </message>
    <message>
        <source>HQ did not answer in time; sync will retry later.</source>
        <translation>Головний офіс не відповів вчасно; синхронізацію буде повторено пізніше.</translation>
    </message>
    <message>
        <source>HQ cannot be reached (%1); sync will retry later.</source>
        <translation>Головний офіс недоступний (%1); синхронізацію буде повторено пізніше.</translation>
    </message>
    <message>
        <source>HQ refused the station's token (401). Check the hq_token setting.</source>
        <translation>Головний офіс відхилив токен поста (401). Перевірте налаштування hq_token.</translation>
    </message>
    <message>
        <source>HQ does not allow this station to sync (403): %1</source>
        <translation>Головний офіс не дозволяє цьому посту синхронізацію (403): %1</translation>
    </message>
    <message>
        <source>HQ refused the request as malformed (400): %1</source>
        <translation>Головний офіс відхилив запит як некоректний (400): %1</translation>
    </message>
    <message>
        <source>HQ is busy or failing (HTTP %1); sync will retry later.</source>
        <translation>Головний офіс перевантажений або працює з помилками (HTTP %1); синхронізацію буде повторено пізніше.</translation>
    </message>
    <message>
        <source>HQ gave an unexpected answer (HTTP %1); sync will retry later.</source>
        <translation>Головний офіс дав неочікувану відповідь (HTTP %1); синхронізацію буде повторено пізніше.</translation>
    </message>
    <message>
        <source>This station's clock differs from HQ's by %1 seconds; check the PC's time settings.</source>
        <translation>Годинник цього поста відрізняється від годинника головного офісу на %1 с; перевірте налаштування часу ПК.</translation>
    </message>
    <message>
        <source>HQ refused this event as too large.</source>
        <translation>Головний офіс відхилив цю подію як завелику.</translation>
    </message>
    <message>
        <source>The photo %1 is missing from the station's photo folder; it was not sent.</source>
        <translation>Фото %1 немає в папці фото поста; його не надіслано.</translation>
    </message>
    <message>
        <source>The photo file %1 is damaged (its content does not match its name); it was not sent.</source>
        <translation>Файл фото %1 пошкоджено (вміст не відповідає назві); його не надіслано.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of HQ's %1 feed could not be read and were skipped (the first: %2)</source>
        <translation>
            <numerusform>%n елемент каналу %1 головного офісу не вдалося прочитати, його пропущено (перший: %2)</numerusform>
            <numerusform>%n елементи каналу %1 головного офісу не вдалося прочитати, їх пропущено (перший: %2)</numerusform>
            <numerusform>%n елементів каналу %1 головного офісу не вдалося прочитати, їх пропущено (перший: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ sent a policy that is not valid; the station keeps its current policy: %1</source>
        <translation>Головний офіс надіслав недійсну політику; пост залишає поточну політику: %1</translation>
    </message>
    <message>
        <source>Event %1 is not a dead letter.</source>
        <translation>Подія %1 не є недоставною.</translation>
    </message>
    <message>
        <source>Event %1 is not an unresolved dead letter.</source>
        <translation>Подія %1 не є невирішеною недоставною подією.</translation>
    </message>
    <message>
        <source>The hq_ca_file setting names %1, which holds no readable PEM certificate.</source>
        <translation>Налаштування hq_ca_file вказує на %1, де немає читабельного сертифіката PEM.</translation>
    </message>
    <message>
        <source>Sync was stopped before it finished; what HQ confirmed stays sent.</source>
        <translation>Синхронізацію зупинено до завершення; те, що підтвердив головний офіс, лишається надісланим.</translation>
    </message>
    <message>
        <source>HQ's certificate could not be verified (%1). If HQ uses its own certificate authority, set hq_ca_file to its CA certificate.</source>
        <translation>Не вдалося перевірити сертифікат головного офісу (%1). Якщо головний офіс має власний центр сертифікації, вкажіть у hq_ca_file його сертифікат CA.</translation>
    </message>
</context>
<context>
    <name>SyncSchedule</name>
    <message>
        <source>The setting %1 is "%2"; use a time like 02:00, or off.</source>
        <translation>Налаштування %1 має значення «%2»; використайте час, як-от 02:00, або off.</translation>
    </message>
    <message>
        <source>The setting %1 is "%2"; use a number of minutes from 0 to %3.</source>
        <translation>Налаштування %1 має значення «%2»; використайте кількість хвилин від 0 до %3.</translation>
    </message>
</context>
<context>
    <name>Totes</name>
    <message>
        <source>There is no tote %1.</source>
        <translation>Контейнера %1 немає.</translation>
    </message>
    <message>
        <source>Tote %1 is already closed.</source>
        <translation>Контейнер %1 уже закрито.</translation>
    </message>
    <message>
        <source>Tote %1 is empty; there is nothing to ship.</source>
        <translation>Контейнер %1 порожній; нічого відправляти.</translation>
    </message>
    <message>
        <source>Tote %1 holds items waiting for a supervisor; it is emptied by their decisions, not closed.</source>
        <translation>Контейнер %1 містить товари, що чекають на керівника; його спорожнюють рішення керівника, а не закриття.</translation>
    </message>
    <message>
        <source>A %1 tote needs the partner who takes it and their certificate reference.</source>
        <translation>Контейнер типу «%1» потребує партнера, який його забирає, і номера його сертифіката.</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <source>Restock</source>
        <translation>На склад</translation>
    </message>
    <message>
        <source>Open-box resale</source>
        <translation>Продаж як уцінений</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Відновлення</translation>
    </message>
    <message>
        <source>Return to vendor</source>
        <translation>Повернення постачальнику</translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>Ліквідація</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Пожертва</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Переробка</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Знищення</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <source>Dock worker</source>
        <translation>Працівник приймання</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Повне відшкодування</translation>
    </message>
    <message>
        <source>Partial refund (restocking fee)</source>
        <translation>Часткове відшкодування (плата за повернення на склад)</translation>
    </message>
    <message>
        <source>Refund denied</source>
        <translation>У відшкодуванні відмовлено</translation>
    </message>
    <message>
        <source>Defect confirmed</source>
        <translation>Дефект підтверджено</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>Несправності не виявлено</translation>
    </message>
    <message>
        <source>Wrong item returned</source>
        <translation>Повернуто інший товар</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Пошкоджено під час перевезення</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>Бракує деталей</translation>
    </message>
    <message>
        <source>Used or worn</source>
        <translation>Вживаний або зношений</translation>
    </message>
    <message>
        <source>Empty box</source>
        <translation>Порожня коробка</translation>
    </message>
    <message>
        <source>As the customer described</source>
        <translation>Як описав клієнт</translation>
    </message>
    <message>
        <source>Changed disposition</source>
        <translation>Змінене призначення</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Висока вартість</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Виняток</translation>
    </message>
    <message>
        <source>Fraud check</source>
        <translation>Перевірка на шахрайство</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрите</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Затверджене</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Відхилене</translation>
    </message>
    <message>
        <source>Blind receipt</source>
        <translation>Приймання наосліп</translation>
    </message>
    <message>
        <source>Serial number mismatch</source>
        <translation>Серійний номер не збігається</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Не той товар</translation>
    </message>
    <message>
        <source>Weight far from the catalog's</source>
        <translation>Вага далека від каталожної</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>%1 is signed in as %2; this needs a %3.</source>
        <translation>%1 увійшов(-ла) як %2; для цього потрібна роль: %3.</translation>
    </message>
    <message>
        <source>"%1" is not a valid badge: use U- and 4 to 8 digits, e.g. U-0017.</source>
        <translation>«%1» не є дійсним бейджем: використайте U- і від 4 до 8 цифр, напр. U-0017.</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Користувачеві потрібне ім'я.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN має від 4 до 12 цифр.</translation>
    </message>
    <message>
        <source>Badge %1 already belongs to a user.</source>
        <translation>Бейдж %1 уже належить користувачеві.</translation>
    </message>
    <message>
        <source>Badge %1 is not known here.</source>
        <translation>Бейдж %1 тут невідомий.</translation>
    </message>
    <message>
        <source>Wrong badge or PIN. Try again.</source>
        <translation>Неправильний бейдж або PIN. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This badge is disabled. Ask a supervisor.</source>
        <translation>Цей бейдж вимкнено. Зверніться до керівника.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. This badge is locked for %n more minute(s); a supervisor can reset it.</source>
        <translation>
            <numerusform>Забагато неправильних PIN. Бейдж заблоковано ще на %n хвилину; керівник може його розблокувати.</numerusform>
            <numerusform>Забагато неправильних PIN. Бейдж заблоковано ще на %n хвилини; керівник може його розблокувати.</numerusform>
            <numerusform>Забагато неправильних PIN. Бейдж заблоковано ще на %n хвилин; керівник може його розблокувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. This badge is now locked; a supervisor can reset it.</source>
        <translation>Забагато неправильних PIN. Бейдж заблоковано; керівник може його розблокувати.</translation>
    </message>
    <message>
        <source>Dockside does not speak "%1". Choose one of: %2.</source>
        <translation>Dockside не розмовляє мовою «%1». Виберіть одну з: %2.</translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another admin first.</source>
        <translation>%1 — останній активний адміністратор; спершу створіть іншого адміністратора.</translation>
    </message>
    <message>
        <source>You cannot disable your own badge.</source>
        <translation>Ви не можете вимкнути власний бейдж.</translation>
    </message>
    <message>
        <source>You cannot take away your own admin role.</source>
        <translation>Ви не можете забрати в себе роль адміністратора.</translation>
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
        <translation>dockside-cli: %1 (див. «%2»)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показати цю довідку.</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Say who you are with --user BADGE.</source>
        <translation>Вкажіть, хто ви, за допомогою --user БЕЙДЖ.</translation>
    </message>
    <message>
        <source>No PIN given: use --pin, DOCKSIDE_PIN or a terminal prompt.</source>
        <translation>PIN не вказано: використайте --pin, DOCKSIDE_PIN або запит у терміналі.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Не вдається писати в стандартний вивід.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>events, items or parcels</source>
        <translation>events, items або parcels</translation>
    </message>
    <message>
        <source>Only rows from this time on (RFC 3339 or a date).</source>
        <translation>Лише рядки від цього часу (RFC 3339 або дата).</translation>
    </message>
    <message>
        <source>csv (default) or jsonl.</source>
        <translation>csv (типово) або jsonl.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Записати в цей файл замість стандартного виводу.</translation>
    </message>
    <message>
        <source>Export events, items or parcels.</source>
        <translation>Експортувати події, товари або посилки.</translation>
    </message>
    <message>
        <source>Say what to export: events, items or parcels.</source>
        <translation>Вкажіть, що експортувати: events, items або parcels.</translation>
    </message>
    <message>
        <source>--format must be csv or jsonl.</source>
        <translation>--format має бути csv або jsonl.</translation>
    </message>
    <message>
        <source>--since takes an RFC 3339 time or a date, e.g. 2026-11-01.</source>
        <translation>--since приймає час RFC 3339 або дату, напр. 2026-11-01.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>Записано %n рядок.</numerusform>
            <numerusform>Записано %n рядки.</numerusform>
            <numerusform>Записано %n рядків.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start of the period (default: 30 days ago).</source>
        <translation>Початок періоду (типово: 30 днів тому).</translation>
    </message>
    <message>
        <source>End of the period (default: now).</source>
        <translation>Кінець періоду (типово: зараз).</translation>
    </message>
    <message>
        <source>Analytics over a period.</source>
        <translation>Аналітика за період.</translation>
    </message>
    <message>
        <source>report takes no arguments.</source>
        <translation>report не приймає аргументів.</translation>
    </message>
    <message>
        <source>--from and --to take RFC 3339 times or dates, --from before --to.</source>
        <translation>--from і --to приймають час RFC 3339 або дати, --from раніше за --to.</translation>
    </message>
    <message>
        <source>Cannot write the report.</source>
        <translation>Не вдається записати звіт.</translation>
    </message>
    <message>
        <source>PNG, JPEG or BMP files.</source>
        <translation>Файли PNG, JPEG або BMP.</translation>
    </message>
    <message>
        <source>Comma-separated ZXing formats (default: every dock format).</source>
        <translation>Формати ZXing через кому (типово: усі формати рампи).</translation>
    </message>
    <message>
        <source>Camera mode: no rotation, no extra passes.</source>
        <translation>Режим камери: без обертання і додаткових проходів.</translation>
    </message>
    <message>
        <source>Decode the barcodes in image files (one JSON line per image with --json).</source>
        <translation>Декодувати штрихкоди у файлах зображень (з --json один рядок JSON на зображення).</translation>
    </message>
    <message>
        <source>Name at least one image file.</source>
        <translation>Вкажіть щонайменше один файл зображення.</translation>
    </message>
    <message>
        <source>Unknown barcode format "%1"; known: %2.</source>
        <translation>Невідомий формат штрихкоду «%1»; відомі: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n barcode(s) in %2 ms</source>
        <translation>
            <numerusform>%1: %n штрихкод за %2 мс</numerusform>
            <numerusform>%1: %n штрихкоди за %2 мс</numerusform>
            <numerusform>%1: %n штрихкодів за %2 мс</numerusform>
        </translation>
    </message>
    <message>
        <source>The item's LPN.</source>
        <translation>LPN товару.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>PDF-файл для запису.</translation>
    </message>
    <message>
        <source>4x6 or 2x1 (default: the station's label_size, else 4x6).</source>
        <translation>4x6 або 2x1 (типово: налаштування label_size поста, інакше 4x6).</translation>
    </message>
    <message>
        <source>Render an item's LPN label as PDF.</source>
        <translation>Створити етикетку LPN товару в PDF.</translation>
    </message>
    <message>
        <source>Name one LPN.</source>
        <translation>Вкажіть один LPN.</translation>
    </message>
    <message>
        <source>label needs --out FILE.pdf.</source>
        <translation>label потребує --out ФАЙЛ.pdf.</translation>
    </message>
    <message>
        <source>--size must be 4x6 or 2x1.</source>
        <translation>--size має бути 4x6 або 2x1.</translation>
    </message>
    <message>
        <source>Label of %1 written to %2</source>
        <translation>Етикетку %1 записано до %2</translation>
    </message>
    <message>
        <source>Station code, e.g. AMS-D03.</source>
        <translation>Код поста, напр. AMS-D03.</translation>
    </message>
    <message>
        <source>Readable station name.</source>
        <translation>Зрозуміла назва поста.</translation>
    </message>
    <message>
        <source>Create or open the database for a station.</source>
        <translation>Створити або відкрити базу даних поста.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init не приймає аргументів.</translation>
    </message>
    <message>
        <source>init needs --station CODE.</source>
        <translation>init потребує --station КОД.</translation>
    </message>
    <message>
        <source>Station %1 (%2) is ready in %3</source>
        <translation>Пост %1 (%2) готовий у %3</translation>
    </message>
    <message>
        <source>Badge code, e.g. U-0017.</source>
        <translation>Код бейджа, напр. U-0017.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Повне ім'я.</translation>
    </message>
    <message>
        <source>worker, supervisor or admin.</source>
        <translation>worker, supervisor або admin.</translation>
    </message>
    <message>
        <source>4 to 12 digits (or DOCKSIDE_PIN, or a prompt).</source>
        <translation>Від 4 до 12 цифр (або DOCKSIDE_PIN, або запит).</translation>
    </message>
    <message>
        <source>user add needs --%1.</source>
        <translation>user add потребує --%1.</translation>
    </message>
    <message>
        <source>--role must be worker, supervisor or admin.</source>
        <translation>--role має бути worker, supervisor або admin.</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>Додано %1 (%2) як %3.</translation>
    </message>
    <message>
        <source>Number of RMAs (default: enough for the items).</source>
        <translation>Кількість RMA (типово: скільки потрібно для товарів).</translation>
    </message>
    <message>
        <source>Items processed through the workflow (default 200).</source>
        <translation>Товари, оброблені через увесь процес (типово 200).</translation>
    </message>
    <message>
        <source>Random seed (default 1): same seed, same data.</source>
        <translation>Випадкове зерно (типово 1): те саме зерно — ті самі дані.</translation>
    </message>
    <message>
        <source>Load realistic demo data: catalog, RMAs, users and processed items.</source>
        <translation>Завантажити реалістичні демонстраційні дані: каталог, RMA, користувачів і оброблені товари.</translation>
    </message>
    <message>
        <source>--items, --rmas and --seed take whole numbers (items at most 10000000).</source>
        <translation>--items, --rmas і --seed приймають цілі числа (items не більше 10000000).</translation>
    </message>
    <message>
        <source>What the scanner read.</source>
        <translation>Що зчитав сканер.</translation>
    </message>
    <message>
        <source>Character the scanner sends for GS (e.g. | or ~).</source>
        <translation>Символ, який сканер надсилає замість GS (напр. | або ~).</translation>
    </message>
    <message>
        <source>Say what a scanned string is.</source>
        <translation>Сказати, що означає відсканований текст.</translation>
    </message>
    <message>
        <source>classify takes one scanned text (quote it).</source>
        <translation>classify приймає один відсканований текст (у лапках).</translation>
    </message>
    <message>
        <source>--gs takes a single character.</source>
        <translation>--gs приймає один символ.</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>вид: %1</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>дійсний: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>значення: %1</translation>
    </message>
    <message>
        <source>carrier: %1</source>
        <translation>перевізник: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>проблема: %1</translation>
    </message>
    <message>
        <source>Full integrity_check instead of quick_check (slower).</source>
        <translation>Повний integrity_check замість quick_check (повільніше).</translation>
    </message>
    <message>
        <source>Check the database's integrity and Dockside's invariants.</source>
        <translation>Перевірити цілісність бази даних та інваріанти Dockside.</translation>
    </message>
    <message>
        <source>OK: no problems found.</source>
        <translation>OK: проблем не знайдено.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Знайдено проблеми:</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3 %4  %5: %6 (%n later event(s) held back)</source>
        <translation>
            <numerusform>%1  %2  %3 %4  %5: %6 (затримано %n пізнішу подію)</numerusform>
            <numerusform>%1  %2  %3 %4  %5: %6 (затримано %n пізніші події)</numerusform>
            <numerusform>%1  %2  %3 %4  %5: %6 (затримано %n пізніших подій)</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is not an event number.</source>
        <translation>«%1» не є номером події.</translation>
    </message>
    <message>
        <source>Event %1 will be sent again at the next sync.</source>
        <translation>Подію %1 буде надіслано знову під час наступної синхронізації.</translation>
    </message>
    <message>
        <source>Event %1 stays dead; the later events of its entity will be sent.</source>
        <translation>Подія %1 залишається недоставною; пізніші події її об'єкта буде надіслано.</translation>
    </message>
    <message>
        <source>HQ base URL (else DOCKSIDE_HQ_URL, else the hq_url setting).</source>
        <translation>Базовий URL головного офісу (інакше DOCKSIDE_HQ_URL, інакше налаштування hq_url).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Station token (else DOCKSIDE_HQ_TOKEN, else the hq_token setting).</source>
        <translation>Токен поста (інакше DOCKSIDE_HQ_TOKEN, інакше налаштування hq_token).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Sync now even while waiting after earlier failures.</source>
        <translation>Синхронізувати зараз, навіть під час очікування після попередніх помилок.</translation>
    </message>
    <message>
        <source>Give up on one request after this many seconds.</source>
        <translation>Відмовитися від запиту через стільки секунд.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>СЕКУНДИ</translation>
    </message>
    <message>
        <source>List the events HQ rejected.</source>
        <translation>Показати події, які відхилив головний офіс.</translation>
    </message>
    <message>
        <source>Send a rejected event again (supervisor).</source>
        <translation>Надіслати відхилену подію ще раз (керівник).</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>Give up on a rejected event and let its entity's later events go (supervisor).</source>
        <translation>Відмовитися від відхиленої події і пропустити пізніші події її об'єкта (керівник).</translation>
    </message>
    <message>
        <source>Supervisor badge, for --requeue and --release.</source>
        <translation>Бейдж керівника, для --requeue і --release.</translation>
    </message>
    <message>
        <source>BADGE</source>
        <translation>БЕЙДЖ</translation>
    </message>
    <message>
        <source>PIN (else DOCKSIDE_PIN or a prompt).</source>
        <translation>PIN (інакше DOCKSIDE_PIN або запит).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>One sync run with head office: photos, events, RMAs, catalog, policy.</source>
        <translation>Одна синхронізація з головним офісом: фото, події, RMA, каталог, політика.</translation>
    </message>
    <message>
        <source>sync takes no arguments.</source>
        <translation>sync не приймає аргументів.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout потребує кількості секунд.</translation>
    </message>
    <message>
        <source>dockside-cli: warning: %1</source>
        <translation>dockside-cli: попередження: %1</translation>
    </message>
    <message>
        <source>Pushed %1 events (%2 already at HQ, %3 rejected); %4 pending.</source>
        <translation>Надіслано подій: %1 (%2 уже в головному офісі, %3 відхилено); очікує: %4.</translation>
    </message>
    <message>
        <source>Pulled %1 RMAs and %2 products; policy %3.</source>
        <translation>Отримано RMA: %1, товарів: %2; політика %3.</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>оновлено</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без змін</translation>
    </message>
    <message>
        <source>Your badge, e.g. U-0003.</source>
        <translation>Ваш бейдж, напр. U-0003.</translation>
    </message>
    <message>
        <source>Your PIN (or DOCKSIDE_PIN, or a prompt).</source>
        <translation>Ваш PIN (або DOCKSIDE_PIN, або запит).</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Товар %1: %2</translation>
    </message>
    <message>
        <source>Grade %1 — %2</source>
        <translation>Клас %1 — %2</translation>
    </message>
    <message>
        <source>Disposition: %1 (suggested %2)</source>
        <translation>Призначення: %1 (запропоновано %2)</translation>
    </message>
    <message>
        <source>Refund: %1, restocking fee %2 %3 — %4</source>
        <translation>Відшкодування: %1, збір за повторне розміщення %2 %3 — %4</translation>
    </message>
    <message>
        <source>Put it in tote %1</source>
        <translation>Покладіть у контейнер %1</translation>
    </message>
    <message>
        <source>Sent to a supervisor: %1</source>
        <translation>Передано керівнику: %1</translation>
    </message>
    <message>
        <source>The parcel's carrier label or RMA code.</source>
        <translation>Етикетка перевізника або код RMA посилки.</translation>
    </message>
    <message>
        <source>An item's GTIN, serial or GS1 code (repeatable), or the LPN of an item of this parcel to inspect.</source>
        <translation>GTIN, серійний номер або код GS1 товару (можна повторювати) або LPN товару з цієї посилки для перевірки.</translation>
    </message>
    <message>
        <source>Grade A, B, C, D or X, as the worker chooses it.</source>
        <translation>Клас A, B, C, D або X, як його обирає працівник.</translation>
    </message>
    <message>
        <source>A checklist answer, e.g. powers_on=yes (repeatable).</source>
        <translation>Відповідь контрольного списку, напр. powers_on=yes (можна повторювати).</translation>
    </message>
    <message>
        <source>auto (the suggestion) or a disposition name.</source>
        <translation>auto (пропозиція) або назва призначення.</translation>
    </message>
    <message>
        <source>Why the disposition differs from the suggestion.</source>
        <translation>Чому призначення відрізняється від пропозиції.</translation>
    </message>
    <message>
        <source>What you found, e.g. no_fault_found.</source>
        <translation>Що ви виявили, напр. no_fault_found.</translation>
    </message>
    <message>
        <source>Free notes on the item.</source>
        <translation>Довільні нотатки про товар.</translation>
    </message>
    <message>
        <source>A JPEG or PNG photo of the item (repeatable).</source>
        <translation>Фото товару JPEG або PNG (можна повторювати).</translation>
    </message>
    <message>
        <source>How a data-bearing item was wiped.</source>
        <translation>Як було стерто дані з товару з даними.</translation>
    </message>
    <message>
        <source>Weight in grams: of each item, or of the parcel without items.</source>
        <translation>Вага в грамах: кожного товару або посилки без товарів.</translation>
    </message>
    <message>
        <source>Receive a parcel and its items as a dock worker.</source>
        <translation>Прийняти посилку та її товари як працівник приймання.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Неочікуваний аргумент %1.</translation>
    </message>
    <message>
        <source>receive needs --parcel CODE.</source>
        <translation>receive потребує --parcel КОД.</translation>
    </message>
    <message>
        <source>--weight-g takes a whole number of grams.</source>
        <translation>--weight-g приймає ціле число грамів.</translation>
    </message>
    <message>
        <source>--grade must be A, B, C, D or X.</source>
        <translation>--grade має бути A, B, C, D або X.</translation>
    </message>
    <message>
        <source>--check takes KEY=yes or KEY=no, not "%1".</source>
        <translation>--check приймає КЛЮЧ=yes або КЛЮЧ=no, а не «%1».</translation>
    </message>
    <message>
        <source>Unknown disposition "%1".</source>
        <translation>Невідоме призначення «%1».</translation>
    </message>
    <message>
        <source>Grade the items (--grade or --check) to decide them.</source>
        <translation>Оцініть товари (--grade або --check), щоб ухвалити рішення.</translation>
    </message>
    <message>
        <source>--grade and --check need at least one --item.</source>
        <translation>--grade і --check потребують щонайменше одного --item.</translation>
    </message>
    <message>
        <source>An item's --weight-g is recorded when it is graded; add --grade or --check.</source>
        <translation>--weight-g товару записується під час оцінки; додайте --grade або --check.</translation>
    </message>
    <message>
        <source>Parcel %1: %2</source>
        <translation>Посилка %1: %2</translation>
    </message>
    <message>
        <source>open (default), approved, rejected or all.</source>
        <translation>open (типово), approved, rejected або all.</translation>
    </message>
    <message>
        <source>override, high_value, exception, fraud_flag or blind_receipt.</source>
        <translation>override, high_value, exception, fraud_flag або blind_receipt.</translation>
    </message>
    <message>
        <source>LPN, tracking, RMA, serial or SKU (end with * for a prefix).</source>
        <translation>LPN, номер відстеження, RMA, серійний номер або SKU (закінчіть * для префікса).</translation>
    </message>
    <message>
        <source>Rows per page (default 50).</source>
        <translation>Рядків на сторінку (типово 50).</translation>
    </message>
    <message>
        <source>Rows to skip (default 0).</source>
        <translation>Рядків пропустити (типово 0).</translation>
    </message>
    <message>
        <source>List the supervisor's inspection queue.</source>
        <translation>Показати чергу перевірки керівника.</translation>
    </message>
    <message>
        <source>--status must be open, approved, rejected or all.</source>
        <translation>--status має бути open, approved, rejected або all.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 10000, --offset one from 0.</source>
        <translation>--limit приймає ціле число від 1 до 10000, --offset — від 0.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the queue</source>
        <translation>
            <numerusform>%n товар у черзі</numerusform>
            <numerusform>%n товари в черзі</numerusform>
            <numerusform>%n товарів у черзі</numerusform>
        </translation>
    </message>
    <message>
        <source>Items to decide.</source>
        <translation>Товари для рішення.</translation>
    </message>
    <message>
        <source>Change the disposition.</source>
        <translation>Змінити призначення.</translation>
    </message>
    <message>
        <source>Why (optional).</source>
        <translation>Причина (необов'язково).</translation>
    </message>
    <message>
        <source>Why it is rejected (required).</source>
        <translation>Чому відхилено (обов'язково).</translation>
    </message>
    <message>
        <source>Approve queued items (supervisors).</source>
        <translation>Затвердити товари з черги (керівники).</translation>
    </message>
    <message>
        <source>Reject queued items (supervisors).</source>
        <translation>Відхилити товари з черги (керівники).</translation>
    </message>
    <message>
        <source>Name at least one LPN.</source>
        <translation>Вкажіть щонайменше один LPN.</translation>
    </message>
    <message>
        <source>Nothing was changed: not every item can be decided.</source>
        <translation>Нічого не змінено: не щодо кожного товару можна ухвалити рішення.</translation>
    </message>
    <message>
        <source>dockside-cli: Nothing was changed: not every item can be decided.</source>
        <translation>dockside-cli: Нічого не змінено: не щодо кожного товару можна ухвалити рішення.</translation>
    </message>
    <message>
        <source>list or close</source>
        <translation>list або close</translation>
    </message>
    <message>
        <source>The tote to close.</source>
        <translation>Контейнер, який треба закрити.</translation>
    </message>
    <message>
        <source>Also list closed totes.</source>
        <translation>Показати також закриті контейнери.</translation>
    </message>
    <message>
        <source>Who takes a recycle or destroy tote.</source>
        <translation>Хто забирає контейнер для переробки або знищення.</translation>
    </message>
    <message>
        <source>The partner's certificate reference.</source>
        <translation>Номер сертифіката партнера.</translation>
    </message>
    <message>
        <source>List or close totes.</source>
        <translation>Показати або закрити контейнери.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товари</numerusform>
            <numerusform>%n товарів</numerusform>
        </translation>
    </message>
    <message>
        <source>tote manifest needs --out FILE.pdf.</source>
        <translation>tote manifest потребує --out ФАЙЛ.pdf.</translation>
    </message>
    <message>
        <source>Say "tote list", "tote close TOTE" or "tote manifest TOTE --out FILE.pdf".</source>
        <translation>Напишіть «tote list», «tote close КОНТЕЙНЕР» або «tote manifest КОНТЕЙНЕР --out ФАЙЛ.pdf».</translation>
    </message>
    <message>
        <source>dockside-cli: tote %1 is closed, but its manifest could not be written; print it again with "tote manifest %1 --out FILE.pdf".</source>
        <translation>dockside-cli: контейнер %1 закрито, але його маніфест не вдалося записати; надрукуйте його ще раз командою «tote manifest %1 --out ФАЙЛ.pdf».</translation>
    </message>
    <message numerus="yes">
        <source>Tote %1 closed: %n item(s).</source>
        <translation>
            <numerusform>Контейнер %1 закрито: %n товар.</numerusform>
            <numerusform>Контейнер %1 закрито: %n товари.</numerusform>
            <numerusform>Контейнер %1 закрито: %n товарів.</numerusform>
        </translation>
    </message>
    <message>
        <source>create or open the database for a station</source>
        <translation>створити або відкрити базу даних поста</translation>
    </message>
    <message>
        <source>add or list users (user add, user list)</source>
        <translation>додати або показати користувачів (user add, user list)</translation>
    </message>
    <message>
        <source>load realistic demo data</source>
        <translation>завантажити реалістичні демонстраційні дані</translation>
    </message>
    <message>
        <source>say what a scanned string is</source>
        <translation>сказати, що означає відсканований текст</translation>
    </message>
    <message>
        <source>decode barcodes in image files</source>
        <translation>декодувати штрихкоди у файлах зображень</translation>
    </message>
    <message>
        <source>render an item's LPN label as PDF</source>
        <translation>створити етикетку LPN товару в PDF</translation>
    </message>
    <message>
        <source>receive a parcel and its items</source>
        <translation>прийняти посилку та її товари</translation>
    </message>
    <message>
        <source>list the inspection queue</source>
        <translation>показати чергу перевірки</translation>
    </message>
    <message>
        <source>approve queued items (supervisor)</source>
        <translation>затвердити товари з черги (керівник)</translation>
    </message>
    <message>
        <source>reject queued items (supervisor)</source>
        <translation>відхилити товари з черги (керівник)</translation>
    </message>
    <message>
        <source>list or close totes</source>
        <translation>показати або закрити контейнери</translation>
    </message>
    <message>
        <source>export events, items or parcels</source>
        <translation>експортувати події, товари або посилки</translation>
    </message>
    <message>
        <source>analytics figures</source>
        <translation>аналітичні показники</translation>
    </message>
    <message>
        <source>one sync run with head office</source>
        <translation>одна синхронізація з головним офісом</translation>
    </message>
    <message>
        <source>check the database's integrity</source>
        <translation>перевірити цілісність бази даних</translation>
    </message>
    <message>
        <source>Usage: dockside-cli [--db FILE] [--json] COMMAND [OPTIONS]

Global options:
  --db FILE   the station database (default: $DOCKSIDE_DB or the GUI's)
  --json      machine-readable output
  --version   print the version

Commands:
</source>
        <translation>Використання: dockside-cli [--db ФАЙЛ] [--json] КОМАНДА [ПАРАМЕТРИ]

Загальні параметри:
  --db ФАЙЛ   база даних поста (типово: $DOCKSIDE_DB або база GUI)
  --json      машиночитний вивід
  --version   показати версію

Команди:
</translation>
    </message>
    <message>
        <source>
"dockside-cli COMMAND --help" describes a command.
</source>
        <translation>
«dockside-cli КОМАНДА --help» описує команду.
</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db потребує імені файлу.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Невідомий параметр %1.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Невідома команда «%1».</translation>
    </message>
    <message>
        <source>The user's language: en, de, es, pl or uk (empty: the station's).</source>
        <translation>Мова користувача: en, de, es, pl або uk (порожньо: мова поста).</translation>
    </message>
    <message>
        <source>user language needs --%1.</source>
        <translation>user language потребує --%1.</translation>
    </message>
    <message>
        <source>%1 now uses the station's language.</source>
        <translation>%1 тепер використовує мову поста.</translation>
    </message>
    <message>
        <source>%1 now uses language %2.</source>
        <translation>%1 тепер використовує мову %2.</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 з %2 товарів</translation>
    </message>
    <message>
        <source>json (default), csv, or pdf (needs --out).</source>
        <translation>json (типово), csv або pdf (потрібен --out).</translation>
    </message>
    <message>
        <source>--format must be json, csv or pdf.</source>
        <translation>--format має бути json, csv або pdf.</translation>
    </message>
    <message>
        <source>A PDF report needs --out FILE.pdf.</source>
        <translation>Звіт PDF потребує --out ФАЙЛ.pdf.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Звіт записано до %1</translation>
    </message>
    <message>
        <source>The item held for an exception.</source>
        <translation>Товар, затриманий через виняток.</translation>
    </message>
    <message>
        <source>link_rma or unmatched (blind receipts); accept or deny (other exceptions).</source>
        <translation>link_rma або unmatched (приймання наосліп); accept або deny (інші винятки).</translation>
    </message>
    <message>
        <source>The RMA to link (with link_rma).</source>
        <translation>RMA для зв'язку (з link_rma).</translation>
    </message>
    <message>
        <source>List RMAs matching a code, tracking number or serial instead of deciding.</source>
        <translation>Показати RMA, що відповідають коду, номеру відстеження або серійному номеру, замість рішення.</translation>
    </message>
    <message>
        <source>Why (required to deny).</source>
        <translation>Причина (обов'язкова для відмови).</translation>
    </message>
    <message>
        <source>Resolve an exception in the inspection queue (supervisors).</source>
        <translation>Вирішити виняток у черзі перевірки (керівники).</translation>
    </message>
    <message>
        <source>Name exactly one LPN.</source>
        <translation>Вкажіть рівно один LPN.</translation>
    </message>
    <message>
        <source>--decision must be link_rma, unmatched, accept or deny.</source>
        <translation>--decision має бути link_rma, unmatched, accept або deny.</translation>
    </message>
    <message>
        <source>request, list, submit or agreement</source>
        <translation>request, list, submit або agreement</translation>
    </message>
    <message>
        <source>The item (request, submit).</source>
        <translation>Товар (request, submit).</translation>
    </message>
    <message>
        <source>The second grade: A, B, C, D or X (submit).</source>
        <translation>Повторна оцінка: A, B, C, D або X (submit).</translation>
    </message>
    <message>
        <source>Badge of the worker to ask (request).</source>
        <translation>Бейдж працівника, якого просять (request).</translation>
    </message>
    <message>
        <source>A note for the re-grader or on the grade.</source>
        <translation>Примітка для того, хто оцінює, або до оцінки.</translation>
    </message>
    <message>
        <source>Agreement since (RFC 3339, default 30 days ago).</source>
        <translation>Узгодженість від (RFC 3339, типово 30 днів тому).</translation>
    </message>
    <message>
        <source>Agreement until (RFC 3339, default now).</source>
        <translation>Узгодженість до (RFC 3339, типово зараз).</translation>
    </message>
    <message>
        <source>Blind re-grades: ask for one, list or do yours, or show grader agreement.</source>
        <translation>Сліпі повторні оцінки: запитати, показати або виконати свої, чи показати узгодженість оцінювачів.</translation>
    </message>
    <message>
        <source>Say "regrade request", "regrade list", "regrade submit" or "regrade agreement".</source>
        <translation>Напишіть «regrade request», «regrade list», «regrade submit» або «regrade agreement».</translation>
    </message>
    <message>
        <source>This action takes no LPN.</source>
        <translation>Ця дія не приймає LPN.</translation>
    </message>
    <message>
        <source>--%1 takes an RFC 3339 time, e.g. 2026-11-01T00:00:00Z.</source>
        <translation>--%1 приймає час RFC 3339, напр. 2026-11-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>All re-grades:</source>
        <translation>Усі повторні оцінки:</translation>
    </message>
    <message>
        <source>By worker:</source>
        <translation>За працівником:</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>За категорією:</translation>
    </message>
    <message>
        <source>A second grade of %1 is requested.</source>
        <translation>Запитано повторну оцінку %1.</translation>
    </message>
    <message>
        <source>Second grade %1 recorded for %2.</source>
        <translation>Повторну оцінку %1 для %2 збережено.</translation>
    </message>
    <message>
        <source>An LPN, tracking number, RMA or serial.</source>
        <translation>LPN, номер відстеження, RMA або серійний номер.</translation>
    </message>
    <message>
        <source>Show the timeline of an item, parcel or RMA.</source>
        <translation>Показати історію товару, посилки або RMA.</translation>
    </message>
    <message>
        <source>Name exactly one code.</source>
        <translation>Вкажіть рівно один код.</translation>
    </message>
    <message>
        <source>at HQ</source>
        <translation>у головному офісі</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>очікує</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>A, B, C, D or X.</source>
        <translation>A, B, C, D або X.</translation>
    </message>
    <message>
        <source>The item's disposition.</source>
        <translation>Призначення товару.</translation>
    </message>
    <message>
        <source>A product category or a parent of it, e.g. electronics.</source>
        <translation>Категорія товару або батьківська, напр. electronics.</translation>
    </message>
    <message>
        <source>Badge of the worker who received the item.</source>
        <translation>Бейдж працівника, який прийняв товар.</translation>
    </message>
    <message>
        <source>Unit value at least, e.g. 100.00.</source>
        <translation>Вартість одиниці щонайменше, напр. 100.00.</translation>
    </message>
    <message>
        <source>Unit value at most.</source>
        <translation>Вартість одиниці щонайбільше.</translation>
    </message>
    <message>
        <source>Queued at least this many hours ago.</source>
        <translation>У черзі щонайменше стільки годин.</translation>
    </message>
    <message>
        <source>Queued at most this many hours ago.</source>
        <translation>У черзі щонайбільше стільки годин.</translation>
    </message>
    <message>
        <source>queued_at (default), value, grade, cause, disposition, category or worker.</source>
        <translation>queued_at (типово), value, grade, cause, disposition, category або worker.</translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation>Сортувати за спаданням.</translation>
    </message>
    <message>
        <source>--%1 takes an amount such as 100 or 99.50.</source>
        <translation>--%1 приймає суму, як-от 100 або 99.50.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of hours.</source>
        <translation>--%1 приймає ціле число годин.</translation>
    </message>
    <message>
        <source>resolve an exception in the queue (supervisor)</source>
        <translation>вирішити виняток у черзі (керівник)</translation>
    </message>
    <message>
        <source>blind re-grades and grader agreement</source>
        <translation>сліпі повторні оцінки та узгодженість оцінювачів</translation>
    </message>
    <message>
        <source>timeline of an item, parcel or RMA</source>
        <translation>історія товару, посилки або RMA</translation>
    </message>
    <message>
        <source>Write the backup to this file instead of the rotated backup folder.</source>
        <translation>Записати копію в цей файл замість папки ротаційних копій.</translation>
    </message>
    <message>
        <source>List the rotated backups, newest first.</source>
        <translation>Показати ротаційні копії, найновіші спершу.</translation>
    </message>
    <message>
        <source>Back up the station database (online, verified).</source>
        <translation>Створити копію бази даних поста (під час роботи, перевірену).</translation>
    </message>
    <message>
        <source>backup takes no arguments; use --to FILE.</source>
        <translation>backup не приймає аргументів; використайте --to ФАЙЛ.</translation>
    </message>
    <message>
        <source>Backed up station %1 to %2 (%3 bytes, checked).</source>
        <translation>Копію поста %1 збережено до %2 (%3 байтів, перевірено).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Копія для відновлення.</translation>
    </message>
    <message>
        <source>Allow a backup of another station to replace this one.</source>
        <translation>Дозволити копії іншого поста замінити цей.</translation>
    </message>
    <message>
        <source>Replace the station database with a backup (the current one is kept).</source>
        <translation>Замінити базу даних поста копією (поточна зберігається).</translation>
    </message>
    <message>
        <source>Name one backup file: dockside-cli restore FILE.</source>
        <translation>Вкажіть один файл копії: dockside-cli restore ФАЙЛ.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. Items received after that backup are no longer in this database (HQ has their synced events). The previous database was kept as %3.</source>
        <translation>%1 відновлено з %2. Товарів, прийнятих після цієї копії, у цій базі вже немає (головний офіс має їхні синхронізовані події). Попередню базу збережено як %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>add, list, unlock, reset-pin or language</source>
        <translation>add, list, unlock, reset-pin або language</translation>
    </message>
    <message>
        <source>Your badge, for unlock (supervisor), reset-pin and language (admin).</source>
        <translation>Ваш бейдж, для unlock (керівник), reset-pin і language (адміністратор).</translation>
    </message>
    <message>
        <source>The new PIN, for reset-pin.</source>
        <translation>Новий PIN, для reset-pin.</translation>
    </message>
    <message>
        <source>Add or list the station's users, lift a lock-out, reset a PIN or set a user's language.</source>
        <translation>Додати або показати користувачів поста, зняти блокування, скинути PIN або встановити мову користувача.</translation>
    </message>
    <message>
        <source>Say "user add", "user list", "user unlock", "user reset-pin" or "user language".</source>
        <translation>Напишіть «user add», «user list», «user unlock», «user reset-pin» або «user language».</translation>
    </message>
    <message>
        <source>Name the user with --badge BADGE.</source>
        <translation>Вкажіть користувача через --badge БЕЙДЖ.</translation>
    </message>
    <message>
        <source>user reset-pin needs --new-pin.</source>
        <translation>user reset-pin потребує --new-pin.</translation>
    </message>
    <message>
        <source>%1 has a new PIN and may log in again.</source>
        <translation>%1 має новий PIN і може знову ввійти.</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 може знову ввійти.</translation>
    </message>
    <message>
        <source>back up the station database</source>
        <translation>створити копію бази даних поста</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>замінити базу даних копією</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a settings file: it is larger than 1 MiB.</source>
        <translation>%1 не є файлом налаштувань: він більший за 1 МіБ.</translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1 не імпортовано, нічого не змінено: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нічого</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n setting(s); importing it would change: %2.</source>
        <translation>
            <numerusform>%1 правильний: %n налаштування; імпорт змінив би: %2.</numerusform>
            <numerusform>%1 правильний: %n налаштування; імпорт змінив би: %2.</numerusform>
            <numerusform>%1 правильний: %n налаштувань; імпорт змінив би: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n setting(s) from %1; changed: %2.</source>
        <translation>
            <numerusform>Імпортовано %n налаштування з %1; змінено: %2.</numerusform>
            <numerusform>Імпортовано %n налаштування з %1; змінено: %2.</numerusform>
            <numerusform>Імпортовано %n налаштувань з %1; змінено: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings of %1 written to %2.</source>
        <translation>Налаштування %1 записано в %2.</translation>
    </message>
    <message>
        <source>import FILE or export</source>
        <translation>import ФАЙЛ або export</translation>
    </message>
    <message>
        <source>import: only check the file and say what would change.</source>
        <translation>import: лише перевірити файл і сказати, що змінилося б.</translation>
    </message>
    <message>
        <source>export: write to this file instead of standard output.</source>
        <translation>export: записати в цей файл замість стандартного виводу.</translation>
    </message>
    <message>
        <source>Import station settings from a "key = value" file, or export them.</source>
        <translation>Імпортувати налаштування станції з файлу «ключ = значення» або експортувати їх.</translation>
    </message>
    <message>
        <source>Say "settings import FILE" or "settings export [--out FILE]".</source>
        <translation>Скажіть «settings import ФАЙЛ» або «settings export [--out ФАЙЛ]».</translation>
    </message>
    <message>
        <source>import or export station settings (key = value file)</source>
        <translation>імпортувати або експортувати налаштування станції (файл ключ = значення)</translation>
    </message>
</context>
<context>
    <name>dockside::AdminPage</name>
    <message>
        <source>Head-office URL</source>
        <translation>URL головного офісу</translation>
    </message>
    <message>
        <source>Head-office token</source>
        <translation>Токен головного офісу</translation>
    </message>
    <message>
        <source>Nightly sync (HH:MM)</source>
        <translation>Нічна синхронізація (ГГ:ХХ)</translation>
    </message>
    <message>
        <source>Idle lock (minutes)</source>
        <translation>Блокування через бездіяльність (хвилини)</translation>
    </message>
    <message>
        <source>Label size (4x6 or 2x1)</source>
        <translation>Розмір етикетки (4x6 або 2x1)</translation>
    </message>
    <message>
        <source>Label printer (empty: PDF files)</source>
        <translation>Принтер етикеток (порожньо: файли PDF)</translation>
    </message>
    <message>
        <source>Queue SLA (hours)</source>
        <translation>SLA черги (години)</translation>
    </message>
    <message>
        <source>Language (e.g. en, de)</source>
        <translation>Мова (напр. en, de)</translation>
    </message>
    <message>
        <source>Blind re-grade share (%)</source>
        <translation>Частка сліпих повторних оцінок (%)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Додати користувача…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Вимкнути / увімкнути</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Скинути PIN…</translation>
    </message>
    <message>
        <source>Role…</source>
        <translation>Роль…</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Налаштування поста</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Зберегти налаштування</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Додати користувача</translation>
    </message>
    <message>
        <source>Badge (U- and 4 to 8 digits, e.g. U-0017)</source>
        <translation>Бейдж (U- і від 4 до 8 цифр, напр. U-0017)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім'я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>First PIN (4 to 12 digits)</source>
        <translation>Перший PIN (від 4 до 12 цифр)</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 додано як %2.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 вимкнено.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 знову увімкнено.</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Скинути PIN</translation>
    </message>
    <message>
        <source>New PIN for %1 (4 to 12 digits)</source>
        <translation>Новий PIN для %1 (від 4 до 12 цифр)</translation>
    </message>
    <message>
        <source>%1 has a new PIN; any lock-out is lifted.</source>
        <translation>%1 має новий PIN; блокування знято.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Роль %1</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 тепер: %2.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Нічого зберігати: жодне налаштування не змінено.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) saved.</source>
        <translation>
            <numerusform>Збережено %n налаштування.</numerusform>
            <numerusform>Збережено %n налаштування.</numerusform>
            <numerusform>Збережено %n налаштувань.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>Аналітика</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 днів</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 днів</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 днів</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Дати…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Зберегти PDF</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>to (included)</source>
        <translation>до (включно)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message numerus="yes">
        <source>Items received %1 – %2: %n item(s). Computed in %3 ms.</source>
        <translation>
            <numerusform>Прийнято товарів %1 – %2: %n товар. Обчислено за %3 мс.</numerusform>
            <numerusform>Прийнято товарів %1 – %2: %n товари. Обчислено за %3 мс.</numerusform>
            <numerusform>Прийнято товарів %1 – %2: %n товарів. Обчислено за %3 мс.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Повернення коштів</translation>
    </message>
    <message>
        <source>Dock to stock</source>
        <translation>Від рампи до складу</translation>
    </message>
    <message>
        <source>%1 median · %2 p90</source>
        <translation>%1 медіана · %2 p90</translation>
    </message>
    <message>
        <source>To refund decision</source>
        <translation>До рішення про відшкодування</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>Несправності не виявлено</translation>
    </message>
    <message>
        <source>Kept out of landfill</source>
        <translation>Не потрапило на звалище</translation>
    </message>
    <message>
        <source>Queue now</source>
        <translation>Черга зараз</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Немає даних за цей період</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Експорт CSV</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Експорт даних діаграми</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>Chart data saved to %1</source>
        <translation>Дані діаграми збережено до %1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Зберегти звіт як PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Звіт збережено до %1</translation>
    </message>
</context>
<context>
    <name>dockside::BackupScheduler</name>
    <message>
        <source>Backup failed: %1 Dockside tries again in an hour.</source>
        <translation>Резервне копіювання не вдалося: %1 Dockside спробує знову за годину.</translation>
    </message>
    <message>
        <source>Backup written, but its time could not be recorded: %1</source>
        <translation>Копію записано, але її час не вдалося зберегти: %1</translation>
    </message>
    <message>
        <source>Backup written at %1: %2</source>
        <translation>Копію записано о %1: %2</translation>
    </message>
</context>
<context>
    <name>dockside::CameraScanner</name>
    <message>
        <source>Camera scanner</source>
        <translation>Сканер камери</translation>
    </message>
    <message>
        <source>Hold a barcode inside the box</source>
        <translation>Тримайте штрихкод у рамці</translation>
    </message>
    <message>
        <source>Camera ready</source>
        <translation>Камера готова</translation>
    </message>
    <message>
        <source>No camera found. Use the hand scanner.</source>
        <translation>Камеру не знайдено. Користуйтеся ручним сканером.</translation>
    </message>
    <message>
        <source>Camera error: %1</source>
        <translation>Помилка камери: %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Камера: %1</translation>
    </message>
</context>
<context>
    <name>dockside::DemoSession</name>
    <message>
        <source>Cannot start the demo head office (%1): %2</source>
        <translation>Не вдається запустити демонстраційний головний офіс (%1): %2</translation>
    </message>
    <message>
        <source>The demo head office did not start: %1</source>
        <translation>Демонстраційний головний офіс не запустився: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>немає відповіді</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не вдається записати %1.</translation>
    </message>
    <message>
        <source>The demo head office could not import the %1: %2</source>
        <translation>Демонстраційний головний офіс не зміг імпортувати дані «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдається створити папку %1.</translation>
    </message>
    <message>
        <source>Creating the demo station…</source>
        <translation>Створення демонстраційного поста…</translation>
    </message>
    <message>
        <source>Starting the demo head office…</source>
        <translation>Запуск демонстраційного головного офісу…</translation>
    </message>
    <message>
        <source>Syncing with the demo head office…</source>
        <translation>Синхронізація з демонстраційним головним офісом…</translation>
    </message>
</context>
<context>
    <name>dockside::FirstRunWizard</name>
    <message>
        <source>Set up this Dockside station</source>
        <translation>Налаштувати цей пост Dockside</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Create station</source>
        <translation>Створити пост</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Choose the station's language. Each worker can have their own: their badge brings it when they log in.</source>
        <translation>Виберіть мову поста. Кожен працівник може мати власну: його бейдж приносить її під час входу.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>The station code is printed on every LPN label: 2 to 8 capital letters or digits, optionally a dash and the dock, e.g. AMS-D03.</source>
        <translation>Код поста друкується на кожній етикетці LPN: від 2 до 8 великих літер або цифр, за бажанням дефіс і рампа, напр. AMS-D03.</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Код поста</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Назва поста</translation>
    </message>
    <message>
        <source>e.g. Amsterdam returns dock 3</source>
        <translation>напр. Амстердам повернення рампа 3</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Перший адміністратор</translation>
    </message>
    <message>
        <source>The first user administers the station: adds users and changes settings. Badges are U- and 4 to 8 digits; a PIN is 4 to 12 digits.</source>
        <translation>Перший користувач адмініструє пост: додає користувачів і змінює налаштування. Бейджі — це U- і від 4 до 8 цифр; PIN має від 4 до 12 цифр.</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <source>Administrator's badge</source>
        <translation>Бейдж адміністратора</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Administrator's name</source>
        <translation>Ім'я адміністратора</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN ще раз</translation>
    </message>
    <message>
        <source>Head office (optional)</source>
        <translation>Головний офіс (необов'язково)</translation>
    </message>
    <message>
        <source>Where this station sends its events and gets RMAs, catalog and policy. Leave both empty to work offline for now; you can set them later.</source>
        <translation>Куди цей пост надсилає події і звідки отримує RMA, каталог і політику. Залиште обидва поля порожніми, щоб поки працювати офлайн; їх можна задати пізніше.</translation>
    </message>
    <message>
        <source>Head office URL</source>
        <translation>URL головного офісу</translation>
    </message>
    <message>
        <source>Station token</source>
        <translation>Токен поста</translation>
    </message>
    <message>
        <source>"%1" is not a station code: use 2 to 8 capital letters or digits, optionally a dash and the dock, e.g. AMS-D03.</source>
        <translation>«%1» не є кодом поста: використайте від 2 до 8 великих літер або цифр, за бажанням дефіс і рампу, напр. AMS-D03.</translation>
    </message>
    <message>
        <source>"%1" is not a badge: use U- and 4 to 8 digits, e.g. U-0001.</source>
        <translation>«%1» не є бейджем: використайте U- і від 4 до 8 цифр, напр. U-0001.</translation>
    </message>
    <message>
        <source>Type the administrator's name.</source>
        <translation>Введіть ім'я адміністратора.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN має від 4 до 12 цифр.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Два PIN не збігаються. Введіть той самий PIN двічі.</translation>
    </message>
    <message>
        <source>Give both the head office URL and the station token, or neither.</source>
        <translation>Вкажіть і URL головного офісу, і токен поста, або жодного з них.</translation>
    </message>
    <message>
        <source>"%1" is not a web address: it starts with https://.</source>
        <translation>«%1» не є веб-адресою: вона починається з https://.</translation>
    </message>
</context>
<context>
    <name>dockside::HistoryPage</name>
    <message>
        <source>Item history</source>
        <translation>Історія товару</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>Scan or type an LPN, tracking number, RMA or serial</source>
        <translation>Скануйте або введіть LPN, номер відстеження, RMA або серійний номер</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Показати історію</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n event(s).</source>
        <translation>
            <numerusform>%1 %2: %n подія.</numerusform>
            <numerusform>%1 %2: %n події.</numerusform>
            <numerusform>%1 %2: %n подій.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet at head office.</source>
        <translation>
            <numerusform>%n ще не в головному офісі.</numerusform>
            <numerusform>%n ще не в головному офісі.</numerusform>
            <numerusform>%n ще не в головному офісі.</numerusform>
        </translation>
    </message>
    <message>
        <source>All at head office.</source>
        <translation>Усе вже в головному офісі.</translation>
    </message>
</context>
<context>
    <name>dockside::InspectPage</name>
    <message>
        <source>All checks pass (F5)</source>
        <translation>Усе гаразд (F5)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
    <message>
        <source> g</source>
        <translation> г</translation>
    </message>
    <message>
        <source>not weighed</source>
        <translation>не зважено</translation>
    </message>
    <message>
        <source>Add photo (F7)</source>
        <translation>Додати фото (F7)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необов'язково</translation>
    </message>
    <message>
        <source>Confirm and print label (Enter)</source>
        <translation>Підтвердити й друкувати (Enter)</translation>
    </message>
    <message>
        <source>Last answer undone.</source>
        <translation>Останню відповідь скасовано.</translation>
    </message>
    <message>
        <source>Nothing to undo on this item.</source>
        <translation>Для цього товару нічого скасовувати.</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>Невідомий товар</translation>
    </message>
    <message>
        <source>Item %1 · %2</source>
        <translation>Товар %1 · %2</translation>
    </message>
    <message>
        <source>Item %1 · %2 · %3</source>
        <translation>Товар %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Grade it; it goes to a supervisor.</source>
        <translation>Оцініть його; він піде до керівника.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>%1 is not a photo Dockside can read.</source>
        <translation>%1 не є фото, яке Dockside може прочитати.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Додати фото</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Фото (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Change the disposition</source>
        <translation>Змінити призначення</translation>
    </message>
    <message>
        <source>Why %1 instead of %2? Your choice goes to a supervisor for approval.</source>
        <translation>Чому %1 замість %2? Ваш вибір піде керівнику на затвердження.</translation>
    </message>
    <message>
        <source>Grade shows when every check is answered.</source>
        <translation>Клас з'явиться, коли буде відповідь на кожну перевірку.</translation>
    </message>
    <message numerus="yes">
        <source>Answer %n more check(s), or press All checks pass.</source>
        <translation>
            <numerusform>Дайте відповідь ще на %n перевірку або натисніть «Усе гаразд».</numerusform>
            <numerusform>Дайте відповідь ще на %n перевірки або натисніть «Усе гаразд».</numerusform>
            <numerusform>Дайте відповідь ще на %n перевірок або натисніть «Усе гаразд».</numerusform>
        </translation>
    </message>
    <message>
        <source>Damage reported: add at least one photo (F7).</source>
        <translation>Повідомлено про пошкодження: додайте щонайменше одне фото (F7).</translation>
    </message>
    <message>
        <source>Ready: press Enter to confirm.</source>
        <translation>Готово: натисніть Enter для підтвердження.</translation>
    </message>
    <message>
        <source>Goes to a supervisor (%1). Press Enter to confirm.</source>
        <translation>Піде до керівника (%1). Натисніть Enter для підтвердження.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (пропозиція)</translation>
    </message>
    <message>
        <source>Refund: full.</source>
        <translation>Відшкодування: повне.</translation>
    </message>
    <message>
        <source>Refund: none for now.</source>
        <translation>Відшкодування: поки що немає.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All checks pass</source>
        <translation>Усе гаразд</translation>
    </message>
    <message>
        <source>Answers every check with Yes (F5).</source>
        <translation>Відповідає «Так» на кожну перевірку (F5).</translation>
    </message>
    <message>
        <source>Weight in grams</source>
        <translation>Вага в грамах</translation>
    </message>
    <message>
        <source>What the scale shows; 0 when the item was not weighed.</source>
        <translation>Що показують ваги; 0, якщо товар не зважували.</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Додати фото</translation>
    </message>
    <message>
        <source>Adds photos of damage; needed when a damage check fails (F7).</source>
        <translation>Додає фото пошкоджень; потрібні, якщо перевірка на пошкодження не пройдена (F7).</translation>
    </message>
    <message>
        <source>Anything a supervisor should know about this item.</source>
        <translation>Усе, що керівник має знати про цей товар.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Why this disposition</source>
        <translation>Чому це призначення</translation>
    </message>
    <message>
        <source>Dispositions allowed for this item</source>
        <translation>Дозволені призначення для цього товару</translation>
    </message>
    <message>
        <source>Confirm and print label</source>
        <translation>Підтвердити й друкувати етикетку</translation>
    </message>
    <message>
        <source>Saves the decision and prints the LPN label (Enter).</source>
        <translation>Зберігає рішення і друкує етикетку LPN (Enter).</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Так: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Ні: %1</translation>
    </message>
    <message>
        <source>Chosen disposition</source>
        <translation>Вибране призначення</translation>
    </message>
    <message>
        <source>Choose this disposition</source>
        <translation>Вибрати це призначення</translation>
    </message>
    <message>
        <source>Refund: partial, restocking fee %1.</source>
        <translation>Відшкодування: часткове, збір за повторне розміщення %1.</translation>
    </message>
    <message>
        <source>%1
(suggested)</source>
        <translation>%1
(пропозиція)</translation>
    </message>
    <message>
        <source>Camera photo (F6)</source>
        <translation>Фото камерою (F6)</translation>
    </message>
    <message>
        <source>Camera photo</source>
        <translation>Фото камерою</translation>
    </message>
    <message>
        <source>Takes a photo of the item with the station's camera (F6).</source>
        <translation>Фотографує товар камерою поста (F6).</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>What you found</source>
        <translation>Що ви виявили</translation>
    </message>
    <message>
        <source>What you found, beside the customer's reason: defect confirmed, no fault found, empty box…</source>
        <translation>Що ви виявили, окрім причини клієнта: дефект підтверджено, несправності не виявлено, порожня коробка…</translation>
    </message>
</context>
<context>
    <name>dockside::InspectionQueuePage</name>
    <message>
        <source>Inspection queue</source>
        <translation>Черга перевірки</translation>
    </message>
    <message>
        <source>LPN, tracking, RMA, serial or SKU (* for prefix)</source>
        <translation>LPN, відстеження, RMA, серійний № або SKU (* для префікса)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Будь-яка причина</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>Будь-який клас</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Any disposition</source>
        <translation>Будь-яке призначення</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Призначення</translation>
    </message>
    <message>
        <source>e.g. electronics</source>
        <translation>напр. electronics</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Any worker</source>
        <translation>Будь-який працівник</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>from</source>
        <translation>від</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Вартість від</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Value to</source>
        <translation>Вартість до</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Зберегти…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Очистити всі фільтри</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Збережені фільтри</translation>
    </message>
    <message>
        <source>Approve (Ctrl+Enter)</source>
        <translation>Затвердити (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Change disposition…</source>
        <translation>Змінити призначення…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Відхилити…</translation>
    </message>
    <message>
        <source>Ask for a re-grade…</source>
        <translation>Попросити повторну оцінку…</translation>
    </message>
    <message>
        <source>Resolve exception…</source>
        <translation>Вирішити виняток…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товари</numerusform>
            <numerusform>%n товарів</numerusform>
        </translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Будь-який вік</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n h SLA or more)</source>
        <translation>
            <numerusform>Прострочено (%n год SLA або більше)</numerusform>
            <numerusform>Прострочено (%n год SLA або більше)</numerusform>
            <numerusform>Прострочено (%n год SLA або більше)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due soon (from %n h)</source>
        <translation>
            <numerusform>Незабаром строк (від %n год)</numerusform>
            <numerusform>Незабаром строк (від %n год)</numerusform>
            <numerusform>Незабаром строк (від %n год)</numerusform>
        </translation>
    </message>
    <message>
        <source>Within the SLA</source>
        <translation>У межах SLA</translation>
    </message>
    <message>
        <source>Older than 3 days</source>
        <translation>Старші за 3 дні</translation>
    </message>
    <message>
        <source>Older than 7 days</source>
        <translation>Старші за 7 днів</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Виберіть збережений фільтр…</translation>
    </message>
    <message>
        <source>Open, by main cause</source>
        <translation>Відкриті, за головною причиною</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>"%1" is not an amount: type e.g. 100 or 99.50.</source>
        <translation>«%1» не є сумою: введіть, напр., 100 або 99,50.</translation>
    </message>
    <message>
        <source>%1 to %2 h</source>
        <translation>від %1 до %2 год</translation>
    </message>
    <message>
        <source>Nothing in the queue matches %1.</source>
        <translation>Ніщо в черзі не відповідає %1.</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n selected (Ctrl+Enter)</source>
        <translation>
            <numerusform>Затвердити %n вибраний (Ctrl+Enter)</numerusform>
            <numerusform>Затвердити %n вибрані (Ctrl+Enter)</numerusform>
            <numerusform>Затвердити %n вибраних (Ctrl+Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Нічого не змінено: %1</translation>
    </message>
    <message>
        <source>Approve items</source>
        <translation>Затвердити товари</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n item(s) with their chosen dispositions?</source>
        <translation>
            <numerusform>Затвердити %n товар із вибраним призначенням?</numerusform>
            <numerusform>Затвердити %n товари з вибраними призначеннями?</numerusform>
            <numerusform>Затвердити %n товарів з вибраними призначеннями?</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve all</source>
        <translation>Затвердити всі</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) approved.</source>
        <translation>
            <numerusform>Затверджено %n товар.</numerusform>
            <numerusform>Затверджено %n товари.</numerusform>
            <numerusform>Затверджено %n товарів.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (пропозиція)</translation>
    </message>
    <message>
        <source>Change disposition</source>
        <translation>Змінити призначення</translation>
    </message>
    <message>
        <source>New disposition for %1:</source>
        <translation>Нове призначення для %1:</translation>
    </message>
    <message>
        <source>Why? (kept with the decision)</source>
        <translation>Чому? (зберігається з рішенням)</translation>
    </message>
    <message>
        <source>%1 approved as %2.</source>
        <translation>%1 затверджено як %2.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message numerus="yes">
        <source>Why are %n item(s) rejected? The refund is denied.</source>
        <translation>
            <numerusform>Чому відхилено %n товар? У відшкодуванні відмовлено.</numerusform>
            <numerusform>Чому відхилено %n товари? У відшкодуванні відмовлено.</numerusform>
            <numerusform>Чому відхилено %n товарів? У відшкодуванні відмовлено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) rejected.</source>
        <translation>
            <numerusform>Відхилено %n товар.</numerusform>
            <numerusform>Відхилено %n товари.</numerusform>
            <numerusform>Відхилено %n товарів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any worker but %1</source>
        <translation>Будь-який працівник, крім %1</translation>
    </message>
    <message>
        <source>Ask for a re-grade</source>
        <translation>Попросити повторну оцінку</translation>
    </message>
    <message>
        <source>Who grades %1 again, without seeing the first grade?</source>
        <translation>Хто повторно оцінить %1, не бачачи першої оцінки?</translation>
    </message>
    <message>
        <source>A note for the re-grader (optional)</source>
        <translation>Примітка для того, хто оцінює (необов'язково)</translation>
    </message>
    <message>
        <source>A second grade of %1 is requested; the item stays in the queue.</source>
        <translation>Запитано повторну оцінку %1; товар залишається в черзі.</translation>
    </message>
    <message>
        <source>Blind receipt</source>
        <translation>Приймання наосліп</translation>
    </message>
    <message>
        <source>Find the RMA of %1: type its RMA code, tracking number or serial.</source>
        <translation>Знайдіть RMA для %1: введіть код RMA, номер відстеження або серійний номер.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (found by %4)</source>
        <translation>%1 · %2 · %3 (знайдено за %4)</translation>
    </message>
    <message>
        <source>No RMA matches: mark it unmatched (no refund)</source>
        <translation>Жоден RMA не підходить: позначити як без відповідності (без відшкодування)</translation>
    </message>
    <message>
        <source>No RMA found for "%1".</source>
        <translation>RMA для «%1» не знайдено.</translation>
    </message>
    <message>
        <source>Link %1 to:</source>
        <translation>Пов'язати %1 з:</translation>
    </message>
    <message>
        <source>No RMA found</source>
        <translation>RMA не знайдено</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Пов'язано з %1</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Виняток: %1</translation>
    </message>
    <message>
        <source>Decide the exception of %1:</source>
        <translation>Вирішіть виняток %1:</translation>
    </message>
    <message>
        <source>Accept the return as received</source>
        <translation>Прийняти повернення в тому вигляді, як надійшло</translation>
    </message>
    <message>
        <source>Deny it: no refund, item to quarantine</source>
        <translation>Відмовити: без відшкодування, товар у карантин</translation>
    </message>
    <message>
        <source>Exception of %1 resolved (%2).</source>
        <translation>Виняток %1 вирішено (%2).</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Зберегти фільтр</translation>
    </message>
    <message>
        <source>Name of this filter preset</source>
        <translation>Назва цього фільтра</translation>
    </message>
    <message>
        <source>Preset "%1" saved.</source>
        <translation>Фільтр «%1» збережено.</translation>
    </message>
    <message>
        <source>Preset "%1" deleted.</source>
        <translation>Фільтр «%1» видалено.</translation>
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
        <translation>Зменшити (або прокрутіть коліщатко миші)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Умістити</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>Вибрано %n товар</numerusform>
            <numerusform>Вибрано %n товари</numerusform>
            <numerusform>Вибрано %n товарів</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item in the queue</source>
        <translation>Виберіть товар у черзі</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Fraud flags: %1</source>
        <translation>Ознаки шахрайства: %1</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Виняток: %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Черга</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1 з %2 (%3)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Вирішив</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SKU / serial</source>
        <translation>SKU / серійний номер</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вартість</translation>
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
        <translation>немає (приймання наосліп)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer's reason</source>
        <translation>Причина клієнта</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Відстеження</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Worker's finding</source>
        <translation>Висновок працівника</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Вибрано</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Причина зміни</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Відшкодування</translation>
    </message>
    <message>
        <source>Second grade</source>
        <translation>Повторна оцінка</translation>
    </message>
    <message>
        <source>%1 by %2 (first %3 by %4)</source>
        <translation>%1 від %2 (спершу %3 від %4)</translation>
    </message>
    <message>
        <source>requested (%1), waiting</source>
        <translation>запитано (%1), очікує</translation>
    </message>
    <message>
        <source>Why the engine suggests %1:
%2</source>
        <translation>Чому правила пропонують %1:
%2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>так</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>НІ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Контрольний список&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Фото %1</translation>
    </message>
    <message>
        <source>Photo %1 cannot be read from this station's disk.</source>
        <translation>Фото %1 неможливо прочитати з диска цього поста.</translation>
    </message>
</context>
<context>
    <name>dockside::LabelOutput</name>
    <message>
        <source>Label printed on %1.</source>
        <translation>Етикетку надруковано на %1.</translation>
    </message>
    <message>
        <source>Cannot create the label folder %1.</source>
        <translation>Не вдається створити папку етикеток %1.</translation>
    </message>
    <message>
        <source>No label printer set up: label saved as %1</source>
        <translation>Принтер етикеток не налаштовано: етикетку збережено як %1</translation>
    </message>
    <message>
        <source>Printer %1 not found: label saved as %2</source>
        <translation>Принтер %1 не знайдено: етикетку збережено як %2</translation>
    </message>
    <message>
        <source>Manifest of %1 saved as %2</source>
        <translation>Маніфест %1 збережено як %2</translation>
    </message>
</context>
<context>
    <name>dockside::LoginPage</name>
    <message>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>Скануйте свій бейдж</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Введіть PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Scan your badge to start.</source>
        <translation>Скануйте свій бейдж, щоб почати.</translation>
    </message>
    <message>
        <source>Badge %1: type your PIN and press OK.</source>
        <translation>Бейдж %1: введіть PIN і натисніть OK.</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation>Спершу скануйте свій бейдж.</translation>
    </message>
    <message>
        <source>Type your PIN, then press OK.</source>
        <translation>Введіть PIN, потім натисніть OK.</translation>
    </message>
    <message>
        <source>Dockside · station %1 · %2</source>
        <translation>Dockside · пост %1 · %2</translation>
    </message>
    <message>
        <source>Scan your badge or type its code, then press Enter.</source>
        <translation>Скануйте бейдж або введіть його код, потім натисніть Enter.</translation>
    </message>
    <message>
        <source>Your personal number, 4 to 12 digits.</source>
        <translation>Ваш особистий номер, від 4 до 12 цифр.</translation>
    </message>
    <message>
        <source>PIN keypad</source>
        <translation>Клавіатура PIN</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Очистити PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Увійти</translation>
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
        <translation>Контейнер %1 закрито. Записується маніфест…</translation>
    </message>
    <message>
        <source>Locked. Scan your badge to continue.</source>
        <translation>Заблоковано. Скануйте свій бейдж, щоб продовжити.</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Пост %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Камера: %1</translation>
    </message>
    <message>
        <source>Camera: none found</source>
        <translation>Камера: не знайдено</translation>
    </message>
    <message>
        <source>Camera: ready (press Camera)</source>
        <translation>Камера: готова (натисніть «Камера»)</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input. Scan your badge to continue.</source>
        <translation>
            <numerusform>Заблоковано після %n хвилини бездіяльності. Скануйте свій бейдж, щоб продовжити.</numerusform>
            <numerusform>Заблоковано після %n хвилин бездіяльності. Скануйте свій бейдж, щоб продовжити.</numerusform>
            <numerusform>Заблоковано після %n хвилин бездіяльності. Скануйте свій бейдж, щоб продовжити.</numerusform>
        </translation>
    </message>
    <message>
        <source>A confirmed item cannot be undone here: ask a supervisor to correct it.</source>
        <translation>Підтверджений товар тут не можна скасувати: попросіть керівника виправити.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Ніхто не ввійшов</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) to send</source>
        <translation>
            <numerusform>%n подія до надсилання</numerusform>
            <numerusform>%n події до надсилання</numerusform>
            <numerusform>%n подій до надсилання</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels: PDF files</source>
        <translation>Етикетки: файли PDF</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Принтер: %1</translation>
    </message>
    <message>
        <source>You are already logged in.</source>
        <translation>Ви вже ввійшли.</translation>
    </message>
    <message>
        <source>Badge %1: type your PIN.</source>
        <translation>Бейдж %1: введіть PIN.</translation>
    </message>
    <message>
        <source>Welcome back, %1.</source>
        <translation>З поверненням, %1.</translation>
    </message>
    <message>
        <source>Hello %1.</source>
        <translation>Вітаємо, %1.</translation>
    </message>
    <message>
        <source>Unfinished parcel</source>
        <translation>Незавершена посилка</translation>
    </message>
    <message numerus="yes">
        <source>Parcel %1 has %n item(s) received but not graded. Continue with it now?</source>
        <translation>
            <numerusform>Посилка %1 має %n прийнятий, але не оцінений товар. Продовжити з нею зараз?</numerusform>
            <numerusform>Посилка %1 має %n прийняті, але не оцінені товари. Продовжити з нею зараз?</numerusform>
            <numerusform>Посилка %1 має %n прийнятих, але не оцінених товарів. Продовжити з нею зараз?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message>
        <source>This item is on the RMA.</source>
        <translation>Цей товар є в RMA.</translation>
    </message>
    <message>
        <source>This item goes to a supervisor after grading.</source>
        <translation>Після оцінки цей товар піде до керівника.</translation>
    </message>
    <message>
        <source>Item not finished</source>
        <translation>Товар не завершено</translation>
    </message>
    <message>
        <source>Item %1 is not confirmed yet. Leave it for now? It stays received and is offered again later.</source>
        <translation>Товар %1 ще не підтверджено. Залишити його поки що? Він залишиться прийнятим і буде запропонований пізніше.</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Лишитися</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation>Спершу скануйте свій бейдж.</translation>
    </message>
    <message>
        <source>Tote %1.</source>
        <translation>Контейнер %1.</translation>
    </message>
    <message>
        <source>Ready for the next parcel.</source>
        <translation>Готово до наступної посилки.</translation>
    </message>
    <message>
        <source>Parcel %1 opened. Now scan the first item.</source>
        <translation>Посилку %1 відкрито. Тепер скануйте перший товар.</translation>
    </message>
    <message>
        <source>Parcel %1 was received before: reopened.</source>
        <translation>Посилку %1 уже приймали: відкрито знову.</translation>
    </message>
    <message>
        <source>Scan the parcel label first, then the item.</source>
        <translation>Спершу скануйте етикетку посилки, потім товар.</translation>
    </message>
    <message>
        <source>Item %1 received. Check it.</source>
        <translation>Товар %1 прийнято. Перевірте його.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Товар %1: %2</translation>
    </message>
    <message>
        <source>Item %1 is not graded yet: check it now.</source>
        <translation>Товар %1 ще не оцінено: перевірте його зараз.</translation>
    </message>
    <message>
        <source>Item %1 is already done (grade %2, %3). Corrections go through a supervisor.</source>
        <translation>Товар %1 уже оброблено (клас %2, %3). Виправлення робить керівник.</translation>
    </message>
    <message>
        <source>Item %1 done. Scan the next item.</source>
        <translation>Товар %1 готовий. Скануйте наступний товар.</translation>
    </message>
    <message>
        <source>Item %1 done; a supervisor will check it. Scan the next item.</source>
        <translation>Товар %1 готовий; його перевірить керівник. Скануйте наступний товар.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Користувач у системі</translation>
    </message>
    <message>
        <source>Events waiting for head office</source>
        <translation>Події, що чекають на головний офіс</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Принтер етикеток</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Великий текст</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Мова: %1.</translation>
    </message>
    <message>
        <source>Supervisor (F12)</source>
        <translation>Керівник (F12)</translation>
    </message>
    <message>
        <source>Analytics (F10)</source>
        <translation>Аналітика (F10)</translation>
    </message>
    <message>
        <source>Choose the language of the screens (F3).</source>
        <translation>Виберіть мову екранів (F3).</translation>
    </message>
    <message>
        <source>Language (F3)</source>
        <translation>Мова (F3)</translation>
    </message>
    <message>
        <source>High contrast and large text (Shift+F3).</source>
        <translation>Високий контраст і великий текст (Shift+F3).</translation>
    </message>
    <message>
        <source>Display (Shift+F3)</source>
        <translation>Вигляд (Shift+F3)</translation>
    </message>
    <message>
        <source>The supervisor workspace is for supervisors and admins.</source>
        <translation>Робоче місце керівника — для керівників і адміністраторів.</translation>
    </message>
    <message>
        <source>Second grades (100+) F11</source>
        <translation>Повторні оцінки (100+) F11</translation>
    </message>
    <message>
        <source>Second grades (%1) F11</source>
        <translation>Повторні оцінки (%1) F11</translation>
    </message>
</context>
<context>
    <name>dockside::ParcelLinesModel</name>
    <message>
        <source>Unknown product</source>
        <translation>Невідомий товар</translation>
    </message>
    <message>
        <source>%1 Not on the RMA</source>
        <translation>%1 Немає в RMA</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 з %3</translation>
    </message>
    <message>
        <source>This item was not expected in this parcel; it goes to a supervisor.</source>
        <translation>Цього товару не очікували в цій посилці; він піде до керівника.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Expected serial numbers</source>
        <translation>Очікувані серійні номери</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Прийнято</translation>
    </message>
</context>
<context>
    <name>dockside::ParcelPage</name>
    <message>
        <source>Items of the parcel</source>
        <translation>Товари посилки</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Barcode unreadable? Type the code, then Enter</source>
        <translation>Штрихкод не читається? Введіть код і натисніть Enter</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>New parcel (F2)</source>
        <translation>Нова посилка (F2)</translation>
    </message>
    <message>
        <source>Totes (F4)</source>
        <translation>Контейнери (F4)</translation>
    </message>
    <message>
        <source>Scan the parcel label (carrier label or RMA code).</source>
        <translation>Скануйте етикетку посилки (етикетку перевізника або код RMA).</translation>
    </message>
    <message>
        <source>Scan the next item, or the label of a new parcel.</source>
        <translation>Скануйте наступний товар або етикетку нової посилки.</translation>
    </message>
    <message>
        <source>Parcel %1 · %2 · customer says: %3</source>
        <translation>Посилка %1 · %2 · клієнт каже: %3</translation>
    </message>
    <message>
        <source>Parcel %1 · no RMA found</source>
        <translation>Посилка %1 · RMA не знайдено</translation>
    </message>
    <message>
        <source>Authorized return. %1</source>
        <translation>Дозволене повернення. %1</translation>
    </message>
    <message>
        <source>Put item %1 in tote %2 (%3).</source>
        <translation>Покладіть товар %1 у контейнер %2 (%3).</translation>
    </message>
    <message>
        <source>Put item %1 in tote %2 for supervisor review.</source>
        <translation>Покладіть товар %1 у контейнер %2 для перевірки керівником.</translation>
    </message>
    <message>
        <source>Printing the label…</source>
        <translation>Друк етикетки…</translation>
    </message>
    <message>
        <source>Expected items with their serials and how many were received.</source>
        <translation>Очікувані товари з їхніми серійними номерами і скільки прийнято.</translation>
    </message>
    <message>
        <source>Type a parcel, item, badge or tote code when the scanner cannot read it, then press Enter.</source>
        <translation>Введіть код посилки, товару, бейджа або контейнера, якщо сканер не може його прочитати, потім натисніть Enter.</translation>
    </message>
    <message>
        <source>Shows or hides the camera scanner.</source>
        <translation>Показує або ховає сканер камери.</translation>
    </message>
    <message>
        <source>New parcel</source>
        <translation>Нова посилка</translation>
    </message>
    <message>
        <source>Finishes this parcel and waits for the next label (F2).</source>
        <translation>Завершує цю посилку і чекає на наступну етикетку (F2).</translation>
    </message>
    <message>
        <source>Totes</source>
        <translation>Контейнери</translation>
    </message>
    <message>
        <source>Open totes, their contents and closing them (F4).</source>
        <translation>Відкриті контейнери, їхній вміст і закриття (F4).</translation>
    </message>
    <message>
        <source>Tote for the last item</source>
        <translation>Контейнер для останнього товару</translation>
    </message>
</context>
<context>
    <name>dockside::PhotoCaptureDialog</name>
    <message>
        <source>Take a photo of the item</source>
        <translation>Сфотографувати товар</translation>
    </message>
    <message>
        <source>Waiting for the camera...</source>
        <translation>Очікування камери...</translation>
    </message>
    <message>
        <source>Take photo (Space)</source>
        <translation>Зробити фото (Пробіл)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <source>No camera found.
Close this and use "Add photo" (F7) to pick a file.</source>
        <translation>Камеру не знайдено.
Закрийте це і скористайтеся «Додати фото» (F7), щоб вибрати файл.</translation>
    </message>
    <message>
        <source>Camera error: %1</source>
        <translation>Помилка камери: %1</translation>
    </message>
    <message>
        <source>Aim at the damage, then press Space.</source>
        <translation>Наведіть на пошкодження і натисніть Пробіл.</translation>
    </message>
    <message>
        <source>No picture from the camera yet. Wait a moment.</source>
        <translation>Зображення з камери ще немає. Зачекайте мить.</translation>
    </message>
    <message>
        <source>This camera's picture format cannot be saved. Use "Add photo" (F7).</source>
        <translation>Формат зображення цієї камери неможливо зберегти. Скористайтеся «Додати фото» (F7).</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>Не вдається створити папку фото %1.</translation>
    </message>
    <message>
        <source>The photo could not be saved: %1. Is the disk full?</source>
        <translation>Фото не вдалося зберегти: %1. Диск заповнено?</translation>
    </message>
</context>
<context>
    <name>dockside::QueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n год</numerusform>
            <numerusform>%n год</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 overdue</source>
        <translation>%1 %2 прострочено</translation>
    </message>
    <message>
        <source>%1 %2 due soon</source>
        <translation>%1 %2 незабаром строк</translation>
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
            <numerusform>У черзі з %1; SLA становить %n годину.</numerusform>
            <numerusform>У черзі з %1; SLA становить %n години.</numerusform>
            <numerusform>У черзі з %1; SLA становить %n годин.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fraud flags: %1</source>
        <translation>Ознаки шахрайства: %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>LPN</source>
        <translation>LPN</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Suggested → chosen</source>
        <translation>Пропозиція → вибір</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>dockside::RegradePage</name>
    <message>
        <source>Second grades</source>
        <translation>Повторні оцінки</translation>
    </message>
    <message>
        <source>Back to the dock (F11)</source>
        <translation>Назад до рампи (F11)</translation>
    </message>
    <message>
        <source>Grade each item as you find it. The first grade is hidden on purpose.</source>
        <translation>Оцінюйте кожен товар таким, яким його бачите. Першу оцінку навмисно приховано.</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Клас %1</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Нотатки (необов'язково)</translation>
    </message>
    <message>
        <source>Record grade</source>
        <translation>Зберегти оцінку</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 — supervisor's note: %2</source>
        <translation>%1 — примітка керівника: %2</translation>
    </message>
    <message>
        <source>%1: choose its grade.</source>
        <translation>%1: виберіть клас.</translation>
    </message>
    <message>
        <source>%1 is not waiting for a second grade from you.</source>
        <translation>%1 не чекає на вашу повторну оцінку.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Спершу виберіть товар.</translation>
    </message>
    <message>
        <source>Choose a grade first.</source>
        <translation>Спершу виберіть клас.</translation>
    </message>
    <message>
        <source>Second grade %1 recorded for %2.</source>
        <translation>Повторну оцінку %1 для %2 збережено.</translation>
    </message>
</context>
<context>
    <name>dockside::SupervisorPage</name>
    <message>
        <source>Back to the dock (F12)</source>
        <translation>Назад до рампи (F12)</translation>
    </message>
    <message>
        <source>Inspection queue</source>
        <translation>Черга перевірки</translation>
    </message>
    <message>
        <source>Item history</source>
        <translation>Історія товару</translation>
    </message>
    <message>
        <source>Users and settings</source>
        <translation>Користувачі й налаштування</translation>
    </message>
</context>
<context>
    <name>dockside::SyncController</name>
    <message>
        <source>Contacting head office…</source>
        <translation>З'єднання з головним офісом…</translation>
    </message>
    <message>
        <source>Sending photos (%1 of %2)…</source>
        <translation>Надсилання фото (%1 з %2)…</translation>
    </message>
    <message>
        <source>Sending events: %1 of %2…</source>
        <translation>Надсилання подій: %1 з %2…</translation>
    </message>
    <message>
        <source>Sending events…</source>
        <translation>Надсилання подій…</translation>
    </message>
    <message>
        <source>Receiving return authorizations (%1 so far)…</source>
        <translation>Отримання дозволів на повернення (поки %1)…</translation>
    </message>
    <message>
        <source>Receiving products (%1 so far)…</source>
        <translation>Отримання товарів (поки %1)…</translation>
    </message>
    <message>
        <source>Receiving the policy…</source>
        <translation>Отримання політики…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
</context>
<context>
    <name>dockside::SyncPanel</name>
    <message>
        <source>⟳ Sync (F9)</source>
        <translation>⟳ Синхронізувати (F9)</translation>
    </message>
    <message>
        <source>Send this station's events to head office and fetch RMAs, products and the policy. The dock keeps working meanwhile.</source>
        <translation>Надіслати події цього поста до головного офісу й отримати RMA, товари і політику. Рампа тим часом працює далі.</translation>
    </message>
    <message>
        <source>Sync not set up (hq_url, hq_token)</source>
        <translation>Синхронізацію не налаштовано (hq_url, hq_token)</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>наступна %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Синхронізація невдала: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1 (%2)</source>
        <translation>Синхронізація невдала: %1 (%2)</translation>
    </message>
    <message>
        <source>Synced %1, but: %2</source>
        <translation>Синхронізовано %1, але: %2</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ще не синхронізовано</translation>
    </message>
    <message>
        <source>Never synced; %1</source>
        <translation>Ще не синхронізовано; %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхронізовано %1</translation>
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
        <translation>%1 у головному офісі</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>очікує</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 відхилено: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Item / parcel</source>
        <translation>Товар / посилка</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Reached HQ</source>
        <translation>Дійшло до головного офісу</translation>
    </message>
</context>
<context>
    <name>dockside::TotesModel</name>
    <message>
        <source>Supervisor review</source>
        <translation>Перевірка керівником</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товари</numerusform>
            <numerusform>%n товарів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 кг</translation>
    </message>
    <message>
        <source>Tote</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товари</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
</context>
<context>
    <name>dockside::TotesPage</name>
    <message>
        <source>Open totes</source>
        <translation>Відкриті контейнери</translation>
    </message>
    <message>
        <source>Back to receiving (Esc)</source>
        <translation>Назад до приймання (Esc)</translation>
    </message>
    <message>
        <source>Close tote and print manifest</source>
        <translation>Закрити контейнер і друкувати маніфест</translation>
    </message>
    <message>
        <source>Station %1 · %2</source>
        <translation>Пост %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for a supervisor.</source>
        <translation>
            <numerusform>%n товар чекає на керівника.</numerusform>
            <numerusform>%n товари чекають на керівника.</numerusform>
            <numerusform>%n товарів чекають на керівника.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not yet sent to head office.</source>
        <translation>
            <numerusform>%n подію ще не надіслано до головного офісу.</numerusform>
            <numerusform>%n події ще не надіслано до головного офісу.</numerusform>
            <numerusform>%n подій ще не надіслано до головного офісу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Touch a tote in the list first.</source>
        <translation>Спершу торкніться контейнера в списку.</translation>
    </message>
    <message>
        <source>Close tote</source>
        <translation>Закрити контейнер</translation>
    </message>
    <message numerus="yes">
        <source>Close tote %1 (%2, %n item(s)) and print its manifest?</source>
        <translation>
            <numerusform>Закрити контейнер %1 (%2, %n товар) і надрукувати маніфест?</numerusform>
            <numerusform>Закрити контейнер %1 (%2, %n товари) і надрукувати маніфест?</numerusform>
            <numerusform>Закрити контейнер %1 (%2, %n товарів) і надрукувати маніфест?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Which partner collects tote %1?</source>
        <translation>Який партнер забирає контейнер %1?</translation>
    </message>
    <message>
        <source>The partner's certificate or reference for tote %1:</source>
        <translation>Сертифікат або номер партнера для контейнера %1:</translation>
    </message>
    <message>
        <source>One row per open tote: disposition, items and weight. Select one with the arrow keys.</source>
        <translation>Один рядок на відкритий контейнер: призначення, товари й вага. Вибирайте стрілками.</translation>
    </message>
    <message>
        <source>Back to receiving</source>
        <translation>Назад до приймання</translation>
    </message>
    <message>
        <source>Closes the selected tote and writes its manifest PDF.</source>
        <translation>Закриває вибраний контейнер і записує його маніфест у PDF.</translation>
    </message>
    <message>
        <source>Station summary</source>
        <translation>Огляд поста</translation>
    </message>
</context>
<context>
    <name>dockside::UsersModel</name>
    <message>
        <source>%1 disabled</source>
        <translation>%1 вимкнено</translation>
    </message>
    <message>
        <source>%1 locked out (wrong PINs)</source>
        <translation>%1 заблоковано (неправильні PIN)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
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
        <translation>Еталонний сервер головного офісу для постів Dockside (hq-api.md, версія 1).
  dockside-hq --db ФАЙЛ [--listen АДРЕСА] [--port N] --token ПОСТ=ТОКЕН...
  dockside-hq --db ФАЙЛ import rmas|catalog ФАЙЛ.json|ФАЙЛ.csv
Стовпці CSV (потрібен рядок заголовка, списки через ';'):
  catalog: sku,gtins,description,category,unit_value,currency,weight_g,hazmat,data_bearing,returnable,updated_at
  rmas (один рядок на позицію): rma,status,order,customer_ref,reason_code,created_at,expires_at,tracking,line,sku,gtin,qty,serials,unit_value,currency,updated_at</translation>
    </message>
    <message>
        <source>The server's database file.</source>
        <translation>Файл бази даних сервера.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Адреса для прослуховування.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>АДРЕСА</translation>
    </message>
    <message>
        <source>Port (0: any free port).</source>
        <translation>Порт (0: будь-який вільний порт).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A station and its token.</source>
        <translation>Пост і його токен.</translation>
    </message>
    <message>
        <source>STATION=TOKEN</source>
        <translation>ПОСТ=ТОКЕН</translation>
    </message>
    <message>
        <source>A file of STATION=TOKEN lines ('#' starts a comment).</source>
        <translation>Файл із рядками ПОСТ=ТОКЕН ('#' починає коментар).</translation>
    </message>
    <message>
        <source>The policy JSON served at /policy (default: the built-in).</source>
        <translation>JSON політики, що віддається за /policy (типово: вбудована).</translation>
    </message>
    <message>
        <source>import rmas|catalog FILE</source>
        <translation>import rmas|catalog ФАЙЛ</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>Потрібен --db ФАЙЛ.</translation>
    </message>
    <message>
        <source>Usage: dockside-hq --db FILE import rmas|catalog FILE</source>
        <translation>Використання: dockside-hq --db ФАЙЛ import rmas|catalog ФАЙЛ</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>імпортовано %1</translation>
    </message>
    <message>
        <source>--token needs STATION=TOKEN, not "%1".</source>
        <translation>--token потребує ПОСТ=ТОКЕН, а не «%1».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: expected STATION=TOKEN.</source>
        <translation>%1:%2: очікувалося ПОСТ=ТОКЕН.</translation>
    </message>
    <message>
        <source>No station may connect: give --token STATION=TOKEN or --tokens FILE.</source>
        <translation>Жоден пост не може під'єднатися: вкажіть --token ПОСТ=ТОКЕН або --tokens ФАЙЛ.</translation>
    </message>
    <message>
        <source>--listen needs an IP address and --port a number from 0 to 65535.</source>
        <translation>--listen потребує IP-адреси, а --port — числа від 0 до 65535.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Не вдається прослуховувати %1:%2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dockside returns dock station.</source>
        <translation>Пост приймання повернень Dockside.</translation>
    </message>
    <message>
        <source>The station database (default: $DOCKSIDE_DB, else %1).</source>
        <translation>База даних поста (типово: $DOCKSIDE_DB, інакше %1).</translation>
    </message>
    <message>
        <source>Open the demo station (made on first use in %1) with a local demo head office, already synced.</source>
        <translation>Відкрити демонстраційний пост (створюється під час першого запуску в %1) з локальним демонстраційним головним офісом, уже синхронізований.</translation>
    </message>
    <message>
        <source>Items in a new demo station (default 2000).</source>
        <translation>Товари в новому демонстраційному пості (типово 2000).</translation>
    </message>
    <message>
        <source>Language of the screens before anyone logs in: en, de, es, pl or uk.</source>
        <translation>Мова екранів, доки ніхто не ввійшов: en, de, es, pl або uk.</translation>
    </message>
    <message>
        <source>Dockside</source>
        <translation>Dockside</translation>
    </message>
    <message>
        <source>Dockside does not speak "%1". Use en, de, es, pl or uk.</source>
        <translation>Dockside не розмовляє мовою «%1». Використайте en, de, es, pl або uk.</translation>
    </message>
    <message>
        <source>--demo-items needs a number.</source>
        <translation>--demo-items потребує числа.</translation>
    </message>
    <message>
        <source>Preparing the demo station…</source>
        <translation>Підготовка демонстраційного поста…</translation>
    </message>
    <message>
        <source>Dockside demo</source>
        <translation>Демо Dockside</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Не вдається створити папку для %1.</translation>
    </message>
</context>
</TS>
