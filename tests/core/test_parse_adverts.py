"""Adverts set as close to the stories around them as their paragraphs are: they
are no story, and no story's text; a notice's closing lines stay its own."""

from __future__ import annotations

import pytest

from yc_reader.core.parse import parse_text

STORY = "临江镇2000亩高粱进入田间管护关键期\n\n本报讯 5月7日上午，在临江镇福寿村的高粱种植基地，村民正为高粱苗追肥。\n"
NEXT = "松溉古镇接待游客12.6万人次\n\n“五一”假期，松溉古镇人头攒动。\n"
# The two stories around an advert, as they read without it.
AROUND = [
    ("临江镇2000亩高粱进入田间管护关键期", [STORY.split("\n")[2]]),
    ("松溉古镇接待游客12.6万人次", ["“五一”假期，松溉古镇人头攒动。"]),
]


def _texts(page: str) -> list[tuple[str, list[str]]]:
    return [(a.title, [b.text for b in a.blocks]) for a in parse_text(page, "page.txt")]


def test_an_advert_one_blank_line_under_a_story_is_dropped():
    page = (
        STORY + "\n重庆竹韵茶业有限公司\n一叶秀芽 满口清香\n明前新茶上市 全场8.8折\n"
        "订购热线：023-49201188\n\n\n" + NEXT
    )
    assert _texts(page) == AROUND


def test_an_advert_between_two_pieces_of_a_page_without_blank_lines_is_dropped():
    """Its fields too: ``校址：…`` under the hotline."""
    page = (
        "永川区端午龙舟邀请赛6月10日开赛\n　　本报讯 记者从区文化旅游委获悉，龙舟邀请赛将于6月10日举行。\n"
        "学技能 到星辰\n重庆永川星辰职业培训学校\n招生热线：023-49553366\n校址：永川区昌州大道东段\n"
        "关于端午节期间城区部分道路实施临时交通管制的通告\n　　为确保龙舟邀请赛安全顺利进行，决定实施临时交通管制。\n"
    )
    assert [title for title, _ in _texts(page)] == [
        "永川区端午龙舟邀请赛6月10日开赛",
        "关于端午节期间城区部分道路实施临时交通管制的通告",
    ]
    assert "星辰" not in str(_texts(page))


def test_a_public_service_advert_under_its_label_or_double_spaced_is_dropped():
    labelled = (
        "本报讯 7月14日，在永荣镇三和村的柑橘园里，果农们正忙着疏果。\n永荣镇：3000亩柑橘挂果喜人\n"
        "公益广告\n讲文明 树新风\n文明永川 你我共建\n永川区精神文明建设委员会办公室 宣\n"
        "本报讯 7月15日，大安街道组织志愿者帮助种植户抢收葡萄。\n志愿者助农抢收葡萄\n"
    )
    assert [title for title, _ in _texts(labelled)] == [
        "永荣镇：3000亩柑橘挂果喜人",
        "志愿者助农抢收葡萄",
    ]
    spaced = (
        STORY + "\n\n珍爱生命 预防溺水\n\n不私自下水游泳 不擅自与他人结伴游泳\n\n"
        "不在无家长或教师带领的情况下游泳\n\n永川区教育委员会 宣\n"
    )
    assert _texts(spaced) == [("临江镇2000亩高粱进入田间管护关键期", [STORY.split("\n")[2]])]


def test_an_advertiser_under_a_headline_printed_after_its_story_starts_the_advert():
    page = (
        "连日来，大安街道组织志愿者走进辖区田间地\n头，帮助种植户抢收成熟的葡萄，并通过直播\n"
        "带货等方式拓宽销售渠道。\n今年，大安街道葡萄种植面积达1200亩，预\n"
        "计产量可达1800吨，志愿者已帮助种植户销\n售葡萄30余吨。\n▲志愿者帮助种植户采摘葡萄。\n"
        "渝西都市报记者 邓 凯 摄\n志愿者助农抢收葡萄\n重庆恒通驾驶培训学校\n学车就选恒通 安全驾驶一生\n"
        "暑期学生特惠价2980元\n报名热线：023-49662288\n"
    )
    ((title, _),) = _texts(page)
    assert title == "志愿者助农抢收葡萄"


