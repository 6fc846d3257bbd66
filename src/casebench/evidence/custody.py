"""The chain of custody: append-only events, hash-chained per exhibit.

Each event's hash covers the previous event's hash and every field of the event,
so an edited, deleted, inserted or reordered event breaks the chain at that event.
The head (count and last hash) is also kept on the exhibit, so removing the newest
events shows too.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict

from casebench.domain.dates import DateError, DateValue
from casebench.store import custody as repo
from casebench.store import exhibits as exhibits_repo
from casebench.store.case import Case, utc_now
from casebench.store.custody import EVENT_TYPES, CustodyDraft, CustodyEvent
from casebench.store.errors import InvalidInput

GENESIS = "0" * 64
# Fields covered by the hash, in order (everything but the hash itself).
_CHAINED = [c for c in repo.COLUMNS if c != "hash"]



# C0 controls except tab, newline and carriage return; DEL; C1 controls (as bundles refuse).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

def event_digest(ev: CustodyEvent) -> str:
    data = asdict(ev)
    body = json.dumps(
        [data[c] for c in _CHAINED], ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256((ev.prev_hash + "\n" + body).encode("utf-8")).hexdigest()


def parse_time(case: Case, text: str, what: str = "the time") -> tuple[str, str]:
    """(time as recorded, UTC sort text); empty text means now."""
    if not text.strip():
        now = utc_now()
        return now, now
    try:
        dv = DateValue.parse(text)
    except DateError as exc:
        raise InvalidInput(case.path, f"{what}: {exc}") from None
    return dv.format(), dv.sort_start()


def append(case: Case, exhibit_id: str, draft: CustodyDraft) -> CustodyEvent:
    """Record one event at the end of the exhibit's chain (inside the caller's transaction)."""
    kind = draft.event.strip().lower()
    if kind not in EVENT_TYPES:
        raise InvalidInput(
            case.path,
            f"unknown custody event {draft.event!r}; use one of " + ", ".join(EVENT_TYPES),
        )
    for name, value in vars(draft).items():
        bad = _CONTROL.search(value) if isinstance(value, str) else None
        if bad is not None:
            # The log is permanent and goes to partners as plain text (bundle-format §4.1),
            # where a control character would break the chain's hashes if dropped.
            raise InvalidInput(case.path, f"custody {name.replace('_', ' ')} holds a control character "
                               f"(U+{ord(bad.group()):04X}); remove it: nothing was recorded")
    at, at_utc = parse_time(case, draft.at, "custody event time")
    country = draft.country.strip().lower()
    if country and (len(country) != 2 or not country.isalpha()):
        raise InvalidInput(
            case.path, f"country {draft.country!r}: use a two-letter ISO code, e.g. ES"
        )
    with case.transaction():
        prev = repo.last(case, exhibit_id)
        seq, prev_hash = (prev[0] + 1, prev[1]) if prev else (1, GENESIS)
        ev = CustodyEvent(
            id=repo.new_id(),
            exhibit_id=exhibit_id,
            seq=seq,
            event=kind,
            at=at,
            at_utc=at_utc,
            tz=draft.tz.strip(),
            from_person=draft.from_person.strip(),
            from_org=draft.from_org.strip(),
            to_person=draft.to_person.strip(),
            to_org=draft.to_org.strip(),
            place=draft.place.strip(),
            country=country,
            purpose=draft.purpose.strip(),
            authority=draft.authority.strip(),
            seal_before=draft.seal_before.strip(),
            seal_after=draft.seal_after.strip(),
            hash_before=draft.hash_before.strip(),
            hash_after=draft.hash_after.strip(),
            matched=draft.matched,
            notes=draft.notes,
            details=dict(draft.details),
            recorded_at=utc_now(),
            recorded_by=case.user,
            prev_hash=prev_hash,
            hash="",
        )
        ev = CustodyEvent(**{**asdict(ev), "hash": event_digest(ev)})
        repo.insert(case, ev)
        exhibits_repo.set_custody_head(case, exhibit_id, f"{seq}:{ev.hash}")
    return ev


def _label(ev: CustodyEvent) -> str:
    return f"custody event {ev.seq} ({ev.event}, {ev.at})"


def verify_chain(case: Case, exhibit_id: str, reference: str, head: str) -> list[str]:
    """Problems in one exhibit's chain, each naming the exhibit and the event; empty if sound."""
    problems: list[str] = []
    where = f"exhibit {reference}"
    prev_hash, expected = GENESIS, 1
    last_seq, last_hash = 0, GENESIS
    for ev in repo.events(case, exhibit_id):
        if ev.seq != expected:
            gap = (
                f"custody events {expected} to {ev.seq - 1} were deleted"
                if ev.seq - 1 > expected
                else f"custody event {expected} was deleted"
            )
            problems.append(f"{where}: {gap} (the chain breaks before {_label(ev)})")
        elif ev.prev_hash != prev_hash:
            problems.append(
                f"{where}: {_label(ev)} does not follow event {ev.seq - 1} "
                "(an event was replaced or reordered)"
            )
        if event_digest(ev) != ev.hash:
            problems.append(f"{where}: {_label(ev)} was altered after it was recorded")
        prev_hash, expected = ev.hash, ev.seq + 1
        last_seq, last_hash = ev.seq, ev.hash
    if head:
        head_seq_text, _, head_hash = head.partition(":")
        head_seq = int(head_seq_text) if head_seq_text.isdigit() else -1
        if head_seq > last_seq:
            span = (
                f"events {last_seq + 1} to {head_seq} were"
                if head_seq > last_seq + 1
                else f"event {head_seq} was"
            )
            problems.append(f"{where}: the newest custody {span} deleted")
        elif head_seq == last_seq and head_hash != last_hash:
            problems.append(f"{where}: custody event {last_seq} was replaced after it was recorded")
        elif head_seq < last_seq:
            problems.append(
                f"{where}: custody events after {head_seq} were added outside casebench"
            )
    elif last_seq:
        problems.append(f"{where}: the custody chain head is missing")
    return problems + verify_branches(case, exhibit_id, reference)


