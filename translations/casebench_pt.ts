<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AuditModel</name>
    <message>
        <source>The chain from its first record. Click to list the newest record first.</source>
        <translation>A cadeia a partir do primeiro registo. Clique para ver primeiro o registo mais recente.</translation>
    </message>
    <message>
        <source>Newest record first, numbered down the chain. Click to list the chain from its first record.</source>
        <translation>Primeiro o registo mais recente, numerados para trás na cadeia. Clique para ver a cadeia a partir do primeiro registo.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="114"/>
        <source>Record {seq}, hash {hash}</source>
        <translation>Registo {seq}, hash {hash}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="124"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="124"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="124"/>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="124"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="125"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="125"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="125"/>
        <source>Justification</source>
        <translation>Justificação</translation>
    </message>
    <message>
        <source>{name}
Double-click or Enter opens it.
{id}</source>
        <translation>{name}
Duplo clique ou Enter abre-o.
{id}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="173"/>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="174"/>
        <source>collection</source>
        <translation>recolha</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="174"/>
        <source>alteration</source>
        <translation>alteração</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="175"/>
        <source>consultation</source>
        <translation>consulta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="175"/>
        <source>disclosure</source>
        <translation>divulgação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="176"/>
        <source>combination</source>
        <translation>combinação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="176"/>
        <source>erasure</source>
        <translation>apagamento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="181"/>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="182"/>
        <source>Action, item or justification contains…</source>
        <translation>A ação, o elemento ou a justificação contém…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="183"/>
        <source>Verify chain</source>
        <translation>Verificar cadeia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="185"/>
        <source>The audit log records who collected, changed, consulted, disclosed, combined or erased what, and when. Verify the chain to prove no record was altered or removed.</source>
        <translation>O registo de auditoria anota quem recolheu, alterou, consultou, divulgou, combinou ou apagou o quê e quando. Verifique a cadeia para provar que nenhum registo foi alterado ou removido.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="212"/>
        <source>Verifying the audit chain…</source>
        <translation>A verificar a cadeia de auditoria…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="219"/>
        <source>The audit chain is BROKEN:</source>
        <translation>A cadeia de auditoria está QUEBRADA:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="222"/>
        <source>The audit chain is intact: every record follows the one before it and none was altered or removed.</source>
        <translation>A cadeia de auditoria está intacta: cada registo segue o anterior e nenhum foi alterado ou removido.</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="94"/>
        <source>Partner bundles</source>
        <translation>Pacotes para parceiros</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="96"/>
        <source>A bundle is a signed, encrypted file for partner workbenches. Handling rules decide what each recipient may receive; you see what is withheld before anything is written. Imported bundles are verified completely and may propose merges, listed below.</source>
        <translation>Um pacote é um ficheiro assinado e cifrado para as estações dos parceiros. As regras de tratamento decidem o que cada destinatário pode receber; vê o que é retido antes de qualquer escrita. Os pacotes importados são verificados por completo e podem propor fusões, listadas abaixo.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="99"/>
        <source>Export bundle…</source>
        <translation>Exportar pacote…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="100"/>
        <source>Import bundle…</source>
        <translation>Importar pacote…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="101"/>
        <source>Add partner…</source>
        <translation>Adicionar parceiro…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="102"/>
        <source>My contact card…</source>
        <translation>O meu cartão de contacto…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="108"/>
        <source>Your investigator identity is set up on this computer.</source>
        <translation>A sua identidade de investigador está configurada neste computador.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="110"/>
        <source>You have no investigator identity yet; it is created the first time you export or import a bundle.</source>
        <translation>Ainda não tem identidade de investigador; é criada da primeira vez que exportar ou importar um pacote.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="132"/>
        <source>Passphrase of your investigator identity, to sign the bundle:</source>
        <translation>Frase-passe da sua identidade de investigador, para assinar o pacote:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="143"/>
        <source>Bundle {id} written to {files}. SHA-256 of its SHA256SUMS: {sha}.</source>
        <translation>Pacote {id} escrito em {files}. SHA-256 do seu SHA256SUMS: {sha}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="146"/>
        <source>Key file {key}: send its passphrase by another channel.</source>
        <translation>Ficheiro de chave {key}: envie a frase-passe por outro canal.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="155"/>
        <source>Passphrase of your investigator identity, to decrypt the bundle:</source>
        <translation>Frase-passe da sua identidade de investigador, para decifrar o pacote:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="165"/>
        <source>Last import: bundle {id} from {sender}.</source>
        <translation>Última importação: pacote {id} de {sender}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="175"/>
        <source>Choose the partner's contact card</source>
        <translation>Escolha o cartão de contacto do parceiro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="182"/>
        <location filename="../src/casebench/ui/bundles_view.py" line="185"/>
        <location filename="../src/casebench/ui/bundles_view.py" line="193"/>
        <location filename="../src/casebench/ui/bundles_view.py" line="198"/>
        <source>Add partner</source>
        <translation>Adicionar parceiro</translation>
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

Impressão digital:
{hex}

Em palavras:
{words}

Ligue ao parceiro para um número que já conhece (não um da mesma mensagem) e peça-lhe que leia a impressão digital. Coincide exatamente?</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="197"/>
        <source>Partner pinned: {label}.</source>
        <translation>Parceiro fixado: {label}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="206"/>
        <source>My contact card</source>
        <translation>O meu cartão de contacto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="209"/>
        <source>Give this card to partners (e-mail or stick), then read them the fingerprint by phone so they can check it.</source>
        <translation>Entregue este cartão aos parceiros (e-mail ou pen USB) e leia-lhes a impressão digital por telefone para que a possam verificar.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="224"/>
        <location filename="../src/casebench/ui/bundles_view.py" line="230"/>
        <source>Save my contact card</source>
        <translation>Guardar o meu cartão de contacto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="225"/>
        <source>Text files (*.txt)</source>
        <translation>Ficheiros de texto (*.txt)</translation>
    </message>
    <message>
        <source>Name the partners who may receive each RED item</source>
        <translation>Indique os parceiros que podem receber cada elemento RED</translation>
    </message>
    <message>
        <source>Passphrase of your investigator identity, to read your partner directory:</source>
        <translation>Frase-passe da sua identidade de investigador, para ler o seu diretório de parceiros:</translation>
    </message>
    <message>
        <source>RED recipients…</source>
        <translation>Destinatários RED…</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n outro)</numerusform>
            <numerusform> (+%n outros)</numerusform>
        </translation>
    </message>
    <message>
        <source>No path from {first} to {second} with these options: in time order or following the links' direction, a path starts at the entity selected first.</source>
        <translation>Não há caminho de {first} para {second} com estas opções: por ordem temporal ou seguindo o sentido das ligações, um caminho começa na entidade selecionada primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) found from {first} to {second}; the first is highlighted.</source>
        <translation>
            <numerusform>%n caminho encontrado de {first} para {second}; está realçado.</numerusform>
            <numerusform>%n caminhos encontrados de {first} para {second}; o primeiro está realçado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close chart</source>
        <translation>Fechar gráfico</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved (the entities on it, where they are placed). Close it and lose them? Save or Save as… keeps them.</source>
        <translation>«{name}» tem alterações não guardadas (as entidades que contém e onde estão colocadas). Fechá-lo e perdê-las? Guardar ou Guardar como… mantém-nas.</translation>
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
        <translation>Dirigido por forças</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="106"/>
        <source>Hierarchical</source>
        <translation>Hierárquico</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="107"/>
        <source>Circular</source>
        <translation>Circular</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="109"/>
        <source>Lay out</source>
        <translation>Dispor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="110"/>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="111"/>
        <source>Remove</source>
        <translation>Remover</translation>
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
        <translation>Procurar um caminho entre as duas entidades selecionadas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="133"/>
        <source>Follow arrows</source>
        <translation>Seguir as setas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="134"/>
        <source>In time order</source>
        <translation>Por ordem cronológica</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="139"/>
        <source>Find path</source>
        <translation>Procurar caminho</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="180"/>
        <source>(whole case)</source>
        <translation>(todo o caso)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="323"/>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="323"/>
        <source>Name of the chart:</source>
        <translation>Nome do gráfico:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="353"/>
        <source>Select exactly two entities (click, then Ctrl+click).</source>
        <translation>Selecione exatamente duas entidades (clique e depois Ctrl+clique).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="365"/>
        <source>No path between these two with these options.</source>
        <translation>Não há caminho entre estas duas com estas opções.</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Caminhos</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de telefone</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Endereços de correio eletrónico</translation>
    </message>
    <message>
        <source>IBANs</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Wallet addresses</source>
        <translation>Endereços de carteira</translation>
    </message>
    <message>
        <source>Involved, holder, location…</source>
        <translation>Envolvido, titular, local…</translation>
    </message>
    <message>
        <source>Shared identifiers</source>
        <translation>Identificadores partilhados</translation>
    </message>
    <message>
        <source>Find on chart…</source>
        <translation>Procurar no gráfico…</translation>
    </message>
    <message>
        <source>Add the neighbours of the selected entities; the arrow expands by one kind of link</source>
        <translation>Acrescenta os vizinhos das entidades selecionadas; a seta expande por um tipo de ligação</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>no máximo </translation>
    </message>
    <message>
        <source>How many neighbours one Expand adds; the rest are counted</source>
        <translation>Quantos vizinhos cada Expandir acrescenta; os restantes são contados</translation>
    </message>
    <message>
        <source>Hide or show kinds of entities and links</source>
        <translation>Ocultar ou mostrar tipos de entidades e ligações</translation>
    </message>
    <message>
        <source>New chart tab (Ctrl+T)</source>
        <translation>Novo separador de gráfico (Ctrl+T)</translation>
    </message>
    <message>
        <source>Chart {0}</source>
        <translation>Gráfico {0}</translation>
    </message>
    <message>
        <source>Reading the links of the case…</source>
        <translation>A ler as ligações do caso…</translation>
    </message>
    <message>
        <source>Select entities in the entity list, in search results or on the timeline and choose Show on chart ({0}), or open a saved chart above. Expand then adds their neighbours.</source>
        <translation>Selecione entidades na lista de entidades, nos resultados da pesquisa ou na cronologia e escolha Mostrar no gráfico ({0}), ou abra um gráfico guardado acima. Depois, Expandir acrescenta os seus vizinhos.</translation>
    </message>
    <message>
        <source>This case has {0} entities to draw, too many for one chart (a chart holds at most {1}). Start from the few that matter.</source>
        <translation>Este caso tem {0} entidades a desenhar, demasiadas para um só gráfico (um gráfico comporta no máximo {1}). Comece pelas poucas que importam.</translation>
    </message>
    <message>
        <source>This chart is empty.</source>
        <translation>Este gráfico está vazio.</translation>
    </message>
    <message>
        <source>Nothing was added: see the note above the chart.</source>
        <translation>Nada foi acrescentado: veja a nota acima do gráfico.</translation>
    </message>
    <message>
        <source>{0} left off: the chart is full ({1})</source>
        <translation>{0} ficaram de fora: o gráfico está cheio ({1})</translation>
    </message>
    <message>
        <source>{0} cannot be drawn (not an entity with links)</source>
        <translation>{0} não podem ser desenhadas (não são entidades com ligações)</translation>
    </message>
    <message>
        <source>Select the entities to expand first.</source>
        <translation>Selecione primeiro as entidades a expandir.</translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation>{0} acrescentadas.</translation>
    </message>
    <message>
        <source>No neighbours to add.</source>
        <translation>Não há vizinhos a acrescentar.</translation>
    </message>
    <message>
        <source>{0} more stayed off the chart ({1}).</source>
        <translation>Mais {0} ficaram fora do gráfico ({1}).</translation>
    </message>
    <message>
        <source>The chart is full ({0}): remove some entities or raise the limit in Settings.</source>
        <translation>O gráfico está cheio ({0}): remova algumas entidades ou aumente o limite em Definições.</translation>
    </message>
    <message>
        <source>Expand again for more, or expand by one kind of link.</source>
        <translation>Expanda de novo para ver mais, ou expanda por um tipo de ligação.</translation>
    </message>
    <message>
        <source>Select entities first</source>
        <translation>Selecione entidades primeiro</translation>
    </message>
    <message>
        <source>All neighbours</source>
        <translation>Todos os vizinhos</translation>
    </message>
    <message>
        <source>By kind of link</source>
        <translation>Por tipo de ligação</translation>
    </message>
    <message>
        <source>{0} removed from the chart.</source>
        <translation>{0} removidas do gráfico.</translation>
    </message>
    <message>
        <source>Found on this chart for “{1}”: {0}. Enter goes to the next.</source>
        <translation>Encontradas neste gráfico para «{1}»: {0}. Enter passa à seguinte.</translation>
    </message>
    <message>
        <source>Nothing on this chart matches “{0}”. To add it, search the case and choose Show on chart.</source>
        <translation>Nada neste gráfico corresponde a «{0}». Para o acrescentar, pesquise no caso e escolha Mostrar no gráfico.</translation>
    </message>
    <message>
        <source>Looking at {0} entities…</source>
        <translation>A examinar {0} entidades…</translation>
    </message>
    <message>
        <source>Expanding…</source>
        <translation>A expandir…</translation>
    </message>
    <message>
        <source>Counting links…</source>
        <translation>A contar ligações…</translation>
    </message>
    <message>
        <source>Open beside the chart</source>
        <translation>Abrir ao lado do gráfico</translation>
    </message>
    <message>
        <source>Expand by kind of link</source>
        <translation>Expandir por tipo de ligação</translation>
    </message>
    <message>
        <source>Remove from chart</source>
        <translation>Remover do gráfico</translation>
    </message>
    <message>
        <source>Print / export chart…</source>
        <translation>Imprimir / exportar gráfico…</translation>
    </message>
    <message>
        <source>Grouped by organisation</source>
        <translation>Agrupado por organização</translation>
    </message>
    <message>
        <source>Grouped by country</source>
        <translation>Agrupado por país</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) found; the first is highlighted.</source>
        <translation>
            <numerusform>%n caminho encontrado; está realçado.</numerusform>
            <numerusform>%n caminhos encontrados; o primeiro está realçado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="615"/>
        <source>Check every row</source>
        <translation>Verificar todas as linhas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="616"/>
        <source>Rows with a problem are listed by row number (as a spreadsheet shows them) and column. Nothing has been imported yet.</source>
        <translation>As linhas com problemas são listadas pelo número de linha (como uma folha de cálculo as mostra) e pela coluna. Ainda nada foi importado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="619"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="634"/>
        <source>Strict: import nothing if any row has a problem</source>
        <translation>Estrito: não importar nada se alguma linha tiver um problema</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="649"/>
        <source>Reading every row…</source>
        <translation>A ler todas as linhas…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="677"/>
        <source>{rows} rows read — OK: {ok}, with problems: {bad}.</source>
        <translation>{rows} linhas lidas — corretas: {ok}, com problemas: {bad}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="698"/>
        <source>Every row can be imported.</source>
        <translation>Todas as linhas podem ser importadas.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="700"/>
        <source>Strict mode: rows with problems ({bad}) stop the import; nothing will be imported.</source>
        <translation>Modo estrito: as linhas com problemas ({bad}) impedem a importação; nada será importado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="703"/>
        <source>Rows to import: {ok}. Rows with problems ({bad}) are left out and reported.</source>
        <translation>Linhas a importar: {ok}. As linhas com problemas ({bad}) ficam de fora e são indicadas.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="705"/>
        <source>The file is first taken in as evidence; every value will point at its row.</source>
        <translation>Primeiro o ficheiro é recebido como prova; cada valor apontará para a sua linha.</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="101"/>
        <source>Add custody event</source>
        <translation>Adicionar evento de custódia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="106"/>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="107"/>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="108"/>
        <source>From (person):</source>
        <translation>De (pessoa):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="109"/>
        <source>From (organisation):</source>
        <translation>De (organização):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="110"/>
        <source>To (person):</source>
        <translation>Para (pessoa):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="111"/>
        <source>To (organisation):</source>
        <translation>Para (organização):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="112"/>
        <source>Place:</source>
        <translation>Local:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="113"/>
        <source>Purpose:</source>
        <translation>Finalidade:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="114"/>
        <source>Authority:</source>
        <translation>Autoridade:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="115"/>
        <source>Seal before:</source>
        <translation>Selo antes:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="116"/>
        <source>Seal after:</source>
        <translation>Selo depois:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="117"/>
        <source>Seal found intact</source>
        <translation>Selo encontrado intacto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="122"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="130"/>
        <source>Seal NOT intact.</source>
        <translation>Selo NÃO intacto.</translation>
    </message>
    <message>
        <source>e.g. 2024-03-12T09:30+01:00</source>
        <translation>ex.: 2024-03-12T09:30+01:00</translation>
    </message>
    <message>
        <source>Your time zone: {zone}. Write the offset of the place where it happened if it differs.</source>
        <translation>O seu fuso horário: {zone}. Escreva o desvio do local onde aconteceu, se for diferente.</translation>
    </message>
    <message>
        <source>from whom (a person or an organisation)</source>
        <translation>de quem (uma pessoa ou uma organização)</translation>
    </message>
    <message>
        <source>to whom (a person or an organisation)</source>
        <translation>a quem (uma pessoa ou uma organização)</translation>
    </message>
    <message>
        <source>A “{event}” event needs: {fields}.</source>
        <translation>Um evento «{event}» precisa de: {fields}.</translation>
    </message>
    <message>
        <source>Say when it happened, with the time zone (e.g. {example}).</source>
        <translation>Indique quando aconteceu, com o fuso horário (ex.: {example}).</translation>
    </message>
    <message>
        <source>Give the time zone of {time}: e.g. {example}.</source>
        <translation>Indique o fuso horário de {time}: ex.: {example}.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Objeto apreendido</translation>
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
        <source>Authority</source>
        <translation>Autoridade</translation>
    </message>
    <message>
        <source>Seal before</source>
        <translation>Selo antes</translation>
    </message>
    <message>
        <source>Seal after</source>
        <translation>Selo depois</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>This will be appended to the custody log for good; it cannot be changed or removed afterwards, only followed by a correcting event.</source>
        <translation>Isto será acrescentado definitivamente ao registo de custódia; depois não poderá ser alterado nem removido, apenas seguido de um evento que o corrija.</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="182"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="182"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="183"/>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="183"/>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="183"/>
        <source>Seal</source>
        <translation>Selo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="183"/>
        <source>Hash check</source>
        <translation>Verificação de hash</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="187"/>
        <source>matched</source>
        <translation>coincide</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="187"/>
        <source>MISMATCH</source>
        <translation>NÃO COINCIDE</translation>
    </message>
    <message>
        <source>{when}
entered {recorded} by {who}</source>
        <translation>{when}
registado em {recorded} por {who}</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="74"/>
        <source>Case details</source>
        <translation>Dados do caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="75"/>
        <source>These appear on briefing packs and bundles. The title is stored inside the encrypted case only.</source>
        <translation>Aparecem nos dossiês de reunião e nos pacotes. O título só é guardado dentro do caso cifrado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="80"/>
        <source>e.g. Operation Mar Azul</source>
        <translation>p. ex. Operação Mar Azul</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="83"/>
        <source>e.g. ES-UDYCO-2024-0117</source>
        <translation>p. ex. ES-UDYCO-2024-0117</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="86"/>
        <source>e.g. UDYCO Madrid</source>
        <translation>p. ex. UDYCO Madrid</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="91"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="92"/>
        <source>Reference:</source>
        <translation>Referência:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="93"/>
        <source>Originator agency:</source>
        <translation>Entidade de origem:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="94"/>
        <source>Originator country:</source>
        <translation>País de origem:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="95"/>
        <source>Default TLP:</source>
        <translation>TLP predefinido:</translation>
    </message>
</context>
<context>
    <name>EntitiesPage</name>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="122"/>
        <source>Filter by name…</source>
        <translation>Filtrar por nome…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="124"/>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="125"/>
        <source>New {kind}</source>
        <translation>Novo: {kind}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="148"/>
        <source>Any tag</source>
        <translation>Qualquer etiqueta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="152"/>
        <source>Any TLP</source>
        <translation>Qualquer TLP</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="156"/>
        <source>Any country</source>
        <translation>Qualquer país</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="166"/>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="170"/>
        <source>1 entity</source>
        <translation>1 entidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="172"/>
        <source>{n} entities</source>
        <translation>{n} entidades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="174"/>
        <source>No entities match. Change the filters or create one with New.</source>
        <translation>Nenhuma entidade corresponde. Altere os filtros ou crie uma com Novo.</translation>
    </message>
    <message>
        <source>Sorting by {column} is offered for lists of up to {n} rows: filter the list first.</source>
        <translation>A ordenação por {column} é oferecida em listas de até {n} linhas: filtre primeiro a lista.</translation>
    </message>
    <message>
        <source>This list cannot be sorted by {column}.</source>
        <translation>Esta lista não pode ser ordenada por {column}.</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="117"/>
        <source>No entity selected</source>
        <translation>Nenhuma entidade selecionada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="118"/>
        <source>Choose an entity in the list, or create one with New.</source>
        <translation>Escolha uma entidade na lista ou crie uma com Novo.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="134"/>
        <source>Copy id</source>
        <translation>Copiar id</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="135"/>
        <source>Copies the entity id; it leaves the clipboard after 30 s</source>
        <translation>Copia o id da entidade; sai da área de transferência após 30 s</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="137"/>
        <source>Merge…</source>
        <translation>Fundir…</translation>
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
        <translation>Mostrar todas as propriedades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="191"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="226"/>
        <source>New {kind}</source>
        <translation>Novo: {kind}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="229"/>
        <source>Fill in what is known; every field accepts several values (+).</source>
        <translation>Preencha o que se sabe; cada campo aceita vários valores (+).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="233"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="253"/>
        <source>Created {date}</source>
        <translation>Criado em {date}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="255"/>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="257"/>
        <source>Data subject: {category}</source>
        <translation>Titular dos dados: {category}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="265"/>
        <source>Add values</source>
        <translation>Adicionar valores</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="338"/>
        <source>Type at least one value.</source>
        <translation>Escreva pelo menos um valor.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="374"/>
        <source>Select a value to retract first.</source>
        <translation>Selecione primeiro o valor a retirar.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="376"/>
        <source>Retract value</source>
        <translation>Retirar valor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="377"/>
        <source>Why is this value retracted? (kept in the audit log)</source>
        <translation>Porque é que este valor é retirado? (fica no registo de auditoria)</translation>
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
        <translation>Que entidade fundida deve ser separada novamente?</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="391"/>
        <source>Reason (kept in the audit log):</source>
        <translation>Motivo (fica no registo de auditoria):</translation>
    </message>
    <message numerus="yes">
        <source>and %n more under Links</source>
        <translation>
            <numerusform>e mais %n em Ligações</numerusform>
            <numerusform>e mais %n em Ligações</numerusform>
        </translation>
    </message>
    <message>
        <source>Values ({n})</source>
        <translation>Valores ({n})</translation>
    </message>
    <message>
        <source>Links ({n})</source>
        <translation>Ligações ({n})</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>Merged from:</source>
        <translation>Fundido a partir de:</translation>
    </message>
    <message>
        <source>Show on chart</source>
        <translation>Mostrar no gráfico</translation>
    </message>
    <message>
        <source>Put this entity on the link chart ({0})</source>
        <translation>Colocar esta entidade no gráfico de ligações ({0})</translation>
    </message>
    <message>
        <source>Values not saved</source>
        <translation>Valores não guardados</translation>
    </message>
    <message>
        <source>You typed values for “{name}” that are not saved.

