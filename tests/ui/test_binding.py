"""The Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 released a reference to None on every call of a method that
returns nothing; on Python 3.11, where None is an ordinary object, that runs its
count down to zero and the interpreter aborts ("deallocating None"), at exit or
mid-session. pyproject.toml excludes that version; this test guards the pin.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont


def test_void_methods_keep_none_alive(app) -> None:
    font = QFont()
    font.setBold(True)
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setBold(True)
    # other threads may hold a few more or fewer references meanwhile
    assert abs(sys.getrefcount(None) - before) < 100
