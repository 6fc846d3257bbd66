"""verify --quick: encrypted files against the SHA-256 recorded when written, nothing decrypted."""

from __future__ import annotations

from pathlib import Path

from casebench.cli.main import main
from casebench.evidence.contentstore import blob_path
from casebench.services import evidence
from casebench.services.verify import verify_case
from casebench.store.case import Case

from .conftest import stored_path


def test_quick_verify_passes_an_intact_case_and_says_what_it_does_not_prove(
        case: Case, exhibit: str, tree: Path) -> None:
    evidence.intake(case, exhibit, [tree])
    report = verify_case(case, quick=True)
    assert report.ok and report.quick
    assert any("compared with the SHA-256 recorded when they were written" in c for c in report.checked)
    assert "quick mode" in report.not_proven and "does not prove" in report.not_proven
    assert not verify_case(case).quick  # the full verify is unchanged


def test_a_flipped_byte_is_found_without_decrypting(case: Case, exhibit: str, tree: Path) -> None:
    evidence.intake(case, exhibit, [tree])
    f = next(f for f in evidence.content_files(case, exhibit) if f.name == "IMG_0001.jpg")
    path = stored_path(case, f.blob_id)  # its pack: every file in it is named
    data = bytearray(path.read_bytes())
    data[-10] ^= 0x01
    path.write_bytes(bytes(data))
    report = verify_case(case, quick=True)
    assert not report.ok
    assert any("'extraction/media/IMG_0001.jpg'" in p and "does not match the record" in p
               for p in report.problems)
    path.unlink()
    report = verify_case(case, quick=True)
    assert any("IMG_0001.jpg" in p and "missing" in p for p in report.problems)


def test_older_blobs_are_listed_as_not_covered_until_a_full_verify_records_them(
        case: Case, exhibit: str, tree: Path, standalone: None) -> None:
    evidence.intake(case, exhibit, [tree])
    case.conn.execute("UPDATE blobs SET cipher_sha256 = NULL")  # as written before migration 14
    quick = evidence.quick_verify_evidence(case)
    assert quick.files == 0 and quick.not_covered == 4 and not quick.problems
    assert any("no recorded SHA-256 yet" in c for c in verify_case(case, quick=True).checked)
    assert verify_case(case).ok  # the full verify decrypts, finds them intact, records the hashes
    quick = evidence.quick_verify_evidence(case)
    assert quick.files == 4 and quick.not_covered == 0 and not quick.problems


def test_a_damaged_older_blob_gets_no_hash_recorded(case: Case, exhibit: str, tree: Path,
                                                    standalone: None) -> None:
    evidence.intake(case, exhibit, [tree])
    case.conn.execute("UPDATE blobs SET cipher_sha256 = NULL")
    f = next(f for f in evidence.content_files(case, exhibit) if f.name == "big.bin")
    path = blob_path(case.path, f.blob_id)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    assert not verify_case(case).ok
    assert evidence.quick_verify_evidence(case).not_covered == 1  # never trusted as written


def test_cli_verify_quick(case: Case, exhibit: str, tree: Path, capsys: object, monkeypatch: object) -> None:
    import pytest

    from ..conftest import PASSPHRASE

    evidence.intake(case, exhibit, [tree])
    path = case.path
    case.close()
    mp: pytest.MonkeyPatch = monkeypatch  # type: ignore[assignment]
    mp.setenv("CASEBENCH_PASSPHRASE", PASSPHRASE)
    code = main(["verify", str(path), "--quick"])
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert code == 0
    assert "verify --quick: OK" in out
    assert "NOTE: quick mode" in out and "nothing was decrypted" in out
