"""The demo case "Operation Mar Azul": a realistic, entirely fictional investigation.

A cocaine route from Guayaquil (Ecuador) through Banjul (The Gambia) and the
Bijagós islands (Guinea-Bissau) to Algeciras and Vigo (Spain) and Sines
(Portugal), with boats from Cape Verde and an aircraft and a money changer in
Brazil. The fixed cast and storyline live in `demo_data`; the repetitive parts
(intercepted calls, payments) are generated here with a seeded `random.Random`
so that the demo is identical every time it is built.

`build_demo` returns the entity ids under readable keys (``DemoResult.ids``) and
hands the same mapping to ``casebench.services.demo_evidence.add_demo_exhibits``
when that module exists. Key prefixes: ``person:``, ``org:`` (companies and
organised-crime groups), ``agency:`` (public bodies), ``address:``, ``vessel:``,
``airplane:``, ``vehicle:``, ``account:``, ``wallet:``, ``event:`` (events and
seizures, e.g. ``event:seizure-algeciras``), ``travel:``, ``meeting:``,
``action:N``, ``request:`` (e.g. ``request:mla-ecuador``), ``call:NNN``,
``payment:NNN`` and one key per relationship (``ownership:N``, ``directorship:N``,
``employment:N``, ``family:N``, ``associate:N``, ``membership:N``,
``representation:N``).
"""

from __future__ import annotations

import calendar
import dataclasses
import hashlib
import random
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, DataSubject, Handling
from casebench.services import demo_data as data
from casebench.services import demo_evidence, timeline
from casebench.services.cases import case_info, create_case
from casebench.services.demo_data import Extra, Spec
from casebench.services.demo_import import import_demo_tables
from casebench.services.entities import (
    EntityDraft,
    Source,
    add_entity,
    add_values,
    count_entities,
)
from casebench.services.progress import (
    Cancelled,
    OperationCancelled,
    Progress,
    never_cancelled,
    no_progress,
)
from casebench.services.settings import current_user
from casebench.store.case import Case, read_manifest
from casebench.store.errors import CaseExists, NotACase, WrongPassphrase

__all__ = ["DEMO_PASSPHRASE", "DemoResult", "build_demo"]

DEMO_PASSPHRASE = "demo"
DEMO_TITLE = "Operation Mar Azul"
DEMO_REFERENCE = "ES-UDYCO-2024-0117"
DEMO_ORIGINATOR = "UCNM Grupo Atlántico (Policía Nacional)"
DEMO_MARKER = "demo_case"  # meta key that tells a demo case from a real one
SEED = 20240117

_RED_CONDITIONS = (
    "Named recipients only; no further dissemination without the originator's consent."
)


@dataclass(frozen=True)
class DemoResult:
    path: Path
    passphrase: str
    entities: int = 0
    statements: int = 0
    people: int = 0
    organisations: int = 0
    vessels: int = 0
    aircraft: int = 0
    vehicles: int = 0
    accounts: int = 0
    events: int = 0  # Event, Seizure, Travel and Meeting
    calls: int = 0
    payments: int = 0
    action_items: int = 0
    requests: int = 0
    dated_items: int = 0  # timeline rows
    exhibits_added: bool = False
    ids: dict[str, str] = field(default_factory=dict, repr=False)


# --- time zones --------------------------------------------------------------------------

_FIXED_OFFSETS = {"ec": -300, "gm": 0, "gw": 0, "cv": -60, "br": -180}
_EU_BASE = {"es": 60, "pt": 0, "nl": 60}


def _last_sunday(year: int, month: int) -> int:
    last = calendar.monthrange(year, month)[1]
    return max(d for d in range(last - 6, last + 1) if calendar.weekday(year, month, d) == 6)


def utc_offset(country: str, local: datetime) -> int:
    """Minutes east of UTC for a wall-clock time in ``country`` (EU summer time applied)."""
    if country in _FIXED_OFFSETS:
        return _FIXED_OFFSETS[country]
    base = _EU_BASE[country]
    start = datetime(local.year, 3, _last_sunday(local.year, 3), 2)
    end = datetime(local.year, 10, _last_sunday(local.year, 10), 3)
    return base + 60 if start <= local < end else base


