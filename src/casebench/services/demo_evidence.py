"""Exhibits of the demo case "Operation Mar Azul": physical items, photos, documents, a phone.

Every file is generated here (Pillow JPEGs with EXIF, a reportlab PDF, CSV, a phone
extraction of a few hundred small files) in a temporary folder, taken in through
the normal intake, and deleted. Exhibits link to whichever demo entities exist.
"""

from __future__ import annotations

import csv
import io
import random
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from casebench.services import evidence
from casebench.services.progress import Cancelled, OperationCancelled, Progress
from casebench.store.case import Case
from casebench.store.custody import CustodyDraft
from casebench.store.exhibits import ExhibitDraft

C = CustodyDraft

# reference, draft fields, links (demo key, role), custody events, content kind
_EXHIBITS: list[tuple[ExhibitDraft, list[tuple[str, str]], list[CustodyDraft], str]] = [
    (
        ExhibitDraft(
            "MA-EX-001",
            "physical",
            "24 bricks of cocaine hydrochloride in banana boxes",
            quantity="24 bricks",
            weight="28.6 kg gross",
            seized_place="Port of Algeciras, Spain",
            seized_at="2024-01-17T10:40+01:00",
            seized_tz="Europe/Madrid",
            seized_by="Guardia Civil, Servicio Fiscal Algeciras",
            seized_authority="Auto JCI-5 Algeciras 12/2024",
            seal_numbers=["GC-AL-0091", "GC-AL-0092"],
            storage_location="Dependencia de Sanidad, Algeciras, locker 14",
            tags=["drugs"],
        ),
        [("event:seizure-algeciras", "seized at"), ("org:frutas-atlantico", "consignee")],
        [
            C(
                "seize",
                at="2024-01-17T10:40+01:00",
                to_person="Sgt. Martín Ortega",
                to_org="Guardia Civil",
                place="Algeciras",
                country="es",
                authority="Auto JCI-5 Algeciras 12/2024",
            ),
            C(
                "seal",
                at="2024-01-17T12:10+01:00",
                seal_after="GC-AL-0091, GC-AL-0092",
                place="Algeciras",
                country="es",
            ),
            C(
                "transfer",
                at="2024-01-18T09:00+01:00",
                from_org="Guardia Civil",
                to_org="Sanidad Algeciras",
                purpose="storage and sampling",
                seal_before="GC-AL-0091, GC-AL-0092",
                seal_after="GC-AL-0091, GC-AL-0092",
                place="Algeciras",
                country="es",
            ),
        ],
        "",
    ),
    (
        ExhibitDraft(
            "MA-EX-002",
            "photo",
            "Photographs of the Algeciras seizure (container MSKU 718 204-3)",
            seized_place="Port of Algeciras, Spain",
            seized_at="2024-01-17T10:52+01:00",
            seized_by="Guardia Civil photographer",
            tags=["photos"],
        ),
        [("event:seizure-algeciras", "shows")],
        [
            C(
                "image",
                at="2024-01-17T11:30+01:00",
                to_org="Guardia Civil",
                place="Algeciras",
                country="es",
                purpose="photographs taken at the scene",
            )
        ],
        "photos-algeciras",
    ),
    (
        ExhibitDraft(
            "MA-EX-003",
            "physical",
            "Reefer container parcel: 310 kg cocaine in pineapple pallets",
            quantity="12 pallets",
            weight="310 kg net",
            seized_place="Port of Sines, Portugal",
            seized_at="2024-04-16T09:20+01:00",
            seized_tz="Europe/Lisbon",
            seized_by="Polícia Judiciária, UNCTE",
            seized_authority="Mandado DIAP Setúbal 233/24",
            seal_numbers=["PJ-SN-55120"],
            storage_location="PJ Lisboa evidence store B-2",
        ),
        [
            ("event:seizure-sines", "seized at"),
            ("org:sines-reefer", "consignee"),
            ("org:exportadora-frutal", "shipper"),
        ],
        [
            C(
                "seize",
                at="2024-04-16T09:20+01:00",
                to_org="Polícia Judiciária",
                place="Sines",
                country="pt",
                authority="Mandado DIAP Setúbal 233/24",
            ),
            C(
                "seal",
                at="2024-04-16T11:00+01:00",
                seal_after="PJ-SN-55120",
                place="Sines",
                country="pt",
            ),
            C(
                "transfer",
                at="2024-04-22T08:15+01:00",
                from_person="Insp. Rita Carvalho",
                from_org="Polícia Judiciária",
                to_person="Dra. Elena Sanz",
                to_org="INTCF Madrid",
                place="Madrid",
                country="es",
                purpose="JIT MAR AZUL: purity analysis",
                authority="JIT agreement ES-PT 2024/03",
                seal_before="PJ-SN-55120",
                seal_after="PJ-SN-55120",
            ),
            C(
                "check-in",
                at="2024-04-22T10:05+02:00",
                to_org="INTCF Madrid",
                place="Madrid",
                country="es",
                seal_before="PJ-SN-55120",
                seal_after="PJ-SN-55120",
            ),
        ],
        "",
    ),
    (
        ExhibitDraft(
            "MA-EX-004",
            "photo",
            "Photographs of the Sines container and pallets",
            seized_place="Port of Sines, Portugal",
            seized_at="2024-04-16T09:45+01:00",
        ),
        [("event:seizure-sines", "shows")],
        [
            C(
                "image",
                at="2024-04-16T10:30+01:00",
                to_org="Polícia Judiciária",
                place="Sines",
                country="pt",
            )
        ],
        "photos-sines",
    ),
    (
        ExhibitDraft(
            "MA-EX-005",
            "document",
            "Bill of lading GYE-SIN 2024-0412 (pineapples, reefer)",
            seized_place="Port of Sines, Portugal",
            seized_at="2024-04-16",
            seized_by="Polícia Judiciária",
        ),
        [
            ("org:exportadora-frutal", "shipper"),
            ("org:sines-reefer", "consignee"),
            ("event:seizure-guayaquil", "related"),
        ],
        [
            C(
                "seize",
                at="2024-04-16T12:00+01:00",
                to_org="Polícia Judiciária",
                place="Sines",
                country="pt",
            )
        ],
        "bill-of-lading",
    ),
    (
        ExhibitDraft(
            "MA-EX-006",
            "data",
            "Call detail records of the burner phones (operator return)",
            seized_by="UDYCO Madrid",
            seized_authority="Auto JCI-3 Vigo 117/2024",
            tags=["telecom"],
        ),
        [("person:romero-delgado", "subscriber"), ("person:jallow", "counterpart")],
        [
            C(
                "import",
                at="2024-02-02T16:00+01:00",
                from_org="Operator (lawful interception unit)",
                to_org="UDYCO Madrid",
                place="Madrid",
                country="es",
                purpose="CDR return",
            )
        ],
        "cdr",
    ),
    (
        ExhibitDraft(
            "MA-EX-007",
            "device",
            "Samsung phone of the skipper of the Virxe do Mar",
            seized_place="Vigo, on board the Virxe do Mar",
            seized_at="2024-05-21T06:20+02:00",
            seized_tz="Europe/Madrid",
            seized_by="UDYCO Galicia",
            seized_authority="Auto JCI-3 Vigo 117/2024",
            seal_numbers=["ES-0042117"],
            storage_location="UDYCO Vigo, safe 2",
            device_make="Samsung",
            device_model="Galaxy A54 (SM-A546B)",
            device_serial="R58T90ABCDE",
        ),
        [
            ("event:seizure-vigo", "seized at"),
            ("vessel:virxe-do-mar", "found on board"),
            ("person:dominguez-barreiro", "owner"),
        ],
        [
            C(
                "seize",
                at="2024-05-21T06:20+02:00",
                to_org="UDYCO Galicia",
                place="Vigo",
                country="es",
            ),
            C(
                "seal",
                at="2024-05-21T07:00+02:00",
                seal_after="ES-0042117",
                place="Vigo",
                country="es",
            ),
            C(
                "check-out",
                at="2024-05-23T09:00+02:00",
                to_org="UDYCO Madrid, forensic lab",
                purpose="logical extraction",
                seal_before="ES-0042117",
            ),
            C(
                "reseal",
                at="2024-05-23T15:40+02:00",
                seal_before="ES-0042117",
                seal_after="ES-0042298",
            ),
            C(
                "check-in",
                at="2024-05-23T16:00+02:00",
                to_org="UDYCO Vigo",
                seal_after="ES-0042298",
            ),
        ],
        "",
    ),
    (
        ExhibitDraft(
            "MA-EX-008",
            "forensic-image",
            "Logical extraction of MA-EX-007 (messages, calls, media)",
            device_make="Samsung",
            device_model="Galaxy A54 (SM-A546B)",
            device_serial="R58T90ABCDE",
            acquisition_tool="UFED 4PC",
            acquisition_tool_version="7.69.0.12",
            write_blocker="n/a (logical extraction)",
            image_name="A546B_2024-05-23.ufd",
            tags=["phone"],
        ),
        [("person:dominguez-barreiro", "device owner"), ("vessel:virxe-do-mar", "related")],
        [],
        "phone",
    ),
    (
        ExhibitDraft(
            "MA-EX-009",
            "document",
            "Logbook of the yacht Morabeza",
            seized_place="Mindelo, Cabo Verde",
            seized_at="2024-03-09T14:05-01:00",
            seized_tz="Atlantic/Cape_Verde",
            seized_by="Polícia Judiciária de Cabo Verde",
            seal_numbers=["CV-PJ-1187"],
        ),
        [("event:seizure-mindelo", "seized at"), ("vessel:morabeza", "logbook of")],
        [
            C(
                "seize",
                at="2024-03-09T14:05-01:00",
                to_org="PJ Cabo Verde",
                place="Mindelo",
                country="cv",
            ),
            C(
                "transfer",
                at="2024-03-20T11:00+00:00",
                from_org="PJ Cabo Verde",
                to_org="Polícia Judiciária",
                place="Lisboa",
                country="pt",
                purpose="MLA request CV-PT 2024/07",
                seal_before="CV-PJ-1187",
                seal_after="CV-PJ-1187",
            ),
        ],
        "",
    ),
    (
        ExhibitDraft(
            "MA-EX-010",
            "physical",
            "Cash in euro banknotes, vacuum-packed",
            quantity="EUR 148,500",
            seized_place="Vigo, Rúa do Areal 14",
            seized_at="2024-05-21T08:10+02:00",
            seized_by="UDYCO Galicia",
            seal_numbers=["ES-0042120"],
            storage_location="Banco de España, Vigo deposit",
        ),
        [("event:seizure-vigo", "seized at"), ("person:romero-delgado", "found with")],
        [
            C(
                "seize",
                at="2024-05-21T08:10+02:00",
                to_org="UDYCO Galicia",
                place="Vigo",
                country="es",
            ),
            C(
                "transfer",
                at="2024-05-22T10:00+02:00",
                from_org="UDYCO Galicia",
                to_org="Banco de España",
                purpose="deposit",
                seal_before="ES-0042120",
                seal_after="ES-0042120",
                country="es",
            ),
        ],
        "",
    ),
    (
        ExhibitDraft(
            "MA-EX-011",
            "photo",
            "Aerial photograph of the Quinara airstrip",
            seized_place="Quinara, Guinea-Bissau",
            seized_at="2023-11-18T07:00+00:00",
            seized_by="Polícia Judiciária da Guiné-Bissau",
        ),
        [("event:seizure-quinara", "shows"), ("airplane:pr-lnz", "shows")],
        [
            C(
                "import",
                at="2023-12-04T10:00+00:00",
                from_org="PJ Guiné-Bissau",
                to_org="MAOC-N",
                country="pt",
                purpose="police co-operation channel",
            )
        ],
        "photo-quinara",
    ),
    (
        ExhibitDraft(
            "MA-EX-012",
            "storage-media",
            "USB stick found in the skipper's jacket",
            seized_place="Vigo, on board the Virxe do Mar",
            seized_at="2024-05-21T06:25+02:00",
            seized_by="UDYCO Galicia",
            seal_numbers=["ES-0042118"],
            device_make="SanDisk",
            device_model="Cruzer Blade 32 GB",
            device_serial="4C530001230518112410",
        ),
        [("event:seizure-vigo", "seized at")],
        [
            C(
                "seize",
                at="2024-05-21T06:25+02:00",
                to_org="UDYCO Galicia",
                place="Vigo",
                country="es",
            ),
            C("seal", at="2024-05-21T07:05+02:00", seal_after="ES-0042118", country="es"),
        ],
        "",
    ),
    (
        ExhibitDraft(
            "MA-EX-013",
            "data",
            "Ledger export of the money changer PL Cambio",
            seized_by="Polícia Federal (Brazil)",
            seized_authority="MLA request ES-BR 2024/02",
        ),
        [("org:pl-cambio", "ledger of"), ("person:pereira-lima", "owner")],
        [
            C(
                "import",
                at="2024-06-03T15:00-03:00",
                from_org="Polícia Federal",
                to_org="UDYCO Madrid",
                country="br",
                purpose="MLA request ES-BR 2024/02",
            )
        ],
        "ledger",
    ),
]


