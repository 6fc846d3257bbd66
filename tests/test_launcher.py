"""The program entry: window when it can start, plain words when it cannot."""

from __future__ import annotations

import sys

import pytest

from casebench import launcher


def test_a_window_system_that_cannot_start_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the probe runs on Linux only")
    # No X server answers on this display: Qt would abort the whole process.
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":987")
    assert launcher.has_display()
    assert not launcher.gui_can_start()


def test_open_without_a_working_window_says_what_to_do(monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(launcher, "gui_can_start", lambda: False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert launcher.main([]) == 1
    assert "could not start its window" in capsys.readouterr().err


def test_offscreen_counts_as_no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not launcher.has_display()
