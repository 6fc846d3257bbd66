"""Table import never changes a value: files as operators and banks send them, every value checked."""

from __future__ import annotations

from pathlib import Path

from casebench.exchange.formats.mapping import call_record_spec
from casebench.services.entities import EntityDraft, add_entity, get
from casebench.services.table_import import import_table
from casebench.store.case import Case

# A Nigerian operator's reply: Latin-1, semicolons, numbers in every form its system writes.
NG_CDR = """Record;Date;A-Number;B-Number;Duration
1;02/03/2024 10:00:00;08031234567;+233244123456;35
2;02/03/2024 10:05:00;2348031234567;0034612345678;12
3;02/03/2024 10:10:00;Anónimo;08031234567;61
4;02/03/2024 10:15:00;08031234567;112;4
5;02/03/2024 10:20:00;Privado;1004;9
6;02/03/2024 10:25:00;08031234567;009 220 799 1234;30
7;02/03/2024 10:30:00;08031234567;233244123456;30
"""


def _calls(case: Case) -> dict[str, object]:
    out = {}
    for (eid,) in case.conn.execute("SELECT id FROM entities WHERE schema = 'Call'"):
        call = get(case, eid)
        out[call.first("recordId")] = call
    return out


def test_nigerian_cdr_numbers_keep_their_country(case: Case, tmp_path: Path) -> None:
    subscriber = add_entity(case, EntityDraft("Person", [("name", "Chinedu Okafor"),
                                                         ("phone", "+2348031234567")]))
    path = tmp_path / "mtn-reply.csv"
    path.write_bytes(NG_CDR.encode("latin-1"))
    spec = call_record_spec("MTN", caller="A-Number", receiver="B-Number", date="Date",
                            duration="Duration", record_id="Record", tz="Africa/Lagos",
                            phone_region="ng")
    report = import_table(case, path, spec)
    assert report.rejected_rows == 0 and report.imported_rows == 7, report.errors
    calls = _calls(case)
    expected = {  # record: (caller, receiver) as stored
        "1": ("+2348031234567", "+233244123456"),
        "2": ("+2348031234567", "+34612345678"),
        "3": ("Anónimo", "+2348031234567"),
        "4": ("+2348031234567", "112"),
        "5": ("Privado", "1004"),
        "6": ("+2348031234567", "+2207991234"),
        "7": ("+2348031234567", "+233244123456"),
    }
    got = {k: (c.first("callerNumber"), c.first("receiverNumber"))  # type: ignore[attr-defined]
           for k, c in calls.items()}
    assert got == expected
    # the subscriber is linked through his number, withheld callers are linked to nobody
    assert calls["1"].first("caller") == subscriber  # type: ignore[attr-defined]
    assert calls["3"].first("receiver") == subscriber  # type: ignore[attr-defined]
    assert calls["3"].first("caller") is None  # type: ignore[attr-defined]
    assert calls["5"].first("caller") is None  # type: ignore[attr-defined]
    # the text as found is kept beside every value
    raws = {r[0] for r in case.conn.execute(
        "SELECT original FROM statements WHERE prop = 'receiverNumber'")}
    assert {"0034612345678", "009 220 799 1234", "112"} <= raws
