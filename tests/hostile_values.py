"""One list of hostile names and values, and one case that holds them everywhere.

Case data is untrusted: it arrives in partners' bundles, imported spreadsheets and FtM
files. Every output (window, PDF, DOCX, SVG, FtM, STIX, CASE, bundles) is tested against
the same values, so a new output or a new value is one edit away from being covered.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from casebench.domain.handling import TLP, Handling
from casebench.services import charts, evidence
from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.store.case import Case
from casebench.store.custody import CustodyDraft
from casebench.store.exhibits import ExhibitDraft

# The image a rich-text renderer would open: per process, so a test can watch it alone.
IMG = str(Path(tempfile.gettempdir()) / f"casebench-hostile-{os.getpid()}.png")

HOSTILE: dict[str, str] = {
    # Qt rich text: loads a file, changes the font, makes a link (issue #13).
    "markup": f'<img src="{IMG}"> <font size=40 color=red>x</font> <a href="http://example.invalid/">y</a>',
    # SVG/HTML: a script element and an event handler, and entities that must stay as typed.
    "script": "<script>alert(1)</script><svg onload=alert(1)> &amp; &lt;b&gt; ]]>",
    # Word: a field instruction and raw WordprocessingML that must stay text.
    "docx": '{ HYPERLINK "http://example.invalid" } </w:t><w:fldSimple w:instr="INCLUDEPICTURE x"/>',
    # 5,000 characters with spaces: headings cut it, profiles print it, nothing overflows.
    "long": ("Ñandú Gómez-Ferreira " * 240)[:5000],
    # Right-to-left override: would read "Ana exe.png Gomes" and reorder what follows it.
    "rtl": "Ana \u202egnp.exe\u202c Gomes \u202eRLO-left-open",
    # NUL and other controls: XML and Word refuse them outright.
    "nul": "Nul\x00Byte\x07Bell\x1bEsc\x7fDel",
    # Emoji, a flag, a family (joiners), a variation selector: not in the embedded font.
    "emoji": "Zoë 🇪🇸 👩\u200d👩\u200d👧 ❤\ufe0f 😀",
    # Spreadsheet formula prefixes (= + - @) and a DDE payload.
    "formula": '=HYPERLINK("http://example.invalid","open")',
    "plus": "+cmd|' /C calc'!A0",
    "minus": "-2+3+cmd|' /C calc'!A0",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0",
}

# Not storable: a lone surrogate (a broken decoder, a JSON "\\ud800"). Entry refuses it
# plainly; renderers drop it if it ever reaches them.
LONE_SURROGATE = "Bad\ud800Name"

# What a reader sees of a value once the printable-output cleaning has run (controls dropped).
PRINTED = {k: v for k, v in HOSTILE.items()}
PRINTED["nul"] = "NulByteBellEscDel"

MARKUP_KEYS = ("markup", "script", "docx")
FORMULA_KEYS = ("formula", "plus", "minus", "at")


@dataclass
class HostileCase:
    path: Path
    persons: dict[str, str] = field(default_factory=dict)  # key of HOSTILE -> entity id
    event: str = ""
    company: str = ""
    exhibit: str = ""
    chart: str = ""
    red: str = ""


def fill(case: Case) -> HostileCase:
    """Put every hostile value in names, other values, tags, links, an exhibit and custody."""
    out = HostileCase(case.path)
    for key, value in HOSTILE.items():
        out.persons[key] = es.add_entity(case, es.EntityDraft(
            "Person", [("name", value), ("notes", value)], tags=[f"tag {value[:40]}"]))
    markup = HOSTILE["markup"]
    # a RED entity for a hostile recipient: a RED pack names them in a watermark on every page
    out.red = es.add_entity(case, es.EntityDraft("Person", [("name", f"RED {HOSTILE['emoji']}")],
                                                 handling=Handling(tlp=TLP.RED, named_recipients=(markup,))))
    out.company = es.add_entity(case, es.EntityDraft("Company", [("name", HOSTILE["script"])]))
    out.event = es.add_entity(case, es.EntityDraft("Event", [
        ("name", markup), ("date", "2024-03-11"), ("involved", out.persons["markup"]),
        ("involved", out.persons["rtl"])]))
    es.add_entity(case, es.EntityDraft("Associate", [
        ("person", out.persons["markup"]), ("associate", out.persons["emoji"]),
        ("relationship", HOSTILE["rtl"])]))
    es.add_entity(case, es.EntityDraft("Directorship", [
        ("director", out.persons["formula"]), ("organization", out.company), ("role", HOSTILE["docx"])]))
    out.exhibit = evidence.add_exhibit(case, ExhibitDraft(
        reference=f"EX-1 {HOSTILE['markup']}", description=HOSTILE["long"],
        seized_place=HOSTILE["rtl"], seized_by=HOSTILE["emoji"], seal_numbers=[HOSTILE["formula"]],
        storage_location=HOSTILE["nul"]),
        links=[(out.persons["markup"], HOSTILE["script"])])
    evidence.add_custody(case, out.exhibit, CustodyDraft(
        event="transfer", from_person=HOSTILE["markup"], to_person=HOSTILE["rtl"],
        place=HOSTILE["emoji"], purpose=HOSTILE["formula"], notes=HOSTILE["script"]))
    out.chart = f"Chart {markup}"
    ids = [*out.persons.values(), out.company, out.event]
    charts.save_chart(case, charts.SavedChart(out.chart, node_ids=ids))
    return out


def create(path: Path, passphrase: str) -> tuple[Case, HostileCase]:
    """A new open case whose title, reference and data are all hostile."""
    case = create_case(path, passphrase, user="tester", title=f"Op {HOSTILE['markup']}",
                       reference=HOSTILE["rtl"], originator=HOSTILE["script"],
                       originator_country="es", default_tlp="AMBER")
    return case, fill(case)
