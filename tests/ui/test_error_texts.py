"""Errors in the window: worded by code in the reader's language, parameters filled in."""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

import pytest
from tests.exchange import craft
from tests.ui.test_bundles_gui import ID_A, ID_B, World, import_through_dialog, open_in

from casebench.i18n_build import ROOT, lrelease
from casebench.services import identity as identity_svc
from casebench.services.errors import CaseError, InvalidInput, storage_error
from casebench.store import errors as store_errors
from casebench.ui import i18n
from casebench.ui.common import plain_error


@pytest.fixture
def compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tool = lrelease()
    if tool is None:
        pytest.skip("lrelease is not installed")
    qm = tmp_path / "qm"
    qm.mkdir()
    for ts in (ROOT / "translations").glob("casebench_*.ts"):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm / (ts.stem + ".qm"))], check=True)
    monkeypatch.setattr(i18n, "QM_DIR", qm)
    return qm


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    return World(tmp_path, monkeypatch)


def badly_signed_bundle(world: World, out: Path) -> Path:
    """A bundle from Ana to Bruno whose signature has one byte flipped."""
    world.use("a")
    ana = identity_svc.unlock(ID_A)
    world.use("b")
    bruno = identity_svc.unlock(ID_B)
    members = craft.Parts(ana).members()
    lines = members[1].data.decode().splitlines()
    raw = bytearray(base64.b64decode(lines[1]))
    raw[20] ^= 0xFF
    lines[1] = base64.b64encode(bytes(raw)).decode()
    members[1].data = ("\n".join(lines) + "\n").encode()
    out.write_bytes(craft.encrypt(craft.tar_bytes(members), [bruno.age_recipient]))
    return out


def test_a_spanish_window_says_a_bad_signature_in_spanish_naming_the_bundle(
        qtbot, bench, world, compiled, tmp_path) -> None:
    bundle = badly_signed_bundle(world, tmp_path / "de-ana.cbx")
    bench.set_language("es")
    try:
        open_in(qtbot, bench, world.case_b)
        dialog = import_through_dialog(qtbot, bench, bundle, ID_B)
        shown = [dialog.steps.item(i).text() for i in range(dialog.steps.count())]
    finally:
        bench.set_language("en")
    assert dialog.result_ is None
    refusal = dialog.refusal
    assert isinstance(refusal, CaseError) and refusal.code == "bundle.bad_signature"
    assert shown[-1] == ("✗  Se rechazó el paquete de-ana.cbx: su firma no es válida, así que se ha alterado "
                         "o no procede del remitente que indica. No se importó nada.")
    assert "signature" not in " ".join(shown)  # no English left in the window


def test_unknown_codes_fall_back_to_the_neutral_text(qapp, compiled) -> None:
    i18n.install("fr")
    try:
        assert plain_error(InvalidInput(Path("Op.casebench"), "odd problem", code="no.such_code")) == "odd problem"
        assert plain_error(CaseError("no code at all")) == "no code at all"
        assert plain_error(store_errors.read_only(Path("/media/usb/Op.casebench"))) == (
            "/media/usb/Op.casebench se trouve sur un disque ou un dossier en lecture seule ; rien n’a été "
            "enregistré. Pour consulter l’affaire, ouvrez-la en lecture seule.")
    finally:
        i18n.install("en")


def test_the_window_names_no_command_line_flag(qapp) -> None:
    """The core's read-only refusal once said "open it with --read-only"; the CLI still does."""
    from casebench.cli.error_texts import cli_text

    exc = storage_error(OSError(30, "Read-only file system", "/media/usb/Op.casebench"), "/media/usb")
    assert exc is not None
    assert "--" not in plain_error(exc)
    assert "(open it with --read-only to look at it)" in cli_text(exc)


def test_a_failure_kept_for_support_carries_its_code_and_the_window_words(qapp) -> None:
    from casebench.ui import failures

    failure = failures.record(InvalidInput(Path("Op.casebench"), "state the purpose of the disclosure",
                                           code="export.no_purpose"))
    assert failure.message == "State the purpose of the disclosure."
    assert failure.code == "export.no_purpose" and "InvalidInput [export.no_purpose]" in failure.details()
    assert failures.record(KeyError("name")).code == ""


def _raised(call) -> BaseException:
    try:
        call()
    except ValueError as exc:
        return exc
    raise AssertionError("no error")


