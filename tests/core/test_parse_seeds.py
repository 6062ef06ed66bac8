"""The five bundled pages give exactly the 15 articles a reader sees on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from yc_reader.core.parse import parse_file

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# (file prefix, kicker, title, subtitle, authors, date)
EXPECTED = [
    (
        "000",
        "",
        "永川区委组织部召开部务会(扩大)会议 专题学习贯彻党的二十届四中全会精神",
        "",
        (),
        "2025-11-11",
    ),
    (
        "000",
        "",
        "永川区工商联(总商会)召开专题学习座谈会 深入学习贯彻党的二十届四中全会精神",
        "",
        ("潘玥希",),
        "2025-11-11",
    ),
    ("000", "", "永川邮政高效应对“双十一”寄递高峰", "", ("陈仕川",), "2025-11-07"),
    ("000", "", "(上接3版) 科技影视生态成型 产业链条完整闭环", "", ("潘玥希",), "2025-11"),
    (
        "001",
        "",
        "以实干实绩推动总书记重要讲话和指示精神在永川落地生根见行见效",
        "——习近平总书记重要讲话引发永川干部群众热烈反响（之二）",
        (),
        "2024-04-22",
    ),
    (
        "002",
        "",
        "张智奎会见中国电影家协会分党组副书记闫少非",
        "常晓勇参加",
        ("涂燕",),
        "2023-03-01",
    ),
    (
        "002",
        "",
        "扎实抓好中央生态环保督察反馈问题整改 切实筑牢长江上游重要生态屏障",
        "永川区政府召开第27次常务会议 常晓勇主持",
        ("涂燕",),
        "2023-03-02",
    ),
    (
        "002",
        "",
        "永川区2023年第一季度区安委会、区减灾委、区消安委成员单位（扩大）会议召开",
        "常晓勇出席并讲话",
        ("涂燕",),
        "2023-03-02",
    ),
    ("002", "", "“小画家”画雷锋像 争做新时代小雷锋", "", ("陈仕川",), "2023-03-02"),
    (
        "003",
        "",
        "坚定信心 真抓实干 奋力夺取一季度全区经济社会发展“开门红”",
        "——永川区2026年第一次季度工作推进会发言摘登",
        ("彭禹乔",),
        "2026-02-03",
    ),
    ("004", "", "永川区总工会召开十四届五次全委(扩大)会", "", ("聂政",), "2024-04-18"),
    (
        "004",
        "",
        "打通产改落地“最后一公里” 全力推进“渝工五大行动”",
        "永川区召开2024年产业工人队伍建设改革工作会暨维护劳动领域政治安全工作会",
        ("聂政",),
        "2024-04-18",
    ),
    ("004", "", "永川区举办民营企业管家服务动员培训班", "", ("谢春",), "2024-04-19"),
    ("004", "区政协民革界别", "多方协同共促生产性服务业高质量发展", "", ("蔡勇",), "2024-04-16"),
    (
        "004",
        "",
        "探索区域合作新模式 谋划未来发展新篇章",
        "——成渝双城经济圈特色产业集群发展交流会见闻",
        ("钟梅", "刘倩"),
        "2024-04-17",
    ),
]


def seed_articles():
    articles = []
    for path in sorted(SEEDS.glob("*.txt")):
        result = parse_file(path)
        assert not result.skipped
        articles.extend(result.articles)
    return articles


def test_seeds_give_fifteen_articles_four_one_four_one_five():
    counts = [len(parse_file(p).articles) for p in sorted(SEEDS.glob("*.txt"))]
    assert counts == [4, 1, 4, 1, 5]


@pytest.mark.parametrize("index", range(len(EXPECTED)))
def test_seed_article_fields(index):
    article = seed_articles()[index]
    prefix, kicker, title, subtitle, authors, date = EXPECTED[index]
    assert article.source.startswith(prefix)
    assert (article.kicker, article.title, article.subtitle) == (kicker, title, subtitle)
    assert article.authors == authors
    assert article.date == date


def test_paragraphs_cut_by_column_breaks_are_rejoined():
    by_title = {a.title: a for a in seed_articles()}
    first = by_title["永川区委组织部召开部务会(扩大)会议 专题学习贯彻党的二十届四中全会精神"]
    assert [b.kind for b in first.blocks] == ["paragraph"] * 3
    assert "要将学习全会精神与学习贯彻习近平总书记" in first.text
    assert first.blocks[-1].text.endswith("(永川区委组织部供稿)")


def test_column_text_is_rejoined_without_spaces_and_keeps_subheads():
    article = next(a for a in seed_articles() if a.source.startswith("001"))
    subheads = [b.text for b in article.blocks if b.kind == "subhead"]
    # Each subhead is set in two lines of paired phrases: one subhead, a space between.
    assert subheads[0] == "深化改革扩大开放 迭代升级产业体系"
    assert "强化科技创新 在做强制造业构建现代化产业体系上贡献智慧和力量" in subheads
    assert "打造“一表通”智能报表 以数字化手段整治表格里的形式主义，为基层治理减负增效" in subheads
    assert len(subheads) == 9
    first = article.blocks[0].text
    assert first.startswith("4月22日至24日，习近平总书记在重庆考察并发表重要讲话")
    assert first.endswith("在永川落地生根、见行见效。")
    assert "\n" not in article.text.replace("\n", "", len(article.blocks) - 1)


def test_photo_story_has_captions_and_credit():
    article = next(a for a in seed_articles() if a.title.startswith("“小画家”"))
    kinds = [b.kind for b in article.blocks]
    # Set wider than the stories above it: its rows are measured on their own, so
    # the row that stops short (…主题教育活动。) ends the first paragraph.
    assert kinds == ["paragraph", "paragraph", "caption", "caption", "caption"]
    assert article.blocks[1].text.startswith("活动中，党员老师")
    assert article.blocks[-1].text == "渝西都市报记者 陈仕川 摄"


def test_continuation_is_its_own_article_with_a_label():
    article = seed_articles()[3]
    assert article.continuation == "3"
    assert article.title == "(上接3版) 科技影视生态成型 产业链条完整闭环"
    assert article.blocks[0].text.startswith("以永川科技片场为核心")
    assert [b.text for b in article.blocks if b.kind == "subhead"] == [
        "影旅商体深度融合 消费动能持续释放",
        "人才培育体系完善 产业城市共同成长",
    ]
    assert article.blocks[-1].text == "渝西都市报记者 潘玥希"


def test_speech_digest_keeps_speakers_as_subheads_not_authors():
    article = next(a for a in seed_articles() if a.source.startswith("003"))
    subheads = [b.text for b in article.blocks if b.kind == "subhead"]
    assert "区委常委、宣传部部长 张小梅" in subheads
    assert len(subheads) == 14
    assert article.authors == ("彭禹乔",)
