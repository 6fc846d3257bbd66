<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AuditModel</name>
    <message>
        <source>The chain from its first record. Click to list the newest record first.</source>
        <translation>La chaîne depuis son premier enregistrement. Cliquez pour afficher d’abord l’enregistrement le plus récent.</translation>
    </message>
    <message>
        <source>Newest record first, numbered down the chain. Click to list the chain from its first record.</source>
        <translation>L’enregistrement le plus récent d’abord, numérotés en remontant la chaîne. Cliquez pour afficher la chaîne depuis son premier enregistrement.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="114"/>
        <source>Record {seq}, hash {hash}</source>
        <translation>Enregistrement {seq}, empreinte {hash}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="124"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="124"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="124"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="124"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="125"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="125"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="125"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>{name}
Double-click or Enter opens it.
{id}</source>
        <translation>{name}
Double-clic ou Entrée l'ouvre.
{id}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="173"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="174"/>
        <source>collection</source>
        <translation>collecte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="174"/>
        <source>alteration</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="175"/>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="175"/>
        <source>disclosure</source>
        <translation>communication</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="176"/>
        <source>combination</source>
        <translation>combinaison</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="176"/>
        <source>erasure</source>
        <translation>effacement</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="181"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="182"/>
        <source>Action, item or justification contains…</source>
        <translation>L’action, l’élément ou la justification contient…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="183"/>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="185"/>
        <source>The audit log records who collected, changed, consulted, disclosed, combined or erased what, and when. Verify the chain to prove no record was altered or removed.</source>
        <translation>Le journal d’audit consigne qui a collecté, modifié, consulté, communiqué, combiné ou effacé quoi, et quand. Vérifiez la chaîne pour prouver qu’aucun enregistrement n’a été altéré ni supprimé.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="212"/>
        <source>Verifying the audit chain…</source>
        <translation>Vérification de la chaîne d’audit…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="219"/>
        <source>The audit chain is BROKEN:</source>
        <translation>La chaîne d’audit est ROMPUE :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/audit_view.py" line="222"/>
        <source>The audit chain is intact: every record follows the one before it and none was altered or removed.</source>
        <translation>La chaîne d’audit est intacte : chaque enregistrement suit le précédent et aucun n’a été altéré ni supprimé.</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="94"/>
        <source>Partner bundles</source>
        <translation>Paquets pour les partenaires</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="96"/>
        <source>A bundle is a signed, encrypted file for partner workbenches. Handling rules decide what each recipient may receive; you see what is withheld before anything is written. Imported bundles are verified completely and may propose merges, listed below.</source>
        <translation>Un paquet est un fichier signé et chiffré destiné aux postes des partenaires. Les règles de traitement décident de ce que chaque destinataire peut recevoir ; vous voyez ce qui est retenu avant toute écriture. Les paquets importés sont entièrement vérifiés et peuvent proposer des fusions, listées ci-dessous.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="99"/>
        <source>Export bundle…</source>
        <translation>Exporter un paquet…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="100"/>
        <source>Import bundle…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="101"/>
        <source>Add partner…</source>
        <translation>Ajouter un partenaire…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="102"/>
        <source>My contact card…</source>
        <translation>Ma carte de contact…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="108"/>
        <source>Your investigator identity is set up on this computer.</source>
        <translation>Votre identité d’enquêteur est configurée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="110"/>
        <source>You have no investigator identity yet; it is created the first time you export or import a bundle.</source>
        <translation>Vous n’avez pas encore d’identité d’enquêteur ; elle est créée la première fois que vous exportez ou importez un paquet.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="132"/>
        <source>Passphrase of your investigator identity, to sign the bundle:</source>
        <translation>Phrase secrète de votre identité d’enquêteur, pour signer le paquet :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="143"/>
        <source>Bundle {id} written to {files}. SHA-256 of its SHA256SUMS: {sha}.</source>
        <translation>Paquet {id} écrit dans {files}. SHA-256 de son SHA256SUMS : {sha}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="146"/>
        <source>Key file {key}: send its passphrase by another channel.</source>
        <translation>Fichier de clé {key} : envoyez sa phrase secrète par un autre canal.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="155"/>
        <source>Passphrase of your investigator identity, to decrypt the bundle:</source>
        <translation>Phrase secrète de votre identité d’enquêteur, pour déchiffrer le paquet :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="165"/>
        <source>Last import: bundle {id} from {sender}.</source>
        <translation>Dernière importation : paquet {id} de {sender}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="175"/>
        <source>Choose the partner's contact card</source>
        <translation>Choisissez la carte de contact du partenaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="182"/>
        <location filename="../src/casebench/ui/bundles_view.py" line="185"/>
        <location filename="../src/casebench/ui/bundles_view.py" line="193"/>
        <location filename="../src/casebench/ui/bundles_view.py" line="198"/>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
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

Empreinte :
{hex}

En mots :
{words}

Appelez le partenaire à un numéro que vous connaissez déjà (pas un numéro tiré du même message) et faites-lui lire son empreinte. Correspond-elle exactement ?</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="197"/>
        <source>Partner pinned: {label}.</source>
        <translation>Partenaire épinglé : {label}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="206"/>
        <source>My contact card</source>
        <translation>Ma carte de contact</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="209"/>
        <source>Give this card to partners (e-mail or stick), then read them the fingerprint by phone so they can check it.</source>
        <translation>Remettez cette carte aux partenaires (courriel ou clé USB), puis lisez-leur l’empreinte par téléphone pour qu’ils la vérifient.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="224"/>
        <location filename="../src/casebench/ui/bundles_view.py" line="230"/>
        <source>Save my contact card</source>
        <translation>Enregistrer ma carte de contact</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundles_view.py" line="225"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Name the partners who may receive each RED item</source>
        <translation>Désigner les partenaires qui peuvent recevoir chaque élément RED</translation>
    </message>
    <message>
        <source>Passphrase of your investigator identity, to read your partner directory:</source>
        <translation>Phrase secrète de votre identité d'enquêteur, pour lire votre annuaire de partenaires :</translation>
    </message>
    <message>
        <source>RED recipients…</source>
        <translation>Destinataires RED…</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n autre)</numerusform>
            <numerusform> (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>No path from {first} to {second} with these options: in time order or following the links' direction, a path starts at the entity selected first.</source>
        <translation>Aucun chemin de {first} à {second} avec ces options : dans l’ordre du temps ou dans le sens des liens, un chemin part de l’entité sélectionnée en premier.</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) found from {first} to {second}; the first is highlighted.</source>
        <translation>
            <numerusform>%n chemin trouvé de {first} à {second} ; il est surligné.</numerusform>
            <numerusform>%n chemins trouvés de {first} à {second} ; le premier est surligné.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close chart</source>
        <translation>Fermer le graphique</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved (the entities on it, where they are placed). Close it and lose them? Save or Save as… keeps them.</source>
        <translation>« {name} » a des modifications non enregistrées (les entités qu'il contient et leur place). Le fermer et les perdre ? Enregistrer ou Enregistrer sous… les conserve.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="103"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="104"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="106"/>
        <source>Force-directed</source>
        <translation>Dirigé par les forces</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="106"/>
        <source>Hierarchical</source>
        <translation>Hiérarchique</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="107"/>
        <source>Circular</source>
        <translation>Circulaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="109"/>
        <source>Lay out</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="110"/>
        <source>Expand</source>
        <translation>Développer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="111"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="112"/>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="114"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="131"/>
        <source>Find path between the two selected entities</source>
        <translation>Chercher un chemin entre les deux entités sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="133"/>
        <source>Follow arrows</source>
        <translation>Suivre les flèches</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="134"/>
        <source>In time order</source>
        <translation>Dans l’ordre chronologique</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="139"/>
        <source>Find path</source>
        <translation>Chercher un chemin</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="180"/>
        <source>(whole case)</source>
        <translation>(toute l’affaire)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="323"/>
        <source>Save chart</source>
        <translation>Enregistrer le graphe</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="323"/>
        <source>Name of the chart:</source>
        <translation>Nom du graphe :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="353"/>
        <source>Select exactly two entities (click, then Ctrl+click).</source>
        <translation>Sélectionnez exactement deux entités (clic, puis Ctrl+clic).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/chart_view.py" line="365"/>
        <source>No path between these two with these options.</source>
        <translation>Aucun chemin entre ces deux entités avec ces options.</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses électroniques</translation>
    </message>
    <message>
        <source>IBANs</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Wallet addresses</source>
        <translation>Adresses de portefeuille</translation>
    </message>
    <message>
        <source>Involved, holder, location…</source>
        <translation>Impliqué, titulaire, lieu…</translation>
    </message>
    <message>
        <source>Shared identifiers</source>
        <translation>Identifiants partagés</translation>
    </message>
    <message>
        <source>Find on chart…</source>
        <translation>Chercher sur le graphe…</translation>
    </message>
    <message>
        <source>Add the neighbours of the selected entities; the arrow expands by one kind of link</source>
        <translation>Ajoute les voisins des entités sélectionnées ; la flèche développe par type de lien</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>au plus </translation>
    </message>
    <message>
        <source>How many neighbours one Expand adds; the rest are counted</source>
        <translation>Nombre de voisins ajoutés par Développer ; les autres sont comptés</translation>
    </message>
    <message>
        <source>Hide or show kinds of entities and links</source>
        <translation>Masquer ou afficher des types d’entités et de liens</translation>
    </message>
    <message>
        <source>New chart tab (Ctrl+T)</source>
        <translation>Nouvel onglet de graphe (Ctrl+T)</translation>
    </message>
    <message>
        <source>Chart {0}</source>
        <translation>Graphe {0}</translation>
    </message>
    <message>
        <source>Reading the links of the case…</source>
        <translation>Lecture des liens de l’affaire…</translation>
    </message>
    <message>
        <source>Select entities in the entity list, in search results or on the timeline and choose Show on chart ({0}), or open a saved chart above. Expand then adds their neighbours.</source>
        <translation>Sélectionnez des entités dans la liste des entités, dans les résultats de recherche ou sur la chronologie et choisissez Afficher sur le graphe ({0}), ou ouvrez un graphe enregistré ci-dessus. Développer ajoute ensuite leurs voisins.</translation>
    </message>
    <message>
        <source>This case has {0} entities to draw, too many for one chart (a chart holds at most {1}). Start from the few that matter.</source>
        <translation>Cette affaire compte {0} entités à dessiner, trop pour un seul graphe (un graphe en contient au plus {1}). Partez des quelques-unes qui comptent.</translation>
    </message>
    <message>
        <source>This chart is empty.</source>
        <translation>Ce graphe est vide.</translation>
    </message>
    <message>
        <source>Nothing was added: see the note above the chart.</source>
        <translation>Rien n’a été ajouté : voir la note au-dessus du graphe.</translation>
    </message>
    <message>
        <source>{0} left off: the chart is full ({1})</source>
        <translation>{0} laissées de côté : le graphe est plein ({1})</translation>
    </message>
    <message>
        <source>{0} cannot be drawn (not an entity with links)</source>
        <translation>{0} ne peuvent pas être dessinées (pas des entités avec des liens)</translation>
    </message>
    <message>
        <source>Select the entities to expand first.</source>
        <translation>Sélectionnez d’abord les entités à développer.</translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation>{0} ajoutées.</translation>
    </message>
    <message>
        <source>No neighbours to add.</source>
        <translation>Aucun voisin à ajouter.</translation>
    </message>
    <message>
        <source>{0} more stayed off the chart ({1}).</source>
        <translation>{0} de plus sont restées hors du graphe ({1}).</translation>
    </message>
    <message>
        <source>The chart is full ({0}): remove some entities or raise the limit in Settings.</source>
        <translation>Le graphe est plein ({0}) : retirez des entités ou augmentez la limite dans Paramètres.</translation>
    </message>
    <message>
        <source>Expand again for more, or expand by one kind of link.</source>
        <translation>Développez à nouveau pour en voir plus, ou développez par type de lien.</translation>
    </message>
    <message>
        <source>Select entities first</source>
        <translation>Sélectionnez d’abord des entités</translation>
    </message>
    <message>
        <source>All neighbours</source>
        <translation>Tous les voisins</translation>
    </message>
    <message>
        <source>By kind of link</source>
        <translation>Par type de lien</translation>
    </message>
    <message>
        <source>{0} removed from the chart.</source>
        <translation>{0} retirées du graphe.</translation>
    </message>
    <message>
        <source>Found on this chart for “{1}”: {0}. Enter goes to the next.</source>
        <translation>Trouvées sur ce graphe pour « {1} » : {0}. Entrée passe à la suivante.</translation>
    </message>
    <message>
        <source>Nothing on this chart matches “{0}”. To add it, search the case and choose Show on chart.</source>
        <translation>Rien sur ce graphe ne correspond à « {0} ». Pour l’ajouter, cherchez dans l’affaire et choisissez Afficher sur le graphe.</translation>
    </message>
    <message>
        <source>Looking at {0} entities…</source>
        <translation>Examen de {0} entités…</translation>
    </message>
    <message>
        <source>Expanding…</source>
        <translation>Développement…</translation>
    </message>
    <message>
        <source>Counting links…</source>
        <translation>Décompte des liens…</translation>
    </message>
    <message>
        <source>Open beside the chart</source>
        <translation>Ouvrir à côté du graphe</translation>
    </message>
    <message>
        <source>Expand by kind of link</source>
        <translation>Développer par type de lien</translation>
    </message>
    <message>
        <source>Remove from chart</source>
        <translation>Retirer du graphe</translation>
    </message>
    <message>
        <source>Print / export chart…</source>
        <translation>Imprimer / exporter le graphique…</translation>
    </message>
    <message>
        <source>Grouped by organisation</source>
        <translation>Regroupé par organisation</translation>
    </message>
    <message>
        <source>Grouped by country</source>
        <translation>Regroupé par pays</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) found; the first is highlighted.</source>
        <translation>
            <numerusform>%n chemin trouvé ; il est surligné.</numerusform>
            <numerusform>%n chemins trouvés ; le premier est surligné.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="615"/>
        <source>Check every row</source>
        <translation>Vérifier chaque ligne</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="616"/>
        <source>Rows with a problem are listed by row number (as a spreadsheet shows them) and column. Nothing has been imported yet.</source>
        <translation>Les lignes posant problème sont listées par numéro de ligne (comme les affiche un tableur) et par colonne. Rien n’a encore été importé.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="619"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="634"/>
        <source>Strict: import nothing if any row has a problem</source>
        <translation>Strict : ne rien importer si une ligne pose problème</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="649"/>
        <source>Reading every row…</source>
        <translation>Lecture de toutes les lignes…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="677"/>
        <source>{rows} rows read — OK: {ok}, with problems: {bad}.</source>
        <translation>{rows} lignes lues — correctes : {ok}, avec problèmes : {bad}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="698"/>
        <source>Every row can be imported.</source>
        <translation>Toutes les lignes peuvent être importées.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="700"/>
        <source>Strict mode: rows with problems ({bad}) stop the import; nothing will be imported.</source>
        <translation>Mode strict : les lignes posant problème ({bad}) bloquent l’import ; rien ne sera importé.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="703"/>
        <source>Rows to import: {ok}. Rows with problems ({bad}) are left out and reported.</source>
        <translation>Lignes à importer : {ok}. Les lignes posant problème ({bad}) sont écartées et signalées.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="705"/>
        <source>The file is first taken in as evidence; every value will point at its row.</source>
        <translation>Le fichier est d’abord pris en charge comme pièce ; chaque valeur renverra à sa ligne.</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="101"/>
        <source>Add custody event</source>
        <translation>Ajouter un événement de possession</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="106"/>
        <source>Event:</source>
        <translation>Événement :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="107"/>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="108"/>
        <source>From (person):</source>
        <translation>De (personne) :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="109"/>
        <source>From (organisation):</source>
        <translation>De (organisme) :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="110"/>
        <source>To (person):</source>
        <translation>À (personne) :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="111"/>
        <source>To (organisation):</source>
        <translation>À (organisme) :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="112"/>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="113"/>
        <source>Purpose:</source>
        <translation>Finalité :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="114"/>
        <source>Authority:</source>
        <translation>Autorité :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="115"/>
        <source>Seal before:</source>
        <translation>Scellé avant :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="116"/>
        <source>Seal after:</source>
        <translation>Scellé après :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="117"/>
        <source>Seal found intact</source>
        <translation>Scellé trouvé intact</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="122"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="130"/>
        <source>Seal NOT intact.</source>
        <translation>Scellé NON intact.</translation>
    </message>
    <message>
        <source>e.g. 2024-03-12T09:30+01:00</source>
        <translation>p. ex. 2024-03-12T09:30+01:00</translation>
    </message>
    <message>
        <source>Your time zone: {zone}. Write the offset of the place where it happened if it differs.</source>
        <translation>Votre fuseau horaire : {zone}. Indiquez le décalage du lieu où cela s'est passé s'il diffère.</translation>
    </message>
    <message>
        <source>from whom (a person or an organisation)</source>
        <translation>de qui (une personne ou une organisation)</translation>
    </message>
    <message>
        <source>to whom (a person or an organisation)</source>
        <translation>à qui (une personne ou une organisation)</translation>
    </message>
    <message>
        <source>A “{event}” event needs: {fields}.</source>
        <translation>Un événement « {event} » nécessite : {fields}.</translation>
    </message>
    <message>
        <source>Say when it happened, with the time zone (e.g. {example}).</source>
        <translation>Indiquez quand cela s'est passé, avec le fuseau horaire (p. ex. {example}).</translation>
    </message>
    <message>
        <source>Give the time zone of {time}: e.g. {example}.</source>
        <translation>Indiquez le fuseau horaire de {time} : p. ex. {example}.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Seal before</source>
        <translation>Scellé avant</translation>
    </message>
    <message>
        <source>Seal after</source>
        <translation>Scellé après</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This will be appended to the custody log for good; it cannot be changed or removed afterwards, only followed by a correcting event.</source>
        <translation>Ceci sera ajouté définitivement au journal de garde ; il ne pourra plus être modifié ni supprimé, seulement suivi d'un événement correctif.</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="182"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="182"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="182"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="182"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="182"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="183"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="183"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="183"/>
        <source>Seal</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="183"/>
        <source>Hash check</source>
        <translation>Contrôle d’empreinte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="187"/>
        <source>matched</source>
        <translation>concordant</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="187"/>
        <source>MISMATCH</source>
        <translation>DIVERGENCE</translation>
    </message>
    <message>
        <source>{when}
entered {recorded} by {who}</source>
        <translation>{when}
saisi le {recorded} par {who}</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="74"/>
        <source>Case details</source>
        <translation>Détails de l’affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="75"/>
        <source>These appear on briefing packs and bundles. The title is stored inside the encrypted case only.</source>
        <translation>Ils figurent dans les dossiers de réunion et les paquets. Le titre n’est conservé que dans l’affaire chiffrée.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="80"/>
        <source>e.g. Operation Mar Azul</source>
        <translation>p. ex. Opération Mar Azul</translation>
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
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="92"/>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="93"/>
        <source>Originator agency:</source>
        <translation>Service d’origine :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="94"/>
        <source>Originator country:</source>
        <translation>Pays d’origine :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="95"/>
        <source>Default TLP:</source>
        <translation>TLP par défaut :</translation>
    </message>
