"""`python build.py check`: every problem with file:line, the review queue, name variants."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

from bantin.check import one_edit_apart, run_check
from tests.site_helpers import CONTENT, build, settings_for

ITEM = """---
title: "Hội nghị giao ban tháng {n}"
date: {date}
locality: {{name: Bắc Hà, level: huyện, province: Lào Cai}}
officials:
  - name: {name}
    roles: ["Bí thư Huyện ủy"]
review:
  date:
    why: "year inferred from the page"
    text: "ngày 5/3"
    value: "2024-03-05"
---

Nội dung hội nghị tháng {n}.
"""


def check(settings) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    out, err = io.StringIO(), io.StringIO()
    status = run_check(settings, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def content_with(tmp_path: Path, **files: str) -> Path:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    for name, text in files.items():
        (content / f"{name}.md").write_text(text, encoding="utf-8")
    return content


def test_every_problem_is_reported_with_file_and_line(tmp_path: Path) -> None:
    content = content_with(
        tmp_path,
        ngay_sai='---\ntitle: "Ngày sai"\ndate: 2024-02-31\nlocality: {name: X, level: làng}\n---\n\nx\n',
        khong_yaml="---\ntitle: [không đóng\n---\n\nx\n",
        thieu_tieu_de="---\ndate: 2024-01-01\nofficials: 3\n---\n\nx\n",
    )
    status, out, err = check(settings_for(tmp_path / "proj", content=content))
    assert status == 1
    assert re.search(r"^content/ngay_sai\.md:3: date \"2024-02-31\" is not a date", err, re.M), err
    assert re.search(r"^content/ngay_sai\.md:4: locality\.level \"làng\" is not a level", err, re.M), err
    assert re.search(r"^content/khong_yaml\.md:\d+: YAML does not parse", err, re.M), err
    assert re.search(r"^content/thieu_tieu_de\.md:1: title is missing", err, re.M), err
    assert re.search(r"^content/thieu_tieu_de\.md:3: officials must be a list", err, re.M), err
    assert "4 error(s)" in out or "5 error(s)" in out


def test_clean_content_passes(tmp_path: Path) -> None:
    status, out, _ = check(settings_for(tmp_path))
    assert status == 0 and "0 error(s)" in out


def test_review_queue_matches_the_review_page_and_empties_as_fields_are_fixed(tmp_path: Path) -> None:
    item = ITEM.format(n=3, date="2024-03-05", name="Lý Seo Dình")
    content = content_with(tmp_path, giao_ban=item)
    settings = settings_for(tmp_path / "proj", content=content)
    _, out, _ = check(settings)
    assert "content/giao_ban.md: date: year inferred from the page — từ “ngày 5/3” (ingest đã ghi: 2024-03-05)" in out
    assert "content/xa-khong-ro-ngay.md: date: no date in the text" in out
    listed = re.findall(r"^  (content/[^:]+): (\w+):", out, re.M)
    page = build(settings).page("bien-tap/index.html")
    shown = re.findall(r"<code>(content/[^<]+)</code>", page)
    assert sorted({path for path, _ in listed}) == sorted(shown)
    assert page.count('<span class="field">') == len(listed)

    (content / "giao_ban.md").write_text(item.replace("date: 2024-03-05", "date: 2023-03-05"), encoding="utf-8")
    _, out, _ = check(settings)
    assert "giao_ban" not in out  # the editor fixed the date: the item is done
    assert "giao_ban" not in build(settings).page("bien-tap/index.html")
    text = (content / "xa-khong-ro-ngay.md").read_text(encoding="utf-8")
    (content / "xa-khong-ro-ngay.md").write_text(re.sub(r"review:\n  date: .*\n", "", text), encoding="utf-8")
    _, out, _ = check(settings)
    assert "xa-khong-ro-ngay" not in out  # removed from review: done


def test_names_that_look_like_one_person_get_an_alias_suggestion(tmp_path: Path) -> None:
    content = content_with(tmp_path, a=ITEM.format(n=1, date="2024-01-05", name="Lý Seo Dình"),
                           b=ITEM.format(n=2, date="2024-02-05", name="Lý Seo Dình"),
                           c=ITEM.format(n=3, date="2024-03-05", name="Ly Seo Dinh"),
                           d=ITEM.format(n=4, date="2024-04-05", name="Lý Seo Dỉnh"))
    status, _, err = check(settings_for(tmp_path / "proj", content=content))
    assert status == 0
    assert "official_aliases: Lý Seo Dình: [Ly Seo Dinh]" in err
    assert "cùng chữ khi bỏ dấu" in err
    assert not re.search(r"“Lý Seo Dình” .* “Lý Seo Dình”", err)


def test_one_edit_apart() -> None:
    assert one_edit_apart("tuấn", "tuân") and one_edit_apart("an", "anh") and one_edit_apart("anh", "an")
    assert not one_edit_apart("ab", "ba") and not one_edit_apart("an", "an") and not one_edit_apart("a", "abc")
