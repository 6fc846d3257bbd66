"""The errors the command line and the window catch, as services hand them up.

The classes are defined where they are raised (store, exchange); the layers above import
them from here, so they depend on services only (an import-linter contract holds this).
"""

from __future__ import annotations

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
    "BundleError", "CaseError", "CaseExists", "CaseLocked", "ChangedKey", "DamagedCase",
    "DiskFull", "ExchangeError", "FutureDated", "IdentityError", "InvalidInput", "MissingKeySlot",
    "NewerVersion", "NotACase", "NotFound", "PartnerError", "ReadOnlyCase", "ReadOnlyStorage",
    "SignerKeyChanged", "SlotError", "StorageError", "StorageIOError", "StoragePermission",
    "UnknownSigner", "WrongPassphrase", "storage_error",
]
