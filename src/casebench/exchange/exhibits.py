"""Exhibits in bundles: metadata, content files and custody, out and in.

custody.ndjson holds three kinds of record, in this order per exhibit:
{"record": "exhibit", …}, {"record": "file", "member": "files/000001", …} and
{"record": "event", …} (the sender's custody chain, verbatim, ending with the
export event). On import the chain is checked hash by hash, continued where it
extends ours, and an "import" event is appended.
"""

from __future__ import annotations

import contextlib
import json
import operator
import secrets
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from casebench.domain.dates import DateError, DateValue
from casebench.domain.handling import TLP, Handling
from casebench.evidence import contentstore, packs
from casebench.evidence import custody as chain
from casebench.exchange import checks
from casebench.exchange.bundleformat import ID_RE, SHA_RE
from casebench.exchange.policy import RecipientInfo, check_all
from casebench.exchange.records import dumps_line, plain_line
from casebench.exchange.writer import FileEntry
from casebench.store import custody as custody_repo
from casebench.store import exhibits as ex_repo
from casebench.store import packs as packs_repo
from casebench.store import pendingblobs
from casebench.store.case import utc_now
from casebench.store.custody import COLUMNS, EVENT_TYPES, CustodyDraft, CustodyEvent
from casebench.store.errors import InvalidInput
from casebench.store.exhibits import ContentFile

if TYPE_CHECKING:
    from concurrent.futures import Future

    from casebench.exchange.identity import WorkbenchIdentity
    from casebench.store.case import Case

EXHIBIT_FIELDS = ("reference", "type", "description", "case_reference", "quantity", "weight", "seized_place",
                  "seized_at", "seized_at_utc", "seized_tz", "seized_by", "seized_authority", "seal_numbers",
                  "storage_location", "device_make", "device_model", "device_serial", "acquisition_tool",
                  "acquisition_tool_version", "write_blocker", "image_name", "created_at", "created_by")
FILE_FIELDS = ("name", "rel_path", "size", "modified_at", "changed_at", "accessed_at", "media_type", "sha256",
               "md5", "sha1", "hashed_at", "hashed_by", "hash_tool", "note")
_file_values = operator.attrgetter(*FILE_FIELDS)


@dataclass
class ExhibitExport:
    exhibit_ids: list[str] = field(default_factory=list)
    files: list[ContentFile] = field(default_factory=list)
    withheld: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, label, who, why
    levels: list[TLP] = field(default_factory=list)
    event_count: int = 0


def plan_exhibits(case: Case, refs: list[str], infos: list[RecipientInfo],
                  max_tlp: TLP | None = None) -> ExhibitExport:
    out = ExhibitExport()
    for ref in refs:
        ex = ex_repo.get_exhibit(case, ref)
        if ex.id in out.exhibit_ids:
            continue
        origin = ex.handling.originator if ex.created_by.startswith("bundle:") else ""
        problems = check_all(ex.handling, origin, infos)
        if max_tlp is not None and ex.handling.tlp > max_tlp:
            problems = [("all", f"it is {ex.handling.tlp.short}, above the export limit {max_tlp.short}")]
        if problems:
            out.withheld += [(ex.id, f"exhibit {ex.reference}", who, why) for who, why in problems]
            continue
        out.exhibit_ids.append(ex.id)
        out.files += ex_repo.content_files(case, ex.id)
        out.levels.append(ex.handling.tlp)
        out.event_count += custody_repo.count(case, ex.id) + 1  # not read: an event lists every file's hash
    return out


