"""identity, partner, export, import, merges: partner bundles from the command line."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from casebench.cli.common import (
    ProgressBar,
    UsageError,
    UserError,
    add_case_arg,
    add_passphrase_args,
    check_output_file,
    opened,
    print_json,
    read_passphrase,
)
from casebench.domain.handling import TLP
from casebench.services import bundles, merge_review
from casebench.services import identity as identity_svc
from casebench.services import partners as partners_svc
from casebench.services.bundles import BIDI, CONTROL, LegalBasis, PassphraseRecipient, Selection
from casebench.services.errors import ExchangeError, UnknownSigner


def safe_text(text: str) -> str:
    """Case data printed escaped: control and bidi characters shown as \\uXXXX."""
    return BIDI.sub(_esc, CONTROL.sub(_esc, text))


def _esc(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def _id_pass_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--identity-passphrase-file", type=Path, metavar="FILE",
                   help="identity passphrase from FILE (else CASEBENCH_IDENTITY_PASSPHRASE or a prompt)")


def _id_pass(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return read_passphrase(args, "Identity passphrase: ", confirm=confirm, env="CASEBENCH_IDENTITY_PASSPHRASE",
                           file_attr="identity_passphrase_file")


def _confirm(args: argparse.Namespace, question: str) -> bool:
    if getattr(args, "yes", False):
        return True
    if not sys.stdin.isatty():
        raise UserError(f"{question} — not asked (no terminal); add --yes to confirm")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("identity", help="your workbench identity: create, show, export-card")
    isub = p.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    ip = isub.add_parser("create", help="create this workbench's signing and encryption keys")
    ip.add_argument("--name", required=True, help="your name, as partners will see it")
    ip.add_argument("--agency", default="", help="your agency or unit")
    ip.add_argument("--country", default="", help="ISO code, e.g. es")
    ip.add_argument("--replace", action="store_true", help="replace an existing identity")
    _id_pass_arg(ip)
    ip.set_defaults(func=cmd_identity, action="create")
    for name, helptext in (("show", "show your contact card and fingerprint"),
                           ("export-card", "write your contact card for partners")):
        ip = isub.add_parser(name, help=helptext)
        _id_pass_arg(ip)
        if name == "export-card":
            ip.add_argument("-o", "--output", type=Path, help="file to write (default: print)")
        ip.set_defaults(func=cmd_identity, action=name)

    p = sub.add_parser("partner", help="pinned partner keys: add, list, remove")
    psub = p.add_subparsers(dest="partner_command", metavar="ACTION", required=True)
    pp = psub.add_parser("add", help="pin a partner from their contact card after comparing the fingerprint")
    pp.add_argument("card", type=Path, help="contact card file")
    pp.add_argument("--fingerprint", help="the fingerprint the partner read to you (hex); checked")
    pp.add_argument("--yes", action="store_true", help="the fingerprint was compared out of band")
    pp.add_argument("--replace", action="store_true", help="re-confirm a partner whose keys changed")
    _id_pass_arg(pp)
    pp.set_defaults(func=cmd_partner, action="add")
    pp = psub.add_parser("list", help="list pinned partners")
    pp.add_argument("--json", action="store_true", help="print JSON")
    _id_pass_arg(pp)
    pp.set_defaults(func=cmd_partner, action="list")
    pp = psub.add_parser("remove", help="unpin a partner (name or key id)")
    pp.add_argument("ref", metavar="PARTNER", help="the partner's name or key id")
    _id_pass_arg(pp)
    pp.set_defaults(func=cmd_partner, action="remove")

    p = sub.add_parser("export", help="export a signed, encrypted bundle for partners")
    add_case_arg(p)
    add_passphrase_args(p)
    _id_pass_arg(p)
    p.add_argument("--to", action="append", default=[], metavar="PARTNER", help="partner name or key id")
    p.add_argument("--entity", action="append", default=[], metavar="ID", help="this entity (repeat)")
    p.add_argument("--neighbours", action="store_true", help="add links to and from the chosen entities")
    p.add_argument("--exhibit", action="append", default=[], metavar="REF",
                   help="this exhibit with its files and custody chain (repeat)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="events from this date")
    p.add_argument("--to-date", dest="date_to", metavar="DATE", help="events up to this date")
    p.add_argument("--tag", action="append", default=[], help="the entities with this tag (repeat)")
    p.add_argument("--chart", metavar="NAME", help="the entities of this saved chart")
    p.add_argument("--passphrase-mode", action="store_true",
                   help="for a recipient without keys: a one-off key in FILE.key.age, passphrase-protected")
    p.add_argument("--recipient-name", default="", help="passphrase mode: who receives it")
    p.add_argument("--recipient-agency", default="")
    p.add_argument("--recipient-country", default="")
    p.add_argument("--key-passphrase-file", type=Path, metavar="FILE",
                   help="passphrase mode: key file passphrase (else CASEBENCH_BUNDLE_PASSPHRASE or a prompt)")
    p.add_argument("--legal-basis", required=True, metavar="KIND:REF",
                   help="MLA:…, JIT:…, police:…, EIO:… or other:…")
    p.add_argument("--purpose", required=True, help="what the recipients may use it for")
    p.add_argument("--volume-size", type=int, metavar="MIB", help="split into volumes of this many MiB")
    p.add_argument("--max-tlp", metavar="LEVEL",
                   help="send nothing above this TLP level (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.cbx")
    p.add_argument("--yes", action="store_true", help="do not ask after the withheld report")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="import a partner bundle (verified strictly, all or nothing)")
    add_case_arg(p)
    add_passphrase_args(p)
    _id_pass_arg(p)
    p.add_argument("bundle", type=Path, metavar="FILE.cbx")
    p.add_argument("--accept-key", action="store_true",
                   help="pin the sender's new or unknown key (after comparing its fingerprint)")
    p.add_argument("--accept-clock", action="store_true",
                   help="import a bundle dated more than 48 hours in the future (the sender's clock was "
                   "wrong; recorded in the audit log)")
    p.add_argument("--key-file", type=Path, metavar="FILE.cbx.key.age",
                   help="passphrase mode: the key file sent with the bundle")
    p.add_argument("--key-passphrase-file", type=Path, metavar="FILE",
                   help="passphrase mode: the key file's passphrase from FILE "
                   "(else CASEBENCH_BUNDLE_PASSPHRASE or a prompt)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("merges", help="review merges proposed by imports: list, accept, reject, later, undo")
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("action", choices=("list", "accept", "reject", "later", "undo"))
    p.add_argument("id", nargs="?", type=int, metavar="ID", help="the proposal's number (from list)")
    p.add_argument("--all", action="store_true", help="list: decided proposals too")
    p.add_argument("--note", default="", help="why you decided so (kept with the decision)")
    p.add_argument("--cascade", action="store_true",
                   help="undo: also undo the accepted merges built on this one (newest first)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_merges)


def cmd_identity(args: argparse.Namespace) -> int:
    if getattr(args, "output", None) is not None:
        check_output_file(args.output, "contact card")
    if args.action == "create":
        ident = identity_svc.create(_id_pass(args, confirm=True), name=args.name, agency=args.agency,
                                    country=args.country, replace=args.replace)
        print(f"created identity for {ident.name}; key id {ident.card.key_id}")
        print(f"fingerprint {ident.card.fingerprint_hex}")
        return 0
    ident = identity_svc.unlock(_id_pass(args))
    text = identity_svc.card_text(ident)
    if args.action == "export-card" and args.output:
        args.output.write_text(text, "utf-8")
        print(f"wrote {args.output}; read the fingerprint to your partner: {ident.card.fingerprint_hex}")
    else:
        sys.stdout.write(text)
    return 0


def cmd_partner(args: argparse.Namespace) -> int:
    pw = _id_pass(args)
    if args.action == "list":
        found = partners_svc.list_partners(pw)
        if args.json:
            print_json([{**p.card.to_json(), "fingerprint": p.card.fingerprint_hex, "added_at": p.added_at}
                        for p in found])
        for p in [] if args.json else found:
            print(f"{p.key_id}  {p.label()}  fingerprint {p.card.fingerprint_hex}")
        return 0
    if args.action == "remove":
        gone = partners_svc.remove(pw, args.ref)
        print(f"removed {gone.label()}")
        return 0
    try:
        text = args.card.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "it is not a text file"
        raise UserError(f"cannot read the contact card {args.card}: {reason}") from None
    card = partners_svc.parse_card(text, str(args.card))
    print(f"{card.name} ({card.agency}, {card.country.upper()}), key {card.key_id}")
    print(f"fingerprint: {card.fingerprint_hex}")
    print(f"       words: {card.fingerprint_words}")
    if args.fingerprint:
        if args.fingerprint.replace(" ", "").upper() != card.fingerprint.hex().upper():
            raise UserError("the fingerprint you were given does NOT match this card; not added")
        ok, how = True, "fingerprint"
    else:
        ok, how = _confirm(args, "Does this fingerprint match what the partner told you?"), "user"
    if not ok:
        raise UserError("not added")
    partner = partners_svc.add(pw, card, fingerprint_confirmed=True, replace=args.replace, how=how)
    print(f"pinned {partner.label()}")
    return 0


MAX_VOLUME_MIB = 2047  # a volume stays under 2 GiB (exchange.bundleformat.VOLUME_LIMIT), for FAT32 media


def cmd_export(args: argparse.Namespace) -> int:
    try:
        legal = LegalBasis.parse(args.legal_basis)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    check_output_file(args.output, "bundle")
    if args.volume_size is not None and not 0 <= args.volume_size <= MAX_VOLUME_MIB:
        # said before the work, in export's words (the writer's refusal ended "nothing was imported")
        raise UserError(f"--volume-size: between 1 and {MAX_VOLUME_MIB} MiB (0: one file); no bundle was written")
    pw = _id_pass(args)
    ident = identity_svc.unlock(pw)
    directory = partners_svc.load(pw)
    recipients: list[bundles.Recipient] = [directory.find(ref) for ref in args.to]
    key_pass = None
    if args.passphrase_mode:
        recipients.append(PassphraseRecipient(args.recipient_name, args.recipient_agency, args.recipient_country))
        key_pass = read_passphrase(args, "Passphrase for the key file: ", confirm=True,
                                   env="CASEBENCH_BUNDLE_PASSPHRASE", file_attr="key_passphrase_file")
    sel = Selection(entity_ids=args.entity, neighbours=args.neighbours, exhibits=args.exhibit,
                    date_from=args.date_from, date_to=args.date_to, tags=args.tag, chart=args.chart)
    max_tlp = None
    if args.max_tlp:
        try:
            max_tlp = TLP.parse(args.max_tlp)
        except ValueError as exc:
            raise UserError(f"--max-tlp: {exc}") from None
    with opened(args) as case:
        plan = bundles.plan_export(case, sel, recipients, identity=ident, max_tlp=max_tlp)
        counts = plan.counts
        print(f"to go: {counts['entities']} entities, {counts['statements']} statements, "
              f"{counts['exhibits']} exhibits ({counts['files']} files); highest TLP {plan.max_tlp.label}")
        if plan.withheld:
            print(f"withheld ({len(plan.withheld)}):")
            for w in plan.withheld:
                print(f"  {w.kind} {safe_text(w.label)} [{w.id}] from {safe_text(w.recipient)}: {w.reason}")
        if not _confirm(args, "Write the bundle?"):
            raise UserError("export not written")
        bar = ProgressBar("exporting", unit="B")
        size = args.volume_size * 1024 * 1024 if args.volume_size else None
        res = bundles.write_export(case, plan, ident, args.output, legal_basis=legal, purpose=args.purpose,
                                   key_passphrase=key_pass, volume_size=size, progress=bar)
        bar.finish()
    for path in res.paths:
        print(f"wrote {path}")
    if res.key_file:
        print(f"wrote {res.key_file} (send the passphrase by another channel)")
    label = "bundle file sha256 (volumes joined in order)" if len(res.paths) > 1 else "bundle file sha256"
    print(f"{label} {res.file_sha256}")
    print(f"bundle {res.bundle_id}  content (signed SHA256SUMS) sha256 {res.sha256}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    pw = _id_pass(args)
    ident = identity_svc.unlock(pw)
    directory = partners_svc.load(pw)
    key_pass = None
    if args.key_file:
        key_pass = read_passphrase(args, "Passphrase of the key file: ", env="CASEBENCH_BUNDLE_PASSPHRASE",
                                   file_attr="key_passphrase_file")
    with opened(args) as case:
        bar = ProgressBar("importing", unit="B")
        try:
            res = bundles.import_bundle(case, args.bundle, identity=ident, partners=directory,
                                        identity_passphrase=pw, accept_key=args.accept_key,
                                        accept_clock=args.accept_clock,
                                        key_file=args.key_file, key_passphrase=key_pass, progress=bar)
        except UnknownSigner:
            bar.finish()
            raise
        except ExchangeError as exc:
            bar.finish()
            key_file = args.bundle.with_name(args.bundle.name + ".key.age")
            if args.key_file is None and key_file.is_file() and "not addressed to this workbench" in str(exc):
                raise UserError(f"{exc} (it came with {key_file}: add --key-file {key_file})") from None
            raise
        bar.finish()
    if args.json:
        print_json(res.__dict__)
        return 0
    for step in res.steps:
        if step not in res.warnings:
            print(f"  ok  {step}")
    for note in res.warnings:
        print(f"  NOTE  {note}")
    if res.already_imported:
        return 0
    print(f"imported bundle {res.bundle_id} from {res.sender}: {res.entities_new} new entities, "
          f"{res.entities_merged} already known, {res.statements_new} new statements, "
          f"{res.retracted} retracted, {res.exhibits_new} exhibits, {res.files_new} files")
    if res.reviews or res.candidates:
        print(f"{res.reviews} merge proposals and {res.candidates} name candidates: see `casebench merges`")
    return 0


def cmd_merges(args: argparse.Namespace) -> int:
    if args.action != "list" and args.id is None:
        raise UsageError(f"merges {args.action} needs the proposal id (see `casebench merges CASE list`)")
    with opened(args) as case:
        if args.action == "list":
            rows = merge_review.list_reviews(case, None if args.all else "pending")
            if args.json:
                print_json([r.__dict__ for r in rows])
            elif not rows:
                print("no merge proposals" + ("" if args.all else " waiting for review"))
            for r in [] if args.json else rows:
                imported, local = merge_review.caption(case, r.imported_id), merge_review.caption(case, r.local_id)
                print(f"{r.id:5d}  {r.status:<8} {r.kind:<10} {safe_text(imported)} ({r.imported_id}) -> "
                      f"{safe_text(local)} ({r.local_id})  {safe_text(r.reason)}")
            return 0
        fn = {"accept": merge_review.accept, "reject": merge_review.reject}
        if args.action == "later":
            r = merge_review.defer(case, args.id)
        elif args.action == "undo":
            r = merge_review.undo(case, args.id, args.note, cascade=args.cascade)
        else:
            r = fn[args.action](case, args.id, args.note)
        print(f"proposal {r.id}: {r.status}")
    return 0
