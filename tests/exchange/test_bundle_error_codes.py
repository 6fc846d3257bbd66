"""Refused bundles carry the code the window words them by (ui/error_texts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.exchange.conftest import Bench
from tests.exchange.test_hostile import HOSTILE, run_import

from casebench.exchange.errors import BundleError


@pytest.mark.parametrize(("name", "code"), [
    ("wrong signature", "bundle.bad_signature"),
    ("sums edited after signing", "bundle.bad_signature"),
    ("swapped file", "bundle.altered"),
    ("not addressed to us", "bundle.not_addressed_to_us"),
    ("signature by an unknown key", "bundle.unknown_signer"),
    ("changed partner key", "bundle.signer_key_changed"),
    ("unlisted member", "bundle.refused"),  # no finer words yet: the reason is shown in English
])
def test_a_refused_bundle_has_a_code_and_names_its_file(pair: tuple[Bench, Bench], tmp_path: Path,
                                                        name: str, code: str) -> None:
    a, b = pair
    maker, _expected = HOSTILE[name]
    with a.use():
        data = maker(a, b, tmp_path)
    path = tmp_path / "refused.cbx"
    path.write_bytes(data)
    with b.use(), pytest.raises(BundleError) as err:
        run_import(b, path)
    assert err.value.code == code
    assert err.value.path is not None and err.value.path.name == "refused.cbx"
    assert "--" not in str(err.value)  # the neutral text names no flag; the CLI adds its own


def test_a_future_dated_bundle_is_worded_with_its_flag_on_the_command_line(pair: tuple[Bench, Bench],
                                                                           tmp_path: Path) -> None:
    from tests.exchange.craft import Parts
    from tests.exchange.test_hostile import sealed

    from casebench.cli.error_texts import cli_text

    a, b = pair
    path = tmp_path / "future.cbx"
    path.write_bytes(sealed(a, b, Parts(a.identity, created_at="2999-01-01T00:00:00Z").members()))
    with b.use(), pytest.raises(BundleError) as err:
        run_import(b, path)
    assert err.value.code == "bundle.future_dated" and "--accept-clock" not in str(err.value)
    said = cli_text(err.value)
    assert said.startswith(f"{path}: bundle refused: it is dated 2999-01-01 00:00:00 UTC, more than 48 hours "
                           "in the future (now ")
    assert said.endswith("import with --accept-clock (recorded in the audit log); nothing was imported")
