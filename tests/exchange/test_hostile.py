"""Hostile bundles: each is refused with a clear message, and the case is unchanged."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.exchange import craft
from tests.exchange.conftest import ID_PASS, Bench
from tests.exchange.craft import Member, Parts, encrypt, tar_bytes

from casebench.exchange import identity as ident_mod
from casebench.exchange import tarstream
from casebench.exchange.errors import BundleError
from casebench.services import bundles
from casebench.store import audit
from casebench.store.case import Case, utc_now


def state(case: Case) -> tuple[list[tuple[str, int]], str, int]:
    stmts = [(r[0], r[1]) for r in case.conn.execute("SELECT id, retracted FROM statements ORDER BY id")]
    recs = audit.records(case)
    ents = int(case.conn.execute("SELECT count(*) FROM entities").fetchone()[0])
    return stmts, recs[-1].hash if recs else "", ents


def run_import(b: Bench, path: Path) -> bundles.ImportResult:
    return bundles.import_bundle(b.case, path, identity=b.identity, partners=b.partners,
                                 identity_passphrase=ID_PASS)


def sealed(a: Bench, b: Bench, members: list[Member], **kw: bytes) -> bytes:
    return encrypt(tar_bytes(members, **kw), [b.identity.age_recipient])


Maker = Callable[[Bench, Bench, Path], bytes]


def _good(a: Bench, b: Bench, **kw: object) -> list[Member]:
    return Parts(a.identity, **kw).members()  # type: ignore[arg-type]


def m_traversal(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    return sealed(a, b, [*ms[:3], Member("../../etc/cron.d/evil", b"x"), *ms[3:]])


def m_absolute(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    return sealed(a, b, [*ms[:3], Member("/etc/passwd", b"x"), *ms[3:]])


def m_symlink(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    return sealed(a, b, [*ms[:3], Member("entities.ndjson", b"", typeflag=b"2"), *ms[4:]])


def m_hardlink(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    return sealed(a, b, [*ms[:3], Member("entities.ndjson", b"", typeflag=b"1"), *ms[4:]])


def m_directory(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    return sealed(a, b, [*ms, Member("files/", b"", typeflag=b"5")])


def m_duplicate(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    return sealed(a, b, [*ms[:4], ms[3], *ms[4:]])


def m_duplicate_first(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    return sealed(a, b, [ms[0], ms[0], *ms[1:]])


def m_huge_pax(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    rec = b" path=" + b"a" * (1 << 20) + b"\n"
    ms[3].pax = str(len(rec) + 8).encode() + rec
    return sealed(a, b, ms)


def m_pax_link(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    ms[3].pax = tarstream._pax_record("linkpath", "/etc/shadow")
    return sealed(a, b, ms)


def m_larger(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    ms[3].data += b'{"id":"x"}\n'  # tar size grows, the signed manifest still says the old size
    return sealed(a, b, ms)


def m_truncated(a: Bench, b: Bench, tmp: Path) -> bytes:
    data = sealed(a, b, _good(a, b))
    return data[: len(data) - 100]


def m_flipped(a: Bench, b: Bench, tmp: Path) -> bytes:
    data = bytearray(sealed(a, b, _good(a, b)))
    data[len(data) // 2] ^= 0x01
    return bytes(data)


def m_flipped_header(a: Bench, b: Bench, tmp: Path) -> bytes:
    data = bytearray(sealed(a, b, _good(a, b)))
    data[data.index(b"\n--- ") + 8] ^= 0x01  # the header MAC
    return bytes(data)


def m_swapped(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    other = Parts(a.identity, statements=[craft.stmt("s-x", craft.PERSON, "name", "Someone Else")]).members()
    ms[4] = Member("statements.ndjson", other[4].data, size=len(other[4].data))
    man = json.loads(ms[2].data)
    for m in man["members"]:  # even a manifest size fixed up cannot help: the hash is signed
        if m["name"] == "statements.ndjson":
            m["size"] = len(other[4].data)
    ms[2].data = json.dumps(man).encode()
    return sealed(a, b, ms)


def m_no_signature(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    return sealed(a, b, [ms[0], *ms[2:]])


def m_bad_signature(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    lines = ms[1].data.decode().splitlines()
    raw = bytearray(base64.b64decode(lines[1]))
    raw[20] ^= 0xFF
    lines[1] = base64.b64encode(bytes(raw)).decode()
    ms[1].data = ("\n".join(lines) + "\n").encode()
    return sealed(a, b, ms)


def m_edited_after_signing(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    ms[0].data = ms[0].data.replace(b"manifest.json", b"manifest.json\n" + b"0" * 64 + b"  evil", 1)
    return sealed(a, b, ms)


def m_unknown_key(a: Bench, b: Bench, tmp: Path) -> bytes:
    stranger = ident_mod.generate("Carlos Mendes", "Unknown Agency", "br", utc_now())
    return sealed(a, b, Parts(stranger).members())


def m_changed_key(a: Bench, b: Bench, tmp: Path) -> bytes:
    impostor = ident_mod.generate(a.identity.name, a.identity.agency, "es", utc_now())
    return sealed(a, b, Parts(impostor).members())


def m_too_many_recipients(a: Bench, b: Bench, tmp: Path) -> bytes:
    data = tar_bytes(_good(a, b))
    from casebench.exchange import agefmt

    others = [agefmt.generate_identity()[1] for _ in range(20)]
    buf = io.BytesIO()
    w = agefmt.AgeWriter.__new__(agefmt.AgeWriter)  # bypass the writer's own limit
    agefmt.MAX_RECIPIENTS, old = 99, agefmt.MAX_RECIPIENTS
    try:
        w.__init__(buf, [b.identity.age_recipient, *others])  # type: ignore[misc]
    finally:
        agefmt.MAX_RECIPIENTS = old
    w.write(data)
    w.close()
    return buf.getvalue()


def m_unknown_stanza(a: Bench, b: Bench, tmp: Path) -> bytes:
    data = sealed(a, b, _good(a, b))
    return data.replace(b"-> X25519 ", b"-> piv-p256 ", 1)


def m_not_for_us(a: Bench, b: Bench, tmp: Path) -> bytes:
    from casebench.exchange import agefmt

    return encrypt(tar_bytes(_good(a, b)), [agefmt.generate_identity()[1]])


def m_not_age(a: Bench, b: Bench, tmp: Path) -> bytes:
    return tar_bytes(_good(a, b))


def m_manifest_bomb(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, Parts(a.identity, manifest={"padding": "x" * (2 << 20)}).members())


def m_deep_json(a: Bench, b: Bench, tmp: Path) -> bytes:
    deep = b'{"format":"casebench-bundle","a":' + b"[" * 100000 + b"]" * 100000 + b"}"
    return sealed(a, b, Parts(a.identity).members(manifest_bytes=deep))


def m_deep_ndjson(a: Bench, b: Bench, tmp: Path) -> bytes:
    p = Parts(a.identity)
    texts = [("entities.ndjson", b'{"id":"x","deep":' + b"[" * 50000 + b"]" * 50000 + b"}\n"),
             ("statements.ndjson", b"")]
    return sealed(a, b, p.members(texts=texts))


def m_unknown_version(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, Parts(a.identity, manifest={"version": 99}).members())


def m_unknown_schema(a: Bench, b: Bench, tmp: Path) -> bytes:
    ents = [{"id": craft.PERSON, "schema": "Spaceship", "properties": {}}]
    return sealed(a, b, Parts(a.identity, entities=ents, statements=[]).members())


def m_missing_entity(a: Bench, b: Bench, tmp: Path) -> bytes:
    sts = [*craft.default_statements(), craft.stmt("s-x", "no-such-entity", "name", "Ghost")]
    return sealed(a, b, Parts(a.identity, statements=sts).members())


def m_dangling_reference(a: Bench, b: Bench, tmp: Path) -> bytes:
    sts = [*craft.default_statements(), craft.stmt("s-own", craft.VESSEL, "owner", "missing-owner-id")]
    return sealed(a, b, Parts(a.identity, statements=sts).members())


def m_bad_value(a: Bench, b: Bench, tmp: Path) -> bytes:
    sts = [*craft.default_statements(), craft.stmt("s-iban", craft.PERSON, "email", "not an address")]
    return sealed(a, b, Parts(a.identity, statements=sts).members())


def m_unlisted_member(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, [*_good(a, b), Member("evil.sh", b"#!/bin/sh\nrm -rf ~\n")])


def m_wrong_order(a: Bench, b: Bench, tmp: Path) -> bytes:
    ms = _good(a, b)
    return sealed(a, b, [ms[2], ms[0], ms[1], *ms[3:]])


def m_missing_member(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, _good(a, b)[:4])


def m_trailing_data(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, _good(a, b), end=b"\0" * 1024 + b"surprise" + b"\0" * 504)


def m_no_end_marker(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, _good(a, b), end=b"")


def m_signer_mismatch(a: Bench, b: Bench, tmp: Path) -> bytes:
    p = Parts(a.identity, manifest={"producer": {**a.identity.card.to_json(), "key_id": "0123456789ABCDEF"}})
    return sealed(a, b, p.members())


# -- fields validated before commit (issue 19 item 3) ------------------------------------------
def _stmts(**kw: object) -> list[dict[str, object]]:
    return [craft.stmt("s-name-1", craft.PERSON, "name", "Mamadou Jalloh", **kw), *craft.default_statements()[1:]]


def m_nul_in_name(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, Parts(a.identity, statements=[craft.stmt("s-x", craft.PERSON, "name", "Mamadou\x00 Jalloh")],
                              entities=craft.default_entities()[:1]).members())


def m_escape_in_author(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, Parts(a.identity, statements=_stmts(author="agent \x1b[31m7")).members())


def m_c1_in_locator(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, Parts(a.identity, statements=_stmts(locator="p. 2\x85")).members())


def m_created_not_a_date(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, Parts(a.identity, statements=_stmts(created_at="not a date")).members())


def m_first_seen_year_99999(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, Parts(a.identity, statements=_stmts(first_seen="99999-01-01T00:00:00Z")).members())


def m_entity_created_not_a_date(a: Bench, b: Bench, tmp: Path) -> bytes:
    ents = [{**craft.default_entities()[0], "casebench": {"created_at": "yesterday"}}, craft.default_entities()[1]]
    return sealed(a, b, Parts(a.identity, entities=ents).members())


def m_red_under_clear(a: Bench, b: Bench, tmp: Path) -> bytes:
    p = Parts(a.identity, statements=_stmts(handling={"tlp": "RED"}), manifest={"handling": {"tlp": "CLEAR"}})
    return sealed(a, b, p.members())


def m_not_a_tlp(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, Parts(a.identity, manifest={"handling": {"tlp": "PURPLE"}}).members())


def m_huge_integer(a: Bench, b: Bench, tmp: Path) -> bytes:
    p = Parts(a.identity)
    texts = p.texts()
    doc = json.dumps(p.manifest_doc(texts)).replace('"counts": {}', '"counts": {"entities": ' + "9" * 5000 + "}")
    return sealed(a, b, p.members(texts=texts, manifest_bytes=doc.encode()))


def _exhibit_bundle(a: Bench, *, file: dict[str, object] | None = None, event: dict[str, object] | None = None,
                    **kw: object) -> Parts:
    data = b"evidence bytes"
    return Parts(a.identity, custody=[craft.exhibit(), craft.file_record(data, **(file or {})),
                                      craft.custody_event(**(event or {}))],
                 files=[("P-EX-1", data)], **kw)  # type: ignore[arg-type]


def m_rel_path_traversal(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, _exhibit_bundle(a, file={"rel_path": "../../home/user/.bashrc"}).members())


def m_rel_path_absolute(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, _exhibit_bundle(a, file={"rel_path": "/etc/cron.d/evil"}).members())


def m_rel_path_nul(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, _exhibit_bundle(a, file={"rel_path": "dump/a\x00.txt"}).members())


def m_rtl_file_name(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, _exhibit_bundle(a, file={"name": "invoice\u202efdp.exe"}).members())


def m_custody_teleport(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, _exhibit_bundle(a, event={"event": "teleport"}).members())


def m_custody_time_not_a_date(a: Bench, b: Bench, tmp: Path) -> bytes:
    return sealed(a, b, _exhibit_bundle(a, event={"at": "the 32nd of March"}).members())


HOSTILE: dict[str, tuple[Maker, str]] = {
    "path traversal": (m_traversal, "path traversal"),
    "absolute path": (m_absolute, "absolute path"),
    "symlink member": (m_symlink, "symbolic link"),
    "hardlink member": (m_hardlink, "hard link"),
    "directory member": (m_directory, "directory"),
    "duplicate name": (m_duplicate, "twice"),
    "duplicate first member": (m_duplicate_first, "twice"),
    "huge pax header": (m_huge_pax, "pax header"),
    "pax linkpath": (m_pax_link, "linkpath"),
    "member larger than declared": (m_larger, "larger than the manifest declares"),
    "truncated stream": (m_truncated, "truncated"),
    "flipped byte in ciphertext": (m_flipped, "damaged"),
    "flipped byte in header": (m_flipped_header, "age header"),
    "swapped file": (m_swapped, "SHA-256"),
    "missing signature": (m_no_signature, "SHA256SUMS.minisig must come second"),
    "wrong signature": (m_bad_signature, "signature"),
    "sums edited after signing": (m_edited_after_signing, "signature"),
    "signature by an unknown key": (m_unknown_key, "unknown key"),
    "changed partner key": (m_changed_key, "NEW key"),
    "more than 20 recipients": (m_too_many_recipients, "more than 20 recipients"),
    "unknown recipient type": (m_unknown_stanza, "unknown recipient type"),
    "not addressed to us": (m_not_for_us, "not addressed to this workbench"),
    "not an age file": (m_not_age, "not an age file"),
    "manifest bomb": (m_manifest_bomb, "manifest.json is"),
    "deep JSON manifest": (m_deep_json, "deeper than"),
    "deep JSON ndjson": (m_deep_ndjson, "deeper than"),
    "unknown manifest version": (m_unknown_version, "unknown schema version"),
    "unknown entity schema": (m_unknown_schema, "unknown schema 'Spaceship'"),
    "statement on missing entity": (m_missing_entity, "neither in the bundle nor in this case"),
    "reference to missing entity": (m_dangling_reference, "neither in the bundle nor in this case"),
    "invalid value": (m_bad_value, "e-mail"),
    "unlisted member": (m_unlisted_member, "unexpected member"),
    "wrong member order": (m_wrong_order, "must come first"),
    "member missing": (m_missing_member, "lacks"),
    "data after the archive": (m_trailing_data, "after the end"),
    "no end-of-archive marker": (m_no_end_marker, "end-of-archive"),
    "manifest names another signer": (m_signer_mismatch, "names signer"),
    "NUL in a name": (m_nul_in_name, "control character (U+0000)"),
    "terminal escape in author": (m_escape_in_author, "control character (U+001B)"),
    "C1 control in locator": (m_c1_in_locator, "control character (U+0085)"),
    "created_at not a date": (m_created_not_a_date, "'not a date' is not a time"),
    "first_seen in year 99999": (m_first_seen_year_99999, "first_seen '99999-01-01T00:00:00Z' is not a time"),
    "entity created_at not a date": (m_entity_created_not_a_date, "is not a time"),
    "RED content under a CLEAR manifest": (m_red_under_clear, "declares CLEAR as the highest handling"),
    "manifest TLP not a level": (m_not_a_tlp, "not a TLP level"),
    "huge integer": (m_huge_integer, "far too large"),
    "custody rel_path with ..": (m_rel_path_traversal, "not a safe relative path"),
    "custody rel_path absolute": (m_rel_path_absolute, "not a safe relative path"),
    "custody rel_path with NUL": (m_rel_path_nul, "control character (U+0000)"),
    "right-to-left override in a file name": (m_rtl_file_name, "bidirectional control character (U+202E)"),
    "custody event type teleport": (m_custody_teleport, "unknown custody event type 'teleport'"),
    "custody event time not a date": (m_custody_time_not_a_date, "custody.ndjson line 3: at"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_bundle_refused(pair: tuple[Bench, Bench], tmp_path: Path, name: str) -> None:
    a, b = pair
    maker, expected = HOSTILE[name]
    with a.use():
        data = maker(a, b, tmp_path)
    path = tmp_path / "hostile.cbx"
    path.write_bytes(data)
    before = state(b.case)
    blobs_before = sorted(p.name for p in (b.case.path / "evidence").rglob("*"))
    with b.use(), pytest.raises(BundleError) as err:
        run_import(b, path)
    msg = str(err.value)
    assert "hostile.cbx" in msg and "bundle refused" in msg
    assert expected.lower() in msg.lower(), msg
    assert state(b.case) == before
    assert sorted(p.name for p in (b.case.path / "evidence").rglob("*")) == blobs_before


def test_good_crafted_bundle_imports(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    """The control: the same crafting, unbroken, is accepted."""
    a, b = pair
    path = tmp_path / "good.cbx"
    path.write_bytes(sealed(a, b, _good(a, b)))
    with b.use():
        res = run_import(b, path)
    assert res.entities_new == 2 and res.statements_new == 3


def test_replayed_older_bundle_cannot_bring_back_retracted(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    old = Parts(a.identity, created_at="2024-03-01T10:00:00.000000Z")
    new_statements = [*craft.default_statements()[:2],
                      {"id": "s-imo-1", "entity_id": craft.VESSEL, "retracted": True,
                       "retracted_at": "2024-03-02T09:00:00Z"}]
    new = Parts(a.identity, statements=new_statements, created_at="2024-03-02T10:00:00.000000Z")
    p_old, p_new = tmp_path / "old.cbx", tmp_path / "new.cbx"
    p_old.write_bytes(sealed(a, b, old.members()))
    p_new.write_bytes(sealed(a, b, new.members()))
    with b.use():
        run_import(b, p_new)
        before = state(b.case)
        with pytest.raises(BundleError, match="replay refused"):
            run_import(b, p_old)
    assert state(b.case) == before
    assert not b.case.conn.execute("SELECT 1 FROM statements WHERE id = 's-imo-1'").fetchone()


def test_retraction_by_originator_applies_and_sticks(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    old = Parts(a.identity, created_at="2024-03-01T10:00:00.000000Z")
    new = Parts(a.identity, statements=[{"id": "s-imo-1", "entity_id": craft.VESSEL, "retracted": True}],
                created_at="2024-03-02T10:00:00.000000Z")
    p_old, p_new = tmp_path / "old.cbx", tmp_path / "new.cbx"
    p_old.write_bytes(sealed(a, b, old.members()))
    p_new.write_bytes(sealed(a, b, new.members()))
    with b.use():
        run_import(b, p_old)
        res = run_import(b, p_new)
        assert res.retracted == 1
        again = run_import(b, p_old)  # the same old bundle again: a no-op
    assert again.already_imported
    row = b.case.conn.execute("SELECT retracted FROM statements WHERE id = 's-imo-1'").fetchone()
    assert row == (1,)


def test_partner_cannot_retract_our_statements(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    from casebench.services.entities import EntityDraft, add_entity, get

    eid = add_entity(b.case, EntityDraft("Person", [("name", "Local Person")]))
    sid = get(b.case, eid).statements[0].id
    ents = [{"id": eid, "schema": "Person", "properties": {}}]
    p = Parts(a.identity, entities=ents, statements=[{"id": sid, "entity_id": eid, "retracted": True}])
    path = tmp_path / "r.cbx"
    path.write_bytes(sealed(a, b, p.members()))
    with b.use():
        run_import(b, path)
    assert b.case.conn.execute("SELECT retracted FROM statements WHERE id = ?", (sid,)).fetchone() == (0,)


def test_key_id_without_leading_zeros(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    """minisign prints key ids without leading zeros; a manifest written from that is fine."""
    a, b = pair
    short = a.identity.card.key_id.lstrip("0") or "0"
    p = Parts(a.identity, manifest={"producer": {**a.identity.card.to_json(), "key_id": short}})
    path = tmp_path / "short.cbx"
    path.write_bytes(sealed(a, b, p.members()))
    assert run_import(b, path).entities_new == 2


def test_crafted_exhibit_bundle_imports(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    """The control for the custody makers: the same exhibit, unbroken, imports."""
    a, b = pair
    path = tmp_path / "ex.cbx"
    path.write_bytes(sealed(a, b, _exhibit_bundle(a).members()))
    res = run_import(b, path)
    assert res.exhibits_new == 1 and res.files_new == 1


def test_hostile_suite_is_large_enough() -> None:
    assert len(HOSTILE) >= 25