</context>
<context>
    <name>EntitiesPage</name>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="122"/>
        <source>Filter by name…</source>
        <translation>Filtrer par nom…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="124"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="125"/>
        <source>New {kind}</source>
        <translation>Nouveau : {kind}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="148"/>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="152"/>
        <source>Any TLP</source>
        <translation>Tout TLP</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="156"/>
        <source>Any country</source>
        <translation>Tout pays</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="166"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="170"/>
        <source>1 entity</source>
        <translation>1 entité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="172"/>
        <source>{n} entities</source>
        <translation>{n} entités</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entities_view.py" line="174"/>
        <source>No entities match. Change the filters or create one with New.</source>
        <translation>Aucune entité ne correspond. Modifiez les filtres ou créez-en une avec Nouveau.</translation>
    </message>
    <message>
        <source>Sorting by {column} is offered for lists of up to {n} rows: filter the list first.</source>
        <translation>Le tri par {column} est proposé pour les listes d’au plus {n} lignes : filtrez d’abord la liste.</translation>
    </message>
    <message>
        <source>This list cannot be sorted by {column}.</source>
        <translation>Cette liste ne peut pas être triée par {column}.</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="117"/>
        <source>No entity selected</source>
        <translation>Aucune entité sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="118"/>
        <source>Choose an entity in the list, or create one with New.</source>
        <translation>Choisissez une entité dans la liste ou créez-en une avec Nouveau.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="134"/>
        <source>Copy id</source>
        <translation>Copier l’id</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="135"/>
        <source>Copies the entity id; it leaves the clipboard after 30 s</source>
        <translation>Copie l’id de l’entité ; il quitte le presse-papiers après 30 s</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="137"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="152"/>
        <source>Unmerge…</source>
        <translation>Défusionner…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="168"/>
        <source>Retract value…</source>
        <translation>Retirer la valeur…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="171"/>
        <source>Show retracted values</source>
        <translation>Afficher les valeurs retirées</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="184"/>
        <source>Show all properties</source>
        <translation>Afficher toutes les propriétés</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="191"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="226"/>
        <source>New {kind}</source>
        <translation>Nouveau : {kind}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="229"/>
        <source>Fill in what is known; every field accepts several values (+).</source>
        <translation>Remplissez ce qui est connu ; chaque champ accepte plusieurs valeurs (+).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="233"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="253"/>
        <source>Created {date}</source>
        <translation>Créé le {date}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="255"/>
        <source>Tags: {tags}</source>
        <translation>Étiquettes : {tags}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="257"/>
        <source>Data subject: {category}</source>
        <translation>Personne concernée : {category}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="265"/>
        <source>Add values</source>
        <translation>Ajouter des valeurs</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="338"/>
        <source>Type at least one value.</source>
        <translation>Saisissez au moins une valeur.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="374"/>
        <source>Select a value to retract first.</source>
        <translation>Sélectionnez d’abord la valeur à retirer.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="376"/>
        <source>Retract value</source>
        <translation>Retirer la valeur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="377"/>
        <source>Why is this value retracted? (kept in the audit log)</source>
        <translation>Pourquoi cette valeur est-elle retirée ? (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="388"/>
        <location filename="../src/casebench/ui/editor.py" line="391"/>
        <source>Unmerge</source>
        <translation>Défusionner</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="388"/>
        <source>Which merged entity should be separated again?</source>
        <translation>Quelle entité fusionnée faut-il séparer à nouveau ?</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="391"/>
        <source>Reason (kept in the audit log):</source>
        <translation>Motif (conservé dans le journal d’audit) :</translation>
    </message>
    <message numerus="yes">
        <source>and %n more under Links</source>
        <translation>
            <numerusform>et %n de plus sous Liens</numerusform>
            <numerusform>et %n de plus sous Liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Values ({n})</source>
        <translation>Valeurs ({n})</translation>
    </message>
    <message>
        <source>Links ({n})</source>
        <translation>Liens ({n})</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Merged from:</source>
        <translation>Fusionné à partir de :</translation>
    </message>
    <message>
        <source>Show on chart</source>
        <translation>Afficher sur le graphe</translation>
    </message>
    <message>
        <source>Put this entity on the link chart ({0})</source>
        <translation>Placer cette entité sur le graphe de liens ({0})</translation>
    </message>
    <message>
        <source>Values not saved</source>
        <translation>Valeurs non enregistrées</translation>
    </message>
    <message>
        <source>You typed values for “{name}” that are not saved.

Save them now, discard them, or cancel to go back to them.</source>
        <translation>Vous avez saisi pour « {name} » des valeurs qui ne sont pas enregistrées.

Enregistrez-les maintenant, abandonnez-les, ou annulez pour y revenir.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to {name}</source>
        <translation>
            <numerusform>%n modification enregistrée pour {name}</numerusform>
            <numerusform>%n modifications enregistrées pour {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityField</name>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="181"/>
        <source>Type part of a name to find the entity</source>
        <translation>Saisissez une partie d’un nom pour trouver l’entité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="235"/>
        <source>Choose an entity from the list (type part of its name).</source>
        <translation>Choisissez une entité dans la liste (saisissez une partie de son nom).</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../src/casebench/ui/entity_model.py" line="176"/>
        <source>{caption} — imported from another workbench</source>
        <translation>{caption} — importée d’un autre poste</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entity_model.py" line="188"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entity_model.py" line="188"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entity_model.py" line="188"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/entity_model.py" line="188"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} secondes</translation>
    </message>
</context>
<context>
    <name>ExhibitDialog</name>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>where it was seized, e.g. Europe/Madrid or +01:00</source>
        <translation>là où il a été saisi, p. ex. Europe/Paris ou +01:00</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="70"/>
        <source>New exhibit</source>
        <translation>Nouveau scellé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="71"/>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="71"/>
        <source>e.g. MA-EX-014</source>
        <translation>p. ex. MA-EX-014</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="75"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="76"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="77"/>
        <source>Seized where:</source>
        <translation>Lieu de saisie :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="78"/>
        <source>Seized when:</source>
        <translation>Date de saisie :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="78"/>
        <source>e.g. 2024-03-11T14:05+01:00</source>
        <translation>p. ex. 2024-03-11T14:05+01:00</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="79"/>
        <source>Seized by:</source>
        <translation>Saisi par :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="80"/>
        <source>Authority:</source>
        <translation>Autorité :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="80"/>
        <source>warrant, court order …</source>
        <translation>mandat, ordonnance …</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="81"/>
        <source>Seal numbers:</source>
        <translation>Numéros de scellé :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="81"/>
        <source>separated by commas</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="82"/>
        <source>Storage location:</source>
        <translation>Lieu de conservation :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_dialogs.py" line="86"/>
        <source>An exhibit needs a reference.</source>
        <translation>Un scellé doit avoir une référence.</translation>
    </message>
</context>
<context>
    <name>ExhibitModel</name>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="131"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="131"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="131"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="131"/>
        <source>Seized</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="132"/>
        <source>Files</source>
        <translation>Fichiers</translation>
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
        <translation>Filtrer par référence ou description…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="128"/>
        <source>New exhibit…</source>
        <translation>Nouveau scellé…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="129"/>
        <source>Take in files…</source>
        <translation>Intégrer des fichiers…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="130"/>
        <source>Or drop files and folders onto this page</source>
        <translation>Ou déposez des fichiers et dossiers sur cette page</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="131"/>
        <source>Add custody event…</source>
        <translation>Ajouter un événement de possession…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="132"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="133"/>
        <source>Extract…</source>
        <translation>Extraire…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="134"/>
        <source>Chain of custody</source>
        <translation>Chaîne de possession</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="135"/>
        <source>Content files and hashes</source>
        <translation>Fichiers et empreintes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="136"/>
        <source>Double-click a file to copy its SHA-256 (cleared from the clipboard after 30 s)</source>
        <translation>Double-cliquez sur un fichier pour copier son SHA-256 (effacé du presse-papiers après 30 s)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="138"/>
        <source>No exhibit selected</source>
        <translation>Aucun scellé sélectionné</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="139"/>
        <source>Choose an exhibit to see its custody chain and content files, or create one with New exhibit. Files and folders dropped here are taken into the selected exhibit.</source>
        <translation>Choisissez un scellé pour voir sa chaîne de possession et ses fichiers, ou créez-en un avec Nouveau scellé. Les fichiers et dossiers déposés ici sont intégrés au scellé sélectionné.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="194"/>
        <source>Seized {when} at {where} by {who}</source>
        <translation>Saisi {when} à {where} par {who}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="197"/>
        <source>Seals: {seals}</source>
        <translation>Scellés : {seals}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="199"/>
        <source>Stored at: {place}</source>
        <translation>Conservé à : {place}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {size}</source>
        <translation>
            <numerusform>%n fichier, {size}</numerusform>
            <numerusform>%n fichiers, {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="208"/>
        <source>New exhibit</source>
        <translation>Nouveau scellé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="217"/>
        <source>Take in files</source>
        <translation>Intégrer des fichiers</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="217"/>
        <source>Choose or create an exhibit first.</source>
        <translation>Choisissez ou créez d’abord un scellé.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="219"/>
        <source>Take in a folder</source>
        <translation>Intégrer un dossier</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="237"/>
        <source>Intake into {ref}</source>
        <translation>Intégration dans {ref}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="238"/>
        <source>Hashing and encrypting…</source>
        <translation>Calcul des empreintes et chiffrement…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="247"/>
        <source>{message}
{done} of {total}</source>
        <translation>{message}
{done} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>Took in %n file(s), {size}.</source>
        <translation>
            <numerusform>%n fichier intégré, {size}.</numerusform>
            <numerusform>%n fichiers intégrés, {size}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) stored once.</source>
        <translation>
            <numerusform>%n doublon conservé une seule fois.</numerusform>
            <numerusform>%n doublons conservés une seule fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="257"/>
        <source>Skipped: {list}</source>
        <translation>Ignorés : {list}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="267"/>
        <source>Intake cancelled; nothing was added to the exhibit.</source>
        <translation>Intégration annulée ; rien n’a été ajouté au scellé.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="270"/>
        <source>Intake</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="280"/>
        <source>Custody</source>
        <translation>Possession</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="287"/>
        <source>Verify exhibit</source>
        <translation>Vérifier le scellé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="288"/>
        <source>Re-hashing the content and checking the custody chain…</source>
        <translation>Recalcul des empreintes et contrôle de la chaîne de possession…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="296"/>
        <source>Verification found problems:</source>
        <translation>La vérification a trouvé des problèmes :</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n file(s), {size}; custody chain intact.</source>
        <translation>
            <numerusform>Vérifié : %n fichier, {size} ; chaîne de possession intacte.</numerusform>
            <numerusform>Vérifiés : %n fichiers, {size} ; chaîne de possession intacte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="307"/>
        <source>Extract the exhibit's files into…</source>
        <translation>Extraire les fichiers du scellé dans…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="310"/>
        <location filename="../src/casebench/ui/exhibits_view.py" line="315"/>
        <source>Extract</source>
        <translation>Extraire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="311"/>
        <source>Reason for the extraction (recorded as a custody check-out):</source>
        <translation>Motif de l’extraction (enregistré comme sortie de possession) :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="315"/>
        <source>Decrypting and checking…</source>
        <translation>Déchiffrement et contrôle…</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n file(s); the check-out is in the custody chain.</source>
        <translation>
            <numerusform>%n fichier extrait ; la sortie figure dans la chaîne de possession.</numerusform>
            <numerusform>%n fichiers extraits ; la sortie figure dans la chaîne de possession.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibits_view.py" line="330"/>
        <source>SHA-256 copied; it leaves the clipboard after 30 seconds.</source>
        <translation>SHA-256 copié ; il quitte le presse-papiers après 30 secondes.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="485"/>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="506"/>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="530"/>
        <source>Export a partner bundle</source>
        <translation>Exporter un paquet pour les partenaires</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="495"/>
        <source>Write bundle</source>
        <translation>Écrire le paquet</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="507"/>
        <source>Writing, signing and encrypting the bundle…</source>
        <translation>Écriture, signature et chiffrement du paquet…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="527"/>
        <source>Export cancelled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="528"/>
        <source>The export was cancelled: no file was written and nothing was recorded.</source>
        <translation>L’exportation a été annulée : aucun fichier n’a été écrit et rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="132"/>
        <source>Choose the table</source>
        <translation>Choisir le tableau</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="133"/>
        <source>A CSV file (any encoding or separator) or an Excel workbook (.xlsx): call records, a bank statement, a seizure list…</source>
        <translation>Un fichier CSV (tout encodage ou séparateur) ou un classeur Excel (.xlsx) : relevés d’appels, relevé bancaire, liste de saisies…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="139"/>
        <source>e.g. movistar-cdr-2024-T1.csv</source>
        <translation>p. ex. movistar-cdr-2024-T1.csv</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="140"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="147"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="152"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="156"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="157"/>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="158"/>
        <source>Separator:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="161"/>
        <source>casebench guesses the encoding and the separator; if the preview on the next page shows garbled letters or a single column, choose them here.</source>
        <translation>casebench devine l’encodage et le séparateur ; si l’aperçu de la page suivante montre des lettres illisibles ou une seule colonne, choisissez-les ici.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="176"/>
        <source>comma ( , )</source>
        <translation>virgule ( , )</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="176"/>
        <source>semicolon ( ; )</source>
        <translation>point-virgule ( ; )</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="176"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="177"/>
        <source>bar ( | )</source>
        <translation>barre ( | )</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="181"/>
        <source>Excel workbook, sheet {sheet}</source>
        <translation>Classeur Excel, feuille {sheet}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="181"/>
        <source>(the first)</source>
        <translation>(la première)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="182"/>
        <source>CSV file, encoding {encoding}, separated by {separator}</source>
        <translation>Fichier CSV, encodage {encoding}, séparé par {separator}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="187"/>
        <source>Choose a CSV or Excel file</source>
        <translation>Choisissez un fichier CSV ou Excel</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="207"/>
        <source>There is no file {name} here.</source>
        <translation>Il n’y a pas de fichier {name} ici.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="212"/>
        <source>Reading the start of the file…</source>
        <translation>Lecture du début du fichier…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="223"/>
        <source>Reading it as: {format}</source>
        <translation>Lu comme : {format}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>The first</source>
        <translation>La première</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>Column names in row:</source>
        <translation>Noms de colonne à la ligne :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>, column names in row {row}</source>
        <translation>, noms de colonne à la ligne {row}</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Annuler l’importation…</translation>
    </message>
    <message>
        <source>Rolling back the import of {file} stopped before it finished. Roll it back to delete the rest of the rows it brought in.</source>
        <translation>L’annulation de l’importation de {file} s’est arrêtée avant la fin. Annulez-la pour supprimer le reste des lignes qu’elle a apportées.</translation>
    </message>
    <message>
        <source>The import of {file} (specification {spec}) started on {date} stopped after row {row}. To finish it, choose the same file with the same specification: it goes on from the next row. Or roll it back: every row it brought in is deleted.</source>
        <translation>L’importation de {file} (spécification {spec}) commencée le {date} s’est arrêtée après la ligne {row}. Pour la terminer, choisissez le même fichier avec la même spécification : elle reprend à la ligne suivante. Ou annulez-la : toutes les lignes qu’elle a apportées sont supprimées.</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>(non enregistrée)</translation>
    </message>
    <message>
        <source>{count} more unfinished imports follow this one.</source>
        <translation>{count} autres importations inachevées suivent celle-ci.</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="195"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="195"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="195"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/exhibit_models.py" line="195"/>
        <source>Hashed</source>
        <translation>Empreinte calculée</translation>
    </message>
</context>
<context>
    <name>GuideBrowser</name>
    <message>
        <location filename="../src/casebench/ui/help.py" line="45"/>
        <source>casebench user guide</source>
        <translation>Guide de l’utilisateur de casebench</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="49"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="50"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="65"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="78"/>
        <source># User guide not found

The user guide is not part of this installation. It is in `docs/guide/` of the casebench sources.</source>
        <translation># Guide de l’utilisateur introuvable

Le guide de l’utilisateur ne fait pas partie de cette installation. Il se trouve dans `docs/guide/` des sources de casebench.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/help.py" line="98"/>
        <source>casebench works offline and does not open web links: {url}</source>
        <translation>casebench fonctionne hors ligne et n’ouvre pas les liens web : {url}</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="75"/>
        <source>Your investigator identity</source>
        <translation>Votre identité d’enquêteur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="83"/>
        <source>Your identity is a pair of keys that belongs to you, not to a case. It &lt;b&gt;signs&lt;/b&gt; the bundles you send, so partners can prove they come from you and were not altered, and it lets partners &lt;b&gt;encrypt&lt;/b&gt; bundles that only you can open. It is kept encrypted on this computer and serves all your cases.&lt;br&gt;&lt;br&gt;Your name, agency and country go on your public contact card, which you give to partners; read them its fingerprint by phone or in person so they can check it.</source>
        <translation>Votre identité est une paire de clés qui vous appartient, et non à une affaire. Elle &lt;b&gt;signe&lt;/b&gt; les paquets que vous envoyez, pour que les partenaires puissent prouver qu’ils viennent de vous et n’ont pas été modifiés, et elle permet aux partenaires de &lt;b&gt;chiffrer&lt;/b&gt; des paquets que vous seul pouvez ouvrir. Elle est conservée chiffrée sur cet ordinateur et sert pour toutes vos affaires.&lt;br&gt;&lt;br&gt;Votre nom, votre service et votre pays figurent sur votre carte de contact publique, que vous remettez aux partenaires ; lisez-leur son empreinte par téléphone ou en personne pour qu’ils la vérifient.</translation>
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
        <translation>Votre nom :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="109"/>
        <source>Agency:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="110"/>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="111"/>
        <source>Identity passphrase:</source>
        <translation>Phrase secrète de l’identité :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="112"/>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="129"/>
        <source>Create identity</source>
        <translation>Créer l’identité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="141"/>
        <source>Give your name as partners know you.</source>
        <translation>Indiquez votre nom tel que les partenaires le connaissent.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="143"/>
        <source>The passphrase needs at least {n} characters; use several unrelated words.</source>
        <translation>La phrase secrète doit compter au moins {n} caractères ; utilisez plusieurs mots sans rapport entre eux.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="146"/>
        <source>Weak: add more words.</source>
        <translation>Faible : ajoutez des mots.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="148"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="153"/>
        <source>Ready. Keep this passphrase safe: without it your identity cannot be used and partners need a new card.</source>
        <translation>Prêt. Conservez bien cette phrase secrète : sans elle, votre identité est inutilisable et les partenaires auront besoin d’une nouvelle carte.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="142"/>
        <location filename="../src/casebench/ui/bundle_import.py" line="221"/>
        <source>Import a partner bundle</source>
        <translation>Importer le paquet d’un partenaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="146"/>
        <source>The bundle is checked completely before anything enters the case: encryption, signature against the sender's pinned key, every hash and the manifest. Then it is committed in one step, or not at all.</source>
        <translation>Le paquet est entièrement vérifié avant que quoi que ce soit n’entre dans l’affaire : chiffrement, signature par rapport à la clé épinglée de l’expéditeur, chaque empreinte de hachage et le manifeste. Il est ensuite intégré en une seule étape, ou pas du tout.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="155"/>
        <source>FILE.cbx</source>
        <translation>FICHIER.cbx</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="156"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="160"/>
        <source>Bundle:</source>
        <translation>Paquet :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="163"/>
        <source>only for passphrase mode: FILE.cbx.key.age</source>
        <translation>uniquement en mode phrase secrète : FICHIER.cbx.key.age</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="167"/>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="168"/>
        <source>Key file passphrase:</source>
        <translation>Phrase secrète du fichier de clé :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="170"/>
        <source>Verification steps:</source>
        <translation>Étapes de vérification :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="187"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="189"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="203"/>
        <source>Choose a bundle (.cbx)</source>
        <translation>Choisissez un paquet (.cbx)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="222"/>
        <source>Checking and importing the bundle…</source>
        <translation>Vérification et importation du paquet…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="265"/>
        <source>This bundle ({id}) was already imported; nothing changed.</source>
        <translation>Ce paquet ({id}) a déjà été importé ; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="267"/>
        <source>Imported bundle {id} from {sender}: {new} new entities, {known} already known, {stmts} new values, {retracted} retracted, {exhibits} exhibits, {files} files.</source>
        <translation>Paquet {id} de {sender} importé : {new} nouvelles entités, {known} déjà connues, {stmts} nouvelles valeurs, {retracted} retirées, {exhibits} scellés, {files} fichiers.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="273"/>
        <source>Merges proposed for your review (Bundles › Merge review): {n}; name candidates: {c}.</source>
        <translation>Fusions proposées à votre examen (Paquets › Examen des fusions) : {n} ; candidats par le nom : {c}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="286"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="288"/>
        <source>Signature: the sender's key is not pinned — refused</source>
        <translation>Signature : la clé de l’expéditeur n’est pas épinglée — refusé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="293"/>
        <source>Nothing was imported; the case is unchanged.</source>
        <translation>Rien n’a été importé ; l’affaire est inchangée.</translation>
    </message>
    <message>
        <source>Date: more than 48 hours in the future — refused</source>
        <translation>Date : plus de 48 heures dans le futur — refusé</translation>
    </message>
</context>
<context>
    <name>KeyGate</name>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="211"/>
        <source>Sending and receiving partner bundles needs your investigator identity, and this computer has none yet. Create it now; it takes a moment.</source>
        <translation>L’envoi et la réception de paquets de partenaires nécessitent votre identité d’enquêteur, et cet ordinateur n’en a pas encore. Créez-la maintenant ; cela ne prend qu’un instant.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="218"/>
        <location filename="../src/casebench/ui/identity_dialog.py" line="224"/>
        <source>Identity passphrase</source>
        <translation>Phrase secrète de l’identité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/identity_dialog.py" line="219"/>
        <source>Passphrase of your investigator identity (it also unlocks your partner directory):</source>
        <translation>Phrase secrète de votre identité d’enquêteur (elle déverrouille aussi votre annuaire de partenaires) :</translation>
    </message>
</context>
<context>
    <name>KeyWarning</name>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="79"/>
        <source>I compared this fingerprint with the sender by phone or in person, and it matches exactly.</source>
        <translation>J’ai comparé cette empreinte avec l’expéditeur par téléphone ou en personne, et elle correspond exactement.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="82"/>
        <source>Accept this key and import</source>
        <translation>Accepter cette clé et importer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="88"/>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="89"/>
        <source>In words:</source>
        <translation>En mots :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="102"/>
        <source>WARNING: the sender's key has CHANGED</source>
        <translation>ATTENTION : la clé de l’expéditeur a CHANGÉ</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="103"/>
        <source>Someone who claims to be a partner you already know signed this bundle with a different key. This can mean an impostor. Do not accept it unless the partner confirms the new fingerprint by phone or in person.</source>
        <translation>Quelqu’un qui se présente comme un partenaire que vous connaissez déjà a signé ce paquet avec une autre clé. Il peut s’agir d’un imposteur. Ne l’acceptez que si le partenaire confirme la nouvelle empreinte par téléphone ou en personne.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="107"/>
        <source>Unknown sender key</source>
        <translation>Clé d’expéditeur inconnue</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="108"/>
        <source>This bundle is signed by a key that is not in your partner directory. Compare the fingerprint below with the sender out of band before accepting it.</source>
        <translation>Ce paquet est signé par une clé absente de votre annuaire de partenaires. Comparez l’empreinte ci-dessous avec l’expéditeur par un autre canal avant de l’accepter.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_import.py" line="114"/>
        <source>(the bundle does not give the sender's card)</source>
        <translation>(le paquet ne contient pas la carte de l’expéditeur)</translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="319"/>
        <source>Legal basis and purpose</source>
        <translation>Base juridique et finalité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="320"/>
        <source>Recorded in the bundle, in the audit log (a disclosure) and in the custody of every exported exhibit.</source>
        <translation>Consigné dans le paquet, dans le journal d’audit (une communication) et dans la chaîne de garde de chaque scellé exporté.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="325"/>
        <source>Mutual legal assistance request</source>
        <translation>Demande d’entraide judiciaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="326"/>
        <source>Joint investigation team agreement</source>
        <translation>Accord d’équipe commune d’enquête</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="327"/>
        <source>Police co-operation channel</source>
        <translation>Canal de coopération policière</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="328"/>
        <source>European Investigation Order</source>
        <translation>Décision d’enquête européenne</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="329"/>
        <source>Other legal basis</source>
        <translation>Autre base juridique</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="334"/>
        <source>e.g. MLA request ES-2024-0117, JIT-ES-PT-2024-03</source>
        <translation>p. ex. demande d’entraide ES-2024-0117, ECE-ES-PT-2024-03</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="337"/>
        <source>e.g. joint analysis of the Atlantic route ahead of the operational meeting</source>
        <translation>p. ex. analyse commune de la route atlantique avant la réunion opérationnelle</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="343"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="350"/>
        <source>Legal basis:</source>
        <translation>Base juridique :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="351"/>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="352"/>
        <source>Purpose:</source>
        <translation>Finalité :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="353"/>
        <source>Write to:</source>
        <translation>Écrire dans :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="361"/>
        <source>Write the bundle to</source>
        <translation>Écrire le paquet dans</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="362"/>
        <source>casebench bundles (*.cbx)</source>
        <translation>Paquets casebench (*.cbx)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="374"/>
        <source>Give the reference of the request, agreement or channel.</source>
        <translation>Indiquez la référence de la demande, de l’accord ou du canal.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="376"/>
        <source>State the purpose of the disclosure.</source>
        <translation>Indiquez la finalité de la communication.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="379"/>
        <source>Choose where to write the bundle.</source>
        <translation>Choisissez où écrire le paquet.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="382"/>
        <source>{name} already exists; choose another file name.</source>
        <translation>{name} existe déjà ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="384"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="106"/>
        <source>Where to keep the case</source>
        <translation>Où conserver l’affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="107"/>
        <source>The case is a folder ending in .casebench; everything in it is encrypted. Keep it on an encrypted disk or stick.</source>
        <translation>L’affaire est un dossier se terminant par .casebench ; tout son contenu est chiffré. Conservez-le sur un disque ou une clé chiffrés.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="113"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="122"/>
        <source>Parent folder:</source>
        <translation>Dossier parent :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="123"/>
        <source>Case folder name:</source>
        <translation>Nom du dossier de l’affaire :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="124"/>
        <source>The case will be:</source>
        <translation>L’affaire sera :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="136"/>
        <source>Choose the parent folder</source>
        <translation>Choisissez le dossier parent</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="149"/>
        <source>Give the case folder a name.</source>
        <translation>Donnez un nom au dossier de l’affaire.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="151"/>
        <source>The parent folder does not exist.</source>
        <translation>Le dossier parent n’existe pas.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="154"/>
        <source>A folder with this name already exists and is not empty.</source>
        <translation>Un dossier de ce nom existe déjà et n’est pas vide.</translation>
    </message>
    <message>
        <source>The folder name can be read on this disk without the passphrase, so it is the file reference or a random name — never the case title, which stays inside the encrypted case.</source>
        <translation>Le nom du dossier est lisible sur ce disque sans la phrase secrète : c'est donc la référence du dossier ou un nom aléatoire, jamais le titre de l'affaire, qui reste dans l'affaire chiffrée.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="198"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="308"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="228"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="228"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="229"/>
        <source>Becomes ({schema})</source>
        <translation>Devient ({schema})</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Time of the date</source>
        <translation>Heure de la date</translation>
    </message>
    <message>
        <source>Says debit or credit</source>
        <translation>Dit débit ou crédit</translation>
    </message>
    <message>
        <source>Amount paid out (debit)</source>
        <translation>Montant sortant (débit)</translation>
    </message>
    <message>
        <source>Amount paid in (credit)</source>
        <translation>Montant entrant (crédit)</translation>
    </message>
    <message>
        <source>The rows as they will be imported show here once the problem above is solved.</source>
        <translation>Les lignes telles qu’elles seront importées s’affichent ici une fois le problème ci-dessus résolu.</translation>
    </message>
    <message>
        <source>Numbers without +code are read as numbers of {country}.</source>
        <translation>Les numéros sans +indicatif sont lus comme des numéros de {country}.</translation>
    </message>
    <message>
        <source>Numbers without +code are read as numbers of {country}, the case's country: if the file comes from another country's operator, say so in “Phones without +code are from”.</source>
        <translation>Les numéros sans +indicatif sont lus comme des numéros de {country}, le pays de l'affaire : si le fichier vient d'un opérateur d'un autre pays, indiquez-le dans « Téléphones sans +indicatif de ».</translation>
    </message>
    <message>
        <source>Statement of account: {problem}</source>
        <translation>Relevé du compte : {problem}</translation>
    </message>
    <message>
        <source>IBAN or account number</source>
        <translation>IBAN ou numéro de compte</translation>
    </message>
    <message>
        <source>The account whose statement this file is. Leave it empty when the file is not one account's statement.</source>
        <translation>Le compte dont ce fichier est le relevé. Laissez vide si le fichier n'est pas le relevé d'un seul compte.</translation>
    </message>
    <message>
        <source>Debit:</source>
        <translation>Débit :</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Crédit :</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>p. ex. EUR</translation>
    </message>
    <message>
        <source>amounts as written (no direction)</source>
        <translation>montants tels qu’écrits (sans entrée/sortie)</translation>
    </message>
    <message>
        <source>one amount column: negative is money out</source>
        <translation>une colonne de montant : négatif, l'argent sort</translation>
    </message>
    <message>
        <source>an amount and a D/C column</source>
        <translation>un montant et une colonne D/C</translation>
    </message>
    <message>
        <source>The column whose D, DR, Debe, Cargo, Pago, Débito, Retrait or Withdrawal (money out) or C, CR, Haber, Abono, Ingreso, Crédito, Versement or Deposit (money in) says which way each amount went.</source>
        <translation>La colonne dont le D, DR, Debe, Cargo, Pago, Débit, Retrait ou Withdrawal (argent qui sort) ou C, CR, Haber, Abono, Ingreso, Crédit, Versement ou Deposit (argent qui entre) dit dans quel sens est allé chaque montant.</translation>
    </message>
    <message>
        <source>D/C column:</source>
        <translation>Colonne D/C :</translation>
    </message>
    <message>
        <source>Choose the column that says debit or credit.</source>
        <translation>Choisissez la colonne qui dit débit ou crédit.</translation>
    </message>
    <message>
        <source>The column that says debit or credit is not a value: set it back to “not imported”.</source>
        <translation>La colonne qui dit débit ou crédit n’est pas une valeur : remettez-la sur « non importée ».</translation>
    </message>
    <message>
        <source>a debit and a credit column</source>
        <translation>une colonne de débit et une de crédit</translation>
    </message>
    <message>
        <source>Statement of account:</source>
        <translation>Relevé du compte :</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Money in and out:</source>
        <translation>Entrées et sorties :</translation>
    </message>
    <message>
        <source>The statement's own account is the payer: map the other party's columns to Beneficiary account, not to Payer account.</source>
        <translation>Le compte du relevé est le payeur : associez les colonnes de l'autre partie à Compte du bénéficiaire, pas à Compte du payeur.</translation>
    </message>
    <message>
        <source>Map the column with the amounts to Amount, or choose a debit and a credit column.</source>
        <translation>Associez la colonne des montants à Montant, ou choisissez une colonne de débit et une de crédit.</translation>
    </message>
    <message>
        <source>Choose both the debit column and the credit column.</source>
        <translation>Choisissez la colonne de débit et la colonne de crédit.</translation>
    </message>
    <message>
        <source>The debit and the credit column must be two different columns.</source>
        <translation>La colonne de débit et celle de crédit doivent être deux colonnes différentes.</translation>
    </message>
    <message>
        <source>The debit and credit columns give the amount: set the column mapped to Amount back to “not imported”.</source>
        <translation>Les colonnes de débit et de crédit donnent le montant : remettez la colonne associée à Montant sur « non importée ».</translation>
    </message>
    <message>
        <source>Some amounts are negative: if this file is one account's statement, give its account below and the sign will say which way the money went.</source>
        <translation>Des montants sont négatifs : si ce fichier est le relevé d'un compte, indiquez ce compte ci-dessous et le signe dira dans quel sens l'argent est allé.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisissez une colonne)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="335"/>
        <source>Map the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="336"/>
        <source>Say what each row becomes and where each column goes, or pick a saved specification (one per operator or bank).</source>
        <translation>Indiquez ce que devient chaque ligne et où va chaque colonne, ou choisissez une spécification enregistrée (une par opérateur ou banque).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="343"/>
        <source>Save as specification…</source>
        <translation>Enregistrer comme spécification…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="352"/>
        <source>e.g. dd/mm/yyyy hh:mm:ss</source>
        <translation>p. ex. dd/mm/yyyy hh:mm:ss</translation>
    </message>
    <message>
        <source>Empty: 2024-03-11 or 11/03/2024</source>
        <translation>Vide : 2024-03-11 ou 11/03/2024</translation>
    </message>
    <message>
        <source>How the file writes its dates, as dd/mm/yyyy hh:mm:ss or %d/%m/%Y %H:%M; several formats separated by ;. Times such as 7:15 PM or 19h15 are read too.</source>
        <translation>Comment le fichier écrit ses dates, comme dd/mm/yyyy hh:mm:ss ou %d/%m/%Y %H:%M ; plusieurs formats séparés par ;. Les heures comme 7:15 PM ou 19h15 sont lues aussi.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="355"/>
        <source>e.g. Europe/Madrid or +01:00</source>
        <translation>p. ex. Europe/Paris ou +01:00</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="359"/>
        <source>the case's</source>
        <translation>celui de l’affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="362"/>
        <source>read each amount (1.5; refuses 1.500)</source>
        <translation>lire chaque montant (1.5 ; refuse 1.500)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="363"/>
        <source>1.234,56 — decimal comma (es, pt, fr, de)</source>
        <translation>1.234,56 — virgule décimale (es, pt, fr, de)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="364"/>
        <source>1,234.56 — decimal point (en)</source>
        <translation>1,234.56 — point décimal (en)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="368"/>
        <source>Specification:</source>
        <translation>Spécification :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="370"/>
        <source>Each row becomes:</source>
        <translation>Chaque ligne devient :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="372"/>
        <source>Date format:</source>
        <translation>Format de date :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="374"/>
        <source>Time zone of the source:</source>
        <translation>Fuseau horaire de la source :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="376"/>
        <source>Phones without +code are from:</source>
        <translation>Téléphones sans +indicatif de :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="378"/>
        <source>Amounts are written:</source>
        <translation>Montants écrits :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="435"/>
        <source>New mapping</source>
        <translation>Nouvelle association</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="517"/>
        <source>Changed from “{spec}”: save it as a specification to reuse the new mapping.</source>
        <translation>Modifiée à partir de « {spec} » : enregistrez-la comme spécification pour réutiliser la nouvelle association.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="520"/>
        <source>Saved specification “{spec}”.</source>
        <translation>Spécification enregistrée « {spec} ».</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="523"/>
        <source>Click a cell under “Becomes” to choose where the column goes.</source>
        <translation>Cliquez sur une cellule sous « Devient » pour choisir où va la colonne.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="538"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="552"/>
        <source>No column is mapped yet.</source>
        <translation>Aucune colonne n’est encore associée.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="540"/>
        <source>Checking the first rows…</source>
        <translation>Vérification des premières lignes…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="562"/>
        <source>First {rows} rows checked: {bad} with a problem (tinted; point at a cell to read why).</source>
        <translation>{rows} premières lignes vérifiées : {bad} avec un problème (teintées ; survolez une cellule pour en lire la raison).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="580"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="586"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="590"/>
        <source>Save as specification</source>
        <translation>Enregistrer comme spécification</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="581"/>
        <source>Name (e.g. the operator or bank, so the next file from them uses it):</source>
        <translation>Nom (p. ex. l’opérateur ou la banque, pour que leur prochain fichier l’utilise) :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="587"/>
        <source>A specification named “{spec}” exists. Replace it?</source>
        <translation>Une spécification nommée « {spec} » existe. La remplacer ?</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>In the date column</source>
        <translation>Dans la colonne de la date</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>The time of the date is in:</source>
        <translation>L’heure de la date est dans :</translation>
    </message>
    <message>
        <source>As it will be imported</source>
        <translation>Tel qu’il sera importé</translation>
    </message>
    <message>
        <source>The file's cells</source>
        <translation>Les cellules du fichier</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>This entity</source>
        <translation>Cette entité</translation>
    </message>
    <message>
        <source>The other entity</source>
        <translation>L'autre entité</translation>
    </message>
    <message>
        <source>That is this entity itself: choose the other one.</source>
        <translation>C'est cette entité elle-même : choisissez l'autre.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="38"/>
        <source>Merge entities</source>
        <translation>Fusionner des entités</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="41"/>
        <source>Merging keeps every value with its source; it can be undone with Unmerge. Names alone are not proof that two people are the same.</source>
        <translation>La fusion conserve chaque valeur avec sa source ; elle peut être annulée avec Défusionner. Un nom seul ne prouve pas que deux personnes sont la même.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="48"/>
        <source>Merge with:</source>
        <translation>Fusionner avec :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="51"/>
        <source>e.g. same passport number ES-X1234567</source>
        <translation>p. ex. même numéro de passeport ES-X1234567</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="52"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="71"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="91"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="98"/>
        <source>Both have this value</source>
        <translation>Les deux ont cette valeur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge.py" line="104"/>
        <location filename="../src/casebench/ui/merge.py" line="105"/>
        <source>Keep “{name}” as the main entity</source>
        <translation>Garder « {name} » comme entité principale</translation>
    </message>
</context>
<context>
    <name>MergeReviewView</name>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="222"/>
        <source>Merge review — proposals from imported bundles and tables</source>
        <translation>Examen des fusions — propositions issues des paquets et tableaux importés</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="223"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="224"/>
        <source>All decisions</source>
        <translation>Toutes les décisions</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="225"/>
        <source>Note for the audit log (optional), e.g. same IMO confirmed with the port authority</source>
        <translation>Note pour le journal d’audit (facultative), p. ex. même numéro OMI confirmé avec l’autorité portuaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="227"/>
        <source>Accept merge</source>
        <translation>Accepter la fusion</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="228"/>
        <source>Fold the imported entity into the one in this case; every value keeps its source; reversible with Undo</source>
        <translation>Intégrer l’entité importée dans celle de cette affaire ; chaque valeur garde sa source ; réversible avec Annuler la décision</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="230"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="231"/>
        <source>They are different: keep both</source>
        <translation>Elles sont différentes : garder les deux</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="232"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="233"/>
        <source>Leave it pending and go to the next proposal</source>
        <translation>La laisser en attente et passer à la proposition suivante</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="234"/>
        <source>Undo</source>
        <translation>Annuler la décision</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="235"/>
        <source>Revert the decision (an accepted merge is split again)</source>
        <translation>Revenir sur la décision (une fusion acceptée est de nouveau séparée)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="294"/>
        <location filename="../src/casebench/ui/merge_review.py" line="297"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="297"/>
        <source>In this case: {name}</source>
        <translation>Dans cette affaire : {name}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="298"/>
        <source>Imported: {name}</source>
        <translation>Importée : {name}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="307"/>
        <source>Both have this value</source>
        <translation>Les deux ont cette valeur</translation>
    </message>
    <message>
        <source>Later merges build on proposal {id}: {names}. Undoing it splits them too, newest first, and every proposal goes back to pending review. Undo them all?</source>
        <translation>Des fusions ultérieures reposent sur la proposition {id} : {names}. L'annuler les sépare aussi, de la plus récente à la plus ancienne, et chaque proposition revient en attente d'examen. Tout annuler ?</translation>
    </message>
    <message>
        <source>Undo merges built on this one</source>
        <translation>Annuler les fusions qui reposent sur celle-ci</translation>
    </message>
    <message>
        <source>merge {n} (made by hand)</source>
        <translation>fusion {n} (faite à la main)</translation>
    </message>
    <message>
        <source>proposal {n}</source>
        <translation>proposition {n}</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="220"/>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="170"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="171"/>
        <source>The passphrase unlocks the case. It is never stored; if it is lost, only a recovery key slot can open the case.</source>
        <translation>La phrase secrète déverrouille l’affaire. Elle n’est jamais enregistrée ; si elle est perdue, seul un emplacement de clé de secours peut ouvrir l’affaire.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="183"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="184"/>
        <source>Again:</source>
        <translation>Confirmer :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="185"/>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="194"/>
        <source>Use several unrelated words; at least {n} characters.</source>
        <translation>Utilisez plusieurs mots sans rapport ; au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="197"/>
        <source>Too short: at least {n} characters.</source>
        <translation>Trop courte : au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="199"/>
        <source>Weak: add more words.</source>
        <translation>Faible : ajoutez des mots.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="201"/>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Correcte : un ou deux mots de plus la rendraient robuste.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="203"/>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/wizard.py" line="205"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases diffèrent.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="103"/>
        <source>Row {row}: {reason}</source>
        <translation>Ligne {row} : {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="245"/>
        <source>The first rows</source>
        <translation>Les premières lignes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="246"/>
        <source>Check that the letters and the columns look right. Cells with a problem are tinted; point at one to read why.</source>
        <translation>Vérifiez que les lettres et les colonnes sont correctes. Les cellules posant problème sont teintées ; survolez-en une pour en lire la raison.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="259"/>
        <source>Reading the first rows…</source>
        <translation>Lecture des premières lignes…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="274"/>
        <source>{rows} rows shown, {columns} columns.</source>
        <translation>{rows} lignes affichées, {columns} colonnes.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="277"/>
        <source>Checked against the saved specification “{spec}”, whose columns are all in this file: {cells} cells have a problem.</source>
        <translation>Vérifié avec la spécification enregistrée « {spec} », dont toutes les colonnes sont dans ce fichier : {cells} cellules posent problème.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="281"/>
        <source>No saved specification fits these columns; map them on the next page.</source>
        <translation>Aucune spécification enregistrée ne correspond à ces colonnes ; associez-les à la page suivante.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="283"/>
        <source>Map the columns on the next page.</source>
        <translation>Associez les colonnes à la page suivante.</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="266"/>
        <source>(whole row)</source>
        <translation>(ligne entière)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="280"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="280"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_models.py" line="280"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>PropertyRow</name>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="269"/>
        <source>Add another value</source>
        <translation>Ajouter une autre valeur</translation>
    </message>
    <message>
        <source>Remove this value</source>
        <translation>Retirer cette valeur</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="222"/>
        <source>Who receives it</source>
        <translation>Qui le reçoit</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="223"/>
        <source>Partners come from your directory (keys pinned after comparing fingerprints). For a recipient without casebench keys use passphrase mode: a key file protected by a passphrase you send by another channel.</source>
        <translation>Les partenaires viennent de votre annuaire (clés épinglées après comparaison des empreintes). Pour un destinataire sans clés casebench, utilisez le mode phrase secrète : un fichier de clé protégé par une phrase secrète que vous envoyez par un autre canal.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="228"/>
        <source>Partners from my directory</source>
        <translation>Partenaires de mon annuaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="230"/>
        <source>Passphrase mode (one recipient without keys)</source>
        <translation>Mode phrase secrète (un destinataire sans clés)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="237"/>
        <source>fingerprint {fp}</source>
        <translation>empreinte {fp}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="240"/>
        <source>Your partner directory is empty. Add partners from their contact cards (Bundles › Add partner…), or use passphrase mode.</source>
        <translation>Votre annuaire de partenaires est vide. Ajoutez des partenaires à partir de leurs cartes de contact (Paquets › Ajouter un partenaire…) ou utilisez le mode phrase secrète.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="260"/>
        <source>Recipient name:</source>
        <translation>Nom du destinataire :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="261"/>
        <source>Agency:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="262"/>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="263"/>
        <source>Key file passphrase:</source>
        <translation>Phrase secrète du fichier de clé :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="264"/>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="293"/>
        <source>Tick at least one partner.</source>
        <translation>Cochez au moins un partenaire.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="295"/>
        <source>Name the recipient.</source>
        <translation>Indiquez le destinataire.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="297"/>
        <source>The key file passphrase needs at least {n} characters.</source>
        <translation>La phrase secrète du fichier de clé doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="299"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="724"/>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="768"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="739"/>
        <source>Rows imported:</source>
        <translation>Lignes importées :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="740"/>
        <source>Rows rejected:</source>
        <translation>Lignes rejetées :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="741"/>
        <source>New entities (values):</source>
        <translation>Nouvelles entités (valeurs) :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="742"/>
        <source>Evidence exhibit:</source>
        <translation>Pièce à conviction :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="755"/>
        <source>The file is kept in the case as evidence; every imported value points at its row.</source>
        <translation>Le fichier est conservé dans l’affaire comme pièce ; chaque valeur importée renvoie à sa ligne.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="757"/>
        <source>The case is as it was.</source>
        <translation>L’affaire est telle qu’elle était.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="759"/>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="760"/>
        <source>{name} was already imported with this specification; nothing was added.</source>
        <translation>{name} a déjà été importé avec cette spécification ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="763"/>
        <source>Nothing imported</source>
        <translation>Rien importé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="764"/>
        <source>Strict mode: {bad} of {rows} rows have a problem, so nothing was imported and the file was not taken in.</source>
        <translation>Mode strict : {bad} lignes sur {rows} posent problème, donc rien n’a été importé et le fichier n’a pas été pris en charge.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="769"/>
        <source>{name} was imported.</source>
        <translation>{name} a été importé.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>{new} new, {present} already present</source>
        <translation>{new} nouvelles, {present} déjà présentes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="None"/>
        <source>Total and footer rows skipped:</source>
        <translation>Lignes de totaux et de pied ignorées :</translation>
    </message>
    <message>
        <source>{name} was imported: the interrupted import went on after row {row}.</source>
        <translation>{name} a été importé : l’importation interrompue a repris après la ligne {row}.</translation>
    </message>
    <message>
        <source>Found by name:</source>
        <translation>Trouvés par leur nom :</translation>
    </message>
    <message>
        <source>{matched} linked to the entity of the case bearing the name</source>
        <translation>{matched} reliés à l’entité du dossier qui porte ce nom</translation>
    </message>
    <message>
        <source>{proposed} merge proposals to review (Bundles › Merge review)</source>
        <translation>{proposed} propositions de fusion à examiner (Paquets › Examen des fusions)</translation>
    </message>
    <message>
        <source>names borne by several entities, not linked: {count}</source>
        <translation>noms portés par plusieurs entités, non liés : {count}</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="101"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="101"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="102"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="120"/>
        <source>{caption}
imported in bundle {bundle}
{id}</source>
        <translation>{caption}
importée dans le paquet {bundle}
{id}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="125"/>
        <source>decided {at} by {who}</source>
        <translation>décidée le {at} par {who}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="140"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="140"/>
        <source>Imported entity</source>
        <translation>Entité importée</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="140"/>
        <source>Entity in this case</source>
        <translation>Entité de cette affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/merge_review.py" line="141"/>
        <source>Why it is proposed</source>
        <translation>Motif de la proposition</translation>
    </message>
    <message>
        <source>{caption}
imported from a table (import {run})
{id}</source>
        <translation>{caption}
importée d’un tableau (importation {run})
{id}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="402"/>
        <source>Check before sending</source>
        <translation>Vérifier avant l’envoi</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="403"/>
        <source>Handling rules were applied per recipient. Nothing has been written yet.</source>
        <translation>Les règles de traitement ont été appliquées pour chaque destinataire. Rien n’a encore été écrit.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="406"/>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="431"/>
        <source>Working out what may go…</source>
        <translation>Calcul de ce qui peut partir…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="442"/>
        <source>To go: {e} entities, {s} values, {x} exhibits ({f} files), {r} retractions. Highest TLP in the bundle: {tlp}.</source>
        <translation>À envoyer : {e} entités, {s} valeurs, {x} scellés ({f} fichiers), {r} retraits. TLP le plus élevé du paquet : {tlp}.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="447"/>
        <source>Nothing can go: everything selected is withheld or the selection is empty.</source>
        <translation>Rien ne peut partir : tout ce qui est sélectionné est retenu ou la sélection est vide.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="453"/>
        <source>&lt;b&gt;Withheld ({n})&lt;/b&gt; — these stay in the case; the reasons come from their handling:</source>
        <translation>&lt;b&gt;Retenu ({n})&lt;/b&gt; — reste dans l’affaire ; les motifs découlent de leur traitement :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="457"/>
        <source>Nothing is withheld.</source>
        <translation>Rien n’est retenu.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="127"/>
        <source>Search the case (Ctrl+F)</source>
        <translation>Rechercher dans l’affaire (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="40"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="40"/>
        <source>Matched in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="40"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="50"/>
        <source>Type in the search box to search every value in the case.</source>
        <translation>Saisissez du texte dans la zone de recherche pour chercher dans toutes les valeurs de l’affaire.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/search_view.py" line="52"/>
        <source>Nothing found for “{q}”.</source>
        <translation>Rien trouvé pour « {q} ».</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Show the next {n} results</source>
        <translation>Afficher les {n} résultats suivants</translation>
    </message>
    <message>
        <source>{shown} of more than {total} results for “{q}”</source>
        <translation>{shown} sur plus de {total} résultats pour « {q} »</translation>
    </message>
    <message>
        <source>{shown} of {total} results for “{q}”</source>
        <translation>{shown} sur {total} résultats pour « {q} »</translation>
    </message>
    <message>
        <source>One result for “{q}”</source>
        <translation>Un résultat pour « {q} »</translation>
    </message>
    <message>
        <source>All {total} results for “{q}”</source>
        <translation>Les {total} résultats pour « {q} »</translation>
    </message>
    <message>
        <source>grouped by kind. Press Enter or double-click to open.</source>
        <translation>groupés par type. Appuyez sur Entrée ou double-cliquez pour ouvrir.</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="144"/>
        <source>What to send</source>
        <translation>Quoi envoyer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="145"/>
        <source>Tick entities and exhibits, or choose by date range or tag. Whatever a chosen value points at goes too.</source>
        <translation>Cochez des entités et des scellés, ou choisissez par période ou par étiquette. Ce vers quoi pointe une valeur choisie part aussi.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="153"/>
        <source>Find entities by name…</source>
        <translation>Chercher des entités par nom…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="161"/>
        <source>Also send their links to other entities (neighbours)</source>
        <translation>Envoyer aussi leurs liens vers d’autres entités (voisines)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="164"/>
        <source>Entities:</source>
        <translation>Entités :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="169"/>
        <source>Exhibits (with their files and custody):</source>
        <translation>Scellés (avec leurs fichiers et leur chaîne de garde) :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="171"/>
        <source>Everything tagged:</source>
        <translation>Tout ce qui porte l’étiquette :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="176"/>
        <source>from, e.g. 2024-03</source>
        <translation>du, p. ex. 2024-03</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="179"/>
        <source>to, e.g. 2024-06-30</source>
        <translation>au, p. ex. 2024-06-30</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="182"/>
        <source>Dated items in this range:</source>
        <translation>Éléments datés dans cette période :</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="46"/>
        <source>Source, grading and handling of the new values</source>
        <translation>Source, cotation et traitement des nouvelles valeurs</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="50"/>
        <source>Not graded</source>
        <translation>Non coté</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="54"/>
        <source>e.g. B2</source>
        <translation>p. ex. B2</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="59"/>
        <source>exhibit reference, if any</source>
        <translation>référence du scellé, le cas échéant</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="61"/>
        <source>page, message id, row …</source>
        <translation>page, id de message, ligne …</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="64"/>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="65"/>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="66"/>
        <source>Convicted</source>
        <translation>Condamné</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="67"/>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="68"/>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="69"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="71"/>
        <source>Grade:</source>
        <translation>Cotation :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="72"/>
        <source>Source exhibit:</source>
        <translation>Scellé source :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="73"/>
        <source>Locator:</source>
        <translation>Localisation :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="74"/>
        <source>TLP:</source>
        <translation>TLP :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/editor.py" line="75"/>
        <source>Data subject:</source>
        <translation>Personne concernée :</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="60"/>
        <source>exhibit {ref}</source>
        <translation>scellé {ref}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="64"/>
        <source>from workbench {id}</source>
        <translation>du poste {id}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="73"/>
        <source>no judicial use</source>
        <translation>pas d’usage judiciaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="100"/>
        <source>Retracted: {reason}</source>
        <translation>Retiré : {reason}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="117"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="117"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="117"/>
        <source>As recorded</source>
        <translation>Tel que saisi</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="117"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="118"/>
        <source>Grade</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="118"/>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/statement_model.py" line="118"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>{name}
Double-click or Enter opens it; Alt+Left comes back.
{id}</source>
        <translation>{name}
Double-clic ou Entrée l'ouvre ; Alt+Gauche revient.
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
        <translation>Importer un tableau</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="812"/>
        <source>Taking the file in as evidence and importing the rows…</source>
        <translation>Prise en charge du fichier comme pièce et import des lignes…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="813"/>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="833"/>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/table_import_wizard.py" line="834"/>
        <source>The import was cancelled: no rows were added to the case.</source>
        <translation>L’import a été annulé : aucune ligne n’a été ajoutée à l’affaire.</translation>
    </message>
    <message>
        <source>Roll back an import</source>
        <translation>Annuler une importation</translation>
    </message>
    <message>
        <source>Delete every row the import of {file} brought into the case? The file stays in the case as evidence.</source>
        <translation>Supprimer toutes les lignes que l’importation de {file} a apportées à l’affaire ? Le fichier reste dans l’affaire comme pièce.</translation>
    </message>
    <message>
        <source>Deleting the rows the import brought in…</source>
        <translation>Suppression des lignes apportées par l’importation…</translation>
    </message>
    <message>
        <source>The import of {file} was rolled back: {count} records deleted.</source>
        <translation>L’importation de {file} a été annulée : {count} enregistrements supprimés.</translation>
    </message>
    <message>
        <source>The rollback stopped; roll back again to delete the rest.</source>
        <translation>L’annulation s’est arrêtée ; annulez de nouveau pour supprimer le reste.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../src/casebench/ui/progress.py" line="31"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/progress.py" line="53"/>
        <source>Cancelling… the case is being put back as it was.</source>
        <translation>Annulation… l’affaire est remise dans son état antérieur.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/progress.py" line="54"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="76"/>
        <source>Lanes by kind</source>
        <translation>Couloirs par type</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="77"/>
        <source>Lanes by entity</source>
        <translation>Couloirs par entité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="80"/>
        <source>Country (ISO)</source>
        <translation>Pays (ISO)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="82"/>
        <source>From (e.g. 2024-03)</source>
        <translation>Du (p. ex. 2024-03)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="83"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="84"/>
        <source>Show period</source>
        <translation>Afficher la période</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="87"/>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="88"/>
        <source>Latest</source>
        <translation>Plus récent</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="89"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="99"/>
        <source>Show all entities</source>
        <translation>Afficher toutes les entités</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="117"/>
        <source>Undated — drag or use the arrows to set their order</source>
        <translation>Non datés — faites-les glisser ou utilisez les flèches pour fixer leur ordre</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="121"/>
        <source>Show undated items</source>
        <translation>Afficher les éléments non datés</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="173"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="174"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="187"/>
        <source>Nothing in the case is dated yet.</source>
        <translation>Rien n’est encore daté dans l’affaire.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="248"/>
        <source>More items than can be drawn here: bars show how many. Zoom in to see each one.</source>
        <translation>Plus d’éléments qu’il n’est possible d’en dessiner ici : les barres indiquent combien. Zoomez pour les voir un par un.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="260"/>
        <source>{0} dated items in view</source>
        <translation>{0} éléments datés visibles</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="261"/>
        <source>Too many items to draw one by one</source>
        <translation>Trop d’éléments pour les dessiner un par un</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/timeline_view.py" line="284"/>
        <source>Only items of {0}</source>
        <translation>Seulement les éléments de {0}</translation>
    </message>
    <message>
        <source>Lanes for the selection</source>
        <translation>Couloirs de la sélection</translation>
    </message>
    <message>
        <source>Select people, companies or accounts on the chart or in the list: each gets a lane here with the items that concern it.</source>
        <translation>Sélectionnez des personnes, des sociétés ou des comptes sur le graphe ou dans la liste : chacun aura ici un couloir avec les éléments qui le concernent.</translation>
    </message>
    <message>
        <source>Theme lines: one lane for each entity selected on the chart or in the list, with the items that concern it</source>
        <translation>Lignes thématiques : un couloir par entité sélectionnée sur le graphe ou dans la liste, avec les éléments qui la concernent</translation>
    </message>
    <message>
        <source>{0} selected without a lane (not an entity of the case, or too many)</source>
        <translation>{0} sélectionnés sans couloir (pas une entité du dossier, ou trop nombreux)</translation>
    </message>
    <message>
        <source>Reading the timeline…</source>
        <translation>Lecture de la chronologie…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="70"/>
        <source>Unlock case</source>
        <translation>Déverrouiller l’affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="72"/>
        <source>Enter the passphrase for the case &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Saisissez la phrase secrète de l’affaire &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="76"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="77"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="78"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/unlock.py" line="90"/>
        <source>Type the passphrase first.</source>
        <translation>Saisissez d’abord la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="33"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="33"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="34"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="34"/>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="35"/>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="35"/>
        <source>second</source>
        <translation>seconde</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="60"/>
        <source>e.g. 1980, 1980-05, 1980-05-17, ~1980</source>
        <translation>p. ex. 1980, 1980-05, 1980-05-17, ~1980</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="62"/>
        <source>e.g. +34 600 123 456</source>
        <translation>p. ex. +33 6 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/fields.py" line="95"/>
        <source>→ {value} ({precision} precision)</source>
        <translation>→ {value} (précision : {precision})</translation>
    </message>
    <message>
        <source>Kept as written, not normalised: it is a valid number in more than one reading ({options}). Write it with + and the country code to choose one.</source>
        <translation>Conservé tel qu'écrit, sans normalisation : c'est un numéro valide selon plusieurs lectures ({options}). Écrivez-le avec + et l'indicatif du pays pour en choisir une.</translation>
    </message>
    <message>
        <source>Kept as written, not normalised: the (0) after the country code may be part of the number in that country ({options}). Write it with + and the country code, without the brackets.</source>
        <translation>Conservé tel qu’écrit, sans normalisation : le (0) après l’indicatif du pays peut faire partie du numéro dans ce pays ({options}). Écrivez-le avec + et l’indicatif du pays, sans les parenthèses.</translation>
    </message>
    <message>
        <source>Kept as written: a short code, not a full number.</source>
        <translation>Conservé tel qu'écrit : un numéro court, pas un numéro complet.</translation>
    </message>
    <message>
        <source>Kept as written: a withheld or unknown number.</source>
        <translation>Conservé tel qu'écrit : un numéro masqué ou inconnu.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="96"/>
        <source>casebench keeps the facts, evidence and chain of custody of a cross-border investigation in an encrypted case folder on this computer, and never connects to a network. Every value keeps its source, grade and handling code, so you can always show where it came from and who may see it. You share with partners through signed, encrypted bundles and print briefing packs for forum meetings.</source>
        <translation>casebench conserve les faits, les preuves et la chaîne de garde d’une enquête transfrontalière dans un dossier d’affaire chiffré sur cet ordinateur, et ne se connecte jamais à un réseau. Chaque valeur garde sa source, sa cotation et son code de traitement : vous pouvez toujours montrer d’où elle vient et qui peut la voir. Vous partagez avec vos partenaires au moyen de paquets signés et chiffrés et imprimez des dossiers de réunion pour les forums.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="101"/>
        <source>Open the demo case</source>
        <translation>Ouvrir l’affaire de démonstration</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="102"/>
        <source>The demo case “Operation Mar Azul” is entirely fictional; it is built on first use and opens with the passphrase &lt;b&gt;demo&lt;/b&gt;.</source>
        <translation>L’affaire de démonstration « Opération Mar Azul » est entièrement fictive ; elle est créée à la première utilisation et s’ouvre avec la phrase secrète &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="106"/>
        <source>To exchange bundles with partners you need an investigator identity: your own keys, shared by all your cases. It is created on first use, or now.</source>
        <translation>Pour échanger des paquets avec des partenaires, il vous faut une identité d’enquêteur : vos propres clés, communes à toutes vos affaires. Elle est créée à la première utilisation, ou maintenant.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="108"/>
        <source>Create my identity…</source>
        <translation>Créer mon identité…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="109"/>
        <source>New case…</source>
        <translation>Nouvelle affaire…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="110"/>
        <source>Open case…</source>
        <translation>Ouvrir une affaire…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="111"/>
        <source>Recent cases</source>
        <translation>Affaires récentes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="112"/>
        <source>No recent cases yet. Create a new case or open an existing .casebench folder.</source>
        <translation>Aucune affaire récente. Créez une nouvelle affaire ou ouvrez un dossier .casebench existant.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/welcome.py" line="129"/>
        <source>This case folder is not reachable (removed or on a disconnected drive).</source>
        <translation>Ce dossier d’affaire est inaccessible (supprimé ou sur un lecteur déconnecté).</translation>
    </message>
</context>
<context>
    <name>WithheldModel</name>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="108"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="108"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="109"/>
        <source>Exhibit</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="122"/>
        <source>every recipient</source>
        <translation>tous les destinataires</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="136"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="136"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="136"/>
        <source>Withheld from</source>
        <translation>Retenu pour</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/bundle_wizard.py" line="136"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Charts not saved</source>
        <translation>Graphiques non enregistrés</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) have changes that are not saved: {names}. Close the case and lose them? (No keeps them: save them on the Link chart page.)</source>
        <translation>
            <numerusform>%n graphique a des modifications non enregistrées : {names}. Fermer l'affaire et les perdre ? (Non les conserve : enregistrez-les sur la page Graphe de liens.)</numerusform>
            <numerusform>%n graphiques ont des modifications non enregistrées : {names}. Fermer l'affaire et les perdre ? (Non les conserve : enregistrez-les sur la page Graphe de liens.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) with changes not saved were closed when the case locked.</source>
        <translation>
            <numerusform>%n graphique avec des modifications non enregistrées a été fermé au verrouillage de l'affaire.</numerusform>
            <numerusform>%n graphiques avec des modifications non enregistrées ont été fermés au verrouillage de l'affaire.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="163"/>
        <source>&amp;Case</source>
        <translation>&amp;Affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="164"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="165"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Ouvrir une affaire…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="166"/>
        <source>&amp;Close case</source>
        <translation>&amp;Fermer l’affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="167"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="168"/>
        <source>&amp;Verify case</source>
        <translation>Vé&amp;rifier l’affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="169"/>
        <source>&amp;Import table…</source>
        <translation>&amp;Importer un tableau…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="170"/>
        <source>Import call records, a bank statement or another spreadsheet (CSV or Excel)</source>
        <translation>Importer des relevés d’appels, un relevé bancaire ou un autre tableur (CSV ou Excel)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="173"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="174"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="175"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="178"/>
        <source>&amp;Auto-lock…</source>
        <translation>Verrouillage &amp;automatique…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="179"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="180"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="181"/>
        <source>Open the &amp;demo case</source>
        <translation>Ouvrir l’affaire de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="182"/>
        <source>Create my &amp;identity…</source>
        <translation>Créer mon &amp;identité…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="183"/>
        <source>&amp;About casebench</source>
        <translation>&amp;À propos de casebench</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="184"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="185"/>
        <source>Close the case now; unlocking needs the passphrase (Ctrl+L)</source>
        <translation>Ferme l’affaire maintenant ; la déverrouiller demande la phrase secrète (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="186"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="199"/>
        <source>Case: {title}{ref} · user {user}</source>
        <translation>Affaire : {title}{ref} · utilisateur {user}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="204"/>
        <source>Case locked: {name}</source>
        <translation>Affaire verrouillée : {name}</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="207"/>
        <source>No case open</source>
        <translation>Aucune affaire ouverte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="239"/>
        <source>Creating the case…</source>
        <translation>Création de l’affaire…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="249"/>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="252"/>
        <source>Open a case folder (.casebench)</source>
        <translation>Ouvrir un dossier d’affaire (.casebench)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="263"/>
        <source>Open case</source>
        <translation>Ouvrir une affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="264"/>
        <source>{path} is not a casebench case folder (it has no case.json).</source>
        <translation>{path} n’est pas un dossier d’affaire casebench (il n’a pas de case.json).</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="314"/>
        <source>Close case</source>
        <translation>Fermer l’affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="314"/>
        <source>Close the open case first?</source>
        <translation>Fermer d’abord l’affaire ouverte ?</translation>
    </message>
    <message numerus="yes">
        <source>The case was locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>L’affaire a été verrouillée après %n minute sans activité.</numerusform>
            <numerusform>L’affaire a été verrouillée après %n minutes sans activité.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="352"/>
        <source>The case is locked.</source>
        <translation>L’affaire est verrouillée.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="355"/>
        <location filename="../src/casebench/ui/workbench.py" line="365"/>
        <source>Auto-lock</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="356"/>
        <source>Lock the case after this many minutes without activity:</source>
        <translation>Verrouiller l’affaire après ce nombre de minutes sans activité :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="365"/>
        <source>Give a number of minutes greater than 0.</source>
        <translation>Indiquez un nombre de minutes supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="393"/>
        <location filename="../src/casebench/ui/workbench.py" line="396"/>
        <location filename="../src/casebench/ui/workbench.py" line="422"/>
        <location filename="../src/casebench/ui/workbench.py" line="425"/>
        <source>Verify case</source>
        <translation>Vérifier l’affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="394"/>
        <source>Checking the database, the audit chain and the evidence…</source>
        <translation>Contrôle de la base de données, de la chaîne d’audit et des preuves…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="423"/>
        <source>The case is intact.</source>
        <translation>L’affaire est intacte.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="423"/>
        <location filename="../src/casebench/ui/workbench.py" line="426"/>
        <source>Checked:</source>
        <translation>Contrôlé :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="425"/>
        <source>Problems were found:</source>
        <translation>Des problèmes ont été trouvés :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="441"/>
        <location filename="../src/casebench/ui/workbench.py" line="467"/>
        <source>Demo case</source>
        <translation>Affaire de démonstration</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="442"/>
        <source>Building the demo case “Operation Mar Azul”…</source>
        <translation>Création de l’affaire de démonstration « Opération Mar Azul »…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="453"/>
        <source>Opening the demo case…</source>
        <translation>Ouverture de l’affaire de démonstration…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="471"/>
        <location filename="../src/casebench/ui/workbench.py" line="484"/>
        <source>Your investigator identity</source>
        <translation>Votre identité d’enquêteur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="472"/>
        <source>This computer already has your investigator identity. Its contact card is under Bundles › My contact card in an open case.</source>
        <translation>Cet ordinateur possède déjà votre identité d’enquêteur. Sa carte de contact se trouve sous Paquets › Ma carte de contact, dans une affaire ouverte.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="485"/>
        <source>Your identity was created.

Fingerprint: {hex}
In words: {words}

Give partners your contact card (Bundles › My contact card) and read them this fingerprint.</source>
        <translation>Votre identité a été créée.

Empreinte : {hex}
En mots : {words}

Remettez à vos partenaires votre carte de contact (Paquets › Ma carte de contact) et lisez-leur cette empreinte.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="500"/>
        <source>About casebench</source>
        <translation>À propos de casebench</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="501"/>
        <source>Offline workbench for cross-border investigations.</source>
        <translation>Poste de travail hors ligne pour les enquêtes transfrontalières.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and quit? What it has not finished is put back as it was.</source>
        <translation>Un travail est encore en cours. L'arrêter et quitter ? Ce qui n'est pas terminé est remis en l'état.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/workbench.py" line="175"/>
        <source>&amp;Print briefing pack…</source>
        <translation>&amp;Imprimer le dossier de réunion…</translation>
    </message>
    <message>
        <source>Opening the case</source>
        <translation>Ouverture de l’affaire</translation>
    </message>
    <message>
        <source>Opening the case did the following; the audit log keeps a record.</source>
        <translation>L’ouverture de l’affaire a fait ce qui suit ; le journal d’audit en garde la trace.</translation>
    </message>
    <message>
        <source>Your identity is not unlocked: records name this computer's login ({login}).</source>
        <translation>Votre identité n’est pas déverrouillée : les enregistrements indiquent l’utilisateur de cet ordinateur ({login}).</translation>
    </message>
    <message>
        <source>Records now name: {actor}</source>
        <translation>Les enregistrements indiquent désormais : {actor}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Revenir à la page précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Avancer à nouveau (Alt+Droite)</translation>
    </message>
    <message>
        <source>Show on c&amp;hart</source>
        <translation>Afficher sur le &amp;graphe</translation>
    </message>
    <message>
        <source>Put what is selected (entities, search results, a timeline item) on the link chart</source>
        <translation>Placer la sélection (entités, résultats de recherche, un élément de la chronologie) sur le graphe de liens</translation>
    </message>
    <message>
        <source>&amp;Chart size limit…</source>
        <translation>&amp;Taille maximale du graphe…</translation>
    </message>
    <message>
        <source>Chart size limit</source>
        <translation>Taille maximale du graphe</translation>
    </message>
    <message>
        <source>The most entities one link chart holds (asking for more explains and offers filters):</source>
        <translation>Nombre maximal d’entités sur un graphe de liens (au-delà, une explication et des filtres sont proposés) :</translation>
    </message>
    <message>
        <source>Give a whole number of at least 10.</source>
        <translation>Indiquez un nombre entier d’au moins 10.</translation>
    </message>
    <message>
        <source>&amp;Executive summary…</source>
        <translation>&amp;Synthèse…</translation>
    </message>
    <message>
        <source>Briefing pack written in {folder}: {files}</source>
        <translation>Dossier de réunion enregistré dans {folder} : {files}</translation>
    </message>
    <message>
        <source>Quick verify (encrypted files, not decrypted)</source>
        <translation>Vérification rapide (fichiers chiffrés, sans déchiffrer)</translation>
    </message>
    <message>
        <source>Compare each encrypted evidence file with the SHA-256 recorded when it was written, without decrypting it</source>
        <translation>Compare chaque fichier chiffré des pièces au SHA-256 enregistré lors de son écriture, sans le déchiffrer</translation>
    </message>
    <message>
        <source>Quick verify</source>
        <translation>Vérification rapide</translation>
    </message>
    <message>
        <source>Checking the database, the audit chain and the encrypted evidence files…</source>
        <translation>Vérification de la base de données, de la chaîne d'audit et des fichiers chiffrés des pièces…</translation>
    </message>
    <message>
        <source>Quick mode: each encrypted evidence file was compared with the SHA-256 recorded when it was written. Nothing was decrypted, so this does not prove that the key still opens the files or that their content matches its recorded SHA-256; Verify case proves that.</source>
        <translation>Mode rapide : chaque fichier chiffré des pièces a été comparé au SHA-256 enregistré lors de son écriture. Rien n'a été déchiffré : cela ne prouve donc ni que la clé ouvre encore les fichiers, ni que leur contenu correspond à son SHA-256 enregistré ; « Vérifier l’affaire » le prouve.</translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>Aucun problème n'a été trouvé.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) typed and not saved were discarded when the case locked.</source>
        <translation>
            <numerusform>%n valeur saisie et non enregistrée a été abandonnée au verrouillage de l’affaire.</numerusform>
            <numerusform>%n valeurs saisies et non enregistrées ont été abandonnées au verrouillage de l’affaire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebench</name>
    <message>
        <location filename="../src/casebench/ui/common.py" line="59"/>
        <source>Traffic Light Protocol level of the case (FIRST TLP 2.0)</source>
        <translation>Niveau Traffic Light Protocol de l’affaire (FIRST TLP 2.0)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/common.py" line="114"/>
        <source>The operating system reported a problem: {problem}</source>
        <translation>Le système d’exploitation a signalé un problème : {problem}</translation>
    </message>
    <message>
        <source>casebench ran into an unexpected problem ({kind}) and stopped this action. The details can help your technical support.</source>
        <translation>casebench a rencontré un problème inattendu ({kind}) et a arrêté cette action. Les détails peuvent aider votre support technique.</translation>
    </message>
    <message>
        <source>Cancelled; the case is as it was before.</source>
        <translation>Annulé ; le dossier est tel qu'il était.</translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="36"/>
        <source>All entities</source>
        <translation>Toutes les entités</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="37"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="38"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="40"/>
        <source>Vessels</source>
        <translation>Navires</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="41"/>
        <source>Aircraft</source>
        <translation>Aéronefs</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="42"/>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="43"/>
        <source>Bank accounts</source>
        <translation>Comptes bancaires</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="44"/>
        <source>Crypto wallets</source>
        <translation>Portefeuilles de cryptomonnaies</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="45"/>
        <source>User accounts</source>
        <translation>Comptes utilisateur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="46"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="47"/>
        <source>Identity documents</source>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="48"/>
        <source>Documents and notes</source>
        <translation>Documents et notes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="49"/>
        <source>Events and seizures</source>
        <translation>Événements et saisies</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="50"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="53"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="54"/>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="55"/>
        <source>Requests for co-operation</source>
        <translation>Demandes de coopération</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="58"/>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="59"/>
        <source>Exhibits</source>
        <translation>Scellés</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="60"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="61"/>
        <source>Link chart</source>
        <translation>Graphe de liens</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="62"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="63"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/caseview.py" line="64"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
</context>
<context>
    <name>property</name>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="83"/>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="84"/>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="85"/>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="86"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="87"/>
        <source>Address (text)</source>
        <translation>Adresse (texte)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="88"/>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="89"/>
        <source>Agent</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="90"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="91"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="92"/>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="93"/>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="94"/>
        <source>Associate</source>
        <translation>Associé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="95"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="96"/>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="97"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="98"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="99"/>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="100"/>
        <source>Beneficiary account</source>
        <translation>Compte du bénéficiaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="101"/>
        <source>Build date</source>
        <translation>Date de construction</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="102"/>
        <source>Call sign</source>
        <translation>Indicatif d’appel</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="103"/>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="104"/>
        <source>Caller number</source>
        <translation>Numéro appelant</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="105"/>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="106"/>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="107"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="108"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="109"/>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="110"/>
        <source>Concealment</source>
        <translation>Dissimulation</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="111"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="112"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="113"/>
        <source>Data-subject category</source>
        <translation>Catégorie de personne concernée</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="114"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="115"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="116"/>
        <source>Date of death</source>
        <translation>Date de décès</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="117"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="118"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="119"/>
        <source>Director</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="120"/>
        <source>Dissolution date</source>
        <translation>Date de dissolution</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="121"/>
        <source>Duration (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="122"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="123"/>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="124"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="125"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="126"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="127"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="128"/>
        <source>Flag</source>
        <translation>Pavillon</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="129"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="130"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="131"/>
        <source>Full address</source>
        <translation>Adresse complète</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="132"/>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="133"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="134"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="135"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="136"/>
        <source>ICAO type code</source>
        <translation>Code de type OACI</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="137"/>
        <source>ID number</source>
        <translation>Numéro d’identification</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="138"/>
        <source>IMO number</source>
        <translation>Numéro OMI</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="139"/>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="140"/>
        <source>Incorporation date</source>
        <translation>Date de constitution</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="141"/>
        <source>Involved</source>
        <translation>Impliqués</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="142"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="143"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="144"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="145"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="146"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="147"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="148"/>
        <source>Location</source>
        <translation>Localisation</translation>
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
        <translation>Pays principal</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="152"/>
        <source>Manufacturer</source>
        <translation>Constructeur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="153"/>
        <source>Matronymic</source>
        <translation>Matronyme</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="154"/>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="155"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="156"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="157"/>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="158"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="159"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="160"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="161"/>
        <source>Navigation area</source>
        <translation>Zone de navigation</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="162"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="163"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="164"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="165"/>
        <source>Opening date</source>
        <translation>Date d’ouverture</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="166"/>
        <source>Operator</source>
        <translation>Exploitant</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="167"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="168"/>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="169"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="170"/>
        <source>Participating agencies</source>
        <translation>Services participants</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="171"/>
        <source>Passport number</source>
        <translation>Numéro de passeport</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="172"/>
        <source>Patronymic</source>
        <translation>Patronyme</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="173"/>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="174"/>
        <source>Payer account</source>
        <translation>Compte du payeur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="175"/>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="176"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="177"/>
        <source>Personal number</source>
        <translation>Numéro personnel</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="178"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="179"/>
        <source>Photo (exhibit file)</source>
        <translation>Photo (fichier de scellé)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="180"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="181"/>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="182"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="183"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="184"/>
        <source>Previous name</source>
        <translation>Ancien nom</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="185"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="186"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="187"/>
        <source>Receiver</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="188"/>
        <source>Receiver number</source>
        <translation>Numéro destinataire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="189"/>
        <source>Record ID</source>
        <translation>ID d’enregistrement</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="190"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="191"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="192"/>
        <source>Registration number</source>
        <translation>Numéro d’immatriculation</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="193"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="194"/>
        <source>Relative</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="195"/>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="196"/>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="197"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="198"/>
        <source>Role in the case</source>
        <translation>Rôle dans l’affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="199"/>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="200"/>
        <source>Second name</source>
        <translation>Second prénom</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="201"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="202"/>
        <source>Seized by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="203"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="204"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="205"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="206"/>
        <source>Source ID</source>
        <translation>Identifiant d'origine</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="206"/>
        <source>Source link</source>
        <translation>Lien de la source</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="207"/>
        <source>Source pseudonym</source>
        <translation>Pseudonyme de la source</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="208"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="209"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="210"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="211"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="212"/>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="213"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="214"/>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="215"/>
        <source>Tax number</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="216"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="217"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="218"/>
        <source>Tonnage</source>
        <translation>Tonnage</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="219"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="220"/>
        <source>Transaction number</source>
        <translation>Numéro de transaction</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="221"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="222"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="223"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="224"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="225"/>
        <source>VIN</source>
        <translation>VIN (châssis)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="226"/>
        <source>Weak alias</source>
        <translation>Alias faible</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="227"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Open proceedings</source>
        <translation>Procédures en cours</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Requesting body</source>
        <translation>Autorité requérante</translation>
    </message>
    <message>
        <source>Requested body</source>
        <translation>Autorité requise</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloquée par</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="13"/>
        <source>Action item</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="14"/>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="15"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="16"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="17"/>
        <source>Aircraft</source>
        <translation>Aéronef</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="18"/>
        <source>Associate</source>
        <translation>Associé</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="19"/>
        <source>Associates</source>
        <translation>Associés</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="20"/>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="21"/>
        <source>Bank accounts</source>
        <translation>Comptes bancaires</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="22"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="23"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="24"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="25"/>
        <source>Companys</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="26"/>
        <source>Crypto wallet</source>
        <translation>Portefeuille de cryptomonnaies</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="27"/>
        <source>Crypto wallets</source>
        <translation>Portefeuilles de cryptomonnaies</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="28"/>
        <source>Directorship</source>
        <translation>Mandat de dirigeant</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="29"/>
        <source>Directorships</source>
        <translation>Mandats de dirigeant</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="30"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="31"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="32"/>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="33"/>
        <source>Employments</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="34"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="35"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="36"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="37"/>
        <source>Family links</source>
        <translation>Liens familiaux</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="38"/>
        <source>Identification</source>
        <translation>Pièce d’identité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="39"/>
        <source>Identifications</source>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="40"/>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="41"/>
        <source>Intervals</source>
        <translation>Intervalles</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="42"/>
        <source>Legal entities</source>
        <translation>Personnes morales</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="43"/>
        <source>Legal entity</source>
        <translation>Personne morale</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="44"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="45"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="46"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="47"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="48"/>
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="49"/>
        <source>Memberships</source>
        <translation>Appartenances</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="50"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="51"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="52"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="53"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="54"/>
        <source>Ownership</source>
        <translation>Détention</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="55"/>
        <source>Ownerships</source>
        <translation>Détentions</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="56"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="57"/>
        <source>Passports</source>
        <translation>Passeports</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="58"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="59"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="60"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="61"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="62"/>
        <source>Public bodies</source>
        <translation>Organismes publics</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="63"/>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="64"/>
        <source>Representation</source>
        <translation>Représentation</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="65"/>
        <source>Representations</source>
        <translation>Représentations</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="66"/>
        <source>Request for co-operation</source>
        <translation>Demande de coopération</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="67"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="68"/>
        <source>Seizure</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="69"/>
        <source>Seizures</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="70"/>
        <source>Thing</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="71"/>
        <source>Things</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="72"/>
        <source>Travel</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="73"/>
        <source>User account</source>
        <translation>Compte utilisateur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="74"/>
        <source>User accounts</source>
        <translation>Comptes utilisateur</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="75"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="76"/>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="77"/>
        <source>Vessel</source>
        <translation>Navire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="78"/>
        <source>Vessels</source>
        <translation>Navires</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/labels.py" line="81"/>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="100"/>
        <source>Print briefing pack</source>
        <translation>Imprimer le dossier de réunion</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="101"/>
        <source>Forum or meeting:</source>
        <translation>Instance ou réunion :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="101"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="101"/>
        <source>Highest TLP:</source>
        <translation>TLP maximal :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="102"/>
        <source>Recipient:</source>
        <translation>Destinataire :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="102"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="102"/>
        <source>Formats:</source>
        <translation>Formats :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="103"/>
        <source>Save in folder:</source>
        <translation>Enregistrer dans le dossier :</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="106"/>
        <source>Blank: the case's latest meeting</source>
        <translation>Vide : la dernière réunion de l'affaire</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="107"/>
        <source>Named recipient (required for TLP:RED)</source>
        <translation>Destinataire désigné (obligatoire en TLP:RED)</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="108"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="100"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="113"/>
        <source>Save the briefing pack in</source>
        <translation>Enregistrer le dossier de réunion dans</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="133"/>
        <source>Choose PDF, Word or both.</source>
        <translation>Choisissez PDF, Word ou les deux.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="135"/>
        <source>A TLP:RED pack needs a named recipient: it is printed on every page.</source>
        <translation>Un dossier TLP:RED exige un destinataire désigné : il est imprimé sur chaque page.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="137"/>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="148"/>
        <source>Reading the case…</source>
        <translation>Lecture de l'affaire…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="149"/>
        <source>Printing the briefing pack…</source>
        <translation>Impression du dossier de réunion…</translation>
    </message>
    <message>
        <location filename="../src/casebench/ui/pack_dialog.py" line="167"/>
        <source>Printing was cancelled; no file was written.</source>
        <translation>L'impression a été annulée ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Handling instructions</source>
        <translation>Consignes de traitement</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Liste de diffusion</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Case summary by country</source>
        <translation>Résumé de l'affaire par pays</translation>
    </message>
    <message>
        <source>Requests for co-operation</source>
        <translation>Demandes de coopération</translation>
    </message>
    <message>
        <source>Network chart</source>
        <translation>Schéma relationnel</translation>
    </message>
    <message>
        <source>Person profiles</source>
        <translation>Fiches individuelles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>Flux financiers</translation>
    </message>
    <message>
        <source>Evidence and chain of custody</source>
        <translation>Éléments de preuve et chaîne de possession</translation>
    </message>
    <message>
        <source>Intelligence gaps</source>
        <translation>Lacunes du renseignement</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>Suivi des actions</translation>
    </message>
    <message>
        <source>Participants and contact points</source>
        <translation>Participants et points de contact</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>State of proceedings</source>
        <translation>État des procédures</translation>
    </message>
    <message>
        <source>Decisions and proposed actions</source>
        <translation>Décisions et actions proposées</translation>
    </message>
    <message>
        <source>Organisations, vessels, aircraft</source>
        <translation>Organisations, navires, aéronefs</translation>
    </message>
    <message>
        <source>Annex: calls</source>
        <translation>Annexe : appels</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections :</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Choose at least one section to print.</source>
        <translation>Choisissez au moins une section à imprimer.</translation>
    </message>
    <message>
        <source>Pack date:</source>
        <translation>Date du dossier :</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Pas de deuxième langue</translation>
    </message>
    <message>
        <source>Bilingual pack: the whole pack again in this language, after the first, in the same file, each language with its own contents</source>
        <translation>Dossier bilingue : le dossier complet une seconde fois dans cette langue, après le premier, dans le même fichier, chaque langue avec sa propre table des matières</translation>
    </message>
    <message>
        <source>Printed on the cover and every page; days pending are counted to this date</source>
        <translation>Imprimée sur la couverture et sur chaque page ; les jours en attente sont comptés jusqu'à cette date</translation>
    </message>
    <message>
        <source>Choose a second language other than the first, or none.</source>
        <translation>Choisissez une deuxième langue différente de la première, ou aucune.</translation>
    </message>
    <message>
        <source>Second language:</source>
        <translation>Deuxième langue :</translation>
    </message>
</context>
<context>
    <name>IdentityUnlockDialog</name>
    <message>
        <source>Your investigator identity</source>
        <translation>Votre identité d’enquêteur</translation>
    </message>
    <message>
        <source>Unlock your identity so that the audit log, custody events and new values record your name, agency and key — not only this computer's login. It stays unlocked until the case is closed or locked.</source>
        <translation>Déverrouillez votre identité pour que le journal d’audit, les événements de possession et les nouvelles valeurs enregistrent votre nom, votre service et votre clé — pas seulement l’utilisateur de cet ordinateur. Elle reste déverrouillée jusqu’à la fermeture ou au verrouillage de l’affaire.</translation>
    </message>
    <message>
        <source>Identity passphrase:</source>
        <translation>Phrase secrète de l’identité :</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>I confirmed with the sender (by phone or in person) that their computer's clock was wrong.</source>
        <translation>J'ai confirmé avec l'expéditeur (par téléphone ou en personne) que l'horloge de son ordinateur était fausse.</translation>
    </message>
    <message>
        <source>Import anyway (recorded in the audit log)</source>
        <translation>Importer quand même (consigné dans le journal d'audit)</translation>
    </message>
    <message>
        <source>It says it was made on {made}, but this computer's clock says {now}. Partners' bundles are never dated more than 48 hours ahead; an old bundle dated forward could bring back what the sender has since retracted. If the sender's clock was wrong, confirm it with them before importing.</source>
        <translation>Il indique avoir été créé le {made}, mais l'horloge de cet ordinateur indique {now}. Les paquets des partenaires ne sont jamais datés de plus de 48 heures dans le futur ; un ancien paquet daté en avance pourrait rétablir ce que l'expéditeur a retiré depuis. Si l'horloge de l'expéditeur était fausse, confirmez-le avec lui avant d'importer.</translation>
    </message>
    <message>
        <source>The bundle is dated in the future</source>
        <translation>Le paquet est daté dans le futur</translation>
    </message>
</context>
<context>
    <name>RedItemsModel</name>
    <message numerus="yes">
        <source>all %n imported rows, every value</source>
        <translation>
            <numerusform>la %n ligne importée, toutes ses valeurs</numerusform>
            <numerusform>les %n lignes importées, toutes leurs valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole entity)</source>
        <translation>(toute l'entité)</translation>
    </message>
    <message>
        <source>Free-text names (not pinned)</source>
        <translation>Noms en texte libre (non épinglés)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Pinned recipients</source>
        <translation>Destinataires épinglés</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>a partner's RED: never passed on</source>
        <translation>RED d'un partenaire : jamais retransmis</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Imported rows ({kind})</source>
        <translation>Lignes importées ({kind})</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>Lignes importées</translation>
    </message>
</context>
<context>
    <name>RedRecipientsDialog</name>
    <message>
        <source>Your partner directory is empty: add a partner's contact card (Bundles → Add partner…) to choose recipients.</source>
        <translation>Votre annuaire de partenaires est vide : ajoutez la carte de contact d’un partenaire (Paquets → Ajouter un partenaire…) pour choisir des destinataires.</translation>
    </message>
    <message numerus="yes">
        <source>%n RED item(s) changed; recorded in the audit log.</source>
        <translation>
            <numerusform>%n élément RED modifié ; consigné dans le journal d'audit.</numerusform>
            <numerusform>%n éléments RED modifiés ; consigné dans le journal d'audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <source>Add recipient to selected…</source>
        <translation>Ajouter un destinataire à la sélection…</translation>
    </message>
    <message>
        <source>Name as written on the items:</source>
        <translation>Nom tel qu'écrit sur les éléments :</translation>
    </message>
    <message>
        <source>No RED items in this case.</source>
        <translation>Aucun élément RED dans ce dossier.</translation>
    </message>
    <message>
        <source>Partner (matched by key):</source>
        <translation>Partenaire (reconnu par sa clé) :</translation>
    </message>
    <message>
        <source>RED items go only to the recipients they name. Pick recipients from your pinned partners: they are matched by their key, never by how a name is written. Names typed as text reach no one until you re-pin them to a partner.</source>
        <translation>Les éléments RED ne vont qu'aux destinataires qu'ils désignent. Choisissez les destinataires parmi vos partenaires épinglés : ils sont reconnus par leur clé, jamais par la façon dont un nom est écrit. Les noms saisis en texte n'atteignent personne tant que vous ne les épinglez pas à un partenaire.</translation>
    </message>
    <message>
        <source>Re-pin a free-text name</source>
        <translation>Épingler un nom en texte libre</translation>
    </message>
    <message>
        <source>Re-pin a free-text name…</source>
        <translation>Épingler un nom en texte libre…</translation>
    </message>
    <message>
        <source>Re-pin “{name}”</source>
        <translation>Épingler « {name} »</translation>
    </message>
    <message>
        <source>Recipient to remove:</source>
        <translation>Destinataire à retirer :</translation>
    </message>
    <message>
        <source>Recipients of RED items</source>
        <translation>Destinataires des éléments RED</translation>
    </message>
    <message>
        <source>Remove a recipient</source>
        <translation>Retirer un destinataire</translation>
    </message>
    <message>
        <source>Remove recipient from selected…</source>
        <translation>Retirer un destinataire de la sélection…</translation>
    </message>
</context>
<context>
    <name>LinkButton</name>
    <message>
        <source>Open {name} (Alt+Left goes back)</source>
        <translation>Ouvrir {name} (Alt+Gauche pour revenir)</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>Named by</source>
        <translation>Cité par</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Cite</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Scellés</translation>
    </message>
    <message>
        <source>paid {amount}</source>
        <translation>payé {amount}</translation>
    </message>
    <message>
        <source>received {amount}</source>
        <translation>reçu {amount}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
    <message>
        <source>Open the link itself ({kind})</source>
        <translation>Ouvrir le lien lui-même ({kind})</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>local time</source>
        <translation>heure locale</translation>
    </message>
    <message>
        <source>Click to select it (marked on the chart too); double-click to open it.</source>
        <translation>Cliquez pour le sélectionner (il est aussi marqué sur le graphe) ; double-cliquez pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Show on chart</source>
        <translation>Afficher sur le graphe</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>{0} more of hidden kinds</source>
        <translation>{0} de plus, de types masqués</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entité</numerusform>
            <numerusform>%Ln entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links</source>
        <translation>
            <numerusform>%Ln lien</numerusform>
            <numerusform>%Ln liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing the chart: {0} of {1} entities and links…</source>
        <translation>Dessin du graphe : {0} sur {1} entités et liens…</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Dessin du graphe…</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %Ln entities…</source>
        <translation>
            <numerusform>Disposition de %Ln entité…</numerusform>
            <numerusform>Disposition de %Ln entités…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new entities stayed off the chart: it is full ({0}).</source>
        <translation>
            <numerusform>%Ln nouvelle entité est restée hors du graphe : il est plein ({0}).</numerusform>
            <numerusform>%Ln nouvelles entités sont restées hors du graphe : il est plein ({0}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverCapBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add only these</source>
        <translation>Ajouter seulement celles-ci</translation>
    </message>
    <message>
        <source>You asked to add {0} entities; this chart holds at most {1} ({2} more fit now). A bigger chart cannot be read and would stall the window. Narrow the request, or raise the limit under Settings › Chart size limit.</source>
        <translation>Vous avez demandé d’ajouter {0} entités ; ce graphe en contient au plus {1} ({2} de plus tiennent maintenant). Un graphe plus grand serait illisible et bloquerait la fenêtre. Restreignez la demande, ou augmentez la limite dans Paramètres › Taille maximale du graphe.</translation>
    </message>
    <message>
        <source>Add the first {0}</source>
        <translation>Ajouter les {0} premières</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Opens every briefing pack whose highest TLP includes the summary's own TLP. Separate paragraphs with an empty line. Saving an empty text removes the summary.</source>
        <translation>Ouvre chaque dossier de réunion dont le TLP le plus élevé inclut le TLP de la synthèse. Séparez les paragraphes par une ligne vide. Enregistrer un texte vide supprime la synthèse.</translation>
    </message>
    <message>
        <source>TLP of the summary:</source>
        <translation>TLP de la synthèse :</translation>
    </message>
    <message>
        <source>The case in a few paragraphs: what happened, where the proceedings stand, what the forum must decide.</source>
        <translation>L'affaire en quelques paragraphes : ce qui s'est passé, où en sont les procédures, ce que la réunion doit décider.</translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation>Pas encore de synthèse.</translation>
    </message>
    <message>
        <source>Last written by {author} on {when} UTC.</source>
        <translation>Rédigé en dernier par {author} le {when} UTC.</translation>
    </message>
</context>
<context>
    <name>ChartUndo</name>
    <message>
        <source>Nothing to redo on this chart</source>
        <translation>Rien à rétablir sur ce graphe</translation>
    </message>
    <message>
        <source>Nothing to undo on this chart</source>
        <translation>Rien à annuler sur ce graphe</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo {0} (Ctrl+Shift+Z)</source>
        <translation>Rétablir : {0} (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>Rétabli : {0}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo {0} (Ctrl+Z)</source>
        <translation>Annuler : {0} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation>Annulé : {0}.</translation>
    </message>
    <message>
        <source>adding entities ({0})</source>
        <translation>ajout d’entités ({0})</translation>
    </message>
    <message>
        <source>changing what is on the chart</source>
        <translation>modification du contenu du graphe</translation>
    </message>
    <message>
        <source>expanding or combining links</source>
        <translation>détail ou regroupement de liens</translation>
    </message>
    <message>
        <source>hiding or showing kinds</source>
        <translation>masquage ou affichage de types</translation>
    </message>
    <message>
        <source>moving entities ({0})</source>
        <translation>déplacement d’entités ({0})</translation>
    </message>
    <message>
        <source>removing entities ({0})</source>
        <translation>retrait d’entités ({0})</translation>
    </message>
    <message>
        <source>the layout</source>
        <translation>la disposition</translation>
    </message>
    <message>
        <source>The chart is still being laid out: undo or redo once it is drawn.</source>
        <translation>Le graphe est encore en cours de disposition : annulez ou rétablissez une fois qu’il est dessiné.</translation>
    </message>
</context>
<context>
    <name>ChartPrintDialog</name>
    <message>
        <source>Print / export chart</source>
        <translation>Imprimer / exporter le graphique</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Highest TLP:</source>
        <translation>TLP maximal :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>{0} entities. The sheet carries the legend, the case reference, the date and the TLP marking top and bottom. What handling keeps home is left out; the export is recorded in the audit log.</source>
        <translation>{0} entités. La feuille porte la légende, la référence de l’affaire, la date et le marquage TLP en haut et en bas. Ce que les règles de traitement gardent en interne est omis ; l’export est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>{0} files (*.{1})</source>
        <translation>Fichiers {0} (*.{1})</translation>
    </message>
    <message>
        <source>The chart is empty: put entities on it first.</source>
        <translation>Le graphique est vide : ajoutez d’abord des entités.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} exists already: choose another name.</source>
        <translation>{path} existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Placing the labels…</source>
        <translation>Placement des étiquettes…</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translation>Export du graphique…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Exported to {0}, marked {1}.</source>
        <translation>Exporté vers {0}, marqué {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) left out</source>
        <translation>
            <numerusform>%n entité omise</numerusform>
            <numerusform>%n entités omises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) left out</source>
        <translation>
            <numerusform>%n lien omis</numerusform>
            <numerusform>%n liens omis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) that may not leave replaced by the kind</source>
        <translation>
            <numerusform>%n nom qui ne peut pas sortir remplacé par le type</numerusform>
            <numerusform>%n noms qui ne peuvent pas sortir remplacés par le type</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) replaced by another name that may leave</source>
        <translation>
            <numerusform>%n nom remplacé par un autre qui peut sortir</numerusform>
            <numerusform>%n noms remplacés par d’autres qui peuvent sortir</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling: {0}.</source>
        <translation>Traitement : {0}.</translation>
    </message>
</context>
<context>
    <name>EdgeItem</name>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <source>Right-click to show each on its own.</source>
        <translation>Clic droit pour les afficher un par un.</translation>
    </message>
    <message>
        <source>Show the {0} single links</source>
        <translation>Afficher les {0} liens un par un</translation>
    </message>
    <message>
        <source>Combine into one link</source>
        <translation>Regrouper en un seul lien</translation>
    </message>
</context>
<context>
    <name>custody event</name>
    <message>
        <source>seize</source>
        <translation>saisie</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>mise sous scellé</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>examine</source>
        <translation>examen</translation>
    </message>
    <message>
        <source>image</source>
        <translation>copie forensique</translation>
    </message>
    <message>
        <source>reseal</source>
        <translation>nouveau scellé</translation>
    </message>
    <message>
        <source>return</source>
        <translation>restitution</translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>destruction</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportation</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
</context>
<context>
    <name>exhibit type</name>
    <message>
        <source>physical</source>
        <translation>physique</translation>
    </message>
    <message>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <source>storage-media</source>
        <translation>support de stockage</translation>
    </message>
    <message>
        <source>forensic-image</source>
        <translation>image forensique</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>data subject</name>
    <message>
        <source>suspect</source>
        <translation>suspect</translation>
    </message>
    <message>
        <source>convicted</source>
        <translation>condamné</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>victime</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>témoin</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>gender</name>
    <message>
        <source>male</source>
        <translation>masculin</translation>
    </message>
    <message>
        <source>female</source>
        <translation>féminin</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>exécutée</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
</context>
<context>
    <name>request type</name>
    <message>
        <source>MLA</source>
        <translation>entraide judiciaire</translation>
    </message>
    <message>
        <source>JIT</source>
        <translation>ECE</translation>
    </message>
    <message>
        <source>EIO</source>
        <translation>DEE</translation>
    </message>
    <message>
        <source>police</source>
        <translation>policière</translation>
    </message>
    <message>
        <source>rogatory</source>
        <translation>commission rogatoire</translation>
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
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>action type</name>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
</context>
<context>
    <name>document type</name>
    <message>
        <source>passport</source>
        <translation>passeport</translation>
    </message>
    <message>
        <source>national id</source>
        <translation>carte nationale d'identité</translation>
    </message>
    <message>
        <source>id card</source>
        <translation>carte d'identité</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>permis de conduire</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>titre de séjour</translation>
    </message>
</context>
<context>
    <name>ValueDetails</name>
    <message>
        <source>Select a value to see where it comes from: source, grade, handling and when it was recorded.</source>
        <translation>Sélectionnez une valeur pour voir d'où elle vient : source, évaluation, traitement et date d'enregistrement.</translation>
    </message>
</context>
<context>
    <name>merge reason</name>
    <message>
        <source>DIFFERENT date of birth</source>
        <translation>date de naissance DIFFÉRENTE</translation>
    </message>
    <message>
        <source>West African transliteration</source>
        <translation>translittération d'Afrique de l'Ouest</translation>
    </message>
    <message>
        <source>a second surname, often dropped in Spain and Latin America</source>
        <translation>un second nom de famille, souvent omis en Espagne et en Amérique latine</translation>
    </message>
    <message>
        <source>as by</source>
        <translation>que par</translation>
    </message>
    <message>
        <source>different country</source>
        <translation>pays différent</translation>
    </message>
    <message>
        <source>different:</source>
        <translation>différent :</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>initiale</translation>
    </message>
    <message>
        <source>kept apart until you decide</source>
        <translation>conservées séparément jusqu'à votre décision</translation>
    </message>
    <message>
        <source>middle names or first surname; Portuguese and Brazilian usage keeps the last surname</source>
        <translation>prénoms intermédiaires ou premier nom de famille ; l'usage portugais et brésilien garde le dernier nom</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>names only, a candidate to check (never merged automatically)</source>
        <translation>noms seulement, un candidat à vérifier (jamais fusionné automatiquement)</translation>
    </message>
    <message>
        <source>no name in common</source>
        <translation>aucun nom en commun</translation>
    </message>
    <message>
        <source>one of the names is empty</source>
        <translation>l'un des noms est vide</translation>
    </message>
    <message>
        <source>only in</source>
        <translation>seulement dans</translation>
    </message>
    <message>
        <source>same BIC</source>
        <translation>même BIC</translation>
    </message>
    <message>
        <source>same IBAN</source>
        <translation>même IBAN</translation>
    </message>
    <message>
        <source>same IMO number</source>
        <translation>même numéro OMI</translation>
    </message>
    <message>
        <source>same MMSI</source>
        <translation>même MMSI</translation>
    </message>
    <message>
        <source>same VIN</source>
        <translation>même numéro VIN</translation>
    </message>
    <message>
        <source>same country</source>
        <translation>même pays</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same entity id</source>
        <translation>même identifiant d'entité</translation>
    </message>
    <message>
        <source>same idNumber</source>
        <translation>même numéro d'identité</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same name apart from accents or case</source>
        <translation>même nom à part les accents ou la casse</translation>
    </message>
    <message>
        <source>same name apart from particles (da, de, do ...) or punctuation</source>
        <translation>même nom à part les particules (da, de, do...) ou la ponctuation</translation>
    </message>
    <message>
        <source>same name, written surname first in one</source>
        <translation>même nom, écrit nom de famille en premier dans l'un</translation>
    </message>
    <message>
        <source>same names in a different order</source>
        <translation>mêmes noms dans un autre ordre</translation>
    </message>
    <message>
        <source>same number</source>
        <translation>même numéro</translation>
    </message>
    <message>
        <source>same passportNumber</source>
        <translation>même numéro de passeport</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same registrationNumber</source>
        <translation>même numéro d'immatriculation</translation>
    </message>
    <message>
        <source>same surnames in different order</source>
        <translation>mêmes noms de famille dans un autre ordre</translation>
    </message>
    <message>
        <source>same taxNumber</source>
        <translation>même numéro fiscal</translation>
    </message>
    <message>
        <source>same wallet address</source>
        <translation>même adresse de portefeuille</translation>
    </message>
    <message>
        <source>sent by</source>
        <translation>envoyé par</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>orthographe proche</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>cette affaire</translation>
    </message>
    <message>
        <source>variant of the same given name</source>
        <translation>variante du même prénom</translation>
    </message>
</context>
<context>
    <name>audit action</name>
    <message>
        <source>FollowTheMoney imported</source>
        <translation>FollowTheMoney importé</translation>
    </message>
    <message>
        <source>RED recipient pinned</source>
        <translation>destinataire RED épinglé</translation>
    </message>
    <message>
        <source>RED recipient unpinned</source>
        <translation>destinataire RED désépinglé</translation>
    </message>
    <message>
        <source>briefing pack printed</source>
        <translation>dossier imprimé</translation>
    </message>
    <message>
        <source>bundle date in the future accepted (sender's clock)</source>
        <translation>date future du paquet acceptée (horloge de l'expéditeur)</translation>
    </message>
    <message>
        <source>bundle exported</source>
        <translation>paquet exporté</translation>
    </message>
    <message>
        <source>bundle imported</source>
        <translation>paquet importé</translation>
    </message>
    <message>
        <source>case created</source>
        <translation>affaire créée</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>affaire ouverte</translation>
    </message>
    <message>
        <source>chart exported</source>
        <translation>graphique exporté</translation>
    </message>
    <message>
        <source>custody {0} recorded</source>
        <translation>garde enregistrée : {0}</translation>
    </message>
    <message>
        <source>entities loaded in bulk</source>
        <translation>entités chargées en masse</translation>
    </message>
    <message>
        <source>entities merged</source>
        <translation>entités fusionnées</translation>
    </message>
    <message>
        <source>entity viewed</source>
        <translation>entité consultée</translation>
    </message>
    <message>
        <source>evidence extracted</source>
        <translation>preuves extraites</translation>
    </message>
    <message>
        <source>evidence files restored from quarantine</source>
        <translation>fichiers de preuve restaurés de la quarantaine</translation>
    </message>
    <message>
        <source>executive summary cleared</source>
        <translation>résumé exécutif effacé</translation>
    </message>
    <message>
        <source>executive summary written</source>
        <translation>résumé exécutif rédigé</translation>
    </message>
    <message>
        <source>exhibit added</source>
        <translation>pièce ajoutée</translation>
    </message>
    <message>
        <source>exhibit linked</source>
        <translation>pièce liée</translation>
    </message>
    <message>
        <source>exhibit viewed</source>
        <translation>pièce consultée</translation>
    </message>
    <message>
        <source>import specification deleted</source>
        <translation>spécification d'import supprimée</translation>
    </message>
    <message>
        <source>import specification replaced</source>
        <translation>spécification d'import remplacée</translation>
    </message>
    <message>
        <source>import specification saved</source>
        <translation>spécification d'import enregistrée</translation>
    </message>
    <message>
        <source>imported entity merged after review</source>
        <translation>entité importée fusionnée après examen</translation>
    </message>
    <message>
        <source>key slot added</source>
        <translation>emplacement de clé ajouté</translation>
    </message>
    <message>
        <source>key slot removed</source>
        <translation>emplacement de clé supprimé</translation>
    </message>
    <message>
        <source>merge proposal rejected</source>
        <translation>proposition de fusion rejetée</translation>
    </message>
    <message>
        <source>merge review decision undone ({0})</source>
        <translation>décision d'examen de fusion annulée ({0})</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>fusion annulée</translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation>phrase secrète modifiée</translation>
    </message>
    <message>
        <source>table imported</source>
        <translation>tableau importé</translation>
    </message>
    <message>
        <source>tags changed</source>
        <translation>étiquettes modifiées</translation>
    </message>
    <message>
        <source>timeline exported</source>
        <translation>chronologie exportée</translation>
    </message>
    <message>
        <source>unlisted evidence files quarantined</source>
        <translation>fichiers de preuve non répertoriés mis en quarantaine</translation>
    </message>
    <message>
        <source>value retracted</source>
        <translation>valeur retirée</translation>
    </message>
    <message>
        <source>values added</source>
        <translation>valeurs ajoutées</translation>
    </message>
    <message>
        <source>{0} added</source>
        <translation>ajout : {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The seizure time {when} has a time of day but no time zone. Write it with its offset (2024-03-11T14:05+01:00) or fill in the time zone where it was seized (Europe/Madrid).</source>
        <translation>L'heure de la saisie {when} a une heure du jour mais pas de fuseau horaire. Écrivez-la avec son décalage (2024-03-11T14:05+01:00) ou indiquez le fuseau horaire du lieu de la saisie (Europe/Paris).</translation>
    </message>
    <message>
        <source>The seizure time {when} is not one moment in {zone}: the clocks changed then. Write it with its offset (for example +02:00).</source>
        <translation>L'heure de la saisie {when} n'est pas un moment unique à {zone} : l'heure a changé ce jour-là. Écrivez-la avec son décalage (par exemple +02:00).</translation>
    </message>
    <message>
        <source>The passphrase is incorrect. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>La phrase secrète est incorrecte. Vérifiez la touche Verr. Maj et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <source>The case is already open in another casebench window or program. Close it there first.</source>
        <translation>L’affaire est déjà ouverte dans une autre fenêtre ou un autre programme casebench. Fermez-la d’abord là-bas.</translation>
    </message>
    <message>
        <source>The case is busy in another program; nothing was changed. Close it there and try again.</source>
        <translation>L’affaire est occupée par un autre programme ; rien n’a été modifié. Fermez-la là-bas et réessayez.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: {problem}. Restore it from a backup or ask your technical support.</source>
        <translation>L’affaire est endommagée et n’a pas été ouverte : {problem}. Restaurez-la depuis une sauvegarde ou contactez votre support technique.</translation>
    </message>
    <message>
        <source>This case was made by a newer casebench: {problem}.</source>
        <translation>Cette affaire a été créée par un casebench plus récent : {problem}.</translation>
    </message>
    <message>
        <source>This case was made by a newer casebench (database version {version}; this program reads up to {latest}). Update casebench to open it.</source>
        <translation>Cette affaire a été créée par un casebench plus récent (version de base de données {version} ; ce programme lit jusqu’à la {latest}). Mettez casebench à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This case was made by a newer casebench (case format {version}). Update casebench to open it.</source>
        <translation>Cette affaire a été créée par un casebench plus récent (format d’affaire {version}). Mettez casebench à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This folder is not a casebench case: {problem}.</source>
        <translation>Ce dossier n’est pas une affaire casebench : {problem}.</translation>
    </message>
    <message>
        <source>There is no case folder at {path}.</source>
        <translation>Il n’y a aucun dossier d’affaire à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a case folder. A case is a folder whose name ends in .casebench.</source>
        <translation>{path} est un fichier, pas un dossier d’affaire. Une affaire est un dossier dont le nom se termine par .casebench.</translation>
    </message>
    <message>
        <source>This key slot belongs to another case; the case was not opened.</source>
        <translation>Cet emplacement de clé appartient à une autre affaire ; l’affaire n’a pas été ouverte.</translation>
    </message>
    <message>
        <source>The case has no usable key slot: {problem}.</source>
        <translation>L’affaire n’a aucun emplacement de clé utilisable : {problem}.</translation>
    </message>
    <message>
        <source>Cannot create the case here: {problem}.</source>
        <translation>Impossible de créer l’affaire ici : {problem}.</translation>
    </message>
    <message>
        <source>Cannot create the case here: a folder named {file} already exists and is not empty.</source>
        <translation>Impossible de créer l’affaire ici : un dossier nommé {file} existe déjà et n’est pas vide.</translation>
    </message>
    <message>
        <source>Cannot create the case here: the folder {folder} does not exist.</source>
        <translation>Impossible de créer l’affaire ici : le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>The case is open read-only; nothing was changed.</source>
        <translation>L’affaire est ouverte en lecture seule ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This case was made by an older casebench and must be upgraded, which cannot be done while it is opened read-only. Open a writable copy.</source>
        <translation>Cette affaire a été créée par un casebench plus ancien et doit être mise à niveau, ce qui est impossible en lecture seule. Ouvrez une copie modifiable.</translation>
    </message>
    <message>
        <source>The case could not be used: {detail}.</source>
        <translation>L’affaire n’a pas pu être utilisée : {detail}.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The key slot name {name} may hold only lower-case letters, digits, - and _.</source>
        <translation>Le nom d’emplacement de clé {name} ne peut contenir que des minuscules, des chiffres, - et _.</translation>
    </message>
    <message>
        <source>A key slot named {name} already exists.</source>
        <translation>Un emplacement de clé nommé {name} existe déjà.</translation>
    </message>
    <message>
        <source>There is no key slot named {name}.</source>
        <translation>Il n’y a aucun emplacement de clé nommé {name}.</translation>
    </message>
    <message>
        <source>The case has no key slot, so it cannot be unlocked.</source>
        <translation>L’affaire n’a aucun emplacement de clé ; elle ne peut donc pas être déverrouillée.</translation>
    </message>
    <message>
        <source>The key slot {name} is the last one. Add another before removing it.</source>
        <translation>L’emplacement de clé {name} est le dernier. Ajoutez-en un autre avant de le supprimer.</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it to build the demo case again.</source>
        <translation>{path} existe déjà. Remplacez-le pour recréer l’affaire de démonstration.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was saved. Free some space and try again.</source>
        <translation>Le disque contenant {path} est plein ; rien n’a été enregistré. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk or folder; nothing was saved. To look at the case, open it read-only.</source>
        <translation>{path} se trouve sur un disque ou un dossier en lecture seule ; rien n’a été enregistré. Pour consulter l’affaire, ouvrez-la en lecture seule.</translation>
    </message>
    <message>
        <source>You have no permission to write to {path}; nothing was saved.</source>
        <translation>Vous n’avez pas l’autorisation d’écrire dans {path} ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The disk holding {path} reported an input/output error (a failing or removed disk?). The last change was not saved.</source>
        <translation>Le disque contenant {path} a signalé une erreur d’entrée/sortie (disque défaillant ou retiré ?). La dernière modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The case database in {path} cannot be opened ({detail}).</source>
        <translation>Impossible d’ouvrir la base de données de l’affaire dans {path} ({detail}).</translation>
    </message>
    <message>
        <source>A text holds a broken character and cannot be stored; nothing was changed.</source>
        <translation>Un texte contient un caractère endommagé et ne peut pas être enregistré ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: {reason}. Nothing was imported.</source>
        <translation>Le paquet {file} a été refusé : {reason}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: its signature does not verify, so it was altered or is not from the sender it names. Nothing was imported.</source>
        <translation>Le paquet {file} a été refusé : sa signature n’est pas valide ; il a donc été modifié ou ne provient pas de l’expéditeur qu’il indique. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: its content does not match what the sender signed (altered or swapped). Nothing was imported.</source>
        <translation>Le paquet {file} a été refusé : son contenu ne correspond pas à ce que l’expéditeur a signé (modifié ou échangé). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: it is incomplete (cut short). Ask the sender for it again. Nothing was imported.</source>
        <translation>Le paquet {file} a été refusé : il est incomplet (tronqué). Demandez à l’expéditeur de le renvoyer. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The bundle {file} does not exist.</source>
        <translation>Le paquet {file} n’existe pas.</translation>
    </message>
    <message>
        <source>{file} is not a bundle file.</source>
        <translation>{file} n’est pas un fichier de paquet.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: its part {volume} is missing. Put all parts in the same folder. Nothing was imported.</source>
        <translation>Le paquet {file} a été refusé : sa partie {volume} manque. Placez toutes les parties dans le même dossier. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The bundle {file} is signed by a key that is not in your partner directory ({key_id}). Add the sender's contact card, or compare the fingerprint with the sender and accept the key.</source>
        <translation>Le paquet {file} est signé par une clé absente de votre annuaire de partenaires ({key_id}). Ajoutez la carte de contact de l’expéditeur, ou comparez l’empreinte avec l’expéditeur et acceptez la clé.</translation>
    </message>
    <message>
        <source>WARNING: the bundle {file} is signed by a new key {key_id} from someone who claims to be {partner}. This can mean an impostor. Compare the fingerprint with the partner by phone or in person first.</source>
        <translation>ATTENTION : le paquet {file} est signé par une nouvelle clé {key_id} de quelqu’un qui prétend être {partner}. Il peut s’agir d’un imposteur. Comparez d’abord l’empreinte avec le partenaire par téléphone ou en personne.</translation>
    </message>
    <message>
        <source>The bundle {file} is dated in the future ({created_at} UTC; now {now} UTC). If the sender's clock was wrong, confirm with the sender and import it anyway.</source>
        <translation>Le paquet {file} est daté dans le futur ({created_at} UTC ; maintenant {now} UTC). Si l’horloge de l’expéditeur était fausse, confirmez-le avec l’expéditeur et importez-le quand même.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: it is bundle number {number} from {sender}, but number {top} is already imported. An older bundle could bring back what the sender has since retracted.</source>
        <translation>Le paquet {file} a été refusé : c’est le paquet numéro {number} de {sender}, mais le numéro {top} est déjà importé. Un paquet plus ancien pourrait rétablir ce que l’expéditeur a retiré depuis.</translation>
    </message>
    <message>
        <source>The bundle {file} was refused: a newer bundle from {sender} is already imported. An older bundle could bring back what the sender has since retracted.</source>
        <translation>Le paquet {file} a été refusé : un paquet plus récent de {sender} est déjà importé. Un paquet plus ancien pourrait rétablir ce que l’expéditeur a retiré depuis.</translation>
    </message>
    <message>
        <source>The passphrase for the key file {key_file} is incorrect.</source>
        <translation>La phrase secrète du fichier de clé {key_file} est incorrecte.</translation>
    </message>
    <message>
        <source>The new partner key cannot be saved without your identity passphrase.</source>
        <translation>La nouvelle clé du partenaire ne peut pas être enregistrée sans la phrase secrète de votre identité.</translation>
    </message>
    <message>
        <source>Choose at least one recipient: a partner, or a passphrase.</source>
        <translation>Choisissez au moins un destinataire : un partenaire ou une phrase secrète.</translation>
    </message>
    <message>
        <source>A bundle protected by a passphrase goes to one recipient only.</source>
        <translation>Un paquet protégé par une phrase secrète ne va qu’à un seul destinataire.</translation>
    </message>
    <message>
        <source>A bundle goes to at most 18 partners.</source>
        <translation>Un paquet va à 18 partenaires au plus.</translation>
    </message>
    <message>
        <source>State the purpose of the disclosure.</source>
        <translation>Indiquez la finalité de la communication.</translation>
    </message>
    <message>
        <source>Nothing to send: everything selected is withheld, or nothing is selected.</source>
        <translation>Rien à envoyer : tout ce qui est sélectionné est retenu, ou rien n’est sélectionné.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name.</source>
        <translation>{file} existe déjà ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>A bundle protected by a passphrase needs a passphrase for its key file.</source>
        <translation>Un paquet protégé par une phrase secrète a besoin d’une phrase secrète pour son fichier de clé.</translation>
    </message>
    <message>
        <source>Your workbench identity cannot be used: {problem}.</source>
        <translation>L’identité de votre poste ne peut pas être utilisée : {problem}.</translation>
    </message>
    <message>
        <source>This workbench has no investigator identity yet. Create one first.</source>
        <translation>Ce poste n’a pas encore d’identité d’enquêteur. Créez-en une d’abord.</translation>
    </message>
    <message>
        <source>The identity passphrase is incorrect.</source>
        <translation>La phrase secrète de l’identité est incorrecte.</translation>
    </message>
    <message>
        <source>This workbench already has an identity. Replacing it means every partner must pin your new card.</source>
        <translation>Ce poste a déjà une identité. La remplacer oblige chaque partenaire à épingler votre nouvelle carte.</translation>
    </message>
    <message>
        <source>The contact card or partner directory cannot be used: {problem}.</source>
        <translation>La carte de contact ou l’annuaire des partenaires ne peut pas être utilisé : {problem}.</translation>
    </message>
    <message>
        <source>There is no partner {ref}.</source>
        <translation>Il n’y a aucun partenaire {ref}.</translation>
    </message>
    <message>
        <source>Several partners are called {ref}; choose one by its key id.</source>
        <translation>Plusieurs partenaires s’appellent {ref} ; choisissez-en un par son identifiant de clé.</translation>
    </message>
    <message>
        <source>WARNING: the keys of {partner} have changed (new fingerprint {fingerprint}). This can mean an impostor. Confirm the new fingerprint with the partner by phone or in person before replacing the card.</source>
        <translation>ATTENTION : les clés de {partner} ont changé (nouvelle empreinte {fingerprint}). Il peut s’agir d’un imposteur. Confirmez la nouvelle empreinte avec le partenaire par téléphone ou en personne avant de remplacer la carte.</translation>
    </message>
    <message>
        <source>WARNING: the signing key {key_id} is already pinned for {partner} with other details; the card was refused.</source>
        <translation>ATTENTION : la clé de signature {key_id} est déjà épinglée pour {partner} avec d’autres informations ; la carte a été refusée.</translation>
    </message>
    <message>
        <source>There is no entity with id {id}.</source>
        <translation>Il n’y a aucune entité avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no exhibit {exhibit} in this case. Add it first, or leave the source out.</source>
        <translation>Il n’y a aucun scellé {exhibit} dans cette affaire. Ajoutez-le d’abord, ou laissez la source vide.</translation>
    </message>
    <message>
        <source>Other merges are built on merge proposal {review}: undo {first} first, in that order, or undo them all together.</source>
        <translation>D’autres fusions reposent sur la proposition de fusion {review} : annulez d’abord {first}, dans cet ordre, ou annulez-les toutes ensemble.</translation>
    </message>
    <message>
        <source>A RED pack needs a named recipient.</source>
        <translation>Un dossier RED doit avoir un destinataire nommé.</translation>
    </message>
    <message>
        <source>Choose PDF, Word or both.</source>
        <translation>Choisissez PDF, Word ou les deux.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>None of the chosen entities may go in this pack (unknown, or above the maximum TLP).</source>
        <translation>Aucune des entités choisies ne peut figurer dans ce dossier (inconnues, ou au-dessus du TLP maximal).</translation>
    </message>
    <message>
        <source>The briefing pack {file} could not be laid out ({kind}); no file was written.</source>
        <translation>Le dossier de réunion {file} n’a pas pu être mis en page ({kind}) ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Le fichier {file} n’existe pas.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({detail}).</source>
        <translation>Impossible de lire le fichier {file} ({detail}).</translation>
    </message>
    <message>
        <source>{encoding} is not a text encoding casebench knows; try utf-8, utf-16, cp1252 or latin-1.</source>
        <translation>{encoding} n’est pas un encodage de texte connu de casebench ; essayez utf-8, utf-16, cp1252 ou latin-1.</translation>
    </message>
    <message>
        <source>The file {file} is not valid {encoding} text. Choose its encoding (for example latin-1 or cp1252).</source>
        <translation>Le fichier {file} n’est pas un texte {encoding} valide. Choisissez son encodage (par exemple latin-1 ou cp1252).</translation>
    </message>
    <message>
        <source>The file {file} is empty; a table needs a header row.</source>
        <translation>Le fichier {file} est vide ; un tableau doit avoir une ligne d’en-tête.</translation>
    </message>
    <message>
        <source>The file {file} has no row {row} for the header.</source>
        <translation>Le fichier {file} n’a pas de ligne {row} pour l’en-tête.</translation>
    </message>
    <message>
        <source>Row {row} of {file} names the column {name} twice; rename one of them.</source>
        <translation>La ligne {row} de {file} nomme deux fois la colonne {name} ; renommez l’une d’elles.</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel (.xlsx) workbook.</source>
        <translation>{file} n’est pas un classeur Excel (.xlsx) lisible.</translation>
    </message>
    <message>
        <source>The workbook {file} has no sheet {sheet}; its sheets are {sheets}.</source>
        <translation>Le classeur {file} n’a pas de feuille {sheet} ; ses feuilles sont {sheets}.</translation>
    </message>
    <message>
        <source>The CSV file {file} is malformed near line {line}.</source>
        <translation>Le fichier CSV {file} est mal formé vers la ligne {line}.</translation>
    </message>
    <message>
        <source>The workbook {file} would take too much room once unpacked; it was refused.</source>
        <translation>Le classeur {file} prendrait trop de place une fois décompressé ; il a été refusé.</translation>
    </message>
    <message>
        <source>An exhibit needs a reference (for example MA-EX-001).</source>
        <translation>Un scellé doit avoir une référence (par exemple MA-EX-001).</translation>
    </message>
    <message>
        <source>An exhibit reference is at most 200 characters.</source>
        <translation>La référence d’un scellé compte au plus 200 caractères.</translation>
    </message>
    <message>
        <source>The exhibit reference holds an invisible control character ({char}) that would make it read as something else.</source>
        <translation>La référence du scellé contient un caractère de contrôle invisible ({char}) qui la ferait lire comme autre chose.</translation>
    </message>
    <message>
        <source>The exhibit type {type} is unknown; use one of {types}.</source>
        <translation>Le type de scellé {type} est inconnu ; utilisez l’un de ceux-ci : {types}.</translation>
    </message>
    <message>
        <source>The time zone {zone} is unknown. Write a zone such as Europe/Madrid or an offset such as +01:00.</source>
        <translation>Le fuseau horaire {zone} est inconnu. Indiquez un fuseau comme Europe/Madrid ou un décalage comme +01:00.</translation>
    </message>
    <message>
        <source>Choose at least one file or folder to take in.</source>
        <translation>Choisissez au moins un fichier ou un dossier à intégrer.</translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation>{source} n’existe pas.</translation>
    </message>
    <message>
        <source>{source} changed while it was being taken in (another program is still writing to it?). Nothing of this intake was kept: take it in again once the file no longer changes.</source>
        <translation>{source} a changé pendant son intégration (un autre programme y écrit-il encore ?). Rien de cette intégration n’a été conservé : intégrez-le de nouveau lorsque le fichier ne change plus.</translation>
    </message>
    <message>
        <source>Choose the RED items, or the free-text name to replace.</source>
        <translation>Choisissez les éléments RED, ou le nom en texte libre à remplacer.</translation>
    </message>
    <message>
        <source>{item} is not a RED entity or value of this case.</source>
        <translation>{item} n’est ni une entité ni une valeur RED de cette affaire.</translation>
    </message>
    <message>
        <source>{item} is a partner's RED item: it is never passed on, so its recipients are not set here.</source>
        <translation>{item} est un élément RED d’un partenaire : il n’est jamais transmis, ses destinataires ne sont donc pas définis ici.</translation>
    </message>
    <message>
        <source>No RED item names {name}.</source>
        <translation>Aucun élément RED ne nomme {name}.</translation>
    </message>
    <message>
        <source>{id} is not a meeting this pack may show (unknown, not a Meeting, or above the maximum TLP).</source>
        <translation>{id} n’est pas une réunion que ce dossier peut montrer (inconnue, pas une Meeting, ou au-dessus du TLP maximal).</translation>
    </message>
    <message>
        <source>Give the reason for the extraction; it is recorded as a disclosure.</source>
        <translation>Indiquez le motif de l’extraction ; il est consigné comme une communication.</translation>
    </message>
    <message>
        <source>{target} already exists and was not overwritten; choose an empty folder.</source>
        <translation>{target} existe déjà et n’a pas été écrasé ; choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>{folder} is a file; choose a folder (an empty or new one).</source>
        <translation>{folder} est un fichier ; choisissez un dossier (vide ou nouveau).</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; choose an empty or new folder.</source>
        <translation>Le dossier {folder} n’est pas vide ; choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <source>There is no value with id {id}.</source>
        <translation>Il n’y a aucune valeur avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>The value {id} is already retracted.</source>
        <translation>La valeur {id} est déjà retirée.</translation>
    </message>
    <message>
        <source>Give a reason for the retraction.</source>
        <translation>Indiquez un motif pour le retrait.</translation>
    </message>
    <message>
        <source>These are already the same entity.</source>
        <translation>Il s’agit déjà de la même entité.</translation>
    </message>
    <message>
        <source>An exhibit with reference {reference} already exists.</source>
        <translation>Un scellé de référence {reference} existe déjà.</translation>
    </message>
    <message>
        <source>There is no exhibit with reference {reference}.</source>
        <translation>Il n’y a aucun scellé de référence {reference}.</translation>
    </message>
    <message>
        <source>A saved chart needs a name.</source>
        <translation>Un graphe enregistré doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is no saved chart called {name}.</source>
        <translation>Il n’y a aucun graphe enregistré nommé {name}.</translation>
    </message>
    <message>
        <source>A chart called {name} already exists.</source>
        <translation>Un graphe nommé {name} existe déjà.</translation>
    </message>
    <message>
        <source>The folder {path} is not a casebench case: it has no case.json.</source>
        <translation>Le dossier {path} n’est pas une affaire casebench : il n’a pas de case.json.</translation>
    </message>
    <message>
        <source>The recorded path {recorded} is not safe to write; extract that file alone.</source>
        <translation>Le chemin enregistré {recorded} n’est pas sûr à écrire ; extrayez ce fichier seul.</translation>
    </message>
    <message>
        <source>The bundle {file} is not addressed to this workbench: none of its recipients is your key. If it came with a key file (.key.age), choose that key file.</source>
        <translation>Le paquet {file} n’est pas adressé à ce poste : aucun de ses destinataires n’est votre clé. S’il est accompagné d’un fichier de clé (.key.age), choisissez ce fichier de clé.</translation>
    </message>
    <message>
        <source>Exhibit {reference} has no content files.</source>
        <translation>Le scellé {reference} n’a aucun fichier de contenu.</translation>
    </message>
    <message>
        <source>Exhibit {reference} has no file {name}.</source>
        <translation>Le scellé {reference} n’a aucun fichier {name}.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: its database (case.db) is missing. Restore it from a backup or ask your technical support.</source>
        <translation>L’affaire est endommagée et n’a pas été ouverte : sa base de données (case.db) manque. Restaurez-la depuis une sauvegarde ou contactez votre support technique.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: its database (case.db) is empty. Restore it from a backup or ask your technical support.</source>
        <translation>L’affaire est endommagée et n’a pas été ouverte : sa base de données (case.db) est vide. Restaurez-la depuis une sauvegarde ou contactez votre support technique.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: its database (case.db) is cut short at byte {size}. Restore it from a backup or ask your technical support.</source>
        <translation>L’affaire est endommagée et n’a pas été ouverte : sa base de données (case.db) est tronquée à l’octet {size}. Restaurez-la depuis une sauvegarde ou contactez votre support technique.</translation>
    </message>
    <message>
        <source>The case is damaged and was not opened: its database (case.db) is damaged at page {page}. Restore it from a backup or ask your technical support.</source>
        <translation>L’affaire est endommagée et n’a pas été ouverte : sa base de données (case.db) est endommagée à la page {page}. Restaurez-la depuis une sauvegarde ou contactez votre support technique.</translation>
    </message>
    <message>
        <source>The case was not opened: its database (case.db) is not encrypted, so it is not what casebench wrote. Ask your technical support.</source>
        <translation>L’affaire n’a pas été ouverte : sa base de données (case.db) n’est pas chiffrée ; ce n’est donc pas ce que casebench a écrit. Contactez votre support technique.</translation>
    </message>
    <message>
        <source>There is no merge proposal {review}.</source>
        <translation>Il n’y a aucune proposition de fusion {review}.</translation>
    </message>
    <message>
        <source>Merge proposal {review} is already accepted.</source>
        <translation>La proposition de fusion {review} est déjà acceptée.</translation>
    </message>
    <message>
        <source>Merge proposal {review} was accepted; undo it first.</source>
        <translation>La proposition de fusion {review} a été acceptée ; annulez-la d’abord.</translation>
    </message>
    <message>
        <source>Merge proposal {review} is still pending.</source>
        <translation>La proposition de fusion {review} est encore en attente.</translation>
    </message>
    <message>
        <source>The fingerprint of {name}'s card was not confirmed. Compare it with the partner by phone or in person first.</source>
        <translation>L’empreinte de la carte de {name} n’a pas été confirmée. Comparez-la d’abord avec le partenaire par téléphone ou en personne.</translation>
    </message>
    <message>
        <source>This is your own contact card.</source>
        <translation>C’est votre propre carte de contact.</translation>
    </message>
    <message>
        <source>The date {date} skips a part: a date can only be known from the year down.</source>
        <translation>La date {date} omet une partie : une date ne peut être connue qu’en partant de l’année.</translation>
    </message>
    <message>
        <source>Year {year} is outside the years 0001 to 9999.</source>
        <translation>L’année {year} est en dehors des années 0001 à 9999.</translation>
    </message>
    <message>
        <source>Month {month} does not exist (months run from 01 to 12).</source>
        <translation>Le mois {month} n’existe pas (les mois vont de 01 à 12).</translation>
    </message>
    <message>
        <source>The month {year}-{month} has no day {day} (it has {days} days).</source>
        <translation>Le mois {year}-{month} n’a pas de jour {day} (il a {days} jours).</translation>
    </message>
    <message>
        <source>Hour {hour} does not exist (hours run from 00 to 23).</source>
        <translation>L’heure {hour} n’existe pas (les heures vont de 00 à 23).</translation>
    </message>
    <message>
        <source>Minute {minute} does not exist (minutes run from 00 to 59).</source>
        <translation>La minute {minute} n’existe pas (les minutes vont de 00 à 59).</translation>
    </message>
    <message>
        <source>Second {second} does not exist (seconds run from 00 to 59).</source>
        <translation>La seconde {second} n’existe pas (les secondes vont de 00 à 59).</translation>
    </message>
    <message>
        <source>The UTC offset {offset} is beyond ±14:00, the largest offset in use anywhere.</source>
        <translation>Le décalage UTC {offset} dépasse ±14:00, le plus grand décalage en usage dans le monde.</translation>
    </message>
    <message>
        <source>The date {date} has a UTC offset but no time of day; an offset only means something with a time.</source>
        <translation>La date {date} a un décalage UTC mais pas d’heure ; un décalage n’a de sens qu’avec une heure.</translation>
    </message>
    <message>
        <source>The date {date} falls outside the years 0001 to 9999 once converted to UTC.</source>
        <translation>La date {date} sort des années 0001 à 9999 une fois convertie en UTC.</translation>
    </message>
    <message>
        <source>The UTC offset {offset} has {minutes} minutes; write 00 to 59.</source>
        <translation>Le décalage UTC {offset} a {minutes} minutes ; écrivez de 00 à 59.</translation>
    </message>
    <message>
        <source>“{value}” is not in a date form casebench understands.</source>
        <translation>« {value} » n’est pas une forme de date que casebench comprend.</translation>
    </message>
    <message>
        <source>The range ends ({end}) before it starts ({start}).</source>
        <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>The date is empty. Write for example 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (approximate) or 2024-03/2024-05 (a range).</source>
        <translation>La date est vide. Écrivez par exemple 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (approximative) ou 2024-03/2024-05 (une période).</translation>
    </message>
    <message>
        <source>“{value}” can be read as more than one range; write it with ISO dates (for example 2024-03-11/2024-05-02).</source>
        <translation>« {value} » peut se lire comme plusieurs périodes ; écrivez-le avec des dates ISO (par exemple 2024-03-11/2024-05-02).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid date. {why}</source>
        <translation>« {value} » n’est pas une date valide. {why}</translation>
    </message>
    <message>
        <source>“{value}” is not a date casebench understands. Write for example 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (approximate) or 2024-03/2024-05 (a range).</source>
        <translation>« {value} » n’est pas une date que casebench comprend. Écrivez par exemple 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (approximative) ou 2024-03/2024-05 (une période).</translation>
    </message>
    <message>
        <source>“{raw}” names two currencies.</source>
        <translation>« {raw} » indique deux devises.</translation>
    </message>
    <message>
        <source>“{raw}” is not an amount. Write an amount such as 1.234,56, -250.00, (250,00) or R$ 1.234,56.</source>
        <translation>« {raw} » n’est pas un montant. Écrivez un montant comme 1.234,56, -250.00, (250,00) ou R$ 1.234,56.</translation>
    </message>
    <message>
        <source>The decimal separator is “{decimal}”, but “{raw}” does not read as one amount with it.</source>
        <translation>Le séparateur décimal est « {decimal} », mais « {raw} » ne se lit pas comme un seul montant avec lui.</translation>
    </message>
    <message>
        <source>With “{decimal}” as the decimal separator, “{thousands}” must group digits by three; “{raw}” does not, so it may be written the other way.</source>
        <translation>Avec « {decimal} » comme séparateur décimal, « {thousands} » doit grouper les chiffres par trois ; « {raw} » ne le fait pas, il est donc peut-être écrit dans l’autre convention.</translation>
    </message>
    <message>
        <source>“{raw}” has several “{separator}” and no decimal separator; choose the decimal separator.</source>
        <translation>« {raw} » contient plusieurs « {separator} » et aucun séparateur décimal ; choisissez le séparateur décimal.</translation>
    </message>
    <message>
        <source>“{raw}” can be read with “{separator}” as the decimal separator or as the thousands separator; choose the decimal separator.</source>
        <translation>« {raw} » peut se lire avec « {separator} » comme séparateur décimal ou comme séparateur de milliers ; choisissez le séparateur décimal.</translation>
    </message>
    <message>
        <source>“{raw}” is not an amount.</source>
        <translation>« {raw} » n’est pas un montant.</translation>
    </message>
    <message>
        <source>“{raw}” is not a duration. Write seconds (211) or hours:minutes:seconds (0:03:31).</source>
        <translation>« {raw} » n’est pas une durée. Écrivez des secondes (211) ou heures:minutes:secondes (0:03:31).</translation>
    </message>
    <message>
        <source>It does not look like a phone number.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone.</translation>
    </message>
    <message>
        <source>It has no country code; write it with + and the country code, or choose a country.</source>
        <translation>Il n’a pas d’indicatif de pays ; écrivez-le avec + et l’indicatif du pays, ou choisissez un pays.</translation>
    </message>
    <message>
        <source>It has the wrong number of digits for its country.</source>
        <translation>Il n’a pas le bon nombre de chiffres pour son pays.</translation>
    </message>
    <message>
        <source>It is not a number in use in the numbering plan of {where}.</source>
        <translation>Ce n’est pas un numéro en service dans le plan de numérotation de {where}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number. {why}</source>
        <translation>« {value} » n’est pas un numéro de téléphone valide. {why}</translation>
    </message>
    <message>
        <source>{type} is not a value type casebench knows.</source>
        <translation>{type} n’est pas un type de valeur que casebench connaît.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>La valeur est vide.</translation>
    </message>
    <message>
        <source>“{value}” is not a country casebench knows; use its ISO code, for example ES or GMB.</source>
        <translation>« {value} » n’est pas un pays que casebench connaît ; utilisez son code ISO, par exemple ES ou GMB.</translation>
    </message>
    <message>
        <source>The grading scheme “{scheme}” is unknown; use one of {schemes}.</source>
        <translation>Le système de cotation « {scheme} » est inconnu ; utilisez l’un de ceux-ci : {schemes}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid {scheme} grade.</source>
        <translation>« {value} » n’est pas une cotation valide du système {scheme}.</translation>
    </message>
    <message>
        <source>The grade “{value}” must be written scheme:value, for example admiralty:B2.</source>
        <translation>La cotation « {value} » doit s’écrire système:valeur, par exemple admiralty:B2.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: it must be a country code, two check digits and letters or digits.</source>
        <translation>« {value} » n’est pas un IBAN valide : il doit être un code pays, deux chiffres de contrôle puis des lettres ou des chiffres.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: {country} does not issue IBANs.</source>
        <translation>« {value} » n’est pas un IBAN valide : {country} n’émet pas d’IBAN.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: IBANs from {country} have {expected} characters, this one has {length}.</source>
        <translation>« {value} » n’est pas un IBAN valide : les IBAN de {country} ont {expected} caractères, celui-ci en a {length}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: the check digits do not match; a character is probably mistyped.</source>
        <translation>« {value} » n’est pas un IBAN valide : les chiffres de contrôle ne correspondent pas ; un caractère est probablement mal saisi.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IMO number: an IMO ship number has seven digits, for example IMO 9074729.</source>
        <translation>« {value} » n’est pas un numéro OMI valide : un numéro OMI de navire a sept chiffres, par exemple IMO 9074729.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IMO number: the check digit (the last one) does not match.</source>
        <translation>« {value} » n’est pas un numéro OMI valide : le chiffre de contrôle (le dernier) ne correspond pas.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid MMSI: an MMSI has exactly nine digits.</source>
        <translation>« {value} » n’est pas un MMSI valide : un MMSI a exactement neuf chiffres.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid BIC (SWIFT code): a BIC has 8 or 11 characters: bank (4 letters), country, place, branch.</source>
        <translation>« {value} » n’est pas un BIC (code SWIFT) valide : un BIC a 8 ou 11 caractères : banque (4 lettres), pays, place, agence.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid BIC (SWIFT code): {country} (characters 5-6) is not a country code.</source>
        <translation>« {value} » n’est pas un BIC (code SWIFT) valide : {country} (caractères 5-6) n’est pas un code pays.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid vehicle identification number (VIN): a VIN has 17 characters, this one has {length}.</source>
        <translation>« {value} » n’est pas un numéro d’identification de véhicule (VIN) valide : un VIN a 17 caractères, celui-ci en a {length}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid vehicle identification number (VIN): VINs never contain the letters I, O or Q.</source>
        <translation>« {value} » n’est pas un numéro d’identification de véhicule (VIN) valide : un VIN ne contient jamais les lettres I, O ou Q.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid vehicle identification number (VIN): a VIN has only letters and digits.</source>
        <translation>« {value} » n’est pas un numéro d’identification de véhicule (VIN) valide : un VIN n’a que des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid vehicle identification number (VIN): the check digit (9th character) should be {check} for this VIN.</source>
        <translation>« {value} » n’est pas un numéro d’identification de véhicule (VIN) valide : le caractère de contrôle (le 9e) devrait être {check} pour ce VIN.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid crypto wallet address: an address is 20 to 128 letters and digits without spaces.</source>
        <translation>« {value} » n’est pas une adresse de portefeuille crypto valide : une adresse compte 20 à 128 lettres et chiffres sans espaces.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid crypto wallet address: the bech32 checksum does not match; check every character.</source>
        <translation>« {value} » n’est pas une adresse de portefeuille crypto valide : la somme de contrôle bech32 ne correspond pas ; vérifiez chaque caractère.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid crypto wallet address: the checksum does not match; check every character.</source>
        <translation>« {value} » n’est pas une adresse de portefeuille crypto valide : la somme de contrôle ne correspond pas ; vérifiez chaque caractère.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address: an e-mail address looks like name@example.org.</source>
        <translation>« {value} » n’est pas une adresse e-mail valide : une adresse e-mail a la forme nom@example.org.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid web address (URL): a web address has no spaces.</source>
        <translation>« {value} » n’est pas une adresse web (URL) valide : une adresse web n’a pas d’espaces.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid web address (URL): it has no scheme; start it with https:// or http://.</source>
        <translation>« {value} » n’est pas une adresse web (URL) valide : elle n’a pas de schéma ; commencez-la par https:// ou http://.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid web address (URL): it has no host name after //.</source>
        <translation>« {value} » n’est pas une adresse web (URL) valide : elle n’a pas de nom d’hôte après //.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid number: write a plain number such as 1500 or 1,5 (no units, at most one decimal separator).</source>
        <translation>« {value} » n’est pas un nombre valide : écrivez un nombre simple comme 1500 ou 1,5 (sans unité, avec au plus un séparateur décimal).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid number.</source>
        <translation>« {value} » n’est pas un nombre valide.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid entity reference: entity ids are letters, digits and . _ : - only.</source>
        <translation>« {value} » n’est pas une référence d’entité valide : un id d’entité n’a que des lettres, des chiffres et . _ : -</translation>
    </message>
    <message>
        <source>“{value}” is not a valid identifier: it has no letters or digits.</source>
        <translation>« {value} » n’est pas un identifiant valide : il n’a ni lettres ni chiffres.</translation>
    </message>
    <message>
        <source>The content of {file} in exhibit {exhibit} is not what the case recorded (changed or damaged). No bundle was written; nothing was exported.</source>
        <translation>Le contenu de {file} dans le scellé {exhibit} n’est pas celui que le dossier a enregistré (modifié ou endommagé). Aucun paquet n’a été écrit ; rien n’a été exporté.</translation>
    </message>
    <message>
        <source>The D/C column says “{mark}”, which is neither a debit nor a credit. Write D or C, DR or CR, Debe or Haber, Cargo or Abono, Pago or Ingreso, Débito or Crédito, Retrait or Versement, Withdrawal or Deposit, or - or +.</source>
        <translation>La colonne D/C indique « {mark} », qui n’est ni un débit ni un crédit. Écrivez D ou C, DR ou CR, Debe ou Haber, Cargo ou Abono, Pago ou Ingreso, Débito ou Crédito, Retrait ou Versement, Withdrawal ou Deposit, ou - ou +.</translation>
    </message>
    <message>
        <source>The D/C column is empty beside {amount}: whether it went out or came in is not known.</source>
        <translation>La colonne D/C est vide à côté de {amount} : on ne sait pas s’il est sorti ou entré.</translation>
    </message>
    <message>
        <source>“{amount}” is marked one way and the D/C column ({mark}) the other; which one is right is not known.</source>
        <translation>« {amount} » est marqué dans un sens et la colonne D/C ({mark}) dans l’autre ; on ne sait pas lequel est juste.</translation>
    </message>
    <message>
        <source>The row has an amount in both the debit column ({debit}) and the credit column ({credit}); one row is one movement, so which one it is is not known.</source>
        <translation>La ligne a un montant à la fois dans la colonne débit ({debit}) et dans la colonne crédit ({credit}) ; une ligne est un mouvement, on ne sait donc pas lequel c’est.</translation>
    </message>
    <message>
        <source>The date cell has a time of its own ({date} {own}) that is not the time column’s {time}; which one is meant is not known. Map the date column alone or correct the times.</source>
        <translation>La cellule de date a sa propre heure ({date} {own}), qui n’est pas celle de la colonne d’heure, {time} ; on ne sait pas laquelle est la bonne. Associez la colonne de date seule ou corrigez les heures.</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day: a 12-hour clock runs from 1 to 12 (AM or PM), a 24-hour one from 0 to 23, and minutes and seconds from 00 to 59.</source>
        <translation>« {value} » n’est pas une heure du jour : une horloge de 12 heures va de 1 à 12 (AM ou PM), une de 24 heures de 0 à 23, et les minutes et secondes de 00 à 59.</translation>
    </message>
    <message>
        <source>In “{value}” the (0) after the country code may be part of the number in that country (it could be {options}); the number is kept as written, not normalised.</source>
        <translation>Dans « {value} », le (0) après l’indicatif du pays peut faire partie du numéro dans ce pays (ce pourrait être {options}) ; le numéro est gardé tel qu’il est écrit, sans être normalisé.</translation>
    </message>
    <message>
        <source>“{value}” is a valid number in more than one reading ({options}); it is kept as written, not normalised. Write it with + and the country code to choose one.</source>
        <translation>« {value} » est un numéro valide selon plusieurs lectures ({options}) ; il est gardé tel qu’il est écrit, sans être normalisé. Écrivez-le avec + et l’indicatif du pays pour en choisir une.</translation>
    </message>
    <message>
        <source>“{value}” has {digits} digits, but a spreadsheet number keeps only 15: its last digits are lost. Ask for the file with this column formatted as text.</source>
        <translation>« {value} » a {digits} chiffres, mais un nombre de tableur n’en garde que 15 : ses derniers chiffres sont perdus. Demandez le fichier avec cette colonne au format texte.</translation>
    </message>
    <message>
        <source>“{value}” is a number with a fraction, not an identifier: the spreadsheet has changed it. Ask for the file with this column formatted as text.</source>
        <translation>« {value} » est un nombre à virgule, pas un identifiant : le tableur l’a modifié. Demandez le fichier avec cette colonne au format texte.</translation>
    </message>
    <message>
        <source>“{value}” is a number in exponent form: the spreadsheet that wrote it kept only its first digits, so the identifier is lost. Ask for the file with this column formatted as text.</source>
        <translation>« {value} » est un nombre en notation exponentielle : le tableur qui l’a écrit n’en a gardé que les premiers chiffres, l’identifiant est donc perdu. Demandez le fichier avec cette colonne au format texte.</translation>
    </message>
    <message>
        <source>The row has only {cells} cells, so it has no column {column}.</source>
        <translation>La ligne n’a que {cells} cellules, elle n’a donc pas de colonne {column}.</translation>
    </message>
    <message>
        <source>The cell is empty, but the import specification requires a value in it.</source>
        <translation>La cellule est vide, mais la spécification d’import exige une valeur.</translation>
    </message>
    <message>
        <source>Every mapped cell of the row is empty.</source>
        <translation>Toutes les cellules associées de la ligne sont vides.</translation>
    </message>
    <message>
        <source>The row names several currencies ({currencies}).</source>
        <translation>La ligne indique plusieurs devises ({currencies}).</translation>
    </message>
    <message>
        <source>{when} does not exist in {zone}: the clocks went forward. It was read with the offset before the change.</source>
        <translation>{when} n’existe pas en {zone} : les horloges ont avancé. L’heure a été lue avec le décalage d’avant le changement.</translation>
    </message>
    <message>
        <source>{when} occurs twice in {zone}: the clocks went back. It was read as the first, the earlier instant.</source>
        <translation>{when} a lieu deux fois en {zone} : les horloges ont reculé. L’heure a été lue comme la première, l’instant le plus tôt.</translation>
    </message>
    <message>
        <source>A D/C column and debit and credit columns both say which way the money went; choose one of them.</source>
        <translation>Une colonne D/C et des colonnes de débit et de crédit disent toutes deux dans quel sens l’argent est allé ; choisissez l’une des deux.</translation>
    </message>
    <message>
        <source>A D/C column says which way an amount went: map the column with the amounts to {path}.</source>
        <translation>Une colonne D/C dit dans quel sens un montant est allé : associez la colonne des montants à {path}.</translation>
    </message>
    <message>
        <source>A signed amount swaps the two sides of a link, and a {schema} has none.</source>
        <translation>Un montant signé échange les deux côtés d’un lien, et un {schema} n’en a pas.</translation>
    </message>
    <message>
        <source>A {schema} has no property {prop} to fill from a cell.</source>
        <translation>Un {schema} n’a pas de propriété {prop} à remplir depuis une cellule.</translation>
    </message>
    <message>
        <source>A {schema} has no property {prop}.</source>
        <translation>Un {schema} n’a pas de propriété {prop}.</translation>
    </message>
    <message>
        <source>Choose both the debit column and the credit column.</source>
        <translation>Choisissez la colonne de débit et la colonne de crédit.</translation>
    </message>
    <message>
        <source>Debit and credit columns give an amount, but {path} is not a number.</source>
        <translation>Les colonnes de débit et de crédit donnent un montant, mais {path} n’est pas un nombre.</translation>
    </message>
    <message>
        <source>No column is mapped; map at least one.</source>
        <translation>Aucune colonne n’est associée ; associez-en au moins une.</translation>
    </message>
    <message>
        <source>The file has no column “{column}”; its columns are {columns}.</source>
        <translation>Le fichier n’a pas de colonne « {column} » ; ses colonnes sont {columns}.</translation>
    </message>
    <message>
        <source>The file names both sides of the link, {source} ({source_columns}) and {target} ({target_columns}), so it already says who paid whom: read its amounts as written. A direction is for a statement of one account.</source>
        <translation>Le fichier nomme les deux côtés du lien, {source} ({source_columns}) et {target} ({target_columns}), il dit donc déjà qui a payé qui : lisez ses montants tels qu’ils sont écrits. Un sens est pour le relevé d’un seul compte.</translation>
    </message>
    <message>
        <source>The import specification is damaged ({detail}); map the columns again and save it.</source>
        <translation>La spécification d’import est endommagée ({detail}) ; associez à nouveau les colonnes et enregistrez-la.</translation>
    </message>
    <message>
        <source>The record key {path} is not mapped to a column.</source>
        <translation>La clé d’enregistrement {path} n’est associée à aucune colonne.</translation>
    </message>
    <message>
        <source>The required property {path} is not mapped to a column.</source>
        <translation>La propriété obligatoire {path} n’est associée à aucune colonne.</translation>
    </message>
    <message>
        <source>The signed amount {path} is not mapped to a column.</source>
        <translation>Le montant signé {path} n’est associé à aucune colonne.</translation>
    </message>
    <message>
        <source>The time column “{time_column}” belongs to the column “{date_column}”, which is not mapped.</source>
        <translation>La colonne d’heure « {time_column} » appartient à la colonne « {date_column} », qui n’est pas associée.</translation>
    </message>
    <message>
        <source>The time zone {zone} is beyond ±14:00; offsets run from -14:00 to +14:00.</source>
        <translation>Le fuseau horaire {zone} dépasse ±14:00 ; les décalages vont de -14:00 à +14:00.</translation>
    </message>
    <message>
        <source>{prop} is a link to another entity: map one of its properties instead.</source>
        <translation>{prop} est un lien vers une autre entité : associez plutôt une de ses propriétés.</translation>
    </message>
    <message>
        <source>{prop} is not a link to another entity, so {path} means nothing.</source>
        <translation>{prop} n’est pas un lien vers une autre entité, donc {path} ne veut rien dire.</translation>
    </message>
    <message>
        <source>{prop}: a {schema} cannot be created from a row; choose a concrete kind or only link entities already in the case.</source>
        <translation>{prop} : un {schema} ne peut pas être créé à partir d’une ligne ; choisissez un type concret ou liez seulement des entités déjà dans l’affaire.</translation>
    </message>
    <message>
        <source>{schema} is not a kind of record casebench knows.</source>
        <translation>{schema} n’est pas un type d’enregistrement que casebench connaît.</translation>
    </message>
    <message>
        <source>{schema} is too general for a row; choose a concrete kind (for example Person).</source>
        <translation>{schema} est trop général pour une ligne ; choisissez un type concret (par exemple Person).</translation>
    </message>
    <message>
        <source>“{country}” is not a country code; write the two letters of the country the phones are from (for example ES).</source>
        <translation>« {country} » n’est pas un code de pays ; écrivez les deux lettres du pays des téléphones (par exemple FR).</translation>
    </message>
    <message>
        <source>“{decimal}” cannot be a decimal separator; use a comma or a point.</source>
        <translation>« {decimal} » ne peut pas être un séparateur décimal ; utilisez une virgule ou un point.</translation>
    </message>
    <message>
        <source>“{format}” is not a date format. Write it like dd/mm/yyyy hh:mm or %d/%m/%Y.</source>
        <translation>« {format} » n’est pas un format de date. Écrivez-le comme dd/mm/yyyy hh:mm ou %d/%m/%Y.</translation>
    </message>
</context>
<context>
    <name>TimelineExportDialog</name>
    <message>
        <source>Export the timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Highest TLP:</source>
        <translation>TLP maximal :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exported to {0}, marked {1}.</source>
        <translation>Exporté vers {0}, marqué {1}.</translation>
    </message>
    <message>
        <source>The items in view, marked with the highest TLP printed. Items, names and dates that handling keeps home are left out; the export is recorded in the audit log.</source>
        <translation>Les éléments affichés, marqués du TLP le plus élevé imprimé. Les éléments, noms et dates que le traitement retient sont omis ; l'export est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Export to a .png or .svg file.</source>
        <translation>Exportez vers un fichier .png ou .svg.</translation>
    </message>
    <message numerus="yes">
        <source>Handling: %n item(s) left out (they may not leave at this level).</source>
        <translation>
            <numerusform>Traitement : %n élément omis (il ne peut pas sortir à ce niveau).</numerusform>
            <numerusform>Traitement : %n éléments omis (ils ne peuvent pas sortir à ce niveau).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormUndo</name>
    <message>
        <source>adding a value to “{property}”</source>
        <translation>l’ajout d’une valeur à « {property} »</translation>
    </message>
    <message>
        <source>removing a value from “{property}”</source>
        <translation>le retrait d’une valeur de « {property} »</translation>
    </message>
    <message>
        <source>typing in “{property}”</source>
        <translation>la saisie dans « {property} »</translation>
    </message>
</context>
<context>
    <name>PathStepsModel</name>
    <message numerus="yes">
        <source>Path {n}: %n link(s)</source>
        <translation>
            <numerusform>Chemin {n} : %n lien</numerusform>
            <numerusform>Chemin {n} : %n liens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actor</name>
    <message>
        <source>{who} · key {key} · login {login}</source>
        <translation>{who} · clé {key} · utilisateur {login}</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Other end</source>
        <translation>Autre extrémité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Cité par</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Cite</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>→ to</source>
        <translation>→ vers</translation>
    </message>
    <message>
        <source>← from</source>
        <translation>← de</translation>
    </message>
    <message>
        <source>↔ with</source>
        <translation>↔ avec</translation>
    </message>
    <message>
        <source>A link without a direction</source>
        <translation>Un lien sans direction</translation>
    </message>
    <message>
        <source>{role}: this entity
{other}: {name}</source>
        <translation>{role} : cette entité
{other} : {name}</translation>
    </message>
    <message>
        <source>{name}
Double-click or Enter opens the link itself ({kind}).</source>
        <translation>{name}
Double-clic ou Entrée ouvre le lien lui-même ({kind}).</translation>
    </message>
    <message>
        <source>{name}
Double-click or Enter opens it; Alt+Left comes back.</source>
        <translation>{name}
Double-clic ou Entrée l'ouvre ; Alt+Gauche revient.</translation>
    </message>
</context>
<context>
    <name>Renaming</name>
    <message>
        <source>Naming the linked calls, payments and links again: {done} of {total}</source>
        <translation>Nouveau nommage des appels, paiements et liens associés : {done} sur {total}</translation>
    </message>
    <message>
        <source>Saving values</source>
        <translation>Enregistrement des valeurs</translation>
    </message>
    <message>
        <source>Saving the values…</source>
        <translation>Enregistrement des valeurs…</translation>
    </message>
    <message>
        <source>Retracting a value</source>
        <translation>Retrait d’une valeur</translation>
    </message>
    <message>
        <source>Retracting the value…</source>
        <translation>Retrait de la valeur…</translation>
    </message>
    <message>
        <source>Merging entities</source>
        <translation>Fusion des entités</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <source>Unmerging an entity</source>
        <translation>Défusion d’une entité</translation>
    </message>
    <message>
        <source>Unmerging…</source>
        <translation>Défusion…</translation>
    </message>
</context>
<context>
    <name>UndatedModel</name>
    <message>
        <source>{kind} — {name} (no date yet)</source>
        <translation>{kind} — {name} (pas encore de date)</translation>
    </message>
</context>
<context>
    <name>EntitiesPage</name>
    <message numerus="yes">
        <source>%n row(s) imported from a call record keep the file's order after the others: this list cannot be sorted by {column}. The timeline shows them in time order.</source>
        <translation>
            <numerusform>%n ligne importée d'un relevé d'appels garde l'ordre du fichier après les autres : cette liste ne peut pas être triée par {column}. La chronologie la montre dans l'ordre du temps.</numerusform>
            <numerusform>%n lignes importées d'un relevé d'appels gardent l'ordre du fichier après les autres : cette liste ne peut pas être triée par {column}. La chronologie les montre dans l'ordre du temps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>No entity open</source>
        <translation>Aucune entité ouverte</translation>
    </message>
    <message>
        <source>Double-click a node on the chart (or select it and press Enter) to open it here.</source>
        <translation>Double-cliquez sur un nœud du graphe (ou sélectionnez-le et appuyez sur Entrée) pour l'ouvrir ici.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message numerus="yes">
        <source>%Ln added to the chart</source>
        <translation>
            <numerusform>%Ln ajoutée au graphe</numerusform>
            <numerusform>%Ln ajoutées au graphe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already on it</source>
        <translation>
            <numerusform>%Ln y était déjà</numerusform>
            <numerusform>%Ln y étaient déjà</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>The file names both the payer ({payer}) and the beneficiary ({beneficiary}): it already says who paid whom. Under Money in and out choose “{written}”; a direction is for a statement of one account.</source>
        <translation>Le fichier nomme le donneur d’ordre ({payer}) et le bénéficiaire ({beneficiary}) : il dit déjà qui a payé qui. Sous Entrées et sorties, choisissez « {written} » ; un sens est pour le relevé d’un seul compte.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{date} (approx.)</source>
        <translation>{date} (env.)</translation>
    </message>
    <message>
        <source>{time} (no time zone)</source>
        <translation>{time} (sans fuseau horaire)</translation>
    </message>
    <message>
        <source>{time} (time zone not stated)</source>
        <translation>{time} (fuseau horaire non indiqué)</translation>
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
        <translation>Sens</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Imported, check it</source>
        <translation>Importée ; vérifiez-la</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Written in the file: {text}</source>
        <translation>Écrit dans le fichier : {text}</translation>
    </message>
    <message>
        <source>money in (credit)</source>
        <translation>entrée (crédit)</translation>
    </message>
    <message>
        <source>money out (debit)</source>
        <translation>sortie (débit)</translation>
    </message>
</context>
<context>
    <name>PlannedPreviewPanel</name>
    <message>
        <source>Map a column to see the rows as they will be imported.</source>
        <translation>Associez une colonne pour voir les lignes telles qu’elles seront importées.</translation>
    </message>
    <message>
        <source>Rows shown as they will be imported: {rows}. Refused: {refused} (the last column says why).</source>
        <translation>Lignes montrées telles qu’elles seront importées : {rows}. Refusées : {refused} (la dernière colonne dit pourquoi).</translation>
    </message>
</context>
</TS>
