"""Bylines give names as people write them: no padding, no roles, no units."""

from __future__ import annotations

import pytest

from yc_reader.core import bylines


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("本报讯（渝西都市报记者 涂 燕）3月1日下午", ["涂燕"]),
        ("本报讯(渝西都市报记者 陈仕川 文/图)11月7日,记者在", ["陈仕川"]),
        ("渝西都市报记者 钟梅 通讯员 刘倩", ["钟梅", "刘倩"]),
        ("本报记者 王 五 实习生 赵小六", ["王五", "赵小六"]),
        ("记者 涂 燕 通讯员 王 五 李四", ["涂燕", "王五", "李四"]),
        ("记者 王 小明", ["王小明"]),
        ("记者 王小 明", ["王小明"]),
        ("文/图 记者 刘德华", ["刘德华"]),
        ("渝西都市报记者 陈仕川 摄", ["陈仕川"]),
        ("▲学生们展示雷锋画像。（记者 李 明 摄）", ["李明"]),
        ("本报讯 11月11日,永川区", []),
        ("(永川区委组织部供稿)", []),
        ("区委常委、宣传部部长 张小梅", []),
        ("这是记者 王五 的报道。", []),
        ("□ 李晓梅", ["李晓梅"]),
        ("■ 本报评论员 王 五", ["王五"]),
        ("文/周 平", ["周平"]),
        ("本报评论员", []),
        ("□ 永川区", []),
        ("▲市民在公园义诊。当天服务300余人次。渝西都市报记者 陈仕川 摄", ["陈仕川"]),
        ("▲市民在公园里赏花。张 三 摄", ["张三"]),
        ("▲市民在公园里赏花。游人如织 摄", []),
        ("记者：王建国", ["王建国"]),
        ("记者：谢谢", []),
        ("记者：您好", []),
        ("记者：请谈谈", []),
    ],
)
def test_authors_of_a_byline(line, authors):
    assert bylines.line_authors(line) == authors


def test_a_unit_supplying_the_text_is_not_an_author():
    assert bylines.is_unit_credit("会议强调……(永川区委组织部供稿)")
    assert bylines.dateline_authors("本报讯（永川区总工会供稿）4月18日") == []


@pytest.mark.parametrize(
    ("paragraph", "authors"),
    [
        ("本报讯 11月6日，胜利路街道开展消防演练，300余人参加。（记者 涂 燕）", ["涂燕"]),
        ("……活动持续到傍晚。(通讯员 张三 记者 李四)", ["张三", "李四"]),
        ("……受到好评。（渝西都市报记者 钟梅 实习生 王小明）", ["钟梅", "王小明"]),
        ("……接受采访。（记者 陈仕川 文/图）", ["陈仕川"]),
        ("一线见闻（记者手记）", []),
        ("会议强调……（永川区委组织部供稿）", []),
        ("图为活动现场（资料图）", []),
        ("他说（记者 涂燕）是第一个到场的", []),
    ],
)
def test_authors_signing_the_end_of_a_paragraph(paragraph, authors):
    assert bylines.trailing_authors(paragraph) == authors
