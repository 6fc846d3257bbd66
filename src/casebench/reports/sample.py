"""A fictional briefing pack for tests, screenshots and benchmarks (``pack.sample_pack``).

Every name, number, company, vessel and event here is invented. The story: cocaine
leaves Guayaquil in banana containers, is stored in Banjul, moves by fishing vessel
through the Bijagós islands of Guinea-Bissau and lands in Galicia.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from casebench.domain.drawing import (
    Chart,
    Edge,
    LineStyle,
    Node,
    Shape,
    Timeline,
    TimelineItem,
)
from casebench.domain.grading import Grade
from casebench.domain.handling import TLP
from casebench.reports import labels
from casebench.reports.glossary import glossary_entries
from casebench.reports.pack import (
    ActionRow,
    BriefingPack,
    Contact,
    ExecutiveSummary,
    ExhibitRow,
    Forum,
    GlossaryEntry,
    HandlingNotes,
    MoneyFlow,
    OrgProfile,
    PackOptions,
    Participant,
    PersonProfile,
    ProceedingsRow,
    RequestRow,
    Seizure,
    TimelineRow,
    apply_ceiling,
    overall_tlp,
)
from casebench.reports.sample_text import (
    AGENDA,
    COUNTRIES,
    FIRST_NAMES,
    GAPS,
    LANGS,
    SURNAMES,
    TEXT,
)


def _t(lang: str, entry: tuple[str, str, str, str]) -> str:
    return entry[LANGS.index(lang)]


def _photo(seed: int) -> bytes:
    """A small grey PNG silhouette (head and shoulders) so profiles show a photo box."""
    w, h = 48, 60
    tint = 150 + (seed * 37) % 80
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            head = (x - 24) ** 2 + (y - 22) ** 2 < 120
            body = y > 40 and (x - 24) ** 2 < (y - 32) ** 2 * 2
            v = 70 if head or body else tint
            row += bytes((v, v, min(255, v + 20)))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _persons(lang: str, size: int) -> list[PersonProfile]:
    c = {k: _t(lang, v) for k, v in COUNTRIES.items()}
    fd = labels.format_date
    base = [
        PersonProfile(
            "José Luis García Márquez",
            (
                "José Luis GARCÍA MÁRQUEZ",
                "Jose Luis Garcia Marquez",
                "J. L. García",
                "«El Gallego»",
            ),
            (fd(date(1971, 2, 14), lang),),
            (c["ES"],),
            ("ES passport PAA123456", "ES DNI 12345678-Z"),
            "Organises landings in the Ría de Arousa; pays the boat crews.",
            "suspect",
            ("B2 (Admiralty)",),
            TLP.AMBER,
            _photo(1),
        ),
        PersonProfile(
            "João Pedro da Silva Santos",
            ("João Pedro Santos", "Joao Pedro da Silva Santos", "J. P. da Silva"),
            (fd(date(1980, 9, 3), lang),),
            (c["PT"], "Brasil"),
            ("PT citizen card 14523698", "BR passport FX123456"),
            "Charters fishing vessels in Bissau and crews the Nha Terra.",
            "suspect",
            ("B2 (Admiralty)", "C3 (Admiralty)"),
            TLP.AMBER,
            _photo(2),
        ),
        PersonProfile(
            "Ousman Jallow",
            ("Usman Diallo", "Ousmane Djaló", "Osman Jalloh"),
            ("1985 (~)",),
            (c["GM"], c["SN"]),
            ("GM passport PC0012345",),
            "Warehouse manager at Banjul port; signs delivery notes.",
            "suspect",
            ("C3 (Admiralty)",),
            TLP.AMBER_STRICT,
            _photo(3),
        ),
        PersonProfile(
            "María Fernanda Cevallos Ortiz",
            ("María F. Cevallos", "Maria Fernanda Cevallos"),
            (fd(date(1976, 6, 21), lang),),
            (c["EC"],),
            ("EC cédula 0912345678",),
            "Director of Frutas del Pacífico Exportadora S.A.",
            "suspect",
            ("B2 (Admiralty)",),
            TLP.AMBER,
            None,
        ),
        PersonProfile(
            "Fatoumata Binta Baldé",
            ("Fatumata Balde", "Binta Baldé"),
            (fd(date(1990, 1, 1), lang),),
            (c["GW"],),
            ("GW passport BA0456789",),
            "Carries cash between Bissau and Banjul.",
            "suspect",
            ("C3 (Admiralty)",),
            TLP.AMBER,
            _photo(5),
        ),
        PersonProfile(
            "Chérif Mbaye Sène",
            ("Cherif Mbaye Sene",),
            (fd(date(1968, 11, 30), lang),),
            (c["SN"],),
            ("SN seaman's book 778812",),
            "Master of the MV Santa Lucía until February 2024.",
            "other",
            ("A1 (Admiralty)",),
            TLP.GREEN,
            None,
        ),
        PersonProfile(
            "Mamadou Saliou Bâ",
            ("Mamadu Saliu Ba",),
            (fd(date(1993, 4, 17), lang),),
            (c["GW"],),
            (),
            "Dock worker in Bissau; witnessed the transfer of 11 March 2024.",
            "witness",
            ("B1 (Admiralty)",),
            TLP.RED,
            None,
        ),
    ]
    out = list(base)
    for i in range(7 * (size - 1)):
        first = FIRST_NAMES[i % len(FIRST_NAMES)]
        last = SURNAMES[(i * 7 + i // len(FIRST_NAMES)) % len(SURNAMES)]
        out.append(
            PersonProfile(
                f"{first} {last}",
                (f"{first.upper()} {last.upper()}", f"{first[0]}. {last.split()[0]}"),
                (fd(date(1960 + i % 35, 1 + i % 12, 1 + i % 28), lang),),
                (c[("ES", "PT", "GM", "GW", "EC")[i % 5]],),
                (f"Passport X{100000 + i}",),
                "Associate of the network; role under assessment.",
                ("suspect", "other", "witness")[i % 3],
                (("B2 (Admiralty)", "C3 (Admiralty)", "B3 (Admiralty)")[i % 3],),
                (TLP.GREEN, TLP.AMBER, TLP.AMBER_STRICT, TLP.RED)[i % 4],
                _photo(i) if i % 2 == 0 else None,
            )
        )
    return out


def _organisations(lang: str, size: int) -> list[OrgProfile]:
    c = {k: _t(lang, v) for k, v in COUNTRIES.items()}
    flag = {"en": "Flag", "es": "Bandera", "pt": "Pavilhão", "fr": "Pavillon"}[lang]
    reg = {"en": "Registration", "es": "Registro", "pt": "Registo", "fr": "Immatriculation"}[lang]
    seat = {"en": "Registered office", "es": "Domicilio social", "pt": "Sede",
            "fr": "Siège social"}[lang]  # fmt: skip
    country = labels.text(lang, "country")
    base = [
        OrgProfile("organisation", "Clan del Atlántico", ((country, f"{c['ES']}, {c['GW']}"),)),
        OrgProfile(
            "company",
            "Frutas del Pacífico Exportadora S.A.",
            ((reg, "RUC 0992345678001"), (seat, "Av. 9 de Octubre 1200, Guayaquil")),
        ),
        OrgProfile(
            "company",
            "Gambia Atlantic Logistics Ltd",
            ((reg, "C-2019/4471"), (seat, "Kankujereh Road, Banjul")),
        ),
        OrgProfile(
            "company",
            "Pescarias Bijagós Lda.",
            ((reg, "NIF 510 223 876"), (seat, "Bairro de Bandim, Bissau, Guiné-Bissau")),
            TLP.AMBER_STRICT,
        ),
        OrgProfile(
            "company",
            "Transportes Rías Baixas S.L.",
            ((reg, "CIF B-36123456"), (seat, "Rúa do Peirao 4, Vilagarcía de Arousa")),
        ),
        OrgProfile(
            "vessel",
            "MV Santa Lucía",
            (("IMO", "9123456"), ("MMSI", "352000123"), (flag, "Panamá")),
        ),
        OrgProfile("vessel", "Nha Terra", ((flag, c["GW"]), (reg, "BS-0457-P"))),
        OrgProfile(
            "aircraft",
            "Beechcraft King Air 200",
            ((reg, "HC-BXY"), (country, c["EC"])),
            TLP.GREEN,
        ),
    ]
    for i in range(4 * (size - 1)):
        base.append(
            OrgProfile(
                ("company", "vessel", "company", "organisation")[i % 4],
                f"{('Comercial', 'Pesqueira', 'Atlantic', 'Grupo')[i % 4]} {SURNAMES[i % len(SURNAMES)].split()[0]} {i + 1}",
                ((reg, f"R-{40000 + i}"), (country, c[("ES", "GW", "GM", "EC")[i % 4]])),
                (TLP.GREEN, TLP.AMBER, TLP.AMBER_STRICT, TLP.RED)[i % 4],
            )
        )
    return base


_ZONES = {
    "EC": timezone(timedelta(hours=-5)),
    "GM": UTC,
    "GW": UTC,
    "ES": timezone(timedelta(hours=1)),
}

_EVENTS = (
    ("EC", "Container MSKU 123456-7 loaded in Guayaquil", "Puerto de Guayaquil"),
    ("EC", "MV Santa Lucía sails from Guayaquil", "Guayaquil"),
    ("ES", "García Márquez calls +220 7712345 (17 min)", "Vilagarcía de Arousa"),
    ("GM", "MV Santa Lucía berths in Banjul", "Banjul"),
    ("GM", "Containers moved to bonded warehouse", "Kankujereh Road, Banjul"),
    ("GW", "Nha Terra leaves Bissau for Bubaque", "Bissau"),
    ("GW", "Transfer at sea observed off Bubaque", "Bubaque"),
    ("GW", "Seizure of 420 kg by the Polícia Judiciária", "Bissau"),
    ("ES", "Semi-rigid boat lands in the Ría de Arousa", "Ría de Arousa"),
    ("ES", "Payment of 95,000 EUR to the boat crew", "Vilagarcía de Arousa"),
)


def _timeline(lang: str, size: int) -> tuple[list[TimelineRow], Timeline]:
    start = datetime(2024, 2, 20, 14, 5, tzinfo=UTC)
    rows: list[TimelineRow] = []
    items: list[TimelineItem] = []
    for i in range(len(_EVENTS) * size):
        cc, what, where = _EVENTS[i % len(_EVENTS)]
        when = start + timedelta(days=2 * i, hours=(i * 5) % 11)
        tlp = TLP.AMBER if i % 7 else TLP.RED
        rows.append(
            TimelineRow(
                labels.format_datetime(when, lang, utc=True),
                labels.format_datetime(when.astimezone(_ZONES[cc]), lang),
                what,
                where,
                tlp,
            )
        )
        if i < len(_EVENTS):
            items.append(
                TimelineItem(
                    f"ev{i}",
                    what,
                    "Event",
                    when,
                    when + timedelta(days=3) if i in (1, 6) else None,
                    approximate=i == 6,
                    lane=_t(lang, COUNTRIES[cc]),
                    tlp=tlp,
                )
            )
    return rows, Timeline.from_items(items, labels.text(lang, "timeline"))


def _chart(lang: str) -> Chart:
    S, D, T = LineStyle.SOLID, LineStyle.DASHED, LineStyle.DOTTED
    n = [
        Node("p1", "José Luis García Márquez", "Person", Shape.CIRCLE, 820, 120, TLP.AMBER),
        Node("p2", "João Pedro da Silva Santos", "Person", Shape.CIRCLE, 560, 300, TLP.AMBER),
        Node("p3", "Ousman Jallow", "Person", Shape.CIRCLE, 330, 130, TLP.AMBER_STRICT),
        Node("p4", "María F. Cevallos Ortiz", "Person", Shape.CIRCLE, 80, 120, TLP.AMBER),
        Node("p5", "Fatoumata B. Baldé", "Person", Shape.CIRCLE, 420, 430, TLP.AMBER),
        Node("c1", "Frutas del Pacífico S.A.", "Company", Shape.RECTANGLE, 80, 300),
        Node("c2", "Gambia Atlantic Logistics", "Company", Shape.RECTANGLE, 330, 300),
        Node("c3", "Pescarias Bijagós Lda.", "Company", Shape.RECTANGLE, 600, 470),
        Node("c4", "Transportes Rías Baixas", "Company", Shape.RECTANGLE, 820, 300),
        Node("v1", "MV Santa Lucía", "Vessel", Shape.SQUARE, 200, 470),
        Node("v2", "Nha Terra", "Vessel", Shape.SQUARE, 780, 470),
        Node("l1", "Banjul", "Address", Shape.DIAMOND, 330, 20),
        Node("l2", "Bubaque", "Address", Shape.DIAMOND, 620, 120),
        Node("e1", labels.format_date_short(date(2024, 3, 11)), "Seizure", Shape.HEXAGON, 950, 470),
        Node("a1", "+220 7712345", "Phone", Shape.TRIANGLE, 560, 20),
        Node("a2", "ES91 2100 0418 4502 0005 1332", "BankAccount", Shape.TRIANGLE, 980, 200),
    ]
    e = [
        Edge("p4", "c1", "director", S, grade="A1"),
        Edge("c1", "v1", "shipper", S, True, grade="B2"),
        Edge("v1", "c2", "consignee", S, True, grade="B2"),
        Edge("p3", "c2", "manager", D, grade="C3"),
        Edge("p3", "l1", "", S),
        Edge("p3", "a1", "uses", D, grade="C3"),
        Edge("p1", "a1", "calls", S, True, count=14, grade="A1"),
        Edge("p2", "c3", "owner", S, grade="B2"),
        Edge("c3", "v2", "operates", S),
        Edge("v2", "l2", "", T),
        Edge("v2", "e1", "", S),
        Edge("p2", "p1", "associate", D, grade="B3"),
        Edge("p1", "c4", "controls", D, grade="B2"),
        Edge("c4", "a2", "holder", S),
        Edge("p5", "p2", "courier", T, True, grade="C4"),
        Edge("p5", "p3", "courier", T, True, grade="C4"),
    ]
    return Chart(labels.text(lang, "network"), tuple(n), tuple(e), TLP.AMBER_STRICT, 1000, 500)


def build_sample(*, language: str, max_tlp: TLP, size: int, recipient: str | None) -> BriefingPack:
    lang = labels.check_language(language)
    size = 1 + 2 * (max(1, int(size)) - 1)  # repetitions: size 40 gives about 200 pages
    c = {k: _t(lang, v) for k, v in COUNTRIES.items()}
    options = PackOptions(lang, max_tlp, recipient, "2.1", date(2024, 4, 8))
    participants = (
        Participant("Cap. Andrea Villacís Loor", "Policía Nacional – Antinarcóticos", c["EC"], "Case officer", "+593 4 259 0000"),
        Participant("Lamin K. Ceesay", "Drug Law Enforcement Agency The Gambia", c["GM"], "Head of intelligence", "+220 422 0000"),
        Participant("Insp. Adelino Có Mendes", "Polícia Judiciária da Guiné-Bissau", c["GW"], "Investigator", "+245 955 000 000"),
        Participant("Fiscal Lucía Ferreiro Otero", "Fiscalía Especial Antidroga", c["ES"], "Prosecutor", "lferreiro@example.es"),
        Participant("Insp. Rui Conceição Lopes", "Polícia Judiciária – UNCTE", c["PT"], "Liaison officer", "rlopes@example.pt"),
    )  # fmt: skip
    forum = Forum(_t(lang, TEXT["forum"]), date(2024, 4, 11), "Lisboa, Portugal", participants,
                  tuple(_t(lang, a) for a in AGENDA))  # fmt: skip

    persons, w1 = apply_ceiling(_persons(lang, size), max_tlp)
    orgs, w2 = apply_ceiling(_organisations(lang, size), max_tlp)
    rows, chart_tl = _timeline(lang, size)
    timeline, w3 = apply_ceiling(rows, max_tlp)
    tl_items = [it for it in chart_tl.items if it.tlp is None or it.tlp <= max_tlp]
    timeline_chart = Timeline.from_items(tl_items, chart_tl.title) if tl_items else None

    seizure_base = [
        Seizure(date(2024, 3, 11), "Bissau", "Cocaine HCl", "420 kg",
                "Fish-hold false floor", f"{c['EC']} → {c['GM']} → {c['GW']}", TLP.AMBER),
        Seizure(date(2024, 1, 19), "Puerto de Guayaquil", "Cocaine HCl", "1,250 kg",
                "Banana boxes (container MSKU 123456-7)", f"{c['EC']} → {c['GM']}", TLP.GREEN),
        Seizure(date(2024, 3, 22), "Ría de Arousa", "Cocaine HCl", "610 kg",
                "Bales on a semi-rigid boat", f"{c['GW']} → {c['ES']}", TLP.AMBER),
        Seizure(date(2023, 11, 2), "Banjul", "Cash", "312,000 EUR",
                "Rice sacks", f"{c['ES']} → {c['GM']}", TLP.AMBER_STRICT),
        Seizure(date(2024, 2, 9), "Vigo", "Cocaine HCl", "38 kg",
                "Car fuel tank", f"{c['PT']} → {c['ES']}", TLP.RED),
    ]  # fmt: skip
    seizures, w4 = apply_ceiling(
        [s if i < 5 or s.date is None else Seizure(s.date + timedelta(days=i), s.place, s.substance, s.quantity,
                                 s.concealment, s.route, s.tlp)
         for i, s in enumerate(seizure_base[j % 5] for j in range(5 * size))],
        max_tlp,
    )  # fmt: skip
    payers = ("Transportes Rías Baixas S.L.", "José Luis García Márquez",
              "Gambia Atlantic Logistics Ltd", "Pescarias Bijagós Lda.")  # fmt: skip
    payees = ("Pescarias Bijagós Lda.", "Frutas del Pacífico Exportadora S.A.",
              "Fatoumata Binta Baldé", "Ousman Jallow")  # fmt: skip
    flows, w5 = apply_ceiling(
        [
            MoneyFlow(date(2023, 10, 3) + timedelta(days=5 * i), payers[i % 4], payees[(i + 1) % 4],
                      Decimal(95000 + 12500 * (i % 9)) + Decimal("0.50") * (i % 3),
                      ("EUR", "USD", "XOF", "GMD")[i % 4],
                      ("Invoice for fish", "Freight", "Consultancy", "Cash deposit")[i % 4],
                      (TLP.AMBER, TLP.GREEN, TLP.AMBER_STRICT, TLP.RED, TLP.AMBER)[i % 5])
            for i in range(8 * size)
        ],
        max_tlp,
    )  # fmt: skip
    exhibits, w6 = apply_ceiling(
        [
            ExhibitRow(
                f"EXH-{2024}-{i + 1:04d}",
                ("Mobile phone Samsung SM-A536B seized from García Márquez",
                 "Bill of lading MSKU 123456-7 (scan)", "Ship's log of the Nha Terra",
                 "Bank statements, Gambia Atlantic Logistics Ltd",
                 "Photographs of the seizure in Bissau", "Forensic image of laptop")[i % 6],
                tuple(hashlib.sha256(f"exhibit-{i}-{k}".encode()).hexdigest()
                      for k in range(1 + i % 2)),
                (f"{labels.format_date_short(date(2024, 3, 11))} seize — Insp. Adelino Có Mendes",
                 f"{labels.format_date_short(date(2024, 3, 12))} seal 00{4410 + i}",
                 f"{labels.format_date_short(date(2024, 3, 14))} image — hash matched"),
                (TLP.AMBER, TLP.GREEN, TLP.AMBER, TLP.AMBER_STRICT, TLP.AMBER, TLP.RED)[i % 6],
            )
            for i in range(6 * size)
        ],
        max_tlp,
    )  # fmt: skip
    req_base = (
        RequestRow("mla", "CR 117/2024", c["ES"], c["GW"], date(2024, 3, 15), None, "pending",
                   open=True, days_pending=24, blocker=_t(lang, TEXT["blocker"])),
        RequestRow("mla", "MLA/EC/2024/31", c["ES"], c["EC"], date(2024, 2, 2), date(2024, 3, 28), "partial"),
        RequestRow("eio", "EIO-PT-2024-0451", c["ES"], c["PT"], date(2024, 3, 1), date(2024, 3, 20), "answered"),
        RequestRow("jit", "JIT ATLANTIC", f"{c['ES']}, {c['PT']}", c["GW"], None, None, "draft", open=True),
        RequestRow("police", "DLEA/IN/0992", c["GM"], c["ES"], date(2024, 1, 25), None, "sent",
                   open=True, days_pending=74),
    )  # fmt: skip
    requests = tuple(req_base[i % 5] for i in range(5 * size))
    act_base = (
        ActionRow("Send the bill-of-lading analysis to Ecuador", "Guardia Civil – UCO", date(2024, 4, 19), "open"),
        ActionRow("Identify the holder of GM12 3456 7890", "DLEA The Gambia", date(2024, 4, 30), "in_progress"),
        ActionRow("Draft the JIT agreement", "Eurojust desk ES", date(2024, 5, 15), "open", kind="decision"),
        ActionRow("Share AIS track of MV Santa Lucía", "MAOC-N", date(2024, 4, 12), "done", open=False),
        ActionRow("Interview of the Bissau dock worker", "PJ Guiné-Bissau", date(2024, 4, 5), "overdue"),
        ActionRow("Financial profile of Transportes Rías Baixas S.L.", "Fiscalía Antidroga", date(2024, 5, 2), "in_progress"),
    )  # fmt: skip
    actions = tuple(act_base[i % 6] for i in range(6 * size))
    contacts = tuple(
        Contact(p.name, p.agency, p.country, p.contact if p.contact.startswith("+") else "",
                p.contact if "@" in p.contact else "")
        for p in participants
    )  # fmt: skip

    withheld = w1 + w2 + w3 + w4 + w5 + w6
    level = overall_tlp(persons, orgs, timeline, seizures, flows, exhibits, floor=TLP.GREEN)
    full = _chart(lang)
    nodes = tuple(n for n in full.nodes if n.tlp is None or n.tlp <= max_tlp)
    withheld += len(full.nodes) - len(nodes)
    chart_level = max((n.tlp for n in nodes if n.tlp is not None), default=TLP.CLEAR)
    chart = Chart(full.title, nodes, full.edges, chart_level, full.width, full.height)
    chart = Chart(chart.title, nodes, chart.valid_edges(), chart_level, full.width, full.height)
    level = max(level, chart_level)
    grades = {Grade.from_text("admiralty:" + g.split()[0]) for p in persons for g in p.grades}
    glossary = glossary_entries(
        lang,
        {level} | {p.tlp for p in persons} | {o.tlp for o in orgs},
        grades,
        (("NJU", _t(lang, TEXT["nju"])), ("ORCON", _t(lang, TEXT["orcon"]))),
    )
    return BriefingPack(
        operation="Operation CORAL / Operación CORAL",
        case_reference="ES-UCO-2024-0117",
        originator="Guardia Civil – UCO (ES)",
        tlp=level,
        options=options,
        forum=forum,
        handling_codes=("ORCON", "NJU"),
        purpose=(_t(lang, TEXT["purpose"]),),
        legal_basis=(_t(lang, TEXT["legal"]),),
        country_summaries={c[k]: (_t(lang, TEXT[k]),) for k in ("EC", "GM", "GW", "ES")},
        chart=chart,
        timeline_chart=timeline_chart,
        persons=persons,
        organisations=orgs,
        timeline=timeline,
        seizures=seizures,
        money_flows=flows,
        exhibits=exhibits,
        gaps=tuple(_t(lang, g) for g in GAPS),
        requests=requests,
        actions=actions,
        contacts=contacts,
        glossary=tuple(GlossaryEntry(code, meaning) for code, meaning in glossary),
        summary=ExecutiveSummary(_t(lang, TEXT["summary"]), "Insp. Marta Iglesias (UCO)", TLP.GREEN,
                                 date(2024, 4, 5)),
        proceedings=(
            ProceedingsRow("Guardia Civil – UCO", c["ES"], ("DP 412/2023, Juzgado Central de Instrucción n.º 5",),
                           412, ("MLA CR 117/2024", "EIO EIO-PT-2024-0451"), ("DLEA/IN/0992",)),
            ProceedingsRow("Polícia Judiciária – UNCTE", c["PT"], ("Inquérito 88/24.1JELSB",), 37, (),
                           ("EIO EIO-PT-2024-0451",)),
            ProceedingsRow("DLEA The Gambia", c["GM"], (), 12, ("DLEA/IN/0992",), ()),
        ),
        handling=HandlingNotes((_t(lang, TEXT["nju"]),), no_judicial_use=2, speciality=True),
        grade_schemes=("admiralty",),
        withheld_count=withheld,
    )
