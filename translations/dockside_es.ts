<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Authorization</name>
    <message>
        <source>Receive it and put it in the quarantine tote; a supervisor will decide what happens to it.</source>
        <translation>Recíbelo y ponlo en la caja de cuarentena; un supervisor decidirá qué hacer con él.</translation>
    </message>
    <message>
        <source>No return authorization matches this parcel.</source>
        <translation>Ninguna autorización de devolución coincide con este paquete.</translation>
    </message>
    <message>
        <source>Receive it as a blind receipt and put it in the quarantine tote; a supervisor will match it to a return.</source>
        <translation>Recíbelo como recepción ciega y ponlo en la caja de cuarentena; un supervisor lo asignará a una devolución.</translation>
    </message>
    <message>
        <source>Return %1 was cancelled.</source>
        <translation>La devolución %1 fue cancelada.</translation>
    </message>
    <message>
        <source>Return %1 is already closed.</source>
        <translation>La devolución %1 ya está cerrada.</translation>
    </message>
    <message>
        <source>Return %1 arrived after its return window closed on %2.</source>
        <translation>La devolución %1 llegó después de que su plazo de devolución terminara el %2.</translation>
    </message>
    <message>
        <source>Return %1: scan each item.</source>
        <translation>Devolución %1: escanea cada artículo.</translation>
    </message>
    <message>
        <source>Scan the first item.</source>
        <translation>Escanea el primer artículo.</translation>
    </message>
    <message>
        <source>The item could not be identified: no barcode or serial number was scanned.</source>
        <translation>No se pudo identificar el artículo: no se escaneó ningún código de barras ni número de serie.</translation>
    </message>
    <message>
        <source>Scan the item's barcode or serial number; if it has none, receive it as a blind receipt and put it in the quarantine tote.</source>
        <translation>Escanea el código de barras o el número de serie del artículo; si no tiene, recíbelo como recepción ciega y ponlo en la caja de cuarentena.</translation>
    </message>
    <message>
        <source>The item %1 is not in the catalog and not on return %2.</source>
        <translation>El artículo %1 no está en el catálogo ni en la devolución %2.</translation>
    </message>
    <message>
        <source>Receive it as a blind receipt and put it in the quarantine tote; a supervisor will identify it.</source>
        <translation>Recíbelo como recepción ciega y ponlo en la caja de cuarentena; un supervisor lo identificará.</translation>
    </message>
    <message>
        <source>This item (%1, %2) is not on return %3.</source>
        <translation>Este artículo (%1, %2) no está en la devolución %3.</translation>
    </message>
    <message>
        <source>Receive it, photograph it and put it in the quarantine tote.</source>
        <translation>Recíbelo, fotografíalo y ponlo en la caja de cuarentena.</translation>
    </message>
    <message numerus="yes">
        <source>Return %1 line %2 allows %n item(s), and all of them have already been received.</source>
        <translation>
            <numerusform>La devolución %1, línea %2, permite %n artículo, y ya se ha recibido.</numerusform>
            <numerusform>La devolución %1, línea %2, permite %n artículos, y ya se han recibido todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return %1 line %2 expects a specific unit, but no serial number was scanned.</source>
        <translation>La devolución %1, línea %2, espera una unidad concreta, pero no se escaneó ningún número de serie.</translation>
    </message>
    <message>
        <source>Scan the serial number on the item; if it has none, receive it and put it in the quarantine tote.</source>
        <translation>Escanea el número de serie del artículo; si no tiene, recíbelo y ponlo en la caja de cuarentena.</translation>
    </message>
    <message>
        <source>Serial number %1 is not the one expected on return %2 line %3 (%4).</source>
        <translation>El número de serie %1 no es el esperado en la devolución %2, línea %3 (%4).</translation>
    </message>
    <message>
        <source>Receive it, photograph the serial number label and put it in the quarantine tote.</source>
        <translation>Recíbelo, fotografía la etiqueta del número de serie y ponlo en la caja de cuarentena.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be returned.</source>
        <translation>%1 (%2) no se puede devolver.</translation>
    </message>
    <message>
        <source>Authorized: return %1, line %2.</source>
        <translation>Autorizado: devolución %1, línea %2.</translation>
    </message>
    <message>
        <source>Grade the item.</source>
        <translation>Clasifica el artículo.</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Unknown parcel</source>
        <translation>Paquete desconocido</translation>
    </message>
    <message>
        <source>Return cancelled</source>
        <translation>Devolución cancelada</translation>
    </message>
    <message>
        <source>Return closed</source>
        <translation>Devolución cerrada</translation>
    </message>
    <message>
        <source>Return window expired</source>
        <translation>Plazo de devolución vencido</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <source>More items than authorized</source>
        <translation>Más artículos de los autorizados</translation>
    </message>
    <message>
        <source>Serial number mismatch</source>
        <translation>Número de serie no coincide</translation>
    </message>
    <message>
        <source>Not returnable</source>
        <translation>No admite devolución</translation>
    </message>
    <message>
        <source>Product not in the catalog</source>
        <translation>Producto fuera del catálogo</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup copy failed its check (%1), so the station database itself may be damaged: run "dockside-cli check". The previous backups are kept.</source>
        <translation>La copia de seguridad no superó su comprobación (%1), así que la propia base de datos del puesto puede estar dañada: ejecuta «dockside-cli check». Las copias anteriores se conservan.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 (disk full or not writable?).</source>
        <translation>No se puede escribir la copia %1 (¿disco lleno o sin permiso de escritura?).</translation>
    </message>
    <message>
        <source>The station database %1 is damaged (%2). Restore the newest backup: "dockside-cli restore FILE"; backups are in %3.</source>
        <translation>La base de datos del puesto %1 está dañada (%2). Restaura la copia más reciente: «dockside-cli restore ARCHIVO»; las copias están en %3.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>Una copia no puede sustituir a la propia base de datos.</translation>
    </message>
    <message>
        <source>%1 is not a Dockside station database backup.</source>
        <translation>%1 no es una copia de una base de datos de puesto de Dockside.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; choose an older one.</source>
        <translation>La copia %1 está dañada; elige una anterior.</translation>
    </message>
    <message>
        <source>%1 is a backup of station %2, but this is station %3. Nothing was changed.</source>
        <translation>%1 es una copia del puesto %2, pero este es el puesto %3. No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the damaged database in %1.</source>
        <translation>No se puede guardar una copia de la base de datos dañada en %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No se puede sustituir %1.</translation>
    </message>
</context>
<context>
    <name>BarcodeDecoder</name>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is not an image Dockside can read (PNG, JPEG or BMP).</source>
        <translation>%1 no es una imagen que Dockside pueda leer (PNG, JPEG o BMP).</translation>
    </message>
    <message>
        <source>%1 is too large to decode (%2 x %3 pixels).</source>
        <translation>%1 es demasiado grande para decodificarla (%2 × %3 píxeles).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The %1 has a missing or invalid field "%2".</source>
        <translation>En el registro «%1» falta el campo «%2» o no es válido.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The station database cannot be written (read-only file or folder). Nothing was saved.</source>
        <translation>No se puede escribir en la base de datos del puesto (archivo o carpeta de solo lectura). No se guardó nada.</translation>
    </message>
    <message>
        <source>The station database is busy in another program. Try again in a moment.</source>
        <translation>Otro programa está usando la base de datos del puesto. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>This file is not a Dockside station database.</source>
        <translation>Este archivo no es una base de datos de puesto de Dockside.</translation>
    </message>
    <message>
        <source>The station database reported an error: %1</source>
        <translation>La base de datos del puesto informó de un error: %1</translation>
    </message>
    <message>
        <source>Cannot open the station database %1: %2</source>
        <translation>No se puede abrir la base de datos del puesto %1: %2</translation>
    </message>
    <message>
        <source>The station database %1 is read-only; Dockside needs to write to it.</source>
        <translation>La base de datos del puesto %1 es de solo lectura; Dockside necesita escribir en ella.</translation>
    </message>
    <message>
        <source>The disk is full (it refused to write). Nothing was saved; free some space and try again.</source>
        <translation>El disco está lleno (rechazó la escritura). No se guardó nada; libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The station database is damaged. Restore the newest backup with "dockside-cli restore FILE" (backups are in the folder &lt;database name&gt;-backups beside it).</source>
        <translation>La base de datos del puesto está dañada. Restaura la copia más reciente con «dockside-cli restore ARCHIVO» (las copias están en la carpeta &lt;nombre de la base&gt;-backups, a su lado).</translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved; check the disk and try again.</source>
        <translation>El disco informó de un error (%1). No se guardó nada; revisa el disco y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Cannot write demo photos to %1.</source>
        <translation>No se pueden guardar las fotos de demostración en %1.</translation>
    </message>
    <message>
        <source>This station already has received items; demo data only goes into a new station database.</source>
        <translation>Este puesto ya tiene artículos recibidos; los datos de demostración solo van en una base de datos nueva.</translation>
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
        <translation>regla de la política %1: %2</translation>
    </message>
    <message>
        <source>no policy rule allows it for this item</source>
        <translation>ninguna regla de la política lo permite para este artículo</translation>
    </message>
    <message>
        <source>the battery failed its check: the item stays in the hazmat quarantine until a supervisor releases it for recycling</source>
        <translation>la batería no superó su control: el artículo queda en cuarentena de mercancías peligrosas hasta que un supervisor lo libere para reciclaje</translation>
    </message>
    <message>
        <source>it holds data and the data wipe is not confirmed</source>
        <translation>contiene datos y el borrado de datos no está confirmado</translation>
    </message>
    <message>
        <source>Suggested: %1, because the battery failed its check; keep it in the hazmat cage.</source>
        <translation>Sugerencia: %1, porque la batería no superó su control; guárdalo en la jaula de mercancías peligrosas.</translation>
    </message>
    <message>
        <source>Suggested: %1, because the item was received with the exception "%2"; hold it until a supervisor decides.</source>
        <translation>Sugerencia: %1, porque el artículo se recibió con la excepción «%2»; retenlo hasta que decida un supervisor.</translation>
    </message>
    <message>
        <source>Suggested: %1, because of the fraud flags %2; keep the item as evidence until a supervisor decides.</source>
        <translation>Sugerencia: %1, por los indicios de fraude %2; guarda el artículo como prueba hasta que decida un supervisor.</translation>
    </message>
    <message>
        <source>Suggested: %1, tied with %2 on the highest net recovery (%3) and first in the preference order.</source>
        <translation>Sugerencia: %1, empatado con %2 en la mayor recuperación neta (%3) y primero en el orden de preferencia.</translation>
    </message>
    <message>
        <source>Suggested: %1, the highest net recovery among the allowed options (%2).</source>
        <translation>Sugerencia: %1, la mayor recuperación neta entre las opciones permitidas (%2).</translation>
    </message>
    <message>
        <source>%1: %2 × %3 − %4 = %5</source>
        <translation>%1: %2 × %3 − %4 = %5</translation>
    </message>
    <message>
        <source>%1: not allowed, %2</source>
        <translation>%1: no permitido, %2</translation>
    </message>
    <message>
        <source>The unit value is unknown: it was counted as 0.</source>
        <translation>El valor unitario es desconocido: se contó como 0.</translation>
    </message>
    <message>
        <source>The unit value is in %1 but the policy counts in %2: it was counted as 0 and a supervisor must approve.</source>
        <translation>El valor unitario está en %1 pero la política cuenta en %2: se contó como 0 y un supervisor debe aprobarlo.</translation>
    </message>
    <message>
        <source>The unit value %1 is above the approval threshold %2: a supervisor must approve.</source>
        <translation>El valor unitario %1 supera el umbral de aprobación %2: un supervisor debe aprobarlo.</translation>
    </message>
    <message>
        <source>%1 is not allowed for this item: %2.</source>
        <translation>%1 no está permitido para este artículo: %2.</translation>
    </message>
    <message>
        <source>Say why you chose %1 instead of the suggested %2.</source>
        <translation>Indica por qué elegiste %1 en lugar del sugerido %2.</translation>
    </message>
    <message>
        <source>Refund held for a supervisor: the item was received with the exception "%1".</source>
        <translation>Reembolso retenido para un supervisor: el artículo se recibió con la excepción «%1».</translation>
    </message>
    <message>
        <source>Full refund: %1</source>
        <translation>Reembolso completo: %1</translation>
    </message>
    <message>
        <source>Partial refund less a restocking fee of %1 (%2 for grade %3): %4</source>
        <translation>Reembolso parcial menos una tarifa de reposición de %1 (%2 para el grado %3): %4</translation>
    </message>
    <message>
        <source>No refund: %1</source>
        <translation>Sin reembolso: %1</translation>
    </message>
    <message>
        <source>No refund rule of the policy fits this item: a supervisor decides.</source>
        <translation>Ninguna regla de reembolso de la política se aplica a este artículo: decide un supervisor.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot write the export (disk full?): %1</source>
        <translation>No se puede escribir la exportación (¿disco lleno?): %1</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>(general)</source>
        <translation>(general)</translation>
    </message>
    <message>
        <source>The checklist for %1 has no item named %2.</source>
        <translation>La lista de control de %1 no tiene ningún punto llamado %2.</translation>
    </message>
    <message>
        <source>Answer every check before grading; still open: %1.</source>
        <translation>Responde todos los controles antes de clasificar; aún abiertos: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Grade A: all %n check(s) passed.</source>
        <translation>
            <numerusform>Grado A: se superó %n control.</numerusform>
            <numerusform>Grado A: se superaron los %n controles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade %1 because of: %2.</source>
        <translation>Grado %1 por: %2.</translation>
    </message>
    <message>
        <source>Grade %1 because of: %2 (also failed: %3).</source>
        <translation>Grado %1 por: %2 (también falló: %3).</translation>
    </message>
</context>
<context>
    <name>Gs1</name>
    <message>
        <source>The GS1 barcode contains an unknown application identifier (%1).</source>
        <translation>El código GS1 contiene un identificador de aplicación desconocido (%1).</translation>
    </message>
    <message>
        <source>The GS1 barcode ends inside AI (%1), which needs %2 characters.</source>
        <translation>El código GS1 termina dentro del AI (%1), que necesita %2 caracteres.</translation>
    </message>
    <message>
        <source>AI (%1) is longer than %2 characters; a separator may be missing.</source>
        <translation>El AI (%1) supera los %2 caracteres; puede faltar un separador.</translation>
    </message>
    <message>
        <source>AI (%1) needs at least %2 characters.</source>
        <translation>El AI (%1) necesita al menos %2 caracteres.</translation>
    </message>
    <message>
        <source>AI (%1) contains a character that is not allowed.</source>
        <translation>El AI (%1) contiene un carácter no permitido.</translation>
    </message>
    <message>
        <source>The check digit of AI (%1) is wrong.</source>
        <translation>El dígito de control del AI (%1) es incorrecto.</translation>
    </message>
    <message>
        <source>AI (%1) must hold one to five 3-digit country codes.</source>
        <translation>El AI (%1) debe contener de uno a cinco códigos de país de 3 dígitos.</translation>
    </message>
    <message>
        <source>AI (%1) does not hold a valid date.</source>
        <translation>El AI (%1) no contiene una fecha válida.</translation>
    </message>
    <message>
        <source>The GS1 barcode is not in a recognised form.</source>
        <translation>El código GS1 no tiene un formato reconocido.</translation>
    </message>
    <message>
        <source>The GS1 barcode is empty.</source>
        <translation>El código GS1 está vacío.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>grade %1</source>
        <translation>grado %1</translation>
    </message>
    <message>
        <source>%1 (as suggested)</source>
        <translation>%1 (según la sugerencia)</translation>
    </message>
    <message>
        <source>%1 instead of %2: %3</source>
        <translation>%1 en lugar de %2: %3</translation>
    </message>
    <message>
        <source>queued: %1</source>
        <translation>en cola: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>to tote %1</source>
        <translation>a la caja %1</translation>
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
        <translation>segunda clasificación pedida (%1)</translation>
    </message>
    <message>
        <source>tote closed</source>
        <translation>caja cerrada</translation>
    </message>
    <message>
        <source>Scan or type an LPN, tracking number, RMA or serial.</source>
        <translation>Escanea o escribe un LPN, número de seguimiento, RMA o número de serie.</translation>
    </message>
    <message>
        <source>No item, parcel or RMA %1 at this station.</source>
        <translation>No hay ningún artículo, paquete ni RMA %1 en este puesto.</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>Paquete recibido</translation>
    </message>
    <message>
        <source>Item received</source>
        <translation>Artículo recibido</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Clasificado</translation>
    </message>
    <message>
        <source>Disposition set</source>
        <translation>Destino fijado</translation>
    </message>
    <message>
        <source>Refund decided</source>
        <translation>Reembolso decidido</translation>
    </message>
    <message>
        <source>Sent to a supervisor</source>
        <translation>Enviado a un supervisor</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Put in a tote</source>
        <translation>Puesto en una caja</translation>
    </message>
    <message>
        <source>Tote closed</source>
        <translation>Caja cerrada</translation>
    </message>
    <message>
        <source>Exception raised</source>
        <translation>Excepción registrada</translation>
    </message>
    <message>
        <source>Exception settled</source>
        <translation>Excepción resuelta</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuario añadido</translation>
    </message>
    <message>
        <source>Badge locked out</source>
        <translation>Credencial bloqueada</translation>
    </message>
    <message>
        <source>Second grade requested</source>
        <translation>Segunda clasificación solicitada</translation>
    </message>
    <message>
        <source>Second grade</source>
        <translation>Segunda clasificación</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Usuario modificado</translation>
    </message>
    <message>
        <source>Badge unlocked</source>
        <translation>Credencial desbloqueada</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN restablecido</translation>
    </message>
    <message>
        <source>Queued for HQ again</source>
        <translation>En cola de nuevo para la central</translation>
    </message>
    <message>
        <source>HQ's refusal accepted</source>
        <translation>Rechazo de la central aceptado</translation>
    </message>
    <message>
        <source>Station restored from a backup</source>
        <translation>Puesto restaurado desde una copia</translation>
    </message>
