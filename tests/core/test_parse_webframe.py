"""Saved web pages: the site's frame around an article is no text of it, the
line over the metadata is the headline, and the metadata says who and when."""

from __future__ import annotations

import pytest

from yc_reader.core.parse import parse_text

SITE_PAGE = """老旧小区改造完工 居民住得更舒心_渝西都市报

渝西都市报  |  首页  时政  社会  经济  文旅  |  登录  注册
请输入关键词                 搜索
当前位置：首页 > 新闻中心 > 正文

老旧小区改造完工 居民住得更舒心

来源：渝西都市报    作者：王小川    发布时间：2024-05-06 09:12    【字体：大 中 小】

本报讯（渝西都市报记者 王小川）5月5日上午，记者走进胜利路街道和平小区，楼道墙面焕然一新。

今年街道共实施老旧小区改造项目17个，目前已全部完工。

[图片]
▲改造后的和平小区环境整洁。渝西都市报记者 王小川 摄

（编辑：张 三  审核：李 四）

分享到：微信  微博  QQ空间
【打印】【关闭】

上一篇：永川区召开第二季度工作推进会
下一篇：茶山竹海街道：春茶采摘进入尾声

相关新闻
· 中山路街道：老旧小区改造惠及千余户居民    2024-04-18
· 永川启动城镇老旧小区改造            2024-03-02

关于我们 | 联系我们 | 广告服务 | 版权声明 | 网站地图
Copyright © 2024 渝西都市报社 版权所有
渝ICP备12003456号-1
"""


def test_a_site_page_is_its_article_alone():
    """The page's title with the site's name, menus, search box and breadcrumb
    over the headline, links after the text: frame. The metadata line gives
    author and date, its trailing font links notwithstanding."""
    (got,) = parse_text(SITE_PAGE, "page.txt")
    assert (got.kicker, got.title, got.subtitle) == ("", "老旧小区改造完工 居民住得更舒心", "")
    assert (got.authors, got.date) == (("王小川",), "2024-05-06")
    assert [(b.kind, b.text[:8]) for b in got.blocks] == [
        ("paragraph", "本报讯（渝西都市"),
        ("paragraph", "今年街道共实施老"),
        ("caption", "▲改造后的和平小"),
    ]


LIST_PAGE = """渝西都市报网
首页 | 时政 | 镇街快讯 | 民生 | 文旅 | 数字报
首页 > 镇街快讯 > 列表
简讯
何埂镇开展防汛应急演练
发布时间:2024-06-12 16:40  来源:渝西都市报  阅读(356)
6月11日,何埂镇在龙井口水库开展防汛应急演练,镇应急队伍和群众共120余人参加。
(通讯员 王 芳)
双石镇:乡村夜市点亮“夜经济”
发布时间:2024-06-10 09:30  来源:渝西都市报  作者:黄勇  阅读(641)
每到周末夜晚,双石镇场镇的乡村夜市便热闹起来。
共 128 条  首页  上一页  1  2  3  …  13  下一页  尾页  跳转到[  ]页
热门排行
1 永川这个地方上榜全国乡村旅游重点村
2 永川高铁站综合交通枢纽最新进展来了
Copyright © 2024 渝西都市报网 All Rights Reserved
"""


def test_a_list_page_gives_each_headline_its_own_metadata():
    """Each headline over its own 发布时间 line opens an article, right under the
    signature of the one before; the pager and the ranking list are frame."""
    got = parse_text(LIST_PAGE, "page.txt")
    assert [(a.title, a.date, a.authors) for a in got] == [
        ("何埂镇开展防汛应急演练", "2024-06-12", ("王芳",)),
        ("双石镇:乡村夜市点亮“夜经济”", "2024-06-10", ("黄勇",)),
    ]
    assert [len(a.blocks) for a in got] == [2, 1]


PAGED = """金龙镇：稻渔综合种养鼓起农民钱袋子_永川新闻_渝西都市报网
首页 | 永川新闻 | 镇街 | 民生 | 文旅
当前位置：首页 > 永川新闻 > 正文

金龙镇：稻渔综合种养鼓起农民钱袋子
2024-09-03 08:45  来源：渝西都市报  作者：钟梅  编辑：黄丽
【字体：大 中 小】  分享到：微信 QQ 微博

本报讯（渝西都市报记者 钟 梅）9月2日，在金龙镇大沟村的稻渔综合种养基地里，村民们正忙着放水捕鱼。
稻田里养鱼 一水两用
“稻田养鱼，鱼吃虫子和杂草。”基地负责人吴大勇介绍。

[1]  [2]  [下一页]

金龙镇：稻渔综合种养鼓起农民钱袋子_永川新闻_渝西都市报网
首页 | 永川新闻 | 镇街 | 民生 | 文旅
当前位置：首页 > 永川新闻 > 正文

金龙镇：稻渔综合种养鼓起农民钱袋子（2）
2024-09-03 08:45  来源：渝西都市报  作者：钟梅  编辑：黄丽
【字体：大 中 小】  分享到：微信 QQ 微博

品牌化经营 身价倍增
金龙镇注册了“金龙稻香”大米品牌，生态大米每斤售价达8元。

[上一页]  [1]  [2]
"""


def test_an_article_saved_over_two_web_pages_is_one():
    """The second web page repeats the frame and the headline numbered （2）: the
    same article goes on."""
    (got,) = parse_text(PAGED, "page.txt")
    assert (got.title, got.authors, got.date) == (
        "金龙镇：稻渔综合种养鼓起农民钱袋子",
        ("钟梅",),
        "2024-09-03",
    )
    assert [b.kind for b in got.blocks] == [
        "paragraph",
        "subhead",
        "paragraph",
        "subhead",
        "paragraph",
    ]


