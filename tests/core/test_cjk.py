"""Display width, counted by C-level scans, equal to asking each character; where a
sentence ends."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yc_reader.core.cjk import ends_sentence, width


def cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


@given(st.text())
def test_width_equals_each_characters_cells(text):
    assert width(text) == cells(text)


def test_width_of_newspaper_text():
    assert width("本报讯（渝西都市报记者 涂 燕）3月1日") == 36
    assert width("ＧＤＰ增长５．２％ · é") == cells("ＧＤＰ增长５．２％ · é")


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("永川区召开会议。", True),
        ("“这是好事！”", True),
        ("销售额突破了40万元.", True),  # OCR's 。
        ("部署攻坚行动o", True),
        ("版本号为3.", False),
        ("品牌Logo", False),
        ("永川区召开", False),
        ("“企业是创新的主体，也是发展的底气。”——区人大代表 罗斌", True),  # who said it
        ("“科技是乡村振兴的‘金钥匙’。”——孙丽", True),
        ("“我们的目标”——建成", False),
    ],
)
def test_ends_sentence(text, ends):
    assert ends_sentence(text) is ends
