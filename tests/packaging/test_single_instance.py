"""A second launch on the same data dir raises the first instead of writing too.

The "other launch" runs in a child process: a client in this process would
block the very event loop the server needs to answer it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from yc_reader.ui.single_instance import LOCK_NAME, SingleInstance, bring_to_front, server_name

CHILD = Path(__file__).with_name("_instance_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _spawn(data_dir: Path, mode: str, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), mode, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.fixture
def instances():
    made: list[SingleInstance] = []

    def make(data_dir: Path) -> SingleInstance:
        made.append(SingleInstance(data_dir))
        return made[-1]

    yield make
    for instance in made:
        instance.close()


def test_server_name_is_per_dir_stable_and_short(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert server_name(a) == server_name(a) == server_name(tmp_path / "x" / ".." / "a")
    assert server_name(a) != server_name(b)
    assert len(server_name(a)) < 40  # Unix socket paths are capped near 100 bytes


def test_first_launch_is_primary_and_takes_the_lock(qapp, tmp_path: Path, instances) -> None:
    instance = instances(tmp_path)
    assert instance.already_running() is False
    assert instance.is_primary
    assert (tmp_path / LOCK_NAME).exists()
    assert instance.already_running() is False  # asking again changes nothing


def test_second_launch_raises_the_first(qtbot, tmp_path: Path, instances) -> None:
    first = instances(tmp_path)
    assert first.already_running() is False
    with qtbot.waitSignal(first.activated, timeout=15000):
        child = _spawn(tmp_path, "launch")
    out, err = child.communicate(timeout=15)
    assert out.strip() == "running answered=True", err


def test_ping_does_not_activate(qtbot, tmp_path: Path, instances) -> None:
    first = instances(tmp_path)
    first.already_running()
    hits: list[bool] = []
    first.activated.connect(lambda: hits.append(True))
    child = _spawn(tmp_path, "ping")
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=15000)
    out, err = child.communicate(timeout=15)
    assert out.strip() == "running answered=True", err
    assert hits == []


def test_other_data_dir_is_independent(qapp, tmp_path: Path, instances) -> None:
    assert instances(tmp_path / "one").already_running() is False
    child = _spawn(tmp_path / "two", "launch")
    out, err = child.communicate(timeout=15)
    assert out.strip() == "primary", err


def test_close_releases_the_data_dir(qapp, tmp_path: Path, instances) -> None:
    first = instances(tmp_path)
    first.already_running()
    first.close()
    assert not first.is_primary
    child = _spawn(tmp_path, "launch")
    out, err = child.communicate(timeout=15)
    assert out.strip() == "primary", err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_crashed_instance_leaves_nothing_that_blocks(qtbot, tmp_path: Path, instances) -> None:
    """A killed run leaves its lock file and socket behind; the next launch recovers."""
    crashed = _spawn(tmp_path, "serve", "60")
    assert crashed.stdout is not None
    assert crashed.stdout.readline().strip() == "primary"
    os.kill(crashed.pid, signal.SIGKILL)
    crashed.wait(timeout=15)
    assert (tmp_path / LOCK_NAME).exists()

    survivor = instances(tmp_path)
    assert survivor.already_running() is False
    assert survivor.is_primary
    with qtbot.waitSignal(survivor.activated, timeout=15000):
        child = _spawn(tmp_path, "launch")
    out, err = child.communicate(timeout=15)
    assert out.strip() == "running answered=True", err


def test_two_launches_at_once_make_one_primary(tmp_path: Path) -> None:
    children = [_spawn(tmp_path, "serve", "4") for _ in range(2)]
    outputs = sorted(child.communicate(timeout=30)[0].strip() for child in children)
    assert outputs == ["primary", "running answered=True"]


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen plugin
def test_bring_to_front_unminimises(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_to_front(window)
    assert window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowMinimized


def test_hung_owner_counts_as_running(tmp_path: Path, instances) -> None:
    """A live lock holder that never answers still keeps a second writer out."""
    owner = _spawn(tmp_path, "serve", "60")
    assert owner.stdout is not None
    assert owner.stdout.readline().strip() == "primary"
    os.kill(owner.pid, signal.SIGSTOP) if sys.platform != "win32" else None
    try:
        start = time.monotonic()
        late = instances(tmp_path)
        assert late.already_running(timeout_ms=500) is True
        assert late.answered is False
        assert time.monotonic() - start < 5
    finally:
        if sys.platform != "win32":
            os.kill(owner.pid, signal.SIGKILL)
        owner.wait(timeout=15)


def test_unlockable_data_dir_is_not_mistaken_for_a_running_instance(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If no lock file can be made, go on: the library reports the unwritable dir."""
    from yc_reader.ui import single_instance

    monkeypatch.setattr(single_instance, "LOCK_NAME", "no-such-folder/instance.lock")
    instance = SingleInstance(tmp_path)
    assert instance.already_running() is False
    assert not instance.is_primary
