"""A file the user saves is replaced whole or left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from yc_reader.core import atomic_write


def test_the_text_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "备份.json"
    target.write_text("old", encoding="utf-8")
    atomic_write.write_text(target, "新的内容\n")
    assert target.read_text(encoding="utf-8") == "新的内容\n"
    assert [p.name for p in tmp_path.iterdir()] == ["备份.json"]


def test_a_failed_write_leaves_the_target_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "收藏.md"
    (target / "inside").mkdir(parents=True)  # a folder where the file would go
    with pytest.raises(OSError):
        atomic_write.write_text(target, "text")
    assert (target / "inside").is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["收藏.md"]
    with pytest.raises(FileNotFoundError):
        atomic_write.write_text(tmp_path / "missing" / "x.md", "text")
