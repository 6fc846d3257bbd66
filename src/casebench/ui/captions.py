"""Relationship captions and actor strings in the window's language (decision 57).

Both are stored in English and never rewritten: a caption is the search key and the value
every export carries ("Ana Gomes paid Carla Mendes"), an actor names who wrote an audit,
custody or provenance record ("Ana Gomes (UDYCO) · key 3F2A 91C0 · login agomes"). What the
window shows is composed when drawn, in the language it is in, so a switch of language
re-renders them with the view (`value_labels.refresh_texts`):

* `caption` — a relationship's caption by the rule and verb table the briefing pack uses
  (`services.display.caption_text`, `reports.vocab`: "Ana Gomes pagó a Carla Mendes");
  a relationship whose caption is a role or relationship as typed is case data, shown as
  written: the session keeps their ids (`watch`, read again after every change of entities);
* `actor` — the words "key" and "login" of an actor string translated here; any other text
  (a computer login alone, a name typed in a form) as written; `actor_search` turns text
  typed to find an actor as shown back into the words as stored.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from casebench.services import display
from casebench.services import identity as identity_svc
from casebench.ui import i18n

if TYPE_CHECKING:
    from casebench.services.entity_links import Named
    from casebench.ui.session import CaseSession

__all__ = ["actor", "actor_search", "caption", "named", "watch"]

_typed: frozenset[str] = frozenset()  # the open case's relationships with a typed caption


def caption(schema: str, text: str, entity_id: str = "") -> str:
    """The stored caption of an entity of ``schema`` as the window shows it."""
    return display.caption_text(schema, text, i18n.current(), entity_id=entity_id, typed=_typed)


def named(item: Named) -> str:
    """The name of an entity (or exhibit) `services.entity_links` named, as the window shows it."""
    return caption(item.kind, item.name, item.id)


def actor(text: str) -> str:
    """An actor string with its words in the window's language; other text unchanged."""
    parts = identity_svc.actor_parts(text)
    if parts is None:
        return text
    who, key, login = parts
    return QCoreApplication.translate("actor", "{who} · key {key} · login {login}").format(
        who=who, key=key, login=login)


_ACTOR_EN = "{who} · key {key} · login {login}"
_ACTOR_WORDS = re.compile(r"\{who\}(?P<key>.*)\{key\}(?P<login>.*)\{login\}", re.DOTALL)


def actor_search(text: str) -> tuple[str, ...]:
    """What to look for within stored actor strings to find ``text`` typed as the window
    shows actors ("usuario aruiz"): the text as typed, and with the window's words for "key"
    and "login" as stored ("login aruiz"), so the audit's User filter finds what it lists."""
    shown = _ACTOR_WORDS.fullmatch(QCoreApplication.translate("actor", _ACTOR_EN))
    stored = _ACTOR_WORDS.fullmatch(_ACTOR_EN)
    back = text
    if shown is not None and stored is not None:
        for part in ("key", "login"):
            word, english = shown[part].strip(" ·"), stored[part].strip(" ·")
            if word and word != english:
                back = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", english, back, flags=re.IGNORECASE)
    return tuple(dict.fromkeys((text, back)))


class _Typed(QObject):
    """Reads the open case's typed captions on the session's worker: when the case opens and
    after each change of entities, queued before the views' own reads (it is connected
    first), so a list never draws a typed role in another language."""

    def __init__(self, session: CaseSession) -> None:
        super().__init__(session)
        self.session = session
        session.opened.connect(self.load)
        session.changed.connect(self._changed)
        session.closed.connect(self.clear)

    def load(self) -> None:
        self.session.call(display.typed_captions, owner=self, on_done=self._loaded)

    def _changed(self, topic: str) -> None:
        from casebench.ui.session import ENTITIES  # (the session module creates this one)
        if topic == ENTITIES:
            self.load()

    def _loaded(self, ids: frozenset[str]) -> None:
        global _typed
        _typed = ids

    def clear(self) -> None:
        global _typed
        _typed = frozenset()


def watch(session: CaseSession) -> None:
    """Keep the typed captions of the case ``session`` opens (called by `CaseSession`)."""
    _Typed(session)
