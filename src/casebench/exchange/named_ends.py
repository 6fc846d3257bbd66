"""Which legal entities of the case an import names: the bundle import's name candidates and a
table import's ends (decision 65).

A table row names its payer, beneficiary, caller or account holder by a name cell. Such an end
is the case's legal entity of the link's schema or a narrower one (a LegalEntity end: a Person,
a Company, an Organization …) bearing the same name by `merge.same_name_key` — casebench's one
folding, the key two ends of one file are one entity by — when exactly one such entity exists.
Several, or an end that also carries values of its own, is not certain: the end is created as
before and `merge.name_proposals` (the bundle import's rule) puts the candidates in the merge
review queue.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from casebench.domain.schema import SCHEMATA
from casebench.exchange import merge
from casebench.store import entities as repo
from casebench.store import exchange as xrepo

if TYPE_CHECKING:
    from casebench.store.case import Case

__all__ = ["NAMED_SCHEMATA", "NamedEnds", "local_name_subjects"]

# the legal entities a name may find or propose: `merge.personish`, the one rule
NAMED_SCHEMATA = tuple(name for name in SCHEMATA if merge.personish(name))


def local_name_subjects(case: Case, exclude: Sequence[str] = ()) -> list[merge.NameSubject]:
    """The case's legal entities (but ``exclude``) with their names and aliases, dates of birth
    and countries, ids as written (merged-away ids too): what an imported entity's name is
    compared with, by the bundle import and the table import alike."""
    groups: dict[str, merge.NameSubject] = {}
    for lid, schema, name in xrepo.name_rows(case, NAMED_SCHEMATA, exclude):
        cur = groups.get(lid)
        groups[lid] = merge.NameSubject(lid, schema, [*(cur.names if cur else []), name],
                                        xrepo.prop_values(case, lid, ("birthDate",)) if cur is None
                                        else cur.birth_dates,
                                        xrepo.prop_values(case, lid, merge.COUNTRY_PROPS) if cur is None
                                        else cur.countries)
    return list(groups.values())


class NamedEnds:
    """The case's legal entities by name, read once (at the first end that needs them, so an
    import whose ends are all found by number or IBAN never reads them). The import's own
    ends are one entity by their key, not by this: ``own`` are the ends an interrupted import
    made before it is resumed, kept apart so that it goes on as if never interrupted."""

    def __init__(self, case: Case, own: Collection[str] = ()) -> None:
        self.case = case
        self.own = set(own)
        self._index: merge.NameIndex | None = None
        self._own: merge.NameIndex | None = None
        self._canon: Callable[[str], str] | None = None

    def _read(self) -> tuple[merge.NameIndex, Callable[[str], str]]:
        if self._index is None or self._canon is None:
            subjects = local_name_subjects(self.case)
            self._index = merge.NameIndex([s for s in subjects if s.entity_id not in self.own])
            self._own = merge.NameIndex([s for s in subjects if s.entity_id in self.own])
            self._canon = repo.canonical_resolver(self.case)
        return self._index, self._canon

    def own_end(self, schema: str, names: Sequence[str]) -> str | None:
        """The end of ``schema`` so named that the import made before it was interrupted (what
        the uninterrupted import would still hold by its key), if it is one."""
        if not self.own or not any(merge.same_name_key(n) for n in names):
            return None
        self._read()
        assert self._own is not None
        found = self._own.same_name(names, lambda s: s.schema == schema)
        return found[0].entity_id if len(found) == 1 else None

    def same_name(self, schemata: Collection[str], names: Sequence[str]) -> list[str]:
        """The entities of ``schemata`` (merges followed) bearing one of ``names``."""
        if not any(merge.same_name_key(n) for n in names):
            return []
        index, canon = self._read()
        found = index.same_name(names, lambda s: s.schema in schemata)
        return list(dict.fromkeys(canon(s.entity_id) for s in found))

    def proposals(self, imported_id: str, schema: str, names: Sequence[str]) -> list[merge.Proposal]:
        """Merge candidates for a new entity named ``names`` (one per local entity, merges
        followed, the best first), as the bundle import proposes them."""
        if not names or not merge.personish(schema):
            return []
        index, canon = self._read()
        best: dict[str, merge.Proposal] = {}
        for p in merge.name_proposals(merge.NameSubject(imported_id, schema, list(names)), index):
            local = canon(p.local_id)
            if local != imported_id and (local not in best or p.score > best[local].score):
                best[local] = merge.Proposal(p.imported_id, local, p.kind, p.score, p.reason)
        return sorted(best.values(), key=lambda p: -p.score)
