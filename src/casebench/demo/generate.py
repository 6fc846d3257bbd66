"""The repetitive part of the demo: intercepted calls and payments, from ``calls.json`` and
``payments.json``, drawn with a seeded ``random.Random`` so the demo is the same every time.

The order of the draws is part of the result: changing it changes every generated call.
"""

from __future__ import annotations

import calendar
import dataclasses
import random
from datetime import datetime, timedelta
from typing import Any

from casebench.demo.content import Spec, country_of, phones_of, read, story

# --- time zones --------------------------------------------------------------------------

_FIXED_OFFSETS = {"ec": -300, "gm": 0, "gw": 0, "cv": -60, "br": -180}
_EU_BASE = {"es": 60, "pt": 0, "nl": 60}


def _last_sunday(year: int, month: int) -> int:
    last = calendar.monthrange(year, month)[1]
    return max(d for d in range(last - 6, last + 1) if calendar.weekday(year, month, d) == 6)


def utc_offset(country: str, local: datetime) -> int:
    """Minutes east of UTC for a wall-clock time in ``country`` (EU summer time applied)."""
    if country in _FIXED_OFFSETS:
        return _FIXED_OFFSETS[country]
    base = _EU_BASE[country]
    start = datetime(local.year, 3, _last_sunday(local.year, 3), 2)
    end = datetime(local.year, 10, _last_sunday(local.year, 10), 3)
    return base + 60 if start <= local < end else base


def _offset_text(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def local_stamp(country: str, local: datetime, *, seconds: bool = False) -> str:
    """ISO text of a wall-clock time with its UTC offset, as a phone or bank would write it."""
    fmt = "%Y-%m-%dT%H:%M:%S" if seconds else "%Y-%m-%dT%H:%M"
    return local.strftime(fmt) + _offset_text(utc_offset(country, local))


def _day(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d")


def _by_key() -> dict[str, Spec]:
    return {s.key: s for s in story().entities}


# --- intercepted calls -------------------------------------------------------------------


def call_specs(rng: random.Random) -> list[Spec]:
    """``count`` calls between the pairs of ``calls.json``, keyed ``call:NNN`` in time order."""
    conf = read("calls.json")
    pairs: list[dict[str, Any]] = conf["pairs"]
    specs = _by_key()
    weights = [p["weight"] for p in pairs]
    rows: list[tuple[datetime, Spec]] = []
    for n in range(1, int(conf["count"]) + 1):
        pair = rng.choices(pairs, weights=weights)[0]
        a, b = pair["a"], pair["b"]
        caller, receiver = (a, b) if rng.random() < 0.6 else (b, a)
        caller_spec, receiver_spec = specs["person:" + caller], specs["person:" + receiver]
        country = country_of(caller_spec)
        first, last = _day(pair["first"]), _day(pair["last"])
        local = first + timedelta(
            days=rng.randint(0, (last - first).days),
            hours=rng.randint(7, 23),
            minutes=rng.randint(0, 59),
            seconds=rng.randint(0, 59),
        )
        burner = rng.random() < conf["burner_share"]
        caller_number = (
            rng.choice(conf["burners"]) if burner else rng.choice(phones_of(caller_spec))
        )
        receiver_number = phones_of(receiver_spec)[0]
        style = rng.random()
        if style < 0.05:
            date = local.strftime("%Y-%m-%d")  # from a handwritten call log: the day only
        else:
            date = local_stamp(country, local, seconds=style > 0.78)
        portuguese = "pt" in (country, country_of(receiver_spec))
        values: list[tuple[str, str]] = []
        if not burner:
            values.append(("caller", "@person:" + caller))
        values += [
            ("receiver", "@person:" + receiver),
            ("callerNumber", caller_number),
            ("receiverNumber", receiver_number),
            ("duration", str(rng.randint(8, 900))),
            ("date", date),
            ("recordId", f"CDR-{n:04d}"),
        ]
        if burner:
            values.append(("notes", conf["unidentified_note"]))
        source = conf["portugal" if portuguese else "spain"]
        spec = Spec(
            "",
            "Call",
            tuple(values),
            tags=tuple(source["tags"]),
            tlp=source["tlp"],
            grade=rng.choice(source["grades"]),
            originator=source["originator"],
            author=source["author"],
            locator=source["locator"].format(n=n),
        )
        rows.append((local, spec))
    rows.sort(key=lambda r: r[0])
    return [dataclasses.replace(s, key=f"call:{i:03d}") for i, (_, s) in enumerate(rows, 1)]


# --- payments ----------------------------------------------------------------------------


def _payment_date(style: str, country: str, local: datetime) -> str:
    if style == "instant":
        return local_stamp(country, local)
    if style == "month":
        return local.strftime("%Y-%m")
    if style == "approx":
        return local.strftime("%Y-%m") + "~"
    if style == "range":
        month_end = calendar.monthrange(local.year, local.month)[1]
        return f"{local:%Y-%m}-01/{local:%Y-%m}-{month_end:02d}"
    return local.strftime("%Y-%m-%d")


def payment_specs(rng: random.Random) -> list[Spec]:
    """The payments of each flow of ``payments.json``, keyed ``payment:NNN`` in time order."""
    conf = read("payments.json")
    specs = _by_key()
    rows: list[tuple[datetime, Spec]] = []
    for flow in conf["flows"]:
        first, last = _day(flow["first"]), _day(flow["last"])
        span = (last - first).days
        for _ in range(int(flow["payments"])):
            local = first + timedelta(
                days=rng.randint(0, span), hours=rng.randint(8, 18), minutes=rng.randint(0, 59)
            )
            amount = rng.randint(flow["low"] // 50, flow["high"] // 50) * 50
            values: list[tuple[str, str]] = [
                ("payer", "@" + flow["payer"]),
                ("beneficiary", "@" + flow["payee"]),
                ("amount", str(amount)),
                ("currency", flow["currency"]),
                ("purpose", flow["purpose"]),
                ("date", _payment_date(flow["style"], country_of(specs[flow["payer"]]), local)),
            ]
            if flow["from_account"]:
                values.append(("payerAccount", "@account:" + flow["from_account"]))
            if flow["to_account"]:
                values.append(("beneficiaryAccount", "@account:" + flow["to_account"]))
            if flow["style"] == "approx":
                locator = f"ledger page {rng.randint(3, 48)}"
            else:
                domestic = flow["from_account"][:2] == flow["to_account"][:2]
                scheme = "SEPA" if domestic else "MT103"
                values.append(("transactionNumber",
                               f"{scheme}-{local:%Y%m%d}-{rng.randint(1, 999999):06d}"))
                locator = "bank statement"
            rows.append((local, Spec(
                "",
                "Payment",
                tuple(values),
                tags=tuple(conf["tags"]),
                tlp=flow["tlp"],
                grade=flow["grade"],
                author=conf["author"],
                locator=locator,
            )))
    rows.sort(key=lambda r: r[0])
    return [dataclasses.replace(s, key=f"payment:{i:03d}") for i, (_, s) in enumerate(rows, 1)]
