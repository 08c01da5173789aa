"""Property-based tests: arbitrary text, bytes and YAML never crash a stage; every failure is a message."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bantin import frontmatter
from bantin.content import read_article
from bantin.ingest.decode import SeedRefused, decode
from bantin.ingest.extract import extract, front_matter

VIETNAMESE = (
    "Đđăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "\u0300\u0301\u0309\u0303\u0323"
)
GENRE_WORDS = (
    "Đồng chí", "Nguyễn Văn An", "Bí thư Huyện ủy", "Tỉnh uỷ", "UBND", "HĐND huyện", "xã", "thị xã Sa Pa", "tỉnh",
    "Sáng 12/3", "ngày 4-4-2022", "năm 2023", ",", ";", " - ", ":", "Ảnh:", "Theo",
    "các đồng chí Ủy viên Ban Thường vụ:",
    "nhiệm kỳ 2020-2025", "được bầu giữ chức", "(", ")", "Kỳ họp thứ nhất", "\n", "\n\n", "anh tin bai", "IMG_1.JPG",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "---", "title: x", "&amp;",
)
text_like = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(list(VIETNAMESE + "\n\t\r\x00\x1b\u200b\ufeff")),
            max_size=600),
    st.lists(st.sampled_from(GENRE_WORDS), max_size=120).map(" ".join),
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(text_like)
def test_extraction_never_crashes_and_round_trips(text: str) -> None:
    result = extract(text)
    data = front_matter(result, "seed.txt", "0" * 64)
    written = frontmatter.dump(data, result.body)
    assert frontmatter.parse(written).data == data
    assert written == unicodedata.normalize("NFC", written)


@FAST
@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_are_refused_with_a_reason(raw: bytes) -> None:
    try:
        text, _ = decode(raw)
    except SeedRefused as refused:
        assert str(refused)
    else:
        assert text == unicodedata.normalize("NFC", text) and "\x00" not in text


@FAST
@given(st.text(max_size=400), st.text(max_size=200))
def test_any_front_matter_parses_or_names_its_line(yaml_text: str, body: str) -> None:
    try:
        parsed = frontmatter.parse(f"---\n{yaml_text}\n---\n{body}")
    except frontmatter.FrontMatterError as err:
        assert err.line >= 1 and err.message
    else:
        assert isinstance(parsed.data, dict)


@FAST
@given(st.binary(max_size=2000))
def test_any_content_file_gives_an_article_or_located_problems(tmp_path_factory, raw: bytes) -> None:
    folder = tmp_path_factory.mktemp("content")
    path = folder / "bai.md"
    path.write_bytes(raw)
    article, problems = read_article(path, folder)
    assert article is not None or problems
    for problem in problems:
        assert str(problem).startswith(f"{folder.name}/bai.md:")


def _read(tmp_path: Path, text: str):
    path = tmp_path / "bai.md"
    path.write_text(text, encoding="utf-8")
    return read_article(path, tmp_path)


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)
    ) + "title: x\n---\nbody\n"
    article, problems = _read(tmp_path, bomb)
    assert article is None and "aliases" in problems[0].message


def test_python_tags_are_refused(tmp_path: Path) -> None:
    article, problems = _read(tmp_path, "---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\nx\n")
    assert article is None and problems[0].line == 2
    assert not (tmp_path / "pwned").exists()


def test_ten_megabyte_value_is_refused_without_reading_it_into_yaml(tmp_path: Path) -> None:
    article, problems = _read(tmp_path, "---\ntitle: " + "x" * 10_000_000 + "\n---\nbody\n")
    assert article is None and ("MiB" in problems[0].message or "KiB" in problems[0].message)


def test_slug_that_climbs_out_is_neutralised(tmp_path: Path) -> None:
    for slug in ("../../etc/passwd", "/etc/passwd", "..", "a/../../b"):
        article, _ = _read(tmp_path, f'---\ntitle: Hội nghị\nslug: "{slug}"\n---\nbody\n')
        assert article is not None
        assert "/" not in article.slug and ".." not in article.slug and article.slug
