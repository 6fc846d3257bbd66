"""FollowTheMoney JSON lines: one entity per line, as OCCRP Aleph and OpenSanctions use.

Export writes each entity as FtM's ``{"id", "schema", "properties"}`` (the shape the
partner-bundle records use, `casebench.exchange.records.entity_record`). casebench-only
schemata go out as their nearest FtM schema (a Seizure as an Event); properties FtM does
not have, and values FtM would read differently (a date with its UTC offset, a range, an
approximate date), travel in the ``casebench`` extension member, which other tools ignore
and casebench reads back, so a round trip loses nothing. Dates in ``properties`` are in
FtM's form: UTC without offset, at the precision known.

Import reads FtM lines from any tool: the casebench extension first, else the FtM
schema (or the nearest casebench has), properties casebench knows, values normalised.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from casebench.domain.dates import DateError, DateValue, Precision
from casebench.domain.handling import Handling
from casebench.domain.model import Entity
from casebench.domain.schema import SCHEMATA, Schema, get_schema
from casebench.domain.values import PropType
from casebench.exchange.bundleformat import ID_RE
from casebench.exchange.records import dumps_line, entity_record

__all__ = [
    "FTM_PROPERTIES",
    "MAPPED",
    "FtmEntity",
    "FtmError",
    "UnknownSchema",
    "dumps_line",
    "ftm_date",
    "parse_line",
    "stable_id",
    "to_ftm",
]

# FtM (followthemoney 4.x) properties that casebench shares with the same meaning and
# value type, per FtM schema. Generated from the followthemoney model and checked against
# it by tests/exchange/formats/test_ftm.py; followthemoney itself is not a dependency.
_FTM_TABLE: dict[str, str] = {
    "Address": (
        "address addressEntity alias city country description full keywords latitude "
        "longitude name notes postalCode previousName region remarks sourceUrl street summary "
        "weakAlias"
    ),
    "Airplane": (
        "address addressEntity alias buildDate country description icaoCode keywords "
        "manufacturer model name notes operator owner previousName registrationNumber "
        "serialNumber sourceUrl summary type weakAlias"
    ),
    "Associate": (
        "associate date description endDate person recordId relationship sourceUrl startDate "
        "summary"
    ),
    "BankAccount": (
        "accountNumber accountType address addressEntity alias bankName bic closingDate "
        "country currency description iban keywords name notes openingDate previousName "
        "sourceUrl summary weakAlias"
    ),
    "Call": (
        "caller callerNumber date description duration endDate receiver receiverNumber "
        "recordId sourceUrl startDate summary"
    ),
    "Company": (
        "address addressEntity alias capital country currency description dissolutionDate "
        "email idNumber incorporationDate jurisdiction keywords legalForm mainCountry name "
        "notes phone previousName registrationNumber sector sourceUrl status summary "
        "taxNumber weakAlias website"
    ),
    "CryptoWallet": (
        "address addressEntity alias country currency description holder keywords name notes "
        "previousName publicKey sourceUrl summary weakAlias"
    ),
    "Directorship": (
        "date description director endDate organization recordId role sourceUrl startDate "
        "summary"
    ),
    "Document": (
        "address addressEntity alias author country date description fileName keywords name "
        "notes previousName sourceUrl summary title weakAlias"
    ),
    "Employment": (
        "date description employee employer endDate recordId role sourceUrl startDate summary"
    ),
    "Event": (
        "country date description endDate important involved name notes organizer recordId "
        "sourceUrl startDate summary"
    ),
    "Family": (
        "date description endDate person recordId relationship relative sourceUrl startDate "
        "summary"
    ),
    "Identification": (
        "authority country date description endDate holder number recordId sourceUrl "
        "startDate summary type"
    ),
    "LegalEntity": (
        "address addressEntity alias country description dissolutionDate email idNumber "
        "incorporationDate jurisdiction keywords legalForm mainCountry name notes phone "
        "previousName registrationNumber sector sourceUrl status summary taxNumber weakAlias "
        "website"
    ),
    "Membership": (
        "date description endDate member organization recordId role sourceUrl startDate "
        "summary"
    ),
    "Note": (
        "address addressEntity alias country description entity keywords name notes "
        "previousName sourceUrl summary weakAlias"
    ),
    "Organization": (
        "address addressEntity alias country description dissolutionDate email idNumber "
        "incorporationDate jurisdiction keywords legalForm mainCountry name notes phone "
        "previousName registrationNumber sector sourceUrl status summary taxNumber weakAlias "
        "website"
    ),
    "Ownership": (
        "asset date description endDate owner ownershipType percentage recordId role "
        "sourceUrl startDate summary"
    ),
    "Passport": (
        "authority birthDate birthPlace country date description endDate givenName holder "
        "number personalNumber recordId sourceUrl startDate summary surname type"
    ),
    "Payment": (
        "amount beneficiary beneficiaryAccount currency date description endDate payer "
        "payerAccount purpose recordId sourceUrl startDate summary transactionNumber"
    ),
    "Person": (
        "address addressEntity alias birthDate birthPlace citizenship country deathDate "
        "description dissolutionDate email fatherName firstName gender idNumber incorporationDate "
        "jurisdiction keywords lastName legalForm mainCountry middleName motherName name "
        "nationality notes passportNumber phone position previousName registrationNumber "
        "secondName sector sourceUrl status summary taxNumber title weakAlias website"
    ),
    "PublicBody": (
        "address addressEntity alias country description dissolutionDate email idNumber "
        "incorporationDate jurisdiction keywords legalForm mainCountry name notes phone "
        "previousName registrationNumber sector sourceUrl status summary taxNumber weakAlias "
        "website"
    ),
    "Representation": (
        "agent client date description endDate recordId role sourceUrl startDate summary"
    ),
    "UnknownLink": (
        "date description endDate object recordId role sourceUrl startDate subject summary"
    ),
    "UserAccount": (
        "address addressEntity alias country description email keywords name notes owner "
        "previousName service sourceUrl summary username weakAlias"
    ),
    "Vehicle": (
        "address addressEntity alias buildDate country description keywords model name notes "
        "operator owner previousName registrationNumber sourceUrl summary type weakAlias"
    ),
    "Vessel": (
        "address addressEntity alias buildDate callSign country description flag imoNumber "
        "keywords mmsi model name navigationArea notes operator owner previousName "
        "registrationNumber sourceUrl summary tonnage type weakAlias"
    ),
}
FTM_PROPERTIES: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in _FTM_TABLE.items()}

# FtM schemata casebench has no schema of its own for, read as the nearest one.
_NEAREST: dict[str, str] = {
    "Email": "Document", "Message": "Document", "Article": "Document", "Pages": "Document",
    "Page": "Document", "PlainText": "Document", "HyperText": "Document", "Image": "Document",
    "Video": "Document", "Audio": "Document", "Table": "Document", "Workbook": "Document",
    "Folder": "Document", "Package": "Document", "Post": "Note",
}


@dataclass(frozen=True)
class Mapped:
    """How an FtM schema casebench has no schema for is read: as ``schema``, its properties
    renamed by ``rename`` (others kept where ``schema`` has them), ``defaults`` filled
    in where the entity has no value of its own for that property."""

    schema: str
    rename: dict[str, str] = field(default_factory=dict)
    defaults: tuple[tuple[str, str], ...] = ()


# The schemata OpenSanctions and Aleph publish that casebench reads as one of its own.
# A link becomes an UnknownLink whose role says what it was; what has no place is reported.
MAPPED: dict[str, Mapped] = {
    "Sanction": Mapped("Event", {"entity": "involved", "program": "name", "reason": "summary",
                                 "provisions": "description", "listingDate": "date"},
                       (("name", "Sanction"),)),
    "Position": Mapped("Organization", {"inceptionDate": "incorporationDate"}),
    "Occupancy": Mapped("Employment", {"holder": "employee", "post": "employer", "status": "role"}),
    "Asset": Mapped("Note"), "Security": Mapped("Note"),
    "RealEstate": Mapped("Address"),
    "Control": Mapped("UnknownLink", {"controller": "subject", "controlled": "object",
                                      "controlType": "role"}, (("role", "controls"),)),
    "Debt": Mapped("UnknownLink", {"debtor": "subject", "creditor": "object"}, (("role", "owes"),)),
    "Contract": Mapped("Document", {"contractDate": "date"}),
    "License": Mapped("Document", {"contractDate": "date"}),
    "CallForTenders": Mapped("Document"),
    "ContractAward": Mapped("UnknownLink", {"supplier": "subject", "contract": "object"},
                            (("role", "awarded contract"),)),
    "CourtCase": Mapped("Event", {"fileDate": "startDate", "closeDate": "endDate",
                                  "caseNumber": "recordId", "court": "place"},
                        (("name", "Court case"),)),
    "CourtCaseParty": Mapped("UnknownLink", {"party": "subject", "case": "object"},
                             (("role", "party to"),)),
    "Mention": Mapped("UnknownLink", {"document": "subject", "resolved": "object"},
                      (("role", "mentions"),)),
    "Succession": Mapped("UnknownLink", {"predecessor": "subject", "successor": "object"},
                         (("role", "succeeded by"),)),
    "Documentation": Mapped("UnknownLink", {"document": "subject", "entity": "object"},
                            (("role", "documents"),)),
    "Project": Mapped("Event"),
    "ProjectParticipant": Mapped("UnknownLink", {"participant": "subject", "project": "object"},
                                 (("role", "participant"),)),
    "Trip": Mapped("Travel", {"startLocation": "location", "endLocation": "involved",
                              "vehicle": "involved"}),
}
MAX_LINE = 1 << 20
MAX_VALUES = 10_000


class FtmError(ValueError):
    """A line that is not a FollowTheMoney entity, in plain words naming the line."""


class UnknownSchema(FtmError):
    """A line of an FtM schema casebench neither has nor maps (reported per schema)."""

    def __init__(self, text: str, schema: str) -> None:
        super().__init__(text)
        self.schema = schema


def ftm_date(value: str) -> str | None:
    """FtM's reading of a casebench date: UTC, no offset, no ~, the start of a range."""
    try:
        date = DateValue.parse(value)
    except DateError:
        return None
    text = date.format().split("/")[0].rstrip("~?")
    if "T" not in text:
        return text
    if text.endswith("Z"):
        return text[:-1]
    if not re.search(r"[+-]\d\d:\d\d$", text):
        return text
    start = date.earliest_utc()
    width = {Precision.HOUR: 13, Precision.MINUTE: 16, Precision.SECOND: 19}.get(date.precision, 19)
    return start.strftime("%Y-%m-%dT%H:%M:%S")[:width]


