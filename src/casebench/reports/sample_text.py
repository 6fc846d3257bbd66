"""Wording of the fictional sample pack (``reports.sample``), in en, es, pt and fr."""

from __future__ import annotations

LANGS = ("en", "es", "pt", "fr")

# Country names in the pack language.
COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "EC": ("Ecuador", "Ecuador", "Equador", "Équateur"),
    "GM": ("The Gambia", "Gambia", "Gâmbia", "Gambie"),
    "GW": ("Guinea-Bissau", "Guinea-Bisáu", "Guiné-Bissau", "Guinée-Bissau"),
    "ES": ("Spain", "España", "Espanha", "Espagne"),
    "PT": ("Portugal", "Portugal", "Portugal", "Portugal"),
    "SN": ("Senegal", "Senegal", "Senegal", "Sénégal"),
}

TEXT: dict[str, tuple[str, str, str, str]] = {
    "summary": (
        "A network moves cocaine from Guayaquil to Galicia through Banjul and the Bijagós "
        "islands. Spain and Portugal hold linked proceedings; The Gambia has answered the "
        "police request. The forum must decide on a joint investigation team.",
        "Una red traslada cocaína de Guayaquil a Galicia a través de Banjul y las islas "
        "Bijagós. España y Portugal tienen procedimientos conexos; Gambia ha respondido a la "
        "solicitud policial. La reunión debe decidir sobre un equipo conjunto de investigación.",
        "Uma rede transporta cocaína de Guayaquil para a Galiza através de Banjul e das ilhas "
        "Bijagós. Espanha e Portugal têm processos conexos; a Gâmbia respondeu ao pedido "
        "policial. A reunião deve decidir sobre uma equipa de investigação conjunta.",
        "Un réseau achemine de la cocaïne de Guayaquil vers la Galice via Banjul et les îles "
        "Bijagós. L'Espagne et le Portugal mènent des procédures connexes ; la Gambie a "
        "répondu à la demande policière. La réunion doit se prononcer sur une équipe commune "
        "d'enquête.",
    ),
    "blocker": (
        "Awaiting translation into Portuguese",
        "Pendiente de traducción al portugués",
        "A aguardar tradução para português",
        "En attente de traduction en portugais",
    ),
    "purpose": (
        "To agree a common strategy against the network moving cocaine from Guayaquil to "
        "Galicia through Banjul and the Bijagós islands, and to decide on a joint "
        "investigation team.",
        "Acordar una estrategia común contra la red que traslada cocaína de Guayaquil a "
        "Galicia a través de Banjul y las islas Bijagós, y decidir sobre un equipo "
        "conjunto de investigación.",
        "Acordar uma estratégia comum contra a rede que transporta cocaína de Guayaquil "
        "para a Galiza através de Banjul e das ilhas Bijagós, e decidir sobre uma equipa "
        "de investigação conjunta.",
        "Convenir d'une stratégie commune contre le réseau qui achemine la cocaïne de "
        "Guayaquil vers la Galice par Banjul et l'archipel des Bijagós, et décider de la "
        "création d'une équipe commune d'enquête.",
    ),
    "legal": (
        "Information is shared under the 1988 UN Convention against Illicit Traffic in "
        "Narcotic Drugs (art. 7 and 9) and the bilateral police co-operation agreements "
        "listed in the request annex. It may be used for intelligence purposes only; "
        "judicial use requires the consent of the originator (handling code NJU).",
        "La información se comparte en virtud de la Convención de las Naciones Unidas de "
        "1988 contra el Tráfico Ilícito de Estupefacientes (arts. 7 y 9) y de los acuerdos "
        "bilaterales de cooperación policial citados en el anexo. Solo puede usarse con "
        "fines de inteligencia; el uso judicial exige el consentimiento del autor (código NJU).",
        "A informação é partilhada ao abrigo da Convenção das Nações Unidas de 1988 contra "
        "o Tráfico Ilícito de Estupefacientes (arts. 7.º e 9.º) e dos acordos bilaterais de "
        "cooperação policial indicados no anexo. Só pode ser usada para fins de informações; "
        "o uso judicial exige o consentimento do autor (código NJU).",
        "Les informations sont échangées au titre de la Convention des Nations unies de "
        "1988 contre le trafic illicite de stupéfiants (art. 7 et 9) et des accords "
        "bilatéraux de coopération policière cités en annexe. Elles ne peuvent servir "
        "qu'au renseignement ; tout usage judiciaire exige l'accord de l'émetteur (code NJU).",
    ),
    "EC": (
        "Frutas del Pacífico Exportadora S.A. shipped 14 banana containers to Banjul "
        "between October 2023 and March 2024. Two were found to carry cocaine bricks "
        "stamped with a scorpion logo.",
        "Frutas del Pacífico Exportadora S.A. envió 14 contenedores de banano a Banjul "
        "entre octubre de 2023 y marzo de 2024. En dos se hallaron ladrillos de cocaína "
        "con el logotipo de un escorpión.",
        "A Frutas del Pacífico Exportadora S.A. enviou 14 contentores de banana para Banjul "
        "entre outubro de 2023 e março de 2024. Em dois foram encontrados tijolos de "
        "cocaína com o logótipo de um escorpião.",
        "Frutas del Pacífico Exportadora S.A. a expédié 14 conteneurs de bananes vers "
        "Banjul entre octobre 2023 et mars 2024. Deux contenaient des briques de cocaïne "
        "marquées d'un scorpion.",
    ),
    "GM": (
        "Gambia Atlantic Logistics Ltd rents the bonded warehouse where the containers "
        "were opened. Ousman Jallow, known in Senegal as Usman Diallo, signs its delivery "
        "notes.",
        "Gambia Atlantic Logistics Ltd alquila el depósito aduanero donde se abrieron los "
        "contenedores. Ousman Jallow, conocido en Senegal como Usman Diallo, firma sus "
        "albaranes.",
        "A Gambia Atlantic Logistics Ltd arrenda o armazém aduaneiro onde os contentores "
        "foram abertos. Ousman Jallow, conhecido no Senegal como Usman Diallo, assina as "
        "guias de entrega.",
        "Gambia Atlantic Logistics Ltd loue l'entrepôt sous douane où les conteneurs ont "
        "été ouverts. Ousman Jallow, connu au Sénégal sous le nom d'Usman Diallo, signe "
        "les bons de livraison.",
    ),
    "GW": (
        "The fishing vessel Nha Terra, owned by Pescarias Bijagós Lda., meets the cargo "
        "ship off Bubaque. The Polícia Judiciária da Guiné-Bissau seized 420 kg on "
        "11 March 2024.",
        "El pesquero Nha Terra, de Pescarias Bijagós Lda., se encuentra con el carguero "
        "frente a Bubaque. La Polícia Judiciária da Guiné-Bissau incautó 420 kg el "
        "11 de marzo de 2024.",
        "O navio de pesca Nha Terra, da Pescarias Bijagós Lda., encontra-se com o cargueiro "
        "ao largo de Bubaque. A Polícia Judiciária da Guiné-Bissau apreendeu 420 kg a "
        "11 de março de 2024.",
        "Le chalutier Nha Terra, propriété de Pescarias Bijagós Lda., retrouve le cargo "
        "au large de Bubaque. La Polícia Judiciária da Guiné-Bissau a saisi 420 kg le "
        "11 mars 2024.",
    ),
    "ES": (
        "José Luis García Márquez organises the landings in the Ría de Arousa with "
        "semi-rigid boats and pays the crews through Transportes Rías Baixas S.L.",
        "José Luis García Márquez organiza los alijos en la ría de Arousa con semirrígidas "
        "y paga a las tripulaciones a través de Transportes Rías Baixas S.L.",
        "José Luis García Márquez organiza os desembarques na ria de Arousa com "
        "semirrígidos e paga às tripulações através da Transportes Rías Baixas S.L.",
        "José Luis García Márquez organise les débarquements dans la ría de Arousa avec des "
        "semi-rigides et paie les équipages par Transportes Rías Baixas S.L.",
    ),
    "forum": (
        "Atlantic Route Case Forum",
        "Foro del caso Ruta Atlántica",
        "Fórum do caso Rota Atlântica",
        "Forum de l'affaire Route atlantique",
    ),
    "nju": (
        "Not for judicial use without the originator's written consent.",
        "No apto para uso judicial sin el consentimiento escrito del autor.",
        "Não utilizável em processo judicial sem o consentimento escrito do autor.",
        "Pas d'usage judiciaire sans l'accord écrit de l'émetteur.",
    ),
    "orcon": (
        "Originator controlled: no onward disclosure without the originator's consent.",
        "Controlado por el autor: no se difunde sin su consentimiento.",
        "Controlado pelo autor: não divulgar sem o seu consentimento.",
        "Contrôlé par l'émetteur : aucune diffusion sans son accord.",
    ),
}