</context>
<context>
    <name>HqServer</name>
    <message>
        <source>No such resource.</source>
        <translation>Ese recurso no existe.</translation>
    </message>
    <message>
        <source>A valid station token is required.</source>
        <translation>Se necesita un token de puesto válido.</translation>
    </message>
    <message>
        <source>A batch may hold at most 4 MiB.</source>
        <translation>Un lote puede ocupar como máximo 4 MiB.</translation>
    </message>
    <message>
        <source>The body is not a batch: station_id, batch_id and events are required.</source>
        <translation>El contenido no es un lote: se necesitan station_id, batch_id y events.</translation>
    </message>
    <message>
        <source>A batch may hold at most 500 events.</source>
        <translation>Un lote puede contener como máximo 500 eventos.</translation>
    </message>
    <message>
        <source>The token belongs to station %1, not %2.</source>
        <translation>El token pertenece al puesto %1, no al %2.</translation>
    </message>
    <message>
        <source>Every event needs an id.</source>
        <translation>Cada evento necesita un id.</translation>
    </message>
    <message>
        <source>Blobs are named by their lowercase SHA-256.</source>
        <translation>Los blobs se nombran por su SHA-256 en minúsculas.</translation>
    </message>
    <message>
        <source>A photo may be at most 10 MiB.</source>
        <translation>Una foto puede ocupar como máximo 10 MiB.</translation>
    </message>
    <message>
        <source>The bytes do not hash to the blob's name.</source>
        <translation>El hash de los datos no coincide con el nombre del blob.</translation>
    </message>
    <message>
        <source>limit must be a positive number.</source>
        <translation>limit debe ser un número positivo.</translation>
    </message>
    <message>
        <source>The cursor has expired; start again.</source>
        <translation>El cursor ha caducado; empieza de nuevo.</translation>
    </message>
</context>
<context>
    <name>HqStore</name>
    <message>
        <source>%1 is not a dockside-hq database.</source>
        <translation>%1 no es una base de datos de dockside-hq.</translation>
    </message>
    <message>
        <source>HQ does not know the event type "%1".</source>
        <translation>La central no conoce el tipo de evento «%1».</translation>
    </message>
    <message>
        <source>The event lacks a seq, occurred_at, entity or data.</source>
        <translation>Al evento le falta seq, occurred_at, entity o data.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es JSON válido: %2</translation>
    </message>
</context>
<context>
    <name>InspectionQueue</name>
    <message>
        <source>The limit must be between 1 and 10000.</source>
        <translation>El límite debe estar entre 1 y 10000.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Un rechazo necesita un motivo.</translation>
    </message>
    <message>
        <source>Name at least one item (LPN).</source>
        <translation>Indica al menos un artículo (LPN).</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>No existe el artículo %1.</translation>
    </message>
    <message>
        <source>Item %1 is not waiting in the inspection queue.</source>
        <translation>El artículo %1 no está esperando en la cola de inspección.</translation>
    </message>
    <message>
        <source>The status must be open, approved or rejected.</source>
        <translation>El estado debe ser open, approved o rejected.</translation>
    </message>
    <message>
        <source>"%1" is not a queue cause. Use one of: %2.</source>
        <translation>«%1» no es un motivo de cola. Usa uno de estos: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a grade. Use A, B, C, D or X.</source>
        <translation>«%1» no es un grado. Usa A, B, C, D o X.</translation>
    </message>
    <message>
        <source>"%1" is not a disposition.</source>
        <translation>«%1» no es un destino.</translation>
    </message>
    <message>
        <source>The value range must not be negative, and its minimum not above its maximum.</source>
        <translation>El rango de valores no puede ser negativo ni su mínimo superar su máximo.</translation>
    </message>
    <message>
        <source>The age range must not be negative, and its minimum not above its maximum.</source>
        <translation>El rango de antigüedad no puede ser negativo ni su mínimo superar su máximo.</translation>
    </message>
    <message>
        <source>"%1" is not a sort key. Use one of: %2.</source>
        <translation>«%1» no es una clave de orden. Usa una de estas: %2.</translation>
    </message>
    <message>
        <source>Choose the RMA to link the item to.</source>
        <translation>Elige la RMA a la que vincular el artículo.</translation>
    </message>
    <message>
        <source>Denying a return needs a reason.</source>
        <translation>Denegar una devolución necesita un motivo.</translation>
    </message>
    <message>
        <source>Type an RMA code, a tracking number or a serial.</source>
        <translation>Escribe un código RMA, un número de seguimiento o un número de serie.</translation>
    </message>
    <message>
        <source>A preset needs a name of 1 to 40 characters.</source>
        <translation>Un filtro guardado necesita un nombre de 1 a 40 caracteres.</translation>
    </message>
    <message>
        <source>There is no preset "%1".</source>
        <translation>No existe el filtro guardado «%1».</translation>
    </message>
    <message>
        <source>Item %1 is not held for an exception.</source>
        <translation>El artículo %1 no está retenido por una excepción.</translation>
    </message>
    <message>
        <source>Item %1 is a blind receipt: link it to an RMA or mark it unmatched.</source>
        <translation>El artículo %1 es una recepción ciega: vincúlalo a una RMA o márcalo sin coincidencia.</translation>
    </message>
    <message>
        <source>Item %1 came with an RMA: accept or deny the return.</source>
        <translation>El artículo %1 llegó con una RMA: acepta o deniega la devolución.</translation>
    </message>
    <message>
        <source>There is no RMA %1.</source>
        <translation>No existe la RMA %1.</translation>
    </message>
    <message>
        <source>linked to the RMA</source>
        <translation>vinculado a la RMA</translation>
    </message>
    <message>
        <source>kept without an RMA</source>
        <translation>conservado sin RMA</translation>
    </message>
    <message>
        <source>accepted as received</source>
        <translation>aceptado tal como llegó</translation>
    </message>
    <message>
        <source>refund denied</source>
        <translation>reembolso denegado</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>%1: %2 (%3 in all)</source>
        <translation>%1: %2 (%3 en total)</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>Broken references</source>
        <translation>Referencias rotas</translation>
    </message>
    <message>
        <source>Parcels without a parcel.received event</source>
        <translation>Paquetes sin evento parcel.received</translation>
    </message>
    <message>
        <source>Items without an item.received event</source>
        <translation>Artículos sin evento item.received</translation>
    </message>
    <message>
        <source>Decided items without an item.disposition_set event</source>
        <translation>Artículos decididos sin evento item.disposition_set</translation>
    </message>
    <message>
        <source>Events of items that do not exist</source>
        <translation>Eventos de artículos que no existen</translation>
    </message>
    <message>
        <source>Events both delivered and dead-lettered</source>
        <translation>Eventos entregados y a la vez en la cola de no entregables</translation>
    </message>
    <message>
        <source>Events with damaged data</source>
        <translation>Eventos con datos dañados</translation>
    </message>
    <message>
        <source>Items in review that are not in the queue</source>
        <translation>Artículos en revisión que no están en la cola</translation>
    </message>
    <message>
        <source>Queue entries whose item is not in review</source>
        <translation>Entradas de la cola cuyo artículo no está en revisión</translation>
    </message>
    <message>
        <source>Queue entries whose copies of the item's fields are out of date</source>
        <translation>Entradas de la cola cuyas copias de los campos del artículo están desactualizadas</translation>
    </message>
    <message>
        <source>Items in closed totes that are not shipped</source>
        <translation>Artículos en cajas cerradas que no se han enviado</translation>
    </message>
    <message>
        <source>Decided items without a tote</source>
        <translation>Artículos decididos sin caja</translation>
    </message>
    <message>
        <source>LPN counter behind the items</source>
        <translation>El contador de LPN va por detrás de los artículos</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>There is no item %1.</source>
        <translation>No existe el artículo %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>No existe el artículo %1.</translation>
    </message>
    <message>
        <source>Tote %1</source>
        <translation>Caja %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>Manifest of tote %1</source>
        <translation>Manifiesto de la caja %1</translation>
    </message>
    <message>
        <source>Tote %1 — %2</source>
        <translation>Caja %1 — %2</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Puesto %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Cerrada %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 kg</source>
        <translation>
            <numerusform>%n artículo, %1 kg</numerusform>
            <numerusform>%n artículos, %1 kg</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner %1, certificate %2</source>
        <translation>Socio %1, certificado %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
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
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Total value %1 %2</source>
        <translation>Valor total %1 %2</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Invalid policy at %1: %2</source>
        <translation>Política no válida en %1: %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>la lista está vacía</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <source>%1 differs from the policy currency %2</source>
        <translation>%1 difiere de la moneda %2 de la política</translation>
    </message>
    <message>
        <source>%1 is not a non-negative decimal amount with at most 2 decimals</source>
        <translation>%1 no es un importe decimal no negativo con 2 decimales como máximo</translation>
    </message>
    <message>
        <source>unknown grade %1</source>
        <translation>grado desconocido %1</translation>
    </message>
    <message>
        <source>unknown disposition %1</source>
        <translation>destino desconocido %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>unsupported format %1 (this station reads format %2)</source>
        <translation>formato no admitido %1 (este puesto lee el formato %2)</translation>
    </message>
    <message>
        <source>longer than 100 characters</source>
        <translation>más de 100 caracteres</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 code such as "EUR"</source>
        <translation>%1 no es un código ISO 4217 como «EUR»</translation>
    </message>
    <message>
        <source>%1 is not a snake_case code</source>
        <translation>%1 no es un código snake_case</translation>
    </message>
    <message>
        <source>%1 is not a dotted lower-case category</source>
        <translation>%1 no es una categoría en minúsculas separada por puntos</translation>
    </message>
    <message>
        <source>a checklist for %1 is already defined</source>
        <translation>ya hay una lista de control definida para %1</translation>
    </message>
    <message>
        <source>%1 is not a snake_case key</source>
        <translation>%1 no es una clave snake_case</translation>
    </message>
    <message>
        <source>unknown special check %1 (expected "battery" or "data_wipe")</source>
        <translation>control especial desconocido %1 (se esperaba «battery» o «data_wipe»)</translation>
    </message>
    <message>
        <source>a fallback checklist with the category "" is required</source>
        <translation>se necesita una lista de control de reserva con la categoría ""</translation>
    </message>
    <message>
        <source>unknown field in a rule (this station cannot apply it)</source>
        <translation>campo desconocido en una regla (este puesto no puede aplicarla)</translation>
    </message>
    <message>
        <source>unknown reason code %1</source>
        <translation>código de motivo desconocido %1</translation>
    </message>
    <message>
        <source>unknown observed reason %1</source>
        <translation>motivo observado desconocido %1</translation>
    </message>
    <message>
        <source>unknown fraud flag %1</source>
        <translation>indicio de fraude desconocido %1</translation>
    </message>
    <message>
        <source>%1 is not a hazmat class such as "none" or "lithium_ion"</source>
        <translation>%1 no es una clase de mercancía peligrosa como «none» o «lithium_ion»</translation>
    </message>
    <message>
        <source>must be greater than min_value</source>
        <translation>debe ser mayor que min_value</translation>
    </message>
    <message>
        <source>a rule must allow or forbid at least one disposition</source>
        <translation>una regla debe permitir o prohibir al menos un destino</translation>
    </message>
    <message>
        <source>%1 is both allowed and forbidden</source>
        <translation>%1 está permitido y prohibido a la vez</translation>
    </message>
    <message>
        <source>quarantine is always allowed and cannot be forbidden</source>
        <translation>la cuarentena siempre está permitida y no se puede prohibir</translation>
    </message>
    <message>
        <source>unknown decision %1 (expected "full", "partial" or "deny")</source>
        <translation>decisión desconocida %1 (se esperaba «full», «partial» o «deny»)</translation>
    </message>
    <message>
        <source>Invalid policy JSON at line %1, column %2: %3</source>
        <translation>JSON de política no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Invalid policy: the document must be a JSON object.</source>
        <translation>Política no válida: el documento debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Invalid policy at line %1, %2: %3</source>
        <translation>Política no válida en la línea %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <source>This scan is not a parcel label. Scan the carrier label or the RMA code again.</source>
        <translation>Este escaneo no es una etiqueta de paquete. Vuelve a escanear la etiqueta del transportista o el código RMA.</translation>
    </message>
    <message>
        <source>%1 is a Dockside item label, not a parcel. Scan the carrier label or the RMA code.</source>
        <translation>%1 es una etiqueta de artículo de Dockside, no un paquete. Escanea la etiqueta del transportista o el código RMA.</translation>
    </message>
    <message>
        <source>This is a product, badge or tote code, not a parcel label. Scan the carrier label or the RMA code.</source>
        <translation>Es un código de producto, de credencial o de caja, no una etiqueta de paquete. Escanea la etiqueta del transportista o el código RMA.</translation>
    </message>
    <message>
        <source>The weight %1 g is not plausible.</source>
        <translation>El peso de %1 g no es plausible.</translation>
    </message>
    <message>
        <source>The tracking number %1 has a wrong check digit: it was probably misread. Scan it again.</source>
        <translation>El número de seguimiento %1 tiene un dígito de control erróneo: probablemente se leyó mal. Escanéalo de nuevo.</translation>
    </message>
    <message>
        <source>No RMA matches this label; received blind.</source>
        <translation>Ninguna RMA coincide con esta etiqueta; recibido a ciegas.</translation>
    </message>
    <message>
        <source>No return authorization found. Receive the items blind: they go to a supervisor.</source>
        <translation>No se encontró ninguna autorización de devolución. Recibe los artículos a ciegas: irán a un supervisor.</translation>
    </message>
    <message>
        <source>There is no parcel %1.</source>
        <translation>No existe el paquete %1.</translation>
    </message>
    <message>
        <source>Cannot read the photo %1.</source>
        <translation>No se puede leer la foto %1.</translation>
    </message>
    <message>
        <source>The photo %1 is larger than 10 MiB.</source>
        <translation>La foto %1 ocupa más de 10 MiB.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG photo.</source>
        <translation>%1 no es una foto JPEG ni PNG.</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read.</source>
        <translation>La foto %1 no se puede leer.</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>No se puede crear la carpeta de fotos %1.</translation>
    </message>
    <message>
        <source>Cannot save the photo (disk full?): %1</source>
        <translation>No se puede guardar la foto (¿disco lleno?): %1</translation>
    </message>
    <message>
        <source>The product code %1 has a wrong check digit. Scan it again.</source>
        <translation>El código de producto %1 tiene un dígito de control erróneo. Escanéalo de nuevo.</translation>
    </message>
    <message>
        <source>The product barcode could not be read correctly: %1</source>
        <translation>El código de barras del producto no se leyó bien: %1</translation>
    </message>
    <message>
        <source>%1 is already a Dockside item label: this item was received before.</source>
        <translation>%1 ya es una etiqueta de artículo de Dockside: este artículo se recibió antes.</translation>
    </message>
    <message>
        <source>This is not a product code. Scan the product's barcode or serial number.</source>
        <translation>No es un código de producto. Escanea el código de barras o el número de serie del producto.</translation>
    </message>
    <message>
        <source>This scan is not a product code or serial number. Scan it again.</source>
        <translation>Este escaneo no es un código de producto ni un número de serie. Escanéalo de nuevo.</translation>
    </message>
    <message>
        <source>Serial %1 was already received as %2. Check the item and ask a supervisor.</source>
        <translation>El número de serie %1 ya se recibió como %2. Revisa el artículo y consulta a un supervisor.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>No existe el artículo %1.</translation>
    </message>
    <message>
        <source>Item %1 is already decided; corrections go through a supervisor.</source>
        <translation>El artículo %1 ya está decidido; las correcciones pasan por un supervisor.</translation>
    </message>
    <message>
        <source>"%1" is not a known finding. Use one of: %2.</source>
        <translation>«%1» no es un hallazgo conocido. Usa uno de estos: %2.</translation>
    </message>
    <message>
        <source>Grade %1 chosen by the worker.</source>
        <translation>Grado %1 elegido por el operario.</translation>
    </message>
    <message>
        <source>Item %1 has no grade: answer the checklist or choose a grade.</source>
        <translation>El artículo %1 no tiene grado: responde la lista de control o elige un grado.</translation>
    </message>
    <message>
        <source>Damage was reported on %1: take at least one photo.</source>
        <translation>Se informó de daños en %1: toma al menos una foto.</translation>
    </message>
    <message>
        <source>Item %1 is already received; give its grade or checklist to inspect it.</source>
        <translation>El artículo %1 ya está recibido; indica su grado o la lista de control para inspeccionarlo.</translation>
    </message>
    <message>
        <source>Item %1 is not in parcel %2.</source>
        <translation>El artículo %1 no está en el paquete %2.</translation>
    </message>
