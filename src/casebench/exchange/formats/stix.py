"""STIX 2.1 bundles of identities, identifiers, their links, calls and payments.

Persons become ``identity`` objects (class individual), organisations ``identity``
(class organization). Identifiers become observables: e-mail addresses ``email-addr``,
web addresses ``url``, and - STIX 2.1 having no object for them - phone numbers, IBANs,
bank account numbers and crypto wallets ``user-account`` objects whose ``user_id``
holds the normalised value (E.164, IBAN, address) and whose ``display_name`` says what
it is ("phone number", "IBAN", "crypto wallet (USDT)"). ``account_type`` is written
only with a value of STIX's account-type vocabulary (a UserAccount on Facebook, Skype,
Twitter ...), since the strict validator refuses any other. A UserAccount is a
``user-account`` of its service.

Relationships (all ``related-to``, the one type STIX defines between identities,
with a description saying what the link is and its dates as start/stop time): each
identity to its identifiers and to the accounts and wallets it holds; identities to
each other for every link of the case (ownership, directorship, family, associate,
employment, membership, representation, other links); and every call and payment, from
the caller or payer (their identity, else the number or account used) to the receiver
or beneficiary, with the time, duration or amount in its description.

Ids: observables have STIX's deterministic UUIDv5 ids (the same phone number has the
same id in every export from every workbench). Identities and relationships have
version-4 UUIDs, as STIX requires for them, made from a hash of the case entity so that
they stay the same across exports (a partner's re-import updates instead of
duplicating). ``modified`` is the time of the entity's latest value.

TLP travels as the TLP 2.0 marking definitions published by OASIS
(cti-stix-common-objects), AMBER+STRICT included; they are not predefined in STIX 2.1,
so the bundle carries them.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from casebench.domain.handling import TLP
from casebench.domain.model import Entity
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType

__all__ = ["TLP_MARKINGS", "StixProducer", "bundle", "observable_id", "stix_time"]

STIX_NAMESPACE = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")
CASEBENCH_NAMESPACE = uuid.UUID("b0c7c4b5-7c1f-4e0e-9a4c-1c2b5d7e3f10")
# TLP 2.0 (FIRST) as published by the OASIS CTI TC: the marking objects' ids, names and
# the property extension they use are fixed; consumers recognise them by id.
TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
TLP2_CREATED = "2022-10-01T00:00:00.000Z"
TLP_MARKINGS = {
    TLP.CLEAR: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    TLP.GREEN: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    TLP.AMBER: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    TLP.AMBER_STRICT: "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    TLP.RED: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
_ID_CONTRIBUTING = {"email-addr": ("value",), "url": ("value",),
                    "user-account": ("account_type", "user_id", "account_login")}
_KINDS = {PropType.PHONE: "phone number", PropType.IBAN: "IBAN", PropType.WALLET: "crypto wallet"}
# STIX 2.1 account-type-ov, the only account_type values the strict validator accepts
_ACCOUNT_TYPE_OV = {"facebook", "ldap", "nis", "openid", "radius", "skype", "tacacs",
                    "twitter", "unix", "windows-local", "windows-domain"}
_HOLDER_PROPS = ("holder", "owner")


def tlp_marking(tlp: TLP) -> dict[str, Any]:
    """The OASIS TLP 2.0 marking-definition object for a level."""
    return {"type": "marking-definition", "spec_version": "2.1", "id": TLP_MARKINGS[tlp],
            "created": TLP2_CREATED, "name": tlp.label,
            "extensions": {TLP2_EXTENSION: {"extension_type": "property-extension",
                                            "tlp_2_0": tlp.short.lower()}}}


@dataclass(frozen=True)
class StixProducer:
    """Who made the bundle: the workbench's organisation (its originator)."""

    name: str
    workbench_id: str
    created: str  # STIX timestamp


def stix_time(stamp: str) -> str:
    """casebench's UTC stamp (microseconds) as a STIX timestamp (milliseconds)."""
    if len(stamp) >= 23 and stamp.endswith("Z"):
        return stamp[:23] + "Z"
    return stamp