def export_files(case: Case, plan: ExhibitExport) -> list[FileEntry]:
    """The content files to send, in bundle order (files/000001 …), opened by the bundle
    writer's reader thread. Where each lies is looked up here, in the database's thread."""
    where = packs.locate(case, ((f.blob_id, f.size) for f in plan.files))
    by_exhibit: dict[str, list[ContentFile]] = {}
    for f in plan.files:
        by_exhibit.setdefault(f.exhibit_id, []).append(f)
    ordered = [f for eid in plan.exhibit_ids for f in by_exhibit.get(eid, [])]
    content = packs.ContentReader(case.path, case.evidence_key, [where[f.blob_id] for f in ordered])
    entries: list[FileEntry] = []
    for f in ordered:
        at = where[f.blob_id]

        def opener(at: packs.Where = at) -> Any:
            # no copies: the writer keeps fewer blocks than the reader's ring holds
            return content.open(at)

        entries.append(FileEntry(f.exhibit_id, f.size, opener, f.sha256, name=checks.spell_bidi(f.rel_path or f.name),
                                 reused_buffers=at.pack_id is None,
                                 packed=(content, at) if at.pack_id is not None else None))
    return entries


def export_custody(case: Case, plan: ExhibitExport, identity: WorkbenchIdentity,
                   recipients: list[RecipientInfo], legal_basis: dict[str, str], purpose: str,
                   bundle_id: str) -> bytes:
    """Append an "export" custody event per exhibit (caller's transaction); the custody member,
    its file records numbered as export_files orders them. Runs while the evidence is read."""
    lines: list[bytes] = []
    to = "; ".join(f"{r.name} ({r.agency}, {r.country.upper()})" for r in recipients)
    by_exhibit: dict[str, list[ContentFile]] = {}
    for f in plan.files:
        by_exhibit.setdefault(f.exhibit_id, []).append(f)
    member = 0
    for eid in plan.exhibit_ids:
        ex = ex_repo.get_exhibit(case, eid)
        files = by_exhibit.get(eid, [])
        chain.append(case, eid, CustodyDraft(
            event="export", from_person=case.user, from_org=identity.agency, to_person=to,
            to_org=", ".join(r.agency for r in recipients), country=recipients[0].country if len(recipients) == 1 else "",
            purpose=purpose, authority=f"{legal_basis['kind']} {legal_basis['reference']}",
            hash_after=";".join(f.sha256 for f in files), matched=True,
            details={"bundle": bundle_id, "files": len(files)}))
        rec: dict[str, Any] = {"record": "exhibit", "id": ex.id, "handling": ex.handling.to_json()}
        rec.update({k: getattr(ex, k) for k in EXHIBIT_FIELDS})
        lines.append(dumps_line(rec))
        for f in files:  # thousands: the fields taken at once (dumps_line sorts the keys)
            member += 1
            frec: dict[str, Any] = dict(zip(FILE_FIELDS, _file_values(f), strict=True))
            frec.update(record="file", exhibit=ex.id, member=f"files/{member:06d}", id=f.id,
                        name=checks.spell_bidi(f.name), rel_path=checks.spell_bidi(f.rel_path))
            lines.append(dumps_line(frec))
        for ev in custody_repo.events(case, eid):
            rec = {"record": "event", **asdict(ev)}
            rec.pop("branch", None)
            line = plain_line(rec)  # an event lists the hash of every file: searched only when suspect
            if line is None:
                if checks.without_controls(rec) != rec:  # recorded before entry refused them
                    raise InvalidInput(case.path, f"exhibit {ex.reference}: custody event {ev.seq} holds a "
                                       "control character, which a bundle cannot carry (dropping it would "
                                       "break the chain): send this exhibit's custody another way")
                line = dumps_line(rec)
            lines.append(line)
    return b"".join(lines)


def provenance(identity: WorkbenchIdentity, manifest: dict[str, Any], plan: ExhibitExport) -> bytes:
    """A CASE/UCO graph: the export as an investigative action with its performer and objects."""
    action = {
        "@id": f"kb:export-{manifest['bundle_id']}", "@type": "case-investigation:InvestigativeAction",
        "uco-core:name": "export", "uco-action:startTime": manifest["created_at"],
        "uco-action:performer": {"@id": f"kb:workbench-{identity.card.key_id}"},
        "uco-action:object": [{"@id": f"kb:exhibit-{e}"} for e in plan.exhibit_ids],
        "uco-action:result": [{"@id": f"kb:bundle-{manifest['bundle_id']}"}],
    }
    doc = {"@context": {"kb": "urn:casebench:", "case-investigation": "https://ontology.caseontology.org/case/investigation/",
                        "uco-core": "https://ontology.unifiedcyberontology.org/uco/core/",
                        "uco-action": "https://ontology.unifiedcyberontology.org/uco/action/"},
           "@graph": [action, {"@id": f"kb:workbench-{identity.card.key_id}", "@type": "uco-identity:Organization",
                               "uco-core:name": identity.agency or identity.name}]}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"


