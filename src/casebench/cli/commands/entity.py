"""entity add|edit|show|list|merge|unmerge|retract."""

from __future__ import annotations

import argparse
from typing import Any

from casebench.cli.common import (
    UsageError,
    UserError,
    add_case_arg,
    add_passphrase_args,
    opened,
    parse_assignments,
    print_json,
)
from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, Handling
from casebench.domain.model import Entity
from casebench.domain.schema import get_schema
from casebench.services import entities
from casebench.services.entities import EntityDraft, Source


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("entity", help="add, edit, show, list, merge and unmerge entities")
    esub = p.add_subparsers(dest="entity_command", metavar="ACTION", required=True)

    def common(ep: argparse.ArgumentParser) -> None:
        add_case_arg(ep)
        add_passphrase_args(ep)

    def source_args(ep: argparse.ArgumentParser) -> None:
        ep.add_argument("--set", action="append", metavar="PROP=VALUE",
                        help="a value to record; repeat for several (e.g. --set name='Ana Gomes')")
        ep.add_argument("--tlp", help="TLP of these values (default: the case's)")
        ep.add_argument("--grade", help="grade as scheme:value, e.g. admiralty:B2 or europol-4x4:A1H2")
        ep.add_argument("--source", help="exhibit reference the values come from")
        ep.add_argument("--locator", default="", help="page, message id or row within the source")
        ep.add_argument("--lang", default="", help="language of the values (ISO 639-1)")

    ep = esub.add_parser("add", help="add an entity")
    common(ep)
    ep.add_argument("--schema", required=True, help="Person, Company, Vessel, Payment, ... (see `entity schemata`)")
    source_args(ep)
    ep.add_argument("--tag", action="append", default=[], help="a tag for the entity (repeat)")
    ep.add_argument("--json", action="store_true", help="print the new entity as JSON")
    ep.set_defaults(func=cmd_add)

    ep = esub.add_parser("edit", help="add values to an entity, retract values, change tags")
    common(ep)
    ep.add_argument("id", metavar="ID", help="the entity's id")
    source_args(ep)
    ep.add_argument("--retract", action="append", metavar="STATEMENT_ID", default=[],
                    help="retract this value (its id is in `entity show`); repeat; needs --reason")
    ep.add_argument("--reason", default="", help="why values are retracted")
    ep.add_argument("--tag", action="append", default=[], metavar="TAG", help="add this tag (repeat)")
    ep.add_argument("--untag", action="append", default=[], metavar="TAG", help="remove this tag (repeat)")
    ep.set_defaults(func=cmd_edit)

    ep = esub.add_parser("show", help="show an entity with every value's provenance")
    common(ep)
    ep.add_argument("id", metavar="ID", help="the entity's id (from list or search)")
    ep.add_argument("--all", action="store_true", help="include retracted values")
    ep.add_argument("--json", action="store_true", help="print JSON")
    ep.set_defaults(func=cmd_show)

    ep = esub.add_parser("list", help="list entities: id, schema, caption, TLP")
    common(ep)
    ep.add_argument("--schema", help="only this schema, e.g. Person (see `entity schemata`)")
    ep.add_argument("--tag", help="only entities with this tag")
    ep.add_argument("--tlp", help="only entities at this TLP")
    ep.add_argument("--country", help="only entities with this country (ISO code, e.g. es)")
    ep.add_argument("--json", action="store_true", help="print JSON")
    ep.set_defaults(func=cmd_list)

    ep = esub.add_parser("merge", help="merge SOURCE into CANONICAL (reversible)")
    common(ep)
    ep.add_argument("source", metavar="SOURCE", help="the entity that is merged away")
    ep.add_argument("canonical", metavar="CANONICAL", help="the entity that stays")
    ep.add_argument("--reason", default="", help="why they are the same (kept in the audit log)")
    ep.set_defaults(func=cmd_merge)

    ep = esub.add_parser("unmerge", help="undo the merge of ID into another entity")
    common(ep)
    ep.add_argument("id", metavar="ID", help="the entity that was merged away")
    ep.add_argument("--reason", default="", help="why (kept in the audit log)")
    ep.set_defaults(func=cmd_unmerge)

    ep = esub.add_parser("schemata", help="list schemata and their properties")
    ep.add_argument("name", nargs="?", metavar="SCHEMA", help="show this schema's properties")
    ep.set_defaults(func=cmd_schemata)


def _source(args: argparse.Namespace, case_default: TLP | None = None) -> Source:
    try:
        grade = Grade.from_text(args.grade) if args.grade else None
        handling = Handling(tlp=TLP.parse(args.tlp)) if args.tlp else None
    except ValueError as exc:
        raise UserError(str(exc)) from None
    return Source(grade=grade, source_exhibit=args.source, locator=args.locator, lang=args.lang,
                  handling=handling)