</context>
<context>
    <name>Regrade</name>
    <message>
        <source>There is no item %1.</source>
        <translation>No existe el artículo %1.</translation>
    </message>
    <message>
        <source>Item %1 has not been graded yet.</source>
        <translation>El artículo %1 aún no está clasificado.</translation>
    </message>
    <message>
        <source>Item %1 is already waiting for a second grade.</source>
        <translation>El artículo %1 ya espera una segunda clasificación.</translation>
    </message>
    <message>
        <source>There is no active user with badge %1.</source>
        <translation>No hay ningún usuario activo con la credencial %1.</translation>
    </message>
    <message>
        <source>%1 graded this item; choose another worker.</source>
        <translation>%1 clasificó este artículo; elige otro operario.</translation>
    </message>
    <message>
        <source>Item %1 is not waiting for a second grade.</source>
        <translation>El artículo %1 no espera una segunda clasificación.</translation>
    </message>
    <message>
        <source>You graded %1 yourself; another worker must grade it again.</source>
        <translation>Tú clasificaste %1; otro operario debe clasificarlo de nuevo.</translation>
    </message>
    <message>
        <source>The second grade of %1 was asked of another worker.</source>
        <translation>La segunda clasificación de %1 se pidió a otro operario.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>No data for this period</source>
        <translation>No hay datos para este periodo</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Returns report %1</source>
        <translation>Informe de devoluciones %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Returns report — %1</source>
        <translation>Informe de devoluciones — %1</translation>
    </message>
    <message>
        <source>Items received %1 to %2 · printed %3</source>
        <translation>Artículos recibidos del %1 al %2 · impreso %3</translation>
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
        <translation>Artículos recibidos</translation>
    </message>
    <message>
        <source>Items decided</source>
        <translation>Artículos decididos</translation>
    </message>
    <message>
        <source>Estimated recovery</source>
        <translation>Recuperación estimada</translation>
    </message>
    <message>
        <source>Restocking fees</source>
        <translation>Tarifas de reposición</translation>
    </message>
    <message>
        <source>Dock to stock, median / 90th percentile</source>
        <translation>Del muelle al stock, mediana / percentil 90</translation>
    </message>
    <message>
        <source>Receipt to refund decision, median / 90th percentile</source>
        <translation>De la recepción a la decisión de reembolso, mediana / percentil 90</translation>
    </message>
    <message>
        <source>No fault found where the customer said defective</source>
        <translation>Sin fallo encontrado cuando el cliente dijo «defectuoso»</translation>
    </message>
    <message>
        <source>Kept out of landfill (by weight)</source>
        <translation>Evitado del vertedero (por peso)</translation>
    </message>
    <message>
        <source>Waiting in the inspection queue now</source>
        <translation>Esperando ahora en la cola de inspección</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>Resold</source>
        <translation>Revendido</translation>
    </message>
    <message>
        <source>Refurbished</source>
        <translation>Reacondicionado</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>Donado</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>Reciclado</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destruido</translation>
    </message>
    <message>
        <source>Returned to vendor</source>
        <translation>Devuelto al proveedor</translation>
    </message>
    <message>
        <source>Held (quarantine)</source>
        <translation>Retenido (cuarentena)</translation>
    </message>
    <message>
        <source>items</source>
        <translation>artículos</translation>
    </message>
    <message>
        <source>Received per day</source>
        <translation>Recibidos por día</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Grade mix</source>
        <translation>Reparto de grados</translation>
    </message>
    <message>
        <source>Disposition mix</source>
        <translation>Reparto de destinos</translation>
    </message>
    <message>
        <source>Estimated recovery by disposition (total %1 %2)</source>
        <translation>Recuperación estimada por destino (total %1 %2)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Top return reasons (as stated)</source>
        <translation>Principales motivos de devolución (declarados)</translation>
    </message>
    <message>
        <source>Top SKUs by returns</source>
        <translation>SKU con más devoluciones</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Top SKUs by defect rate (defect confirmed at the dock)</source>
        <translation>SKU con mayor tasa de defectos (defecto confirmado en el muelle)</translation>
    </message>
    <message>
        <source>Defect rate</source>
        <translation>Tasa de defectos</translation>
    </message>
    <message>
        <source>No-fault-found rate by SKU, stated defective (overall %1 %)</source>
        <translation>Tasa sin fallo encontrado por SKU, declarados defectuosos (total %1 %)</translation>
    </message>
    <message>
        <source>No-fault-found rate</source>
        <translation>Tasa sin fallo encontrado</translation>
    </message>
    <message>
        <source>Stated reason → what the dock found</source>
        <translation>Motivo declarado → lo que encontró el muelle</translation>
    </message>
    <message>
        <source>Dock-to-stock and receipt-to-refund-decision time</source>
        <translation>Tiempo del muelle al stock y de la recepción a la decisión de reembolso</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>Dock to stock</source>
        <translation>Del muelle al stock</translation>
    </message>
    <message>
        <source>Receipt to refund decision</source>
        <translation>De la recepción a la decisión de reembolso</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>Units per active hour, per worker</source>
        <translation>Unidades por hora activa, por operario</translation>
    </message>
    <message>
        <source>items per hour</source>
        <translation>artículos por hora</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>Unidades por hora</translation>
    </message>
    <message>
        <source>Grader consistency: reviewed decisions a supervisor changed</source>
        <translation>Coherencia de clasificación: decisiones revisadas que cambió un supervisor</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiadas</translation>
    </message>
    <message numerus="yes">
        <source>Inspection queue now: %n item(s) waiting, by age</source>
        <translation>
            <numerusform>Cola de inspección ahora: %n artículo en espera, por antigüedad</numerusform>
            <numerusform>Cola de inspección ahora: %n artículos en espera, por antigüedad</numerusform>
        </translation>
    </message>
    <message>
        <source>under 1 h</source>
        <translation>menos de 1 h</translation>
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
        <translation>1–3 días</translation>
    </message>
    <message>
        <source>over 3 days</source>
        <translation>más de 3 días</translation>
    </message>
    <message>
        <source>Sustainability ledger: %1 % kept out of landfill</source>
        <translation>Balance de sostenibilidad: %1 % evitado del vertedero</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
</context>
<context>
    <name>ScanClassifier</name>
    <message>
        <source>The RMA check character is wrong.</source>
        <translation>El carácter de control de la RMA es incorrecto.</translation>
    </message>
    <message>
        <source>The LPN check character is wrong.</source>
        <translation>El carácter de control del LPN es incorrecto.</translation>
    </message>
    <message>
        <source>The check digit does not match for any carrier format this number fits.</source>
        <translation>El dígito de control no coincide con ningún formato de transportista que encaje con este número.</translation>
    </message>
    <message>
        <source>The scan is not a known barcode format.</source>
        <translation>El escaneo no tiene un formato de código de barras conocido.</translation>
    </message>
    <message>
        <source>The GTIN check digit is wrong.</source>
        <translation>El dígito de control del GTIN es incorrecto.</translation>
    </message>
    <message>
        <source>The SSCC check digit is wrong.</source>
        <translation>El dígito de control del SSCC es incorrecto.</translation>
    </message>
    <message>
        <source>The scan is too long for a barcode.</source>
        <translation>El escaneo es demasiado largo para un código de barras.</translation>
    </message>
    <message>
        <source>The scan is empty.</source>
        <translation>El escaneo está vacío.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 is an SQLite database of another program, not a Dockside station database.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no una base de datos de puesto de Dockside.</translation>
    </message>
    <message>
        <source>The station database was written by a newer Dockside (schema %1, this program knows %2). Install the newer version.</source>
        <translation>La base de datos del puesto la escribió un Dockside más reciente (esquema %1, este programa conoce el %2). Instala la versión más reciente.</translation>
    </message>
    <message>
        <source>The station database needs an upgrade but is opened read-only.</source>
        <translation>La base de datos del puesto necesita actualizarse, pero está abierta en solo lectura.</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>Station database damaged</source>
        <translation>Base de datos del puesto dañada</translation>
    </message>
    <message>
        <source>The station database is damaged, so Dockside will not work on it.

Restore the newest backup, from %1? Items received after it stay only at head office (if they were synced). The damaged file is kept in %2.</source>
        <translation>La base de datos del puesto está dañada, así que Dockside no trabajará con ella.

¿Restaurar la copia más reciente, del %1? Los artículos recibidos después solo quedan en la central (si se sincronizaron). El archivo dañado se guarda en %2.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>There is no station database at %1. Create one with "dockside-cli init --station CODE".</source>
        <translation>No hay ninguna base de datos de puesto en %1. Crea una con «dockside-cli init --station CÓDIGO».</translation>
    </message>
    <message>
        <source>The database %1 has no station yet. Run "dockside-cli init --station CODE" first.</source>
        <translation>La base de datos %1 aún no tiene puesto. Ejecuta primero «dockside-cli init --station CÓDIGO».</translation>
    </message>
    <message>
        <source>"%1" is not a valid station code: use 2 to 8 capital letters or digits, optionally a hyphen and a dock, e.g. AMS-D03.</source>
        <translation>«%1» no es un código de puesto válido: usa de 2 a 8 mayúsculas o dígitos, opcionalmente un guion y un muelle, p. ej. AMS-D03.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 already belongs to station %2.</source>
        <translation>%1 ya pertenece al puesto %2.</translation>
    </message>
    <message>
        <source>Cannot create the station database %1.</source>
        <translation>No se puede crear la base de datos del puesto %1.</translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>The head-office address must be an http or https URL, e.g. https://hq.example.com.</source>
        <translation>La dirección de la central debe ser una URL http o https, p. ej. https://hq.example.com.</translation>
    </message>
    <message>
        <source>The head-office token has no spaces and at most 512 characters.</source>
        <translation>El token de la central no tiene espacios y tiene como máximo 512 caracteres.</translation>
    </message>
    <message>
        <source>The idle lock</source>
        <translation>El bloqueo por inactividad</translation>
    </message>
    <message>
        <source>The queue SLA in hours</source>
        <translation>El SLA de la cola en horas</translation>
    </message>
    <message>
        <source>The label size is 4x6 or 2x1.</source>
        <translation>El tamaño de etiqueta es 4x6 o 2x1.</translation>
    </message>
    <message>
        <source>The printer name has at most 200 characters.</source>
        <translation>El nombre de la impresora tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The language is a language code such as en, de or fr_CA.</source>
        <translation>El idioma es un código de idioma como en, de o fr_CA.</translation>
    </message>
    <message>
        <source>The re-grade share is a percentage from 0 to 100, e.g. 2 or 0.5.</source>
        <translation>La proporción de reclasificaciones es un porcentaje de 0 a 100, p. ej. 2 o 0,5.</translation>
    </message>
    <message>
        <source>"%1" is not a station setting. Use one of: %2.</source>
        <translation>«%1» no es un ajuste del puesto. Usa uno de estos: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1 no debe contener caracteres de control.</translation>
    </message>
    <message>
        <source>The number of wrong PINs before a lock-out</source>
        <translation>El número de PIN erróneos antes de un bloqueo</translation>
    </message>
    <message>
        <source>The lock-out in seconds</source>
        <translation>El bloqueo en segundos</translation>
    </message>
    <message>
        <source>The PIN work factor (PBKDF2 iterations)</source>
        <translation>El factor de trabajo del PIN (iteraciones PBKDF2)</translation>
    </message>
    <message>
        <source>The number of daily backups kept</source>
        <translation>El número de copias de seguridad diarias que se conservan</translation>
    </message>
    <message>
        <source>The sound volume</source>
        <translation>El volumen del sonido</translation>
    </message>
    <message>
        <source>allow_insecure_http is true or false.</source>
        <translation>allow_insecure_http es true o false.</translation>
    </message>
    <message>
        <source>hq_ca_file needs an absolute path, e.g. /etc/ssl/certs/hq-ca.pem.</source>
        <translation>hq_ca_file necesita una ruta absoluta, p. ej. /etc/ssl/certs/hq-ca.pem.</translation>
    </message>
    <message>
        <source>backup_folder needs an absolute path, or nothing for the folder beside the database.</source>
        <translation>backup_folder necesita una ruta absoluta, o nada para la carpeta junto a la base de datos.</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>expected "key = value"</source>
        <translation>se esperaba «clave = valor»</translation>
    </message>
    <message>
        <source>%1 is already set on line %2</source>
        <translation>%1 ya está definido en la línea %2</translation>
    </message>
    <message>
        <source># Dockside station settings of %1, exported %2.
# One "key = value" per line; lines starting with # are comments. A key shown as a
# comment is not set on this station and has the default shown.
# Load with: dockside-cli settings import FILE
</source>
        <translation># Ajustes de la estación Dockside %1, exportados el %2.
# Un «clave = valor» por línea; las líneas que empiezan por # son comentarios. Una clave mostrada como
# comentario no está definida en esta estación y tiene el valor por defecto mostrado.
# Cargar con: dockside-cli settings import ARCHIVO
</translation>
    </message>
    <message>
        <source># hq_token is not set; add "hq_token = ..." to set it.
</source>
        <translation># hq_token no está definido; añada «hq_token = ...» para definirlo.
</translation>
    </message>
    <message>
        <source># hq_token is set on this station but never exported; add "hq_token = ..." to set it.
</source>
        <translation># hq_token está definido en esta estación pero nunca se exporta; añada «hq_token = ...» para definirlo.
