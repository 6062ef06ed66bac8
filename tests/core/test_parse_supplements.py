"""Supplement pages (生活周刊, 副刊): recipes, tips, essays."""

from __future__ import annotations

import pytest

from yc_reader.core.parse import parse_text

RECIPE = """寒冬腊月 这碗软糯香甜的八宝
粥暖胃又暖心
文/图 王 琳
腊月里天寒，早上起床喝上一碗热乎乎的八宝
粥，从胃里一直暖到心里。永川人家的八宝粥，
讲究的是料足、火慢，熬出来软糯香甜，还不
粘锅。
▲熬好的八宝粥软糯香甜。
食材
糯米100克、大米50克、红豆30克、花生30克、
红枣8颗、莲子20克、桂圆干15克、枸杞少许、
冰糖适量。
做法
1.红豆、花生、莲子提前用清水浸泡4小时以
上，糯米和大米淘洗干净后浸泡半小时。
2.锅中加入足量清水，先放入红豆、花生和莲
子，大火烧开后转小火煮20分钟，煮到红豆开
花。
【小贴士】
熬粥时水要一次加足，中途加冷水会影响口感。

吉安镇“年猪宴”飘出浓浓年味
本报讯（渝西都市报记者 罗 丹）1月16日，
吉安镇高峰村的院坝里热闹非凡，村民们杀年
猪、灌香肠、做血旺。
"""


def test_a_recipes_parts_are_its_subheads():
    """``食材`` and ``做法`` over a recipe's rows label its parts, as ``【小贴士】``
    labels its box: subheads of the recipe, never stories of their own."""
    recipe, feast = parse_text(RECIPE, "page.txt")
    assert recipe.title == "寒冬腊月 这碗软糯香甜的八宝粥暖胃又暖心"
    assert [b.text for b in recipe.blocks if b.kind == "subhead"] == ["食材", "做法", "【小贴士】"]
    assert feast.title == "吉安镇“年猪宴”飘出浓浓年味"


def test_a_pen_name_under_who_wrote_and_took_the_photos_is_the_author():
    """``文/图 竹 溪``: a pen name, no surname to check, under a headline."""
    page = "春笋烧肉 鲜香下饭\n\n文/图 竹 溪\n\n惊蛰过后，茶山竹海的春笋一茬接一茬冒出地面。\n"
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.subtitle, got.authors) == ("春笋烧肉 鲜香下饭", "", ("竹溪",))