def test_a_notices_issuer_and_hotline_under_it_stay_the_notices():
    page = (
        "停水通知\n\n因管网改造，8月23日南大街街道部分区域停止供水。由此带来的不便，敬请谅解！\n\n"
        "重庆市永川区自来水有限公司\n服务热线：023-49866111\n"
    )
    ((_, blocks),) = _texts(page)
    assert blocks[-2:] == ["重庆市永川区自来水有限公司", "服务热线：023-49866111"]


@pytest.mark.parametrize(
    "advert",
    [
        "———— 广告 ————\n永川星光里商业街 五月焕新季\n全场满200元减30元　活动时间：5月1日—5月31日\n"
        "咨询热线：023-4965××××\n",
        "广告\n金福珠宝永川店　“5·20”告白季\n黄金饰品每克立减20元　地址：永川区人民大道88号\n",
        "广告　永川·兴龙湖音乐节 7月13日 门票火热预售中　购票热线 023-4976××××\n",
        "**【广告】**\n\n**云谷·壹号院　城芯臻品　120—143㎡洋房火热认筹中**\n\n"
        "营销中心：永川区兴龙大道888号　　咨询热线：023-49866666\n\n",
        "【广告】\n\n金竹国际旅行社 暑期特惠\n\n海南双飞5日游 2680元起　云南昆大丽6日游 2980元起\n\n"
        "门店地址：永川区人民大道　欢迎到店咨询\n\n",
        "广告 ×\n永川吾悦广场 跨年狂欢购 满300减50\n立即查看\n",  # (an app's, closed by its ×)
        "广　告\n吾悦广场国庆七天乐　全场满200减50\n活动时间：10月1日—7日　地址：永川区人民大道\n",
        "【广告】永川秀芽·新春礼盒火热预订中\n茶香千年 礼韵永川\n"
        "订购热线:023-49861234　地址:永川区中山路街道人民大道188号\n",
        # (a recruitment box, its jobs a row each, whom to ask after its hotline)
        "---\n\n**广告**\n\n重庆恒驰液压科技有限公司 诚聘\n数控车工 5名 月薪6000—9000元\n"
        "装配钳工 8名 月薪5500—8000元\n质检员 3名 月薪5000—7000元\n"
        "地址：永川高新区凤凰湖产业园恒驰路8号\n招聘热线：023-4988×××× 何女士\n\n---\n",
    ],
)
def test_an_advert_under_its_label_is_dropped(advert):
    """``广告`` over a few lines up to a blank line, between rules or not, or before
    an advert on its line: an advert, wherever it stands."""
    page = STORY + "\n" + advert + "\n" + NEXT
    assert _texts(page) == AROUND


@pytest.mark.parametrize("label", ["（广告）", "广告"])
def test_an_advert_over_its_label_is_dropped(label):
    """A slogan and its hotline over ``（广告）``, up to the blank line above them."""
    page = STORY + f"\n星湖湾·精装现房 火热认购中\n销售热线：023-49860000\n{label}\n\n" + NEXT
    assert _texts(page) == AROUND


def test_a_label_alone_over_a_story_takes_nothing_with_it():
    """``广告`` whose advert the dump lost, over a blank line and a story: the story stays."""
    page = STORY + "\n广告\n\n" + NEXT
    got = str(_texts(page))
    assert "松溉古镇接待游客12.6万人次" in got
    assert "“五一”假期，松溉古镇人头攒动。" in got


