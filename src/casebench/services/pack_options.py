"""What a briefing pack can be asked for (its languages and sections), without the renderers.

`services.briefing` imports reportlab and python-docx; the command line's help and the
argument checks need only these names.
"""

from __future__ import annotations

from casebench.reports.content import SECTIONS
from casebench.reports.labels import LANGUAGES

__all__ = ["LANGUAGES", "SECTIONS"]