PRINTED = """2024/7/9 下午3:21	大安街道：“长者食堂”开进社区-渝西都市报

大安街道：“长者食堂”开进社区
作者：渝西都市报记者 潘玥希　来源：渝西都市报　日期：2024-07-08　点击：862
　　7月5日中午，大安街道大安社区的“长者食堂”里飘出阵阵饭菜香。
　　今年3月，街道整合社区闲置用房，在大安社区、
https://www.yxdsb.com/content/2024-07/08/content_58231.htm	1/2

2024/7/9 下午3:21	大安街道：“长者食堂”开进社区-渝西都市报
凤凰社区建成3个“长者食堂”，为老人提供午餐和晚餐。
【打印本页】【关闭窗口】
https://www.yxdsb.com/content/2024-07/08/content_58231.htm	2/2
"""


def test_a_printed_page_break_inside_a_paragraph_leaves_it_whole():
    """A browser's print repeats its header (the time, the page's title) and its
    footer (the address, 1/2) at each break: frame, and the paragraph they cut is
    one."""
    (got,) = parse_text(PRINTED, "page.txt")
    assert (got.title, got.authors, got.date) == (
        "大安街道：“长者食堂”开进社区",
        ("潘玥希",),
        "2024-07-08",
    )
    assert [b.text for b in got.blocks] == [
        "7月5日中午，大安街道大安社区的“长者食堂”里飘出阵阵饭菜香。",
        "今年3月，街道整合社区闲置用房，在大安社区、凤凰社区建成3个“长者食堂”，为老人提供午餐和晚餐。",
    ]


POST = """早安永川丨永川中学新校区9月投用；五间镇千亩荷花盛放

渝西都市报 渝西都市报 2024年07月22日 07:00 重庆

👆点击上方蓝字关注我们

早安永川 | 第1208期

永川中学新校区9月投用

7月21日，记者从区教委获悉，永川中学新校区将于9月1日正式投用。

—END—

来源｜渝西都市报（记者 钟梅 通讯员 周丽）
编辑｜黄丽  审核｜李明  终审｜陈刚

推荐阅读
▶ 永川这个村入选全国乡村旅游重点村

长按二维码关注我们
[图片]

阅读 1.1万
分享  收藏  点赞 128  在看 45
"""


def test_a_wechat_post_dates_and_credits_its_story_from_its_frame():
    """The post's header dates it (the year in Chinese), its source line names the
    writers; the post's title over a digest, its column's number, the prompts,
    the counters and the links after the text are frame."""
    (got,) = parse_text(POST, "page.txt")
    assert (got.title, got.authors, got.date) == (
        "永川中学新校区9月投用",
        ("钟梅", "周丽"),
        "2024-07-22",
    )
    assert [b.text[:5] for b in got.blocks] == ["7月21日"]


EPAPER_TEXT = """渝西都市报数字报 >> 2025年01月08日 >> 第01版：要闻 >> PDF文字版
责任编辑：王小红
永川今年将实施重点项目320个
本报讯（渝西都市报记者 彭禹乔）1月7日，记者从区发展改革委获悉，永川区共安排重点项目320个。
渝西都市报社出版
"""


def test_an_epaper_text_versions_head_is_its_masthead():
    """``渝西都市报数字报 >> 2025年01月08日 >> 第01版：要闻 >> PDF文字版`` dates the
    page and names its section; ``渝西都市报社出版`` at its foot is no text."""
    (got,) = parse_text(EPAPER_TEXT, "page.txt")
    assert (got.title, got.date, got.section) == (
        "永川今年将实施重点项目320个",
        "2025-01-08",
        "要闻",
    )
    assert len(got.blocks) == 1


CLIPPED = """# 松溉古镇暑期游持续升温

——永川暑期文旅消费见闻

> 来源：渝西都市报 | 作者：彭禹乔 | 发布时间：2023-08-17 10:05

本报讯 8月16日晚，松溉古镇游人如织。

[分享到微信](javascript:void(0)) [分享到微博](javascript:void(0)) [复制链接](javascript:void(0))
"""


def test_a_markdown_clip_keeps_its_subtitle_set_apart():
    """A ``#`` title, a blank line, its ——subtitle, then the metadata: one headline;
    links to scripts are frame."""
    (got,) = parse_text(CLIPPED, "page.md")
    assert (got.title, got.subtitle, got.authors, got.date) == (
        "松溉古镇暑期游持续升温",
        "——永川暑期文旅消费见闻",
        ("彭禹乔",),
        "2023-08-17",
    )
    assert [b.text for b in got.blocks] == ["本报讯 8月16日晚，松溉古镇游人如织。"]


REPOSTED = """重庆市永川区人民政府
首页 | 政务公开 | 政务服务 | 互动交流 | 走进永川
您现在的位置：首页 >> 政务公开 >> 镇街动态

来苏镇：万亩柑橘喜获丰收

信息来源：渝西都市报  发布日期：2023-11-02  浏览次数：1203
【字体：大 中 小】  【打印本页】  【关闭窗口】

　　11月1日，在来苏镇观音井村的柑橘基地里，果农们正忙着采摘。
　　（记者 张 燕 通讯员 李明）

分享到：
扫一扫在手机打开当前页

主办：重庆市永川区人民政府办公室  承办：永川区大数据发展局
网站标识码：5001180001  渝ICP备05003317号
"""


