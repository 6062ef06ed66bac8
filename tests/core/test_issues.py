"""Browsing by issue (no Qt): issue days, an issue's pages in order, 历史上的今天."""

from __future__ import annotations

from pathlib import Path

import pytest

from yc_reader.core import issues
from yc_reader.core.library import Library


def write_page(folder: Path, name: str, masthead: str, *titles: str) -> None:
    stories = "".join(
        f"# {title}\n\n本报讯 4月18日，{title}，现场秩序井然。\n\n" for title in titles
    )
    (folder / name).write_text(f"{masthead}\n\n{stories}", encoding="utf-8")


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Library:
    pages = tmp_path_factory.mktemp("pages")
    write_page(
        pages,
        "2023-04-18_p1.txt",
        "2023年4月18日 星期二 第1版 要闻",
        "松溉古镇迎来游客",
        "茶山竹海新茶开采",
    )
    write_page(pages, "2024-04-18_p1.txt", "2024年4月18日 星期四 第1版 要闻", "全民阅读活动启动")
    write_page(pages, "2024-04-18_p10.txt", "2024年4月18日 星期四 第10版 副刊", "春日诗会")
    write_page(
        pages, "2024-04-18_p2.txt", "2024年4月18日 星期四 第2版 经济", "工业园区开工", "招商推介会"
    )
    lib = Library.open(tmp_path_factory.mktemp("data"))
    lib.sync_seeds()
    report = lib.import_paths([pages])
    assert not report.skipped
    yield lib
    lib.close()


def test_issue_days_are_the_days_with_articles(library: Library) -> None:
    days = issues.issue_days(library)
    assert {"2023-03-01", "2024-04-18", "2025-11-11", "2026-02-03", "2023-04-18"} <= set(days)
    assert "2025-11" not in days  # dated to the month only: no issue day
    assert days["2023-04-18"] == 2
    assert sum(1 for _ in library.articles()) - 1 == sum(days.values())


def test_an_issue_lists_its_pages_in_order_then_the_unnumbered(library: Library) -> None:
    pages = issues.issue(library, "2024-04-18")
    assert [p.page for p in pages] == ["1", "2", "10", issues.NO_PAGE]
    assert [p.section for p in pages[:3]] == ["要闻", "经济", "副刊"]
    assert [r.title for r in pages[1].rows] == ["工业园区开工", "招商推介会"]  # print order
    assert len(pages[3].rows) == 2  # the two seed stories of that day tell no page
    assert all(r.date == "2024-04-18" for p in pages for r in p.rows)
    assert issues.issue(library, "2024-04-20") == []


def test_this_day_in_earlier_years(library: Library) -> None:
    earlier = issues.earlier_years(library, "2024-04-18")
    assert [day for day, _ in earlier] == ["2023-04-18"]
    assert [r.title for r in earlier[0][1]] == ["松溉古镇迎来游客", "茶山竹海新茶开采"]
    assert issues.earlier_years(library, "2023-04-18") == []
    assert issues.earlier_years(library, "2025-04-18")[0][0] == "2024-04-18"
