"""import-table, spec list|show|save, export-ftm|export-stix|export-case-uco, import-ftm."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from casebench.cli.common import (
    ProgressBar,
    UserError,
    add_case_arg,
    add_max_tlp_arg,
    add_passphrase_args,
    given_max_tlp,
    max_tlp_for,
    opened,
    print_json,
)
from casebench.cli.error_texts import cli_text
from casebench.domain.countries import country_name
from casebench.services import interop, specs
from casebench.services.table_import import (
    ColumnMap,
    ImportReport,
    ImportSpec,
    Related,
    import_table,
    preview,
    rollback_import,
    sniff_table,
    unfinished_imports,
)


def _format_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--encoding", help="file encoding (default: detected), e.g. latin-1, utf-16")
    p.add_argument("--delimiter", help="CSV delimiter (default: detected); 'tab' for tabs")
    p.add_argument("--sheet", help="XLSX sheet (default: the first; a wrong name lists them)")
    p.add_argument("--header-row", type=int, default=0, metavar="N",
                   help="the row holding the column names (default: found past title rows)")


def _mapping_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=PROPERTY",
                   help="map a column to a property, e.g. Llamante=callerNumber or "
                   "IBAN=payerAccount.iban; repeat")
    p.add_argument("--schema", help="the schema each row becomes, e.g. Call, Payment, Person")
    p.add_argument("--const", action="append", default=[], metavar="PROPERTY=VALUE",
                   help="a value for every row, e.g. currency=EUR; repeat")
    p.add_argument("--related", action="append", default=[], metavar="PROPERTY=SCHEMA[:link]",
                   help="the schema of a linked entity (':link' only links existing ones)")
    p.add_argument("--require", action="append", default=[], metavar="PROPERTY")
    p.add_argument("--date-format", action="append", default=[], metavar="F",
                   help="e.g. dd/mm/yyyy hh:mm:ss or %%d/%%m/%%Y; 'excel' or 'excel1904' for "
                   "Excel date numbers written as text; repeat to try several")
    p.add_argument("--time-column", action="append", default=[], metavar="DATECOL=TIMECOL",
                   help="join a date column with its separate time column, e.g. Fecha=Hora (times "
                   "such as 19:15, 7:15 PM or 19h15)")
    p.add_argument("--tz", default="", help="time zone of the source, e.g. +01:00 or Europe/Madrid")
    p.add_argument("--phone-country", default="", help="country for numbers without +code, e.g. es")
    p.add_argument("--decimal", default="", choices=["", ",", "."], help="decimal separator")
    p.add_argument("--signed", default="", metavar="PROPERTY",
                   help="a signed amount; positive swaps payer and beneficiary (a credit)")
    p.add_argument("--debit", default="", metavar="COLUMN",
                   help="debit column of a debit/credit pair (with --credit): one signed amount")
    p.add_argument("--credit", default="", metavar="COLUMN", help="credit column of the pair")
    p.add_argument("--direction", default="", metavar="COLUMN",
                   help="a column saying which way each amount went (D/C, DR/CR, Debe/Haber, Cargo/Abono, "
                   "Pago/Ingreso, Débito/Crédito, Retrait/Versement, Withdrawal/Deposit, -/+: "
                   "resources/vocab/direction_words.tsv), beside the column mapped to amount")
    p.add_argument("--spec-tag", action="append", default=[], metavar="TAG",
                   help="tag every imported entity")
    p.add_argument("--record-key", action="append", default=[], metavar="PROPERTY",
                   help="the properties identifying a record across files (e.g. recordId, date); "
                   "repeat; default: every mapped value")


def _pairs(items: list[str], what: str) -> list[tuple[str, str]]:
    out = []
    for item in items:
        left, sep, right = item.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise UserError(f"{what} {item!r}: write LEFT=RIGHT")
        out.append((left.strip(), right.strip()))
    return out


def _spec_from_args(args: argparse.Namespace, name: str = "") -> ImportSpec:
    if not args.schema or not (args.map or args.debit):
        raise UserError("give --spec NAME, or --schema SCHEMA with at least one --map COLUMN=PROPERTY")
    related = []
    for prop, target in _pairs(args.related, "--related"):
        schema, _, mode = target.partition(":")
        related.append(Related(prop, schema, create=mode != "link"))
    return ImportSpec(
        name=name, schema=args.schema,
        columns=tuple(ColumnMap(c, p) for c, p in _pairs(args.map, "--map")),
        constants=tuple(_pairs(args.const, "--const")), related=tuple(related),
        required=tuple(args.require), date_formats=tuple(args.date_format), tz=args.tz,
        phone_region=args.phone_country, decimal=args.decimal, signed=args.signed,
        debit=args.debit, credit=args.credit, direction=args.direction,
        time_columns=tuple(_pairs(args.time_column, "--time-column")),
        record_key=tuple(args.record_key),
        encoding=getattr(args, "encoding", None) or "", delimiter=getattr(args, "delimiter", None) or "",
        sheet=getattr(args, "sheet", None) or "", header_row=getattr(args, "header_row", 0) or 0,
        tags=tuple(args.spec_tag))


def _with_options(spec: ImportSpec, args: argparse.Namespace) -> ImportSpec:
    """A saved spec with the command line's options applied: nothing given is ignored.

    Options that add (--map, --const, --related, --require, --spec-tag, --time-column) add
    to the spec; options that set (--tz, --phone-country, --decimal, --signed, --debit,
    --credit, --direction, --date-format, --header-row) replace its value; --schema must be the spec's.
    """
    if args.schema and args.schema != spec.schema:
        raise UserError(f"specification {spec.name!r} makes {spec.schema} entities; --schema "
                        f"{args.schema} cannot change that (save another specification)")
    changes: dict[str, object] = {}
    if args.map:
        changes["columns"] = spec.columns + tuple(ColumnMap(c, p) for c, p in _pairs(args.map, "--map"))
    if args.const:
        new = dict(_pairs(args.const, "--const"))
        changes["constants"] = tuple((p, v) for p, v in spec.constants if p not in new) + tuple(new.items())
    if args.related:
        extra = []
        for prop, target in _pairs(args.related, "--related"):
            schema, _, mode = target.partition(":")
            extra.append(Related(prop, schema, create=mode != "link"))
        changes["related"] = tuple(r for r in spec.related if r.prop not in {e.prop for e in extra}) + tuple(extra)
    if args.require:
        changes["required"] = tuple(dict.fromkeys(spec.required + tuple(args.require)))
    if args.spec_tag:
        changes["tags"] = tuple(dict.fromkeys(spec.tags + tuple(args.spec_tag)))
    if args.time_column:
        changes["time_columns"] = spec.time_columns + tuple(_pairs(args.time_column, "--time-column"))
    if args.date_format:
        changes["date_formats"] = tuple(args.date_format)
    for option, name in (("tz", "tz"), ("phone_country", "phone_region"), ("decimal", "decimal"),
                         ("signed", "signed"), ("debit", "debit"), ("credit", "credit"),
                         ("direction", "direction")):
        if getattr(args, option):
            changes[name] = getattr(args, option)
    if args.record_key:
        changes["record_key"] = tuple(args.record_key)
    if getattr(args, "header_row", 0):
        changes["header_row"] = args.header_row
    return replace(spec, **changes) if changes else spec  # type: ignore[arg-type]


def _selection_args(p: argparse.ArgumentParser) -> None:
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--entity", action="append", default=[], metavar="ID", help="export this entity; repeat")
    p.add_argument("--tag", help="export the entities with this tag")
    add_max_tlp_arg(p, "leave out entities, values and exhibits above this TLP")
    p.add_argument("--justification", default="", help="why (recorded in the audit log)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-table", help="import a CSV or XLSX file (call records, bank statements ...)")
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("file", metavar="FILE", type=Path, nargs="?",
                   help="the file (importing a file whose import was interrupted resumes it)")
    p.add_argument("--spec", metavar="NAME", help="a saved import specification")
    p.add_argument("--rollback", metavar="ID",
                   help="delete every row the import with this id brought in (see --unfinished)")
    p.add_argument("--unfinished", action="store_true",
                   help="list imports that were interrupted (resume: import the file again)")
    _mapping_args(p)
    _format_args(p)
    p.add_argument("--strict", action="store_true", help="import nothing if any row has a problem")
    p.add_argument("--exhibit", metavar="REF", help="exhibit to hold the file (default: a new one)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_table)

    sp = sub.add_parser("spec", help="saved import specifications: list, show, save, delete")
    ssub = sp.add_subparsers(dest="spec_command", metavar="ACTION", required=True)
    q = ssub.add_parser("list", help="list saved specifications")
    add_case_arg(q)
    add_passphrase_args(q)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_spec_list)
    q = ssub.add_parser("show", help="show a saved specification as JSON")
    add_case_arg(q)
    add_passphrase_args(q)
    q.add_argument("name", metavar="NAME")
    q.set_defaults(func=cmd_spec_show)
    q = ssub.add_parser("save", help="save a specification from --map options or a JSON file")
    add_case_arg(q)
    add_passphrase_args(q)
    q.add_argument("name", metavar="NAME")
    q.add_argument("--from-json", type=Path, metavar="FILE", help="a specification as JSON (spec show)")
    q.add_argument("--description", default="")
    _mapping_args(q)
    _format_args(q)
    q.set_defaults(func=cmd_spec_save)
    q = ssub.add_parser("delete", help="delete a saved specification")
    add_case_arg(q)
    add_passphrase_args(q)
    q.add_argument("name", metavar="NAME")
    q.set_defaults(func=cmd_spec_delete)

    for name, what, func in (("export-ftm", "FollowTheMoney JSON lines", cmd_export_ftm),
                             ("export-stix", "a STIX 2.1 bundle of identifiers and identities", cmd_export_stix),
                             ("export-case-uco", "CASE/UCO JSON-LD of exhibits, hashes and custody",
                              cmd_export_case_uco)):
        e = sub.add_parser(name, help=f"write {what}")
        _selection_args(e)
        if name == "export-case-uco":
            e.add_argument("--exhibit", action="append", default=[], metavar="REF")
        e.set_defaults(func=func)

    i = sub.add_parser("import-ftm", help="import FollowTheMoney JSON lines (Aleph, OpenSanctions)")
    add_case_arg(i)
    add_passphrase_args(i)
    i.add_argument("file", metavar="FILE", type=Path)
    i.add_argument("--exhibit", metavar="REF", help="exhibit to hold the file (default: a new one)")
    i.add_argument("--strict", action="store_true",
                   help="import nothing if any line or value would be left out")
    i.add_argument("--lenient", action="store_true",
                   help="exit 0 even when lines were refused (the others are imported)")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=cmd_import_ftm)


def _print_report(report: ImportReport, as_json: bool) -> None:
    if as_json:
        print_json({"file": str(report.path), "sha256": report.sha256,
                    "format": report.format.describe(), "specification": report.spec_name,
                    "exhibit": report.exhibit, "rows": report.rows,
                    "imported_rows": report.imported_rows, "rejected_rows": report.rejected_rows,
                    "entities": report.entities, "linked": report.linked,
                    "matched_by_name": report.matched, "merge_proposals": report.proposed,
                    "names_not_linked": report.ambiguous,
                    "statements": report.statements, "already_imported": report.already_imported,
                    "imported": report.imported, "warned_rows": report.warned_rows,
                    "import": report.import_id, "resumed_after": report.resumed_after,
                    "skipped_rows": [{"row": n, "text": t} for n, t in report.skipped],
                    "errors": [{"row": e.row, "column": e.column, "reason": e.reason}
                               for e in report.errors],
                    "warnings": [{"row": e.row, "column": e.column, "reason": e.reason}
                                 for e in report.warnings]})
        return
    for err in report.errors[:50]:
        print(f"  {err.located(cli_text(err.cause)) if err.cause is not None else err}")
    if len(report.errors) > 50:
        print(f"  ... and {report.rejected_rows - 50} more rows with problems (use --json)")
    for warn in report.warnings[:20]:
        print(f"  warning: {warn}")
    if len(report.warnings) > 20:
        print(f"  ... and {len(report.warnings) - 20} more warnings (use --json)")
    print(report.summary())


def _import_runs(args: argparse.Namespace) -> int:
    with opened(args) as case:
        if args.rollback:
            bar = ProgressBar("rolling back")
            try:
                done = rollback_import(case, args.rollback, progress=bar)
            finally:
                bar.finish()
            if args.json:
                print_json({"import": done.run.id, "file": done.run.file_name,
                            "entities": done.entities, "statements": done.statements})
            else:
                print(f"import {done.run.id} of {done.run.file_name} rolled back: "
                      f"{done.entities} entities ({done.statements} values) deleted")
            return 0
        runs = unfinished_imports(case)
    if args.json:
        print_json([{"import": r.id, "file": r.file_name, "specification": r.spec_name,
                     "started_at": r.started_at, "started_by": r.started_by,
                     "done_row": r.done_row} for r in runs])
    elif not runs:
        print("no unfinished import")
    for r in runs if not args.json else []:
        print(f"{r.id}  {r.file_name} ({r.spec_name or '(unsaved)'}), started {r.started_at[:19]} "
              f"by {r.started_by}, stopped after row {r.done_row}")
    return 0


def cmd_import_table(args: argparse.Namespace) -> int:
    if args.rollback or args.unfinished:
        return _import_runs(args)
    if args.file is None:
        raise UserError("import-table: give the FILE to import (or --rollback ID, --unfinished)")
    with opened(args) as case:
        spec = _with_options(specs.get_spec(case, args.spec), args) if args.spec else _spec_from_args(args)
        if args.spec:
            specs.check_spec(spec, args.file)  # options that do not fit the spec are refused
        fmt = sniff_table(args.file, spec, encoding=args.encoding, delimiter=args.delimiter,
                          sheet=args.sheet, header_row=args.header_row)
        if not args.json:
            print(f"{args.file.name}: {fmt.describe()}", file=sys.stderr)
            first = preview(args.file, spec, fmt=fmt, rows=20, case=case)
            if first.bare_phones and first.phone_region and not spec.phone_region:
                # a Portuguese 912 345 678 is a valid Madrid number too: say which it became
                print(f"{args.file.name}: numbers without +code are read as numbers of "
                      f"{country_name(first.phone_region)} ({first.phone_region}, the case's country); "
                      "give --phone-country CC if the file comes from another country's operator",
                      file=sys.stderr)
        bar = ProgressBar("importing")
        try:
            report = import_table(case, args.file, spec, strict=args.strict, fmt=fmt,
                                  exhibit=args.exhibit, progress=bar)
        finally:
            bar.finish()
    _print_report(report, args.json)
    return 1 if args.strict and not report.imported and not report.already_imported else 0


def cmd_spec_list(args: argparse.Namespace) -> int:
    with opened(args) as case:
        items = specs.list_specs(case)
    if args.json:
        print_json([s.__dict__ for s in items])
    for s in items if not args.json else []:
        print(f"{s.name}\t{s.schema}\t{s.columns} columns\t{s.description}")
    return 0


def cmd_spec_show(args: argparse.Namespace) -> int:
    with opened(args) as case:
        print_json(specs.get_spec(case, args.name).to_json())
    return 0


def cmd_spec_save(args: argparse.Namespace) -> int:
    import json

    if args.from_json:
        try:
            spec = ImportSpec.from_json(json.loads(args.from_json.read_text("utf-8")))
        except (OSError, ValueError) as exc:
            raise UserError(f"cannot read {args.from_json}: {exc}") from None
    else:
        spec = _spec_from_args(args, args.name)
    if args.description:
        spec = replace(spec, description=args.description)
    with opened(args) as case:
        saved = specs.save_spec(case, spec, args.name)
    print(f"saved import specification {saved.name!r} ({saved.schema}, {len(saved.columns)} columns)")
    return 0


def cmd_spec_delete(args: argparse.Namespace) -> int:
    with opened(args) as case:
        specs.delete_spec(case, args.name)
    print(f"deleted import specification {args.name!r}")
    return 0


def _export(args: argparse.Namespace, fn: object, **kw: object) -> int:
    given = given_max_tlp(args)
    with opened(args) as case:
        selection = interop.Selection(tuple(args.entity), args.tag or "", max_tlp_for(case, given))
        bar = ProgressBar("exporting")
        try:
            report = fn(case, args.output, selection,  # type: ignore[operator]
                        justification=args.justification, progress=bar, **kw)
        finally:
            bar.finish()
    count = f"{report.exhibits} exhibits" if report.exhibits else f"{report.entities} entities"
    print(f"wrote {report.format} to {report.path} ({count})")
    if report.withheld:
        print(f"left out {report.withheld} item(s) above {selection.max_tlp.label}")
    return 0


def cmd_export_ftm(args: argparse.Namespace) -> int:
    return _export(args, interop.export_ftm)


def cmd_export_stix(args: argparse.Namespace) -> int:
    return _export(args, interop.export_stix)


def cmd_export_case_uco(args: argparse.Namespace) -> int:
    return _export(args, interop.export_case_uco, exhibits=tuple(args.exhibit))


SHOWN_PROBLEMS = 50


def _plain(text: str) -> str:
    """A file's text for the terminal: control characters (escape sequences) shown escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def cmd_import_ftm(args: argparse.Namespace) -> int:
    if args.strict and args.lenient:
        raise UserError("--strict and --lenient contradict each other; give one")
    with opened(args) as case:
        bar = ProgressBar("importing")
        try:
            report = interop.import_ftm(case, args.file, exhibit=args.exhibit, strict=args.strict,
                                        progress=bar)
        finally:
            bar.finish()
    failed = report.refused_all or (report.refused_lines > 0 and not args.lenient)
    if args.json:
        print_json({"file": str(report.path), "sha256": report.sha256, "exhibit": report.exhibit,
                    "lines": report.lines, "entities": report.entities,
                    "statements": report.statements, "updated": report.updated,
                    "already_present": report.present, "merged_lines": report.merged,
                    "refused_lines": report.refused_lines, "imported": not report.refused_all,
                    "already_imported": report.already_imported,
                    "not_imported": dict(report.not_imported.most_common()),
                    "problem_count": report.problem_count, "problems": report.problems})
        return 1 if failed else 0
    print(report.summary())
    if report.not_imported:
        print("casebench has no place for (FtM schema.property: lines):")
        for what, count in report.not_imported.most_common():
            print(f"  {_plain(what)}: {count}")
    for problem in report.problems[:SHOWN_PROBLEMS]:
        print(f"  {_plain(problem)}")
    if report.problem_count > SHOWN_PROBLEMS:
        print(f"  … and {report.problem_count - SHOWN_PROBLEMS} more (use --json)")
    return 1 if failed else 0
