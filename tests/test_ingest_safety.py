"""Bad seeds get one clear line and do not stop the others; editors' articles are never lost."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest
from ingest_helpers import articles, body, run_ingest

from bantin.ingest.decode import MAX_SEED_BYTES
from bantin.textnorm import TONE_MARKS

ARTICLE = (
    "Hội nghị Ban Chấp hành Đảng bộ huyện Mường Tè lần thứ 9\n\n"
    "Sáng ngày 12/5/2024, Huyện ủy Mường Tè tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9. "
    "Chủ trì hội nghị có đồng chí Lò Văn Thủy, Tỉnh ủy viên, Bí thư Huyện ủy.\n\n"
    "Hội nghị đã thảo luận và thống nhất các giải pháp phát triển kinh tế - xã hội những tháng cuối năm.\n\n"
    "Hoài Thương\n"
)


def windows_1258(text: str) -> bytes:
    """Windows-1258 writes base letters with their vowel marks, and tone marks as separate characters."""
    letters = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        letters.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS)) + tones)
    return "".join(letters).encode("cp1258")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    return tmp_path


def ingest(project: Path, *extra: str):
    return run_ingest(project / "seeds", project / "content", *extra)


@pytest.mark.parametrize(
    ("name", "encoded"),
    [
        ("utf16le.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")),
        ("utf16be.txt", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")),
        ("utf16-no-bom.txt", ARTICLE.encode("utf-16-le")),
        ("bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8")),
        ("cp1258.txt", windows_1258(ARTICLE)),
        ("nfd.txt", unicodedata.normalize("NFD", ARTICLE).encode("utf-8")),
    ],
)
def test_encodings_are_read_and_stored_nfc(project: Path, name: str, encoded: bytes) -> None:
    (project / "seeds" / name).write_bytes(encoded)
    done = ingest(project)
    assert done.returncode == 0, done.stderr
    article = articles(project / "content")[name]
    assert article["title"] == "Hội nghị Ban Chấp hành Đảng bộ huyện Mường Tè lần thứ 9"
    assert article["date"] == "2024-05-12"
    assert article["officials"] == [{"name": "Lò Văn Thủy", "roles": ["Tỉnh ủy viên", "Bí thư Huyện ủy"]}]
    text = article["_path"].read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", text) and "\ufeff" not in text


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n \n", "empty"),
        ("photo.txt", bytes(range(256)) * 40, "binary"),
        ("huge.txt", ARTICLE.encode() * (MAX_SEED_BYTES // len(ARTICLE.encode()) + 2), "limit"),
    ],
)
def test_bad_seed_is_named_and_the_others_still_go_through(project: Path, name: str, content: bytes, says: str) -> None:
    (project / "seeds" / name).write_bytes(content)
    (project / "seeds" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    done = ingest(project)
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if name in line]
    assert len(lines) == 1 and says in lines[0], done.stderr
    assert "Traceback" not in done.stderr
    assert list(articles(project / "content")) == ["good.txt"]


def test_files_that_are_not_txt_seeds_are_named_and_skipped(project: Path) -> None:
    """Gold files, notes or photos beside the seeds do not become articles."""
    (project / "seeds" / "a.TXT").write_text(ARTICLE, encoding="utf-8")
    (project / "seeds" / "a.yaml").write_text("title: Hội nghị\n", encoding="utf-8")
    (project / "seeds" / "notes.md").write_text(ARTICLE, encoding="utf-8")
    done = ingest(project)
    assert done.returncode == 0, done.stderr
    assert list(articles(project / "content")) == ["a.TXT"]
    for name in ("a.yaml", "notes.md"):
        assert [line for line in done.stderr.splitlines() if name in line and "not a .txt file" in line], done.stderr


def test_second_run_skips_ingested_seeds_and_keeps_edits(project: Path) -> None:
    (project / "seeds" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert ingest(project).returncode == 0
    path = articles(project / "content")["a.txt"]["_path"]
    edited = (
        path.read_text(encoding="utf-8")
        .replace("Lò Văn Thủy", "Lò Văn Thuỷ")
        .replace("Hội nghị đã", "Hội nghị đã chính thức")
    )
    path.write_text(edited, encoding="utf-8")
    again = ingest(project)
    assert again.returncode == 0 and "0 new article(s)" in again.stdout
    assert path.read_text(encoding="utf-8") == edited


def test_changed_seed_is_reported_and_its_article_untouched(project: Path) -> None:
    seed = project / "seeds" / "a.txt"
    seed.write_text(ARTICLE, encoding="utf-8")
    ingest(project)
    path = articles(project / "content")["a.txt"]["_path"]
    before = path.read_bytes()
    seed.write_text(ARTICLE.replace("thống nhất", "thống nhất cao"), encoding="utf-8")
    done = ingest(project)
    assert done.returncode == 0
    assert "seeds/a.txt: changed since it was ingested" in done.stderr and "--force" in done.stderr
    assert path.read_bytes() == before


def test_force_re_extracts_and_keeps_a_backup(project: Path) -> None:
    seed = project / "seeds" / "a.txt"
    seed.write_text(ARTICLE, encoding="utf-8")
    ingest(project)
    path = articles(project / "content")["a.txt"]["_path"]
    edited = path.read_text(encoding="utf-8") + "\nGhi chú của biên tập viên.\n"
    path.write_text(edited, encoding="utf-8")
    seed.write_text(ARTICLE.replace("thống nhất", "thống nhất cao"), encoding="utf-8")
    done = ingest(project, "--force")
    assert done.returncode == 0, done.stderr
    backups = sorted((project / "content" / ".backup").glob("*.md"))
    assert [b.read_text(encoding="utf-8") for b in backups] == [edited]
    assert "thống nhất cao" in body(path) and "Ghi chú" not in body(path)
    assert str(backups[0].relative_to(project)) in done.stderr
    assert list(articles(project / "content")) == ["a.txt"]  # backups are not articles


def test_two_seeds_with_the_same_text_make_one_article(project: Path) -> None:
    (project / "seeds" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "seeds" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    done = ingest(project)
    assert done.returncode == 0
    assert "seeds/b.txt: has the same text as seeds/a.txt" in done.stderr
    assert list(articles(project / "content")) == ["a.txt"]


def test_same_title_gets_its_own_file(project: Path) -> None:
    (project / "seeds" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "seeds" / "b.txt").write_text(ARTICLE.replace("thống nhất", "bàn"), encoding="utf-8")
    ingest(project)
    paths = sorted(a["_path"].name for a in articles(project / "content").values())
    assert len(paths) == 2 and paths[0] != paths[1]


def test_missing_seeds_folder_is_explained(tmp_path: Path) -> None:
    done = run_ingest(tmp_path / "nope", tmp_path / "content")
    assert done.returncode == 1 and "no seeds folder" in done.stderr


def test_huge_single_line_seed_goes_through(project: Path) -> None:
    line = "Sáng ngày 12/5/2024, đồng chí Lò Văn Thủy, Bí thư Huyện ủy Mường Tè, Chủ tịch UBND huyện phát biểu; "
    (project / "seeds" / "one-line.txt").write_text("Hội nghị cán bộ chủ chốt huyện\n" + line * 6000, encoding="utf-8")
    done = ingest(project)  # subprocess with a time limit: a quadratic rule would never finish
    assert done.returncode == 0, done.stderr
    article = articles(project / "content")["one-line.txt"]
    assert article["officials"][0]["name"] == "Lò Văn Thủy"
