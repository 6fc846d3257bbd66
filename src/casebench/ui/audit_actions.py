"""Audit actions in the window's language.

The audit log stores its actions in English, as the services write them ("Person added",
"custody seize recorded"); the record is never changed. The window shows the actions it
knows in the reader's language, built from the same words as the rest of the window
(schema labels, custody verbs); an action it does not know is shown as stored.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casebench.domain.schema import get_schema
from casebench.ui.labels import schema_label
from casebench.ui.value_labels import CUSTODY_EVENT, STATUS, value_label

CONTEXT = "audit action"

_FIXED = {str(a) for a in (
    QT_TRANSLATE_NOOP("audit action", "FollowTheMoney imported"),
    QT_TRANSLATE_NOOP("audit action", "RED recipient pinned"),
    QT_TRANSLATE_NOOP("audit action", "RED recipient unpinned"),
    QT_TRANSLATE_NOOP("audit action", "briefing pack printed"),
    QT_TRANSLATE_NOOP("audit action", "bundle date in the future accepted (sender's clock)"),
    QT_TRANSLATE_NOOP("audit action", "bundle exported"),
    QT_TRANSLATE_NOOP("audit action", "bundle imported"),
    QT_TRANSLATE_NOOP("audit action", "case created"),
    QT_TRANSLATE_NOOP("audit action", "case opened"),
    QT_TRANSLATE_NOOP("audit action", "chart exported"),
    QT_TRANSLATE_NOOP("audit action", "entities loaded in bulk"),
    QT_TRANSLATE_NOOP("audit action", "entities merged"),
    QT_TRANSLATE_NOOP("audit action", "entity viewed"),
    QT_TRANSLATE_NOOP("audit action", "evidence extracted"),
    QT_TRANSLATE_NOOP("audit action", "evidence files restored from quarantine"),
    QT_TRANSLATE_NOOP("audit action", "executive summary cleared"),
    QT_TRANSLATE_NOOP("audit action", "executive summary written"),
    QT_TRANSLATE_NOOP("audit action", "exhibit added"),
    QT_TRANSLATE_NOOP("audit action", "exhibit linked"),
    QT_TRANSLATE_NOOP("audit action", "exhibit viewed"),
    QT_TRANSLATE_NOOP("audit action", "import specification saved"),
    QT_TRANSLATE_NOOP("audit action", "import specification replaced"),
    QT_TRANSLATE_NOOP("audit action", "import specification deleted"),
    QT_TRANSLATE_NOOP("audit action", "imported entity merged after review"),
    QT_TRANSLATE_NOOP("audit action", "key slot added"),
    QT_TRANSLATE_NOOP("audit action", "key slot removed"),
    QT_TRANSLATE_NOOP("audit action", "merge proposal rejected"),
    QT_TRANSLATE_NOOP("audit action", "merge undone"),
    QT_TRANSLATE_NOOP("audit action", "passphrase changed"),
    QT_TRANSLATE_NOOP("audit action", "table imported"),
    QT_TRANSLATE_NOOP("audit action", "tags changed"),
    QT_TRANSLATE_NOOP("audit action", "timeline exported"),
    QT_TRANSLATE_NOOP("audit action", "unlisted evidence files quarantined"),
    QT_TRANSLATE_NOOP("audit action", "value retracted"),
    QT_TRANSLATE_NOOP("audit action", "values added"),
)}
_ADDED = re.compile(r"^([A-Z][A-Za-z]+) added$")
_CUSTODY = re.compile(r"^custody (\S+) recorded$")
_UNDONE = re.compile(r"^merge review decision undone \((\w+)\)$")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_label(action: str) -> str:
    """``action`` as the window shows it: "Person added" → "Alta: Persona"."""
    if action in _FIXED:
        return _t(action)
    m = _ADDED.match(action)
    if m:
        try:
            get_schema(m.group(1))
        except ValueError:
            return action
        return _t("{0} added").format(schema_label(m.group(1)))
    m = _CUSTODY.match(action)
    if m:
        return _t("custody {0} recorded").format(value_label(CUSTODY_EVENT, m.group(1)))
    m = _UNDONE.match(action)
    if m:
        return _t("merge review decision undone ({0})").format(value_label(STATUS, m.group(1)))
    return action


_NOOP_PATTERNS = (  # read by lupdate
    QT_TRANSLATE_NOOP("audit action", "{0} added"),
    QT_TRANSLATE_NOOP("audit action", "custody {0} recorded"),
    QT_TRANSLATE_NOOP("audit action", "merge review decision undone ({0})"),
)