# -- import ------------------------------------------------------------------------------------
# files/N -> (blob id, stored size, sha256 as received, SHA-256 of the blob file, pack id, offset)
Members = dict[str, tuple[str, int, str, str, str | None, int | None]]
Received = tuple[str, int, str, str | None, int | None]  # what a sink's target finish() returns


class _Received:
    """One received file streamed into a blob (the reader has hashed it already)."""

    def __init__(self, target: contentstore.BlobTarget) -> None:
        self.target = target

    def write(self, data: memoryview, /) -> None:
        self.target.write(data)

    def finish(self, sha256: str) -> Received:
        blob = self.target.finish(sha256)
        return blob.blob_id, blob.stored_size, blob.cipher_sha256, None, None

    def abort(self) -> None:
        self.target.abort()
        with contextlib.suppress(OSError):  # the fan-out folder made for it, when now empty
            self.target.path.parent.rmdir()


class _Packed:
    """One small received file streamed into the import's current pack."""

    def __init__(self, sink: ContentSink, pack: packs.PackTarget, blob_id: str, size: int) -> None:
        self.sink, self.pack, self.blob_id = sink, pack, blob_id
        self.offset = pack.begin(blob_id, size)

    def write(self, data: memoryview, /) -> None:
        self.pack.write(data)

    def finish(self, sha256: str) -> Received:
        member = self.pack.end()
        return self.blob_id, packs.BLOCK + member.size + len(packs.padding(member.size)), "", \
            self.pack.pack_id, member.offset

    def abort(self) -> None:
        self.sink.abort_packs()  # a pack goes whole: the import keeps none of its content