def test_a_label_a_role_opens_names_nobody():
    """``■记者对话`` heads the interview's part: a label, never a byline naming 对话."""
    page = (
        "卫星湖新材料：把铝灰“吃干榨净”\n\n渝西都市报记者 唐 蕾\n\n"
        "在卫星湖街道的重庆卫星湖新材料公司，再生铝生产线正满负荷运转。\n\n■记者对话\n\n"
        "记者：企业在绿色转型中遇到的最大难题是什么？\n\n何建军：最大的难题是技术。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.authors == ("唐蕾",)
    assert ("subhead", "记者对话") in [(b.kind, b.text) for b in got.blocks]


def test_a_comma_title_first_on_the_page_over_a_signature_is_the_title():
    """``松溉，一座慢下来的古镇`` over ``□ 何晓燕`` and the essay's indented rows: its
    title, though a comma is in it."""
    page = (
        "2025年5月9日　星期五　第8版　副刊\n\n松溉，一座慢下来的古镇\n□ 何晓燕\n"
        "　　去松溉，是在一个落着小雨的周末。车子\n出了永川城区，沿着蜿蜒的乡道一路向南，窗\n"
        "外的油菜花早已谢了，田野里换上了新插的秧\n苗，一块一块，像被人仔细熨过的绿绸子。\n"
        "　　松溉古镇临着长江。下了车，先闻到的是\n江风里淡淡的水腥气，接着才看见那条青石板\n铺成的正街。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.authors) == ("松溉，一座慢下来的古镇", ("何晓燕",))
    assert got.blocks[0].text.startswith("去松溉")


def test_a_photo_essays_numbered_pictures_are_captions():
    """``图1　清晨，…`` under a photo essay: its pictures' captions."""
    page = (
        "老街记忆\n\n□ 文/图 刘 洋\n\n中山路是永川城区最古老的街道之一。\n\n"
        "图1　清晨，老街上的早餐铺子冒着热气。\n\n图2　老茶馆里，几位老人围坐喝茶摆龙门阵。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.kind for b in got.blocks] == ["paragraph", "caption", "caption"]


def test_a_features_background_box_is_a_section_of_it():
    """``【背景】`` over a paragraph after a feature's signature: its box, never a story."""
    page = (
        "一张“网”管好一座城\n\n　　近年来，永川区探索基层治理“网格+”模式。\n\n"
        "　　（渝西都市报记者 王一鸣 严 冬）\n\n【背景】\n\n"
        "　　网格化管理是依托统一的数字化平台，将辖区划分为单元网格的管理方式。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert ("subhead", "【背景】") in [(b.kind, b.text) for b in got.blocks]


def test_an_artworks_caption_credits_its_artist_and_its_title_ends_the_poem_above():
    """A poem's last lines, then an artwork's title over its caption naming the artist
    (``▲张德明 书法作品《…》``, ``▲国画《竹海清风》　作者：刘 远``, ``▲曹 燕 书法作品``):
    an item of its own, its artist its author; a file named for its month
    (``…2021-06-fukan.txt``) dates the page."""
    page = (
        "六月的田野\n◎ 钟 涛\n\n秧苗站成整齐的队伍\n等一场雨\n来点名\n\n"
        "田坎上的父亲\n弯下腰\n把自己也种进了\n六月\n\n"
        "翰墨颂棠城\n\n▲张德明 书法作品《沁园春·雪》\n\n"
        "竹海清风\n\n▲国画《竹海清风》　作者：刘 远\n\n"
        "茶竹永川\n\n▲曹 燕 书法作品\n"
    )
    got = parse_text(page, "p08_2021-06-fukan.txt")
    assert [(a.title, a.authors, len(a.blocks), a.date) for a in got] == [
        ("六月的田野", ("钟涛",), 7, "2021-06"),
        ("翰墨颂棠城", ("张德明",), 1, "2021-06"),
        ("竹海清风", ("刘远",), 1, "2021-06"),
        ("茶竹永川", ("曹燕",), 1, "2021-06"),
    ]


def test_a_serials_writer_credited_as_its_books_is_its_author():
    """``罗永年 著`` under a serial's title: its writer."""
    page = (
        "竹海人家\n\n——长篇小说连载·第十二回\n\n罗永年 著\n\n"
        "上期提要：杨竹生的竹编厂接下一笔外贸大单，却因原料短缺陷入困境。\n\n"
        "天还没亮，杨老汉就背着背篓出了门。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.authors) == ("竹海人家", ("罗永年",))
    assert "罗永年著" not in [b.text.replace(" ", "") for b in got.blocks]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_an_essays_parts_numbered_alone_are_its_subheads(suffix):
    """``（一）``, ``（二）`` on lines of their own between an essay's paragraphs: its
    parts' headings; and ``扫一扫二维码　关注渝西都市报微信公众号`` closing the page is
    no story."""
    page = (
        "一本旧书的旅行\n□ 吴 雪\n（一）\n那是一本旧版的《平凡的世界》，封面已经泛黄。\n"
        "我是在南大街街道的一个旧书摊上遇见它的。\n（二）\n后来，这本书跟着我去了大学。\n\n"
        "扫一扫二维码　关注渝西都市报微信公众号\n"
    )
    (got,) = parse_text(page, "page" + suffix)
    assert [(b.kind, b.text[:4]) for b in got.blocks] == [
        ("subhead", "（一）"),
        ("paragraph", "那是一本"),
        ("paragraph", "我是在南"),
        ("subhead", "（二）"),
        ("paragraph", "后来，这"),
    ]


def test_a_note_of_writing_after_an_essay_dates_it_and_heads_nothing():
    """``2025年1月 写于永川`` closing an essay: when it was written (its date, to the
    month), the essay's last line, not a headline."""
    page = (
        "回家的路\n\n□ 何永平\n\n"
        "　　从重庆主城到永川，这条路我走了二十多年。\n"
        "　　路越来越近，回家越来越方便，可我对家乡的牵挂却越来越深。\n"
        "　　2025年1月 写于永川\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.date, got.blocks[-1].text) == (
        "回家的路",
        "2025-01",
        "2025年1月 写于永川",
    )


def test_a_briefs_label_between_rules_heads_its_briefs():
    """``━━ 两会快讯 ━━`` over briefs: their column's label, no kicker."""
    page = (
        "━━ 两会快讯 ━━\n\n大会秘书处召开第一次会议\n\n"
        "本报讯 1月14日，区十八届人大四次会议秘书处召开第一次会议。\n\n"
        "政协委员视察重点项目\n\n本报讯 1月14日，区政协委员视察了全区重点项目建设情况。\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.kicker, a.title) for a in got] == [
        ("", "大会秘书处召开第一次会议"),
        ("", "政协委员视察重点项目"),
    ]


def test_a_portraits_caption_closed_by_its_sitters_years_is_finished():
    """``▲刘明山（1952—2023）`` over a remembrance's first paragraph: the portrait's
    whole caption, not the start of the text below."""
    page = (
        "青山记得你走过的路\n\n□ 周晓燕\n\n▲刘明山（1952—2023）\n\n"
        "十月的最后一天，三教镇的山里下了一场小雨。\n\n他守了三十年的山。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [(b.kind, b.text) for b in got.blocks] == [
        ("caption", "▲刘明山（1952—2023）"),
        ("paragraph", "十月的最后一天，三教镇的山里下了一场小雨。"),
        ("paragraph", "他守了三十年的山。"),
    ]


LITERARY_PAGE = """渝西都市报　　副刊　　第4版

　　　　　　　　茶竹文苑

父亲的草帽
□ 马 骁

　　父亲有一顶草帽，是用麦秆编的，帽檐宽宽的，戴了很多年。
　　那是母亲在金龙镇赶场时买回来的。刚买回来的时候，草帽金黄金黄的，散发着一股麦秆的清香。
▲作者的父亲在田间劳作。（图片由作者提供）
　　如今父亲年纪大了，很少下地了，那顶草帽却仍旧挂在堂屋的墙上。

六月的田野
◎ 钟 涛

秧苗站成整齐的队伍
等一场雨
来点名

田坎上的父亲
弯下腰
把自己也种进了
六月
"""


def test_a_literary_columns_name_over_a_title_a_blank_line_apart_is_no_part_of_it():
    """``茶竹文苑`` centred over an essay's title is the column's name, never the
    title's first words (``茶竹文苑 父亲的草帽``) nor its kicker."""
    essay, poem = parse_text(LITERARY_PAGE, "page.txt")
    assert (essay.kicker, essay.title, essay.authors) == ("", "父亲的草帽", ("马骁",))
    assert (poem.kicker, poem.title) == ("", "六月的田野")


def test_a_label_the_mark_closes_too_loses_both_marks():
    """``◆茶竹文苑◆`` is the column's name alone: the closing mark is no part of it."""
    page = "◆茶竹文苑◆\n\n## 外婆的桂花糕\n\n文/图 罗 兰\n\n外婆家在何埂镇的半山腰上，院子里有一棵老桂花树。\n"
    (essay,) = parse_text(page, "page.md")
    assert (essay.kicker, essay.title) == ("", "外婆的桂花糕")


def test_an_outline_heading_under_the_byline_is_the_pieces_first_section():
    """A poem cycle's ``**一、登箕山**`` under its byline heads its first part: a
    subhead, never the cycle's subtitle."""
    page = (
        "## 重阳登高（组诗）\n\n□ 王 静\n\n**一、登箕山**\n\n九月九，我们去登箕山，\n"
        "石阶一级一级，\n把秋天举到了云端。\n\n**二、茱萸**\n\n母亲说，插一枝茱萸，\n"
        "可以避开一年的病痛。\n"
    )
    (poem,) = parse_text(page, "page.md")
    assert (poem.title, poem.subtitle, poem.authors) == ("重阳登高（组诗）", "", ("王静",))
    assert [b.text for b in poem.blocks if b.kind == "subhead"] == ["一、登箕山", "二、茱萸"]


def test_a_columns_name_with_its_mailbox_heads_no_piece():
    """``茶竹文苑　　投稿邮箱：…`` over an essay: the column's head, how to send it
    pieces; the essay's title is its own."""
    page = (
        "2024年5月18日 星期六 第7版 副刊\n\n茶竹文苑　　投稿邮箱：czwy2024@163.com\n\n"
        "竹林深处是故乡\n□ 刘 静\n我的老家在茶山竹海脚下的一个小村子里，\n"
        "村子不大，二十来户人家，散落在一片竹林\n的褶皱里。\n"
    )
    (essay,) = parse_text(page, "page.txt")
    assert (essay.kicker, essay.title, essay.subtitle, essay.authors) == (
        "",
        "竹林深处是故乡",
        "",
        ("刘静",),
    )


POEM_THEN_ITS_TITLE = """\
2023年10月14日 星期六 第8版 副刊
茶山的雨下了一整夜，清早推开窗，竹
林被洗得发亮，山路上满是湿漉漉的竹
叶。我沿着石阶往上走，雾从山谷里升
起来，远处的竹海只剩一片淡淡的青色。
走到半山腰，太阳出来了，雨声也停了，
一位老茶农背着竹篓从坡上下来，笑着
招呼我进屋喝茶。他说这场雨来得正是
时候，今年的秋茶一定好喝。
茶汤清亮，入口微苦，回味却是甜的。
雨后茶山
□ 王 琳

秋天是从江边走来的
它踩着古镇的石板路
在老茶馆门口停了停
又拐进了陈家大院

我把一枚落叶夹进书里
从此，古镇的秋天
就住在了我的书页间

秋到松溉
◎ 赵 远

外婆家在三教镇，堂屋的角落里，常年
摆着两只黑釉的土陶坛子，里面装的是
她亲手做的豆豉。每年入冬，她把黄豆
泡上一夜，煮熟后摊在竹筛里发酵。
如今外婆年过八旬，做不动豆豉了。
外婆的豆豉坛
□ 何 平
"""


def test_a_poems_last_line_is_no_row_of_the_title_below_it():
    """``就住在了我的书页间`` ends the poem and ``秋到松溉`` over ``◎ 赵 远`` titles
    it: jieba's HMM runs ``间秋到`` into one word, but no dictionary has it, so the
    break cuts no word and the two are no wrapped headline."""
    got = parse_text(POEM_THEN_ITS_TITLE, "page.txt")
    poem = next(a for a in got if "赵远" in a.authors)
    assert poem.title == "秋到松溉"
    assert poem.blocks[-1].text == "就住在了我的书页间"


LEARNING_PAGE = """\
2024年5月17日 星期五 第6版 理论

学习心得

以严明纪律护航乡村振兴
党纪学习教育开展以来，我认真学习新修订的《中国共产党纪律处分条例》，深刻认识到，纪律是党的生命线。
学纪是为了更好地干事。我将把学习成果转化为推动工作的实际行动，让群众看得见、信得过。
永川区临江镇党委副书记 黄 俊

守住纪律“底线” 干好分内“实事”
“知所畏惧、知所戒惧”，是我参加这次党纪学习教育最大的收获。
守纪律不等于不作为。我们坚持“改不改、改什么、怎么改”由居民说了算，既守住了规矩，又赢得了民心。
（作者系永川区南大街街道渝东社区党委书记 周 雪）

从“要我守”到“我要守”
参加工作不到三年，我对党规党纪的认识曾停留在“知道有这些规定”的层面。
年轻干部更要扣好廉洁从政的“第一粒扣子”。
五间镇组织办 王晓丽
"""


def test_learning_pieces_signed_with_their_writers_unit_and_post():
    """``学习心得`` labels the page's pieces (no kicker); each piece is signed under
    its last paragraph with the writer's unit, post and name (``五间镇组织办 王晓丽``,
    or in a writer's note, ``（作者系…党委书记 周 雪）``): a signature, kept as
    printed, that names the piece's author and ends it."""
    got = parse_text(LEARNING_PAGE, "page.txt")
    assert [(a.kicker, a.title, a.authors, a.blocks[-1].text) for a in got] == [
        ("", "以严明纪律护航乡村振兴", ("黄俊",), "永川区临江镇党委副书记 黄 俊"),
        (
            "",
            "守住纪律“底线” 干好分内“实事”",
            ("周雪",),
            "（作者系永川区南大街街道渝东社区党委书记 周 雪）",
        ),
        ("", "从“要我守”到“我要守”", ("王晓丽",), "五间镇组织办 王晓丽"),
    ]


def test_writers_fields_under_markdown_pieces_sign_them():
    """``作者单位：…`` / ``作者：张 可`` under a piece's last paragraph, on a printed
    page of Markdown pieces: the piece's signature, kept as printed, no export's
    fields for every piece on the page."""
    page = (
        "2025年5月20日 星期二 第6版 理论\n\n"
        "## 作风建设永远在路上\n\n中央八项规定出台十多年来，党风政风为之一新。\n\n"
        "作者单位：永川区茶山竹海街道党工委\n\n作者：张 可\n\n"
        "## 以“小切口”推动作风建设“大提升”\n\n作风建设看似宏大，实则体现在每一件小事上。\n\n"
        "（作者系永川区松溉镇党委组织委员 杨 帆）\n"
    )
    got = parse_text(page, "page.md")
    assert [(a.title, a.authors, [b.text for b in a.blocks][-2:]) for a in got] == [
        ("作风建设永远在路上", ("张可",), ["作者单位：永川区茶山竹海街道党工委", "作者：张 可"]),
        (
            "以“小切口”推动作风建设“大提升”",
            ("杨帆",),
            [
                "作风建设看似宏大，实则体现在每一件小事上。",
                "（作者系永川区松溉镇党委组织委员 杨 帆）",
            ],
        ),
    ]


CHILDRENS_PAGE = """\
## 小荷尖尖角·习作园地

### 外婆的菜园

永川区萱花小学四年级2班 李欣怡　　指导老师 王 敏

外婆家在何埂镇，屋后有一块不大的菜园。每到周末，我最盼望的事就是钻进菜园里“寻宝”。

【老师点评】

文章按季节写菜园，语言清新。

### 雨中的茶山竹海

□永川区北山中学初一（5）班 罗子轩

指导老师：谭 燕

雨中的竹海，像一幅水墨画。

投稿邮箱：shaoer@yxdsb.cn　　来稿请注明学校、班级、指导老师及联系电话
"""


def test_a_pupils_essays_under_their_columns_name():
    """``## 小荷尖尖角·习作园地`` over ``### 外婆的菜园``: the column's name (a genre
    under it), no headline; the pupil's school, class and name with the teacher
    who guided them (``…四年级2班 李欣怡　　指导老师 王 敏``, or the teacher on a
    line of their own) is the byline, the pupil its author; ``【老师点评】`` is the
    essay's box, and what the mailbox wants (``来稿请注明…``) no text."""
    got = parse_text(CHILDRENS_PAGE, "2024-06-01_少儿.md")
    assert [(a.kicker, a.title, a.authors, [b.text for b in a.blocks]) for a in got] == [
        (
            "",
            "外婆的菜园",
            ("李欣怡",),
            [
                "外婆家在何埂镇，屋后有一块不大的菜园。每到周末，我最盼望的事就是钻进菜园里“寻宝”。",
                "【老师点评】",
                "文章按季节写菜园，语言清新。",
            ],
        ),
        ("", "雨中的茶山竹海", ("罗子轩",), ["雨中的竹海，像一幅水墨画。"]),
    ]


CHILDRENS_POEMS = """\
第8版　少儿

蜗牛慢慢爬
朱沱镇中心小学二年级1班 唐朵朵
小蜗牛，
背着房子去旅行，
爬呀爬，
爬过一片青草地。
小蜗牛说：
“慢慢爬，
才能看清一路的风景。”

竹子
茶山竹海街道中心小学三年级2班 罗一鸣
竹子长在山坡上，
一节一节往上长。
风来了，
它弯弯腰；
竹子笑着说：
“我想看看，
山那边的学校。”
"""


def test_childrens_poems_whose_lines_end_at_commas():
    """Short lines each ending at a mark (``小蜗牛，`` / ``背着房子去旅行，``), in
    stanzas that end a sentence: poems, a line a block (a scan's rows stop at no
    mark), ``小蜗牛说：`` a line of them."""
    snail, bamboo = parse_text(CHILDRENS_POEMS, "page.txt")
    assert [b.text for b in snail.blocks] == [
        "小蜗牛，",
        "背着房子去旅行，",
        "爬呀爬，",
        "爬过一片青草地。",
        "小蜗牛说：",
        "“慢慢爬，",
        "才能看清一路的风景。”",
    ]
    assert (bamboo.authors, len(bamboo.blocks)) == (("罗一鸣",), 7)


ESSAYS_HEADLINES_AFTER = [
    "2024年4月12日　星期五　　第8版　校园",
    "我们学校的操场边，有一棵老黄葛树。听老",
    "师说，它比学校的年纪还要大。",
    "春天，黄葛树换上了新装，嫩黄的叶芽从枝",
    "头冒出来，没过几天，整棵树就变得绿油油",
    "的。再过两个月，我就要毕业了。",
    "（永川区南大街小学六年级3班 胡梦瑶 指",
    "导老师 钱 红）",
    "点评：小作者以时间为序描写黄葛树的四季",
    "变化，使文章充满真情，结尾含蓄隽永。",
    "校园里的那棵黄葛树",
    "星期天，爸爸在卫星湖边的绿道上教我骑自",
    "行车。我坐上车，两只手紧紧握住车把，双",
    "脚一蹬，车子却歪歪扭扭，我摔倒在草地上。",
    "这件事让我明白了：只要不怕困难，坚持下",
    "去，就一定能成功。",
    "（永川区卫星湖小学四年级1班 邱子默 指",
    "导老师 徐 莉）",
    "点评：文章把学骑车的经过写得具体真实，",
    "结尾的感悟自然贴切。",
    "我学会了骑自行车",
]


def test_a_teachers_comment_under_a_signed_essay_headlines_after():
    """Essays printed headline last, each signed and then commented on (``点评：…``):
    the comment is the essay's box, so the line under it is that essay's
    headline, no subhead of the essay below."""
    got = parse_text("\n\n".join(ESSAYS_HEADLINES_AFTER) + "\n", "page.txt")
    assert [(a.title, a.authors) for a in got] == [
        ("校园里的那棵黄葛树", ("胡梦瑶",)),
        ("我学会了骑自行车", ("邱子默",)),
    ]