def _value_errors() -> dict[str, BaseException]:
    """Each value-parsing code, raised by the real readers from typed input."""
    from casebench.domain import dates
    from casebench.domain.amounts import parse_amount
    from casebench.domain.dates import DateValue, PartialDate
    from casebench.domain.grading import Grade
    from casebench.domain.phones import read_phone
    from casebench.domain.values import normalise

    calls = [
        lambda: PartialDate(2024, None, 3), lambda: PartialDate(0), lambda: PartialDate(2024, 13),
        lambda: PartialDate(2023, 2, 29), lambda: PartialDate(2024, 1, 1, 24),
        lambda: PartialDate(2024, 1, 1, 1, 60), lambda: PartialDate(2024, 1, 1, 1, 1, 60),
        lambda: PartialDate(2024, 1, 1, 1, offset_minutes=15 * 60),
        lambda: PartialDate(2024, 1, 1, offset_minutes=60),
        lambda: PartialDate(9999, 12, 31, 23, offset_minutes=-120),
        lambda: dates._parse_offset("+01:75"), lambda: dates._parse_single("tomorrow"),
        lambda: DateValue(PartialDate(2024, 5), PartialDate(2024, 3)), lambda: DateValue.parse("  "),
        lambda: DateValue.parse("2024-13-01"), lambda: DateValue.parse("tomorrow"),
        lambda: parse_amount("USD 5 EUR"), lambda: parse_amount("abc"), lambda: parse_amount("1,5.3", ","),
        lambda: parse_amount("1.23,00", ","), lambda: parse_amount("1.234.567"), lambda: parse_amount("."), lambda: parse_amount("1.500"),
        lambda: read_phone("abc", None), lambda: read_phone("612345678", None),
        lambda: read_phone("+34 12", None), lambda: read_phone("+34 500 000 000", None),
        lambda: normalise("nonsense", "x"), lambda: normalise("date", " "),
        lambda: normalise("country", "Atlantis"), lambda: normalise("phone", "+34 12"),
        lambda: Grade.parse("nato", "B2"), lambda: Grade.parse("admiralty", "Z9"),
        lambda: Grade.from_text("B2"),
    ]
    typed = [("iban", "12"), ("iban", "XX12 3456 7890 1234 5678"), ("iban", "ES12 3456"),
             ("iban", "ES9121000418450200051334"), ("imo", "123"), ("imo", "IMO 9074728"), ("mmsi", "12345"),
             ("bic", "ABC"), ("bic", "DEUTZZFF"), ("vin", "1" * 16), ("vin", "1HGCM82633A00435I"),
             ("vin", "1HGCM82633A00435!"), ("vin", "1HGCM82603A004352"), ("wallet", "abc"),
             ("wallet", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"),
             ("wallet", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"), ("email", "nobody"), ("url", "a b"),
             ("url", "example.org"), ("url", "https://"), ("number", "1 kg"), ("entity", "!x"),
             ("identifier", "--")]
    calls += [lambda t=t, v=v: normalise(t, v) for t, v in typed]
    calls += _import_value_calls()
    out: dict[str, BaseException] = {}
    for call in calls:
        exc = _raised(call)
        out[getattr(exc, "code", "")] = exc
    return out


def _import_value_calls() -> list:
    """Problems and warnings only a table import meets: a row's cells, a spreadsheet's numbers."""
    from casebench.domain.phones import ambiguity, read_phone
    from casebench.exchange.formats.cells import combine_date_time, exponent_form, identifier_digits
    from casebench.exchange.formats.mapping import ColumnMap, ImportSpec, compile_spec
    from casebench.exchange.formats.tables import NumberCell

    def raise_(exc: BaseException | None) -> None:
        assert exc is not None
        raise exc

    def both_columns() -> None:
        spec = ImportSpec(schema="Payment", columns=(ColumnMap("Fecha", "date"),), debit="Cargo", credit="Abono")
        problems = compile_spec(spec, ["Fecha", "Cargo", "Abono"]).plan(2, ["02/01/2024", "5,00", "6,00"])
        assert isinstance(problems, list)
        raise_(problems[0].cause)

    def row(header: list[str], cells: list[str], *, strict: bool = False, **spec: object) -> None:
        plan = compile_spec(ImportSpec(**spec), header).plan(2, cells)  # type: ignore[arg-type]
        raise_(plan.strict_warnings[0].cause if strict else plan[0].cause)  # type: ignore[union-attr,index]

    call = {"schema": "Call", "columns": (ColumnMap("Fecha", "date"), ColumnMap("Registro", "recordId"))}
    madrid = {**call, "tz": "Europe/Madrid", "date_formats": ("dd/mm/yyyy hh:mm",)}
    return [
        lambda: row(["Fecha", "Registro"], ["02/01/2024"], **call),
        lambda: row(["Fecha", "Registro"], ["", "R1"], required=("date",), **call),
        lambda: row(["Fecha", "Registro"], ["", ""], **call),
        lambda: row(["Importe"], ["12,50 USD"], schema="Payment", columns=(ColumnMap("Importe", "amount"),),
                    constants=(("currency", "EUR"),)),
        lambda: row(["Fecha", "Registro"], ["31/03/2024 02:30", "R1"], strict=True, **madrid),
        lambda: row(["Fecha", "Registro"], ["27/10/2024 02:30", "R1"], strict=True, **madrid),
        both_columns, lambda: combine_date_time(NumberCell(45123.5416667), "14:00"),
        lambda: row(["Importe", "D/H"], ["5,00", "X"], schema="Payment", decimal=",",
                    columns=(ColumnMap("Importe", "amount"),), direction="D/H"),
        lambda: row(["Importe", "D/H"], ["5,00", ""], schema="Payment", decimal=",",
                    columns=(ColumnMap("Importe", "amount"),), direction="D/H"),
        lambda: row(["Importe", "D/H"], ["5,00 CR", "D"], schema="Payment", decimal=",",
                    columns=(ColumnMap("Importe", "amount"),), direction="D/H"),
        lambda: raise_(ambiguity(read_phone("+39 (0)6 1234 5678", None))),
        lambda: raise_(ambiguity(read_phone("00584160996041", "CO"))),
        lambda: identifier_digits(NumberCell(8934011234567890123)), lambda: identifier_digits(NumberCell(12.5)),
        lambda: raise_(exponent_form("3.51234E+14")),
    ]


def test_each_value_error_code_fills_its_parameters_in_both_catalogues(qapp) -> None:
    from casebench.cli.error_texts import cli_text
    from casebench.domain.errors import CodedError
    from casebench.ui.error_texts import templates, window_text

    raised = _value_errors()
    families = ("date.", "amount.", "phone.", "value.", "grade.", "iban.", "imo.", "mmsi.", "bic.", "vin.",
                "wallet.", "email.", "url.", "number.", "identifier.", "row.")
    # every code of these families is reached from typed input, but two guards: no text found
    # reads as two ranges, and a number that passed the pattern always converts
    assert sorted(set(c for c in templates() if c.startswith(families)) - set(raised)) == [
        "date.ambiguous_range", "number.invalid"]
    for code, exc in raised.items():
        assert isinstance(exc, CodedError) and isinstance(exc, ValueError), code
        shown = window_text(exc)
        assert shown is not None and "{" not in shown and "}" not in shown, (code, shown)
        assert "{" not in cli_text(exc), code
        for value in exc.params.values():
            if not isinstance(value, CodedError) and f"{{{next(k for k, v in exc.params.items() if v is value)}}}" \
                    in templates()[code]:
                assert str(value) in shown, (code, value, shown)
    assert window_text(raised["date.month_out_of_range"]) == "Month 13 does not exist (months run from 01 to 12)."
    assert window_text(raised["date.invalid"]) == ("“2024-13-01” is not a valid date. Month 13 does not exist "
                                                   "(months run from 01 to 12).")
    assert window_text(raised["value.invalid_phone"]) == ("“+34 12” is not a valid phone number. It has the "
                                                          "wrong number of digits for its country.")
    assert window_text(raised["iban.wrong_length"]) == ("“ES12 3456” is not a valid IBAN: IBANs from ES have 24 "
                                                        "characters, this one has 8.")


def test_the_decimal_flag_is_named_on_the_command_line_only(qapp) -> None:
    from casebench.cli.error_texts import cli_text
    from casebench.domain.amounts import parse_amount

    exc = _raised(lambda: parse_amount("1.234.567"))
    assert "--" not in str(exc) and "--" not in plain_error(exc)
    assert cli_text(exc) == ("'1.234.567' has several '.' and no decimal separator; choose the decimal "
                             "separator (--decimal)")
    assert plain_error(exc) == "“1.234.567” has several “.” and no decimal separator; choose the decimal separator."


def test_a_spanish_window_says_an_impossible_birth_date_in_spanish(qtbot, opened, compiled) -> None:
    from PySide6.QtCore import Qt
    from tests.ui.conftest import TIMEOUT, type_text

    opened.set_language("es")
    try:
        page = opened.caseview.entities
        page.new_entity("Person")
        editor = page.editor
        type_text(qtbot, editor.row("name").fields[0].editor, "Juan Pérez Gómez")
        birth = editor.row("birthDate").fields[0]
        qtbot.keyClicks(birth.editor, "2024-13-01")
        said = "«2024-13-01» no es una fecha válida. El mes 13 no existe (los meses van del 01 al 12)."
        qtbot.waitUntil(lambda: birth.hint.text() == said, timeout=TIMEOUT)  # as you type
        assert birth.hint.textFormat() == Qt.TextFormat.PlainText
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # and when adding the person
        shown = editor.error.text()
        assert editor.entity is None
        assert editor.error.textFormat() == Qt.TextFormat.PlainText
        editor.discard()  # the refused values are not kept for the next test
    finally:
        opened.set_language("en")
    assert shown.endswith(": " + said) and "month" not in shown


def test_a_table_import_problem_says_an_amount_in_the_window_language_without_a_flag(
        qapp, compiled, qtmodeltester) -> None:
    from casebench.domain.amounts import parse_amount
    from casebench.services.table_import import CellError
    from casebench.ui.table_import_models import ProblemModel

    exc = _raised(lambda: parse_amount("1.234.567"))
    i18n.install("es")
    try:
        model = ProblemModel()
        model.set_errors([CellError(7, "Importe", str(exc), exc)])
        qtmodeltester.check(model)
        said = model.index(0, 2).data()
    finally:
        i18n.install("en")
    assert said == "«1.234.567» tiene varios «.» y ningún separador decimal; elija el separador decimal."