class ContentSink:
    """Streams received evidence content straight into the case's encrypted content store.

    The same blob writer as intake: the blobs are written without waiting for the disk
    and made durable together by sync(), which the import calls before its commit.
    Each blob's id is reserved as pending (committed) before the blob is written, so a
    crash during the import lets the next opening delete exactly these unlisted blobs
    instead of quarantining them as unknown evidence. Call release() once the import has
    committed or failed.
    """

    RESERVE = 32  # ids reserved by the first committed transaction; doubled each time after
    RESERVE_MAX = 4096
    SYNC_EVERY = 256  # received blobs synced on a worker while the rest of the bundle is read
    PACK_BELOW = packs.MEMBER_MAX  # files up to this size go into packs (decision 47)

    def __init__(self, case: Case) -> None:
        self.case = case
        self.owner = "import:" + secrets.token_hex(8)
        self._free: list[str] = []
        self._next = self.RESERVE
        self.writer = contentstore.BlobWriter(case.path, case.evidence_recipient, None, self._take)
        self._opened = 0
        self._syncing: list[Future[None]] = []
        self._pack: packs.PackTarget | None = None
        self.packs: list[tuple[str, contentstore.StoredBlob, int]] = []  # closed: id, as stored, members
        self._aborted = False

    def _take(self) -> str:
        if not self._free:  # fewer transactions for thousands of small files
            self._free = pendingblobs.reserve(self.case, self.owner, self._next)
            self._next = min(self._next * 2, self.RESERVE_MAX)
        return self._free.pop()

    def open(self, name: str, size: int, exhibit: str) -> _Received | _Packed:
        self._opened += 1
        if size <= self.PACK_BELOW:
            if self._pack is not None and self._pack.full:
                self._close_pack()
            if self._pack is None:
                self._pack = packs.PackTarget(self.writer, self._take())
            return _Packed(self, self._pack, self._take(), size)
        if self._opened % self.SYNC_EVERY == 0:  # the final sync() then has little left to wait for
            self._syncing.append(self.writer.sync_in_background())
        return _Received(self.writer.open(plain_hash=False))

    def _close_pack(self) -> None:
        pack, self._pack = self._pack, None
        if pack is not None:
            self.packs.append((pack.pack_id, pack.finish(), len(pack.members)))
            self._syncing.append(self.writer.sync_in_background())

    def abort_packs(self) -> None:
        """Remove every pack of the import (written, closed or not)."""
        if self._aborted:
            return
        self._aborted = True
        ids = [p for p, _s, _n in self.packs]
        if self._pack is not None:
            ids.append(self._pack.pack_id)
            self._pack.abort()
            self._pack = None
        for pack_id in ids:
            contentstore.remove_blob(self.case.path, pack_id)
            with contextlib.suppress(OSError):  # the fan-out folder made for it, when now empty
                contentstore.blob_path(self.case.path, pack_id).parent.rmdir()

    def sync(self) -> None:
        """Make every received blob and pack durable (call before the import's commit)."""
        self._close_pack()
        for job in self._syncing:
            job.result()
        self._syncing.clear()
        self.writer.sync()

    def record_packs(self) -> None:
        """The pack rows (in the import's transaction, before the rows of their members)."""
        for pack_id, stored, count in self.packs:
            packs_repo.record_pack(self.case, pack_id, stored_size=stored.stored_size,
                                   cipher_sha256=stored.cipher_sha256, members=count, created_at=utc_now())

    def drop_unused(self) -> None:
        """After the commit: a received file the case did not keep (already held, or its path
        taken) leaves no content behind in a pack."""
        packs.drop_dead_members(self.case, [p for p, _s, _n in self.packs])

    def release(self) -> None:
        """Forget the reservation: written blobs are now listed by rows, or were removed."""
        with contextlib.suppress(Exception):  # left pending, the next opening tidies them
            pendingblobs.release(self.case, self.owner)


def _check_chain(events: list[CustodyEvent], ref: str) -> None:
    prev, seq = chain.GENESIS, 1
    for ev in events:
        if ev.seq != seq or ev.prev_hash != prev or chain.event_digest(ev) != ev.hash:
            raise ValueError(f"the custody chain of exhibit {ref} is broken at event {ev.seq}")
        prev, seq = ev.hash, seq + 1


@dataclass
class StagedExhibit:
    record: dict[str, Any]
    files: list[dict[str, Any]] = field(default_factory=list)
    events: list[CustodyEvent] = field(default_factory=list)


def _check_fields(rec: dict[str, Any], keys: tuple[str, ...], where: str) -> None:
    """Received values are stored as they are: each must be plain text, a number or empty."""
    for k in keys:
        value = rec.get(k)
        if k == "seal_numbers" and isinstance(value, list):
            if all(isinstance(v, str) for v in value):
                continue
        elif value is None or (isinstance(value, str | int | float) and not isinstance(value, bool)):
            continue
        raise ValueError(f"{where}: {k!r} must be text or a number")


_EVENT_TEXT = ("id", "exhibit_id", "tz", "from_person", "from_org", "to_person", "to_org", "place", "purpose",
               "authority", "seal_before", "seal_after", "hash_before", "hash_after", "notes", "recorded_by")


def _check_date(value: Any, where: str, key: str) -> None:
    """As local entry reads it (DateValue), when given."""
    if value in (None, ""):
        return
    try:
        DateValue.parse(str(value))
    except DateError as exc:
        raise ValueError(f"{where}: {key}: {exc}") from None


