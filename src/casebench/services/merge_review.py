"""The merge review queue: proposals from imports, decided by the user, always reversible.

Strong identifiers (IBAN, IMO, phone …) propose merges; names only suggest
candidates. Accepting folds the imported entity into the local one (statements
are never rewritten); `undo` reverts an accepted merge or reopens a rejection.
"""

from __future__ import annotations

from casebench.store import audit
from casebench.store import entities as repo
from casebench.store import exchange as xrepo
from casebench.store.case import Case, utc_now
from casebench.store.errors import InvalidInput, NotFound
from casebench.store.exchange import Review

__all__ = ["Review", "accept", "defer", "list_reviews", "reject", "undo"]


def list_reviews(case: Case, status: str | None = "pending") -> list[Review]:
    return xrepo.reviews(case, status)


def _get(case: Case, review_id: int) -> Review:
    r = xrepo.review(case, review_id)
    if r is None:
        raise NotFound(case.path, f"no merge proposal {review_id}")
    return r


def accept(case: Case, review_id: int, note: str = "") -> Review:
    r = _get(case, review_id)
    if r.status == "accepted":
        raise InvalidInput(case.path, f"merge proposal {review_id} is already accepted")
    with case.transaction():
        repo.merge(case, r.imported_id, r.local_id, f"merge review {review_id}: {r.reason}")
        xrepo.set_review_status(case, review_id, "accepted", utc_now(), note)
        audit.append(case, "combination", "imported entity merged after review", target=r.local_id,
                     justification=note or r.reason, details={"review": review_id, "merged": r.imported_id})
    return _get(case, review_id)


def reject(case: Case, review_id: int, note: str = "") -> Review:
    r = _get(case, review_id)
    if r.status == "accepted":
        raise InvalidInput(case.path, f"merge proposal {review_id} was accepted; undo it first")
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


def undo(case: Case, review_id: int, note: str = "") -> Review:
    r = _get(case, review_id)
    if r.status == "pending":
        raise InvalidInput(case.path, f"merge proposal {review_id} is still pending")
    with case.transaction():
        if r.status == "accepted":
            repo.unmerge(case, r.imported_id)
        xrepo.set_review_status(case, review_id, "pending", None, note)
        audit.append(case, "combination", f"merge review decision undone ({r.status})", target=r.local_id,
                     justification=note, details={"review": review_id, "imported": r.imported_id})
    return _get(case, review_id)
