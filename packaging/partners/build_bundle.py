#!/usr/bin/env python3
"""Build a casebench partner bundle (.cbx) without casebench.

Uses only Python's standard library and the command-line tools `tar`, `age` and
`minisign`. It follows docs/bundle-format.md (format version 1) and is the
reference a partner can read to build bundles in any language.

    python3 build_bundle.py bundle.json --minisign-key mini.key --minisign-pub mini.pub -o out.cbx

`bundle.json` describes the bundle (paths inside it are relative to that file):

    {
      "bundle_id": "gh-2024-0001",                 (required; letters, digits, . _ : -)
      "created_at": "2024-05-02T09:00:00Z",        (required; ISO 8601 with Z or offset)
      "sequence": 1,                               (one more than your previous bundle's)
      "producer": {"name": "Kofi Mensah", "agency": "Ghana Police Service", "country": "gh",
                   "age_recipient": "age1…"},     (your own age recipient: optional, lets the
                                                   receiver pin you and lets you read the bundle)
      "recipients": [{"name": "Ana Ruiz", "agency": "UDYCO Madrid", "country": "es",
                      "age_recipient": "age1…", "key_id": "…"}],
      "case": {"reference": "GH-2024-7", "originator": "Ghana Police Service", "country": "gh"},
      "handling": {"tlp": "AMBER"},                (highest TLP of anything inside)
      "legal_basis": {"kind": "MLA", "reference": "MLA-GH-ES-2024-1"},
      "purpose": "joint analysis",
      "entities": [ … entity records, docs/bundle-format.md §4 … ],
      "statements": [ … statement records, §4 … ],
      "exhibits": [
        {"id": "gh-ex-1", "reference": "GH-EX-1", "type": "document", … exhibit fields, §5,
         "files": [{"path": "ledger.txt", "rel_path": "scan/ledger.txt"}],
         "custody": [{"event": "seize", "at": "2024-05-01T08:30+00:00", "from_person": "…", …}]}
      ]
    }

Custody events are numbered, chained and hashed here (§5 "canonical form"); an
"export" event ends each chain, as casebench writes it. Ids not given are derived
from the bundle id, so the same description always gives the same members (only
the age encryption differs from run to run).
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

GENESIS = "0" * 64
# The custody event's fields in the order they are hashed (§5); "hash" comes last.
EVENT_FIELDS = ("id", "exhibit_id", "seq", "event", "at", "at_utc", "tz", "from_person", "from_org",
                "to_person", "to_org", "place", "country", "purpose", "authority", "seal_before", "seal_after",
                "hash_before", "hash_after", "matched", "notes", "details", "recorded_at", "recorded_by",
                "prev_hash")
EVENT_TYPES = ("seize", "seal", "transfer", "check-out", "check-in", "examine", "image", "reseal", "return",
               "destroy", "export", "import")
EXHIBIT_FIELDS = ("reference", "type", "description", "case_reference", "quantity", "weight", "seized_place",
                  "seized_at", "seized_at_utc", "seized_tz", "seized_by", "seized_authority", "seal_numbers",
                  "storage_location", "device_make", "device_model", "device_serial", "acquisition_tool",
                  "acquisition_tool_version", "write_blocker", "image_name", "created_at", "created_by")
FILE_FIELDS = ("modified_at", "changed_at", "accessed_at", "media_type", "md5", "sha1", "hashed_at",
               "hashed_by", "hash_tool", "note")
ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:\-]{0,127}")
ISO_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)")
# Ids this script derives (events, file records) live under this UUID namespace.
NAMESPACE = uuid.UUID("0c8a0f8e-4a1b-5b7e-9c3d-2f6e8a1b4c5d")


class BuildError(Exception):
    pass


def ndjson_line(doc: dict[str, Any]) -> bytes:
    """One record per line, as casebench writes them (any valid JSON object line is read)."""
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8") + b"\n"


def event_hash(ev: dict[str, Any]) -> str:
    """§5: SHA-256 of prev_hash, a newline and the 25 values as one compact JSON array."""
    body = json.dumps([ev[k] for k in EVENT_FIELDS], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((ev["prev_hash"] + "\n" + body).encode("utf-8")).hexdigest()


def utc_text(at: str) -> str:
    """`at` (ISO 8601 with an offset) in UTC, as casebench writes at_utc."""
    if not ISO_RE.fullmatch(at):
        raise BuildError(f"custody time {at!r}: write it as ISO 8601 with its offset, e.g. 2024-05-01T08:30+00:00 "
                         "(or give at_utc yourself)")
    when = dt.datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def minisign_key_id(pub_file: Path) -> tuple[str, str]:
    """(key id as casebench writes it, the public key line) from a minisign .pub file."""
    lines = [ln.strip() for ln in pub_file.read_text(encoding="utf-8").splitlines() if ln.strip()]
    b64 = lines[-1]
    raw = base64.b64decode(b64)
    if len(raw) != 42 or raw[:2] != b"Ed":
        raise BuildError(f"{pub_file} is not a minisign public key")
    return raw[2:10][::-1].hex().upper(), b64


def custody_chain(ex: dict[str, Any], bundle: dict[str, Any], key_id: str, file_hashes: list[str]) -> list[dict[str, Any]]:
    events = list(ex.get("custody", []))
    producer = bundle["producer"]
    if not events or events[-1].get("event") != "export":
        legal = bundle.get("legal_basis", {})
        events.append({
            "event": "export", "at": bundle["created_at"], "from_person": producer["name"],
            "from_org": producer.get("agency", ""),
            "to_person": "; ".join(f"{r.get('name', '')} ({r.get('agency', '')}, {r.get('country', '').upper()})"
                                   for r in bundle.get("recipients", [])),
            "to_org": ", ".join(r.get("agency", "") for r in bundle.get("recipients", [])),
            "purpose": bundle.get("purpose", ""),
            "authority": f"{legal.get('kind', '')} {legal.get('reference', '')}".strip(),
            "hash_after": ";".join(file_hashes), "matched": True,
            "details": {"bundle": bundle["bundle_id"], "files": len(file_hashes)}})
    out: list[dict[str, Any]] = []
    prev = GENESIS
    for seq, given in enumerate(events, start=1):
        if given.get("event") not in EVENT_TYPES:
            raise BuildError(f"exhibit {ex['reference']}: custody event {seq} has type {given.get('event')!r}; "
                             f"use one of {', '.join(EVENT_TYPES)}")
        ev: dict[str, Any] = {k: "" for k in EVENT_FIELDS}
        ev.update(matched=None, details={}, recorded_at=bundle["created_at"], recorded_by=producer["name"])
        ev.update({k: v for k, v in given.items() if k in EVENT_FIELDS})
        ev["id"] = given.get("id") or str(uuid.uuid5(NAMESPACE, f"{bundle['bundle_id']}/{ex['id']}/event/{seq}"))
        ev["exhibit_id"], ev["seq"], ev["prev_hash"] = ex["id"], seq, prev
        ev["at_utc"] = given.get("at_utc") or utc_text(ev["at"])
        ev["country"] = ev["country"].lower()
        ev["hash"] = prev = event_hash(ev)
        out.append(ev)
    return out


def build_members(desc: dict[str, Any], base: Path, work: Path, key_id: str, pub_b64: str) -> list[str]:
    """Write every member but SHA256SUMS.minisig into `work`; return the tar order of names."""
    for need in ("bundle_id", "created_at", "producer"):
        if need not in desc:
            raise BuildError(f"the description has no {need!r}")
    if not ID_RE.fullmatch(desc["bundle_id"]):
        raise BuildError("bundle_id: letters, digits and . _ : - only (at most 128)")
    if not ISO_RE.fullmatch(desc["created_at"]):
        raise BuildError("created_at: ISO 8601 with Z or an offset, e.g. 2024-05-02T09:00:00Z")
    texts: dict[str, bytes] = {
        "entities.ndjson": b"".join(ndjson_line(e) for e in desc.get("entities", [])),
        "statements.ndjson": b"".join(ndjson_line(s) for s in desc.get("statements", [])),
    }
    custody: list[bytes] = []
    files: list[tuple[str, Path, str]] = []  # member, source, exhibit id
    for ex in desc.get("exhibits", []):
        if not ID_RE.fullmatch(str(ex.get("id", ""))) or not ex.get("reference"):
            raise BuildError("each exhibit needs an id (letters, digits, . _ : -) and a reference")
        rec: dict[str, Any] = {"record": "exhibit", "id": ex["id"], "handling": ex.get("handling", {})}
        rec.update({k: ex[k] for k in EXHIBIT_FIELDS if k in ex})  # fields not given are left out
        custody.append(ndjson_line(rec))
        hashes: list[str] = []
        for f in ex.get("files", []):
            src = (base / f["path"]).resolve()
            data_hash = hashlib.sha256(src.read_bytes()).hexdigest()
            member = f"files/{len(files) + 1:06d}"
            rel = f.get("rel_path") or src.name
            frec: dict[str, Any] = {
                "record": "file", "exhibit": ex["id"], "member": member,
                "id": f.get("id") or str(uuid.uuid5(NAMESPACE, f"{desc['bundle_id']}/{ex['id']}/file/{rel}")),
                "name": f.get("name") or rel.rsplit("/", 1)[-1], "rel_path": rel,
                "size": src.stat().st_size, "sha256": data_hash}
            frec.update({k: f[k] for k in FILE_FIELDS if k in f})
            frec["media_type"] = f.get("media_type") or "application/octet-stream"
            frec["hashed_at"] = f.get("hashed_at") or desc["created_at"]
            frec["hashed_by"] = f.get("hashed_by") or desc["producer"]["name"]
            frec["hash_tool"] = f.get("hash_tool") or "build_bundle.py (Python hashlib sha256)"
            custody.append(ndjson_line(frec))
            files.append((member, src, ex["id"]))
            hashes.append(data_hash)
        for ev in custody_chain(ex, desc, key_id, hashes):
            custody.append(ndjson_line({"record": "event", **ev}))
    if custody:
        texts["custody.ndjson"] = b"".join(custody)
    for name, data in texts.items():
        (work / name).write_bytes(data)
    if files:
        (work / "files").mkdir()
    for member, src, _ in files:
        shutil.copyfile(src, work / member)
    producer = {**desc["producer"], "key_id": key_id, "minisign_public_key": pub_b64,
                "software": "build_bundle.py (casebench bundle format 1)"}
    manifest: dict[str, Any] = {
        "format": "casebench-bundle", "version": 1, "bundle_id": desc["bundle_id"],
        "created_at": desc["created_at"], "producer": producer,
        "recipients": [{k: r[k] for k in ("name", "agency", "country", "key_id") if k in r}
                       for r in desc.get("recipients", [])],
        "passphrase_mode": False,
        "handling": desc.get("handling", {"tlp": "AMBER"}),
        "counts": {"entities": len(desc.get("entities", [])), "statements": len(desc.get("statements", [])),
                   "exhibits": len(desc.get("exhibits", [])), "files": len(files)},
        "members": [{"name": n, "size": len(d)} for n, d in texts.items()]
        + [{"name": m, "size": s.stat().st_size, "exhibit": e} for m, s, e in files],
    }
    for key in ("sequence", "case", "legal_basis", "purpose"):
        if key in desc:
            manifest[key] = desc[key]
    (work / "manifest.json").write_bytes(
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n")
    order = ["manifest.json", *texts, *(m for m, _, _ in files)]
    sums = "".join(f"{hashlib.sha256((work / n).read_bytes()).hexdigest()}  {n}\n" for n in order)
    (work / "SHA256SUMS").write_bytes(sums.encode("ascii"))
    return ["SHA256SUMS", "SHA256SUMS.minisig", *order]


def run(cmd: list[str], **kw: Any) -> None:
    try:
        subprocess.run(cmd, check=True, **kw)
    except FileNotFoundError:
        raise BuildError(f"{cmd[0]} is not installed (needed: tar, age, minisign)") from None
    except subprocess.CalledProcessError as exc:
        raise BuildError(f"{cmd[0]} failed (exit status {exc.returncode})") from None


def build(desc_path: Path, *, minisign_key: Path, minisign_pub: Path, out: Path, work: Path | None = None) -> Path:
    desc = json.loads(desc_path.read_text(encoding="utf-8"))
    key_id, pub_b64 = minisign_key_id(minisign_pub)
    recipients = [r["age_recipient"] for r in desc.get("recipients", [])]
    if desc["producer"].get("age_recipient"):
        recipients.append(desc["producer"]["age_recipient"])
    if not recipients:
        raise BuildError("no recipients: give each recipient's age_recipient (age1…)")
    if len(recipients) > 20:
        raise BuildError("a bundle goes to at most 20 age recipients (yours included)")
    if out.exists():
        raise BuildError(f"{out} already exists; choose another name")
    with tempfile.TemporaryDirectory(prefix="bundle-") as tmp:
        folder = work or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        names = build_members(desc, desc_path.parent, folder, key_id, pub_b64)
        # minisign asks for the key's password here unless the key was made with -W
        run(["minisign", "-S", "-s", str(minisign_key), "-m", str(folder / "SHA256SUMS"),
             "-x", str(folder / "SHA256SUMS.minisig"),
             "-t", f"casebench bundle {desc['bundle_id']} {desc['created_at']}"])
        tar = subprocess.Popen(["tar", "--format=ustar", "-cf", "-", "-C", str(folder), *names],
                               stdout=subprocess.PIPE)
        age_cmd = ["age", "-e", "-o", str(out)]
        for r in recipients:
            age_cmd += ["-r", r]
        try:
            run(age_cmd, stdin=tar.stdout)
        except BuildError:
            out.unlink(missing_ok=True)  # no half-written bundle
            raise
        finally:
            assert tar.stdout is not None
            tar.stdout.close()
            if tar.wait() != 0:
                out.unlink(missing_ok=True)
                raise BuildError("tar failed")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build a casebench partner bundle with tar, age and minisign.")
    ap.add_argument("description", type=Path, help="the bundle description (JSON)")
    ap.add_argument("--minisign-key", type=Path, required=True, help="your minisign secret key (minisign -G -s)")
    ap.add_argument("--minisign-pub", type=Path, required=True, help="your minisign public key (minisign -G -p)")
    ap.add_argument("-o", "--output", type=Path, required=True, help="the bundle to write (NAME.cbx)")
    ap.add_argument("--keep-members", type=Path, metavar="FOLDER",
                    help="also leave the plain members in FOLDER (to inspect them; keep it safe)")
    args = ap.parse_args(argv)
    try:
        out = build(args.description, minisign_key=args.minisign_key, minisign_pub=args.minisign_pub,
                    out=args.output, work=args.keep_members)
    except (BuildError, OSError, KeyError, ValueError) as exc:
        print(f"build_bundle: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