def _check_event(ev: CustodyEvent, where: str) -> None:
    """The same rules as `custody add`: known event type, real times, ISO country."""
    if ev.event not in EVENT_TYPES:
        raise ValueError(f"{where}: unknown custody event type {str(ev.event)[:30]!r} "
                         f"(one of {', '.join(EVENT_TYPES)})")
    for k in _EVENT_TEXT:
        if not isinstance(getattr(ev, k), str):
            raise ValueError(f"{where}: the custody event's {k!r} must be text")
    if not isinstance(ev.seq, int) or isinstance(ev.seq, bool) or not 1 <= ev.seq <= 10_000_000:
        raise ValueError(f"{where}: the custody event's seq must be a number from 1")
    if ev.matched is not None and not isinstance(ev.matched, bool):
        raise ValueError(f"{where}: the custody event's 'matched' must be true, false or null")
    if not all(isinstance(x, str) and SHA_RE.fullmatch(x) for x in (ev.prev_hash, ev.hash)):
        raise ValueError(f"{where}: the custody event's hashes must be 64 lower-case hex digits")
    _check_date(ev.at, where, "at")
    checks.timestamp(ev.at_utc, where, "at_utc", required=True)
    checks.timestamp(ev.recorded_at, where, "recorded_at", required=True)
    if ev.country and (not isinstance(ev.country, str) or len(ev.country) != 2 or not ev.country.isalpha()
                       or ev.country != ev.country.lower()):
        raise ValueError(f"{where}: custody country {str(ev.country)[:10]!r} is not a two-letter ISO code")


def stage(records: list[dict[str, Any]], members: Members) -> list[StagedExhibit]:
    """Validate custody.ndjson; `members`: files/N -> (blob id, stored size, sha256 as received,
    SHA-256 of the blob file)."""
    out: dict[str, StagedExhibit] = {}
    for no, rec in enumerate(records, start=1):
        kind = rec.get("record")
        where = f"custody.ndjson line {no}"
        if kind == "exhibit":
            if not isinstance(rec.get("id"), str) or not isinstance(rec.get("reference"), str):
                raise ValueError(f"{where}: an exhibit needs an id and a reference")
            if not ID_RE.fullmatch(rec["id"]):
                raise ValueError(f"{where}: the exhibit id has characters other than letters, digits, . _ : -")
            _check_fields(rec, (*EXHIBIT_FIELDS, "seized_at_utc"), where)
            checks.safe_name(rec["reference"], where, "the exhibit reference")
            if not rec["reference"].strip() or len(rec["reference"]) > 200:
                raise ValueError(f"{where}: the exhibit reference is empty or longer than 200 characters")
            _check_date(rec.get("seized_at"), where, "seized_at")
            checks.timestamp(rec.get("created_at"), where, "created_at")
            raw = rec.get("handling") or {}
            try:
                if not isinstance(raw, dict):
                    raise TypeError("not an object")
                Handling.from_json(raw)
            except (ValueError, TypeError, AttributeError) as exc:
                raise ValueError(f"{where}: the exhibit's handling is not valid ({exc})") from None
            out[rec["id"]] = StagedExhibit(rec)
        elif kind in ("file", "event"):
            owner = out.get(str(rec.get("exhibit" if kind == "file" else "exhibit_id")))
            if owner is None:
                raise ValueError(f"{where}: the {kind} belongs to no exhibit listed before it")
            if kind == "file":
                member = rec.get("member")
                if member not in members or members[member][2] != rec.get("sha256"):
                    raise ValueError(f"{where}: file {str(member)[:20]} does not match a bundle member and its hash")
                size = rec.get("size")
                if (not isinstance(size, int) or isinstance(size, bool) or size < 0
                        or not all(isinstance(rec.get(k), str) and rec[k] for k in ("name", "rel_path"))
                        or not all(isinstance(rec.get(k), str | None) for k in ("md5", "sha1"))):
                    raise ValueError(f"{where}: a file needs a name, a path and a size")
                _check_fields(rec, FILE_FIELDS, where)
                checks.safe_rel_path(rec["rel_path"], where)
                checks.safe_name(rec["name"], where, "the file name")
                if "/" in rec["name"] or "\\" in rec["name"] or rec["name"] in (".", ".."):
                    raise ValueError(f"{where}: the file name {rec['name'][:60]!r} is not a plain file name")
                for k in ("modified_at", "changed_at", "accessed_at", "hashed_at"):
                    checks.timestamp(rec.get(k), where, k)
                owner.files.append(rec)
            else:
                try:
                    values = {c: rec[c] for c in COLUMNS}
                    values["details"] = dict(values["details"])
                    ev = CustodyEvent(**values)
                except (KeyError, TypeError, ValueError):
                    raise ValueError(f"{where}: the custody event is incomplete") from None
                _check_event(ev, where)
                owner.events.append(ev)
        else:
            raise ValueError(f"{where}: unknown record type {str(kind)[:20]!r}")
    for st in out.values():
        _check_chain(st.events, str(st.record["reference"]))
    return list(out.values())