def cmd_add(args: argparse.Namespace) -> int:
    values = parse_assignments(args.set)
    try:
        get_schema(args.schema)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    with opened(args) as case:
        eid = entities.add_entity(case, EntityDraft(args.schema, values, args.tag), _source(args))
        ent = entities.get(case, eid)
    if args.json:
        print_json(_entity_json(ent))
    else:
        print(eid)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    values = parse_assignments(args.set)
    if not (values or args.retract or args.tag or args.untag):
        raise UsageError("nothing to change: give --set, --retract, --tag or --untag")
    if args.retract and not args.reason.strip():
        raise UsageError("--retract needs --reason")
    with opened(args) as case, case.transaction():
        entities.get(case, args.id)  # a mistyped id: one plain line, before anything changes
        if values:
            entities.add_values(case, args.id, values, _source(args))
        for sid in args.retract:
            entities.retract(case, sid, args.reason)
        if args.tag or args.untag:
            entities.set_tags(case, args.id, args.tag, args.untag)
    print(f"updated {args.id}")
    return 0


def _entity_json(ent: Entity, include_retracted: bool = False) -> dict[str, Any]:
    return {
        "id": ent.id, "schema": ent.schema, "caption": ent.caption, "tlp": ent.tlp.short,
        "tags": ent.tags, "merged_ids": ent.merged_ids,
        "statements": [{
            "id": s.id, "property": s.prop, "value": s.value, "original": s.original,
            "author": s.provenance.author, "grade": s.provenance.grade.to_text() if s.provenance.grade else None,
            "source": s.provenance.source_exhibit, "locator": s.provenance.locator,
            "origin": s.provenance.origin, "tlp": s.tlp.short, "handling": s.handling.to_json(),
            "retracted": s.retracted,
            "created_at": s.created_at,
        } for s in ent.statements],
    }


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as case:
        ent = entities.show(case, args.id, include_retracted=args.all)
    if args.json:
        print_json(_entity_json(ent))
        return 0
    schema = get_schema(ent.schema)
    print(f"{ent.caption}  ({schema.label}, {ent.tlp.label})  id {ent.id}")
    if ent.tags:
        print(f"  tags: {', '.join(ent.tags)}")
    if ent.merged_ids:
        print(f"  merged from: {', '.join(ent.merged_ids)}")
    for s in ent.statements:
        label = schema.label_of(s.prop)
        shown = s.value if s.value == s.original else f"{s.value}  (as recorded: {s.original})"
        grade = f" {s.provenance.grade.to_text()}" if s.provenance.grade else ""
        src = f" from {s.provenance.source_exhibit}" if s.provenance.source_exhibit else ""
        origin = f" via {s.provenance.origin}" if s.provenance.origin else ""
        ret = f"  [RETRACTED: {s.retracted_reason}]" if s.retracted else ""
        print(f"  {label:<22} {shown}")
        print(f"  {'':<22}   {s.tlp.short}{grade} by {s.provenance.author}{src}{origin}  [{s.id}]{ret}")
        if s.handling.named_recipients or s.handling.pinned_recipients:
            who = [f"{p.name} (pinned key)" for p in s.handling.pinned_recipients]
            who += [f"{n} (free text: `casebench recipients pin` to pin)" for n in s.handling.named_recipients]
            print(f"  {'':<22}   only for: {'; '.join(who)}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    try:
        tlp = TLP.parse(args.tlp) if args.tlp else None
        if args.schema:
            get_schema(args.schema)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    with opened(args) as case:
        # printed as read: a case of a million calls starts listing at once
        rows = entities.iter_entities(case, schema=args.schema, tag=args.tag, tlp=tlp, country=args.country)
        if args.json:
            print_json([{"id": r.id, "schema": r.schema, "caption": r.caption, "tlp": r.tlp.short} for r in rows])
        else:
            for r in rows:
                print(f"{r.id}  {r.schema:<14} {r.caption}  {r.tlp.label}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with opened(args) as case:
        target = entities.merge(case, args.source, args.canonical, args.reason)
    print(f"merged {args.source} into {target}")
    return 0


def cmd_unmerge(args: argparse.Namespace) -> int:
    with opened(args) as case:
        former = entities.unmerge(case, args.id, args.reason)
    print(f"{args.id} is separate again from {former}")
    return 0


def cmd_schemata(args: argparse.Namespace) -> int:
    from casebench.domain.schema import concrete_schemata

    if args.name:
        try:
            sch = get_schema(args.name)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        print(f"{sch.name} ({sch.label}) — exported as FtM {sch.ftm}")
        for p in sch.properties.values():
            extra = f" -> {p.range}" if p.range else ""
            print(f"  {p.name:<22} {p.type.name.lower()}{extra}  {p.label}")
        return 0
    for sch in sorted(concrete_schemata(), key=lambda s: s.name):
        print(f"{sch.name:<16} {sch.label}")
    return 0
