"""Partner bundles: plan an export (with the withheld report), write it, import one strictly.

Export: `plan_export` chooses what goes and applies handling per recipient;
the caller shows `plan.withheld` and asks before `write_export`, which writes the
bundle, records custody "export" events and an audit disclosure, in one transaction
(a failed or cancelled write records nothing and leaves no file).

Import: `import_bundle` verifies everything first (exchange.reader), stages every
record against the case, then commits in one transaction, or commits nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebench import __version__
from casebench.domain.dates import DateError, DateValue
from casebench.domain.handling import TLP, Handling
from casebench.domain.model import Entity
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType
from casebench.exchange import bundleformat as bf
from casebench.exchange import exhibits as ex_io
from casebench.exchange import partners as partner_dir
from casebench.exchange import records
from casebench.exchange.checks import BIDI, CONTROL
from casebench.exchange.errors import BundleError, SignerKeyChanged, UnknownSigner
from casebench.exchange.identity import ContactCard, WorkbenchIdentity
from casebench.exchange.importer import ImportResult, commit
from casebench.exchange.minisig import PublicKey
from casebench.exchange.partners import Partner, PartnerDirectory
from casebench.exchange.policy import RecipientInfo, check_all
from casebench.exchange.reader import read_bundle
from casebench.exchange.writer import BundleContent, write_bundle
from casebench.services.progress import (
    Cancelled,
    Progress,
    never_cancelled,
    no_progress,
)
from casebench.store import agecrypt, audit, timeline
from casebench.store import custody as custody_repo
from casebench.store import entities as repo
from casebench.store import exchange as xrepo
from casebench.store import exhibits as exhibit_repo
from casebench.store.case import Case, utc_now
from casebench.store.custody import CustodyEvent
from casebench.store.errors import InvalidInput

__all__ = ["BIDI", "CONTROL", "ExportPlan", "ExportResult", "ImportResult", "LegalBasis", "PassphraseRecipient", "Selection",
           "Withheld", "import_bundle", "plan_export", "write_export"]

LEGAL_KINDS = ("MLA", "JIT", "police", "EIO", "other")


@dataclass(frozen=True)
class LegalBasis:
    kind: str  # MLA request, JIT agreement, police co-operation channel, EIO, other
    reference: str

    @classmethod
    def parse(cls, text: str) -> LegalBasis:
        kind, sep, ref = text.partition(":")
        match = next((k for k in LEGAL_KINDS if k.lower() == kind.strip().lower()), None)
        if not sep or match is None or not ref.strip():
            raise ValueError(f"legal basis {text!r}: write KIND:REFERENCE with KIND one of "
                             f"{', '.join(LEGAL_KINDS)}, e.g. MLA:ES-2024-0117")
        return cls(match, ref.strip())

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "reference": self.reference}


@dataclass(frozen=True)
class PassphraseRecipient:
    """Passphrase mode: a recipient without keys; a one-off key ships in NAME.cbx.key.age."""

    name: str
    agency: str = ""
    country: str = ""


Recipient = Partner | PassphraseRecipient


@dataclass
class Selection:
    entity_ids: list[str] = field(default_factory=list)
    neighbours: bool = False
    exhibits: list[str] = field(default_factory=list)  # references or ids
    date_from: str | None = None
    date_to: str | None = None
    tags: list[str] = field(default_factory=list)
    chart: str | None = None  # a saved chart's name: its entities go (identifier nodes do not)


@dataclass(frozen=True)
class Withheld:
    kind: str  # entity, statement, exhibit
    id: str
    label: str
    recipient: str
    reason: str
    # what the label is made of, for a window that names them in its own language
    schema: str = ""
    caption: str = ""
    prop: str = ""


@dataclass
class ExportPlan:
    recipients: list[RecipientInfo]
    recipient_keys: list[str]  # age recipients
    passphrase_mode: bool
    entities: dict[str, dict[str, Any]]  # id -> entity record
    statements: list[dict[str, Any]]
    tombstones: list[dict[str, Any]]
    exhibits: ex_io.ExhibitExport
    withheld: list[Withheld]
    max_tlp: TLP

    @property
    def counts(self) -> dict[str, int]:
        return {"entities": len(self.entities), "statements": len(self.statements),
                "retractions": len(self.tombstones), "exhibits": len(self.exhibits.exhibit_ids),
                "files": len(self.exhibits.files), "custody_events": self.exhibits.event_count}


@dataclass(frozen=True)
class ExportResult:
    bundle_id: str
    paths: list[Path]
    key_file: Path | None  # passphrase mode
    sha256: str  # of the signed SHA256SUMS (identifies the content exactly)
    counts: dict[str, int]
    withheld: list[Withheld]
    file_sha256: str = ""  # of the bundle file itself (of its volumes joined in order, when split)


def _recipient_info(r: Recipient) -> RecipientInfo:
    if isinstance(r, Partner):
        return RecipientInfo(r.label(), r.card.name, r.card.agency, r.card.country, r.key_id,
                             r.card.fingerprint.hex().upper())
    return RecipientInfo(r.name or "passphrase recipient", r.name, r.agency, r.country.lower())


def _select(case: Case, sel: Selection) -> list[str]:
    chosen: dict[str, None] = {}
    for eid in sel.entity_ids:
        if not repo.entity_exists(case, eid):
            raise InvalidInput(case.path, f"no entity with id {eid}", code="entity.no_id", id=eid)
        chosen[repo.canonical_id(case, eid)] = None
    for tag in sel.tags:
        for eid in repo.list_entity_ids(case, tag=tag):
            chosen[eid] = None
    if sel.chart:
        from casebench.store import charts

        for node in charts.load_chart(case, sel.chart).data.get("nodes", []):
            if isinstance(node, str) and repo.entity_exists(case, node):
                chosen[repo.canonical_id(case, node)] = None
    if sel.date_from or sel.date_to:
        try:
            lo = DateValue.parse(sel.date_from).sort_start() if sel.date_from else None
            hi = DateValue.parse(sel.date_to).sort_end() if sel.date_to else None
        except DateError as exc:
            raise InvalidInput.carrying(case.path, exc) from None  # keeps the date code
        for row in timeline.rows(case, start=lo, end=hi):
            chosen[repo.canonical_id(case, row.entity_id)] = None
    if sel.neighbours:
        for eid in list(chosen):
            for src, _prop in repo.references_to(case, eid):
                edge = repo.canonical_id(case, src)
                chosen[edge] = None
    # Referential closure: whatever an exported value points at goes too (or the value is withheld).
    todo = list(chosen)
    ahead: dict[str, Entity] = {}
    while todo:
        eid = todo.pop()
        if eid not in ahead and repo.may_be_record(eid):  # the records among the next ids, read together
            ahead = {e.id: e for e in repo.record_entities(case, [eid, *todo[-_AHEAD:][::-1]])}
        ent = ahead.pop(eid, None) or repo.get_entity(case, eid)
        schema = get_schema(ent.schema)
        for st in ent.statements:
            prop = schema.properties.get(st.prop)
            if prop is not None and prop.type is PropType.ENTITY:
                target = repo.canonical_id(case, st.value)
                if target not in chosen and repo.entity_exists(case, target):
                    chosen[target] = None
                    todo.append(target)
    return list(chosen)


_AHEAD = 500  # ids whose records are read together


def _above(limit: TLP | None, level: TLP) -> list[tuple[str, str]]:
    if limit is None or level <= limit:
        return []
    return [("all", f"it is {level.short}, above the export limit {limit.short}")]


def plan_export(case: Case, selection: Selection, recipients: Sequence[Recipient], *,
                identity: WorkbenchIdentity, max_tlp: TLP | None = None) -> ExportPlan:
    """What would go, and what is withheld from whom and why (nothing is written).

    `max_tlp`: nothing above this level goes, whatever the recipients may receive."""
    if not recipients:
        raise InvalidInput(case.path, "choose at least one recipient (a partner or passphrase mode)",
                           code="export.no_recipient")
    passphrase_mode = any(isinstance(r, PassphraseRecipient) for r in recipients)
    if passphrase_mode and len(recipients) > 1:
        raise InvalidInput(case.path, "passphrase mode goes to one recipient only", code="export.passphrase_one")
    infos = [_recipient_info(r) for r in recipients]
    keys = [r.card.age_recipient for r in recipients if isinstance(r, Partner)]
    if len(keys) + 2 > 20:
        raise InvalidInput(case.path, "a bundle goes to at most 18 partners (20 age recipients with yours)",
                           code="export.too_many_partners")
    withheld: list[Withheld] = []
    entities: dict[str, dict[str, Any]] = {}
    statements: list[dict[str, Any]] = []
    levels: list[TLP] = []
    selected = _select(case, selection)
    own = identity.card.key_id  # the card is made from the key each time it is asked for
    blocked: set[str] = set()
    for eid, ent in zip(selected, repo.get_entities(case, selected), strict=True):
        problems = _above(max_tlp, ent.handling.tlp) or check_all(ent.handling, xrepo.entity_origin(case, eid),
                                                                  infos)
        if problems:
            blocked.add(eid)
            withheld += [Withheld("entity", eid, f"{ent.schema} {ent.caption}", who, why, ent.schema, ent.caption)
                         for who, why in problems]
    sending = [i for i in selected if i not in blocked]
    for eid, ent in zip(sending, repo.get_entities(case, sending), strict=True):
        schema = get_schema(ent.schema)
        props: dict[str, list[str]] = {}
        for st in ent.statements:
            origin = st.provenance.origin
            prop = schema.properties.get(st.prop)
            value = st.value
            problems = _above(max_tlp, st.handling.tlp) or check_all(
                st.handling, origin, infos,
                grade=st.provenance.grade.to_text() if st.provenance.grade else "")
            if prop is not None and prop.type is PropType.ENTITY:
                value = repo.canonical_id(case, st.value)
                if value in blocked or value not in selected:
                    problems = problems or [("all", "it points at an entity that is withheld")]
            if problems:
                withheld += [Withheld("statement", st.id, f"{ent.caption}: {get_schema(ent.schema).label_of(st.prop)}",
                                      who, why, ent.schema,
                                      ent.caption, st.prop)
                             for who, why in problems]
                continue
            statements.append(records.statement_record(st, eid, origin or own, value))
            props.setdefault(st.prop, []).append(value)
            levels.append(st.tlp)
        if not props:
            withheld.append(Withheld("entity", eid, f"{ent.schema} {ent.caption}", "all",
                                     "every value of it is withheld", ent.schema, ent.caption))
            continue
        entities[eid] = records.entity_record(eid, ent.schema, ent.handling, ent.created_at, props,
                                              xrepo.entity_origin(case, eid) or own,
                                              list(ent.tags))
        levels.append(ent.handling.tlp)
    statements = [s for s in statements if s["entity_id"] in entities]
    tombstones = [{"id": sid, "entity_id": repo.canonical_id(case, eid), "retracted": True, "retracted_at": at}
                  for sid, eid, at in xrepo.retracted_local_ids(case, list(entities))]
    exhibits = ex_io.plan_exhibits(case, selection.exhibits, infos, max_tlp)
    withheld += [Withheld("exhibit", i, label, who, why) for i, label, who, why in exhibits.withheld]
    # A value may name the exhibit it came from; when that exhibit does not travel, its
    # reference alone can reveal it (e.g. a source's debrief), so the pointer stays home.
    sent = set(exhibits.exhibit_ids)
    sent |= {ref for eid_, ref in exhibit_repo.exhibit_ids(case) if eid_ in sent}
    for doc in statements:
        if doc["source_exhibit"] and doc["source_exhibit"] not in sent:
            doc["source_exhibit"] = ""
    levels += exhibits.levels
    return ExportPlan(infos, keys, passphrase_mode, entities, statements, tombstones, exhibits, withheld,
                      records.max_tlp(levels))


def write_export(case: Case, plan: ExportPlan, identity: WorkbenchIdentity, out: Path | str, *,
                 legal_basis: LegalBasis, purpose: str, key_passphrase: str | None = None,
                 volume_size: int | None = None, progress: Progress = no_progress,
                 cancelled: Cancelled = never_cancelled) -> ExportResult:
    """Write the planned bundle; custody export events and the audit disclosure commit with it."""
    out = Path(out)
    if not purpose.strip():
        raise InvalidInput(case.path, "state the purpose of the disclosure", code="export.no_purpose")
    if not plan.entities and not plan.exhibits.exhibit_ids:
        raise InvalidInput(case.path, "nothing to export: everything selected is withheld or the selection is empty",
                           code="export.nothing")
    for taken in (out, out.with_name(out.name + ".001"), out.with_name(out.name + ".key.age")):
        if taken.exists():
            raise InvalidInput(case.path, f"{taken} already exists; choose another file name",
                               code="export.file_exists", file=taken.name)
    from casebench.exchange import agefmt
    from casebench.store import agecrypt

    keys = list(plan.recipient_keys)
    key_file: Path | None = None
    one_off = None
    if plan.passphrase_mode:
        if not key_passphrase:
            raise InvalidInput(case.path, "passphrase mode needs a passphrase for the key file",
                               code="export.no_key_passphrase")
        one_off = agefmt.generate_identity()
        keys.append(one_off[1])
    keys.append(identity.age_recipient)
    bundle_id = str(uuid.uuid4())
    created = utc_now()
    sequence = next_sequence(case)
    manifest: dict[str, Any] = {
        "format": bf.FORMAT, "version": bf.VERSION, "bundle_id": bundle_id, "created_at": created,
        "sequence": sequence,
        "producer": {"software": f"casebench {__version__}", **identity.card.to_json()},
        "recipients": [{"name": r.name, "agency": r.agency, "country": r.country, "key_id": r.key_id}
                       for r in plan.recipients],
        "passphrase_mode": plan.passphrase_mode,
        "case": {"reference": case.get_meta("reference") or "", "originator": case.get_meta("originator") or "",
                 "country": case.get_meta("originator_country") or ""},
        "handling": {"tlp": plan.max_tlp.short}, "legal_basis": legal_basis.to_json(), "purpose": purpose,
        "counts": plan.counts,
    }
    disclosure: dict[str, Any] = {"recipients": [{"name": r.name, "authority": r.agency, "country": r.country,
                                  "key_id": r.key_id} for r in plan.recipients],
                  "legal_basis": legal_basis.to_json(), "purpose": purpose, "bundle": bundle_id,
                  "file": out.name, "counts": plan.counts, "withheld": len(plan.withheld)}
    try:
        with case.transaction():
            def fill(content: BundleContent) -> None:  # in this thread, while the files are read
                content.custody = ex_io.export_custody(case, plan.exhibits, identity, plan.recipients,
                                                       legal_basis.to_json(), purpose, bundle_id)
                content.entities = b"".join(records.dumps_line(e) for e in plan.entities.values())
                content.statements = b"".join(records.dumps_line(s) for s in [*plan.statements, *plan.tombstones])
                content.provenance = ex_io.provenance(identity, manifest, plan.exhibits)

            content = BundleContent(manifest=manifest, files=ex_io.export_files(case, plan.exhibits), fill=fill)
            result = write_bundle(out, content, identity, keys, volume_size=volume_size, progress=progress,
                                  cancelled=cancelled)
            if one_off is not None:
                key_file = out.with_name(out.name + ".key.age")
                from casebench.store.atomic import atomic_write_bytes

                atomic_write_bytes(key_file, agecrypt.encrypt_with_passphrase(
                    (one_off[0] + "\n").encode(), key_passphrase or ""))
            xrepo.record_export(case, bundle_id=bundle_id, created_at=created,
                                recipients=disclosure["recipients"], legal_basis=legal_basis.to_json(),
                                purpose=purpose, file_name=out.name, file_sha256=result.sha256,
                                counts=plan.counts, withheld=[w.__dict__ for w in plan.withheld],
                                sequence=sequence)
            audit.append(case, "disclosure", "bundle exported", target=bundle_id, justification=purpose,
                         details={**disclosure, "sha256sums_sha256": result.sha256,
                                  "file_sha256": result.file_sha256})
    except BaseException:
        if key_file is not None:
            key_file.unlink(missing_ok=True)
        raise
    return ExportResult(bundle_id, result.paths, key_file, result.sha256, plan.counts, plan.withheld,
                        result.file_sha256)


def custody_graph(case: Case, exhibit_id: str) -> list[CustodyEvent]:
    """An exhibit's whole custody: this case's chain, then each partner's branch that forked
    from it (events with `branch` set), so views show both lines and lose neither."""
    return custody_repo.graph(case, exhibit_id)


def sequence_path() -> Path:
    from casebench.services.settings import user_home

    return user_home() / "bundle-sequence"


def next_sequence(case: Case) -> int:
    """This workbench's next bundle number (manifest `sequence`), across all its cases.

    Receivers judge replay by it instead of by clocks. Kept in the user's home folder (a
    number only); never lower than what this case already exported. Gaps are harmless."""
    from casebench.store.atomic import atomic_write_bytes

    path = sequence_path()
    try:
        last = int(path.read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        last = 0
    n = max(last, xrepo.highest_exported_sequence(case)) + 1
    try:
        atomic_write_bytes(path, f"{n}\n".encode("ascii"))
    except OSError as exc:
        raise InvalidInput(case.path, f"cannot record the bundle number in {path} ({exc.strerror})") from None
    return n


def default_handling(case: Case) -> Handling:
    return Handling(tlp=TLP.parse(case.get_meta("default_tlp"), TLP.AMBER))


# -- import --------------------------------------------------------------------------------------
def _producer_card(claimed: dict[str, Any] | None) -> ContactCard | None:
    prod = claimed.get("producer") if claimed else None
    if not isinstance(prod, dict):
        return None
    try:
        return ContactCard.from_json(prod, source="bundle producer")
    except Exception:  # a malformed claim simply gives no card
        return None


def import_bundle(case: Case, path: Path | str, *, identity: WorkbenchIdentity, partners: PartnerDirectory,
                  identity_passphrase: str | None = None, accept_key: bool = False,
                  key_file: Path | str | None = None, key_passphrase: str | None = None,
                  progress: Progress = no_progress, cancelled: Cancelled = never_cancelled,
                  accept_clock: bool = False) -> ImportResult:
    """Verify, stage and commit a bundle. `accept_key` pins an unknown or changed sender key
    (the caller has shown the fingerprint from the refusal and the user confirmed it); the
    directory is then saved with `identity_passphrase`. `accept_clock` imports a bundle dated
    more than 48 hours ahead (the sender's clock was wrong; recorded in the audit log)."""
    path = Path(path)
    identities = [identity.age_identity]
    if key_file is not None:
        try:
            plain = agecrypt.decrypt_with_passphrase(Path(key_file).read_bytes(), key_passphrase or "")
        except agecrypt.WrongPassphrase:
            raise BundleError(path, f"incorrect passphrase for the key file {Path(key_file).name}",
                              code="bundle.key_file_passphrase", key_file=Path(key_file).name) from None
        except (OSError, agecrypt.AgeError) as exc:
            raise BundleError(path, f"the key file {Path(key_file).name} cannot be read ({exc})") from None
        identities.insert(0, plain.decode("utf-8", "replace").strip())
    pinned: dict[str, ContactCard] = {}

    def resolve(key_id: str, claimed: dict[str, Any] | None) -> PublicKey:
        known = partners.by_key_id(key_id)
        if known is not None:
            return known.card.signing_key
        card = _producer_card(claimed)
        if card is not None and card.key_id != key_id:
            card = None
        fp = card.fingerprint_hex if card else ""
        prod = claimed.get("producer", {}) if claimed else {}
        name = str(prod.get("name", "")) if isinstance(prod, dict) else ""
        agency = str(prod.get("agency", "")) if isinstance(prod, dict) else ""
        old = partners.claimant(name, agency) if name else None
        if accept_key and card is not None:
            pinned[key_id] = card
            return card.signing_key
        if old is not None:
            raise SignerKeyChanged(path, f"WARNING: it is signed by a NEW key {key_id} that claims to be "
                                         f"{old.label()}, whose pinned key is {old.key_id}. This can mean an "
                                         "impostor. Compare the new fingerprint " + (fp or "(not given)")
                                   + " with the partner out of band; only then import it", fp,
                                   key_id=key_id, partner=old.label(), pinned=old.key_id)
        raise UnknownSigner(path, f"it is signed by an unknown key {key_id}"
                            + (f" ({name}, fingerprint {fp})" if name and fp else "")
                            + "; add the sender's contact card, or compare the fingerprint with the sender",
                            fp, key_id=key_id)

    steps = []
    sink = ex_io.ContentSink(case)
    bundle = None
    committed = False
    try:
        bundle = read_bundle(path, identities, resolve, sink=sink, progress=progress, cancelled=cancelled)
        steps += ["age header checked (X25519 recipients only, at most 20)",
                  "decrypted and every chunk authenticated",
                  f"signature by key {bundle.signer.id_hex} verified",
                  f"{len(bundle.manifest.members) + 1} members match SHA256SUMS"]
        key_id = bundle.signer.id_hex
        partner = partners.by_key_id(key_id)
        if partner is None:
            card = pinned[key_id]
            old = partners.claimant(card.name, card.agency)
            partner = partners.add(card, now=utc_now(), confirmed_by="bundle", replace=old is not None)
        info = RecipientInfo(partner.label(), partner.card.name, partner.card.agency, partner.card.country,
                             partner.key_id)
        sink.sync()  # the received blobs durable together, before the commit that lists them
        result = commit(case, bundle, info, file_name=path.name, own_key_id=identity.card.key_id,
                        accept_clock=accept_clock, own_org=identity.agency, record_packs=sink.record_packs)
        committed = True
        sink.drop_unused()
    finally:
        if bundle is not None and not committed:
            bundle.discard_files()  # received content of an import that did not commit
        sink.release()
    if pinned:
        if not identity_passphrase:
            raise BundleError(path, "the new partner key cannot be saved without the identity passphrase",
                              code="bundle.needs_identity_passphrase")
        partner_dir.save(partner_dir_path(), partners, identity_passphrase)
        steps.append(f"sender key {key_id} pinned for {partner.label()}")
    result.steps = steps + result.steps
    return result


def partner_dir_path() -> Path:
    from casebench.services.partners import directory_path

    return directory_path()
