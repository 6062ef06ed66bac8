"""Every path the app uses comes from here, so tests and the CLI can redirect them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "yc-reader"
APP_AUTHOR = "YCReader"
DATA_DIR_ENV = "YC_READER_DATA_DIR"


def install_root() -> Path:
    """Where ``resources/`` and ``seeds/`` live: the checkout, or the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    return install_root().joinpath("resources", *parts)


def seeds_dir() -> Path:
    """The corpus bundled with the app, indexed on first launch."""
    return install_root() / "seeds"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder (index, bookmarks), created on demand.

    ``override`` (``--data-dir``) wins, then ``$YC_READER_DATA_DIR``, then the
    platform's per-user data dir.
    """
    chosen = override or os.environ.get(DATA_DIR_ENV)
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Rebuildable caches (jieba's dictionary cache), created on demand."""
    path = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path
