"""The merge review queue: proposals from imports, decided by the user, always reversible.

Strong identifiers (IBAN, IMO, phone …) propose merges; names only suggest
candidates. Accepting folds the imported entity into the local one (statements
are never rewritten); `undo` reverts an accepted merge or reopens a rejection.
"""

from __future__ import annotations

from casebench.exchange import merge
from casebench.store import audit
from casebench.store import entities as repo
from casebench.store import exchange as xrepo
from casebench.store.case import Case, utc_now
from casebench.store.errors import InvalidInput, NotFound
from casebench.store.exchange import Review

__all__ = ["Review", "accept", "caption", "defer", "list_reviews", "reject", "undo"]


def list_reviews(case: Case, status: str | None = "pending") -> list[Review]:
    return xrepo.reviews(case, status)


def caption(case: Case, entity_id: str) -> str:
    """The entity's caption as shown in lists ('' when it has none)."""
    return xrepo.entity_caption(case, entity_id)


def _get(case: Case, review_id: int) -> Review:
    r = xrepo.review(case, review_id)
    if r is None:
        raise NotFound(case.path, f"no merge proposal {review_id}", code="merge.missing", review=review_id)
    return r


def accept(case: Case, review_id: int, note: str = "") -> Review:
    r = _get(case, review_id)
    if r.status == "accepted":
        raise InvalidInput(case.path, f"merge proposal {review_id} is already accepted", code="merge.accepted",
                           review=review_id)
    with case.transaction():
        repo.merge(case, r.imported_id, r.local_id, f"merge review {review_id}: {r.reason}")
        xrepo.set_review_status(case, review_id, "accepted", utc_now(), note)
        audit.append(case, "combination", "imported entity merged after review", target=r.local_id,
                     justification=note or r.reason, details={"review": review_id, "merged": r.imported_id})
    return _get(case, review_id)


def reject(case: Case, review_id: int, note: str = "") -> Review:
    r = _get(case, review_id)
    if r.status == "accepted":
        raise InvalidInput(case.path, f"merge proposal {review_id} was accepted; undo it first",
                           code="merge.undo_first", review=review_id)
    with case.transaction():
        xrepo.set_review_status(case, review_id, "rejected", utc_now(), note)
        audit.append(case, "combination", "merge proposal rejected", target=r.local_id,
                     justification=note, details={"review": review_id, "imported": r.imported_id})
    return _get(case, review_id)


def defer(case: Case, review_id: int) -> Review:
    """"Later": keep the proposal pending."""
    r = _get(case, review_id)
    if r.status != "pending":
        raise InvalidInput(case.path, f"merge proposal {review_id} is {r.status}; undo it first")
    return r


def undo(case: Case, review_id: int, note: str = "", *, cascade: bool = False) -> Review:
    """Revert a decision. An accepted merge that later accepted merges build on (their entities
    are one only through it) is refused with the order to follow, or, with `cascade`, undone
    together with them (newest first); every proposal touched goes back to pending."""
    r = _get(case, review_id)
    if r.status == "pending":
        raise InvalidInput(case.path, f"merge proposal {review_id} is still pending", code="merge.pending",
                           review=review_id)
    with case.transaction():
        now = utc_now()
        if r.status == "accepted":
            plan = _undo_plan(case, review_id)
            if plan is not None:
                order, review_of, mid = plan
                others = [m for m in order if m != mid]
                if others and not cascade:
                    first = ", ".join(_merge_label(review_of.get(m), m) for m in others)
                    raise InvalidInput(case.path, f"merge proposal {review_id} has merges built on it: undo "
                                                  f"{first} first, in that order, then {review_id} "
                                                  "(or undo them all together)", code="merge.undo_dependents",
                                       review=review_id, first=first)
                for m in order:
                    xrepo.undo_merge(case, m, now)
                    rid = review_of.get(m)
                    other = xrepo.review(case, rid) if rid is not None and rid != review_id else None
                    if other is not None:
                        xrepo.set_review_status(case, other.id, "pending", None, f"undone with proposal {review_id}")
                        audit.append(case, "combination", "merge review decision undone (accepted)",
                                     target=other.local_id, justification=note,
                                     details={"review": other.id, "with": review_id})
        xrepo.set_review_status(case, review_id, "pending", None, note)
        audit.append(case, "combination", f"merge review decision undone ({r.status})", target=r.local_id,
                     justification=note, details={"review": review_id, "imported": r.imported_id})
    return _get(case, review_id)


def _undo_plan(case: Case, review_id: int) -> tuple[list[int], dict[int, int], int] | None:
    """The merges an undo of this accepted proposal takes back, newest first (itself last),
    the proposal of each merge, and its own merge; None when it made no merge."""
    merges, by_review = xrepo.active_merges(case)
    mid = by_review.get(review_id)
    if mid is None:
        return None
    accepted = {x.id: (x.imported_id, x.local_id, by_review.get(x.id))
                for x in xrepo.reviews(case, "accepted")}
    return merge.undo_order(merges, accepted, mid), {m: rid for rid, m in by_review.items()}, mid


def built_on(case: Case, review_id: int) -> list[tuple[int | None, int]]:
    """The later merges that build on this accepted proposal, as (proposal or None when made
    by hand, merge), in the order they must be undone; empty when it can be undone alone.
    The window asks before undoing them together."""
    r = _get(case, review_id)
    plan = _undo_plan(case, review_id) if r.status == "accepted" else None
    if plan is None:
        return []
    order, review_of, mid = plan
    return [(review_of.get(m), m) for m in order if m != mid]


def _merge_label(review_id: int | None, merge_id: int) -> str:
    return f"proposal {review_id}" if review_id is not None else f"merge {merge_id} (made by hand)"
