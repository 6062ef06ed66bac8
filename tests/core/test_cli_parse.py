"""``python -m yc_reader parse``: the JSON Lines interface others rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FIELDS = {"source", "kicker", "title", "subtitle", "authors", "date", "section", "blocks"}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "yc_reader", "parse", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_prints_one_article_a_line_with_the_interface_fields():
    result = run(*sorted(str(p) for p in SEEDS.glob("*.txt")))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 15
    for record in records:
        assert record.keys() >= FIELDS
        assert all(b["kind"] in ("paragraph", "subhead", "caption") for b in record["blocks"])
        assert all(" " not in name for name in record["authors"])
    assert records[5]["authors"] == ["涂燕"]


def test_skipped_files_are_named_on_stderr_and_the_rest_printed(tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\0\1\2\3" * 100)
    result = run(str(broken), str(SEEDS / "004_d6ed193fb50ce300.txt"))
    assert result.returncode == 1
    assert "broken.txt" in result.stderr
    assert len(result.stdout.splitlines()) == 5


def test_a_folder_stands_for_its_page_files_in_order():
    files = run(*sorted(str(p) for p in SEEDS.glob("*.txt")))
    folder = run(str(SEEDS))
    assert folder.returncode == 0, folder.stderr
    assert folder.stdout == files.stdout


def test_a_continuation_without_a_headline_has_none(tmp_path):
    """Its marker (and the subhead set after it) names it in lists and gives its id,
    but is no headline: ``title`` is empty and the subhead is text again."""
    page = tmp_path / "page.txt"
    page.write_text(
        "(上接5版)\n\n赛事更亲民\n\n今年的比赛首次设置了家庭跑项目，吸引了800余组家庭参加。\n",
        encoding="utf-8",
    )
    result = run(str(page))
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["title"] == ""
    assert record["blocks"][0] == {"kind": "subhead", "text": "赛事更亲民"}
    assert record["continuation"] == "5"