def test_an_advert_that_disclaims_itself_is_dropped_sentences_and_all():
    """``本广告仅为要约邀请…`` under a property advert: the rows over it up to a blank
    line are the advert, its sentence (``…现房在售。``) too."""
    page = (
        STORY + "\n卫星湖·壹号院\n湖畔栖居 一步到家\n坐拥卫星湖生态公园，精装三房现房在售。\n"
        "营销中心：永川区卫星湖街道湖滨路1号\nVIP热线：023-49998888\n"
        "本广告仅为要约邀请，最终以政府相关部门批准文件为准。\n\n\n" + NEXT
    )
    assert _texts(page) == AROUND


@pytest.mark.parametrize(
    "box",
    [
        # the box's hotline over its items, a contact line in one of them, the next
        # story a blank line under it
        "分类广告\n登报热线：023-49880000\n遗失声明\n重庆市永川区某五金店遗失营业执照正本，声明作废。\n"
        "寻人启事\n李某某，男，70岁，于2024年6月1日在临江镇走失。\n联系电话：13900001111（李先生）\n",
        # its hotline under its items
        "【分类广告】\n招租\n中山路临街门面一间约60平方米出租。\n遗失声明\n张某遗失毕业证书一本，声明作废。\n"
        "广告热线：023-49880000\n",
        # its items a blank line apart, closed by the page's end
        "分类信息\n\n【遗失声明】王某遗失车位使用证，编号：0101，声明作废。\n\n"
        "【转让】永川城区临街烧烤店转让，电话：138****0000。\n",
    ],
    ids=["hotline over", "hotline under", "spaced at the end"],
)
def test_a_box_of_classified_adverts_is_dropped(box):
    """Classified adverts (遗失声明, 寻人启事, 招租) under their box's label are adverts,
    no story and no story's text, whichever side their hotline stands on."""
    page = STORY + "\n" + box + ("" if box.endswith("。\n") else "\n" + NEXT)
    expected = AROUND[:1] if box.endswith("。\n") else AROUND
    assert _texts(page) == expected


@pytest.mark.parametrize("label", ["广告", "**广告**", "〔广告〕"])
def test_an_advert_after_its_label_on_its_line_its_parts_set_apart_is_dropped(label):
    """``广告　永川兴隆百货　元旦迎新　全场满200减50　地址：…``: the label, then the
    advert's parts a wide space apart (no hotline), all on one line."""
    page = (
        STORY
        + f"\n{label}　永川兴隆百货　元旦迎新　全场满200减50　地址：永川区人民大道188号\n\n"
        + NEXT
    )
    assert _texts(page) == AROUND


def test_a_markdown_advert_under_its_dotted_label_ends_on_its_hotline():
    """``·广告·`` over rows a blank line apart, the last its hotline, then the next
    story's heading a blank line under it: the advert ends on its hotline."""
    page = (
        "# 永川区首个协同育人指导中心揭牌\n\n本报讯 9月9日，指导中心在区教委揭牌。\n\n"
        "·广告·\n\n**中秋佳节　月满棠城**\n\n永川秀芽·茶香月饼礼盒　138元/盒起\n\n"
        "9月10日至10月6日，凭本报到店享九折优惠\n\n"
        "门店地址：永川区萱花路52号　订购热线：023-49820066\n\n"
        "# 仙龙镇开展开学安全大检查\n\n本报讯 9月8日，仙龙镇开展开学安全大检查。\n"
    )
    first, second = parse_text(page, "page.md")
    assert [b.text[:4] for b in first.blocks] == ["本报讯 "]
    assert second.title == "仙龙镇开展开学安全大检查"


