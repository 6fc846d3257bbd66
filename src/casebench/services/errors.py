"""The errors the command line and the window catch, as services hand them up.

Each carries a `code`, `params` and a neutral English text (domain/errors.py); the CLI and
the window word it from their own catalogues (cli/error_texts.py, ui/error_texts.py).
The classes are defined where they are raised (store, exchange); the layers above import
them from here, so they depend on services only (an import-linter contract holds this).
"""

from __future__ import annotations

from casebench.domain.errors import CodedError, fill
from casebench.exchange.errors import (
    BundleError,
    ChangedKey,
    ExchangeError,
    FutureDated,
    IdentityError,
    PartnerError,
    SignerKeyChanged,
    UnknownSigner,
)
from casebench.reports.errors import ReportError
from casebench.store.errors import (
    CaseError,
    CaseExists,
    CaseLocked,
    DamagedCase,
    DiskFull,
    InvalidInput,
    MissingKeySlot,
    NewerVersion,
    NotACase,
    NotFound,
    ReadOnlyCase,
    ReadOnlyStorage,
    SlotError,
    StorageError,
    StorageIOError,
    StoragePermission,
    WrongPassphrase,
    storage_error,
)

__all__ = [
    "BundleError", "CaseError", "CaseExists", "CaseLocked", "ChangedKey", "CodedError", "DamagedCase",
    "DiskFull", "ExchangeError", "FutureDated", "IdentityError", "InvalidInput", "MissingKeySlot",
    "NewerVersion", "NotACase", "NotFound", "PartnerError", "ReadOnlyCase", "ReadOnlyStorage", "ReportError",
    "SignerKeyChanged", "SlotError", "StorageError", "StorageIOError", "StoragePermission",
    "UnknownSigner", "WrongPassphrase", "fill", "storage_error",
]
