"""The subset converter gives Python-Markdown + nh3's bytes, or steps aside (markup_subset.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bantin import frontmatter
from bantin.ingest.body import escape
from bantin.markup import _converter, python_markdown
from bantin.markup_subset import subset_to_html

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def same_or_none(body: str) -> str | None:
    fast = subset_to_html(body)
    assert fast is None or fast == python_markdown(body), repr(body)
    return fast


def corpus_bodies(folder: Path, corpus: str) -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import generate
    finally:
        sys.path.remove(str(ROOT / "bench"))
    generate.generate(2000, folder, corpus=corpus)
    return [frontmatter.parse(p.read_text(encoding="utf-8")).body for p in sorted(folder.glob("*.md"))]


@pytest.fixture(scope="module", params=["plain", "edited"])
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Every body of the benchmark's generated corpora of 2,000 articles: as ingest writes, as editors do."""
    return corpus_bodies(tmp_path_factory.mktemp(request.param), request.param)


def test_every_generated_body_converts_to_the_same_bytes(generated: list[str]) -> None:
    assert len(generated) == 2000
    fast = [same_or_none(body) for body in generated]
    assert sum(f is not None for f in fast) == len(generated)  # the whole corpus keeps to the subset


def test_every_fixture_and_content_body_converts_to_the_same_bytes_or_falls_back() -> None:
    files = sorted(FIXTURES.rglob("*.md")) + sorted((ROOT / "content").glob("*.md"))
    assert files
    for path in files:
        same_or_none(frontmatter.parse(path.read_text(encoding="utf-8")).body)


