<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AuditModel</name>
    <message>
        <source>Record {seq}, hash {hash}</source>
        <translation>Enregistrement {seq}, empreinte {hash}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>collecte</translation>
    </message>
    <message>
        <source>alteration</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>communication</translation>
    </message>
    <message>
        <source>combination</source>
        <translation>combinaison</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>effacement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action, item or justification contains…</source>
        <translation>L’action, l’élément ou la justification contient…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>The audit log records who collected, changed, consulted, disclosed, combined or erased what, and when. Verify the chain to prove no record was altered or removed.</source>
        <translation>Le journal d’audit consigne qui a collecté, modifié, consulté, communiqué, combiné ou effacé quoi, et quand. Vérifiez la chaîne pour prouver qu’aucun enregistrement n’a été altéré ni supprimé.</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Vérification de la chaîne d’audit…</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN:</source>
        <translation>La chaîne d’audit est ROMPUE :</translation>
    </message>
    <message>
        <source>The audit chain is intact: every record follows the one before it and none was altered or removed.</source>
        <translation>La chaîne d’audit est intacte : chaque enregistrement suit le précédent et aucun n’a été altéré ni supprimé.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Exhibits</source>
        <translation>Scellés</translation>
    </message>
    <message>
        <source>Evidence handling is not available in this build of casebench. Exhibits, custody and intake appear here once the evidence component is installed.</source>
        <translation>La gestion des preuves n’est pas disponible dans cette version de casebench. Les scellés, la chaîne de possession et l’intégration apparaîtront ici une fois le composant de preuves installé.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The timeline view is not available in this build. Dated values are still listed with each entity and can be exported with `casebench timeline`.</source>
        <translation>La vue chronologique n’est pas disponible dans cette version. Les valeurs datées restent affichées avec chaque entité et peuvent être exportées avec `casebench timeline`.</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Graphe de liens</translation>
    </message>
    <message>
        <source>The link chart is not available in this build. Links between entities are listed under Entities › Links.</source>
        <translation>Le graphe de liens n’est pas disponible dans cette version. Les liens entre entités sont listés sous Entités › Liens.</translation>
    </message>
    <message>
        <source>Partner bundles</source>
        <translation>Paquets partenaires</translation>
    </message>
    <message>
        <source>Exchanging signed, encrypted bundles with partner workbenches is done with the `casebench bundle` commands for now; the bundle wizard will appear here.</source>
        <translation>Pour l’instant, l’échange de paquets signés et chiffrés avec les partenaires se fait avec les commandes `casebench bundle` ; l’assistant de paquets apparaîtra ici.</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Add custody event</source>
        <translation>Ajouter un événement de possession</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Événement :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>empty: now; e.g. 2024-03-12T09:30+01:00</source>
        <translation>vide : maintenant ; p. ex. 2024-03-12T09:30+01:00</translation>
    </message>
    <message>
        <source>From (person):</source>
        <translation>De (personne) :</translation>
    </message>
    <message>
        <source>From (organisation):</source>
        <translation>De (organisme) :</translation>
    </message>
    <message>
        <source>To (person):</source>
        <translation>À (personne) :</translation>
    </message>
    <message>
        <source>To (organisation):</source>
        <translation>À (organisme) :</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalité :</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Autorité :</translation>
    </message>
    <message>
        <source>Seal before:</source>
        <translation>Scellé avant :</translation>
    </message>
    <message>
        <source>Seal after:</source>
        <translation>Scellé après :</translation>
    </message>
    <message>
        <source>Seal found intact</source>
        <translation>Scellé trouvé intact</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Seal NOT intact.</source>
        <translation>Scellé NON intact.</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
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
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Hash check</source>
        <translation>Contrôle d’empreinte</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>concordant</translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation>DIVERGENCE</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Case details</source>
        <translation>Détails de l’affaire</translation>
    </message>
    <message>
        <source>These appear on briefing packs and bundles. The title is stored inside the encrypted case only.</source>
        <translation>Ils figurent dans les dossiers de réunion et les paquets. Le titre n’est conservé que dans l’affaire chiffrée.</translation>
    </message>
    <message>
        <source>e.g. Operation Mar Azul</source>
        <translation>p. ex. Opération Mar Azul</translation>
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
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Originator agency:</source>
        <translation>Service d’origine :</translation>
    </message>
    <message>
        <source>Originator country:</source>
        <translation>Pays d’origine :</translation>
    </message>
    <message>
        <source>Default TLP:</source>
        <translation>TLP par défaut :</translation>
    </message>
