"""Related stories (shared keywords and entities, corpus IDF) and near-duplicates."""

from __future__ import annotations

import shutil

import pytest

from yc_reader.core.library import Library
from yc_reader.core.paths import seeds_dir
from yc_reader.core.related import is_duplicate, shingles


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Library:
    """The seeds, plus one seed page printed again under another name."""
    root = tmp_path_factory.mktemp("related")
    reprint = root / "pages" / "reprint.txt"
    reprint.parent.mkdir()
    shutil.copy(sorted(seeds_dir().iterdir())[2], reprint)
    library = Library.open(root / "data")
    library.sync_seeds()
    library.import_paths([reprint.parent])
    yield library
    library.close()


def _ids_of(library: Library, query: str) -> list[str]:
    return library.search(query).ids


def test_five_most_similar_share_what_the_article_is_about(library: Library) -> None:
    (first, *_) = _ids_of(library, "person:常晓勇")
    found = [r for r in library.related(first) if not r.duplicate]
    assert 1 <= len(found) <= 5
    assert first not in {r.id for r in found}
    assert [r.score for r in found] == sorted((r.score for r in found), reverse=True)
    assert all(r.score > 0 for r in found)


def test_a_story_printed_twice_is_flagged(library: Library) -> None:
    article = library.article(_ids_of(library, "person:常晓勇")[0]).article
    twins = _ids_of(library, f'title:"{article.title}"')
    assert len(twins) == 2
    flagged = [r for r in library.related(twins[0]) if r.duplicate]
    assert [r.id for r in flagged] == [twins[1]]
    assert library.related("no-such-id") == []


def test_containment_measure() -> None:
    story = "永川区召开第27次常务会议，听取生态环境保护督察整改情况汇报，部署下一步工作。" * 3
    assert is_duplicate(shingles(story), shingles(story[: len(story) // 2]))
    assert not is_duplicate(shingles(story), shingles("宝峰镇茶农喜获丰收，茶叶品质提升明显。"))
    assert not is_duplicate(set(), shingles(story))
