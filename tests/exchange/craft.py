"""Build bundles by hand, byte by byte, so tests can break any rule on purpose."""

from __future__ import annotations

import hashlib
import io
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from casebench.exchange import tarstream
from casebench.exchange.agefmt import AgeWriter
from casebench.exchange.identity import WorkbenchIdentity
from casebench.store.case import utc_now

PERSON = "6f1c3a52-0000-4000-8000-000000000001"
VESSEL = "6f1c3a52-0000-4000-8000-000000000002"


def line(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, separators=(",", ":")).encode() + b"\n"


def default_entities() -> list[dict[str, Any]]:
    return [{"id": PERSON, "schema": "Person", "properties": {"name": ["Mamadou Jalloh"]}},
            {"id": VESSEL, "schema": "Vessel", "properties": {"name": ["Estrella"]}}]


def stmt(sid: str, eid: str, prop: str, value: str, **kw: Any) -> dict[str, Any]:
    return {"id": sid, "entity_id": eid, "prop": prop, "value": value, "original": value,
            "author": "agent 7", "handling": {"tlp": "AMBER"}, **kw}


def default_statements() -> list[dict[str, Any]]:
    return [stmt("s-name-1", PERSON, "name", "Mamadou Jalloh"),
            stmt("s-name-2", VESSEL, "name", "Estrella"),
            stmt("s-imo-1", VESSEL, "imoNumber", "9074729")]


@dataclass
class Member:
    name: str
    data: bytes
    typeflag: bytes = b"0"
    size: int | None = None  # size written in the tar header (None: len(data))
    pax: bytes | None = None  # raw pax header data placed before this member


@dataclass
class Parts:
    signer: WorkbenchIdentity
    entities: list[dict[str, Any]] = field(default_factory=default_entities)
    statements: list[dict[str, Any]] = field(default_factory=default_statements)
    manifest: dict[str, Any] = field(default_factory=dict)
    bundle_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    created_at: str = field(default_factory=utc_now)
    custody: list[dict[str, Any]] = field(default_factory=list)  # custody.ndjson records, when any
    files: list[tuple[str, bytes]] = field(default_factory=list)  # (exhibit id, content) as files/NNNNNN

    def texts(self) -> list[tuple[str, bytes]]:
        out = [("entities.ndjson", b"".join(line(e) for e in self.entities)),
               ("statements.ndjson", b"".join(line(s) for s in self.statements))]
        if self.custody or self.files:
            out.append(("custody.ndjson", b"".join(line(c) for c in self.custody)))
        return out

    def file_members(self) -> list[tuple[str, str, bytes]]:
        return [(f"files/{i:06d}", ex, data) for i, (ex, data) in enumerate(self.files, start=1)]

    def manifest_doc(self, texts: list[tuple[str, bytes]]) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "format": "casebench-bundle", "version": 1, "bundle_id": self.bundle_id,
            "created_at": self.created_at, "producer": self.signer.card.to_json(),
            "members": [{"name": n, "size": len(d)} for n, d in texts]
            + [{"name": n, "size": len(d), "exhibit": ex} for n, ex, d in self.file_members()],
            "handling": {"tlp": "AMBER"}, "counts": {},
        }
        doc.update(self.manifest)
        return doc

    def members(self, *, texts: list[tuple[str, bytes]] | None = None,
                manifest_bytes: bytes | None = None, signer: WorkbenchIdentity | None = None) -> list[Member]:
        texts = self.texts() if texts is None else texts
        mbytes = manifest_bytes if manifest_bytes is not None else json.dumps(self.manifest_doc(texts)).encode()
        sums = f"{hashlib.sha256(mbytes).hexdigest()}  manifest.json\n"
        sums += "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in texts)
        sums += "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, _, d in self.file_members())
        sig = (signer or self.signer).sign(sums.encode(), "test bundle").encode()
        return [Member("SHA256SUMS", sums.encode()), Member("SHA256SUMS.minisig", sig),
                Member("manifest.json", mbytes), *[Member(n, d) for n, d in texts],
                *[Member(n, d) for n, _, d in self.file_members()]]


def exhibit(ex_id: str = "P-EX-1", ref: str = "P-EX-1", **kw: Any) -> dict[str, Any]:
    return {"record": "exhibit", "id": ex_id, "reference": ref, "type": "document", "description": "paper",
            "handling": {"tlp": "AMBER"}, **kw}


def file_record(data: bytes, ex_id: str = "P-EX-1", member: str = "files/000001", **kw: Any) -> dict[str, Any]:
    return {"record": "file", "exhibit": ex_id, "member": member, "id": str(uuid.uuid4()), "name": "a.txt",
            "rel_path": "dump/a.txt", "size": len(data), "sha256": hashlib.sha256(data).hexdigest(), **kw}


def custody_event(ex_id: str = "P-EX-1", seq: int = 1, prev: str = "0" * 64, **kw: Any) -> dict[str, Any]:
    """A custody event record, hashed exactly as casebench hashes it (after `kw`)."""
    from casebench.evidence.custody import event_digest
    from casebench.store.custody import COLUMNS, CustodyEvent

    doc: dict[str, Any] = {c: "" for c in COLUMNS}
    doc.update({"id": str(uuid.uuid4()), "exhibit_id": ex_id, "seq": seq, "event": "seize",
                "at": "2024-03-01T10:00Z", "at_utc": "2024-03-01T10:00:00Z", "matched": None, "details": {},
                "recorded_at": "2024-03-01T10:00:00Z", "recorded_by": "agent", "prev_hash": prev, **kw})
    doc["hash"] = event_digest(CustodyEvent(**doc))
    return {"record": "event", **doc}


def tar_bytes(members: list[Member], *, end: bytes = tarstream.END) -> bytes:
    out = bytearray()
    for m in members:
        if m.pax is not None:
            out += tarstream.header("PaxHeader", len(m.pax), 0, typeflag=b"x") + m.pax + tarstream.padding(len(m.pax))
        size = len(m.data) if m.size is None else m.size
        out += tarstream.header(m.name, size, 0, typeflag=m.typeflag)
        out += m.data + tarstream.padding(len(m.data))
    return bytes(out + end)


def encrypt(data: bytes, recipients: list[str]) -> bytes:
    buf = io.BytesIO()
    w = AgeWriter(buf, recipients)
    w.write(data)
    w.close()
    return buf.getvalue()