def test_a_repost_on_a_government_site_drops_the_sites_owners():
    """The site's name over its menu is frame; so are the owners' fields in its
    footer. The signature line stays the article's last paragraph."""
    (got,) = parse_text(REPOSTED, "page.txt")
    assert (got.kicker, got.title, got.date) == ("", "来苏镇：万亩柑橘喜获丰收", "2023-11-02")
    assert got.authors == ("张燕", "李明")
    assert [b.text for b in got.blocks][-1] == "（记者 张 燕 通讯员 李明）"
    assert len(got.blocks) == 2


def test_fields_under_one_of_a_pages_stories_take_no_others_in():
    """``作者：`` under one headline of a page of stories, each with its own 本报讯:
    the next story stays its own (a web page's frame holds one story a headline)."""
    page = (
        "永川区召开春耕生产工作会\n作者：张小明\n本报讯 3月1日，永川区召开春耕生产工作会。\n\n"
        "来苏镇举办农技培训班\n本报讯（通讯员 李 娟）3月2日，来苏镇举办农技培训班。\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.title, len(a.blocks)) for a in got] == [
        ("永川区召开春耕生产工作会", 1),
        ("来苏镇举办农技培训班", 1),
    ]


def test_an_epaper_head_with_links_between_bars_is_its_masthead():
    """``2024年10月15日 星期二 | 第A02版：时政 | 上一版 下一版 | 版面导航``: the links
    between the bars aside, the page's masthead: its date, page and section."""
    page = (
        "2024年10月15日 星期二 | 第A02版：时政 | 上一版 下一版 | 版面导航 | 往期回顾\n\n"
        "区政府召开第52次常务会议\n\n本报讯（记者 涂 燕）10月14日，区政府召开第52次常务会议。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.date, got.page, got.section) == (
        "区政府召开第52次常务会议",
        "2024-10-15",
        "A2",
        "时政",
    )


def test_a_file_name_with_the_pages_bare_number_between_date_and_section():
    """``2024-03-15_01_要闻.txt``: page 1, 要闻; a bare number alone names nothing."""
    page = "永川召开会议\n\n本报讯 3月14日，永川区召开会议。\n"
    (got,) = parse_text(page, "2024-03-15_01_要闻.txt")
    assert (got.date, got.page, got.section) == ("2024-03-15", "1", "要闻")
    (got,) = parse_text(page, "20230817_05.txt")
    assert (got.page, got.section) == ("", "")


@pytest.mark.parametrize(
    ("name", "date", "section"),
    [
        ("2024-07-06_副刊.txt", "2024-07-06", "副刊"),
        ("便民_2024-03-15.txt", "2024-03-15", "便民"),
        ("2023-11_乡村振兴周刊.txt", "2023-11", "乡村振兴周刊"),
        ("渝西都市报_2022年10月_体育.txt", "2022-10", "体育"),
        ("scan07_便民_2024-03-15.txt", "2024-03-15", "便民"),
        ("2024-05-12_永川区召开全区安全生产工作会议.txt", "2024-05-12", ""),
        ("2024-03-15_渝西都市报.txt", "2024-03-15", ""),
    ],
)
def test_a_file_name_with_a_date_or_month_and_the_sections_short_name(name, date, section):
    """A short name right after or before the file name's date is the page's
    section (a longer one may be a title, the paper's name is none); a month alone
    dates the undated stories to the month, as a monthly's masthead does."""
    page = "永川召开会议\n\n本报讯 近日，永川区召开会议。\n"
    (got,) = parse_text(page, name)
    assert (got.date, got.section) == (date, section)


def test_a_dotted_label_of_political_briefs_is_no_kicker():
    """``·时政要闻·`` over briefs: the column's label, no item's kicker."""
    page = (
        "·时政要闻·\n\n区政协召开主席会议\n\n本报讯 3月5日，区政协召开主席会议。\n\n"
        "区人大常委会召开党组会议\n\n本报讯 3月6日，区人大常委会召开党组会议。\n"
    )
    got = parse_text(page, "page.txt")
    assert [(a.kicker, a.title) for a in got] == [
        ("", "区政协召开主席会议"),
        ("", "区人大常委会召开党组会议"),
    ]


FIELDS_UNDER_A_HEADER = """渝西都市报网 | 永川新闻门户
首页  新闻  专题  视频  数字报
当前位置：首页 > 正文

标题：关于汇龙大道部分路段夜间封闭施工的通告
来源：永川区公安局交巡警支队
发布时间：2024年03月12日 16:05

　　为配合汇龙大道雨污分流改造工程施工，决定对相关路段实施夜间封闭施工交通管制。

【打印】 【关闭】

主办：渝西都市报社  技术支持：永川区融媒体中心
"""


def test_fields_under_a_sites_header_lose_the_header_and_its_owners():
    """An export titled by its fields under the site's name and menu: the header and
    the owners in the footer are the site's, no text of the notice."""
    (got,) = parse_text(FIELDS_UNDER_A_HEADER, "page.txt")
    assert got.title == "关于汇龙大道部分路段夜间封闭施工的通告"
    assert [b.text[:4] for b in got.blocks] == ["为配合汇"]


FIELD_TITLE_OVER_A_DASH_LINE = """渝西都市报数字报 - 永川新闻网
当前位置：首页 > 数字报 > 正文

标题：春节假期永川接待游客97.63万人次
——旅游综合收入4.86亿元
来源：渝西都市报　　作者：记者 潘玥希　　发布时间：2024年02月18日 09:12

本报讯（渝西都市报记者 潘玥希）2月17日，记者从永川区文化旅游委获悉，全区共接待游客97.63万人次。
春节期间，永川推出系列文旅活动60余场。
（责任编辑：刘洋）

上一篇 下一篇
相关链接：永川区文化旅游委 | 重庆文旅 | 松溉古镇
"""