Save them now, discard them, or cancel to go back to them.</source>
        <translation>Escreveu valores para «{name}» que não foram guardados.

Guarde-os agora, descarte-os ou cancele para voltar a eles.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to {name}</source>
        <translation>
            <numerusform>Guardada %n alteração em {name}</numerusform>
            <numerusform>Guardadas %n alterações em {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityField</name>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="181"/>
        <source>Type part of a name to find the entity</source>
        <translation>Escreva parte de um nome para encontrar a entidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="235"/>
        <source>Choose an entity from the list (type part of its name).</source>
        <translation>Escolha uma entidade da lista (escreva parte do nome).</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../src/casebench/ui/entity_model.py" line="176"/>
        <source>{caption} — imported from another workbench</source>
        <translation>{caption} — importada de outro posto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entity_model.py" line="188"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Criado</translation>
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
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
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
        <translation>Fuso horário:</translation>
    </message>
    <message>
        <source>where it was seized, e.g. Europe/Madrid or +01:00</source>
        <translation>onde foi apreendido, p. ex. Europe/Lisbon ou +01:00</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="70"/>
        <source>New exhibit</source>
        <translation>Novo objeto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="71"/>
        <source>Reference:</source>
        <translation>Referência:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="71"/>
        <source>e.g. MA-EX-014</source>
        <translation>p. ex. MA-EX-014</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="75"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="76"/>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="77"/>
        <source>Seized where:</source>
        <translation>Onde foi apreendido:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="78"/>
        <source>Seized when:</source>
        <translation>Quando foi apreendido:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="78"/>
        <source>e.g. 2024-03-11T14:05+01:00</source>
        <translation>p. ex. 2024-03-11T14:05+01:00</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="79"/>
        <source>Seized by:</source>
        <translation>Apreendido por:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="80"/>
        <source>Authority:</source>
        <translation>Autoridade:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="80"/>
        <source>warrant, court order …</source>
        <translation>mandado, despacho judicial …</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="81"/>
        <source>Seal numbers:</source>
        <translation>Números de selo:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="81"/>
        <source>separated by commas</source>
        <translation>separados por vírgulas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="82"/>
        <source>Storage location:</source>
        <translation>Local de armazenamento:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="86"/>
        <source>An exhibit needs a reference.</source>
        <translation>Um objeto precisa de uma referência.</translation>
    </message>
</context>
<context>
    <name>ExhibitModel</name>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="131"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="131"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="131"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="131"/>
        <source>Seized</source>
        <translation>Apreensão</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="132"/>
        <source>Files</source>
        <translation>Ficheiros</translation>
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
        <translation>Filtrar por referência ou descrição…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="128"/>
        <source>New exhibit…</source>
        <translation>Novo objeto…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="129"/>
        <source>Take in files…</source>
        <translation>Incorporar ficheiros…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="130"/>
        <source>Or drop files and folders onto this page</source>
        <translation>Ou largue ficheiros e pastas nesta página</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="131"/>
        <source>Add custody event…</source>
        <translation>Adicionar evento de custódia…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="132"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="133"/>
        <source>Extract…</source>
        <translation>Extrair…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="134"/>
        <source>Chain of custody</source>
        <translation>Cadeia de custódia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="135"/>
        <source>Content files and hashes</source>
        <translation>Ficheiros e hashes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="136"/>
        <source>Double-click a file to copy its SHA-256 (cleared from the clipboard after 30 s)</source>
        <translation>Duplo clique num ficheiro para copiar o SHA-256 (apagado da área de transferência após 30 s)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="138"/>
        <source>No exhibit selected</source>
        <translation>Nenhum objeto selecionado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="139"/>
        <source>Choose an exhibit to see its custody chain and content files, or create one with New exhibit. Files and folders dropped here are taken into the selected exhibit.</source>
        <translation>Escolha um objeto para ver a cadeia de custódia e os ficheiros, ou crie um com Novo objeto. Os ficheiros e pastas largados aqui são incorporados no objeto selecionado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="194"/>
        <source>Seized {when} at {where} by {who}</source>
        <translation>Apreendido {when} em {where} por {who}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="197"/>
        <source>Seals: {seals}</source>
        <translation>Selos: {seals}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="199"/>
        <source>Stored at: {place}</source>
        <translation>Guardado em: {place}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {size}</source>
        <translation>
            <numerusform>%n ficheiro, {size}</numerusform>
            <numerusform>%n ficheiros, {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="208"/>
        <source>New exhibit</source>
        <translation>Novo objeto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="217"/>
        <source>Take in files</source>
        <translation>Incorporar ficheiros</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="217"/>
        <source>Choose or create an exhibit first.</source>
        <translation>Escolha ou crie primeiro um objeto.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="219"/>
        <source>Take in a folder</source>
        <translation>Incorporar uma pasta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="237"/>
        <source>Intake into {ref}</source>
        <translation>Incorporação em {ref}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="238"/>
        <source>Hashing and encrypting…</source>
        <translation>A calcular hashes e a cifrar…</translation>
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
            <numerusform>Foi incorporado %n ficheiro, {size}.</numerusform>
            <numerusform>Foram incorporados %n ficheiros, {size}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) stored once.</source>
        <translation>
            <numerusform>%n duplicado guardado uma só vez.</numerusform>
            <numerusform>%n duplicados guardados uma só vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="257"/>
        <source>Skipped: {list}</source>
        <translation>Ignorados: {list}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="267"/>
        <source>Intake cancelled; nothing was added to the exhibit.</source>
        <translation>Incorporação cancelada; nada foi adicionado ao objeto.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="270"/>
        <source>Intake</source>
        <translation>Incorporação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="280"/>
        <source>Custody</source>
        <translation>Custódia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="287"/>
        <source>Verify exhibit</source>
        <translation>Verificar objeto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="288"/>
        <source>Re-hashing the content and checking the custody chain…</source>
        <translation>A recalcular hashes e a verificar a cadeia de custódia…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="296"/>
        <source>Verification found problems:</source>
        <translation>A verificação encontrou problemas:</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n file(s), {size}; custody chain intact.</source>
        <translation>
            <numerusform>Verificado: %n ficheiro, {size}; cadeia de custódia intacta.</numerusform>
            <numerusform>Verificados: %n ficheiros, {size}; cadeia de custódia intacta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="307"/>
        <source>Extract the exhibit's files into…</source>
        <translation>Extrair os ficheiros do objeto para…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="310"/>
        <location filename="../src/casebench/ui/exhibits_view.py" line="315"/>
        <source>Extract</source>
        <translation>Extrair</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="311"/>
        <source>Reason for the extraction (recorded as a custody check-out):</source>
        <translation>Motivo da extração (registado como saída de custódia):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="315"/>
        <source>Decrypting and checking…</source>
        <translation>A decifrar e a verificar…</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n file(s); the check-out is in the custody chain.</source>
        <translation>
            <numerusform>Foi extraído %n ficheiro; a saída consta da cadeia de custódia.</numerusform>
            <numerusform>Foram extraídos %n ficheiros; a saída consta da cadeia de custódia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="330"/>
        <source>SHA-256 copied; it leaves the clipboard after 30 seconds.</source>
        <translation>SHA-256 copiado; sai da área de transferência após 30 segundos.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="485"/>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="506"/>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="530"/>
        <source>Export a partner bundle</source>
        <translation>Exportar um pacote para parceiros</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="495"/>
        <source>Write bundle</source>
        <translation>Escrever pacote</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="507"/>
        <source>Writing, signing and encrypting the bundle…</source>
        <translation>A escrever, assinar e cifrar o pacote…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="527"/>
        <source>Export cancelled</source>
        <translation>Exportação cancelada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="528"/>
        <source>The export was cancelled: no file was written and nothing was recorded.</source>
        <translation>A exportação foi cancelada: nenhum ficheiro foi escrito e nada foi registado.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="132"/>
        <source>Choose the table</source>
        <translation>Escolher a tabela</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="133"/>
        <source>A CSV file (any encoding or separator) or an Excel workbook (.xlsx): call records, a bank statement, a seizure list…</source>
        <translation>Um ficheiro CSV (qualquer codificação ou separador) ou um livro do Excel (.xlsx): registos de chamadas, um extrato bancário, uma lista de apreensões…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="139"/>
        <source>e.g. movistar-cdr-2024-T1.csv</source>
        <translation>p. ex. movistar-cdr-2024-T1.csv</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="140"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="147"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="152"/>
        <source>Detect</source>
        <translation>Detetar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="156"/>
        <source>File:</source>
        <translation>Ficheiro:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="157"/>
        <source>Encoding:</source>
        <translation>Codificação:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="158"/>
        <source>Separator:</source>
        <translation>Separador:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="161"/>
        <source>casebench guesses the encoding and the separator; if the preview on the next page shows garbled letters or a single column, choose them here.</source>
        <translation>O casebench adivinha a codificação e o separador; se a pré-visualização da página seguinte mostrar letras estranhas ou uma só coluna, escolha-os aqui.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="176"/>
        <source>comma ( , )</source>
        <translation>vírgula ( , )</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="176"/>
        <source>semicolon ( ; )</source>
        <translation>ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="176"/>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="177"/>
        <source>bar ( | )</source>
        <translation>barra ( | )</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="181"/>
        <source>Excel workbook, sheet {sheet}</source>
        <translation>Livro do Excel, folha {sheet}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="181"/>
        <source>(the first)</source>
        <translation>(a primeira)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="182"/>
        <source>CSV file, encoding {encoding}, separated by {separator}</source>
        <translation>Ficheiro CSV, codificação {encoding}, separado por {separator}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="187"/>
        <source>Choose a CSV or Excel file</source>
        <translation>Escolha um ficheiro CSV ou do Excel</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="207"/>
        <source>There is no file {name} here.</source>
        <translation>Não existe aqui nenhum ficheiro {name}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="212"/>
        <source>Reading the start of the file…</source>
        <translation>A ler o início do ficheiro…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="223"/>
        <source>Reading it as: {format}</source>
        <translation>Lido como: {format}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>The first</source>
        <translation>A primeira</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>Sheet:</source>
        <translation>Folha:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>Column names in row:</source>
        <translation>Nomes das colunas na linha:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>, column names in row {row}</source>
        <translation>, nomes das colunas na linha {row}</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Reverter…</translation>
    </message>
    <message>
        <source>Rolling back the import of {file} stopped before it finished. Roll it back to delete the rest of the rows it brought in.</source>
        <translation>A reversão da importação de {file} parou antes de terminar. Reverta-a para apagar o resto das linhas que trouxe.</translation>
    </message>
    <message>
        <source>The import of {file} (specification {spec}) started on {date} stopped after row {row}. To finish it, choose the same file with the same specification: it goes on from the next row. Or roll it back: every row it brought in is deleted.</source>
        <translation>A importação de {file} (especificação {spec}) iniciada em {date} parou após a linha {row}. Para a concluir, escolha o mesmo ficheiro com a mesma especificação: continua a partir da linha seguinte. Ou reverta-a: todas as linhas que trouxe são apagadas.</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>(não guardada)</translation>
    </message>
    <message>
        <source>{count} more unfinished imports follow this one.</source>
        <translation>Depois desta há mais {count} importações por concluir.</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="195"/>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="195"/>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>Guia do utilizador do casebench</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="49"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="50"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="65"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="78"/>
        <source># User guide not found

The user guide is not part of this installation. It is in `docs/guide/` of the casebench sources.</source>
        <translation># Guia do utilizador não encontrado

O guia do utilizador não faz parte desta instalação. Está em `docs/guide/` das fontes do casebench.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="98"/>
        <source>casebench works offline and does not open web links: {url}</source>
        <translation>O casebench funciona sem ligação e não abre ligações web: {url}</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="75"/>
        <source>Your investigator identity</source>
        <translation>A sua identidade de investigador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="83"/>
        <source>Your identity is a pair of keys that belongs to you, not to a case. It &lt;b&gt;signs&lt;/b&gt; the bundles you send, so partners can prove they come from you and were not altered, and it lets partners &lt;b&gt;encrypt&lt;/b&gt; bundles that only you can open. It is kept encrypted on this computer and serves all your cases.&lt;br&gt;&lt;br&gt;Your name, agency and country go on your public contact card, which you give to partners; read them its fingerprint by phone or in person so they can check it.</source>
        <translation>A sua identidade é um par de chaves que lhe pertence a si, não a um caso. &lt;b&gt;Assina&lt;/b&gt; os pacotes que envia, para que os parceiros possam provar que vêm de si e não foram alterados, e permite aos parceiros &lt;b&gt;cifrar&lt;/b&gt; pacotes que só o senhor pode abrir. É guardada cifrada neste computador e serve todos os seus casos.&lt;br&gt;&lt;br&gt;O seu nome, organismo e país constam do seu cartão de contacto público, que entrega aos parceiros; leia-lhes a impressão digital por telefone ou pessoalmente para que a possam verificar.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="94"/>
        <source>e.g. Ana Ruiz</source>
        <translation>p. ex. Ana Ruiz</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="97"/>
        <source>e.g. UDYCO Madrid</source>
        <translation>p. ex. UDYCO Madrid</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="108"/>
        <source>Your name:</source>
        <translation>O seu nome:</translation>
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
        <translation>Frase-passe da identidade:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="112"/>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="129"/>
        <source>Create identity</source>
        <translation>Criar identidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="141"/>
        <source>Give your name as partners know you.</source>
        <translation>Indique o seu nome tal como os parceiros o conhecem.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="143"/>
        <source>The passphrase needs at least {n} characters; use several unrelated words.</source>
        <translation>A frase-passe precisa de pelo menos {n} caracteres; use várias palavras sem relação entre si.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="146"/>
        <source>Weak: add more words.</source>
        <translation>Fraca: acrescente mais palavras.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="148"/>
        <source>The two passphrases differ.</source>
        <translation>As duas frases-passe são diferentes.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="153"/>
        <source>Ready. Keep this passphrase safe: without it your identity cannot be used and partners need a new card.</source>
        <translation>Pronto. Guarde bem esta frase-passe: sem ela a sua identidade não pode ser usada e os parceiros precisarão de um cartão novo.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="142"/>
        <location filename="../src/casebench/ui/bundle_import.py" line="221"/>
        <source>Import a partner bundle</source>
        <translation>Importar um pacote de um parceiro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="146"/>
        <source>The bundle is checked completely before anything enters the case: encryption, signature against the sender's pinned key, every hash and the manifest. Then it is committed in one step, or not at all.</source>
        <translation>O pacote é verificado por completo antes de qualquer coisa entrar no caso: cifra, assinatura contra a chave fixada do remetente, cada hash e o manifesto. Depois é incorporado de uma só vez, ou não é incorporado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="155"/>
        <source>FILE.cbx</source>
        <translation>FICHEIRO.cbx</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="156"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="160"/>
        <source>Bundle:</source>
        <translation>Pacote:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="163"/>
        <source>only for passphrase mode: FILE.cbx.key.age</source>
        <translation>só no modo frase-passe: FICHEIRO.cbx.key.age</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="167"/>
        <source>Key file:</source>
        <translation>Ficheiro de chave:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="168"/>
        <source>Key file passphrase:</source>
        <translation>Frase-passe do ficheiro de chave:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="170"/>
        <source>Verification steps:</source>
        <translation>Passos de verificação:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="187"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="189"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="203"/>
        <source>Choose a bundle (.cbx)</source>
        <translation>Escolha um pacote (.cbx)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="222"/>
        <source>Checking and importing the bundle…</source>
        <translation>A verificar e importar o pacote…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="265"/>
        <source>This bundle ({id}) was already imported; nothing changed.</source>
        <translation>Este pacote ({id}) já tinha sido importado; nada mudou.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="267"/>
        <source>Imported bundle {id} from {sender}: {new} new entities, {known} already known, {stmts} new values, {retracted} retracted, {exhibits} exhibits, {files} files.</source>
        <translation>Pacote {id} de {sender} importado: {new} entidades novas, {known} já conhecidas, {stmts} valores novos, {retracted} retirados, {exhibits} objetos apreendidos, {files} ficheiros.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="273"/>
        <source>Merges proposed for your review (Bundles › Merge review): {n}; name candidates: {c}.</source>
        <translation>Fusões propostas para a sua revisão (Pacotes › Revisão de fusões): {n}; candidatos por nome: {c}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="286"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: nada foi importado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="288"/>
        <source>Signature: the sender's key is not pinned — refused</source>
        <translation>Assinatura: a chave do remetente não está fixada — recusado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="293"/>
        <source>Nothing was imported; the case is unchanged.</source>
        <translation>Nada foi importado; o caso não foi alterado.</translation>
    </message>
    <message>
        <source>Date: more than 48 hours in the future — refused</source>
        <translation>Data: mais de 48 horas no futuro — recusado</translation>
    </message>
</context>
<context>
    <name>KeyGate</name>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="211"/>
        <source>Sending and receiving partner bundles needs your investigator identity, and this computer has none yet. Create it now; it takes a moment.</source>
        <translation>Enviar e receber pacotes de parceiros exige a sua identidade de investigador, e este computador ainda não tem nenhuma. Crie-a agora; demora um momento.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="218"/>
        <location filename="../src/casebench/ui/identity_dialog.py" line="224"/>
        <source>Identity passphrase</source>
        <translation>Frase-passe da identidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="219"/>
        <source>Passphrase of your investigator identity (it also unlocks your partner directory):</source>
        <translation>Frase-passe da sua identidade de investigador (também desbloqueia o seu diretório de parceiros):</translation>
    </message>
</context>
<context>
    <name>KeyWarning</name>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="79"/>
        <source>I compared this fingerprint with the sender by phone or in person, and it matches exactly.</source>
        <translation>Comparei esta impressão digital com o remetente por telefone ou pessoalmente, e coincide exatamente.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="82"/>
        <source>Accept this key and import</source>
        <translation>Aceitar esta chave e importar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="88"/>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="89"/>
        <source>In words:</source>
        <translation>Em palavras:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="102"/>
        <source>WARNING: the sender's key has CHANGED</source>
        <translation>ATENÇÃO: a chave do remetente MUDOU</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="103"/>
        <source>Someone who claims to be a partner you already know signed this bundle with a different key. This can mean an impostor. Do not accept it unless the partner confirms the new fingerprint by phone or in person.</source>
        <translation>Alguém que diz ser um parceiro que já conhece assinou este pacote com outra chave. Pode tratar-se de um impostor. Não a aceite a menos que o parceiro confirme a nova impressão digital por telefone ou pessoalmente.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="107"/>
        <source>Unknown sender key</source>
        <translation>Chave de remetente desconhecida</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="108"/>
        <source>This bundle is signed by a key that is not in your partner directory. Compare the fingerprint below with the sender out of band before accepting it.</source>
        <translation>Este pacote está assinado com uma chave que não consta do seu diretório de parceiros. Compare a impressão digital abaixo com o remetente por outro canal antes de a aceitar.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="114"/>
        <source>(the bundle does not give the sender's card)</source>
        <translation>(o pacote não inclui o cartão do remetente)</translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="319"/>
        <source>Legal basis and purpose</source>
        <translation>Base jurídica e finalidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="320"/>
        <source>Recorded in the bundle, in the audit log (a disclosure) and in the custody of every exported exhibit.</source>
        <translation>Registado no pacote, no registo de auditoria (uma comunicação) e na custódia de cada objeto apreendido exportado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="325"/>
        <source>Mutual legal assistance request</source>
        <translation>Pedido de auxílio judiciário mútuo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="326"/>
        <source>Joint investigation team agreement</source>
        <translation>Acordo de equipa de investigação conjunta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="327"/>
        <source>Police co-operation channel</source>
        <translation>Canal de cooperação policial</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="328"/>
        <source>European Investigation Order</source>
        <translation>Decisão europeia de investigação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="329"/>
        <source>Other legal basis</source>
        <translation>Outra base jurídica</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="334"/>
        <source>e.g. MLA request ES-2024-0117, JIT-ES-PT-2024-03</source>
        <translation>p. ex. carta rogatória ES-2024-0117, JIT-ES-PT-2024-03</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="337"/>
        <source>e.g. joint analysis of the Atlantic route ahead of the operational meeting</source>
        <translation>p. ex. análise conjunta da rota atlântica antes da reunião operacional</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="343"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="350"/>
        <source>Legal basis:</source>
        <translation>Base jurídica:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="351"/>
        <source>Reference:</source>
        <translation>Referência:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="352"/>
        <source>Purpose:</source>
        <translation>Finalidade:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="353"/>
        <source>Write to:</source>
        <translation>Escrever em:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="361"/>
        <source>Write the bundle to</source>
        <translation>Escrever o pacote em</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="362"/>
        <source>casebench bundles (*.cbx)</source>
        <translation>Pacotes do casebench (*.cbx)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="374"/>
        <source>Give the reference of the request, agreement or channel.</source>
        <translation>Indique a referência do pedido, do acordo ou do canal.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="376"/>
        <source>State the purpose of the disclosure.</source>
        <translation>Indique a finalidade da comunicação.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="379"/>
        <source>Choose where to write the bundle.</source>
        <translation>Escolha onde escrever o pacote.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="382"/>
        <source>{name} already exists; choose another file name.</source>
        <translation>{name} já existe; escolha outro nome de ficheiro.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="384"/>
        <source>The folder {folder} does not exist.</source>
        <translation>A pasta {folder} não existe.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="106"/>
        <source>Where to keep the case</source>
        <translation>Onde guardar o caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="107"/>
        <source>The case is a folder ending in .casebench; everything in it is encrypted. Keep it on an encrypted disk or stick.</source>
        <translation>O caso é uma pasta terminada em .casebench; todo o conteúdo está cifrado. Guarde-a num disco ou pen cifrados.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="113"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="122"/>
        <source>Parent folder:</source>
        <translation>Pasta superior:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="123"/>
        <source>Case folder name:</source>
        <translation>Nome da pasta do caso:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="124"/>
        <source>The case will be:</source>
        <translation>O caso será:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="136"/>
        <source>Choose the parent folder</source>
        <translation>Escolha a pasta superior</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="149"/>
        <source>Give the case folder a name.</source>
        <translation>Dê um nome à pasta do caso.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="151"/>
        <source>The parent folder does not exist.</source>
        <translation>A pasta superior não existe.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="154"/>
        <source>A folder with this name already exists and is not empty.</source>
        <translation>Já existe uma pasta com este nome e não está vazia.</translation>
    </message>
    <message>
        <source>The folder name can be read on this disk without the passphrase, so it is the file reference or a random name — never the case title, which stays inside the encrypted case.</source>
        <translation>O nome da pasta pode ser lido neste disco sem a frase-passe; por isso é a referência do processo ou um nome aleatório, nunca o título do caso, que fica dentro do caso cifrado.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="198"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="308"/>
        <source>(not imported)</source>
        <translation>(não importada)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="228"/>
        <source>Column in the file</source>
        <translation>Coluna do ficheiro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="228"/>
        <source>First value</source>
        <translation>Primeiro valor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="229"/>
        <source>Becomes ({schema})</source>
        <translation>Passa a ser ({schema})</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Time of the date</source>
        <translation>Hora da data</translation>
    </message>
    <message>
        <source>Says debit or credit</source>
        <translation>Diz débito ou crédito</translation>
    </message>
    <message>
        <source>Amount paid out (debit)</source>
        <translation>Montante que sai (débito)</translation>
    </message>
    <message>
        <source>Amount paid in (credit)</source>
        <translation>Montante que entra (crédito)</translation>
    </message>
    <message>
        <source>The rows as they will be imported show here once the problem above is solved.</source>
        <translation>As linhas tal como serão importadas aparecem aqui quando o problema indicado acima estiver resolvido.</translation>
    </message>
    <message>
        <source>Numbers without +code are read as numbers of {country}.</source>
        <translation>Os números sem +indicativo são lidos como números de {country}.</translation>
    </message>
    <message>
        <source>Numbers without +code are read as numbers of {country}, the case's country: if the file comes from another country's operator, say so in “Phones without +code are from”.</source>
        <translation>Os números sem +indicativo são lidos como números de {country}, o país do caso: se o ficheiro vier de um operador de outro país, indique-o em «Telefones sem +indicativo são de».</translation>
    </message>
    <message>
        <source>Statement of account: {problem}</source>
        <translation>Extrato da conta: {problem}</translation>
    </message>
    <message>
        <source>IBAN or account number</source>
        <translation>IBAN ou número de conta</translation>
    </message>
    <message>
        <source>The account whose statement this file is. Leave it empty when the file is not one account's statement.</source>
        <translation>A conta de que este ficheiro é o extrato. Deixe vazio se o ficheiro não for o extrato de uma conta.</translation>
    </message>
    <message>
        <source>Debit:</source>
        <translation>Débito:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Crédito:</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>p. ex. EUR</translation>
    </message>
    <message>
        <source>amounts as written (no direction)</source>
        <translation>montantes tal como escritos (sem entrada/saída)</translation>
    </message>
    <message>
        <source>one amount column: negative is money out</source>
        <translation>uma coluna de montante: negativo é dinheiro que sai</translation>
    </message>
    <message>
        <source>an amount and a D/C column</source>
        <translation>um montante e uma coluna D/C</translation>
    </message>
    <message>
        <source>The column whose D, DR, Debe, Cargo, Pago, Débito, Retrait or Withdrawal (money out) or C, CR, Haber, Abono, Ingreso, Crédito, Versement or Deposit (money in) says which way each amount went.</source>
        <translation>A coluna cujo D, DR, Debe, Cargo, Pago, Débito, Retrait ou Withdrawal (dinheiro que sai) ou C, CR, Haber, Abono, Ingreso, Crédito, Versement ou Deposit (dinheiro que entra) diz em que sentido foi cada montante.</translation>
    </message>
    <message>
        <source>D/C column:</source>
        <translation>Coluna D/C:</translation>
    </message>
    <message>
        <source>Choose the column that says debit or credit.</source>
        <translation>Escolha a coluna que diz débito ou crédito.</translation>
    </message>
    <message>
        <source>The column that says debit or credit is not a value: set it back to “not imported”.</source>
        <translation>A coluna que diz débito ou crédito não é um valor: volte a pô-la em «não importada».</translation>
    </message>
    <message>
        <source>a debit and a credit column</source>
        <translation>uma coluna de débito e outra de crédito</translation>
    </message>
    <message>
        <source>Statement of account:</source>
        <translation>Extrato da conta:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moeda:</translation>
    </message>
    <message>
        <source>Money in and out:</source>
        <translation>Entradas e saídas:</translation>
    </message>
    <message>
        <source>The statement's own account is the payer: map the other party's columns to Beneficiary account, not to Payer account.</source>
        <translation>A conta do extrato é a que paga: associe as colunas da outra parte a Conta do beneficiário, não a Conta do pagador.</translation>
    </message>
    <message>
        <source>Map the column with the amounts to Amount, or choose a debit and a credit column.</source>
        <translation>Associe a coluna dos montantes a Montante, ou escolha uma coluna de débito e outra de crédito.</translation>
    </message>
    <message>
        <source>Choose both the debit column and the credit column.</source>
        <translation>Escolha a coluna de débito e a coluna de crédito.</translation>
    </message>
    <message>
        <source>The debit and the credit column must be two different columns.</source>
        <translation>A coluna de débito e a de crédito têm de ser duas colunas diferentes.</translation>
    </message>
    <message>
        <source>The debit and credit columns give the amount: set the column mapped to Amount back to “not imported”.</source>
        <translation>As colunas de débito e crédito dão o montante: volte a pôr a coluna associada a Montante em «não importada».</translation>
    </message>
    <message>
        <source>Some amounts are negative: if this file is one account's statement, give its account below and the sign will say which way the money went.</source>
        <translation>Há montantes negativos: se este ficheiro é o extrato de uma conta, indique a conta abaixo e o sinal dirá em que sentido foi o dinheiro.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(escolha uma coluna)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="335"/>
        <source>Map the columns</source>
        <translation>Mapear as colunas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="336"/>
        <source>Say what each row becomes and where each column goes, or pick a saved specification (one per operator or bank).</source>
        <translation>Indique o que cada linha passa a ser e para onde vai cada coluna, ou escolha uma especificação guardada (uma por operador ou banco).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="343"/>
        <source>Save as specification…</source>
        <translation>Guardar como especificação…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="352"/>
        <source>e.g. dd/mm/yyyy hh:mm:ss</source>
        <translation>p. ex. dd/mm/yyyy hh:mm:ss</translation>
    </message>
    <message>
        <source>Empty: 2024-03-11 or 11/03/2024</source>
        <translation>Vazio: 2024-03-11 ou 11/03/2024</translation>
    </message>
    <message>
        <source>How the file writes its dates, as dd/mm/yyyy hh:mm:ss or %d/%m/%Y %H:%M; several formats separated by ;. Times such as 7:15 PM or 19h15 are read too.</source>
        <translation>Como o ficheiro escreve as datas, como dd/mm/yyyy hh:mm:ss ou %d/%m/%Y %H:%M; vários formatos separados por ;. Também se leem horas como 7:15 PM ou 19h15.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="355"/>
        <source>e.g. Europe/Madrid or +01:00</source>
        <translation>p. ex. Europe/Lisbon ou +01:00</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="359"/>
        <source>the case's</source>
        <translation>o do caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="362"/>
        <source>read each amount (1.5; refuses 1.500)</source>
        <translation>ler cada valor (1.5; recusa 1.500)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="363"/>
        <source>1.234,56 — decimal comma (es, pt, fr, de)</source>
        <translation>1.234,56 — vírgula decimal (es, pt, fr, de)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="364"/>
        <source>1,234.56 — decimal point (en)</source>
        <translation>1,234.56 — ponto decimal (en)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="368"/>
        <source>Specification:</source>
        <translation>Especificação:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="370"/>
        <source>Each row becomes:</source>
        <translation>Cada linha é:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="372"/>
        <source>Date format:</source>
        <translation>Formato da data:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="374"/>
        <source>Time zone of the source:</source>
        <translation>Fuso horário da origem:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="376"/>
        <source>Phones without +code are from:</source>
        <translation>Telefones sem +indicativo são de:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="378"/>
        <source>Amounts are written:</source>
        <translation>Montantes escritos como:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="435"/>
        <source>New mapping</source>
        <translation>Novo mapeamento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="517"/>
        <source>Changed from “{spec}”: save it as a specification to reuse the new mapping.</source>
        <translation>Alterado a partir de «{spec}»: guarde-o como especificação para reutilizar o novo mapeamento.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="520"/>
        <source>Saved specification “{spec}”.</source>
        <translation>Especificação guardada «{spec}».</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="523"/>
        <source>Click a cell under “Becomes” to choose where the column goes.</source>
        <translation>Clique numa célula em «Passa a ser» para escolher para onde vai a coluna.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="538"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="552"/>
        <source>No column is mapped yet.</source>
        <translation>Ainda nenhuma coluna está mapeada.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="540"/>
        <source>Checking the first rows…</source>
        <translation>A verificar as primeiras linhas…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="562"/>
        <source>First {rows} rows checked: {bad} with a problem (tinted; point at a cell to read why).</source>
        <translation>Primeiras {rows} linhas verificadas: {bad} com problemas (coloridas; aponte para uma célula para ver o motivo).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="580"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="586"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="590"/>
        <source>Save as specification</source>
        <translation>Guardar como especificação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="581"/>
        <source>Name (e.g. the operator or bank, so the next file from them uses it):</source>
        <translation>Nome (p. ex. o operador ou banco, para que o próximo ficheiro deles a use):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="587"/>
        <source>A specification named “{spec}” exists. Replace it?</source>
        <translation>Já existe uma especificação chamada «{spec}». Substituí-la?</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>In the date column</source>
        <translation>Na coluna da data</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>The time of the date is in:</source>
        <translation>A hora da data está em:</translation>
    </message>
    <message>
        <source>As it will be imported</source>
        <translation>Tal como será importado</translation>
    </message>
    <message>
        <source>The file's cells</source>
        <translation>As células do ficheiro</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>This entity</source>
        <translation>Esta entidade</translation>
    </message>
    <message>
        <source>The other entity</source>
        <translation>A outra entidade</translation>
    </message>
    <message>
        <source>That is this entity itself: choose the other one.</source>
        <translation>É esta mesma entidade: escolha a outra.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="38"/>
        <source>Merge entities</source>
        <translation>Fundir entidades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="41"/>
        <source>Merging keeps every value with its source; it can be undone with Unmerge. Names alone are not proof that two people are the same.</source>
        <translation>A fusão mantém cada valor com a sua fonte; pode ser desfeita com Separar. Um nome por si só não prova que duas pessoas sejam a mesma.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="48"/>
        <source>Merge with:</source>
        <translation>Fundir com:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="51"/>
        <source>e.g. same passport number ES-X1234567</source>
        <translation>p. ex. mesmo número de passaporte ES-X1234567</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="52"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="71"/>
        <source>Merge</source>
        <translation>Fundir</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="91"/>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="98"/>
        <source>Both have this value</source>
        <translation>Ambas têm este valor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="104"/>
        <location filename="../src/casebench/ui/merge.py" line="105"/>
        <source>Keep “{name}” as the main entity</source>
        <translation>Manter «{name}» como entidade principal</translation>
    </message>
</context>
<context>
    <name>MergeReviewView</name>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="222"/>
        <source>Merge review — proposals from imported bundles and tables</source>
        <translation>Revisão de fusões — propostas de pacotes e tabelas importados</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="223"/>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="224"/>
        <source>All decisions</source>
        <translation>Todas as decisões</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="225"/>
        <source>Note for the audit log (optional), e.g. same IMO confirmed with the port authority</source>
        <translation>Nota para o registo de auditoria (opcional), p. ex. mesmo IMO confirmado com a autoridade portuária</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="227"/>
        <source>Accept merge</source>
        <translation>Aceitar a fusão</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="228"/>
        <source>Fold the imported entity into the one in this case; every value keeps its source; reversible with Undo</source>
        <translation>Integrar a entidade importada na deste caso; cada valor mantém a sua fonte; reversível com Desfazer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="230"/>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="231"/>
        <source>They are different: keep both</source>
        <translation>São diferentes: manter ambas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="232"/>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="233"/>
        <source>Leave it pending and go to the next proposal</source>
        <translation>Deixar pendente e passar à proposta seguinte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="234"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="235"/>
        <source>Revert the decision (an accepted merge is split again)</source>
        <translation>Reverter a decisão (uma fusão aceite volta a ser separada)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="294"/>
        <location filename="../src/casebench/ui/merge_review.py" line="297"/>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="297"/>
        <source>In this case: {name}</source>
        <translation>Neste caso: {name}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="298"/>
        <source>Imported: {name}</source>
        <translation>Importada: {name}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="307"/>
        <source>Both have this value</source>
        <translation>Ambas têm este valor</translation>
    </message>
    <message>
        <source>Later merges build on proposal {id}: {names}. Undoing it splits them too, newest first, and every proposal goes back to pending review. Undo them all?</source>
        <translation>Há fusões posteriores que dependem da proposta {id}: {names}. Desfazê-la também as separa, da mais recente para a mais antiga, e todas as propostas voltam a ficar pendentes de revisão. Desfazer todas?</translation>
    </message>
    <message>
        <source>Undo merges built on this one</source>
        <translation>Desfazer as fusões que dependem desta</translation>
    </message>
    <message>
        <source>merge {n} (made by hand)</source>
        <translation>fusão {n} (feita manualmente)</translation>
    </message>
    <message>
        <source>proposal {n}</source>
        <translation>proposta {n}</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="220"/>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="170"/>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="171"/>
        <source>The passphrase unlocks the case. It is never stored; if it is lost, only a recovery key slot can open the case.</source>
        <translation>A frase-passe desbloqueia o caso. Nunca é guardada; se for perdida, só uma ranhura de chave de recuperação pode abrir o caso.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="183"/>
        <source>Passphrase:</source>
        <translation>Frase-passe:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="184"/>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="185"/>
        <source>Strength:</source>
        <translation>Robustez:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="194"/>
        <source>Use several unrelated words; at least {n} characters.</source>
        <translation>Use várias palavras sem relação; pelo menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="197"/>
        <source>Too short: at least {n} characters.</source>
        <translation>Demasiado curta: pelo menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="199"/>
        <source>Weak: add more words.</source>
        <translation>Fraca: acrescente mais palavras.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="201"/>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Razoável: mais uma ou duas palavras tornam-na robusta.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="203"/>
        <source>Strong.</source>
        <translation>Robusta.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="205"/>
        <source>The two passphrases differ.</source>
        <translation>As duas frases são diferentes.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="103"/>
        <source>Row {row}: {reason}</source>
        <translation>Linha {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="245"/>
        <source>The first rows</source>
        <translation>As primeiras linhas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="246"/>
        <source>Check that the letters and the columns look right. Cells with a problem are tinted; point at one to read why.</source>
        <translation>Verifique se as letras e as colunas estão corretas. As células com problemas estão coloridas; aponte para uma para ver o motivo.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="259"/>
        <source>Reading the first rows…</source>
        <translation>A ler as primeiras linhas…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="274"/>
        <source>{rows} rows shown, {columns} columns.</source>
        <translation>{rows} linhas mostradas, {columns} colunas.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="277"/>
        <source>Checked against the saved specification “{spec}”, whose columns are all in this file: {cells} cells have a problem.</source>
        <translation>Verificado com a especificação guardada «{spec}», cujas colunas estão todas neste ficheiro: {cells} células têm problemas.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="281"/>
        <source>No saved specification fits these columns; map them on the next page.</source>
        <translation>Nenhuma especificação guardada corresponde a estas colunas; mapeie-as na página seguinte.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="283"/>
        <source>Map the columns on the next page.</source>
        <translation>Mapeie as colunas na página seguinte.</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="266"/>
        <source>(whole row)</source>
        <translation>(linha inteira)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="280"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="280"/>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>Adicionar outro valor</translation>
    </message>
    <message>
        <source>Remove this value</source>
        <translation>Retirar este valor</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="222"/>
        <source>Who receives it</source>
        <translation>Quem o recebe</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="223"/>
        <source>Partners come from your directory (keys pinned after comparing fingerprints). For a recipient without casebench keys use passphrase mode: a key file protected by a passphrase you send by another channel.</source>
        <translation>Os parceiros vêm do seu diretório (chaves fixadas após comparar as impressões digitais). Para um destinatário sem chaves do casebench use o modo frase-passe: um ficheiro de chave protegido por uma frase-passe que envia por outro canal.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="228"/>
        <source>Partners from my directory</source>
        <translation>Parceiros do meu diretório</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="230"/>
        <source>Passphrase mode (one recipient without keys)</source>
        <translation>Modo frase-passe (um destinatário sem chaves)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="237"/>
        <source>fingerprint {fp}</source>
        <translation>impressão digital {fp}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="240"/>
        <source>Your partner directory is empty. Add partners from their contact cards (Bundles › Add partner…), or use passphrase mode.</source>
        <translation>O seu diretório de parceiros está vazio. Adicione parceiros a partir dos cartões de contacto (Pacotes › Adicionar parceiro…) ou use o modo frase-passe.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="260"/>
        <source>Recipient name:</source>
        <translation>Nome do destinatário:</translation>
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
        <translation>Frase-passe do ficheiro de chave:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="264"/>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="293"/>
        <source>Tick at least one partner.</source>
        <translation>Assinale pelo menos um parceiro.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="295"/>
        <source>Name the recipient.</source>
        <translation>Indique o destinatário.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="297"/>
        <source>The key file passphrase needs at least {n} characters.</source>
        <translation>A frase-passe do ficheiro de chave precisa de pelo menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="299"/>
        <source>The two passphrases differ.</source>
        <translation>As duas frases-passe são diferentes.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="724"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="768"/>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="739"/>
        <source>Rows imported:</source>
        <translation>Linhas importadas:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="740"/>
        <source>Rows rejected:</source>
        <translation>Linhas rejeitadas:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="741"/>
        <source>New entities (values):</source>
        <translation>Novas entidades (valores):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="742"/>
        <source>Evidence exhibit:</source>
        <translation>Peça de prova:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="755"/>
        <source>The file is kept in the case as evidence; every imported value points at its row.</source>
        <translation>O ficheiro fica no caso como prova; cada valor importado aponta para a sua linha.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="757"/>
        <source>The case is as it was.</source>
        <translation>O caso está como estava.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="759"/>
        <source>Already imported</source>
        <translation>Já importado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="760"/>
        <source>{name} was already imported with this specification; nothing was added.</source>
        <translation>{name} já foi importado com esta especificação; nada foi acrescentado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="763"/>
        <source>Nothing imported</source>
        <translation>Nada importado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="764"/>
        <source>Strict mode: {bad} of {rows} rows have a problem, so nothing was imported and the file was not taken in.</source>
        <translation>Modo estrito: {bad} de {rows} linhas têm problemas, por isso nada foi importado e o ficheiro não foi recebido.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="769"/>
        <source>{name} was imported.</source>
        <translation>{name} foi importado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>{new} new, {present} already present</source>
        <translation>{new} novas, {present} já presentes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>row {row}</source>
        <translation>linha {row}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>Total and footer rows skipped:</source>
        <translation>Linhas de totais e rodapé omitidas:</translation>
    </message>
    <message>
        <source>{name} was imported: the interrupted import went on after row {row}.</source>
        <translation>{name} foi importado: a importação interrompida continuou depois da linha {row}.</translation>
    </message>
    <message>
        <source>Found by name:</source>
        <translation>Encontrados pelo nome:</translation>
    </message>
    <message>
        <source>{matched} linked to the entity of the case bearing the name</source>
        <translation>{matched} ligados à entidade do caso com esse nome</translation>
    </message>
    <message>
        <source>{proposed} merge proposals to review (Bundles › Merge review)</source>
        <translation>{proposed} propostas de fusão para rever (Pacotes › Revisão de fusões)</translation>
    </message>
    <message>
        <source>names borne by several entities, not linked: {count}</source>
        <translation>nomes de várias entidades, não ligados: {count}</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="101"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="101"/>
        <source>accepted</source>
        <translation>aceite</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="102"/>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="120"/>
        <source>{caption}
imported in bundle {bundle}
{id}</source>
        <translation>{caption}
importada no pacote {bundle}
{id}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="125"/>
        <source>decided {at} by {who}</source>
        <translation>decidida em {at} por {who}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="140"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="140"/>
        <source>Imported entity</source>
        <translation>Entidade importada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="140"/>
        <source>Entity in this case</source>
        <translation>Entidade neste caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="141"/>
        <source>Why it is proposed</source>
        <translation>Porque é proposta</translation>
    </message>
    <message>
        <source>{caption}
imported from a table (import {run})
{id}</source>
        <translation>{caption}
importada de uma tabela (importação {run})
{id}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="402"/>
        <source>Check before sending</source>
        <translation>Verifique antes de enviar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="403"/>
        <source>Handling rules were applied per recipient. Nothing has been written yet.</source>
        <translation>As regras de tratamento foram aplicadas a cada destinatário. Ainda nada foi escrito.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="406"/>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="431"/>
        <source>Working out what may go…</source>
        <translation>A calcular o que pode seguir…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="442"/>
        <source>To go: {e} entities, {s} values, {x} exhibits ({f} files), {r} retractions. Highest TLP in the bundle: {tlp}.</source>
        <translation>A enviar: {e} entidades, {s} valores, {x} objetos apreendidos ({f} ficheiros), {r} retiradas. TLP mais alto do pacote: {tlp}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="447"/>
        <source>Nothing can go: everything selected is withheld or the selection is empty.</source>
        <translation>Nada pode seguir: tudo o que foi selecionado é retido ou a seleção está vazia.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="453"/>
        <source>&lt;b&gt;Withheld ({n})&lt;/b&gt; — these stay in the case; the reasons come from their handling:</source>
        <translation>&lt;b&gt;Retido ({n})&lt;/b&gt; — fica no caso; os motivos vêm do seu tratamento:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="457"/>
        <source>Nothing is withheld.</source>
        <translation>Nada é retido.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="127"/>
        <source>Search the case (Ctrl+F)</source>
        <translation>Pesquisar no caso (Ctrl+F)</translation>
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
        <translation>Corresponde em</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="40"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="50"/>
        <source>Type in the search box to search every value in the case.</source>
        <translation>Escreva na caixa de pesquisa para procurar em todos os valores do caso.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="52"/>
        <source>Nothing found for “{q}”.</source>
        <translation>Nada encontrado para «{q}».</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar mais</translation>
    </message>
    <message>
        <source>Show the next {n} results</source>
        <translation>Mostrar os {n} resultados seguintes</translation>
    </message>
    <message>
        <source>{shown} of more than {total} results for “{q}”</source>
        <translation>{shown} de mais de {total} resultados para «{q}»</translation>
    </message>
    <message>
        <source>{shown} of {total} results for “{q}”</source>
        <translation>{shown} de {total} resultados para «{q}»</translation>
    </message>
    <message>
        <source>One result for “{q}”</source>
        <translation>Um resultado para «{q}»</translation>
    </message>
    <message>
        <source>All {total} results for “{q}”</source>
        <translation>Todos os {total} resultados para «{q}»</translation>
    </message>
    <message>
        <source>grouped by kind. Press Enter or double-click to open.</source>
        <translation>agrupados por tipo. Prima Enter ou faça duplo clique para abrir.</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="144"/>
        <source>What to send</source>
        <translation>O que enviar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="145"/>
        <source>Tick entities and exhibits, or choose by date range or tag. Whatever a chosen value points at goes too.</source>
        <translation>Assinale entidades e objetos apreendidos, ou escolha por intervalo de datas ou etiqueta. Aquilo para que um valor escolhido aponta também segue.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="153"/>
        <source>Find entities by name…</source>
        <translation>Procurar entidades pelo nome…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="161"/>
        <source>Also send their links to other entities (neighbours)</source>
        <translation>Enviar também as suas ligações a outras entidades (vizinhas)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="164"/>
        <source>Entities:</source>
        <translation>Entidades:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="169"/>
        <source>Exhibits (with their files and custody):</source>
        <translation>Objetos apreendidos (com ficheiros e custódia):</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="171"/>
        <source>Everything tagged:</source>
        <translation>Tudo o que tem a etiqueta:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="176"/>
        <source>from, e.g. 2024-03</source>
        <translation>de, p. ex. 2024-03</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="179"/>
        <source>to, e.g. 2024-06-30</source>
        <translation>até, p. ex. 2024-06-30</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="182"/>
        <source>Dated items in this range:</source>
        <translation>Elementos datados neste intervalo:</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="46"/>
        <source>Source, grading and handling of the new values</source>
        <translation>Fonte, avaliação e tratamento dos novos valores</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="50"/>
        <source>Not graded</source>
        <translation>Sem avaliação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="54"/>
        <source>e.g. B2</source>
        <translation>p. ex. B2</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="59"/>
        <source>exhibit reference, if any</source>
        <translation>referência do objeto, se houver</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="61"/>
        <source>page, message id, row …</source>
        <translation>página, id da mensagem, linha …</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="64"/>
        <source>Not set</source>
        <translation>Não indicado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="65"/>
        <source>Suspect</source>
        <translation>Suspeito</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="66"/>
        <source>Convicted</source>
        <translation>Condenado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="67"/>
        <source>Victim</source>
        <translation>Vítima</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="68"/>
        <source>Witness</source>
        <translation>Testemunha</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="69"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="71"/>
        <source>Grade:</source>
        <translation>Avaliação:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="72"/>
        <source>Source exhibit:</source>
        <translation>Objeto de origem:</translation>
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
        <translation>Titular dos dados:</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="60"/>
        <source>exhibit {ref}</source>
        <translation>objeto {ref}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="64"/>
        <source>from workbench {id}</source>
        <translation>do posto {id}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="73"/>
        <source>no judicial use</source>
        <translation>sem uso judicial</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="100"/>
        <source>Retracted: {reason}</source>
        <translation>Retirado: {reason}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="117"/>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="117"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="117"/>
        <source>As recorded</source>
        <translation>Tal como registado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="117"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="118"/>
        <source>Grade</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="118"/>
        <source>Handling</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="118"/>
        <source>Recorded</source>
        <translation>Registado</translation>
    </message>
    <message>
        <source>{name}
Double-click or Enter opens it; Alt+Left comes back.
{id}</source>
        <translation>{name}
Duplo clique ou Enter abre-o; Alt+Esquerda volta.
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
        <translation>Importar uma tabela</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="812"/>
        <source>Taking the file in as evidence and importing the rows…</source>
        <translation>A receber o ficheiro como prova e a importar as linhas…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="813"/>
        <source>Importing {name}…</source>
        <translation>A importar {name}…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="833"/>
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="834"/>
        <source>The import was cancelled: no rows were added to the case.</source>
        <translation>A importação foi cancelada: nenhuma linha foi acrescentada ao caso.</translation>
    </message>
    <message>
        <source>Roll back an import</source>
        <translation>Reverter uma importação</translation>
    </message>
    <message>
        <source>Delete every row the import of {file} brought into the case? The file stays in the case as evidence.</source>
        <translation>Apagar todas as linhas que a importação de {file} trouxe para o caso? O ficheiro fica no caso como prova.</translation>
    </message>
    <message>
        <source>Deleting the rows the import brought in…</source>
        <translation>A apagar as linhas que a importação trouxe…</translation>
    </message>
    <message>
        <source>The import of {file} was rolled back: {count} records deleted.</source>
        <translation>A importação de {file} foi revertida: {count} registos apagados.</translation>
    </message>
    <message>
        <source>The rollback stopped; roll back again to delete the rest.</source>
        <translation>A reversão parou; reverta de novo para apagar o resto.</translation>
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
        <translation>A cancelar… o caso está a ser reposto como estava.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/progress.py" line="54"/>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="76"/>
        <source>Lanes by kind</source>
        <translation>Faixas por tipo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="77"/>
        <source>Lanes by entity</source>
        <translation>Faixas por entidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="80"/>
        <source>Country (ISO)</source>
        <translation>País (ISO)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="82"/>
        <source>From (e.g. 2024-03)</source>
        <translation>De (p. ex. 2024-03)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="83"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="84"/>
        <source>Show period</source>
        <translation>Mostrar período</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="87"/>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="88"/>
        <source>Latest</source>
        <translation>Mais recente</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="89"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="99"/>
        <source>Show all entities</source>
        <translation>Mostrar todas as entidades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="117"/>
        <source>Undated — drag or use the arrows to set their order</source>
        <translation>Sem data — arraste ou use as setas para definir a ordem</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="121"/>
        <source>Show undated items</source>
        <translation>Mostrar elementos sem data</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="173"/>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="174"/>
        <source>All tags</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="187"/>
        <source>Nothing in the case is dated yet.</source>
        <translation>Ainda nada no caso tem data.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="248"/>
        <source>More items than can be drawn here: bars show how many. Zoom in to see each one.</source>
        <translation>Há mais elementos do que cabem aqui: as barras mostram quantos. Amplie para ver cada um.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="260"/>
        <source>{0} dated items in view</source>
        <translation>{0} elementos datados visíveis</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="261"/>
        <source>Too many items to draw one by one</source>
        <translation>Demasiados elementos para desenhar um a um</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="284"/>
        <source>Only items of {0}</source>
        <translation>Só elementos de {0}</translation>
    </message>
    <message>
        <source>Lanes for the selection</source>
        <translation>Faixas da seleção</translation>
    </message>
    <message>
        <source>Select people, companies or accounts on the chart or in the list: each gets a lane here with the items that concern it.</source>
        <translation>Selecione pessoas, empresas ou contas no gráfico ou na lista: cada uma terá aqui uma faixa com os elementos que lhe dizem respeito.</translation>
    </message>
    <message>
        <source>Theme lines: one lane for each entity selected on the chart or in the list, with the items that concern it</source>
        <translation>Linhas temáticas: uma faixa por cada entidade selecionada no gráfico ou na lista, com os elementos que lhe dizem respeito</translation>
    </message>
    <message>
        <source>{0} selected without a lane (not an entity of the case, or too many)</source>
        <translation>{0} selecionados sem faixa (não são entidades do caso, ou são demasiados)</translation>
    </message>
    <message>
        <source>Reading the timeline…</source>
        <translation>A ler a cronologia…</translation>
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
        <translation>Introduza a frase-passe do caso &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="76"/>
        <source>Passphrase:</source>
        <translation>Frase-passe:</translation>
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
        <translation>Escreva primeiro a frase-passe.</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="33"/>
        <source>year</source>
        <translation>ano</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="33"/>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="34"/>
        <source>day</source>
        <translation>dia</translation>
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
        <translation>p. ex. 1980, 1980-05, 1980-05-17, ~1980</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="62"/>
        <source>e.g. +34 600 123 456</source>
        <translation>p. ex. +351 912 345 678</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="95"/>
        <source>→ {value} ({precision} precision)</source>
        <translation>→ {value} (precisão: {precision})</translation>
    </message>
    <message>
        <source>Kept as written, not normalised: it is a valid number in more than one reading ({options}). Write it with + and the country code to choose one.</source>
        <translation>Guardado tal como está escrito, sem normalizar: é um número válido em mais de uma leitura ({options}). Escreva-o com + e o indicativo do país para escolher uma.</translation>
    </message>
    <message>
        <source>Kept as written, not normalised: the (0) after the country code may be part of the number in that country ({options}). Write it with + and the country code, without the brackets.</source>
        <translation>Guardado tal como está escrito, sem normalizar: o (0) depois do indicativo do país pode fazer parte do número nesse país ({options}). Escreva-o com + e o indicativo do país, sem os parênteses.</translation>
    </message>
    <message>
        <source>Kept as written: a short code, not a full number.</source>
        <translation>Guardado tal como está escrito: um número curto, não um número completo.</translation>
    </message>
    <message>
        <source>Kept as written: a withheld or unknown number.</source>
        <translation>Guardado tal como está escrito: um número oculto ou desconhecido.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="96"/>
        <source>casebench keeps the facts, evidence and chain of custody of a cross-border investigation in an encrypted case folder on this computer, and never connects to a network. Every value keeps its source, grade and handling code, so you can always show where it came from and who may see it. You share with partners through signed, encrypted bundles and print briefing packs for forum meetings.</source>
        <translation>O casebench guarda os factos, a prova e a cadeia de custódia de uma investigação transfronteiriça numa pasta de caso cifrada neste computador, e nunca se liga a uma rede. Cada valor mantém a sua fonte, avaliação e código de tratamento, pelo que pode sempre mostrar de onde veio e quem o pode ver. Partilha com os parceiros através de pacotes assinados e cifrados e imprime dossiês para as reuniões dos fóruns.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="101"/>
        <source>Open the demo case</source>
        <translation>Abrir o caso de demonstração</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="102"/>
        <source>The demo case “Operation Mar Azul” is entirely fictional; it is built on first use and opens with the passphrase &lt;b&gt;demo&lt;/b&gt;.</source>
        <translation>O caso de demonstração «Operação Mar Azul» é totalmente fictício; é criado na primeira utilização e abre com a frase-passe &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="106"/>
        <source>To exchange bundles with partners you need an investigator identity: your own keys, shared by all your cases. It is created on first use, or now.</source>
        <translation>Para trocar pacotes com parceiros precisa de uma identidade de investigador: as suas próprias chaves, comuns a todos os seus casos. É criada na primeira utilização, ou agora.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="108"/>
        <source>Create my identity…</source>
        <translation>Criar a minha identidade…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="109"/>
        <source>New case…</source>
        <translation>Novo caso…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="110"/>
        <source>Open case…</source>
        <translation>Abrir caso…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="111"/>
        <source>Recent cases</source>
        <translation>Casos recentes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="112"/>
        <source>No recent cases yet. Create a new case or open an existing .casebench folder.</source>
        <translation>Ainda não há casos recentes. Crie um caso novo ou abra uma pasta .casebench existente.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="129"/>
        <source>This case folder is not reachable (removed or on a disconnected drive).</source>
        <translation>Esta pasta de caso não está acessível (removida ou numa unidade desligada).</translation>
    </message>
</context>
<context>
    <name>WithheldModel</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="108"/>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="108"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="109"/>
        <source>Exhibit</source>
        <translation>Objeto apreendido</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="122"/>
        <source>every recipient</source>
        <translation>todos os destinatários</translation>
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
        <translation>Retido para</translation>
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
        <translation>Gráficos não guardados</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) have changes that are not saved: {names}. Close the case and lose them? (No keeps them: save them on the Link chart page.)</source>
        <translation>
            <numerusform>%n gráfico tem alterações não guardadas: {names}. Fechar o caso e perdê-las? (Não mantém-nas: guarde-as na página Gráfico de ligações.)</numerusform>
            <numerusform>%n gráficos têm alterações não guardadas: {names}. Fechar o caso e perdê-las? (Não mantém-nas: guarde-as na página Gráfico de ligações.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) with changes not saved were closed when the case locked.</source>
        <translation>
            <numerusform>%n gráfico com alterações não guardadas foi fechado quando o caso bloqueou.</numerusform>
            <numerusform>%n gráficos com alterações não guardadas foram fechados quando o caso bloqueou.</numerusform>
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
        <translation>&amp;Novo caso…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="165"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Abrir caso…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="166"/>
        <source>&amp;Close case</source>
        <translation>&amp;Fechar caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="167"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear agora</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="168"/>
        <source>&amp;Verify case</source>
        <translation>&amp;Verificar caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="169"/>
        <source>&amp;Import table…</source>
        <translation>&amp;Importar tabela…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="170"/>
        <source>Import call records, a bank statement or another spreadsheet (CSV or Excel)</source>
        <translation>Importar registos de chamadas, um extrato bancário ou outra folha de cálculo (CSV ou Excel)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="173"/>
        <source>&amp;Settings</source>
        <translation>&amp;Definições</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="174"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="175"/>
        <source>System default</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="178"/>
        <source>&amp;Auto-lock…</source>
        <translation>Bloqueio &amp;automático…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="179"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="180"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="181"/>
        <source>Open the &amp;demo case</source>
        <translation>Abrir o caso de Abrir o processo de &amp;demonstraçãodemonstração</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="182"/>
        <source>Create my &amp;identity…</source>
        <translation>Criar a minha &amp;identidade…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="183"/>
        <source>&amp;About casebench</source>
        <translation>&amp;Acerca do casebench</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="184"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="185"/>
        <source>Close the case now; unlocking needs the passphrase (Ctrl+L)</source>
        <translation>Fecha o caso agora; para desbloquear é precisa a frase-passe (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="186"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="199"/>
        <source>Case: {title}{ref} · user {user}</source>
        <translation>Caso: {title}{ref} · utilizador {user}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="204"/>
        <source>Case locked: {name}</source>
        <translation>Caso bloqueado: {name}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="207"/>
        <source>No case open</source>
        <translation>Nenhum caso aberto</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="239"/>
        <source>Creating the case…</source>
        <translation>A criar o caso…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="249"/>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="252"/>
        <source>Open a case folder (.casebench)</source>
        <translation>Abrir uma pasta de caso (.casebench)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="263"/>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="264"/>
        <source>{path} is not a casebench case folder (it has no case.json).</source>
        <translation>{path} não é uma pasta de caso do casebench (não tem case.json).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="314"/>
        <source>Close case</source>
        <translation>Fechar caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="314"/>
        <source>Close the open case first?</source>
        <translation>Fechar primeiro o caso aberto?</translation>
    </message>
    <message numerus="yes">
        <source>The case was locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>O caso foi bloqueado após %n minuto sem atividade.</numerusform>
            <numerusform>O caso foi bloqueado após %n minutos sem atividade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="352"/>
        <source>The case is locked.</source>
        <translation>O caso está bloqueado.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="355"/>
        <location filename="../src/casebench/ui/workbench.py" line="365"/>
        <source>Auto-lock</source>
        <translation>Bloqueio automático</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="356"/>
        <source>Lock the case after this many minutes without activity:</source>
        <translation>Bloquear o caso após estes minutos sem atividade:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="365"/>
        <source>Give a number of minutes greater than 0.</source>
        <translation>Indique um número de minutos superior a 0.</translation>
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
        <translation>A verificar a base de dados, a cadeia de auditoria e as provas…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="423"/>
        <source>The case is intact.</source>
        <translation>O caso está intacto.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="423"/>
        <location filename="../src/casebench/ui/workbench.py" line="426"/>
        <source>Checked:</source>
        <translation>Verificado:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="425"/>
        <source>Problems were found:</source>
        <translation>Foram encontrados problemas:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="441"/>
        <location filename="../src/casebench/ui/workbench.py" line="467"/>
        <source>Demo case</source>
        <translation>Caso de demonstração</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="442"/>
        <source>Building the demo case “Operation Mar Azul”…</source>
        <translation>A criar o caso de demonstração «Operação Mar Azul»…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="453"/>
        <source>Opening the demo case…</source>
        <translation>A abrir o caso de demonstração…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="471"/>
        <location filename="../src/casebench/ui/workbench.py" line="484"/>
        <source>Your investigator identity</source>
        <translation>A sua identidade de investigador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="472"/>
        <source>This computer already has your investigator identity. Its contact card is under Bundles › My contact card in an open case.</source>
        <translation>Este computador já tem a sua identidade de investigador. O cartão de contacto está em Pacotes › O meu cartão de contacto, com um caso aberto.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="485"/>
        <source>Your identity was created.

Fingerprint: {hex}
In words: {words}

Give partners your contact card (Bundles › My contact card) and read them this fingerprint.</source>
        <translation>A sua identidade foi criada.

Impressão digital: {hex}
Em palavras: {words}

Entregue aos parceiros o seu cartão de contacto (Pacotes › O meu cartão de contacto) e leia-lhes esta impressão digital.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="500"/>
        <source>About casebench</source>
        <translation>Acerca do casebench</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="501"/>
        <source>Offline workbench for cross-border investigations.</source>
        <translation>Posto de trabalho offline para investigações transfronteiriças.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and quit? What it has not finished is put back as it was.</source>
        <translation>Ainda há trabalho em curso. Pará-lo e sair? O que não tiver terminado fica como estava.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="175"/>
        <source>&amp;Print briefing pack…</source>
        <translation>&amp;Imprimir dossiê de informação…</translation>
    </message>
    <message>
        <source>Opening the case</source>
        <translation>Abertura do caso</translation>
    </message>
    <message>
        <source>Opening the case did the following; the audit log keeps a record.</source>
        <translation>Ao abrir o caso foi feito o seguinte; o registo de auditoria guarda-o.</translation>
    </message>
    <message>
        <source>Your identity is not unlocked: records name this computer's login ({login}).</source>
        <translation>A sua identidade não está desbloqueada: os registos indicam o utilizador deste computador ({login}).</translation>
    </message>
    <message>
        <source>Records now name: {actor}</source>
        <translation>Os registos indicam agora: {actor}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retroceder</translation>
    </message>
    <message>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Voltar à página anterior (Alt+Esquerda)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Avançar de novo (Alt+Direita)</translation>
    </message>
    <message>
        <source>Show on c&amp;hart</source>
        <translation>Mostrar no &amp;gráfico</translation>
    </message>
    <message>
        <source>Put what is selected (entities, search results, a timeline item) on the link chart</source>
        <translation>Colocar o que está selecionado (entidades, resultados da pesquisa, um elemento da cronologia) no gráfico de ligações</translation>
    </message>
    <message>
        <source>&amp;Chart size limit…</source>
        <translation>Limite de tamanho do &amp;gráfico…</translation>
    </message>
    <message>
        <source>Chart size limit</source>
        <translation>Limite de tamanho do gráfico</translation>
    </message>
    <message>
        <source>The most entities one link chart holds (asking for more explains and offers filters):</source>
        <translation>Número máximo de entidades num gráfico de ligações (se se pedirem mais, explica-se e oferecem-se filtros):</translation>
    </message>
    <message>
        <source>Give a whole number of at least 10.</source>
        <translation>Indique um número inteiro de pelo menos 10.</translation>
    </message>
    <message>
        <source>&amp;Executive summary…</source>
        <translation>&amp;Resumo executivo…</translation>
    </message>
    <message>
        <source>Briefing pack written in {folder}: {files}</source>
        <translation>Dossiê de informação gravado em {folder}: {files}</translation>
    </message>
    <message>
        <source>Quick verify (encrypted files, not decrypted)</source>
        <translation>Verificação rápida (ficheiros cifrados, sem decifrar)</translation>
    </message>
    <message>
        <source>Compare each encrypted evidence file with the SHA-256 recorded when it was written, without decrypting it</source>
        <translation>Compara cada ficheiro cifrado da prova com o SHA-256 registado quando foi escrito, sem o decifrar</translation>
    </message>
    <message>
        <source>Quick verify</source>
        <translation>Verificação rápida</translation>
    </message>
    <message>
        <source>Checking the database, the audit chain and the encrypted evidence files…</source>
        <translation>A verificar a base de dados, a cadeia de auditoria e os ficheiros cifrados da prova…</translation>
    </message>
    <message>
        <source>Quick mode: each encrypted evidence file was compared with the SHA-256 recorded when it was written. Nothing was decrypted, so this does not prove that the key still opens the files or that their content matches its recorded SHA-256; Verify case proves that.</source>
        <translation>Modo rápido: cada ficheiro cifrado da prova foi comparado com o SHA-256 registado quando foi escrito. Nada foi decifrado, pelo que isto não prova que a chave ainda abre os ficheiros nem que o seu conteúdo corresponde ao SHA-256 registado; «Verificar caso» prova-o.</translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>Não foi encontrado nenhum problema.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Desfazer: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Refazer: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) typed and not saved were discarded when the case locked.</source>
        <translation>
            <numerusform>%n valor escrito e não guardado foi descartado quando o caso foi bloqueado.</numerusform>
            <numerusform>%n valores escritos e não guardados foram descartados quando o caso foi bloqueado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebench</name>
    <message>
        <location filename="../src/casebench/ui/common.py" line="59"/>
        <source>Traffic Light Protocol level of the case (FIRST TLP 2.0)</source>
        <translation>Nível do Traffic Light Protocol do caso (FIRST TLP 2.0)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/common.py" line="114"/>
        <source>The operating system reported a problem: {problem}</source>
        <translation>O sistema operativo comunicou um problema: {problem}</translation>
    </message>
    <message>
        <source>casebench ran into an unexpected problem ({kind}) and stopped this action. The details can help your technical support.</source>
        <translation>O casebench encontrou um problema inesperado ({kind}) e interrompeu esta ação. Os detalhes podem ajudar o seu suporte técnico.</translation>
    </message>
    <message>
        <source>Cancelled; the case is as it was before.</source>
        <translation>Cancelado; o caso está como estava.</translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="36"/>
        <source>All entities</source>
        <translation>Todas as entidades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="37"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="38"/>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="40"/>
        <source>Vessels</source>
        <translation>Navios</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="41"/>
        <source>Aircraft</source>
        <translation>Aeronaves</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="42"/>
        <source>Vehicles</source>
        <translation>Veículos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="43"/>
        <source>Bank accounts</source>
        <translation>Contas bancárias</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="44"/>
        <source>Crypto wallets</source>
        <translation>Carteiras de criptomoedas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="45"/>
        <source>User accounts</source>
        <translation>Contas de utilizador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="46"/>
        <source>Addresses</source>
        <translation>Moradas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="47"/>
        <source>Identity documents</source>
        <translation>Documentos de identificação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="48"/>
        <source>Documents and notes</source>
        <translation>Documentos e notas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="49"/>
        <source>Events and seizures</source>
        <translation>Eventos e apreensões</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="50"/>
        <source>Links</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="53"/>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="54"/>
        <source>Action items</source>
        <translation>Ações a realizar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="55"/>
        <source>Requests for co-operation</source>
        <translation>Pedidos de cooperação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="58"/>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="59"/>
        <source>Exhibits</source>
        <translation>Objetos apreendidos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="60"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="61"/>
        <source>Link chart</source>
        <translation>Gráfico de ligações</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="62"/>
        <source>Forum</source>
        <translation>Fórum</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="63"/>
        <source>Bundles</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="64"/>
        <source>Audit</source>
        <translation>Auditoria</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
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
        <translation>Número de conta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="85"/>
        <source>Account type</source>
        <translation>Tipo de conta</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="86"/>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="87"/>
        <source>Address (text)</source>
        <translation>Morada (texto)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="88"/>
        <source>Agenda item</source>
        <translation>Ponto da ordem de trabalhos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="89"/>
        <source>Agent</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="90"/>
        <source>Alias</source>
        <translation>Alcunha</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="91"/>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="92"/>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="93"/>
        <source>Asset</source>
        <translation>Bem</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="94"/>
        <source>Associate</source>
        <translation>Associado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="95"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="96"/>
        <source>Authority</source>
        <translation>Autoridade</translation>
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
        <translation>Beneficiário</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="100"/>
        <source>Beneficiary account</source>
        <translation>Conta do beneficiário</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="101"/>
        <source>Build date</source>
        <translation>Data de construção</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="102"/>
        <source>Call sign</source>
        <translation>Indicativo de chamada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="103"/>
        <source>Caller</source>
        <translation>Chamador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="104"/>
        <source>Caller number</source>
        <translation>Número do chamador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="105"/>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="106"/>
        <source>Citizenship</source>
        <translation>Cidadania</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="107"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="108"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="109"/>
        <source>Closing date</source>
        <translation>Data de encerramento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="110"/>
        <source>Concealment</source>
        <translation>Dissimulação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="111"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="112"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="113"/>
        <source>Data-subject category</source>
        <translation>Categoria de titular dos dados</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="114"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="115"/>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="116"/>
        <source>Date of death</source>
        <translation>Data de óbito</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="117"/>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="118"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="119"/>
        <source>Director</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="120"/>
        <source>Dissolution date</source>
        <translation>Data de dissolução</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="121"/>
        <source>Duration (s)</source>
        <translation>Duração (s)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="122"/>
        <source>E-mail</source>
        <translation>Correio eletrónico</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="123"/>
        <source>Employee</source>
        <translation>Empregado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="124"/>
        <source>Employer</source>
        <translation>Empregador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="125"/>
        <source>End date</source>
        <translation>Data de fim</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="126"/>
        <source>File name</source>
        <translation>Nome do ficheiro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="127"/>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="128"/>
        <source>Flag</source>
        <translation>Pavilhão</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="129"/>
        <source>Forum</source>
        <translation>Fórum</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="130"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="131"/>
        <source>Full address</source>
        <translation>Morada completa</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="132"/>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="133"/>
        <source>Given name</source>
        <translation>Nome próprio</translation>
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
        <translation>Número de identificação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="138"/>
        <source>IMO number</source>
        <translation>Número IMO</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="139"/>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="140"/>
        <source>Incorporation date</source>
        <translation>Data de constituição</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="141"/>
        <source>Involved</source>
        <translation>Envolvidos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="142"/>
        <source>Jurisdiction</source>
        <translation>Jurisdição</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="143"/>
        <source>Keywords</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="144"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="145"/>
        <source>Last name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="146"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="147"/>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="148"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="149"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
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
        <translation>Tipo de média</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="155"/>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="156"/>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="157"/>
        <source>Middle name</source>
        <translation>Nome do meio</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="158"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="159"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="160"/>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="161"/>
        <source>Navigation area</source>
        <translation>Zona de navegação</translation>
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
        <translation>Data de abertura</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="166"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="167"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="168"/>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="169"/>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="170"/>
        <source>Participating agencies</source>
        <translation>Organismos participantes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="171"/>
        <source>Passport number</source>
        <translation>Número de passaporte</translation>
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
        <translation>Conta do pagador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="175"/>
        <source>Percentage</source>
        <translation>Percentagem</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="176"/>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="177"/>
        <source>Personal number</source>
        <translation>Número pessoal</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="178"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="179"/>
        <source>Photo (exhibit file)</source>
        <translation>Fotografia (ficheiro de objeto)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="180"/>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="181"/>
        <source>Place of birth</source>
        <translation>Local de nascimento</translation>
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
        <translation>Nome anterior</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="185"/>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="186"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="187"/>
        <source>Receiver</source>
        <translation>Recetor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="188"/>
        <source>Receiver number</source>
        <translation>Número do recetor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="189"/>
        <source>Record ID</source>
        <translation>ID de registo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="190"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="191"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="192"/>
        <source>Registration number</source>
        <translation>Número de registo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="193"/>
        <source>Relationship</source>
        <translation>Relação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="194"/>
        <source>Relative</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="195"/>
        <source>Remarks</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="196"/>
        <source>Request type</source>
        <translation>Tipo de pedido</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="197"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="198"/>
        <source>Role in the case</source>
        <translation>Papel no caso</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="199"/>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="200"/>
        <source>Second name</source>
        <translation>Segundo nome</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="201"/>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="202"/>
        <source>Seized by</source>
        <translation>Apreendido por</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="203"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="204"/>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="205"/>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="206"/>
        <source>Source ID</source>
        <translation>ID de origem</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="206"/>
        <source>Source link</source>
        <translation>Ligação da fonte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="207"/>
        <source>Source pseudonym</source>
        <translation>Pseudónimo da fonte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="208"/>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="209"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="210"/>
        <source>Street</source>
        <translation>Rua</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="211"/>
        <source>Subject</source>
        <translation>Sujeito</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="212"/>
        <source>Substance</source>
        <translation>Substância</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="213"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="214"/>
        <source>Surname</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="215"/>
        <source>Tax number</source>
        <translation>Número de contribuinte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="216"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="217"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="218"/>
        <source>Tonnage</source>
        <translation>Tonelagem</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="219"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="220"/>
        <source>Transaction number</source>
        <translation>Número de transação</translation>
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
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="224"/>
        <source>Username</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="225"/>
        <source>VIN</source>
        <translation>VIN (quadro)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="226"/>
        <source>Weak alias</source>
        <translation>Alcunha fraca</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="227"/>
        <source>Website</source>
        <translation>Sítio web</translation>
    </message>
    <message>
        <source>Open proceedings</source>
        <translation>Processos em curso</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Requesting body</source>
        <translation>Autoridade requerente</translation>
    </message>
    <message>
        <source>Requested body</source>
        <translation>Autoridade requerida</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloqueado por</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="13"/>
        <source>Action item</source>
        <translation>Ação a realizar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="14"/>
        <source>Action items</source>
        <translation>Ações a realizar</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="15"/>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="16"/>
        <source>Addresses</source>
        <translation>Moradas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="17"/>
        <source>Aircraft</source>
        <translation>Aeronave</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="18"/>
        <source>Associate</source>
        <translation>Associado</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="19"/>
        <source>Associates</source>
        <translation>Associados</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="20"/>
        <source>Bank account</source>
        <translation>Conta bancária</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="21"/>
        <source>Bank accounts</source>
        <translation>Contas bancárias</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="22"/>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="23"/>
        <source>Calls</source>
        <translation>Chamadas</translation>
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
        <translation>Carteira de criptomoedas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="27"/>
        <source>Crypto wallets</source>
        <translation>Carteiras de criptomoedas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="28"/>
        <source>Directorship</source>
        <translation>Cargo de administração</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="29"/>
        <source>Directorships</source>
        <translation>Cargos de administração</translation>
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
        <translation>Emprego</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="33"/>
        <source>Employments</source>
        <translation>Empregos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="34"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="35"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="36"/>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="37"/>
        <source>Family links</source>
        <translation>Laços familiares</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="38"/>
        <source>Identification</source>
        <translation>Documento de identificação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="39"/>
        <source>Identifications</source>
        <translation>Documentos de identificação</translation>
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
        <translation>Pessoas coletivas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="43"/>
        <source>Legal entity</source>
        <translation>Pessoa coletiva</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="44"/>
        <source>Link</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="45"/>
        <source>Links</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="46"/>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="47"/>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="48"/>
        <source>Membership</source>
        <translation>Filiação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="49"/>
        <source>Memberships</source>
        <translation>Filiações</translation>
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
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="53"/>
        <source>Organizations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="54"/>
        <source>Ownership</source>
        <translation>Titularidade</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="55"/>
        <source>Ownerships</source>
        <translation>Titularidades</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="56"/>
        <source>Passport</source>
        <translation>Passaporte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="57"/>
        <source>Passports</source>
        <translation>Passaportes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="58"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="59"/>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="60"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="61"/>
        <source>Person</source>
        <translation>Pessoa</translation>
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
        <translation>Representação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="65"/>
        <source>Representations</source>
        <translation>Representações</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="66"/>
        <source>Request for co-operation</source>
        <translation>Pedido de cooperação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="67"/>
        <source>Requests</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="68"/>
        <source>Seizure</source>
        <translation>Apreensão</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="69"/>
        <source>Seizures</source>
        <translation>Apreensões</translation>
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
        <translation>Viagem</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="73"/>
        <source>User account</source>
        <translation>Conta de utilizador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="74"/>
        <source>User accounts</source>
        <translation>Contas de utilizador</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="75"/>
        <source>Vehicle</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="76"/>
        <source>Vehicles</source>
        <translation>Veículos</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="77"/>
        <source>Vessel</source>
        <translation>Navio</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="78"/>
        <source>Vessels</source>
        <translation>Navios</translation>
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
        <translation>Algo correu mal</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="100"/>
        <source>Print briefing pack</source>
        <translation>Imprimir dossiê de informação</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="101"/>
        <source>Forum or meeting:</source>
        <translation>Fórum ou reunião:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="101"/>
        <source>Language:</source>
        <translation>Língua:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="101"/>
        <source>Highest TLP:</source>
        <translation>TLP máximo:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="102"/>
        <source>Recipient:</source>
        <translation>Destinatário:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="102"/>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="102"/>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="103"/>
        <source>Save in folder:</source>
        <translation>Guardar na pasta:</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="106"/>
        <source>Blank: the case's latest meeting</source>
        <translation>Em branco: a última reunião do processo</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="107"/>
        <source>Named recipient (required for TLP:RED)</source>
        <translation>Destinatário indicado (obrigatório com TLP:RED)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="108"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="100"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="113"/>
        <source>Save the briefing pack in</source>
        <translation>Guardar o dossiê de informação em</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="133"/>
        <source>Choose PDF, Word or both.</source>
        <translation>Escolha PDF, Word ou ambos.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="135"/>
        <source>A TLP:RED pack needs a named recipient: it is printed on every page.</source>
        <translation>Um dossiê TLP:RED precisa de um destinatário indicado: é impresso em todas as páginas.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="137"/>
        <source>The folder {path} does not exist.</source>
        <translation>A pasta {path} não existe.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="148"/>
        <source>Reading the case…</source>
        <translation>A ler o processo…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="149"/>
        <source>Printing the briefing pack…</source>
        <translation>A imprimir o dossiê de informação…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="167"/>
        <source>Printing was cancelled; no file was written.</source>
        <translation>A impressão foi cancelada; nenhum ficheiro foi escrito.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumo executivo</translation>
    </message>
    <message>
        <source>Handling instructions</source>
        <translation>Instruções de tratamento</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Lista de distribuição</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordem de trabalhos</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Case summary by country</source>
        <translation>Resumo do caso por país</translation>
    </message>
    <message>
        <source>Requests for co-operation</source>
        <translation>Pedidos de cooperação</translation>
    </message>
    <message>
        <source>Network chart</source>
        <translation>Gráfico de rede</translation>
    </message>
    <message>
        <source>Person profiles</source>
        <translation>Perfis de pessoas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Apreensões</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>Fluxos financeiros</translation>
    </message>
    <message>
        <source>Evidence and chain of custody</source>
        <translation>Provas e cadeia de custódia</translation>
    </message>
    <message>
        <source>Intelligence gaps</source>
        <translation>Lacunas de informação</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>Acompanhamento de ações</translation>
    </message>
    <message>
        <source>Participants and contact points</source>
        <translation>Participantes e pontos de contacto</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <source>State of proceedings</source>
        <translation>Situação dos processos</translation>
    </message>
    <message>
        <source>Decisions and proposed actions</source>
        <translation>Decisões e ações propostas</translation>
    </message>
    <message>
        <source>Organisations, vessels, aircraft</source>
        <translation>Organizações, navios, aeronaves</translation>
    </message>
    <message>
        <source>Annex: calls</source>
        <translation>Anexo: chamadas</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Secções:</translation>
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
        <translation>Escolha pelo menos uma secção para imprimir.</translation>
    </message>
    <message>
        <source>Pack date:</source>
        <translation>Data do dossiê:</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Sem segunda língua</translation>
    </message>
    <message>
        <source>Bilingual pack: the whole pack again in this language, after the first, in the same file, each language with its own contents</source>
        <translation>Dossiê bilingue: o dossiê completo de novo nesta língua, a seguir ao primeiro, no mesmo ficheiro, cada língua com o seu próprio índice</translation>
    </message>
    <message>
        <source>Printed on the cover and every page; days pending are counted to this date</source>
        <translation>Figura na capa e em cada página; os dias pendentes são contados até esta data</translation>
    </message>
    <message>
        <source>Choose a second language other than the first, or none.</source>
        <translation>Escolha uma segunda língua diferente da primeira, ou nenhuma.</translation>
    </message>
    <message>
        <source>Second language:</source>
        <translation>Segunda língua:</translation>
    </message>
</context>
<context>
    <name>IdentityUnlockDialog</name>
    <message>
        <source>Your investigator identity</source>
        <translation>A sua identidade de investigador</translation>
    </message>
    <message>
        <source>Unlock your identity so that the audit log, custody events and new values record your name, agency and key — not only this computer's login. It stays unlocked until the case is closed or locked.</source>
        <translation>Desbloqueie a sua identidade para que o registo de auditoria, os eventos de custódia e os novos valores registem o seu nome, organismo e chave, e não apenas o utilizador deste computador. Fica desbloqueada até o caso ser fechado ou bloqueado.</translation>
    </message>
    <message>
        <source>Identity passphrase:</source>
        <translation>Frase-passe da identidade:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>I confirmed with the sender (by phone or in person) that their computer's clock was wrong.</source>
        <translation>Confirmei com o remetente (por telefone ou pessoalmente) que o relógio do computador dele estava errado.</translation>
    </message>
    <message>
        <source>Import anyway (recorded in the audit log)</source>
        <translation>Importar mesmo assim (fica registado no registo de auditoria)</translation>
    </message>
    <message>
        <source>It says it was made on {made}, but this computer's clock says {now}. Partners' bundles are never dated more than 48 hours ahead; an old bundle dated forward could bring back what the sender has since retracted. If the sender's clock was wrong, confirm it with them before importing.</source>
        <translation>Indica que foi criado em {made}, mas o relógio deste computador indica {now}. Os pacotes dos parceiros nunca têm data mais de 48 horas no futuro; um pacote antigo com data adiantada poderia repor o que o remetente entretanto retirou. Se o relógio do remetente estava errado, confirme-o com ele antes de importar.</translation>
    </message>
    <message>
        <source>The bundle is dated in the future</source>
        <translation>O pacote tem uma data no futuro</translation>
    </message>
</context>
<context>
    <name>RedItemsModel</name>
    <message numerus="yes">
        <source>all %n imported rows, every value</source>
        <translation>
            <numerusform>a %n linha importada, todos os valores</numerusform>
            <numerusform>as %n linhas importadas, todos os valores</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole entity)</source>
        <translation>(toda a entidade)</translation>
    </message>
    <message>
        <source>Free-text names (not pinned)</source>
        <translation>Nomes em texto livre (não fixados)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Pinned recipients</source>
        <translation>Destinatários fixados</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>a partner's RED: never passed on</source>
        <translation>RED de um parceiro: nunca é transmitido</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Imported rows ({kind})</source>
        <translation>Linhas importadas ({kind})</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>Linhas importadas</translation>
    </message>
</context>
<context>
    <name>RedRecipientsDialog</name>
    <message>
        <source>Your partner directory is empty: add a partner's contact card (Bundles → Add partner…) to choose recipients.</source>
        <translation>O seu diretório de parceiros está vazio: adicione o cartão de contacto de um parceiro (Pacotes → Adicionar parceiro…) para escolher destinatários.</translation>
    </message>
    <message numerus="yes">
        <source>%n RED item(s) changed; recorded in the audit log.</source>
        <translation>
            <numerusform>%n elemento RED alterado; fica registado no registo de auditoria.</numerusform>
            <numerusform>%n elementos RED alterados; fica registado no registo de auditoria.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Adicionar um destinatário</translation>
    </message>
    <message>
        <source>Add recipient to selected…</source>
        <translation>Adicionar destinatário aos selecionados…</translation>
    </message>
    <message>
        <source>Name as written on the items:</source>
        <translation>Nome tal como consta nos elementos:</translation>
    </message>
    <message>
        <source>No RED items in this case.</source>
        <translation>Não há elementos RED neste caso.</translation>
    </message>
    <message>
        <source>Partner (matched by key):</source>
        <translation>Parceiro (identificado pela chave):</translation>
    </message>
    <message>
        <source>RED items go only to the recipients they name. Pick recipients from your pinned partners: they are matched by their key, never by how a name is written. Names typed as text reach no one until you re-pin them to a partner.</source>
        <translation>Os elementos RED só vão para os destinatários que indicam. Escolha os destinatários entre os seus parceiros fixados: são identificados pela chave, nunca pela forma como um nome é escrito. Os nomes escritos como texto não chegam a ninguém até os voltar a fixar num parceiro.</translation>
    </message>
    <message>
        <source>Re-pin a free-text name</source>
        <translation>Fixar de novo um nome em texto livre</translation>
    </message>
    <message>
        <source>Re-pin a free-text name…</source>
        <translation>Fixar de novo um nome em texto livre…</translation>
    </message>
    <message>
        <source>Re-pin “{name}”</source>
        <translation>Fixar de novo «{name}»</translation>
    </message>
    <message>
        <source>Recipient to remove:</source>
        <translation>Destinatário a retirar:</translation>
    </message>
    <message>
        <source>Recipients of RED items</source>
        <translation>Destinatários dos elementos RED</translation>
    </message>
    <message>
        <source>Remove a recipient</source>
        <translation>Retirar um destinatário</translation>
    </message>
    <message>
        <source>Remove recipient from selected…</source>
        <translation>Retirar destinatário dos selecionados…</translation>
    </message>
</context>
<context>
    <name>LinkButton</name>
    <message>
        <source>Open {name} (Alt+Left goes back)</source>
        <translation>Abrir {name} (Alt+Esquerda volta atrás)</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>Named by</source>
        <translation>Mencionado em</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Menciona</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Objetos apreendidos</translation>
    </message>
    <message>
        <source>paid {amount}</source>
        <translation>pago {amount}</translation>
    </message>
    <message>
        <source>received {amount}</source>
        <translation>recebido {amount}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <source>Open the link itself ({kind})</source>
        <translation>Abrir o próprio vínculo ({kind})</translation>
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
        <translation>Clique para o selecionar (também fica marcado no gráfico); duplo clique para o abrir.</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Show on chart</source>
        <translation>Mostrar no gráfico</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>{0} more of hidden kinds</source>
        <translation>mais {0} de tipos ocultos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entidade</numerusform>
            <numerusform>%Ln entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links</source>
        <translation>
            <numerusform>%Ln ligação</numerusform>
            <numerusform>%Ln ligações</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing the chart: {0} of {1} entities and links…</source>
        <translation>A desenhar o gráfico: {0} de {1} entidades e ligações…</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>A desenhar o gráfico…</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %Ln entities…</source>
        <translation>
            <numerusform>A dispor %Ln entidade…</numerusform>
            <numerusform>A dispor %Ln entidades…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new entities stayed off the chart: it is full ({0}).</source>
        <translation>
            <numerusform>%Ln entidade nova ficou fora do gráfico: está cheio ({0}).</numerusform>
            <numerusform>%Ln entidades novas ficaram fora do gráfico: está cheio ({0}).</numerusform>
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
        <translation>Acrescentar só estas</translation>
    </message>
    <message>
        <source>You asked to add {0} entities; this chart holds at most {1} ({2} more fit now). A bigger chart cannot be read and would stall the window. Narrow the request, or raise the limit under Settings › Chart size limit.</source>
        <translation>Pediu para acrescentar {0} entidades; este gráfico comporta no máximo {1} (cabem mais {2} agora). Um gráfico maior não se consegue ler e bloquearia a janela. Restrinja o pedido ou aumente o limite em Definições › Limite de tamanho do gráfico.</translation>
    </message>
    <message>
        <source>Add the first {0}</source>
        <translation>Acrescentar as primeiras {0}</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Executive summary</source>
        <translation>Resumo executivo</translation>
    </message>
    <message>
        <source>Opens every briefing pack whose highest TLP includes the summary's own TLP. Separate paragraphs with an empty line. Saving an empty text removes the summary.</source>
        <translation>Abre todos os dossiês de informação cujo TLP máximo inclua o TLP do próprio resumo. Separe os parágrafos com uma linha em branco. Guardar um texto vazio elimina o resumo.</translation>
    </message>
    <message>
        <source>TLP of the summary:</source>
        <translation>TLP do resumo:</translation>
    </message>
    <message>
        <source>The case in a few paragraphs: what happened, where the proceedings stand, what the forum must decide.</source>
        <translation>O caso em poucos parágrafos: o que aconteceu, em que ponto estão os processos, o que a reunião deve decidir.</translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation>Ainda não há resumo.</translation>
    </message>
    <message>
        <source>Last written by {author} on {when} UTC.</source>
        <translation>Redigido pela última vez por {author} em {when} UTC.</translation>
    </message>
</context>
<context>
    <name>ChartUndo</name>
    <message>
        <source>Nothing to redo on this chart</source>
        <translation>Nada a refazer neste gráfico</translation>
    </message>
    <message>
        <source>Nothing to undo on this chart</source>
        <translation>Nada a anular neste gráfico</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Redo {0} (Ctrl+Shift+Z)</source>
        <translation>Refazer: {0} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>Refeito: {0}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Undo {0} (Ctrl+Z)</source>
        <translation>Anular: {0} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation>Anulado: {0}.</translation>
    </message>
    <message>
        <source>adding entities ({0})</source>
        <translation>adicionar entidades ({0})</translation>
    </message>
    <message>
        <source>changing what is on the chart</source>
        <translation>alterar o que está no gráfico</translation>
    </message>
    <message>
        <source>expanding or combining links</source>
        <translation>expandir ou agrupar ligações</translation>
    </message>
    <message>
        <source>hiding or showing kinds</source>
        <translation>ocultar ou mostrar tipos</translation>
    </message>
    <message>
        <source>moving entities ({0})</source>
        <translation>mover entidades ({0})</translation>
    </message>
    <message>
        <source>removing entities ({0})</source>
        <translation>remover entidades ({0})</translation>
    </message>
    <message>
        <source>the layout</source>
        <translation>a disposição</translation>
    </message>
    <message>
        <source>The chart is still being laid out: undo or redo once it is drawn.</source>
        <translation>O gráfico ainda está a ser disposto: anule ou refaça quando estiver desenhado.</translation>
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
        <translation>Orientação:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Língua:</translation>
    </message>
    <message>
        <source>Highest TLP:</source>
        <translation>TLP máximo:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Ficheiro:</translation>
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
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>{0} entities. The sheet carries the legend, the case reference, the date and the TLP marking top and bottom. What handling keeps home is left out; the export is recorded in the audit log.</source>
        <translation>{0} entidades. A folha leva a legenda, a referência do caso, a data e a marcação TLP em cima e em baixo. O que as condições de tratamento não deixam sair é omitido; a exportação fica registada no registo de auditoria.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exportar o gráfico</translation>
    </message>
    <message>
        <source>{0} files (*.{1})</source>
        <translation>Ficheiros {0} (*.{1})</translation>
    </message>
    <message>
        <source>The chart is empty: put entities on it first.</source>
        <translation>O gráfico está vazio: adicione entidades primeiro.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Escolha o ficheiro a escrever.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>A pasta {path} não existe.</translation>
    </message>
    <message>
        <source>{path} exists already: choose another name.</source>
        <translation>{path} já existe: escolha outro nome.</translation>
    </message>
    <message>
        <source>Placing the labels…</source>
        <translation>A colocar as etiquetas…</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translation>A exportar o gráfico…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>A exportação foi cancelada; nenhum ficheiro foi escrito.</translation>
    </message>
    <message>
        <source>Exported to {0}, marked {1}.</source>
        <translation>Exportado para {0}, marcado {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) left out</source>
        <translation>
            <numerusform>%n entidade omitida</numerusform>
            <numerusform>%n entidades omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) left out</source>
        <translation>
            <numerusform>%n ligação omitida</numerusform>
            <numerusform>%n ligações omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) that may not leave replaced by the kind</source>
        <translation>
            <numerusform>%n nome que não pode sair substituído pelo tipo</numerusform>
            <numerusform>%n nomes que não podem sair substituídos pelo tipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) replaced by another name that may leave</source>
        <translation>
            <numerusform>%n nome substituído por outro que pode sair</numerusform>
            <numerusform>%n nomes substituídos por outros que podem sair</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling: {0}.</source>
        <translation>Tratamento: {0}.</translation>
    </message>
