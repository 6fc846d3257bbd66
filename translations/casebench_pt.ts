<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AuditModel</name>
    <message>
        <source>Record {seq}, hash {hash}</source>
        <translation>Registo {seq}, hash {hash}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificação</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>recolha</translation>
    </message>
    <message>
        <source>alteration</source>
        <translation>alteração</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>divulgação</translation>
    </message>
    <message>
        <source>combination</source>
        <translation>combinação</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>apagamento</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Action, item or justification contains…</source>
        <translation>A ação, o elemento ou a justificação contém…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar cadeia</translation>
    </message>
    <message>
        <source>The audit log records who collected, changed, consulted, disclosed, combined or erased what, and when. Verify the chain to prove no record was altered or removed.</source>
        <translation>O registo de auditoria anota quem recolheu, alterou, consultou, divulgou, combinou ou apagou o quê e quando. Verifique a cadeia para provar que nenhum registo foi alterado ou removido.</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>A verificar a cadeia de auditoria…</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN:</source>
        <translation>A cadeia de auditoria está QUEBRADA:</translation>
    </message>
    <message>
        <source>The audit chain is intact: every record follows the one before it and none was altered or removed.</source>
        <translation>A cadeia de auditoria está intacta: cada registo segue o anterior e nenhum foi alterado ou removido.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Exhibits</source>
        <translation>Objetos apreendidos</translation>
    </message>
    <message>
        <source>Evidence handling is not available in this build of casebench. Exhibits, custody and intake appear here once the evidence component is installed.</source>
        <translation>A gestão de provas não está disponível nesta versão do casebench. Os objetos, a cadeia de custódia e a entrada aparecerão aqui quando o componente de provas for instalado.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>The timeline view is not available in this build. Dated values are still listed with each entity and can be exported with `casebench timeline`.</source>
        <translation>A vista de cronologia não está disponível nesta versão. Os valores datados continuam listados em cada entidade e podem ser exportados com `casebench timeline`.</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Gráfico de ligações</translation>
    </message>
    <message>
        <source>The link chart is not available in this build. Links between entities are listed under Entities › Links.</source>
        <translation>O gráfico de ligações não está disponível nesta versão. As ligações entre entidades estão listadas em Entidades › Ligações.</translation>
    </message>
    <message>
        <source>Partner bundles</source>
        <translation>Pacotes de parceiros</translation>
    </message>
    <message>
        <source>Exchanging signed, encrypted bundles with partner workbenches is done with the `casebench bundle` commands for now; the bundle wizard will appear here.</source>
        <translation>Por agora, a troca de pacotes assinados e cifrados com parceiros faz-se com os comandos `casebench bundle`; o assistente de pacotes aparecerá aqui.</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Add custody event</source>
        <translation>Adicionar evento de custódia</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <source>empty: now; e.g. 2024-03-12T09:30+01:00</source>
        <translation>vazio: agora; p. ex. 2024-03-12T09:30+01:00</translation>
    </message>
    <message>
        <source>From (person):</source>
        <translation>De (pessoa):</translation>
    </message>
    <message>
        <source>From (organisation):</source>
        <translation>De (organização):</translation>
    </message>
    <message>
        <source>To (person):</source>
        <translation>Para (pessoa):</translation>
    </message>
    <message>
        <source>To (organisation):</source>
        <translation>Para (organização):</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Local:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalidade:</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Autoridade:</translation>
    </message>
    <message>
        <source>Seal before:</source>
        <translation>Selo antes:</translation>
    </message>
    <message>
        <source>Seal after:</source>
        <translation>Selo depois:</translation>
    </message>
    <message>
        <source>Seal found intact</source>
        <translation>Selo encontrado intacto</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Seal NOT intact.</source>
        <translation>Selo NÃO intacto.</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Selo</translation>
    </message>
    <message>
        <source>Hash check</source>
        <translation>Verificação de hash</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation>NÃO COINCIDE</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Case details</source>
        <translation>Dados do caso</translation>
    </message>
    <message>
        <source>These appear on briefing packs and bundles. The title is stored inside the encrypted case only.</source>
        <translation>Aparecem nos dossiês de reunião e nos pacotes. O título só é guardado dentro do caso cifrado.</translation>
    </message>
    <message>
        <source>e.g. Operation Mar Azul</source>
        <translation>p. ex. Operação Mar Azul</translation>
    </message>
    <message>
        <source>e.g. ES-UDYCO-2024-0117</source>
        <translation>p. ex. ES-UDYCO-2024-0117</translation>
    </message>
    <message>
        <source>e.g. UDYCO Madrid</source>
        <translation>p. ex. UDYCO Madrid</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referência:</translation>
    </message>
    <message>
        <source>Originator agency:</source>
        <translation>Organismo de origem:</translation>
    </message>
    <message>
        <source>Originator country:</source>
        <translation>País de origem:</translation>
    </message>
    <message>
        <source>Default TLP:</source>
        <translation>TLP predefinido:</translation>
    </message>
