"""Errors a user can meet when opening or using a case, each with a plain message."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any, Self, overload

from casebench.domain.errors import CodedError


class CaseError(CodedError):
    """Base of every expected problem; `str()` is a one-line neutral English message.

    Two forms: `CaseError(path, problem)` names the case folder or file the problem is about,
    `CaseError(problem)` (or `path=None`) is about no file. `problem` is the neutral text;
    `code=` and named parameters let the CLI and the window word it themselves.
    """

    @overload
    def __init__(self, problem: str, /, *, path: Path | str | None = None, code: str | None = None,
                 **params: object) -> None: ...

    @overload
    def __init__(self, where: Path | str | None, problem: str, /, *, code: str | None = None,
                 **params: object) -> None: ...

    def __init__(self, first: Path | str | None, problem: str | None = None, /, *,
                 path: Any = None, code: str | None = None, **params: object) -> None:
        if problem is None:  # the one-argument form: a problem about no file
            problem, where = str(first), path if isinstance(path, Path | str) else None
        else:
            where = first
        self.path: Path | None = None if where is None else Path(where)
        self.problem = problem
        super().__init__(self.located(problem), code=code, **params)

    def located(self, problem: str) -> str:
        """`problem` as this error says it: after the path it is about, if any."""
        return problem if self.path is None else f"{self.path}: {problem}"

    @classmethod
    def carrying(cls, path: Path | str | None, exc: BaseException) -> Self:
        """`exc` said as this kind of error about `path`, keeping its code and parameters (a
        format reader's refusal handed up by a service). A refusal that already starts with
        the path does not say it twice ("x.csv: x.csv: the file is not valid …")."""
        problem = str(exc)
        if path is not None:
            problem = problem.removeprefix(f"{Path(path)}: ")
        if isinstance(exc, CodedError):
            return cls(path, problem, code=exc.code or None, **exc.params)
        return cls(path, problem)


class NotACase(CaseError):
    code = "case.not_a_case"


class WrongPassphrase(CaseError):
    code = "case.wrong_passphrase"

    def __init__(self, path: Path | str | None = None) -> None:
        super().__init__(path, "incorrect passphrase")


class NewerVersion(CaseError):
    code = "case.newer_version"


class DamagedCase(CaseError):
    """case.db (or another case file) is damaged; `problem` says where."""

    code = "case.damaged"


class MissingKeySlot(CaseError):
    code = "case.no_key_slot"


class CaseLocked(CaseError):
    code = "case.in_use"


class CaseExists(CaseError):
    code = "case.exists"


class SlotError(CaseError):
    pass


class NotFound(CaseError):
    """An entity, exhibit or other item named by the user does not exist."""


class InvalidInput(CaseError):
    """A value the user gave is not acceptable; nothing was changed."""


class StorageError(CaseError):
    """The disk or the system refused a read or write (full, read-only, I/O, permission).

    Never damage: the files may be whole. `problem` names the path, so `str()` is the
    problem alone.
    """

    def located(self, problem: str) -> str:
        return problem


class DiskFull(StorageError):
    pass


class ReadOnlyStorage(StorageError):
    pass


class StoragePermission(StorageError):
    pass


class StorageIOError(StorageError):
    pass


class ReadOnlyCase(CaseError):
    """A write was asked of a case opened read-only."""

    code = "case.read_only"


# SQLite primary result codes (sqlite3.h)
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_AUTH, _SQLITE_NOTADB = 23, 26
_LOW_SPACE = 256 * 1024  # below this, an I/O error on the case's disk is a full disk


def _disk_full(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(_existing(path)).free < _LOW_SPACE
    except OSError:
        return False


def _read_only_medium(path: Path) -> bool:
    try:
        return bool(os.statvfs(_existing(path)).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return False


def _existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def full(path: Path, what: str = "nothing was changed") -> DiskFull:
    return DiskFull(path, f"the disk holding {path} is full: {what}; free some space and try again",
                    code="storage.full", what=what)


def read_only(path: Path, what: str = "nothing was changed") -> ReadOnlyStorage:
    return ReadOnlyStorage(path, f"{path} is on a read-only disk or folder: {what}",
                           code="storage.read_only", what=what)


def storage_error(exc: BaseException, path: Path | str, *, generic: bool = True) -> CaseError | None:
    """The plain one-line error for an SQLCipher or OS error met while using the case at `path`.

    Only cipher and structure failures (SQLITE_NOTADB, SQLITE_CORRUPT) say "damaged".
    None when `exc` is neither (or is already a CaseError), and, with generic=False, for
    an SQL error that is not about the storage (a constraint, a trigger: left as it is).
    """
    import sqlcipher3

    path = Path(path)
    if isinstance(exc, CaseError):
        return None
    if isinstance(exc, OSError):
        return _os_error(exc, path)
    if isinstance(exc, UnicodeEncodeError) and exc.reason == "surrogates not allowed":
        # A lone surrogate (a broken decoder upstream, a JSON "\\ud800") cannot be stored
        # as UTF-8: refuse the value plainly instead of failing as a programming error.
        bad = exc.object[exc.start:exc.end] if isinstance(exc.object, str) else ""
        code_point = f" (U+{ord(bad[0]):04X})" if bad else ""
        return InvalidInput(path, f"a text holds a broken character{code_point} and cannot be "
                            "stored: nothing was changed", code="input.broken_character")
    if not isinstance(exc, sqlcipher3.Error):
        return None
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc)
    if code == _SQLITE_FULL or (code == _SQLITE_IOERR and _disk_full(path)):
        return full(path)
    if code == _SQLITE_READONLY or (code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and _read_only_medium(path)):
        return read_only(path)
    if code in (_SQLITE_PERM, _SQLITE_AUTH) or (code == _SQLITE_CANTOPEN and not os.access(path, os.W_OK)):
        return StoragePermission(
            path, f"no permission to read or write the files of {path}: nothing was changed",
            code="storage.permission")
    if code == _SQLITE_IOERR:
        return StorageIOError(
            path, f"the disk holding {path} reported an input/output error (a failing or removed "
            "disk?): the last change was not saved", code="storage.io_error")
    if code == _SQLITE_CANTOPEN:
        return StorageIOError(path, f"case.db in {path} cannot be opened ({text})", code="storage.cannot_open",
                              detail=text)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return CaseLocked(path, "case.db is busy in another program: nothing was changed; close it there "
                          "and try again", code="case.busy")
    if code in (_SQLITE_NOTADB, _SQLITE_CORRUPT):
        return DamagedCase(path, f"case.db is damaged ({text})")
    return CaseError(path, f"case.db could not be used: {text}", code="case.unusable",
                     detail=text) if generic else None


def _os_error(exc: OSError, path: Path) -> CaseError | None:
    where = Path(exc.filename) if exc.filename else path
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return full(where, "the change was not saved")
    if exc.errno == errno.EROFS:
        return read_only(where, "the change was not saved")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return StoragePermission(where, f"no permission to use {where}: the change was not saved",
                                 code="storage.permission")
    if exc.errno == errno.EIO:
        return StorageIOError(where, f"the disk holding {where} reported an input/output error",
                              code="storage.io_error")
    return None
