"""The list and facet models: Qt's model contract, lazy rows, small updates."""

from __future__ import annotations

from pathlib import Path

import pytest

from yc_reader.core.library import ArticleRow, Library
from yc_reader.ui.models import ROW_BLOCK, ArticleListModel, FacetTreeModel, Role
from yc_reader.ui.widgets.sidebar import facet_groups


@pytest.fixture
def library(data_dir: Path):
    library = Library.open(data_dir)
    library.sync_seeds()
    yield library
    library.close()


class CountingLibrary:
    """Makes up a row for any id and counts the fetches a model makes."""

    def __init__(self) -> None:
        self.fetches: list[int] = []

    def rows(self, ids, terms=()):
        self.fetches.append(len(ids))
        return [
            ArticleRow(i, f"标题{i}", "", "2024-04-01", "要闻", (), "", False, False) for i in ids
        ]


def test_article_list_model_passes_the_model_tester(app, qtmodeltester, library) -> None:
    model = ArticleListModel(library)
    result = library.search("永川")
    model.set_result(result.ids, result.terms)
    qtmodeltester.check(model)
    model.set_result([], ())
    qtmodeltester.check(model)


def test_facet_tree_model_passes_the_model_tester(app, qtmodeltester, library) -> None:
    model = FacetTreeModel()
    model.set_facets(facet_groups(), library.facets(""), ["date:2024"])
    qtmodeltester.check(model)
    year = model.find("date:2024")
    assert year.isValid() and year.data(Role.Active)
    assert model.rowCount(year) > 0  # months under the year
    month = model.index(0, 0, year)
    assert month.data(Role.Term).startswith("date:2024-")
    assert model.parent(month) == year


def test_rows_are_fetched_lazily_in_blocks(app) -> None:
    counting = CountingLibrary()
    model = ArticleListModel(counting)  # type: ignore[arg-type]
    model.set_result([str(i) for i in range(100_000)])
    assert counting.fetches == []
    assert model.index(0, 0).data(Role.Row).id == "0"
    assert counting.fetches == [ROW_BLOCK]
    for row in range(ROW_BLOCK):
        model.index(row, 0).data(Role.Row)
    assert len(counting.fetches) == 1
    assert model.index(50_000, 0).data(Role.Row).title == "标题50000"
    assert len(counting.fetches) == 2


def test_a_bookmark_changes_one_row_without_a_reset(app, qtbot, library) -> None:
    model = ArticleListModel(library)
    ids = library.search("").ids
    model.set_result(ids)
    assert not model.index(3, 0).data(Role.Row).bookmarked
    library.set_bookmark(ids[3], True)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.refresh(ids[3])
    assert changed.args[0].row() == 3
    assert model.index(3, 0).data(Role.Row).bookmarked
