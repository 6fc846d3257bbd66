"""Errors as data: a code, named parameters and a neutral English text.

The core says *what* went wrong (`code`, `params`); the command line and the window say it
in their own words: the CLI from English templates that may name its flags, the window from
translatable templates (ui/error_texts.py). `str()` is the neutral English text, for logs
and for any reader that knows no template for the code.
"""

from __future__ import annotations

import string
from collections.abc import Mapping


class CodedError(Exception):
    """An expected problem. `code` names it (dotted, stable: catalogues key on it); `params`
    fill the named fields of a template; `text` is the neutral English sentence."""

    code: str = ""  # a subclass with one meaning sets its code here; "" = no template, show `text`

    def __init__(self, text: str, /, *, code: str | None = None, **params: object) -> None:
        super().__init__(text)
        self.text = text
        if code is not None:
            self.code = code
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        return self.text


class InvalidValue(CodedError, ValueError):
    """A value as typed or found in a table (a date, an amount, a phone number, a grade) that
    cannot be read. A ValueError too, so readers that catch ValueError keep working."""


class _Lenient(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: Mapping[str, object]) -> str:
    """`template` with its {named} fields filled from `params`; a field with no value stays as
    written and a malformed template is returned as it is, so a translator's slip never hides
    the error being reported."""
    try:
        return string.Formatter().vformat(template, (), _Lenient(params))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template