</context>
<context>
    <name>EdgeItem</name>
    <message>
        <source>undated</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… e mais {0}</translation>
    </message>
    <message>
        <source>Right-click to show each on its own.</source>
        <translation>Clique com o botão direito para mostrar cada um em separado.</translation>
    </message>
    <message>
        <source>Show the {0} single links</source>
        <translation>Mostrar as {0} ligações em separado</translation>
    </message>
    <message>
        <source>Combine into one link</source>
        <translation>Agrupar numa só ligação</translation>
    </message>
</context>
<context>
    <name>custody event</name>
    <message>
        <source>seize</source>
        <translation>apreensão</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>selagem</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transferência</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>saída</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>examine</source>
        <translation>exame</translation>
    </message>
    <message>
        <source>image</source>
        <translation>cópia forense</translation>
    </message>
    <message>
        <source>reseal</source>
        <translation>nova selagem</translation>
    </message>
    <message>
        <source>return</source>
        <translation>devolução</translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>destruição</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportação</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importação</translation>
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
        <translation>suporte de armazenamento</translation>
    </message>
    <message>
        <source>forensic-image</source>
        <translation>imagem forense</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>fotografia</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>áudio</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dados</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
</context>
<context>
    <name>data subject</name>
    <message>
        <source>suspect</source>
        <translation>suspeito</translation>
    </message>
    <message>
        <source>convicted</source>
        <translation>condenado</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>vítima</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>testemunha</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
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
        <translation>feminino</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>em curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>encerrado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>executado</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>assinado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