AGENDA = (
    ("Opening and adoption of the agenda", "Apertura y aprobación del orden del día",
     "Abertura e aprovação da ordem de trabalhos", "Ouverture et adoption de l'ordre du jour"),
    ("Presentations by Ecuador, The Gambia, Guinea-Bissau and Spain",
     "Presentaciones de Ecuador, Gambia, Guinea-Bisáu y España",
     "Apresentações do Equador, Gâmbia, Guiné-Bissau e Espanha",
     "Exposés de l'Équateur, de la Gambie, de la Guinée-Bissau et de l'Espagne"),
    ("Network analysis and financial flows", "Análisis de la red y de los flujos financieros",
     "Análise da rede e dos fluxos financeiros", "Analyse du réseau et des flux financiers"),
    ("Joint investigation team: scope and signatories", "Equipo conjunto de investigación: alcance y firmantes",
     "Equipa de investigação conjunta: âmbito e signatários", "Équipe commune d'enquête : champ et signataires"),
    ("Common action day and next steps", "Jornada de acción común y próximos pasos",
     "Dia de ação comum e próximos passos", "Journée d'action commune et prochaines étapes"),
)  # fmt: skip

GAPS = (
    ("Who finances the purchases in Ecuador?", "¿Quién financia las compras en Ecuador?",
     "Quem financia as compras no Equador?", "Qui finance les achats en Équateur ?"),
    ("Identity of the captain of the MV Santa Lucía on the March voyage.",
     "Identidad del capitán del MV Santa Lucía en el viaje de marzo.",
     "Identidade do comandante do MV Santa Lucía na viagem de março.",
     "Identité du capitaine du MV Santa Lucía lors du voyage de mars."),
    ("Ownership of account GM12 3456 7890 held in Banjul.",
     "Titularidad de la cuenta GM12 3456 7890 abierta en Banjul.",
     "Titularidade da conta GM12 3456 7890 aberta em Banjul.",
     "Titulaire du compte GM12 3456 7890 ouvert à Banjul."),
    ("Role of the aircraft HC-BXY in moving cash.", "Papel de la aeronave HC-BXY en el traslado de efectivo.",
     "Papel da aeronave HC-BXY no transporte de numerário.", "Rôle de l'aéronef HC-BXY dans le transport d'espèces."),
)  # fmt: skip

FIRST_NAMES = ("Antonio", "Íñigo", "Begoña", "Rocío", "Gonçalo", "Inês", "Lamin", "Awa",
          "Ebrima", "Mariama", "Joaquín", "Conceição", "Aïssatou", "Ramón", "Sébastien")  # fmt: skip
SURNAMES = ("Fernández Núñez", "Muñoz Peña", "Gonçalves Magalhães", "Araújo da Costa", "Ceesay",
         "Sanneh", "Touray", "Baldé", "Djaló", "Iglesias Castro", "Ndiaye Sène", "Lourenço")  # fmt: skip
