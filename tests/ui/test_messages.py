"""Error messages in the window: plain words that name what went wrong."""

from __future__ import annotations


def test_os_errors_name_the_file(qtbot) -> None:
    import errno

    from casebench.ui.common import plain_error

    text = plain_error(FileNotFoundError(errno.ENOENT, "No such file or directory", "/media/usb/out.cbx"))
    assert "/media/usb/out.cbx" in text and "No such file" in text


def test_a_programming_error_is_not_shown_as_its_key(qtbot) -> None:
    from casebench.ui.common import plain_error

    text = plain_error(KeyError("name"))
    assert text != "'name'" and "unexpected problem" in text and "KeyError" in text


def test_refusals_and_cancellations_read_as_what_they_are(qtbot) -> None:
    from casebench.services.progress import OperationCancelled
    from casebench.ui.common import plain_error

    assert plain_error(ValueError("the grade B9 does not fit the Admiralty scheme")).startswith("the grade B9")
    assert "Cancelled" in plain_error(OperationCancelled("verify"))
