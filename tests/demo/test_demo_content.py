"""The demo built from its data files is the case the code-built demo was.

``EXPECTED`` was recorded from the demo as ``services/demo*.py`` built it before its
content moved to ``resources/demo`` (tests/demo/fingerprint.py). A deliberate change to the
story changes it: record it again with ``fingerprint(build_demo(path).path)``.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pytest
from tests.demo.fingerprint import fingerprint
from tests.demo.identifiers import container_number, imo_number, tron_valid

from casebench.demo import build_demo
from casebench.demo.content import read, story

EXPECTED: dict[str, Any] = {
    "entities": 1084,
    "statements": 7495,
    "per_schema": {
        "ActionItem": 10,
        "Address": 11,
        "Airplane": 1,
        "Associate": 12,
        "BankAccount": 16,
        "Call": 720,
        "Company": 14,
        "CryptoWallet": 1,
        "Directorship": 15,
        "Employment": 13,
        "Event": 26,
        "Family": 5,
        "Meeting": 1,
        "Membership": 9,
        "Note": 3,
        "Organization": 2,
        "Ownership": 29,
        "Payment": 102,
        "Person": 38,
        "PublicBody": 13,
        "Representation": 3,
        "Request": 7,
        "Seizure": 6,
        "Travel": 18,
        "Vehicle": 5,
        "Vessel": 4
    },
    "captions": "8fde8e01d0d138639786219aa0e97e0d4360a95ddaba87bbbd6d68d2a8d7b5c4",
    "values": "df4521cc72bc5a4fc6f7700380518fcd4abd984a565059f77d92ec76865ab8e9",
    "exhibits": 15,
    "exhibit_rows": "ebde4d04a422cc0391884cf30c0149b5b58494c64cf3997de7b0efb6508e3348",
    "timeline": 998,
    "timeline_rows": "175c328634a0d2e13ff1e6894a3175f0f0c71e90f2aa1ce2777d9b9e2e80329a"
}
EXPECTED_KEYS = "3444adf4e82f4f17af00a846ca6a2f24419d97a72e7a07dc4df1d1b58b69ca2b"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[str]]:
    result = build_demo(tmp_path_factory.mktemp("fp") / "Mar-Azul.casebench")
    return fingerprint(result.path), sorted(result.ids)


def test_same_entities_values_exhibits_and_timeline_as_before(
    built: tuple[dict[str, Any], list[str]],
) -> None:
    got, _ = built
    assert got["per_schema"] == EXPECTED["per_schema"]
    assert got == EXPECTED


def test_same_keys_as_before(built: tuple[dict[str, Any], list[str]]) -> None:
    _, keys = built
    assert hashlib.sha256("\n".join(keys).encode()).hexdigest() == EXPECTED_KEYS


def test_every_reference_names_an_entity_defined_earlier() -> None:
    seen: set[str] = set()
    for spec in story().entities:
        for _, value in spec.values:
            if value.startswith("@"):
                assert value[1:] in seen, (spec.key, value)
        assert spec.key not in seen, spec.key
        seen.add(spec.key)


def test_identifiers_in_the_data_carry_valid_check_digits() -> None:
    values = [(p, v) for s in story().entities for p, v in s.values]
    imos = [v for p, v in values if p == "imoNumber"]
    assert imos and all(imo_number(v[4:10]) == v for v in imos)
    wallets = [v for p, v in values if p == "publicKey"]
    assert wallets and all(tron_valid(w) for w in wallets)
    containers = {m for _, v in values for m in re.findall(r"\b[A-Z]{3}U \d{6} \d\b", v)}
    assert containers and all(container_number(v[:3], v[5:11]) == v for v in containers)
    ibans = [v.replace(" ", "") for p, v in values if p == "iban"]
    assert ibans
    for iban in ibans:
        assert int("".join(str(int(c, 36)) for c in iban[4:] + iban[:4])) % 97 == 1


def test_every_data_file_is_used() -> None:
    from casebench.demo.content import DEMO_DIR

    named = set(read("case.json")["files"]) | {
        "case.json", "calls.json", "payments.json", "exhibits.json", "documents.json"}
    assert {p.name for p in DEMO_DIR.glob("*.json")} == named
