"""A second process for the single-instance tests: ``python _instance_child.py DIR MODE``.

Prints ``primary``, or ``running answered=<bool>`` when another instance owns DIR.
MODE ``serve``: a primary then serves for a few seconds (or until killed).
MODE ``launch``: exit at once; ``ping``: the same without asking to activate.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer

from yc_reader.ui.single_instance import SingleInstance


def main() -> int:
    data_dir, mode = sys.argv[1], sys.argv[2]
    app = QCoreApplication([])
    instance = SingleInstance(data_dir)
    running = instance.already_running(activate=mode != "ping")
    if running:
        print(f"running answered={instance.answered}", flush=True)
        return 0
    print("primary", flush=True)
    if mode == "serve":
        QTimer.singleShot(int(float(sys.argv[3]) * 1000) if len(sys.argv) > 3 else 3000, app.quit)
        app.exec()
    instance.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