</context>
<context>
    <name>EntitiesPage</name>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrar por nome…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Novo: {kind}</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Qualquer etiqueta</translation>
    </message>
    <message>
        <source>Any TLP</source>
        <translation>Qualquer TLP</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Qualquer país</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 entidade</translation>
    </message>
    <message>
        <source>{n} entities</source>
        <translation>{n} entidades</translation>
    </message>
    <message>
        <source>No entities match. Change the filters or create one with New.</source>
        <translation>Nenhuma entidade corresponde. Altere os filtros ou crie uma com Novo.</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>No entity selected</source>
        <translation>Nenhuma entidade selecionada</translation>
    </message>
    <message>
        <source>Choose an entity in the list, or create one with New.</source>
        <translation>Escolha uma entidade na lista ou crie uma com Novo.</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copiar id</translation>
    </message>
    <message>
        <source>Copies the entity id; it leaves the clipboard after 30 s</source>
        <translation>Copia o id da entidade; sai da área de transferência após 30 s</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fundir…</translation>
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
        <translation>Mostrar todas as propriedades</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Novo: {kind}</translation>
    </message>
    <message>
        <source>Fill in what is known; every field accepts several values (+).</source>
        <translation>Preencha o que se sabe; cada campo aceita vários valores (+).</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Created {date}</source>
        <translation>Criado em {date}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>Data subject: {category}</source>
        <translation>Titular dos dados: {category}</translation>
    </message>
    <message>
        <source>Merged from: {ids}</source>
        <translation>Fundida a partir de: {ids}</translation>
    </message>
    <message>
        <source>Add values</source>
        <translation>Adicionar valores</translation>
    </message>
    <message>
        <source>Type at least one value.</source>
        <translation>Escreva pelo menos um valor.</translation>
    </message>
    <message>
        <source>Select a value to retract first.</source>
        <translation>Selecione primeiro o valor a retirar.</translation>
    </message>
    <message>
        <source>Retract value</source>
        <translation>Retirar valor</translation>
    </message>
    <message>
        <source>Why is this value retracted? (kept in the audit log)</source>
        <translation>Porque é que este valor é retirado? (fica no registo de auditoria)</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Which merged entity should be separated again?</source>
        <translation>Que entidade fundida deve ser separada novamente?</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation>Motivo (fica no registo de auditoria):</translation>
    </message>
</context>
<context>
    <name>EntityField</name>
    <message>
        <source>Type part of a name to find the entity</source>
        <translation>Escreva parte de um nome para encontrar a entidade</translation>
    </message>
    <message>
        <source>Choose an entity from the list (type part of its name).</source>
        <translation>Escolha uma entidade da lista (escreva parte do nome).</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>{caption} — imported from another workbench</source>
        <translation>{caption} — importada de outro posto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Criado</translation>
    </message>
