"""What the command line says for each error code: English, and free to name its flags.

The core raises errors as data (domain/errors.py). Most codes are said on the command line
in the core's own neutral words ("{problem}"); the entries that differ add what only a
command-line user can act on: a flag (--accept-key) or a command (`casebench partner list`).
The window words the same codes without them (ui/error_texts.py). Fields: the error's
parameters, plus `problem` (the neutral text), `reason` (a bundle's refusal reason),
`path` and `file`.
"""

from __future__ import annotations

from casebench.services.errors import CaseError, CodedError, fill

SAME = "{problem}"  # the core's neutral words are already the command line's

TEMPLATES: dict[str, str] = {
    "case.wrong_passphrase": SAME, "case.in_use": SAME, "case.busy": SAME, "case.damaged": SAME, "case.db_missing": SAME, "case.db_empty": SAME,
    "case.db_truncated": SAME, "case.db_damaged_page": SAME, "case.db_plaintext": SAME,
    "case.newer_version": SAME, "case.newer_database": SAME, "case.newer_format": SAME,
    "case.not_a_case": SAME, "case.no_such_folder": SAME, "case.no_manifest": SAME, "case.is_a_file": SAME,
    "case.slot_of_other_case": SAME, "case.no_key_slot": SAME, "case.exists": SAME,
    "case.folder_not_empty": SAME, "case.no_parent_folder": SAME, "case.read_only": SAME,
    "case.upgrade_needs_write": SAME, "case.unusable": SAME, "passphrase.empty": SAME,
    "slot.bad_name": SAME, "slot.exists": SAME, "slot.missing": SAME, "slot.none": SAME, "slot.last": SAME,
    "demo.exists": "already exists; use --replace to build the demo case again",
    "storage.full": SAME,
    "storage.read_only": "{problem} (open it with --read-only to look at it)",
    "storage.permission": SAME, "storage.io_error": SAME, "storage.cannot_open": SAME,
    "input.broken_character": SAME,
    "bundle.refused": SAME, "bundle.bad_signature": SAME, "bundle.altered": SAME, "bundle.truncated": SAME,
    "bundle.missing": SAME, "bundle.not_addressed_to_us": SAME, "bundle.not_a_file": SAME, "bundle.volume_missing": SAME,
    "bundle.unknown_signer": "bundle refused: {reason} and import with --accept-key; nothing was imported",
    "bundle.signer_key_changed": "bundle refused: {reason} with --accept-key; nothing was imported",
    "bundle.future_dated": "bundle refused: it is dated {when} UTC, more than {hours} hours in the future "
                           "(now {now_minute} UTC); if the sender's clock was wrong, confirm with the sender "
                           "and import with --accept-clock (recorded in the audit log); nothing was imported",
    "bundle.replay_number": SAME, "bundle.replay_date": SAME, "bundle.key_file_passphrase": SAME,
    "bundle.needs_identity_passphrase": "{problem} (--identity-passphrase-file)",
    "export.no_recipient": "choose at least one recipient (--to PARTNER, or --passphrase-mode)",
    "export.passphrase_one": SAME, "export.too_many_partners": SAME, "export.no_purpose": SAME,
    "export.nothing": SAME, "export.file_exists": SAME, "export.no_key_passphrase": SAME,
    "export.content_changed": "bundle not written: {reason}; nothing was exported",
    "identity.problem": SAME,
    "identity.none": "this workbench has no identity yet; create one with `casebench identity create`",
    "identity.wrong_passphrase": SAME,
    "identity.exists": "{problem} (use --replace if you mean it)",
    "partner.problem": SAME,
    "partner.unknown": "no partner {ref!r}; see `casebench partner list`",
    "partner.ambiguous": SAME,
    "partner.keys_changed": "WARNING: THE KEYS OF {partner} HAVE CHANGED (pinned key {pinned}, new key "
                            "{key_id}, new fingerprint {fingerprint}). This can mean an impostor. Confirm the "
                            "new fingerprint with the partner by phone or in person, then re-add the card "
                            "with --replace",
    "partner.key_pinned_for_other": SAME,
    "merge.missing": SAME, "merge.accepted": SAME, "merge.undo_first": SAME, "merge.pending": SAME,
    "partner.not_confirmed": SAME, "partner.own_card": SAME,
    "entity.no_id": SAME, "statement.no_id": SAME, "statement.already_retracted": SAME,
    "retraction.no_reason": SAME, "merge.same_entity": SAME, "exhibit.reference_exists": SAME,
    "exhibit.missing": SAME, "chart.no_name": SAME, "chart.missing": SAME, "chart.name_exists": SAME,
    "source.no_exhibit": "no exhibit {exhibit!r} in this case; add it first (casebench exhibit add) or leave "
                         "the source out",
    "merge.undo_dependents": "merge proposal {review} has merges built on it: undo {first} first, in that "
                             "order, then {review} (or undo them all together with --cascade)",
    "pack.red_needs_recipient": "a RED pack needs a named recipient (--recipient NAME)",
    "pack.not_a_meeting": SAME,
    "table.missing": SAME, "table.unreadable": SAME,
    "table.bad_encoding": "{problem} (--encoding NAME)", "table.unknown_encoding": "{problem} (--encoding NAME)",
    "table.empty": SAME, "table.no_header_row": "{problem} (--header-row N)", "table.duplicate_column": SAME,
    "table.not_xlsx": SAME, "table.no_sheet": "{problem} (--sheet NAME)", "table.malformed_csv": SAME,
    "table.too_large": SAME,
    "spec.damaged": SAME, "spec.bad_date_format": SAME, "spec.offset_too_large": SAME,
    "spec.unknown_zone": SAME, "spec.both_sides_named": SAME, "spec.unknown_schema": SAME,
    "spec.abstract_schema": SAME, "spec.no_columns": SAME, "spec.unknown_phone_country": SAME,
    "spec.bad_decimal": SAME, "spec.no_such_property": SAME, "spec.entity_property": SAME,
    "spec.not_a_link": SAME, "spec.no_linked_property": SAME, "spec.cannot_create": SAME,
    "spec.no_such_column": SAME, "spec.time_column_unmapped": SAME, "spec.pair_incomplete": SAME,
    "spec.pair_not_a_number": SAME, "spec.direction_and_pair": SAME, "spec.direction_needs_amount": SAME,
    "spec.signed_not_mapped": SAME, "spec.signed_without_sides": SAME, "spec.record_key_not_mapped": SAME,
    "spec.required_not_mapped": SAME,
    "exhibit.no_reference": SAME, "exhibit.reference_too_long": SAME, "exhibit.reference_control": SAME,
    "exhibit.unknown_type": SAME, "time.unknown_zone": SAME, "exhibit.seized_no_zone": SAME,
    "exhibit.seized_clock_change": SAME, "intake.nothing": SAME, "intake.missing": SAME,
    "intake.source_changed": SAME,
    "exhibit.no_content": SAME, "exhibit.no_file": SAME,
    "extract.unsafe_path": "{problem} with --file", "extract.no_reason": SAME, "extract.would_overwrite": SAME,
    "extract.onto_file": SAME, "extract.folder_not_empty": SAME,
    "red.nothing_chosen": SAME, "red.not_red": SAME, "red.partners": SAME, "red.no_such_name": SAME,
    "pack.no_format": SAME, "pack.no_folder": SAME, "pack.nothing_allowed": SAME, "pack.layout_failed": SAME,
    # values as typed: the neutral text is the command line's, but for the flag that settles it
    "date.skips_part": SAME, "date.year_out_of_range": SAME, "date.month_out_of_range": SAME,
    "date.no_such_day": SAME, "date.hour_out_of_range": SAME, "date.minute_out_of_range": SAME,
    "date.second_out_of_range": SAME, "date.offset_too_large": SAME, "date.offset_without_time": SAME,
    "date.outside_years_in_utc": SAME, "date.offset_minutes": SAME, "date.unrecognised": SAME,
    "date.range_backwards": SAME, "date.empty": SAME, "date.ambiguous_range": SAME, "date.invalid": SAME,
    "date.not_understood": SAME,
    "amount.two_currencies": SAME, "amount.unreadable": SAME, "amount.not_with_separator": SAME,
    "amount.bad_grouping": SAME, "amount.no_decimal_separator": "{problem} (--decimal)",
    "amount.ambiguous_separator": "{problem} (--decimal)", "amount.invalid": SAME,
    "duration.unreadable": SAME, "amount.debit_and_credit": SAME, "amount.direction_unknown": SAME, "amount.direction_missing": SAME,
    "amount.direction_disagrees": SAME, "date.time_disagrees": SAME, "time.invalid": SAME,
    "phone.trunk_zero_unclear": SAME, "phone.ambiguous": SAME, "identifier.too_many_digits": SAME,
    "identifier.not_whole_number": SAME, "identifier.exponent_form": SAME,
    "row.too_short": SAME, "row.required_empty": SAME, "row.all_empty": SAME, "amount.several_currencies": SAME,
    "date.clock_skipped": SAME, "date.clock_repeated": SAME,
    "phone.not_a_number": SAME, "phone.no_country_code": SAME, "phone.wrong_length": SAME,
    "phone.not_in_use": SAME,
    "value.invalid_phone": SAME, "value.unknown_type": SAME, "value.empty": SAME, "value.unknown_country": SAME,
    "iban.bad_shape": SAME, "iban.no_such_country": SAME, "iban.wrong_length": SAME,
    "iban.check_digits": SAME, "imo.bad_shape": SAME, "imo.check_digit": SAME, "mmsi.bad_shape": SAME,
    "bic.bad_shape": SAME, "bic.no_such_country": SAME, "vin.wrong_length": SAME,
    "vin.forbidden_letters": SAME, "vin.bad_characters": SAME, "vin.check_digit": SAME,
    "wallet.bad_shape": SAME, "wallet.segwit_checksum": SAME, "wallet.checksum": SAME, "email.bad_shape": SAME, "url.spaces": SAME,
    "url.no_scheme": SAME, "url.no_host": SAME, "number.bad_shape": SAME, "number.invalid": SAME,
    "value.bad_entity_id": SAME, "value.no_identifier_characters": SAME,
    "grade.unknown_scheme": SAME, "grade.invalid": SAME, "grade.no_scheme": SAME,
}


def cli_text(exc: BaseException) -> str:
    """The one line the command line prints for `exc` (after "casebench: ")."""
    if not isinstance(exc, CodedError) or exc.code not in TEMPLATES:
        return str(exc)
    problem = exc.problem if isinstance(exc, CaseError) else exc.text
    fields: dict[str, object] = {"problem": problem, "reason": getattr(exc, "reason", problem)}
    if isinstance(exc, CaseError) and exc.path is not None:
        fields |= {"path": str(exc.path), "file": exc.path.name}
    fields |= exc.params
    text = fill(TEMPLATES[exc.code], fields)
    return exc.located(text) if isinstance(exc, CaseError) else text
