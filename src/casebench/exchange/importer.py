"""Commit a verified bundle into a case: one transaction, or nothing.

Re-importing a bundle changes nothing. An older bundle from a sender after a newer
one is refused (replay protection), and statements their originator retracted
never come back. Same entity ids merge; shared strong identifiers and similar
names only go to the merge review queue.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casebench.domain.handling import TLP, Handling
from casebench.exchange import bundleformat as bf
from casebench.exchange import exhibits as ex_io
from casebench.exchange import merge, records
from casebench.exchange.errors import BundleError, FutureDated
from casebench.exchange.named_ends import local_name_subjects
from casebench.exchange.policy import RecipientInfo
from casebench.exchange.reader import VerifiedBundle
from casebench.store import audit
from casebench.store import entities as repo
from casebench.store import exchange as xrepo
from casebench.store.case import utc_now

if TYPE_CHECKING:
    from casebench.store.case import Case

COUNTRY_PROPS = ("country", "jurisdiction", "nationality", "citizenship")


@dataclass
class ImportResult:
    bundle_id: str
    sender: str
    already_imported: bool = False
    entities_new: int = 0
    entities_merged: int = 0
    statements_new: int = 0
    statements_present: int = 0
    retracted: int = 0
    exhibits_new: int = 0
    files_new: int = 0
    reviews: int = 0
    candidates: int = 0
    steps: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # plain words the user must see (diverged custody …)


class SenderScope:
    """Ids are the sender's: the same id from another sender is another thing.

    An entity (or statement) id already in this case is taken as the same one only when
    it came from this sender, or is ours (or its declared originator's) coming back; any
    other collision lands in the sender's namespace (records.scoped_id) and the two
    entities become a merge proposal, never a silent merge.
    """

    def __init__(self, case: Case, sender: str, own_key_id: str) -> None:
        self.case, self.sender, self.own = case, sender, own_key_id
        self.entities: dict[str, str] = {}
        self.collisions: dict[str, str] = {}  # scoped id -> the other owner's entity id

    def entity(self, sent_id: str, declared_origin: str, in_bundle: bool) -> str:
        if sent_id in self.entities:
            return self.entities[sent_id]
        scoped = records.scoped_id(self.sender, sent_id)
        owner = xrepo.entity_owner(self.case, sent_id)
        if xrepo.entity_owner(self.case, scoped) is not None:
            out = scoped
        elif owner is None or owner == self.sender or not in_bundle:
            out = sent_id
        elif owner == "" and declared_origin in ("", self.own):
            out = sent_id  # our own entity coming back
        elif owner and declared_origin == owner:
            out = sent_id  # relayed: the sender passes on what its originator sent
        else:
            out = scoped
            self.collisions[scoped] = sent_id
        self.entities[sent_id] = out
        return out

    def statement(self, sent_id: str, declared_origin: str) -> str:
        scoped = records.scoped_id(self.sender, sent_id)
        if xrepo.statement_owner(self.case, scoped) is not None:
            return scoped
        owner = xrepo.statement_owner(self.case, sent_id)
        if owner is None or owner in ("", self.sender) or declared_origin == owner:
            return sent_id
        return scoped


def _check_ceiling(staged: records.Staged, exhibits: list[ex_io.StagedExhibit], declared: TLP) -> None:
    """The manifest's TLP is the highest in the bundle; anything above it refuses the bundle
    (a bundle labelled CLEAR must not bring RED content in under that label)."""
    above: list[tuple[TLP, str]] = []
    above += [(e.handling.tlp, f"entity {e.sent_id or e.id}") for e in staged.entities.values()
              if e.handling.tlp > declared]
    above += [(TLP(s.tlp), f"statement {s.id}") for s in staged.statements if s.tlp > declared]
    for ex in exhibits:
        level = Handling.from_json(ex.record.get("handling") or {}).tlp
        if level > declared:
            above.append((level, f"exhibit {ex.record.get('reference')}"))
    if above:
        level, what = max(above, key=lambda a: a[0])
        raise ValueError(f"its manifest declares {declared.short} as the highest handling, but {what} is "
                         f"{level.short} ({len(above)} item(s) above the declared level)")


def _countries(case: Case, entity_id: str) -> list[str]:
    return xrepo.prop_values(case, entity_id, COUNTRY_PROPS)


def _propose(case: Case, staged: records.Staged, bundle_id: str, now: str) -> tuple[int, int]:
    created = [e for e in staged.entities.values() if not e.exists]
    in_bundle = list(staged.entities)
    reviews = candidates = 0
    by_entity: dict[str, list[xrepo.ImportedStatement]] = {}
    for s in staged.statements:
        by_entity.setdefault(s.entity_id, []).append(s)
    names_cache: merge.NameIndex | None = None
    for ent in created:
        stmts = by_entity.get(ent.id, [])
        keys = {s.match_key: s.prop for s in stmts
                if s.match_key and merge.is_strong(ent.schema, s.prop)}
        countries = [s.value for s in stmts if s.prop in COUNTRY_PROPS]
        if keys:
            shared = [(lid, repo.entity_schema(case, lid), prop, key, _countries(case, lid))
                      for lid, prop, key in xrepo.strong_matches(case, list(keys), in_bundle)]
            for p in merge.identifier_proposals(ent.id, ent.schema, countries, shared):
                reviews += xrepo.add_review(case, kind="identifier", imported_id=p.imported_id,
                                            local_id=repo.canonical_id(case, p.local_id), reason=p.reason,
                                            score=p.score, bundle_id=bundle_id, created_at=now)
        names = [s.value for s in stmts if s.prop in ("name", "alias")]
        if names and merge.personish(ent.schema):
            if names_cache is None:
                names_cache = merge.NameIndex(local_name_subjects(case, in_bundle))
            subject = merge.NameSubject(ent.id, ent.schema, names,
                                        [s.value for s in stmts if s.prop == "birthDate"], countries)
            for p in merge.name_proposals(subject, names_cache):
                candidates += xrepo.add_review(case, kind="name", imported_id=p.imported_id,
                                               local_id=repo.canonical_id(case, p.local_id), reason=p.reason,
                                               score=p.score, bundle_id=bundle_id, created_at=now)
    return reviews, candidates


def _too_far_ahead(created_at: str, now: str) -> bool:
    import datetime as dt

    made = dt.datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    if made.tzinfo is None:
        made = made.replace(tzinfo=dt.UTC)
    current = dt.datetime.fromisoformat(now.replace("Z", "+00:00"))
    return made - current > dt.timedelta(hours=bf.FUTURE_TOLERANCE_HOURS)


def _check_replay(case: Case, bundle: VerifiedBundle, sender: RecipientInfo, now: str, accept_clock: bool) -> bool:
    """Refuse replays and future dates; True when the user overrode a wrong clock.

    Replay is judged by the sender's own bundle numbers (manifest `sequence`): a number not
    above the highest imported is refused. Bundles without a number (older casebench) are
    judged as before, by date against the sender's other unnumbered bundles.
    """
    m = bundle.manifest
    if _too_far_ahead(m.created_at, now):
        if not accept_clock:
            raise FutureDated(bundle.path, f"it is dated {m.created_at[:19].replace('T', ' ')} UTC, more than "
                                           f"{bf.FUTURE_TOLERANCE_HOURS} hours in the future (now {now[:16]} UTC); "
                                           "if the sender's clock was wrong, confirm with the sender and import "
                                           "anyway (recorded in the audit log)",
                              created_at=m.created_at, now=now, when=m.created_at[:19].replace('T', ' '),
                              hours=bf.FUTURE_TOLERANCE_HOURS, now_minute=now[:16])
        overridden = True
    else:
        overridden = False
    if m.sequence is not None:
        top = xrepo.highest_sequence(case, sender.key_id)
        if top is not None and m.sequence <= top[0]:
            raise BundleError(bundle.path, f"it is bundle number {m.sequence} from {sender.label}, but number "
                                           f"{top[0]} (made {top[1][:19]}) is already imported; an older bundle "
                                           "could bring back what the sender has since retracted (replay refused)",
                              code="bundle.replay_number", number=m.sequence, sender=sender.label, top=top[0])
        return overridden
    latest = xrepo.latest_from(case, sender.key_id)
    if latest is not None and m.created_at <= latest.created_at and not overridden:
        raise BundleError(bundle.path, f"it was made on {m.created_at[:19]} but a newer bundle from "
                                       f"{sender.label} (made {latest.created_at[:19]}) is already imported; "
                                       "an older bundle could bring back what the sender has since retracted "
                                       "(replay refused)", code="bundle.replay_date", sender=sender.label)
    return overridden


def commit(case: Case, bundle: VerifiedBundle, sender: RecipientInfo, *, file_name: str,
           own_key_id: str = "", accept_clock: bool = False, own_org: str = "",
           record_packs: Callable[[], None] | None = None) -> ImportResult:
    """`record_packs` inserts the rows of the packs the received files were written into
    (called in the import's transaction, before the files' rows)."""
    m = bundle.manifest
    result = ImportResult(m.bundle_id, sender.label)
    done = xrepo.imported_bundle(case, m.bundle_id)
    if done is not None:
        bundle.discard_files()
        result.already_imported = True
        result.steps.append(f"already imported on {done.imported_at[:19]}Z: nothing changed")
        return result
    now = utc_now()
    try:
        overridden = _check_replay(case, bundle, sender, now, accept_clock)
    except BundleError:
        bundle.discard_files()
        raise
    tlp = m.raw.get("handling", {}).get("tlp") if isinstance(m.raw.get("handling"), dict) else None
    try:
        declared = TLP.parse(tlp, TLP.AMBER)
    except ValueError:
        bundle.discard_files()
        raise BundleError(bundle.path, f"its manifest declares handling {str(tlp)[:20]!r}, which is not a TLP "
                                       "level (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)") from None
    default = Handling(tlp=declared, originator=sender.agency or sender.name)
    members = {f.name: (f.handle[0], f.handle[1], f.sha256, f.handle[2], f.handle[3], f.handle[4])
               for f in bundle.files if isinstance(f.handle, tuple)}
    scope = SenderScope(case, sender.key_id, own_key_id)
    try:
        staged = records.stage(
            bundle.entities, bundle.statements, bundle_id=m.bundle_id, sender=sender.key_id,
            default_handling=default, local_schemas=lambda ids: xrepo.entity_schemas(case, ids),
            canonical=lambda i: repo.canonical_id(case, i),
            existing_ids=lambda ids: xrepo.existing_statement_ids(case, ids),
            tombstoned=lambda ids: xrepo.tombstoned(case, ids), imported_at=now, scope=scope)
        exhibits = ex_io.stage(bundle.custody, members) if bundle.custody else []
        if bundle.files and not exhibits:
            raise ValueError("it holds files that no exhibit in custody.ndjson claims")
        _check_ceiling(staged, exhibits, declared)
    except ValueError as exc:
        bundle.discard_files()
        raise BundleError(bundle.path, str(exc)) from None
    unused: list[str] = []
    try:
        with case.transaction():
            if record_packs is not None:
                record_packs()
            legal: dict[str, Any] = m.raw["legal_basis"] if isinstance(m.raw.get("legal_basis"), dict) else {}
            xrepo.record_import(
                case, bundle_id=m.bundle_id, sender_key_id=sender.key_id, sender_name=sender.name,
                sender_agency=sender.agency, sender_country=sender.country, created_at=m.created_at,
                imported_at=now, file_name=file_name, legal_basis=legal,
                purpose=str(m.raw.get("purpose", ""))[:2000], counts=dict(m.raw.get("counts") or {}),
                sequence=m.sequence, clock_override=overridden)
            if overridden:
                audit.append(case, "collection", "bundle date in the future accepted (sender's clock)",
                             target=m.bundle_id, justification="imported with --accept-clock",
                             details={"sender": sender.label, "sender_key_id": sender.key_id,
                                      "bundle_created_at": m.created_at, "imported_at": now})
            for ent in staged.entities.values():
                if not ent.exists:
                    xrepo.insert_entity(case, entity_id=ent.id, schema=ent.schema, tlp=int(ent.handling.tlp),
                                        handling=json.dumps(ent.handling.to_json()), created_at=ent.created_at,
                                        origin=sender.key_id)
                    result.entities_new += 1
                else:
                    result.entities_merged += 1
                xrepo.record_entity_origin(case, ent.id, m.bundle_id, sender.key_id, not ent.exists)
                for tag in ent.tags:
                    repo.add_tag(case, ent.id, tag)
            xrepo.insert_statements(case, staged.statements)
            result.statements_new = len(staged.statements)
            result.statements_present = staged.skipped_existing + staged.skipped_retracted
            touched = {s.entity_id for s in staged.statements}
            for sid, _eid, at in staged.tombstones:
                owner = xrepo.statement_sender(case, sid)
                if owner not in (None, sender.key_id):
                    continue  # only the originator may retract its statement
                if owner is None and xrepo.existing_statement_ids(case, [sid]):
                    continue  # ours: a partner cannot retract it
                xrepo.add_tombstone(case, sid, sender.key_id, m.bundle_id, at)
                hit = xrepo.retract_by_origin(case, sid, now, f"retracted by {sender.label} (bundle {m.bundle_id})")
                if hit:
                    result.retracted += 1
                    touched.add(hit)
            repo.refresh_captions(case, touched)  # a link's caption names its ends ("A called B")
            if exhibits:
                result.exhibits_new, result.files_new, unused = ex_io.commit(
                    case, exhibits, members, bundle_id=m.bundle_id, sender=sender, now=now,
                    notes=result.warnings, to_org=own_org or (case.get_meta("originator") or ""),
                    authority=" ".join(str(legal.get(k, "")) for k in ("kind", "reference")).strip()[:500])
            result.reviews, result.candidates = _propose(case, staged, m.bundle_id, now)
            for scoped, other in scope.collisions.items():
                local = repo.canonical_id(case, other)
                owner = xrepo.entity_origin(case, other)
                whose = xrepo.sender_label(case, owner) if owner else "this case"
                result.reviews += xrepo.add_review(
                    case, kind="identifier", imported_id=scoped, local_id=local, score=1.0, bundle_id=m.bundle_id,
                    created_at=now, reason=f"same entity id {other!r} sent by {sender.label} as by {whose}: "
                    "kept apart until you decide")
                result.warnings.append(
                    f"entity id {other} from {sender.label} is already used in this case for an entity of "
                    f"{whose} ({xrepo.entity_caption(case, local) or local}); kept apart as {scoped} and "
                    "proposed for merge review")
            audit.append(case, "collection", "bundle imported", target=m.bundle_id,
                         justification=str(m.raw.get("purpose", ""))[:500],
                         details={"sender": sender.label, "sender_key_id": sender.key_id, "file": file_name,
                                  "entities_new": result.entities_new, "statements_new": result.statements_new,
                                  "retracted": result.retracted, "exhibits_new": result.exhibits_new,
                                  "legal_basis": legal, "warnings": result.warnings})
    except ValueError as exc:  # a check that needs the case (exhibit ownership, custody ids): nothing kept
        bundle.discard_files()
        raise BundleError(bundle.path, str(exc)) from None
    except BaseException:
        bundle.discard_files()
        raise
    from casebench.evidence import contentstore

    for blob in unused:
        contentstore.remove_blob(case.path, blob)
    result.steps += result.warnings
    return result
