"""CASE/UCO JSON-LD: exhibits, their files with hashes, and custody as investigative actions.

The graph follows the CASE 1.x / UCO 1.x ontologies (caseontology.org): the case is a
``case-investigation:Investigation``; each exhibit is an observable object (a
``uco-observable:Device`` with a DeviceFacet when make, model or serial are known)
wrapped in a ``case-investigation:ProvenanceRecord`` carrying its exhibit number;
each content file is a ``uco-observable:File`` with a FileFacet (name, size) and a
ContentDataFacet whose ``uco-types:Hash`` values (SHA256, and MD5 / SHA1 where
recorded) are the hashes taken at intake. Every custody event becomes a
``case-investigation:InvestigativeAction`` (seize, transfer, image ...) whose object
is the exhibit's previous provenance record and whose result is a new one, so the
chain of custody reads as a chain of provenance. People named in custody become
``uco-identity:Identity`` nodes, places ``uco-location:Location``.

The @context is inline (no network), and node ids are ``kb:`` IRIs under
``urn:casebench:<case id>:``, stable across exports.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from casebench.store.custody import CustodyEvent
from casebench.store.exhibits import ContentFile, Exhibit

__all__ = ["CONTEXT", "ExhibitRecord", "graph"]

CONTEXT: dict[str, str] = {
    "case-investigation": "https://ontology.caseontology.org/case/investigation/",
    "uco-action": "https://ontology.unifiedcyberontology.org/uco/action/",
    "uco-core": "https://ontology.unifiedcyberontology.org/uco/core/",
    "uco-identity": "https://ontology.unifiedcyberontology.org/uco/identity/",
    "uco-location": "https://ontology.unifiedcyberontology.org/uco/location/",
    "uco-observable": "https://ontology.unifiedcyberontology.org/uco/observable/",
    "uco-types": "https://ontology.unifiedcyberontology.org/uco/types/",
    "uco-vocabulary": "https://ontology.unifiedcyberontology.org/uco/vocabulary/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_NS = uuid.UUID("7a0e3f54-2b1c-4d8e-9f6a-0c5b3e2d1a47")


@dataclass
class ExhibitRecord:
    exhibit: Exhibit
    files: Sequence[ContentFile] = ()
    custody: Sequence[CustodyEvent] = ()
    entity_ids: Sequence[str] = field(default_factory=list)


def _typed(value: str, kind: str) -> dict[str, str]:
    return {"@type": f"xsd:{kind}", "@value": value}


class _Graph:
    def __init__(self, case_id: str) -> None:
        self.case_id = case_id
        self.nodes: list[dict[str, Any]] = []
        self.identities: dict[str, str] = {}
        self.locations: dict[str, str] = {}

    def iri(self, kind: str, key: str) -> str:
        return f"kb:{kind}-{uuid.uuid5(_NS, f'{self.case_id}|{kind}|{key}')}"

    def add(self, node: dict[str, Any]) -> str:
        self.nodes.append(node)
        return str(node["@id"])

    def identity(self, name: str) -> str:
        if name not in self.identities:
            self.identities[name] = self.add({"@id": self.iri("identity", name),
                                              "@type": "uco-identity:Identity", "uco-core:name": name})
        return self.identities[name]

    def organisation(self, name: str) -> str:
        key = "org|" + name
        if key not in self.identities:
            self.identities[key] = self.add({"@id": self.iri("organization", name),
                                             "@type": "uco-identity:Organization",
                                             "uco-core:name": name})
        return self.identities[key]

    def location(self, place: str, country: str) -> str:
        key = f"{place}|{country}"
        if key not in self.locations:
            node: dict[str, Any] = {"@id": self.iri("location", key), "@type": "uco-location:Location",
                                    "uco-core:name": place or country.upper()}
            if country:
                node["uco-core:description"] = f"country {country.upper()}"
            self.locations[key] = self.add(node)
        return self.locations[key]


def _hashes(f: ContentFile, g: _Graph) -> list[dict[str, Any]]:
    out = []
    for method, value in (("SHA256", f.sha256), ("MD5", f.md5), ("SHA1", f.sha1)):
        if value:
            out.append({"@id": g.iri("hash", f"{f.id}|{method}"), "@type": "uco-types:Hash",
                        # UCO 1.4+: a plain string (xsd:string) from HashNameVocab
                        "uco-types:hashMethod": method,
                        "uco-types:hashValue": _typed(value, "hexBinary")})
    return out


def _file(f: ContentFile, g: _Graph) -> str:
    facets: list[dict[str, Any]] = [
        {"@id": g.iri("file-facet", f.id), "@type": "uco-observable:FileFacet",
         "uco-observable:fileName": f.name, "uco-observable:filePath": f.rel_path,
         "uco-observable:sizeInBytes": _typed(str(f.size), "integer")},
        {"@id": g.iri("content-facet", f.id), "@type": "uco-observable:ContentDataFacet",
         "uco-observable:sizeInBytes": _typed(str(f.size), "integer"),
         "uco-observable:hash": _hashes(f, g)},
    ]
    if f.media_type:
        facets[1]["uco-observable:mimeType"] = f.media_type
    if f.modified_at:
        facets[0]["uco-observable:modifiedTime"] = _typed(f.modified_at, "dateTime")
    return g.add({"@id": g.iri("file", f.id), "@type": "uco-observable:File",
                  "uco-core:hasFacet": facets})


def _item(ex: Exhibit, g: _Graph) -> str:
    node: dict[str, Any] = {"@id": g.iri("exhibit", ex.id), "uco-core:name": ex.reference,
                            "uco-core:tag": [ex.type, *ex.tags]}
    if ex.description:
        node["uco-core:description"] = ex.description
    if ex.device_make or ex.device_model or ex.device_serial:
        node["@type"] = "uco-observable:Device"
        facet: dict[str, Any] = {"@id": g.iri("device-facet", ex.id), "@type": "uco-observable:DeviceFacet"}
        if ex.device_make:  # UCO: the manufacturer is an Identity, not a text
            facet["uco-observable:manufacturer"] = {"@id": g.organisation(ex.device_make)}
        for key, value in (("model", ex.device_model), ("serialNumber", ex.device_serial)):
            if value:
                facet[f"uco-observable:{key}"] = value
        node["uco-core:hasFacet"] = [facet]
    else:
        node["@type"] = "uco-observable:ObservableObject"
    return g.add(node)


def _record(g: _Graph, ex: Exhibit, key: str, objects: list[str]) -> str:
    return g.add({"@id": g.iri("provenance", f"{ex.id}|{key}"),
                  "@type": "case-investigation:ProvenanceRecord",
                  "case-investigation:exhibitNumber": ex.reference,
                  "case-investigation:rootExhibitNumber": ex.reference,
                  "uco-core:object": [{"@id": o} for o in objects]})


def _action(g: _Graph, ex: Exhibit, ev: CustodyEvent, before: str, after: str) -> None:
    notes = []
    for label, value in (("from", " / ".join(x for x in (ev.from_person, ev.from_org) if x)),
                         ("to", " / ".join(x for x in (ev.to_person, ev.to_org) if x)),
                         ("purpose", ev.purpose), ("authority", ev.authority),
                         ("seal before", ev.seal_before), ("seal after", ev.seal_after),
                         ("hash before", ev.hash_before), ("hash after", ev.hash_after),
                         ("notes", ev.notes)):
        if value:
            notes.append(f"{label}: {value}")
    if ev.matched is not None:
        notes.append("hashes matched" if ev.matched else "HASHES DID NOT MATCH")
    node: dict[str, Any] = {
        "@id": g.iri("action", ev.id), "@type": "case-investigation:InvestigativeAction",
        "uco-core:name": ev.event, "uco-action:startTime": _typed(ev.at_utc, "dateTime"),
        "uco-action:object": [{"@id": before}], "uco-action:result": [{"@id": after}],
        "uco-core:createdBy": {"@id": g.identity(ev.recorded_by)},
    }
    performer = ev.to_person or ev.from_person or ev.recorded_by
    node["uco-action:performer"] = {"@id": g.identity(performer)}
    if ev.place or ev.country:
        node["uco-action:location"] = {"@id": g.location(ev.place, ev.country)}
    if notes:
        node["uco-core:description"] = "; ".join(notes)
    g.add(node)


def graph(case_id: str, title: str, reference: str, records: Sequence[ExhibitRecord],
          *, created: str) -> dict[str, Any]:
    """The CASE/UCO JSON-LD document for the given exhibits."""
    g = _Graph(case_id)
    roots = []
    for rec in records:
        ex = rec.exhibit
        objects = [_item(ex, g), *(_file(f, g) for f in rec.files)]
        current = _record(g, ex, "recorded", objects)
        roots.append(current)
        for ev in rec.custody:
            after = _record(g, ex, f"after-{ev.seq}", objects)
            _action(g, ex, ev, current, after)
            current = after
    g.nodes.insert(0, {
        "@id": g.iri("investigation", case_id), "@type": "case-investigation:Investigation",
        "uco-core:name": title, "case-investigation:focus": reference,
        "uco-core:objectCreatedTime": _typed(created, "dateTime"),
        "uco-core:object": [{"@id": r} for r in roots],
    })
    return {"@context": {"kb": f"urn:casebench:{case_id}:", **CONTEXT}, "@graph": g.nodes}