_GENDERS = {"male", "female", "other"}
# IBANs of national formats outside the SWIFT registry (BCEAO/BEAC countries, Cape Verde,
# Guinea-Bissau ...), which casebench accepts and followthemoney's IBAN check refuses.
NATIONAL_IBAN_COUNTRIES = frozenset(
    ["AO", "BF", "BJ", "CF", "CG", "CI", "CM", "CV", "DZ", "GA", "GQ", "GW", "IR", "KM", "MA", "MG", "ML", "MZ", "NE", "SN", "TD", "TG"])


def _ftm_value(ptype: PropType, value: str) -> str | None:
    """FtM's canonical form of a casebench value (None: FtM has no reading of it)."""
    if ptype is PropType.DATE:
        return ftm_date(value)
    if ptype is PropType.BIC and len(value) == 11 and value.endswith("XXX"):
        return value[:8]  # the head office: FtM's (ISO 9362) canonical 8-character BIC
    if ptype is PropType.IMO and value.isdigit():
        return "IMO" + value
    if ptype is PropType.URL and value.count("/") == 2 and "://" in value:
        return value + "/"  # FtM writes a site's address with its root path
    return value


def _ftm_props(schema: Schema, props: dict[str, list[str]], ftm_schema: str = "") -> tuple[
        dict[str, list[str]], dict[str, list[str]]]:
    allowed = FTM_PROPERTIES.get(ftm_schema or schema.ftm or schema.name, frozenset())
    out: dict[str, list[str]] = {}
    extra: dict[str, list[str]] = {}
    for prop, values in props.items():
        if prop not in allowed:
            extra[prop] = values
            continue
        ptype = schema.properties[prop].type
        if prop == "gender":
            converted: list[str | None] = [v.lower() if v.lower() in _GENDERS else None
                                           for v in values]
        else:
            converted = [_ftm_value(ptype, v) for v in values]
        if converted != values:  # casebench's own reading travels beside FtM's
            extra[prop] = values
        kept = [v for v in converted if v]
        if kept:
            out[prop] = kept
    return out, extra


