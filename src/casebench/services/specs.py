"""Saved import specifications: one per operator or bank, reused for the next file."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from casebench.exchange.formats.mapping import ImportSpec, SpecError, compile_spec
from casebench.store import audit
from casebench.store import import_specs as repo
from casebench.store.case import Case, utc_now
from casebench.store.errors import InvalidInput
from casebench.store.import_specs import FileImport

__all__ = ["SpecInfo", "delete_spec", "get_spec", "list_imports", "list_specs", "save_spec"]


@dataclass(frozen=True)
class SpecInfo:
    name: str
    schema: str
    columns: int
    description: str
    updated_at: str
    updated_by: str


def check_spec(spec: ImportSpec, where: Path | str = "import specification") -> None:
    """Raise InvalidInput unless the spec names known schemata and properties."""
    named = [c.column for c in spec.columns] + [c for pair in spec.time_columns for c in pair]
    named += [c for c in (spec.debit, spec.credit) if c]
    header = list(dict.fromkeys(named))
    try:
        compile_spec(spec, header)
    except SpecError as exc:
        raise InvalidInput(where, f"specification {spec.name or '(unnamed)'}: {exc}", code=exc.code or None,
                           **exc.params) from None


def save_spec(case: Case, spec: ImportSpec, name: str | None = None) -> ImportSpec:
    """Save (or replace) a specification under ``name`` (default: its own name)."""
    name = (name or spec.name).strip()
    if not name:
        raise InvalidInput(case.path, "give the specification a name, e.g. the operator or bank")
    spec = replace(spec, name=name)
    check_spec(spec, case.path)
    with case.transaction():
        replaced = repo.save_spec(case, name, spec.to_json(), utc_now())
        audit.append(case, "alteration", "import specification " + ("replaced" if replaced else "saved"),
                     target=name, details={"schema": spec.schema, "digest": spec.digest()})
    return spec


def get_spec(case: Case, name: str) -> ImportSpec:
    saved = repo.get_spec(case, name)
    return replace(ImportSpec.from_json(saved.data), name=saved.name)


def list_specs(case: Case) -> list[SpecInfo]:
    out = []
    for s in repo.list_specs(case):
        spec = ImportSpec.from_json(s.data)
        out.append(SpecInfo(s.name, spec.schema, len(spec.columns), spec.description, s.updated_at,
                            s.updated_by))
    return out


def delete_spec(case: Case, name: str) -> None:
    with case.transaction():
        repo.delete_spec(case, name)
        audit.append(case, "alteration", "import specification deleted", target=name)


def list_imports(case: Case) -> list[FileImport]:
    """Every file imported into the case (tables and FollowTheMoney), oldest first."""
    return repo.list_imports(case)
