"""One running window per data dir: a second launch raises the first instead.

Two windows on one data dir would mean two index writers. The first launch
takes a lock file in the data dir and listens on a local socket named after a
hash of that dir; a later launch finds the lock held, connects, asks the first
to come to the front, and exits.

The lock (QLockFile, keyed by PID) is what decides who is first, so two
launches racing each other cannot both win, and a lock left by a crashed run
is recognised as stale because its PID is gone. Only the lock holder touches
the socket name, so removing a stale socket file never hits a live server.

Use, before building the window::

    instance = SingleInstance(data_dir)
    if instance.already_running(activate=True):
        return 0
    ...
    instance.activated.connect(lambda: bring_to_front(window))
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

LOCK_NAME = ".yc-reader-instance.lock"
ACTIVATE = b"activate\n"
PING = b"ping\n"
REPLY = b"ok\n"


def server_name(data_dir: str | os.PathLike[str]) -> str:
    """The local socket's name for this user and data dir (short: Unix paths are capped)."""
    key = f"{getpass.getuser()}\0{Path(data_dir).resolve()}".encode()
    return "yc-reader-" + hashlib.sha256(key).hexdigest()[:16]


class SingleInstance(QObject):
    """Decides whether this launch is the first on a data dir, and serves later ones."""

    #: a later launch asked this one to come to the front
    activated = Signal()

    def __init__(self, data_dir: str | os.PathLike[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(self.data_dir / LOCK_NAME))
        # Staleness by PID only: by default Qt also calls a lock older than 30 s
        # stale, even while its owner runs.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        #: whether the running instance answered (False: it holds the lock but hangs)
        self.answered = False

    @property
    def is_primary(self) -> bool:
        """True once this launch holds the lock and serves later launches."""
        return self._server is not None

    def already_running(self, activate: bool = True, timeout_ms: int = 3000) -> bool:
        """True if another instance owns the data dir (it is asked to come to the
        front when ``activate``); False if this launch now owns it."""
        if self._server is not None:
            return False
        if self._lock.tryLock(0):
            self._listen()
            return False
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # No lock can be made here at all (an unwritable data dir): nobody else
            # can hold it either. Go on, and let the library report the dir.
            print(f"yc-reader: cannot lock {self._lock.fileName()}", file=sys.stderr)
            return False
        self.answered = self._notify(ACTIVATE if activate else PING, timeout_ms)
        if not self.answered:
            print(
                f"yc-reader: another instance holds {self._lock.fileName()} but does not answer",
                file=sys.stderr,
            )
        return True

    def close(self) -> None:
        """Stop serving and release the data dir (also done when the process exits)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # -- the first instance ---------------------------------------------------------

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket file under our name is a crashed run's.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            # Still the writer; later launches just won't be able to raise us.
            print(
                f"yc-reader: cannot listen on {self.name}: {server.errorString()}", file=sys.stderr
            )
            return
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.canReadLine():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data())
            socket.write(REPLY)
            socket.flush()
            if line == ACTIVATE:
                self.activated.emit()

    # -- a later instance -------------------------------------------------------------

    def _notify(self, message: bytes, timeout_ms: int) -> bool:
        """Send ``message`` to the running instance; True if it answered in time."""
        if sys.platform == "win32":
            # Windows lets only the foreground process hand the foreground on.
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
        deadline = time.monotonic() + timeout_ms / 1000
        socket = QLocalSocket()
        # The owner may have just taken the lock and not be listening yet: retry.
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(_left_ms(deadline)):
                break
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        socket.write(message)
        socket.flush()
        reply = b""
        while REPLY not in reply and socket.waitForReadyRead(_left_ms(deadline)):
            reply += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return REPLY in reply


def _left_ms(deadline: float) -> int:
    return max(1, int((deadline - time.monotonic()) * 1000))


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise, raise and focus ``window`` (the slot for ``activated``)."""
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()
