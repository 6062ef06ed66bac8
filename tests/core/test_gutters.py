"""Side-by-side columns (pdftotext -layout) are read one column after another;
nothing else a page prints is moved."""

from __future__ import annotations

from yc_reader.core.gutters import unfold_columns
from yc_reader.core.parse import parse_text

LAYOUT_PAGE = """\
2024年6月3日 星期一 第2版 要闻                       责任编辑：刘洋

                    永川区召开防汛工作会议
  本报讯（渝西都市报记者 涂 燕）6月3   报告、信息共享，确保一旦发生险情能
日，永川区召开防汛工作会议，安排部署   够第一时间处置。
当前防汛减灾工作。                       会议强调，要加强隐患排查，对地质
    会议要求，各镇街、各部门要压紧压   灾害点、危险水库、在建工地等重点部
实防汛责任，加强值班值守，严格执行24   位开展拉网式排查，确保人民群众生命
小时值班和领导带班制度，落实灾情信息   财产安全。
"""


def test_a_layout_dump_reads_column_by_column():
    (article,) = parse_text(LAYOUT_PAGE, "p.txt")
    assert article.title == "永川区召开防汛工作会议"
    assert (article.date, article.section, article.authors) == ("2024-06-03", "要闻", ("涂燕",))
    assert [b.text for b in article.blocks] == [
        "本报讯（渝西都市报记者 涂 燕）6月3日，永川区召开防汛工作会议，安排部署当前防汛减灾工作。",
        "会议要求，各镇街、各部门要压紧压实防汛责任，加强值班值守，严格执行24小时值班和领导带班"
        "制度，落实灾情信息报告、信息共享，确保一旦发生险情能够第一时间处置。",
        "会议强调，要加强隐患排查，对地质灾害点、危险水库、在建工地等重点部位开展拉网式排查，"
        "确保人民群众生命财产安全。",
    ]


def test_tables_verse_and_spaced_headlines_stay_as_printed():
    pages = [
        # a table set with spaces: short cells
        "姓名      单位        得分\n张三      永川中学    95\n李四      萱花中学    93\n"
        "王五      红旗小学    90\n赵六      北山中学    88\n",
        # a headline with a wide space, and paragraphs a line each
        "坚定信心  真抓实干\n\n全区上下要坚定信心，真抓实干，奋力夺取一季度开门红。\n\n"
        "会议强调，要狠抓落实，确保各项工作取得实效。\n",
        # a poem whose lines share nothing
        "春风  吹过茶山竹海\n细雨  落在卫星湖畔\n我们  走在永川街头\n听见  城市拔节生长\n",
    ]
    for page in pages:
        assert unfold_columns(page) == page.split("\n")


def test_a_dump_with_a_blank_line_after_every_row_is_unfolded_too():
    spaced = "\n\n".join(LAYOUT_PAGE.split("\n")[3:9])
    unfolded = [line.strip() for line in unfold_columns(spaced) if line.strip()]
    assert unfolded[:3] == [
        "本报讯（渝西都市报记者 涂 燕）6月3",
        "日，永川区召开防汛工作会议，安排部署",
        "当前防汛减灾工作。",
    ]
    assert unfolded[6] == "报告、信息共享，确保一旦发生险情能"


def test_columns_aligned_by_display_width_when_both_measures_unfold():
    """Columns padded to one display width: by characters the right column's edge
    wanders (a row with digits is narrower), by width it is straight. When both
    measures find the gutter, the straight edge wins, so indents still open
    paragraphs."""

    def pad(text: str, cells: int) -> str:
        return text + " " * (cells - sum(2 if ord(ch) > 0x2000 else 1 for ch in text))

    left = [
        "　　本报讯（通讯员 吴 霞）1月16日，",
        "胜利路街道萱花社区的服务站里，工作",
        "人员正在为居民登记报修事项130余件，",
        "师傅半个小时就上门修好了。",
        "　　社区还建立了联席会议制度，每月",
        "召开一次会议，共同研究解决小区治理",
        "难题，已解决问题130余个。",
    ]
    right = [
        "　　本报讯（记者 张 敏）1月17日中",
        "午，桂山社区“爱心食堂”里热气腾腾，",
        "十几位老人围坐在餐桌旁吃热乎饭菜。",
        "　　一顿饭只要8块钱，菜品天天换，",
        "78岁的张婆婆是食堂的常客。对于行动",
        "不便的独居老人，志愿者每天送饭上门",
        "并看看老人身体状况。",
    ]
    page = "\n".join(pad(a, 44) + b for a, b in zip(left, right, strict=True))
    lines = unfold_columns(page)
    assert [line.strip() for line in lines] == [row.strip("　") for row in left + right]
    assert [line.startswith(" ") for line in lines[7:]] == [
        True,
        False,
        False,
        True,
        False,
        False,
        False,
    ]
