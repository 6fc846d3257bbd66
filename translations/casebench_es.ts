<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AuditModel</name>
    <message>
        <source>The chain from its first record. Click to list the newest record first.</source>
        <translation>La cadena desde su primer registro. Haga clic para ver primero el registro más reciente.</translation>
    </message>
    <message>
        <source>Newest record first, numbered down the chain. Click to list the chain from its first record.</source>
        <translation>Primero el registro más reciente, numerados hacia atrás en la cadena. Haga clic para ver la cadena desde su primer registro.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="114"/>
        <source>Record {seq}, hash {hash}</source>
        <translation>Registro {seq}, hash {hash}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="124"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="124"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="124"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="124"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="125"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="125"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="125"/>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>{name}
Double-click or Enter opens it.
{id}</source>
        <translation>{name}
Doble clic o Intro lo abre.
{id}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="173"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="174"/>
        <source>collection</source>
        <translation>recogida</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="174"/>
        <source>alteration</source>
        <translation>modificación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="175"/>
        <source>consultation</source>
        <translation>consulta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="175"/>
        <source>disclosure</source>
        <translation>comunicación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="176"/>
        <source>combination</source>
        <translation>combinación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="176"/>
        <source>erasure</source>
        <translation>supresión</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="181"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="182"/>
        <source>Action, item or justification contains…</source>
        <translation>La acción, el elemento o la justificación contiene…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="183"/>
        <source>Verify chain</source>
        <translation>Verificar cadena</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="185"/>
        <source>The audit log records who collected, changed, consulted, disclosed, combined or erased what, and when. Verify the chain to prove no record was altered or removed.</source>
        <translation>El registro de auditoría anota quién recogió, modificó, consultó, comunicó, combinó o suprimió qué y cuándo. Verifique la cadena para demostrar que ningún registro fue alterado ni eliminado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="212"/>
        <source>Verifying the audit chain…</source>
        <translation>Verificando la cadena de auditoría…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="219"/>
        <source>The audit chain is BROKEN:</source>
        <translation>La cadena de auditoría está ROTA:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="222"/>
        <source>The audit chain is intact: every record follows the one before it and none was altered or removed.</source>
        <translation>La cadena de auditoría está intacta: cada registro sigue al anterior y ninguno fue alterado ni eliminado.</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="94"/>
        <source>Partner bundles</source>
        <translation>Paquetes para socios</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="96"/>
        <source>A bundle is a signed, encrypted file for partner workbenches. Handling rules decide what each recipient may receive; you see what is withheld before anything is written. Imported bundles are verified completely and may propose merges, listed below.</source>
        <translation>Un paquete es un archivo firmado y cifrado para las estaciones de los socios. Las reglas de tratamiento deciden qué puede recibir cada destinatario; verá lo que se retiene antes de escribir nada. Los paquetes importados se verifican por completo y pueden proponer fusiones, que se listan abajo.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="99"/>
        <source>Export bundle…</source>
        <translation>Exportar paquete…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="100"/>
        <source>Import bundle…</source>
        <translation>Importar paquete…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="101"/>
        <source>Add partner…</source>
        <translation>Añadir socio…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="102"/>
        <source>My contact card…</source>
        <translation>Mi tarjeta de contacto…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="108"/>
        <source>Your investigator identity is set up on this computer.</source>
        <translation>Su identidad de investigador está configurada en este equipo.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="110"/>
        <source>You have no investigator identity yet; it is created the first time you export or import a bundle.</source>
        <translation>Aún no tiene identidad de investigador; se crea la primera vez que exporte o importe un paquete.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="132"/>
        <source>Passphrase of your investigator identity, to sign the bundle:</source>
        <translation>Frase de paso de su identidad de investigador, para firmar el paquete:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="143"/>
        <source>Bundle {id} written to {files}. SHA-256 of its SHA256SUMS: {sha}.</source>
        <translation>Paquete {id} escrito en {files}. SHA-256 de su SHA256SUMS: {sha}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="146"/>
        <source>Key file {key}: send its passphrase by another channel.</source>
        <translation>Archivo de clave {key}: envíe su frase de paso por otro canal.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="155"/>
        <source>Passphrase of your investigator identity, to decrypt the bundle:</source>
        <translation>Frase de paso de su identidad de investigador, para descifrar el paquete:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="165"/>
        <source>Last import: bundle {id} from {sender}.</source>
        <translation>Última importación: paquete {id} de {sender}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="175"/>
        <source>Choose the partner's contact card</source>
        <translation>Elija la tarjeta de contacto del socio</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="182"/>
        <location filename="../src/casebench/ui/bundles_view.py" line="185"/>
        <location filename="../src/casebench/ui/bundles_view.py" line="193"/>
        <location filename="../src/casebench/ui/bundles_view.py" line="198"/>
        <source>Add partner</source>
        <translation>Añadir socio</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="188"/>
        <source>{name} ({agency}, {country})

Fingerprint:
{hex}

In words:
{words}

Call the partner on a number you already know (not one from the same message) and have them read their fingerprint. Does it match exactly?</source>
        <translation>{name} ({agency}, {country})

Huella:
{hex}

En palabras:
{words}

Llame al socio a un número que ya conozca (no uno del mismo mensaje) y pídale que le lea su huella. ¿Coincide exactamente?</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="197"/>
        <source>Partner pinned: {label}.</source>
        <translation>Socio fijado: {label}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="206"/>
        <source>My contact card</source>
        <translation>Mi tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="209"/>
        <source>Give this card to partners (e-mail or stick), then read them the fingerprint by phone so they can check it.</source>
        <translation>Entregue esta tarjeta a los socios (correo o memoria USB) y léales la huella por teléfono para que la comprueben.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="224"/>
        <location filename="../src/casebench/ui/bundles_view.py" line="230"/>
        <source>Save my contact card</source>
        <translation>Guardar mi tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="225"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Name the partners who may receive each RED item</source>
        <translation>Indique los socios que pueden recibir cada elemento RED</translation>
    </message>
    <message>
        <source>Passphrase of your investigator identity, to read your partner directory:</source>
        <translation>Frase de paso de su identidad de investigador, para leer su directorio de socios:</translation>
    </message>
    <message>
        <source>RED recipients…</source>
        <translation>Destinatarios RED…</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n más)</numerusform>
            <numerusform> (+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>No path from {first} to {second} with these options: in time order or following the links' direction, a path starts at the entity selected first.</source>
        <translation>No hay camino de {first} a {second} con estas opciones: en orden temporal o siguiendo el sentido de los vínculos, un camino empieza en la entidad seleccionada primero.</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) found from {first} to {second}; the first is highlighted.</source>
        <translation>
            <numerusform>%n camino encontrado de {first} a {second}; está resaltado.</numerusform>
            <numerusform>%n caminos encontrados de {first} a {second}; el primero está resaltado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close chart</source>
        <translation>Cerrar gráfico</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved (the entities on it, where they are placed). Close it and lose them? Save or Save as… keeps them.</source>
        <translation>«{name}» tiene cambios sin guardar (las entidades que contiene y dónde están colocadas). ¿Cerrarlo y perderlos? Guardar o Guardar como… los conserva.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="103"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="104"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="106"/>
        <source>Force-directed</source>
        <translation>Dirigido por fuerzas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="106"/>
        <source>Hierarchical</source>
        <translation>Jerárquico</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="107"/>
        <source>Circular</source>
        <translation>Circular</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="109"/>
        <source>Lay out</source>
        <translation>Distribuir</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="110"/>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="111"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="112"/>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="114"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="131"/>
        <source>Find path between the two selected entities</source>
        <translation>Buscar un camino entre las dos entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="133"/>
        <source>Follow arrows</source>
        <translation>Seguir las flechas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="134"/>
        <source>In time order</source>
        <translation>En orden cronológico</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="139"/>
        <source>Find path</source>
        <translation>Buscar camino</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="180"/>
        <source>(whole case)</source>
        <translation>(todo el caso)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="323"/>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="323"/>
        <source>Name of the chart:</source>
        <translation>Nombre del gráfico:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="353"/>
        <source>Select exactly two entities (click, then Ctrl+click).</source>
        <translation>Seleccione exactamente dos entidades (clic y luego Ctrl+clic).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="365"/>
        <source>No path between these two with these options.</source>
        <translation>No hay camino entre estas dos con estas opciones.</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>IBANs</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Wallet addresses</source>
        <translation>Direcciones de monedero</translation>
    </message>
    <message>
        <source>Involved, holder, location…</source>
        <translation>Implicado, titular, lugar…</translation>
    </message>
    <message>
        <source>Shared identifiers</source>
        <translation>Identificadores compartidos</translation>
    </message>
    <message>
        <source>Find on chart…</source>
        <translation>Buscar en el gráfico…</translation>
    </message>
    <message>
        <source>Add the neighbours of the selected entities; the arrow expands by one kind of link</source>
        <translation>Añade los vecinos de las entidades seleccionadas; la flecha expande por un tipo de vínculo</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>como máximo </translation>
    </message>
    <message>
        <source>How many neighbours one Expand adds; the rest are counted</source>
        <translation>Cuántos vecinos añade cada Expandir; el resto se cuenta</translation>
    </message>
    <message>
        <source>Hide or show kinds of entities and links</source>
        <translation>Ocultar o mostrar tipos de entidades y vínculos</translation>
    </message>
    <message>
        <source>New chart tab (Ctrl+T)</source>
        <translation>Nueva pestaña de gráfico (Ctrl+T)</translation>
    </message>
    <message>
        <source>Chart {0}</source>
        <translation>Gráfico {0}</translation>
    </message>
    <message>
        <source>Reading the links of the case…</source>
        <translation>Leyendo los vínculos del caso…</translation>
    </message>
    <message>
        <source>Select entities in the entity list, in search results or on the timeline and choose Show on chart ({0}), or open a saved chart above. Expand then adds their neighbours.</source>
        <translation>Seleccione entidades en la lista de entidades, en los resultados de búsqueda o en la cronología y elija Mostrar en el gráfico ({0}), o abra un gráfico guardado arriba. Después, Expandir añade sus vecinos.</translation>
    </message>
    <message>
        <source>This case has {0} entities to draw, too many for one chart (a chart holds at most {1}). Start from the few that matter.</source>
        <translation>Este caso tiene {0} entidades que dibujar, demasiadas para un solo gráfico (un gráfico admite como máximo {1}). Empiece por las pocas que importan.</translation>
    </message>
    <message>
        <source>This chart is empty.</source>
        <translation>Este gráfico está vacío.</translation>
    </message>
    <message>
        <source>Nothing was added: see the note above the chart.</source>
        <translation>No se añadió nada: vea la nota encima del gráfico.</translation>
    </message>
    <message>
        <source>{0} left off: the chart is full ({1})</source>
        <translation>{0} no caben: el gráfico está lleno ({1})</translation>
    </message>
    <message>
        <source>{0} cannot be drawn (not an entity with links)</source>
        <translation>{0} no se pueden dibujar (no son entidades con vínculos)</translation>
    </message>
    <message>
        <source>Select the entities to expand first.</source>
        <translation>Seleccione primero las entidades que desea expandir.</translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation>{0} añadidas.</translation>
    </message>
    <message>
        <source>No neighbours to add.</source>
        <translation>No hay vecinos que añadir.</translation>
    </message>
    <message>
        <source>{0} more stayed off the chart ({1}).</source>
        <translation>{0} más se quedaron fuera del gráfico ({1}).</translation>
    </message>
    <message>
        <source>The chart is full ({0}): remove some entities or raise the limit in Settings.</source>
        <translation>El gráfico está lleno ({0}): quite algunas entidades o suba el límite en Configuración.</translation>
    </message>
    <message>
        <source>Expand again for more, or expand by one kind of link.</source>
        <translation>Expanda de nuevo para ver más, o expanda por un tipo de vínculo.</translation>
    </message>
    <message>
        <source>Select entities first</source>
        <translation>Seleccione entidades primero</translation>
    </message>
    <message>
        <source>All neighbours</source>
        <translation>Todos los vecinos</translation>
    </message>
    <message>
        <source>By kind of link</source>
        <translation>Por tipo de vínculo</translation>
    </message>
    <message>
        <source>{0} removed from the chart.</source>
        <translation>{0} quitadas del gráfico.</translation>
    </message>
    <message>
        <source>Found on this chart for “{1}”: {0}. Enter goes to the next.</source>
        <translation>Encontradas en este gráfico para «{1}»: {0}. Intro pasa a la siguiente.</translation>
    </message>
    <message>
        <source>Nothing on this chart matches “{0}”. To add it, search the case and choose Show on chart.</source>
        <translation>Nada en este gráfico coincide con «{0}». Para añadirlo, busque en el caso y elija Mostrar en el gráfico.</translation>
    </message>
    <message>
        <source>Looking at {0} entities…</source>
        <translation>Examinando {0} entidades…</translation>
    </message>
    <message>
        <source>Expanding…</source>
        <translation>Expandiendo…</translation>
    </message>
    <message>
        <source>Counting links…</source>
        <translation>Contando vínculos…</translation>
    </message>
    <message>
        <source>Open beside the chart</source>
        <translation>Abrir junto al gráfico</translation>
    </message>
    <message>
        <source>Expand by kind of link</source>
        <translation>Expandir por tipo de vínculo</translation>
    </message>
    <message>
        <source>Remove from chart</source>
        <translation>Quitar del gráfico</translation>
    </message>
    <message>
        <source>Print / export chart…</source>
        <translation>Imprimir / exportar gráfico…</translation>
    </message>
    <message>
        <source>Grouped by organisation</source>
        <translation>Agrupado por organización</translation>
    </message>
    <message>
        <source>Grouped by country</source>
        <translation>Agrupado por país</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) found; the first is highlighted.</source>
        <translation>
            <numerusform>%n camino encontrado; está resaltado.</numerusform>
            <numerusform>%n caminos encontrados; el primero está resaltado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="615"/>
        <source>Check every row</source>
        <translation>Comprobar todas las filas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="616"/>
        <source>Rows with a problem are listed by row number (as a spreadsheet shows them) and column. Nothing has been imported yet.</source>
        <translation>Las filas con problemas se listan por número de fila (como las muestra una hoja de cálculo) y columna. Todavía no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="619"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="634"/>
        <source>Strict: import nothing if any row has a problem</source>
        <translation>Estricto: no importar nada si alguna fila tiene un problema</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="649"/>
        <source>Reading every row…</source>
        <translation>Leyendo todas las filas…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="677"/>
        <source>{rows} rows read — OK: {ok}, with problems: {bad}.</source>
        <translation>{rows} filas leídas — correctas: {ok}, con problemas: {bad}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="698"/>
        <source>Every row can be imported.</source>
        <translation>Todas las filas se pueden importar.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="700"/>
        <source>Strict mode: rows with problems ({bad}) stop the import; nothing will be imported.</source>
        <translation>Modo estricto: las filas con problemas ({bad}) detienen la importación; no se importará nada.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="703"/>
        <source>Rows to import: {ok}. Rows with problems ({bad}) are left out and reported.</source>
        <translation>Filas que se importarán: {ok}. Las filas con problemas ({bad}) se omiten y se informan.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="705"/>
        <source>The file is first taken in as evidence; every value will point at its row.</source>
        <translation>Primero el archivo se incorpora como evidencia; cada valor apuntará a su fila.</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="101"/>
        <source>Add custody event</source>
        <translation>Añadir evento de custodia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="106"/>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="107"/>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="108"/>
        <source>From (person):</source>
        <translation>De (persona):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="109"/>
        <source>From (organisation):</source>
        <translation>De (organismo):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="110"/>
        <source>To (person):</source>
        <translation>A (persona):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="111"/>
        <source>To (organisation):</source>
        <translation>A (organismo):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="112"/>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="113"/>
        <source>Purpose:</source>
        <translation>Finalidad:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="114"/>
        <source>Authority:</source>
        <translation>Autoridad:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="115"/>
        <source>Seal before:</source>
        <translation>Precinto antes:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="116"/>
        <source>Seal after:</source>
        <translation>Precinto después:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="117"/>
        <source>Seal found intact</source>
        <translation>Precinto intacto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="122"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="130"/>
        <source>Seal NOT intact.</source>
        <translation>Precinto NO intacto.</translation>
    </message>
    <message>
        <source>e.g. 2024-03-12T09:30+01:00</source>
        <translation>p. ej. 2024-03-12T09:30+01:00</translation>
    </message>
    <message>
        <source>Your time zone: {zone}. Write the offset of the place where it happened if it differs.</source>
        <translation>Su zona horaria: {zone}. Escriba el desfase del lugar donde ocurrió si es distinto.</translation>
    </message>
    <message>
        <source>from whom (a person or an organisation)</source>
        <translation>de quién (una persona o una organización)</translation>
    </message>
    <message>
        <source>to whom (a person or an organisation)</source>
        <translation>a quién (una persona o una organización)</translation>
    </message>
    <message>
        <source>A “{event}” event needs: {fields}.</source>
        <translation>Un evento «{event}» necesita: {fields}.</translation>
    </message>
    <message>
        <source>Say when it happened, with the time zone (e.g. {example}).</source>
        <translation>Indique cuándo ocurrió, con la zona horaria (p. ej. {example}).</translation>
    </message>
    <message>
        <source>Give the time zone of {time}: e.g. {example}.</source>
        <translation>Indique la zona horaria de {time}: p. ej. {example}.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pieza de convicción</translation>
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
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Seal before</source>
        <translation>Precinto antes</translation>
    </message>
    <message>
        <source>Seal after</source>
        <translation>Precinto después</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>This will be appended to the custody log for good; it cannot be changed or removed afterwards, only followed by a correcting event.</source>
        <translation>Esto se añadirá definitivamente al registro de custodia; después no podrá modificarse ni eliminarse, solo seguirse de un evento que lo corrija.</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="182"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="182"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="182"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="182"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="182"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="183"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="183"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="183"/>
        <source>Seal</source>
        <translation>Precinto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="183"/>
        <source>Hash check</source>
        <translation>Comprobación de hash</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="187"/>
        <source>matched</source>
        <translation>coincide</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="187"/>
        <source>MISMATCH</source>
        <translation>NO COINCIDE</translation>
    </message>
    <message>
        <source>{when}
entered {recorded} by {who}</source>
        <translation>{when}
registrado el {recorded} por {who}</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="74"/>
        <source>Case details</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="75"/>
        <source>These appear on briefing packs and bundles. The title is stored inside the encrypted case only.</source>
        <translation>Aparecen en los dosieres de reunión y en los paquetes. El título solo se guarda dentro del caso cifrado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="80"/>
        <source>e.g. Operation Mar Azul</source>
        <translation>p. ej. Operación Mar Azul</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="83"/>
        <source>e.g. ES-UDYCO-2024-0117</source>
        <translation>p. ej. ES-UDYCO-2024-0117</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="86"/>
        <source>e.g. UDYCO Madrid</source>
        <translation>p. ej. UDYCO Madrid</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="91"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="92"/>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="93"/>
        <source>Originator agency:</source>
        <translation>Organismo de origen:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="94"/>
        <source>Originator country:</source>
        <translation>País de origen:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="95"/>
        <source>Default TLP:</source>
        <translation>TLP por defecto:</translation>
    </message>