</context>
<context>
    <name>request type</name>
    <message>
        <source>MLA</source>
        <translation>auxílio judiciário</translation>
    </message>
    <message>
        <source>JIT</source>
        <translation>ECI</translation>
    </message>
    <message>
        <source>EIO</source>
        <translation>DEI</translation>
    </message>
    <message>
        <source>police</source>
        <translation>policial</translation>
    </message>
    <message>
        <source>rogatory</source>
        <translation>carta rogatória</translation>
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
        <translation>outro</translation>
    </message>
</context>
<context>
    <name>action type</name>
    <message>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisão</translation>
    </message>
</context>
<context>
    <name>document type</name>
    <message>
        <source>passport</source>
        <translation>passaporte</translation>
    </message>
    <message>
        <source>national id</source>
        <translation>cartão de cidadão</translation>
    </message>
    <message>
        <source>id card</source>
        <translation>cartão de identificação</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>carta de condução</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>autorização de residência</translation>
    </message>
</context>
<context>
    <name>ValueDetails</name>
    <message>
        <source>Select a value to see where it comes from: source, grade, handling and when it was recorded.</source>
        <translation>Selecione um valor para ver de onde provém: fonte, avaliação, tratamento e quando foi registado.</translation>
    </message>
</context>
<context>
    <name>merge reason</name>
    <message>
        <source>DIFFERENT date of birth</source>
        <translation>data de nascimento DIFERENTE</translation>
    </message>
    <message>
        <source>West African transliteration</source>
        <translation>transliteração da África Ocidental</translation>
    </message>
    <message>
        <source>a second surname, often dropped in Spain and Latin America</source>
        <translation>um segundo apelido, muitas vezes omitido em Espanha e na América Latina</translation>
    </message>
    <message>
        <source>as by</source>
        <translation>tal como por</translation>
    </message>
    <message>
        <source>different country</source>
        <translation>país diferente</translation>
    </message>
    <message>
        <source>different:</source>
        <translation>diferente:</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>inicial</translation>
    </message>
    <message>
        <source>kept apart until you decide</source>
        <translation>mantidas separadas até decidir</translation>
    </message>
    <message>
        <source>middle names or first surname; Portuguese and Brazilian usage keeps the last surname</source>
        <translation>nomes do meio ou primeiro apelido; o uso português e brasileiro mantém o último apelido</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>names only, a candidate to check (never merged automatically)</source>
        <translation>apenas nomes, um candidato a verificar (nunca fundido automaticamente)</translation>
    </message>
    <message>
        <source>no name in common</source>
        <translation>nenhum nome em comum</translation>
    </message>
    <message>
        <source>one of the names is empty</source>
        <translation>um dos nomes está vazio</translation>
    </message>
    <message>
        <source>only in</source>
        <translation>apenas em</translation>
    </message>
    <message>
        <source>same BIC</source>
        <translation>mesmo BIC</translation>
    </message>
    <message>
        <source>same IBAN</source>
        <translation>mesmo IBAN</translation>
    </message>
    <message>
        <source>same IMO number</source>
        <translation>mesmo número IMO</translation>
    </message>
    <message>
        <source>same MMSI</source>
        <translation>mesmo MMSI</translation>
    </message>
    <message>
        <source>same VIN</source>
        <translation>mesmo número de quadro (VIN)</translation>
    </message>
    <message>
        <source>same country</source>
        <translation>mesmo país</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>mesma data de nascimento</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>mesmo correio eletrónico</translation>
    </message>
    <message>
        <source>same entity id</source>
        <translation>mesmo identificador de entidade</translation>
    </message>
    <message>
        <source>same idNumber</source>
        <translation>mesmo número de identificação</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <source>same name apart from accents or case</source>
        <translation>mesmo nome exceto acentos ou maiúsculas</translation>
    </message>
    <message>
        <source>same name apart from particles (da, de, do ...) or punctuation</source>
        <translation>mesmo nome exceto partículas (da, de, do...) ou pontuação</translation>
    </message>
    <message>
        <source>same name, written surname first in one</source>
        <translation>mesmo nome, escrito com o apelido primeiro num deles</translation>
    </message>
    <message>
        <source>same names in a different order</source>
        <translation>mesmos nomes por outra ordem</translation>
    </message>
    <message>
        <source>same number</source>
        <translation>mesmo número</translation>
    </message>
    <message>
        <source>same passportNumber</source>
        <translation>mesmo número de passaporte</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>mesmo número de telefone</translation>
    </message>
    <message>
        <source>same registrationNumber</source>
        <translation>mesmo número de registo</translation>
    </message>
    <message>
        <source>same surnames in different order</source>
        <translation>mesmos apelidos por outra ordem</translation>
    </message>
    <message>
        <source>same taxNumber</source>
        <translation>mesmo número de identificação fiscal</translation>
    </message>
    <message>
        <source>same wallet address</source>
        <translation>mesmo endereço de carteira</translation>
    </message>
    <message>
        <source>sent by</source>
        <translation>enviado por</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>grafia semelhante</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>este caso</translation>
    </message>
    <message>
        <source>variant of the same given name</source>
        <translation>variante do mesmo nome próprio</translation>
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
        <translation>destinatário RED fixado</translation>
    </message>
    <message>
        <source>RED recipient unpinned</source>
        <translation>destinatário RED retirado</translation>
    </message>
    <message>
        <source>briefing pack printed</source>
        <translation>dossier impresso</translation>
    </message>
    <message>
        <source>bundle date in the future accepted (sender's clock)</source>
        <translation>data futura do pacote aceite (relógio do remetente)</translation>
    </message>
    <message>
        <source>bundle exported</source>
        <translation>pacote exportado</translation>
    </message>
    <message>
        <source>bundle imported</source>
        <translation>pacote importado</translation>
    </message>
    <message>
        <source>case created</source>
        <translation>caso criado</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>caso aberto</translation>
    </message>
    <message>
        <source>chart exported</source>
        <translation>gráfico exportado</translation>
    </message>
    <message>
        <source>custody {0} recorded</source>
        <translation>custódia registada: {0}</translation>
    </message>
    <message>
        <source>entities loaded in bulk</source>
        <translation>entidades carregadas em bloco</translation>
    </message>
    <message>
        <source>entities merged</source>
        <translation>entidades fundidas</translation>
    </message>
    <message>
        <source>entity viewed</source>
        <translation>entidade consultada</translation>
    </message>
    <message>
        <source>evidence extracted</source>
        <translation>provas extraídas</translation>
    </message>
    <message>
        <source>evidence files restored from quarantine</source>
        <translation>ficheiros de prova restaurados da quarentena</translation>
    </message>
    <message>
        <source>executive summary cleared</source>
        <translation>resumo executivo apagado</translation>
    </message>
    <message>
        <source>executive summary written</source>
        <translation>resumo executivo redigido</translation>
    </message>
    <message>
        <source>exhibit added</source>
        <translation>peça adicionada</translation>
    </message>
    <message>
        <source>exhibit linked</source>
        <translation>peça associada</translation>
    </message>
    <message>
        <source>exhibit viewed</source>
        <translation>peça consultada</translation>
    </message>
    <message>
        <source>import specification deleted</source>
        <translation>especificação de importação eliminada</translation>
    </message>
    <message>
        <source>import specification replaced</source>
        <translation>especificação de importação substituída</translation>
    </message>
    <message>
        <source>import specification saved</source>
        <translation>especificação de importação guardada</translation>
    </message>
    <message>
        <source>imported entity merged after review</source>
        <translation>entidade importada fundida após revisão</translation>
    </message>
    <message>
        <source>key slot added</source>
        <translation>posição de chave adicionada</translation>
    </message>
    <message>
        <source>key slot removed</source>
        <translation>posição de chave removida</translation>
    </message>
    <message>
        <source>merge proposal rejected</source>
        <translation>proposta de fusão rejeitada</translation>
    </message>
    <message>
        <source>merge review decision undone ({0})</source>
        <translation>decisão de revisão de fusão anulada ({0})</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>fusão anulada</translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation>frase-passe alterada</translation>
    </message>
    <message>
        <source>table imported</source>
        <translation>tabela importada</translation>
    </message>
    <message>
        <source>tags changed</source>
        <translation>etiquetas alteradas</translation>
    </message>
    <message>
        <source>timeline exported</source>
        <translation>cronologia exportada</translation>
    </message>
    <message>
        <source>unlisted evidence files quarantined</source>
        <translation>ficheiros de prova não registados em quarentena</translation>
    </message>
    <message>
        <source>value retracted</source>
        <translation>valor retirado</translation>
    </message>
    <message>
        <source>values added</source>
        <translation>valores adicionados</translation>
    </message>
    <message>
        <source>{0} added</source>
        <translation>registo: {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The seizure time {when} has a time of day but no time zone. Write it with its offset (2024-03-11T14:05+01:00) or fill in the time zone where it was seized (Europe/Madrid).</source>
        <translation>A hora da apreensão {when} tem hora do dia mas não tem fuso horário. Escreva-a com o seu desvio (2024-03-11T14:05+01:00) ou indique o fuso horário do local da apreensão (Europe/Lisbon).</translation>
    </message>
    <message>
        <source>The seizure time {when} is not one moment in {zone}: the clocks changed then. Write it with its offset (for example +02:00).</source>
        <translation>A hora da apreensão {when} não é um único momento em {zone}: a hora mudou nesse dia. Escreva-a com o seu desvio (por exemplo +02:00).</translation>
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
        <source>The case is busy in another program; nothing was changed. Close it there and try again.</source>
        <translation>O caso está ocupado noutro programa; nada foi alterado. Feche-o lá e tente novamente.</translation>
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
        <source>This case was made by a newer casebench (database version {version}; this program reads up to {latest}). Update casebench to open it.</source>
        <translation>Este caso foi criado por um casebench mais recente (versão da base de dados {version}; este programa lê até à {latest}). Atualize o casebench para o abrir.</translation>
    </message>
    <message>
        <source>This case was made by a newer casebench (case format {version}). Update casebench to open it.</source>
        <translation>Este caso foi criado por um casebench mais recente (formato de caso {version}). Atualize o casebench para o abrir.</translation>
    </message>
    <message>
        <source>This folder is not a casebench case: {problem}.</source>
        <translation>Esta pasta não é um caso do casebench: {problem}.</translation>
    </message>
    <message>
        <source>There is no case folder at {path}.</source>
        <translation>Não existe nenhuma pasta de caso em {path}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a case folder. A case is a folder whose name ends in .casebench.</source>
        <translation>{path} é um ficheiro, não uma pasta de caso. Um caso é uma pasta cujo nome termina em .casebench.</translation>
    </message>
    <message>
        <source>This key slot belongs to another case; the case was not opened.</source>
        <translation>Esta ranhura de chave pertence a outro caso; o caso não foi aberto.</translation>
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
        <source>Cannot create the case here: a folder named {file} already exists and is not empty.</source>
        <translation>Não é possível criar o caso aqui: já existe uma pasta chamada {file} e não está vazia.</translation>
    </message>
    <message>
        <source>Cannot create the case here: the folder {folder} does not exist.</source>
        <translation>Não é possível criar o caso aqui: a pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>The case is open read-only; nothing was changed.</source>
        <translation>O caso está aberto só para leitura; nada foi alterado.</translation>
    </message>
    <message>
        <source>This case was made by an older casebench and must be upgraded, which cannot be done while it is opened read-only. Open a writable copy.</source>
        <translation>Este caso foi criado por um casebench anterior e tem de ser atualizado, o que não é possível quando é aberto só para leitura. Abra uma cópia em que se possa escrever.</translation>
    </message>
    <message>
        <source>The case could not be used: {detail}.</source>
        <translation>Não foi possível usar o caso: {detail}.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>A frase-passe está vazia.</translation>
    </message>
    <message>
        <source>The key slot name {name} may hold only lower-case letters, digits, - and _.</source>
        <translation>O nome da ranhura de chave {name} só pode conter minúsculas, algarismos, - e _.</translation>
    </message>
    <message>
        <source>A key slot named {name} already exists.</source>
        <translation>Já existe uma ranhura de chave chamada {name}.</translation>
    </message>
    <message>
        <source>There is no key slot named {name}.</source>
        <translation>Não existe nenhuma ranhura de chave chamada {name}.</translation>
    </message>
    <message>
        <source>The case has no key slot, so it cannot be unlocked.</source>
        <translation>O caso não tem nenhuma ranhura de chave, por isso não pode ser desbloqueado.</translation>
    </message>
    <message>
        <source>The key slot {name} is the last one. Add another before removing it.</source>
        <translation>A ranhura de chave {name} é a última. Adicione outra antes de a remover.</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it to build the demo case again.</source>
        <translation>{path} já existe. Substitua-o para voltar a criar o caso de demonstração.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was saved. Free some space and try again.</source>
        <translation>O disco que contém {path} está cheio; nada foi guardado. Liberte espaço e tente novamente.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk or folder; nothing was saved. To look at the case, open it read-only.</source>
        <translation>{path} está num disco ou pasta só de leitura; nada foi guardado. Para consultar o caso, abra-o só para leitura.</translation>
    </message>
    <message>
        <source>You have no permission to write to {path}; nothing was saved.</source>
        <translation>Não tem permissão para escrever em {path}; nada foi guardado.</translation>
    </message>
    <message>
        <source>The disk holding {path} reported an input/output error (a failing or removed disk?). The last change was not saved.</source>
        <translation>O disco que contém {path} comunicou um erro de entrada/saída (um disco avariado ou removido?). A última alteração não foi guardada.</translation>
    </message>
    <message>
        <source>The case database in {path} cannot be opened ({detail}).</source>
        <translation>Não é possível abrir a base de dados do caso em {path} ({detail}).</translation>
    </message>
    <message>
        <source>A text holds a broken character and cannot be stored; nothing was changed.</source>
        <translation>Um texto contém um carácter danificado e não pode ser guardado; nada foi alterado.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: {reason}. Nothing was imported.</source>
        <translation>O pacote {file} foi recusado: {reason}. Nada foi importado.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: its signature does not verify, so it was altered or is not from the sender it names. Nothing was imported.</source>
        <translation>O pacote {file} foi recusado: a sua assinatura não é válida, por isso foi alterado ou não vem do remetente que indica. Nada foi importado.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: its content does not match what the sender signed (altered or swapped). Nothing was imported.</source>
        <translation>O pacote {file} foi recusado: o seu conteúdo não corresponde ao que o remetente assinou (alterado ou trocado). Nada foi importado.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: it is incomplete (cut short). Ask the sender for it again. Nothing was imported.</source>
        <translation>O pacote {file} foi recusado: está incompleto (cortado). Peça ao remetente que o envie novamente. Nada foi importado.</translation>
    </message>
    <message>
        <source>The bundle {file} does not exist.</source>
        <translation>O pacote {file} não existe.</translation>
    </message>
    <message>
        <source>{file} is not a bundle file.</source>
        <translation>{file} não é um ficheiro de pacote.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: its part {volume} is missing. Put all parts in the same folder. Nothing was imported.</source>
        <translation>O pacote {file} foi recusado: falta a parte {volume}. Coloque todas as partes na mesma pasta. Nada foi importado.</translation>
    </message>
    <message>
        <source>The bundle {file} is signed by a key that is not in your partner directory ({key_id}). Add the sender's contact card, or compare the fingerprint with the sender and accept the key.</source>
        <translation>O pacote {file} está assinado com uma chave que não consta do seu diretório de parceiros ({key_id}). Adicione o cartão de contacto do remetente, ou compare a impressão digital com o remetente e aceite a chave.</translation>
    </message>
    <message>
        <source>WARNING: the bundle {file} is signed by a new key {key_id} from someone who claims to be {partner}. This can mean an impostor. Compare the fingerprint with the partner by phone or in person first.</source>
        <translation>ATENÇÃO: o pacote {file} está assinado com uma chave nova {key_id} de alguém que afirma ser {partner}. Pode tratar-se de um impostor. Compare primeiro a impressão digital com o parceiro por telefone ou pessoalmente.</translation>
    </message>
    <message>
        <source>The bundle {file} is dated in the future ({created_at} UTC; now {now} UTC). If the sender's clock was wrong, confirm with the sender and import it anyway.</source>
        <translation>O pacote {file} tem uma data futura ({created_at} UTC; agora {now} UTC). Se o relógio do remetente estava errado, confirme com o remetente e importe-o mesmo assim.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: it is bundle number {number} from {sender}, but number {top} is already imported. An older bundle could bring back what the sender has since retracted.</source>
        <translation>O pacote {file} foi recusado: é o pacote número {number} de {sender}, mas o número {top} já foi importado. Um pacote anterior poderia repor o que o remetente entretanto retirou.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: a newer bundle from {sender} is already imported. An older bundle could bring back what the sender has since retracted.</source>
        <translation>O pacote {file} foi recusado: já foi importado um pacote mais recente de {sender}. Um pacote anterior poderia repor o que o remetente entretanto retirou.</translation>
    </message>
    <message>
        <source>The passphrase for the key file {key_file} is incorrect.</source>
        <translation>A frase-passe do ficheiro de chave {key_file} está incorreta.</translation>
    </message>
    <message>
        <source>The new partner key cannot be saved without your identity passphrase.</source>
        <translation>A nova chave do parceiro não pode ser guardada sem a frase-passe da sua identidade.</translation>
    </message>
    <message>
        <source>Choose at least one recipient: a partner, or a passphrase.</source>
        <translation>Escolha pelo menos um destinatário: um parceiro ou uma frase-passe.</translation>
    </message>
    <message>
        <source>A bundle protected by a passphrase goes to one recipient only.</source>
        <translation>Um pacote protegido por frase-passe segue para um único destinatário.</translation>
    </message>
    <message>
        <source>A bundle goes to at most 18 partners.</source>
        <translation>Um pacote segue para 18 parceiros, no máximo.</translation>
    </message>
    <message>
        <source>State the purpose of the disclosure.</source>
        <translation>Indique a finalidade da comunicação.</translation>
    </message>
    <message>
        <source>Nothing to send: everything selected is withheld, or nothing is selected.</source>
        <translation>Não há nada para enviar: tudo o que foi selecionado é retido ou nada está selecionado.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name.</source>
        <translation>{file} já existe; escolha outro nome de ficheiro.</translation>
    </message>
    <message>
        <source>A bundle protected by a passphrase needs a passphrase for its key file.</source>
        <translation>Um pacote protegido por frase-passe precisa de uma frase-passe para o seu ficheiro de chave.</translation>
    </message>
    <message>
        <source>Your workbench identity cannot be used: {problem}.</source>
        <translation>Não é possível usar a identidade do seu posto de trabalho: {problem}.</translation>
    </message>
    <message>
        <source>This workbench has no investigator identity yet. Create one first.</source>
        <translation>Este posto de trabalho ainda não tem identidade de investigador. Crie uma primeiro.</translation>
    </message>
    <message>
        <source>The identity passphrase is incorrect.</source>
        <translation>A frase-passe da identidade está incorreta.</translation>
    </message>
    <message>
        <source>This workbench already has an identity. Replacing it means every partner must pin your new card.</source>
        <translation>Este posto de trabalho já tem uma identidade. Substituí-la obriga todos os parceiros a fixar o seu novo cartão.</translation>
    </message>
    <message>
        <source>The contact card or partner directory cannot be used: {problem}.</source>
        <translation>Não é possível usar o cartão de contacto ou o diretório de parceiros: {problem}.</translation>
    </message>
    <message>
        <source>There is no partner {ref}.</source>
        <translation>Não existe nenhum parceiro {ref}.</translation>
    </message>
    <message>
        <source>Several partners are called {ref}; choose one by its key id.</source>
        <translation>Há vários parceiros chamados {ref}; escolha um pelo seu id de chave.</translation>
    </message>
    <message>
        <source>WARNING: the keys of {partner} have changed (new fingerprint {fingerprint}). This can mean an impostor. Confirm the new fingerprint with the partner by phone or in person before replacing the card.</source>
        <translation>ATENÇÃO: as chaves de {partner} mudaram (nova impressão digital {fingerprint}). Pode tratar-se de um impostor. Confirme a nova impressão digital com o parceiro por telefone ou pessoalmente antes de substituir o cartão.</translation>
    </message>
    <message>
        <source>WARNING: the signing key {key_id} is already pinned for {partner} with other details; the card was refused.</source>
        <translation>ATENÇÃO: a chave de assinatura {key_id} já está fixada para {partner} com outros dados; o cartão foi recusado.</translation>
    </message>
    <message>
        <source>There is no entity with id {id}.</source>
        <translation>Não existe nenhuma entidade com o id {id}.</translation>
    </message>
    <message>
        <source>There is no exhibit {exhibit} in this case. Add it first, or leave the source out.</source>
        <translation>Não existe nenhum objeto {exhibit} neste caso. Adicione-o primeiro ou deixe a fonte em branco.</translation>
    </message>
    <message>
        <source>Other merges are built on merge proposal {review}: undo {first} first, in that order, or undo them all together.</source>
        <translation>Há outras fusões baseadas na proposta de fusão {review}: anule primeiro {first}, por essa ordem, ou anule-as todas em conjunto.</translation>
    </message>
    <message>
        <source>A RED pack needs a named recipient.</source>
        <translation>Um dossiê RED precisa de um destinatário identificado.</translation>
    </message>
    <message>
        <source>Choose PDF, Word or both.</source>
        <translation>Escolha PDF, Word ou ambos.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>A pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>None of the chosen entities may go in this pack (unknown, or above the maximum TLP).</source>
        <translation>Nenhuma das entidades escolhidas pode constar deste dossiê (desconhecidas ou acima do TLP máximo).</translation>
    </message>
    <message>
        <source>The briefing pack {file} could not be laid out ({kind}); no file was written.</source>
        <translation>Não foi possível paginar o dossiê de informação {file} ({kind}); nenhum ficheiro foi escrito.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>O ficheiro {file} não existe.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({detail}).</source>
        <translation>Não é possível ler o ficheiro {file} ({detail}).</translation>
    </message>
    <message>
        <source>{encoding} is not a text encoding casebench knows; try utf-8, utf-16, cp1252 or latin-1.</source>
        <translation>{encoding} não é uma codificação de texto que o casebench conheça; experimente utf-8, utf-16, cp1252 ou latin-1.</translation>
    </message>
    <message>
        <source>The file {file} is not valid {encoding} text. Choose its encoding (for example latin-1 or cp1252).</source>
        <translation>O ficheiro {file} não é texto {encoding} válido. Escolha a sua codificação (por exemplo latin-1 ou cp1252).</translation>
    </message>
    <message>
        <source>The file {file} is empty; a table needs a header row.</source>
        <translation>O ficheiro {file} está vazio; uma tabela precisa de uma linha de cabeçalho.</translation>
    </message>
    <message>
        <source>The file {file} has no row {row} for the header.</source>
        <translation>O ficheiro {file} não tem a linha {row} para o cabeçalho.</translation>
    </message>
    <message>
        <source>Row {row} of {file} names the column {name} twice; rename one of them.</source>
        <translation>A linha {row} de {file} indica duas vezes a coluna {name}; mude o nome de uma delas.</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel (.xlsx) workbook.</source>
        <translation>{file} não é um livro do Excel (.xlsx) legível.</translation>
    </message>
    <message>
        <source>The workbook {file} has no sheet {sheet}; its sheets are {sheets}.</source>
        <translation>O livro {file} não tem nenhuma folha {sheet}; as suas folhas são {sheets}.</translation>
    </message>
    <message>
        <source>The CSV file {file} is malformed near line {line}.</source>
        <translation>O ficheiro CSV {file} está mal formado perto da linha {line}.</translation>
    </message>
    <message>
        <source>The workbook {file} would take too much room once unpacked; it was refused.</source>
        <translation>O livro {file} ocuparia demasiado espaço depois de descomprimido; foi recusado.</translation>
    </message>
    <message>
        <source>An exhibit needs a reference (for example MA-EX-001).</source>
        <translation>Um objeto precisa de uma referência (por exemplo MA-EX-001).</translation>
    </message>
    <message>
        <source>An exhibit reference is at most 200 characters.</source>
        <translation>A referência de um objeto tem no máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The exhibit reference holds an invisible control character ({char}) that would make it read as something else.</source>
        <translation>A referência do objeto contém um carácter de controlo invisível ({char}) que a faria ler-se como outra coisa.</translation>
    </message>
    <message>
        <source>The exhibit type {type} is unknown; use one of {types}.</source>
        <translation>O tipo de objeto {type} é desconhecido; use um destes: {types}.</translation>
    </message>
    <message>
        <source>The time zone {zone} is unknown. Write a zone such as Europe/Madrid or an offset such as +01:00.</source>
        <translation>O fuso horário {zone} é desconhecido. Escreva um fuso como Europe/Madrid ou uma diferença como +01:00.</translation>
    </message>
    <message>
        <source>Choose at least one file or folder to take in.</source>
        <translation>Escolha pelo menos um ficheiro ou pasta para incorporar.</translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation>{source} não existe.</translation>
    </message>
    <message>
        <source>{source} changed while it was being taken in (another program is still writing to it?). Nothing of this intake was kept: take it in again once the file no longer changes.</source>
        <translation>{source} mudou enquanto era incorporado (outro programa ainda está a escrever nele?). Nada desta incorporação foi mantido: incorpore-o de novo quando o ficheiro já não mudar.</translation>
    </message>
    <message>
        <source>Choose the RED items, or the free-text name to replace.</source>
        <translation>Escolha os elementos RED ou o nome em texto livre a substituir.</translation>
    </message>
    <message>
        <source>{item} is not a RED entity or value of this case.</source>
        <translation>{item} não é uma entidade nem um valor RED deste caso.</translation>
    </message>
    <message>
        <source>{item} is a partner's RED item: it is never passed on, so its recipients are not set here.</source>
        <translation>{item} é um elemento RED de um parceiro: nunca é transmitido, por isso os seus destinatários não são definidos aqui.</translation>
    </message>
    <message>
        <source>No RED item names {name}.</source>
        <translation>Nenhum elemento RED indica {name}.</translation>
    </message>
    <message>
        <source>{id} is not a meeting this pack may show (unknown, not a Meeting, or above the maximum TLP).</source>
        <translation>{id} não é uma reunião que este dossiê possa mostrar (desconhecida, não é uma Meeting ou está acima do TLP máximo).</translation>
    </message>
    <message>
        <source>Give the reason for the extraction; it is recorded as a disclosure.</source>
        <translation>Indique o motivo da extração; fica registado como uma comunicação.</translation>
    </message>
    <message>
        <source>{target} already exists and was not overwritten; choose an empty folder.</source>
        <translation>{target} já existe e não foi substituído; escolha uma pasta vazia.</translation>
    </message>
    <message>
        <source>{folder} is a file; choose a folder (an empty or new one).</source>
        <translation>{folder} é um ficheiro; escolha uma pasta (vazia ou nova).</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; choose an empty or new folder.</source>
        <translation>A pasta {folder} não está vazia; escolha uma pasta vazia ou nova.</translation>
    </message>
    <message>
        <source>There is no value with id {id}.</source>
        <translation>Não existe nenhum valor com o id {id}.</translation>
    </message>
    <message>
        <source>The value {id} is already retracted.</source>
        <translation>O valor {id} já foi retirado.</translation>
    </message>
    <message>
        <source>Give a reason for the retraction.</source>
        <translation>Indique um motivo para a retirada.</translation>
    </message>
    <message>
        <source>These are already the same entity.</source>
        <translation>Já são a mesma entidade.</translation>
    </message>
    <message>
        <source>An exhibit with reference {reference} already exists.</source>
        <translation>Já existe um objeto com a referência {reference}.</translation>
    </message>
    <message>
        <source>There is no exhibit with reference {reference}.</source>
        <translation>Não existe nenhum objeto com a referência {reference}.</translation>
    </message>
    <message>
        <source>A saved chart needs a name.</source>
        <translation>Um gráfico guardado precisa de um nome.</translation>
    </message>
    <message>
        <source>There is no saved chart called {name}.</source>
        <translation>Não existe nenhum gráfico guardado chamado {name}.</translation>
    </message>
    <message>
        <source>A chart called {name} already exists.</source>
        <translation>Já existe um gráfico chamado {name}.</translation>
    </message>
    <message>
        <source>The folder {path} is not a casebench case: it has no case.json.</source>
        <translation>A pasta {path} não é um caso do casebench: não tem case.json.</translation>
    </message>
    <message>
        <source>The recorded path {recorded} is not safe to write; extract that file alone.</source>
        <translation>Não é seguro escrever o caminho registado {recorded}; extraia esse ficheiro isoladamente.</translation>
    </message>
    <message>
        <source>The bundle {file} is not addressed to this workbench: none of its recipients is your key. If it came with a key file (.key.age), choose that key file.</source>
        <translation>O pacote {file} não se destina a este posto de trabalho: nenhum dos seus destinatários é a sua chave. Se veio com um ficheiro de chave (.key.age), escolha esse ficheiro de chave.</translation>
    </message>
    <message>
        <source>Exhibit {reference} has no content files.</source>
        <translation>O objeto {reference} não tem ficheiros de conteúdo.</translation>
    </message>
    <message>
        <source>Exhibit {reference} has no file {name}.</source>
        <translation>O objeto {reference} não tem nenhum ficheiro {name}.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: its database (case.db) is missing. Restore it from a backup or ask your technical support.</source>
        <translation>O caso está danificado e não foi aberto: falta a sua base de dados (case.db). Restaure-o a partir de uma cópia de segurança ou contacte o suporte técnico.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: its database (case.db) is empty. Restore it from a backup or ask your technical support.</source>
        <translation>O caso está danificado e não foi aberto: a sua base de dados (case.db) está vazia. Restaure-o a partir de uma cópia de segurança ou contacte o suporte técnico.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: its database (case.db) is cut short at byte {size}. Restore it from a backup or ask your technical support.</source>
        <translation>O caso está danificado e não foi aberto: a sua base de dados (case.db) está cortada no byte {size}. Restaure-o a partir de uma cópia de segurança ou contacte o suporte técnico.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: its database (case.db) is damaged at page {page}. Restore it from a backup or ask your technical support.</source>
        <translation>O caso está danificado e não foi aberto: a sua base de dados (case.db) está danificada na página {page}. Restaure-o a partir de uma cópia de segurança ou contacte o suporte técnico.</translation>
    </message>
    <message>
        <source>The case was not opened: its database (case.db) is not encrypted, so it is not what casebench wrote. Ask your technical support.</source>
        <translation>O caso não foi aberto: a sua base de dados (case.db) não está cifrada, por isso não é o que o casebench escreveu. Contacte o suporte técnico.</translation>
    </message>
    <message>
        <source>There is no merge proposal {review}.</source>
        <translation>Não existe nenhuma proposta de fusão {review}.</translation>
    </message>
    <message>
        <source>Merge proposal {review} is already accepted.</source>
        <translation>A proposta de fusão {review} já foi aceite.</translation>
    </message>
    <message>
        <source>Merge proposal {review} was accepted; undo it first.</source>
        <translation>A proposta de fusão {review} foi aceite; anule-a primeiro.</translation>
    </message>
    <message>
        <source>Merge proposal {review} is still pending.</source>
        <translation>A proposta de fusão {review} ainda está pendente.</translation>
    </message>
    <message>
        <source>The fingerprint of {name}'s card was not confirmed. Compare it with the partner by phone or in person first.</source>
        <translation>A impressão digital do cartão de {name} não foi confirmada. Compare-a primeiro com o parceiro por telefone ou pessoalmente.</translation>
    </message>
    <message>
        <source>This is your own contact card.</source>
        <translation>Este é o seu próprio cartão de contacto.</translation>
    </message>
    <message>
        <source>The date {date} skips a part: a date can only be known from the year down.</source>
        <translation>A data {date} omite uma parte: uma data só pode ser conhecida a partir do ano.</translation>
    </message>
    <message>
        <source>Year {year} is outside the years 0001 to 9999.</source>
        <translation>O ano {year} está fora dos anos 0001 a 9999.</translation>
    </message>
    <message>
        <source>Month {month} does not exist (months run from 01 to 12).</source>
        <translation>O mês {month} não existe (os meses vão de 01 a 12).</translation>
    </message>
    <message>
        <source>The month {year}-{month} has no day {day} (it has {days} days).</source>
        <translation>O mês {year}-{month} não tem dia {day} (tem {days} dias).</translation>
    </message>
    <message>
        <source>Hour {hour} does not exist (hours run from 00 to 23).</source>
        <translation>A hora {hour} não existe (as horas vão de 00 a 23).</translation>
    </message>
    <message>
        <source>Minute {minute} does not exist (minutes run from 00 to 59).</source>
        <translation>O minuto {minute} não existe (os minutos vão de 00 a 59).</translation>
    </message>
    <message>
        <source>Second {second} does not exist (seconds run from 00 to 59).</source>
        <translation>O segundo {second} não existe (os segundos vão de 00 a 59).</translation>
    </message>
    <message>
        <source>The UTC offset {offset} is beyond ±14:00, the largest offset in use anywhere.</source>
        <translation>O desvio UTC {offset} ultrapassa ±14:00, o maior desvio em uso no mundo.</translation>
    </message>
    <message>
        <source>The date {date} has a UTC offset but no time of day; an offset only means something with a time.</source>
        <translation>A data {date} tem um desvio UTC mas não tem hora; um desvio só faz sentido com uma hora.</translation>
    </message>
    <message>
        <source>The date {date} falls outside the years 0001 to 9999 once converted to UTC.</source>
        <translation>A data {date} fica fora dos anos 0001 a 9999 depois de convertida para UTC.</translation>
    </message>
    <message>
        <source>The UTC offset {offset} has {minutes} minutes; write 00 to 59.</source>
        <translation>O desvio UTC {offset} tem {minutes} minutos; escreva de 00 a 59.</translation>
    </message>
    <message>
        <source>“{value}” is not in a date form casebench understands.</source>
        <translation>«{value}» não está numa forma de data que o casebench entenda.</translation>
    </message>
    <message>
        <source>The range ends ({end}) before it starts ({start}).</source>
        <translation>O intervalo termina ({end}) antes de começar ({start}).</translation>
    </message>
    <message>
        <source>The date is empty. Write for example 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (approximate) or 2024-03/2024-05 (a range).</source>
        <translation>A data está vazia. Escreva por exemplo 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (aproximada) ou 2024-03/2024-05 (um intervalo).</translation>
    </message>
    <message>
        <source>“{value}” can be read as more than one range; write it with ISO dates (for example 2024-03-11/2024-05-02).</source>
        <translation>«{value}» pode ser lido como mais de um intervalo; escreva-o com datas ISO (por exemplo 2024-03-11/2024-05-02).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid date. {why}</source>
        <translation>«{value}» não é uma data válida. {why}</translation>
    </message>
    <message>
        <source>“{value}” is not a date casebench understands. Write for example 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (approximate) or 2024-03/2024-05 (a range).</source>
        <translation>«{value}» não é uma data que o casebench entenda. Escreva por exemplo 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (aproximada) ou 2024-03/2024-05 (um intervalo).</translation>
    </message>
    <message>
        <source>“{raw}” names two currencies.</source>
        <translation>«{raw}» indica duas moedas.</translation>
    </message>
    <message>
        <source>“{raw}” is not an amount. Write an amount such as 1.234,56, -250.00, (250,00) or R$ 1.234,56.</source>
        <translation>«{raw}» não é um montante. Escreva um montante como 1.234,56, -250.00, (250,00) ou R$ 1.234,56.</translation>
    </message>
    <message>
        <source>The decimal separator is “{decimal}”, but “{raw}” does not read as one amount with it.</source>
        <translation>O separador decimal é «{decimal}», mas «{raw}» não se lê como um só montante com ele.</translation>
    </message>
    <message>
        <source>With “{decimal}” as the decimal separator, “{thousands}” must group digits by three; “{raw}” does not, so it may be written the other way.</source>
        <translation>Com «{decimal}» como separador decimal, «{thousands}» tem de agrupar os algarismos de três em três; «{raw}» não o faz, por isso pode estar escrito ao contrário.</translation>
    </message>
    <message>
        <source>“{raw}” has several “{separator}” and no decimal separator; choose the decimal separator.</source>
        <translation>«{raw}» tem vários «{separator}» e nenhum separador decimal; escolha o separador decimal.</translation>
    </message>
    <message>
        <source>“{raw}” can be read with “{separator}” as the decimal separator or as the thousands separator; choose the decimal separator.</source>
        <translation>«{raw}» pode ser lido com «{separator}» como separador decimal ou como separador de milhares; escolha o separador decimal.</translation>
    </message>
    <message>
        <source>“{raw}” is not an amount.</source>
        <translation>«{raw}» não é um montante.</translation>
    </message>
    <message>
        <source>“{raw}” is not a duration. Write seconds (211) or hours:minutes:seconds (0:03:31).</source>
        <translation>«{raw}» não é uma duração. Escreva segundos (211) ou horas:minutos:segundos (0:03:31).</translation>
    </message>
    <message>
        <source>It does not look like a phone number.</source>
        <translation>Não parece um número de telefone.</translation>
    </message>
    <message>
        <source>It has no country code; write it with + and the country code, or choose a country.</source>
        <translation>Não tem indicativo de país; escreva-o com + e o indicativo do país, ou escolha um país.</translation>
    </message>
    <message>
        <source>It has the wrong number of digits for its country.</source>
        <translation>Tem um número de algarismos errado para o seu país.</translation>
    </message>
    <message>
        <source>It is not a number in use in the numbering plan of {where}.</source>
        <translation>Não é um número em uso no plano de numeração de {where}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number. {why}</source>
        <translation>«{value}» não é um número de telefone válido. {why}</translation>
    </message>
    <message>
        <source>{type} is not a value type casebench knows.</source>
        <translation>{type} não é um tipo de valor que o casebench conheça.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>O valor está vazio.</translation>
    </message>
    <message>
        <source>“{value}” is not a country casebench knows; use its ISO code, for example ES or GMB.</source>
        <translation>«{value}» não é um país que o casebench conheça; use o seu código ISO, por exemplo ES ou GMB.</translation>
    </message>
    <message>
        <source>The grading scheme “{scheme}” is unknown; use one of {schemes}.</source>
        <translation>O sistema de avaliação «{scheme}» é desconhecido; use um destes: {schemes}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid {scheme} grade.</source>
        <translation>«{value}» não é uma avaliação válida do sistema {scheme}.</translation>
    </message>
    <message>
        <source>The grade “{value}” must be written scheme:value, for example admiralty:B2.</source>
        <translation>A avaliação «{value}» tem de ser escrita sistema:valor, por exemplo admiralty:B2.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: it must be a country code, two check digits and letters or digits.</source>
        <translation>«{value}» não é um IBAN válido: deve ser um código de país, dois dígitos de controlo e letras ou algarismos.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: {country} does not issue IBANs.</source>
        <translation>«{value}» não é um IBAN válido: {country} não emite IBAN.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: IBANs from {country} have {expected} characters, this one has {length}.</source>
        <translation>«{value}» não é um IBAN válido: os IBAN de {country} têm {expected} caracteres e este tem {length}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: the check digits do not match; a character is probably mistyped.</source>
        <translation>«{value}» não é um IBAN válido: os dígitos de controlo não coincidem; provavelmente há um carácter mal escrito.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IMO number: an IMO ship number has seven digits, for example IMO 9074729.</source>
        <translation>«{value}» não é um número IMO válido: um número IMO de navio tem sete algarismos, por exemplo IMO 9074729.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IMO number: the check digit (the last one) does not match.</source>
        <translation>«{value}» não é um número IMO válido: o dígito de controlo (o último) não coincide.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid MMSI: an MMSI has exactly nine digits.</source>
        <translation>«{value}» não é um MMSI válido: um MMSI tem exatamente nove algarismos.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid BIC (SWIFT code): a BIC has 8 or 11 characters: bank (4 letters), country, place, branch.</source>
        <translation>«{value}» não é um BIC (código SWIFT) válido: um BIC tem 8 ou 11 caracteres: banco (4 letras), país, praça, balcão.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid BIC (SWIFT code): {country} (characters 5-6) is not a country code.</source>
        <translation>«{value}» não é um BIC (código SWIFT) válido: {country} (caracteres 5-6) não é um código de país.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid vehicle identification number (VIN): a VIN has 17 characters, this one has {length}.</source>
        <translation>«{value}» não é um número de quadro (VIN) válido: um VIN tem 17 caracteres e este tem {length}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid vehicle identification number (VIN): VINs never contain the letters I, O or Q.</source>
        <translation>«{value}» não é um número de quadro (VIN) válido: os VIN nunca contêm as letras I, O ou Q.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid vehicle identification number (VIN): a VIN has only letters and digits.</source>
        <translation>«{value}» não é um número de quadro (VIN) válido: um VIN só tem letras e algarismos.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid vehicle identification number (VIN): the check digit (9th character) should be {check} for this VIN.</source>
        <translation>«{value}» não é um número de quadro (VIN) válido: o dígito de controlo (9.º carácter) deveria ser {check} para este VIN.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid crypto wallet address: an address is 20 to 128 letters and digits without spaces.</source>
        <translation>«{value}» não é um endereço de carteira de criptomoedas válido: um endereço tem 20 a 128 letras e algarismos sem espaços.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid crypto wallet address: the bech32 checksum does not match; check every character.</source>
        <translation>«{value}» não é um endereço de carteira de criptomoedas válido: a soma de controlo bech32 não coincide; verifique cada carácter.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid crypto wallet address: the checksum does not match; check every character.</source>
        <translation>«{value}» não é um endereço de carteira de criptomoedas válido: a soma de controlo não coincide; verifique cada carácter.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address: an e-mail address looks like name@example.org.</source>
        <translation>«{value}» não é um endereço de correio eletrónico válido: um endereço de correio tem a forma nome@example.org.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid web address (URL): a web address has no spaces.</source>
        <translation>«{value}» não é um endereço web (URL) válido: um endereço web não tem espaços.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid web address (URL): it has no scheme; start it with https:// or http://.</source>
        <translation>«{value}» não é um endereço web (URL) válido: não tem esquema; comece-o por https:// ou http://.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid web address (URL): it has no host name after //.</source>
        <translation>«{value}» não é um endereço web (URL) válido: não tem nome de servidor depois de //.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid number: write a plain number such as 1500 or 1,5 (no units, at most one decimal separator).</source>
        <translation>«{value}» não é um número válido: escreva um número simples como 1500 ou 1,5 (sem unidades, com um separador decimal no máximo).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid number.</source>
        <translation>«{value}» não é um número válido.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid entity reference: entity ids are letters, digits and . _ : - only.</source>
        <translation>«{value}» não é uma referência de entidade válida: os id de entidade só têm letras, algarismos e . _ : -</translation>
    </message>
    <message>
        <source>“{value}” is not a valid identifier: it has no letters or digits.</source>
        <translation>«{value}» não é um identificador válido: não tem letras nem algarismos.</translation>
    </message>
    <message>
        <source>The content of {file} in exhibit {exhibit} is not what the case recorded (changed or damaged). No bundle was written; nothing was exported.</source>
        <translation>O conteúdo de {file} no objeto {exhibit} não é o que o caso registou (alterado ou danificado). Não foi escrito nenhum pacote; nada foi exportado.</translation>
    </message>
    <message>
        <source>The D/C column says “{mark}”, which is neither a debit nor a credit. Write D or C, DR or CR, Debe or Haber, Cargo or Abono, Pago or Ingreso, Débito or Crédito, Retrait or Versement, Withdrawal or Deposit, or - or +.</source>
        <translation>A coluna D/C diz «{mark}», que não é nem um débito nem um crédito. Escreva D ou C, DR ou CR, Debe ou Haber, Cargo ou Abono, Pago ou Ingreso, Débito ou Crédito, Retrait ou Versement, Withdrawal ou Deposit, ou - ou +.</translation>
    </message>
    <message>
        <source>The D/C column is empty beside {amount}: whether it went out or came in is not known.</source>
        <translation>A coluna D/C está vazia ao lado de {amount}: não se sabe se saiu ou entrou.</translation>
    </message>
    <message>
        <source>“{amount}” is marked one way and the D/C column ({mark}) the other; which one is right is not known.</source>
        <translation>«{amount}» está marcado num sentido e a coluna D/C ({mark}) no outro; não se sabe qual está certo.</translation>
    </message>
    <message>
        <source>The row has an amount in both the debit column ({debit}) and the credit column ({credit}); one row is one movement, so which one it is is not known.</source>
        <translation>A linha tem um montante tanto na coluna de débito ({debit}) como na de crédito ({credit}); uma linha é um movimento, por isso não se sabe qual é.</translation>
    </message>
    <message>
        <source>The date cell has a time of its own ({date} {own}) that is not the time column’s {time}; which one is meant is not known. Map the date column alone or correct the times.</source>
        <translation>A célula da data tem uma hora própria ({date} {own}) que não é a da coluna da hora, {time}; não se sabe qual é a certa. Associe só a coluna da data ou corrija as horas.</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day: a 12-hour clock runs from 1 to 12 (AM or PM), a 24-hour one from 0 to 23, and minutes and seconds from 00 to 59.</source>
        <translation>«{value}» não é uma hora do dia: um relógio de 12 horas vai de 1 a 12 (AM ou PM), um de 24 horas de 0 a 23, e os minutos e segundos de 00 a 59.</translation>
    </message>
    <message>
        <source>In “{value}” the (0) after the country code may be part of the number in that country (it could be {options}); the number is kept as written, not normalised.</source>
        <translation>Em «{value}» o (0) depois do indicativo do país pode fazer parte do número nesse país (poderia ser {options}); o número é mantido tal como está escrito, sem normalizar.</translation>
    </message>
    <message>
        <source>“{value}” is a valid number in more than one reading ({options}); it is kept as written, not normalised. Write it with + and the country code to choose one.</source>
        <translation>«{value}» é um número válido em mais de uma leitura ({options}); é mantido tal como está escrito, sem normalizar. Escreva-o com + e o indicativo do país para escolher um.</translation>
    </message>
    <message>
        <source>“{value}” has {digits} digits, but a spreadsheet number keeps only 15: its last digits are lost. Ask for the file with this column formatted as text.</source>
        <translation>«{value}» tem {digits} dígitos, mas um número de folha de cálculo só guarda 15: os últimos dígitos perderam-se. Peça o ficheiro com esta coluna formatada como texto.</translation>
    </message>
    <message>
        <source>“{value}” is a number with a fraction, not an identifier: the spreadsheet has changed it. Ask for the file with this column formatted as text.</source>
        <translation>«{value}» é um número com casas decimais, não um identificador: a folha de cálculo alterou-o. Peça o ficheiro com esta coluna formatada como texto.</translation>
    </message>
    <message>
        <source>“{value}” is a number in exponent form: the spreadsheet that wrote it kept only its first digits, so the identifier is lost. Ask for the file with this column formatted as text.</source>
        <translation>«{value}» é um número em forma exponencial: a folha de cálculo que o escreveu só guardou os primeiros dígitos, por isso o identificador perdeu-se. Peça o ficheiro com esta coluna formatada como texto.</translation>
    </message>
    <message>
        <source>The row has only {cells} cells, so it has no column {column}.</source>
        <translation>A linha só tem {cells} células, por isso não tem a coluna {column}.</translation>
    </message>
    <message>
        <source>The cell is empty, but the import specification requires a value in it.</source>
        <translation>A célula está vazia, mas a especificação de importação exige um valor nela.</translation>
    </message>
    <message>
        <source>Every mapped cell of the row is empty.</source>
        <translation>Todas as células associadas da linha estão vazias.</translation>
    </message>
    <message>
        <source>The row names several currencies ({currencies}).</source>
        <translation>A linha indica várias moedas ({currencies}).</translation>
    </message>
    <message>
        <source>{when} does not exist in {zone}: the clocks went forward. It was read with the offset before the change.</source>
        <translation>{when} não existe em {zone}: os relógios adiantaram-se. Foi lido com o desfasamento anterior à mudança.</translation>
    </message>
    <message>
        <source>{when} occurs twice in {zone}: the clocks went back. It was read as the first, the earlier instant.</source>
        <translation>{when} ocorre duas vezes em {zone}: os relógios atrasaram-se. Foi lido como a primeira, o instante anterior.</translation>
    </message>
    <message>
        <source>A D/C column and debit and credit columns both say which way the money went; choose one of them.</source>
        <translation>Uma coluna D/C e colunas de débito e crédito dizem ao mesmo tempo em que sentido foi o dinheiro; escolha uma delas.</translation>
    </message>
    <message>
        <source>A D/C column says which way an amount went: map the column with the amounts to {path}.</source>
        <translation>Uma coluna D/C diz em que sentido foi um montante: associe a coluna dos montantes a {path}.</translation>
    </message>
    <message>
        <source>A signed amount swaps the two sides of a link, and a {schema} has none.</source>
        <translation>Um montante com sinal troca os dois lados de uma ligação, e um {schema} não tem.</translation>
    </message>
    <message>
        <source>A {schema} has no property {prop} to fill from a cell.</source>
        <translation>Um {schema} não tem a propriedade {prop} para preencher a partir de uma célula.</translation>
    </message>
    <message>
        <source>A {schema} has no property {prop}.</source>
        <translation>Um {schema} não tem a propriedade {prop}.</translation>
    </message>
    <message>
        <source>Choose both the debit column and the credit column.</source>
        <translation>Escolha a coluna de débito e a coluna de crédito.</translation>
    </message>
    <message>
        <source>Debit and credit columns give an amount, but {path} is not a number.</source>
        <translation>As colunas de débito e crédito dão um montante, mas {path} não é um número.</translation>
    </message>
    <message>
        <source>No column is mapped; map at least one.</source>
        <translation>Nenhuma coluna está associada; associe pelo menos uma.</translation>
    </message>
    <message>
        <source>The file has no column “{column}”; its columns are {columns}.</source>
        <translation>O ficheiro não tem a coluna «{column}»; as suas colunas são {columns}.</translation>
    </message>
    <message>
        <source>The file names both sides of the link, {source} ({source_columns}) and {target} ({target_columns}), so it already says who paid whom: read its amounts as written. A direction is for a statement of one account.</source>
        <translation>O ficheiro nomeia os dois lados da ligação, {source} ({source_columns}) e {target} ({target_columns}), portanto já diz quem pagou a quem: leia os montantes tal como estão escritos. Um sentido é para o extrato de uma só conta.</translation>
    </message>
    <message>
        <source>The import specification is damaged ({detail}); map the columns again and save it.</source>
        <translation>A especificação de importação está danificada ({detail}); volte a associar as colunas e guarde-a.</translation>
    </message>
    <message>
        <source>The record key {path} is not mapped to a column.</source>
        <translation>A chave de registo {path} não está associada a nenhuma coluna.</translation>
    </message>
    <message>
        <source>The required property {path} is not mapped to a column.</source>
        <translation>A propriedade obrigatória {path} não está associada a nenhuma coluna.</translation>
    </message>
    <message>
        <source>The signed amount {path} is not mapped to a column.</source>
        <translation>O montante com sinal {path} não está associado a nenhuma coluna.</translation>
    </message>
    <message>
        <source>The time column “{time_column}” belongs to the column “{date_column}”, which is not mapped.</source>
        <translation>A coluna de hora «{time_column}» pertence à coluna «{date_column}», que não está associada.</translation>
    </message>
    <message>
        <source>The time zone {zone} is beyond ±14:00; offsets run from -14:00 to +14:00.</source>
        <translation>O fuso horário {zone} ultrapassa ±14:00; os desvios vão de -14:00 a +14:00.</translation>
    </message>
    <message>
        <source>{prop} is a link to another entity: map one of its properties instead.</source>
        <translation>{prop} é uma ligação a outra entidade: associe antes uma das suas propriedades.</translation>
    </message>
    <message>
        <source>{prop} is not a link to another entity, so {path} means nothing.</source>
        <translation>{prop} não é uma ligação a outra entidade, portanto {path} não significa nada.</translation>
    </message>
    <message>
        <source>{prop}: a {schema} cannot be created from a row; choose a concrete kind or only link entities already in the case.</source>
        <translation>{prop}: não é possível criar um {schema} a partir de uma linha; escolha um tipo concreto ou ligue apenas entidades que já estejam no caso.</translation>
    </message>
    <message>
        <source>{schema} is not a kind of record casebench knows.</source>
        <translation>{schema} não é um tipo de registo que o casebench conheça.</translation>
    </message>
    <message>
        <source>{schema} is too general for a row; choose a concrete kind (for example Person).</source>
        <translation>{schema} é demasiado geral para uma linha; escolha um tipo concreto (por exemplo Person).</translation>
    </message>
    <message>
        <source>“{country}” is not a country code; write the two letters of the country the phones are from (for example ES).</source>
        <translation>«{country}» não é um código de país; escreva as duas letras do país dos telefones (por exemplo PT).</translation>
    </message>
    <message>
        <source>“{decimal}” cannot be a decimal separator; use a comma or a point.</source>
        <translation>«{decimal}» não pode ser um separador decimal; use uma vírgula ou um ponto.</translation>
    </message>
    <message>
        <source>“{format}” is not a date format. Write it like dd/mm/yyyy hh:mm or %d/%m/%Y.</source>
        <translation>«{format}» não é um formato de data. Escreva-o como dd/mm/yyyy hh:mm ou %d/%m/%Y.</translation>
    </message>
</context>
<context>
    <name>TimelineExportDialog</name>
    <message>
        <source>Export the timeline</source>
        <translation>Exportar a cronologia</translation>
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
        <translation>Ficheiro:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exported to {0}, marked {1}.</source>
        <translation>Exportado para {0}, marcado {1}.</translation>
    </message>
    <message>
        <source>The items in view, marked with the highest TLP printed. Items, names and dates that handling keeps home are left out; the export is recorded in the audit log.</source>
        <translation>Os elementos à vista, marcados com o TLP mais alto impresso. Os elementos, nomes e datas que o tratamento retém ficam de fora; a exportação fica registada no registo de auditoria.</translation>
    </message>
    <message>
        <source>Export to a .png or .svg file.</source>
        <translation>Exporte para um ficheiro .png ou .svg.</translation>
    </message>
    <message numerus="yes">
        <source>Handling: %n item(s) left out (they may not leave at this level).</source>
        <translation>
            <numerusform>Tratamento: %n elemento deixado de fora (não pode sair a este nível).</numerusform>
            <numerusform>Tratamento: %n elementos deixados de fora (não podem sair a este nível).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormUndo</name>
    <message>
        <source>adding a value to “{property}”</source>
        <translation>adicionar um valor a «{property}»</translation>
    </message>
    <message>
        <source>removing a value from “{property}”</source>
        <translation>remover um valor de «{property}»</translation>
    </message>
    <message>
        <source>typing in “{property}”</source>
        <translation>escrever em «{property}»</translation>
    </message>
</context>
<context>
    <name>PathStepsModel</name>
    <message numerus="yes">
        <source>Path {n}: %n link(s)</source>
        <translation>
            <numerusform>Caminho {n}: %n ligação</numerusform>
            <numerusform>Caminho {n}: %n ligações</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actor</name>
    <message>
        <source>{who} · key {key} · login {login}</source>
        <translation>{who} · chave {key} · utilizador {login}</translation>
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
        <translation>Outra extremidade</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Mencionado em</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Menciona</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Objeto apreendido</translation>
    </message>
    <message>
        <source>→ to</source>
        <translation>→ para</translation>
    </message>
    <message>
        <source>← from</source>
        <translation>← de</translation>
    </message>
    <message>
        <source>↔ with</source>
        <translation>↔ com</translation>
    </message>
    <message>
        <source>A link without a direction</source>
        <translation>Um vínculo sem direção</translation>
    </message>
    <message>
        <source>{role}: this entity
{other}: {name}</source>
        <translation>{role}: esta entidade
{other}: {name}</translation>
    </message>
    <message>
        <source>{name}
Double-click or Enter opens the link itself ({kind}).</source>
        <translation>{name}
Duplo clique ou Enter abre o próprio vínculo ({kind}).</translation>
    </message>
    <message>
        <source>{name}
Double-click or Enter opens it; Alt+Left comes back.</source>
        <translation>{name}
Duplo clique ou Enter abre-o; Alt+Esquerda volta.</translation>
    </message>
</context>
<context>
    <name>Renaming</name>
    <message>
        <source>Naming the linked calls, payments and links again: {done} of {total}</source>
        <translation>A nomear de novo as chamadas, pagamentos e ligações associados: {done} de {total}</translation>
    </message>
    <message>
        <source>Saving values</source>
        <translation>A guardar valores</translation>
    </message>
    <message>
        <source>Saving the values…</source>
        <translation>A guardar os valores…</translation>
    </message>
    <message>
        <source>Retracting a value</source>
        <translation>A retirar um valor</translation>
    </message>
    <message>
        <source>Retracting the value…</source>
        <translation>A retirar o valor…</translation>
    </message>
    <message>
        <source>Merging entities</source>
        <translation>A fundir entidades</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>A fundir…</translation>
    </message>
    <message>
        <source>Unmerging an entity</source>
        <translation>A separar uma entidade</translation>
    </message>
    <message>
        <source>Unmerging…</source>
        <translation>A separar…</translation>
    </message>
</context>
<context>
    <name>UndatedModel</name>
    <message>
        <source>{kind} — {name} (no date yet)</source>
        <translation>{kind} — {name} (ainda sem data)</translation>
    </message>
</context>
<context>
    <name>EntitiesPage</name>
    <message numerus="yes">
        <source>%n row(s) imported from a call record keep the file's order after the others: this list cannot be sorted by {column}. The timeline shows them in time order.</source>
        <translation>
            <numerusform>%n linha importada de um registo de chamadas mantém a ordem do ficheiro depois das outras: esta lista não pode ser ordenada por {column}. A cronologia mostra-a por ordem temporal.</numerusform>
            <numerusform>%n linhas importadas de um registo de chamadas mantêm a ordem do ficheiro depois das outras: esta lista não pode ser ordenada por {column}. A cronologia mostra-as por ordem temporal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>No entity open</source>
        <translation>Nenhuma entidade aberta</translation>
    </message>
    <message>
        <source>Double-click a node on the chart (or select it and press Enter) to open it here.</source>
        <translation>Faça duplo clique num nó do gráfico (ou selecione-o e prima Enter) para o abrir aqui.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message numerus="yes">
        <source>%Ln added to the chart</source>
        <translation>
            <numerusform>%Ln adicionada ao gráfico</numerusform>
            <numerusform>%Ln adicionadas ao gráfico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already on it</source>
        <translation>
            <numerusform>%Ln já estava</numerusform>
            <numerusform>%Ln já estavam</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>The file names both the payer ({payer}) and the beneficiary ({beneficiary}): it already says who paid whom. Under Money in and out choose “{written}”; a direction is for a statement of one account.</source>
        <translation>O ficheiro indica o ordenante ({payer}) e o beneficiário ({beneficiary}): já diz quem pagou a quem. Em Entradas e saídas escolha «{written}»; uma direção é para o extrato de uma só conta.</translation>
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
        <translation>{time} (sem fuso horário)</translation>
    </message>
    <message>
        <source>{time} (time zone not stated)</source>
        <translation>{time} (fuso horário não indicado)</translation>
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
        <translation>Importação</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>É importada</translation>
    </message>
    <message>
        <source>Imported, check it</source>
        <translation>É importada; verifique-a</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Written in the file: {text}</source>
        <translation>Escrito no ficheiro: {text}</translation>
    </message>
    <message>
        <source>money in (credit)</source>
        <translation>entrada (crédito)</translation>
    </message>
    <message>
        <source>money out (debit)</source>
        <translation>saída (débito)</translation>
    </message>
</context>
<context>
    <name>PlannedPreviewPanel</name>
    <message>
        <source>Map a column to see the rows as they will be imported.</source>
        <translation>Associe uma coluna para ver as linhas tal como serão importadas.</translation>
    </message>
    <message>
        <source>Rows shown as they will be imported: {rows}. Refused: {refused} (the last column says why).</source>
        <translation>Linhas mostradas tal como serão importadas: {rows}. Recusadas: {refused} (a última coluna diz porquê).</translation>
    </message>
</context>
</TS>
