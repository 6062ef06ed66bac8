"""The segmenter and the character tokens search relies on."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.generated import write_corpus
from yc_reader.core import nlp
from yc_reader.core.parse import parse_file
from yc_reader.core.paths import seeds_dir


def _texts(tmp_path) -> list[str]:
    """Seeds plus a generated corpus: the text the index segments."""
    folder = tmp_path / "corpus"
    write_corpus(folder, 200)
    texts = []
    for path in sorted(seeds_dir().iterdir()) + sorted(folder.iterdir()):
        for article in parse_file(path).articles:
            texts += [article.title, article.text]
    return texts


def test_rjieba_tokens_identical_to_jieba(tmp_path):
    """Both with the user dictionary; and the tagged cut has the cut's words."""
    if nlp.segmenter_name() != "rjieba":
        pytest.skip("rjieba is not installed")
    reference = nlp._jieba_segmenter()
    texts = [nlp.normalize(text) for text in _texts(tmp_path)]
    assert sum(map(len, texts)) > 300_000
    for text in texts:
        assert nlp.cut(text) == reference.cut(text)
        assert nlp.cut_for_search(text) == reference.cut_for_search(text)
        assert [word for word, _ in nlp.tag(text)] == nlp.cut(text)
    assert nlp.cut("永川区委组织部到松溉镇") == ["永川区委组织部", "到", "松溉镇"]


def test_name_tags_of_distinct_words_equal_tagging_the_text(tmp_path):
    """A word's tag does not depend on its text: ``name_tags`` looks up an article's
    distinct words and gets the names tagging every token gives (the user
    dictionary's tag winning)."""
    overrides = dict(nlp.user_dictionary())
    found = Counter()
    for text in map(nlp.normalize, _texts(tmp_path)):
        in_text = {}
        for word, flag in nlp.tag(text):
            if (flag := overrides.get(word, flag)) in nlp.NAME_TAGS:
                in_text[word] = flag
        assert nlp.name_tags(set(nlp.cut(text))) == in_text, text[:40]
        found.update(in_text.values())
    assert min(found[flag] for flag in nlp.NAME_TAGS) > 100


def _unicode61_tokens(text: str) -> set[str]:
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61')")
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
        conn.execute("INSERT INTO t(x) VALUES (?)", (text,))
        return {term for (term,) in conn.execute("SELECT term FROM v")}


def test_word_tokens_from_one_cut_equal_search_mode(tmp_path):
    """The index derives search mode's words from the precise cut (one segmentation,
    not two), split into tokens in Python: on the seeds plus a generated corpus they
    are exactly the tokens SQLite's unicode61 tokenizer makes of search mode's words,
    and the keyword candidates are those of the plain ranking of every word (by
    count, the earlier in the text first among equals)."""
    texts = _texts(tmp_path)
    stop = nlp.stopwords()
    for head, text in zip(texts[::2], texts[1::2], strict=True):
        head, text = nlp.normalize(head), nlp.normalize(text)
        tokens = nlp.cut(text)
        assert nlp.word_tokens(tokens) == _unicode61_tokens(" ".join(nlp.cut_for_search(text)))
        counts = Counter(tokens)
        for word in nlp.cut(head):
            counts[word] += 3
        ranked = sorted(
            (
                (w, c)
                for w, c in counts.items()
                if w not in stop and nlp._KEYWORD_LIKE.match(w) and not nlp._NUMERAL.match(w)
            ),
            key=lambda item: -item[1],
        )
        assert nlp.analyze(head, text).candidates == ranked[:16]


