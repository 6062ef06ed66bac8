"""The library verbs of the CLI, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from yc_reader.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def _cli(data: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "yc_reader", *args, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=check,
    )


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    page = root / "pages" / "p.md"
    page.parent.mkdir()
    page.write_text("## 永川影视基地开工\n\n本报讯 影视基地二期开工。\n", encoding="utf-8")
    (root / "pages" / "bad.txt").write_bytes(b"\x00" * 64)
    result = _cli(root / "data", "index", str(root / "pages"), check=False)
    assert result.returncode == 1 and "bad.txt" in result.stderr
    return root / "data"


def test_search_json_lines(data):
    lines = _cli(data, "search", "影视", "--json", "--limit", "0").stdout.splitlines()
    hits = [json.loads(line) for line in lines]
    assert {"id", "title", "date", "section", "source", "snippet"} <= set(hits[0])
    assert any(hit["source"] == "p.md" for hit in hits)
    assert len(_cli(data, "search", "影视", "--json", "--limit", "1").stdout.splitlines()) == 1


def test_bad_query_is_a_message_and_exit_2(data):
    result = _cli(data, "search", '"影视', check=False)
    assert result.returncode == 2
    assert "quote" in result.stderr and "Traceback" not in result.stderr


def test_facets_show_export(data):
    facets = json.loads(_cli(data, "facets", "影视", "--json").stdout)
    assert set(facets) == {
        "date",
        "section",
        "keyword",
        "author",
        "person",
        "place",
        "org",
        "bookmarked",
    }
    assert [v["label"] for v in facets["bookmarked"]] == ["已收藏", "未收藏"]
    assert facets["date"][0]["label"] == f"{facets['date'][0]['value']}年"
    hit = json.loads(_cli(data, "search", "title:影视基地", "--json").stdout.splitlines()[0])
    shown = json.loads(_cli(data, "show", hit["id"], "--json").stdout)
    assert shown["id"] == hit["id"] and shown["title"] == "永川影视基地开工"
    exported = [json.loads(x) for x in _cli(data, "export").stdout.splitlines()]
    assert hit["id"] in {record["id"] for record in exported}
    assert {"source", "title", "blocks", "id"} <= set(exported[0])
    assert _cli(data, "show", "nope", check=False).returncode == 1


def test_bookmarks_verbs(data, tmp_path):
    hit = json.loads(_cli(data, "search", "title:影视基地", "--json").stdout.splitlines()[0])
    _cli(data, "bookmarks", "add", hit["id"], "--note", "好")
    (mark,) = [json.loads(x) for x in _cli(data, "bookmarks", "list").stdout.splitlines()]
    assert (mark["id"], mark["note"]) == (hit["id"], "好")
    export = tmp_path / "marks.json"
    export.write_text(_cli(data, "bookmarks", "export").stdout, encoding="utf-8")
    _cli(data, "bookmarks", "remove", hit["id"])
    assert _cli(data, "bookmarks", "list").stdout == ""
    _cli(data, "bookmarks", "import", str(export))
    assert hit["id"] in _cli(data, "bookmarks", "list").stdout
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json", encoding="utf-8")
    result = _cli(data, "bookmarks", "import", str(garbage), check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("before_verb", [True, False])
def test_the_data_dir_counts_before_the_verb_as_after_it(tmp_path, before_verb):
    """``yc-reader --data-dir DIR index …`` and ``yc-reader index … --data-dir DIR``
    both use DIR: the verb's own (absent) option must not reset the one given
    before it to the user's data dir."""
    data = tmp_path / "data"
    where = ["--data-dir", str(data)]
    args = [*where, "index", "seeds"] if before_verb else ["index", "seeds", *where]
    subprocess.run(
        [sys.executable, "-m", "yc_reader", *args], cwd=ROOT, check=True, capture_output=True
    )
    assert (data / "index.sqlite").exists() and (data / "user.sqlite").exists()
    assert build_parser().parse_args(["index", "seeds"]).data_dir is None
