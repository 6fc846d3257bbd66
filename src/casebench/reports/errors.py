"""Errors raised by the briefing-pack renderers."""

from __future__ import annotations

from casebench.domain.errors import CodedError


class ReportError(CodedError):
    """A briefing pack could not be written; `str()` is a neutral English message, `code` and
    `params` let the CLI and the window word it."""
