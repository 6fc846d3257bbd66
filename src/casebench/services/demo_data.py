"""The fixed cast and storyline of the demo case "Operation Mar Azul".

Everything here is invented: people, companies, accounts, vessels and numbers.
E-mail addresses and web sites use the reserved ``.example`` domain so that none
can belong to a real person or business.
Identifiers that carry check digits (IBAN, IMO, Spanish CIF, Portuguese NIPC,
Brazilian CNPJ, Ecuadorian RUC, ISO 6346 container numbers) are computed by the
functions below so that they pass the same validation a real value would.

Values are written as an investigator would type them; ``"@key"`` refers to an
entity defined earlier (see `demo.build_demo` for the key prefixes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# --- identifiers with check digits ------------------------------------------------------


def _mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def iban(country: str, bban: str) -> str:
    """A valid IBAN for ``bban`` in ``country``, printed in groups of four."""
    check = 98 - _mod97(bban + country.upper() + "00")
    raw = f"{country.upper()}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def es_bban(bank: str, branch: str, account: str) -> str:
    """Spanish CCC: bank, branch, two national check digits, ten-digit account."""
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def dc(digits: str) -> str:
        value = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        return "0" if value == 11 else "1" if value == 10 else str(value)

    return bank + branch + dc("00" + bank + branch) + dc(account) + account


def pt_bban(bank: str, branch: str, account: str) -> str:
    """Portuguese NIB: bank, branch, eleven-digit account and two check digits."""
    body = bank + branch + account
    return body + f"{98 - int(body + '00') % 97:02d}"


def imo_number(six: str) -> str:
    """IMO ship number: six digits and the weighted check digit."""
    total = sum(int(d) * w for d, w in zip(six, range(7, 1, -1), strict=True))
    return f"IMO {six}{total % 10}"


def es_cif(letter: str, seven: str) -> str:
    """Spanish company tax code (CIF) with its control digit."""
    total = 0
    for i, d in enumerate(seven):
        if i % 2 == 0:
            doubled = int(d) * 2
            total += doubled // 10 + doubled % 10
        else:
            total += int(d)
    return f"{letter}{seven}{(10 - total % 10) % 10}"


def pt_nipc(eight: str) -> str:
    """Portuguese company number (NIPC) with its mod-11 check digit."""
    rest = sum(int(d) * (9 - i) for i, d in enumerate(eight)) % 11
    return eight + str(0 if rest < 2 else 11 - rest)


def br_cnpj(base: str, branch: str = "0001") -> str:
    """Brazilian company number (CNPJ) with both check digits, formatted."""
    digits = base + branch

    def check(ds: str, weights: tuple[int, ...]) -> str:
        rest = sum(int(d) * w for d, w in zip(ds, weights, strict=True)) % 11
        return str(0 if rest < 2 else 11 - rest)

    first = check(digits, (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2))
    second = check(digits + first, (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2))
    full = digits + first + second
    return f"{full[:2]}.{full[2:5]}.{full[5:8]}/{full[8:12]}-{full[12:]}"


def ec_ruc(province: str, six: str) -> str:
    """Ecuadorian company RUC (private company, third digit 9) with its check digit."""
    body = province + "9" + six
    rest = sum(int(d) * w for d, w in zip(body, (4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    digit = 0 if rest == 0 else 11 - rest
    if digit == 10:
        raise ValueError(f"RUC body {body} has no valid check digit; choose other digits")
    return f"{body}{digit}001"


def container_number(owner: str, serial: str) -> str:
    """ISO 6346 container number (owner code + U + six digits + check digit)."""
    values: dict[str, int] = {}
    n = 10
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if n % 11 == 0:
            n += 1
        values[letter] = n
        n += 1
    code = owner + "U" + serial
    total = sum((values[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(code))
    return f"{owner}U {serial} {total % 11 % 10}"


# --- specifications ----------------------------------------------------------------------


@dataclass(frozen=True)
class Extra:
    """More values for an entity from another source, grade or handling."""

    values: tuple[tuple[str, str], ...]
    tlp: str = "AMBER"
    grade: str | None = None
    locator: str = ""
    recipients: tuple[str, ...] = ()
    originator: str = ""
    author: str = ""


@dataclass(frozen=True)
class Spec:
    """One entity of the demo: schema, values and how they are graded and handled."""

    key: str
    schema: str
    values: tuple[tuple[str, str], ...]
    tags: tuple[str, ...] = ()
    tlp: str = "AMBER"
    grade: str | None = "admiralty:B2"
    subject: str | None = None  # data-subject category (persons)
    recipients: tuple[str, ...] = ()  # named recipients of RED items
    originator: str = ""
    author: str = ""
    locator: str = ""
    codes: tuple[str, ...] = ()
    extras: tuple[Extra, ...] = field(default=())


# Who recorded what (user names of the fictional investigation team).
CASE_OFFICER = "lsanchez"
ANALYST = "mvidal"
FIN_ANALYST = "jcarrasco"
PT_LIAISON = "ralmeida"

RED_RECIPIENTS = (
    "Insp. Jefa Laura Sánchez Prieto (ES, UCNM Grupo Atlántico)",
    "Comisario Javier Carrasco Mena (ES, UCNM)",
)
RED_RECIPIENTS_JIT = (*RED_RECIPIENTS, "Inspetor Rui Almeida Fonseca (PT, PJ-UNCTE)")


def person(
    key: str,
    name: str,
    *,
    first: str,
    last: str,
    country: str,
    role: str,
    subject: str,
    nationality: tuple[str, ...] = (),
    birth: str = "",
    place: str = "",
    gender: str = "",
    aliases: tuple[str, ...] = (),
    weak: tuple[str, ...] = (),
    phones: tuple[str, ...] = (),
    emails: tuple[str, ...] = (),
    passport: str = "",
    address: str = "",
    tags: tuple[str, ...] = (),
    tlp: str = "AMBER",
    grade: str = "admiralty:B2",
    notes: str = "",
    extras: tuple[Extra, ...] = (),
) -> Spec:
    values: list[tuple[str, str]] = [("name", name), ("firstName", first), ("lastName", last)]
    values += [("alias", a) for a in aliases] + [("weakAlias", w) for w in weak]
    values += [("country", country)]
    values += [("nationality", n) for n in (nationality or (country,))]
    if birth:
        values.append(("birthDate", birth))
    if place:
        values.append(("birthPlace", place))
    if gender:
        values.append(("gender", gender))
    values += [("role", role), ("dataSubject", subject)]
    values += [("phone", p) for p in phones] + [("email", e) for e in emails]
    if passport:
        values.append(("passportNumber", passport))
    if address:
        values.append(("address", address))
    if notes:
        values.append(("notes", notes))
    return Spec(
        f"person:{key}",
        "Person",
        tuple(values),
        tags=tags,
        tlp=tlp,
        grade=grade,
        subject=subject,
        author=CASE_OFFICER,
        extras=extras,
    )


def org(
    key: str,
    schema: str,
    name: str,
    *,
    country: str,
    sector: str,
    reg: str = "",
    tax: str = "",
    legal_form: str = "",
    incorporated: str = "",
    address: str = "",
    phones: tuple[str, ...] = (),
    emails: tuple[str, ...] = (),
    website: str = "",
    aliases: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
    tlp: str = "AMBER",
    grade: str | None = "admiralty:A1",
    notes: str = "",
    prefix: str = "org",
) -> Spec:
    values: list[tuple[str, str]] = [("name", name)]
    values += [("alias", a) for a in aliases]
    values += [("country", country), ("jurisdiction", country), ("sector", sector)]
    if reg:
        values.append(("registrationNumber", reg))
    if tax:
        values.append(("taxNumber", tax))
    if legal_form:
        values.append(("legalForm", legal_form))
    if incorporated:
        values.append(("incorporationDate", incorporated))
    if address:
        values.append(("address", address))
    values += [("phone", p) for p in phones] + [("email", e) for e in emails]
    if website:
        values.append(("website", website))
    if notes:
        values.append(("notes", notes))
    return Spec(
        f"{prefix}:{key}", schema, tuple(values), tags=tags, tlp=tlp, grade=grade, author=ANALYST
    )


# --- people ----------------------------------------------------------------------------

EC, GM, GW, CV, BR, ES, PT = "ec", "gm", "gw", "cv", "br", "es", "pt"

PEOPLE: tuple[Spec, ...] = (
    # Ecuador: the supply side in Guayaquil
    person(
        "garcia-marquez", "José Luis García Márquez", first="José Luis", last="García Márquez",
        country=EC, role="organiser of the supply side (Guayaquil)", subject="suspect",
        birth="1971-08-14", place="Guayaquil", gender="male", aliases=("El Flaco",),
        weak=("Flaco", "Pepe Luis", "J. L. García"), phones=("+593 99 412 7730", "+593 98 731 0054"),
        emails=("jlgm.flaco@securemail.example",), passport="A4471923",
        address="Urb. Puerto Santa Ana, Torre B, Guayaquil", tags=("route-atlantic", "cell-ecuador"),
        extras=(Extra((("weakAlias", "el hombre del puerto"),), tlp="RED", grade="admiralty:B2",
                      locator="contact report CR-2023-031", recipients=RED_RECIPIENTS),),
    ),
    person(
        "zambrano-cedeno", "María Fernanda Zambrano Cedeño", first="María Fernanda",
        last="Zambrano Cedeño", country=EC, role="general manager of the fruit exporter",
        subject="suspect", birth="1984-02", place="Portoviejo", gender="female", aliases=("Mafer",),
        phones=("+593 99 208 4416",), emails=("mfzambrano@frutalpacifico.example",),
        tags=("route-atlantic", "cell-ecuador", "financial"),
    ),
    person(
        "zambrano-cedeno-kevin", "Kevin Andrés Zambrano Cedeño", first="Kevin Andrés",
        last="Zambrano Cedeño", country=EC, role="nominal president of the fruit exporter",
        subject="other", birth="1996", gender="male", phones=("+593 96 114 2087",),
        tags=("cell-ecuador",), grade="admiralty:C3",
    ),
    person(
        "mendoza-quinonez", "Luis Alberto Mendoza Quiñónez", first="Luis Alberto",
        last="Mendoza Quiñónez", country=EC, role="terminal supervisor (container contamination)",
        subject="suspect", birth="1989", gender="male", weak=("Lucho",),
        phones=("+593 99 877 3120",), tags=("route-atlantic", "cell-ecuador", "maritime"),
    ),
    person(
        "vera-bustamante", "Carlos Andrés Vera Bustamante", first="Carlos Andrés",
        last="Vera Bustamante", country=EC, role="financier of the Ecuadorian group",
        subject="convicted", birth="1965-11-30", place="Machala", gender="male",
        aliases=("Don Carlos",), phones=("+593 99 650 2281",), passport="A0913377",
        notes="Convicted in Ecuador in 2009 for drug trafficking (fictional record).",
        tags=("cell-ecuador", "financial"),
    ),
    person(
        "alvarado-intriago", "Jorge Enrique Alvarado Intriago", first="Jorge Enrique",
        last="Alvarado Intriago", country=EC, role="manager of the shipping agency",
        subject="suspect", birth="1978-04-09", gender="male", phones=("+593 4 268 1190",),
        emails=("jalvarado@navieracostasur.example",), tags=("cell-ecuador", "maritime"),
    ),
    # The Gambia: transshipment and the front company in Banjul
    person(
        "jallow", "Ousman Jallow", first="Ousman", last="Jallow", country=GM,
        nationality=(GM, GW), role="transshipment coordinator, West Africa", subject="suspect",
        birth="1979~", gender="male", aliases=("Usman Diallo", "Ousmane Djaló"),
        weak=("Pa Ousman", "O. Djalo"), phones=("+220 771 4420", "+245 966 230 114"),
        emails=("o.jallow.trading@webmail.example",), passport="PC0412287",
        address="Kairaba Avenue, Serrekunda, The Gambia", tags=("route-atlantic", "cell-west-africa"),
        notes="Travels on a Gambian passport as Ousman Jallow and on a Bissau-Guinean "
        "passport as Ousmane Djaló; Portuguese intercepts transcribe him as Usman Diallo.",
        extras=(Extra((("passportNumber", "AA0357712"),), tlp="AMBER+STRICT",
                      grade="europol-4x4:B2", locator="SIENA 1187734-14", originator="Europol"),),
    ),
    person(
        "ceesay", "Fatou Ceesay", first="Fatou", last="Ceesay", country=GM,
        role="director of the front company in Banjul", subject="suspect", birth="1986-04-03",
        gender="female", weak=("Fatou Sise",), phones=("+220 390 2215",),
        emails=("info@komboatlantic.example",), tags=("cell-west-africa", "financial"),
    ),
    person(
        "sanneh", "Lamin Sanneh", first="Lamin", last="Sanneh", country=GM,
        role="manager of the cold store in Kanifing", subject="suspect", birth="1982", gender="male",
        aliases=("Lamine Sané",), phones=("+220 446 7781",), tags=("cell-west-africa",),
    ),
    person(
        "touray", "Ebrima Touray", first="Ebrima", last="Touray", country=GM, role="driver",
        subject="suspect", birth="1993-07-21", gender="male", phones=("+220 994 1180",),
        tags=("cell-west-africa",), grade="admiralty:C3",
    ),
    person(
        "njie", "Isatou Njie", first="Isatou", last="Njie", country=GM,
        role="bookkeeper of the front company", subject="witness", birth="1990", gender="female",
        phones=("+220 335 7710",), tags=("cell-west-africa", "financial"), grade="admiralty:B3",
    ),
    # Guinea-Bissau: the fishing fleet and the islands
    person(
        "balde", "Braima Baldé", first="Braima", last="Baldé", country=GW,
        role="owner of the fishing company, sea transfers", subject="suspect", birth="1975",
        gender="male", aliases=("Ibrahima Baldeh",), weak=("Braima Balde",),
        phones=("+245 955 412 870",), tags=("route-atlantic", "cell-west-africa", "maritime"),
    ),
    person(
        "cassama", "Suleimane Cassamá", first="Suleimane", last="Cassamá", country=GW,
        role="skipper of the fishing vessel", subject="suspect", birth="1981-09-09",
        gender="male", weak=("Souleymane Cassama",), phones=("+245 955 612 044",),
        tags=("cell-west-africa", "maritime"),
    ),
    person(
        "gomes-da-costa", "Quintino Gomes da Costa", first="Quintino", last="Gomes da Costa",
        country=GW, role="logistics in the Bijagós islands", subject="suspect", birth="1968",
        gender="male", aliases=("Tio Quintino",), phones=("+245 969 004 512",),
        tags=("cell-west-africa",), grade="admiralty:C2",
    ),
    person(
        "sanha", "Aissatu Sanhá", first="Aissatu", last="Sanhá", country=GW,
        role="partner of Braima Baldé", subject="other", birth="1995", gender="female",
        tags=("cell-west-africa",), grade="admiralty:B3",
    ),
    # Cape Verde: boats from Mindelo
    person(
        "tavares-semedo", "Adilson Tavares Semedo", first="Adilson", last="Tavares Semedo",
        country=CV, role="boat operator, Mindelo", subject="suspect", birth="1983-05-17",
        place="Mindelo", gender="male", phones=("+238 991 23 45",),
        emails=("adilson@mindelomarine.example",), tags=("route-atlantic", "maritime"),
    ),
    person(
        "fernandes-lopes", "Nilton Fernandes Lopes", first="Nilton", last="Fernandes Lopes",
        country=CV, role="crew and courier", subject="suspect", birth="1991", gender="male",
        aliases=("Tchuk",), phones=("+238 582 14 07",), tags=("maritime",),
    ),
    # Brazil: the aircraft and the money changer
    person(
        "silva-santos", "João Pedro da Silva Santos", first="João Pedro", last="da Silva Santos",
        country=BR, role="operator of the aircraft, air bridge to Guinea-Bissau", subject="suspect",
        birth="1977-03-25", place="Fortaleza", gender="male", aliases=("João Santos",),
        weak=("JP", "Joãozinho"), phones=("+55 85 98812 4471",),
        emails=("joaopedro@aerotaxilitoral.example",), passport="FX418830",
        tags=("route-atlantic", "aviation"),
    ),
    person(
        "pereira-lima", "Rafael Augusto Pereira Lima", first="Rafael Augusto",
        last="Pereira Lima", country=BR, role="money changer (São Paulo)", subject="suspect",
        birth="1969", gender="male", aliases=("O Doleiro",), phones=("+55 11 97730 2218",),
        tags=("financial",),
    ),
    person(
        "barbosa-costa", "Thiago Henrique Barbosa Costa", first="Thiago Henrique",
        last="Barbosa Costa", country=BR, role="pilot", subject="suspect", birth="1988-10-02",
        gender="male", phones=("+55 85 3261 7740",), tags=("aviation",),
    ),
    # Spain: reception in the Strait and in the Rías Baixas
    person(
        "romero-delgado", "Francisco Javier Romero Delgado", first="Francisco Javier",
        last="Romero Delgado", country=ES, role="head of the receiving group, Campo de Gibraltar",
        subject="convicted", birth="1974-06-12", place="San Roque (Cádiz)", gender="male",
        aliases=("Curro",), weak=("El Rubio", "Javi Romero"), phones=("+34 612 448 901",),
        emails=("curro.rd74@webmail.example",), passport="PAE418827",
        address="Urbanización Sotogrande Alto 14, San Roque (Cádiz)",
        notes="Convicted in 2012 for drug trafficking (fictional record).",
        tags=("route-atlantic", "cell-spain"),
    ),
    person(
        "romero-delgado-inmaculada", "Inmaculada Romero Delgado", first="Inmaculada",
        last="Romero Delgado", country=ES, role="sister of Curro, nominal owner of vehicles",
        subject="other", birth="1979-02-02", gender="female", phones=("+34 956 631 204",),
        tags=("cell-spain", "financial"), grade="admiralty:B3",
    ),
    person(
        "otero-pineiro", "Manuel Ángel Otero Piñeiro", first="Manuel Ángel",
        last="Otero Piñeiro", country=ES, role="maritime logistics, Rías Baixas",
        subject="suspect", birth="1966", place="Vilagarcía de Arousa", gender="male",
        aliases=("O Mariñeiro",), phones=("+34 678 120 944",), tags=("route-atlantic", "maritime"),
    ),
    person(
        "fernandez-gallardo", "Rocío Fernández Gallardo", first="Rocío",
        last="Fernández Gallardo", country=ES, role="director of the logistics firm",
        subject="suspect", birth="1980-01-29", place="Algeciras", gender="female",
        phones=("+34 655 301 772",), emails=("rocio.fernandez@estrechosur.example",),
        tags=("cell-spain", "financial"),
    ),
    person(
        "moreno-castillo", "Antonio Jesús Moreno Castillo", first="Antonio Jesús",
        last="Moreno Castillo", country=ES, role="lorry driver", subject="suspect",
        birth="1985-03-18", gender="male", phones=("+34 634 872 015",), tags=("cell-spain",),
    ),
    person(
        "ruiz-de-la-fuente", "Alejandro Ruiz de la Fuente", first="Alejandro",
        last="Ruiz de la Fuente", country=ES, role="lawyer and company formation agent (Marbella)",
        subject="suspect", birth="1972", gender="male", phones=("+34 620 554 318",),
        emails=("aruiz@ruizdelafuente-asesores.example",), tags=("financial",),
    ),
    person(
        "dominguez-barreiro", "Sergio Domínguez Barreiro", first="Sergio",
        last="Domínguez Barreiro", country=ES, role="manager of the cold store in Vigo",
        subject="suspect", birth="1987-12-08", place="Vigo", gender="male",
        phones=("+34 986 224 517", "+34 699 417 203"), tags=("maritime",),
    ),
    person(
        "navarro-exposito", "Pedro Navarro Expósito", first="Pedro", last="Navarro Expósito",
        country=ES, role="crane operator at the Algeciras terminal", subject="witness",
        birth="1970", gender="male", tags=("seizure",), grade="admiralty:B2", tlp="AMBER+STRICT",
    ),
    # Portugal: Sines, Lisbon and the Algarve
    person(
        "sousa-ferreira", "Ricardo Manuel Sousa Ferreira", first="Ricardo Manuel",
        last="Sousa Ferreira", country=PT, role="distribution in Portugal, Sines",
        subject="suspect", birth="1976-09-19", place="Setúbal", gender="male", aliases=("Rico",),
        phones=("+351 912 447 301",), emails=("rsferreira@atlantidatrading.example",),
        tags=("route-atlantic", "cell-portugal"), grade="europol-4x4:B2",
    ),
    person(
        "lopes-monteiro", "Ana Cristina Lopes Monteiro", first="Ana Cristina",
        last="Lopes Monteiro", country=PT, role="accountant, manager of the trading company",
        subject="suspect", birth="1979", gender="female", phones=("+351 21 843 7720",),
        tags=("cell-portugal", "financial"), grade="europol-4x4:B2",
    ),
    person(
        "carvalho-pinto", "Miguel Ângelo Carvalho Pinto", first="Miguel Ângelo",
        last="Carvalho Pinto", country=PT, role="owner of a semi-rigid boat, Olhão",
        subject="suspect", birth="1983-07-07", gender="male", phones=("+351 963 118 540",),
        tags=("cell-portugal", "maritime"), grade="europol-4x4:C3",
    ),
    person(
        "costa-rodrigues", "Bruno Miguel Costa Rodrigues", first="Bruno Miguel",
        last="Costa Rodrigues", country=PT, role="driver threatened after the Sines seizure",
        subject="victim", birth="1990-11-11", gender="male", phones=("+351 269 870 442",),
        tags=("cell-portugal",), grade="europol-4x4:A2", tlp="AMBER+STRICT",
    ),
)  # fmt: skip

# The human source: only its pseudonymous id, handled RED with named recipients.
SOURCE = Spec(
    "person:source-hs-es-0457",
    "Person",
    (
        ("name", "HS-ES-0457"),
        ("sourcePseudonym", "HS-ES-0457"),
        ("role", "registered human source (handled by the source unit)"),
        ("notes", "Identity held only by the source unit. Reporting since March 2023."),
    ),
    tags=("source-reporting",),
    tlp="RED",
    grade="admiralty:B2",
    recipients=RED_RECIPIENTS,
    author=CASE_OFFICER,
    codes=("NO-FORWARD",),
)  # fmt: skip

# --- organisations -------------------------------------------------------------------

ORGS: tuple[Spec, ...] = (
    org(
        "exportadora-frutal", "Company", "Exportadora Frutal del Pacífico S.A.", country=EC,
        sector="banana and fruit export", reg=ec_ruc("09", "330918"), legal_form="Sociedad Anónima",
        incorporated="2017-03-22", address="Av. 9 de Octubre 1411, Guayaquil, Ecuador",
        phones=("+593 4 259 3318",), emails=("export@frutalpacifico.example",),
        website="https://frutalpacifico.example", tags=("route-atlantic", "cell-ecuador", "financial"),
    ),
    org(
        "naviera-costa-sur", "Company", "Agencia Naviera Costa Sur Cía. Ltda.", country=EC,
        sector="shipping agency", reg=ec_ruc("09", "251447"), legal_form="Compañía Limitada",
        incorporated="2011-09", address="Av. de la Marina, Puerto Marítimo, Guayaquil",
        emails=("operaciones@navieracostasur.example",), tags=("cell-ecuador", "maritime"),
    ),
    org(
        "kombo-atlantic", "Company", "Kombo Atlantic Trading Company Ltd", country=GM,
        sector="import and export of frozen fish and fruit", reg="CR/2022/05177",
        tax="TIN 1004417732", legal_form="Private company limited by shares",
        incorporated="2022-05-16", address="14 Liberation Avenue, Banjul, The Gambia",
        phones=("+220 422 8190",), emails=("info@komboatlantic.example",),
        aliases=("Kombo Atlantic", "KATCO"), tags=("route-atlantic", "cell-west-africa", "financial"),
        notes="Front company: no staff besides the director and a bookkeeper; declared turnover "
        "far above its premises.",
    ),
    org(
        "serrekunda-cold", "Company", "Serrekunda Cold Stores Ltd", country=GM,
        sector="cold storage", reg="CR/2019/01342", incorporated="2019",
        address="Kanifing Industrial Estate, Kanifing, The Gambia", tags=("cell-west-africa",),
    ),
    org(
        "bijagos-pescas", "Company", "Bijagós Pescas, Lda.", country=GW, sector="industrial fishing",
        reg="CRC-BS 2016/1187", legal_form="Sociedade por quotas", incorporated="2016-08-01",
        address="Cais de Pidjiguiti, Bissau, Guiné-Bissau", phones=("+245 955 300 118",),
        tags=("cell-west-africa", "maritime"),
    ),
    org(
        "mindelo-marine", "Company", "Mindelo Marine Services, Lda.", country=CV,
        sector="boat charter and maintenance", reg="CRCM 3391", tax="NIF 271934506",
        incorporated="2020-02-10", address="Marina do Mindelo, São Vicente, Cabo Verde",
        phones=("+238 231 44 90",), emails=("booking@mindelomarine.example",), tags=("maritime",),
    ),
    org(
        "aerotaxi-litoral", "Company", "Aerotáxi Litoral Norte Ltda.", country=BR,
        sector="air taxi and charter", reg=br_cnpj("27418903"), legal_form="Sociedade Limitada",
        incorporated="2017-06-30", address="Aeroporto Pinto Martins, hangar 7, Fortaleza (CE), Brasil",
        emails=("ops@aerotaxilitoral.example",), tags=("aviation",),
    ),
    org(
        "pl-cambio", "Company", "PL Câmbio e Turismo Ltda.", country=BR,
        sector="currency exchange and travel", reg=br_cnpj("31207554"), incorporated="2018-11",
        address="Rua 25 de Março 880, sala 41, São Paulo (SP), Brasil", tags=("financial",),
    ),
    org(
        "estrecho-sur", "Company", "Logística Estrecho Sur, S.L.", country=ES,
        sector="road haulage and refrigerated logistics", reg="Registro Mercantil de Cádiz, hoja CA-48812",
        tax=es_cif("B", "1183492"), legal_form="Sociedad Limitada", incorporated="2019-04-08",
        address="Polígono Palmones II, nave 23, 11379 Los Barrios (Cádiz)",
        phones=("+34 956 677 410",), emails=("trafico@estrechosur.example",), website="https://estrechosur.example",
        tags=("route-atlantic", "cell-spain", "financial"),
    ),
    org(
        "frutas-atlantico", "Company", "Importadora Frutas del Atlántico, S.L.", country=ES,
        sector="fruit import (consignee of the containers)",
        reg="Registro Mercantil de Cádiz, hoja CA-51230", tax=es_cif("B", "7261049"),
        incorporated="2021-10-19", address="Av. Virgen del Carmen 31, 11201 Algeciras (Cádiz)",
        tags=("route-atlantic", "cell-spain", "financial"),
    ),
    org(
        "congelados-rias", "Company", "Congelados Rías Baixas, S.L.", country=ES,
        sector="frozen fish storage", reg="Registro Mercantil de Pontevedra, hoja PO-30117",
        tax=es_cif("B", "3620418"), incorporated="2014-05-27",
        address="Avenida de Beiramar 77, 36208 Vigo (Pontevedra)", tags=("maritime",),
    ),
    org(
        "ruiz-asesores", "Company", "Ruiz de la Fuente Asesores, S.L.P.", country=ES,
        sector="legal and tax advice, company formation",
        reg="Registro Mercantil de Málaga, hoja MA-99120", tax=es_cif("B", "2940357"),
        incorporated="2008", address="Av. Ricardo Soriano 19, 29601 Marbella (Málaga)",
        tags=("financial",),
    ),
    org(
        "atlantida-trading", "Company", "Atlântida Trading, Unipessoal Lda.", country=PT,
        sector="wholesale of fruit and frozen products", reg=pt_nipc("51532784"),
        tax=pt_nipc("51532784"), incorporated="2020-07-14",
        address="Rua da Prata 212, 1100-420 Lisboa", emails=("geral@atlantidatrading.example",),
        tags=("route-atlantic", "cell-portugal", "financial"), grade="europol-4x4:A1",
    ),
    org(
        "sines-reefer", "Company", "Sines Reefer Logística, Lda.", country=PT,
        sector="refrigerated container haulage", reg=pt_nipc("51408816"), incorporated="2018-03",
        address="Zona Industrial Ligeira 2, lote 14, 7520-064 Sines", tags=("cell-portugal",),
        grade="europol-4x4:A1",
    ),
    org(
        "red-del-flaco", "Organization", "Red de El Flaco", country=EC,
        sector="organised crime group (supply side)", aliases=("Los del Puerto",),
        tags=("route-atlantic", "cell-ecuador"), grade="admiralty:B2", tlp="AMBER+STRICT",
        notes="Working name given by the investigators to the Guayaquil supply network.",
    ),
    org(
        "clan-romero", "Organization", "Clan Romero", country=ES,
        sector="organised crime group (reception and distribution)",
        tags=("route-atlantic", "cell-spain"), grade="admiralty:B2", tlp="AMBER+STRICT",
    ),
)  # fmt: skip

# Law-enforcement and judicial bodies appearing in the case (generic names).
def agency(key: str, name: str, *, country: str, sector: str, aliases: tuple[str, ...] = (),
           proceedings: tuple[str, ...] = (), address: str = "") -> Spec:
    """A law-enforcement or judicial body; ``proceedings`` are its own open cases."""
    base = org(key, "PublicBody", name, country=country, sector=sector, aliases=aliases,
               address=address, tlp="GREEN", grade=None, prefix="agency")
    extra = tuple(("proceedings", p) for p in proceedings)
    return Spec(base.key, base.schema, base.values + extra, tags=base.tags, tlp=base.tlp,
                grade=base.grade, author=base.author)


AGENCIES: tuple[Spec, ...] = (
    agency("ucnm", "UCNM Grupo Atlántico (Policía Nacional)", country=ES, aliases=("UCNM",),
           sector="police: maritime drug trafficking unit (originator of the case)", address="Madrid",
           proceedings=("Diligencias previas 112/2024, Juzgado de Instrucción n.º 3 de Algeciras "
                        "(secreto de sumario)",)),
    agency("sva-algeciras", "Vigilancia Aduanera, Algeciras", country=ES, sector="customs surveillance",
           aliases=("SVA",)),
    agency("juzgado-algeciras", "Juzgado de Instrucción n.º 3 de Algeciras", country=ES,
           sector="investigating court"),
    agency("fiscalia-antidroga", "Fiscalía Especial Antidroga", country=ES, sector="specialised prosecution office"),
    agency("pj-uncte", "Polícia Judiciária – UNCTE", country=PT, aliases=("PJ-UNCTE",),
           sector="judicial police: drug trafficking unit",
           proceedings=("Inquérito 245/23.0JELSB (DCIAP), linked to the Spanish case through the JIT",)),
    agency("dciap", "DCIAP – Departamento Central de Investigação e Ação Penal", country=PT,
           aliases=("DCIAP", "PT – DCIAP"), sector="central prosecution department"),
    agency("pj-gw", "Polícia Judiciária da Guiné-Bissau", country=GW, sector="judicial police",
           proceedings=("Preliminary enquiry into the Quinara airstrip landings (opened 02/2024)",)),
    agency("pj-cv", "Polícia Judiciária de Cabo Verde", country=CV, sector="judicial police",
           proceedings=("Processo-crime 58/2024 – yacht Morabeza (Procuradoria-Geral da República)",)),
    agency("pgr-cv", "Procuradoria-Geral da República de Cabo Verde", country=CV,
           sector="central authority for mutual legal assistance"),
    agency("pn-ec", "Policía Nacional del Ecuador – Antinarcóticos, Guayaquil", country=EC,
           sector="police: anti-narcotics",
           proceedings=("Instrucción fiscal 09901-2024-00345 (Fiscalía Provincial del Guayas)",)),
    agency("fge-ec", "Fiscalía General del Estado (Ecuador)", country=EC,
           sector="central authority for mutual legal assistance"),
    agency("dlea-gm", "Drug Law Enforcement Agency, The Gambia", country=GM, aliases=("DLEA",),
           sector="drug law enforcement"),
    agency("pf-br", "Polícia Federal – Superintendência no Ceará", country=BR, sector="federal police",
           proceedings=("Inquérito policial 2023.0114-SR/PF/CE (aircraft PR-LNZ)",)),
)  # fmt: skip

# The forum's named participants and contact points: officers, not subjects of the case.
# name, key, agency key, position, country, phone, e-mail; an officer's mobile is
# AMBER+STRICT (it never reaches an AMBER pack), their desk line and e-mail GREEN.
CONTACT_ROWS: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    ("Laura Sánchez Prieto", "sanchez-prieto", "ucnm", "Inspectora Jefa, case officer", ES,
     "+34915550101", "l.sanchez@ucnm.example.es", "+34600555101"),
    ("Lucía Ferreiro Otero", "ferreiro-otero", "fiscalia-antidroga", "Fiscal", ES,
     "+34915550202", "lferreiro@fiscal.example.es", ""),
    ("Rui Almeida Fonseca", "almeida-fonseca", "pj-uncte", "Inspetor, liaison to the JIT", PT,
     "+351215550303", "rui.fonseca@pj.example.pt", "+351912555303"),
    ("Diego Alarcón Ruiz", "alarcon-ruiz", "pn-ec", "Liaison officer", EC,
     "+59342555044", "d.alarcon@policia.example.ec", ""),
    ("Fatou Bojang", "bojang", "dlea-gm", "Head of investigations", GM,
     "+2204555055", "", ""),
)  # fmt: skip


def _contact(name: str, key: str, agency_key: str, position: str, country: str, phone: str,
             email: str, mobile: str) -> Spec:
    first, _, last = name.partition(" ")
    values = [("name", name), ("firstName", first), ("lastName", last), ("country", country),
              ("position", position)]
    values += [("phone", phone)] if phone else []
    values += [("email", email)] if email else []
    extras = (Extra((("phone", mobile),), tlp="AMBER+STRICT", author=CASE_OFFICER),) if mobile else ()
    return Spec(f"officer:{key}", "Person", tuple(values), tags=("contact-point",), tlp="GREEN",
                grade=None, subject="other", author=CASE_OFFICER, extras=extras)


CONTACTS: tuple[Spec, ...] = tuple(_contact(*row) for row in CONTACT_ROWS)
OFFICER_EMPLOYMENTS: tuple[tuple[str, str], ...] = tuple(
    (f"officer:{row[1]}", f"agency:{row[2]}") for row in CONTACT_ROWS)

ADDRESSES: tuple[Spec, ...] = tuple(
    Spec(f"address:{key}", "Address",
         (("full", full), ("city", city), ("country", country)), tags=tags, tlp="GREEN",
         grade="admiralty:A1", author=ANALYST)
    for key, full, city, country, tags in (
        ("guayaquil-terminal", "Terminal Portuario de Guayaquil, Av. de la Marina, Guayaquil",
         "Guayaquil", EC, ("maritime",)),
        ("banjul-port", "Port of Banjul, Wharf Road, Banjul", "Banjul", GM, ("maritime",)),
        ("kanifing-store", "Kanifing Industrial Estate, unit 9, Kanifing", "Kanifing", GM, ()),
        ("bijagos-anchorage", "Anchorage off Ilha de Caravela, Bijagós archipelago", "Bubaque",
         GW, ("maritime",)),
        ("quinara-airstrip", "Disused airstrip near Buba, Quinara region", "Buba", GW,
         ("aviation",)),
        ("algeciras-terminal", "Container terminal, Puerto de Algeciras, 11201 Algeciras",
         "Algeciras", ES, ("maritime", "seizure")),
        ("palmones-depot", "Polígono Palmones II, nave 23, 11379 Los Barrios (Cádiz)",
         "Los Barrios", ES, ()),
        ("vigo-store", "Avenida de Beiramar 77, 36208 Vigo (Pontevedra)", "Vigo", ES, ()),
        ("sines-terminal", "Terminal XXI, Porto de Sines, 7520 Sines", "Sines", PT,
         ("maritime", "seizure")),
        ("mindelo-marina", "Marina do Mindelo, São Vicente", "Mindelo", CV, ("maritime",)),
        ("fortaleza-hangar", "Aeroporto Pinto Martins, hangar 7, Fortaleza (CE)", "Fortaleza",
         BR, ("aviation",)),
    )
)  # fmt: skip

# --- assets ------------------------------------------------------------------------------

VESSELS: tuple[Spec, ...] = (
    Spec("vessel:brisa-de-manta", "Vessel", (
        ("name", "Brisa de Manta"), ("imoNumber", imo_number("931456")), ("mmsi", "671224900"),
        ("flag", "tg"), ("callSign", "5VDM7"), ("type", "refrigerated cargo ship (reefer)"),
        ("tonnage", "7480"), ("buildDate", "1998"), ("operator", "@org:naviera-costa-sur"),
        ("navigationArea", "Guayaquil – Banjul – Algeciras"),
    ), tags=("route-atlantic", "maritime"), grade="admiralty:A1", tlp="GREEN", author=ANALYST),
    Spec("vessel:nova-esperanca", "Vessel", (
        ("name", "Nova Esperança III"), ("imoNumber", imo_number("870412")), ("mmsi", "630110274"),
        ("flag", "gw"), ("callSign", "J5NE3"), ("type", "fishing vessel (trawler)"),
        ("tonnage", "612"), ("buildDate", "1987"), ("owner", "@org:bijagos-pescas"),
    ), tags=("route-atlantic", "maritime", "cell-west-africa"), grade="admiralty:B1",
        author=ANALYST),
    Spec("vessel:virxe-do-mar", "Vessel", (
        ("name", "Virxe do Mar"), ("imoNumber", imo_number("914903")), ("mmsi", "224117380"),
        ("flag", "es"), ("callSign", "EA4172"), ("type", "fishing vessel (longliner)"),
        ("tonnage", "388"), ("buildDate", "1996-05"),
    ), tags=("maritime",), grade="admiralty:A1", author=ANALYST),
    Spec("vessel:morabeza", "Vessel", (
        ("name", "Morabeza"), ("mmsi", "617008815"), ("flag", "cv"),
        ("type", "sailing yacht, 14 m"), ("owner", "@org:mindelo-marine"),
    ), tags=("maritime",), grade="admiralty:B2", author=ANALYST),
)  # fmt: skip

AIRCRAFT = Spec("airplane:pr-lnz", "Airplane", (
    ("registrationNumber", "PR-LNZ"), ("name", "King Air PR-LNZ"),
    ("model", "Beechcraft King Air 350"), ("manufacturer", "Beechcraft"), ("icaoCode", "B350"),
    ("serialNumber", "FL-1093"), ("buildDate", "2014"), ("operator", "@org:aerotaxi-litoral"),
), tags=("aviation", "route-atlantic"), grade="admiralty:A1", author=ANALYST)  # fmt: skip

VEHICLES: tuple[Spec, ...] = tuple(
    Spec(f"vehicle:{key}", "Vehicle", values, tags=tags, grade="admiralty:A1", author=ANALYST)
    for key, values, tags in (
        ("volvo-fh-4827lkm", (
            ("name", "Volvo FH tractor unit"), ("registrationNumber", "4827 LKM"),
            ("model", "Volvo FH 500"), ("type", "lorry (tractor unit)"),
            ("vinCode", "YV2RT40A8KB924417"), ("buildDate", "2019"),
        ), ("cell-spain",)),
        ("reefer-trailer-r5731bcj", (
            ("name", "Reefer semi-trailer"), ("registrationNumber", "R-5731-BCJ"),
            ("model", "Krone Cool Liner"), ("type", "refrigerated semi-trailer"),
        ), ("cell-spain",)),
        ("bmw-x5-2931kxz", (
            ("name", "BMW X5"), ("registrationNumber", "2931 KXZ"), ("model", "BMW X5 xDrive40d"),
            ("type", "car"), ("vinCode", "WBAKS210X0L781536"), ("buildDate", "2021-09"),
        ), ("cell-spain",)),
        ("sprinter-at47px", (
            ("name", "Mercedes-Benz Sprinter van"), ("registrationNumber", "AT-47-PX"),
            ("model", "Mercedes-Benz Sprinter 316"), ("type", "van"),
            ("vinCode", "WDB9066331P418273"),
        ), ("cell-portugal",)),
        ("hilux-bjl7712c", (
            ("name", "Toyota Hilux pick-up"), ("registrationNumber", "BJL 7712 C"),
            ("model", "Toyota Hilux 2.4"), ("type", "pick-up"),
        ), ("cell-west-africa",)),
    )
)  # fmt: skip

# Bank accounts: key, holder, bank, BIC, IBAN (or ""), account number (or ""), currency, country.
# The Gambia and Ecuador have no IBAN: their accounts are known by account number.
ACCOUNT_ROWS: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    ("es-estrecho-sur", "org:estrecho-sur", "Banco Bahía del Estrecho", "BBDEESMMXXX",
     iban("ES", es_bban("0921", "4018", "0200184471")), "", "EUR", ES),
    ("es-frutas-atlantico", "org:frutas-atlantico", "Banco Bahía del Estrecho", "BBDEESMMXXX",
     iban("ES", es_bban("0921", "4022", "0200377215")), "", "EUR", ES),
    ("es-romero", "person:romero-delgado-inmaculada", "Caixa Rías e Costas", "CRCOESBBXXX",
     iban("ES", es_bban("3187", "0611", "1032290847")), "", "EUR", ES),
    ("es-congelados", "org:congelados-rias", "Caixa Rías e Costas", "CRCOESBBXXX",
     iban("ES", es_bban("3187", "0205", "1029938410")), "", "EUR", ES),
    ("es-ruiz-asesores", "org:ruiz-asesores", "Banco Levante Andaluz", "BLANESMMXXX",
     iban("ES", es_bban("1593", "3104", "2000412577")), "", "EUR", ES),
    ("pt-atlantida", "org:atlantida-trading", "Banco Tejo Atlântico", "BTATPTPLXXX",
     iban("PT", pt_bban("0451", "0017", "00284471903")), "", "EUR", PT),
    ("pt-sousa", "person:sousa-ferreira", "Banco Tejo Atlântico", "BTATPTPLXXX",
     iban("PT", pt_bban("0451", "0102", "00719022846")), "", "EUR", PT),
    ("pt-sines-reefer", "org:sines-reefer", "Caixa Alentejo Litoral", "CALIPTPLXXX",
     iban("PT", pt_bban("0918", "0003", "40211337105")), "", "EUR", PT),
    ("br-pl-cambio", "org:pl-cambio", "Banco Paulista do Comércio", "BPCMBRSPXXX",
     iban("BR", "18440299" + "01832" + "0004417720" + "C1"), "", "BRL", BR),
    ("br-aerotaxi", "org:aerotaxi-litoral", "Banco Nordeste Costeiro", "BNCOBRCEXXX",
     iban("BR", "31880102" + "04471" + "0000930218" + "C1"), "", "BRL", BR),
    ("cv-mindelo-marine", "org:mindelo-marine", "Banco Crioulo de Investimento", "BCRICVCVXXX",
     iban("CV", "0004" + "0001" + "18422917101" + "62"), "", "CVE", CV),
    ("gw-bijagos", "org:bijagos-pescas", "Banco Atlântico da Guiné", "BAGWGWGWXXX",
     iban("GW", "GW14" + "30010181800637601"), "", "XOF", GW),
    ("gm-kombo", "org:kombo-atlantic", "Kombo Coastal Bank", "KCBKGMGMXXX", "",
     "0011204773101", "GMD", GM),
    ("gm-kombo-usd", "org:kombo-atlantic", "Kombo Coastal Bank", "KCBKGMGMXXX", "",
     "0011204773188", "USD", GM),
    ("ec-exportadora", "org:exportadora-frutal", "Banco del Litoral Guayas", "BLGUECEGXXX", "",
     "2100458813", "USD", EC),
    ("ec-vera", "person:vera-bustamante", "Banco del Litoral Guayas", "BLGUECEGXXX", "",
     "2200917364", "USD", EC),
)  # fmt: skip

# Numbers used by unidentified handsets (burner phones) seen in intercepts.
BURNERS: tuple[str, ...] = ("+34 631 902 447", "+351 932 100 458", "+220 788 3021", "+593 96 300 7741")  # fmt: skip

# --- relationships -----------------------------------------------------------------------

# owner, asset, percentage, start, type, grade
OWNERSHIPS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("person:zambrano-cedeno", "org:exportadora-frutal", "40", "2017-03-22", "shares", "admiralty:A1"),
    ("person:zambrano-cedeno-kevin", "org:exportadora-frutal", "60", "2017-03-22", "shares (nominee)", "admiralty:A1"),
    ("person:garcia-marquez", "org:exportadora-frutal", "", "2019~", "beneficial owner", "admiralty:B2"),
    ("person:alvarado-intriago", "org:naviera-costa-sur", "51", "2011-09", "shares", "admiralty:A1"),
    ("person:ceesay", "org:kombo-atlantic", "100", "2022-05-16", "shares (nominee)", "admiralty:A1"),
    ("person:jallow", "org:kombo-atlantic", "", "2022-05", "beneficial owner", "europol-4x4:B2"),
    ("person:sanneh", "org:serrekunda-cold", "35", "2019", "shares", "admiralty:B2"),
    ("person:balde", "org:bijagos-pescas", "70", "2016-08-01", "shares", "admiralty:B2"),
    ("person:tavares-semedo", "org:mindelo-marine", "100", "2020-02-10", "shares", "admiralty:A1"),
    ("person:silva-santos", "org:aerotaxi-litoral", "80", "2017-06-30", "shares", "admiralty:A1"),
    ("person:pereira-lima", "org:pl-cambio", "50", "2018-11", "shares", "admiralty:A1"),
    ("person:romero-delgado-inmaculada", "org:estrecho-sur", "50", "2019-04-08", "shares", "admiralty:A1"),
    ("person:fernandez-gallardo", "org:estrecho-sur", "50", "2019-04-08", "shares", "admiralty:A1"),
    ("person:romero-delgado", "org:estrecho-sur", "", "2019-04", "beneficial owner", "admiralty:B2"),
    ("person:ruiz-de-la-fuente", "org:frutas-atlantico", "100", "2021-10-19", "shares", "admiralty:A1"),
    ("person:dominguez-barreiro", "org:congelados-rias", "25", "2014-05-27", "shares", "admiralty:A1"),
    ("person:ruiz-de-la-fuente", "org:ruiz-asesores", "100", "2008", "shares", "admiralty:A1"),
    ("person:lopes-monteiro", "org:atlantida-trading", "100", "2020-07-14", "quota (nominee)", "europol-4x4:A1"),
    ("person:sousa-ferreira", "org:atlantida-trading", "", "2020-07", "beneficial owner", "europol-4x4:B2"),
    ("person:sousa-ferreira", "org:sines-reefer", "60", "2018-03", "quota", "europol-4x4:A1"),
    ("person:otero-pineiro", "vessel:virxe-do-mar", "100", "2015-06-01", "registered owner", "admiralty:A1"),
    ("org:bijagos-pescas", "vessel:nova-esperanca", "100", "2016-09", "registered owner", "admiralty:B1"),
    ("org:mindelo-marine", "vessel:morabeza", "100", "2021-04", "registered owner", "admiralty:A1"),
    ("org:aerotaxi-litoral", "airplane:pr-lnz", "100", "2019-02-14", "registered owner", "admiralty:A1"),
    ("org:estrecho-sur", "vehicle:volvo-fh-4827lkm", "100", "2019-06-03", "registered keeper", "admiralty:A1"),
    ("org:estrecho-sur", "vehicle:reefer-trailer-r5731bcj", "100", "2020-01-15", "registered keeper", "admiralty:A1"),
    ("person:romero-delgado-inmaculada", "vehicle:bmw-x5-2931kxz", "100", "2021-09-28", "registered keeper", "admiralty:A1"),
    ("org:sines-reefer", "vehicle:sprinter-at47px", "100", "2022-02", "registered keeper", "europol-4x4:A1"),
    ("org:kombo-atlantic", "vehicle:hilux-bjl7712c", "100", "2022-07", "registered keeper", "admiralty:B2"),
)  # fmt: skip

# director, organisation, role, start
DIRECTORSHIPS: tuple[tuple[str, str, str, str], ...] = (
    ("person:zambrano-cedeno", "org:exportadora-frutal", "gerente general", "2017-03-22"),
    ("person:zambrano-cedeno-kevin", "org:exportadora-frutal", "presidente", "2020-01-10"),
    ("person:alvarado-intriago", "org:naviera-costa-sur", "gerente", "2011-09"),
    ("person:ceesay", "org:kombo-atlantic", "managing director", "2022-05-16"),
    ("person:sanneh", "org:serrekunda-cold", "general manager", "2019"),
    ("person:balde", "org:bijagos-pescas", "sócio-gerente", "2016-08-01"),
    ("person:tavares-semedo", "org:mindelo-marine", "gerente", "2020-02-10"),
    ("person:silva-santos", "org:aerotaxi-litoral", "sócio-administrador", "2017-06-30"),
    ("person:pereira-lima", "org:pl-cambio", "sócio-administrador", "2018-11"),
    ("person:fernandez-gallardo", "org:estrecho-sur", "administradora única", "2019-04-08"),
    ("person:ruiz-de-la-fuente", "org:frutas-atlantico", "administrador único", "2021-10-19"),
    ("person:ruiz-de-la-fuente", "org:ruiz-asesores", "socio director", "2008"),
    ("person:dominguez-barreiro", "org:congelados-rias", "apoderado", "2020-06-01"),
    ("person:lopes-monteiro", "org:atlantida-trading", "gerente", "2020-07-14"),
    ("person:sousa-ferreira", "org:sines-reefer", "gerente", "2018-03"),
)  # fmt: skip

# employee, employer, role, start
EMPLOYMENTS: tuple[tuple[str, str, str, str], ...] = (
    ("person:mendoza-quinonez", "org:naviera-costa-sur", "terminal supervisor (contractor)", "2020-02"),
    ("person:touray", "org:kombo-atlantic", "driver", "2022-08"),
    ("person:njie", "org:kombo-atlantic", "bookkeeper", "2022-06-01"),
    ("person:cassama", "org:bijagos-pescas", "skipper", "2018"),
    ("person:fernandes-lopes", "org:mindelo-marine", "deckhand", "2021-05"),
    ("person:barbosa-costa", "org:aerotaxi-litoral", "pilot", "2019-03-01"),
    ("person:moreno-castillo", "org:estrecho-sur", "lorry driver", "2019-07-15"),
    ("person:costa-rodrigues", "org:sines-reefer", "driver", "2021-09"),
)  # fmt: skip

# person, relative, relationship
FAMILY: tuple[tuple[str, str, str], ...] = (
    ("person:zambrano-cedeno", "person:zambrano-cedeno-kevin", "siblings"),
    ("person:romero-delgado", "person:romero-delgado-inmaculada", "siblings"),
    ("person:balde", "person:sanha", "partners"),
    ("person:garcia-marquez", "person:vera-bustamante", "brothers-in-law"),
    ("person:gomes-da-costa", "person:cassama", "uncle and nephew"),
)  # fmt: skip

# person, associate, relationship, tlp, grade
ASSOCIATES: tuple[tuple[str, str, str, str, str], ...] = (
    ("person:garcia-marquez", "person:jallow", "business partners (route via Banjul)", "AMBER", "admiralty:B2"),
    ("person:garcia-marquez", "person:romero-delgado", "supplier and buyer", "RED", "admiralty:B2"),
    ("person:jallow", "person:balde", "transshipment at sea", "AMBER", "admiralty:B2"),
    ("person:jallow", "person:gomes-da-costa", "logistics on the islands", "AMBER", "admiralty:C2"),
    ("person:jallow", "person:romero-delgado", "co-ordinate deliveries", "AMBER+STRICT", "europol-4x4:B2"),
    ("person:romero-delgado", "person:otero-pineiro", "reception in Galicia", "AMBER", "admiralty:B2"),
    ("person:otero-pineiro", "person:sousa-ferreira", "shared boats and crews", "AMBER", "europol-4x4:B3"),
    ("person:silva-santos", "person:balde", "air bridge to Guinea-Bissau", "AMBER", "admiralty:B2"),
    ("person:pereira-lima", "person:vera-bustamante", "money transfers", "AMBER", "admiralty:B2"),
    ("person:tavares-semedo", "person:sousa-ferreira", "boats from Mindelo", "AMBER", "europol-4x4:B2"),
    ("person:romero-delgado", "person:ruiz-de-la-fuente", "lawyer and adviser", "AMBER", "admiralty:A2"),
    ("person:sousa-ferreira", "person:carvalho-pinto", "landing on the Algarve coast", "AMBER", "europol-4x4:C3"),
)  # fmt: skip

# member, organisation, role
MEMBERSHIPS: tuple[tuple[str, str, str], ...] = (
    ("person:garcia-marquez", "org:red-del-flaco", "leader"),
    ("person:vera-bustamante", "org:red-del-flaco", "financier"),
    ("person:zambrano-cedeno", "org:red-del-flaco", "exports and paperwork"),
    ("person:mendoza-quinonez", "org:red-del-flaco", "port contamination"),
    ("person:alvarado-intriago", "org:red-del-flaco", "shipping bookings"),
    ("person:romero-delgado", "org:clan-romero", "leader"),
    ("person:fernandez-gallardo", "org:clan-romero", "logistics and front company"),
    ("person:moreno-castillo", "org:clan-romero", "transport"),
    ("person:romero-delgado-inmaculada", "org:clan-romero", "nominee"),
)  # fmt: skip

REPRESENTATIONS: tuple[tuple[str, str, str], ...] = (
    ("person:ruiz-de-la-fuente", "person:romero-delgado", "lawyer"),
    ("org:ruiz-asesores", "org:estrecho-sur", "company secretary and tax adviser"),
    ("org:naviera-costa-sur", "org:exportadora-frutal", "shipping agent"),
)  # fmt: skip

# --- the storyline -----------------------------------------------------------------------

CONTAINER_ALGECIRAS = container_number("AZL", "481207")
CONTAINER_SINES = container_number("TRH", "330914")
CONTAINER_GUAYAQUIL = container_number("AZL", "502288")


def event(
    key: str,
    name: str,
    date: str,
    *,
    schema: str = "Event",
    tlp: str = "AMBER",
    grade: str | None = "admiralty:B2",
    tags: tuple[str, ...] = (),
    locator: str = "",
    recipients: tuple[str, ...] = (),
    originator: str = "",
    author: str = ANALYST,
    **props: str | tuple[str, ...],
) -> Spec:
    values: list[tuple[str, str]] = [("name", name), ("date", date)]
    for prop, value in props.items():
        values += [(prop, v) for v in ((value,) if isinstance(value, str) else value)]
    return Spec(
        f"event:{key}",
        schema,
        tuple(values),
        tags=tags,
        tlp=tlp,
        grade=grade,
        recipients=recipients,
        originator=originator,
        author=author,
        locator=locator,
    )


EVENTS: tuple[Spec, ...] = (
    event("jallow-settles-banjul", "Ousman Jallow settles in Banjul", "2022",
          involved="@person:jallow", country=GM, grade="admiralty:C3", tags=("cell-west-africa",)),
    event("source-first-report", "Source reports Clan Romero seeks a West African route",
          "2023-03-08", involved=("@person:romero-delgado", "@person:source-hs-es-0457"),
          tlp="RED", recipients=RED_RECIPIENTS, locator="contact report CR-2023-007",
          tags=("source-reporting", "route-atlantic"), country=ES, author=CASE_OFFICER),
    event("meeting-guayaquil", "García Márquez and Jallow meet in Guayaquil", "2023-05~",
          involved=("@person:garcia-marquez", "@person:jallow"), place="Guayaquil", country=EC,
          tlp="RED", recipients=RED_RECIPIENTS, locator="contact report CR-2023-019",
          tags=("source-reporting", "route-atlantic")),
    event("test-shipment", "Test shipment of about 200 kg through Banjul", "2023-07~",
          involved=("@person:jallow", "@person:ceesay", "@org:kombo-atlantic"), country=GM,
          grade="admiralty:C3", tags=("route-atlantic",),
          description="Reported by two sources; no seizure. Approximate month."),
    event("marbella-meeting", "García Márquez, Romero Delgado and Ruiz de la Fuente meet in Marbella",
          "2023-09-09T21:30+02:00", involved=("@person:garcia-marquez", "@person:romero-delgado",
          "@person:ruiz-de-la-fuente"), place="Puerto Banús, Marbella", country=ES,
          grade="admiralty:A2", tags=("route-atlantic", "cell-spain"),
          description="Surveillance log SV-2023-118: restaurant terrace, 21:30 to 23:55."),
    event("booking-container", f"Container {CONTAINER_ALGECIRAS} booked Guayaquil to Banjul",
          "2023-08-28T16:20-05:00", involved=("@org:exportadora-frutal", "@org:naviera-costa-sur",
          "@org:kombo-atlantic"), country=EC, grade="admiralty:A1", tags=("maritime",),
          description="Booking for 1 x 40' reefer, 1,980 boxes of bananas, consignee Kombo Atlantic "
          "Trading Company Ltd, Banjul."),
    event("loading-guayaquil", f"Container {CONTAINER_ALGECIRAS} loaded at the Guayaquil terminal",
          "2023-09-30T22:10-05:00", location="@address:guayaquil-terminal",
          involved=("@person:mendoza-quinonez", "@vessel:brisa-de-manta"), country=EC,
          grade="admiralty:B2", tags=("maritime", "route-atlantic"),
          description="Terminal gate records: the seal was replaced during the night shift "
          "supervised by Mendoza Quiñónez."),
    event("voyage-guayaquil-banjul", "Voyage of the Brisa de Manta, Guayaquil to Banjul",
          "2023-10-02T21:40-05:00/2023-10-19T07:15+00:00", involved="@vessel:brisa-de-manta",
          grade="admiralty:A1", tags=("maritime", "route-atlantic"), tlp="GREEN",
          description="AIS track: departs Guayaquil, Panama Canal transit 2023-10-04, arrives Banjul."),
    event("storage-kanifing", "Container stored at the Kanifing cold store", "2023-10-20/2023-10-24",
          location="@address:kanifing-store", involved=("@person:sanneh", "@org:serrekunda-cold"),
          country=GM, grade="admiralty:B2", tags=("cell-west-africa",)),
    event("transfer-bijagos", "Transfer at anchor off the Bijagós islands", "2023-10-27",
          location="@address:bijagos-anchorage",
          involved=("@vessel:nova-esperanca", "@person:cassama", "@person:balde"), country=GW,
          grade="europol-4x4:B2", tlp="AMBER+STRICT", originator="Europol / MAOC-N",
          tags=("maritime", "route-atlantic")),
    event("air-bridge", "King Air PR-LNZ crosses the Atlantic to Guinea-Bissau", "2023-11~",
          involved=("@airplane:pr-lnz", "@person:barbosa-costa", "@person:silva-santos"),
          grade="admiralty:C2", tags=("aviation", "route-atlantic"),
          description="No flight plan filed for the crossing; radar and fuel purchases suggest the "
          "second half of November."),
    event("airstrip-landing", "Aircraft lands at the Quinara airstrip", "2023-11-18T05:45+00:00",
          location="@address:quinara-airstrip", involved="@airplane:pr-lnz", country=GW,
          grade="admiralty:B2", tags=("aviation",)),
    event("sea-transfer-cape-verde", "Transfer at sea north of Cape Verde",
          "2023-12-02/2023-12-05", involved=("@vessel:nova-esperanca", "@vessel:virxe-do-mar"),
          grade="europol-4x4:B3", tlp="AMBER+STRICT", originator="Europol / MAOC-N",
          tags=("maritime", "route-atlantic")),
    event("virxe-returns-vigo", "Virxe do Mar returns to Vigo", "2023-12-11T04:10+01:00",
          involved="@vessel:virxe-do-mar", place="Vigo", country=ES, grade="admiralty:A1",
          tags=("maritime",), tlp="GREEN"),
    event("rip-off-planned", "Rip-off at Algeciras planned by the Clan Romero",
          "2024-01-15T20:00+01:00", involved=("@person:romero-delgado", "@person:moreno-castillo"),
          tlp="RED", recipients=RED_RECIPIENTS, locator="contact report CR-2024-002",
          tags=("source-reporting", "cell-spain"), author=CASE_OFFICER),
    event("lorry-waits-palmones", "Lorry 4827 LKM waits at the Palmones depot",
          "2024-01-17T08:55+01:00", location="@address:palmones-depot",
          involved=("@vehicle:volvo-fh-4827lkm", "@person:moreno-castillo"), country=ES,
          grade="admiralty:A1", tags=("cell-spain",)),
    event("threat-costa-rodrigues", "Driver Costa Rodrigues threatened in Sines",
          "2024-04-20T23:10+01:00", involved=("@person:costa-rodrigues", "@person:carvalho-pinto"),
          place="Sines", country=PT, tlp="AMBER+STRICT", grade="europol-4x4:B2",
          originator="PJ-UNCTE", tags=("cell-portugal",)),
    event("controlled-delivery-plan", "Controlled delivery proposed for the next Banjul container",
          "2024-03~", tlp="RED", recipients=RED_RECIPIENTS_JIT, grade="admiralty:B2",
          involved=("@person:jallow", "@person:sousa-ferreira"), tags=("route-atlantic",),
          author=CASE_OFFICER),
    event("arrest-romero", "Arrest of Francisco Javier Romero Delgado", "2024-05-21T06:05+02:00",
          involved="@person:romero-delgado", place="Sotogrande, San Roque", country=ES,
          grade="admiralty:A1", tags=("day-of-action",)),
    event("arrest-fernandez", "Arrest of Rocío Fernández Gallardo", "2024-05-21T06:12+02:00",
          involved="@person:fernandez-gallardo", place="Algeciras", country=ES,
          grade="admiralty:A1", tags=("day-of-action",)),
    event("search-palmones", "Search of the Palmones depot", "2024-05-21T07:30+02:00/2024-05-21T13:10+02:00",
          location="@address:palmones-depot", involved="@org:estrecho-sur", country=ES,
          grade="admiralty:A1", tags=("day-of-action",)),
    event("arrest-sousa", "Arrest of Ricardo Manuel Sousa Ferreira", "2024-05-21T05:00+01:00",
          involved="@person:sousa-ferreira", place="Lisboa", country=PT, grade="europol-4x4:A1",
          originator="PJ-UNCTE", tags=("day-of-action",)),
    event("arrest-garcia", "Arrest of José Luis García Márquez", "2024-05-20T23:50-05:00",
          involved="@person:garcia-marquez", place="Guayaquil", country=EC, grade="admiralty:A1",
          tags=("day-of-action",)),
    event("arrest-otero", "Arrest of Manuel Ángel Otero Piñeiro", "2024-05-21T06:20+02:00",
          involved="@person:otero-pineiro", place="Vilagarcía de Arousa", country=ES,
          grade="admiralty:A1", tags=("day-of-action",)),
    event("jallow-escapes", "Jallow not found at his Serrekunda address", "2024-05-21T06:00+00:00",
          involved="@person:jallow", place="Serrekunda", country=GM, grade="admiralty:A2",
          tags=("day-of-action",)),
    event("press-release", "Joint press release on Operation Mar Azul", "2024-05-22T12:00+02:00",
          tlp="CLEAR", grade=None, country=ES, tags=("day-of-action",),
          description="Public statement: 7.5 tonnes of cocaine seized on the Atlantic route, "
          "14 arrests in four countries."),
)  # fmt: skip

SEIZURES: tuple[Spec, ...] = (
    event("seizure-quinara", "Seizure at the Quinara airstrip", "2023-11-18T06:30+00:00",
          schema="Seizure", substance="cocaine hydrochloride", quantity="640", unit="kg",
          concealment="22 holdalls left by the aircraft on the airstrip",
          route="Fortaleza (BR) – Quinara (GW)", seizedBy="@agency:pj-gw",
          location="@address:quinara-airstrip", country=GW, grade="admiralty:A2", tlp="GREEN",
          tags=("seizure", "aviation")),
    event("seizure-algeciras", "Seizure in the port of Algeciras", "2024-01-17T10:40+01:00",
          schema="Seizure", substance="cocaine hydrochloride", quantity="1340", unit="kg",
          concealment=f"1,180 bricks in banana boxes, container {CONTAINER_ALGECIRAS}",
          route="Guayaquil (EC) – Banjul (GM) – Algeciras (ES)", seizedBy="@agency:sva-algeciras",
          location="@address:algeciras-terminal",
          involved=("@org:frutas-atlantico", "@org:exportadora-frutal", "@org:kombo-atlantic"),
          country=ES, grade="admiralty:A1", tlp="GREEN", tags=("seizure", "route-atlantic")),
    event("seizure-mindelo", "Seizure of the yacht Morabeza in Mindelo", "2024-03-09T14:05-01:00",
          schema="Seizure", substance="cocaine hydrochloride", quantity="480", unit="kg",
          concealment="false floor under the saloon", route="Bijagós (GW) – Mindelo (CV) – Algarve (PT)",
          seizedBy="@agency:pj-cv", location="@address:mindelo-marina",
          involved=("@vessel:morabeza", "@person:fernandes-lopes"), country=CV,
          grade="admiralty:A1", tags=("seizure", "maritime")),
    event("seizure-sines", "Seizure in the port of Sines", "2024-04-16T09:20+01:00",
          schema="Seizure", substance="cocaine hydrochloride", quantity="910", unit="kg",
          concealment=f"inside the cooling unit of container {CONTAINER_SINES}",
          route="Guayaquil (EC) – Sines (PT)", seizedBy="@agency:pj-uncte",
          location="@address:sines-terminal", involved="@org:atlantida-trading", country=PT,
          grade="europol-4x4:A1", tlp="AMBER", originator="PJ-UNCTE",
          tags=("seizure", "cell-portugal")),
    event("seizure-vigo", "Seizure on board the Virxe do Mar in Vigo", "2024-05-21T06:00+02:00",
          schema="Seizure", substance="cocaine hydrochloride", quantity="1870", unit="kg",
          concealment="under frozen hake in the fish hold", route="Bijagós (GW) – Vigo (ES)",
          seizedBy="@agency:ucnm", involved=("@vessel:virxe-do-mar", "@person:dominguez-barreiro"),
          place="Vigo", country=ES, grade="admiralty:A1", tags=("seizure", "day-of-action")),
    event("seizure-guayaquil", "Seizure at the Guayaquil terminal before loading",
          "2024-05-21T03:30-05:00", schema="Seizure", substance="cocaine hydrochloride",
          quantity="2300", unit="kg", concealment=f"container {CONTAINER_GUAYAQUIL} (pineapples)",
          route="Guayaquil (EC) – Banjul (GM)", seizedBy="@agency:pn-ec",
          location="@address:guayaquil-terminal", involved="@person:mendoza-quinonez",
          country=EC, grade="admiralty:A1", tags=("seizure", "day-of-action")),
)  # fmt: skip

# key, who, origin, destination, transport, date, grade
TRAVEL_ROWS: tuple[tuple[str, tuple[str, ...], str, str, str, str, str], ...] = (
    ("jallow-bjl-lis", ("person:jallow",), "Banjul (BJL)", "Lisboa (LIS)", "flight",
     "2023-05-03T23:55+00:00", "admiralty:A1"),
    ("jallow-lis-gye", ("person:jallow",), "Lisboa (LIS)", "Guayaquil (GYE) via Madrid", "flight",
     "2023-05-05T12:10+01:00", "admiralty:A1"),
    ("jallow-gye-mad", ("person:jallow",), "Guayaquil (GYE)", "Madrid (MAD)", "flight",
     "2023-05-14T19:30-05:00", "admiralty:A1"),
    ("romero-agp-bjl", ("person:romero-delgado",), "Málaga (AGP)", "Banjul (BJL) via Lisboa",
     "flight", "2023-06-12T07:05+02:00", "admiralty:A1"),
    ("romero-bjl-lis", ("person:romero-delgado",), "Banjul (BJL)", "Lisboa (LIS)", "flight",
     "2023-06-15T00:40+00:00", "admiralty:A1"),
    ("garcia-gye-mad", ("person:garcia-marquez",), "Guayaquil (GYE)", "Madrid (MAD)", "flight",
     "2023-09-06T18:45-05:00", "admiralty:A1"),
    ("garcia-mad-gye", ("person:garcia-marquez",), "Madrid (MAD)", "Guayaquil (GYE)", "flight",
     "2023-09-14T12:20+02:00", "admiralty:A1"),
    ("silva-for-rai", ("person:silva-santos",), "Fortaleza (FOR)", "Praia (RAI)", "flight",
     "2023-10-30T22:15-03:00", "admiralty:A2"),
    ("silva-rai-oxb", ("person:silva-santos",), "Praia (RAI)", "Bissau (OXB)", "flight",
     "2023-11-02T10:40-01:00", "admiralty:A2"),
    ("pr-lnz-for-nat", ("person:barbosa-costa", "airplane:pr-lnz"), "Fortaleza (SBFZ)",
     "Natal (SBSG)", "aircraft PR-LNZ", "2023-11-16T17:05-03:00", "admiralty:A1"),
    ("otero-opo-rai", ("person:otero-pineiro",), "Porto (OPO)", "Praia (RAI)", "flight",
     "2023-11-24T06:50+00:00", "europol-4x4:A1"),
    ("ceesay-bjl-mad", ("person:ceesay",), "Banjul (BJL)", "Madrid (MAD)", "flight",
     "2023-12-18T23:30+00:00", "admiralty:A1"),
    ("tavares-vxe-lis", ("person:tavares-semedo",), "São Vicente (VXE)", "Lisboa (LIS)",
     "flight", "2024-01-08T01:20-01:00", "europol-4x4:A1"),
    ("sousa-lis-rai", ("person:sousa-ferreira",), "Lisboa (LIS)", "Praia (RAI)", "flight",
     "2024-02-03T09:55+00:00", "europol-4x4:A1"),
    ("jallow-bjl-oxb-road", ("person:jallow", "vehicle:hilux-bjl7712c"), "Banjul",
     "Bissau (by road through Ziguinchor)", "pick-up BJL 7712 C", "2024-02~", "admiralty:C3"),
    ("fernandes-rai-lis", ("person:fernandes-lopes",), "Praia (RAI)", "Lisboa (LIS)", "flight",
     "2024-03-01T02:05-01:00", "europol-4x4:A2"),
    ("pereira-gru-lis", ("person:pereira-lima",), "São Paulo (GRU)", "Lisboa (LIS)", "flight",
     "2024-03-27T21:40-03:00", "admiralty:A1"),
    ("moreno-ferry", ("person:moreno-castillo", "vehicle:volvo-fh-4827lkm"), "Algeciras",
     "Tanger Med (ferry)", "lorry 4827 LKM", "2024-02-12T14:00+01:00", "admiralty:A1"),
)  # fmt: skip

MEETING = Spec(
    "meeting:coordination-2024-02",
    "Meeting",
    (
        ("name", "Coordination meeting Operation Mar Azul"),
        ("forum", "Coordination meeting (Eurojust format)"),
        ("date", "2024-02-20T09:30+01:00"),
        ("endDate", "2024-02-20T17:00+01:00"),
        ("place", "The Hague"),
        ("country", "nl"),
        ("organizer", "@agency:ucnm"),
        ("participants", "ES: Policía Nacional (UCNM), Vigilancia Aduanera, Fiscalía Antidroga"),
        ("participants", "PT: Polícia Judiciária (UNCTE), DCIAP"),
        ("participants", "EC: Policía Nacional – Antinarcóticos, Fiscalía General (liaison)"),
        ("participants", "GM: Drug Law Enforcement Agency (by video link)"),
        ("participants", "GW: Polícia Judiciária"),
        ("participants", "CV: Polícia Judiciária"),
        ("participants", "BR: Polícia Federal (liaison officer in Lisbon)"),
        ("participants", "Europol analysis project; MAOC-N"),
        ("agenda", "1. State of the investigations in each country"),
        ("agenda", "2. The Banjul front company and the Bijagós transfers"),
        ("agenda", "3. Joint investigation team Spain–Portugal"),
        ("agenda", "4. Requests to Ecuador and The Gambia; INTERPOL diffusion for Jallow"),
        ("agenda", "5. Common day of action and asset recovery"),
        ("involved", "@person:garcia-marquez"),
        ("involved", "@person:jallow"),
        ("involved", "@person:romero-delgado"),
        ("involved", "@person:sousa-ferreira"),
        *(("attendee", f"@officer:{row[1]}") for row in CONTACT_ROWS),
    ),
    tags=("forum", "route-atlantic"),
    tlp="AMBER",
    grade=None,
    author=CASE_OFFICER,
)  # fmt: skip

# name, owner, deadline, status, description, type (decision: for the forum to take)
ACTION_ROWS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("Draft the JIT agreement Spain–Portugal", "ES – Fiscalía Antidroga", "2024-03-08", "done",
     "Circulate a draft to DCIAP; sign before the next shipment.", "action"),
    ("Send the MLA request to Ecuador for the exporter's bank records", "ES – UCNM",
     "2024-02-29", "done", "Accounts of Exportadora Frutal del Pacífico and Vera Bustamante.", "action"),
    ("Ask The Gambia for the company file of Kombo Atlantic Trading", "ES – UCNM (police channel)",
     "2024-03-01", "done", "Directors, shareholders, bank accounts, premises.", "action"),
    ("Request an INTERPOL diffusion for Ousman Jallow (all name variants)", "ES – SIRENE/NCB Madrid",
     "2024-03-05", "done", "Include Usman Diallo and Ousmane Djaló and both passports.", "action"),
    ("Cross-check the King Air PR-LNZ movements with MAOC-N and Brazil", "BR – Polícia Federal",
     "2024-03-31", "in progress", "Fuel purchases in Natal and radar tracks, November 2023.", "action"),
    ("European Investigation Order to Portugal for Atlântida Trading accounts", "ES – Juzgado de Instrucción",
     "2024-03-22", "done", "Statements 2022-2024; beneficiaries in Cape Verde and The Gambia.", "action"),
    ("Prepare the common day of action", "ES and PT – case officers", "2024-05-10",
     "done", "Targets, addresses, liaison officers, press line.", "action"),
    ("Trace the proceeds through PL Câmbio e Turismo", "BR – Polícia Federal", "2024-06-30",
     "open", "Correspondent accounts and crypto transfers.", "action"),
    ("Decide whether Cape Verde joins the JIT", "ES and PT – prosecutors", "2024-06-15", "open",
     "Needs the answer to the MLA request on the yacht Morabeza first.", "decision"),
    ("Decide on a controlled delivery for the next container from Guayaquil", "ES – Juzgado de Instrucción n.º 3",
     "2024-06-01", "open", "Risk of losing the load against identifying the Spanish reception cell.", "decision"),
)  # fmt: skip

# key, type, name, from, to, reference, sent, answered ("" = not yet), status, country,
# requesting body, requested body (agency keys, "" = not in the case), what blocks it
REQUEST_ROWS: tuple[tuple[str, ...], ...] = (
    ("police-gambia", "police", "Police co-operation request: Kombo Atlantic Trading",
     "ES – UCNM Grupo Atlántico", "GM – Drug Law Enforcement Agency", "UCNM/2024/0113",
     "2024-01-25", "2024-02-08", "answered", GM, "ucnm", "dlea-gm", ""),
    ("mla-ecuador", "MLA", "Request for mutual legal assistance: bank records in Ecuador",
     "ES – Juzgado de Instrucción n.º 3 de Algeciras", "EC – Fiscalía General del Estado (central authority)",
     "CRI-ES-EC-2024/031", "2024-02-27", "2024-05-10", "answered", EC, "juzgado-algeciras", "fge-ec", ""),
    ("interpol-jallow", "INTERPOL", "INTERPOL diffusion: Ousman Jallow / Usman Diallo / Ousmane Djaló",
     "ES – NCB Madrid", "INTERPOL General Secretariat, all member countries", "NCB-MAD/2024/2277",
     "2024-03-01", "", "open", GM, "ucnm", "",
     "Fingerprints and a recent photograph still awaited from The Gambia"),
    ("jit-es-pt", "JIT", "Joint investigation team Spain–Portugal (Mar Azul)",
     "ES – Fiscalía Especial Antidroga", "PT – DCIAP", "JIT-ES-PT-2024-04",
     "2024-03-05", "2024-03-15", "signed", PT, "fiscalia-antidroga", "dciap", ""),
    ("eio-portugal", "EIO", "European Investigation Order: Atlântida Trading accounts",
     "ES – Juzgado de Instrucción n.º 3 de Algeciras", "PT – DCIAP", "EIO-ES-PT-2024/0412",
     "2024-03-20", "2024-04-30", "executed", PT, "juzgado-algeciras", "dciap", ""),
    ("mla-cape-verde", "MLA", "Request for mutual legal assistance: the yacht Morabeza",
     "ES – Juzgado de Instrucción n.º 3 de Algeciras", "CV – Procuradoria-Geral da República",
     "CRI-ES-CV-2024/058", "2024-04-04", "", "sent", CV, "juzgado-algeciras", "pgr-cv",
     "Portuguese translation of the annexes requested by the central authority"),
    ("rogatory-gambia", "rogatory", "Letter rogatory: bank accounts of Kombo Atlantic Trading",
     "ES – Juzgado de Instrucción n.º 3 de Algeciras", "GM – Attorney General's Chambers",
     "CRI-ES-GM-2024/077", "2024-04-22", "", "pending", GM, "juzgado-algeciras", "",
     "No treaty in force: sent through diplomatic channels, awaiting the Ministry of Justice"),
)  # fmt: skip

# --- look-ups used by the generators -------------------------------------------------------

PEOPLE_BY_KEY: dict[str, Spec] = {p.key: p for p in PEOPLE}
_ORGS_BY_KEY: dict[str, Spec] = {o.key: o for o in ORGS}


def country_of(spec: Spec) -> str:
    return next(v for p, v in spec.values if p == "country")


def country_of_key(key: str) -> str:
    return country_of(PEOPLE_BY_KEY.get(key) or _ORGS_BY_KEY[key])


def phones_of(spec: Spec) -> list[str]:
    return [v for p, v in spec.values if p == "phone"]


# Intelligence gaps: Note entities tagged "gap" are printed in the briefing pack's gaps section.
GAPS = (
    Spec(
        "gap:beneficial-owner",
        "Note",
        (
            ("name", "Beneficial owner of Kombo Atlantic Trading"),
            ("description", "Who finances the Banjul front company is unknown; Gambian registry "
             "extract requested, no reply yet."),
        ),
        tags=("gap",),
        grade=None,
        author=CASE_OFFICER,
    ),
    Spec(
        "gap:bijagos-transfers",
        "Note",
        (
            ("name", "Transfer points in the Bijagós islands"),
            ("description", "Exact islands used for the ship-to-boat transfers of 2023 are not "
             "confirmed; only one AIS gap matches."),
        ),
        tags=("gap",),
        grade=None,
        author=CASE_OFFICER,
    ),
    Spec(
        "gap:second-aircraft",
        "Note",
        (
            ("name", "Second aircraft"),
            ("description", "A second aircraft is mentioned in intercepts (\"el pájaro grande\") "
             "but not identified."),
        ),
        tags=("gap",),
        tlp="GREEN",
        grade=None,
        author=CASE_OFFICER,
    ),
)


# The executive summary at the head of the forum pack (services.summary).
SUMMARY = """A cocaine route from Guayaquil to Algeciras through West Africa: containers of \
bananas from Ecuador, ship-to-boat transfers in the Bijagós islands, light aircraft \
through Guinea-Bissau and a front company in Banjul that pays the crews.

Spain holds the main proceedings and has seized 1,340 kg in Algeciras; Portugal runs a \
linked enquiry inside the joint investigation team. Ecuador has answered the MLA request \
on the exporter's bank records; Cape Verde and The Gambia have not yet answered theirs.

The forum is asked to decide whether Cape Verde joins the JIT and whether to allow a \
controlled delivery of the next container, and to agree a common day of action."""
