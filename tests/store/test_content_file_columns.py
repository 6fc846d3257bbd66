"""content_files builds ContentFile rows positionally (thousands per export): the columns it
selects must be the dataclass's fields in order, or every later field would be shifted."""

from __future__ import annotations

from dataclasses import fields

from casebench.store import exhibits


def test_the_selected_columns_are_the_content_file_fields_in_order() -> None:
    assert [f.name for f in fields(exhibits.ContentFile)] == exhibits._FILE_NAMES
    assert exhibits._FILE_NAMES[exhibits._RAW_PATH] == "raw_path"
