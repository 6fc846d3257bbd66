"""Exhibits, their links, tags, content files, blobs and intakes: the only SQL for them."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casebench.domain.handling import TLP, Handling
from casebench.domain.ordering import name_key
from casebench.store import records
from casebench.store.errors import InvalidInput, NotFound
from casebench.store.packs import blobs_with_keys

if TYPE_CHECKING:
    from casebench.store.case import Case

EXHIBIT_TYPES = (
    "physical",
    "device",
    "storage-media",
    "forensic-image",
    "document",
    "photo",
    "video",
    "audio",
    "data",
    "other",
)


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class ExhibitDraft:
    """What the user records about an exhibit (DESIGN §4). Only reference and type are required."""

    reference: str
    type: str = "physical"
    description: str = ""
    case_reference: str = ""
    quantity: str = ""
    weight: str = ""
    seized_place: str = ""
    seized_at: str = ""  # as typed, e.g. 2024-03-11T14:05+01:00 (kept with its offset)
    seized_tz: str = ""  # IANA zone name where known, e.g. Europe/Madrid
    seized_by: str = ""
    seized_authority: str = ""
    seal_numbers: list[str] = field(default_factory=list)
    storage_location: str = ""
    device_make: str = ""
    device_model: str = ""
    device_serial: str = ""
    acquisition_tool: str = ""
    acquisition_tool_version: str = ""
    write_blocker: str = ""
    image_name: str = ""
    handling: Handling | None = None  # None: the case's default TLP
    tags: list[str] = field(default_factory=list)


_TEXT_FIELDS = (
    "case_reference",
    "description",
    "type",
    "quantity",
    "weight",
    "seized_place",
    "seized_at",
    "seized_tz",
    "seized_by",
    "seized_authority",
    "storage_location",
    "device_make",
    "device_model",
    "device_serial",
    "acquisition_tool",
    "acquisition_tool_version",
    "write_blocker",
    "image_name",
)


@dataclass(frozen=True)
class Link:
    entity_id: str
    role: str
    schema: str
    caption: str


@dataclass(frozen=True)
class Exhibit:
    id: str
    reference: str
    type: str
    description: str
    case_reference: str
    quantity: str
    weight: str
    seized_place: str
    seized_at: str
    seized_at_utc: str | None
    seized_tz: str
    seized_by: str
    seized_authority: str
    seal_numbers: list[str]
    storage_location: str
    device_make: str
    device_model: str
    device_serial: str
    acquisition_tool: str
    acquisition_tool_version: str
    write_blocker: str
    image_name: str
    handling: Handling
    created_at: str
    created_by: str
    custody_head: str
    tags: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    files: int = 0
    bytes: int = 0

    @property
    def tlp(self) -> TLP:
        return self.handling.tlp

    @property
    def has_content(self) -> bool:
        return self.files > 0


@dataclass(frozen=True)
class ContentFile:
    id: str
    exhibit_id: str
    intake_id: str
    blob_id: str
    name: str
    rel_path: str
    raw_path: bytes
    size: int
    modified_at: str
    changed_at: str
    accessed_at: str
    media_type: str
    sha256: str
    md5: str | None
    sha1: str | None
    hashed_at: str
    hashed_by: str
    hash_tool: str
    note: str


@dataclass(frozen=True)
class NewFile:
    """A content file ready to record: its blob is already written and synced."""

    name: str
    rel_path: str
    raw_path: bytes
    size: int
    modified_at: str
    changed_at: str
    accessed_at: str
    media_type: str
    sha256: str
    md5: str | None
    sha1: str | None
    hashed_at: str
    blob_id: str
    dedupe_key: str
    stored_size: int
    note: str = ""
    cipher_sha256: str | None = None  # SHA-256 of the blob file as written (quick verify)
    pack_id: str | None = None  # the pack the content lies in (None: its own age file)
    pack_offset: int | None = None  # of the content in the pack's plaintext


_EX_COLS = (
    "id, reference, type, description, case_reference, quantity, weight, seized_place,"
    " seized_at, seized_at_utc, seized_tz, seized_by, seized_authority, seal_numbers,"
    " storage_location, device_make, device_model, device_serial, acquisition_tool,"
    " acquisition_tool_version, write_blocker, image_name, handling, created_at,"
    " created_by, custody_head"
)
_EX_NAMES = [c.strip() for c in _EX_COLS.split(",")]
_FILE_COLS = (
    "id, exhibit_id, intake_id, blob_id, name, rel_path, raw_path, size, modified_at,"
    " changed_at, accessed_at, media_type, sha256, md5, sha1, hashed_at, hashed_by,"
    " hash_tool, note"
)
_FILE_NAMES = [c.strip() for c in _FILE_COLS.split(",")]
_RAW_PATH = _FILE_NAMES.index("raw_path")  # ContentFile's fields are these columns, in this order


def _row_to_exhibit(case: Case, r: Sequence[Any], *, full: bool) -> Exhibit:
    args = list(r)
    args[13] = json.loads(r[13])
    args[22] = Handling.from_json(json.loads(r[22]))
    tags: list[str] = []
    links: list[Link] = []
    if full:
        tags = [
            t
            for (t,) in case.conn.execute(
                "SELECT tag FROM exhibit_tags WHERE exhibit_id = ? ORDER BY tag", (r[0],)
            )
        ]
        links = sorted(  # by name as read ("álvaro" among the A's: SQL put it after "Z")
            (
                Link(*x)
                for x in case.conn.execute(
                    "SELECT l.entity_id, l.role, e.schema, e.caption FROM exhibit_links l"
                    " JOIN entities e ON e.id = l.entity_id WHERE l.exhibit_id = ?",
                    (r[0],),
                )
            ),
            key=lambda link: (link.role, name_key(link.caption), link.entity_id),
        )
    files, size = case.conn.execute(
        "SELECT count(*), coalesce(sum(size), 0) FROM content_files WHERE exhibit_id = ?", (r[0],)
    ).fetchone()
    base: dict[str, Any] = dict(zip(_EX_NAMES, args, strict=True))
    return Exhibit(**base, tags=tags, links=links, files=int(files), bytes=int(size))


def create_exhibit(
    case: Case,
    draft: ExhibitDraft,
    *,
    handling: Handling,
    seized_at_utc: str | None,
    created_at: str,
) -> str:
    ref = draft.reference.strip()
    if case.conn.execute("SELECT 1 FROM exhibits WHERE reference = ?", (ref,)).fetchone():
        raise InvalidInput(case.path, f"an exhibit with reference {ref!r} already exists",
                           code="exhibit.reference_exists", reference=ref)
    eid = new_id()
    values = {name: str(getattr(draft, name)).strip() for name in _TEXT_FIELDS}
    cols = [
        "id",
        "reference",
        *values,
        "seized_at_utc",
        "seal_numbers",
        "tlp",
        "handling",
        "created_at",
        "created_by",
    ]
    args = [
        eid,
        ref,
        *values.values(),
        seized_at_utc,
        json.dumps([s.strip() for s in draft.seal_numbers if s.strip()], ensure_ascii=False),
        int(handling.tlp),
        json.dumps(handling.to_json(), ensure_ascii=False),
        created_at,
        case.user,
    ]
    case.conn.execute(
        f"INSERT INTO exhibits({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", args
    )
    for tag in draft.tags:
        add_tag(case, eid, tag)
    return eid


def add_tag(case: Case, exhibit_id: str, tag: str) -> None:
    tag = tag.strip()
    if tag:
        case.conn.execute(
            "INSERT OR IGNORE INTO exhibit_tags(exhibit_id, tag) VALUES (?, ?)", (exhibit_id, tag)
        )


def resolve(case: Case, ref_or_id: str) -> str:
    """The exhibit id for a reference (as the user types it) or an id."""
    row = case.conn.execute(
        "SELECT id FROM exhibits WHERE reference = ? OR id = ?",
        (ref_or_id.strip(), ref_or_id.strip()),
    ).fetchone()
    if not row:
        raise NotFound(case.path, f"no exhibit with reference {ref_or_id!r}", code="exhibit.missing",
                       reference=ref_or_id)
    return str(row[0])


def get_exhibit(case: Case, ref_or_id: str) -> Exhibit:
    eid = resolve(case, ref_or_id)
    row = case.conn.execute(f"SELECT {_EX_COLS} FROM exhibits WHERE id = ?", (eid,)).fetchone()
    return _row_to_exhibit(case, row, full=True)


def list_exhibits(
    case: Case,
    *,
    text: str | None = None,
    type: str | None = None,
    tag: str | None = None,
    entity_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[Exhibit]:
    sql = f"SELECT {_EX_COLS} FROM exhibits x"
    where: list[str] = []
    args: list[Any] = []
    if text:
        where.append("(reference LIKE ? OR description LIKE ? OR seal_numbers LIKE ?)")
        args += [f"%{text}%"] * 3
    if type:
        where.append("type = ?")
        args.append(type)
    if tag:
        where.append(
            "EXISTS (SELECT 1 FROM exhibit_tags t WHERE t.exhibit_id = x.id AND t.tag = ?)"
        )
        args.append(tag)
    if entity_id:
        where.append(
            "EXISTS (SELECT 1 FROM exhibit_links l WHERE l.exhibit_id = x.id AND l.entity_id = ?)"
        )
        args.append(entity_id)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY reference"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    return [_row_to_exhibit(case, r, full=False) for r in case.conn.execute(sql, args).fetchall()]


def exhibit_ids(case: Case) -> list[tuple[str, str]]:
    return [
        (str(a), str(b))
        for a, b in case.conn.execute("SELECT id, reference FROM exhibits ORDER BY reference")
    ]


def add_link(case: Case, exhibit_id: str, entity_id: str, role: str, at: str) -> None:
    records.materialize(case, entity_id)  # linking changes a record (decision 53)
    if not case.conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone():
        raise NotFound(case.path, f"no entity with id {entity_id!r} to link to the exhibit")
    case.conn.execute(
        "INSERT OR IGNORE INTO exhibit_links(exhibit_id, entity_id, role, created_at, created_by)"
        " VALUES (?, ?, ?, ?, ?)",
        (exhibit_id, entity_id, role.strip(), at, case.user),
    )


def set_custody_head(case: Case, exhibit_id: str, head: str) -> None:
    case.conn.execute("UPDATE exhibits SET custody_head = ? WHERE id = ?", (head, exhibit_id))


# -- blobs and content files ---------------------------------------------------------------
def dedupe_secret(case: Case) -> bytes:
    value = case.get_meta("evidence_dedupe_key")
    if not value:
        raise InvalidInput(case.path, "the case has no evidence key for identical-content checks")
    return bytes.fromhex(value)


def all_blob_ids(case: Case) -> set[str]:
    return {str(r[0]) for r in case.conn.execute("SELECT id FROM blobs")}


def record_file(
    case: Case, exhibit_id: str, intake_id: str, f: NewFile, *, hashed_by: str, hash_tool: str
) -> tuple[str, bool]:
    """Insert the file (and its blob unless identical content exists): (blob id, new blob)."""
    blob_id = record_files(case, exhibit_id, intake_id, [f], hashed_by=hashed_by, hash_tool=hash_tool)[0]
    return blob_id, blob_id == f.blob_id


def record_files(
    case: Case, exhibit_id: str, intake_id: str, files: Sequence[NewFile], *, hashed_by: str, hash_tool: str
) -> list[str]:
    """record_file for a batch, in order (a later file may share an earlier one's content):
    the blob id each file now uses; a file whose blob id differs from its own was a
    duplicate, and its own blob is spare. A few statements per batch, not per file."""
    known = blobs_with_keys(case, list(dict.fromkeys(f.dedupe_key for f in files)))
    blobs: list[tuple[object, ...]] = []
    rows: list[tuple[object, ...]] = []
    used: list[str] = []
    for f in files:
        blob_id = known.get(f.dedupe_key)
        if blob_id is None:
            blob_id = known[f.dedupe_key] = f.blob_id
            blobs.append((f.blob_id, f.dedupe_key, f.sha256, f.size, f.stored_size, f.hashed_at,
                          f.cipher_sha256 or None, f.pack_id, f.pack_offset))
        used.append(blob_id)
        rows.append((new_id(), exhibit_id, intake_id, blob_id, f.name, f.rel_path, f.raw_path, f.size,
                     f.modified_at, f.changed_at, f.accessed_at, f.media_type, f.sha256, f.md5, f.sha1,
                     f.hashed_at, hashed_by, hash_tool, f.note))
    # a stand-alone blob's row is written as before packs (migration 17) existed
    case.conn.executemany(
        "INSERT INTO blobs(id, dedupe_key, sha256, size, stored_size, created_at, cipher_sha256)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", [b[:7] for b in blobs if b[7] is None])
    packed = [b for b in blobs if b[7] is not None]
    if packed:
        case.conn.executemany(
            "INSERT INTO blobs(id, dedupe_key, sha256, size, stored_size, created_at, cipher_sha256,"
            " pack_id, pack_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", packed)
    case.conn.executemany(f"INSERT INTO content_files({_FILE_COLS}) VALUES ({', '.join('?' * 19)})", rows)
    return used


def rel_paths(case: Case, exhibit_id: str) -> set[str]:
    """The exhibit's recorded paths (one query for an intake, not one per file)."""
    return {str(r[0]) for r in case.conn.execute(
        "SELECT rel_path FROM content_files WHERE exhibit_id = ?", (exhibit_id,))}


def rel_path_taken(case: Case, exhibit_id: str, rel_path: str) -> bool:
    return (
        case.conn.execute(
            "SELECT 1 FROM content_files WHERE exhibit_id = ? AND rel_path = ?",
            (exhibit_id, rel_path),
        ).fetchone()
        is not None
    )


def content_files(
    case: Case,
    exhibit_id: str | None = None,
    *,
    name: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[ContentFile]:
    sql = f"SELECT {_FILE_COLS} FROM content_files"
    where: list[str] = []
    args: list[Any] = []
    if exhibit_id:
        where.append("exhibit_id = ?")
        args.append(exhibit_id)
    if name is not None:
        where.append("(rel_path = ? OR name = ? OR id = ?)")
        args += [name, name, name]
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY exhibit_id, seq"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    out = []
    for r in case.conn.execute(sql, args):  # positional: the columns are ContentFile's fields in order
        row = list(r)
        row[_RAW_PATH] = bytes(row[_RAW_PATH])
        out.append(ContentFile(*row))
    return out


def blob_sizes(case: Case, blob_ids: Iterable[str]) -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    for bid in blob_ids:
        row = case.conn.execute("SELECT size, sha256 FROM blobs WHERE id = ?", (bid,)).fetchone()
        if row:
            out[bid] = (int(row[0]), str(row[1]))
    return out


def blob_cipher_hashes(case: Case, blob_ids: Iterable[str]) -> dict[str, tuple[int, str | None]]:
    """blob id -> (stored size, SHA-256 of the blob file or None when not recorded)."""
    wanted = set(blob_ids)
    rows = case.conn.execute("SELECT id, stored_size, cipher_sha256 FROM blobs")  # one read, not one per blob
    return {str(r[0]): (int(r[1]), None if r[2] is None else str(r[2])) for r in rows if r[0] in wanted}


def blob_files(case: Case, exhibit_id: str | None = None) -> list[tuple[str, str, str]]:
    """(blob id, exhibit id, rel_path) of every content file: what quick verify needs, read light."""
    sql = "SELECT blob_id, exhibit_id, rel_path FROM content_files"
    args: tuple[str, ...] = ()
    if exhibit_id:
        sql, args = sql + " WHERE exhibit_id = ?", (exhibit_id,)
    return [(str(b), str(e), str(r)) for b, e, r in case.conn.execute(sql + " ORDER BY exhibit_id, seq", args)]


def record_cipher_hashes(case: Case, hashes: dict[str, str]) -> None:
    """Record file hashes of older blobs a full verify found intact (never overwrites one)."""
    case.conn.executemany("UPDATE blobs SET cipher_sha256 = ? WHERE id = ? AND cipher_sha256 IS NULL",
                          [(h, bid) for bid, h in hashes.items()])


# -- intakes ---------------------------------------------------------------------------------
def start_intake(
    case: Case,
    exhibit_id: str,
    *,
    started_at: str,
    tool: str,
    sources: list[str],
    algorithms: list[str],
) -> str:
    iid = new_id()
    case.conn.execute(
        "INSERT INTO intakes(id, exhibit_id, status, started_at, user, tool, sources, algorithms)"
        " VALUES (?, ?, 'running', ?, ?, ?, ?, ?)",
        (
            iid,
            exhibit_id,
            started_at,
            case.user,
            tool,
            json.dumps(sources, ensure_ascii=False),
            json.dumps(algorithms),
        ),
    )
    return iid


def finish_intake(
    case: Case, intake_id: str, status: str, *, finished_at: str, skipped: list[str]
) -> tuple[int, int]:
    files, size = intake_totals(case, intake_id)
    case.conn.execute(
        "UPDATE intakes SET status = ?, finished_at = ?, files = ?, bytes = ?, skipped = ?"
        " WHERE id = ?",
        (status, finished_at, files, size, json.dumps(skipped, ensure_ascii=False), intake_id),
    )
    return files, size


def intake_totals(case: Case, intake_id: str) -> tuple[int, int]:
    files, size = case.conn.execute(
        "SELECT count(*), coalesce(sum(size), 0) FROM content_files WHERE intake_id = ?",
        (intake_id,),
    ).fetchone()
    return int(files), int(size)


def intake_digest_rows(case: Case, intake_id: str) -> list[tuple[str, str]]:
    return [
        (str(a), str(b))
        for a, b in case.conn.execute(
            "SELECT rel_path, sha256 FROM content_files WHERE intake_id = ? ORDER BY rel_path",
            (intake_id,),
        )
    ]


def running_intakes(case: Case) -> list[tuple[str, str, str, str]]:
    """(intake id, exhibit id, started_at, tool) of intakes that never finished."""
    return [
        (str(a), str(b), str(c), str(d))
        for a, b, c, d in case.conn.execute(
            "SELECT id, exhibit_id, started_at, tool FROM intakes WHERE status = 'running'"
        )
    ]


def delete_intake(case: Case, intake_id: str) -> list[str]:
    """Remove an intake and its files; return blob ids no other file uses (rows deleted)."""
    blobs = [
        str(b)
        for (b,) in case.conn.execute(
            "SELECT DISTINCT blob_id FROM content_files WHERE intake_id = ?", (intake_id,)
        )
    ]
    case.conn.execute("DELETE FROM content_files WHERE intake_id = ?", (intake_id,))
    case.conn.execute("DELETE FROM intakes WHERE id = ?", (intake_id,))
    unused = []
    for bid in blobs:
        if not case.conn.execute(
            "SELECT 1 FROM content_files WHERE blob_id = ? LIMIT 1", (bid,)
        ).fetchone():
            case.conn.execute("DELETE FROM blobs WHERE id = ?", (bid,))
            unused.append(bid)
    return unused


def exhibits_about(case: Case, entity_ids: Sequence[str], references: Sequence[str] = ()) -> list[tuple[str, str, str, str]]:
    """(exhibit id, reference, description, role) of exhibits linked to any of ``entity_ids``
    (``exhibit_links``, indexed by entity) or named by reference in ``references`` (the
    exhibits its values cite as their source; role "source")."""
    out: dict[str, tuple[str, str, str, str]] = {}
    if entity_ids:
        marks = ",".join("?" * len(entity_ids))
        for xid, ref, desc, role in case.conn.execute(
                "SELECT x.id, x.reference, x.description, l.role FROM exhibit_links l"
                f" JOIN exhibits x ON x.id = l.exhibit_id WHERE l.entity_id IN ({marks})"
                " ORDER BY x.reference", list(entity_ids)):
            out.setdefault(str(xid), (str(xid), str(ref), str(desc or ""), str(role or "")))
    refs = sorted(set(references))
    if refs:
        marks = ",".join("?" * len(refs))
        for xid, ref, desc in case.conn.execute(
                f"SELECT id, reference, description FROM exhibits WHERE reference IN ({marks})", refs):
            out.setdefault(str(xid), (str(xid), str(ref), str(desc or ""), "source"))
    return sorted(out.values(), key=lambda x: x[1])


def references_of(case: Case, ids: Iterable[str]) -> dict[str, str]:
    """exhibit id -> reference, for those of ``ids`` that are exhibits (one read)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    return {str(i): str(r) for i, r in case.conn.execute(
        f"SELECT id, reference FROM exhibits WHERE id IN ({marks})", wanted)}