</context>
<context>
    <name>EntitiesPage</name>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrer par nom…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nouveau : {kind}</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Any TLP</source>
        <translation>Tout TLP</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tout pays</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 entité</translation>
    </message>
    <message>
        <source>{n} entities</source>
        <translation>{n} entités</translation>
    </message>
    <message>
        <source>No entities match. Change the filters or create one with New.</source>
        <translation>Aucune entité ne correspond. Modifiez les filtres ou créez-en une avec Nouveau.</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>No entity selected</source>
        <translation>Aucune entité sélectionnée</translation>
    </message>
    <message>
        <source>Choose an entity in the list, or create one with New.</source>
        <translation>Choisissez une entité dans la liste ou créez-en une avec Nouveau.</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copier l’id</translation>
    </message>
    <message>
        <source>Copies the entity id; it leaves the clipboard after 30 s</source>
        <translation>Copie l’id de l’entité ; il quitte le presse-papiers après 30 s</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Unmerge…</source>
        <translation>Défusionner…</translation>
    </message>
    <message>
        <source>Retract value…</source>
        <translation>Retirer la valeur…</translation>
    </message>
    <message>
        <source>Show retracted values</source>
        <translation>Afficher les valeurs retirées</translation>
    </message>
    <message>
        <source>Show all properties</source>
        <translation>Afficher toutes les propriétés</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nouveau : {kind}</translation>
    </message>
    <message>
        <source>Fill in what is known; every field accepts several values (+).</source>
        <translation>Remplissez ce qui est connu ; chaque champ accepte plusieurs valeurs (+).</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Created {date}</source>
        <translation>Créé le {date}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes : {tags}</translation>
    </message>
    <message>
        <source>Data subject: {category}</source>
        <translation>Personne concernée : {category}</translation>
    </message>
    <message>
        <source>Merged from: {ids}</source>
        <translation>Fusionnée depuis : {ids}</translation>
    </message>
    <message>
        <source>Add values</source>
        <translation>Ajouter des valeurs</translation>
    </message>
    <message>
        <source>Type at least one value.</source>
        <translation>Saisissez au moins une valeur.</translation>
    </message>
    <message>
        <source>Select a value to retract first.</source>
        <translation>Sélectionnez d’abord la valeur à retirer.</translation>
    </message>
    <message>
        <source>Retract value</source>
        <translation>Retirer la valeur</translation>
    </message>
    <message>
        <source>Why is this value retracted? (kept in the audit log)</source>
        <translation>Pourquoi cette valeur est-elle retirée ? (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Défusionner</translation>
    </message>
    <message>
        <source>Which merged entity should be separated again?</source>
        <translation>Quelle entité fusionnée faut-il séparer à nouveau ?</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation>Motif (conservé dans le journal d’audit) :</translation>
    </message>
</context>
<context>
    <name>EntityField</name>
    <message>
        <source>Type part of a name to find the entity</source>
        <translation>Saisissez une partie d’un nom pour trouver l’entité</translation>
    </message>
    <message>
        <source>Choose an entity from the list (type part of its name).</source>
        <translation>Choisissez une entité dans la liste (saisissez une partie de son nom).</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>{caption} — imported from another workbench</source>
        <translation>{caption} — importée d’un autre poste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>ExhibitDialog</name>
    <message>
        <source>New exhibit</source>
        <translation>Nouveau scellé</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>e.g. MA-EX-014</source>
        <translation>p. ex. MA-EX-014</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Seized where:</source>
        <translation>Lieu de saisie :</translation>
    </message>
    <message>
        <source>Seized when:</source>
        <translation>Date de saisie :</translation>
    </message>
    <message>
        <source>e.g. 2024-03-11T14:05+01:00</source>
        <translation>p. ex. 2024-03-11T14:05+01:00</translation>
    </message>
    <message>
        <source>Seized by:</source>
        <translation>Saisi par :</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Autorité :</translation>
    </message>
    <message>
        <source>warrant, court order …</source>
        <translation>mandat, ordonnance …</translation>
    </message>
    <message>
        <source>Seal numbers:</source>
        <translation>Numéros de scellé :</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>Storage location:</source>
        <translation>Lieu de conservation :</translation>
    </message>
    <message>
        <source>An exhibit needs a reference.</source>
        <translation>Un scellé doit avoir une référence.</translation>
    </message>
</context>
<context>
    <name>ExhibitModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
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
        <translation>Filtrer par référence ou description…</translation>
    </message>
    <message>
        <source>New exhibit…</source>
        <translation>Nouveau scellé…</translation>
    </message>
    <message>
        <source>Take in files…</source>
        <translation>Intégrer des fichiers…</translation>
    </message>
    <message>
        <source>Or drop files and folders onto this page</source>
        <translation>Ou déposez des fichiers et dossiers sur cette page</translation>
    </message>
    <message>
        <source>Add custody event…</source>
        <translation>Ajouter un événement de possession…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Extraire…</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chaîne de possession</translation>
    </message>
    <message>
        <source>Content files and hashes</source>
        <translation>Fichiers et empreintes</translation>
    </message>
    <message>
        <source>Double-click a file to copy its SHA-256 (cleared from the clipboard after 30 s)</source>
        <translation>Double-cliquez sur un fichier pour copier son SHA-256 (effacé du presse-papiers après 30 s)</translation>
    </message>
    <message>
        <source>No exhibit selected</source>
        <translation>Aucun scellé sélectionné</translation>
    </message>
    <message>
        <source>Choose an exhibit to see its custody chain and content files, or create one with New exhibit. Files and folders dropped here are taken into the selected exhibit.</source>
        <translation>Choisissez un scellé pour voir sa chaîne de possession et ses fichiers, ou créez-en un avec Nouveau scellé. Les fichiers et dossiers déposés ici sont intégrés au scellé sélectionné.</translation>
    </message>
    <message>
        <source>Seized {when} at {where} by {who}</source>
        <translation>Saisi {when} à {where} par {who}</translation>
    </message>
    <message>
        <source>Seals: {seals}</source>
        <translation>Scellés : {seals}</translation>
    </message>
    <message>
        <source>Stored at: {place}</source>
        <translation>Conservé à : {place}</translation>
    </message>
    <message>
        <source>{n} file(s), {size}</source>
        <translation>{n} fichier(s), {size}</translation>
    </message>
    <message>
        <source>New exhibit</source>
        <translation>Nouveau scellé</translation>
    </message>
    <message>
        <source>Take in files</source>
        <translation>Intégrer des fichiers</translation>
    </message>
    <message>
        <source>Choose or create an exhibit first.</source>
        <translation>Choisissez ou créez d’abord un scellé.</translation>
    </message>
    <message>
        <source>Take in a folder</source>
        <translation>Intégrer un dossier</translation>
    </message>
    <message>
        <source>Intake into {ref}</source>
        <translation>Intégration dans {ref}</translation>
    </message>
    <message>
        <source>Hashing and encrypting…</source>
        <translation>Calcul des empreintes et chiffrement…</translation>
    </message>
    <message>
        <source>{message}
{done} of {total}</source>
        <translation>{message}
{done} sur {total}</translation>
    </message>
    <message>
        <source>Took in {n} file(s), {size}.</source>
        <translation>{n} fichier(s) intégré(s), {size}.</translation>
    </message>
    <message>
        <source>{n} duplicate(s) stored once.</source>
        <translation>{n} doublon(s) conservé(s) une seule fois.</translation>
    </message>
    <message>
        <source>Skipped: {list}</source>
        <translation>Ignorés : {list}</translation>
    </message>
    <message>
        <source>Intake cancelled; nothing was added to the exhibit.</source>
        <translation>Intégration annulée ; rien n’a été ajouté au scellé.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Possession</translation>
    </message>
    <message>
        <source>Verify exhibit</source>
        <translation>Vérifier le scellé</translation>
    </message>
    <message>
        <source>Re-hashing the content and checking the custody chain…</source>
        <translation>Recalcul des empreintes et contrôle de la chaîne de possession…</translation>
    </message>
    <message>
        <source>Verification found problems:</source>
        <translation>La vérification a trouvé des problèmes :</translation>
    </message>
    <message>
        <source>Verified: {n} file(s), {size}; custody chain intact.</source>
        <translation>Vérifié : {n} fichier(s), {size} ; chaîne de possession intacte.</translation>
    </message>
    <message>
        <source>Extract the exhibit's files into…</source>
        <translation>Extraire les fichiers du scellé dans…</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extraire</translation>
    </message>
    <message>
        <source>Reason for the extraction (recorded as a custody check-out):</source>
        <translation>Motif de l’extraction (enregistré comme sortie de possession) :</translation>
    </message>
    <message>
        <source>Decrypting and checking…</source>
        <translation>Déchiffrement et contrôle…</translation>
    </message>
    <message>
        <source>Extracted {n} file(s); the check-out is in the custody chain.</source>
        <translation>{n} fichier(s) extrait(s) ; la sortie figure dans la chaîne de possession.</translation>
    </message>
    <message>
        <source>SHA-256 copied; it leaves the clipboard after 30 seconds.</source>
        <translation>SHA-256 copié ; il quitte le presse-papiers après 30 secondes.</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation>Empreinte calculée</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep the case</source>
        <translation>Où conserver l’affaire</translation>
    </message>
    <message>
        <source>The case is a folder ending in .casebench; everything in it is encrypted. Keep it on an encrypted disk or stick.</source>
        <translation>L’affaire est un dossier se terminant par .casebench ; tout son contenu est chiffré. Conservez-le sur un disque ou une clé chiffrés.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Parent folder:</source>
        <translation>Dossier parent :</translation>
    </message>
    <message>
        <source>Case folder name:</source>
        <translation>Nom du dossier de l’affaire :</translation>
    </message>
    <message>
        <source>The case will be:</source>
        <translation>L’affaire sera :</translation>
    </message>
    <message>
        <source>Choose the parent folder</source>
        <translation>Choisissez le dossier parent</translation>
    </message>
    <message>
        <source>Give the case folder a name.</source>
        <translation>Donnez un nom au dossier de l’affaire.</translation>
    </message>
    <message>
        <source>The parent folder does not exist.</source>
        <translation>Le dossier parent n’existe pas.</translation>
    </message>
    <message>
        <source>A folder with this name already exists and is not empty.</source>
        <translation>Un dossier de ce nom existe déjà et n’est pas vide.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge entities</source>
        <translation>Fusionner des entités</translation>
    </message>
    <message>
        <source>Merging keeps every value with its source; it can be undone with Unmerge. Names alone are not proof that two people are the same.</source>
        <translation>La fusion conserve chaque valeur avec sa source ; elle peut être annulée avec Défusionner. Un nom seul ne prouve pas que deux personnes sont la même.</translation>
    </message>
    <message>
        <source>Merge with:</source>
        <translation>Fusionner avec :</translation>
    </message>
    <message>
        <source>e.g. same passport number ES-X1234567</source>
        <translation>p. ex. même numéro de passeport ES-X1234567</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Both have this value</source>
        <translation>Les deux ont cette valeur</translation>
    </message>
    <message>
        <source>Keep “{name}” as the main entity</source>
        <translation>Garder « {name} » comme entité principale</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase unlocks the case. It is never stored; if it is lost, only a recovery key slot can open the case.</source>
        <translation>La phrase secrète déverrouille l’affaire. Elle n’est jamais enregistrée ; si elle est perdue, seul un emplacement de clé de secours peut ouvrir l’affaire.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmer :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>Use several unrelated words; at least {n} characters.</source>
        <translation>Utilisez plusieurs mots sans rapport ; au moins {n} caractères.</translation>
    </message>
    <message>
        <source>Too short: at least {n} characters.</source>
        <translation>Trop courte : au moins {n} caractères.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>Faible : ajoutez des mots.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Correcte : un ou deux mots de plus la rendraient robuste.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases diffèrent.</translation>
    </message>
</context>
<context>
    <name>PropertyRow</name>
    <message>
        <source>Add another value</source>
        <translation>Ajouter une autre valeur</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the case (Ctrl+F)</source>
        <translation>Rechercher dans l’affaire (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Matched in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Type in the search box to search every value in the case.</source>
        <translation>Saisissez du texte dans la zone de recherche pour chercher dans toutes les valeurs de l’affaire.</translation>
    </message>
    <message>
        <source>Nothing found for “{q}”.</source>
        <translation>Rien trouvé pour « {q} ».</translation>
    </message>
    <message>
        <source>Results for “{q}”, grouped by kind. Press Enter or double-click to open.</source>
        <translation>Résultats pour « {q} », groupés par type. Appuyez sur Entrée ou double-cliquez pour ouvrir.</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>Source, grading and handling of the new values</source>
        <translation>Source, cotation et traitement des nouvelles valeurs</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Non coté</translation>
    </message>
    <message>
        <source>e.g. B2</source>
        <translation>p. ex. B2</translation>
    </message>
    <message>
        <source>exhibit reference, if any</source>
        <translation>référence du scellé, le cas échéant</translation>
    </message>
    <message>
        <source>page, message id, row …</source>
        <translation>page, id de message, ligne …</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Condamné</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Cotation :</translation>
    </message>
    <message>
        <source>Source exhibit:</source>
        <translation>Scellé source :</translation>
    </message>
    <message>
        <source>Locator:</source>
        <translation>Localisation :</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP :</translation>
    </message>
    <message>
        <source>Data subject:</source>
        <translation>Personne concernée :</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>exhibit {ref}</source>
        <translation>scellé {ref}</translation>
    </message>
    <message>
        <source>from workbench {id}</source>
        <translation>du poste {id}</translation>
    </message>
    <message>
        <source>no judicial use</source>
        <translation>pas d’usage judiciaire</translation>
    </message>
    <message>
        <source>Retracted: {reason}</source>
        <translation>Retiré : {reason}</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Tel que saisi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling… the case is being put back as it was.</source>
        <translation>Annulation… l’affaire est remise dans son état antérieur.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock case</source>
        <translation>Déverrouiller l’affaire</translation>
    </message>
    <message>
        <source>Enter the passphrase for the case &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Saisissez la phrase secrète de l’affaire &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Saisissez d’abord la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>second</source>
        <translation>seconde</translation>
    </message>
    <message>
        <source>e.g. 1980, 1980-05, 1980-05-17, ~1980</source>
        <translation>p. ex. 1980, 1980-05, 1980-05-17, ~1980</translation>
    </message>
    <message>
        <source>e.g. +34 600 123 456</source>
        <translation>p. ex. +33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>→ {value} ({precision} precision)</source>
        <translation>→ {value} (précision : {precision})</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Offline workbench for cross-border investigations. Every case is an encrypted folder on this computer.</source>
        <translation>Poste de travail hors ligne pour les enquêtes transfrontalières. Chaque affaire est un dossier chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nouvelle affaire…</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>Ouvrir une affaire…</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Affaires récentes</translation>
    </message>
    <message>
        <source>No recent cases yet. Create a new case or open an existing .casebench folder.</source>
        <translation>Aucune affaire récente. Créez une nouvelle affaire ou ouvrez un dossier .casebench existant.</translation>
    </message>
    <message>
        <source>This case folder is not reachable (removed or on a disconnected drive).</source>
        <translation>Ce dossier d’affaire est inaccessible (supprimé ou sur un lecteur déconnecté).</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Affaire</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Ouvrir une affaire…</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Fermer l’affaire</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>&amp;Verify case</source>
        <translation>Vé&amp;rifier l’affaire</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Auto-lock…</source>
        <translation>Verrouillage &amp;automatique…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About casebench</source>
        <translation>&amp;À propos de casebench</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Close the case now; unlocking needs the passphrase (Ctrl+L)</source>
        <translation>Ferme l’affaire maintenant ; la déverrouiller demande la phrase secrète (Ctrl+L)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Case: {title}{ref} · user {user}</source>
        <translation>Affaire : {title}{ref} · utilisateur {user}</translation>
    </message>
    <message>
        <source>Case locked: {name}</source>
        <translation>Affaire verrouillée : {name}</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Aucune affaire ouverte</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Création de l’affaire…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Open a case folder (.casebench)</source>
        <translation>Ouvrir un dossier d’affaire (.casebench)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir une affaire</translation>
    </message>
    <message>
        <source>{path} is not a casebench case folder (it has no case.json).</source>
        <translation>{path} n’est pas un dossier d’affaire casebench (il n’a pas de case.json).</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Fermer l’affaire</translation>
    </message>
    <message>
        <source>Close the open case first?</source>
        <translation>Fermer d’abord l’affaire ouverte ?</translation>
    </message>
    <message>
        <source>The case was locked after {n} minutes without activity.</source>
        <translation>L’affaire a été verrouillée après {n} minutes sans activité.</translation>
    </message>
    <message>
        <source>The case is locked.</source>
        <translation>L’affaire est verrouillée.</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <source>Lock the case after this many minutes without activity:</source>
        <translation>Verrouiller l’affaire après ce nombre de minutes sans activité :</translation>
    </message>
    <message>
        <source>Give a number of minutes greater than 0.</source>
        <translation>Indiquez un nombre de minutes supérieur à 0.</translation>
    </message>
    <message>
        <source>Verify case</source>
        <translation>Vérifier l’affaire</translation>
    </message>
    <message>
        <source>Checking the database, the audit chain and the evidence…</source>
        <translation>Contrôle de la base de données, de la chaîne d’audit et des preuves…</translation>
    </message>
    <message>
        <source>The case is intact.</source>
        <translation>L’affaire est intacte.</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Contrôlé :</translation>
    </message>
    <message>
        <source>Problems were found:</source>
        <translation>Des problèmes ont été trouvés :</translation>
    </message>
    <message>
        <source>About casebench</source>
        <translation>À propos de casebench</translation>
    </message>
    <message>
        <source>Offline workbench for cross-border investigations.</source>
        <translation>Poste de travail hors ligne pour les enquêtes transfrontalières.</translation>
    </message>
</context>
<context>
    <name>casebench</name>
    <message>
        <source>Traffic Light Protocol level of the case (FIRST TLP 2.0)</source>
        <translation>Niveau Traffic Light Protocol de l’affaire (FIRST TLP 2.0)</translation>
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
        <source>The case is damaged and was not opened: {problem}. Restore it from a backup or ask your technical support.</source>
        <translation>L’affaire est endommagée et n’a pas été ouverte : {problem}. Restaurez-la depuis une sauvegarde ou contactez votre support technique.</translation>
    </message>
    <message>
        <source>This case was made by a newer casebench: {problem}.</source>
        <translation>Cette affaire a été créée par un casebench plus récent : {problem}.</translation>
    </message>
    <message>
        <source>This folder is not a casebench case: {problem}.</source>
        <translation>Ce dossier n’est pas une affaire casebench : {problem}.</translation>
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
        <source>The operating system reported a problem: {problem}</source>
        <translation>Le système d’exploitation a signalé un problème : {problem}</translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <source>All entities</source>
        <translation>Toutes les entités</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>Navires</translation>
    </message>
    <message>
        <source>Aircraft</source>
        <translation>Aéronefs</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Comptes bancaires</translation>
    </message>
    <message>
        <source>Crypto wallets</source>
        <translation>Portefeuilles de cryptomonnaies</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateur</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <source>Documents and notes</source>
        <translation>Documents et notes</translation>
    </message>
    <message>
        <source>Events and seizures</source>
        <translation>Événements et saisies</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Requests for co-operation</source>
        <translation>Demandes de coopération</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Scellés</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Graphe de liens</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>property</name>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address (text)</source>
        <translation>Adresse (texte)</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Beneficiary account</source>
        <translation>Compte du bénéficiaire</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Date de construction</translation>
    </message>
    <message>
        <source>Call sign</source>
        <translation>Indicatif d’appel</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Numéro appelant</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Dissimulation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Data-subject category</source>
        <translation>Catégorie de personne concernée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Date de décès</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Dissolution date</source>
        <translation>Date de dissolution</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Pavillon</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Adresse complète</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>ICAO type code</source>
        <translation>Code de type OACI</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Numéro d’identification</translation>
    </message>
    <message>
        <source>IMO number</source>
        <translation>Numéro OMI</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Incorporation date</source>
        <translation>Date de constitution</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Impliqués</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
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
        <translation>Pays principal</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Constructeur</translation>
    </message>
    <message>
        <source>Matronymic</source>
        <translation>Matronyme</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Navigation area</source>
        <translation>Zone de navigation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Date d’ouverture</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Exploitant</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Participating agencies</source>
        <translation>Services participants</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Numéro de passeport</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronyme</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Payer account</source>
        <translation>Compte du payeur</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Numéro personnel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Photo (exhibit file)</source>
        <translation>Photo (fichier de scellé)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Previous name</source>
        <translation>Ancien nom</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Receiver number</source>
        <translation>Numéro destinataire</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID d’enregistrement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d’immatriculation</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Rôle dans l’affaire</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Second name</source>
        <translation>Second prénom</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Seized by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Lien de la source</translation>
    </message>
    <message>
        <source>Source pseudonym</source>
        <translation>Pseudonyme de la source</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Tonnage</source>
        <translation>Tonnage</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>Numéro de transaction</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN (châssis)</translation>
    </message>
    <message>
        <source>Weak alias</source>
        <translation>Alias faible</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Action item</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Aircraft</source>
        <translation>Aéronef</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Associates</source>
        <translation>Associés</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Comptes bancaires</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Companys</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <source>Crypto wallet</source>
        <translation>Portefeuille de cryptomonnaies</translation>
    </message>
    <message>
        <source>Crypto wallets</source>
        <translation>Portefeuilles de cryptomonnaies</translation>
    </message>
    <message>
        <source>Directorship</source>
        <translation>Mandat de dirigeant</translation>
    </message>
    <message>
        <source>Directorships</source>
        <translation>Mandats de dirigeant</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Family links</source>
        <translation>Liens familiaux</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Pièce d’identité</translation>
    </message>
    <message>
        <source>Identifications</source>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalles</translation>
    </message>
    <message>
        <source>Legal entities</source>
        <translation>Personnes morales</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Personne morale</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Appartenances</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Détention</translation>
    </message>
    <message>
        <source>Ownerships</source>
        <translation>Détentions</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>Passeports</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Public bodies</source>
        <translation>Organismes publics</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <source>Representation</source>
        <translation>Représentation</translation>
    </message>
    <message>
        <source>Representations</source>
        <translation>Représentations</translation>
    </message>
    <message>
        <source>Request for co-operation</source>
        <translation>Demande de coopération</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Thing</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Compte utilisateur</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateur</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Navire</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>Navires</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
</context>
</TS>