def _jpeg(
    path: Path,
    rng: random.Random,
    caption: str,
    taken: str,
    offset: str,
    make: str = "Canon",
    model: str = "EOS 90D",
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


def _bill_of_lading(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Bill of lading GYE-SIN 2024-0412")
    y = 800
    for line in (
        "BILL OF LADING  No. GYE-SIN 2024-0412",
        "",
        "Shipper: Exportadora Frutal del Pacífico S.A., Guayaquil, Ecuador",
        "Consignee: Sines Reefer Logística Lda., Sines, Portugal",
        "Notify: same as consignee",
        "Vessel: MSC Alessia  Voyage 412E",
        "Port of loading: Guayaquil (ECGYE)   Port of discharge: Sines (PTSIE)",
        "Container: MSCU 552 871-0 (40' reefer)  Seal: EC 0099817",
        "Description: 1,320 cartons fresh pineapples, +7 °C",
        "Gross weight: 21,480 kg",
        "Freight prepaid   Place and date of issue: Guayaquil, 28 March 2024",
    ):
        c.drawString(50, y, line)
        y -= 22
    c.showPage()
    c.save()


def _csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buf.getvalue(), "utf-8")


def _content(kind: str, folder: Path, rng: random.Random) -> list[Path]:
    folder.mkdir(parents=True)
    if kind == "photos-algeciras":
        for i in range(3):
            _jpeg(
                folder / f"IMG_{4410 + i}.JPG",
                rng,
                f"MSKU 718 204-3 box {i + 1}",
                f"2024:01:17 10:{52 + i:02d}:00",
                "+01:00",
            )
    elif kind == "photos-sines":
        for i in range(2):
            _jpeg(
                folder / f"DSC_{2210 + i}.jpg",
                rng,
                f"MSCU 552 871-0 pallet {i + 4}",
                f"2024:04:16 09:{45 + i:02d}:00",
                "+01:00",
                "Nikon",
                "D7500",
            )
    elif kind == "photo-quinara":
        _jpeg(
            folder / "quinara_airstrip.jpg",
            rng,
            "Quinara airstrip, PR-LNZ",
            "2023:11:18 07:00:00",
            "+00:00",
            "DJI",
            "Mavic 3",
        )
    elif kind == "bill-of-lading":
        _bill_of_lading(folder / "BL_GYE-SIN_2024-0412.pdf")
    elif kind == "cdr":
        rows = [
            (
                f"2024-01-{d:02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00+01:00",
                "+34 612 480 913",
                rng.choice(["+220 770 1234", "+245 955 887 120", "+351 912 004 771"]),
                rng.randrange(10, 900),
                rng.choice(["Algeciras-04", "Vigo-11", "Madrid-87"]),
            )
            for d in range(1, 29)
            for _ in range(3)
        ]
        _csv(
            folder / "cdr_burners_2024-01.csv",
            ["start", "caller", "callee", "duration_s", "cell_site"],
            rows,
        )
    elif kind == "ledger":
        ledger = [
            (
                f"2024-0{m}-{d:02d}",
                rng.choice(["Romero", "Estrecho Sur", "A. Pereira"]),
                rng.choice(["EUR", "USD", "USDT"]),
                rng.randrange(5000, 90000),
            )
            for m in range(1, 6)
            for d in (3, 11, 19, 27)
        ]
        _csv(folder / "pl_cambio_ledger.csv", ["date", "client", "currency", "amount"], ledger)
    elif kind == "phone":
        root = folder / "A546B_extraction"
        for i in range(160):
            p = root / "sms" / f"thread_{i:03d}.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(
                f"{rng.choice(['Ana', 'Zé', 'Kebba', 'Capitán'])}: "
                f"{rng.choice(['chega terça', 'el barco sale', 'mañana a las 6', 'ok'])}\n",
                "utf-8",
            )
        for i in range(30):
            p = root / "calls" / f"call_{i:03d}.json"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(f'{{"number": "+220 770 {1000 + i}", "duration": {rng.randrange(600)}}}\n')
        (root / "media").mkdir()
        for i in range(12):
            _jpeg(
                root / "media" / f"IMG_2024052{i % 3}_{i:04d}.jpg",
                rng,
                f"photo {i}",
                f"2024:05:2{i % 3} 1{i % 10}:00:00",
                "+02:00",
                "samsung",
                "SM-A546B",
            )
        (root / "Report.xml").write_text("<extraction tool='UFED 4PC 7.69'/>\n")
        return [root]
    return sorted(folder.iterdir())


def add_demo_exhibits(
    case: Case, ids: dict[str, str], *, progress: Progress, cancelled: Cancelled
) -> None:
    """Add the demo's exhibits with content and custody; unknown `ids` keys are skipped."""
    rng = random.Random(20240117)
    total = len(_EXHIBITS)
    tmp = Path(tempfile.mkdtemp(prefix="casebench-demo-"))
    try:
        for n, (draft, links, events, kind) in enumerate(_EXHIBITS):
            if cancelled():
                raise OperationCancelled("demo")
            progress(n, total, f"exhibit {draft.reference}")
            found = [(ids[key], role) for key, role in links if key in ids]
            evidence.add_exhibit(case, draft, links=found)
            for ev in events:
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
