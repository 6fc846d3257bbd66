"""Every new passphrase (case, key slot, identity) gets the same weak-passphrase warning and hint."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebench.cli.main import main
from casebench.domain import passphrases

STRONG = "correct horse battery staple orbit"


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def test_weak_passphrases_are_warned_about_everywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.casebench"
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", "hunter2")
    code, err = _run(capsys, "new", path, "--title", "T")
    assert code == 0 and "short (7 characters)" in err and "bits" in err
    monkeypatch.setenv("CASEBENCH_NEW_PASSPHRASE", "abcabcabcabcabcabcab")
    code, err = _run(capsys, *_key_add(path))
    assert code == 0 and "easy to guess" in err
    monkeypatch.setenv("CASEBENCH_NEW_PASSPHRASE", STRONG)
    code, err = _run(capsys, *_key_add(path, "third"))
    assert code == 0 and "warning" not in err
    monkeypatch.setenv("CASEBENCH_IDENTITY_PASSPHRASE", "short")
    code, err = _run(capsys, "identity", "create", "--name", "Ana", "--agency", "PJ", "--country", "pt")
    assert code == 0 and "short (5 characters)" in err


def _key_add(path: Path, name: str = "second") -> list[str | Path]:
    return ["key", "add", path, name]


@pytest.mark.parametrize(("phrase", "weak"), [
    ("password", True), ("Tr0ub4dor&3", True), ("aaaaaaaaaaaaaaaaaaaaaaaa", True),
    ("correct horse battery staple orbit", False), ("x7#Kq9!mZ2@pL4$wR8^v", False),
])
def test_estimate(phrase: str, weak: bool) -> None:
    assert (passphrases.warning(phrase) is not None) is weak


@given(st.text(max_size=60))
def test_warning_never_fails_and_short_ones_always_warn(phrase: str) -> None:
    advice = passphrases.warning(phrase)
    if len(phrase) < passphrases.SHORT:
        assert advice is not None and "short" in advice
