"""Display width: counted by C-level scans, equal to asking each character."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from yc_reader.core.cjk import width


def cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


@given(st.text())
def test_width_equals_each_characters_cells(text):
    assert width(text) == cells(text)


def test_width_of_newspaper_text():
    assert width("本报讯（渝西都市报记者 涂 燕）3月1日") == 36
    assert width("ＧＤＰ增长５．２％ · é") == cells("ＧＤＰ增长５．２％ · é")