def to_ftm(entity: Entity, props: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """The entity as an FtM record (``props``: its values, entity references canonical)."""
    schema = get_schema(entity.schema)
    values = props if props is not None else entity.properties()
    record = entity_record(entity.id, entity.schema, entity.handling, entity.created_at, values)
    ftm, extra = _ftm_props(schema, values)
    record["properties"] = ftm
    if extra:
        record["casebench"]["properties"] = extra
    if entity.tags:
        record["casebench"]["tags"] = list(entity.tags)
    return record


def _derived_id(kind: str, key: str) -> str:
    return f"cb-{kind}-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _derived(eid: str, schema: str, props: dict[str, list[str]]) -> dict[str, Any]:
    """An entity FtM requires that casebench does not hold as one (an account holder's
    Ownership, a trip's places): marked so that casebench's import leaves it out."""
    return {"id": eid, "schema": schema, "properties": props, "casebench": {"derived": True}}


@dataclass
class FtmExportContext:
    """What records of one entity need from the others: account holders and captions."""

    holders: dict[str, list[str]] = field(default_factory=dict)  # account id -> holder ids
    captions: dict[str, str] = field(default_factory=dict)  # account id -> caption
    emitted: set[str] = field(default_factory=set)  # derived ids already written


def to_ftm_records(entity: Entity, props: dict[str, list[str]],
                   ctx: FtmExportContext) -> list[dict[str, Any]]:
    """The entity as FtM records valid for followthemoney: the entity itself, its required
    properties filled in where casebench can derive them (a payment's payer from its
    account's holder; a document's file name; a trip's places), and the entities FtM needs
    for that (Ownership of an account by its holder, Address of a place, an unknown
    holder). Derived property names are listed in ``casebench.derived_props``."""
    record = to_ftm(entity, props)
    schema = get_schema(entity.schema)
    fprops: dict[str, list[str]] = record["properties"]
    derived_props: list[str] = []
    extra: list[dict[str, Any]] = []

    def add(rec: dict[str, Any]) -> None:
        if rec["id"] not in ctx.emitted:
            ctx.emitted.add(rec["id"])
            extra.append(rec)

    if schema.is_a("Payment"):
        for party, account in (("payer", "payerAccount"), ("beneficiary", "beneficiaryAccount")):
            if fprops.get(party):
                continue
            found = [h for a in fprops.get(account, []) for h in ctx.holders.get(a, [])]
            if not found:
                for a in fprops.get(account, []) or [""]:
                    key = a or f"{entity.id}|{party}"
                    label = (f"Unknown holder of {ctx.captions.get(a, a)}" if a
                             else f"Unknown {party}")
                    eid = _derived_id("party", key)
                    add(_derived(eid, "LegalEntity", {"name": [label]}))
                    found.append(eid)
            fprops[party] = list(dict.fromkeys(found))
            derived_props.append(party)
    if schema.is_a("BankAccount"):
        national = [i for i in props.get("iban", []) if i[:2] in NATIONAL_IBAN_COUNTRIES]
        if national:  # FtM drops these as IBANs; as account numbers it keeps them
            ext_props = record["casebench"].setdefault("properties", {})
            ext_props["iban"] = props["iban"]
            if props.get("accountNumber"):
                ext_props["accountNumber"] = props["accountNumber"]
            fprops["iban"] = [i for i in fprops.get("iban", []) if i not in national]
            if not fprops["iban"]:
                del fprops["iban"]
            fprops["accountNumber"] = list(dict.fromkeys([*fprops.get("accountNumber", []),
                                                          *national]))
            derived_props.append("accountNumber")
        for holder in props.get("holder", []):
            add(_derived(_derived_id("holds", f"{entity.id}|{holder}"), "Ownership", {
                "owner": [holder], "asset": [entity.id], "ownershipType": ["account holder"]}))
    if schema.is_a("Event") and props.get("location"):  # FtM's Event address is addressEntity
        fprops["addressEntity"] = props["location"]
        derived_props.append("addressEntity")
    if (schema.ftm or schema.name) == "Document" and not fprops.get("fileName"):
        name = (props.get("reference") or props.get("title") or props.get("name")
                or [entity.caption or entity.id])[0]
        fprops["fileName"] = [name]
        derived_props.append("fileName")
    if schema.is_a("Travel") and props.get("origin") and props.get("destination"):
        record["schema"] = "Trip"
        for end, prop in (("startLocation", "origin"), ("endLocation", "destination")):
            ids = []
            for place in props[prop]:
                eid = _derived_id("place", place)
                add(_derived(eid, "Address", {"full": [place]}))
                ids.append(eid)
            fprops[end] = ids
            derived_props.append(end)
        fprops.setdefault("name", [entity.caption or "Trip"])
    if derived_props:
        record["casebench"]["derived_props"] = derived_props
    return [*extra, record]


def stable_id(source_id: str) -> str:
    """casebench's id for an FtM id: itself when it fits, else a hash of it (the same
    source id gives the same id in every import, so a newer release finds its entities)."""
    if ID_RE.fullmatch(source_id):
        return source_id
    return "ftm-" + hashlib.sha256(source_id.encode("utf-8")).hexdigest()[:40]


@dataclass
class FtmEntity:
    line: int
    id: str  # casebench's id: the FtM id, or stable_id() of it when it does not fit
    source_id: str  # the id as written in the file
    schema: Schema
    values: list[tuple[str, str]]
    ftm_schema: str = ""  # the schema as written in the file
    handling: Handling | None = None
    tags: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # properties casebench does not have


def _str_list(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FtmError(f"{where} must be a list of texts")
    return value


def _schema(name: Any, ext_name: Any, where: str) -> tuple[Schema, Mapped | None]:
    for candidate in (ext_name, name):
        if isinstance(candidate, str) and candidate in SCHEMATA and not SCHEMATA[candidate].abstract:
            return SCHEMATA[candidate], None
    if isinstance(name, str) and name in MAPPED:
        return SCHEMATA[MAPPED[name].schema], MAPPED[name]
    if isinstance(name, str) and name in _NEAREST:
        return SCHEMATA[_NEAREST[name]], None
    raise UnknownSchema(f"{where}: casebench has no schema for FtM {str(name)[:40]!r}",
                        str(name)[:40])


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_LONE = re.compile("[\ud800-\udfff]")


def _lone_surrogate(doc: Any) -> str | None:
    """The first lone surrogate anywhere in a parsed JSON document (keys and values)."""
    if isinstance(doc, str):
        m = _LONE.search(doc)
        return m.group() if m else None
    items = [*doc.keys(), *doc.values()] if isinstance(doc, dict) else doc if isinstance(doc, list) else []
    for item in items:
        found = _lone_surrogate(item)
        if found is not None:
            return found
    return None


def parse_line(number: int, text: str | bytes) -> FtmEntity | None:
    """One line of an FtM file (None for a blank line); raises FtmError naming the line."""
    where = f"line {number}"
    if len(text) > MAX_LINE:
        raise FtmError(f"{where} is longer than {MAX_LINE} bytes")
    if not text.strip():
        return None
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise FtmError(f"{where} is not JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise FtmError(f"{where} is not a JSON object")
    if _SURROGATE_ESCAPE.search(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")):
        bad = _lone_surrogate(doc)
        if bad is not None:  # "\ud800" alone: valid JSON, but no text; it cannot be stored
            raise FtmError(f"{where} holds a broken character (U+{ord(bad):04X}); line left out")
    eid = doc.get("id")
    if not isinstance(eid, str) or not eid.strip():
        raise FtmError(f"{where} has no entity id")
    raw_ext = doc.get("casebench")
    ext: dict[str, Any] = raw_ext if isinstance(raw_ext, dict) else {}
    if ext.get("derived") is True:
        return None  # made by casebench's export for FtM's sake (see to_ftm_records)
    schema, mapped = _schema(doc.get("schema"), ext.get("schema"), where)
    props = doc.get("properties", {})
    if not isinstance(props, dict):
        raise FtmError(f"{where}: properties must be an object")
    derived = ext.get("derived_props")
    if isinstance(derived, list):
        props = {k: v for k, v in props.items() if k not in derived}
    extra = ext.get("properties", {})
    merged: dict[str, list[str]] = {}
    for prop, values in props.items():
        name = mapped.rename.get(str(prop), str(prop)) if mapped else str(prop)
        merged.setdefault(name, []).extend(_str_list(values, f"{where}, property {prop}"))
    # casebench's own reading of a value (a date with its offset) replaces FtM's
    for prop, values in (extra if isinstance(extra, dict) else {}).items():
        merged[str(prop)] = _str_list(values, f"{where}, property {prop}")
    ftm_name = str(doc.get("schema"))
    out = FtmEntity(number, stable_id(eid), eid, schema, [], ftm_name)
    if out.id != eid:
        out.values.append(("sourceId", eid))
    for prop, default in mapped.defaults if mapped else ():
        if not any(v.strip() for v in merged.get(prop, [])):
            merged[prop] = [default]
    renamed = {v: k for k, v in mapped.rename.items()} if mapped else {}
    for prop, values in merged.items():
        if prop not in schema.properties:
            out.skipped.append(renamed.get(prop, prop))
            continue
        out.values += [(prop, v) for v in values[:MAX_VALUES] if v.strip()]
    if isinstance(ext.get("handling"), dict):
        try:
            out.handling = Handling.from_json(ext["handling"])
        except (ValueError, TypeError, AttributeError, KeyError):
            raise FtmError(f"{where}: the casebench handling is not valid") from None
    if isinstance(ext.get("tags"), list):
        out.tags = [str(t) for t in ext["tags"] if isinstance(t, str)]
    return out
