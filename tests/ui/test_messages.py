"""Error messages in the window: plain words that name what went wrong."""

from __future__ import annotations


def test_os_errors_name_the_file(qtbot) -> None:
    import errno

    from casebench.ui.common import plain_error

    text = plain_error(FileNotFoundError(errno.ENOENT, "No such file or directory", "/media/usb/out.cbx"))
    assert "/media/usb/out.cbx" in text and "No such file" in text