</context>
<context>
    <name>EntitiesPage</name>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="122"/>
        <source>Filter by name…</source>
        <translation>Filtrar por nombre…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="124"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="125"/>
        <source>New {kind}</source>
        <translation>Nuevo: {kind}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="148"/>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="152"/>
        <source>Any TLP</source>
        <translation>Cualquier TLP</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="156"/>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="166"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="170"/>
        <source>1 entity</source>
        <translation>1 entidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="172"/>
        <source>{n} entities</source>
        <translation>{n} entidades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="174"/>
        <source>No entities match. Change the filters or create one with New.</source>
        <translation>Ninguna entidad coincide. Cambie los filtros o cree una con Nuevo.</translation>
    </message>
    <message>
        <source>Sorting by {column} is offered for lists of up to {n} rows: filter the list first.</source>
        <translation>La ordenación por {column} se ofrece en listas de hasta {n} filas: filtre antes la lista.</translation>
    </message>
    <message>
        <source>This list cannot be sorted by {column}.</source>
        <translation>Esta lista no se puede ordenar por {column}.</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="117"/>
        <source>No entity selected</source>
        <translation>Ninguna entidad seleccionada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="118"/>
        <source>Choose an entity in the list, or create one with New.</source>
        <translation>Elija una entidad de la lista o cree una con Nuevo.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="134"/>
        <source>Copy id</source>
        <translation>Copiar id</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="135"/>
        <source>Copies the entity id; it leaves the clipboard after 30 s</source>
        <translation>Copia el id de la entidad; sale del portapapeles tras 30 s</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="137"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="152"/>
        <source>Unmerge…</source>
        <translation>Separar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="168"/>
        <source>Retract value…</source>
        <translation>Retirar valor…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="171"/>
        <source>Show retracted values</source>
        <translation>Mostrar valores retirados</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="184"/>
        <source>Show all properties</source>
        <translation>Mostrar todas las propiedades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="191"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="226"/>
        <source>New {kind}</source>
        <translation>Nuevo: {kind}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="229"/>
        <source>Fill in what is known; every field accepts several values (+).</source>
        <translation>Rellene lo que se sepa; cada campo admite varios valores (+).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="233"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="253"/>
        <source>Created {date}</source>
        <translation>Creado el {date}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="255"/>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="257"/>
        <source>Data subject: {category}</source>
        <translation>Interesado: {category}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="265"/>
        <source>Add values</source>
        <translation>Añadir valores</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="338"/>
        <source>Type at least one value.</source>
        <translation>Escriba al menos un valor.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="374"/>
        <source>Select a value to retract first.</source>
        <translation>Seleccione primero el valor que quiere retirar.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="376"/>
        <source>Retract value</source>
        <translation>Retirar valor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="377"/>
        <source>Why is this value retracted? (kept in the audit log)</source>
        <translation>¿Por qué se retira este valor? (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="388"/>
        <location filename="../src/casebench/ui/editor.py" line="391"/>
        <source>Unmerge</source>
        <translation>Separar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="388"/>
        <source>Which merged entity should be separated again?</source>
        <translation>¿Qué entidad fusionada debe separarse de nuevo?</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="391"/>
        <source>Reason (kept in the audit log):</source>
        <translation>Motivo (queda en el registro de auditoría):</translation>
    </message>
    <message numerus="yes">
        <source>and %n more under Links</source>
        <translation>
            <numerusform>y %n más en Vínculos</numerusform>
            <numerusform>y %n más en Vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Values ({n})</source>
        <translation>Valores ({n})</translation>
    </message>
    <message>
        <source>Links ({n})</source>
        <translation>Vínculos ({n})</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Merged from:</source>
        <translation>Fusionado a partir de:</translation>
    </message>
    <message>
        <source>Show on chart</source>
        <translation>Mostrar en el gráfico</translation>
    </message>
    <message>
        <source>Put this entity on the link chart ({0})</source>
        <translation>Poner esta entidad en el gráfico de vínculos ({0})</translation>
    </message>
    <message>
        <source>Values not saved</source>
        <translation>Valores sin guardar</translation>
    </message>
    <message>
        <source>You typed values for “{name}” that are not saved.

Save them now, discard them, or cancel to go back to them.</source>
        <translation>Ha escrito valores para «{name}» que no se han guardado.

Guárdelos ahora, descártelos o cancele para volver a ellos.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to {name}</source>
        <translation>
            <numerusform>Guardado %n cambio en {name}</numerusform>
            <numerusform>Guardados %n cambios en {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityField</name>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="181"/>
        <source>Type part of a name to find the entity</source>
        <translation>Escriba parte de un nombre para buscar la entidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="235"/>
        <source>Choose an entity from the list (type part of its name).</source>
        <translation>Elija una entidad de la lista (escriba parte de su nombre).</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../src/casebench/ui/entity_model.py" line="176"/>
        <source>{caption} — imported from another workbench</source>
        <translation>{caption} — importada de otro puesto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entity_model.py" line="188"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entity_model.py" line="188"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entity_model.py" line="188"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entity_model.py" line="188"/>
        <source>Created</source>
        <translation>Creado</translation>
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
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
</context>
<context>
    <name>ExhibitDialog</name>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>where it was seized, e.g. Europe/Madrid or +01:00</source>
        <translation>donde se incautó, p. ej. Europe/Madrid o +01:00</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="70"/>
        <source>New exhibit</source>
        <translation>Nueva pieza</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="71"/>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="71"/>
        <source>e.g. MA-EX-014</source>
        <translation>p. ej. MA-EX-014</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="75"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="76"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="77"/>
        <source>Seized where:</source>
        <translation>Dónde se incautó:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="78"/>
        <source>Seized when:</source>
        <translation>Cuándo se incautó:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="78"/>
        <source>e.g. 2024-03-11T14:05+01:00</source>
        <translation>p. ej. 2024-03-11T14:05+01:00</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="79"/>
        <source>Seized by:</source>
        <translation>Incautado por:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="80"/>
        <source>Authority:</source>
        <translation>Autoridad:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="80"/>
        <source>warrant, court order …</source>
        <translation>mandamiento, auto judicial …</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="81"/>
        <source>Seal numbers:</source>
        <translation>Números de precinto:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="81"/>
        <source>separated by commas</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="82"/>
        <source>Storage location:</source>
        <translation>Lugar de custodia:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="86"/>
        <source>An exhibit needs a reference.</source>
        <translation>Una pieza necesita una referencia.</translation>
    </message>
</context>
<context>
    <name>ExhibitModel</name>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="131"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="131"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="131"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="131"/>
        <source>Seized</source>
        <translation>Incautación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="132"/>
        <source>Files</source>
        <translation>Ficheros</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="132"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
</context>
<context>
    <name>ExhibitsPage</name>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="127"/>
        <source>Filter by reference or description…</source>
        <translation>Filtrar por referencia o descripción…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="128"/>
        <source>New exhibit…</source>
        <translation>Nueva pieza…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="129"/>
        <source>Take in files…</source>
        <translation>Incorporar ficheros…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="130"/>
        <source>Or drop files and folders onto this page</source>
        <translation>O suelte ficheros y carpetas en esta página</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="131"/>
        <source>Add custody event…</source>
        <translation>Añadir evento de custodia…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="132"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="133"/>
        <source>Extract…</source>
        <translation>Extraer…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="134"/>
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="135"/>
        <source>Content files and hashes</source>
        <translation>Ficheros y hashes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="136"/>
        <source>Double-click a file to copy its SHA-256 (cleared from the clipboard after 30 s)</source>
        <translation>Doble clic en un fichero para copiar su SHA-256 (se borra del portapapeles tras 30 s)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="138"/>
        <source>No exhibit selected</source>
        <translation>Ninguna pieza seleccionada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="139"/>
        <source>Choose an exhibit to see its custody chain and content files, or create one with New exhibit. Files and folders dropped here are taken into the selected exhibit.</source>
        <translation>Elija una pieza para ver su cadena de custodia y sus ficheros, o cree una con Nueva pieza. Los ficheros y carpetas que suelte aquí se incorporan a la pieza seleccionada.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="194"/>
        <source>Seized {when} at {where} by {who}</source>
        <translation>Incautado {when} en {where} por {who}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="197"/>
        <source>Seals: {seals}</source>
        <translation>Precintos: {seals}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="199"/>
        <source>Stored at: {place}</source>
        <translation>Custodiado en: {place}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {size}</source>
        <translation>
            <numerusform>%n fichero, {size}</numerusform>
            <numerusform>%n ficheros, {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="208"/>
        <source>New exhibit</source>
        <translation>Nueva pieza</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="217"/>
        <source>Take in files</source>
        <translation>Incorporar ficheros</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="217"/>
        <source>Choose or create an exhibit first.</source>
        <translation>Elija o cree primero una pieza.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="219"/>
        <source>Take in a folder</source>
        <translation>Incorporar una carpeta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="237"/>
        <source>Intake into {ref}</source>
        <translation>Incorporación a {ref}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="238"/>
        <source>Hashing and encrypting…</source>
        <translation>Calculando hashes y cifrando…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="247"/>
        <source>{message}
{done} of {total}</source>
        <translation>{message}
{done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>Took in %n file(s), {size}.</source>
        <translation>
            <numerusform>Se incorporó %n fichero, {size}.</numerusform>
            <numerusform>Se incorporaron %n ficheros, {size}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) stored once.</source>
        <translation>
            <numerusform>%n duplicado guardado una sola vez.</numerusform>
            <numerusform>%n duplicados guardados una sola vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="257"/>
        <source>Skipped: {list}</source>
        <translation>Omitidos: {list}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="267"/>
        <source>Intake cancelled; nothing was added to the exhibit.</source>
        <translation>Incorporación cancelada; no se añadió nada a la pieza.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="270"/>
        <source>Intake</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="280"/>
        <source>Custody</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="287"/>
        <source>Verify exhibit</source>
        <translation>Verificar pieza</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="288"/>
        <source>Re-hashing the content and checking the custody chain…</source>
        <translation>Recalculando hashes y comprobando la cadena de custodia…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="296"/>
        <source>Verification found problems:</source>
        <translation>La verificación encontró problemas:</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n file(s), {size}; custody chain intact.</source>
        <translation>
            <numerusform>Verificado: %n fichero, {size}; cadena de custodia intacta.</numerusform>
            <numerusform>Verificados: %n ficheros, {size}; cadena de custodia intacta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="307"/>
        <source>Extract the exhibit's files into…</source>
        <translation>Extraer los ficheros de la pieza en…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="310"/>
        <location filename="../src/casebench/ui/exhibits_view.py" line="315"/>
        <source>Extract</source>
        <translation>Extraer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="311"/>
        <source>Reason for the extraction (recorded as a custody check-out):</source>
        <translation>Motivo de la extracción (se registra como salida de custodia):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="315"/>
        <source>Decrypting and checking…</source>
        <translation>Descifrando y comprobando…</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n file(s); the check-out is in the custody chain.</source>
        <translation>
            <numerusform>Se extrajo %n fichero; la salida consta en la cadena de custodia.</numerusform>
            <numerusform>Se extrajeron %n ficheros; la salida consta en la cadena de custodia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="330"/>
        <source>SHA-256 copied; it leaves the clipboard after 30 seconds.</source>
        <translation>SHA-256 copiado; sale del portapapeles tras 30 segundos.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="485"/>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="506"/>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="530"/>
        <source>Export a partner bundle</source>
        <translation>Exportar un paquete para socios</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="495"/>
        <source>Write bundle</source>
        <translation>Escribir paquete</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="507"/>
        <source>Writing, signing and encrypting the bundle…</source>
        <translation>Escribiendo, firmando y cifrando el paquete…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="527"/>
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="528"/>
        <source>The export was cancelled: no file was written and nothing was recorded.</source>
        <translation>Se canceló la exportación: no se escribió ningún archivo ni se registró nada.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="132"/>
        <source>Choose the table</source>
        <translation>Elegir la tabla</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="133"/>
        <source>A CSV file (any encoding or separator) or an Excel workbook (.xlsx): call records, a bank statement, a seizure list…</source>
        <translation>Un archivo CSV (cualquier codificación o separador) o un libro de Excel (.xlsx): registros de llamadas, un extracto bancario, una lista de incautaciones…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="139"/>
        <source>e.g. movistar-cdr-2024-T1.csv</source>
        <translation>p. ej. movistar-cdr-2024-T1.csv</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="140"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="147"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="152"/>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="156"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="157"/>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="158"/>
        <source>Separator:</source>
        <translation>Separador:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="161"/>
        <source>casebench guesses the encoding and the separator; if the preview on the next page shows garbled letters or a single column, choose them here.</source>
        <translation>casebench adivina la codificación y el separador; si la vista previa de la página siguiente muestra letras extrañas o una sola columna, elíjalos aquí.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="176"/>
        <source>comma ( , )</source>
        <translation>coma ( , )</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="176"/>
        <source>semicolon ( ; )</source>
        <translation>punto y coma ( ; )</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="176"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="177"/>
        <source>bar ( | )</source>
        <translation>barra ( | )</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="181"/>
        <source>Excel workbook, sheet {sheet}</source>
        <translation>Libro de Excel, hoja {sheet}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="181"/>
        <source>(the first)</source>
        <translation>(la primera)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="182"/>
        <source>CSV file, encoding {encoding}, separated by {separator}</source>
        <translation>Archivo CSV, codificación {encoding}, separado por {separator}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="187"/>
        <source>Choose a CSV or Excel file</source>
        <translation>Elija un archivo CSV o de Excel</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="207"/>
        <source>There is no file {name} here.</source>
        <translation>Aquí no hay ningún archivo {name}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="212"/>
        <source>Reading the start of the file…</source>
        <translation>Leyendo el principio del archivo…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="223"/>
        <source>Reading it as: {format}</source>
        <translation>Se lee como: {format}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>The first</source>
        <translation>La primera</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>Column names in row:</source>
        <translation>Nombres de columna en la fila:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>, column names in row {row}</source>
        <translation>, nombres de columna en la fila {row}</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Revertir…</translation>
    </message>
    <message>
        <source>Rolling back the import of {file} stopped before it finished. Roll it back to delete the rest of the rows it brought in.</source>
        <translation>La reversión de la importación de {file} se detuvo antes de terminar. Reviértala para borrar el resto de las filas que trajo.</translation>
    </message>
    <message>
        <source>The import of {file} (specification {spec}) started on {date} stopped after row {row}. To finish it, choose the same file with the same specification: it goes on from the next row. Or roll it back: every row it brought in is deleted.</source>
        <translation>La importación de {file} (especificación {spec}) iniciada el {date} se detuvo tras la fila {row}. Para terminarla, elija el mismo archivo con la misma especificación: continúa desde la fila siguiente. O reviértala: se borran todas las filas que trajo.</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>(sin guardar)</translation>
    </message>
    <message>
        <source>{count} more unfinished imports follow this one.</source>
        <translation>Después de esta hay {count} importaciones más sin terminar.</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="195"/>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="195"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="195"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="195"/>
        <source>Hashed</source>
        <translation>Hash calculado</translation>
    </message>
</context>
<context>
    <name>GuideBrowser</name>
    <message>
        <location filename="../src/casebench/ui/help.py" line="45"/>
        <source>casebench user guide</source>
        <translation>Guía de usuario de casebench</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="49"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="50"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="65"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="78"/>
        <source># User guide not found

The user guide is not part of this installation. It is in `docs/guide/` of the casebench sources.</source>
        <translation># Guía de usuario no encontrada

La guía de usuario no forma parte de esta instalación. Está en `docs/guide/` de las fuentes de casebench.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="98"/>
        <source>casebench works offline and does not open web links: {url}</source>
        <translation>casebench trabaja sin conexión y no abre enlaces web: {url}</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="75"/>
        <source>Your investigator identity</source>
        <translation>Su identidad de investigador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="83"/>
        <source>Your identity is a pair of keys that belongs to you, not to a case. It &lt;b&gt;signs&lt;/b&gt; the bundles you send, so partners can prove they come from you and were not altered, and it lets partners &lt;b&gt;encrypt&lt;/b&gt; bundles that only you can open. It is kept encrypted on this computer and serves all your cases.&lt;br&gt;&lt;br&gt;Your name, agency and country go on your public contact card, which you give to partners; read them its fingerprint by phone or in person so they can check it.</source>
        <translation>Su identidad es un par de claves que le pertenece a usted, no a un caso. &lt;b&gt;Firma&lt;/b&gt; los paquetes que envía, para que los socios puedan probar que vienen de usted y no se alteraron, y permite a los socios &lt;b&gt;cifrar&lt;/b&gt; paquetes que solo usted puede abrir. Se guarda cifrada en este equipo y sirve para todos sus casos.&lt;br&gt;&lt;br&gt;Su nombre, organismo y país figuran en su tarjeta de contacto pública, que entrega a los socios; léales su huella por teléfono o en persona para que la comprueben.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="94"/>
        <source>e.g. Ana Ruiz</source>
        <translation>p. ej. Ana Ruiz</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="97"/>
        <source>e.g. UDYCO Madrid</source>
        <translation>p. ej. UDYCO Madrid</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="108"/>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="109"/>
        <source>Agency:</source>
        <translation>Organismo:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="110"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="111"/>
        <source>Identity passphrase:</source>
        <translation>Frase de paso de la identidad:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="112"/>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="129"/>
        <source>Create identity</source>
        <translation>Crear identidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="141"/>
        <source>Give your name as partners know you.</source>
        <translation>Indique su nombre tal como lo conocen los socios.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="143"/>
        <source>The passphrase needs at least {n} characters; use several unrelated words.</source>
        <translation>La frase de paso necesita al menos {n} caracteres; use varias palabras sin relación entre sí.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="146"/>
        <source>Weak: add more words.</source>
        <translation>Débil: añada más palabras.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="148"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de paso no coinciden.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="153"/>
        <source>Ready. Keep this passphrase safe: without it your identity cannot be used and partners need a new card.</source>
        <translation>Listo. Guarde bien esta frase de paso: sin ella su identidad no puede usarse y los socios necesitarán una tarjeta nueva.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="142"/>
        <location filename="../src/casebench/ui/bundle_import.py" line="221"/>
        <source>Import a partner bundle</source>
        <translation>Importar un paquete de un socio</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="146"/>
        <source>The bundle is checked completely before anything enters the case: encryption, signature against the sender's pinned key, every hash and the manifest. Then it is committed in one step, or not at all.</source>
        <translation>El paquete se comprueba por completo antes de que nada entre en el caso: cifrado, firma frente a la clave fijada del remitente, cada hash y el manifiesto. Después se incorpora en un solo paso, o no se incorpora.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="155"/>
        <source>FILE.cbx</source>
        <translation>ARCHIVO.cbx</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="156"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="160"/>
        <source>Bundle:</source>
        <translation>Paquete:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="163"/>
        <source>only for passphrase mode: FILE.cbx.key.age</source>
        <translation>solo en modo frase de paso: ARCHIVO.cbx.key.age</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="167"/>
        <source>Key file:</source>
        <translation>Archivo de clave:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="168"/>
        <source>Key file passphrase:</source>
        <translation>Frase de paso del archivo de clave:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="170"/>
        <source>Verification steps:</source>
        <translation>Pasos de verificación:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="187"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="189"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="203"/>
        <source>Choose a bundle (.cbx)</source>
        <translation>Elija un paquete (.cbx)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="222"/>
        <source>Checking and importing the bundle…</source>
        <translation>Comprobando e importando el paquete…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="265"/>
        <source>This bundle ({id}) was already imported; nothing changed.</source>
        <translation>Este paquete ({id}) ya se había importado; no ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="267"/>
        <source>Imported bundle {id} from {sender}: {new} new entities, {known} already known, {stmts} new values, {retracted} retracted, {exhibits} exhibits, {files} files.</source>
        <translation>Paquete {id} de {sender} importado: {new} entidades nuevas, {known} ya conocidas, {stmts} valores nuevos, {retracted} retirados, {exhibits} piezas de convicción, {files} archivos.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="273"/>
        <source>Merges proposed for your review (Bundles › Merge review): {n}; name candidates: {c}.</source>
        <translation>Fusiones propuestas para su revisión (Paquetes › Revisión de fusiones): {n}; candidatos por nombre: {c}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="286"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se importó nada.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="288"/>
        <source>Signature: the sender's key is not pinned — refused</source>
        <translation>Firma: la clave del remitente no está fijada — rechazado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="293"/>
        <source>Nothing was imported; the case is unchanged.</source>
        <translation>No se importó nada; el caso no ha cambiado.</translation>
    </message>
    <message>
        <source>Date: more than 48 hours in the future — refused</source>
        <translation>Fecha: más de 48 horas en el futuro — rechazado</translation>
    </message>
</context>
<context>
    <name>KeyGate</name>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="211"/>
        <source>Sending and receiving partner bundles needs your investigator identity, and this computer has none yet. Create it now; it takes a moment.</source>
        <translation>Para enviar y recibir paquetes de socios se necesita su identidad de investigador, y este equipo aún no tiene ninguna. Créela ahora; solo lleva un momento.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="218"/>
        <location filename="../src/casebench/ui/identity_dialog.py" line="224"/>
        <source>Identity passphrase</source>
        <translation>Frase de paso de la identidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="219"/>
        <source>Passphrase of your investigator identity (it also unlocks your partner directory):</source>
        <translation>Frase de paso de su identidad de investigador (también desbloquea su directorio de socios):</translation>
    </message>
</context>
<context>
    <name>KeyWarning</name>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="79"/>
        <source>I compared this fingerprint with the sender by phone or in person, and it matches exactly.</source>
        <translation>He comparado esta huella con el remitente por teléfono o en persona, y coincide exactamente.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="82"/>
        <source>Accept this key and import</source>
        <translation>Aceptar esta clave e importar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="88"/>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="89"/>
        <source>In words:</source>
        <translation>En palabras:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="102"/>
        <source>WARNING: the sender's key has CHANGED</source>
        <translation>ATENCIÓN: la clave del remitente ha CAMBIADO</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="103"/>
        <source>Someone who claims to be a partner you already know signed this bundle with a different key. This can mean an impostor. Do not accept it unless the partner confirms the new fingerprint by phone or in person.</source>
        <translation>Alguien que dice ser un socio que ya conoce ha firmado este paquete con otra clave. Puede tratarse de un impostor. No la acepte salvo que el socio confirme la nueva huella por teléfono o en persona.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="107"/>
        <source>Unknown sender key</source>
        <translation>Clave de remitente desconocida</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="108"/>
        <source>This bundle is signed by a key that is not in your partner directory. Compare the fingerprint below with the sender out of band before accepting it.</source>
        <translation>Este paquete está firmado con una clave que no figura en su directorio de socios. Compare la huella siguiente con el remitente por otro canal antes de aceptarla.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="114"/>
        <source>(the bundle does not give the sender's card)</source>
        <translation>(el paquete no incluye la tarjeta del remitente)</translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="319"/>
        <source>Legal basis and purpose</source>
        <translation>Base jurídica y finalidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="320"/>
        <source>Recorded in the bundle, in the audit log (a disclosure) and in the custody of every exported exhibit.</source>
        <translation>Se registra en el paquete, en el registro de auditoría (una comunicación) y en la custodia de cada pieza de convicción exportada.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="325"/>
        <source>Mutual legal assistance request</source>
        <translation>Solicitud de asistencia judicial mutua</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="326"/>
        <source>Joint investigation team agreement</source>
        <translation>Acuerdo de equipo conjunto de investigación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="327"/>
        <source>Police co-operation channel</source>
        <translation>Canal de cooperación policial</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="328"/>
        <source>European Investigation Order</source>
        <translation>Orden europea de investigación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="329"/>
        <source>Other legal basis</source>
        <translation>Otra base jurídica</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="334"/>
        <source>e.g. MLA request ES-2024-0117, JIT-ES-PT-2024-03</source>
        <translation>p. ej. comisión rogatoria ES-2024-0117, JIT-ES-PT-2024-03</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="337"/>
        <source>e.g. joint analysis of the Atlantic route ahead of the operational meeting</source>
        <translation>p. ej. análisis conjunto de la ruta atlántica antes de la reunión operativa</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="343"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="350"/>
        <source>Legal basis:</source>
        <translation>Base jurídica:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="351"/>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="352"/>
        <source>Purpose:</source>
        <translation>Finalidad:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="353"/>
        <source>Write to:</source>
        <translation>Escribir en:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="361"/>
        <source>Write the bundle to</source>
        <translation>Escribir el paquete en</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="362"/>
        <source>casebench bundles (*.cbx)</source>
        <translation>Paquetes de casebench (*.cbx)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="374"/>
        <source>Give the reference of the request, agreement or channel.</source>
        <translation>Indique la referencia de la solicitud, el acuerdo o el canal.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="376"/>
        <source>State the purpose of the disclosure.</source>
        <translation>Indique la finalidad de la comunicación.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="379"/>
        <source>Choose where to write the bundle.</source>
        <translation>Elija dónde escribir el paquete.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="382"/>
        <source>{name} already exists; choose another file name.</source>
        <translation>{name} ya existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="384"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="106"/>
        <source>Where to keep the case</source>
        <translation>Dónde guardar el caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="107"/>
        <source>The case is a folder ending in .casebench; everything in it is encrypted. Keep it on an encrypted disk or stick.</source>
        <translation>El caso es una carpeta terminada en .casebench; todo su contenido está cifrado. Guárdela en un disco o memoria cifrados.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="113"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="122"/>
        <source>Parent folder:</source>
        <translation>Carpeta superior:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="123"/>
        <source>Case folder name:</source>
        <translation>Nombre de la carpeta del caso:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="124"/>
        <source>The case will be:</source>
        <translation>El caso será:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="136"/>
        <source>Choose the parent folder</source>
        <translation>Elija la carpeta superior</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="149"/>
        <source>Give the case folder a name.</source>
        <translation>Dé un nombre a la carpeta del caso.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="151"/>
        <source>The parent folder does not exist.</source>
        <translation>La carpeta superior no existe.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="154"/>
        <source>A folder with this name already exists and is not empty.</source>
        <translation>Ya existe una carpeta con este nombre y no está vacía.</translation>
    </message>
    <message>
        <source>The folder name can be read on this disk without the passphrase, so it is the file reference or a random name — never the case title, which stays inside the encrypted case.</source>
        <translation>El nombre de la carpeta se puede leer en este disco sin la frase de paso; por eso es la referencia del expediente o un nombre aleatorio, nunca el título del caso, que queda dentro del caso cifrado.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="198"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="308"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="228"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="228"/>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="229"/>
        <source>Becomes ({schema})</source>
        <translation>Pasa a ser ({schema})</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Time of the date</source>
        <translation>Hora de la fecha</translation>
    </message>
    <message>
        <source>Says debit or credit</source>
        <translation>Dice cargo o abono</translation>
    </message>
    <message>
        <source>Amount paid out (debit)</source>
        <translation>Importe que sale (cargo)</translation>
    </message>
    <message>
        <source>Amount paid in (credit)</source>
        <translation>Importe que entra (abono)</translation>
    </message>
    <message>
        <source>The rows as they will be imported show here once the problem above is solved.</source>
        <translation>Las filas tal como se importarán aparecen aquí cuando se resuelva el problema indicado arriba.</translation>
    </message>
    <message>
        <source>Numbers without +code are read as numbers of {country}.</source>
        <translation>Los números sin +prefijo se leen como números de {country}.</translation>
    </message>
    <message>
        <source>Numbers without +code are read as numbers of {country}, the case's country: if the file comes from another country's operator, say so in “Phones without +code are from”.</source>
        <translation>Los números sin +prefijo se leen como números de {country}, el país del caso: si el archivo viene de un operador de otro país, indíquelo en «Teléfonos sin +prefijo son de».</translation>
    </message>
    <message>
        <source>Statement of account: {problem}</source>
        <translation>Extracto de la cuenta: {problem}</translation>
    </message>
    <message>
        <source>IBAN or account number</source>
        <translation>IBAN o número de cuenta</translation>
    </message>
    <message>
        <source>The account whose statement this file is. Leave it empty when the file is not one account's statement.</source>
        <translation>La cuenta de la que es extracto este archivo. Déjelo vacío si el archivo no es el extracto de una cuenta.</translation>
    </message>
    <message>
        <source>Debit:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Abono:</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>p. ej. EUR</translation>
    </message>
    <message>
        <source>amounts as written (no direction)</source>
        <translation>importes tal como están escritos (sin entrada/salida)</translation>
    </message>
    <message>
        <source>one amount column: negative is money out</source>
        <translation>una columna de importe: negativo es dinero que sale</translation>
    </message>
    <message>
        <source>an amount and a D/C column</source>
        <translation>un importe y una columna D/H</translation>
    </message>
    <message>
        <source>The column whose D, DR, Debe, Cargo, Pago, Débito, Retrait or Withdrawal (money out) or C, CR, Haber, Abono, Ingreso, Crédito, Versement or Deposit (money in) says which way each amount went.</source>
        <translation>La columna cuyo D, DR, Debe, Cargo, Pago, Débito, Retrait o Withdrawal (dinero que sale) o C, CR, Haber, Abono, Ingreso, Crédito, Versement o Deposit (dinero que entra) dice en qué sentido fue cada importe.</translation>
    </message>
    <message>
        <source>D/C column:</source>
        <translation>Columna D/H:</translation>
    </message>
    <message>
        <source>Choose the column that says debit or credit.</source>
        <translation>Elija la columna que dice cargo o abono.</translation>
    </message>
    <message>
        <source>The column that says debit or credit is not a value: set it back to “not imported”.</source>
        <translation>La columna que dice cargo o abono no es un valor: vuelva a ponerla en «no importada».</translation>
    </message>
    <message>
        <source>a debit and a credit column</source>
        <translation>una columna de cargo y otra de abono</translation>
    </message>
    <message>
        <source>Statement of account:</source>
        <translation>Extracto de la cuenta:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Money in and out:</source>
        <translation>Entradas y salidas:</translation>
    </message>
    <message>
        <source>The statement's own account is the payer: map the other party's columns to Beneficiary account, not to Payer account.</source>
        <translation>La cuenta del extracto es la que paga: asigne las columnas de la otra parte a Cuenta del beneficiario, no a Cuenta del pagador.</translation>
    </message>
    <message>
        <source>Map the column with the amounts to Amount, or choose a debit and a credit column.</source>
        <translation>Asigne la columna de los importes a Importe, o elija una columna de cargo y otra de abono.</translation>
    </message>
    <message>
        <source>Choose both the debit column and the credit column.</source>
        <translation>Elija la columna de cargo y la columna de abono.</translation>
    </message>
    <message>
        <source>The debit and the credit column must be two different columns.</source>
        <translation>La columna de cargo y la de abono deben ser dos columnas distintas.</translation>
    </message>
    <message>
        <source>The debit and credit columns give the amount: set the column mapped to Amount back to “not imported”.</source>
        <translation>Las columnas de cargo y abono dan el importe: vuelva a poner la columna asignada a Importe en «no se importa».</translation>
    </message>
    <message>
        <source>Some amounts are negative: if this file is one account's statement, give its account below and the sign will say which way the money went.</source>
        <translation>Hay importes negativos: si este archivo es el extracto de una cuenta, indique la cuenta abajo y el signo dirá en qué sentido fue el dinero.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(elija una columna)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="335"/>
        <source>Map the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="336"/>
        <source>Say what each row becomes and where each column goes, or pick a saved specification (one per operator or bank).</source>
        <translation>Indique qué es cada fila y adónde va cada columna, o elija una especificación guardada (una por operador o banco).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="343"/>
        <source>Save as specification…</source>
        <translation>Guardar como especificación…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="352"/>
        <source>e.g. dd/mm/yyyy hh:mm:ss</source>
        <translation>p. ej. dd/mm/yyyy hh:mm:ss</translation>
    </message>
    <message>
        <source>Empty: 2024-03-11 or 11/03/2024</source>
        <translation>Vacío: 2024-03-11 o 11/03/2024</translation>
    </message>
    <message>
        <source>How the file writes its dates, as dd/mm/yyyy hh:mm:ss or %d/%m/%Y %H:%M; several formats separated by ;. Times such as 7:15 PM or 19h15 are read too.</source>
        <translation>Cómo escribe el archivo sus fechas, como dd/mm/yyyy hh:mm:ss o %d/%m/%Y %H:%M; varios formatos separados por ;. También se leen horas como 7:15 PM o 19h15.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="355"/>
        <source>e.g. Europe/Madrid or +01:00</source>
        <translation>p. ej. Europe/Madrid o +01:00</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="359"/>
        <source>the case's</source>
        <translation>el del caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="362"/>
        <source>read each amount (1.5; refuses 1.500)</source>
        <translation>leer cada importe (1.5; rechaza 1.500)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="363"/>
        <source>1.234,56 — decimal comma (es, pt, fr, de)</source>
        <translation>1.234,56 — coma decimal (es, pt, fr, de)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="364"/>
        <source>1,234.56 — decimal point (en)</source>
        <translation>1,234.56 — punto decimal (en)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="368"/>
        <source>Specification:</source>
        <translation>Especificación:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="370"/>
        <source>Each row becomes:</source>
        <translation>Cada fila es:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="372"/>
        <source>Date format:</source>
        <translation>Formato de fecha:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="374"/>
        <source>Time zone of the source:</source>
        <translation>Zona horaria del origen:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="376"/>
        <source>Phones without +code are from:</source>
        <translation>Teléfonos sin +prefijo son de:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="378"/>
        <source>Amounts are written:</source>
        <translation>Importes escritos como:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="435"/>
        <source>New mapping</source>
        <translation>Nueva asignación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="517"/>
        <source>Changed from “{spec}”: save it as a specification to reuse the new mapping.</source>
        <translation>Modificada a partir de «{spec}»: guárdela como especificación para reutilizar la nueva asignación.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="520"/>
        <source>Saved specification “{spec}”.</source>
        <translation>Especificación guardada «{spec}».</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="523"/>
        <source>Click a cell under “Becomes” to choose where the column goes.</source>
        <translation>Haga clic en una celda bajo «Pasa a ser» para elegir adónde va la columna.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="538"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="552"/>
        <source>No column is mapped yet.</source>
        <translation>Todavía no hay ninguna columna asignada.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="540"/>
        <source>Checking the first rows…</source>
        <translation>Comprobando las primeras filas…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="562"/>
        <source>First {rows} rows checked: {bad} with a problem (tinted; point at a cell to read why).</source>
        <translation>Primeras {rows} filas comprobadas: {bad} con problemas (coloreadas; señale una celda para ver el motivo).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="580"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="586"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="590"/>
        <source>Save as specification</source>
        <translation>Guardar como especificación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="581"/>
        <source>Name (e.g. the operator or bank, so the next file from them uses it):</source>
        <translation>Nombre (p. ej. el operador o banco, para que el próximo archivo suyo la use):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="587"/>
        <source>A specification named “{spec}” exists. Replace it?</source>
        <translation>Ya existe una especificación llamada «{spec}». ¿Reemplazarla?</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>In the date column</source>
        <translation>En la columna de la fecha</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>The time of the date is in:</source>
        <translation>La hora de la fecha está en:</translation>
    </message>
    <message>
        <source>As it will be imported</source>
        <translation>Tal como se importará</translation>
    </message>
    <message>
        <source>The file's cells</source>
        <translation>Las celdas del fichero</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>This entity</source>
        <translation>Esta entidad</translation>
    </message>
    <message>
        <source>The other entity</source>
        <translation>La otra entidad</translation>
    </message>
    <message>
        <source>That is this entity itself: choose the other one.</source>
        <translation>Es esta misma entidad: elija la otra.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="38"/>
        <source>Merge entities</source>
        <translation>Fusionar entidades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="41"/>
        <source>Merging keeps every value with its source; it can be undone with Unmerge. Names alone are not proof that two people are the same.</source>
        <translation>La fusión conserva cada valor con su fuente; puede deshacerse con Separar. Un nombre por sí solo no prueba que dos personas sean la misma.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="48"/>
        <source>Merge with:</source>
        <translation>Fusionar con:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="51"/>
        <source>e.g. same passport number ES-X1234567</source>
        <translation>p. ej. mismo número de pasaporte ES-X1234567</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="52"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="71"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="91"/>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="98"/>
        <source>Both have this value</source>
        <translation>Ambas tienen este valor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="104"/>
        <location filename="../src/casebench/ui/merge.py" line="105"/>
        <source>Keep “{name}” as the main entity</source>
        <translation>Conservar «{name}» como entidad principal</translation>
    </message>
</context>
<context>
    <name>MergeReviewView</name>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="222"/>
        <source>Merge review — proposals from imported bundles and tables</source>
        <translation>Revisión de fusiones — propuestas de paquetes y tablas importados</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="223"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="224"/>
        <source>All decisions</source>
        <translation>Todas las decisiones</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="225"/>
        <source>Note for the audit log (optional), e.g. same IMO confirmed with the port authority</source>
        <translation>Nota para el registro de auditoría (opcional), p. ej. mismo IMO confirmado con la autoridad portuaria</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="227"/>
        <source>Accept merge</source>
        <translation>Aceptar la fusión</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="228"/>
        <source>Fold the imported entity into the one in this case; every value keeps its source; reversible with Undo</source>
        <translation>Integrar la entidad importada en la de este caso; cada valor conserva su fuente; reversible con Deshacer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="230"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="231"/>
        <source>They are different: keep both</source>
        <translation>Son distintas: conservar ambas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="232"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="233"/>
        <source>Leave it pending and go to the next proposal</source>
        <translation>Dejarla pendiente y pasar a la siguiente propuesta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="234"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="235"/>
        <source>Revert the decision (an accepted merge is split again)</source>
        <translation>Revertir la decisión (una fusión aceptada se vuelve a separar)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="294"/>
        <location filename="../src/casebench/ui/merge_review.py" line="297"/>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="297"/>
        <source>In this case: {name}</source>
        <translation>En este caso: {name}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="298"/>
        <source>Imported: {name}</source>
        <translation>Importada: {name}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="307"/>
        <source>Both have this value</source>
        <translation>Ambas tienen este valor</translation>
    </message>
    <message>
        <source>Later merges build on proposal {id}: {names}. Undoing it splits them too, newest first, and every proposal goes back to pending review. Undo them all?</source>
        <translation>Hay fusiones posteriores que dependen de la propuesta {id}: {names}. Deshacerla también las separa, de la más reciente a la más antigua, y todas las propuestas vuelven a quedar pendientes de revisión. ¿Deshacerlas todas?</translation>
    </message>
    <message>
        <source>Undo merges built on this one</source>
        <translation>Deshacer las fusiones que dependen de esta</translation>
    </message>
    <message>
        <source>merge {n} (made by hand)</source>
        <translation>fusión {n} (hecha a mano)</translation>
    </message>
    <message>
        <source>proposal {n}</source>
        <translation>propuesta {n}</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="220"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="170"/>
        <source>Passphrase</source>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="171"/>
        <source>The passphrase unlocks the case. It is never stored; if it is lost, only a recovery key slot can open the case.</source>
        <translation>La frase de paso desbloquea el caso. Nunca se guarda; si se pierde, solo una ranura de clave de recuperación puede abrir el caso.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="183"/>
        <source>Passphrase:</source>
        <translation>Frase de paso:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="184"/>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="185"/>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="194"/>
        <source>Use several unrelated words; at least {n} characters.</source>
        <translation>Use varias palabras sin relación; al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="197"/>
        <source>Too short: at least {n} characters.</source>
        <translation>Demasiado corta: al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="199"/>
        <source>Weak: add more words.</source>
        <translation>Débil: añada más palabras.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="201"/>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Aceptable: una o dos palabras más la harían sólida.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="203"/>
        <source>Strong.</source>
        <translation>Sólida.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="205"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases no coinciden.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="103"/>
        <source>Row {row}: {reason}</source>
        <translation>Fila {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="245"/>
        <source>The first rows</source>
        <translation>Las primeras filas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="246"/>
        <source>Check that the letters and the columns look right. Cells with a problem are tinted; point at one to read why.</source>
        <translation>Compruebe que las letras y las columnas se ven bien. Las celdas con problemas están coloreadas; señale una para ver el motivo.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="259"/>
        <source>Reading the first rows…</source>
        <translation>Leyendo las primeras filas…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="274"/>
        <source>{rows} rows shown, {columns} columns.</source>
        <translation>{rows} filas mostradas, {columns} columnas.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="277"/>
        <source>Checked against the saved specification “{spec}”, whose columns are all in this file: {cells} cells have a problem.</source>
        <translation>Comprobado con la especificación guardada «{spec}», cuyas columnas están todas en este archivo: {cells} celdas tienen problemas.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="281"/>
        <source>No saved specification fits these columns; map them on the next page.</source>
        <translation>Ninguna especificación guardada encaja con estas columnas; asígnelas en la página siguiente.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="283"/>
        <source>Map the columns on the next page.</source>
        <translation>Asigne las columnas en la página siguiente.</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="266"/>
        <source>(whole row)</source>
        <translation>(toda la fila)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="280"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="280"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="280"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>PropertyRow</name>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="269"/>
        <source>Add another value</source>
        <translation>Añadir otro valor</translation>
    </message>
    <message>
        <source>Remove this value</source>
        <translation>Quitar este valor</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="222"/>
        <source>Who receives it</source>
        <translation>Quién lo recibe</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="223"/>
        <source>Partners come from your directory (keys pinned after comparing fingerprints). For a recipient without casebench keys use passphrase mode: a key file protected by a passphrase you send by another channel.</source>
        <translation>Los socios proceden de su directorio (claves fijadas tras comparar las huellas). Para un destinatario sin claves de casebench use el modo frase de paso: un archivo de clave protegido por una frase de paso que envía por otro canal.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="228"/>
        <source>Partners from my directory</source>
        <translation>Socios de mi directorio</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="230"/>
        <source>Passphrase mode (one recipient without keys)</source>
        <translation>Modo frase de paso (un destinatario sin claves)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="237"/>
        <source>fingerprint {fp}</source>
        <translation>huella {fp}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="240"/>
        <source>Your partner directory is empty. Add partners from their contact cards (Bundles › Add partner…), or use passphrase mode.</source>
        <translation>Su directorio de socios está vacío. Añada socios a partir de sus tarjetas de contacto (Paquetes › Añadir socio…) o use el modo frase de paso.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="260"/>
        <source>Recipient name:</source>
        <translation>Nombre del destinatario:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="261"/>
        <source>Agency:</source>
        <translation>Organismo:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="262"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="263"/>
        <source>Key file passphrase:</source>
        <translation>Frase de paso del archivo de clave:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="264"/>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="293"/>
        <source>Tick at least one partner.</source>
        <translation>Marque al menos un socio.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="295"/>
        <source>Name the recipient.</source>
        <translation>Indique el destinatario.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="297"/>
        <source>The key file passphrase needs at least {n} characters.</source>
        <translation>La frase de paso del archivo de clave necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="299"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de paso no coinciden.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="724"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="768"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="739"/>
        <source>Rows imported:</source>
        <translation>Filas importadas:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="740"/>
        <source>Rows rejected:</source>
        <translation>Filas rechazadas:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="741"/>
        <source>New entities (values):</source>
        <translation>Entidades nuevas (valores):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="742"/>
        <source>Evidence exhibit:</source>
        <translation>Pieza de evidencia:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="755"/>
        <source>The file is kept in the case as evidence; every imported value points at its row.</source>
        <translation>El archivo se conserva en el caso como evidencia; cada valor importado apunta a su fila.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="757"/>
        <source>The case is as it was.</source>
        <translation>El caso está como estaba.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="759"/>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="760"/>
        <source>{name} was already imported with this specification; nothing was added.</source>
        <translation>{name} ya se importó con esta especificación; no se ha añadido nada.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="763"/>
        <source>Nothing imported</source>
        <translation>No se ha importado nada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="764"/>
        <source>Strict mode: {bad} of {rows} rows have a problem, so nothing was imported and the file was not taken in.</source>
        <translation>Modo estricto: {bad} de {rows} filas tienen problemas, así que no se ha importado nada ni se ha incorporado el archivo.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="769"/>
        <source>{name} was imported.</source>
        <translation>{name} se ha importado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>{new} new, {present} already present</source>
        <translation>{new} nuevas, {present} ya presentes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>Total and footer rows skipped:</source>
        <translation>Filas de totales y pie omitidas:</translation>
    </message>
    <message>
        <source>{name} was imported: the interrupted import went on after row {row}.</source>
        <translation>{name} se importó: la importación interrumpida continuó después de la fila {row}.</translation>
    </message>
    <message>
        <source>Found by name:</source>
        <translation>Hallados por nombre:</translation>
    </message>
    <message>
        <source>{matched} linked to the entity of the case bearing the name</source>
        <translation>{matched} vinculados a la entidad del caso que lleva ese nombre</translation>
    </message>
    <message>
        <source>{proposed} merge proposals to review (Bundles › Merge review)</source>
        <translation>{proposed} propuestas de fusión por revisar (Paquetes › Revisión de fusiones)</translation>
    </message>
    <message>
        <source>names borne by several entities, not linked: {count}</source>
        <translation>nombres que llevan varias entidades, sin vincular: {count}</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="101"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="101"/>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="102"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="120"/>
        <source>{caption}
imported in bundle {bundle}
{id}</source>
        <translation>{caption}
importada en el paquete {bundle}
{id}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="125"/>
        <source>decided {at} by {who}</source>
        <translation>decidida el {at} por {who}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="140"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="140"/>
        <source>Imported entity</source>
        <translation>Entidad importada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="140"/>
        <source>Entity in this case</source>
        <translation>Entidad en este caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="141"/>
        <source>Why it is proposed</source>
        <translation>Por qué se propone</translation>
    </message>
    <message>
        <source>{caption}
imported from a table (import {run})
{id}</source>
        <translation>{caption}
importada de una tabla (importación {run})
{id}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="402"/>
        <source>Check before sending</source>
        <translation>Compruebe antes de enviar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="403"/>
        <source>Handling rules were applied per recipient. Nothing has been written yet.</source>
        <translation>Se aplicaron las reglas de tratamiento para cada destinatario. Aún no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="406"/>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="431"/>
        <source>Working out what may go…</source>
        <translation>Calculando lo que puede enviarse…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="442"/>
        <source>To go: {e} entities, {s} values, {x} exhibits ({f} files), {r} retractions. Highest TLP in the bundle: {tlp}.</source>
        <translation>Se enviarán: {e} entidades, {s} valores, {x} piezas de convicción ({f} archivos), {r} retiradas. TLP más alto del paquete: {tlp}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="447"/>
        <source>Nothing can go: everything selected is withheld or the selection is empty.</source>
        <translation>No puede enviarse nada: todo lo seleccionado se retiene o la selección está vacía.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="453"/>
        <source>&lt;b&gt;Withheld ({n})&lt;/b&gt; — these stay in the case; the reasons come from their handling:</source>
        <translation>&lt;b&gt;Retenido ({n})&lt;/b&gt; — permanece en el caso; los motivos proceden de su tratamiento:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="457"/>
        <source>Nothing is withheld.</source>
        <translation>No se retiene nada.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="127"/>
        <source>Search the case (Ctrl+F)</source>
        <translation>Buscar en el caso (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="40"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="40"/>
        <source>Matched in</source>
        <translation>Coincide en</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="40"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="50"/>
        <source>Type in the search box to search every value in the case.</source>
        <translation>Escriba en el cuadro de búsqueda para buscar en todos los valores del caso.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="52"/>
        <source>Nothing found for “{q}”.</source>
        <translation>No se encontró nada para «{q}».</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Show the next {n} results</source>
        <translation>Mostrar los {n} resultados siguientes</translation>
    </message>
    <message>
        <source>{shown} of more than {total} results for “{q}”</source>
        <translation>{shown} de más de {total} resultados para «{q}»</translation>
    </message>
    <message>
        <source>{shown} of {total} results for “{q}”</source>
        <translation>{shown} de {total} resultados para «{q}»</translation>
    </message>
    <message>
        <source>One result for “{q}”</source>
        <translation>Un resultado para «{q}»</translation>
    </message>
    <message>
        <source>All {total} results for “{q}”</source>
        <translation>Los {total} resultados para «{q}»</translation>
    </message>
    <message>
        <source>grouped by kind. Press Enter or double-click to open.</source>
        <translation>agrupados por tipo. Pulse Intro o haga doble clic para abrir.</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="144"/>
        <source>What to send</source>
        <translation>Qué enviar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="145"/>
        <source>Tick entities and exhibits, or choose by date range or tag. Whatever a chosen value points at goes too.</source>
        <translation>Marque entidades y piezas de convicción, o elija por intervalo de fechas o etiqueta. Lo que señale un valor elegido también se envía.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="153"/>
        <source>Find entities by name…</source>
        <translation>Buscar entidades por nombre…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="161"/>
        <source>Also send their links to other entities (neighbours)</source>
        <translation>Enviar también sus vínculos con otras entidades (vecinas)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="164"/>
        <source>Entities:</source>
        <translation>Entidades:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="169"/>
        <source>Exhibits (with their files and custody):</source>
        <translation>Piezas de convicción (con sus archivos y su custodia):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="171"/>
        <source>Everything tagged:</source>
        <translation>Todo lo etiquetado:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="176"/>
        <source>from, e.g. 2024-03</source>
        <translation>desde, p. ej. 2024-03</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="179"/>
        <source>to, e.g. 2024-06-30</source>
        <translation>hasta, p. ej. 2024-06-30</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="182"/>
        <source>Dated items in this range:</source>
        <translation>Elementos fechados en este intervalo:</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="46"/>
        <source>Source, grading and handling of the new values</source>
        <translation>Fuente, evaluación y tratamiento de los nuevos valores</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="50"/>
        <source>Not graded</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="54"/>
        <source>e.g. B2</source>
        <translation>p. ej. B2</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="59"/>
        <source>exhibit reference, if any</source>
        <translation>referencia de la pieza, si la hay</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="61"/>
        <source>page, message id, row …</source>
        <translation>página, id de mensaje, fila …</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="64"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="65"/>
        <source>Suspect</source>
        <translation>Sospechoso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="66"/>
        <source>Convicted</source>
        <translation>Condenado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="67"/>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="68"/>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="69"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="71"/>
        <source>Grade:</source>
        <translation>Evaluación:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="72"/>
        <source>Source exhibit:</source>
        <translation>Pieza de origen:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="73"/>
        <source>Locator:</source>
        <translation>Localizador:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="74"/>
        <source>TLP:</source>
        <translation>TLP:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="75"/>
        <source>Data subject:</source>
        <translation>Interesado:</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="60"/>
        <source>exhibit {ref}</source>
        <translation>pieza {ref}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="64"/>
        <source>from workbench {id}</source>
        <translation>del puesto {id}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="73"/>
        <source>no judicial use</source>
        <translation>sin uso judicial</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="100"/>
        <source>Retracted: {reason}</source>
        <translation>Retirado: {reason}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="117"/>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="117"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="117"/>
        <source>As recorded</source>
        <translation>Tal como se anotó</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="117"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="118"/>
        <source>Grade</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="118"/>
        <source>Handling</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="118"/>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>{name}
Double-click or Enter opens it; Alt+Left comes back.
{id}</source>
        <translation>{name}
Doble clic o Intro lo abre; Alt+Izquierda vuelve.
{id}</translation>
    </message>
</context>
<context>
    <name>TableImportWizard</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="792"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="811"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="836"/>
        <source>Import a table</source>
        <translation>Importar una tabla</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="812"/>
        <source>Taking the file in as evidence and importing the rows…</source>
        <translation>Incorporando el archivo como evidencia e importando las filas…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="813"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="833"/>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="834"/>
        <source>The import was cancelled: no rows were added to the case.</source>
        <translation>Se canceló la importación: no se ha añadido ninguna fila al caso.</translation>
    </message>
    <message>
        <source>Roll back an import</source>
        <translation>Revertir una importación</translation>
    </message>
    <message>
        <source>Delete every row the import of {file} brought into the case? The file stays in the case as evidence.</source>
        <translation>¿Borrar todas las filas que la importación de {file} trajo al caso? El archivo permanece en el caso como evidencia.</translation>
    </message>
    <message>
        <source>Deleting the rows the import brought in…</source>
        <translation>Borrando las filas que trajo la importación…</translation>
    </message>
    <message>
        <source>The import of {file} was rolled back: {count} records deleted.</source>
        <translation>Se revirtió la importación de {file}: {count} registros borrados.</translation>
    </message>
    <message>
        <source>The rollback stopped; roll back again to delete the rest.</source>
        <translation>La reversión se detuvo; revierta de nuevo para borrar el resto.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../src/casebench/ui/progress.py" line="31"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/progress.py" line="53"/>
        <source>Cancelling… the case is being put back as it was.</source>
        <translation>Cancelando… el caso vuelve a quedar como estaba.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/progress.py" line="54"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="76"/>
        <source>Lanes by kind</source>
        <translation>Carriles por tipo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="77"/>
        <source>Lanes by entity</source>
        <translation>Carriles por entidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="80"/>
        <source>Country (ISO)</source>
        <translation>País (ISO)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="82"/>
        <source>From (e.g. 2024-03)</source>
        <translation>Desde (p. ej. 2024-03)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="83"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="84"/>
        <source>Show period</source>
        <translation>Mostrar periodo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="87"/>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="88"/>
        <source>Latest</source>
        <translation>Lo último</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="89"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="99"/>
        <source>Show all entities</source>
        <translation>Mostrar todas las entidades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="117"/>
        <source>Undated — drag or use the arrows to set their order</source>
        <translation>Sin fecha — arrastre o use las flechas para fijar su orden</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="121"/>
        <source>Show undated items</source>
        <translation>Mostrar elementos sin fecha</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="173"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="174"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="187"/>
        <source>Nothing in the case is dated yet.</source>
        <translation>Aún no hay nada fechado en el caso.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="248"/>
        <source>More items than can be drawn here: bars show how many. Zoom in to see each one.</source>
        <translation>Hay más elementos de los que caben aquí: las barras indican cuántos. Amplíe para verlos uno a uno.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="260"/>
        <source>{0} dated items in view</source>
        <translation>{0} elementos fechados a la vista</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="261"/>
        <source>Too many items to draw one by one</source>
        <translation>Demasiados elementos para dibujarlos uno a uno</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="284"/>
        <source>Only items of {0}</source>
        <translation>Solo elementos de {0}</translation>
    </message>
    <message>
        <source>Lanes for the selection</source>
        <translation>Carriles de la selección</translation>
    </message>
    <message>
        <source>Select people, companies or accounts on the chart or in the list: each gets a lane here with the items that concern it.</source>
        <translation>Seleccione personas, empresas o cuentas en el gráfico o en la lista: cada una tendrá aquí un carril con los elementos que le conciernen.</translation>
    </message>
    <message>
        <source>Theme lines: one lane for each entity selected on the chart or in the list, with the items that concern it</source>
        <translation>Líneas temáticas: un carril por cada entidad seleccionada en el gráfico o en la lista, con los elementos que le conciernen</translation>
    </message>
    <message>
        <source>{0} selected without a lane (not an entity of the case, or too many)</source>
        <translation>{0} seleccionados sin carril (no son entidades del caso, o son demasiados)</translation>
    </message>
    <message>
        <source>Reading the timeline…</source>
        <translation>Leyendo la cronología…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="70"/>
        <source>Unlock case</source>
        <translation>Desbloquear caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="72"/>
        <source>Enter the passphrase for the case &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Introduzca la frase de paso del caso &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="76"/>
        <source>Passphrase:</source>
        <translation>Frase de paso:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="77"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="78"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="90"/>
        <source>Type the passphrase first.</source>
        <translation>Escriba primero la frase de paso.</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="33"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="33"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="34"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="34"/>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="35"/>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="35"/>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="60"/>
        <source>e.g. 1980, 1980-05, 1980-05-17, ~1980</source>
        <translation>p. ej. 1980, 1980-05, 1980-05-17, ~1980</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="62"/>
        <source>e.g. +34 600 123 456</source>
        <translation>p. ej. +34 600 123 456</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="95"/>
        <source>→ {value} ({precision} precision)</source>
        <translation>→ {value} (precisión: {precision})</translation>
    </message>
    <message>
        <source>Kept as written, not normalised: it is a valid number in more than one reading ({options}). Write it with + and the country code to choose one.</source>
        <translation>Se guarda tal como está escrito, sin normalizar: es un número válido en más de una lectura ({options}). Escríbalo con + y el prefijo del país para elegir una.</translation>
    </message>
    <message>
        <source>Kept as written, not normalised: the (0) after the country code may be part of the number in that country ({options}). Write it with + and the country code, without the brackets.</source>
        <translation>Se guarda tal como está escrito, sin normalizar: el (0) tras el prefijo del país puede formar parte del número en ese país ({options}). Escríbalo con + y el prefijo del país, sin los paréntesis.</translation>
    </message>
    <message>
        <source>Kept as written: a short code, not a full number.</source>
        <translation>Se guarda tal como está escrito: un número corto, no un número completo.</translation>
    </message>
    <message>
        <source>Kept as written: a withheld or unknown number.</source>
        <translation>Se guarda tal como está escrito: un número oculto o desconocido.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="96"/>
        <source>casebench keeps the facts, evidence and chain of custody of a cross-border investigation in an encrypted case folder on this computer, and never connects to a network. Every value keeps its source, grade and handling code, so you can always show where it came from and who may see it. You share with partners through signed, encrypted bundles and print briefing packs for forum meetings.</source>
        <translation>casebench guarda los hechos, las pruebas y la cadena de custodia de una investigación transfronteriza en una carpeta de caso cifrada en este equipo, y nunca se conecta a una red. Cada valor conserva su fuente, su evaluación y su código de tratamiento, de modo que siempre puede mostrar de dónde procede y quién puede verlo. Comparte con los socios mediante paquetes firmados y cifrados e imprime dosieres para las reuniones de los foros.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="101"/>
        <source>Open the demo case</source>
        <translation>Abrir el caso de demostración</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="102"/>
        <source>The demo case “Operation Mar Azul” is entirely fictional; it is built on first use and opens with the passphrase &lt;b&gt;demo&lt;/b&gt;.</source>
        <translation>El caso de demostración «Operación Mar Azul» es totalmente ficticio; se crea la primera vez y se abre con la frase de paso &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="106"/>
        <source>To exchange bundles with partners you need an investigator identity: your own keys, shared by all your cases. It is created on first use, or now.</source>
        <translation>Para intercambiar paquetes con socios necesita una identidad de investigador: sus propias claves, comunes a todos sus casos. Se crea la primera vez que se necesita, o ahora.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="108"/>
        <source>Create my identity…</source>
        <translation>Crear mi identidad…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="109"/>
        <source>New case…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="110"/>
        <source>Open case…</source>
        <translation>Abrir caso…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="111"/>
        <source>Recent cases</source>
        <translation>Casos recientes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="112"/>
        <source>No recent cases yet. Create a new case or open an existing .casebench folder.</source>
        <translation>Aún no hay casos recientes. Cree un caso nuevo o abra una carpeta .casebench existente.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="129"/>
        <source>This case folder is not reachable (removed or on a disconnected drive).</source>
        <translation>No se puede acceder a esta carpeta de caso (eliminada o en una unidad desconectada).</translation>
    </message>
</context>
<context>
    <name>WithheldModel</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="108"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="108"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="109"/>
        <source>Exhibit</source>
        <translation>Pieza de convicción</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="122"/>
        <source>every recipient</source>
        <translation>todos los destinatarios</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="136"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="136"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="136"/>
        <source>Withheld from</source>
        <translation>Retenido para</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="136"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Charts not saved</source>
        <translation>Gráficos sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) have changes that are not saved: {names}. Close the case and lose them? (No keeps them: save them on the Link chart page.)</source>
        <translation>
            <numerusform>%n gráfico tiene cambios sin guardar: {names}. ¿Cerrar el caso y perderlos? (No los conserva: guárdelos en la página Gráfico de vínculos.)</numerusform>
            <numerusform>%n gráficos tienen cambios sin guardar: {names}. ¿Cerrar el caso y perderlos? (No los conserva: guárdelos en la página Gráfico de vínculos.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) with changes not saved were closed when the case locked.</source>
        <translation>
            <numerusform>%n gráfico con cambios sin guardar se cerró al bloquearse el caso.</numerusform>
            <numerusform>%n gráficos con cambios sin guardar se cerraron al bloquearse el caso.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="163"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="164"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="165"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Abrir caso…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="166"/>
        <source>&amp;Close case</source>
        <translation>C&amp;errar caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="167"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="168"/>
        <source>&amp;Verify case</source>
        <translation>&amp;Verificar caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="169"/>
        <source>&amp;Import table…</source>
        <translation>&amp;Importar tabla…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="170"/>
        <source>Import call records, a bank statement or another spreadsheet (CSV or Excel)</source>
        <translation>Importar registros de llamadas, un extracto bancario u otra hoja de cálculo (CSV o Excel)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="173"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="174"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="175"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="178"/>
        <source>&amp;Auto-lock…</source>
        <translation>Bloqueo &amp;automático…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="179"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="180"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de usuario</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="181"/>
        <source>Open the &amp;demo case</source>
        <translation>Abrir el caso de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="182"/>
        <source>Create my &amp;identity…</source>
        <translation>Crear mi &amp;identidad…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="183"/>
        <source>&amp;About casebench</source>
        <translation>&amp;Acerca de casebench</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="184"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="185"/>
        <source>Close the case now; unlocking needs the passphrase (Ctrl+L)</source>
        <translation>Cierra el caso ahora; para desbloquearlo hace falta la frase de paso (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="186"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="199"/>
        <source>Case: {title}{ref} · user {user}</source>
        <translation>Caso: {title}{ref} · usuario {user}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="204"/>
        <source>Case locked: {name}</source>
        <translation>Caso bloqueado: {name}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="207"/>
        <source>No case open</source>
        <translation>Ningún caso abierto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="239"/>
        <source>Creating the case…</source>
        <translation>Creando el caso…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="249"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="252"/>
        <source>Open a case folder (.casebench)</source>
        <translation>Abrir una carpeta de caso (.casebench)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="263"/>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="264"/>
        <source>{path} is not a casebench case folder (it has no case.json).</source>
        <translation>{path} no es una carpeta de caso de casebench (no tiene case.json).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="314"/>
        <source>Close case</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="314"/>
        <source>Close the open case first?</source>
        <translation>¿Cerrar primero el caso abierto?</translation>
    </message>
    <message numerus="yes">
        <source>The case was locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>El caso se bloqueó tras %n minuto sin actividad.</numerusform>
            <numerusform>El caso se bloqueó tras %n minutos sin actividad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="352"/>
        <source>The case is locked.</source>
        <translation>El caso está bloqueado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="355"/>
        <location filename="../src/casebench/ui/workbench.py" line="365"/>
        <source>Auto-lock</source>
        <translation>Bloqueo automático</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="356"/>
        <source>Lock the case after this many minutes without activity:</source>
        <translation>Bloquear el caso tras estos minutos sin actividad:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="365"/>
        <source>Give a number of minutes greater than 0.</source>
        <translation>Indique un número de minutos mayor que 0.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="393"/>
        <location filename="../src/casebench/ui/workbench.py" line="396"/>
        <location filename="../src/casebench/ui/workbench.py" line="422"/>
        <location filename="../src/casebench/ui/workbench.py" line="425"/>
        <source>Verify case</source>
        <translation>Verificar caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="394"/>
        <source>Checking the database, the audit chain and the evidence…</source>
        <translation>Comprobando la base de datos, la cadena de auditoría y las evidencias…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="423"/>
        <source>The case is intact.</source>
        <translation>El caso está intacto.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="423"/>
        <location filename="../src/casebench/ui/workbench.py" line="426"/>
        <source>Checked:</source>
        <translation>Comprobado:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="425"/>
        <source>Problems were found:</source>
        <translation>Se encontraron problemas:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="441"/>
        <location filename="../src/casebench/ui/workbench.py" line="467"/>
        <source>Demo case</source>
        <translation>Caso de demostración</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="442"/>
        <source>Building the demo case “Operation Mar Azul”…</source>
        <translation>Creando el caso de demostración «Operación Mar Azul»…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="453"/>
        <source>Opening the demo case…</source>
        <translation>Abriendo el caso de demostración…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="471"/>
        <location filename="../src/casebench/ui/workbench.py" line="484"/>
        <source>Your investigator identity</source>
        <translation>Su identidad de investigador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="472"/>
        <source>This computer already has your investigator identity. Its contact card is under Bundles › My contact card in an open case.</source>
        <translation>Este equipo ya tiene su identidad de investigador. Su tarjeta de contacto está en Paquetes › Mi tarjeta de contacto, con un caso abierto.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="485"/>
        <source>Your identity was created.

Fingerprint: {hex}
In words: {words}

Give partners your contact card (Bundles › My contact card) and read them this fingerprint.</source>
        <translation>Se ha creado su identidad.

Huella: {hex}
En palabras: {words}

Entregue a los socios su tarjeta de contacto (Paquetes › Mi tarjeta de contacto) y léales esta huella.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="500"/>
        <source>About casebench</source>
        <translation>Acerca de casebench</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="501"/>
        <source>Offline workbench for cross-border investigations.</source>
        <translation>Puesto de trabajo sin conexión para investigaciones transfronterizas.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and quit? What it has not finished is put back as it was.</source>
        <translation>Todavía hay trabajo en curso. ¿Detenerlo y salir? Lo que no haya terminado se deja como estaba.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="175"/>
        <source>&amp;Print briefing pack…</source>
        <translation>&amp;Imprimir dosier informativo…</translation>
    </message>
    <message>
        <source>Opening the case</source>
        <translation>Apertura del caso</translation>
    </message>
    <message>
        <source>Opening the case did the following; the audit log keeps a record.</source>
        <translation>Al abrir el caso se hizo lo siguiente; el registro de auditoría lo conserva.</translation>
    </message>
    <message>
        <source>Your identity is not unlocked: records name this computer's login ({login}).</source>
        <translation>Su identidad no está desbloqueada: los registros indican el usuario de este ordenador ({login}).</translation>
    </message>
    <message>
        <source>Records now name: {actor}</source>
        <translation>Los registros indican ahora: {actor}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Volver a la página anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Avanzar de nuevo (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Show on c&amp;hart</source>
        <translation>Mostrar en el &amp;gráfico</translation>
    </message>
    <message>
        <source>Put what is selected (entities, search results, a timeline item) on the link chart</source>
        <translation>Poner lo seleccionado (entidades, resultados de búsqueda, un elemento de la cronología) en el gráfico de vínculos</translation>
    </message>
    <message>
        <source>&amp;Chart size limit…</source>
        <translation>Límite de tamaño del &amp;gráfico…</translation>
    </message>
    <message>
        <source>Chart size limit</source>
        <translation>Límite de tamaño del gráfico</translation>
    </message>
    <message>
        <source>The most entities one link chart holds (asking for more explains and offers filters):</source>
        <translation>Número máximo de entidades en un gráfico de vínculos (si se piden más, se explica y se ofrecen filtros):</translation>
    </message>
    <message>
        <source>Give a whole number of at least 10.</source>
        <translation>Indique un número entero de al menos 10.</translation>
    </message>
    <message>
        <source>&amp;Executive summary…</source>
        <translation>&amp;Resumen ejecutivo…</translation>
    </message>
    <message>
        <source>Briefing pack written in {folder}: {files}</source>
        <translation>Dosier informativo guardado en {folder}: {files}</translation>
    </message>
    <message>
        <source>Quick verify (encrypted files, not decrypted)</source>
        <translation>Verificación rápida (archivos cifrados, sin descifrar)</translation>
    </message>
    <message>
        <source>Compare each encrypted evidence file with the SHA-256 recorded when it was written, without decrypting it</source>
        <translation>Compara cada archivo cifrado de las pruebas con el SHA-256 registrado al escribirlo, sin descifrarlo</translation>
    </message>
    <message>
        <source>Quick verify</source>
        <translation>Verificación rápida</translation>
    </message>
    <message>
        <source>Checking the database, the audit chain and the encrypted evidence files…</source>
        <translation>Comprobando la base de datos, la cadena de auditoría y los archivos cifrados de las pruebas…</translation>
    </message>
    <message>
        <source>Quick mode: each encrypted evidence file was compared with the SHA-256 recorded when it was written. Nothing was decrypted, so this does not prove that the key still opens the files or that their content matches its recorded SHA-256; Verify case proves that.</source>
        <translation>Modo rápido: cada archivo cifrado de las pruebas se comparó con el SHA-256 registrado al escribirlo. No se descifró nada, así que esto no demuestra que la clave siga abriendo los archivos ni que su contenido coincida con su SHA-256 registrado; «Verificar caso» lo demuestra.</translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>No se encontró ningún problema.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) typed and not saved were discarded when the case locked.</source>
        <translation>
            <numerusform>Se descartó %n valor escrito y no guardado al bloquearse el caso.</numerusform>
            <numerusform>Se descartaron %n valores escritos y no guardados al bloquearse el caso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebench</name>
    <message>
        <location filename="../src/casebench/ui/common.py" line="59"/>
        <source>Traffic Light Protocol level of the case (FIRST TLP 2.0)</source>
        <translation>Nivel del Traffic Light Protocol del caso (FIRST TLP 2.0)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/common.py" line="114"/>
        <source>The operating system reported a problem: {problem}</source>
        <translation>El sistema operativo informó de un problema: {problem}</translation>
    </message>
    <message>
        <source>casebench ran into an unexpected problem ({kind}) and stopped this action. The details can help your technical support.</source>
        <translation>casebench encontró un problema inesperado ({kind}) y detuvo esta acción. Los detalles pueden ayudar a su soporte técnico.</translation>
    </message>
    <message>
        <source>Cancelled; the case is as it was before.</source>
        <translation>Cancelado; el caso está como estaba.</translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="36"/>
        <source>All entities</source>
        <translation>Todas las entidades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="37"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="38"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="40"/>
        <source>Vessels</source>
        <translation>Buques</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="41"/>
        <source>Aircraft</source>
        <translation>Aeronaves</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="42"/>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="43"/>
        <source>Bank accounts</source>
        <translation>Cuentas bancarias</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="44"/>
        <source>Crypto wallets</source>
        <translation>Monederos de criptomonedas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="45"/>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="46"/>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="47"/>
        <source>Identity documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="48"/>
        <source>Documents and notes</source>
        <translation>Documentos y notas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="49"/>
        <source>Events and seizures</source>
        <translation>Hechos e incautaciones</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="50"/>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="53"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="54"/>
        <source>Action items</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="55"/>
        <source>Requests for co-operation</source>
        <translation>Solicitudes de cooperación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="58"/>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="59"/>
        <source>Exhibits</source>
        <translation>Piezas de convicción</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="60"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="61"/>
        <source>Link chart</source>
        <translation>Gráfico de vínculos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="62"/>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="63"/>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="64"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
</context>
<context>
    <name>property</name>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="83"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="84"/>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="85"/>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="86"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="87"/>
        <source>Address (text)</source>
        <translation>Dirección (texto)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="88"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="89"/>
        <source>Agent</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="90"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="91"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="92"/>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="93"/>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="94"/>
        <source>Associate</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="95"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="96"/>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="97"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="98"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="99"/>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="100"/>
        <source>Beneficiary account</source>
        <translation>Cuenta del beneficiario</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="101"/>
        <source>Build date</source>
        <translation>Fecha de fabricación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="102"/>
        <source>Call sign</source>
        <translation>Indicativo de llamada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="103"/>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="104"/>
        <source>Caller number</source>
        <translation>Número llamante</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="105"/>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="106"/>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="107"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="108"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="109"/>
        <source>Closing date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="110"/>
        <source>Concealment</source>
        <translation>Ocultación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="111"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="112"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="113"/>
        <source>Data-subject category</source>
        <translation>Categoría de interesado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="114"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="115"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="116"/>
        <source>Date of death</source>
        <translation>Fecha de defunción</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="117"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="118"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="119"/>
        <source>Director</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="120"/>
        <source>Dissolution date</source>
        <translation>Fecha de disolución</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="121"/>
        <source>Duration (s)</source>
        <translation>Duración (s)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="122"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="123"/>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="124"/>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="125"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="126"/>
        <source>File name</source>
        <translation>Nombre de fichero</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="127"/>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="128"/>
        <source>Flag</source>
        <translation>Pabellón</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="129"/>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="130"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="131"/>
        <source>Full address</source>
        <translation>Dirección completa</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="132"/>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="133"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="134"/>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="135"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="136"/>
        <source>ICAO type code</source>
        <translation>Código de tipo OACI</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="137"/>
        <source>ID number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="138"/>
        <source>IMO number</source>
        <translation>Número OMI</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="139"/>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="140"/>
        <source>Incorporation date</source>
        <translation>Fecha de constitución</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="141"/>
        <source>Involved</source>
        <translation>Implicados</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="142"/>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="143"/>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="144"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="145"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="146"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="147"/>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="148"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="149"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="150"/>
        <source>MMSI</source>
        <translation>MMSI</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="151"/>
        <source>Main country</source>
        <translation>País principal</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="152"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="153"/>
        <source>Matronymic</source>
        <translation>Matronímico</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="154"/>
        <source>Media type</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="155"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="156"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="157"/>
        <source>Middle name</source>
        <translation>Nombre intermedio</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="158"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="159"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="160"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="161"/>
        <source>Navigation area</source>
        <translation>Zona de navegación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="162"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="163"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="164"/>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="165"/>
        <source>Opening date</source>
        <translation>Fecha de apertura</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="166"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="167"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="168"/>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="169"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="170"/>
        <source>Participating agencies</source>
        <translation>Organismos participantes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="171"/>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="172"/>
        <source>Patronymic</source>
        <translation>Patronímico</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="173"/>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="174"/>
        <source>Payer account</source>
        <translation>Cuenta del pagador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="175"/>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="176"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="177"/>
        <source>Personal number</source>
        <translation>Número personal</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="178"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="179"/>
        <source>Photo (exhibit file)</source>
        <translation>Foto (fichero de pieza)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="180"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="181"/>
        <source>Place of birth</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="182"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="183"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="184"/>
        <source>Previous name</source>
        <translation>Nombre anterior</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="185"/>
        <source>Purpose</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="186"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="187"/>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="188"/>
        <source>Receiver number</source>
        <translation>Número receptor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="189"/>
        <source>Record ID</source>
        <translation>ID de registro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="190"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="191"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="192"/>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="193"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="194"/>
        <source>Relative</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="195"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="196"/>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="197"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="198"/>
        <source>Role in the case</source>
        <translation>Papel en el caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="199"/>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="200"/>
        <source>Second name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="201"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="202"/>
        <source>Seized by</source>
        <translation>Incautado por</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="203"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="204"/>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="205"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="206"/>
        <source>Source ID</source>
        <translation>ID de origen</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="206"/>
        <source>Source link</source>
        <translation>Enlace de la fuente</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="207"/>
        <source>Source pseudonym</source>
        <translation>Seudónimo de la fuente</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="208"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="209"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="210"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="211"/>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="212"/>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="213"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="214"/>
        <source>Surname</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="215"/>
        <source>Tax number</source>
        <translation>Número fiscal</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="216"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="217"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="218"/>
        <source>Tonnage</source>
        <translation>Tonelaje</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="219"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="220"/>
        <source>Transaction number</source>
        <translation>Número de operación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="221"/>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="222"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="223"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="224"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="225"/>
        <source>VIN</source>
        <translation>VIN (bastidor)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="226"/>
        <source>Weak alias</source>
        <translation>Alias débil</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="227"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Open proceedings</source>
        <translation>Procedimientos abiertos</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Requesting body</source>
        <translation>Organismo requirente</translation>
    </message>
    <message>
        <source>Requested body</source>
        <translation>Organismo requerido</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloqueada por</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="13"/>
        <source>Action item</source>
        <translation>Acción pendiente</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="14"/>
        <source>Action items</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="15"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="16"/>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="17"/>
        <source>Aircraft</source>
        <translation>Aeronave</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="18"/>
        <source>Associate</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="19"/>
        <source>Associates</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="20"/>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="21"/>
        <source>Bank accounts</source>
        <translation>Cuentas bancarias</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="22"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="23"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="24"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="25"/>
        <source>Companys</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="26"/>
        <source>Crypto wallet</source>
        <translation>Monedero de criptomonedas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="27"/>
        <source>Crypto wallets</source>
        <translation>Monederos de criptomonedas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="28"/>
        <source>Directorship</source>
        <translation>Cargo directivo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="29"/>
        <source>Directorships</source>
        <translation>Cargos directivos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="30"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="31"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="32"/>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="33"/>
        <source>Employments</source>
        <translation>Empleos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="34"/>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="35"/>
        <source>Events</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="36"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="37"/>
        <source>Family links</source>
        <translation>Vínculos familiares</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="38"/>
        <source>Identification</source>
        <translation>Documento de identificación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="39"/>
        <source>Identifications</source>
        <translation>Documentos de identificación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="40"/>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="41"/>
        <source>Intervals</source>
        <translation>Intervalos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="42"/>
        <source>Legal entities</source>
        <translation>Personas jurídicas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="43"/>
        <source>Legal entity</source>
        <translation>Persona jurídica</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="44"/>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="45"/>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="46"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="47"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="48"/>
        <source>Membership</source>
        <translation>Pertenencia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="49"/>
        <source>Memberships</source>
        <translation>Pertenencias</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="50"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="51"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="52"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="53"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="54"/>
        <source>Ownership</source>
        <translation>Titularidad</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="55"/>
        <source>Ownerships</source>
        <translation>Titularidades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="56"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="57"/>
        <source>Passports</source>
        <translation>Pasaportes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="58"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="59"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="60"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="61"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="62"/>
        <source>Public bodies</source>
        <translation>Organismos públicos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="63"/>
        <source>Public body</source>
        <translation>Organismo público</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="64"/>
        <source>Representation</source>
        <translation>Representación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="65"/>
        <source>Representations</source>
        <translation>Representaciones</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="66"/>
        <source>Request for co-operation</source>
        <translation>Solicitud de cooperación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="67"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="68"/>
        <source>Seizure</source>
        <translation>Incautación</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="69"/>
        <source>Seizures</source>
        <translation>Incautaciones</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="70"/>
        <source>Thing</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="71"/>
        <source>Things</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="72"/>
        <source>Travel</source>
        <translation>Viaje</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="73"/>
        <source>User account</source>
        <translation>Cuenta de usuario</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="74"/>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="75"/>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="76"/>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="77"/>
        <source>Vessel</source>
        <translation>Buque</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="78"/>
        <source>Vessels</source>
        <translation>Buques</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="81"/>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="100"/>
        <source>Print briefing pack</source>
        <translation>Imprimir dosier informativo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="101"/>
        <source>Forum or meeting:</source>
        <translation>Foro o reunión:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="101"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="101"/>
        <source>Highest TLP:</source>
        <translation>TLP máximo:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="102"/>
        <source>Recipient:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="102"/>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="102"/>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="103"/>
        <source>Save in folder:</source>
        <translation>Guardar en la carpeta:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="106"/>
        <source>Blank: the case's latest meeting</source>
        <translation>En blanco: la última reunión del caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="107"/>
        <source>Named recipient (required for TLP:RED)</source>
        <translation>Destinatario nombrado (obligatorio con TLP:RED)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="108"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="100"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="113"/>
        <source>Save the briefing pack in</source>
        <translation>Guardar el dosier informativo en</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="133"/>
        <source>Choose PDF, Word or both.</source>
        <translation>Elija PDF, Word o ambos.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="135"/>
        <source>A TLP:RED pack needs a named recipient: it is printed on every page.</source>
        <translation>Un dosier TLP:RED necesita un destinatario nombrado: se imprime en cada página.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="137"/>
        <source>The folder {path} does not exist.</source>
        <translation>La carpeta {path} no existe.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="148"/>
        <source>Reading the case…</source>
        <translation>Leyendo el caso…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="149"/>
        <source>Printing the briefing pack…</source>
        <translation>Imprimiendo el dosier informativo…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="167"/>
        <source>Printing was cancelled; no file was written.</source>
        <translation>Se canceló la impresión; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>Handling instructions</source>
        <translation>Instrucciones de tratamiento</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Lista de distribución</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Case summary by country</source>
        <translation>Resumen del caso por país</translation>
    </message>
    <message>
        <source>Requests for co-operation</source>
        <translation>Solicitudes de cooperación</translation>
    </message>
    <message>
        <source>Network chart</source>
        <translation>Gráfico de red</translation>
    </message>
    <message>
        <source>Person profiles</source>
        <translation>Perfiles de personas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Incautaciones</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>Flujos financieros</translation>
    </message>
    <message>
        <source>Evidence and chain of custody</source>
        <translation>Pruebas y cadena de custodia</translation>
    </message>
    <message>
        <source>Intelligence gaps</source>
        <translation>Lagunas de inteligencia</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>Seguimiento de acciones</translation>
    </message>
    <message>
        <source>Participants and contact points</source>
        <translation>Participantes y puntos de contacto</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>State of proceedings</source>
        <translation>Estado de los procedimientos</translation>
    </message>
    <message>
        <source>Decisions and proposed actions</source>
        <translation>Decisiones y acciones propuestas</translation>
    </message>
    <message>
        <source>Organisations, vessels, aircraft</source>
        <translation>Organizaciones, buques, aeronaves</translation>
    </message>
    <message>
        <source>Annex: calls</source>
        <translation>Anexo: llamadas</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Secciones:</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Desmarcar todas</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <source>Choose at least one section to print.</source>
        <translation>Elija al menos una sección para imprimir.</translation>
    </message>
    <message>
        <source>Pack date:</source>
        <translation>Fecha del dosier:</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Sin segundo idioma</translation>
    </message>
    <message>
        <source>Bilingual pack: the whole pack again in this language, after the first, in the same file, each language with its own contents</source>
        <translation>Dosier bilingüe: el dosier completo de nuevo en este idioma, después del primero, en el mismo archivo, cada idioma con su propio índice</translation>
    </message>
    <message>
        <source>Printed on the cover and every page; days pending are counted to this date</source>
        <translation>Figura en la portada y en cada página; los días pendientes se cuentan hasta esta fecha</translation>
    </message>
    <message>
        <source>Choose a second language other than the first, or none.</source>
        <translation>Elija un segundo idioma distinto del primero, o ninguno.</translation>
    </message>
    <message>
        <source>Second language:</source>
        <translation>Segundo idioma:</translation>
    </message>
</context>
<context>
    <name>IdentityUnlockDialog</name>
    <message>
        <source>Your investigator identity</source>
        <translation>Su identidad de investigador</translation>
    </message>
    <message>
        <source>Unlock your identity so that the audit log, custody events and new values record your name, agency and key — not only this computer's login. It stays unlocked until the case is closed or locked.</source>
        <translation>Desbloquee su identidad para que el registro de auditoría, los eventos de custodia y los nuevos valores registren su nombre, organismo y clave, y no solo el usuario de este ordenador. Seguirá desbloqueada hasta que se cierre o bloquee el caso.</translation>
    </message>
    <message>
        <source>Identity passphrase:</source>
        <translation>Frase de paso de la identidad:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>I confirmed with the sender (by phone or in person) that their computer's clock was wrong.</source>
        <translation>He confirmado con el remitente (por teléfono o en persona) que el reloj de su ordenador estaba mal.</translation>
    </message>
    <message>
        <source>Import anyway (recorded in the audit log)</source>
        <translation>Importar de todos modos (queda registrado en el registro de auditoría)</translation>
    </message>
    <message>
        <source>It says it was made on {made}, but this computer's clock says {now}. Partners' bundles are never dated more than 48 hours ahead; an old bundle dated forward could bring back what the sender has since retracted. If the sender's clock was wrong, confirm it with them before importing.</source>
        <translation>Dice que se creó el {made}, pero el reloj de este ordenador indica {now}. Los paquetes de los socios nunca llevan una fecha de más de 48 horas en el futuro; un paquete antiguo con fecha adelantada podría reintroducir lo que el remitente ha retirado después. Si el reloj del remitente estaba mal, confírmelo con él antes de importar.</translation>
    </message>
    <message>
        <source>The bundle is dated in the future</source>
        <translation>El paquete tiene una fecha futura</translation>
    </message>
</context>
<context>
    <name>RedItemsModel</name>
    <message numerus="yes">
        <source>all %n imported rows, every value</source>
        <translation>
            <numerusform>la %n fila importada, todos sus valores</numerusform>
            <numerusform>las %n filas importadas, todos sus valores</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole entity)</source>
        <translation>(toda la entidad)</translation>
    </message>
    <message>
        <source>Free-text names (not pinned)</source>
        <translation>Nombres en texto libre (sin fijar)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Pinned recipients</source>
        <translation>Destinatarios fijados</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>a partner's RED: never passed on</source>
        <translation>RED de un socio: nunca se transmite</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Imported rows ({kind})</source>
        <translation>Filas importadas ({kind})</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>Filas importadas</translation>
    </message>
</context>
<context>
    <name>RedRecipientsDialog</name>
    <message>
        <source>Your partner directory is empty: add a partner's contact card (Bundles → Add partner…) to choose recipients.</source>
        <translation>Su directorio de socios está vacío: añada la tarjeta de contacto de un socio (Paquetes → Añadir socio…) para elegir destinatarios.</translation>
    </message>
    <message numerus="yes">
        <source>%n RED item(s) changed; recorded in the audit log.</source>
        <translation>
            <numerusform>%n elemento RED modificado; queda registrado en el registro de auditoría.</numerusform>
            <numerusform>%n elementos RED modificados; queda registrado en el registro de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Añadir un destinatario</translation>
    </message>
    <message>
        <source>Add recipient to selected…</source>
        <translation>Añadir destinatario a los seleccionados…</translation>
    </message>
    <message>
        <source>Name as written on the items:</source>
        <translation>Nombre tal como figura en los elementos:</translation>
    </message>
    <message>
        <source>No RED items in this case.</source>
        <translation>No hay elementos RED en este caso.</translation>
    </message>
    <message>
        <source>Partner (matched by key):</source>
        <translation>Socio (identificado por su clave):</translation>
    </message>
    <message>
        <source>RED items go only to the recipients they name. Pick recipients from your pinned partners: they are matched by their key, never by how a name is written. Names typed as text reach no one until you re-pin them to a partner.</source>
        <translation>Los elementos RED solo van a los destinatarios que nombran. Elija los destinatarios entre sus socios fijados: se identifican por su clave, nunca por cómo se escribe un nombre. Los nombres escritos como texto no llegan a nadie hasta que los vuelva a fijar a un socio.</translation>
    </message>
    <message>
        <source>Re-pin a free-text name</source>
        <translation>Fijar de nuevo un nombre en texto libre</translation>
    </message>
    <message>
        <source>Re-pin a free-text name…</source>
        <translation>Fijar de nuevo un nombre en texto libre…</translation>
    </message>
    <message>
        <source>Re-pin “{name}”</source>
        <translation>Fijar de nuevo «{name}»</translation>
    </message>
    <message>
        <source>Recipient to remove:</source>
        <translation>Destinatario que se quitará:</translation>
    </message>
    <message>
        <source>Recipients of RED items</source>
        <translation>Destinatarios de los elementos RED</translation>
    </message>
    <message>
        <source>Remove a recipient</source>
        <translation>Quitar un destinatario</translation>
    </message>
    <message>
        <source>Remove recipient from selected…</source>
        <translation>Quitar destinatario de los seleccionados…</translation>
    </message>
</context>
<context>
    <name>LinkButton</name>
    <message>
        <source>Open {name} (Alt+Left goes back)</source>
        <translation>Abrir {name} (Alt+Izquierda vuelve atrás)</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>Named by</source>
        <translation>Mencionado en</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Menciona</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Piezas de convicción</translation>
    </message>
    <message>
        <source>paid {amount}</source>
        <translation>pagado {amount}</translation>
    </message>
    <message>
        <source>received {amount}</source>
        <translation>recibido {amount}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <source>Open the link itself ({kind})</source>
        <translation>Abrir el propio vínculo ({kind})</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>local time</source>
        <translation>hora local</translation>
    </message>
    <message>
        <source>Click to select it (marked on the chart too); double-click to open it.</source>
        <translation>Haga clic para seleccionarlo (también se marca en el gráfico); doble clic para abrirlo.</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Show on chart</source>
        <translation>Mostrar en el gráfico</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>{0} more of hidden kinds</source>
        <translation>{0} más de tipos ocultos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entidad</numerusform>
            <numerusform>%Ln entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links</source>
        <translation>
            <numerusform>%Ln vínculo</numerusform>
            <numerusform>%Ln vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing the chart: {0} of {1} entities and links…</source>
        <translation>Dibujando el gráfico: {0} de {1} entidades y vínculos…</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Dibujando el gráfico…</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %Ln entities…</source>
        <translation>
            <numerusform>Distribuyendo %Ln entidad…</numerusform>
            <numerusform>Distribuyendo %Ln entidades…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new entities stayed off the chart: it is full ({0}).</source>
        <translation>
            <numerusform>%Ln entidad nueva se quedó fuera del gráfico: está lleno ({0}).</numerusform>
            <numerusform>%Ln entidades nuevas se quedaron fuera del gráfico: está lleno ({0}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverCapBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add only these</source>
        <translation>Añadir solo estas</translation>
    </message>
    <message>
        <source>You asked to add {0} entities; this chart holds at most {1} ({2} more fit now). A bigger chart cannot be read and would stall the window. Narrow the request, or raise the limit under Settings › Chart size limit.</source>
        <translation>Pidió añadir {0} entidades; este gráfico admite como máximo {1} (caben {2} más ahora). Un gráfico mayor no se puede leer y bloquearía la ventana. Acote la petición o suba el límite en Configuración › Límite de tamaño del gráfico.</translation>
    </message>
    <message>
        <source>Add the first {0}</source>
        <translation>Añadir las primeras {0}</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>Opens every briefing pack whose highest TLP includes the summary's own TLP. Separate paragraphs with an empty line. Saving an empty text removes the summary.</source>
        <translation>Abre todo dosier informativo cuyo TLP máximo incluya el TLP del propio resumen. Separe los párrafos con una línea en blanco. Guardar un texto vacío elimina el resumen.</translation>
    </message>
    <message>
        <source>TLP of the summary:</source>
        <translation>TLP del resumen:</translation>
    </message>
    <message>
        <source>The case in a few paragraphs: what happened, where the proceedings stand, what the forum must decide.</source>
        <translation>El caso en pocos párrafos: qué ocurrió, en qué punto están los procedimientos, qué debe decidir la reunión.</translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation>Todavía no hay resumen.</translation>
    </message>
    <message>
        <source>Last written by {author} on {when} UTC.</source>
        <translation>Redactado por última vez por {author} el {when} UTC.</translation>
    </message>
</context>
<context>
    <name>ChartUndo</name>
    <message>
        <source>Nothing to redo on this chart</source>
        <translation>Nada que rehacer en este gráfico</translation>
    </message>
    <message>
        <source>Nothing to undo on this chart</source>
        <translation>Nada que deshacer en este gráfico</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo {0} (Ctrl+Shift+Z)</source>
        <translation>Rehacer: {0} (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>Rehecho: {0}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo {0} (Ctrl+Z)</source>
        <translation>Deshacer: {0} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation>Deshecho: {0}.</translation>
    </message>
    <message>
        <source>adding entities ({0})</source>
        <translation>añadir entidades ({0})</translation>
    </message>
    <message>
        <source>changing what is on the chart</source>
        <translation>cambiar lo que hay en el gráfico</translation>
    </message>
    <message>
        <source>expanding or combining links</source>
        <translation>desplegar o agrupar vínculos</translation>
    </message>
    <message>
        <source>hiding or showing kinds</source>
        <translation>ocultar o mostrar tipos</translation>
    </message>
    <message>
        <source>moving entities ({0})</source>
        <translation>mover entidades ({0})</translation>
    </message>
    <message>
        <source>removing entities ({0})</source>
        <translation>quitar entidades ({0})</translation>
    </message>
    <message>
        <source>the layout</source>
        <translation>la disposición</translation>
    </message>
    <message>
        <source>The chart is still being laid out: undo or redo once it is drawn.</source>
        <translation>El gráfico aún se está disponiendo: deshaga o rehaga cuando esté dibujado.</translation>
    </message>
</context>
<context>
    <name>ChartPrintDialog</name>
    <message>
        <source>Print / export chart</source>
        <translation>Imprimir / exportar gráfico</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientación:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Highest TLP:</source>
        <translation>TLP máximo:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>{0} entities. The sheet carries the legend, the case reference, the date and the TLP marking top and bottom. What handling keeps home is left out; the export is recorded in the audit log.</source>
        <translation>{0} entidades. La hoja lleva la leyenda, la referencia del caso, la fecha y el marcado TLP arriba y abajo. Lo que las condiciones de tratamiento no dejan salir se omite; la exportación queda registrada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>{0} files (*.{1})</source>
        <translation>Archivos {0} (*.{1})</translation>
    </message>
    <message>
        <source>The chart is empty: put entities on it first.</source>
        <translation>El gráfico está vacío: añada entidades primero.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Elija el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>La carpeta {path} no existe.</translation>
    </message>
    <message>
        <source>{path} exists already: choose another name.</source>
        <translation>{path} ya existe: elija otro nombre.</translation>
    </message>
    <message>
        <source>Placing the labels…</source>
        <translation>Colocando las etiquetas…</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translation>Exportando el gráfico…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Exported to {0}, marked {1}.</source>
        <translation>Exportado a {0}, marcado {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) left out</source>
        <translation>
            <numerusform>%n entidad omitida</numerusform>
            <numerusform>%n entidades omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) left out</source>
        <translation>
            <numerusform>%n vínculo omitido</numerusform>
            <numerusform>%n vínculos omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) that may not leave replaced by the kind</source>
        <translation>
            <numerusform>%n nombre que no puede salir sustituido por el tipo</numerusform>
            <numerusform>%n nombres que no pueden salir sustituidos por el tipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) replaced by another name that may leave</source>
        <translation>
            <numerusform>%n nombre sustituido por otro que puede salir</numerusform>
            <numerusform>%n nombres sustituidos por otros que pueden salir</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling: {0}.</source>
        <translation>Tratamiento: {0}.</translation>
    </message>
</context>
<context>
    <name>EdgeItem</name>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <source>Right-click to show each on its own.</source>
        <translation>Clic derecho para mostrar cada uno por separado.</translation>
    </message>
    <message>
        <source>Show the {0} single links</source>
        <translation>Mostrar los {0} vínculos por separado</translation>
    </message>
    <message>
        <source>Combine into one link</source>
        <translation>Agrupar en un solo vínculo</translation>
    </message>
</context>
<context>
    <name>custody event</name>
    <message>
        <source>seize</source>
        <translation>incautación</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>precinto</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>entrega</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>examine</source>
        <translation>examen</translation>
    </message>
    <message>
        <source>image</source>
        <translation>copia forense</translation>
    </message>
    <message>
        <source>reseal</source>
        <translation>nuevo precinto</translation>
    </message>
    <message>
        <source>return</source>
        <translation>devolución</translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>destrucción</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
</context>
<context>
    <name>exhibit type</name>
    <message>
        <source>physical</source>
        <translation>físico</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>storage-media</source>
        <translation>soporte de almacenamiento</translation>
    </message>
    <message>
        <source>forensic-image</source>
        <translation>imagen forense</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>fotografía</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>data subject</name>
    <message>
        <source>suspect</source>
        <translation>sospechoso</translation>
    </message>
    <message>
        <source>convicted</source>
        <translation>condenado</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>víctima</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>testigo</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>gender</name>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>ejecutada</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>denegada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
</context>
<context>
    <name>request type</name>
    <message>
        <source>MLA</source>
        <translation>auxilio judicial</translation>
    </message>
    <message>
        <source>JIT</source>
        <translation>ECI</translation>
    </message>
    <message>
        <source>EIO</source>
        <translation>OEI</translation>
    </message>
    <message>
        <source>police</source>
        <translation>policial</translation>
    </message>
    <message>
        <source>rogatory</source>
        <translation>comisión rogatoria</translation>
    </message>
    <message>
        <source>INTERPOL</source>
        <translation>INTERPOL</translation>
    </message>
    <message>
        <source>Europol</source>
        <translation>Europol</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
</context>
<context>
    <name>action type</name>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
</context>
<context>
    <name>document type</name>
    <message>
        <source>passport</source>
        <translation>pasaporte</translation>
    </message>
    <message>
        <source>national id</source>
        <translation>documento nacional de identidad</translation>
    </message>
    <message>
        <source>id card</source>
        <translation>documento de identidad</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>permiso de conducir</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>permiso de residencia</translation>
    </message>
</context>
<context>
    <name>ValueDetails</name>
    <message>
        <source>Select a value to see where it comes from: source, grade, handling and when it was recorded.</source>
        <translation>Seleccione un valor para ver de dónde procede: fuente, evaluación, tratamiento y cuándo se registró.</translation>
    </message>
</context>
<context>
    <name>merge reason</name>
    <message>
        <source>DIFFERENT date of birth</source>
        <translation>fecha de nacimiento DISTINTA</translation>
    </message>
    <message>
        <source>West African transliteration</source>
        <translation>transliteración de África Occidental</translation>
    </message>
    <message>
        <source>a second surname, often dropped in Spain and Latin America</source>
        <translation>un segundo apellido, que a menudo se omite en España y América Latina</translation>
    </message>
    <message>
        <source>as by</source>
        <translation>que</translation>
    </message>
    <message>
        <source>different country</source>
        <translation>país distinto</translation>
    </message>
    <message>
        <source>different:</source>
        <translation>distinto:</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>inicial</translation>
    </message>
    <message>
        <source>kept apart until you decide</source>
        <translation>se mantienen separadas hasta que usted decida</translation>
    </message>
    <message>
        <source>middle names or first surname; Portuguese and Brazilian usage keeps the last surname</source>
        <translation>nombres intermedios o primer apellido; el uso portugués y brasileño conserva el último apellido</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>names only, a candidate to check (never merged automatically)</source>
        <translation>solo nombres, un candidato que comprobar (nunca se fusiona automáticamente)</translation>
    </message>
    <message>
        <source>no name in common</source>
        <translation>ningún nombre en común</translation>
    </message>
    <message>
        <source>one of the names is empty</source>
        <translation>uno de los nombres está vacío</translation>
    </message>
    <message>
        <source>only in</source>
        <translation>solo en</translation>
    </message>
    <message>
        <source>same BIC</source>
        <translation>mismo BIC</translation>
    </message>
    <message>
        <source>same IBAN</source>
        <translation>mismo IBAN</translation>
    </message>
    <message>
        <source>same IMO number</source>
        <translation>mismo número OMI</translation>
    </message>
    <message>
        <source>same MMSI</source>
        <translation>mismo MMSI</translation>
    </message>
    <message>
        <source>same VIN</source>
        <translation>mismo número de bastidor</translation>
    </message>
    <message>
        <source>same country</source>
        <translation>mismo país</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same entity id</source>
        <translation>mismo identificador de entidad</translation>
    </message>
    <message>
        <source>same idNumber</source>
        <translation>mismo número de documento de identidad</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same name apart from accents or case</source>
        <translation>mismo nombre salvo acentos o mayúsculas</translation>
    </message>
    <message>
        <source>same name apart from particles (da, de, do ...) or punctuation</source>
        <translation>mismo nombre salvo partículas (da, de, do...) o puntuación</translation>
    </message>
    <message>
        <source>same name, written surname first in one</source>
        <translation>mismo nombre, escrito con el apellido primero en uno</translation>
    </message>
    <message>
        <source>same names in a different order</source>
        <translation>mismos nombres en distinto orden</translation>
    </message>
    <message>
        <source>same number</source>
        <translation>mismo número</translation>
    </message>
    <message>
        <source>same passportNumber</source>
        <translation>mismo número de pasaporte</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
    <message>
        <source>same registrationNumber</source>
        <translation>mismo número de registro</translation>
    </message>
    <message>
        <source>same surnames in different order</source>
        <translation>mismos apellidos en distinto orden</translation>
    </message>
    <message>
        <source>same taxNumber</source>
        <translation>mismo número de identificación fiscal</translation>
    </message>
    <message>
        <source>same wallet address</source>
        <translation>misma dirección de monedero</translation>
    </message>
    <message>
        <source>sent by</source>
        <translation>enviado por</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>grafía parecida</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>este caso</translation>
    </message>
    <message>
        <source>variant of the same given name</source>
        <translation>variante del mismo nombre de pila</translation>
    </message>
</context>
<context>
    <name>audit action</name>
    <message>
        <source>FollowTheMoney imported</source>
        <translation>FollowTheMoney importado</translation>
    </message>
    <message>
        <source>RED recipient pinned</source>
        <translation>destinatario RED fijado</translation>
    </message>
    <message>
        <source>RED recipient unpinned</source>
        <translation>destinatario RED retirado</translation>
    </message>
    <message>
        <source>briefing pack printed</source>
        <translation>dosier impreso</translation>
    </message>
    <message>
        <source>bundle date in the future accepted (sender's clock)</source>
        <translation>fecha futura del paquete aceptada (reloj del remitente)</translation>
    </message>
    <message>
        <source>bundle exported</source>
        <translation>paquete exportado</translation>
    </message>
    <message>
        <source>bundle imported</source>
        <translation>paquete importado</translation>
    </message>
    <message>
        <source>case created</source>
        <translation>caso creado</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>caso abierto</translation>
    </message>
    <message>
        <source>chart exported</source>
        <translation>gráfico exportado</translation>
    </message>
    <message>
        <source>custody {0} recorded</source>
        <translation>custodia registrada: {0}</translation>
    </message>
    <message>
        <source>entities loaded in bulk</source>
        <translation>entidades cargadas en bloque</translation>
    </message>
    <message>
        <source>entities merged</source>
        <translation>entidades fusionadas</translation>
    </message>
    <message>
        <source>entity viewed</source>
        <translation>entidad consultada</translation>
    </message>
    <message>
        <source>evidence extracted</source>
        <translation>pruebas extraídas</translation>
    </message>
    <message>
        <source>evidence files restored from quarantine</source>
        <translation>ficheros de pruebas restaurados de la cuarentena</translation>
    </message>
    <message>
        <source>executive summary cleared</source>
        <translation>resumen ejecutivo borrado</translation>
    </message>
    <message>
        <source>executive summary written</source>
        <translation>resumen ejecutivo redactado</translation>
    </message>
    <message>
        <source>exhibit added</source>
        <translation>pieza añadida</translation>
    </message>
    <message>
        <source>exhibit linked</source>
        <translation>pieza vinculada</translation>
    </message>
    <message>
        <source>exhibit viewed</source>
        <translation>pieza consultada</translation>
    </message>
    <message>
        <source>import specification deleted</source>
        <translation>especificación de importación eliminada</translation>
    </message>
    <message>
        <source>import specification replaced</source>
        <translation>especificación de importación sustituida</translation>
    </message>
    <message>
        <source>import specification saved</source>
        <translation>especificación de importación guardada</translation>
    </message>
    <message>
        <source>imported entity merged after review</source>
        <translation>entidad importada fusionada tras revisión</translation>
    </message>
    <message>
        <source>key slot added</source>
        <translation>ranura de clave añadida</translation>
    </message>
    <message>
        <source>key slot removed</source>
        <translation>ranura de clave eliminada</translation>
    </message>
    <message>
        <source>merge proposal rejected</source>
        <translation>propuesta de fusión rechazada</translation>
    </message>
    <message>
        <source>merge review decision undone ({0})</source>
        <translation>decisión de revisión de fusión deshecha ({0})</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>fusión deshecha</translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation>frase de paso cambiada</translation>
    </message>
    <message>
        <source>table imported</source>
        <translation>tabla importada</translation>
    </message>
    <message>
        <source>tags changed</source>
        <translation>etiquetas cambiadas</translation>
    </message>
    <message>
        <source>timeline exported</source>
        <translation>cronología exportada</translation>
    </message>
    <message>
        <source>unlisted evidence files quarantined</source>
        <translation>ficheros de pruebas no registrados en cuarentena</translation>
    </message>
    <message>
        <source>value retracted</source>
        <translation>valor retirado</translation>
    </message>
    <message>
        <source>values added</source>
        <translation>valores añadidos</translation>
    </message>
    <message>
        <source>{0} added</source>
        <translation>alta: {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The seizure time {when} has a time of day but no time zone. Write it with its offset (2024-03-11T14:05+01:00) or fill in the time zone where it was seized (Europe/Madrid).</source>
        <translation>La hora de la incautación {when} tiene hora del día pero no zona horaria. Escríbala con su desfase (2024-03-11T14:05+01:00) o indique la zona horaria del lugar de la incautación (Europe/Madrid).</translation>
    </message>
    <message>
        <source>The seizure time {when} is not one moment in {zone}: the clocks changed then. Write it with its offset (for example +02:00).</source>
        <translation>La hora de la incautación {when} no es un único momento en {zone}: ese día se cambió la hora. Escríbala con su desfase (por ejemplo +02:00).</translation>
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
        <source>The case is busy in another program; nothing was changed. Close it there and try again.</source>
        <translation>El caso está ocupado en otro programa; no se ha cambiado nada. Ciérrelo allí e inténtelo de nuevo.</translation>
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
        <source>This case was made by a newer casebench (database version {version}; this program reads up to {latest}). Update casebench to open it.</source>
        <translation>Este caso se creó con un casebench más reciente (versión de base de datos {version}; este programa lee hasta la {latest}). Actualice casebench para abrirlo.</translation>
    </message>
    <message>
        <source>This case was made by a newer casebench (case format {version}). Update casebench to open it.</source>
        <translation>Este caso se creó con un casebench más reciente (formato de caso {version}). Actualice casebench para abrirlo.</translation>
    </message>
    <message>
        <source>This folder is not a casebench case: {problem}.</source>
        <translation>Esta carpeta no es un caso de casebench: {problem}.</translation>
    </message>
    <message>
        <source>There is no case folder at {path}.</source>
        <translation>No hay ninguna carpeta de caso en {path}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a case folder. A case is a folder whose name ends in .casebench.</source>
        <translation>{path} es un archivo, no una carpeta de caso. Un caso es una carpeta cuyo nombre termina en .casebench.</translation>
    </message>
    <message>
        <source>This key slot belongs to another case; the case was not opened.</source>
        <translation>Esta ranura de clave pertenece a otro caso; el caso no se abrió.</translation>
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
        <source>Cannot create the case here: a folder named {file} already exists and is not empty.</source>
        <translation>No se puede crear el caso aquí: ya existe una carpeta llamada {file} y no está vacía.</translation>
    </message>
    <message>
        <source>Cannot create the case here: the folder {folder} does not exist.</source>
        <translation>No se puede crear el caso aquí: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>The case is open read-only; nothing was changed.</source>
        <translation>El caso está abierto en modo de solo lectura; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This case was made by an older casebench and must be upgraded, which cannot be done while it is opened read-only. Open a writable copy.</source>
        <translation>Este caso se creó con un casebench anterior y debe actualizarse, lo que no es posible si se abre en modo de solo lectura. Abra una copia en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>The case could not be used: {detail}.</source>
        <translation>No se pudo usar el caso: {detail}.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de paso está vacía.</translation>
    </message>
    <message>
        <source>The key slot name {name} may hold only lower-case letters, digits, - and _.</source>
        <translation>El nombre de ranura de clave {name} solo puede contener minúsculas, dígitos, - y _.</translation>
    </message>
    <message>
        <source>A key slot named {name} already exists.</source>
        <translation>Ya existe una ranura de clave llamada {name}.</translation>
    </message>
    <message>
        <source>There is no key slot named {name}.</source>
        <translation>No hay ninguna ranura de clave llamada {name}.</translation>
    </message>
    <message>
        <source>The case has no key slot, so it cannot be unlocked.</source>
        <translation>El caso no tiene ninguna ranura de clave, así que no se puede desbloquear.</translation>
    </message>
    <message>
        <source>The key slot {name} is the last one. Add another before removing it.</source>
        <translation>La ranura de clave {name} es la última. Añada otra antes de quitarla.</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it to build the demo case again.</source>
        <translation>{path} ya existe. Reemplácelo para volver a crear el caso de demostración.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was saved. Free some space and try again.</source>
        <translation>El disco que contiene {path} está lleno; no se ha guardado nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk or folder; nothing was saved. To look at the case, open it read-only.</source>
        <translation>{path} está en un disco o carpeta de solo lectura; no se ha guardado nada. Para consultar el caso, ábralo en modo de solo lectura.</translation>
    </message>
    <message>
        <source>You have no permission to write to {path}; nothing was saved.</source>
        <translation>No tiene permiso para escribir en {path}; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The disk holding {path} reported an input/output error (a failing or removed disk?). The last change was not saved.</source>
        <translation>El disco que contiene {path} notificó un error de entrada/salida (¿un disco que falla o se ha retirado?). El último cambio no se guardó.</translation>
    </message>
    <message>
        <source>The case database in {path} cannot be opened ({detail}).</source>
        <translation>No se puede abrir la base de datos del caso en {path} ({detail}).</translation>
    </message>
    <message>
        <source>A text holds a broken character and cannot be stored; nothing was changed.</source>
        <translation>Un texto contiene un carácter dañado y no se puede guardar; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: {reason}. Nothing was imported.</source>
        <translation>Se rechazó el paquete {file}: {reason}. No se importó nada.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: its signature does not verify, so it was altered or is not from the sender it names. Nothing was imported.</source>
        <translation>Se rechazó el paquete {file}: su firma no es válida, así que se ha alterado o no procede del remitente que indica. No se importó nada.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: its content does not match what the sender signed (altered or swapped). Nothing was imported.</source>
        <translation>Se rechazó el paquete {file}: su contenido no coincide con lo que firmó el remitente (alterado o sustituido). No se importó nada.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: it is incomplete (cut short). Ask the sender for it again. Nothing was imported.</source>
        <translation>Se rechazó el paquete {file}: está incompleto (cortado). Pida al remitente que lo envíe de nuevo. No se importó nada.</translation>
    </message>
    <message>
        <source>The bundle {file} does not exist.</source>
        <translation>El paquete {file} no existe.</translation>
    </message>
    <message>
        <source>{file} is not a bundle file.</source>
        <translation>{file} no es un archivo de paquete.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: its part {volume} is missing. Put all parts in the same folder. Nothing was imported.</source>
        <translation>Se rechazó el paquete {file}: falta su parte {volume}. Ponga todas las partes en la misma carpeta. No se importó nada.</translation>
    </message>
    <message>
        <source>The bundle {file} is signed by a key that is not in your partner directory ({key_id}). Add the sender's contact card, or compare the fingerprint with the sender and accept the key.</source>
        <translation>El paquete {file} está firmado con una clave que no figura en su directorio de socios ({key_id}). Añada la tarjeta de contacto del remitente, o compare la huella con el remitente y acepte la clave.</translation>
    </message>
    <message>
        <source>WARNING: the bundle {file} is signed by a new key {key_id} from someone who claims to be {partner}. This can mean an impostor. Compare the fingerprint with the partner by phone or in person first.</source>
        <translation>ATENCIÓN: el paquete {file} está firmado con una clave nueva {key_id} de alguien que afirma ser {partner}. Puede tratarse de un impostor. Compare antes la huella con el socio por teléfono o en persona.</translation>
    </message>
    <message>
        <source>The bundle {file} is dated in the future ({created_at} UTC; now {now} UTC). If the sender's clock was wrong, confirm with the sender and import it anyway.</source>
        <translation>El paquete {file} tiene una fecha futura ({created_at} UTC; ahora {now} UTC). Si el reloj del remitente estaba mal, confírmelo con el remitente e impórtelo de todos modos.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: it is bundle number {number} from {sender}, but number {top} is already imported. An older bundle could bring back what the sender has since retracted.</source>
        <translation>Se rechazó el paquete {file}: es el paquete número {number} de {sender}, pero el número {top} ya está importado. Un paquete anterior podría devolver lo que el remitente ha retirado desde entonces.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: a newer bundle from {sender} is already imported. An older bundle could bring back what the sender has since retracted.</source>
        <translation>Se rechazó el paquete {file}: ya está importado un paquete más reciente de {sender}. Un paquete anterior podría devolver lo que el remitente ha retirado desde entonces.</translation>
    </message>
    <message>
        <source>The passphrase for the key file {key_file} is incorrect.</source>
        <translation>La frase de paso del archivo de clave {key_file} es incorrecta.</translation>
    </message>
    <message>
        <source>The new partner key cannot be saved without your identity passphrase.</source>
        <translation>La nueva clave del socio no se puede guardar sin la frase de paso de su identidad.</translation>
    </message>
    <message>
        <source>Choose at least one recipient: a partner, or a passphrase.</source>
        <translation>Elija al menos un destinatario: un socio o una frase de paso.</translation>
    </message>
    <message>
        <source>A bundle protected by a passphrase goes to one recipient only.</source>
        <translation>Un paquete protegido con frase de paso va a un único destinatario.</translation>
    </message>
    <message>
        <source>A bundle goes to at most 18 partners.</source>
        <translation>Un paquete va a 18 socios como máximo.</translation>
    </message>
    <message>
        <source>State the purpose of the disclosure.</source>
        <translation>Indique la finalidad de la comunicación.</translation>
    </message>
    <message>
        <source>Nothing to send: everything selected is withheld, or nothing is selected.</source>
        <translation>No hay nada que enviar: todo lo seleccionado se retiene o no hay nada seleccionado.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name.</source>
        <translation>{file} ya existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>A bundle protected by a passphrase needs a passphrase for its key file.</source>
        <translation>Un paquete protegido con frase de paso necesita una frase de paso para su archivo de clave.</translation>
    </message>
    <message>
        <source>Your workbench identity cannot be used: {problem}.</source>
        <translation>No se puede usar la identidad de su puesto de trabajo: {problem}.</translation>
    </message>
    <message>
        <source>This workbench has no investigator identity yet. Create one first.</source>
        <translation>Este puesto de trabajo aún no tiene identidad de investigador. Cree una primero.</translation>
    </message>
    <message>
        <source>The identity passphrase is incorrect.</source>
        <translation>La frase de paso de la identidad es incorrecta.</translation>
    </message>
    <message>
        <source>This workbench already has an identity. Replacing it means every partner must pin your new card.</source>
        <translation>Este puesto de trabajo ya tiene una identidad. Sustituirla obliga a todos los socios a fijar su nueva tarjeta.</translation>
    </message>
    <message>
        <source>The contact card or partner directory cannot be used: {problem}.</source>
        <translation>No se puede usar la tarjeta de contacto o el directorio de socios: {problem}.</translation>
    </message>
    <message>
        <source>There is no partner {ref}.</source>
        <translation>No hay ningún socio {ref}.</translation>
    </message>
    <message>
        <source>Several partners are called {ref}; choose one by its key id.</source>
        <translation>Hay varios socios llamados {ref}; elija uno por su id de clave.</translation>
    </message>
    <message>
        <source>WARNING: the keys of {partner} have changed (new fingerprint {fingerprint}). This can mean an impostor. Confirm the new fingerprint with the partner by phone or in person before replacing the card.</source>
        <translation>ATENCIÓN: las claves de {partner} han cambiado (nueva huella {fingerprint}). Puede tratarse de un impostor. Confirme la nueva huella con el socio por teléfono o en persona antes de sustituir la tarjeta.</translation>
    </message>
    <message>
        <source>WARNING: the signing key {key_id} is already pinned for {partner} with other details; the card was refused.</source>
        <translation>ATENCIÓN: la clave de firma {key_id} ya está fijada para {partner} con otros datos; se rechazó la tarjeta.</translation>
    </message>
    <message>
        <source>There is no entity with id {id}.</source>
        <translation>No hay ninguna entidad con el id {id}.</translation>
    </message>
    <message>
        <source>There is no exhibit {exhibit} in this case. Add it first, or leave the source out.</source>
        <translation>No hay ninguna pieza {exhibit} en este caso. Añádala primero o deje la fuente en blanco.</translation>
    </message>
    <message>
        <source>Other merges are built on merge proposal {review}: undo {first} first, in that order, or undo them all together.</source>
        <translation>Hay otras fusiones basadas en la propuesta de fusión {review}: deshaga primero {first}, en ese orden, o deshágalas todas juntas.</translation>
    </message>
    <message>
        <source>A RED pack needs a named recipient.</source>
        <translation>Un dosier RED necesita un destinatario con nombre.</translation>
    </message>
    <message>
        <source>Choose PDF, Word or both.</source>
        <translation>Elija PDF, Word o ambos.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>None of the chosen entities may go in this pack (unknown, or above the maximum TLP).</source>
        <translation>Ninguna de las entidades elegidas puede ir en este dosier (desconocidas o por encima del TLP máximo).</translation>
    </message>
    <message>
        <source>The briefing pack {file} could not be laid out ({kind}); no file was written.</source>
        <translation>No se pudo maquetar el dosier informativo {file} ({kind}); no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>No existe el archivo {file}.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({detail}).</source>
        <translation>No se puede leer el archivo {file} ({detail}).</translation>
    </message>
    <message>
        <source>{encoding} is not a text encoding casebench knows; try utf-8, utf-16, cp1252 or latin-1.</source>
        <translation>{encoding} no es una codificación de texto que casebench conozca; pruebe utf-8, utf-16, cp1252 o latin-1.</translation>
    </message>
    <message>
        <source>The file {file} is not valid {encoding} text. Choose its encoding (for example latin-1 or cp1252).</source>
        <translation>El archivo {file} no es texto {encoding} válido. Elija su codificación (por ejemplo latin-1 o cp1252).</translation>
    </message>
    <message>
        <source>The file {file} is empty; a table needs a header row.</source>
        <translation>El archivo {file} está vacío; una tabla necesita una fila de encabezado.</translation>
    </message>
    <message>
        <source>The file {file} has no row {row} for the header.</source>
        <translation>El archivo {file} no tiene fila {row} para el encabezado.</translation>
    </message>
    <message>
        <source>Row {row} of {file} names the column {name} twice; rename one of them.</source>
        <translation>La fila {row} de {file} nombra dos veces la columna {name}; cambie el nombre de una de ellas.</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel (.xlsx) workbook.</source>
        <translation>{file} no es un libro de Excel (.xlsx) legible.</translation>
    </message>
    <message>
        <source>The workbook {file} has no sheet {sheet}; its sheets are {sheets}.</source>
        <translation>El libro {file} no tiene ninguna hoja {sheet}; sus hojas son {sheets}.</translation>
    </message>
    <message>
        <source>The CSV file {file} is malformed near line {line}.</source>
        <translation>El archivo CSV {file} está mal formado cerca de la línea {line}.</translation>
    </message>
    <message>
        <source>The workbook {file} would take too much room once unpacked; it was refused.</source>
        <translation>El libro {file} ocuparía demasiado espacio una vez descomprimido; se ha rechazado.</translation>
    </message>
    <message>
        <source>An exhibit needs a reference (for example MA-EX-001).</source>
        <translation>Una pieza necesita una referencia (por ejemplo MA-EX-001).</translation>
    </message>
    <message>
        <source>An exhibit reference is at most 200 characters.</source>
        <translation>La referencia de una pieza tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The exhibit reference holds an invisible control character ({char}) that would make it read as something else.</source>
        <translation>La referencia de la pieza contiene un carácter de control invisible ({char}) que haría que se leyera como otra cosa.</translation>
    </message>
    <message>
        <source>The exhibit type {type} is unknown; use one of {types}.</source>
        <translation>El tipo de pieza {type} es desconocido; use uno de estos: {types}.</translation>
    </message>
    <message>
        <source>The time zone {zone} is unknown. Write a zone such as Europe/Madrid or an offset such as +01:00.</source>
        <translation>La zona horaria {zone} es desconocida. Escriba una zona como Europe/Madrid o un desfase como +01:00.</translation>
    </message>
    <message>
        <source>Choose at least one file or folder to take in.</source>
        <translation>Elija al menos un archivo o carpeta para incorporar.</translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation>{source} no existe.</translation>
    </message>
    <message>
        <source>{source} changed while it was being taken in (another program is still writing to it?). Nothing of this intake was kept: take it in again once the file no longer changes.</source>
        <translation>{source} cambió mientras se incorporaba (¿otro programa sigue escribiendo en él?). No se conservó nada de esta incorporación: vuelva a incorporarlo cuando el archivo ya no cambie.</translation>
    </message>
    <message>
        <source>Choose the RED items, or the free-text name to replace.</source>
        <translation>Elija los elementos RED o el nombre de texto libre que se debe sustituir.</translation>
    </message>
    <message>
        <source>{item} is not a RED entity or value of this case.</source>
        <translation>{item} no es una entidad ni un valor RED de este caso.</translation>
    </message>
    <message>
        <source>{item} is a partner's RED item: it is never passed on, so its recipients are not set here.</source>
        <translation>{item} es un elemento RED de un socio: nunca se transmite, así que sus destinatarios no se fijan aquí.</translation>
    </message>
    <message>
        <source>No RED item names {name}.</source>
        <translation>Ningún elemento RED nombra a {name}.</translation>
    </message>
    <message>
        <source>{id} is not a meeting this pack may show (unknown, not a Meeting, or above the maximum TLP).</source>
        <translation>{id} no es una reunión que este dosier pueda mostrar (desconocida, no es una Meeting o está por encima del TLP máximo).</translation>
    </message>
    <message>
        <source>Give the reason for the extraction; it is recorded as a disclosure.</source>
        <translation>Indique el motivo de la extracción; se registra como una comunicación.</translation>
    </message>
    <message>
        <source>{target} already exists and was not overwritten; choose an empty folder.</source>
        <translation>{target} ya existe y no se sobrescribió; elija una carpeta vacía.</translation>
    </message>
    <message>
        <source>{folder} is a file; choose a folder (an empty or new one).</source>
        <translation>{folder} es un archivo; elija una carpeta (vacía o nueva).</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; choose an empty or new folder.</source>
        <translation>La carpeta {folder} no está vacía; elija una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <source>There is no value with id {id}.</source>
        <translation>No hay ningún valor con el id {id}.</translation>
    </message>
    <message>
        <source>The value {id} is already retracted.</source>
        <translation>El valor {id} ya está retirado.</translation>
    </message>
    <message>
        <source>Give a reason for the retraction.</source>
        <translation>Indique un motivo para la retirada.</translation>
    </message>
    <message>
        <source>These are already the same entity.</source>
        <translation>Ya son la misma entidad.</translation>
    </message>
    <message>
        <source>An exhibit with reference {reference} already exists.</source>
        <translation>Ya existe una pieza con la referencia {reference}.</translation>
    </message>
    <message>
        <source>There is no exhibit with reference {reference}.</source>
        <translation>No hay ninguna pieza con la referencia {reference}.</translation>
    </message>
    <message>
        <source>A saved chart needs a name.</source>
        <translation>Un gráfico guardado necesita un nombre.</translation>
    </message>
    <message>
        <source>There is no saved chart called {name}.</source>
        <translation>No hay ningún gráfico guardado llamado {name}.</translation>
    </message>
    <message>
        <source>A chart called {name} already exists.</source>
        <translation>Ya existe un gráfico llamado {name}.</translation>
    </message>
    <message>
        <source>The folder {path} is not a casebench case: it has no case.json.</source>
        <translation>La carpeta {path} no es un caso de casebench: no tiene case.json.</translation>
    </message>
    <message>
        <source>The recorded path {recorded} is not safe to write; extract that file alone.</source>
        <translation>No es seguro escribir la ruta registrada {recorded}; extraiga ese archivo por separado.</translation>
    </message>
    <message>
        <source>The bundle {file} is not addressed to this workbench: none of its recipients is your key. If it came with a key file (.key.age), choose that key file.</source>
        <translation>El paquete {file} no está dirigido a este puesto de trabajo: ninguno de sus destinatarios es su clave. Si llegó con un archivo de clave (.key.age), elija ese archivo de clave.</translation>
    </message>
    <message>
        <source>Exhibit {reference} has no content files.</source>
        <translation>La pieza {reference} no tiene archivos de contenido.</translation>
    </message>
    <message>
        <source>Exhibit {reference} has no file {name}.</source>
        <translation>La pieza {reference} no tiene ningún archivo {name}.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: its database (case.db) is missing. Restore it from a backup or ask your technical support.</source>
        <translation>El caso está dañado y no se abrió: falta su base de datos (case.db). Restáurelo desde una copia de seguridad o consulte a su soporte técnico.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: its database (case.db) is empty. Restore it from a backup or ask your technical support.</source>
        <translation>El caso está dañado y no se abrió: su base de datos (case.db) está vacía. Restáurelo desde una copia de seguridad o consulte a su soporte técnico.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: its database (case.db) is cut short at byte {size}. Restore it from a backup or ask your technical support.</source>
        <translation>El caso está dañado y no se abrió: su base de datos (case.db) está cortada en el byte {size}. Restáurelo desde una copia de seguridad o consulte a su soporte técnico.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: its database (case.db) is damaged at page {page}. Restore it from a backup or ask your technical support.</source>
        <translation>El caso está dañado y no se abrió: su base de datos (case.db) está dañada en la página {page}. Restáurelo desde una copia de seguridad o consulte a su soporte técnico.</translation>
    </message>
    <message>
        <source>The case was not opened: its database (case.db) is not encrypted, so it is not what casebench wrote. Ask your technical support.</source>
        <translation>El caso no se abrió: su base de datos (case.db) no está cifrada, así que no es lo que escribió casebench. Consulte a su soporte técnico.</translation>
    </message>
    <message>
        <source>There is no merge proposal {review}.</source>
        <translation>No hay ninguna propuesta de fusión {review}.</translation>
    </message>
    <message>
        <source>Merge proposal {review} is already accepted.</source>
        <translation>La propuesta de fusión {review} ya está aceptada.</translation>
    </message>
    <message>
        <source>Merge proposal {review} was accepted; undo it first.</source>
        <translation>La propuesta de fusión {review} se aceptó; deshágala primero.</translation>
    </message>
    <message>
        <source>Merge proposal {review} is still pending.</source>
        <translation>La propuesta de fusión {review} sigue pendiente.</translation>
    </message>
    <message>
        <source>The fingerprint of {name}'s card was not confirmed. Compare it with the partner by phone or in person first.</source>
        <translation>La huella de la tarjeta de {name} no se confirmó. Compárela antes con el socio por teléfono o en persona.</translation>
    </message>
    <message>
        <source>This is your own contact card.</source>
        <translation>Esta es su propia tarjeta de contacto.</translation>
    </message>
    <message>
        <source>The date {date} skips a part: a date can only be known from the year down.</source>
        <translation>La fecha {date} omite una parte: una fecha solo puede conocerse empezando por el año.</translation>
    </message>
    <message>
        <source>Year {year} is outside the years 0001 to 9999.</source>
        <translation>El año {year} está fuera de los años 0001 a 9999.</translation>
    </message>
    <message>
        <source>Month {month} does not exist (months run from 01 to 12).</source>
        <translation>El mes {month} no existe (los meses van del 01 al 12).</translation>
    </message>
    <message>
        <source>The month {year}-{month} has no day {day} (it has {days} days).</source>
        <translation>El mes {year}-{month} no tiene día {day} (tiene {days} días).</translation>
    </message>
    <message>
        <source>Hour {hour} does not exist (hours run from 00 to 23).</source>
        <translation>La hora {hour} no existe (las horas van de 00 a 23).</translation>
    </message>
    <message>
        <source>Minute {minute} does not exist (minutes run from 00 to 59).</source>
        <translation>El minuto {minute} no existe (los minutos van de 00 a 59).</translation>
    </message>
    <message>
        <source>Second {second} does not exist (seconds run from 00 to 59).</source>
        <translation>El segundo {second} no existe (los segundos van de 00 a 59).</translation>
    </message>
    <message>
        <source>The UTC offset {offset} is beyond ±14:00, the largest offset in use anywhere.</source>
        <translation>El desfase UTC {offset} supera ±14:00, el mayor desfase en uso en el mundo.</translation>
    </message>
    <message>
        <source>The date {date} has a UTC offset but no time of day; an offset only means something with a time.</source>
        <translation>La fecha {date} tiene un desfase UTC pero no una hora; un desfase solo tiene sentido con una hora.</translation>
    </message>
    <message>
        <source>The date {date} falls outside the years 0001 to 9999 once converted to UTC.</source>
        <translation>La fecha {date} queda fuera de los años 0001 a 9999 una vez convertida a UTC.</translation>
    </message>
    <message>
        <source>The UTC offset {offset} has {minutes} minutes; write 00 to 59.</source>
        <translation>El desfase UTC {offset} tiene {minutes} minutos; escriba de 00 a 59.</translation>
    </message>
    <message>
        <source>“{value}” is not in a date form casebench understands.</source>
        <translation>«{value}» no tiene una forma de fecha que casebench entienda.</translation>
    </message>
    <message>
        <source>The range ends ({end}) before it starts ({start}).</source>
        <translation>El intervalo termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <source>The date is empty. Write for example 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (approximate) or 2024-03/2024-05 (a range).</source>
        <translation>La fecha está vacía. Escriba por ejemplo 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (aproximada) o 2024-03/2024-05 (un intervalo).</translation>
    </message>
    <message>
        <source>“{value}” can be read as more than one range; write it with ISO dates (for example 2024-03-11/2024-05-02).</source>
        <translation>«{value}» puede leerse como más de un intervalo; escríbalo con fechas ISO (por ejemplo 2024-03-11/2024-05-02).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid date. {why}</source>
        <translation>«{value}» no es una fecha válida. {why}</translation>
    </message>
    <message>
        <source>“{value}” is not a date casebench understands. Write for example 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (approximate) or 2024-03/2024-05 (a range).</source>
        <translation>«{value}» no es una fecha que casebench entienda. Escriba por ejemplo 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (aproximada) o 2024-03/2024-05 (un intervalo).</translation>
    </message>
    <message>
        <source>“{raw}” names two currencies.</source>
        <translation>«{raw}» indica dos monedas.</translation>
    </message>
    <message>
        <source>“{raw}” is not an amount. Write an amount such as 1.234,56, -250.00, (250,00) or R$ 1.234,56.</source>
        <translation>«{raw}» no es un importe. Escriba un importe como 1.234,56, -250.00, (250,00) o R$ 1.234,56.</translation>
    </message>
    <message>
        <source>The decimal separator is “{decimal}”, but “{raw}” does not read as one amount with it.</source>
        <translation>El separador decimal es «{decimal}», pero «{raw}» no se lee como un solo importe con él.</translation>
    </message>
    <message>
        <source>With “{decimal}” as the decimal separator, “{thousands}” must group digits by three; “{raw}” does not, so it may be written the other way.</source>
        <translation>Con «{decimal}» como separador decimal, «{thousands}» debe agrupar las cifras de tres en tres; «{raw}» no lo hace, así que puede estar escrito a la inversa.</translation>
    </message>
    <message>
        <source>“{raw}” has several “{separator}” and no decimal separator; choose the decimal separator.</source>
        <translation>«{raw}» tiene varios «{separator}» y ningún separador decimal; elija el separador decimal.</translation>
    </message>
    <message>
        <source>“{raw}” can be read with “{separator}” as the decimal separator or as the thousands separator; choose the decimal separator.</source>
        <translation>«{raw}» puede leerse con «{separator}» como separador decimal o como separador de miles; elija el separador decimal.</translation>
    </message>
    <message>
        <source>“{raw}” is not an amount.</source>
        <translation>«{raw}» no es un importe.</translation>
    </message>
    <message>
        <source>“{raw}” is not a duration. Write seconds (211) or hours:minutes:seconds (0:03:31).</source>
        <translation>«{raw}» no es una duración. Escriba segundos (211) u horas:minutos:segundos (0:03:31).</translation>
    </message>
    <message>
        <source>It does not look like a phone number.</source>
        <translation>No parece un número de teléfono.</translation>
    </message>
    <message>
        <source>It has no country code; write it with + and the country code, or choose a country.</source>
        <translation>No tiene prefijo de país; escríbalo con + y el prefijo del país, o elija un país.</translation>
    </message>
    <message>
        <source>It has the wrong number of digits for its country.</source>
        <translation>Tiene un número de cifras incorrecto para su país.</translation>
    </message>
    <message>
        <source>It is not a number in use in the numbering plan of {where}.</source>
        <translation>No es un número en uso en el plan de numeración de {where}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number. {why}</source>
        <translation>«{value}» no es un número de teléfono válido. {why}</translation>
    </message>
    <message>
        <source>{type} is not a value type casebench knows.</source>
        <translation>{type} no es un tipo de valor que casebench conozca.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>El valor está vacío.</translation>
    </message>
    <message>
        <source>“{value}” is not a country casebench knows; use its ISO code, for example ES or GMB.</source>
        <translation>«{value}» no es un país que casebench conozca; use su código ISO, por ejemplo ES o GMB.</translation>
    </message>
    <message>
        <source>The grading scheme “{scheme}” is unknown; use one of {schemes}.</source>
        <translation>El sistema de evaluación «{scheme}» es desconocido; use uno de estos: {schemes}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid {scheme} grade.</source>
        <translation>«{value}» no es una evaluación válida del sistema {scheme}.</translation>
    </message>
    <message>
        <source>The grade “{value}” must be written scheme:value, for example admiralty:B2.</source>
        <translation>La evaluación «{value}» debe escribirse sistema:valor, por ejemplo admiralty:B2.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: it must be a country code, two check digits and letters or digits.</source>
        <translation>«{value}» no es un IBAN válido: debe ser un código de país, dos dígitos de control y letras o cifras.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: {country} does not issue IBANs.</source>
        <translation>«{value}» no es un IBAN válido: {country} no emite IBAN.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: IBANs from {country} have {expected} characters, this one has {length}.</source>
        <translation>«{value}» no es un IBAN válido: los IBAN de {country} tienen {expected} caracteres y este tiene {length}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: the check digits do not match; a character is probably mistyped.</source>
        <translation>«{value}» no es un IBAN válido: los dígitos de control no coinciden; probablemente hay un carácter mal escrito.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IMO number: an IMO ship number has seven digits, for example IMO 9074729.</source>
        <translation>«{value}» no es un número IMO válido: un número IMO de buque tiene siete cifras, por ejemplo IMO 9074729.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IMO number: the check digit (the last one) does not match.</source>
        <translation>«{value}» no es un número IMO válido: el dígito de control (el último) no coincide.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid MMSI: an MMSI has exactly nine digits.</source>
        <translation>«{value}» no es un MMSI válido: un MMSI tiene exactamente nueve cifras.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid BIC (SWIFT code): a BIC has 8 or 11 characters: bank (4 letters), country, place, branch.</source>
        <translation>«{value}» no es un BIC (código SWIFT) válido: un BIC tiene 8 u 11 caracteres: banco (4 letras), país, plaza, sucursal.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid BIC (SWIFT code): {country} (characters 5-6) is not a country code.</source>
        <translation>«{value}» no es un BIC (código SWIFT) válido: {country} (caracteres 5-6) no es un código de país.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid vehicle identification number (VIN): a VIN has 17 characters, this one has {length}.</source>
        <translation>«{value}» no es un número de bastidor (VIN) válido: un VIN tiene 17 caracteres y este tiene {length}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid vehicle identification number (VIN): VINs never contain the letters I, O or Q.</source>
        <translation>«{value}» no es un número de bastidor (VIN) válido: los VIN nunca contienen las letras I, O ni Q.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid vehicle identification number (VIN): a VIN has only letters and digits.</source>
        <translation>«{value}» no es un número de bastidor (VIN) válido: un VIN solo tiene letras y cifras.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid vehicle identification number (VIN): the check digit (9th character) should be {check} for this VIN.</source>
        <translation>«{value}» no es un número de bastidor (VIN) válido: el dígito de control (9.º carácter) debería ser {check} para este VIN.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid crypto wallet address: an address is 20 to 128 letters and digits without spaces.</source>
        <translation>«{value}» no es una dirección de monedero de criptomonedas válida: una dirección tiene de 20 a 128 letras y cifras sin espacios.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid crypto wallet address: the bech32 checksum does not match; check every character.</source>
        <translation>«{value}» no es una dirección de monedero de criptomonedas válida: la suma de control bech32 no coincide; revise cada carácter.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid crypto wallet address: the checksum does not match; check every character.</source>
        <translation>«{value}» no es una dirección de monedero de criptomonedas válida: la suma de control no coincide; revise cada carácter.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address: an e-mail address looks like name@example.org.</source>
        <translation>«{value}» no es una dirección de correo electrónico válida: una dirección de correo tiene la forma nombre@example.org.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid web address (URL): a web address has no spaces.</source>
        <translation>«{value}» no es una dirección web (URL) válida: una dirección web no tiene espacios.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid web address (URL): it has no scheme; start it with https:// or http://.</source>
        <translation>«{value}» no es una dirección web (URL) válida: no tiene esquema; empiécela por https:// o http://.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid web address (URL): it has no host name after //.</source>
        <translation>«{value}» no es una dirección web (URL) válida: no tiene nombre de servidor después de //.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid number: write a plain number such as 1500 or 1,5 (no units, at most one decimal separator).</source>
        <translation>«{value}» no es un número válido: escriba un número simple como 1500 o 1,5 (sin unidades, con un separador decimal como máximo).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid number.</source>
        <translation>«{value}» no es un número válido.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid entity reference: entity ids are letters, digits and . _ : - only.</source>
        <translation>«{value}» no es una referencia de entidad válida: los id de entidad solo tienen letras, cifras y . _ : -</translation>
    </message>
    <message>
        <source>“{value}” is not a valid identifier: it has no letters or digits.</source>
        <translation>«{value}» no es un identificador válido: no tiene letras ni cifras.</translation>
    </message>
    <message>
        <source>The content of {file} in exhibit {exhibit} is not what the case recorded (changed or damaged). No bundle was written; nothing was exported.</source>
        <translation>El contenido de {file} en la pieza {exhibit} no es el que registró el caso (cambió o está dañado). No se escribió ningún paquete; no se exportó nada.</translation>
    </message>
    <message>
        <source>The D/C column says “{mark}”, which is neither a debit nor a credit. Write D or C, DR or CR, Debe or Haber, Cargo or Abono, Pago or Ingreso, Débito or Crédito, Retrait or Versement, Withdrawal or Deposit, or - or +.</source>
        <translation>La columna D/H dice «{mark}», que no es ni un cargo ni un abono. Escriba D o C, DR o CR, Debe o Haber, Cargo o Abono, Pago o Ingreso, Débito o Crédito, Retrait o Versement, Withdrawal o Deposit, o - o +.</translation>
    </message>
    <message>
        <source>The D/C column is empty beside {amount}: whether it went out or came in is not known.</source>
        <translation>La columna D/H está vacía junto a {amount}: no se sabe si salió o entró.</translation>
    </message>
    <message>
        <source>“{amount}” is marked one way and the D/C column ({mark}) the other; which one is right is not known.</source>
        <translation>«{amount}» está marcado en un sentido y la columna D/H ({mark}) en el otro; no se sabe cuál es el correcto.</translation>
    </message>
    <message>
        <source>The row has an amount in both the debit column ({debit}) and the credit column ({credit}); one row is one movement, so which one it is is not known.</source>
        <translation>La fila tiene un importe tanto en la columna de cargo ({debit}) como en la de abono ({credit}); una fila es un movimiento, así que no se sabe cuál es.</translation>
    </message>
    <message>
        <source>The date cell has a time of its own ({date} {own}) that is not the time column’s {time}; which one is meant is not known. Map the date column alone or correct the times.</source>
        <translation>La celda de fecha tiene una hora propia ({date} {own}) que no es la de la columna de hora, {time}; no se sabe cuál es la buena. Asigne solo la columna de fecha o corrija las horas.</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day: a 12-hour clock runs from 1 to 12 (AM or PM), a 24-hour one from 0 to 23, and minutes and seconds from 00 to 59.</source>
        <translation>«{value}» no es una hora del día: un reloj de 12 horas va de 1 a 12 (AM o PM), uno de 24 horas de 0 a 23, y los minutos y segundos de 00 a 59.</translation>
    </message>
    <message>
        <source>In “{value}” the (0) after the country code may be part of the number in that country (it could be {options}); the number is kept as written, not normalised.</source>
        <translation>En «{value}» el (0) tras el prefijo del país puede formar parte del número en ese país (podría ser {options}); el número se conserva tal como está escrito, sin normalizar.</translation>
    </message>
    <message>
        <source>“{value}” is a valid number in more than one reading ({options}); it is kept as written, not normalised. Write it with + and the country code to choose one.</source>
        <translation>«{value}» es un número válido en más de una lectura ({options}); se conserva tal como está escrito, sin normalizar. Escríbalo con + y el prefijo del país para elegir uno.</translation>
    </message>
    <message>
        <source>“{value}” has {digits} digits, but a spreadsheet number keeps only 15: its last digits are lost. Ask for the file with this column formatted as text.</source>
        <translation>«{value}» tiene {digits} dígitos, pero un número de hoja de cálculo solo conserva 15: sus últimos dígitos se han perdido. Pida el archivo con esta columna en formato de texto.</translation>
    </message>
    <message>
        <source>“{value}” is a number with a fraction, not an identifier: the spreadsheet has changed it. Ask for the file with this column formatted as text.</source>
        <translation>«{value}» es un número con decimales, no un identificador: la hoja de cálculo lo ha cambiado. Pida el archivo con esta columna en formato de texto.</translation>
    </message>
    <message>
        <source>“{value}” is a number in exponent form: the spreadsheet that wrote it kept only its first digits, so the identifier is lost. Ask for the file with this column formatted as text.</source>
        <translation>«{value}» es un número en forma exponencial: la hoja de cálculo que lo escribió solo conservó sus primeros dígitos, así que el identificador se ha perdido. Pida el archivo con esta columna en formato de texto.</translation>
    </message>
    <message>
        <source>The row has only {cells} cells, so it has no column {column}.</source>
        <translation>La fila solo tiene {cells} celdas, así que no tiene la columna {column}.</translation>
    </message>
    <message>
        <source>The cell is empty, but the import specification requires a value in it.</source>
        <translation>La celda está vacía, pero la especificación de importación exige un valor en ella.</translation>
    </message>
    <message>
        <source>Every mapped cell of the row is empty.</source>
        <translation>Todas las celdas asignadas de la fila están vacías.</translation>
    </message>
    <message>
        <source>The row names several currencies ({currencies}).</source>
        <translation>La fila indica varias monedas ({currencies}).</translation>
    </message>
    <message>
        <source>{when} does not exist in {zone}: the clocks went forward. It was read with the offset before the change.</source>
        <translation>{when} no existe en {zone}: se adelantaron los relojes. Se leyó con el desfase anterior al cambio.</translation>
    </message>
    <message>
        <source>{when} occurs twice in {zone}: the clocks went back. It was read as the first, the earlier instant.</source>
        <translation>{when} ocurre dos veces en {zone}: se atrasaron los relojes. Se leyó como la primera, el instante anterior.</translation>
    </message>
    <message>
        <source>A D/C column and debit and credit columns both say which way the money went; choose one of them.</source>
        <translation>Una columna D/H y unas columnas de debe y haber dicen a la vez en qué sentido fue el dinero; elija una de las dos.</translation>
    </message>
    <message>
        <source>A D/C column says which way an amount went: map the column with the amounts to {path}.</source>
        <translation>Una columna D/H dice en qué sentido fue un importe: asigne la columna de los importes a {path}.</translation>
    </message>
    <message>
        <source>A signed amount swaps the two sides of a link, and a {schema} has none.</source>
        <translation>Un importe con signo intercambia los dos lados de un vínculo, y un {schema} no tiene.</translation>
    </message>
    <message>
        <source>A {schema} has no property {prop} to fill from a cell.</source>
        <translation>Un {schema} no tiene la propiedad {prop} para rellenarla desde una celda.</translation>
    </message>
    <message>
        <source>A {schema} has no property {prop}.</source>
        <translation>Un {schema} no tiene la propiedad {prop}.</translation>
    </message>
    <message>
        <source>Choose both the debit column and the credit column.</source>
        <translation>Elija tanto la columna del debe como la del haber.</translation>
    </message>
    <message>
        <source>Debit and credit columns give an amount, but {path} is not a number.</source>
        <translation>Las columnas de debe y haber dan un importe, pero {path} no es un número.</translation>
    </message>
    <message>
        <source>No column is mapped; map at least one.</source>
        <translation>No hay ninguna columna asignada; asigne al menos una.</translation>
    </message>
    <message>
        <source>The file has no column “{column}”; its columns are {columns}.</source>
        <translation>El fichero no tiene la columna «{column}»; sus columnas son {columns}.</translation>
    </message>
    <message>
        <source>The file names both sides of the link, {source} ({source_columns}) and {target} ({target_columns}), so it already says who paid whom: read its amounts as written. A direction is for a statement of one account.</source>
        <translation>El fichero nombra los dos lados del vínculo, {source} ({source_columns}) y {target} ({target_columns}), así que ya dice quién pagó a quién: lea sus importes tal como están escritos. Un sentido es para el extracto de una sola cuenta.</translation>
    </message>
    <message>
        <source>The import specification is damaged ({detail}); map the columns again and save it.</source>
        <translation>La especificación de importación está dañada ({detail}); vuelva a asignar las columnas y guárdela.</translation>
    </message>
    <message>
        <source>The record key {path} is not mapped to a column.</source>
        <translation>La clave de registro {path} no está asignada a ninguna columna.</translation>
    </message>
    <message>
        <source>The required property {path} is not mapped to a column.</source>
        <translation>La propiedad obligatoria {path} no está asignada a ninguna columna.</translation>
    </message>
    <message>
        <source>The signed amount {path} is not mapped to a column.</source>
        <translation>El importe con signo {path} no está asignado a ninguna columna.</translation>
    </message>
    <message>
        <source>The time column “{time_column}” belongs to the column “{date_column}”, which is not mapped.</source>
        <translation>La columna de hora «{time_column}» pertenece a la columna «{date_column}», que no está asignada.</translation>
    </message>
    <message>
        <source>The time zone {zone} is beyond ±14:00; offsets run from -14:00 to +14:00.</source>
        <translation>La zona horaria {zone} pasa de ±14:00; los desfases van de -14:00 a +14:00.</translation>
    </message>
    <message>
        <source>{prop} is a link to another entity: map one of its properties instead.</source>
        <translation>{prop} es un vínculo a otra entidad: asigne en su lugar una de sus propiedades.</translation>
    </message>
    <message>
        <source>{prop} is not a link to another entity, so {path} means nothing.</source>
        <translation>{prop} no es un vínculo a otra entidad, así que {path} no significa nada.</translation>
    </message>
    <message>
        <source>{prop}: a {schema} cannot be created from a row; choose a concrete kind or only link entities already in the case.</source>
        <translation>{prop}: no se puede crear un {schema} a partir de una fila; elija un tipo concreto o vincule solo entidades que ya estén en el caso.</translation>
    </message>
    <message>
        <source>{schema} is not a kind of record casebench knows.</source>
        <translation>{schema} no es un tipo de registro que casebench conozca.</translation>
    </message>
    <message>
        <source>{schema} is too general for a row; choose a concrete kind (for example Person).</source>
        <translation>{schema} es demasiado general para una fila; elija un tipo concreto (por ejemplo Person).</translation>
    </message>
    <message>
        <source>“{country}” is not a country code; write the two letters of the country the phones are from (for example ES).</source>
        <translation>«{country}» no es un código de país; escriba las dos letras del país de los teléfonos (por ejemplo ES).</translation>
    </message>
    <message>
        <source>“{decimal}” cannot be a decimal separator; use a comma or a point.</source>
        <translation>«{decimal}» no puede ser un separador decimal; use una coma o un punto.</translation>
    </message>
    <message>
        <source>“{format}” is not a date format. Write it like dd/mm/yyyy hh:mm or %d/%m/%Y.</source>
        <translation>«{format}» no es un formato de fecha. Escríbalo como dd/mm/yyyy hh:mm o %d/%m/%Y.</translation>
    </message>
</context>
<context>
    <name>TimelineExportDialog</name>
    <message>
        <source>Export the timeline</source>
        <translation>Exportar la cronología</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Highest TLP:</source>
        <translation>TLP máximo:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exported to {0}, marked {1}.</source>
        <translation>Exportado a {0}, marcado {1}.</translation>
    </message>
    <message>
        <source>The items in view, marked with the highest TLP printed. Items, names and dates that handling keeps home are left out; the export is recorded in the audit log.</source>
        <translation>Los elementos a la vista, marcados con el TLP más alto impreso. Se omiten los elementos, nombres y fechas que la gestión retiene; la exportación queda registrada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Export to a .png or .svg file.</source>
        <translation>Exporte a un fichero .png o .svg.</translation>
    </message>
    <message numerus="yes">
        <source>Handling: %n item(s) left out (they may not leave at this level).</source>
        <translation>
            <numerusform>Gestión: %n elemento omitido (no puede salir a este nivel).</numerusform>
            <numerusform>Gestión: %n elementos omitidos (no pueden salir a este nivel).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormUndo</name>
    <message>
        <source>adding a value to “{property}”</source>
        <translation>añadir un valor a «{property}»</translation>
    </message>
    <message>
        <source>removing a value from “{property}”</source>
        <translation>quitar un valor de «{property}»</translation>
    </message>
    <message>
        <source>typing in “{property}”</source>
        <translation>escribir en «{property}»</translation>
    </message>
</context>
<context>
    <name>PathStepsModel</name>
    <message numerus="yes">
        <source>Path {n}: %n link(s)</source>
        <translation>
            <numerusform>Camino {n}: %n vínculo</numerusform>
            <numerusform>Camino {n}: %n vínculos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actor</name>
    <message>
        <source>{who} · key {key} · login {login}</source>
        <translation>{who} · clave {key} · usuario {login}</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Other end</source>
        <translation>Otro extremo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Mencionado en</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Menciona</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pieza de convicción</translation>
    </message>
    <message>
        <source>→ to</source>
        <translation>→ a</translation>
    </message>
    <message>
        <source>← from</source>
        <translation>← de</translation>
    </message>
    <message>
        <source>↔ with</source>
        <translation>↔ con</translation>
    </message>
    <message>
        <source>A link without a direction</source>
        <translation>Un vínculo sin dirección</translation>
    </message>
    <message>
        <source>{role}: this entity
{other}: {name}</source>
        <translation>{role}: esta entidad
{other}: {name}</translation>
    </message>
    <message>
        <source>{name}
Double-click or Enter opens the link itself ({kind}).</source>
        <translation>{name}
Doble clic o Intro abre el propio vínculo ({kind}).</translation>
    </message>
    <message>
        <source>{name}
Double-click or Enter opens it; Alt+Left comes back.</source>
        <translation>{name}
Doble clic o Intro lo abre; Alt+Izquierda vuelve.</translation>
    </message>
</context>
<context>
    <name>Renaming</name>
    <message>
        <source>Naming the linked calls, payments and links again: {done} of {total}</source>
        <translation>Nombrando de nuevo las llamadas, pagos y vínculos enlazados: {done} de {total}</translation>
    </message>
    <message>
        <source>Saving values</source>
        <translation>Guardando valores</translation>
    </message>
    <message>
        <source>Saving the values…</source>
        <translation>Guardando los valores…</translation>
    </message>
    <message>
        <source>Retracting a value</source>
        <translation>Retirando un valor</translation>
    </message>
    <message>
        <source>Retracting the value…</source>
        <translation>Retirando el valor…</translation>
    </message>
    <message>
        <source>Merging entities</source>
        <translation>Fusionando entidades</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>Unmerging an entity</source>
        <translation>Separando una entidad</translation>
    </message>
    <message>
        <source>Unmerging…</source>
        <translation>Separando…</translation>
    </message>
</context>
<context>
    <name>UndatedModel</name>
    <message>
        <source>{kind} — {name} (no date yet)</source>
        <translation>{kind} — {name} (aún sin fecha)</translation>
    </message>
</context>
<context>
    <name>EntitiesPage</name>
    <message numerus="yes">
        <source>%n row(s) imported from a call record keep the file's order after the others: this list cannot be sorted by {column}. The timeline shows them in time order.</source>
        <translation>
            <numerusform>%n fila importada de un registro de llamadas conserva el orden del archivo tras las demás: esta lista no se puede ordenar por {column}. La cronología la muestra en orden temporal.</numerusform>
            <numerusform>%n filas importadas de un registro de llamadas conservan el orden del archivo tras las demás: esta lista no se puede ordenar por {column}. La cronología las muestra en orden temporal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>No entity open</source>
        <translation>Ninguna entidad abierta</translation>
    </message>
    <message>
        <source>Double-click a node on the chart (or select it and press Enter) to open it here.</source>
        <translation>Haga doble clic en un nodo del gráfico (o selecciónelo y pulse Intro) para abrirlo aquí.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message numerus="yes">
        <source>%Ln added to the chart</source>
        <translation>
            <numerusform>%Ln añadida al gráfico</numerusform>
            <numerusform>%Ln añadidas al gráfico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already on it</source>
        <translation>
            <numerusform>%Ln ya estaba</numerusform>
            <numerusform>%Ln ya estaban</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>The file names both the payer ({payer}) and the beneficiary ({beneficiary}): it already says who paid whom. Under Money in and out choose “{written}”; a direction is for a statement of one account.</source>
        <translation>El archivo nombra al ordenante ({payer}) y al beneficiario ({beneficiary}): ya dice quién pagó a quién. En Entradas y salidas elija «{written}»; una dirección es para el extracto de una sola cuenta.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{date} (approx.)</source>
        <translation>{date} (aprox.)</translation>
    </message>
    <message>
        <source>{time} (no time zone)</source>
        <translation>{time} (sin zona horaria)</translation>
    </message>
    <message>
        <source>{time} (time zone not stated)</source>
        <translation>{time} (zona horaria no indicada)</translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
    <message>
        <source>{local} ({zone}) = {utc} UTC</source>
        <translation>{local} ({zone}) = {utc} UTC</translation>
    </message>
</context>
<context>
    <name>PlannedPreviewModel</name>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Se importa</translation>
    </message>
    <message>
        <source>Imported, check it</source>
        <translation>Se importa; revísela</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Written in the file: {text}</source>
        <translation>Escrito en el fichero: {text}</translation>
    </message>
    <message>
        <source>money in (credit)</source>
        <translation>entrada (haber)</translation>
    </message>
    <message>
        <source>money out (debit)</source>
        <translation>salida (debe)</translation>
    </message>
</context>
<context>
    <name>PlannedPreviewPanel</name>
    <message>
        <source>Map a column to see the rows as they will be imported.</source>
        <translation>Asigne una columna para ver las filas tal como se importarán.</translation>
    </message>
    <message>
        <source>Rows shown as they will be imported: {rows}. Refused: {refused} (the last column says why).</source>
        <translation>Filas mostradas tal como se importarán: {rows}. Rechazadas: {refused} (la última columna dice por qué).</translation>
    </message>
</context>
</TS>
