"""Errors of the exchange layer, each a one-line message naming the file and the problem."""

from __future__ import annotations

from pathlib import Path

from casebench.store.errors import CaseError


class ExchangeError(CaseError):
    """Base of identity, partner and bundle problems."""


class IdentityError(ExchangeError):
    """The workbench identity is missing, damaged or locked with another passphrase."""

    code = "identity.problem"


class PartnerError(ExchangeError):
    """A contact card or the partner directory is not acceptable."""

    code = "partner.problem"


class ChangedKey(PartnerError):
    """A known partner now presents different keys: refused until re-confirmed."""


class BundleError(ExchangeError):
    """A bundle is refused (read) or not written (``export.*`` codes); nothing was changed.
    `path` is the bundle file."""

    code = "bundle.refused"  # {reason} in English; the checks users meet most have their own code

    def __init__(self, path: Path | str | None, problem: str, *, code: str | None = None,
                 **params: object) -> None:
        self.reason = problem  # the problem alone, without "bundle refused: …"
        if (code or self.code).startswith("export."):  # a bundle being written: nothing was imported
            text = f"bundle not written: {problem}; nothing was exported"
        else:
            text = f"bundle refused: {problem}; nothing was imported"
        super().__init__(path, text, code=code, **params)


class UnknownSigner(BundleError):
    """Signed by a key that is not pinned; `fingerprint` lets the user compare it."""

    code = "bundle.unknown_signer"

    def __init__(self, path: Path | str | None, problem: str, fingerprint: str = "", *,
                 code: str | None = None, **params: object) -> None:
        self.fingerprint = fingerprint
        super().__init__(path, problem, code=code, fingerprint=fingerprint, **params)


class FutureDated(BundleError):
    """Dated further ahead than the tolerance: a replay trick or the sender's wrong clock.
    `created_at` and `now` (UTC text) let the window ask the user to confirm the clock."""

    code = "bundle.future_dated"

    def __init__(self, path: Path | str | None, problem: str, created_at: str, now: str,
                 **params: object) -> None:
        self.created_at = created_at
        self.now = now
        super().__init__(path, problem, code=None, created_at=created_at, now=now, **params)


class SignerKeyChanged(UnknownSigner):
    """Signed by a new key from someone who claims to be a pinned partner."""

    code = "bundle.signer_key_changed"


