"""Bundle records: entities (FtM JSON) and statements out; validated, normalised rows in.

Export: `entity_record` and `statement_record` write one ndjson line each.
Import: `stage` checks every record of a verified bundle against the schema and
the case (every value normalised again, every entity reference resolved) and
returns rows ready to insert, or raises ValueError naming the record.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, Handling
from casebench.domain.model import Statement
from casebench.domain.schema import SCHEMATA, Schema, get_schema
from casebench.domain.values import PropType, normalise
from casebench.exchange import checks
from casebench.exchange.bundleformat import ID_RE
from casebench.store.exchange import ImportedStatement

MAX_VALUE = 65536
FTM_NAMESPACE = uuid.UUID("5b0f8d6e-2a57-4f3c-9d0e-6f1d3c1a2b7e")


def entity_record(entity_id: str, schema: str, handling: Handling, created_at: str,
                  props: dict[str, list[str]], origin: str = "", tags: list[str] | None = None) -> dict[str, Any]:
    """`origin`: key id of the workbench that created the entity (ids are scoped by it)."""
    sch = get_schema(schema)
    ftm = sch.ftm or sch.name
    ext: dict[str, Any] = {"schema": sch.name, "handling": handling.to_json(), "created_at": created_at}
    if origin:
        ext["origin"] = origin
    if tags:
        ext["tags"] = sorted(tags)
    return {"id": entity_id, "schema": ftm, "properties": props, "casebench": ext}


def statement_record(st: Statement, entity_id: str, origin: str, value: str) -> dict[str, Any]:
    p = st.provenance
    return {"id": st.id, "entity_id": entity_id, "prop": st.prop, "value": value,
            "original": st.original, "lang": p.lang, "author": p.author,
            "source_exhibit": p.source_exhibit or "", "locator": p.locator, "origin": origin,
            "first_seen": st.first_seen, "last_seen": st.last_seen,
            "grade": p.grade.to_text() if p.grade else "", "handling": st.handling.to_json(),
            "created_at": st.created_at}


# What json.dumps (ensure_ascii=False) writes for a control character checks.CONTROL matches
# below U+0020 (those above stay as they are); a literal backslash before b, f or u00… also
# matches, which only sends that line the slow way.
_ESCAPED_CONTROL = re.compile(r"\\(u00(0[0-8bcef]|1[0-9a-f])|[bf])")


def dumps_line(doc: dict[str, Any]) -> bytes:
    """One JSON line; control characters dropped (a bundle may hold plain text only,
    bundle-format §4.1). Serialised first and looked at once: walking every value of every
    record (a file record has 20 fields; thousands per bundle) cost more than writing it."""
    line = plain_line(doc)
    if line is None:
        line = _LINE.encode(checks.without_controls(doc)).encode("utf-8") + b"\n"
    return line


def plain_line(doc: dict[str, Any]) -> bytes | None:
    """One JSON line, or None when `doc` may hold a control character (then
    `checks.without_controls` says for sure). json.dumps escapes every character below
    U+0020 with a backslash, so ASCII text without a backslash or DEL holds none: such a
    line (most, including the custody events listing thousands of hashes) is not searched."""
    text = _LINE.encode(doc)
    suspect = not text.isascii() or "\\" in text or "\x7f" in text
    if suspect and (checks.CONTROL.search(text) or _ESCAPED_CONTROL.search(text)):
        return None
    return text.encode("utf-8") + b"\n"


_LINE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass
class StagedEntity:
    id: str
    schema: str
    handling: Handling
    created_at: str
    exists: bool
    sent_id: str = ""  # the id as the sender wrote it (differs when scoped to the sender)
    tags: list[str] = field(default_factory=list)


@dataclass
class Staged:
    entities: dict[str, StagedEntity] = field(default_factory=dict)
    statements: list[ImportedStatement] = field(default_factory=list)
    tombstones: list[tuple[str, str, str]] = field(default_factory=list)  # (statement, entity, at)
    skipped_existing: int = 0
    skipped_retracted: int = 0


def _text(doc: dict[str, Any], key: str, where: str, *, limit: int = 2000, required: bool = False) -> str:
    value = doc.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str) or len(value) > limit or (required and not value):
        raise ValueError(f"{where}: {key!r} must be text" + (" (required)" if required else ""))
    return value


def _tags(ext: dict[str, Any], where: str) -> list[str]:
    raw = ext.get("tags") or []
    if (not isinstance(raw, list) or len(raw) > 100
            or not all(isinstance(t, str) and 0 < len(t.strip()) <= 100 for t in raw)):
        raise ValueError(f"{where}: tags must be a list of at most 100 short texts")
    return sorted({t.strip() for t in raw})


def _schema_of(doc: dict[str, Any], where: str) -> Schema:
    ext: dict[str, Any] = doc["casebench"] if isinstance(doc.get("casebench"), dict) else {}
    name = ext.get("schema") or doc.get("schema")
    if not isinstance(name, str) or name not in SCHEMATA:
        raise ValueError(f"{where}: unknown schema {str(name)[:40]!r}")
    sch = get_schema(name)
    if sch.abstract:
        raise ValueError(f"{where}: schema {name} is abstract")
    return sch


def _handling(raw: Any, where: str, default: Handling) -> Handling:
    if raw in (None, "", {}):
        return default
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: handling must be an object")
    try:
        return Handling.from_json(raw)
    except (ValueError, TypeError, AttributeError) as exc:
        raise ValueError(f"{where}: handling is not valid ({exc})") from None


def scoped_id(sender: str, ident: str) -> str:
    """`ident` as sent by `sender`, in that sender's namespace (used when it collides with
    another sender's or our own id): "<key id>:<id>", hashed when that would be too long."""
    out = f"{sender}:{ident}"
    if len(out) > 128:
        out = f"{sender}:{hashlib.sha256(ident.encode()).hexdigest()[:48]}"
    return out


