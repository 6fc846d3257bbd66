"""The contract for long work, as services and the layers above know it (defined in
domain/progress.py so that every layer raises and catches the same cancellation)."""

from __future__ import annotations

from casebench.domain.progress import (
    Cancelled,
    OperationCancelled,
    Progress,
    never_cancelled,
    no_progress,
)

__all__ = ["Cancelled", "OperationCancelled", "Progress", "never_cancelled", "no_progress"]