def _offset_text(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def local_stamp(country: str, local: datetime, *, seconds: bool = False) -> str:
    """ISO text of a wall-clock time with its UTC offset, as a phone or bank would write it."""
    fmt = "%Y-%m-%dT%H:%M:%S" if seconds else "%Y-%m-%dT%H:%M"
    return local.strftime(fmt) + _offset_text(utc_offset(country, local))


# --- a TRON (TRC-20) address with a valid base58check checksum ----------------------------

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def tron_address(seed: str) -> str:
    payload = b"\x41" + hashlib.sha256(seed.encode()).digest()[:20]
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    number = int.from_bytes(raw, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = _B58[rest] + out
    return out


# --- building ------------------------------------------------------------------------------


class _Builder:
    def __init__(self, case: Case, progress: Progress, cancelled: Cancelled, total: int) -> None:
        self.case = case
        self.progress = progress
        self.cancelled = cancelled
        self.total = total
        self.done = 0
        self.ids: dict[str, str] = {}

    def _tick(self, message: str) -> None:
        if self.cancelled():
            raise OperationCancelled("building the demo case")
        self.done += 1
        if self.done % 10 == 0 or self.done == self.total:
            self.progress(min(self.done, self.total), self.total, message)

    def _resolve(self, values: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(p, self.ids[v[1:]] if v.startswith("@") else v) for p, v in values]

    @staticmethod
    def _handling(
        tlp: str,
        *,
        subject: str | None = None,
        recipients: Sequence[str] = (),
        originator: str = "",
        codes: Sequence[str] = (),
    ) -> Handling:
        level = TLP.parse(tlp)
        return Handling(
            tlp=level,
            codes=tuple(codes),
            conditions=_RED_CONDITIONS if level is TLP.RED else "",
            originator=originator or DEMO_ORIGINATOR,
            data_subject=DataSubject(subject) if subject else None,
            named_recipients=tuple(recipients),
        )

    def _source(
        self,
        *,
        tlp: str,
        grade: str | None,
        locator: str = "",
        author: str = "",
        subject: str | None = None,
        recipients: Sequence[str] = (),
        originator: str = "",
        codes: Sequence[str] = (),
    ) -> Source:
        return Source(
            grade=Grade.from_text(grade) if grade else None,
            locator=locator,
            author=author or None,
            handling=self._handling(
                tlp, subject=subject, recipients=recipients, originator=originator, codes=codes
            ),
        )

    def add(self, spec: Spec) -> str:
        handling = self._handling(
            spec.tlp,
            subject=spec.subject,
            recipients=spec.recipients,
            originator=spec.originator,
            codes=spec.codes,
        )
        source = self._source(
            tlp=spec.tlp,
            grade=spec.grade,
            locator=spec.locator,
            author=spec.author,
            subject=spec.subject,
            recipients=spec.recipients,
            originator=spec.originator,
            codes=spec.codes,
        )
        draft = EntityDraft(spec.schema, self._resolve(spec.values), list(spec.tags), handling)
        eid = add_entity(self.case, draft, source)
        for extra in spec.extras:
            self.add_extra(eid, extra, subject=spec.subject)
        self.ids[spec.key] = eid
        self._tick(spec.key)
        return eid

    def add_extra(self, eid: str, extra: Extra, subject: str | None = None) -> None:
        source = self._source(
            tlp=extra.tlp,
            grade=extra.grade,
            locator=extra.locator,
            author=extra.author,
            subject=subject,
            recipients=extra.recipients,
            originator=extra.originator,
        )
        add_values(self.case, eid, self._resolve(extra.values), source)


def _relationship_specs() -> list[Spec]:
    specs: list[Spec] = []
    for i, (owner, asset, pct, start, kind, grade) in enumerate(data.OWNERSHIPS, 1):
        values = [
            ("owner", "@" + owner),
            ("asset", "@" + asset),
            ("startDate", start),
            ("ownershipType", kind),
        ]
        if pct:
            values.append(("percentage", pct))
        beneficial = kind == "beneficial owner"
        specs.append(
            Spec(
                f"ownership:{i}",
                "Ownership",
                tuple(values),
                tags=("financial",) if beneficial else (),
                tlp="AMBER+STRICT" if beneficial else "GREEN",
                grade=grade,
                author=data.FIN_ANALYST,
            )
        )
    for i, (director, org, role, start) in enumerate(data.DIRECTORSHIPS, 1):
        specs.append(
            Spec(
                f"directorship:{i}",
                "Directorship",
                (
                    ("director", "@" + director),
                    ("organization", "@" + org),
                    ("role", role),
                    ("startDate", start),
                ),
                tlp="GREEN",
                grade="admiralty:A1",
                author=data.ANALYST,
            )
        )
    for i, (employee, employer) in enumerate(data.OFFICER_EMPLOYMENTS, 1):
        specs.append(Spec(f"employment:officer-{i}", "Employment",
                          (("employee", "@" + employee), ("employer", "@" + employer)),
                          tlp="GREEN", grade=None, author=data.CASE_OFFICER))
    for i, (employee, employer, role, start) in enumerate(data.EMPLOYMENTS, 1):
        specs.append(
            Spec(
                f"employment:{i}",
                "Employment",
                (
                    ("employee", "@" + employee),
                    ("employer", "@" + employer),
                    ("role", role),
                    ("startDate", start),
                ),
                grade="admiralty:B2",
                author=data.ANALYST,
            )
        )
    for i, (person, relative, relation) in enumerate(data.FAMILY, 1):
        specs.append(
            Spec(
                f"family:{i}",
                "Family",
                (
                    ("person", "@" + person),
                    ("relative", "@" + relative),
                    ("relationship", relation),
                ),
                grade="admiralty:A2",
                author=data.ANALYST,
            )
        )
    for i, (person, associate, relation, tlp, grade) in enumerate(data.ASSOCIATES, 1):
        red = tlp == "RED"
        specs.append(
            Spec(
                f"associate:{i}",
                "Associate",
                (
                    ("person", "@" + person),
                    ("associate", "@" + associate),
                    ("relationship", relation),
                ),
                tags=("source-reporting",) if red else ("route-atlantic",),
                tlp=tlp,
                grade=grade,
                recipients=data.RED_RECIPIENTS if red else (),
                locator="contact report CR-2023-024" if red else "",
                author=data.ANALYST,
            )
        )
    for i, (member, org, role) in enumerate(data.MEMBERSHIPS, 1):
        specs.append(
            Spec(
                f"membership:{i}",
                "Membership",
                (("member", "@" + member), ("organization", "@" + org), ("role", role)),
                tlp="AMBER+STRICT",
                grade="admiralty:B2",
                author=data.ANALYST,
            )
        )
    for i, (agent, client, role) in enumerate(data.REPRESENTATIONS, 1):
        specs.append(
            Spec(
                f"representation:{i}",
                "Representation",
                (("agent", "@" + agent), ("client", "@" + client), ("role", role)),
                grade="admiralty:A2",
                author=data.ANALYST,
            )
        )
    return specs


def _account_specs() -> list[Spec]:
    specs: list[Spec] = []
    for key, holder, bank, bic, iban, number, currency, country in data.ACCOUNT_ROWS:
        values = [
            ("holder", "@" + holder),
            ("bankName", bank),
            ("bic", bic),
            ("currency", currency),
            ("country", country),
        ]
        values += [("iban", iban)] if iban else [("accountNumber", number)]
        specs.append(
            Spec(
                f"account:{key}",
                "BankAccount",
                tuple(values),
                tags=("financial",),
                grade="admiralty:A1",
                author=data.FIN_ANALYST,
            )
        )
    specs.append(
        Spec(
            "wallet:pereira-lima-usdt",
            "CryptoWallet",
            (
                ("publicKey", tron_address("mar-azul/pereira-lima")),
                ("currency", "USDT (TRC-20)"),
                ("holder", "@person:pereira-lima"),
            ),
            tags=("financial",),
            tlp="AMBER+STRICT",
            grade="admiralty:B2",
            author=data.FIN_ANALYST,
        )
    )
    return specs


def _travel_specs() -> list[Spec]:
    specs: list[Spec] = []
    for key, who, origin, destination, transport, date, grade in data.TRAVEL_ROWS:
        first = data.PEOPLE_BY_KEY.get(who[0])
        title = first.values[0][1] if first else who[0]
        values = [
            ("name", f"{title}: {origin} to {destination}"),
            ("date", date),
            ("origin", origin),
            ("destination", destination),
            ("transport", transport),
        ]
        values += [("involved", "@" + w) for w in who]
        specs.append(
            Spec(
                f"travel:{key}",
                "Travel",
                tuple(values),
                tags=("travel",),
                grade=grade,
                author=data.ANALYST,
                locator="passenger name record" if transport == "flight" else "",
            )
        )
    return specs


def _meeting_specs() -> list[Spec]:
    specs = [data.MEETING]
    for i, (name, owner, deadline, status, description, kind) in enumerate(data.ACTION_ROWS, 1):
        specs.append(
            Spec(
                f"action:{i}",
                "ActionItem",
                (
                    ("name", name),
                    ("owner", owner),
                    ("deadline", deadline),
                    ("status", status),
                    ("description", description),
                    ("meeting", "@" + data.MEETING.key),
                    ("actionType", kind),
                ),
                tags=("forum",),
                grade=None,
                author=data.CASE_OFFICER,
            )
        )
    for (key, kind, name, sender, recipient, ref, sent, answered, status, country,
         requester, requested, blocker) in data.REQUEST_ROWS:
        values = [
            ("name", name),
            ("requestType", kind),
            ("fromAuthority", sender),
            ("toAuthority", recipient),
            ("reference", ref),
            ("sentDate", sent),
            ("status", status),
            ("country", country),
        ]
        values += [("requester", f"@agency:{requester}")] if requester else []
        values += [("requested", f"@agency:{requested}")] if requested else []
        values += [("blocker", blocker)] if blocker else []
        if answered:
            values.append(("answeredDate", answered))
        specs.append(
            Spec(
                f"request:{key}",
                "Request",
                tuple(values),
                tags=("forum", "request"),
                grade=None,
                tlp="AMBER",
                author=data.CASE_OFFICER,
            )
        )
    return specs


# --- generated: intercepted calls -----------------------------------------------------------

# (a, b, weight, first day, last day): who talks to whom, and when
_CALL_PAIRS: tuple[tuple[str, str, int, str, str], ...] = (
    ("garcia-marquez", "jallow", 9, "2023-04-10", "2024-05-19"),
    ("garcia-marquez", "vera-bustamante", 5, "2023-04-01", "2024-05-19"),
    ("garcia-marquez", "zambrano-cedeno", 5, "2023-06-01", "2024-05-19"),
    ("garcia-marquez", "mendoza-quinonez", 4, "2023-08-15", "2024-05-19"),
    ("garcia-marquez", "romero-delgado", 4, "2023-06-20", "2024-05-19"),
    ("zambrano-cedeno", "alvarado-intriago", 3, "2023-08-01", "2024-05-19"),
    ("jallow", "ceesay", 5, "2023-05-20", "2024-05-19"),
    ("jallow", "sanneh", 4, "2023-09-01", "2024-05-19"),
    ("jallow", "balde", 6, "2023-06-01", "2024-05-19"),
    ("jallow", "gomes-da-costa", 3, "2023-09-01", "2024-05-19"),
    ("jallow", "romero-delgado", 6, "2023-05-15", "2024-05-19"),
    ("jallow", "touray", 2, "2023-10-01", "2024-05-19"),
    ("balde", "cassama", 4, "2023-09-15", "2024-05-19"),
    ("balde", "silva-santos", 3, "2023-09-01", "2024-01-31"),
    ("silva-santos", "barbosa-costa", 3, "2023-10-01", "2023-12-31"),
    ("silva-santos", "pereira-lima", 2, "2023-09-01", "2024-03-31"),
    ("pereira-lima", "vera-bustamante", 3, "2023-05-01", "2024-05-19"),
    ("romero-delgado", "fernandez-gallardo", 5, "2023-06-01", "2024-05-19"),
    ("romero-delgado", "moreno-castillo", 4, "2023-10-01", "2024-05-19"),
    ("romero-delgado", "otero-pineiro", 4, "2023-09-01", "2024-05-19"),
    ("romero-delgado", "ruiz-de-la-fuente", 2, "2023-06-01", "2024-05-19"),
    ("otero-pineiro", "dominguez-barreiro", 3, "2023-10-15", "2024-05-19"),
    ("otero-pineiro", "sousa-ferreira", 3, "2023-10-01", "2024-05-19"),
    ("sousa-ferreira", "lopes-monteiro", 3, "2023-06-01", "2024-05-19"),
    ("sousa-ferreira", "carvalho-pinto", 3, "2023-12-01", "2024-05-19"),
    ("sousa-ferreira", "tavares-semedo", 3, "2023-11-01", "2024-04-30"),
    ("tavares-semedo", "fernandes-lopes", 3, "2023-12-01", "2024-03-08"),
)  # fmt: skip
_CALL_COUNT = 120


def _day(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d")


def _call_specs(rng: random.Random) -> list[Spec]:
    people = data.PEOPLE_BY_KEY
    weights = [w for _, _, w, _, _ in _CALL_PAIRS]
    rows: list[tuple[datetime, Spec]] = []
    for n in range(1, _CALL_COUNT + 1):
        a, b, _, first, last = rng.choices(_CALL_PAIRS, weights=weights)[0]
        caller, receiver = (a, b) if rng.random() < 0.6 else (b, a)
        caller_spec, receiver_spec = people["person:" + caller], people["person:" + receiver]
        country = data.country_of(caller_spec)
        span = (_day(last) - _day(first)).days
        local = _day(first) + timedelta(
            days=rng.randint(0, span),
            hours=rng.randint(7, 23),
            minutes=rng.randint(0, 59),
            seconds=rng.randint(0, 59),
        )
        burner = rng.random() < 0.12
        caller_number = (
            rng.choice(data.BURNERS) if burner else rng.choice(data.phones_of(caller_spec))
        )
        receiver_number = data.phones_of(receiver_spec)[0]
        style = rng.random()
        if style < 0.05:
            date = local.strftime("%Y-%m-%d")  # from a handwritten call log: the day only
        else:
            date = local_stamp(country, local, seconds=style > 0.78)
        portuguese = "pt" in (country, data.country_of(receiver_spec))
        values: list[tuple[str, str]] = []
        if not burner:
            values.append(("caller", "@person:" + caller))
        values += [
            ("receiver", "@person:" + receiver),
            ("callerNumber", caller_number),
            ("receiverNumber", receiver_number),
            ("duration", str(rng.randint(8, 900))),
            ("date", date),
            ("recordId", f"CDR-{n:04d}"),
        ]
        if burner:
            values.append(("notes", "Caller not identified: prepaid handset without subscriber."))
        if portuguese:
            grade = rng.choice(("europol-4x4:A1", "europol-4x4:A2", "europol-4x4:B2"))
            spec = Spec(
                "",
                "Call",
                tuple(values),
                tags=("intercept", "cell-portugal"),
                tlp="AMBER+STRICT",
                grade=grade,
                originator="PJ-UNCTE",
                author=data.PT_LIAISON,
                locator=f"interception product PT/{n:04d}",
            )
        else:
            grade = rng.choice(("admiralty:A1", "admiralty:A2", "admiralty:B2"))
            spec = Spec(
                "",
                "Call",
                tuple(values),
                tags=("intercept",),
                tlp="AMBER",
                grade=grade,
                author=data.ANALYST,
                locator=f"intercept session ES-INT-0117/{n:04d}",
            )
        rows.append((local, spec))
    rows.sort(key=lambda r: r[0])
    return [dataclasses.replace(s, key=f"call:{i:03d}") for i, (_, s) in enumerate(rows, 1)]


# --- generated: payments ---------------------------------------------------------------------


class _Flow(NamedTuple):
    """A stream of payments between two parties: amounts, period and how dates are known."""

    payer: str
    payee: str
    from_account: str  # "" = cash
    to_account: str
    currency: str
    low: int
    high: int
    payments: int
    purpose: str
    first: str
    last: str
    style: str  # day, instant (minute and offset), month, approx (month~), range (a month)
    grade: str
    tlp: str


_FLOWS: tuple[_Flow, ...] = tuple(_Flow(*row) for row in (
    ("org:frutas-atlantico", "org:exportadora-frutal", "es-frutas-atlantico", "ec-exportadora",
     "EUR", 15000, 60000, 8, "invoice for banana shipments", "2023-07-01", "2024-04-30",
     "day", "admiralty:A1", "AMBER"),
    ("org:atlantida-trading", "org:kombo-atlantic", "pt-atlantida", "gm-kombo-usd", "USD",
     20000, 90000, 6, "consultancy and logistics services", "2023-06-15", "2024-04-15",
     "instant", "europol-4x4:A1", "AMBER+STRICT"),
    ("org:kombo-atlantic", "org:bijagos-pescas", "gm-kombo-usd", "gw-bijagos", "USD", 8000,
     35000, 5, "fuel and fishing supplies", "2023-07-01", "2024-04-30", "day", "admiralty:B2",
     "AMBER"),
    ("org:pl-cambio", "org:aerotaxi-litoral", "br-pl-cambio", "br-aerotaxi", "BRL", 80000,
     250000, 4, "charter flights", "2023-09-01", "2023-12-15", "day", "admiralty:A1", "AMBER"),
    ("org:pl-cambio", "org:exportadora-frutal", "br-pl-cambio", "ec-exportadora", "USD", 25000,
     120000, 5, "advance payment for fruit", "2023-05-01", "2024-05-10", "day", "admiralty:A2",
     "AMBER"),
    ("org:atlantida-trading", "org:mindelo-marine", "pt-atlantida", "cv-mindelo-marine", "EUR",
     4000, 22000, 4, "yacht maintenance and mooring", "2023-10-01", "2024-03-01", "instant",
     "europol-4x4:A1", "AMBER+STRICT"),
    ("org:estrecho-sur", "org:congelados-rias", "es-estrecho-sur", "es-congelados", "EUR", 3000,
     12000, 4, "cold storage", "2023-10-01", "2024-05-15", "day", "admiralty:A1", "GREEN"),
    ("org:estrecho-sur", "org:ruiz-asesores", "es-estrecho-sur", "es-ruiz-asesores", "EUR", 2500,
     9000, 3, "legal and tax fees", "2023-06-01", "2024-05-01", "day", "admiralty:A1", "GREEN"),
    ("person:romero-delgado-inmaculada", "org:pl-cambio", "es-romero", "br-pl-cambio", "EUR",
     30000, 95000, 3, "currency purchase", "2023-08-01", "2024-03-31", "instant",
     "admiralty:A1", "AMBER"),
    ("person:romero-delgado", "person:jallow", "", "", "EUR", 50000, 400000, 6,
     "cash; ledger seized at the Palmones depot", "2023-06-01", "2024-05-01", "approx",
     "admiralty:B3", "AMBER"),
    ("org:sines-reefer", "person:sousa-ferreira", "pt-sines-reefer", "pt-sousa", "EUR", 6000,
     14000, 3, "monthly transfers (aggregated by the bank)", "2023-09-01", "2024-02-28", "range",
     "europol-4x4:A1", "AMBER+STRICT"),
    ("person:vera-bustamante", "person:pereira-lima", "ec-vera", "", "USD", 40000, 150000, 3,
     "USDT purchase (TRC-20) through the money changer", "2023-07-01", "2024-04-01", "month",
     "admiralty:B2", "AMBER"),
))  # fmt: skip


def _payment_date(flow: _Flow, local: datetime) -> str:
    if flow.style == "instant":
        return local_stamp(data.country_of_key(flow.payer), local)
    if flow.style == "month":
        return local.strftime("%Y-%m")
    if flow.style == "approx":
        return local.strftime("%Y-%m") + "~"
    if flow.style == "range":
        month_end = calendar.monthrange(local.year, local.month)[1]
        return f"{local:%Y-%m}-01/{local:%Y-%m}-{month_end:02d}"
    return local.strftime("%Y-%m-%d")


def _payment_specs(rng: random.Random) -> list[Spec]:
    rows: list[tuple[datetime, Spec]] = []
    for flow in _FLOWS:
        span = (_day(flow.last) - _day(flow.first)).days
        for _ in range(flow.payments):
            local = _day(flow.first) + timedelta(
                days=rng.randint(0, span), hours=rng.randint(8, 18), minutes=rng.randint(0, 59)
            )
            amount = rng.randint(flow.low // 50, flow.high // 50) * 50
            values: list[tuple[str, str]] = [
                ("payer", "@" + flow.payer),
                ("beneficiary", "@" + flow.payee),
                ("amount", str(amount)),
                ("currency", flow.currency),
                ("purpose", flow.purpose),
                ("date", _payment_date(flow, local)),
            ]
            if flow.from_account:
                values.append(("payerAccount", "@account:" + flow.from_account))
            if flow.to_account:
                values.append(("beneficiaryAccount", "@account:" + flow.to_account))
            if flow.style == "approx":
                locator = f"ledger page {rng.randint(3, 48)}"
            else:
                domestic = flow.from_account[:2] == flow.to_account[:2]
                number = (
                    f"{'SEPA' if domestic else 'MT103'}-{local:%Y%m%d}-{rng.randint(1, 999999):06d}"
                )
                values.append(("transactionNumber", number))
                locator = "bank statement"
            spec = Spec(
                "",
                "Payment",
                tuple(values),
                tags=("financial",),
                tlp=flow.tlp,
                grade=flow.grade,
                author=data.FIN_ANALYST,
                locator=locator,
            )
            rows.append((local, spec))
    rows.sort(key=lambda r: r[0])
    return [dataclasses.replace(s, key=f"payment:{i:03d}") for i, (_, s) in enumerate(rows, 1)]


# --- the folder ------------------------------------------------------------------------------


def _clear_existing(path: Path, passphrase: str, replace: bool) -> None:
    """Make room for the demo; delete only an earlier demo case, never anything else."""
    if not (path.exists() or path.is_symlink()):
        return
    if path.is_dir() and not path.is_symlink() and not any(path.iterdir()):
        return
    if not replace:
        raise CaseExists(path, "already exists; replace it to build the demo case again", code="demo.exists")
    if path.is_symlink() or not path.is_dir():
        raise CaseExists(path, "is not a casebench case folder; refusing to delete it")
    try:
        read_manifest(path)
    except NotACase:
        raise CaseExists(path, "is not a casebench case folder; refusing to delete it") from None
    try:
        case = Case.open(path, passphrase, user=current_user())
    except WrongPassphrase:
        raise CaseExists(
            path, "is a case that does not open with the demo passphrase; refusing to delete it"
        ) from None
    try:
        is_demo = case.get_meta(DEMO_MARKER) == "1"
    finally:
        case.close()
    if not is_demo:
        raise CaseExists(path, "is a casebench case but not a demo case; refusing to delete it")
    shutil.rmtree(path)


def _scaled(progress: Progress, lo: int, hi: int, total: int) -> Progress:
    def report(done: int, part_total: int, message: str) -> None:
        frac = done / part_total if part_total else 1.0
        progress(lo + round((hi - lo) * min(frac, 1.0)), total, message)

    return report


def _specs(rng: random.Random) -> list[Spec]:
    return [
        *data.AGENCIES,
        *data.CONTACTS,
        *data.ADDRESSES,
        *data.PEOPLE,
        data.SOURCE,
        *data.ORGS,
        *data.VESSELS,
        data.AIRCRAFT,
        *data.VEHICLES,
        *_account_specs(),
        *_relationship_specs(),
        *data.EVENTS,
        *data.SEIZURES,
        *_travel_specs(),
        *_meeting_specs(),
        *data.GAPS,
        *_call_specs(rng),
        *_payment_specs(rng),
    ]


def build_demo(
    path: Path,
    *,
    passphrase: str = DEMO_PASSPHRASE,
    replace: bool = False,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    evidence: bool = True,
) -> DemoResult:
    """Build the demo case at ``path`` (a new folder) and close it; the same case every time.

    ``evidence=False`` leaves out the exhibits and the imported tables (tests about entities
    only, where the evidence part would only cost time)."""
    path = Path(path)
    _clear_existing(path, passphrase, replace)
    path.parent.mkdir(parents=True, exist_ok=True)  # `make demo` builds into ./demo/
    specs = _specs(random.Random(SEED))
    total = 1000
    entity_part = 800
    case = create_case(
        path,
        passphrase,
        user=current_user(),
        title=DEMO_TITLE,
        reference=DEMO_REFERENCE,
        originator=DEMO_ORIGINATOR,
        originator_country="es",
        default_tlp="AMBER",
    )
    try:
        case.set_meta(DEMO_MARKER, "1")
        builder = _Builder(case, _scaled(progress, 0, entity_part, total), cancelled, len(specs))
        with case.transaction():
            for spec in specs:
                builder.add(spec)
            _attribute_burner(builder)
        _write_summary(case)
        if evidence:
            demo_evidence.add_demo_exhibits(case, builder.ids, cancelled=cancelled,
                                            progress=_scaled(progress, entity_part, 930, total))
            # The operator's call records and the bank statement arrive as files and are
            # imported through saved specifications, as an investigator would.
            import_demo_tables(case, builder.ids, progress=_scaled(progress, 930, total, total),
                               cancelled=cancelled)
        result = _result(case, passphrase, builder.ids, evidence)
        progress(total, total, "demo case ready")
    except BaseException:
        if case.is_open:
            case.close()
        shutil.rmtree(path, ignore_errors=True)
        raise
    case.close()
    return result


def _write_summary(case: Case) -> None:
    """The executive summary the case officer keeps for the forum (AMBER, by her login)."""
    from casebench.services.summary import set_summary

    user, case.user = case.user, data.CASE_OFFICER
    try:
        set_summary(case, data.SUMMARY, "AMBER")
    finally:
        case.user = user


def _attribute_burner(builder: _Builder) -> None:
    """Later analysis attributes one burner to Curro: a graded, AMBER+STRICT phone value."""
    builder.add_extra(
        builder.ids["person:romero-delgado"],
        Extra(
            (("phone", data.BURNERS[0]),),
            tlp="AMBER+STRICT",
            grade="admiralty:B2",
            locator="cell-site analysis report AN-2024-006",
            author=data.ANALYST,
        ),
    )


def _result(case: Case, passphrase: str, ids: dict[str, str], exhibits: bool) -> DemoResult:
    def n(*schemata: str) -> int:
        return count_entities(case, schema=list(schemata))

    info = case_info(case)
    return DemoResult(
        path=case.path,
        passphrase=passphrase,
        entities=info.entities,
        statements=info.statements,
        people=n("Person"),
        organisations=n("Organization", "Company", "PublicBody", "LegalEntity"),
        vessels=n("Vessel"),
        aircraft=n("Airplane"),
        vehicles=n("Vehicle"),
        accounts=n("BankAccount", "CryptoWallet"),
        events=n("Event", "Seizure", "Travel", "Meeting"),
        calls=n("Call"),
        payments=n("Payment"),
        action_items=n("ActionItem"),
        requests=n("Request"),
        dated_items=timeline.count(case),
        exhibits_added=exhibits,
        ids=dict(ids),
    )
