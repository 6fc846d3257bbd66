"""Briefing-pack wording in English, Spanish, Portuguese and French.

House style for dates: ``dd/mm/yyyy`` followed by the date in words, so that no
reader mistakes day and month, e.g. ``11/03/2024 (11 March 2024)`` or
``11/03/2024 (11 de marzo de 2024)``. TLP labels are never translated (TLP 2.0).

``text(lang, key)`` gives a label; ``term(lang, value)`` translates a vocabulary
value (status, data-subject category, request kind…) and returns unknown values as
they are, so free text from the case passes through untouched.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from casebench.reports import vocab

LANGUAGES: tuple[str, ...] = ("en", "es", "pt", "fr")
# BCP 47 tags written into the files (PDF /Lang, Word w:lang): European variants.
LANGUAGE_TAGS: dict[str, str] = {"en": "en-GB", "es": "es-ES", "pt": "pt-PT", "fr": "fr-FR"}

_KEYS: tuple[str, ...] = (
    # sections
    "contents", "distribution", "agenda", "purpose_legal", "purpose", "legal_basis",
    "summaries", "network", "persons", "organisations", "timeline", "seizures",
    "money_flows", "exhibits", "gaps", "requests", "actions", "contacts", "glossary",
    # cover and page furniture
    "briefing_pack", "operation", "forum", "date", "place", "originator", "case_reference",
    "handling_codes", "version", "generated_on", "prepared_for", "withheld", "withheld_other", "red_notice",
    "page_of", "toc_note", "chart_missing",
    # fields
    "name", "agency", "country", "role", "contact", "phone", "email", "variants",
    "birth_dates", "nationalities", "documents", "data_subject", "grades", "photo",
    "details", "when_utc", "when_local", "what", "where", "substance", "quantity",
    "concealment", "route", "payer", "beneficiary", "amount", "reference", "description",
    "sha256", "custody", "kind", "from", "to", "sent", "answered", "status", "action",
    "owner", "deadline", "code", "meaning", "legend", "approximate",
    # chart legend
    "shape_circle", "shape_rectangle", "shape_diamond", "shape_hexagon", "shape_triangle",
    "shape_square", "line_solid", "line_dashed", "line_dotted", "arrow",
    "line_weight", "captions_hidden", "labels_numbered", "chart_printed",
    # organisation groups
    "group_organisation", "group_company", "group_vessel", "group_aircraft",
    # glossary
    "grade_source", "grade_information",
    # added for packs built from a case
    "pack_id", "people",
    # condensed data
    "calls", "parties", "month", "call_count", "total_duration", "totals_by_substance",
    "seizure_count", "totals_by_pair", "payment_count",
)  # fmt: skip

_EN: dict[str, str] = {
    "contents": "Contents",
    "distribution": "Distribution list",
    "agenda": "Agenda",
    "purpose_legal": "Purpose and legal basis",
    "purpose": "Purpose",
    "legal_basis": "Legal basis",
    "summaries": "Case summary by country",
    "network": "Network chart",
    "persons": "Person profiles",
    "organisations": "Organisations, companies, vessels and aircraft",
    "timeline": "Timeline",
    "seizures": "Seizures",
    "money_flows": "Money flows",
    "exhibits": "Evidence and chain of custody",
    "gaps": "Intelligence gaps",
    "requests": "MLA and JIT requests",
    "actions": "Action tracker",
    "contacts": "Contact points",
    "glossary": "Glossary of codes",
    "briefing_pack": "Briefing pack",
    "operation": "Operation",
    "forum": "Forum",
    "date": "Date",
    "place": "Place",
    "originator": "Originator",
    "case_reference": "Case reference",
    "handling_codes": "Handling codes",
    "version": "Version",
    "generated_on": "Generated on",
    "prepared_for": "Prepared for",
    "withheld": "{count} item(s) above {tlp} were left out of this pack.",
    "withheld_other": "{count} item(s) restricted to other recipients or countries were left out of this pack.",
    "red_notice": "For the named recipient only. Do not copy or forward.",
    "page_of": "Page {page} / {total}",
    "toc_note": "Right-click and choose Update Field to refresh the table of contents.",
    "chart_missing": "Chart not available in this format: see the PDF edition.",
    "name": "Name",
    "agency": "Agency",
    "country": "Country",
    "role": "Role",
    "contact": "Contact",
    "phone": "Telephone",
    "email": "E-mail",
    "variants": "Name variants",
    "birth_dates": "Date(s) of birth",
    "nationalities": "Nationalities",
    "documents": "Identity documents",
    "data_subject": "Data subject category",
    "grades": "Grades",
    "photo": "Photograph",
    "details": "Details",
    "when_utc": "Date and time (UTC)",
    "when_local": "Local time",
    "what": "Event",
    "where": "Place",
    "substance": "Substance",
    "quantity": "Quantity",
    "concealment": "Concealment",
    "route": "Route",
    "payer": "Payer",
    "beneficiary": "Beneficiary",
    "amount": "Amount",
    "reference": "Reference",
    "description": "Description",
    "sha256": "SHA-256",
    "custody": "Chain of custody",
    "kind": "Type",
    "from": "From",
    "to": "To",
    "sent": "Sent",
    "answered": "Answered",
    "status": "Status",
    "action": "Action",
    "owner": "Owner",
    "deadline": "Deadline",
    "code": "Code",
    "meaning": "Meaning",
    "legend": "Legend",
    "approximate": "approximate",
    "shape_circle": "Person",
    "shape_rectangle": "Organisation / company",
    "shape_diamond": "Location / address",
    "shape_hexagon": "Event",
    "shape_triangle": "Account / document / phone",
    "shape_square": "Vehicle / vessel / aircraft",
    "line_solid": "Confirmed link",
    "line_dashed": "Probable link",
    "line_dotted": "Unconfirmed link",
    "arrow": "Direction",
    "line_weight": "×n: n links of one kind (thicker line)",
    "captions_hidden": "{n} link labels did not fit and are left out (see the chart in casebench).",
    "labels_numbered": "Names that did not fit beside their symbol:",
    "chart_printed": "Printed",
    "group_organisation": "Organisations",
    "group_company": "Companies",
    "group_vessel": "Vessels",
    "group_aircraft": "Aircraft",
    "grade_source": "source",
    "grade_information": "information",
    "pack_id": "Pack id",
    "people": "People",
    "calls": "Annex: calls per pair and month",
    "parties": "Parties",
    "month": "Month",
    "call_count": "Calls",
    "total_duration": "Total duration",
    "totals_by_substance": "Totals by substance and country",
    "seizure_count": "Seizures",
    "totals_by_pair": "Totals by payer, beneficiary and currency",
    "payment_count": "Payments",
}

_ES: dict[str, str] = {
    "contents": "Índice",
    "distribution": "Lista de distribución",
    "agenda": "Orden del día",
    "purpose_legal": "Finalidad y base jurídica",
    "purpose": "Finalidad",
    "legal_basis": "Base jurídica",
    "summaries": "Resumen del caso por país",
    "network": "Gráfico de red",
    "persons": "Perfiles de personas",
    "organisations": "Organizaciones, empresas, buques y aeronaves",
    "timeline": "Cronología",
    "seizures": "Incautaciones",
    "money_flows": "Flujos financieros",
    "exhibits": "Pruebas y cadena de custodia",
    "gaps": "Lagunas de inteligencia",
    "requests": "Solicitudes de asistencia judicial y ECI",
    "actions": "Seguimiento de acciones",
    "contacts": "Puntos de contacto",
    "glossary": "Glosario de códigos",
    "briefing_pack": "Dosier informativo",
    "operation": "Operación",
    "forum": "Reunión",
    "date": "Fecha",
    "place": "Lugar",
    "originator": "Autor",
    "case_reference": "Referencia del caso",
    "handling_codes": "Códigos de tratamiento",
    "version": "Versión",
    "generated_on": "Generado el",
    "prepared_for": "Preparado para",
    "withheld": "Se han excluido de este dosier {count} elemento(s) por encima de {tlp}.",
    "withheld_other": "Se han excluido de este dosier {count} elemento(s) reservados a otros destinatarios o países.",
    "red_notice": "Solo para el destinatario nombrado. No copiar ni reenviar.",
    "page_of": "Página {page} / {total}",
    "toc_note": "Haga clic con el botón derecho y elija Actualizar campo para actualizar el índice.",
    "chart_missing": "Gráfico no disponible en este formato: véase la edición PDF.",
    "name": "Nombre",
    "agency": "Organismo",
    "country": "País",
    "role": "Función",
    "contact": "Contacto",
    "phone": "Teléfono",
    "email": "Correo electrónico",
    "variants": "Variantes del nombre",
    "birth_dates": "Fecha(s) de nacimiento",
    "nationalities": "Nacionalidades",
    "documents": "Documentos de identidad",
    "data_subject": "Categoría de interesado",
    "grades": "Evaluaciones",
    "photo": "Fotografía",
    "details": "Detalles",
    "when_utc": "Fecha y hora (UTC)",
    "when_local": "Hora local",
    "what": "Hecho",
    "where": "Lugar",
    "substance": "Sustancia",
    "quantity": "Cantidad",
    "concealment": "Ocultación",
    "route": "Ruta",
    "payer": "Ordenante",
    "beneficiary": "Beneficiario",
    "amount": "Importe",
    "reference": "Referencia",
    "description": "Descripción",
    "sha256": "SHA-256",
    "custody": "Cadena de custodia",
    "kind": "Tipo",
    "from": "De",
    "to": "A",
    "sent": "Enviada",
    "answered": "Respondida",
    "status": "Estado",
    "action": "Acción",
    "owner": "Responsable",
    "deadline": "Plazo",
    "code": "Código",
    "meaning": "Significado",
    "legend": "Leyenda",
    "approximate": "aproximada",
    "shape_circle": "Persona",
    "shape_rectangle": "Organización / empresa",
    "shape_diamond": "Lugar / dirección",
    "shape_hexagon": "Hecho",
    "shape_triangle": "Cuenta / documento / teléfono",
    "shape_square": "Vehículo / buque / aeronave",
    "line_solid": "Vínculo confirmado",
    "line_dashed": "Vínculo probable",
    "line_dotted": "Vínculo no confirmado",
    "arrow": "Sentido",
    "line_weight": "×n: n vínculos de un tipo (línea más gruesa)",
    "captions_hidden": "{n} etiquetas de vínculos no caben y se omiten (véase el gráfico en casebench).",
    "labels_numbered": "Nombres que no caben junto a su símbolo:",
    "chart_printed": "Impreso",
    "group_organisation": "Organizaciones",
    "group_company": "Empresas",
    "group_vessel": "Buques",
    "group_aircraft": "Aeronaves",
    "grade_source": "fuente",
    "grade_information": "información",
    "pack_id": "Identificador del dosier",
    "people": "Personas",
    "calls": "Anexo: llamadas por interlocutores y mes",
    "parties": "Interlocutores",
    "month": "Mes",
    "call_count": "Llamadas",
    "total_duration": "Duración total",
    "totals_by_substance": "Totales por sustancia y país",
    "seizure_count": "Incautaciones",
    "totals_by_pair": "Totales por ordenante, beneficiario y moneda",
    "payment_count": "Pagos",
}

_PT: dict[str, str] = {
    "contents": "Índice",
    "distribution": "Lista de distribuição",
    "agenda": "Ordem de trabalhos",
    "purpose_legal": "Objetivo e base jurídica",
    "purpose": "Objetivo",
    "legal_basis": "Base jurídica",
    "summaries": "Resumo do caso por país",
    "network": "Gráfico de rede",
    "persons": "Perfis de pessoas",
    "organisations": "Organizações, empresas, navios e aeronaves",
    "timeline": "Cronologia",
    "seizures": "Apreensões",
    "money_flows": "Fluxos financeiros",
    "exhibits": "Provas e cadeia de custódia",
    "gaps": "Lacunas de informação",
    "requests": "Pedidos de auxílio judiciário e ECI",
    "actions": "Acompanhamento de ações",
    "contacts": "Pontos de contacto",
    "glossary": "Glossário de códigos",
    "briefing_pack": "Dossiê de informação",
    "operation": "Operação",
    "forum": "Reunião",
    "date": "Data",
    "place": "Local",
    "originator": "Autor",
    "case_reference": "Referência do processo",
    "handling_codes": "Códigos de tratamento",
    "version": "Versão",
    "generated_on": "Gerado em",
    "prepared_for": "Preparado para",
    "withheld": "Foram excluídos deste dossiê {count} elemento(s) acima de {tlp}.",
    "withheld_other": "Foram excluídos deste dossiê {count} elemento(s) reservados a outros destinatários ou países.",
    "red_notice": "Apenas para o destinatário indicado. Não copiar nem reencaminhar.",
    "page_of": "Página {page} / {total}",
    "toc_note": "Clique com o botão direito e escolha Atualizar campo para atualizar o índice.",
    "chart_missing": "Gráfico não disponível neste formato: consulte a edição PDF.",
    "name": "Nome",
    "agency": "Organismo",
    "country": "País",
    "role": "Função",
    "contact": "Contacto",
    "phone": "Telefone",
    "email": "Correio eletrónico",
    "variants": "Variantes do nome",
    "birth_dates": "Data(s) de nascimento",
    "nationalities": "Nacionalidades",
    "documents": "Documentos de identificação",
    "data_subject": "Categoria de titular dos dados",
    "grades": "Avaliações",
    "photo": "Fotografia",
    "details": "Detalhes",
    "when_utc": "Data e hora (UTC)",
    "when_local": "Hora local",
    "what": "Facto",
    "where": "Local",
    "substance": "Substância",
    "quantity": "Quantidade",
    "concealment": "Dissimulação",
    "route": "Rota",
    "payer": "Ordenante",
    "beneficiary": "Beneficiário",
    "amount": "Montante",
    "reference": "Referência",
    "description": "Descrição",
    "sha256": "SHA-256",
    "custody": "Cadeia de custódia",
    "kind": "Tipo",
    "from": "De",
    "to": "Para",
    "sent": "Enviado",
    "answered": "Respondido",
    "status": "Estado",
    "action": "Ação",
    "owner": "Responsável",
    "deadline": "Prazo",
    "code": "Código",
    "meaning": "Significado",
    "legend": "Legenda",
    "approximate": "aproximada",
    "shape_circle": "Pessoa",
    "shape_rectangle": "Organização / empresa",
    "shape_diamond": "Local / morada",
    "shape_hexagon": "Facto",
    "shape_triangle": "Conta / documento / telefone",
    "shape_square": "Veículo / navio / aeronave",
    "line_solid": "Ligação confirmada",
    "line_dashed": "Ligação provável",
    "line_dotted": "Ligação não confirmada",
    "arrow": "Sentido",
    "line_weight": "×n: n ligações de um tipo (linha mais grossa)",
    "captions_hidden": "{n} etiquetas de ligações não cabem e foram omitidas (ver o gráfico no casebench).",
    "labels_numbered": "Nomes que não cabem junto ao seu símbolo:",
    "chart_printed": "Impresso",
    "group_organisation": "Organizações",
    "group_company": "Empresas",
    "group_vessel": "Navios",
    "group_aircraft": "Aeronaves",
    "grade_source": "fonte",
    "grade_information": "informação",
    "pack_id": "Identificador do dossiê",
    "people": "Pessoas",
    "calls": "Anexo: chamadas por interlocutores e mês",
    "parties": "Interlocutores",
    "month": "Mês",
    "call_count": "Chamadas",
    "total_duration": "Duração total",
    "totals_by_substance": "Totais por substância e país",
    "seizure_count": "Apreensões",
    "totals_by_pair": "Totais por ordenante, beneficiário e moeda",
    "payment_count": "Pagamentos",
}

_FR: dict[str, str] = {
    "contents": "Table des matières",
    "distribution": "Liste de diffusion",
    "agenda": "Ordre du jour",
    "purpose_legal": "Objet et base juridique",
    "purpose": "Objet",
    "legal_basis": "Base juridique",
    "summaries": "Résumé de l'affaire par pays",
    "network": "Schéma relationnel",
    "persons": "Fiches individuelles",
    "organisations": "Organisations, sociétés, navires et aéronefs",
    "timeline": "Chronologie",
    "seizures": "Saisies",
    "money_flows": "Flux financiers",
    "exhibits": "Éléments de preuve et chaîne de possession",
    "gaps": "Lacunes du renseignement",
    "requests": "Demandes d'entraide judiciaire et ECE",
    "actions": "Suivi des actions",
    "contacts": "Points de contact",
    "glossary": "Glossaire des codes",
    "briefing_pack": "Dossier de réunion",
    "operation": "Opération",
    "forum": "Réunion",
    "date": "Date",
    "place": "Lieu",
    "originator": "Émetteur",
    "case_reference": "Référence de l'affaire",
    "handling_codes": "Codes de traitement",
    "version": "Version",
    "generated_on": "Généré le",
    "prepared_for": "Établi pour",
    "withheld": "{count} élément(s) au-dessus de {tlp} ont été exclus de ce dossier.",
    "withheld_other": "{count} élément(s) réservés à d'autres destinataires ou pays ont été exclus de ce dossier.",
    "red_notice": "Réservé au destinataire désigné. Ne pas copier ni transférer.",
    "page_of": "Page {page} / {total}",
    "toc_note": "Cliquez avec le bouton droit et choisissez Mettre à jour les champs pour actualiser la table des matières.",
    "chart_missing": "Graphique indisponible dans ce format : voir l'édition PDF.",
    "name": "Nom",
    "agency": "Service",
    "country": "Pays",
    "role": "Rôle",
    "contact": "Contact",
    "phone": "Téléphone",
    "email": "Courriel",
    "variants": "Variantes du nom",
    "birth_dates": "Date(s) de naissance",
    "nationalities": "Nationalités",
    "documents": "Pièces d'identité",
    "data_subject": "Catégorie de personne concernée",
    "grades": "Cotations",
    "photo": "Photographie",
    "details": "Détails",
    "when_utc": "Date et heure (UTC)",
    "when_local": "Heure locale",
    "what": "Fait",
    "where": "Lieu",
    "substance": "Substance",
    "quantity": "Quantité",
    "concealment": "Dissimulation",
    "route": "Itinéraire",
    "payer": "Donneur d'ordre",
    "beneficiary": "Bénéficiaire",
    "amount": "Montant",
    "reference": "Référence",
    "description": "Description",
    "sha256": "SHA-256",
    "custody": "Chaîne de possession",
    "kind": "Type",
    "from": "De",
    "to": "À",
    "sent": "Envoyée",
    "answered": "Réponse",
    "status": "Statut",
    "action": "Action",
    "owner": "Responsable",
    "deadline": "Échéance",
    "code": "Code",
    "meaning": "Signification",
    "legend": "Légende",
    "approximate": "approximative",
    "shape_circle": "Personne",
    "shape_rectangle": "Organisation / société",
    "shape_diamond": "Lieu / adresse",
    "shape_hexagon": "Fait",
    "shape_triangle": "Compte / document / téléphone",
    "shape_square": "Véhicule / navire / aéronef",
    "line_solid": "Lien confirmé",
    "line_dashed": "Lien probable",
    "line_dotted": "Lien non confirmé",
    "arrow": "Sens",
    "line_weight": "×n : n liens d’un même type (trait plus épais)",
    "captions_hidden": "{n} étiquettes de liens n’ont pas la place et sont omises (voir le graphique dans casebench).",
    "labels_numbered": "Noms sans place à côté de leur symbole :",
    "chart_printed": "Imprimé",
    "group_organisation": "Organisations",
    "group_company": "Sociétés",
    "group_vessel": "Navires",
    "group_aircraft": "Aéronefs",
    "grade_source": "source",
    "grade_information": "information",
    "pack_id": "Identifiant du dossier",
    "people": "Personnes",
    "calls": "Annexe : appels par interlocuteurs et par mois",
    "parties": "Interlocuteurs",
    "month": "Mois",
    "call_count": "Appels",
    "total_duration": "Durée totale",
    "totals_by_substance": "Totaux par substance et par pays",
    "seizure_count": "Saisies",
    "totals_by_pair": "Totaux par donneur d'ordre, bénéficiaire et devise",
    "payment_count": "Paiements",
}

LABELS: dict[str, dict[str, str]] = {"en": _EN, "es": _ES, "pt": _PT, "fr": _FR}

# Vocabulary values carried in the pack model (statuses, categories, kinds).
_TERMS: dict[str, tuple[str, str, str, str]] = {
    # data-subject categories (EU Law Enforcement Directive art. 6)
    "suspect": ("Suspect", "Sospechoso", "Suspeito", "Suspect"),
    "convicted": ("Convicted", "Condenado", "Condenado", "Condamné"),
    "victim": ("Victim", "Víctima", "Vítima", "Victime"),
    "witness": ("Witness", "Testigo", "Testemunha", "Témoin"),
    "other": ("Other", "Otro", "Outro", "Autre"),
    # organisation kinds
    "organisation": ("Organisation", "Organización", "Organização", "Organisation"),
    "company": ("Company", "Empresa", "Empresa", "Société"),
    "vessel": ("Vessel", "Buque", "Navio", "Navire"),
    "aircraft": ("Aircraft", "Aeronave", "Aeronave", "Aéronef"),
    # request kinds
    "mla": ("MLA request", "Comisión rogatoria", "Carta rogatória", "Commission rogatoire"),
    "eio": (
        "European Investigation Order",
        "Orden europea de investigación",
        "Decisão europeia de investigação",
        "Décision d'enquête européenne",
    ),
    "jit": (
        "JIT agreement",
        "Acuerdo de ECI",
        "Acordo de ECI",
        "Accord d'ECE",
    ),
    "police": (
        "Police co-operation",
        "Cooperación policial",
        "Cooperação policial",
        "Coopération policière",
    ),
    # statuses
    "draft": ("Draft", "Borrador", "Rascunho", "Projet"),
    "sent": ("Sent", "Enviada", "Enviado", "Envoyée"),
    "pending": ("Pending", "Pendiente", "Pendente", "En attente"),
    "answered": ("Answered", "Respondida", "Respondido", "Réponse reçue"),
    "partial": (
        "Partly executed",
        "Ejecutada en parte",
        "Executado em parte",
        "Exécutée en partie",
    ),
    "refused": ("Refused", "Denegada", "Recusado", "Refusée"),
    "signed": ("Signed", "Firmado", "Assinado", "Signé"),
    "open": ("Open", "Abierta", "Em aberto", "Ouverte"),
    "in_progress": ("In progress", "En curso", "Em curso", "En cours"),
    "done": ("Done", "Realizada", "Concluída", "Terminée"),
    "overdue": ("Overdue", "Vencida", "Em atraso", "En retard"),
}

TERM_INDEX = {lang: i for i, lang in enumerate(LANGUAGES)}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre",
    ),
    "pt": (
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
        "setembro", "outubro", "novembro", "dezembro",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip


def check_language(lang: str) -> str:
    if lang not in LABELS:
        raise ValueError(f"unsupported language {lang!r}: use one of {', '.join(LANGUAGES)}")
    return lang


def text(lang: str, key: str, **fields: object) -> str:
    """The label ``key`` in ``lang``; ``fields`` fill ``{placeholders}``."""
    value = LABELS[check_language(lang)][key]
    return value.format(**fields) if fields else value


def term(lang: str, value: str) -> str:
    """Translate a vocabulary value; anything unknown is returned unchanged."""
    entry = _TERMS.get(value.strip().lower().replace(" ", "_").replace("-", "_"))
    if entry is None:
        return vocab.word(lang, value)  # the vocabulary kept as data, else case text
    return entry[TERM_INDEX[check_language(lang)]]


def date_in_words(d: date, lang: str) -> str:
    month = MONTHS[check_language(lang)][d.month - 1]
    if lang == "en":
        return f"{d.day} {month} {d.year}"
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {month} {d.year}"
    return f"{d.day} de {month} de {d.year}"  # es, pt


def format_date(d: date | None, lang: str) -> str:
    """House style: ``11/03/2024 (11 March 2024)``; empty string for ``None``."""
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = d.date()
    return f"{d:%d/%m/%Y} ({date_in_words(d, lang)})"


def format_date_short(d: date | None) -> str:
    """``dd/mm/yyyy`` only, for narrow table columns and page furniture."""
    return "" if d is None else f"{d:%d/%m/%Y}"


def format_datetime(dt: datetime, lang: str, *, utc: bool = False) -> str:
    """``11/03/2024 14:05`` plus the offset (``UTC`` or ``UTC-05:00``)."""
    check_language(lang)
    off = dt.utcoffset()
    if utc or off is None or off.total_seconds() == 0:
        zone = "UTC"
    else:
        total = int(off.total_seconds()) // 60
        sign = "+" if total >= 0 else "-"
        zone = f"UTC{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
    return f"{dt:%d/%m/%Y %H:%M} {zone}"


def format_amount(amount: Decimal, currency: str, lang: str) -> str:
    """``1,250,000.00 EUR`` (en) or ``1.250.000,00 EUR`` (es, pt) or ``1 250 000,00 EUR`` (fr)."""
    plain = f"{amount:,.2f}"
    if lang == "en":
        out = plain
    else:
        sep = "\u202f" if lang == "fr" else "."
        out = plain.replace(",", "\x00").replace(".", ",").replace("\x00", sep)
    return f"{out} {currency}".strip()


def _check_complete() -> None:
    for lang, table in LABELS.items():
        missing = set(_KEYS) - set(table)
        extra = set(table) - set(_KEYS)
        if missing or extra:
            raise AssertionError(
                f"labels[{lang}]: missing {sorted(missing)}, extra {sorted(extra)}"
            )


_check_complete()
