"""Reliability tests: things broken on purpose (kills, corrupt files, full disks,
hostile input). Core tests need no Qt; the GUI ones run offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
