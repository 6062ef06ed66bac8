"""A deterministic synthetic archive made of the seeds' own sentences.

Used by ``bench_index.py`` (100,000 articles) and by the core tests (a few
hundred): page files in Markdown with a masthead (date, page, sometimes a
section), ten articles a page, each with a headline, a byline and ~1,500
characters of body text recombined from real sentences of the seeds.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from yc_reader.core.parse import parse_file
from yc_reader.core.parse.kinds import ARTICLE_OPENERS
from yc_reader.core.paths import seeds_dir

ARTICLES_PER_PAGE = 10
_SENTENCE = re.compile(r"[^。！？]*[。！？]”?")
_SECTIONS = ("要闻", "综合", "经济", "文化", "社会", "", "", "")
_NAMES = (
    "涂燕",
    "潘玥希",
    "彭禹乔",
    "陈仕川",
    "聂政",
    "谢春",
    "钟梅",
    "刘倩",
    "蔡勇",
    "王林",
    "李静",
)


def seed_sentences() -> list[str]:
    """Every sentence of the seeds' article bodies, in order, but their leads'
    first (本报讯（…）…): opening a paragraph, one would lead a story of its own."""
    sentences = []
    for path in sorted(seeds_dir().iterdir()):
        for article in parse_file(path).articles:
            for block in article.blocks:
                sentences += [
                    s.strip()
                    for s in _SENTENCE.findall(block.text)
                    if len(s.strip()) > 4 and not s.strip().startswith(ARTICLE_OPENERS)
                ]
    return sentences


def _headline(rng: random.Random, sentences: list[str]) -> str:
    text = re.sub(r"[，。！？、；：“”（）《》()\s,]", "", rng.choice(sentences))
    start = rng.randrange(max(1, len(text) - 12))
    return text[start : start + rng.randint(8, 22)] or "永川新闻"


def write_corpus(folder: Path, articles: int, *, seed: int = 1, chars: int = 1500) -> int:
    """Write ``articles`` articles as page files into ``folder``; returns characters written."""
    rng = random.Random(seed)
    sentences = seed_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    pages = (articles + ARTICLES_PER_PAGE - 1) // ARTICLES_PER_PAGE
    for page in range(pages):
        year = 2019 + page % 7
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        section = rng.choice(_SECTIONS)
        lines = [f"{year}年{month}月{day}日 星期一 第{page % 8 + 1}版 {section}".rstrip(), ""]
        count = min(ARTICLES_PER_PAGE, articles - page * ARTICLES_PER_PAGE)
        for _ in range(count):
            lines += [f"## {_headline(rng, sentences)}", ""]
            body = f"本报讯（渝西都市报记者 {rng.choice(_NAMES)}）"
            paragraph = body
            size = 0
            while size < chars:
                sentence = rng.choice(sentences)
                paragraph += sentence
                size += len(sentence)
                if len(paragraph) > 200 or size >= chars:
                    lines += [paragraph, ""]
                    written += len(paragraph)
                    paragraph = ""
        text = "\n".join(lines)
        (folder / f"{year}{month:02d}{day:02d}_p{page:06d}.md").write_text(text, encoding="utf-8")
    return written
