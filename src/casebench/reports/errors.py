"""Errors raised by the briefing-pack renderers."""

from __future__ import annotations


class ReportError(Exception):
    """A briefing pack could not be written; the message is fit to show the user."""


class RenderCancelled(ReportError):
    """The user cancelled rendering; no output file was left behind."""

    def __init__(self, message: str = "rendering was cancelled; no file was written") -> None:
        super().__init__(message)