</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Sync is waiting after an earlier failure; the next attempt is due at %1.</source>
        <translation>La sincronización espera tras un fallo anterior; el próximo intento será a las %1.</translation>
    </message>
    <message>
        <source>No head-office address is set: use --hq URL, DOCKSIDE_HQ_URL or the hq_url setting.</source>
        <translation>No hay dirección de la central: usa --hq URL, DOCKSIDE_HQ_URL o el ajuste hq_url.</translation>
    </message>
    <message>
        <source>No head-office token is set: use --token, DOCKSIDE_HQ_TOKEN or the hq_token setting.</source>
        <translation>No hay token de la central: usa --token, DOCKSIDE_HQ_TOKEN o el ajuste hq_token.</translation>
    </message>
    <message>
        <source>The head-office address "%1" is not an http or https URL.</source>
        <translation>La dirección de la central «%1» no es una URL http o https.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: use https, or set allow_insecure_http=true for a trusted network.</source>
        <translation>Se rechaza http sin cifrar hacia %1: usa https, o pon allow_insecure_http=true en una red de confianza.</translation>
    </message>
    <message>
        <source>HQ's answer to %1 could not be read; nothing was marked as delivered and sync will retry later.</source>
        <translation>No se pudo leer la respuesta de la central a %1; no se marcó nada como entregado y la sincronización se reintentará más tarde.</translation>
    </message>
    <message>
        <source>HQ did not answer in time; sync will retry later.</source>
        <translation>La central no respondió a tiempo; la sincronización se reintentará más tarde.</translation>
    </message>
    <message>
        <source>HQ cannot be reached (%1); sync will retry later.</source>
        <translation>No se puede contactar con la central (%1); la sincronización se reintentará más tarde.</translation>
    </message>
    <message>
        <source>HQ refused the station's token (401). Check the hq_token setting.</source>
        <translation>La central rechazó el token del puesto (401). Revisa el ajuste hq_token.</translation>
    </message>
    <message>
        <source>HQ does not allow this station to sync (403): %1</source>
        <translation>La central no permite sincronizar a este puesto (403): %1</translation>
    </message>
    <message>
        <source>HQ refused the request as malformed (400): %1</source>
        <translation>La central rechazó la petición por estar mal formada (400): %1</translation>
    </message>
    <message>
        <source>HQ is busy or failing (HTTP %1); sync will retry later.</source>
        <translation>La central está saturada o fallando (HTTP %1); la sincronización se reintentará más tarde.</translation>
    </message>
    <message>
        <source>HQ gave an unexpected answer (HTTP %1); sync will retry later.</source>
        <translation>La central dio una respuesta inesperada (HTTP %1); la sincronización se reintentará más tarde.</translation>
    </message>
    <message>
        <source>This station's clock differs from HQ's by %1 seconds; check the PC's time settings.</source>
        <translation>El reloj de este puesto difiere en %1 segundos del de la central; revisa la hora del PC.</translation>
    </message>
    <message>
        <source>HQ refused this event as too large.</source>
        <translation>La central rechazó este evento por ser demasiado grande.</translation>
    </message>
    <message>
        <source>The photo %1 is missing from the station's photo folder; it was not sent.</source>
        <translation>Falta la foto %1 en la carpeta de fotos del puesto; no se envió.</translation>
    </message>
    <message>
        <source>The photo file %1 is damaged (its content does not match its name); it was not sent.</source>
        <translation>El archivo de foto %1 está dañado (su contenido no coincide con su nombre); no se envió.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of HQ's %1 feed could not be read and were skipped (the first: %2)</source>
        <translation>
            <numerusform>%n elemento del canal %1 de la central no se pudo leer y se omitió (el primero: %2)</numerusform>
            <numerusform>%n elementos del canal %1 de la central no se pudieron leer y se omitieron (el primero: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ sent a policy that is not valid; the station keeps its current policy: %1</source>
        <translation>La central envió una política no válida; el puesto mantiene su política actual: %1</translation>
    </message>
    <message>
        <source>Event %1 is not a dead letter.</source>
        <translation>El evento %1 no está en la cola de no entregables.</translation>
    </message>
    <message>
        <source>Event %1 is not an unresolved dead letter.</source>
        <translation>El evento %1 no es un no entregable pendiente.</translation>
    </message>
    <message>
        <source>The hq_ca_file setting names %1, which holds no readable PEM certificate.</source>
        <translation>El ajuste hq_ca_file indica %1, que no contiene ningún certificado PEM legible.</translation>
    </message>
    <message>
        <source>Sync was stopped before it finished; what HQ confirmed stays sent.</source>
        <translation>La sincronización se detuvo antes de terminar; lo que la central confirmó sigue enviado.</translation>
    </message>
    <message>
        <source>HQ's certificate could not be verified (%1). If HQ uses its own certificate authority, set hq_ca_file to its CA certificate.</source>
        <translation>No se pudo verificar el certificado de la central (%1). Si la central usa su propia autoridad de certificación, pon en hq_ca_file su certificado de CA.</translation>
    </message>
</context>
<context>
    <name>SyncSchedule</name>
    <message>
        <source>The setting %1 is "%2"; use a time like 02:00, or off.</source>
        <translation>El ajuste %1 es «%2»; usa una hora como 02:00, u off.</translation>
    </message>
    <message>
        <source>The setting %1 is "%2"; use a number of minutes from 0 to %3.</source>
        <translation>El ajuste %1 es «%2»; usa un número de minutos de 0 a %3.</translation>
    </message>
</context>
<context>
    <name>Totes</name>
    <message>
        <source>There is no tote %1.</source>
        <translation>No existe la caja %1.</translation>
    </message>
    <message>
        <source>Tote %1 is already closed.</source>
        <translation>La caja %1 ya está cerrada.</translation>
    </message>
    <message>
        <source>Tote %1 is empty; there is nothing to ship.</source>
        <translation>La caja %1 está vacía; no hay nada que enviar.</translation>
    </message>
    <message>
        <source>Tote %1 holds items waiting for a supervisor; it is emptied by their decisions, not closed.</source>
        <translation>La caja %1 contiene artículos que esperan a un supervisor; se vacía con sus decisiones, no se cierra.</translation>
    </message>
    <message>
        <source>A %1 tote needs the partner who takes it and their certificate reference.</source>
        <translation>Una caja de %1 necesita el socio que se la lleva y la referencia de su certificado.</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <source>Restock</source>
        <translation>Reponer en stock</translation>
    </message>
    <message>
        <source>Open-box resale</source>
        <translation>Venta como caja abierta</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Reacondicionar</translation>
    </message>
    <message>
        <source>Return to vendor</source>
        <translation>Devolver al proveedor</translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>Liquidar</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Donar</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Reciclar</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destruir</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Cuarentena</translation>
    </message>
    <message>
        <source>Dock worker</source>
        <translation>Operario de muelle</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Reembolso completo</translation>
    </message>
    <message>
        <source>Partial refund (restocking fee)</source>
        <translation>Reembolso parcial (tasa de reposición)</translation>
    </message>
    <message>
        <source>Refund denied</source>
        <translation>Reembolso denegado</translation>
    </message>
    <message>
        <source>Defect confirmed</source>
        <translation>Defecto confirmado</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>Sin fallo encontrado</translation>
    </message>
    <message>
        <source>Wrong item returned</source>
        <translation>Artículo equivocado devuelto</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Dañado en el transporte</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>Faltan piezas</translation>
    </message>
    <message>
        <source>Used or worn</source>
        <translation>Usado o desgastado</translation>
    </message>
    <message>
        <source>Empty box</source>
        <translation>Caja vacía</translation>
    </message>
    <message>
        <source>As the customer described</source>
        <translation>Como lo describió el cliente</translation>
    </message>
    <message>
        <source>Changed disposition</source>
        <translation>Destino cambiado</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Valor alto</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>Fraud check</source>
        <translation>Control de fraude</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Blind receipt</source>
        <translation>Recepción ciega</translation>
    </message>
    <message>
        <source>Serial number mismatch</source>
        <translation>Número de serie no coincide</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <source>Weight far from the catalog's</source>
        <translation>Peso muy distinto del catálogo</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>%1 is signed in as %2; this needs a %3.</source>
        <translation>%1 ha iniciado sesión como %2; esto requiere %3.</translation>
    </message>
    <message>
        <source>"%1" is not a valid badge: use U- and 4 to 8 digits, e.g. U-0017.</source>
        <translation>«%1» no es una credencial válida: usa U- y de 4 a 8 dígitos, p. ej. U-0017.</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Un usuario necesita un nombre.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Un PIN tiene de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <source>Badge %1 already belongs to a user.</source>
        <translation>La credencial %1 ya pertenece a un usuario.</translation>
    </message>
    <message>
        <source>Badge %1 is not known here.</source>
        <translation>La credencial %1 no se conoce aquí.</translation>
    </message>
    <message>
        <source>Wrong badge or PIN. Try again.</source>
        <translation>Credencial o PIN incorrectos. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This badge is disabled. Ask a supervisor.</source>
        <translation>Esta credencial está desactivada. Consulta a un supervisor.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. This badge is locked for %n more minute(s); a supervisor can reset it.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Esta credencial queda bloqueada %n minuto más; un supervisor puede desbloquearla.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Esta credencial queda bloqueada %n minutos más; un supervisor puede desbloquearla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. This badge is now locked; a supervisor can reset it.</source>
        <translation>Demasiados PIN incorrectos. Esta credencial queda bloqueada; un supervisor puede desbloquearla.</translation>
    </message>
    <message>
        <source>Dockside does not speak "%1". Choose one of: %2.</source>
        <translation>Dockside no habla «%1». Elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another admin first.</source>
        <translation>%1 es el último administrador activo; crea antes otro administrador.</translation>
    </message>
    <message>
        <source>You cannot disable your own badge.</source>
        <translation>No puedes desactivar tu propia credencial.</translation>
    </message>
    <message>
        <source>You cannot take away your own admin role.</source>
        <translation>No puedes quitarte tu propio rol de administrador.</translation>
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
        <translation>dockside-cli: %1 (ver «%2»)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Say who you are with --user BADGE.</source>
        <translation>Indica quién eres con --user CREDENCIAL.</translation>
    </message>
    <message>
        <source>No PIN given: use --pin, DOCKSIDE_PIN or a terminal prompt.</source>
        <translation>No se indicó ningún PIN: usa --pin, DOCKSIDE_PIN o la solicitud en el terminal.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>events, items or parcels</source>
        <translation>events, items o parcels</translation>
    </message>
    <message>
        <source>Only rows from this time on (RFC 3339 or a date).</source>
        <translation>Solo filas a partir de este momento (RFC 3339 o una fecha).</translation>
    </message>
    <message>
        <source>csv (default) or jsonl.</source>
        <translation>csv (predeterminado) o jsonl.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Escribir en este archivo en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>Export events, items or parcels.</source>
        <translation>Exportar eventos, artículos o paquetes.</translation>
    </message>
    <message>
        <source>Say what to export: events, items or parcels.</source>
        <translation>Indica qué exportar: events, items o parcels.</translation>
    </message>
    <message>
        <source>--format must be csv or jsonl.</source>
        <translation>--format debe ser csv o jsonl.</translation>
    </message>
    <message>
        <source>--since takes an RFC 3339 time or a date, e.g. 2026-11-01.</source>
        <translation>--since admite una hora RFC 3339 o una fecha, p. ej. 2026-11-01.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>%n fila escrita.</numerusform>
            <numerusform>%n filas escritas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start of the period (default: 30 days ago).</source>
        <translation>Inicio del periodo (predeterminado: hace 30 días).</translation>
    </message>
    <message>
        <source>End of the period (default: now).</source>
        <translation>Fin del periodo (predeterminado: ahora).</translation>
    </message>
    <message>
        <source>Analytics over a period.</source>
        <translation>Análisis de un periodo.</translation>
    </message>
    <message>
        <source>report takes no arguments.</source>
        <translation>report no admite argumentos.</translation>
    </message>
    <message>
        <source>--from and --to take RFC 3339 times or dates, --from before --to.</source>
        <translation>--from y --to admiten horas RFC 3339 o fechas, --from antes que --to.</translation>
    </message>
    <message>
        <source>Cannot write the report.</source>
        <translation>No se puede escribir el informe.</translation>
    </message>
    <message>
        <source>PNG, JPEG or BMP files.</source>
        <translation>Archivos PNG, JPEG o BMP.</translation>
    </message>
    <message>
        <source>Comma-separated ZXing formats (default: every dock format).</source>
        <translation>Formatos ZXing separados por comas (predeterminado: todos los del muelle).</translation>
    </message>
    <message>
        <source>Camera mode: no rotation, no extra passes.</source>
        <translation>Modo cámara: sin rotación ni pasadas adicionales.</translation>
    </message>
    <message>
        <source>Decode the barcodes in image files (one JSON line per image with --json).</source>
        <translation>Decodificar los códigos de barras de archivos de imagen (una línea JSON por imagen con --json).</translation>
    </message>
    <message>
        <source>Name at least one image file.</source>
        <translation>Indica al menos un archivo de imagen.</translation>
    </message>
    <message>
        <source>Unknown barcode format "%1"; known: %2.</source>
        <translation>Formato de código de barras desconocido «%1»; conocidos: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n barcode(s) in %2 ms</source>
        <translation>
            <numerusform>%1: %n código de barras en %2 ms</numerusform>
            <numerusform>%1: %n códigos de barras en %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The item's LPN.</source>
        <translation>El LPN del artículo.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>4x6 or 2x1 (default: the station's label_size, else 4x6).</source>
        <translation>4x6 o 2x1 (predeterminado: el ajuste label_size del puesto, si no 4x6).</translation>
    </message>
    <message>
        <source>Render an item's LPN label as PDF.</source>
        <translation>Generar la etiqueta LPN de un artículo en PDF.</translation>
    </message>
    <message>
        <source>Name one LPN.</source>
        <translation>Indica un LPN.</translation>
    </message>
    <message>
        <source>label needs --out FILE.pdf.</source>
        <translation>label necesita --out ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>--size must be 4x6 or 2x1.</source>
        <translation>--size debe ser 4x6 o 2x1.</translation>
    </message>
    <message>
        <source>Label of %1 written to %2</source>
        <translation>Etiqueta de %1 escrita en %2</translation>
    </message>
    <message>
        <source>Station code, e.g. AMS-D03.</source>
        <translation>Código de puesto, p. ej. AMS-D03.</translation>
    </message>
    <message>
        <source>Readable station name.</source>
        <translation>Nombre legible del puesto.</translation>
    </message>
    <message>
        <source>Create or open the database for a station.</source>
        <translation>Crear o abrir la base de datos de un puesto.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init no admite argumentos.</translation>
    </message>
    <message>
        <source>init needs --station CODE.</source>
        <translation>init necesita --station CÓDIGO.</translation>
    </message>
    <message>
        <source>Station %1 (%2) is ready in %3</source>
        <translation>El puesto %1 (%2) está listo en %3</translation>
    </message>
    <message>
        <source>Badge code, e.g. U-0017.</source>
        <translation>Código de credencial, p. ej. U-0017.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Nombre completo.</translation>
    </message>
    <message>
        <source>worker, supervisor or admin.</source>
        <translation>worker, supervisor o admin.</translation>
    </message>
    <message>
        <source>4 to 12 digits (or DOCKSIDE_PIN, or a prompt).</source>
        <translation>De 4 a 12 dígitos (o DOCKSIDE_PIN, o una solicitud).</translation>
    </message>
    <message>
        <source>user add needs --%1.</source>
        <translation>user add necesita --%1.</translation>
    </message>
    <message>
        <source>--role must be worker, supervisor or admin.</source>
        <translation>--role debe ser worker, supervisor o admin.</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>Se añadió a %1 (%2) como %3.</translation>
    </message>
    <message>
        <source>Number of RMAs (default: enough for the items).</source>
        <translation>Número de RMA (predeterminado: las que necesiten los artículos).</translation>
    </message>
    <message>
        <source>Items processed through the workflow (default 200).</source>
        <translation>Artículos procesados por todo el flujo (predeterminado 200).</translation>
    </message>
    <message>
        <source>Random seed (default 1): same seed, same data.</source>
        <translation>Semilla aleatoria (predeterminado 1): misma semilla, mismos datos.</translation>
    </message>
    <message>
        <source>Load realistic demo data: catalog, RMAs, users and processed items.</source>
        <translation>Cargar datos de demostración realistas: catálogo, RMA, usuarios y artículos procesados.</translation>
    </message>
    <message>
        <source>--items, --rmas and --seed take whole numbers (items at most 10000000).</source>
        <translation>--items, --rmas y --seed admiten números enteros (items como máximo 10000000).</translation>
    </message>
    <message>
        <source>What the scanner read.</source>
        <translation>Lo que leyó el escáner.</translation>
    </message>
    <message>
        <source>Character the scanner sends for GS (e.g. | or ~).</source>
        <translation>Carácter que envía el escáner para GS (p. ej. | o ~).</translation>
    </message>
    <message>
        <source>Say what a scanned string is.</source>
        <translation>Decir qué es un texto escaneado.</translation>
    </message>
    <message>
        <source>classify takes one scanned text (quote it).</source>
        <translation>classify admite un texto escaneado (entre comillas).</translation>
    </message>
    <message>
        <source>--gs takes a single character.</source>
        <translation>--gs admite un solo carácter.</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>tipo: %1</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>válido: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>valor: %1</translation>
    </message>
    <message>
        <source>carrier: %1</source>
        <translation>transportista: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
    <message>
        <source>Full integrity_check instead of quick_check (slower).</source>
        <translation>integrity_check completo en lugar de quick_check (más lento).</translation>
    </message>
    <message>
        <source>Check the database's integrity and Dockside's invariants.</source>
        <translation>Comprobar la integridad de la base de datos y los invariantes de Dockside.</translation>
    </message>
    <message>
        <source>OK: no problems found.</source>
        <translation>OK: no se encontraron problemas.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problemas encontrados:</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3 %4  %5: %6 (%n later event(s) held back)</source>
        <translation>
            <numerusform>%1  %2  %3 %4  %5: %6 (%n evento posterior retenido)</numerusform>
            <numerusform>%1  %2  %3 %4  %5: %6 (%n eventos posteriores retenidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is not an event number.</source>
        <translation>«%1» no es un número de evento.</translation>
    </message>
    <message>
        <source>Event %1 will be sent again at the next sync.</source>
        <translation>El evento %1 se enviará de nuevo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Event %1 stays dead; the later events of its entity will be sent.</source>
        <translation>El evento %1 sigue como no entregable; se enviarán los eventos posteriores de su entidad.</translation>
    </message>
    <message>
        <source>HQ base URL (else DOCKSIDE_HQ_URL, else the hq_url setting).</source>
        <translation>URL base de la central (si no, DOCKSIDE_HQ_URL; si no, el ajuste hq_url).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Station token (else DOCKSIDE_HQ_TOKEN, else the hq_token setting).</source>
        <translation>Token del puesto (si no, DOCKSIDE_HQ_TOKEN; si no, el ajuste hq_token).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Sync now even while waiting after earlier failures.</source>
        <translation>Sincronizar ahora aunque se esté esperando tras fallos anteriores.</translation>
    </message>
    <message>
        <source>Give up on one request after this many seconds.</source>
        <translation>Abandonar una petición tras estos segundos.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>List the events HQ rejected.</source>
        <translation>Listar los eventos que rechazó la central.</translation>
    </message>
    <message>
        <source>Send a rejected event again (supervisor).</source>
        <translation>Reenviar un evento rechazado (supervisor).</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>Give up on a rejected event and let its entity's later events go (supervisor).</source>
        <translation>Renunciar a un evento rechazado y dejar pasar los eventos posteriores de su entidad (supervisor).</translation>
    </message>
    <message>
        <source>Supervisor badge, for --requeue and --release.</source>
        <translation>Credencial del supervisor, para --requeue y --release.</translation>
    </message>
    <message>
        <source>BADGE</source>
        <translation>CREDENCIAL</translation>
    </message>
    <message>
        <source>PIN (else DOCKSIDE_PIN or a prompt).</source>
        <translation>PIN (si no, DOCKSIDE_PIN o una solicitud).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>One sync run with head office: photos, events, RMAs, catalog, policy.</source>
        <translation>Una sincronización con la central: fotos, eventos, RMA, catálogo, política.</translation>
    </message>
    <message>
        <source>sync takes no arguments.</source>
        <translation>sync no admite argumentos.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout necesita un número de segundos.</translation>
    </message>
    <message>
        <source>dockside-cli: warning: %1</source>
        <translation>dockside-cli: aviso: %1</translation>
    </message>
    <message>
        <source>Pushed %1 events (%2 already at HQ, %3 rejected); %4 pending.</source>
        <translation>%1 eventos enviados (%2 ya en la central, %3 rechazados); %4 pendientes.</translation>
    </message>
    <message>
        <source>Pulled %1 RMAs and %2 products; policy %3.</source>
        <translation>Se recibieron %1 RMA y %2 productos; política %3.</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Your badge, e.g. U-0003.</source>
        <translation>Tu credencial, p. ej. U-0003.</translation>
    </message>
    <message>
        <source>Your PIN (or DOCKSIDE_PIN, or a prompt).</source>
        <translation>Tu PIN (o DOCKSIDE_PIN, o una solicitud).</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Artículo %1: %2</translation>
    </message>
    <message>
        <source>Grade %1 — %2</source>
        <translation>Grado %1 — %2</translation>
    </message>
    <message>
        <source>Disposition: %1 (suggested %2)</source>
        <translation>Destino: %1 (sugerido %2)</translation>
    </message>
    <message>
        <source>Refund: %1, restocking fee %2 %3 — %4</source>
        <translation>Reembolso: %1, tarifa de reposición %2 %3 — %4</translation>
    </message>
    <message>
        <source>Put it in tote %1</source>
        <translation>Ponlo en la caja %1</translation>
    </message>
    <message>
        <source>Sent to a supervisor: %1</source>
        <translation>Enviado a un supervisor: %1</translation>
    </message>
    <message>
        <source>The parcel's carrier label or RMA code.</source>
        <translation>La etiqueta del transportista o el código RMA del paquete.</translation>
    </message>
    <message>
        <source>An item's GTIN, serial or GS1 code (repeatable), or the LPN of an item of this parcel to inspect.</source>
        <translation>El GTIN, número de serie o código GS1 de un artículo (repetible), o el LPN de un artículo de este paquete para inspeccionarlo.</translation>
    </message>
    <message>
        <source>Grade A, B, C, D or X, as the worker chooses it.</source>
        <translation>Grado A, B, C, D o X, tal como lo elige el operario.</translation>
    </message>
    <message>
        <source>A checklist answer, e.g. powers_on=yes (repeatable).</source>
        <translation>Una respuesta de la lista de control, p. ej. powers_on=yes (repetible).</translation>
    </message>
    <message>
        <source>auto (the suggestion) or a disposition name.</source>
        <translation>auto (la sugerencia) o el nombre de un destino.</translation>
    </message>
    <message>
        <source>Why the disposition differs from the suggestion.</source>
        <translation>Por qué el destino difiere de la sugerencia.</translation>
    </message>
    <message>
        <source>What you found, e.g. no_fault_found.</source>
        <translation>Lo que encontraste, p. ej. no_fault_found.</translation>
    </message>
    <message>
        <source>Free notes on the item.</source>
        <translation>Notas libres sobre el artículo.</translation>
    </message>
    <message>
        <source>A JPEG or PNG photo of the item (repeatable).</source>
        <translation>Una foto JPEG o PNG del artículo (repetible).</translation>
    </message>
    <message>
        <source>How a data-bearing item was wiped.</source>
        <translation>Cómo se borró un artículo con datos.</translation>
    </message>
    <message>
        <source>Weight in grams: of each item, or of the parcel without items.</source>
        <translation>Peso en gramos: de cada artículo, o del paquete sin artículos.</translation>
    </message>
    <message>
        <source>Receive a parcel and its items as a dock worker.</source>
        <translation>Recibir un paquete y sus artículos como operario de muelle.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Argumento inesperado %1.</translation>
    </message>
    <message>
        <source>receive needs --parcel CODE.</source>
        <translation>receive necesita --parcel CÓDIGO.</translation>
    </message>
    <message>
        <source>--weight-g takes a whole number of grams.</source>
        <translation>--weight-g admite un número entero de gramos.</translation>
    </message>
    <message>
        <source>--grade must be A, B, C, D or X.</source>
        <translation>--grade debe ser A, B, C, D o X.</translation>
    </message>
    <message>
        <source>--check takes KEY=yes or KEY=no, not "%1".</source>
        <translation>--check admite CLAVE=yes o CLAVE=no, no «%1».</translation>
    </message>
    <message>
        <source>Unknown disposition "%1".</source>
        <translation>Destino desconocido «%1».</translation>
    </message>
    <message>
        <source>Grade the items (--grade or --check) to decide them.</source>
        <translation>Clasifica los artículos (--grade o --check) para decidirlos.</translation>
    </message>
    <message>
        <source>--grade and --check need at least one --item.</source>
        <translation>--grade y --check necesitan al menos un --item.</translation>
    </message>
    <message>
        <source>An item's --weight-g is recorded when it is graded; add --grade or --check.</source>
        <translation>El --weight-g de un artículo se registra al clasificarlo; añade --grade o --check.</translation>
    </message>
    <message>
        <source>Parcel %1: %2</source>
        <translation>Paquete %1: %2</translation>
    </message>
    <message>
        <source>open (default), approved, rejected or all.</source>
        <translation>open (predeterminado), approved, rejected o all.</translation>
    </message>
    <message>
        <source>override, high_value, exception, fraud_flag or blind_receipt.</source>
        <translation>override, high_value, exception, fraud_flag o blind_receipt.</translation>
    </message>
    <message>
        <source>LPN, tracking, RMA, serial or SKU (end with * for a prefix).</source>
        <translation>LPN, seguimiento, RMA, número de serie o SKU (termina con * para un prefijo).</translation>
    </message>
    <message>
        <source>Rows per page (default 50).</source>
        <translation>Filas por página (predeterminado 50).</translation>
    </message>
    <message>
        <source>Rows to skip (default 0).</source>
        <translation>Filas que saltar (predeterminado 0).</translation>
    </message>
    <message>
        <source>List the supervisor's inspection queue.</source>
        <translation>Listar la cola de inspección del supervisor.</translation>
    </message>
    <message>
        <source>--status must be open, approved, rejected or all.</source>
        <translation>--status debe ser open, approved, rejected o all.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 10000, --offset one from 0.</source>
        <translation>--limit admite un número entero de 1 a 10000, --offset uno desde 0.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the queue</source>
        <translation>
            <numerusform>%n artículo en la cola</numerusform>
            <numerusform>%n artículos en la cola</numerusform>
        </translation>
    </message>
    <message>
        <source>Items to decide.</source>
        <translation>Artículos que decidir.</translation>
    </message>
    <message>
        <source>Change the disposition.</source>
        <translation>Cambiar el destino.</translation>
    </message>
    <message>
        <source>Why (optional).</source>
        <translation>Motivo (opcional).</translation>
    </message>
    <message>
        <source>Why it is rejected (required).</source>
        <translation>Por qué se rechaza (obligatorio).</translation>
    </message>
    <message>
        <source>Approve queued items (supervisors).</source>
        <translation>Aprobar artículos en cola (supervisores).</translation>
    </message>
    <message>
        <source>Reject queued items (supervisors).</source>
        <translation>Rechazar artículos en cola (supervisores).</translation>
    </message>
    <message>
        <source>Name at least one LPN.</source>
        <translation>Indica al menos un LPN.</translation>
    </message>
    <message>
        <source>Nothing was changed: not every item can be decided.</source>
        <translation>No se cambió nada: no todos los artículos se pueden decidir.</translation>
    </message>
    <message>
        <source>dockside-cli: Nothing was changed: not every item can be decided.</source>
        <translation>dockside-cli: No se cambió nada: no todos los artículos se pueden decidir.</translation>
    </message>
    <message>
        <source>list or close</source>
        <translation>list o close</translation>
    </message>
    <message>
        <source>The tote to close.</source>
        <translation>La caja que se cerrará.</translation>
    </message>
    <message>
        <source>Also list closed totes.</source>
        <translation>Listar también las cajas cerradas.</translation>
    </message>
    <message>
        <source>Who takes a recycle or destroy tote.</source>
        <translation>Quién se lleva una caja de reciclaje o destrucción.</translation>
    </message>
    <message>
        <source>The partner's certificate reference.</source>
        <translation>La referencia del certificado del socio.</translation>
    </message>
    <message>
        <source>List or close totes.</source>
        <translation>Listar o cerrar cajas.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>tote manifest needs --out FILE.pdf.</source>
        <translation>tote manifest necesita --out ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>Say "tote list", "tote close TOTE" or "tote manifest TOTE --out FILE.pdf".</source>
        <translation>Indica «tote list», «tote close CAJA» o «tote manifest CAJA --out ARCHIVO.pdf».</translation>
    </message>
    <message>
        <source>dockside-cli: tote %1 is closed, but its manifest could not be written; print it again with "tote manifest %1 --out FILE.pdf".</source>
        <translation>dockside-cli: la caja %1 está cerrada, pero no se pudo escribir su manifiesto; imprímelo de nuevo con «tote manifest %1 --out ARCHIVO.pdf».</translation>
    </message>
    <message numerus="yes">
        <source>Tote %1 closed: %n item(s).</source>
        <translation>
            <numerusform>Caja %1 cerrada: %n artículo.</numerusform>
            <numerusform>Caja %1 cerrada: %n artículos.</numerusform>
        </translation>
    </message>
    <message>
        <source>create or open the database for a station</source>
        <translation>crear o abrir la base de datos de un puesto</translation>
    </message>
    <message>
        <source>add or list users (user add, user list)</source>
        <translation>añadir o listar usuarios (user add, user list)</translation>
    </message>
    <message>
        <source>load realistic demo data</source>
        <translation>cargar datos de demostración realistas</translation>
    </message>
    <message>
        <source>say what a scanned string is</source>
        <translation>decir qué es un texto escaneado</translation>
    </message>
    <message>
        <source>decode barcodes in image files</source>
        <translation>decodificar códigos de barras en archivos de imagen</translation>
    </message>
    <message>
        <source>render an item's LPN label as PDF</source>
        <translation>generar la etiqueta LPN de un artículo en PDF</translation>
    </message>
    <message>
        <source>receive a parcel and its items</source>
        <translation>recibir un paquete y sus artículos</translation>
    </message>
    <message>
        <source>list the inspection queue</source>
        <translation>listar la cola de inspección</translation>
    </message>
    <message>
        <source>approve queued items (supervisor)</source>
        <translation>aprobar artículos en cola (supervisor)</translation>
    </message>
    <message>
        <source>reject queued items (supervisor)</source>
        <translation>rechazar artículos en cola (supervisor)</translation>
    </message>
    <message>
        <source>list or close totes</source>
        <translation>listar o cerrar cajas</translation>
    </message>
    <message>
        <source>export events, items or parcels</source>
        <translation>exportar eventos, artículos o paquetes</translation>
    </message>
    <message>
        <source>analytics figures</source>
        <translation>cifras de análisis</translation>
    </message>
    <message>
        <source>one sync run with head office</source>
        <translation>una sincronización con la central</translation>
    </message>
    <message>
        <source>check the database's integrity</source>
        <translation>comprobar la integridad de la base de datos</translation>
    </message>
    <message>
        <source>Usage: dockside-cli [--db FILE] [--json] COMMAND [OPTIONS]

Global options:
  --db FILE   the station database (default: $DOCKSIDE_DB or the GUI's)
  --json      machine-readable output
  --version   print the version

Commands:
</source>
        <translation>Uso: dockside-cli [--db ARCHIVO] [--json] COMANDO [OPCIONES]

Opciones globales:
  --db ARCHIVO  la base de datos del puesto (predeterminada: $DOCKSIDE_DB o la de la GUI)
  --json        salida legible por máquina
  --version     mostrar la versión

Comandos:
</translation>
    </message>
    <message>
        <source>
"dockside-cli COMMAND --help" describes a command.
</source>
        <translation>
«dockside-cli COMANDO --help» describe un comando.
</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida %1.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>The user's language: en, de, es, pl or uk (empty: the station's).</source>
        <translation>El idioma del usuario: en, de, es, pl o uk (vacío: el del puesto).</translation>
    </message>
    <message>
        <source>user language needs --%1.</source>
        <translation>user language necesita --%1.</translation>
    </message>
    <message>
        <source>%1 now uses the station's language.</source>
        <translation>%1 usa ahora el idioma del puesto.</translation>
    </message>
    <message>
        <source>%1 now uses language %2.</source>
        <translation>%1 usa ahora el idioma %2.</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 artículos</translation>
    </message>
    <message>
        <source>json (default), csv, or pdf (needs --out).</source>
        <translation>json (predeterminado), csv o pdf (necesita --out).</translation>
    </message>
    <message>
        <source>--format must be json, csv or pdf.</source>
        <translation>--format debe ser json, csv o pdf.</translation>
    </message>
    <message>
        <source>A PDF report needs --out FILE.pdf.</source>
        <translation>Un informe PDF necesita --out ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <source>The item held for an exception.</source>
        <translation>El artículo retenido por una excepción.</translation>
    </message>
    <message>
        <source>link_rma or unmatched (blind receipts); accept or deny (other exceptions).</source>
        <translation>link_rma o unmatched (recepciones ciegas); accept o deny (otras excepciones).</translation>
    </message>
    <message>
        <source>The RMA to link (with link_rma).</source>
        <translation>La RMA que vincular (con link_rma).</translation>
    </message>
    <message>
        <source>List RMAs matching a code, tracking number or serial instead of deciding.</source>
        <translation>Listar las RMA que coinciden con un código, número de seguimiento o serie en lugar de decidir.</translation>
    </message>
    <message>
        <source>Why (required to deny).</source>
        <translation>Motivo (obligatorio para denegar).</translation>
    </message>
    <message>
        <source>Resolve an exception in the inspection queue (supervisors).</source>
        <translation>Resolver una excepción de la cola de inspección (supervisores).</translation>
    </message>
    <message>
        <source>Name exactly one LPN.</source>
        <translation>Indica exactamente un LPN.</translation>
    </message>
    <message>
        <source>--decision must be link_rma, unmatched, accept or deny.</source>
        <translation>--decision debe ser link_rma, unmatched, accept o deny.</translation>
    </message>
    <message>
        <source>request, list, submit or agreement</source>
        <translation>request, list, submit o agreement</translation>
    </message>
    <message>
        <source>The item (request, submit).</source>
        <translation>El artículo (request, submit).</translation>
    </message>
    <message>
        <source>The second grade: A, B, C, D or X (submit).</source>
        <translation>La segunda clasificación: A, B, C, D o X (submit).</translation>
    </message>
    <message>
        <source>Badge of the worker to ask (request).</source>
        <translation>Credencial del operario al que se pide (request).</translation>
    </message>
    <message>
        <source>A note for the re-grader or on the grade.</source>
        <translation>Una nota para quien reclasifica o sobre la clasificación.</translation>
    </message>
    <message>
        <source>Agreement since (RFC 3339, default 30 days ago).</source>
        <translation>Concordancia desde (RFC 3339, predeterminado: hace 30 días).</translation>
    </message>
    <message>
        <source>Agreement until (RFC 3339, default now).</source>
        <translation>Concordancia hasta (RFC 3339, predeterminado: ahora).</translation>
    </message>
    <message>
        <source>Blind re-grades: ask for one, list or do yours, or show grader agreement.</source>
        <translation>Reclasificaciones ciegas: pedir una, listar o hacer las tuyas, o ver la concordancia entre clasificadores.</translation>
    </message>
    <message>
        <source>Say "regrade request", "regrade list", "regrade submit" or "regrade agreement".</source>
        <translation>Indica «regrade request», «regrade list», «regrade submit» o «regrade agreement».</translation>
    </message>
    <message>
        <source>This action takes no LPN.</source>
        <translation>Esta acción no admite LPN.</translation>
    </message>
    <message>
        <source>--%1 takes an RFC 3339 time, e.g. 2026-11-01T00:00:00Z.</source>
        <translation>--%1 admite una hora RFC 3339, p. ej. 2026-11-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>All re-grades:</source>
        <translation>Todas las reclasificaciones:</translation>
    </message>
    <message>
        <source>By worker:</source>
        <translation>Por operario:</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>Por categoría:</translation>
    </message>
    <message>
        <source>A second grade of %1 is requested.</source>
        <translation>Se pidió una segunda clasificación de %1.</translation>
    </message>
    <message>
        <source>Second grade %1 recorded for %2.</source>
        <translation>Segunda clasificación %1 registrada para %2.</translation>
    </message>
    <message>
        <source>An LPN, tracking number, RMA or serial.</source>
        <translation>Un LPN, número de seguimiento, RMA o número de serie.</translation>
    </message>
    <message>
        <source>Show the timeline of an item, parcel or RMA.</source>
        <translation>Mostrar la cronología de un artículo, paquete o RMA.</translation>
    </message>
    <message>
        <source>Name exactly one code.</source>
        <translation>Indica exactamente un código.</translation>
    </message>
    <message>
        <source>at HQ</source>
        <translation>en la central</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>A, B, C, D or X.</source>
        <translation>A, B, C, D o X.</translation>
    </message>
    <message>
        <source>The item's disposition.</source>
        <translation>El destino del artículo.</translation>
    </message>
    <message>
        <source>A product category or a parent of it, e.g. electronics.</source>
        <translation>Una categoría de producto o una superior, p. ej. electronics.</translation>
    </message>
    <message>
        <source>Badge of the worker who received the item.</source>
        <translation>Credencial del operario que recibió el artículo.</translation>
    </message>
    <message>
        <source>Unit value at least, e.g. 100.00.</source>
        <translation>Valor unitario mínimo, p. ej. 100.00.</translation>
    </message>
    <message>
        <source>Unit value at most.</source>
        <translation>Valor unitario máximo.</translation>
    </message>
    <message>
        <source>Queued at least this many hours ago.</source>
        <translation>En cola hace al menos estas horas.</translation>
    </message>
    <message>
        <source>Queued at most this many hours ago.</source>
        <translation>En cola hace como mucho estas horas.</translation>
    </message>
    <message>
        <source>queued_at (default), value, grade, cause, disposition, category or worker.</source>
        <translation>queued_at (predeterminado), value, grade, cause, disposition, category o worker.</translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation>Orden descendente.</translation>
    </message>
    <message>
        <source>--%1 takes an amount such as 100 or 99.50.</source>
        <translation>--%1 admite un importe como 100 o 99.50.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of hours.</source>
        <translation>--%1 admite un número entero de horas.</translation>
    </message>
    <message>
        <source>resolve an exception in the queue (supervisor)</source>
        <translation>resolver una excepción de la cola (supervisor)</translation>
    </message>
    <message>
        <source>blind re-grades and grader agreement</source>
        <translation>reclasificaciones ciegas y concordancia entre clasificadores</translation>
    </message>
    <message>
        <source>timeline of an item, parcel or RMA</source>
        <translation>cronología de un artículo, paquete o RMA</translation>
    </message>
    <message>
        <source>Write the backup to this file instead of the rotated backup folder.</source>
        <translation>Escribir la copia en este archivo en lugar de la carpeta de copias rotativas.</translation>
    </message>
    <message>
        <source>List the rotated backups, newest first.</source>
        <translation>Listar las copias rotativas, la más reciente primero.</translation>
    </message>
    <message>
        <source>Back up the station database (online, verified).</source>
        <translation>Hacer copia de la base de datos del puesto (en caliente, verificada).</translation>
    </message>
    <message>
        <source>backup takes no arguments; use --to FILE.</source>
        <translation>backup no admite argumentos; usa --to ARCHIVO.</translation>
    </message>
    <message>
        <source>Backed up station %1 to %2 (%3 bytes, checked).</source>
        <translation>Copia del puesto %1 guardada en %2 (%3 bytes, verificada).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La copia que restaurar.</translation>
    </message>
    <message>
        <source>Allow a backup of another station to replace this one.</source>
        <translation>Permitir que la copia de otro puesto sustituya a este.</translation>
    </message>
    <message>
        <source>Replace the station database with a backup (the current one is kept).</source>
        <translation>Sustituir la base de datos del puesto por una copia (la actual se conserva).</translation>
    </message>
    <message>
        <source>Name one backup file: dockside-cli restore FILE.</source>
        <translation>Indica un archivo de copia: dockside-cli restore ARCHIVO.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. Items received after that backup are no longer in this database (HQ has their synced events). The previous database was kept as %3.</source>
        <translation>%1 restaurado desde %2. Los artículos recibidos después de esa copia ya no están en esta base de datos (la central tiene sus eventos sincronizados). La base de datos anterior se guardó como %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>add, list, unlock, reset-pin or language</source>
        <translation>add, list, unlock, reset-pin o language</translation>
    </message>
    <message>
        <source>Your badge, for unlock (supervisor), reset-pin and language (admin).</source>
        <translation>Tu credencial, para unlock (supervisor), reset-pin y language (administrador).</translation>
    </message>
    <message>
        <source>The new PIN, for reset-pin.</source>
        <translation>El nuevo PIN, para reset-pin.</translation>
    </message>
    <message>
        <source>Add or list the station's users, lift a lock-out, reset a PIN or set a user's language.</source>
        <translation>Añadir o listar los usuarios del puesto, levantar un bloqueo, restablecer un PIN o fijar el idioma de un usuario.</translation>
    </message>
    <message>
        <source>Say "user add", "user list", "user unlock", "user reset-pin" or "user language".</source>
        <translation>Indica «user add», «user list», «user unlock», «user reset-pin» o «user language».</translation>
    </message>
    <message>
        <source>Name the user with --badge BADGE.</source>
        <translation>Indica el usuario con --badge CREDENCIAL.</translation>
    </message>
    <message>
        <source>user reset-pin needs --new-pin.</source>
        <translation>user reset-pin necesita --new-pin.</translation>
    </message>
    <message>
        <source>%1 has a new PIN and may log in again.</source>
        <translation>%1 tiene un PIN nuevo y puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>back up the station database</source>
        <translation>hacer copia de la base de datos del puesto</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>sustituir la base de datos por una copia</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a settings file: it is larger than 1 MiB.</source>
        <translation>%1 no es un archivo de ajustes: ocupa más de 1 MiB.</translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1 no se importó, no ha cambiado nada: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n setting(s); importing it would change: %2.</source>
        <translation>
            <numerusform>%1 es válido: %n ajuste; importarlo cambiaría: %2.</numerusform>
            <numerusform>%1 es válido: %n ajustes; importarlo cambiaría: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n setting(s) from %1; changed: %2.</source>
        <translation>
            <numerusform>Se importó %n ajuste de %1; cambiado: %2.</numerusform>
            <numerusform>Se importaron %n ajustes de %1; cambiados: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings of %1 written to %2.</source>
        <translation>Ajustes de %1 escritos en %2.</translation>
    </message>
    <message>
        <source>import FILE or export</source>
        <translation>import ARCHIVO o export</translation>
    </message>
    <message>
        <source>import: only check the file and say what would change.</source>
        <translation>import: solo comprobar el archivo y decir qué cambiaría.</translation>
    </message>
    <message>
        <source>export: write to this file instead of standard output.</source>
        <translation>export: escribir en este archivo en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>Import station settings from a "key = value" file, or export them.</source>
        <translation>Importar los ajustes de la estación desde un archivo «clave = valor», o exportarlos.</translation>
    </message>
    <message>
        <source>Say "settings import FILE" or "settings export [--out FILE]".</source>
        <translation>Diga «settings import ARCHIVO» o «settings export [--out ARCHIVO]».</translation>
    </message>
    <message>
        <source>import or export station settings (key = value file)</source>
        <translation>importar o exportar los ajustes de la estación (archivo clave = valor)</translation>
    </message>
</context>
<context>
    <name>dockside::AdminPage</name>
    <message>
        <source>Head-office URL</source>
        <translation>URL de la central</translation>
    </message>
    <message>
        <source>Head-office token</source>
        <translation>Token de la central</translation>
    </message>
    <message>
        <source>Nightly sync (HH:MM)</source>
        <translation>Sincronización nocturna (HH:MM)</translation>
    </message>
    <message>
        <source>Idle lock (minutes)</source>
        <translation>Bloqueo por inactividad (minutos)</translation>
    </message>
    <message>
        <source>Label size (4x6 or 2x1)</source>
        <translation>Tamaño de etiqueta (4x6 o 2x1)</translation>
    </message>
    <message>
        <source>Label printer (empty: PDF files)</source>
        <translation>Impresora de etiquetas (vacío: archivos PDF)</translation>
    </message>
    <message>
        <source>Queue SLA (hours)</source>
        <translation>SLA de la cola (horas)</translation>
    </message>
    <message>
        <source>Language (e.g. en, de)</source>
        <translation>Idioma (p. ej. en, de)</translation>
    </message>
    <message>
        <source>Blind re-grade share (%)</source>
        <translation>Proporción de reclasificaciones ciegas (%)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Añadir usuario…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Desactivar / activar</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Restablecer PIN…</translation>
    </message>
    <message>
        <source>Role…</source>
        <translation>Rol…</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Ajustes del puesto</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Badge (U- and 4 to 8 digits, e.g. U-0017)</source>
        <translation>Credencial (U- y de 4 a 8 dígitos, p. ej. U-0017)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>First PIN (4 to 12 digits)</source>
        <translation>Primer PIN (de 4 a 12 dígitos)</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 añadido como %2.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 vuelve a estar activo.</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Restablecer PIN</translation>
    </message>
    <message>
        <source>New PIN for %1 (4 to 12 digits)</source>
        <translation>Nuevo PIN para %1 (de 4 a 12 dígitos)</translation>
    </message>
    <message>
        <source>%1 has a new PIN; any lock-out is lifted.</source>
        <translation>%1 tiene un PIN nuevo; se levanta cualquier bloqueo.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol de %1</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nada que guardar: no se cambió ningún ajuste.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) saved.</source>
        <translation>
            <numerusform>%n ajuste guardado.</numerusform>
            <numerusform>%n ajustes guardados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockside::AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Fechas…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Volver (Esc)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to (included)</source>
        <translation>hasta (incluido)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message numerus="yes">
        <source>Items received %1 – %2: %n item(s). Computed in %3 ms.</source>
        <translation>
            <numerusform>Artículos recibidos %1 – %2: %n artículo. Calculado en %3 ms.</numerusform>
            <numerusform>Artículos recibidos %1 – %2: %n artículos. Calculado en %3 ms.</numerusform>
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
        <translation>Decididos</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Dock to stock</source>
        <translation>Del muelle al stock</translation>
    </message>
    <message>
        <source>%1 median · %2 p90</source>
        <translation>%1 mediana · %2 p90</translation>
    </message>
    <message>
        <source>To refund decision</source>
        <translation>Hasta la decisión de reembolso</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>Sin fallo encontrado</translation>
    </message>
    <message>
        <source>Kept out of landfill</source>
        <translation>Evitado del vertedero</translation>
    </message>
    <message>
        <source>Queue now</source>
        <translation>Cola ahora</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>No hay datos para este periodo</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Exportar datos del gráfico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Chart data saved to %1</source>
        <translation>Datos del gráfico guardados en %1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
</context>
<context>
    <name>dockside::BackupScheduler</name>
    <message>
        <source>Backup failed: %1 Dockside tries again in an hour.</source>
        <translation>La copia de seguridad falló: %1 Dockside lo reintentará dentro de una hora.</translation>
    </message>
    <message>
        <source>Backup written, but its time could not be recorded: %1</source>
        <translation>Copia escrita, pero no se pudo registrar su hora: %1</translation>
    </message>
    <message>
        <source>Backup written at %1: %2</source>
        <translation>Copia escrita a las %1: %2</translation>
    </message>
</context>
<context>
    <name>dockside::CameraScanner</name>
    <message>
        <source>Camera scanner</source>
        <translation>Escáner de cámara</translation>
    </message>
    <message>
        <source>Hold a barcode inside the box</source>
        <translation>Sostén el código de barras dentro del recuadro</translation>
    </message>
    <message>
        <source>Camera ready</source>
        <translation>Cámara lista</translation>
    </message>
    <message>
        <source>No camera found. Use the hand scanner.</source>
        <translation>No se encontró ninguna cámara. Usa el escáner de mano.</translation>
    </message>
    <message>
        <source>Camera error: %1</source>
        <translation>Error de cámara: %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Cámara: %1</translation>
    </message>
</context>
<context>
    <name>dockside::DemoSession</name>
    <message>
        <source>Cannot start the demo head office (%1): %2</source>
        <translation>No se puede iniciar la central de demostración (%1): %2</translation>
    </message>
    <message>
        <source>The demo head office did not start: %1</source>
        <translation>La central de demostración no arrancó: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>The demo head office could not import the %1: %2</source>
        <translation>La central de demostración no pudo importar los datos «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Creating the demo station…</source>
        <translation>Creando el puesto de demostración…</translation>
    </message>
    <message>
        <source>Starting the demo head office…</source>
        <translation>Iniciando la central de demostración…</translation>
    </message>
    <message>
        <source>Syncing with the demo head office…</source>
        <translation>Sincronizando con la central de demostración…</translation>
    </message>
</context>
<context>
    <name>dockside::FirstRunWizard</name>
    <message>
        <source>Set up this Dockside station</source>
        <translation>Configurar este puesto Dockside</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Create station</source>
        <translation>Crear puesto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Choose the station's language. Each worker can have their own: their badge brings it when they log in.</source>
        <translation>Elige el idioma del puesto. Cada operario puede tener el suyo: su credencial lo trae al iniciar sesión.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>The station code is printed on every LPN label: 2 to 8 capital letters or digits, optionally a dash and the dock, e.g. AMS-D03.</source>
        <translation>El código del puesto aparece en cada etiqueta LPN: de 2 a 8 mayúsculas o dígitos, opcionalmente un guion y el muelle, p. ej. AMS-D03.</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Código del puesto</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <source>e.g. Amsterdam returns dock 3</source>
        <translation>p. ej. Ámsterdam devoluciones muelle 3</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Primer administrador</translation>
    </message>
    <message>
        <source>The first user administers the station: adds users and changes settings. Badges are U- and 4 to 8 digits; a PIN is 4 to 12 digits.</source>
        <translation>El primer usuario administra el puesto: añade usuarios y cambia ajustes. Las credenciales son U- y de 4 a 8 dígitos; un PIN tiene de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Administrator's badge</source>
        <translation>Credencial del administrador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Administrator's name</source>
        <translation>Nombre del administrador</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Repite el PIN</translation>
    </message>
    <message>
        <source>Head office (optional)</source>
        <translation>Central (opcional)</translation>
    </message>
    <message>
        <source>Where this station sends its events and gets RMAs, catalog and policy. Leave both empty to work offline for now; you can set them later.</source>
        <translation>Adónde envía este puesto sus eventos y de dónde recibe RMA, catálogo y política. Déjalos vacíos para trabajar sin conexión por ahora; puedes configurarlos más tarde.</translation>
    </message>
    <message>
        <source>Head office URL</source>
        <translation>URL de la central</translation>
    </message>
    <message>
        <source>Station token</source>
        <translation>Token del puesto</translation>
    </message>
    <message>
        <source>"%1" is not a station code: use 2 to 8 capital letters or digits, optionally a dash and the dock, e.g. AMS-D03.</source>
        <translation>«%1» no es un código de puesto: usa de 2 a 8 mayúsculas o dígitos, opcionalmente un guion y el muelle, p. ej. AMS-D03.</translation>
    </message>
    <message>
        <source>"%1" is not a badge: use U- and 4 to 8 digits, e.g. U-0001.</source>
        <translation>«%1» no es una credencial: usa U- y de 4 a 8 dígitos, p. ej. U-0001.</translation>
    </message>
    <message>
        <source>Type the administrator's name.</source>
        <translation>Escribe el nombre del administrador.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Un PIN tiene de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>Give both the head office URL and the station token, or neither.</source>
        <translation>Indica la URL de la central y el token del puesto, o ninguno de los dos.</translation>
    </message>
    <message>
        <source>"%1" is not a web address: it starts with https://.</source>
        <translation>«%1» no es una dirección web: empieza por https://.</translation>
    </message>
</context>
<context>
    <name>dockside::HistoryPage</name>
    <message>
        <source>Item history</source>
        <translation>Historial del artículo</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>Scan or type an LPN, tracking number, RMA or serial</source>
        <translation>Escanea o escribe un LPN, número de seguimiento, RMA o número de serie</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Mostrar historial</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n event(s).</source>
        <translation>
            <numerusform>%1 %2: %n evento.</numerusform>
            <numerusform>%1 %2: %n eventos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet at head office.</source>
        <translation>
            <numerusform>%n aún no está en la central.</numerusform>
            <numerusform>%n aún no están en la central.</numerusform>
        </translation>
    </message>
    <message>
        <source>All at head office.</source>
        <translation>Todo está en la central.</translation>
    </message>
</context>
<context>
    <name>dockside::InspectPage</name>
    <message>
        <source>All checks pass (F5)</source>
        <translation>Todo correcto (F5)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>not weighed</source>
        <translation>sin pesar</translation>
    </message>
    <message>
        <source>Add photo (F7)</source>
        <translation>Añadir foto (F7)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Confirm and print label (Enter)</source>
        <translation>Confirmar e imprimir etiqueta (Intro)</translation>
    </message>
    <message>
        <source>Last answer undone.</source>
        <translation>Última respuesta deshecha.</translation>
    </message>
    <message>
        <source>Nothing to undo on this item.</source>
        <translation>No hay nada que deshacer en este artículo.</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>Producto desconocido</translation>
    </message>
    <message>
        <source>Item %1 · %2</source>
        <translation>Artículo %1 · %2</translation>
    </message>
    <message>
        <source>Item %1 · %2 · %3</source>
        <translation>Artículo %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Grade it; it goes to a supervisor.</source>
        <translation>Clasifícalo; irá a un supervisor.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 is not a photo Dockside can read.</source>
        <translation>%1 no es una foto que Dockside pueda leer.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Change the disposition</source>
        <translation>Cambiar el destino</translation>
    </message>
    <message>
        <source>Why %1 instead of %2? Your choice goes to a supervisor for approval.</source>
        <translation>¿Por qué %1 en lugar de %2? Tu elección irá a un supervisor para su aprobación.</translation>
    </message>
    <message>
        <source>Grade shows when every check is answered.</source>
        <translation>El grado aparece cuando se responden todos los controles.</translation>
    </message>
    <message numerus="yes">
        <source>Answer %n more check(s), or press All checks pass.</source>
        <translation>
            <numerusform>Responde %n control más, o pulsa «Todo correcto».</numerusform>
            <numerusform>Responde %n controles más, o pulsa «Todo correcto».</numerusform>
        </translation>
    </message>
    <message>
        <source>Damage reported: add at least one photo (F7).</source>
        <translation>Daño informado: añade al menos una foto (F7).</translation>
    </message>
    <message>
        <source>Ready: press Enter to confirm.</source>
        <translation>Listo: pulsa Intro para confirmar.</translation>
    </message>
    <message>
        <source>Goes to a supervisor (%1). Press Enter to confirm.</source>
        <translation>Irá a un supervisor (%1). Pulsa Intro para confirmar.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerido)</translation>
    </message>
    <message>
        <source>Refund: full.</source>
        <translation>Reembolso: completo.</translation>
    </message>
    <message>
        <source>Refund: none for now.</source>
        <translation>Reembolso: ninguno por ahora.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All checks pass</source>
        <translation>Todo correcto</translation>
    </message>
    <message>
        <source>Answers every check with Yes (F5).</source>
        <translation>Responde «Sí» a todos los controles (F5).</translation>
    </message>
    <message>
        <source>Weight in grams</source>
        <translation>Peso en gramos</translation>
    </message>
    <message>
        <source>What the scale shows; 0 when the item was not weighed.</source>
        <translation>Lo que marca la báscula; 0 si el artículo no se pesó.</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Añadir foto</translation>
    </message>
    <message>
        <source>Adds photos of damage; needed when a damage check fails (F7).</source>
        <translation>Añade fotos de los daños; necesarias cuando falla un control de daños (F7).</translation>
    </message>
    <message>
        <source>Anything a supervisor should know about this item.</source>
        <translation>Todo lo que un supervisor deba saber sobre este artículo.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Why this disposition</source>
        <translation>Por qué este destino</translation>
    </message>
    <message>
        <source>Dispositions allowed for this item</source>
        <translation>Destinos permitidos para este artículo</translation>
    </message>
    <message>
        <source>Confirm and print label</source>
        <translation>Confirmar e imprimir etiqueta</translation>
    </message>
    <message>
        <source>Saves the decision and prints the LPN label (Enter).</source>
        <translation>Guarda la decisión e imprime la etiqueta LPN (Intro).</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>No: %1</translation>
    </message>
    <message>
        <source>Chosen disposition</source>
        <translation>Destino elegido</translation>
    </message>
    <message>
        <source>Choose this disposition</source>
        <translation>Elegir este destino</translation>
    </message>
    <message>
        <source>Refund: partial, restocking fee %1.</source>
        <translation>Reembolso: parcial, tarifa de reposición %1.</translation>
    </message>
    <message>
        <source>%1
(suggested)</source>
        <translation>%1
(sugerido)</translation>
    </message>
    <message>
        <source>Camera photo (F6)</source>
        <translation>Foto con cámara (F6)</translation>
    </message>
    <message>
        <source>Camera photo</source>
        <translation>Foto con cámara</translation>
    </message>
    <message>
        <source>Takes a photo of the item with the station's camera (F6).</source>
        <translation>Fotografía el artículo con la cámara del puesto (F6).</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>What you found</source>
        <translation>Lo que ha encontrado</translation>
    </message>
    <message>
        <source>What you found, beside the customer's reason: defect confirmed, no fault found, empty box…</source>
        <translation>Lo que ha encontrado, junto al motivo del cliente: defecto confirmado, sin fallo, caja vacía…</translation>
    </message>
</context>
<context>
    <name>dockside::InspectionQueuePage</name>
    <message>
        <source>Inspection queue</source>
        <translation>Cola de inspección</translation>
    </message>
    <message>
        <source>LPN, tracking, RMA, serial or SKU (* for prefix)</source>
        <translation>LPN, seguimiento, RMA, serie o SKU (* para prefijo)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Cualquier motivo</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>Cualquier grado</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Any disposition</source>
        <translation>Cualquier destino</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>e.g. electronics</source>
        <translation>p. ej. electronics</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Any worker</source>
        <translation>Cualquier operario</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Operario</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Valor desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Value to</source>
        <translation>Valor hasta</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Limpiar todos los filtros</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <source>Approve (Ctrl+Enter)</source>
        <translation>Aprobar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Change disposition…</source>
        <translation>Cambiar destino…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Ask for a re-grade…</source>
        <translation>Pedir una reclasificación…</translation>
    </message>
    <message>
        <source>Resolve exception…</source>
        <translation>Resolver excepción…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Cualquier antigüedad</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n h SLA or more)</source>
        <translation>
            <numerusform>Vencido (%n h de SLA o más)</numerusform>
            <numerusform>Vencidos (%n h de SLA o más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due soon (from %n h)</source>
        <translation>
            <numerusform>Vence pronto (desde %n h)</numerusform>
            <numerusform>Vencen pronto (desde %n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>Within the SLA</source>
        <translation>Dentro del SLA</translation>
    </message>
    <message>
        <source>Older than 3 days</source>
        <translation>Más de 3 días</translation>
    </message>
    <message>
        <source>Older than 7 days</source>
        <translation>Más de 7 días</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Elige un filtro guardado…</translation>
    </message>
    <message>
        <source>Open, by main cause</source>
        <translation>Abiertos, por motivo principal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>"%1" is not an amount: type e.g. 100 or 99.50.</source>
        <translation>«%1» no es un importe: escribe p. ej. 100 o 99,50.</translation>
    </message>
    <message>
        <source>%1 to %2 h</source>
        <translation>%1 a %2 h</translation>
    </message>
    <message>
        <source>Nothing in the queue matches %1.</source>
        <translation>Nada en la cola coincide con %1.</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n selected (Ctrl+Enter)</source>
        <translation>
            <numerusform>Aprobar %n seleccionado (Ctrl+Intro)</numerusform>
            <numerusform>Aprobar %n seleccionados (Ctrl+Intro)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>Approve items</source>
        <translation>Aprobar artículos</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n item(s) with their chosen dispositions?</source>
        <translation>
            <numerusform>¿Aprobar %n artículo con su destino elegido?</numerusform>
            <numerusform>¿Aprobar %n artículos con sus destinos elegidos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve all</source>
        <translation>Aprobar todos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) approved.</source>
        <translation>
            <numerusform>%n artículo aprobado.</numerusform>
            <numerusform>%n artículos aprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerido)</translation>
    </message>
    <message>
        <source>Change disposition</source>
        <translation>Cambiar destino</translation>
    </message>
    <message>
        <source>New disposition for %1:</source>
        <translation>Nuevo destino para %1:</translation>
    </message>
    <message>
        <source>Why? (kept with the decision)</source>
        <translation>¿Por qué? (se guarda con la decisión)</translation>
    </message>
    <message>
        <source>%1 approved as %2.</source>
        <translation>%1 aprobado como %2.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message numerus="yes">
        <source>Why are %n item(s) rejected? The refund is denied.</source>
        <translation>
            <numerusform>¿Por qué se rechaza %n artículo? Se deniega el reembolso.</numerusform>
            <numerusform>¿Por qué se rechazan %n artículos? Se deniega el reembolso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) rejected.</source>
        <translation>
            <numerusform>%n artículo rechazado.</numerusform>
            <numerusform>%n artículos rechazados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any worker but %1</source>
        <translation>Cualquier operario salvo %1</translation>
    </message>
    <message>
        <source>Ask for a re-grade</source>
        <translation>Pedir una reclasificación</translation>
    </message>
    <message>
        <source>Who grades %1 again, without seeing the first grade?</source>
        <translation>¿Quién vuelve a clasificar %1 sin ver el primer grado?</translation>
    </message>
    <message>
        <source>A note for the re-grader (optional)</source>
        <translation>Una nota para quien reclasifica (opcional)</translation>
    </message>
    <message>
        <source>A second grade of %1 is requested; the item stays in the queue.</source>
        <translation>Se pidió una segunda clasificación de %1; el artículo sigue en la cola.</translation>
    </message>
    <message>
        <source>Blind receipt</source>
        <translation>Recepción ciega</translation>
    </message>
    <message>
        <source>Find the RMA of %1: type its RMA code, tracking number or serial.</source>
        <translation>Busca la RMA de %1: escribe su código RMA, número de seguimiento o número de serie.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (found by %4)</source>
        <translation>%1 · %2 · %3 (encontrada por %4)</translation>
    </message>
    <message>
        <source>No RMA matches: mark it unmatched (no refund)</source>
        <translation>Ninguna RMA coincide: marcar sin coincidencia (sin reembolso)</translation>
    </message>
    <message>
        <source>No RMA found for "%1".</source>
        <translation>No se encontró ninguna RMA para «%1».</translation>
    </message>
    <message>
        <source>Link %1 to:</source>
        <translation>Vincular %1 a:</translation>
    </message>
    <message>
        <source>No RMA found</source>
        <translation>No se encontró ninguna RMA</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Vinculado a %1</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Excepción: %1</translation>
    </message>
    <message>
        <source>Decide the exception of %1:</source>
        <translation>Decide la excepción de %1:</translation>
    </message>
    <message>
        <source>Accept the return as received</source>
        <translation>Aceptar la devolución tal como llegó</translation>
    </message>
    <message>
        <source>Deny it: no refund, item to quarantine</source>
        <translation>Denegarla: sin reembolso, artículo a cuarentena</translation>
    </message>
    <message>
        <source>Exception of %1 resolved (%2).</source>
        <translation>Excepción de %1 resuelta (%2).</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <source>Name of this filter preset</source>
        <translation>Nombre de este filtro</translation>
    </message>
    <message>
        <source>Preset "%1" saved.</source>
        <translation>Filtro «%1» guardado.</translation>
    </message>
    <message>
        <source>Preset "%1" deleted.</source>
        <translation>Filtro «%1» eliminado.</translation>
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
        <translation>Alejar (o gira la rueda del ratón)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n artículo seleccionado</numerusform>
            <numerusform>%n artículos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item in the queue</source>
        <translation>Selecciona un artículo de la cola</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Fraud flags: %1</source>
        <translation>Indicios de fraude: %1</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Excepción: %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1 desde %2 (%3)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SKU / serial</source>
        <translation>SKU / número de serie</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
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
        <translation>ninguna (recepción ciega)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer's reason</source>
        <translation>Motivo del cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Operario</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Worker's finding</source>
        <translation>Hallazgo del operario</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Second grade</source>
        <translation>Segunda clasificación</translation>
    </message>
    <message>
        <source>%1 by %2 (first %3 by %4)</source>
        <translation>%1 por %2 (primero %3 por %4)</translation>
    </message>
    <message>
        <source>requested (%1), waiting</source>
        <translation>pedida (%1), pendiente</translation>
    </message>
    <message>
        <source>Why the engine suggests %1:
%2</source>
        <translation>Por qué las reglas sugieren %1:
%2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLA</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lista de control&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Photo %1 cannot be read from this station's disk.</source>
        <translation>La foto %1 no se puede leer del disco de este puesto.</translation>
    </message>
</context>
<context>
    <name>dockside::LabelOutput</name>
    <message>
        <source>Label printed on %1.</source>
        <translation>Etiqueta impresa en %1.</translation>
    </message>
    <message>
        <source>Cannot create the label folder %1.</source>
        <translation>No se puede crear la carpeta de etiquetas %1.</translation>
    </message>
    <message>
        <source>No label printer set up: label saved as %1</source>
        <translation>No hay impresora de etiquetas configurada: etiqueta guardada como %1</translation>
    </message>
    <message>
        <source>Printer %1 not found: label saved as %2</source>
        <translation>No se encontró la impresora %1: etiqueta guardada como %2</translation>
    </message>
    <message>
        <source>Manifest of %1 saved as %2</source>
        <translation>Manifiesto de %1 guardado como %2</translation>
    </message>
</context>
<context>
    <name>dockside::LoginPage</name>
    <message>
        <source>Badge</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>Escanea tu credencial</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Escribe tu PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Scan your badge to start.</source>
        <translation>Escanea tu credencial para empezar.</translation>
    </message>
    <message>
        <source>Badge %1: type your PIN and press OK.</source>
        <translation>Credencial %1: escribe tu PIN y pulsa OK.</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation>Escanea primero tu credencial.</translation>
    </message>
    <message>
        <source>Type your PIN, then press OK.</source>
        <translation>Escribe tu PIN y pulsa OK.</translation>
    </message>
    <message>
        <source>Dockside · station %1 · %2</source>
        <translation>Dockside · puesto %1 · %2</translation>
    </message>
    <message>
        <source>Scan your badge or type its code, then press Enter.</source>
        <translation>Escanea tu credencial o escribe su código y pulsa Intro.</translation>
    </message>
    <message>
        <source>Your personal number, 4 to 12 digits.</source>
        <translation>Tu número personal, de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <source>PIN keypad</source>
        <translation>Teclado del PIN</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Borrar el PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
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
        <translation>Caja %1 cerrada. Escribiendo su manifiesto…</translation>
    </message>
    <message>
        <source>Locked. Scan your badge to continue.</source>
        <translation>Bloqueado. Escanea tu credencial para continuar.</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Puesto %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Cámara: %1</translation>
    </message>
    <message>
        <source>Camera: none found</source>
        <translation>Cámara: no se encontró ninguna</translation>
    </message>
    <message>
        <source>Camera: ready (press Camera)</source>
        <translation>Cámara: lista (pulsa Cámara)</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input. Scan your badge to continue.</source>
        <translation>
            <numerusform>Bloqueado tras %n minuto sin actividad. Escanea tu credencial para continuar.</numerusform>
            <numerusform>Bloqueado tras %n minutos sin actividad. Escanea tu credencial para continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>A confirmed item cannot be undone here: ask a supervisor to correct it.</source>
        <translation>Un artículo confirmado no se puede deshacer aquí: pide a un supervisor que lo corrija.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Nadie ha iniciado sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) to send</source>
        <translation>
            <numerusform>%n evento por enviar</numerusform>
            <numerusform>%n eventos por enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels: PDF files</source>
        <translation>Etiquetas: archivos PDF</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Impresora: %1</translation>
    </message>
    <message>
        <source>You are already logged in.</source>
        <translation>Ya has iniciado sesión.</translation>
    </message>
    <message>
        <source>Badge %1: type your PIN.</source>
        <translation>Credencial %1: escribe tu PIN.</translation>
    </message>
    <message>
        <source>Welcome back, %1.</source>
        <translation>Bienvenido de nuevo, %1.</translation>
    </message>
    <message>
        <source>Hello %1.</source>
        <translation>Hola, %1.</translation>
    </message>
    <message>
        <source>Unfinished parcel</source>
        <translation>Paquete sin terminar</translation>
    </message>
    <message numerus="yes">
        <source>Parcel %1 has %n item(s) received but not graded. Continue with it now?</source>
        <translation>
            <numerusform>El paquete %1 tiene %n artículo recibido pero sin clasificar. ¿Continuar con él ahora?</numerusform>
            <numerusform>El paquete %1 tiene %n artículos recibidos pero sin clasificar. ¿Continuar con él ahora?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>This item is on the RMA.</source>
        <translation>Este artículo está en la RMA.</translation>
    </message>
    <message>
        <source>This item goes to a supervisor after grading.</source>
        <translation>Este artículo irá a un supervisor después de clasificarlo.</translation>
    </message>
    <message>
        <source>Item not finished</source>
        <translation>Artículo sin terminar</translation>
    </message>
    <message>
        <source>Item %1 is not confirmed yet. Leave it for now? It stays received and is offered again later.</source>
        <translation>El artículo %1 aún no está confirmado. ¿Dejarlo por ahora? Seguirá recibido y se ofrecerá de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation>Escanea primero tu credencial.</translation>
    </message>
    <message>
        <source>Tote %1.</source>
        <translation>Caja %1.</translation>
    </message>
    <message>
        <source>Ready for the next parcel.</source>
        <translation>Listo para el siguiente paquete.</translation>
    </message>
    <message>
        <source>Parcel %1 opened. Now scan the first item.</source>
        <translation>Paquete %1 abierto. Ahora escanea el primer artículo.</translation>
    </message>
    <message>
        <source>Parcel %1 was received before: reopened.</source>
        <translation>El paquete %1 ya se había recibido: reabierto.</translation>
    </message>
    <message>
        <source>Scan the parcel label first, then the item.</source>
        <translation>Escanea primero la etiqueta del paquete y luego el artículo.</translation>
    </message>
    <message>
        <source>Item %1 received. Check it.</source>
        <translation>Artículo %1 recibido. Revísalo.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Artículo %1: %2</translation>
    </message>
    <message>
        <source>Item %1 is not graded yet: check it now.</source>
        <translation>El artículo %1 aún no está clasificado: revísalo ahora.</translation>
    </message>
    <message>
        <source>Item %1 is already done (grade %2, %3). Corrections go through a supervisor.</source>
        <translation>El artículo %1 ya está terminado (grado %2, %3). Las correcciones pasan por un supervisor.</translation>
    </message>
    <message>
        <source>Item %1 done. Scan the next item.</source>
        <translation>Artículo %1 terminado. Escanea el siguiente artículo.</translation>
    </message>
    <message>
        <source>Item %1 done; a supervisor will check it. Scan the next item.</source>
        <translation>Artículo %1 terminado; un supervisor lo revisará. Escanea el siguiente artículo.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Usuario conectado</translation>
    </message>
    <message>
        <source>Events waiting for head office</source>
        <translation>Eventos pendientes para la central</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Impresora de etiquetas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Idioma: %1.</translation>
    </message>
    <message>
        <source>Supervisor (F12)</source>
        <translation>Supervisor (F12)</translation>
    </message>
    <message>
        <source>Analytics (F10)</source>
        <translation>Análisis (F10)</translation>
    </message>
    <message>
        <source>Choose the language of the screens (F3).</source>
        <translation>Elige el idioma de las pantallas (F3).</translation>
    </message>
    <message>
        <source>Language (F3)</source>
        <translation>Idioma (F3)</translation>
    </message>
    <message>
        <source>High contrast and large text (Shift+F3).</source>
        <translation>Alto contraste y texto grande (Mayús+F3).</translation>
    </message>
    <message>
        <source>Display (Shift+F3)</source>
        <translation>Pantalla (Mayús+F3)</translation>
    </message>
    <message>
        <source>The supervisor workspace is for supervisors and admins.</source>
        <translation>El espacio de supervisión es para supervisores y administradores.</translation>
    </message>
    <message>
        <source>Second grades (100+) F11</source>
        <translation>Segundas clasificaciones (100+) F11</translation>
    </message>
    <message>
        <source>Second grades (%1) F11</source>
        <translation>Segundas clasificaciones (%1) F11</translation>
    </message>