def _describe(ev: CustodyEvent) -> str:
    who = ev.from_org or ev.from_person or ev.recorded_by
    return f"{ev.event} ({ev.at[:16]}{', ' + who if who else ''})"


def _merge_custody(case: Case, eid: str, ref: str, theirs: list[CustodyEvent], sender: RecipientInfo,
                   notes: list[str]) -> tuple[str, dict[str, Any]]:
    """Add the sender's custody events to ours; nothing of either line is ever dropped.

    Their line extends ours: appended. Ours extends theirs: nothing new. Otherwise the lines
    forked after a shared event: their events after the fork are kept as a branch beside
    ours (the custody graph), and the import event on our line records the branch's head.
    """
    local = custody_repo.events(case, eid)
    k = 0
    while k < min(len(local), len(theirs)) and local[k].hash == theirs[k].hash:
        k += 1
    if k == len(theirs):
        return ("continued" if k == len(local) else "behind"), {}
    fork = theirs[k:]
    recorded = custody_repo.find(case, [ev.id for ev in fork])
    for ev in fork:
        if ev.id in recorded and recorded[ev.id] != ev.hash:
            raise ValueError(f"custody.ndjson: exhibit {ref}: the sender's custody event {ev.seq} reuses the id "
                             "of a different event already recorded here")
    if k == len(local):
        for ev in fork:
            custody_repo.insert(case, ev)
        ex_repo.set_custody_head(case, eid, f"{theirs[-1].seq}:{theirs[-1].hash}")
        return "continued", {}
    branch = fork[0].id
    stored = custody_repo.branches(case, eid).get(branch, [])
    if [e.hash for e in stored] != [e.hash for e in fork[: len(stored)]]:
        raise ValueError(f"custody.ndjson: exhibit {ref}: the sender's custody line contradicts the branch "
                         "of it received earlier")
    for ev in fork[len(stored):]:
        custody_repo.insert(case, ev, branch)
    after = local[k - 1] if k else None
    ours_after = local[k:]
    notes.append(
        f"exhibit {ref}: the custody chain diverged"
        + (f" after event {after.seq}, {_describe(after)}" if after else " from its first event")
        + f": {sender.label} recorded {len(fork)} event(s) ({', '.join(_describe(e) for e in fork[:5])}"
        + (" …" if len(fork) > 5 else "") + f") while this case recorded {len(ours_after)} "
        f"({', '.join(_describe(e) for e in ours_after[:5])}" + (" …" if len(ours_after) > 5 else "")
        + "). Both are kept: the partner's events as a branch beside this case's chain.")
    return "diverged", {"branch": branch, "branch_head": fork[-1].hash, "branch_events": len(fork),
                        "fork_after": after.seq if after else 0}


def _check_owner(case: Case, st: StagedExhibit, sender: RecipientInfo) -> None:
    """Exhibits belong to whoever made them: a bundle may add files only to exhibits its own
    sender sent. The owner's files coming back unchanged are fine; anything new is refused,
    and an id already used here by an unrelated exhibit (no custody event in common) too."""
    from casebench.store import exchange as xrepo

    eid = str(st.record["id"])
    owner = xrepo.exhibit_owner(case, eid)
    if owner is None or owner[1] == f"bundle:{sender.key_id}":
        return
    ref, created_by = owner
    whose = (f"{xrepo.sender_label(case, created_by.removeprefix('bundle:'))}"
             if created_by.startswith("bundle:") else "this case")
    known = {ev.hash for ev in custody_repo.graph(case, eid)}
    if not any(ev.hash in known for ev in st.events):
        raise ValueError(f"exhibit {st.record.get('reference')!s:.60} uses the id of exhibit {ref}, which belongs "
                         f"to {whose}, but their custody chains share no event: a different exhibit under the "
                         "same id (refused)")
    for f in st.files:
        have = xrepo.file_hash_at(case, eid, str(f["rel_path"]))
        if have != f["sha256"]:
            raise ValueError(f"it adds file {str(f['rel_path'])[:80]!r} to exhibit {ref}, which belongs to "
                             f"{whose}; {sender.label} may add files only to exhibits it sent itself (refused)")


