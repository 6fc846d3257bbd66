"""Errors raised by the briefing-pack renderers."""

from __future__ import annotations


class ReportError(Exception):
    """A briefing pack could not be written; the message is fit to show the user."""

