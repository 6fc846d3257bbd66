"""Errors as data: every code the core raises has words in the window and on the command line."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import casebench
from casebench.cli.error_texts import TEMPLATES as CLI_TEMPLATES
from casebench.cli.error_texts import cli_text
from casebench.services.errors import (
    BundleError,
    CaseError,
    InvalidInput,
    NotACase,
    WrongPassphrase,
)
from casebench.ui.error_texts import templates

SRC = Path(casebench.__file__).parent
CODE = re.compile(r"[a-z_]+\.[a-z_]+")
CORE = ("domain", "store", "evidence", "exchange", "reports", "services", "demo")


def raised_codes() -> dict[str, str]:
    """Code -> where it is set: `code="…"` in a call, `code = "…"` in a class body, and the bundle
    reader's `fail(problem, "code")`."""
    found: dict[str, str] = {}
    for package in CORE:
        for path in sorted((SRC / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                values: list[ast.expr] = []
                if isinstance(node, ast.Call):
                    values += [k.value for k in node.keywords if k.arg == "code"]
                    if isinstance(node.func, ast.Attribute) and node.func.attr == "fail" and len(node.args) > 1:
                        values.append(node.args[1])
                elif isinstance(node, ast.ClassDef):
                    values += [s.value for s in node.body if isinstance(s, ast.Assign)
                               and any(isinstance(t, ast.Name) and t.id == "code" for t in s.targets)]
                for v in values:  # a constant, or each constant of `"a.b" if … else None`
                    for c in ast.walk(v):
                        if isinstance(c, ast.Constant) and isinstance(c.value, str) and CODE.fullmatch(c.value):
                            found[c.value] = f"{path.relative_to(SRC)}:{c.lineno}"
    return found


def test_every_code_raised_has_a_window_text_and_a_command_line_text() -> None:
    codes = raised_codes()
    assert len(codes) > 60
    window = templates()
    assert [f"{c} ({w})" for c, w in codes.items() if c not in window] == []
    assert [f"{c} ({w})" for c, w in codes.items() if c not in CLI_TEMPLATES] == []
    # and no catalogue keeps words for a code nothing raises any more
    assert sorted(set(window) - set(codes)) == []
    assert sorted(set(CLI_TEMPLATES) - set(codes)) == []


def test_window_texts_name_no_command_line_flags_or_commands() -> None:
    flag = re.compile(r"(?<![\w-])--[a-z]|`casebench |casebench [a-z]+ (add|create|list)\b")
    assert [t for t in templates().values() if flag.search(t)] == []


def test_case_error_needs_no_path_and_says_the_neutral_text() -> None:
    bare = InvalidInput("the purpose is empty", code="export.no_purpose")
    assert bare.path is None and str(bare) == "the purpose is empty" and bare.code == "export.no_purpose"
    placed = NotACase(Path("/cases/Op.casebench"), "no such case folder", code="case.no_such_folder")
    assert str(placed) == "/cases/Op.casebench: no such case folder"
    assert (placed.path, placed.problem) == (Path("/cases/Op.casebench"), "no such case folder")
    assert WrongPassphrase().code == "case.wrong_passphrase" and WrongPassphrase().path is None
    assert CaseError("x").code == ""  # no code: every reader shows the neutral text


def test_the_command_line_keeps_its_flag_hints_and_the_core_text_has_none() -> None:
    exc = BundleError(Path("in.cbx"), "it is signed by an unknown key AB12; add the sender's contact card, or "
                      "compare the fingerprint with the sender", code="bundle.unknown_signer", key_id="AB12")
    assert "--accept-key" not in str(exc)
    assert cli_text(exc) == ("in.cbx: bundle refused: it is signed by an unknown key AB12; add the sender's "
                             "contact card, or compare the fingerprint with the sender and import with "
                             "--accept-key; nothing was imported")
    plain = InvalidInput(Path("Op.casebench"), "a RED pack needs a named recipient",
                         code="pack.red_needs_recipient")
    assert cli_text(plain) == "Op.casebench: a RED pack needs a named recipient (--recipient NAME)"
    assert cli_text(ValueError("plain")) == "plain"


def test_a_bad_date_in_a_bundle_selection_keeps_its_code(case) -> None:
    """The export wizard's date filter: the service hands the date's own error up, so the window
    can word it (the month filled in), and the command line still says where."""
    from casebench.services import bundles
    from casebench.services.bundles import Selection

    with pytest.raises(InvalidInput) as caught:
        bundles._select(case, Selection(date_from="2024-13"))
    exc = caught.value
    assert exc.code == "date.invalid" and exc.params["value"] == "2024-13"
    assert exc.params["why"].code == "date.month_out_of_range" and exc.params["why"].params == {"month": 13}
    assert cli_text(exc).endswith("'2024-13' is not a valid date: month 13 does not exist (months run from 01 to 12)")


def test_an_export_that_stops_says_no_bundle_was_written_not_nothing_imported() -> None:
    """The writer's refusal shares BundleError with import: its words are export's, in every reader."""
    exc = BundleError(Path("d.cbx"), "the content of doc-3.txt in exhibit HD-1 is not what was recorded "
                      "(its size or SHA-256 no longer matches the record)", code="export.content_changed",
                      exhibit="HD-1", file="doc-3.txt")
    assert str(exc) == ("d.cbx: bundle not written: the content of doc-3.txt in exhibit HD-1 is not what was "
                        "recorded (its size or SHA-256 no longer matches the record); nothing was exported")
    assert cli_text(exc) == str(exc)
    window = templates()["export.content_changed"]
    assert "No bundle was written" in window and "nothing was exported" in window
    for code in [c for c in templates() if c.startswith("export.")]:
        assert "import" not in templates()[code] and "import" not in CLI_TEMPLATES[code], code
    refused = BundleError(Path("in.cbx"), "its signature does not verify", code="bundle.bad_signature")
    assert str(refused).endswith("nothing was imported")  # reading a bundle keeps its words


def test_a_specification_problem_has_a_code_for_the_window_and_keeps_its_words_on_the_command_line() -> None:
    """The mapping compiler's refusals (`SpecError`) carry a code and parameters: the window says
    them in its language, the command line keeps the core's words after the specification's name."""
    from casebench.services.specs import check_spec
    from casebench.services.table_import import ColumnMap, ImportSpec

    spec = ImportSpec(name="CaixaBank", schema="Payment", columns=(ColumnMap("Fecha", "date"),), tz="Europa/Madriz")
    with pytest.raises(InvalidInput) as caught:
        check_spec(spec, "caixa.json")
    exc = caught.value
    assert exc.code == "spec.unknown_zone" and exc.params == {"zone": "Europa/Madriz"}
    assert cli_text(exc) == ("caixa.json: specification CaixaBank: 'Europa/Madriz' is not a time zone; write "
                             "+01:00 or a name like Europe/Madrid")
    assert templates()["spec.unknown_zone"].startswith("The time zone {zone} is unknown")
