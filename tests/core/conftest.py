"""Shared core fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from yc_reader.core.library import Library


@pytest.fixture(scope="session")
def seeds_library(tmp_path_factory) -> Iterator[Library]:
    """A library of the bundled seeds, for tests that only read it."""
    library = Library.open(tmp_path_factory.mktemp("seeds-library"))
    library.sync_seeds()
    yield library
    library.close()


@pytest.fixture
def library(tmp_path) -> Iterator[Library]:
    """A library of its own in ``tmp_path/data``, for tests that import into it (a
    test module may define a ``library`` of its own, shared by its tests)."""
    library = Library.open(tmp_path / "data")
    yield library
    library.close()