</context>
<context>
    <name>dockside::ParcelLinesModel</name>
    <message>
        <source>Unknown product</source>
        <translation>Producto desconocido</translation>
    </message>
    <message>
        <source>%1 Not on the RMA</source>
        <translation>%1 No está en la RMA</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 de %3</translation>
    </message>
    <message>
        <source>This item was not expected in this parcel; it goes to a supervisor.</source>
        <translation>Este artículo no se esperaba en este paquete; irá a un supervisor.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Expected serial numbers</source>
        <translation>Números de serie esperados</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
</context>
<context>
    <name>dockside::ParcelPage</name>
    <message>
        <source>Items of the parcel</source>
        <translation>Artículos del paquete</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Barcode unreadable? Type the code, then Enter</source>
        <translation>¿Código ilegible? Escríbelo y pulsa Intro</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>New parcel (F2)</source>
        <translation>Nuevo paquete (F2)</translation>
    </message>
    <message>
        <source>Totes (F4)</source>
        <translation>Cajas (F4)</translation>
    </message>
    <message>
        <source>Scan the parcel label (carrier label or RMA code).</source>
        <translation>Escanea la etiqueta del paquete (del transportista o código RMA).</translation>
    </message>
    <message>
        <source>Scan the next item, or the label of a new parcel.</source>
        <translation>Escanea el siguiente artículo o la etiqueta de un paquete nuevo.</translation>
    </message>
    <message>
        <source>Parcel %1 · %2 · customer says: %3</source>
        <translation>Paquete %1 · %2 · el cliente dice: %3</translation>
    </message>
    <message>
        <source>Parcel %1 · no RMA found</source>
        <translation>Paquete %1 · sin RMA</translation>
    </message>
    <message>
        <source>Authorized return. %1</source>
        <translation>Devolución autorizada. %1</translation>
    </message>
    <message>
        <source>Put item %1 in tote %2 (%3).</source>
        <translation>Pon el artículo %1 en la caja %2 (%3).</translation>
    </message>
    <message>
        <source>Put item %1 in tote %2 for supervisor review.</source>
        <translation>Pon el artículo %1 en la caja %2 para revisión del supervisor.</translation>
    </message>
    <message>
        <source>Printing the label…</source>
        <translation>Imprimiendo la etiqueta…</translation>
    </message>
    <message>
        <source>Expected items with their serials and how many were received.</source>
        <translation>Artículos esperados con sus números de serie y cuántos se han recibido.</translation>
    </message>
    <message>
        <source>Type a parcel, item, badge or tote code when the scanner cannot read it, then press Enter.</source>
        <translation>Escribe un código de paquete, artículo, credencial o caja cuando el escáner no pueda leerlo y pulsa Intro.</translation>
    </message>
    <message>
        <source>Shows or hides the camera scanner.</source>
        <translation>Muestra u oculta el escáner de cámara.</translation>
    </message>
    <message>
        <source>New parcel</source>
        <translation>Nuevo paquete</translation>
    </message>
    <message>
        <source>Finishes this parcel and waits for the next label (F2).</source>
        <translation>Termina este paquete y espera la siguiente etiqueta (F2).</translation>
    </message>
    <message>
        <source>Totes</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>Open totes, their contents and closing them (F4).</source>
        <translation>Cajas abiertas, su contenido y su cierre (F4).</translation>
    </message>
    <message>
        <source>Tote for the last item</source>
        <translation>Caja para el último artículo</translation>
    </message>
