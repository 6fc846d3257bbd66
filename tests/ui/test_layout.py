"""The window at any size and scale: it fits the screen, and its marking and Lock stay in reach."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QByteArray

from casebench.ui.workbench import Workbench


def test_a_geometry_saved_on_a_bigger_screen_is_clamped(qtbot, tmp_path, monkeypatch) -> None:
    first = Workbench()
    qtbot.addWidget(first)
    first.resize(4000, 3000)
    first.move(3000, 2000)
    first.prefs.save_window_state(QByteArray(first.saveGeometry()), QByteArray(first.saveState()))
    second = Workbench()
    qtbot.addWidget(second)
    free = second.screen().availableGeometry()
    assert second.width() <= free.width() and second.height() <= free.height()
    assert free.contains(second.geometry().topLeft()) and free.contains(second.geometry().bottomRight())


PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from casebench.ui.workbench import Workbench
w = Workbench()
w.show()
app.processEvents()
free = w.screen().availableGeometry()
lock = w.lock_button.mapTo(w, w.lock_button.rect().bottomRight())
print(w.width() <= free.width(), w.height() <= free.height(),
      w.minimumSizeHint().width() <= free.width(), lock.x() < w.width(), lock.y() < w.height())
"""


@pytest.mark.parametrize("scale", ["1", "1.5", "2"])
def test_the_window_fits_at_every_scale(scale: str, tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale,
               CASEBENCH_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True"] * 5, (scale, out.stdout, out.stderr[-500:])
