"""Find path on a warm link graph: reused while the case is unchanged, and every change
(a new link, a merge, a retracted link) is in the next answer."""

from __future__ import annotations

from casebench.services.entities import EntityDraft, add_entity, get, merge, retract
from casebench.services.graph import build_graph, case_graph
from casebench.services.paths import find_paths_in_case
from casebench.store.case import Case


def person(case: Case, name: str) -> str:
    return add_entity(case, EntityDraft("Person", [("name", name)]))


def family(case: Case, a: str, b: str) -> str:
    return add_entity(case, EntityDraft("Family", [("person", a), ("relative", b)]))


def test_the_graph_is_kept_while_the_case_is_unchanged(case: Case) -> None:
    ana, bruno = person(case, "Ana Gomes"), person(case, "Bruno Diallo")
    family(case, ana, bruno)
    first = case_graph(case)
    assert case_graph(case) is first  # no rebuild: nothing changed
    get(case, ana)  # reading does not make it stale
    assert case_graph(case) is first
    assert case_graph(case, identifiers="none") is not first  # kept per kind of graph
    assert case_graph(case).links == build_graph(case).links


def test_a_new_link_a_merge_and_a_retraction_are_found(case: Case) -> None:
    ana, bruno, carla = person(case, "Ana Gomes"), person(case, "Bruno Diallo"), person(case, "Carla Silva")
    family(case, ana, bruno)
    _, found = find_paths_in_case(case, ana, carla)
    assert found == []  # warm now, and no path

    link = family(case, bruno, carla)  # a new link
    graph, found = find_paths_in_case(case, ana, carla)
    assert [p.nodes for p in found] == [(ana, bruno, carla)]

    # a merge: a second record of Carla, linked to Ana, is merged into Carla
    carla2 = person(case, "Carla Silva")
    family(case, ana, carla2)
    merge(case, carla2, carla, "same person")
    graph, found = find_paths_in_case(case, ana, carla, k=3)
    assert carla2 not in graph.nodes
    assert [p.nodes for p in found] == [(ana, carla), (ana, bruno, carla)]

    # the Bruno–Carla link is retracted: only the direct path is left
    [stmt] = [s for s in get(case, link).statements if s.prop == "relative"]
    retract(case, stmt.id, "wrong person")
    _, found = find_paths_in_case(case, ana, carla, k=3)
    assert [p.nodes for p in found] == [(ana, carla)]