def test_an_advert_closed_by_its_approval_number_goes_its_rows_blank_lines_apart():
    """``**渝西眼科医院**`` / slogan / ``地址:… 预约热线:…`` / ``渝医广【2025】第05-12-136号``,
    a blank line between each as Markdown sets them: an advert, closed by its
    approval number; the stories around it keep their text."""
    page = (
        "## 临江镇：“法律明白人”走村入户化解纠纷\n\n本报讯 今年以来，全镇共调解纠纷87件。\n\n"
        "**渝西眼科医院**\n\n暑期青少年近视防控季　免费视力筛查　建立屈光档案\n\n"
        "地址:永川区人民大道316号　预约热线:023-49860120\n\n渝医广【2025】第05-12-136号\n\n"
        "## 永川区开展反诈宣传进校园活动\n\n本报讯 5月19日，反诈宣传走进校园。\n"
    )
    first, second = parse_text(page, "page.md")
    assert [b.text for b in first.blocks] == ["本报讯 今年以来，全镇共调解纠纷87件。"]
    assert [b.text for b in second.blocks] == ["本报讯 5月19日，反诈宣传走进校园。"]


@pytest.mark.parametrize(
    "advert",
    [
        "恒通汽车永川4S店 金秋购车节 指定车型限时优惠1.8万元 购车热线：023-49870000 "
        "地址：永川区汽车城兴龙大道6号",
        "永川·湖光里　低密湖景洋房　建面约96—132㎡　营销中心：023-49861234",
    ],
)
def test_an_advert_whole_on_a_line_of_its_own_is_dropped(advert):
    """An advert on one line, its parts a space apart, a phone number among its
    fields, blank lines around it: dropped, under a story or between two; a
    notice's contact line, all fields, stays."""
    assert _texts(STORY + "\n" + advert + "\n\n" + NEXT) == AROUND
    assert _texts(STORY + "\n" + advert + "\n") == AROUND[:1]
    contacts = "报名地点：区人力资源市场　联系人：李老师　咨询电话：023-49812345"
    (got,) = _texts(STORY + "\n" + contacts + "\n")
    assert got[1][-1] == contacts.replace("\u3000", " ")


@pytest.mark.parametrize(
    "advert",
    [
        "**惠邻里生活超市 周末特惠**\n\n鲜鸡蛋4.99元/斤　本地土豆1.68元/斤\n\n"
        "会员积分翻倍 满99元立减10元\n\n地址：永川区人民大道688号　服务热线：023-49851188\n",
        "江南·悦澜府\n\n城央 · 湖岸 · 低密洋房\n\n建面约105-140㎡ 阔景三房/四房\n\n"
        "房交会期间 到访即送精美礼品\n\n售楼热线：023-49867777\n\n项目地址：永川区兴龙大道南段\n",
        "永驰汽车城 五月购车季\n置换补贴最高8000元　首付1成开回家\n"
        "地址：永川区汽车城大道28号　购车热线：023-49816688\n",
        "**东城·御景 二期臻藏洋房**\n\n一梯两户 南北通透 建面约118-142㎡\n\n售楼热线：023-49883333\n\n"
        "*本广告仅为要约邀请，最终以政府批准文件及买卖合同为准*\n",
        "金龙家电城　国庆大酬宾　全场彩电八折起\n地址：永川市胜利路128号　　订购热线：49861234\n",
        "凤凰湖·壹号\n建面约95-128㎡ 首付低至12万\n售楼部：023-49887766\n",  # (its phone's word)
    ],
)
def test_an_unmarked_advert_over_its_phone_selling_something_is_dropped(advert):
    """An advert with no label, no slogan's pair and not set apart: its short rows
    (a price, an area or an offer among them) over its phone's row, its address
    under it, one blank line apart or none, as its rows are."""
    page = STORY + "\n" + advert + "\n" + NEXT
    assert _texts(page) == AROUND


