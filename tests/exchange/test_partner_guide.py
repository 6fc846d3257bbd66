"""docs/guide/partners-without-casebench.md, step by step, with the real tools.

The command blocks marked `<!-- guide-test: NAME -->` are taken from the guide and run as
written with bash, in a folder laid out as the guide says, against bundles casebench
exported. Only the one-time `minisign -G` is replicated (with -W: a test cannot type a key
password); `age -d` of a passphrase-mode key file gets its passphrase through a terminal,
as a person would type it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from tests.exchange.conftest import ID_PASS, Bench
from tests.exchange.test_roundtrip import LEGAL

from casebench.services import bundles, evidence
from casebench.services import partners as partners_svc
from casebench.services.bundles import PassphraseRecipient, Recipient, Selection
from casebench.services.entities import EntityDraft, add_entity
from casebench.store.exhibits import ExhibitDraft

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide" / "partners-without-casebench.md"
TOOLS = ("age", "age-keygen", "minisign", "tar", "sha256sum", "bash", "diff", "base64")
MISSING = [t for t in TOOLS if shutil.which(t) is None]
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"the guide's tools are not installed: {', '.join(MISSING)} "
                                "(.ci/run installs the apt packages age and minisign)")
KEY_PASS = "correct horse battery staple 42"


def guide_blocks() -> dict[str, str]:
    text = GUIDE.read_text(encoding="utf-8")
    found = re.findall(r"<!-- guide-test: ([\w-]+) -->\n```sh\n(.*?)```", text, re.S)
    return dict(found)


def sh(step: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", guide_blocks()[step]], cwd=cwd, capture_output=True, text=True,
                          timeout=120, check=False, env={**os.environ, "LC_ALL": "C"})


def partner_keys(work: Path) -> None:
    """The guide's one-time step: age-keygen as written; minisign -G with -W (no key password)."""
    subprocess.run(["age-keygen", "-o", "key.txt"], cwd=work, check=True, capture_output=True)
    subprocess.run(["minisign", "-G", "-W", "-p", "partner.pub", "-s", "partner.key"], cwd=work, check=True,
                   capture_output=True)


def partner_card(work: Path) -> str:
    recipient = next(ln.split(": ")[1] for ln in (work / "key.txt").read_text().splitlines() if "public key" in ln)
    pub = (work / "partner.pub").read_text().splitlines()[1]
    return ("casebench contact card v1\nname: Aminata Diallo\nagency: Polícia Judiciária Bissau\ncountry: gw\n"
            f"age-recipient: {recipient}\nminisign-public-key: {pub}\n")


def export_to(a: Bench, recipient: Recipient, out: Path, tmp: Path) -> bundles.ExportResult:
    eid = add_entity(a.case, EntityDraft("Person", [("name", "Mamadou Jalloh"), ("phone", "+245 955 123 456")]))
    src = tmp / "dump"
    src.mkdir(exist_ok=True)
    (src / "chat.txt").write_bytes(b"meet at the port 03:00\n" * 50)
    evidence.add_exhibit(a.case, ExhibitDraft("MA-EX-001", type="device", description="phone"))
    evidence.intake(a.case, "MA-EX-001", [src])
    plan = bundles.plan_export(a.case, Selection(entity_ids=[eid], exhibits=["MA-EX-001"]), [recipient],
                               identity=a.identity)
    return bundles.write_export(a.case, plan, a.identity, out, legal_basis=LEGAL, purpose="analysis",
                                key_passphrase=KEY_PASS if isinstance(recipient, PassphraseRecipient) else None)


def setup_partner(a: Bench, tmp: Path) -> Path:
    """The partner's folder: own keys, pinned by A, and A's card authenticated (guide's blocks)."""
    work = tmp / "aminata"
    work.mkdir()
    partner_keys(work)
    card = partners_svc.parse_card(partner_card(work))
    own = sh("own-fingerprint", work)
    assert own.returncode == 0, own.stderr
    assert own.stdout.strip() == card.fingerprint_hex  # what the sender's casebench shows
    with a.use():
        partners_svc.add(ID_PASS, card, fingerprint_confirmed=True)
    (work / "ana.card").write_text(a.identity.card.to_text().replace("\n", "\r\n"))  # as mailed from Windows
    sender = sh("sender-key", work)
    assert sender.returncode == 0, sender.stderr
    assert sender.stdout.strip() == a.identity.card.fingerprint_hex  # what Ana reads from `identity show`
    return work


