"""casebench opens no network socket, ever."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GUARD = r"""
import socket, sys
class NoNetwork(Exception): pass
def refuse(*a, **k): raise NoNetwork("network access attempted")
real = socket.socket
class Guarded(real):
    def __init__(self, family=-1, *a, **k):
        if family in (socket.AF_INET, socket.AF_INET6):
            raise NoNetwork("network socket opened")
        super().__init__(family, *a, **k)
socket.socket = Guarded
socket.create_connection = refuse
socket.getaddrinfo = refuse
from casebench.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _cb(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", GUARD, *args], env=env, capture_output=True, text=True)


def test_cli_flow_opens_no_socket(tmp_path: Path) -> None:
    env = dict(os.environ, CASEBENCH_PASSPHRASE="pw", CASEBENCH_HOME=str(tmp_path / "home"))
    case = str(tmp_path / "c.casebench")
    for args in (["new", case, "--title", "T", "--country", "es"],
                 ["entity", "add", case, "--schema", "Person", "--set", "name=Ana", "--set", "phone=612345678"],
                 ["search", case, "ana"], ["timeline", case], ["verify", case], ["--version"]):
        r = _cb(args, env)
        assert r.returncode == 0, (args, r.stderr)
        assert "NoNetwork" not in r.stderr