</context>
<context>
    <name>ExhibitDialog</name>
    <message>
        <source>New exhibit</source>
        <translation>Novo objeto</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referência:</translation>
    </message>
    <message>
        <source>e.g. MA-EX-014</source>
        <translation>p. ex. MA-EX-014</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <source>Seized where:</source>
        <translation>Onde foi apreendido:</translation>
    </message>
    <message>
        <source>Seized when:</source>
        <translation>Quando foi apreendido:</translation>
    </message>
    <message>
        <source>e.g. 2024-03-11T14:05+01:00</source>
        <translation>p. ex. 2024-03-11T14:05+01:00</translation>
    </message>
    <message>
        <source>Seized by:</source>
        <translation>Apreendido por:</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Autoridade:</translation>
    </message>
    <message>
        <source>warrant, court order …</source>
        <translation>mandado, despacho judicial …</translation>
    </message>
    <message>
        <source>Seal numbers:</source>
        <translation>Números de selo:</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separados por vírgulas</translation>
    </message>
    <message>
        <source>Storage location:</source>
        <translation>Local de armazenamento:</translation>
    </message>
    <message>
        <source>An exhibit needs a reference.</source>
        <translation>Um objeto precisa de uma referência.</translation>
    </message>
</context>
<context>
    <name>ExhibitModel</name>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Apreensão</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ficheiros</translation>
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
        <translation>Filtrar por referência ou descrição…</translation>
    </message>
    <message>
        <source>New exhibit…</source>
        <translation>Novo objeto…</translation>
    </message>
    <message>
        <source>Take in files…</source>
        <translation>Incorporar ficheiros…</translation>
    </message>
    <message>
        <source>Or drop files and folders onto this page</source>
        <translation>Ou largue ficheiros e pastas nesta página</translation>
    </message>
    <message>
        <source>Add custody event…</source>
        <translation>Adicionar evento de custódia…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Extrair…</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Cadeia de custódia</translation>
    </message>
    <message>
        <source>Content files and hashes</source>
        <translation>Ficheiros e hashes</translation>
    </message>
    <message>
        <source>Double-click a file to copy its SHA-256 (cleared from the clipboard after 30 s)</source>
        <translation>Duplo clique num ficheiro para copiar o SHA-256 (apagado da área de transferência após 30 s)</translation>
    </message>
    <message>
        <source>No exhibit selected</source>
        <translation>Nenhum objeto selecionado</translation>
    </message>
    <message>
        <source>Choose an exhibit to see its custody chain and content files, or create one with New exhibit. Files and folders dropped here are taken into the selected exhibit.</source>
        <translation>Escolha um objeto para ver a cadeia de custódia e os ficheiros, ou crie um com Novo objeto. Os ficheiros e pastas largados aqui são incorporados no objeto selecionado.</translation>
    </message>
    <message>
        <source>Seized {when} at {where} by {who}</source>
        <translation>Apreendido {when} em {where} por {who}</translation>
    </message>
    <message>
        <source>Seals: {seals}</source>
        <translation>Selos: {seals}</translation>
    </message>
    <message>
        <source>Stored at: {place}</source>
        <translation>Guardado em: {place}</translation>
    </message>
    <message>
        <source>{n} file(s), {size}</source>
        <translation>{n} ficheiro(s), {size}</translation>
    </message>
    <message>
        <source>New exhibit</source>
        <translation>Novo objeto</translation>
    </message>
    <message>
        <source>Take in files</source>
        <translation>Incorporar ficheiros</translation>
    </message>
    <message>
        <source>Choose or create an exhibit first.</source>
        <translation>Escolha ou crie primeiro um objeto.</translation>
    </message>
    <message>
        <source>Take in a folder</source>
        <translation>Incorporar uma pasta</translation>
    </message>
    <message>
        <source>Intake into {ref}</source>
        <translation>Incorporação em {ref}</translation>
    </message>
    <message>
        <source>Hashing and encrypting…</source>
        <translation>A calcular hashes e a cifrar…</translation>
    </message>
    <message>
        <source>{message}
{done} of {total}</source>
        <translation>{message}
{done} de {total}</translation>
    </message>
    <message>
        <source>Took in {n} file(s), {size}.</source>
        <translation>Foram incorporados {n} ficheiro(s), {size}.</translation>
    </message>
    <message>
        <source>{n} duplicate(s) stored once.</source>
        <translation>{n} duplicado(s) guardado(s) uma só vez.</translation>
    </message>
    <message>
        <source>Skipped: {list}</source>
        <translation>Ignorados: {list}</translation>
    </message>
    <message>
        <source>Intake cancelled; nothing was added to the exhibit.</source>
        <translation>Incorporação cancelada; nada foi adicionado ao objeto.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Incorporação</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Custódia</translation>
    </message>
    <message>
        <source>Verify exhibit</source>
        <translation>Verificar objeto</translation>
    </message>
    <message>
        <source>Re-hashing the content and checking the custody chain…</source>
        <translation>A recalcular hashes e a verificar a cadeia de custódia…</translation>
    </message>
    <message>
        <source>Verification found problems:</source>
        <translation>A verificação encontrou problemas:</translation>
    </message>
    <message>
        <source>Verified: {n} file(s), {size}; custody chain intact.</source>
        <translation>Verificado: {n} ficheiro(s), {size}; cadeia de custódia intacta.</translation>
    </message>
    <message>
        <source>Extract the exhibit's files into…</source>
        <translation>Extrair os ficheiros do objeto para…</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extrair</translation>
    </message>
    <message>
        <source>Reason for the extraction (recorded as a custody check-out):</source>
        <translation>Motivo da extração (registado como saída de custódia):</translation>
    </message>
    <message>
        <source>Decrypting and checking…</source>
        <translation>A decifrar e a verificar…</translation>
    </message>
    <message>
        <source>Extracted {n} file(s); the check-out is in the custody chain.</source>
        <translation>Foram extraídos {n} ficheiro(s); a saída consta da cadeia de custódia.</translation>
    </message>
    <message>
        <source>SHA-256 copied; it leaves the clipboard after 30 seconds.</source>
        <translation>SHA-256 copiado; sai da área de transferência após 30 segundos.</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>Onde guardar o caso</translation>
    </message>
    <message>
        <source>The case is a folder ending in .casebench; everything in it is encrypted. Keep it on an encrypted disk or stick.</source>
        <translation>O caso é uma pasta terminada em .casebench; todo o conteúdo está cifrado. Guarde-a num disco ou pen cifrados.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Parent folder:</source>
        <translation>Pasta superior:</translation>
    </message>
    <message>
        <source>Case folder name:</source>
        <translation>Nome da pasta do caso:</translation>
    </message>
    <message>
        <source>The case will be:</source>
        <translation>O caso será:</translation>
    </message>
    <message>
        <source>Choose the parent folder</source>
        <translation>Escolha a pasta superior</translation>
    </message>
    <message>
        <source>Give the case folder a name.</source>
        <translation>Dê um nome à pasta do caso.</translation>
    </message>
    <message>
        <source>The parent folder does not exist.</source>
        <translation>A pasta superior não existe.</translation>
    </message>
    <message>
        <source>A folder with this name already exists and is not empty.</source>
        <translation>Já existe uma pasta com este nome e não está vazia.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge entities</source>
        <translation>Fundir entidades</translation>
    </message>
    <message>
        <source>Merging keeps every value with its source; it can be undone with Unmerge. Names alone are not proof that two people are the same.</source>
        <translation>A fusão mantém cada valor com a sua fonte; pode ser desfeita com Separar. Um nome por si só não prova que duas pessoas sejam a mesma.</translation>
    </message>
    <message>
        <source>Merge with:</source>
        <translation>Fundir com:</translation>
    </message>
    <message>
        <source>e.g. same passport number ES-X1234567</source>
        <translation>p. ex. mesmo número de passaporte ES-X1234567</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fundir</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Both have this value</source>
        <translation>Ambas têm este valor</translation>
    </message>
    <message>
        <source>Keep “{name}” as the main entity</source>
        <translation>Manter «{name}» como entidade principal</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>The passphrase unlocks the case. It is never stored; if it is lost, only a recovery key slot can open the case.</source>
        <translation>A frase-passe desbloqueia o caso. Nunca é guardada; se for perdida, só uma ranhura de chave de recuperação pode abrir o caso.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase-passe:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustez:</translation>
    </message>
    <message>
        <source>Use several unrelated words; at least {n} characters.</source>
        <translation>Use várias palavras sem relação; pelo menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Too short: at least {n} characters.</source>
        <translation>Demasiado curta: pelo menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>Fraca: acrescente mais palavras.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Razoável: mais uma ou duas palavras tornam-na robusta.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robusta.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases são diferentes.</translation>
    </message>
