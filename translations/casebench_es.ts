<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AuditModel</name>
    <message>
        <source>Record {seq}, hash {hash}</source>
        <translation>Registro {seq}, hash {hash}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>recogida</translation>
    </message>
    <message>
        <source>alteration</source>
        <translation>modificación</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>comunicación</translation>
    </message>
    <message>
        <source>combination</source>
        <translation>combinación</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>supresión</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action, item or justification contains…</source>
        <translation>La acción, el elemento o la justificación contiene…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar cadena</translation>
    </message>
    <message>
        <source>The audit log records who collected, changed, consulted, disclosed, combined or erased what, and when. Verify the chain to prove no record was altered or removed.</source>
        <translation>El registro de auditoría anota quién recogió, modificó, consultó, comunicó, combinó o suprimió qué y cuándo. Verifique la cadena para demostrar que ningún registro fue alterado ni eliminado.</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Verificando la cadena de auditoría…</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN:</source>
        <translation>La cadena de auditoría está ROTA:</translation>
    </message>
    <message>
        <source>The audit chain is intact: every record follows the one before it and none was altered or removed.</source>
        <translation>La cadena de auditoría está intacta: cada registro sigue al anterior y ninguno fue alterado ni eliminado.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Exhibits</source>
        <translation>Piezas de convicción</translation>
    </message>
    <message>
        <source>Evidence handling is not available in this build of casebench. Exhibits, custody and intake appear here once the evidence component is installed.</source>
        <translation>La gestión de evidencias no está disponible en esta versión de casebench. Las piezas, la cadena de custodia y la incorporación aparecerán aquí cuando se instale el componente de evidencias.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>The timeline view is not available in this build. Dated values are still listed with each entity and can be exported with `casebench timeline`.</source>
        <translation>La vista de cronología no está disponible en esta versión. Los valores con fecha siguen apareciendo en cada entidad y pueden exportarse con `casebench timeline`.</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Gráfico de vínculos</translation>
    </message>
    <message>
        <source>The link chart is not available in this build. Links between entities are listed under Entities › Links.</source>
        <translation>El gráfico de vínculos no está disponible en esta versión. Los vínculos entre entidades se listan en Entidades › Vínculos.</translation>
    </message>
    <message>
        <source>Partner bundles</source>
        <translation>Paquetes de socios</translation>
    </message>
    <message>
        <source>Exchanging signed, encrypted bundles with partner workbenches is done with the `casebench bundle` commands for now; the bundle wizard will appear here.</source>
        <translation>Por ahora, el intercambio de paquetes firmados y cifrados con socios se hace con las órdenes `casebench bundle`; el asistente de paquetes aparecerá aquí.</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Add custody event</source>
        <translation>Añadir evento de custodia</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>empty: now; e.g. 2024-03-12T09:30+01:00</source>
        <translation>vacío: ahora; p. ej. 2024-03-12T09:30+01:00</translation>
    </message>
    <message>
        <source>From (person):</source>
        <translation>De (persona):</translation>
    </message>
    <message>
        <source>From (organisation):</source>
        <translation>De (organismo):</translation>
    </message>
    <message>
        <source>To (person):</source>
        <translation>A (persona):</translation>
    </message>
    <message>
        <source>To (organisation):</source>
        <translation>A (organismo):</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalidad:</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Autoridad:</translation>
    </message>
    <message>
        <source>Seal before:</source>
        <translation>Precinto antes:</translation>
    </message>
    <message>
        <source>Seal after:</source>
        <translation>Precinto después:</translation>
    </message>
    <message>
        <source>Seal found intact</source>
        <translation>Precinto intacto</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Seal NOT intact.</source>
        <translation>Precinto NO intacto.</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Precinto</translation>
    </message>
    <message>
        <source>Hash check</source>
        <translation>Comprobación de hash</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation>NO COINCIDE</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Case details</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <source>These appear on briefing packs and bundles. The title is stored inside the encrypted case only.</source>
        <translation>Aparecen en los dosieres de reunión y en los paquetes. El título solo se guarda dentro del caso cifrado.</translation>
    </message>
    <message>
        <source>e.g. Operation Mar Azul</source>
        <translation>p. ej. Operación Mar Azul</translation>
    </message>
    <message>
        <source>e.g. ES-UDYCO-2024-0117</source>
        <translation>p. ej. ES-UDYCO-2024-0117</translation>
    </message>
    <message>
        <source>e.g. UDYCO Madrid</source>
        <translation>p. ej. UDYCO Madrid</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Originator agency:</source>
        <translation>Organismo de origen:</translation>
    </message>
    <message>
        <source>Originator country:</source>
        <translation>País de origen:</translation>
    </message>
    <message>
        <source>Default TLP:</source>
        <translation>TLP por defecto:</translation>
    </message>