def verify_branches(case: Case, exhibit_id: str, reference: str) -> list[str]:
    """Partners' forked lines: each hash-chained, forking from a recorded event, and as long
    as the (hashed) import event on our line that recorded it says."""
    problems: list[str] = []
    ours = repo.events(case, exhibit_id)
    known = {(ev.seq, ev.hash) for ev in ours}
    claimed: dict[str, tuple[str, int]] = {}
    for ev in ours:
        b = ev.details.get("branch") if isinstance(ev.details, dict) else None
        if isinstance(b, str) and b:
            claimed[b] = (str(ev.details.get("branch_head", "")), int(ev.details.get("branch_events", 0) or 0))
    lines = repo.branches(case, exhibit_id)
    for bid, evs in lines.items():
        where = f"exhibit {reference}, partner's branch from event {evs[0].seq}"
        first = evs[0]
        if first.seq != 1 and (first.seq - 1, first.prev_hash) not in known:
            problems.append(f"{where}: it does not fork from any recorded custody event")
        elif first.seq == 1 and first.prev_hash != GENESIS:
            problems.append(f"{where}: its first event does not start a chain")
        prev = first.prev_hash
        for i, ev in enumerate(evs):
            if ev.seq != first.seq + i or ev.prev_hash != prev:
                problems.append(f"{where}: {_label(ev)} does not follow the event before it "
                                "(an event was deleted, replaced or reordered)")
            if event_digest(ev) != ev.hash:
                problems.append(f"{where}: {_label(ev)} was altered after it was recorded")
            prev = ev.hash
            known.add((ev.seq, ev.hash))
        head = claimed.get(bid)
        if head is None:
            problems.append(f"{where}: no import event on our line records it (added outside casebench)")
        elif head != (evs[-1].hash, len(evs)):
            problems.append(f"{where}: it has {len(evs)} events but the import recorded {head[1]} "
                            "(events were deleted or added outside casebench)")
    for bid in claimed.keys() - lines.keys():
        problems.append(f"exhibit {reference}: the partner's custody branch recorded on import "
                        f"(starting with event {bid}) was deleted")
    return problems