def test_a_notices_contacts_and_a_headline_set_wider_apart_than_an_advert_stay():
    """A notice's contacts (``招标人：…`` over ``电话：…``) are no advert, nor is a
    headline printed after its story two blank lines over an advert whose rows are
    one apart: it stays the story's."""
    notice = (
        "永川区三教镇供水工程施工招标公告\n\n本项目已具备招标条件，现公开招标。\n\n"
        "六、联系方式\n招标人：重庆市永川区水利局\n电话：023-49836215\n"
    )
    assert [b.text for b in parse_text(notice, "page.txt")[0].blocks][-2:] == [
        "招标人：重庆市永川区水利局",
        "电话：023-49836215",
    ]
    page = (
        "本报讯（渝西都市报记者 王 琳）12月9日，全区安全生产工作会议召开。\n\n"
        "永川部署岁末年初安全生产\n\n和森林防灭火工作\n\n\n"
        "永丰汽车 年终购车季\n\n至高补贴2万元 置换再享好礼\n\n"
        "地址：永川区凤凰湖工业园区汽车城\n\n购车热线：023-49775566\n"
    )
    assert [a.title for a in parse_text(page, "page.txt")] == [
        "永川部署岁末年初安全生产 和森林防灭火工作"
    ]


def test_a_public_service_advert_a_blank_line_under_a_photos_credit_is_dropped():
    """``诚信经营　放心消费`` / ``消费维权请拨打12315`` / ``…委员会　宣`` a blank line under
    a photo item's credit: an advert, the credit the item's."""
    page = (
        "图片新闻\n\n维权知识进广场\n\n▲3月15日，工作人员在人民广场向市民讲解维权知识。\n"
        "通讯员 曾 艳 摄\n\n诚信经营　放心消费\n消费维权请拨打12315\n永川区消费者权益保护委员会　宣\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert (got.title, got.authors) == ("维权知识进广场", ("曾艳",))
    assert not any("诚信" in b.text or "12315" in b.text for b in got.blocks)


def test_an_advertisers_rows_under_a_headline_printed_after_its_story_leave_the_headline():
    """A headline after its story, then an advert named by its advertiser
    (``车之佳汽车服务中心`` / ``夏季空调免费检测`` / … / ``电话：…``), rows a blank line
    apart: the advert goes from its name down, the headline stays its story's; an
    approval number under an advert's phone goes with it."""
    page = (
        "本报讯（渝西都市报记者 邓 佳）7月4日，记者从\n\n区商务委获悉，今年上半年，全区二手车交易量达\n\n"
        "1.26万辆，同比增长21.3%。\n\n上半年全区二手车交易量增长两成\n\n"
        "车之佳汽车服务中心\n\n夏季空调免费检测\n\n洗车　美容　钣喷　保养\n\n"
        "地址：永川区萱花路126号\n\n电话：023-49867788\n\n渝医广【2025】第05-12-136号\n"
    )
    (got,) = parse_text(page, "page.txt")
    assert got.title == "上半年全区二手车交易量增长两成"
    assert not any("车之佳" in b.text or "渝医广" in b.text for b in got.blocks)


def test_an_advert_set_a_blank_line_a_row_over_its_mark_is_dropped():
    """A Markdown page's advert, each row a paragraph, after a rule and over its
    mark (``**…矫正季**`` / ``预约电话：…`` / ``（广告）``): all of it, up to the rule."""
    page = (
        "## 区中医院三伏贴开贴\n\n本报讯 7月15日，区中医院三伏贴开贴首日，前来贴敷的市民排起了长队。\n\n"
        "---\n\n**永川爱齿口腔 暑期学生牙齿矫正季**\n\n"
        "预约电话：023-49801111　地址：永川区人民大道168号\n\n（广告）\n\n"
        "## 松溉古镇接待游客12.6万人次\n\n“五一”假期，松溉古镇人头攒动。\n"
    )
    got = [(a.title, [b.text for b in a.blocks]) for a in parse_text(page, "page.md")]
    assert got == [
        (
            "区中医院三伏贴开贴",
            ["本报讯 7月15日，区中医院三伏贴开贴首日，前来贴敷的市民排起了长队。"],
        ),
        ("松溉古镇接待游客12.6万人次", ["“五一”假期，松溉古镇人头攒动。"]),
    ]
