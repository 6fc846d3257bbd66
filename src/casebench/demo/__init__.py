"""The demo case "Operation Mar Azul": product code that builds a fictional case from data.

The story (cast, companies, links, events, forum, exhibits and document texts) lives in
``casebench/resources/demo/*.json``; this package reads it (`content`), draws the repetitive
parts (`generate`), adds the entities through the services (`build`), the exhibits
(`evidence`) and the imported tables (`tables`), and writes the demo's outputs (`outputs`).
It sits above services and below cli/ui (import-linter holds this); nothing in the core
knows of it.
"""

from __future__ import annotations

from casebench.demo.build import DEMO_PASSPHRASE, DemoResult, build_demo

__all__ = ["DEMO_PASSPHRASE", "DemoResult", "build_demo"]