</context>
<context>
    <name>PropertyRow</name>
    <message>
        <source>Add another value</source>
        <translation>Adicionar outro valor</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the case (Ctrl+F)</source>
        <translation>Pesquisar no caso (Ctrl+F)</translation>
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
        <translation>Corresponde em</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Type in the search box to search every value in the case.</source>
        <translation>Escreva na caixa de pesquisa para procurar em todos os valores do caso.</translation>
    </message>
    <message>
        <source>Nothing found for “{q}”.</source>
        <translation>Nada encontrado para «{q}».</translation>
    </message>
    <message>
        <source>Results for “{q}”, grouped by kind. Press Enter or double-click to open.</source>
        <translation>Resultados para «{q}», agrupados por tipo. Prima Enter ou faça duplo clique para abrir.</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>Source, grading and handling of the new values</source>
        <translation>Fonte, avaliação e tratamento dos novos valores</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Sem avaliação</translation>
    </message>
    <message>
        <source>e.g. B2</source>
        <translation>p. ex. B2</translation>
    </message>
    <message>
        <source>exhibit reference, if any</source>
        <translation>referência do objeto, se houver</translation>
    </message>
    <message>
        <source>page, message id, row …</source>
        <translation>página, id da mensagem, linha …</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não indicado</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Suspeito</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Condenado</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Vítima</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testemunha</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Avaliação:</translation>
    </message>
    <message>
        <source>Source exhibit:</source>
        <translation>Objeto de origem:</translation>
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
        <translation>Titular dos dados:</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>exhibit {ref}</source>
        <translation>objeto {ref}</translation>
    </message>
    <message>
        <source>from workbench {id}</source>
        <translation>do posto {id}</translation>
    </message>
    <message>
        <source>no judicial use</source>
        <translation>sem uso judicial</translation>
    </message>
    <message>
        <source>Retracted: {reason}</source>
        <translation>Retirado: {reason}</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Tal como registado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registado</translation>
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
        <translation>A cancelar… o caso está a ser reposto como estava.</translation>
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
        <translation>Introduza a frase-passe do caso &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase-passe:</translation>
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
        <translation>Escreva primeiro a frase-passe.</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>year</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dia</translation>
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
        <translation>p. ex. 1980, 1980-05, 1980-05-17, ~1980</translation>
    </message>
    <message>
        <source>e.g. +34 600 123 456</source>
        <translation>p. ex. +351 912 345 678</translation>
    </message>
    <message>
        <source>→ {value} ({precision} precision)</source>
        <translation>→ {value} (precisão: {precision})</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Offline workbench for cross-border investigations. Every case is an encrypted folder on this computer.</source>
        <translation>Posto de trabalho offline para investigações transfronteiriças. Cada caso é uma pasta cifrada neste computador.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Novo caso…</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>Abrir caso…</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Casos recentes</translation>
    </message>
    <message>
        <source>No recent cases yet. Create a new case or open an existing .casebench folder.</source>
        <translation>Ainda não há casos recentes. Crie um caso novo ou abra uma pasta .casebench existente.</translation>
    </message>
    <message>
        <source>This case folder is not reachable (removed or on a disconnected drive).</source>
        <translation>Esta pasta de caso não está acessível (removida ou numa unidade desligada).</translation>
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
        <translation>&amp;Novo caso…</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Abrir caso…</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Fechar caso</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear agora</translation>
    </message>
    <message>
        <source>&amp;Verify case</source>
        <translation>&amp;Verificar caso</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Definições</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>&amp;Auto-lock…</source>
        <translation>Bloqueio &amp;automático…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About casebench</source>
        <translation>&amp;Acerca do casebench</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Close the case now; unlocking needs the passphrase (Ctrl+L)</source>
        <translation>Fecha o caso agora; para desbloquear é precisa a frase-passe (Ctrl+L)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Case: {title}{ref} · user {user}</source>
        <translation>Caso: {title}{ref} · utilizador {user}</translation>
    </message>
    <message>
        <source>Case locked: {name}</source>
        <translation>Caso bloqueado: {name}</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Nenhum caso aberto</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>A criar o caso…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <source>Open a case folder (.casebench)</source>
        <translation>Abrir uma pasta de caso (.casebench)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>{path} is not a casebench case folder (it has no case.json).</source>
        <translation>{path} não é uma pasta de caso do casebench (não tem case.json).</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Fechar caso</translation>
    </message>
    <message>
        <source>Close the open case first?</source>
        <translation>Fechar primeiro o caso aberto?</translation>
    </message>
    <message>
        <source>The case was locked after {n} minutes without activity.</source>
        <translation>O caso foi bloqueado após {n} minutos sem atividade.</translation>
    </message>
    <message>
        <source>The case is locked.</source>
        <translation>O caso está bloqueado.</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Bloqueio automático</translation>
    </message>
    <message>
        <source>Lock the case after this many minutes without activity:</source>
        <translation>Bloquear o caso após estes minutos sem atividade:</translation>
    </message>
    <message>
        <source>Give a number of minutes greater than 0.</source>
        <translation>Indique um número de minutos superior a 0.</translation>
    </message>
    <message>
        <source>Verify case</source>
        <translation>Verificar caso</translation>
    </message>
    <message>
        <source>Checking the database, the audit chain and the evidence…</source>
        <translation>A verificar a base de dados, a cadeia de auditoria e as provas…</translation>
    </message>
    <message>
        <source>The case is intact.</source>
        <translation>O caso está intacto.</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Verificado:</translation>
    </message>
    <message>
        <source>Problems were found:</source>
        <translation>Foram encontrados problemas:</translation>
    </message>
    <message>
        <source>About casebench</source>
        <translation>Acerca do casebench</translation>
    </message>
    <message>
        <source>Offline workbench for cross-border investigations.</source>
        <translation>Posto de trabalho offline para investigações transfronteiriças.</translation>
    </message>
