"""What a bundle is: member names and order, manifest fields, caps. See docs/bundle-format.md."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from casebench.exchange import checks

FORMAT = "casebench-bundle"
VERSION = 1
SUMS = "SHA256SUMS"
SIG = "SHA256SUMS.minisig"
MANIFEST = "manifest.json"
ENTITIES = "entities.ndjson"
STATEMENTS = "statements.ndjson"
CUSTODY = "custody.ndjson"
PROVENANCE = "provenance.jsonld"
FIXED_ORDER = (SUMS, SIG, MANIFEST, ENTITIES, STATEMENTS, CUSTODY, PROVENANCE)
REQUIRED = (SUMS, SIG, MANIFEST, ENTITIES, STATEMENTS)
FILE_RE = re.compile(r"files/[0-9]{6}")
ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:\-]{0,127}")
SHA_RE = re.compile(r"[0-9a-f]{64}")
MAX_SEQUENCE = 2**53  # exact in every JSON reader
FUTURE_TOLERANCE_HOURS = 48  # a bundle dated further ahead is refused unless the user overrides
VOLUME_LIMIT = 2 * 1024**3 - 1  # FAT32: a file is smaller than 4 GiB; we keep under 2 GiB


@dataclass(frozen=True)
class Caps:
    manifest: int = 1 << 20
    sums: int = 16 << 20
    ndjson: int = 256 << 20  # per member
    line: int = 1 << 20
    provenance: int = 16 << 20
    json_depth: int = 16
    entities: int = 1_000_000
    statements: int = 5_000_000
    files: int = 100_000
    custody: int = 1_000_000
    file_size: int = 1 << 42  # 4 TiB


CAPS = Caps()


def member_rank(name: str) -> int:
    if name in FIXED_ORDER:
        return FIXED_ORDER.index(name)
    if FILE_RE.fullmatch(name):
        return len(FIXED_ORDER)
    return -1


# A string, or an unterminated one running to the end: every opening quote matches, so the
# scan is linear (a required closing quote made "\\"\\"\\"… cost quadratic time).
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"?', re.DOTALL)
_NOT_BRACKET = bytes(sorted(set(range(256)) - set(b"[]{}")))


def json_depth(text: str | bytes) -> int:
    """Deepest nesting of [ and { outside strings, without parsing (bombs stay cheap)."""
    data = text.encode() if isinstance(text, str) else text
    stripped = _JSON_STRING.sub(b'""', data).translate(None, _NOT_BRACKET)
    depth = best = 0
    for ch in stripped:
        if ch in (0x5B, 0x7B):
            depth += 1
            best = max(best, depth)
        elif ch in (0x5D, 0x7D):
            depth -= 1
    return best


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def loads(data: bytes, what: str, max_depth: int) -> Any:
    """Parse JSON after checking depth; ValueError names `what`."""
    if json_depth(data) > max_depth:
        raise ValueError(f"{what} nests deeper than {max_depth} levels")
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_reject_constant,
                          parse_int=checks.parse_int, parse_float=checks.parse_float)
    except UnicodeDecodeError:
        raise ValueError(f"{what} is not UTF-8") from None
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"{what} is not valid JSON ({exc})") from None
    except ValueError as exc:  # a huge number: our message, not Python's int-conversion advice
        raise ValueError(f"{what}: {exc}") from None


def parse_sums(data: bytes) -> dict[str, str]:
    """coreutils `sha256sum` output: "<hex>  <name>" (or " *<name>") per line."""
    out: dict[str, str] = {}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("SHA256SUMS is not text") from None
    for line in text.splitlines():
        m = re.fullmatch(r"([0-9a-fA-F]{64}) [ *](\S.*)", line)
        if not m:
            raise ValueError(f"SHA256SUMS has a malformed line {line[:60]!r}")
        name = m.group(2)
        if name in out:
            raise ValueError(f"SHA256SUMS names {name!r} twice")
        out[name] = m.group(1).lower()
    return out


def _str(doc: dict[str, Any], key: str, where: str, *, required: bool = True, limit: int = 2000) -> str:
    value = doc.get(key, "")
    if not isinstance(value, str) or (required and not value) or len(value) > limit:
        raise ValueError(f"{where}: {key!r} must be a text of at most {limit} characters")
    return value


@dataclass(frozen=True)
class ManifestMember:
    name: str
    size: int
    exhibit: str = ""  # for files/: the exhibit id the content belongs to


@dataclass(frozen=True)
class Manifest:
    raw: dict[str, Any]
    bundle_id: str
    created_at: str
    producer: dict[str, Any]
    members: tuple[ManifestMember, ...]
    sequence: int | None = None  # the sender's own bundle number (None: from before numbering)

    @property
    def key_id(self) -> str:
        # minisign prints key ids without leading zeros; we compare them zero-padded
        return str(self.producer.get("key_id", "")).upper().zfill(16)


def check_manifest(doc: Any, caps: Caps = CAPS) -> Manifest:
    if not isinstance(doc, dict):
        raise ValueError("manifest.json is not a JSON object")
    if doc.get("format") != FORMAT:
        raise ValueError(f"manifest.json has format {str(doc.get('format'))[:40]!r}, not {FORMAT!r}")
    if doc.get("version") != VERSION:
        raise ValueError(f"manifest.json has an unknown schema version {str(doc.get('version'))[:20]!r} "
                         f"(this casebench reads version {VERSION})")
    bundle_id = _str(doc, "bundle_id", "manifest.json", limit=128)
    if not ID_RE.fullmatch(bundle_id):
        raise ValueError("manifest.json: bundle_id has characters other than letters, digits, . _ : -")
    created = _str(doc, "created_at", "manifest.json", limit=40)
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)", created):
        raise ValueError("manifest.json: created_at is not an ISO 8601 time")
    producer = doc.get("producer")
    if not isinstance(producer, dict):
        raise ValueError("manifest.json has no producer")
    _str(producer, "name", "manifest.json producer", limit=200)
    if not re.fullmatch(r"[0-9A-Fa-f]{1,16}", _str(producer, "key_id", "manifest.json producer", limit=16)):
        raise ValueError("manifest.json producer: key_id must be up to 16 hex digits")
    members_doc = doc.get("members")
    if not isinstance(members_doc, list) or len(members_doc) > caps.files + len(FIXED_ORDER):
        raise ValueError("manifest.json: members must be a list (within the file cap)")
    members: list[ManifestMember] = []
    seen: set[str] = set()
    for item in members_doc:
        if not isinstance(item, dict):
            raise ValueError("manifest.json: each member is an object")
        name = _str(item, "name", "manifest.json member", limit=100)
        if member_rank(name) < 3:
            raise ValueError(f"manifest.json lists an unexpected member {name[:60]!r}")
        if name in seen:
            raise ValueError(f"manifest.json lists {name!r} twice")
        seen.add(name)
        size = item.get("size")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= caps.file_size:
            raise ValueError(f"manifest.json: the size of {name!r} is not a valid number")
        exhibit = _str(item, "exhibit", "manifest.json member", required=False, limit=128)
        members.append(ManifestMember(name, size, exhibit))
    checks.plain_text(doc, "manifest.json")
    counts = doc.get("counts", {})
    if not isinstance(counts, dict):
        raise ValueError("manifest.json: counts must be an object")
    sequence = doc.get("sequence")
    if sequence is not None and (not isinstance(sequence, int) or isinstance(sequence, bool)
                                 or not 1 <= sequence <= MAX_SEQUENCE):
        raise ValueError(f"manifest.json: sequence must be a whole number from 1 to {MAX_SEQUENCE}")
    return Manifest(doc, bundle_id, created, producer, tuple(members), sequence)