</context>
<context>
    <name>EntitiesPage</name>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrar por nombre…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nuevo: {kind}</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any TLP</source>
        <translation>Cualquier TLP</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 entidad</translation>
    </message>
    <message>
        <source>{n} entities</source>
        <translation>{n} entidades</translation>
    </message>
    <message>
        <source>No entities match. Change the filters or create one with New.</source>
        <translation>Ninguna entidad coincide. Cambie los filtros o cree una con Nuevo.</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>No entity selected</source>
        <translation>Ninguna entidad seleccionada</translation>
    </message>
    <message>
        <source>Choose an entity in the list, or create one with New.</source>
        <translation>Elija una entidad de la lista o cree una con Nuevo.</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copiar id</translation>
    </message>
    <message>
        <source>Copies the entity id; it leaves the clipboard after 30 s</source>
        <translation>Copia el id de la entidad; sale del portapapeles tras 30 s</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Unmerge…</source>
        <translation>Separar…</translation>
    </message>
    <message>
        <source>Retract value…</source>
        <translation>Retirar valor…</translation>
    </message>
    <message>
        <source>Show retracted values</source>
        <translation>Mostrar valores retirados</translation>
    </message>
    <message>
        <source>Show all properties</source>
        <translation>Mostrar todas las propiedades</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nuevo: {kind}</translation>
    </message>
    <message>
        <source>Fill in what is known; every field accepts several values (+).</source>
        <translation>Rellene lo que se sepa; cada campo admite varios valores (+).</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Created {date}</source>
        <translation>Creado el {date}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>Data subject: {category}</source>
        <translation>Interesado: {category}</translation>
    </message>
    <message>
        <source>Merged from: {ids}</source>
        <translation>Fusionada desde: {ids}</translation>
    </message>
    <message>
        <source>Add values</source>
        <translation>Añadir valores</translation>
    </message>
    <message>
        <source>Type at least one value.</source>
        <translation>Escriba al menos un valor.</translation>
    </message>
    <message>
        <source>Select a value to retract first.</source>
        <translation>Seleccione primero el valor que quiere retirar.</translation>
    </message>
    <message>
        <source>Retract value</source>
        <translation>Retirar valor</translation>
    </message>
    <message>
        <source>Why is this value retracted? (kept in the audit log)</source>
        <translation>¿Por qué se retira este valor? (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Which merged entity should be separated again?</source>
        <translation>¿Qué entidad fusionada debe separarse de nuevo?</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation>Motivo (queda en el registro de auditoría):</translation>
    </message>
</context>
<context>
    <name>EntityField</name>
    <message>
        <source>Type part of a name to find the entity</source>
        <translation>Escriba parte de un nombre para buscar la entidad</translation>
    </message>
    <message>
        <source>Choose an entity from the list (type part of its name).</source>
        <translation>Elija una entidad de la lista (escriba parte de su nombre).</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>{caption} — imported from another workbench</source>
        <translation>{caption} — importada de otro puesto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>ExhibitDialog</name>
    <message>
        <source>New exhibit</source>
        <translation>Nueva pieza</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>e.g. MA-EX-014</source>
        <translation>p. ej. MA-EX-014</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Seized where:</source>
        <translation>Dónde se incautó:</translation>
    </message>
    <message>
        <source>Seized when:</source>
        <translation>Cuándo se incautó:</translation>
    </message>
    <message>
        <source>e.g. 2024-03-11T14:05+01:00</source>
        <translation>p. ej. 2024-03-11T14:05+01:00</translation>
    </message>
    <message>
        <source>Seized by:</source>
        <translation>Incautado por:</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Autoridad:</translation>
    </message>
    <message>
        <source>warrant, court order …</source>
        <translation>mandamiento, auto judicial …</translation>
    </message>
    <message>
        <source>Seal numbers:</source>
        <translation>Números de precinto:</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <source>Storage location:</source>
        <translation>Lugar de custodia:</translation>
    </message>
    <message>
        <source>An exhibit needs a reference.</source>
        <translation>Una pieza necesita una referencia.</translation>
    </message>
</context>
<context>
    <name>ExhibitModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Incautación</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ficheros</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
</context>
<context>
    <name>ExhibitsPage</name>
    <message>
        <source>Filter by reference or description…</source>
        <translation>Filtrar por referencia o descripción…</translation>
    </message>
    <message>
        <source>New exhibit…</source>
        <translation>Nueva pieza…</translation>
    </message>
    <message>
        <source>Take in files…</source>
        <translation>Incorporar ficheros…</translation>
    </message>
    <message>
        <source>Or drop files and folders onto this page</source>
        <translation>O suelte ficheros y carpetas en esta página</translation>
    </message>
    <message>
        <source>Add custody event…</source>
        <translation>Añadir evento de custodia…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Extraer…</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <source>Content files and hashes</source>
        <translation>Ficheros y hashes</translation>
    </message>
    <message>
        <source>Double-click a file to copy its SHA-256 (cleared from the clipboard after 30 s)</source>
        <translation>Doble clic en un fichero para copiar su SHA-256 (se borra del portapapeles tras 30 s)</translation>
    </message>
    <message>
        <source>No exhibit selected</source>
        <translation>Ninguna pieza seleccionada</translation>
    </message>
    <message>
        <source>Choose an exhibit to see its custody chain and content files, or create one with New exhibit. Files and folders dropped here are taken into the selected exhibit.</source>
        <translation>Elija una pieza para ver su cadena de custodia y sus ficheros, o cree una con Nueva pieza. Los ficheros y carpetas que suelte aquí se incorporan a la pieza seleccionada.</translation>
    </message>
    <message>
        <source>Seized {when} at {where} by {who}</source>
        <translation>Incautado {when} en {where} por {who}</translation>
    </message>
    <message>
        <source>Seals: {seals}</source>
        <translation>Precintos: {seals}</translation>
    </message>
    <message>
        <source>Stored at: {place}</source>
        <translation>Custodiado en: {place}</translation>
    </message>
    <message>
        <source>{n} file(s), {size}</source>
        <translation>{n} fichero(s), {size}</translation>
    </message>
    <message>
        <source>New exhibit</source>
        <translation>Nueva pieza</translation>
    </message>
    <message>
        <source>Take in files</source>
        <translation>Incorporar ficheros</translation>
    </message>
    <message>
        <source>Choose or create an exhibit first.</source>
        <translation>Elija o cree primero una pieza.</translation>
    </message>
    <message>
        <source>Take in a folder</source>
        <translation>Incorporar una carpeta</translation>
    </message>
    <message>
        <source>Intake into {ref}</source>
        <translation>Incorporación a {ref}</translation>
    </message>
    <message>
        <source>Hashing and encrypting…</source>
        <translation>Calculando hashes y cifrando…</translation>
    </message>
    <message>
        <source>{message}
{done} of {total}</source>
        <translation>{message}
{done} de {total}</translation>
    </message>
    <message>
        <source>Took in {n} file(s), {size}.</source>
        <translation>Se incorporaron {n} fichero(s), {size}.</translation>
    </message>
    <message>
        <source>{n} duplicate(s) stored once.</source>
        <translation>{n} duplicado(s) guardado(s) una sola vez.</translation>
    </message>
    <message>
        <source>Skipped: {list}</source>
        <translation>Omitidos: {list}</translation>
    </message>
    <message>
        <source>Intake cancelled; nothing was added to the exhibit.</source>
        <translation>Incorporación cancelada; no se añadió nada a la pieza.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <source>Verify exhibit</source>
        <translation>Verificar pieza</translation>
    </message>
    <message>
        <source>Re-hashing the content and checking the custody chain…</source>
        <translation>Recalculando hashes y comprobando la cadena de custodia…</translation>
    </message>
    <message>
        <source>Verification found problems:</source>
        <translation>La verificación encontró problemas:</translation>
    </message>
    <message>
        <source>Verified: {n} file(s), {size}; custody chain intact.</source>
        <translation>Verificado: {n} fichero(s), {size}; cadena de custodia intacta.</translation>
    </message>
    <message>
        <source>Extract the exhibit's files into…</source>
        <translation>Extraer los ficheros de la pieza en…</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extraer</translation>
    </message>
    <message>
        <source>Reason for the extraction (recorded as a custody check-out):</source>
        <translation>Motivo de la extracción (se registra como salida de custodia):</translation>
    </message>
    <message>
        <source>Decrypting and checking…</source>
        <translation>Descifrando y comprobando…</translation>
    </message>
    <message>
        <source>Extracted {n} file(s); the check-out is in the custody chain.</source>
        <translation>Se extrajeron {n} fichero(s); la salida consta en la cadena de custodia.</translation>
    </message>
    <message>
        <source>SHA-256 copied; it leaves the clipboard after 30 seconds.</source>
        <translation>SHA-256 copiado; sale del portapapeles tras 30 segundos.</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation>Hash calculado</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep the case</source>
        <translation>Dónde guardar el caso</translation>
    </message>
    <message>
        <source>The case is a folder ending in .casebench; everything in it is encrypted. Keep it on an encrypted disk or stick.</source>
        <translation>El caso es una carpeta terminada en .casebench; todo su contenido está cifrado. Guárdela en un disco o memoria cifrados.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Parent folder:</source>
        <translation>Carpeta superior:</translation>
    </message>
    <message>
        <source>Case folder name:</source>
        <translation>Nombre de la carpeta del caso:</translation>
    </message>
    <message>
        <source>The case will be:</source>
        <translation>El caso será:</translation>
    </message>
    <message>
        <source>Choose the parent folder</source>
        <translation>Elija la carpeta superior</translation>
    </message>
    <message>
        <source>Give the case folder a name.</source>
        <translation>Dé un nombre a la carpeta del caso.</translation>
    </message>
    <message>
        <source>The parent folder does not exist.</source>
        <translation>La carpeta superior no existe.</translation>
    </message>
    <message>
        <source>A folder with this name already exists and is not empty.</source>
        <translation>Ya existe una carpeta con este nombre y no está vacía.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge entities</source>
        <translation>Fusionar entidades</translation>
    </message>
    <message>
        <source>Merging keeps every value with its source; it can be undone with Unmerge. Names alone are not proof that two people are the same.</source>
        <translation>La fusión conserva cada valor con su fuente; puede deshacerse con Separar. Un nombre por sí solo no prueba que dos personas sean la misma.</translation>
    </message>
    <message>
        <source>Merge with:</source>
        <translation>Fusionar con:</translation>
    </message>
    <message>
        <source>e.g. same passport number ES-X1234567</source>
        <translation>p. ej. mismo número de pasaporte ES-X1234567</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Both have this value</source>
        <translation>Ambas tienen este valor</translation>
    </message>
    <message>
        <source>Keep “{name}” as the main entity</source>
        <translation>Conservar «{name}» como entidad principal</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <source>The passphrase unlocks the case. It is never stored; if it is lost, only a recovery key slot can open the case.</source>
        <translation>La frase de paso desbloquea el caso. Nunca se guarda; si se pierde, solo una ranura de clave de recuperación puede abrir el caso.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de paso:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <source>Use several unrelated words; at least {n} characters.</source>
        <translation>Use varias palabras sin relación; al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Too short: at least {n} characters.</source>
        <translation>Demasiado corta: al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>Débil: añada más palabras.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Aceptable: una o dos palabras más la harían sólida.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sólida.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases no coinciden.</translation>
    </message>
</context>
<context>
    <name>PropertyRow</name>
    <message>
        <source>Add another value</source>
        <translation>Añadir otro valor</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the case (Ctrl+F)</source>
        <translation>Buscar en el caso (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Matched in</source>
        <translation>Coincide en</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Type in the search box to search every value in the case.</source>
        <translation>Escriba en el cuadro de búsqueda para buscar en todos los valores del caso.</translation>
    </message>
    <message>
        <source>Nothing found for “{q}”.</source>
        <translation>No se encontró nada para «{q}».</translation>
    </message>
    <message>
        <source>Results for “{q}”, grouped by kind. Press Enter or double-click to open.</source>
        <translation>Resultados para «{q}», agrupados por tipo. Pulse Intro o haga doble clic para abrir.</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>Source, grading and handling of the new values</source>
        <translation>Fuente, evaluación y tratamiento de los nuevos valores</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>e.g. B2</source>
        <translation>p. ej. B2</translation>
    </message>
    <message>
        <source>exhibit reference, if any</source>
        <translation>referencia de la pieza, si la hay</translation>
    </message>
    <message>
        <source>page, message id, row …</source>
        <translation>página, id de mensaje, fila …</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Sospechoso</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Condenado</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Evaluación:</translation>
    </message>
    <message>
        <source>Source exhibit:</source>
        <translation>Pieza de origen:</translation>
    </message>
    <message>
        <source>Locator:</source>
        <translation>Localizador:</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP:</translation>
    </message>
    <message>
        <source>Data subject:</source>
        <translation>Interesado:</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>exhibit {ref}</source>
        <translation>pieza {ref}</translation>
    </message>
    <message>
        <source>from workbench {id}</source>
        <translation>del puesto {id}</translation>
    </message>
    <message>
        <source>no judicial use</source>
        <translation>sin uso judicial</translation>
    </message>
    <message>
        <source>Retracted: {reason}</source>
        <translation>Retirado: {reason}</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Tal como se anotó</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling… the case is being put back as it was.</source>
        <translation>Cancelando… el caso vuelve a quedar como estaba.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock case</source>
        <translation>Desbloquear caso</translation>
    </message>
    <message>
        <source>Enter the passphrase for the case &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Introduzca la frase de paso del caso &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de paso:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Escriba primero la frase de paso.</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>e.g. 1980, 1980-05, 1980-05-17, ~1980</source>
        <translation>p. ej. 1980, 1980-05, 1980-05-17, ~1980</translation>
    </message>
    <message>
        <source>e.g. +34 600 123 456</source>
        <translation>p. ej. +34 600 123 456</translation>
    </message>
    <message>
        <source>→ {value} ({precision} precision)</source>
        <translation>→ {value} (precisión: {precision})</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Offline workbench for cross-border investigations. Every case is an encrypted folder on this computer.</source>
        <translation>Puesto de trabajo sin conexión para investigaciones transfronterizas. Cada caso es una carpeta cifrada en este ordenador.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>Abrir caso…</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Casos recientes</translation>
    </message>
    <message>
        <source>No recent cases yet. Create a new case or open an existing .casebench folder.</source>
        <translation>Aún no hay casos recientes. Cree un caso nuevo o abra una carpeta .casebench existente.</translation>
    </message>
    <message>
        <source>This case folder is not reachable (removed or on a disconnected drive).</source>
        <translation>No se puede acceder a esta carpeta de caso (eliminada o en una unidad desconectada).</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Abrir caso…</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>C&amp;errar caso</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Verify case</source>
        <translation>&amp;Verificar caso</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Auto-lock…</source>
        <translation>Bloqueo &amp;automático…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About casebench</source>
        <translation>&amp;Acerca de casebench</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Close the case now; unlocking needs the passphrase (Ctrl+L)</source>
        <translation>Cierra el caso ahora; para desbloquearlo hace falta la frase de paso (Ctrl+L)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Case: {title}{ref} · user {user}</source>
        <translation>Caso: {title}{ref} · usuario {user}</translation>
    </message>
    <message>
        <source>Case locked: {name}</source>
        <translation>Caso bloqueado: {name}</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Ningún caso abierto</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Creando el caso…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Open a case folder (.casebench)</source>
        <translation>Abrir una carpeta de caso (.casebench)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>{path} is not a casebench case folder (it has no case.json).</source>
        <translation>{path} no es una carpeta de caso de casebench (no tiene case.json).</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <source>Close the open case first?</source>
        <translation>¿Cerrar primero el caso abierto?</translation>
    </message>
    <message>
        <source>The case was locked after {n} minutes without activity.</source>
        <translation>El caso se bloqueó tras {n} minutos sin actividad.</translation>
    </message>
    <message>
        <source>The case is locked.</source>
        <translation>El caso está bloqueado.</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Bloqueo automático</translation>
    </message>
    <message>
        <source>Lock the case after this many minutes without activity:</source>
        <translation>Bloquear el caso tras estos minutos sin actividad:</translation>
    </message>
    <message>
        <source>Give a number of minutes greater than 0.</source>
        <translation>Indique un número de minutos mayor que 0.</translation>
    </message>
    <message>
        <source>Verify case</source>
        <translation>Verificar caso</translation>
    </message>
    <message>
        <source>Checking the database, the audit chain and the evidence…</source>
        <translation>Comprobando la base de datos, la cadena de auditoría y las evidencias…</translation>
    </message>
    <message>
        <source>The case is intact.</source>
        <translation>El caso está intacto.</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Comprobado:</translation>
    </message>
    <message>
        <source>Problems were found:</source>
        <translation>Se encontraron problemas:</translation>
    </message>
    <message>
        <source>About casebench</source>
        <translation>Acerca de casebench</translation>
    </message>
    <message>
        <source>Offline workbench for cross-border investigations.</source>
        <translation>Puesto de trabajo sin conexión para investigaciones transfronterizas.</translation>
    </message>
</context>
<context>
    <name>casebench</name>
    <message>
        <source>Traffic Light Protocol level of the case (FIRST TLP 2.0)</source>
        <translation>Nivel del Traffic Light Protocol del caso (FIRST TLP 2.0)</translation>
    </message>
    <message>
        <source>The passphrase is incorrect. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>La frase de paso es incorrecta. Compruebe Bloq Mayús y la distribución del teclado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The case is already open in another casebench window or program. Close it there first.</source>
        <translation>El caso ya está abierto en otra ventana o programa de casebench. Ciérrelo allí primero.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: {problem}. Restore it from a backup or ask your technical support.</source>
        <translation>El caso está dañado y no se abrió: {problem}. Restáurelo desde una copia de seguridad o consulte a su soporte técnico.</translation>
    </message>
    <message>
        <source>This case was made by a newer casebench: {problem}.</source>
        <translation>Este caso se creó con un casebench más reciente: {problem}.</translation>
    </message>
    <message>
        <source>This folder is not a casebench case: {problem}.</source>
        <translation>Esta carpeta no es un caso de casebench: {problem}.</translation>
    </message>
    <message>
        <source>The case has no usable key slot: {problem}.</source>
        <translation>El caso no tiene ninguna ranura de clave utilizable: {problem}.</translation>
    </message>
    <message>
        <source>Cannot create the case here: {problem}.</source>
        <translation>No se puede crear el caso aquí: {problem}.</translation>
    </message>
    <message>
        <source>The operating system reported a problem: {problem}</source>
        <translation>El sistema operativo informó de un problema: {problem}</translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <source>All entities</source>
        <translation>Todas las entidades</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>Buques</translation>
    </message>
    <message>
        <source>Aircraft</source>
        <translation>Aeronaves</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Cuentas bancarias</translation>
    </message>
    <message>
        <source>Crypto wallets</source>
        <translation>Monederos de criptomonedas</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>Documents and notes</source>
        <translation>Documentos y notas</translation>
    </message>
    <message>
        <source>Events and seizures</source>
        <translation>Hechos e incautaciones</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Requests for co-operation</source>
        <translation>Solicitudes de cooperación</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Piezas de convicción</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Gráfico de vínculos</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
</context>
<context>
    <name>property</name>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Address (text)</source>
        <translation>Dirección (texto)</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Beneficiary account</source>
        <translation>Cuenta del beneficiario</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Fecha de fabricación</translation>
    </message>
    <message>
        <source>Call sign</source>
        <translation>Indicativo de llamada</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Número llamante</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Ocultación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Data-subject category</source>
        <translation>Categoría de interesado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Fecha de defunción</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Dissolution date</source>
        <translation>Fecha de disolución</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duración (s)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de fichero</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Pabellón</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Dirección completa</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>ICAO type code</source>
        <translation>Código de tipo OACI</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <source>IMO number</source>
        <translation>Número OMI</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Incorporation date</source>
        <translation>Fecha de constitución</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Implicados</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>MMSI</source>
        <translation>MMSI</translation>
    </message>
    <message>
        <source>Main country</source>
        <translation>País principal</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Matronymic</source>
        <translation>Matronímico</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Navigation area</source>
        <translation>Zona de navegación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Fecha de apertura</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Participating agencies</source>
        <translation>Organismos participantes</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronímico</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Payer account</source>
        <translation>Cuenta del pagador</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Número personal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Photo (exhibit file)</source>
        <translation>Foto (fichero de pieza)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Previous name</source>
        <translation>Nombre anterior</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Receiver number</source>
        <translation>Número receptor</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID de registro</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Papel en el caso</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Second name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Seized by</source>
        <translation>Incautado por</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Enlace de la fuente</translation>
    </message>
    <message>
        <source>Source pseudonym</source>
        <translation>Seudónimo de la fuente</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Número fiscal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Tonnage</source>
        <translation>Tonelaje</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>Número de operación</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN (bastidor)</translation>
    </message>
    <message>
        <source>Weak alias</source>
        <translation>Alias débil</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Action item</source>
        <translation>Acción pendiente</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Aircraft</source>
        <translation>Aeronave</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Associates</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Cuentas bancarias</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Companys</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Crypto wallet</source>
        <translation>Monedero de criptomonedas</translation>
    </message>
    <message>
        <source>Crypto wallets</source>
        <translation>Monederos de criptomonedas</translation>
    </message>
    <message>
        <source>Directorship</source>
        <translation>Cargo directivo</translation>
    </message>
    <message>
        <source>Directorships</source>
        <translation>Cargos directivos</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Empleos</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Family links</source>
        <translation>Vínculos familiares</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Documento de identificación</translation>
    </message>
    <message>
        <source>Identifications</source>
        <translation>Documentos de identificación</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalos</translation>
    </message>
    <message>
        <source>Legal entities</source>
        <translation>Personas jurídicas</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Persona jurídica</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Pertenencia</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Pertenencias</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Ownerships</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>Pasaportes</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Public bodies</source>
        <translation>Organismos públicos</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Organismo público</translation>
    </message>
    <message>
        <source>Representation</source>
        <translation>Representación</translation>
    </message>
    <message>
        <source>Representations</source>
        <translation>Representaciones</translation>
    </message>
    <message>
        <source>Request for co-operation</source>
        <translation>Solicitud de cooperación</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Incautación</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Incautaciones</translation>
    </message>
    <message>
        <source>Thing</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viaje</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Cuenta de usuario</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Buque</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>Buques</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
</context>
</TS>
