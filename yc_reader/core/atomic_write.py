"""Files the user asks for (an export, a backup) written whole or not at all.

The text goes to a temporary file beside the target, is flushed to disk, and
then takes the target's name in one rename. A full disk or a lost permission
half way leaves the target as it was (an older backup stays restorable) and no
stray temporary file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_text(path: Path, text: str) -> None:
    """Replace ``path`` by ``text`` (UTF-8) in one step; raises ``OSError``."""
    data = text.encode("utf-8")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
