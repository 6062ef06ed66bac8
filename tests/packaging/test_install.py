"""packaging/install and packaging/uninstall, on a fake bundle in a temporary HOME.

Uninstall must remove exactly what install put: the home is snapshotted before
and compared after, with the user's data and other apps' files left alone.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
needs_validator = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate not installed (Debian: desktop-file-utils)",
)


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """What packaging/build makes, minus Python: an executable and the resources."""
    bundle = tmp_path / "dist" / "yc-reader"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copytree(ROOT / "resources" / "icons", bundle / "_internal" / "resources" / "icons")
    exe = bundle / "yc-reader"
    exe.write_text("#!/bin/sh\necho fake yc-reader\n")
    exe.chmod(0o755)
    return bundle


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home user"  # a space, as real homes on some systems have
    home.mkdir()
    return home


def _env(home: Path, data_home: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    if data_home is not None:
        env["XDG_DATA_HOME"] = str(data_home)
    return env


def _run(script: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(script), *args], env=env, capture_output=True, text=True, check=True
    )


def _snapshot(root: Path) -> dict[str, str]:
    """Every path under root, with its kind and (for files) content."""
    out = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        if path.is_symlink():
            out[rel] = "link:" + os.readlink(path)
        elif path.is_dir():
            out[rel] = "dir"
        else:
            out[rel] = "file:" + path.read_bytes().hex()[:64]
    return out


def _expected(data_home_rel: str) -> set[str]:
    icons = {f"{data_home_rel}/icons/hicolor/{s}x{s}/apps/yc-reader.png" for s in ICON_SIZES}
    icons.add(f"{data_home_rel}/icons/hicolor/scalable/apps/yc-reader.svg")
    return {
        ".local/lib/yc-reader/yc-reader",
        ".local/lib/yc-reader/uninstall",
        ".local/lib/yc-reader/.install-manifest",
        ".local/lib/yc-reader/_internal/resources/icons/yc-reader.svg",
        ".local/bin/yc-reader",
        f"{data_home_rel}/applications/yc-reader.desktop",
        *icons,
    }


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def test_install_puts_the_bundle_entry_and_icons(fake_bundle: Path, home: Path) -> None:
    result = _run(PACKAGING / "install", str(fake_bundle), env=_env(home))
    assert "applications menu" in result.stdout
    assert _expected(".local/share") <= _files(home)

    app = home / ".local/lib/yc-reader"
    link = home / ".local/bin/yc-reader"
    assert link.is_symlink() and link.resolve() == (app / "yc-reader").resolve()
    assert subprocess.run([str(link)], capture_output=True, text=True).stdout == "fake yc-reader\n"
    assert os.stat(app / "uninstall").st_mode & stat.S_IXUSR

    desktop = (home / ".local/share/applications/yc-reader.desktop").read_text()
    assert f'Exec="{app}/yc-reader"' in desktop.splitlines()
    assert "Icon=yc-reader" in desktop.splitlines()


def test_uninstall_removes_exactly_what_install_put(fake_bundle: Path, home: Path) -> None:
    # things that were there before: another app's entry, the user's data
    other = home / ".local/share/applications/other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    data = home / ".local/share/yc-reader"
    data.mkdir()
    (data / "user.sqlite").write_bytes(b"bookmarks")
    before = _snapshot(home)

    env = _env(home)
    _run(PACKAGING / "install", str(fake_bundle), env=env)
    _run(PACKAGING / "install", str(fake_bundle), env=env)  # again: replaces, adds nothing
    after = _snapshot(home)
    assert all(after[path] == kind for path, kind in before.items())  # nothing changed
    bundle_files = {
        f".local/lib/yc-reader/{p.relative_to(fake_bundle)}"
        for p in fake_bundle.rglob("*")
        if p.is_file()
    }
    assert _files(home) - set(before) == _expected(".local/share") | bundle_files

    result = _run(home / ".local/lib/yc-reader/uninstall", env=env)
    assert "data is kept" in result.stdout
    assert _snapshot(home) == before


def test_uninstall_from_checkout_and_twice(fake_bundle: Path, home: Path) -> None:
    env = _env(home)
    _run(PACKAGING / "install", str(fake_bundle), env=env)
    _run(PACKAGING / "uninstall", env=env)
    assert _snapshot(home) == {}
    assert "not installed" in _run(PACKAGING / "uninstall", env=env).stdout


def test_custom_xdg_data_home(fake_bundle: Path, home: Path, tmp_path: Path) -> None:
    data_home = tmp_path / "xdg data"
    env = _env(home, data_home)
    _run(PACKAGING / "install", str(fake_bundle), env=env)
    assert (data_home / "applications/yc-reader.desktop").is_file()
    assert (data_home / "icons/hicolor/48x48/apps/yc-reader.png").is_file()
    assert not (home / ".local/share").exists()
    _run(PACKAGING / "uninstall", env=env)
    assert _snapshot(home) == {} and _snapshot(data_home) == {}


def test_a_foreign_command_of_the_same_name_is_kept(fake_bundle: Path, home: Path) -> None:
    """``pip install --user yc-reader`` makes ~/.local/bin/yc-reader too: not ours."""
    theirs = home / ".local/bin/yc-reader"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("#!/bin/sh\necho pip\n")
    env = _env(home)
    result = _run(PACKAGING / "install", str(fake_bundle), env=env)
    assert "not ours" in result.stderr
    assert theirs.read_text() == "#!/bin/sh\necho pip\n"
    _run(PACKAGING / "uninstall", env=env)
    assert _files(home) == {".local/bin/yc-reader"}


def test_install_refuses_a_missing_bundle(home: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        ["bash", str(PACKAGING / "install"), str(tmp_path / "nothing")],
        env=_env(home),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "packaging/build" in result.stderr
    assert _snapshot(home) == {}


@needs_validator
def test_desktop_entry_validates(fake_bundle: Path, home: Path) -> None:
    subprocess.run(["desktop-file-validate", str(PACKAGING / "yc-reader.desktop")], check=True)
    _run(PACKAGING / "install", str(fake_bundle), env=_env(home))
    installed = home / ".local/share/applications/yc-reader.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(installed)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
