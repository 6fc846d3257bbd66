"""Work around a PySide6 6.12 refcount bug on Python 3.11: every call of a Qt method that
returns ``void`` drops one reference to ``None`` (PySide6 6.12 treats None as immortal,
which it is only from Python 3.12). A chart of 5,000 links makes ~50,000 such calls and
the interpreter aborts with "none_dealloc: deallocating None".

On Python < 3.12 this raises None's reference count once by 2**40 at import, which no
session can use up. Python 3.12+ (immortal None) is left alone. Remove this module once
the project requires Python >= 3.12 or a PySide6 without the bug.
"""

from __future__ import annotations

import ctypes
import sys

_BUMP = 1 << 40
_done = False


def keep_none_alive() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of PyObject
    refcnt.value += _BUMP
    _done = True


keep_none_alive()