def test_text_of_the_seed_fixtures_as_ingest_escapes_it() -> None:
    """Paragraphs, subheads and captions the way ingest/body.py writes them, from real seed text."""
    lines = [line.strip() for path in sorted(FIXTURES.rglob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 500
    blocks = []
    for i, line in enumerate(lines):
        text = escape(" ".join(line.split()))
        blocks.append(f"## {text}" if i % 7 == 3 else f"*{text.strip()}*" if i % 11 == 5 else text)
    converted = [same_or_none("\n\n".join(blocks[i:i + 12])) for i in range(0, len(blocks), 12)]
    assert sum(c is not None for c in converted) >= 0.9 * len(converted)


@pytest.mark.parametrize(("body", "html"), [
    ("Một đoạn.\n\n## Tiêu đề\n\n*Ảnh: Lê Hà*", "<p>Một đoạn.</p>\n<h3>Tiêu đề</h3>\n<p><em>Ảnh: Lê Hà</em></p>"),
    ("Gồm:\n\n- một\n- hai &lt;3&gt; & **ba**",
     "<p>Gồm:</p>\n<ul>\n<li>một</li>\n<li>hai &lt;3&gt; &amp; <strong>ba</strong></li>\n</ul>"),
    ("*Họ tên \\** \\| \\_x\\_", "<p><em>Họ tên *</em> | _x_</p>"),
    ("\\1. Điều \\*một\\* > \\# \\\\", "<p>\\1. Điều *một* &gt; # \\</p>"),
    ("**Ngày 1/5, UBND xã họp.** Sau đó", "<p><strong>Ngày 1/5, UBND xã họp.</strong> Sau đó</p>"),
    ("Theo: [Báo **Lào Cai**](https://baolaocai.vn/a_b?x=1&y=2#c).",
     '<p>Theo: <a href="https://baolaocai.vn/a_b?x=1&amp;y=2#c" rel="noopener noreferrer">Báo <strong>Lào Cai</strong>'
     "</a>.</p>"),
    ("> một\n> hai\n\n> ba\n\nbốn\n\n> năm", "<blockquote>\n<p>một\nhai</p>\n<p>ba</p>\n</blockquote>\n<p>bốn</p>"
     "\n<blockquote>\n<p>năm</p>\n</blockquote>"),
    ("Gồm:\n\n3. ba\n4. bốn", '<p>Gồm:</p>\n<ol start="3">\n<li>ba</li>\n<li>bốn</li>\n</ol>'),
    ("| Chỉ tiêu | Năm |\n|---|---|\n| a \\| b | **1** |\n| c |\n| d | 2 | 3 |",
     "<table>\n<thead>\n<tr>\n<th>Chỉ tiêu</th>\n<th>Năm</th>\n</tr>\n</thead>\n<tbody>\n"
     "<tr>\n<td>a | b</td>\n<td><strong>1</strong></td>\n</tr>\n<tr>\n<td>c</td>\n<td></td>\n</tr>\n"
     "<tr>\n<td>d</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>"),
])
def test_the_subset_by_example(body: str, html: str) -> None:
    assert subset_to_html(body) == html == python_markdown(body)


@pytest.mark.parametrize("body", [
    "<b>x</b>", "a | b", "```\nx\n```", "[liên kết](/tin/a/)", "![ảnh](https://a.vn/a.jpg)", "[a](https://a.vn \"t\")",
    "[a](<https://a.vn>)", "[a [b]](https://a.vn)", "[a](https://a.vn/(b))", "[a](https://a.vn/ả)", "a_b_", "`mã`",
    "# Một", "### Ba", "## a #", "- a\n\n- b", "1. a\n\n2. b", "- a\n\n1. b", "- a\nb", "1. a\n- b", "a\n- b",
    "a\n===", "> a\nb", ">a", "> # a", "> - a", "> a | b", "1) một", "* một", "a *b", "a &eacute; b", "&#65;",
    "    mã", "a  \nb", "a\tb", "a\xa0b", "*a\\*", "** a**", "a \\\\| b", "&\\#65;", "*a**a*", "a*b*", "(*a*)",
    "| a | b |\n|---|---|", "| a |\n|---|\n| b |", "| a | b |\n|:--|---|\n| c | d |", "| a | b |\n|---|\n| c | d |",
    "a | b\n--|--\nc | d", "| a | b |\n|---|---|\n| c | d", "x\n| a | b |\n|---|---|\n| c | d |",
])
def test_anything_else_goes_to_python_markdown(body: str) -> None:
    assert same_or_none(body) is None


def test_the_subset_uses_the_converter_without_extensions() -> None:
    """Bodies with extension syntax (`|`, fences) go to the full converter: the subset never has them."""
    assert subset_to_html("a | b") is None and subset_to_html("~~~\nx\n~~~") is None
    assert set(_converter(False).ESCAPED_CHARS) == set("\\`*_{}[]()>#+-.!")


WORDS = ["Sa Pa", "Đảng bộ", "UBND", "x", "2024", "(đạt 106%)", "31/5/2019", "–", "…", "“trích”", "Ủy viên", "ng",
         "&", "&lt;", "&gt;", "&amp;", ">", "&amp;lt;", "AT&T", "&x", "\\", "\\\\", "\\1.", "\\*", "\\_", "\\#", "\\-",
         "\\>", "\\[", "\\]", "\\`", "\\.", "\\!", "\\(", "\\)", "\\{", "\\}", "\\+", "\\&", "\\&lt;", "\\a", "#", "-",
         "+", "=", "1.", "2)", ".", ",", "!", "ǅ", "ﬁ", "\U0001f600", "'", '"']
NOISE = ["*", "**", "_", "[", "]", "|", "\\|", "<", "\xa0", "\t", "  ", "(", ")", "!", "](", "[a](https://a.vn)"]
URLS = ["https://a.vn", "http://baolaocai.vn/tin-tuc/bai_1.html", "https://a.vn/?x=1&y=2#z", "https://a.vn/&copy=1",
        "https://a.vn/&amp;", "https://a.vn/&lt;", "https://a.vn/&lt", "https://a.vn/&amp", "https://a.vn/&#65;",
        "https://a.vn/%20;:@!$+,=~", "/tin/a/", "https://a.vn/(a)",
        "https://a.vn/*a*", "https://a.vn a", "mailto:a@b.vn", "javascript:x", "https://"]
letters = st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zs", "Zl", "Zp"])
word = st.sampled_from(WORDS) | st.text(alphabet=letters, min_size=1, max_size=3)
noisy_word = word | st.sampled_from(NOISE)
link = st.tuples(st.sampled_from(["", "", "!", "\\"]), st.lists(word, min_size=1, max_size=3).map(" ".join),
                 st.sampled_from(URLS)).map(lambda p: f"{p[0]}[{p[1]}]({p[2]})")
line = st.lists(word | link, min_size=1, max_size=8).map(" ".join)
span = st.tuples(st.sampled_from(["", "", "*", "**"]), line, st.sampled_from(["", "", ",", ".", ":"])).map(
    lambda p: f"{p[0]}{p[1]}{p[0]}{p[2]}")
inline = st.lists(span, min_size=1, max_size=4).map(" ".join) | st.lists(noisy_word, min_size=1, max_size=8).map(
    "".join)
paragraph = st.lists(inline, min_size=1, max_size=3).map("\n".join)
cell = st.sampled_from(["", " ", "x", "**x**", "a \\| b", "1.000", "\\\\", "[a](https://a.vn)", "*", "-", ":"]) | word
row = st.lists(cell, min_size=1, max_size=4).map(lambda cells: "|" + "|".join(f" {c} " for c in cells) + "|")
separator = st.lists(st.sampled_from(["---", " --- ", "-", ":--", "--:", ""]), min_size=1, max_size=4).map(
    lambda cells: "|" + "|".join(cells) + "|")
table = st.tuples(row, separator, st.lists(row, max_size=3)).map(lambda p: "\n".join([p[0], p[1], *p[2]]))
number = st.sampled_from(["1", "1", "2", "10", "01", "0"])
block = st.one_of(paragraph, inline.map(lambda t: f"## {t}"), inline.map(lambda t: f"*{t}*"),
                  st.lists(inline, min_size=1, max_size=4).map(lambda items: "\n".join(f"- {i}" for i in items)),
                  st.tuples(number, st.lists(inline, min_size=1, max_size=4)).map(
                      lambda p: "\n".join(f"{p[0] if n == 0 else n + 1}. {i}" for n, i in enumerate(p[1]))),
                  st.lists(inline, min_size=1, max_size=3).map(lambda lines: "\n".join(f"> {i}" for i in lines)),
                  table)
body = st.tuples(st.lists(block, min_size=1, max_size=6), st.sampled_from(["\n\n", "\n\n\n"]),
                 st.sampled_from(["", "\n", "\n\n"])).map(lambda p: p[2] + p[1].join(p[0]) + p[2])


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body)
def test_subset_like_text_converts_to_the_same_bytes_or_falls_back(text: str) -> None:
    same_or_none(text)


# What editors write (issue 15): bold leads, links, quotes in a row, numbered lists, tables; mostly in the subset.
clean_word = st.sampled_from([w for w in WORDS if "\\" not in w and w not in ("&", "#", "-", "+", "=", "1.", "2)")])
good_link = st.tuples(st.lists(clean_word, min_size=1, max_size=3).map(" ".join), st.sampled_from(URLS[:7])).map(
    lambda p: f"[{p[0]}]({p[1]})")
clean_line = st.lists(clean_word | good_link, min_size=1, max_size=6).map(" ".join)
clean_span = st.tuples(st.sampled_from(["", "", "**", "*"]), clean_line).map(lambda p: f"{p[0]}{p[1]}{p[0]}")
clean_text = st.lists(clean_span, min_size=1, max_size=3).map(" ".join)
clean_cell = st.sampled_from(["", "x", "**x**", "a \\| b", "1.000", "[a](https://a.vn)", "-", "#", "1."]) | clean_word
clean_row = st.lists(clean_cell, min_size=2, max_size=4).map(lambda cells: "| " + " | ".join(cells) + " |")
dashes = st.sampled_from(["---", " --- ", "-"])
clean_table = st.tuples(clean_row, dashes, st.lists(clean_row, min_size=1, max_size=3)).map(
    lambda p: "\n".join([p[0], "|" + "|".join([p[1]] * (p[0].count(" | ") + 1)) + "|", *p[2]]))
clean_items = st.lists(clean_text, min_size=1, max_size=4)
editor_block = st.one_of(
    clean_text, clean_text.map(lambda t: f"## {t}"), clean_items.map(lambda items: "\n".join(f"- {i}" for i in items)),
    st.tuples(number, clean_items).map(
        lambda p: "\n".join(f"{p[0] if n == 0 else n + 1}. {i}" for n, i in enumerate(p[1]))),
    clean_items.map(lambda lines: "\n".join(f"> {i}" for i in lines)), clean_table)
editor_body = st.lists(editor_block, min_size=1, max_size=6).map("\n\n".join)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(editor_body)
def test_editor_like_text_converts_to_the_same_bytes_or_falls_back(text: str) -> None:
    same_or_none(text)


signs = st.text(alphabet=st.sampled_from("ab \n\\*_#->&;<lt1.!`[]|~():/"), max_size=60)
tokens = st.lists(st.sampled_from(["a", "b", " ", "\n", "\n\n", "- ", "## ", "*", "**", "\\", "&", "&lt;", "&#", ";",
                                   "\\|", "_", "#", "1.", "2. ", ">", "> ", ",", "(", ")", "[", "](", "https://a.vn",
                                   "|", "| ", " |", "|---|---|", "\n|"]), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(signs)
def test_any_text_of_markdown_signs_converts_to_the_same_bytes_or_falls_back(text: str) -> None:
    same_or_none(text)


@settings(max_examples=300, deadline=None)
@given(tokens)
def test_any_run_of_markdown_tokens_converts_to_the_same_bytes_or_falls_back(text: str) -> None:
    same_or_none(text)
