"""Exhibits of the demo case "Operation Mar Azul": physical items, photos, documents, a phone.

The exhibits, their links and custody are data (``resources/demo/exhibits.json``), as are
the document texts (``documents.json``). The files are generated here (Pillow JPEGs with
EXIF, a reportlab PDF, CSV, a phone extraction of a few hundred small files) in a temporary
folder, taken in through the normal intake, and deleted. Exhibits link to whichever demo
entities exist.
"""

from __future__ import annotations

import csv
import io
import random
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebench.demo.content import read
from casebench.services import evidence
from casebench.services.evidence import CustodyDraft, ExhibitDraft
from casebench.services.progress import Cancelled, OperationCancelled, Progress
from casebench.services.types import Case


@dataclass(frozen=True)
class DemoExhibit:
    draft: ExhibitDraft
    links: tuple[tuple[str, str], ...]  # (entity key, role)
    custody: tuple[CustodyDraft, ...]
    content: str  # which files to generate ("" = none)


def demo_exhibits() -> list[DemoExhibit]:
    out: list[DemoExhibit] = []
    for row in read("exhibits.json")["exhibits"]:
        fields: dict[str, Any] = dict(row)
        links = tuple((str(k), str(r)) for k, r in fields.pop("links", ()))
        custody = tuple(CustodyDraft(**ev) for ev in fields.pop("custody", ()))
        content = str(fields.pop("content", ""))
        out.append(DemoExhibit(ExhibitDraft(**fields), links, custody, content))
    return out


def _jpeg(
    path: Path,
    rng: random.Random,
    caption: str,
    taken: str,
    offset: str,
    make: str,
    model: str,
) -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (640, 480), (rng.randrange(60, 200), rng.randrange(60, 200), 90))
    draw = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = rng.randrange(600), rng.randrange(440)
        draw.rectangle(
            (x, y, x + rng.randrange(20, 120), y + rng.randrange(20, 80)),
            fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)),
        )
    draw.text((12, 450), caption, fill=(255, 255, 255))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0132] = make, model, taken  # Make, Model, DateTime
    exif[0x010E] = caption  # ImageDescription
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = taken  # DateTimeOriginal
    sub[0x9011] = offset  # OffsetTimeOriginal
    img.save(path, "JPEG", quality=80, exif=exif)


def _bill_of_lading(folder: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    doc = read("documents.json")["bill_of_lading"]
    path = folder / doc["file"]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(doc["title"])
    y = 800
    for line in doc["lines"]:
        c.drawString(50, y, line)
        y -= 22
    c.showPage()
    c.save()
    return path


def _csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buf.getvalue(), "utf-8")


def _content(kind: str, folder: Path, rng: random.Random) -> list[Path]:
    folder.mkdir(parents=True)
    photos = read("documents.json")["photos"]
    if kind in photos:
        for photo in photos[kind]:
            make, model = photo["camera"]
            _jpeg(folder / photo["file"], rng, photo["caption"], photo["taken"], photo["offset"],
                  make, model)
    elif kind == "bill-of-lading":
        _bill_of_lading(folder)
    elif kind == "cdr":
        cdr = read("documents.json")["generated"]["cdr"]
        rows = [
            (
                f"2024-01-{d:02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00+01:00",
                cdr["caller"],
                rng.choice(cdr["callees"]),
                rng.randrange(10, 900),
                rng.choice(cdr["cells"]),
            )
            for d in range(1, 29)
            for _ in range(3)
        ]
        _csv(folder / cdr["file"], cdr["header"], rows)
    elif kind == "ledger":
        book = read("documents.json")["generated"]["ledger"]
        ledger = [
            (
                f"2024-0{m}-{d:02d}",
                rng.choice(book["clients"]),
                rng.choice(book["currencies"]),
                rng.randrange(5000, 90000),
            )
            for m in range(1, 6)
            for d in (3, 11, 19, 27)
        ]
        _csv(folder / book["file"], book["header"], ledger)
    elif kind == "phone":
        phone = read("documents.json")["generated"]["phone"]
        root = folder / phone["folder"]
        for i in range(160):
            p = root / "sms" / f"thread_{i:03d}.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(
                f"{rng.choice(phone['senders'])}: {rng.choice(phone['messages'])}\n", "utf-8"
            )
        for i in range(30):
            p = root / "calls" / f"call_{i:03d}.json"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(f'{{"number": "+220 770 {1000 + i}", "duration": {rng.randrange(600)}}}\n')
        (root / "media").mkdir()
        make, model = phone["camera"]
        for i in range(12):
            _jpeg(
                root / "media" / f"IMG_2024052{i % 3}_{i:04d}.jpg",
                rng,
                f"photo {i}",
                f"2024:05:2{i % 3} 1{i % 10}:00:00",
                "+02:00",
                make,
                model,
            )
        (root / "Report.xml").write_text(phone["report"] + "\n")
        return [root]
    return sorted(folder.iterdir())


def add_demo_exhibits(
    case: Case, ids: dict[str, str], *, progress: Progress, cancelled: Cancelled
) -> None:
    """Add the demo's exhibits with content and custody; unknown `ids` keys are skipped."""
    rng = random.Random(20240117)
    exhibits = demo_exhibits()
    total = len(exhibits)
    tmp = Path(tempfile.mkdtemp(prefix="casebench-demo-"))
    try:
        for n, item in enumerate(exhibits):
            draft, kind = item.draft, item.content
            if cancelled():
                raise OperationCancelled("demo")
            progress(n, total, f"exhibit {draft.reference}")
            found = [(ids[key], role) for key, role in item.links if key in ids]
            evidence.add_exhibit(case, draft, links=found)
            for ev in item.custody:
                evidence.add_custody(case, draft.reference, ev)
            if kind:
                paths = _content(kind, tmp / draft.reference, rng)
                evidence.intake(
                    case, draft.reference, paths, md5=kind == "phone", cancelled=cancelled
                )
                shutil.rmtree(tmp / draft.reference)
        progress(total, total, "exhibits added")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
