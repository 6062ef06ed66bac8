"""Packaging and single-instance tests run without a display; the bundle tests run last."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "bundle: builds the PyInstaller bundle once per session; runs last"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Put the slow bundle tests at the end, so every quick failure shows first."""
    items.sort(key=lambda item: item.get_closest_marker("bundle") is not None)
