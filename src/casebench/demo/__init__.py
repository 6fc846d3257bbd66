"""The demo case "Operation Mar Azul": product code that builds a fictional case from data.

The story (cast, companies, links, events, forum, exhibits and document texts) lives in
``casebench/resources/demo/*.json``; this package reads it (`content`), draws the repetitive
parts (`generate`), adds the entities through the services (`build`), the exhibits
(`evidence`) and the imported tables (`tables`), and writes the demo's outputs (`outputs`).
It sits above services and below cli/ui (import-linter holds this); nothing in the core
knows of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casebench.demo.build import DemoResult, build_demo

# The builder pulls in the report renderers (reportlab, python-docx) for the demo's outputs:
# it is loaded when first asked for, so naming the passphrase (the command line's help, the
# first-run dialog) costs nothing.
DEMO_PASSPHRASE = "demo"


def __getattr__(name: str) -> Any:
    if name in ("DemoResult", "build_demo"):
        from casebench.demo import build

        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DEMO_PASSPHRASE", "DemoResult", "build_demo"]