def observable_id(kind: str, props: dict[str, str]) -> str:
    contributing = {k: props[k] for k in _ID_CONTRIBUTING[kind] if k in props}
    text = json.dumps(contributing, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return f"{kind}--{uuid.uuid5(STIX_NAMESPACE, text)}"


def stable_v4(kind: str, key: str) -> str:
    """A version-4 UUID id (random-looking, as STIX requires for SDOs and SROs) that is
    the same for the same key, so repeated exports do not multiply objects."""
    digest = hashlib.sha256(f"{CASEBENCH_NAMESPACE}|{kind}|{key}".encode()).digest()
    return f"{kind}--{uuid.UUID(bytes=digest[:16], version=4)}"


def _modified(entity: Entity) -> str:
    stamps = [entity.created_at, *(st.created_at for st in entity.statements),
              *(st.last_seen for st in entity.statements if st.last_seen)]
    return stix_time(max(s for s in stamps if s))


class _Builder:
    def __init__(self, producer: StixProducer) -> None:
        self.producer = producer
        self.objects: dict[str, dict[str, Any]] = {}
        self.identity_of: dict[str, str] = {}
        self.tlp_of: dict[str, TLP] = {}
        self.used: set[TLP] = set()
        self.creator = stable_v4("identity", "workbench:" + producer.workbench_id)
        self.objects[self.creator] = {
            "type": "identity", "spec_version": "2.1", "id": self.creator,
            "created": producer.created, "modified": producer.created,
            "name": producer.name or "casebench workbench", "identity_class": "organization",
        }

    def mark(self, tlp: TLP) -> list[str]:
        self.used.add(tlp)
        return [TLP_MARKINGS[tlp]]

    def observable(self, kind: str, props: dict[str, str], tlp: TLP) -> str:
        oid = observable_id(kind, props)
        obj = self.objects.get(oid)
        if obj is None:
            obj = self.objects[oid] = {"type": kind, "spec_version": "2.1", "id": oid, **props}
        # the most restricted marking wins when two entities share the identifier
        tlp = self.tlp_of[oid] = max(tlp, self.tlp_of.get(oid, TLP.CLEAR))
        obj["object_marking_refs"] = self.mark(tlp)
        return oid

    def identity(self, entity: Entity, props: dict[str, list[str]]) -> str:
        sid = stable_v4("identity", "entity:" + entity.id)
        schema = get_schema(entity.schema)
        obj: dict[str, Any] = {
            "type": "identity", "spec_version": "2.1", "id": sid,
            "created": stix_time(entity.created_at), "modified": _modified(entity),
            "created_by_ref": self.creator, "name": entity.caption or schema.label,
            "identity_class": "individual" if schema.is_a("Person") else "organization",
            "object_marking_refs": self.mark(entity.tlp),
        }
        roles = props.get("role", []) + props.get("position", [])
        if roles:
            obj["roles"] = roles
        sectors = props.get("sector", [])
        if sectors:
            obj["description"] = "; ".join("sector: " + s for s in sectors)
        self.objects[sid] = obj
        self.identity_of[entity.id] = sid
        self.tlp_of[sid] = entity.tlp
        return sid

    def relate(self, source: str, target: str, tlp: TLP, entity: Entity, *, key: str = "",
               description: str = "", start: str = "", stop: str = "") -> None:
        rid = stable_v4("relationship", f"{source}|{target}|{key}")
        obj: dict[str, Any] = {
            "type": "relationship", "spec_version": "2.1", "id": rid,
            "created": stix_time(entity.created_at), "modified": _modified(entity),
            "created_by_ref": self.creator, "relationship_type": "related-to",
            "source_ref": source, "target_ref": target, "object_marking_refs": self.mark(tlp),
        }
        if description:
            obj["description"] = description
        if start:
            obj["start_time"] = start
        if stop and stop > start:
            obj["stop_time"] = stop
        self.objects[rid] = obj


def _first(props: dict[str, list[str]], prop: str) -> str | None:
    values = props.get(prop)
    return values[0] if values else None


def _account(b: _Builder, value: str, kind: str, tlp: TLP) -> str:
    return b.observable("user-account", {"user_id": value, "display_name": kind}, tlp)


def _identifiers(b: _Builder, entity: Entity, props: dict[str, list[str]]) -> list[str]:
    schema = get_schema(entity.schema)
    tlp = entity.tlp
    out: list[str] = []
    if schema.is_a("UserAccount"):
        login = _first(props, "username") or _first(props, "email")
        if login:
            account = {"user_id": login, "account_login": login}
            service = (_first(props, "service") or "").strip()
            if service.lower() in _ACCOUNT_TYPE_OV:
                account["account_type"] = service.lower()
            name = entity.caption if entity.caption != login else ""
            label = " ".join(x for x in (name, f"({service})" if service else "") if x)
            if label:
                account["display_name"] = label
            out.append(b.observable("user-account", account, tlp))
    if schema.is_a("Call") or schema.is_a("Payment"):
        return out  # their numbers and accounts are the two ends of the call or payment
    currency = _first(props, "currency")
    for prop, values in props.items():
        ptype = schema.properties[prop].type
        for value in values:
            if ptype is PropType.EMAIL:
                out.append(b.observable("email-addr", {"value": value}, tlp))
            elif ptype is PropType.URL:
                out.append(b.observable("url", {"value": value}, tlp))
            elif ptype in _KINDS:
                kind = _KINDS[ptype]
                if ptype is PropType.WALLET and currency:
                    kind += f" ({currency})"
                out.append(_account(b, value, kind, tlp))
    if schema.is_a("BankAccount") and not props.get("iban"):
        for number in props.get("accountNumber", []):
            bank = _first(props, "bankName")
            out.append(_account(b, number, f"bank account ({bank})" if bank else "bank account", tlp))
    return list(dict.fromkeys(out))


def _stix_date(value: str | None) -> str:
    """A casebench date as a STIX timestamp (its earliest UTC instant), or ""."""
    from casebench.domain.dates import DateError, DateValue

    if not value:
        return ""
    try:
        start = DateValue.parse(value).earliest_utc()
    except (DateError, ValueError):
        return ""
    return start.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _ends(b: _Builder, props: dict[str, list[str]], party: str, number: str, kind: str,
          account_of: dict[str, str], tlp: TLP) -> str | None:
    """One end of a call or payment: the party's identity, else the number or account."""
    who = _first(props, party)
    if who and who in b.identity_of:
        return b.identity_of[who]
    if number in props:
        value = props[number][0]
        if kind == "account":
            return account_of.get(value)
        return _account(b, value, "phone number", tlp)
    return None


def _event(b: _Builder, entity: Entity, props: dict[str, list[str]],
           account_of: dict[str, str]) -> None:
    schema = get_schema(entity.schema)
    tlp = entity.tlp
    when = _first(props, "date") or _first(props, "startDate")
    if schema.is_a("Call"):
        source = _ends(b, props, "caller", "callerNumber", "phone", account_of, tlp)
        target = _ends(b, props, "receiver", "receiverNumber", "phone", account_of, tlp)
        duration = _first(props, "duration")
        text = "call" + (f" of {duration} s" if duration else "")
        numbers = [props[p][0] for p in ("callerNumber", "receiverNumber") if p in props]
        if numbers:
            text += " (" + " → ".join(numbers) + ")"
    else:
        source = _ends(b, props, "payer", "payerAccount", "account", account_of, tlp)
        target = _ends(b, props, "beneficiary", "beneficiaryAccount", "account", account_of, tlp)
        amount = " ".join(x for x in (_first(props, "amount"), _first(props, "currency")) if x)
        text = "payment" + (f" of {amount}" if amount else "")
        for prop in ("purpose", "transactionNumber"):
            if prop in props:
                text += f"; {prop}: {props[prop][0]}"
    if source and target and source != target:
        if when:
            text += f" on {when}"
        b.relate(source, target, tlp, entity, key=entity.id, description=text,
                 start=_stix_date(when))


def bundle(entities: Sequence[tuple[Entity, dict[str, list[str]]]], producer: StixProducer,
           bundle_id: str | None = None) -> dict[str, Any]:
    """A STIX 2.1 bundle of the entities' identities, identifiers, links, calls, payments.

    ``entities``: each entity with its live values (entity references canonical).
    """
    b = _Builder(producer)
    held: list[tuple[str, list[str], Entity]] = []  # (holder entity id, observables, account)
    account_of: dict[str, str] = {}  # BankAccount / wallet entity id -> its observable
    later: list[tuple[Entity, dict[str, list[str]]]] = []
    for entity, props in entities:
        schema = get_schema(entity.schema)
        observables = _identifiers(b, entity, props)
        if schema.is_a("LegalEntity"):
            sid = b.identity(entity, props)
            for oid in observables:
                b.relate(sid, oid, entity.tlp, entity, key="identifier")
        elif schema.edge:
            later.append((entity, props))
        else:
            if observables:
                account_of[entity.id] = observables[0]
            for prop in _HOLDER_PROPS:
                held += [(h, observables, entity) for h in props.get(prop, [])]
    for holder, observables, account in held:
        ident = b.identity_of.get(holder)
        if ident:
            tlp = max(account.tlp, b.tlp_of[ident])
            for oid in observables:
                b.relate(ident, oid, tlp, account, key="holds", description="holds")
    for entity, props in later:
        schema = get_schema(entity.schema)
        if schema.is_a("Call") or schema.is_a("Payment"):
            _event(b, entity, props, account_of)
            continue
        assert schema.edge is not None
        src, dst = (_first(props, p) for p in schema.edge)
        source, target = b.identity_of.get(src or ""), b.identity_of.get(dst or "")
        if source and target and source != target:
            what = " ".join(x for x in (schema.edge_label, *props.get("role", []),
                                        *props.get("relationship", [])) if x)
            b.relate(source, target, entity.tlp, entity, key=entity.id,
                     description=f"{schema.label}: {what}" if what else schema.label,
                     start=_stix_date(_first(props, "startDate") or _first(props, "date")),
                     stop=_stix_date(_first(props, "endDate")))
    markings = [tlp_marking(t) for t in sorted(b.used)]
    return {"type": "bundle", "id": bundle_id or f"bundle--{uuid.uuid4()}",
            "objects": [*markings, *b.objects.values()]}