def test_a_dash_line_under_a_title_field_is_its_subtitle_and_related_links_are_no_text():
    """An export names its title in a field and prints the ——subtitle on the line
    below without one; the bar-separated related links at the foot are the site's."""
    (got,) = parse_text(FIELD_TITLE_OVER_A_DASH_LINE, "page.txt")
    assert (got.title, got.subtitle) == (
        "春节假期永川接待游客97.63万人次",
        "——旅游综合收入4.86亿元",
    )
    assert [b.text[:4] for b in got.blocks] == ["本报讯（", "春节期间"]
    assert got.date == "2024-02-18"
    labelled = FIELD_TITLE_OVER_A_DASH_LINE.replace("上一篇 下一篇", "相关链接:　上一篇　下一篇")
    (got,) = parse_text(labelled, "page.txt")  # (the links' label before them)
    assert [b.text[:4] for b in got.blocks] == ["本报讯（", "春节期间"]


def test_related_links_between_an_exports_articles_are_no_text():
    """``相关新闻：`` over titles marked as a list's items, between two articles of an
    e-paper export: other articles' links, not the text of the one above."""
    page = (
        "标题：把养老床位“搬”进家\n作者：渝西都市报记者 钟梅\n发布时间：2024-05-10\n\n"
        "本报讯 5月8日，永川区首批家庭养老床位投用。\n\n"
        "相关新闻：\n· 我区新增3家社区养老服务站\n· 永川推进老年助餐服务全覆盖\n\n"
        "--------------------------------------------------\n\n"
        "标题：老年食堂开到家门口\n作者：渝西都市报记者 谢春\n发布时间：2024-05-10\n\n"
        "本报讯 5月9日，陈食街道老年食堂开业。\n"
    )
    beds, canteen = parse_text(page, "page.txt")
    assert [b.text for b in beds.blocks] == ["本报讯 5月8日，永川区首批家庭养老床位投用。"]
    assert canteen.title == "老年食堂开到家门口"


MARKDOWN_POST = """# 春茶开采！茶山竹海的第一缕茶香来了

原创 渝西都市报 [渝西都市报](javascript:void(0);) *2024-03-12 18:30* *重庆*

点击上方蓝字“渝西都市报”关注我们

3月12日上午，永川区2024年春茶开采节在茶山竹海街道石笋山茶园启动。

来自全区的200余名茶农、茶企代表参加。

🍃🍃🍃

👇👇👇点击“阅读原文”，了解更多永川资讯

喜欢此内容的人还喜欢
"""


def test_a_posts_header_in_italics_dates_it_and_its_prompts_are_no_text():
    """A WeChat post copied as Markdown: the header's time in italics dates the
    post; the follow prompt (with the account's name), an emoji divider, the
    read-more prompt and the recommendations' label are the post's frame."""
    (got,) = parse_text(MARKDOWN_POST, "post.md")
    assert (got.title, got.date) == ("春茶开采！茶山竹海的第一缕茶香来了", "2024-03-12")
    assert [b.text[:5] for b in got.blocks] == ["3月12日", "来自全区的"]


def test_an_undated_posts_mark_and_accounts_and_its_last_prompt_are_no_text():
    """``原创　渝西都市报　永川发布`` under a post's title (no time after it) and
    ``觉得不错，请点个“在看”吧↓`` at its end are the post's frame."""
    post = (
        "点击上方蓝字  关注我们\n\n板桥镇：小小花椒“麻”出致富路\n\n原创　渝西都市报　永川发布\n\n"
        "渝西都市报记者 黄 鑫\n\n走进板桥镇的花椒种植基地，一垄垄花椒树长势喜人。\n\n"
        "编辑：陈 静　　审核：刘 强\n\n觉得不错，请点个“在看”吧↓\n"
    )
    (got,) = parse_text(post, "post.txt")
    assert (got.title, got.authors) == ("板桥镇：小小花椒“麻”出致富路", ("黄鑫",))
    assert [b.text for b in got.blocks] == ["走进板桥镇的花椒种植基地，一垄垄花椒树长势喜人。"]