</context>
<context>
    <name>dockside::PhotoCaptureDialog</name>
    <message>
        <source>Take a photo of the item</source>
        <translation>Fotografiar el artículo</translation>
    </message>
    <message>
        <source>Waiting for the camera...</source>
        <translation>Esperando a la cámara...</translation>
    </message>
    <message>
        <source>Take photo (Space)</source>
        <translation>Hacer foto (Espacio)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>No camera found.
Close this and use "Add photo" (F7) to pick a file.</source>
        <translation>No se encontró ninguna cámara.
Cierra esto y usa «Añadir foto» (F7) para elegir un archivo.</translation>
    </message>
    <message>
        <source>Camera error: %1</source>
        <translation>Error de cámara: %1</translation>
    </message>
    <message>
        <source>Aim at the damage, then press Space.</source>
        <translation>Apunta al daño y pulsa Espacio.</translation>
    </message>
    <message>
        <source>No picture from the camera yet. Wait a moment.</source>
        <translation>Aún no hay imagen de la cámara. Espera un momento.</translation>
    </message>
    <message>
        <source>This camera's picture format cannot be saved. Use "Add photo" (F7).</source>
        <translation>El formato de imagen de esta cámara no se puede guardar. Usa «Añadir foto» (F7).</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>No se puede crear la carpeta de fotos %1.</translation>
    </message>
    <message>
        <source>The photo could not be saved: %1. Is the disk full?</source>
        <translation>No se pudo guardar la foto: %1. ¿Está lleno el disco?</translation>
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
    <message>
        <source>%1 %2 overdue</source>
        <translation>%1 %2 vencido</translation>
    </message>
    <message>
        <source>%1 %2 due soon</source>
        <translation>%1 %2 vence pronto</translation>
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
            <numerusform>En cola desde %1; el SLA es de %n hora.</numerusform>
            <numerusform>En cola desde %1; el SLA es de %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fraud flags: %1</source>
        <translation>Indicios de fraude: %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>LPN</source>
        <translation>LPN</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Suggested → chosen</source>
        <translation>Sugerido → elegido</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Operario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>dockside::RegradePage</name>
    <message>
        <source>Second grades</source>
        <translation>Segundas clasificaciones</translation>
    </message>
    <message>
        <source>Back to the dock (F11)</source>
        <translation>Volver al muelle (F11)</translation>
    </message>
    <message>
        <source>Grade each item as you find it. The first grade is hidden on purpose.</source>
        <translation>Clasifica cada artículo tal como lo encuentres. La primera clasificación se oculta a propósito.</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grado %1</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notas (opcional)</translation>
    </message>
    <message>
        <source>Record grade</source>
        <translation>Registrar grado</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 — supervisor's note: %2</source>
        <translation>%1 — nota del supervisor: %2</translation>
    </message>
    <message>
        <source>%1: choose its grade.</source>
        <translation>%1: elige su grado.</translation>
    </message>
    <message>
        <source>%1 is not waiting for a second grade from you.</source>
        <translation>%1 no espera una segunda clasificación tuya.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Elige primero un artículo.</translation>
    </message>
    <message>
        <source>Choose a grade first.</source>
        <translation>Elige primero un grado.</translation>
    </message>
    <message>
        <source>Second grade %1 recorded for %2.</source>
        <translation>Segunda clasificación %1 registrada para %2.</translation>
    </message>
