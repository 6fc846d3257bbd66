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
