"""The program entry: window when it can start, plain words when it cannot."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from casebench import launcher
from casebench.store import agecrypt


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


# -- process hardening ---------------------------------------------------------------------------
def _run(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env=env)


def test_core_dumps_are_off_after_start() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("RLIMIT_CORE and prctl checked on Linux")
    done = _run("import ctypes, resource\n"
                "from casebench.launcher import harden_process\n"
                "hard = resource.getrlimit(resource.RLIMIT_CORE)[1]\n"
                "resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))\n"
                "assert ctypes.CDLL(None).prctl(3, 0, 0, 0, 0) == 1\n"  # PR_GET_DUMPABLE: on before
                "harden_process()\n"
                "print(resource.getrlimit(resource.RLIMIT_CORE), ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["(0,", "0)", "0"]


def test_version_into_a_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    script = f"{shlex.quote(sys.executable)} -m casebench --version | true"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stderr == ""
    assert done.returncode == 0


def test_scrypt_test_hook_is_refused_outside_the_test_suite() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTEST_CURRENT_TEST", "CASEBENCH_TEST_RUNNER")}
    env["CASEBENCH_TEST_SCRYPT_LOG_N"] = "10"
    done = subprocess.run([sys.executable, "-m", "casebench", "--version"], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 2
    assert "CASEBENCH_TEST_SCRYPT_LOG_N" in done.stderr and "test suite" in done.stderr
    assert "Traceback" not in done.stderr
    # Even a program that skips the launcher never writes weak keys with it.
    weak = _run("from casebench.store import agecrypt; print(agecrypt.work_factor())", env=env)
    assert weak.stdout.strip() == str(agecrypt.DEFAULT_LOG_N)


def test_scrypt_test_hook_works_under_the_test_runner() -> None:
    assert os.environ.get("CASEBENCH_TEST_SCRYPT_LOG_N") == "10"
    assert agecrypt.work_factor() == 10
