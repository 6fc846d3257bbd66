"""Errors a user can meet when opening or using a case, each with a plain message."""

from __future__ import annotations

from pathlib import Path


class CaseError(Exception):
    """Base of every expected problem; `str()` is a one-line message for the user."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class NotACase(CaseError):
    pass


class WrongPassphrase(CaseError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "incorrect passphrase")


class NewerVersion(CaseError):
    pass


class DamagedCase(CaseError):
    """case.db (or another case file) is damaged; `problem` says where."""


class MissingKeySlot(CaseError):
    pass


class CaseLocked(CaseError):
    pass


class CaseExists(CaseError):
    pass


class SlotError(CaseError):
    pass


class NotFound(CaseError):
    """An entity, exhibit or other item named by the user does not exist."""


class InvalidInput(CaseError):
    """A value the user gave is not acceptable; nothing was changed."""