def test_a_qr_codes_promotion_a_line_at_a_time_is_no_text():
    """A PDF page's QR box (扫码关注 / 渝西都市报微信公众号 / 获取更多永川资讯) between
    two stories is the paper's promotion; a sentence about the account stays."""
    page = (
        "卫星湖街道建成10个智慧小区\n\n"
        "本报讯 8月15日，卫星湖街道10个智慧小区全部建成，居民刷脸进门。\n\n"
        "扫码关注\n渝西都市报微信公众号\n获取更多永川资讯\n\n"
        "区融媒体中心的微信公众号推出新栏目。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.text[:6] for b in got.blocks] == ["本报讯 8月", "区融媒体中心"]


NEWS_SITE_PAGE = """首页　时政　民生　镇街　视频

临江镇老街污水管网改造完工

2024-09-03 10:20　来源：渝西都市报　作者：何 丹　　评论(2)　阅读(3120)
分享：微信 | 微博 | QQ | 复制链接
【大 中 小】

本报讯（渝西都市报记者 何 丹）9月2日，临江镇老街污水管网改造工程完工，沿街200余户居民告别污水横流。

[视频] 加载中...
00:00 / 01:48
▶ 播放　　全屏

“以前一下雨就冒黑水，现在好了。”居民周大姐说。

评论（2）　|　我要评论

网友评论(2)　　　　查看全部评论>>
老街居民 2024-09-03 12:15
终于不臭了，感谢！
顶(8)　回复
路过的 2024-09-04 08:02
希望其他老街也改一改。
顶(2)　回复

我要评论：
［请文明发言］　　提交
"""


def test_a_news_sites_player_counters_and_readers_comments_are_no_text():
    """A site's video player (加载中, its clock, 播放 全屏), share and size buttons, its
    counters and the readers' comments under the article are its frame."""
    (got,) = parse_text(NEWS_SITE_PAGE, "page.txt")
    assert (got.title, got.authors, got.date) == (
        "临江镇老街污水管网改造完工",
        ("何丹",),
        "2024-09-03",
    )
    assert [b.text[:4] for b in got.blocks] == ["本报讯（", "“以前一"]


ARCHIVED_POSTS = """公众号文章存档

==========
标题：宝峰镇茶园迎来采摘季
公众号：永川文旅
发布时间：2024-04-02 18:00
作者：罗静
原文链接：https://mp.weixin.qq.com/s/AbCdEf123

4月2日，宝峰镇万亩茶园迎来春茶采摘季，茶农们忙着采摘新芽。

阅读 2.3万　赞 120　在看 45

**热门评论（2）**

> 宝峰的茶真香 👍 12

> 周末去采茶 👍 3

==========
标题：仙龙镇举办乡村篮球赛
公众号：永川发布
发布时间：2024-04-05 09:30
作者：王雪
原文链接：https://mp.weixin.qq.com/s/XyZ789

4月4日，仙龙镇首届乡村篮球赛开赛，12支村队参赛。

> 本文为永川发布原创，转载请注明出处

👍 点赞 64　💬 评论 7　⭐ 收藏
免责声明：本文来源于永川发布，如有侵权请联系删除
举报/反馈
收录于合集 #乡村体育 12个
"""


def test_an_archive_of_posts_keeps_their_text_alone():
    """Each post's account and link fields, its counters (emoji before them too), its
    readers' comments and reprint terms are no text; the next post still opens."""
    tea, ball = parse_text(ARCHIVED_POSTS, "posts.txt")
    assert (tea.title, tea.date, tea.authors) == ("宝峰镇茶园迎来采摘季", "2024-04-02", ("罗静",))
    assert [b.text[:5] for b in tea.blocks] == ["4月2日，"]
    assert (ball.title, ball.date) == ("仙龙镇举办乡村篮球赛", "2024-04-05")
    assert [b.text[:5] for b in ball.blocks] == ["4月4日，"]


@pytest.mark.parametrize(
    ("header", "authors", "date"),
    [
        ("渝西都市报 · 3小时前 · 重庆\n\n[关注]", ("黄静",), ""),
        ("2024-08-05 10:23·渝西都市报官方账号·重庆\n+关注", ("黄静",), "2024-08-05"),
        ("**渝西都市报** | 记者 黄 静 | 2024-11-03 07:30", ("黄静",), "2024-11-03"),
        ("渝西都市报 | 2024-11-03 09:12 | 阅读 3021", ("黄静",), "2024-11-03"),
    ],
    ids=["relative time", "account", "byline", "counter"],
)
def test_a_posts_header_of_parts_between_bars_or_dots_dates_it(header, authors, date):
    """An app's or a site's header over a post (its source, account, byline, time,
    place, counter between bars or dots) and its follow button are no text; its
    date dates the post (a relative time, ``3小时前``, dates nothing)."""
    page = (
        f"来苏镇第五届柑橘采摘节开幕\n\n{header}\n\n渝西都市报记者 黄 静\n\n"
        "11月2日，来苏镇第五届柑橘采摘节在观音井村开幕。\n"
    )
    (got,) = parse_text(page, "post.txt")
    assert (got.title, got.subtitle, got.authors, got.date) == (
        "来苏镇第五届柑橘采摘节开幕",
        "",
        authors,
        date,
    )
    assert [b.text[:5] for b in got.blocks] == ["11月2日"]


def test_a_posts_fields_a_blank_line_under_its_header_and_keyed_by_a_stroke():
    """``作者：…`` a blank line under the post's header is the same group of fields,
    not a second headline over it; ``来源丨…　编辑丨…`` is keyed as ``来源：…`` is."""
    page = (
        "双石镇张秀英：照顾瘫痪婆婆22年无怨无悔\n"
        "原创 渝西都市报 渝西都市报 2023-12-08 19:02 发表于重庆\n\n"
        "作者：渝西都市报记者 刘 丽\n编辑：何 苗\n\n"
        "“妈，今天太阳好，我推您出去晒晒。”12月6日上午，张秀英把婆婆扶上轮椅。\n\n"
        "来源丨渝西都市报　编辑丨陈曦　审核丨周建\n"
    )
    (got,) = parse_text(page, "post.txt")
    assert (got.title, got.subtitle, got.authors, got.date) == (
        "双石镇张秀英：照顾瘫痪婆婆22年无怨无悔",
        "",
        ("刘丽",),
        "2023-12-08",
    )
    assert len(got.blocks) == 1


GOV_PORTAL = """重庆市永川区农业农村委员会
网站首页 | 机构概况 | 政务公开 | 办事服务

当前位置：首页 > 正文

永川区举办高素质农民培训班 200余名新农人参训

发布时间：2024-03-02　　来源：区农业技术推广站　　作者：　　浏览次数：356
【大 中 小】

　　3月1日，永川区2024年高素质农民培训班在区农广校开班，200余名种养大户参加培训。
　　培训为期5天，邀请市级专家授课。
　　（通讯员 罗 勇）

相关链接：
重庆市农业农村委员会
中国农业农村信息网

主办单位：重庆市永川区农业农村委员会
技术支持：重庆市永川区大数据应用发展管理局
网站标识码：5001180099
"""


def test_a_government_portals_name_menu_links_and_owners_are_its_frame():
    """The site's name over its menu, a field left empty before the view count, the
    related links' label over plain lines and the owners' line in the footer: none of
    it text, and the site's name no kicker of the headline."""
    (got,) = parse_text(GOV_PORTAL, "portal.txt")
    assert (got.kicker, got.title, got.date, got.authors) == (
        "",
        "永川区举办高素质农民培训班 200余名新农人参训",
        "2024-03-02",
        ("罗勇",),
    )
    assert [b.text[:4] for b in got.blocks] == ["3月1日", "培训为期", "（通讯员"]


@pytest.mark.parametrize(
    "owners",
    [
        "主办：重庆市永川区教育委员会　　地址：重庆市永川区文理大道",
        "渝西都市报社主办　地址：重庆市永川区人民大道　技术支持：数字报刊平台",
    ],
)
def test_a_notice_pages_owners_under_its_links_go(owners):
    """``主办：…　地址：…`` closing a web page whose navigation went: the site's
    owners, and so is a line its technical support closes."""
    page = (
        "关于做好春季学期学生资助工作的通知\n【字体：大 中 小】　　打印本页　　关闭窗口\n\n"
        "各中小学校：\n　　现将有关事项通知如下。\n\n"
        f"【打印本页】【关闭窗口】\n\n{owners}\n"
    )
    (got,) = parse_text(page, "notice.txt")
    assert [b.text for b in got.blocks] == ["各中小学校：", "现将有关事项通知如下。"]


@pytest.mark.parametrize("row", ["大", "关注", "播放", "全屏", "评论", "留言"])
def test_a_wrapped_rows_last_word_is_no_button(row):
    """A paragraph's last word wrapped onto a row of its own (``大``, ``关注``) is its
    text, though a site's buttons (``【大 中 小】``, ``+关注``, ``▶ 播放``) use it."""
    page = f"永川区举行读书月活动\n\n本报讯 4月23日，永川区读书月活动启动，吸引市民\n{row}\n"
    texts = [
        t for a in parse_text(page, "page.txt") for t in (a.title, *(b.text for b in a.blocks))
    ]
    assert any(text.endswith(row) for text in texts)


def test_a_web_pages_title_a_blank_line_over_its_dash_subtitle_and_fields():
    """A site's page: the title, a blank line, its ``——`` subtitle, then the fields
    (来源：… 发布时间：…): title and subtitle both, the site's frame above them gone."""
    page = (
        "渝西都市报网\n首页 | 新闻 | 视频 | 数字报 | 专题\n当前位置：首页 > 数字报 > 正文\n\n"
        "永川区5个重点项目集中签约 总投资105.6亿元\n\n"
        "——2024年永川区第四季度重点项目集中签约活动举行\n\n"
        "来源：渝西都市报　　发布时间：2024-10-15 08:30\n\n"
        "本报讯（渝西都市报记者 周 航）10月14日，5个重点项目集中签约，总投资105.6亿元。\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.subtitle, got.date) == (
        "永川区5个重点项目集中签约 总投资105.6亿元",
        "——2024年永川区第四季度重点项目集中签约活动举行",
        "2024-10-15",
    )


def test_related_reading_over_readers_comments_closing_an_app_page_is_no_text():
    """An app's page: ``相关阅读`` over other articles' titles and their times, then
    ``热门评论（12）`` over readers' comments (sentences among them): none of it the
    article's text."""
    page = (
        "永川高新区再添新能源汽车零部件项目\n\n2024-08-05 10:23 · 渝西都市报\n\n"
        "本报讯（渝西都市报记者 谢 春）8月5日上午，一个汽车零部件项目在永川高新区开工。\n\n"
        "责任编辑：周婷\n\n点赞 86    评论 12    收藏\n\n"
        "相关阅读\n永川：前7月规上工业产值同比增长9.3%\n08-03 · 渝西都市报\n"
        "卫星湖街道：“家门口”就业驿站开张\n08-02 · 渝西都市报\n\n"
        "热门评论（12）\n渝西老张\n家门口又多了800个岗位，好事！\n08-05 11:02 · 重庆    回复    赞 5\n"
        "凤凰湖的风\n希望配套的公交线路也跟上。\n08-05 11:40 · 重庆    回复    赞 2\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert [b.text[:6] for b in got.blocks] == ["本报讯（渝西"]


def test_a_wechat_posts_bold_follow_prompt_and_closing_links_with_a_qr_image_go():
    """``点击上方蓝字 **关注我们**`` over the post (no kicker), and ``**往期推荐**`` over
    links, a QR code's image (its long address no words), a follow prompt and
    ``[阅读原文](…)`` closing it: the post's frame, none of it text."""
    page = (
        "点击上方蓝字 **关注我们**\n\n# 松溉古镇这场非遗市集，周末等你来逛！\n\n"
        "原创 涂燕 渝西都市报 *2023-07-14 20:05* *发表于重庆*\n\n"
        "7月14日，记者从松溉镇获悉，“松溉古镇非遗市集”将在古镇举办。\n\n"
        "**往期推荐**\n\n[永川这个地方上榜市级名单](https://mp.weixin.qq.com/s/a1)\n\n"
        "[茶山竹海夜游开放时间调整](https://mp.weixin.qq.com/s/a3)\n\n"
        "![](https://mmbiz.qpic.cn/mmbiz_png/qrcode/640?wx_fmt=png)\n\n"
        "长按识别二维码 关注我们\n\n点个「在看」，让更多人看到\n\n"
        "[阅读原文](https://mp.weixin.qq.com/s/orig)\n"
    )
    (got,) = parse_text(page, "post.md")
    assert (got.kicker, got.title) == ("", "松溉古镇这场非遗市集，周末等你来逛！")
    assert [b.text[:5] for b in got.blocks] == ["7月14日"]


def test_an_app_file_of_two_posts_keeps_each_posts_text_alone():
    """Two app posts in one file: the app's name over each title (``i永川 客户端``),
    the counters (``分享 | 评论 | 点赞 27``, an uncounted 评论 too), a bare related-
    reading list between the posts and the app's prompt at the end: no text."""
    page = (
        "i永川 客户端\n来苏镇：3000亩晚熟柑橘迎来丰收\n2022-11-03 16:48 · 永川区融媒体中心\n"
        "11月3日，在来苏镇观音井村的柑橘园里，果农们正忙着采摘、分拣、装箱。\n"
        "分享 | 评论 3 | 点赞 41\n相关阅读\n永川秀芽“走出去”，茶农腰包鼓起来\n"
        "板桥镇：“小院经济”激活乡村振兴一池春水\n\n"
        "i永川 客户端\n朱沱镇：长江禁捕“护渔队”守护一江碧水\n2022-11-04 09:15 · 永川区融媒体中心\n"
        "11月4日凌晨1点，朱沱镇汉东村江边，一束束手电光在江面上来回扫动。\n"
        "分享 | 评论 | 点赞 27\n打开i永川，查看更多精彩内容\n"
    )
    got = parse_text(page, "posts.txt")
    assert [(a.kicker, a.title, len(a.blocks)) for a in got] == [
        ("", "来苏镇：3000亩晚熟柑橘迎来丰收", 1),
        ("", "朱沱镇：长江禁捕“护渔队”守护一江碧水", 1),
    ]


def test_a_government_sites_record_of_a_notice_is_no_text():
    """A government site's notice: the site's name over its menu spaced apart, the
    document's record (``索 引 号：…``, ``发布机构：…``, ``成文日期：…``, ``文　　号：…``)
    over its title, and ``相关文件：`` over other notices' titles at the end: the
    site's, not the notice's."""
    page = (
        "重庆市永川区人民政府\n首页    政务公开    政务服务    互动交流    走进永川\n\n"
        "索 引 号：11500118MB1C45678X/2023-00123\n发布机构：永川区交通运输委员会\n"
        "成文日期：2023-09-26\n发布日期：2023-09-26\n文　　号：永交通〔2023〕45号\n\n"
        "关于兴龙大道（凤凰湖段）实施交通管制的通告\n\n"
        "因兴龙大道（凤凰湖段）雨污分流改造工程施工需要，决定对兴龙大道实施交通管制。\n\n"
        "特此通告。\n\n重庆市永川区交通运输委员会\n\n2023年9月26日\n\n【打印】　【关闭】\n\n"
        "相关文件：\n永川区交通运输委员会关于中秋国庆假期道路交通安全的提示\n"
        "永川区2023年第三季度道路施工计划公示\n\n"
        "主办：重庆市永川区人民政府办公室　　承办：重庆市永川区大数据发展局\n"
    )
    (got,) = parse_text(page, "notice.txt")
    assert (got.kicker, got.title, got.subtitle, got.date) == (
        "",
        "关于兴龙大道（凤凰湖段）实施交通管制的通告",
        "",
        "2023-09-26",
    )
    assert [b.text for b in got.blocks][-1] == "2023年9月26日"


def test_a_sites_footer_links_and_a_posts_bold_share_buttons_are_no_text():
    """``联系我们 | 网站地图 | 使用帮助`` closing a site's page and ``**分享** **收藏**
    **点赞** **在看**`` under a post: links, not text."""
    page = (
        "# 母亲的茶山\n\n原创 渝西都市报 2025-05-10 08:00 重庆\n\n"
        "母亲在茶山竹海种了一辈子茶。\n\n**分享** **收藏** **点赞** **在看**\n\n"
        "联系我们 | 网站地图 | 使用帮助\n"
    )
    (got,) = parse_text(page, "post.md")
    assert [b.text for b in got.blocks] == ["母亲在茶山竹海种了一辈子茶。"]


def test_an_e_papers_page_links_and_weather_over_its_stories_are_no_text():
    """An e-paper's page: ``◀上一版    版面目录    下一版▶`` and a weather line with
    its warning (``… 南风2级  高温橙色预警``) over the first story; no headline."""
    page = (
        "渝西都市报\n2024年8月12日 星期一\n第03版 综合\n◀上一版    版面目录    下一版▶\n\n"
        "永川天气  今天 晴 27℃～38℃  南风2级  高温橙色预警\n\n"
        "永川区启动2024年“消夏惠民”消费季\n"
        "8月10日晚，2024年永川区“消夏惠民”消费季在兴龙湖商圈启动。\n"
        "（渝西都市报记者 谢 春）\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.subtitle, got.section) == (
        "永川区启动2024年“消夏惠民”消费季",
        "",
        "综合",
    )
    assert [b.text[:5] for b in got.blocks] == ["8月10日", "（渝西都市"]


def test_an_e_papers_pages_on_one_line_and_its_titles_under_their_kinds_are_no_story():
    """``版面导航`` over the issue's pages on one line (``01　要闻　　02　要闻 …``), then
    ``本版标题`` over the page's headlines, a kind's label before some (``· 图片新闻
    端午将至粽飘香``): links and a contents list, no story."""
    page = (
        "渝西都市报\n2022年6月15日　星期三\n第04版：社会\n\n版面导航\n"
        "01　要闻　　02　要闻　　03　综合　　04　社会\n\n本版标题\n"
        "· 图片新闻　端午将至粽飘香\n· 大安街道：老旧小区“焕新颜”\n\n"
        "图片新闻\n端午将至粽飘香\n6月14日，红旗社区开展包粽子活动。\n\n"
        "▲志愿者和居民一起包粽子。\n\n渝西都市报记者 陈仕川 摄\n\n"
        "大安街道：老旧小区“焕新颜”\n本报讯 今年以来，大安街道启动实施老旧小区改造项目。\n"
    )
    got = parse_text(page, "page.txt")
    assert [a.title for a in got] == ["端午将至粽飘香", "大安街道：老旧小区“焕新颜”"]


def test_a_portals_metadata_with_font_size_links_and_its_hot_list_are_no_text():
    """A portal's page: ``来源:… | 作者:… | 2026-01-09 09:12 | 阅读 1.2万 | A+ A-`` under
    the headline (its fields; ``A+ A-`` sizes the font), ``热点新闻`` over numbered
    titles at the end, and a post's ``关注“永川发布”，获取更多权威信息``: no text."""
    page = (
        "永川至泸州高速公路建设提速 何埂镇段路基工程完成八成_永川网\n"
        "永川网 | 首页  新闻  政务  文旅  视频  专题  登录 注册\n\n"
        "永川至泸州高速公路建设提速 何埂镇段路基工程完成八成\n"
        "来源:渝西都市报 | 作者:彭禹乔 | 2026-01-09 09:12 | 阅读 1.2万 | A+ A-\n\n"
        "关注“永川发布”，获取更多权威信息\n\n"
        "本报讯(渝西都市报记者 彭禹乔)1月9日,记者从区交通运输委获悉,路基工程已完成80%。\n\n"
        "【纠错】 【打印】 【关闭】\n\n热点新闻\n1 永川2025年GDP迈上新台阶\n2 永川至江津城际公交开通\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.authors, got.date) == (
        "永川至泸州高速公路建设提速 何埂镇段路基工程完成八成",
        ("彭禹乔",),
        "2026-01-09",
    )
    assert [b.text[:5] for b in got.blocks] == ["本报讯(渝"]


def test_an_apps_video_page_frame_is_no_text():
    """An app's video page: ``< 返回  视频详情  ···``, the player's ``视频加载失败，请刷新重试``
    and ``全屏  倍速  清晰度：高清``, ``更多视频`` over other videos with their
    lengths: the frame, none of it text."""
    page = (
        "渝西都市报APP\n< 返回        视频详情        ···\n\n▶ 播放\n00:00 / 02:36\n"
        "视频加载失败，请刷新重试\n全屏  倍速  清晰度：高清\n\n"
        "永川非遗龙灯闹新春 年味浓浓迎佳节\n渝西都市报 · 昨天 19:36 · 播放 1.3万\n"
        "记者 钟 梅 通讯员 刘 倩\n\n2月14日，永川区非遗龙灯展演活动在兴龙湖公园举行。\n\n"
        "分享    评论 5    点赞 218\n\n更多视频\n01:24  兴龙湖灯会今晚亮灯\n02:05  松溉古镇的年味儿\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.authors) == ("永川非遗龙灯闹新春 年味浓浓迎佳节", ("钟梅", "刘倩"))
    assert [b.text[:5] for b in got.blocks] == ["2月14日"]


def test_two_wechat_posts_end_on_their_frame_and_the_first_exclaims():
    """Two WeChat posts in a file, the first's title exclaiming after a comma
    (``…，孩子们收获啦！``) over ``原创 钟梅 永川发布 …`` (its writer first), each post
    closed by its frame (``写留言`` / ``暂无留言`` / ``关注该公众号`` /
    ``继续滑动看下一个``, ``喜欢此内容的人还喜欢`` over titles): two posts."""
    post = (
        "点击上方蓝字“永川发布”关注我们\n\n{title}\n原创 {who} 永川发布 2025年06月0{day}日 18:30 重庆\n\n"
        "6月{day}日，{text}\n\n阅读 3526\n在看 58\n写留言\n暂无留言\n微信扫一扫\n"
        "关注该公众号\n继续滑动看下一个\n向上滑动看下一个\n\n"
    )
    page = (
        post.format(
            title="永川这所小学的“开心农场”，孩子们收获啦！",
            who="钟梅",
            day=1,
            text="孩子们度过了别样的儿童节。",
        )
        + post.format(
            title="航拍仙龙镇：万亩稻田织就“绿色画卷”",
            who="陈仕川",
            day=2,
            text="记者来到仙龙镇航拍。",
        )
        + "喜欢此内容的人还喜欢\n永川：夏粮收购全面启动\n茶山竹海迎来避暑旅游季\n"
    )
    got = parse_text(page, "posts.txt")
    assert [(a.title, a.authors, a.date, len(a.blocks)) for a in got] == [
        ("永川这所小学的“开心农场”，孩子们收获啦！", ("钟梅",), "2025-06-01", 1),
        ("航拍仙龙镇：万亩稻田织就“绿色画卷”", ("陈仕川",), "2025-06-02", 1),
    ]
