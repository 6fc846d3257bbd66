"""reportlab's text measuring runs in C: without rl_accel a 200-page pack prints about
2.5x slower (bench/briefing.py), and a missing install step would go unnoticed."""

from reportlab.lib import rl_accel


def test_reportlab_measures_text_with_its_c_accelerator() -> None:
    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"
