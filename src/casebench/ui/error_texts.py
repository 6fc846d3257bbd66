"""What the window says for each error code, through Qt's translation (context "Errors").

The core raises errors as data (`code`, `params`, a neutral English text: see
domain/errors.py); this catalogue words them for the window, in the reader's language and
without command-line words. Fields in braces are the error's parameters, plus `path` (the
file or folder the error is about), `file` (its name alone) and `problem` / `reason` (the
neutral English detail, for codes that have no finer words yet). An unknown code shows the
neutral text: a missing entry is a worse message, never a crash.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casebench.services.errors import CaseError, CodedError, fill


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def templates() -> dict[str, str]:
    """Code -> window template in the current language (built per call: languages switch live)."""
    return {
        # opening and unlocking a case
        "case.wrong_passphrase": _t("The passphrase is incorrect. Check Caps Lock and the keyboard layout, "
                                    "then try again."),
        "case.in_use": _t("The case is already open in another casebench window or program. Close it "
                          "there first."),
        "case.busy": _t("The case is busy in another program; nothing was changed. Close it there and try "
                        "again."),
        "case.damaged": _t("The case is damaged and was not opened: {problem}. Restore it from a backup "
                           "or ask your technical support."),
        "case.db_missing": _t("The case is damaged and was not opened: its database (case.db) is missing. "
                              "Restore it from a backup or ask your technical support."),
        "case.db_empty": _t("The case is damaged and was not opened: its database (case.db) is empty. "
                            "Restore it from a backup or ask your technical support."),
        "case.db_truncated": _t("The case is damaged and was not opened: its database (case.db) is cut short "
                                "at byte {size}. Restore it from a backup or ask your technical support."),
        "case.db_damaged_page": _t("The case is damaged and was not opened: its database (case.db) is damaged "
                                   "at page {page}. Restore it from a backup or ask your technical support."),
        "case.db_plaintext": _t("The case was not opened: its database (case.db) is not encrypted, so it is not "
                                "what casebench wrote. Ask your technical support."),
        "case.newer_version": _t("This case was made by a newer casebench: {problem}."),
        "case.newer_database": _t("This case was made by a newer casebench (database version {version}; "
                                  "this program reads up to {latest}). Update casebench to open it."),
        "case.newer_format": _t("This case was made by a newer casebench (case format {version}). "
                                "Update casebench to open it."),
        "case.not_a_case": _t("This folder is not a casebench case: {problem}."),
        "case.no_manifest": _t("The folder {path} is not a casebench case: it has no case.json."),
        "case.no_such_folder": _t("There is no case folder at {path}."),
        "case.is_a_file": _t("{path} is a file, not a case folder. A case is a folder whose name ends "
                             "in .casebench."),
        "case.slot_of_other_case": _t("This key slot belongs to another case; the case was not opened."),
        "case.no_key_slot": _t("The case has no usable key slot: {problem}."),
        "case.exists": _t("Cannot create the case here: {problem}."),
        "case.folder_not_empty": _t("Cannot create the case here: a folder named {file} already exists and is "
                                    "not empty."),
        "case.no_parent_folder": _t("Cannot create the case here: the folder {folder} does not exist."),
        "case.read_only": _t("The case is open read-only; nothing was changed."),
        "case.upgrade_needs_write": _t("This case was made by an older casebench and must be upgraded, which "
                                       "cannot be done while it is opened read-only. Open a writable copy."),
        "case.unusable": _t("The case could not be used: {detail}."),
        "passphrase.empty": _t("The passphrase is empty."),
        "slot.bad_name": _t("The key slot name {name} may hold only lower-case letters, digits, - and _."),
        "slot.exists": _t("A key slot named {name} already exists."),
        "slot.missing": _t("There is no key slot named {name}."),
        "slot.none": _t("The case has no key slot, so it cannot be unlocked."),
        "slot.last": _t("The key slot {name} is the last one. Add another before removing it."),
        "demo.exists": _t("{path} already exists. Replace it to build the demo case again."),
        # the disk
        "storage.full": _t("The disk holding {path} is full; nothing was saved. Free some space and try "
                           "again."),
        "storage.read_only": _t("{path} is on a read-only disk or folder; nothing was saved. To look at the "
                                "case, open it read-only."),
        "storage.permission": _t("You have no permission to write to {path}; nothing was saved."),
        "storage.io_error": _t("The disk holding {path} reported an input/output error (a failing or removed "
                               "disk?). The last change was not saved."),
        "storage.cannot_open": _t("The case database in {path} cannot be opened ({detail})."),
        "input.broken_character": _t("A text holds a broken character and cannot be stored; nothing was "
                                     "changed."),
        # bundles from partners
        "bundle.refused": _t("The bundle {file} was refused: {reason}. Nothing was imported."),
        "bundle.bad_signature": _t("The bundle {file} was refused: its signature does not verify, so it was "
                                   "altered or is not from the sender it names. Nothing was imported."),
        "bundle.altered": _t("The bundle {file} was refused: its content does not match what the sender "
                             "signed (altered or swapped). Nothing was imported."),
        "bundle.truncated": _t("The bundle {file} was refused: it is incomplete (cut short). Ask the sender "
                               "for it again. Nothing was imported."),
        "bundle.not_addressed_to_us": _t("The bundle {file} is not addressed to this workbench: none of its "
                                         "recipients is your key. If it came with a key file (.key.age), "
                                         "choose that key file."),
        "bundle.missing": _t("The bundle {file} does not exist."),
        "bundle.not_a_file": _t("{file} is not a bundle file."),
        "bundle.volume_missing": _t("The bundle {file} was refused: its part {volume} is missing. Put all "
                                    "parts in the same folder. Nothing was imported."),
        "bundle.unknown_signer": _t("The bundle {file} is signed by a key that is not in your partner "
                                    "directory ({key_id}). Add the sender's contact card, or compare the "
                                    "fingerprint with the sender and accept the key."),
        "bundle.signer_key_changed": _t("WARNING: the bundle {file} is signed by a new key {key_id} from "
                                        "someone who claims to be {partner}. This can mean an impostor. "
                                        "Compare the fingerprint with the partner by phone or in person first."),
        "bundle.future_dated": _t("The bundle {file} is dated in the future ({created_at} UTC; now {now} UTC). "
                                  "If the sender's clock was wrong, confirm with the sender and import it anyway."),
        "bundle.replay_number": _t("The bundle {file} was refused: it is bundle number {number} from {sender}, "
                                   "but number {top} is already imported. An older bundle could bring back "
                                   "what the sender has since retracted."),
        "bundle.replay_date": _t("The bundle {file} was refused: a newer bundle from {sender} is already "
                                 "imported. An older bundle could bring back what the sender has since retracted."),
        "bundle.key_file_passphrase": _t("The passphrase for the key file {key_file} is incorrect."),
        "bundle.needs_identity_passphrase": _t("The new partner key cannot be saved without your identity "
                                               "passphrase."),
        # sending bundles
        "export.no_recipient": _t("Choose at least one recipient: a partner, or a passphrase."),
        "export.passphrase_one": _t("A bundle protected by a passphrase goes to one recipient only."),
        "export.too_many_partners": _t("A bundle goes to at most 18 partners."),
        "export.no_purpose": _t("State the purpose of the disclosure."),
        "export.nothing": _t("Nothing to send: everything selected is withheld, or nothing is selected."),
        "export.file_exists": _t("{file} already exists; choose another file name."),
        "export.no_key_passphrase": _t("A bundle protected by a passphrase needs a passphrase for its key "
                                       "file."),
        "export.content_changed": _t("The content of {file} in exhibit {exhibit} is not what the case "
                                     "recorded (changed or damaged). No bundle was written; nothing was "
                                     "exported."),
        # identity and partners
        "identity.problem": _t("Your workbench identity cannot be used: {problem}."),
        "identity.none": _t("This workbench has no investigator identity yet. Create one first."),
        "identity.wrong_passphrase": _t("The identity passphrase is incorrect."),
        "identity.exists": _t("This workbench already has an identity. Replacing it means every partner "
                              "must pin your new card."),
        "partner.problem": _t("The contact card or partner directory cannot be used: {problem}."),
        "partner.not_confirmed": _t("The fingerprint of {name}'s card was not confirmed. Compare it with the "
                                    "partner by phone or in person first."),
        "partner.own_card": _t("This is your own contact card."),
        "partner.unknown": _t("There is no partner {ref}."),
        "partner.ambiguous": _t("Several partners are called {ref}; choose one by its key id."),
        "partner.keys_changed": _t("WARNING: the keys of {partner} have changed (new fingerprint {fingerprint}). "
                                   "This can mean an impostor. Confirm the new fingerprint with the partner by "
                                   "phone or in person before replacing the card."),
        "partner.key_pinned_for_other": _t("WARNING: the signing key {key_id} is already pinned for {partner} "
                                           "with other details; the card was refused."),
        # entities, merges
        "entity.no_id": _t("There is no entity with id {id}."),
        "statement.no_id": _t("There is no value with id {id}."),
        "statement.already_retracted": _t("The value {id} is already retracted."),
        "retraction.no_reason": _t("Give a reason for the retraction."),
        "merge.same_entity": _t("These are already the same entity."),
        "exhibit.reference_exists": _t("An exhibit with reference {reference} already exists."),
        "exhibit.missing": _t("There is no exhibit with reference {reference}."),
        "chart.no_name": _t("A saved chart needs a name."),
        "chart.missing": _t("There is no saved chart called {name}."),
        "chart.name_exists": _t("A chart called {name} already exists."),
        "source.no_exhibit": _t("There is no exhibit {exhibit} in this case. Add it first, or leave the "
                                "source out."),
        "merge.missing": _t("There is no merge proposal {review}."),
        "merge.accepted": _t("Merge proposal {review} is already accepted."),
        "merge.undo_first": _t("Merge proposal {review} was accepted; undo it first."),
        "merge.pending": _t("Merge proposal {review} is still pending."),
        "merge.undo_dependents": _t("Other merges are built on merge proposal {review}: undo {first} first, "
                                    "in that order, or undo them all together."),
        # tables from banks and carriers
        "table.missing": _t("There is no file {file}."),
        "table.unreadable": _t("The file {file} cannot be read ({detail})."),
        "table.unknown_encoding": _t("{encoding} is not a text encoding casebench knows; try utf-8, utf-16, "
                                     "cp1252 or latin-1."),
        "table.bad_encoding": _t("The file {file} is not valid {encoding} text. Choose its encoding (for "
                                 "example latin-1 or cp1252)."),
        "table.empty": _t("The file {file} is empty; a table needs a header row."),
        "table.no_header_row": _t("The file {file} has no row {row} for the header."),
        "table.duplicate_column": _t("Row {row} of {file} names the column {name} twice; rename one of "
                                     "them."),
        "table.not_xlsx": _t("{file} is not a readable Excel (.xlsx) workbook."),
        "table.no_sheet": _t("The workbook {file} has no sheet {sheet}; its sheets are {sheets}."),
        "table.malformed_csv": _t("The CSV file {file} is malformed near line {line}."),
        "table.too_large": _t("The workbook {file} would take too much room once unpacked; it was refused."),
        # import specifications (how the columns of a table are read)
        "spec.damaged": _t("The import specification is damaged ({detail}); map the columns again and save it."),
        "spec.bad_date_format": _t("“{format}” is not a date format. Write it like dd/mm/yyyy hh:mm or %d/%m/%Y."),
        "spec.offset_too_large": _t("The time zone {zone} is beyond ±14:00; offsets run from -14:00 to "
                                    "+14:00."),
        "spec.unknown_zone": _t("The time zone {zone} is unknown. Write a zone such as Europe/Madrid or an "
                                "offset such as +01:00."),
        "spec.both_sides_named": _t("The file names both sides of the link, {source} ({source_columns}) and "
                                    "{target} ({target_columns}), so it already says who paid whom: read its "
                                    "amounts as written. A direction is for a statement of one account."),
        "spec.unknown_schema": _t("{schema} is not a kind of record casebench knows."),
        "spec.abstract_schema": _t("{schema} is too general for a row; choose a concrete kind (for example "
                                   "Person)."),
        "spec.no_columns": _t("No column is mapped; map at least one."),
        "spec.unknown_phone_country": _t("“{country}” is not a country code; write the two letters of the "
                                         "country the phones are from (for example ES)."),
        "spec.bad_decimal": _t("“{decimal}” cannot be a decimal separator; use a comma or a point."),
        "spec.no_such_property": _t("A {schema} has no property {prop}."),
        "spec.entity_property": _t("{prop} is a link to another entity: map one of its properties instead."),
        "spec.not_a_link": _t("{prop} is not a link to another entity, so {path} means nothing."),
        "spec.no_linked_property": _t("A {schema} has no property {prop} to fill from a cell."),
        "spec.cannot_create": _t("{prop}: a {schema} cannot be created from a row; choose a concrete kind or "
                                 "only link entities already in the case."),
        "spec.no_such_column": _t("The file has no column “{column}”; its columns are {columns}."),
        "spec.time_column_unmapped": _t("The time column “{time_column}” belongs to the column “{date_column}”, "
                                        "which is not mapped."),
        "spec.pair_incomplete": _t("Choose both the debit column and the credit column."),
        "spec.pair_not_a_number": _t("Debit and credit columns give an amount, but {path} is not a number."),
        "spec.direction_and_pair": _t("A D/C column and debit and credit columns both say which way the money "
                                      "went; choose one of them."),
        "spec.direction_needs_amount": _t("A D/C column says which way an amount went: map the column with the "
                                          "amounts to {path}."),
        "spec.signed_not_mapped": _t("The signed amount {path} is not mapped to a column."),
        "spec.signed_without_sides": _t("A signed amount swaps the two sides of a link, and a {schema} has none."),
        "spec.record_key_not_mapped": _t("The record key {path} is not mapped to a column."),
        "spec.required_not_mapped": _t("The required property {path} is not mapped to a column."),
        # exhibits and intake
        "exhibit.no_reference": _t("An exhibit needs a reference (for example MA-EX-001)."),
        "exhibit.reference_too_long": _t("An exhibit reference is at most 200 characters."),
        "exhibit.reference_control": _t("The exhibit reference holds an invisible control character ({char}) "
                                        "that would make it read as something else."),
        "exhibit.unknown_type": _t("The exhibit type {type} is unknown; use one of {types}."),
        "time.unknown_zone": _t("The time zone {zone} is unknown. Write a zone such as Europe/Madrid or an "
                                "offset such as +01:00."),
        "exhibit.seized_no_zone": _t("The seizure time {when} has a time of day but no time zone. Write it "
                                     "with its offset (2024-03-11T14:05+01:00) or fill in the time zone "
                                     "where it was seized (Europe/Madrid)."),
        "exhibit.seized_clock_change": _t("The seizure time {when} is not one moment in {zone}: the clocks "
                                          "changed then. Write it with its offset (for example +02:00)."),
        "intake.nothing": _t("Choose at least one file or folder to take in."),
        "intake.missing": _t("{source} does not exist."),
        "intake.source_changed": _t("{source} changed while it was being taken in (another program is "
                                    "still writing to it?). Nothing of this intake was kept: take it "
                                    "in again once the file no longer changes."),
        "exhibit.no_content": _t("Exhibit {reference} has no content files."),
        "exhibit.no_file": _t("Exhibit {reference} has no file {name}."),
        "extract.unsafe_path": _t("The recorded path {recorded} is not safe to write; extract that file "
                                  "alone."),
        "extract.no_reason": _t("Give the reason for the extraction; it is recorded as a disclosure."),
        "extract.would_overwrite": _t("{target} already exists and was not overwritten; choose an empty "
                                      "folder."),
        "extract.onto_file": _t("{folder} is a file; choose a folder (an empty or new one)."),
        "extract.folder_not_empty": _t("The folder {folder} is not empty; choose an empty or new folder."),
        # RED recipients
        "red.nothing_chosen": _t("Choose the RED items, or the free-text name to replace."),
        "red.not_red": _t("{item} is not a RED entity or value of this case."),
        "red.partners": _t("{item} is a partner's RED item: it is never passed on, so its recipients are "
                           "not set here."),
        "red.no_such_name": _t("No RED item names {name}."),
        # briefing packs
        "pack.not_a_meeting": _t("{id} is not a meeting this pack may show (unknown, not a Meeting, or above "
                                 "the maximum TLP)."),
        "pack.red_needs_recipient": _t("A RED pack needs a named recipient."),
        "pack.no_format": _t("Choose PDF, Word or both."),
        "pack.no_folder": _t("The folder {folder} does not exist."),
        "pack.nothing_allowed": _t("None of the chosen entities may go in this pack (unknown, or above the "
                                   "maximum TLP)."),
        "pack.layout_failed": _t("The briefing pack {file} could not be laid out ({kind}); no file was "
                                 "written."),
        # values as typed: dates, amounts, phone numbers, grades
        "date.skips_part": _t("The date {date} skips a part: a date can only be known from the year down."),
        "date.year_out_of_range": _t("Year {year} is outside the years 0001 to 9999."),
        "date.month_out_of_range": _t("Month {month} does not exist (months run from 01 to 12)."),
        "date.no_such_day": _t("The month {year}-{month} has no day {day} (it has {days} days)."),
        "date.hour_out_of_range": _t("Hour {hour} does not exist (hours run from 00 to 23)."),
        "date.minute_out_of_range": _t("Minute {minute} does not exist (minutes run from 00 to 59)."),
        "date.second_out_of_range": _t("Second {second} does not exist (seconds run from 00 to 59)."),
        "date.offset_too_large": _t("The UTC offset {offset} is beyond ±14:00, the largest offset in use "
                                    "anywhere."),
        "date.offset_without_time": _t("The date {date} has a UTC offset but no time of day; an offset only "
                                       "means something with a time."),
        "date.outside_years_in_utc": _t("The date {date} falls outside the years 0001 to 9999 once converted "
                                        "to UTC."),
        "date.offset_minutes": _t("The UTC offset {offset} has {minutes} minutes; write 00 to 59."),
        "date.unrecognised": _t("“{value}” is not in a date form casebench understands."),
        "date.range_backwards": _t("The range ends ({end}) before it starts ({start})."),
        "date.empty": _t("The date is empty. Write for example 2024, 2024-03, 2024-03-11, 11/03/2024 14:05, "
                         "2024-03~ (approximate) or 2024-03/2024-05 (a range)."),
        "date.ambiguous_range": _t("“{value}” can be read as more than one range; write it with ISO dates "
                                   "(for example 2024-03-11/2024-05-02)."),
        "date.invalid": _t("“{value}” is not a valid date. {why}"),
        "date.not_understood": _t("“{value}” is not a date casebench understands. Write for example 2024, "
                                  "2024-03, 2024-03-11, 11/03/2024 14:05, 2024-03~ (approximate) or "
                                  "2024-03/2024-05 (a range)."),
        "amount.two_currencies": _t("“{raw}” names two currencies."),
        "amount.unreadable": _t("“{raw}” is not an amount. Write an amount such as 1.234,56, -250.00, "
                                "(250,00) or R$ 1.234,56."),
        "amount.not_with_separator": _t("The decimal separator is “{decimal}”, but “{raw}” does not read as "
                                        "one amount with it."),
        "amount.bad_grouping": _t("With “{decimal}” as the decimal separator, “{thousands}” must group digits "
                                  "by three; “{raw}” does not, so it may be written the other way."),
        "amount.no_decimal_separator": _t("“{raw}” has several “{separator}” and no decimal separator; choose "
                                          "the decimal separator."),
        "amount.ambiguous_separator": _t("“{raw}” can be read with “{separator}” as the decimal separator or as "
                                         "the thousands separator; choose the decimal separator."),
        "amount.invalid": _t("“{raw}” is not an amount."),
        "duration.unreadable": _t("“{raw}” is not a duration. Write seconds (211) or hours:minutes:seconds "
                                  "(0:03:31)."),
        "amount.debit_and_credit": _t("The row has an amount in both the debit column ({debit}) and "
                                      "the credit column ({credit}); one row is one movement, so which"
                                      " one it is is not known."),
        "amount.direction_unknown": _t("The D/C column says “{mark}”, which is neither a debit nor a "
                                       "credit. Write D or C, DR or CR, Debe or Haber, Cargo or Abono, "
                                       "Pago or Ingreso, Débito or Crédito, Retrait or Versement, "
                                       "Withdrawal or Deposit, or - or +."),
        "amount.direction_missing": _t("The D/C column is empty beside {amount}: whether it went out or "
                                       "came in is not known."),
        "amount.direction_disagrees": _t("“{amount}” is marked one way and the D/C column ({mark}) the "
                                         "other; which one is right is not known."),
        "time.invalid": _t("“{value}” is not a time of day: a 12-hour clock runs from 1 to 12 (AM or PM), a "
                           "24-hour one from 0 to 23, and minutes and seconds from 00 to 59."),
        "date.time_disagrees": _t("The date cell has a time of its own ({date} {own}) that is not the "
                                  "time column’s {time}; which one is meant is not known. Map the date"
                                  " column alone or correct the times."),
        "phone.trunk_zero_unclear": _t("In “{value}” the (0) after the country code may be part of the"
                                       " number in that country (it could be {options}); the number is"
                                       " kept as written, not normalised."),
        "phone.ambiguous": _t("“{value}” is a valid number in more than one reading ({options}); it is"
                              " kept as written, not normalised. Write it with + and the country code "
                              "to choose one."),
        "identifier.too_many_digits": _t("“{value}” has {digits} digits, but a spreadsheet number "
                                         "keeps only 15: its last digits are lost. Ask for the file "
                                         "with this column formatted as text."),
        "identifier.not_whole_number": _t("“{value}” is a number with a fraction, not an identifier: "
                                          "the spreadsheet has changed it. Ask for the file with this "
                                          "column formatted as text."),
        "identifier.exponent_form": _t("“{value}” is a number in exponent form: the spreadsheet that "
                                       "wrote it kept only its first digits, so the identifier is "
                                       "lost. Ask for the file with this column formatted as text."),
        "row.too_short": _t("The row has only {cells} cells, so it has no column {column}."),
        "row.required_empty": _t("The cell is empty, but the import specification requires a value in "
                                 "it."),
        "row.all_empty": _t("Every mapped cell of the row is empty."),
        "amount.several_currencies": _t("The row names several currencies ({currencies})."),
        "date.clock_skipped": _t("{when} does not exist in {zone}: the clocks went forward. It was "
                                 "read with the offset before the change."),
        "date.clock_repeated": _t("{when} occurs twice in {zone}: the clocks went back. It was read as"
                                  " the first, the earlier instant."),
        "phone.not_a_number": _t("It does not look like a phone number."),
        "phone.no_country_code": _t("It has no country code; write it with + and the country code, or choose "
                                    "a country."),
        "phone.wrong_length": _t("It has the wrong number of digits for its country."),
        "phone.not_in_use": _t("It is not a number in use in the numbering plan of {where}."),
        "value.invalid_phone": _t("“{value}” is not a valid phone number. {why}"),
        "value.unknown_type": _t("{type} is not a value type casebench knows."),
        "value.empty": _t("The value is empty."),
        "value.unknown_country": _t("“{value}” is not a country casebench knows; use its ISO code, for "
                                    "example ES or GMB."),
        "iban.bad_shape": _t("“{value}” is not a valid IBAN: it must be a country code, two check digits "
                             "and letters or digits."),
        "iban.no_such_country": _t("“{value}” is not a valid IBAN: {country} does not issue IBANs."),
        "iban.wrong_length": _t("“{value}” is not a valid IBAN: IBANs from {country} have {expected} "
                                "characters, this one has {length}."),
        "iban.check_digits": _t("“{value}” is not a valid IBAN: the check digits do not match; a "
                                "character is probably mistyped."),
        "imo.bad_shape": _t("“{value}” is not a valid IMO number: an IMO ship number has seven digits, "
                            "for example IMO 9074729."),
        "imo.check_digit": _t("“{value}” is not a valid IMO number: the check digit (the last one) does "
                              "not match."),
        "mmsi.bad_shape": _t("“{value}” is not a valid MMSI: an MMSI has exactly nine digits."),
        "bic.bad_shape": _t("“{value}” is not a valid BIC (SWIFT code): a BIC has 8 or 11 characters: "
                            "bank (4 letters), country, place, branch."),
        "bic.no_such_country": _t("“{value}” is not a valid BIC (SWIFT code): {country} (characters 5-6) "
                                  "is not a country code."),
        "vin.wrong_length": _t("“{value}” is not a valid vehicle identification number (VIN): a VIN has "
                               "17 characters, this one has {length}."),
        "vin.forbidden_letters": _t("“{value}” is not a valid vehicle identification number (VIN): VINs "
                                    "never contain the letters I, O or Q."),
        "vin.bad_characters": _t("“{value}” is not a valid vehicle identification number (VIN): a VIN has "
                                 "only letters and digits."),
        "vin.check_digit": _t("“{value}” is not a valid vehicle identification number (VIN): the check "
                              "digit (9th character) should be {check} for this VIN."),
        "wallet.bad_shape": _t("“{value}” is not a valid crypto wallet address: an address is 20 to 128 "
                               "letters and digits without spaces."),
        "wallet.segwit_checksum": _t("“{value}” is not a valid crypto wallet address: the bech32 checksum "
                                     "does not match; check every character."),
        "wallet.checksum": _t("“{value}” is not a valid crypto wallet address: the checksum does not "
                              "match; check every character."),
        "email.bad_shape": _t("“{value}” is not a valid e-mail address: an e-mail address looks like "
                              "name@example.org."),
        "url.spaces": _t("“{value}” is not a valid web address (URL): a web address has no spaces."),
        "url.no_scheme": _t("“{value}” is not a valid web address (URL): it has no scheme; start it with "
                            "https:// or http://."),
        "url.no_host": _t("“{value}” is not a valid web address (URL): it has no host name after //."),
        "number.bad_shape": _t("“{value}” is not a valid number: write a plain number such as 1500 or 1,5 "
                               "(no units, at most one decimal separator)."),
        "number.invalid": _t("“{value}” is not a valid number."),
        "value.bad_entity_id": _t("“{value}” is not a valid entity reference: entity ids are letters, "
                                  "digits and . _ : - only."),
        "value.no_identifier_characters": _t("“{value}” is not a valid identifier: it has no letters or "
                                             "digits."),
        "grade.unknown_scheme": _t("The grading scheme “{scheme}” is unknown; use one of {schemes}."),
        "grade.invalid": _t("“{value}” is not a valid {scheme} grade."),
        "grade.no_scheme": _t("The grade “{value}” must be written scheme:value, for example admiralty:B2."),
    }


def params_of(exc: CodedError) -> dict[str, object]:
    """The fields a template may use: the error's parameters and where it is about."""
    out: dict[str, object] = {"problem": getattr(exc, "problem", exc.text),
                              "reason": getattr(exc, "reason", getattr(exc, "problem", exc.text))}
    if isinstance(exc, CaseError) and exc.path is not None:
        out["path"] = str(exc.path)
        out["file"] = exc.path.name or str(exc.path)
    # a parameter that is itself a coded error (why a date is invalid) is worded here too
    out.update({k: _param_text(v) for k, v in exc.params.items()})
    return out


def _param_text(value: object) -> str:
    if isinstance(value, CodedError):
        return window_text(value) or value.text
    return str(value)


def window_text(exc: BaseException) -> str | None:
    """The translated message for a coded error; None when its code has no window text."""
    if not isinstance(exc, CodedError) or not exc.code:
        return None
    template = templates().get(exc.code)
    return None if template is None else fill(template, params_of(exc))