def check_bundle(work: Path) -> None:
    """Steps 2 to 4 as the guide gives them, each with the output the guide says to expect."""
    sig = sh("signature", work)
    assert sig.returncode == 0 and "Signature and comment signature verified" in sig.stdout, sig.stderr
    listing = sh("list", work)
    assert (listing.stdout, listing.stderr) == ("members: OK\n", "")
    unpack = sh("unpack", work)
    lines = unpack.stdout.splitlines()
    assert unpack.returncode == 0, unpack.stderr
    assert lines[-1] == "files: OK" and all(ln.endswith(": OK") for ln in lines)
    assert "files/000001: OK" in lines and "manifest.json: OK" in lines


def test_guide_steps_open_a_casebench_bundle(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, _ = pair
    work = setup_partner(a, tmp_path)
    card = partners_svc.parse_card(partner_card(work))
    partner = a.partners.by_key_id(card.key_id)
    assert partner is not None
    export_to(a, partner, work / "for-aminata.cbx", tmp_path)
    dec = sh("decrypt", work)
    assert dec.returncode == 0, dec.stderr
    check_bundle(work)
    assert (work / "for-aminata" / "custody.ndjson").read_text().count('"record":"file"') == 1


def _add_unsigned_member(work: Path) -> None:
    """What the sender signed, plus an unlisted files/000002, re-tarred and encrypted to the partner."""
    recipient = next(ln.split(": ")[1] for ln in (work / "key.txt").read_text().splitlines() if "public key" in ln)
    (work / "evil").mkdir()
    names = subprocess.run(["tar", "-tf", "for-aminata.tar"], cwd=work, check=True, capture_output=True,
                           text=True).stdout.split()
    subprocess.run(["tar", "-xf", "../for-aminata.tar"], cwd=work / "evil", check=True)
    (work / "evil" / "files" / "000002").write_bytes(b"planted\n")
    (work / "for-aminata.tar").unlink()
    subprocess.run(f"tar --format=ustar -cf - {' '.join([*names, 'files/000002'])} | age -r {recipient} "
                   "-o ../for-aminata.cbx", shell=True, cwd=work / "evil", check=True)


def test_guide_steps_stop_an_unsigned_extra_file(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, _ = pair
    work = setup_partner(a, tmp_path)
    partner = a.partners.by_key_id(partners_svc.parse_card(partner_card(work)).key_id)
    assert partner is not None
    export_to(a, partner, tmp_path / "orig.cbx", tmp_path)
    subprocess.run(["age", "-d", "-i", "key.txt", "-o", "for-aminata.tar", str(tmp_path / "orig.cbx")], cwd=work,
                   check=True)
    _add_unsigned_member(work)
    assert sh("decrypt", work).returncode == 0
    assert sh("signature", work).returncode == 0  # the signed list itself is genuine ...
    listing = sh("list", work)
    assert "> files/000002" in listing.stdout and "members: OK" not in listing.stdout  # ... the extra is caught
    unpack = sh("unpack", work)  # and, were step 3 ignored, after unpacking too
    assert "files: OK" not in unpack.stdout and "> files/000002" in unpack.stdout


def test_guide_signature_step_refuses_another_key(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    work = setup_partner(a, tmp_path)
    partner = a.partners.by_key_id(partners_svc.parse_card(partner_card(work)).key_id)
    assert partner is not None
    export_to(a, partner, work / "for-aminata.cbx", tmp_path)
    (work / "sender.pub").write_text(b.identity.public_key.to_file())  # someone else's key
    assert sh("decrypt", work).returncode == 0
    assert sh("signature", work).returncode != 0


def _run_with_terminal(block: str, cwd: Path, answer: str) -> tuple[int, str]:
    """Run a guide block where a person types `answer` at the terminal prompt (age reads /dev/tty)."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.chdir(cwd)
        os.execvp("bash", ["bash", "-c", block])
    out = b""
    sent = False
    while True:
        try:
            data = os.read(fd, 1024)
        except OSError:
            break
        if not data:
            break
        out += data
        if not sent and b"passphrase" in out.lower():
            os.write(fd, answer.encode() + b"\n")
            sent = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out.decode(errors="replace")


@pytest.mark.skipif(os.name != "posix", reason="needs a pseudo-terminal to type the passphrase")
def test_guide_passphrase_mode_keeps_the_partners_key(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, _ = pair
    work = setup_partner(a, tmp_path)
    own_key = (work / "key.txt").read_bytes()
    res = export_to(a, PassphraseRecipient("Aminata Diallo", "Polícia Judiciária Bissau", "gw"),
                    work / "for-aminata.cbx", tmp_path)
    assert res.key_file is not None and res.key_file.name == "for-aminata.cbx.key.age"
    code, out = _run_with_terminal(guide_blocks()["passphrase"], work, KEY_PASS)
    assert code == 0, out
    assert (work / "key.txt").read_bytes() == own_key  # the partner's own secret key is untouched
    assert (work / "one-off-key.txt").read_text().strip().startswith("AGE-SECRET-KEY-1")
    check_bundle(work)