class IdScope(Protocol):
    """Maps ids as the sender wrote them to ids in this case (see importer.SenderScope)."""

    def entity(self, sent_id: str, declared_origin: str, in_bundle: bool) -> str: ...
    def statement(self, sent_id: str, declared_origin: str) -> str: ...


class SameIds:
    """No scoping: ids are taken as sent."""

    def entity(self, sent_id: str, declared_origin: str, in_bundle: bool) -> str:
        return sent_id

    def statement(self, sent_id: str, declared_origin: str) -> str:
        return sent_id


def stage(entities: list[dict[str, Any]], statements: list[dict[str, Any]], *, bundle_id: str,
          sender: str, default_handling: Handling, local_schemas: Callable[[Iterable[str]], dict[str, str]],
          canonical: Callable[[str], str], existing_ids: Callable[[Iterable[str]], set[str]],
          tombstoned: Callable[[Iterable[str]], set[str]], imported_at: str,
          scope: IdScope | None = None) -> Staged:
    out = Staged()
    scope = scope or SameIds()
    ids_in_bundle: dict[str, Schema] = {}
    local_of: dict[str, str] = {}  # entity id as sent -> id in this case

    def local_id(sent: str) -> str:
        return local_of[sent] if sent in local_of else scope.entity(sent, "", False)

    ftm_props: dict[str, dict[str, Any]] = {}
    for no, doc in enumerate(entities, start=1):
        where = f"entities.ndjson line {no}"
        sent = _text(doc, "id", where, limit=128, required=True)
        if not ID_RE.fullmatch(sent):
            raise ValueError(f"{where}: entity id {sent[:40]!r} has characters other than letters, digits, . _ : -")
        if sent in local_of:
            raise ValueError(f"{where}: entity {sent} appears twice")
        sch = _schema_of(doc, where)
        ext: dict[str, Any] = doc["casebench"] if isinstance(doc.get("casebench"), dict) else {}
        eid = local_of[sent] = scope.entity(sent, _text(ext, "origin", where, limit=64), True)
        ids_in_bundle[eid] = sch
        handling = _handling(ext.get("handling"), where, default_handling)
        created = checks.timestamp(ext.get("created_at"), where, "created_at") or imported_at
        props = doc.get("properties", {})
        if not isinstance(props, dict):
            raise ValueError(f"{where}: properties must be an object")
        ftm_props[sent] = props
        out.entities[eid] = StagedEntity(eid, sch.name, handling, created, False, sent, _tags(ext, where))
    local = local_schemas(ids_in_bundle)
    for eid, sch in ids_in_bundle.items():
        if eid in local:
            mine = get_schema(local[eid])
            if not (mine.is_a(sch.name) or sch.is_a(mine.name)):
                raise ValueError(f"entity {eid} is a {mine.label} in this case but a {sch.label} in the bundle")
            out.entities[eid].exists = True
    # FtM properties are a view of the statements; values no statement carries become statements.
    stated = {(d.get("entity_id"), d.get("prop"), d.get("value")) for d in statements}
    records = list(statements)
    for eid, props in ftm_props.items():
        for pname, values in props.items():
            if not isinstance(values, list):
                raise ValueError(f"entities.ndjson: entity {eid} property {str(pname)[:40]!r} must be a list")
            for v in values:
                if not isinstance(v, str):
                    raise ValueError(f"entities.ndjson: entity {eid} has a non-text value")
                if (eid, pname, v) in stated:
                    continue
                sid = str(uuid.uuid5(FTM_NAMESPACE, f"{eid}\x1f{pname}\x1f{v}"))
                records.append({"id": sid, "entity_id": eid, "prop": pname, "value": v, "original": v})
    local_sid: list[str] = []
    seen: set[str] = set()
    for no, doc in enumerate(records, start=1):
        where = f"statements.ndjson record {no}"
        sent = _text(doc, "id", where, limit=128, required=True)
        if not ID_RE.fullmatch(sent):
            raise ValueError(f"{where}: statement id {sent[:40]!r} is not valid")
        if sent in seen:
            raise ValueError(f"{where}: statement {sent} appears twice")
        seen.add(sent)
        local_sid.append(scope.statement(sent, _text(doc, "origin", where, limit=64)))
    present = existing_ids(local_sid)
    dead = tombstoned(local_sid)
    refs_needed: dict[str, str] = {}
    for no, doc in enumerate(records, start=1):
        where = f"statements.ndjson record {no}"
        sid = local_sid[no - 1]
        eid = local_id(_text(doc, "entity_id", where, limit=128, required=True))
        if eid not in ids_in_bundle and canonical(eid) not in local_schemas([canonical(eid)]):
            raise ValueError(f"statement {sid} points at entity {eid}, which is neither in the bundle "
                             "nor in this case")
        if doc.get("retracted") is True:
            out.tombstones.append((sid, eid, checks.timestamp(doc.get("retracted_at"), where, "retracted_at")))
            continue
        if sid in present:
            out.skipped_existing += 1
            continue
        if sid in dead:
            out.skipped_retracted += 1
            continue
        schema = ids_in_bundle.get(eid) or get_schema(local_schemas([canonical(eid)])[canonical(eid)])
        prop_name = _text(doc, "prop", where, limit=100, required=True)
        prop = schema.properties.get(prop_name)
        if prop is None:
            raise ValueError(f"{where}: {schema.name} has no property {prop_name!r}")
        value = _text(doc, "value", where, limit=MAX_VALUE) or _text(doc, "original", where, limit=MAX_VALUE)
        original = _text(doc, "original", where, limit=MAX_VALUE) or value
        if not value.strip():
            raise ValueError(f"{where}: the value is empty")
        try:
            norm = normalise(prop.type, value)
        except ValueError as exc:
            raise ValueError(f"{where}: {prop.label}: {exc}") from None
        if prop.type is PropType.ENTITY:
            norm = replace(norm, value=local_id(norm.value))
            refs_needed[norm.value] = sid
        grade_text = _text(doc, "grade", where, limit=40)
        try:
            grade = Grade.from_text(grade_text).to_text() if grade_text else None
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        handling = _handling(doc.get("handling"), where, out.entities[eid].handling
                             if eid in out.entities else default_handling)
        source = _text(doc, "source_exhibit", where, limit=128) or None
        out.statements.append(ImportedStatement(
            id=sid, entity_id=eid, prop=prop.name, value=norm.value, original=original,
            match_key=norm.match_key, date_start=norm.sort_start, date_end=norm.sort_end,
            lang=_text(doc, "lang", where, limit=20), author=_text(doc, "author", where, limit=200) or sender,
            source_exhibit=source, locator=_text(doc, "locator", where, limit=500), origin=sender,
            origin_bundle=bundle_id, first_seen=checks.timestamp(doc.get("first_seen"), where, "first_seen")
            or imported_at, last_seen=checks.timestamp(doc.get("last_seen"), where, "last_seen") or imported_at,
            grade=grade,
            tlp=int(handling.tlp), handling=json.dumps(handling.to_json()),
            created_at=checks.timestamp(doc.get("created_at"), where, "created_at") or imported_at,
            declared_origin=_text(doc, "origin", where, limit=64)))
    missing = [t for t in refs_needed if t not in ids_in_bundle]
    found = local_schemas([canonical(t) for t in missing])
    for target in missing:
        if canonical(target) not in found:
            raise ValueError(f"statement {refs_needed[target]} points at entity {target}, which is neither "
                             "in the bundle nor in this case")
    return out


def max_tlp(levels: Iterable[TLP]) -> TLP:
    return max(levels, default=TLP.CLEAR)