def commit(case: Case, staged: list[StagedExhibit], members: Members, *,
           bundle_id: str, sender: RecipientInfo, now: str,
           notes: list[str] | None = None, to_org: str = "", authority: str = "") -> tuple[int, int, list[str]]:
    """Insert exhibits, files and custody (caller's transaction): (exhibits, files, unused blob ids).

    `notes` collects plain-words reports (a diverged custody chain) for the import summary."""
    notes = notes if notes is not None else []
    from casebench.store import exchange as xrepo

    new_exhibits = new_files = 0
    unused: list[str] = []
    for st in staged:
        rec = st.record
        eid = str(rec["id"])
        _check_owner(case, st, sender)
        if not xrepo.exhibit_exists(case, eid):
            handling = Handling.from_json(rec.get("handling") or {})
            if not handling.originator:
                handling = replace(handling, originator=sender.key_id)
            xrepo.insert_exhibit(case, eid, rec, handling, now, f"bundle:{sender.key_id}")
            new_exhibits += 1
        intake = ex_repo.start_intake(case, eid, started_at=now, tool="casebench bundle import",
                                      sources=[f"bundle {bundle_id}"], algorithms=["sha256"])
        for f in st.files:
            blob_id, stored, sha, cipher, pack_id, offset = members[f["member"]]
            if ex_repo.rel_path_taken(case, eid, str(f["rel_path"])):
                unused.append(blob_id)
                continue
            nf = ex_repo.NewFile(
                name=str(f["name"]), rel_path=str(f["rel_path"]), raw_path=str(f["rel_path"]).encode(),
                size=int(f["size"]), modified_at=str(f.get("modified_at", "")),
                changed_at=str(f.get("changed_at", "")), accessed_at=str(f.get("accessed_at", "")),
                media_type=str(f.get("media_type") or "application/octet-stream"), sha256=sha,
                md5=f.get("md5"), sha1=f.get("sha1"), hashed_at=str(f.get("hashed_at", now)), blob_id=blob_id,
                dedupe_key=contentstore.dedupe_key(ex_repo.dedupe_secret(case), sha), stored_size=stored,
                note=f"received in bundle {bundle_id}", cipher_sha256=cipher or None, pack_id=pack_id,
                pack_offset=offset)
            _, new = ex_repo.record_file(case, eid, intake, nf, hashed_by=str(f.get("hashed_by", "")),
                                           hash_tool=str(f.get("hash_tool", "")))
            if not new:
                unused.append(blob_id)
            new_files += 1
        ex_repo.finish_intake(case, intake, "done", finished_at=now, skipped=[])
        status, branch_info = _merge_custody(case, eid, str(rec.get("reference") or eid), st.events, sender, notes)
        theirs = st.events
        chain.append(case, eid, CustodyDraft(
            event="import", from_person=sender.name, from_org=sender.agency, to_person=case.user,
            to_org=to_org, authority=authority, country=sender.country, purpose=f"received in bundle {bundle_id}",
            hash_before=";".join(str(f["sha256"]) for f in st.files),
            hash_after=";".join(str(f["sha256"]) for f in st.files), matched=True,
            details={"bundle": bundle_id, "sender_key_id": sender.key_id, "sender_chain": status,
                     "sender_chain_head": theirs[-1].hash if theirs else "", **branch_info}))
    return new_exhibits, new_files, unused
