"""The audit log: append-only and hash-chained (EU Law Enforcement Directive art. 25).

Each record's hash covers the previous hash and the record's own fields, so an
edited, deleted or reordered record breaks the chain at that record. The head
(count and last hash) is kept in meta so that removing the newest records shows too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casebench.store.case import Case

CATEGORIES = ("collection", "alteration", "consultation", "disclosure", "combination", "erasure")
GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: str
    user: str
    category: str
    action: str
    target: str
    justification: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


def _digest(prev: str, seq: int, at: str, user: str, category: str, action: str, target: str,
            justification: str, details: str) -> str:
    body = json.dumps([seq, at, user, category, action, target, justification, details],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev + "\n" + body).encode("utf-8")).hexdigest()


def append(case: Case, category: str, action: str, *, target: str = "", justification: str = "",
           details: dict[str, Any] | None = None) -> int:
    if category not in CATEGORIES:
        raise ValueError(f"unknown audit category {category!r}")
    from casebench.store.case import utc_now

    det = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
    with case.transaction() as conn:
        row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
        at = utc_now()
        h = _digest(prev, seq, at, case.user, category, action, target, justification, det)
        conn.execute(
            "INSERT INTO audit(seq, at, user, category, action, target, justification, details,"
            " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (seq, at, case.user, category, action, target, justification, det, prev, h),
        )
        case.set_meta("audit_head", f"{seq}:{h}")
    return seq


def records(case: Case, *, category: str | None = None, user: str | None = None,
            text: str | None = None, limit: int | None = None, offset: int = 0,
            newest_first: bool = False, upto: int | None = None,
            who: Sequence[str] = ()) -> list[AuditRecord]:
    """Records in chain order, or newest first; ``upto``: none after that sequence number
    (pages of a list read newest first keep their places while records are appended);
    ``user`` the whole user text, ``who`` any of these texts within it (ASCII case ignored)."""
    sql = "SELECT seq, at, user, category, action, target, justification, details, prev_hash, hash FROM audit"
    where: list[str] = []
    args: list[Any] = []
    if upto is not None:
        where.append("seq <= ?")
        args.append(upto)
    if category:
        where.append("category = ?")
        args.append(category)
    if user:
        where.append("user = ?")
        args.append(user)
    if who:
        where.append("(" + " OR ".join(["user LIKE ? ESCAPE '\\'"] * len(who)) + ")")
        args += ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for w in who]
    if text:
        # The window shows an item by its name, so a name typed here finds its records too.
        where.append("(action LIKE ? OR target LIKE ? OR justification LIKE ?"
                     " OR target IN (SELECT id FROM entities WHERE caption LIKE ?)"
                     " OR target IN (SELECT id FROM exhibits WHERE reference LIKE ?))")
        args += [f"%{text}%"] * 5
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC" if newest_first else " ORDER BY seq"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    return [AuditRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8], r[9])
            for r in case.conn.execute(sql, args)]


def verify(case: Case) -> list[str]:
    """Problems found in the audit chain, in plain words; empty when sound."""
    problems: list[str] = []
    prev_hash = GENESIS
    expected_seq = 1
    cur = case.conn.execute(
        "SELECT seq, at, user, category, action, target, justification, details, prev_hash, hash"
        " FROM audit ORDER BY seq")
    last_seq, last_hash = 0, GENESIS
    for seq, at, user, category, action, target, just, det, prev, h in cur:
        if seq != expected_seq:
            problems.append(f"audit record {expected_seq}" + (
                f" to {seq - 1} are missing" if seq - 1 > expected_seq else " is missing"))
        elif prev != prev_hash:
            problems.append(f"audit record {seq} does not follow record {seq - 1} (reordered or replaced)")
        if _digest(prev, seq, at, user, category, action, target, just, det) != h:
            problems.append(f"audit record {seq} was altered ({action!r} by {user})")
        prev_hash, expected_seq = h, seq + 1
        last_seq, last_hash = seq, h
    head = case.get_meta("audit_head")
    if head:
        head_seq, _, head_hash = head.partition(":")
        if int(head_seq) > last_seq:
            problems.append(f"the newest audit records {last_seq + 1} to {head_seq} were removed")
        elif int(head_seq) == last_seq and head_hash != last_hash:
            problems.append(f"audit record {last_seq} was replaced after it was written")
    return problems
