"""STIX 2.1 bundles of identifiers and identities, for partners on MISP or OpenCTI.

Persons become ``identity`` objects (class individual), organisations ``identity``
(class organization). Identifiers become observables: e-mail addresses
``email-addr``, web addresses ``url``, and - STIX 2.1 having no object for them -
phone numbers, IBANs and crypto wallets ``user-account`` objects whose
``account_type`` says what they are ("phone", "bank-account",
"cryptocurrency-wallet"; the vocabulary is open) and whose ``user_id`` holds the
normalised value (E.164, IBAN, address); a UserAccount is a ``user-account`` of its
service. ``related-to`` relationships tie each identity to its identifiers,
including the accounts and wallets it holds. Only standard objects and properties are
written, so the bundle parses with custom content refused.

Observable ids are STIX's deterministic UUIDv5 over the id-contributing properties,
so the same phone number has the same id in every export from every workbench.
TLP travels as the STIX 2.1 TLP marking definitions (AMBER+STRICT, which STIX 2.1
does not define, as AMBER with a note in the identity's description).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from casebench.domain.handling import TLP
from casebench.domain.model import Entity
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType

__all__ = ["StixProducer", "bundle", "observable_id"]

STIX_NAMESPACE = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")
CASEBENCH_NAMESPACE = uuid.UUID("b0c7c4b5-7c1f-4e0e-9a4c-1c2b5d7e3f10")
TLP_MARKINGS = {
    TLP.CLEAR: "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
    TLP.GREEN: "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
    TLP.AMBER: "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
    TLP.AMBER_STRICT: "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
    TLP.RED: "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed",
}
_ID_CONTRIBUTING = {"email-addr": ("value",), "url": ("value",),
                    "user-account": ("account_type", "user_id", "account_login")}
_ACCOUNT_TYPES = {PropType.PHONE: "phone", PropType.IBAN: "bank-account",
                  PropType.WALLET: "cryptocurrency-wallet"}
_HOLDER_PROPS = ("holder", "owner")


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


class _Builder:
    def __init__(self, producer: StixProducer) -> None:
        self.producer = producer
        self.objects: dict[str, dict[str, Any]] = {}
        self.identity_of: dict[str, str] = {}
        self.tlp_of: dict[str, TLP] = {}
        self.creator = f"identity--{uuid.uuid5(CASEBENCH_NAMESPACE, 'workbench:' + producer.workbench_id)}"
        self.objects[self.creator] = {
            "type": "identity", "spec_version": "2.1", "id": self.creator,
            "created": producer.created, "modified": producer.created,
            "name": producer.name or "casebench workbench", "identity_class": "organization",
        }

    def observable(self, kind: str, props: dict[str, str], tlp: TLP) -> str:
        oid = observable_id(kind, props)
        obj = self.objects.get(oid)
        if obj is None:
            obj = self.objects[oid] = {"type": kind, "spec_version": "2.1", "id": oid, **props}
        # the most restricted marking wins when two entities share the identifier
        tlp = self.tlp_of[oid] = max(tlp, self.tlp_of.get(oid, TLP.CLEAR))
        obj["object_marking_refs"] = [TLP_MARKINGS[tlp]]
        return oid

    def identity(self, entity: Entity, props: dict[str, list[str]]) -> str:
        sid = f"identity--{uuid.uuid5(CASEBENCH_NAMESPACE, 'entity:' + entity.id)}"
        schema = get_schema(entity.schema)
        stamp = stix_time(entity.created_at)
        obj: dict[str, Any] = {
            "type": "identity", "spec_version": "2.1", "id": sid, "created": stamp,
            "modified": stamp, "created_by_ref": self.creator, "name": entity.caption or schema.label,
            "identity_class": "individual" if schema.is_a("Person") else "organization",
            "object_marking_refs": [TLP_MARKINGS[entity.tlp]],
        }
        notes = []
        if entity.tlp is TLP.AMBER_STRICT:
            notes.append("TLP:AMBER+STRICT (shown as TLP:AMBER in STIX 2.1)")
        roles = props.get("role", []) + props.get("position", [])
        if roles:
            obj["roles"] = roles
        sectors = props.get("sector", [])
        if notes:
            obj["description"] = "; ".join(notes)
        if sectors:
            obj["description"] = "; ".join([*notes, *("sector: " + s for s in sectors)])
        self.objects[sid] = obj
        self.identity_of[entity.id] = sid
        self.tlp_of[sid] = entity.tlp
        return sid

    def relate(self, source: str, target: str, tlp: TLP, created: str) -> None:
        rid = f"relationship--{uuid.uuid5(CASEBENCH_NAMESPACE, f'{source}|related-to|{target}')}"
        self.objects[rid] = {
            "type": "relationship", "spec_version": "2.1", "id": rid, "created": created,
            "modified": created, "created_by_ref": self.creator, "relationship_type": "related-to",
            "source_ref": source, "target_ref": target,
            "object_marking_refs": [TLP_MARKINGS[tlp]],
        }


def _first(props: dict[str, list[str]], prop: str) -> str | None:
    values = props.get(prop)
    return values[0] if values else None


def _identifiers(b: _Builder, entity: Entity, props: dict[str, list[str]]) -> list[str]:
    schema = get_schema(entity.schema)
    tlp = entity.tlp
    out: list[str] = []
    if schema.is_a("UserAccount"):
        login = _first(props, "username") or _first(props, "email")
        if login:
            account = {"user_id": login, "account_login": login}
            service = _first(props, "service")
            if service:
                account["account_type"] = service.lower()
            if entity.caption and entity.caption != login:
                account["display_name"] = entity.caption
            out.append(b.observable("user-account", account, tlp))
    for prop, values in props.items():
        ptype = schema.properties[prop].type
        for value in values:
            if ptype is PropType.EMAIL:
                out.append(b.observable("email-addr", {"value": value}, tlp))
            elif ptype is PropType.URL:
                out.append(b.observable("url", {"value": value}, tlp))
            elif ptype in _ACCOUNT_TYPES:
                out.append(b.observable("user-account", {
                    "account_type": _ACCOUNT_TYPES[ptype], "user_id": value}, tlp))
    if schema.is_a("BankAccount") and not props.get("iban"):
        for number in props.get("accountNumber", []):
            out.append(b.observable("user-account", {"account_type": "bank-account",
                                                     "user_id": number}, tlp))
    return list(dict.fromkeys(out))


def bundle(entities: Sequence[tuple[Entity, dict[str, list[str]]]], producer: StixProducer,
           bundle_id: str | None = None) -> dict[str, Any]:
    """A STIX 2.1 bundle of the entities' identities and identifiers.

    ``entities``: each entity with its live values (entity references canonical).
    """
    b = _Builder(producer)
    held: list[tuple[str, list[str], Entity]] = []  # (holder entity id, observables, account)
    for entity, props in entities:
        schema = get_schema(entity.schema)
        observables = _identifiers(b, entity, props)
        if schema.is_a("LegalEntity"):
            sid = b.identity(entity, props)
            for oid in observables:
                b.relate(sid, oid, entity.tlp, stix_time(entity.created_at))
        else:
            for prop in _HOLDER_PROPS:
                held += [(h, observables, entity) for h in props.get(prop, [])]
    for holder, observables, account in held:
        ident = b.identity_of.get(holder)
        if ident:
            tlp = max(account.tlp, b.tlp_of[ident])
            for oid in observables:
                b.relate(ident, oid, tlp, stix_time(account.created_at))
    return {"type": "bundle", "id": bundle_id or f"bundle--{uuid.uuid4()}",
            "objects": list(b.objects.values())}