</context>
<context>
    <name>dockside::SupervisorPage</name>
    <message>
        <source>Back to the dock (F12)</source>
        <translation>Volver al muelle (F12)</translation>
    </message>
    <message>
        <source>Inspection queue</source>
        <translation>Cola de inspección</translation>
    </message>
    <message>
        <source>Item history</source>
        <translation>Historial del artículo</translation>
    </message>
    <message>
        <source>Users and settings</source>
        <translation>Usuarios y ajustes</translation>
    </message>
</context>
<context>
    <name>dockside::SyncController</name>
    <message>
        <source>Contacting head office…</source>
        <translation>Contactando con la central…</translation>
    </message>
    <message>
        <source>Sending photos (%1 of %2)…</source>
        <translation>Enviando fotos (%1 de %2)…</translation>
    </message>
    <message>
        <source>Sending events: %1 of %2…</source>
        <translation>Enviando eventos: %1 de %2…</translation>
    </message>
    <message>
        <source>Sending events…</source>
        <translation>Enviando eventos…</translation>
    </message>
    <message>
        <source>Receiving return authorizations (%1 so far)…</source>
        <translation>Recibiendo autorizaciones de devolución (%1 hasta ahora)…</translation>
    </message>
    <message>
        <source>Receiving products (%1 so far)…</source>
        <translation>Recibiendo productos (%1 hasta ahora)…</translation>
    </message>
    <message>
        <source>Receiving the policy…</source>
        <translation>Recibiendo la política…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
</context>
<context>
    <name>dockside::SyncPanel</name>
    <message>
        <source>⟳ Sync (F9)</source>
        <translation>⟳ Sincronizar (F9)</translation>
    </message>
    <message>
        <source>Send this station's events to head office and fetch RMAs, products and the policy. The dock keeps working meanwhile.</source>
        <translation>Enviar los eventos de este puesto a la central y recibir RMA, productos y la política. El muelle sigue trabajando mientras tanto.</translation>
    </message>
    <message>
        <source>Sync not set up (hq_url, hq_token)</source>
        <translation>Sincronización sin configurar (hq_url, hq_token)</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>próxima %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Falló la sincronización: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1 (%2)</source>
        <translation>Falló la sincronización: %1 (%2)</translation>
    </message>
    <message>
        <source>Synced %1, but: %2</source>
        <translation>Sincronizado %1, pero: %2</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Never synced; %1</source>
        <translation>Nunca sincronizado; %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
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
        <translation>%1 en la central</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 rechazado: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Item / parcel</source>
        <translation>Artículo / paquete</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Reached HQ</source>
        <translation>Llegó a la central</translation>
    </message>
</context>
<context>
    <name>dockside::TotesModel</name>
    <message>
        <source>Supervisor review</source>
        <translation>Revisión del supervisor</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Tote</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
</context>
<context>
    <name>dockside::TotesPage</name>
    <message>
        <source>Open totes</source>
        <translation>Cajas abiertas</translation>
    </message>
    <message>
        <source>Back to receiving (Esc)</source>
        <translation>Volver a recepción (Esc)</translation>
    </message>
    <message>
        <source>Close tote and print manifest</source>
        <translation>Cerrar caja e imprimir manifiesto</translation>
    </message>
    <message>
        <source>Station %1 · %2</source>
        <translation>Puesto %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for a supervisor.</source>
        <translation>
            <numerusform>%n artículo espera a un supervisor.</numerusform>
            <numerusform>%n artículos esperan a un supervisor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not yet sent to head office.</source>
        <translation>
            <numerusform>%n evento aún no enviado a la central.</numerusform>
            <numerusform>%n eventos aún no enviados a la central.</numerusform>
        </translation>
    </message>
    <message>
        <source>Touch a tote in the list first.</source>
        <translation>Toca primero una caja de la lista.</translation>
    </message>
    <message>
        <source>Close tote</source>
        <translation>Cerrar caja</translation>
    </message>
    <message numerus="yes">
        <source>Close tote %1 (%2, %n item(s)) and print its manifest?</source>
        <translation>
            <numerusform>¿Cerrar la caja %1 (%2, %n artículo) e imprimir su manifiesto?</numerusform>
            <numerusform>¿Cerrar la caja %1 (%2, %n artículos) e imprimir su manifiesto?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Which partner collects tote %1?</source>
        <translation>¿Qué socio recoge la caja %1?</translation>
    </message>
    <message>
        <source>The partner's certificate or reference for tote %1:</source>
        <translation>El certificado o la referencia del socio para la caja %1:</translation>
    </message>
    <message>
        <source>One row per open tote: disposition, items and weight. Select one with the arrow keys.</source>
        <translation>Una fila por caja abierta: destino, artículos y peso. Selecciona una con las flechas.</translation>
    </message>
    <message>
        <source>Back to receiving</source>
        <translation>Volver a recepción</translation>
    </message>
    <message>
        <source>Closes the selected tote and writes its manifest PDF.</source>
        <translation>Cierra la caja seleccionada y escribe su manifiesto en PDF.</translation>
    </message>
    <message>
        <source>Station summary</source>
        <translation>Resumen del puesto</translation>
    </message>
</context>
<context>
    <name>dockside::UsersModel</name>
    <message>
        <source>%1 disabled</source>
        <translation>%1 desactivado</translation>
    </message>
    <message>
        <source>%1 locked out (wrong PINs)</source>
        <translation>%1 bloqueado (PIN incorrectos)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
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
        <translation>El servidor central de referencia para puestos Dockside (hq-api.md, versión 1).
  dockside-hq --db ARCHIVO [--listen DIRECCIÓN] [--port N] --token PUESTO=TOKEN...
  dockside-hq --db ARCHIVO import rmas|catalog ARCHIVO.json|ARCHIVO.csv
Columnas CSV (fila de cabecera obligatoria, listas separadas por ';'):
  catalog: sku,gtins,description,category,unit_value,currency,weight_g,hazmat,data_bearing,returnable,updated_at
  rmas (una fila por línea): rma,status,order,customer_ref,reason_code,created_at,expires_at,tracking,line,sku,gtin,qty,serials,unit_value,currency,updated_at</translation>
    </message>
    <message>
        <source>The server's database file.</source>
        <translation>El archivo de base de datos del servidor.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Dirección en la que escuchar.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>Port (0: any free port).</source>
        <translation>Puerto (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A station and its token.</source>
        <translation>Un puesto y su token.</translation>
    </message>
    <message>
        <source>STATION=TOKEN</source>
        <translation>PUESTO=TOKEN</translation>
    </message>
    <message>
        <source>A file of STATION=TOKEN lines ('#' starts a comment).</source>
        <translation>Un archivo de líneas PUESTO=TOKEN ('#' inicia un comentario).</translation>
    </message>
    <message>
        <source>The policy JSON served at /policy (default: the built-in).</source>
        <translation>El JSON de política servido en /policy (predeterminado: el integrado).</translation>
    </message>
    <message>
        <source>import rmas|catalog FILE</source>
        <translation>import rmas|catalog ARCHIVO</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>Se necesita --db ARCHIVO.</translation>
    </message>
    <message>
        <source>Usage: dockside-hq --db FILE import rmas|catalog FILE</source>
        <translation>Uso: dockside-hq --db ARCHIVO import rmas|catalog ARCHIVO</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>%1 importados</translation>
    </message>
    <message>
        <source>--token needs STATION=TOKEN, not "%1".</source>
        <translation>--token necesita PUESTO=TOKEN, no «%1».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: expected STATION=TOKEN.</source>
        <translation>%1:%2: se esperaba PUESTO=TOKEN.</translation>
    </message>
    <message>
        <source>No station may connect: give --token STATION=TOKEN or --tokens FILE.</source>
        <translation>Ningún puesto puede conectarse: indica --token PUESTO=TOKEN o --tokens ARCHIVO.</translation>
    </message>
    <message>
        <source>--listen needs an IP address and --port a number from 0 to 65535.</source>
        <translation>--listen necesita una dirección IP y --port un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>No se puede escuchar en %1:%2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dockside returns dock station.</source>
        <translation>Puesto de recepción de devoluciones Dockside.</translation>
    </message>
    <message>
        <source>The station database (default: $DOCKSIDE_DB, else %1).</source>
        <translation>La base de datos del puesto (predeterminada: $DOCKSIDE_DB; si no, %1).</translation>
    </message>
    <message>
        <source>Open the demo station (made on first use in %1) with a local demo head office, already synced.</source>
        <translation>Abrir el puesto de demostración (creado la primera vez en %1) con una central de demostración local, ya sincronizado.</translation>
    </message>
    <message>
        <source>Items in a new demo station (default 2000).</source>
        <translation>Artículos de un puesto de demostración nuevo (predeterminado 2000).</translation>
    </message>
    <message>
        <source>Language of the screens before anyone logs in: en, de, es, pl or uk.</source>
        <translation>Idioma de las pantallas antes de que nadie inicie sesión: en, de, es, pl o uk.</translation>
    </message>
    <message>
        <source>Dockside</source>
        <translation>Dockside</translation>
    </message>
    <message>
        <source>Dockside does not speak "%1". Use en, de, es, pl or uk.</source>
        <translation>Dockside no habla «%1». Usa en, de, es, pl o uk.</translation>
    </message>
    <message>
        <source>--demo-items needs a number.</source>
        <translation>--demo-items necesita un número.</translation>
    </message>
    <message>
        <source>Preparing the demo station…</source>
        <translation>Preparando el puesto de demostración…</translation>
    </message>
    <message>
        <source>Dockside demo</source>
        <translation>Demostración de Dockside</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
</context>
</TS>