def test_jieba_fallback_without_rjieba_caches_in_our_cache_dir(tmp_path):
    """With rjieba missing, jieba segments (with the user dictionary), its tags are
    rjieba's kind, and its cache goes to our cache dir."""
    script = (
        "import sys, json; sys.modules['rjieba'] = None\n"
        "from yc_reader.core import nlp\n"
        "words = nlp.cut('永川区委组织部召开会议')\n"
        "tags = nlp.tag('记者涂燕在松溉镇')\n"
        "names = nlp.name_tags(['记者', '涂燕', '在', '松溉镇', '城市', '彭禹乔'])\n"
        "print(json.dumps([nlp.segmenter_name(), words, tags, names]))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    ).stdout
    name, words, tags, names = json.loads(out)
    assert name == "jieba"
    assert list(tmp_path.rglob("jieba*.cache"))
    assert words == ["永川区委组织部", "召开", "会议"]
    assert tags == [["记者", "n"], ["涂燕", "nr"], ["在", "p"], ["松溉镇", "ns"]]
    assert names == {"涂燕": "nr", "松溉镇": "ns", "彭禹乔": "nr"}


def test_character_tokens_bigrams_and_run_end_unigram():
    assert nlp.char_tokens("永川区，AI+文明２０２４年") == [
        "永川", "川区", "区", "ai", "文明", "明", "2024", "年",
    ]  # fmt: skip


_MIXED = st.text(
    alphabet=st.one_of(
        st.sampled_from("永川区委，。 _-+ab2０Ａ\u3000ーカ한é\u0301Ω½²\U00020000\U00030001\n"),
        st.characters(),
    ),
    max_size=60,
)


@settings(max_examples=500, deadline=None)
@given(text=_MIXED)
def test_token_text_is_the_joined_character_tokens(text):
    """The array-built token text the index stores has exactly ``char_tokens``' tokens."""
    assert nlp.token_text(nlp.normalize(text)) == "".join(
        f"{token} " for token in nlp.char_tokens(text)
    )


@pytest.mark.parametrize(
    ("term", "tokens", "prefix"),
    [
        ("永川区", ["永川", "川区"], False),
        ("永", ["永"], True),
        ("2024年", ["2024", "年"], True),
        ("川区 委", ["川区", "区", "委"], True),
    ],
)
def test_phrase_tokens(term, tokens, prefix):
    assert nlp.phrase_tokens(term) == (tokens, prefix)


_HAN = st.text(alphabet="永川区委组织部影视，。 2024ab", min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(text=_HAN, data=st.data())
def test_any_han_substring_is_a_token_phrase_of_the_text(text, data):
    """The property recall rests on: a substring's phrase occurs in the text's tokens."""
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    if not runs:
        return
    run = data.draw(st.sampled_from(runs))
    start = data.draw(st.integers(0, len(run) - 1))
    end = data.draw(st.integers(start + 1, len(run)))
    tokens, prefix = nlp.phrase_tokens(run[start:end])
    doc = nlp.char_tokens(text)
    found = any(
        doc[i : i + len(tokens) - 1] == tokens[:-1]
        and (
            doc[i + len(tokens) - 1].startswith(tokens[-1])
            if prefix
            else doc[i + len(tokens) - 1] == tokens[-1]
        )
        for i in range(len(doc) - len(tokens) + 1)
    )
    assert found


def test_keywords_use_corpus_document_frequency():
    candidates = [("永川", 9), ("影视", 4), ("发展", 3)]
    df = {"永川": 990, "影视": 40, "发展": 700}
    assert nlp.pick_keywords(candidates, df, 1000)[0] == "影视"


def test_stopwords_are_never_candidates():
    words = [w for w, _ in nlp.analyze("本报讯", "本报讯 记者 永川 影视 影视 记者").candidates]
    assert "本报讯" not in words and "记者" not in words
    assert "影视" in words


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0xFF00, max_codepoint=0xFF70)
        | st.sampled_from("永川Aa1：？ ")
    )
)
def test_normalize_folds_like_the_full_width_table(text):
    """``normalize`` substitutes only the full-width range; it equals translating the
    whole text through the table (what it did before, ~10× slower on long texts)."""
    table = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF5B)}
    alnum = any(0xFF10 <= ord(ch) <= 0xFF19 or 0xFF21 <= ord(ch) <= 0xFF3A for ch in text)
    alnum = alnum or any(0xFF41 <= ord(ch) <= 0xFF5A for ch in text)
    folded = text.translate(table) if alnum else text
    assert nlp.normalize(text) == folded.lower()


def test_numbers_are_never_keyword_candidates():
    text = "十四届五次全会召开，第三批项目二十个，会议强调影视产业。影视产业"
    words = [word for word, _ in nlp.analyze("", text).candidates]
    assert "影视" in words or "产业" in words
    assert not {"二十", "五次", "十四届", "第三批"} & set(words)