</context>
<context>
    <name>casebench</name>
    <message>
        <source>Traffic Light Protocol level of the case (FIRST TLP 2.0)</source>
        <translation>Nível do Traffic Light Protocol do caso (FIRST TLP 2.0)</translation>
    </message>
    <message>
        <source>The passphrase is incorrect. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>A frase-passe está incorreta. Verifique o Caps Lock e a disposição do teclado e tente novamente.</translation>
    </message>
    <message>
        <source>The case is already open in another casebench window or program. Close it there first.</source>
        <translation>O caso já está aberto noutra janela ou programa do casebench. Feche-o lá primeiro.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: {problem}. Restore it from a backup or ask your technical support.</source>
        <translation>O caso está danificado e não foi aberto: {problem}. Restaure-o a partir de uma cópia de segurança ou contacte o suporte técnico.</translation>
    </message>
    <message>
        <source>This case was made by a newer casebench: {problem}.</source>
        <translation>Este caso foi criado por um casebench mais recente: {problem}.</translation>
    </message>
    <message>
        <source>This folder is not a casebench case: {problem}.</source>
        <translation>Esta pasta não é um caso do casebench: {problem}.</translation>
    </message>
    <message>
        <source>The case has no usable key slot: {problem}.</source>
        <translation>O caso não tem nenhuma ranhura de chave utilizável: {problem}.</translation>
    </message>
    <message>
        <source>Cannot create the case here: {problem}.</source>
        <translation>Não é possível criar o caso aqui: {problem}.</translation>
    </message>
    <message>
        <source>The operating system reported a problem: {problem}</source>
        <translation>O sistema operativo comunicou um problema: {problem}</translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <source>All entities</source>
        <translation>Todas as entidades</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>Navios</translation>
    </message>
    <message>
        <source>Aircraft</source>
        <translation>Aeronaves</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Veículos</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Contas bancárias</translation>
    </message>
    <message>
        <source>Crypto wallets</source>
        <translation>Carteiras de criptomoedas</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Contas de utilizador</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Moradas</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identificação</translation>
    </message>
    <message>
        <source>Documents and notes</source>
        <translation>Documentos e notas</translation>
    </message>
    <message>
        <source>Events and seizures</source>
        <translation>Eventos e apreensões</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ações a realizar</translation>
    </message>
    <message>
        <source>Requests for co-operation</source>
        <translation>Pedidos de cooperação</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Objetos apreendidos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Gráfico de ligações</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Fórum</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoria</translation>
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
        <translation>Número de conta</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de conta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>Address (text)</source>
        <translation>Morada (texto)</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Ponto da ordem de trabalhos</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alcunha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bem</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associado</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridade</translation>
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
        <translation>Beneficiário</translation>
    </message>
    <message>
        <source>Beneficiary account</source>
        <translation>Conta do beneficiário</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Data de construção</translation>
    </message>
    <message>
        <source>Call sign</source>
        <translation>Indicativo de chamada</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chamador</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Número do chamador</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Cidadania</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Data de encerramento</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Dissimulação</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Data-subject category</source>
        <translation>Categoria de titular dos dados</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Data de óbito</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Dissolution date</source>
        <translation>Data de dissolução</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duração (s)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correio eletrónico</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empregado</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empregador</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de fim</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do ficheiro</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Pavilhão</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Fórum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Morada completa</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome próprio</translation>
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
        <translation>Número de identificação</translation>
    </message>
    <message>
        <source>IMO number</source>
        <translation>Número IMO</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Incorporation date</source>
        <translation>Data de constituição</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Envolvidos</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdição</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
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
        <translation>Tipo de média</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Nome do meio</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Navigation area</source>
        <translation>Zona de navegação</translation>
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
        <translation>Data de abertura</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Participating agencies</source>
        <translation>Organismos participantes</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número de passaporte</translation>
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
        <translation>Conta do pagador</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentagem</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Número pessoal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Photo (exhibit file)</source>
        <translation>Fotografia (ficheiro de objeto)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Local de nascimento</translation>
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
        <translation>Nome anterior</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Recetor</translation>
    </message>
    <message>
        <source>Receiver number</source>
        <translation>Número do recetor</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID de registo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Número de registo</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relação</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Tipo de pedido</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Papel no caso</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <source>Second name</source>
        <translation>Segundo nome</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Seized by</source>
        <translation>Apreendido por</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Ligação da fonte</translation>
    </message>
    <message>
        <source>Source pseudonym</source>
        <translation>Pseudónimo da fonte</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rua</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeito</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substância</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Número de contribuinte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Tonnage</source>
        <translation>Tonelagem</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>Número de transação</translation>
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
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN (quadro)</translation>
    </message>
    <message>
        <source>Weak alias</source>
        <translation>Alcunha fraca</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sítio web</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Action item</source>
        <translation>Ação a realizar</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ações a realizar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Moradas</translation>
    </message>
    <message>
        <source>Aircraft</source>
        <translation>Aeronave</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associado</translation>
    </message>
    <message>
        <source>Associates</source>
        <translation>Associados</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Conta bancária</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Contas bancárias</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
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
        <translation>Carteira de criptomoedas</translation>
    </message>
    <message>
        <source>Crypto wallets</source>
        <translation>Carteiras de criptomoedas</translation>
    </message>
    <message>
        <source>Directorship</source>
        <translation>Cargo de administração</translation>
    </message>
    <message>
        <source>Directorships</source>
        <translation>Cargos de administração</translation>
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
        <translation>Emprego</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Empregos</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Family links</source>
        <translation>Laços familiares</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Documento de identificação</translation>
    </message>
    <message>
        <source>Identifications</source>
        <translation>Documentos de identificação</translation>
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
        <translation>Pessoas coletivas</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Pessoa coletiva</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Filiação</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Filiações</translation>
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
        <translation>Organização</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Ownerships</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passaporte</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>Passaportes</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
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
        <translation>Representação</translation>
    </message>
    <message>
        <source>Representations</source>
        <translation>Representações</translation>
    </message>
    <message>
        <source>Request for co-operation</source>
        <translation>Pedido de cooperação</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Apreensão</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Apreensões</translation>
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
        <translation>Viagem</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Conta de utilizador</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Contas de utilizador</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Veículos</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Navio</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>Navios</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
</context>
</TS>
