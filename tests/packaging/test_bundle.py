"""The double-click app, end to end: build the bundle once, then run it as a user would.

Each run gets a bare environment (no Python on PATH, no virtualenv, a
temporary HOME), so a bundle that secretly leans on the checkout or the venv
fails here. Skipped when PyInstaller is not installed; CI installs it (the
``test`` extra). The build takes about a minute, so it happens once per
session and these tests run last (see conftest.py).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCK_NAME = ".yc-reader-instance.lock"  # yc_reader.ui.single_instance.LOCK_NAME

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed"
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/yc-reader built by packaging/build, with this interpreter, into a temp dir."""
    out = tmp_path_factory.mktemp("pyinstaller")
    env = {**os.environ, "YC_BUILD_PYTHON": sys.executable}
    started = time.monotonic()
    result = subprocess.run(
        ["bash", "packaging/build", "--distpath", str(out / "dist"), "--workpath", str(out / "w")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    if result.returncode != 0:
        pytest.fail(f"packaging/build failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}")
    print(f"\nbundle built in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return out / "dist" / "yc-reader"


def _bare_env(home: Path, **extra: str) -> dict[str, str]:
    """A user's session on a machine without Python: no venv, no PYTHON* variables."""
    runtime = home / ".runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        **extra,
    }


def _screenshot(exe: Path, png: Path, env: dict[str, str], *args: str) -> float:
    """Run the app with --screenshot; seconds until it saved the PNG and exited."""
    started = time.monotonic()
    result = subprocess.run(
        [str(exe), "--screenshot", str(png), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    seconds = time.monotonic() - started
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    _check_png(png)
    return seconds


def _check_png(png: Path) -> None:
    """A real window: a decent size, and far from one flat colour."""
    from PySide6.QtGui import QImage

    assert png.is_file(), f"no screenshot at {png}"
    image = QImage(str(png))
    assert not image.isNull(), "not a PNG Qt can read"
    assert image.width() >= 600 and image.height() >= 400, image.size()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20, f"only {len(colours)} colours: an empty window?"


def _figures(label: str, seconds: float) -> None:
    print(f"\n{label}: {seconds:.2f} s", file=sys.stderr)


def test_bundle_carries_what_the_app_needs(bundle: Path) -> None:
    exe = bundle / "yc-reader"
    assert exe.is_file() and os.stat(exe).st_mode & stat.S_IXUSR
    internal = bundle / "_internal"
    for needed in (
        "seeds",
        "resources/icons/yc-reader-256.png",
        "jieba/dict.txt",
        "jieba/analyse/idf.txt",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    ):
        assert (internal / needed).exists(), needed
    assert sorted(p.name for p in (internal / "seeds").iterdir()) == sorted(
        p.name for p in (ROOT / "seeds").iterdir()
    )
    for folder in ("fonts", "translations"):
        ours = {
            p.relative_to(ROOT)
            for p in (ROOT / "resources" / folder).rglob("*")
            if p.is_file() and p.suffix not in {".py", ".pyc", ".ts"}  # sources stay home
        }
        assert {p for p in ours if not (internal / p).is_file()} == set()
    if importlib.util.find_spec("rjieba") is not None:
        assert list(internal.glob("rjieba/rjieba*.so")), "rjieba is installed but not bundled"
    assert not (internal / "jieba" / "lac_small").exists()
    assert not list(internal.glob("pytest*")) and not (internal / "PyInstaller").exists()
    for script in ("install", "uninstall", "yc-reader.desktop"):
        assert (bundle / script).is_file(), script


def test_bundle_shows_the_window_first_and_later_launch(bundle: Path, tmp_path: Path) -> None:
    env = _bare_env(tmp_path / "home")
    data = tmp_path / "data"
    first = _screenshot(bundle / "yc-reader", tmp_path / "first.png", env, "--data-dir", str(data))
    assert (data / "index.sqlite").is_file(), sorted(p.name for p in data.iterdir())
    later = _screenshot(bundle / "yc-reader", tmp_path / "later.png", env, "--data-dir", str(data))
    _figures("bundle, first launch (index built), to screenshot", first)
    _figures("bundle, later launch, to screenshot", later)
    keep = os.environ.get("YC_KEEP_SCREENSHOT")
    if keep:  # look at it: YC_KEEP_SCREENSHOT=/tmp/bundle.png pytest tests/packaging
        shutil.copy(tmp_path / "later.png", keep)


def test_installed_read_only_bundle_keeps_its_data_in_the_users_dir(
    bundle: Path, tmp_path: Path
) -> None:
    """packaging/install, then make the installed copy read-only and double-click it."""
    home = tmp_path / "home"
    home.mkdir()
    xdg_data = tmp_path / "xdg-data"
    env = _bare_env(home, XDG_DATA_HOME=str(xdg_data))
    subprocess.run(["bash", str(bundle / "install")], env=env, check=True, capture_output=True)
    app = home / ".local/lib/yc-reader"
    subprocess.run(["chmod", "-R", "a-w", str(app)], check=True)
    try:
        # the way the menu entry runs it: by the absolute path in Exec=
        desktop = (xdg_data / "applications/yc-reader.desktop").read_text()
        exec_line = next(line for line in desktop.splitlines() if line.startswith("Exec="))
        exe = Path(exec_line.removeprefix("Exec=").strip('"'))
        assert exe == app / "yc-reader"
        _screenshot(exe, tmp_path / "installed.png", env)
        user_data = xdg_data / "yc-reader"
        assert (user_data / "index.sqlite").is_file()
        # and from a terminal, through the ~/.local/bin symlink
        _screenshot(home / ".local/bin/yc-reader", tmp_path / "via-link.png", env)
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(app)], check=True)
    subprocess.run([str(app / "uninstall")], env=env, check=True, capture_output=True)
    assert not app.exists()
    assert (xdg_data / "yc-reader" / "index.sqlite").is_file()  # the user's data stays


def test_second_launch_raises_the_first_instead_of_opening(bundle: Path, tmp_path: Path) -> None:
    app_py = ROOT / "yc_reader" / "ui" / "app.py"
    if not app_py.is_file() or "single_instance" not in app_py.read_text(encoding="utf-8"):
        pytest.skip("yc_reader.ui.app does not use single_instance yet")
    env = _bare_env(tmp_path / "home")
    data = tmp_path / "data"
    exe = str(bundle / "yc-reader")
    first = subprocess.Popen(
        [exe, "--data-dir", str(data)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 120
        while not (data / LOCK_NAME).exists():
            assert first.poll() is None, first.communicate()[1].decode(errors="replace")
            assert time.monotonic() < deadline, "the first launch never took the data dir"
            time.sleep(0.1)
        started = time.monotonic()
        second = subprocess.run(
            [exe, "--data-dir", str(data)], env=env, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0, second.stderr
        assert "does not answer" not in second.stderr
        _figures("bundle, second launch handing over to the first", time.monotonic() - started)
        assert first.poll() is None, "the first instance should still run"
    finally:
        first.send_signal(signal.SIGTERM)
        try:
            first.wait(timeout=20)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait()


def test_bundle_indexes_a_big_folder_with_its_worker_processes(
    bundle: Path, tmp_path: Path
) -> None:
    """freeze_support lets the frozen app spawn index workers that run as workers,
    not as second copies of the app, and leave nothing behind."""
    folder = tmp_path / "pages"
    folder.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(120):  # over the size at which imports use worker processes
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (folder / f"2024-01-{1 + i % 28:02d}_{i}.txt").write_text(
            text.replace("永川", f"永川{i}号", 1), encoding="utf-8"
        )
    env = _bare_env(tmp_path / "home")
    exe = bundle / "yc-reader"
    result = subprocess.run(
        [str(exe), "index", "--data-dir", str(tmp_path / "data"), str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "120 files added" in result.stdout + result.stderr
    leftovers = subprocess.run(
        ["pgrep", "-f", str(exe)], capture_output=True, text=True, check=False
    )
    assert leftovers.stdout.strip() == ""
