"""Script injection through seeds and edited Markdown never reaches the built site (static check)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parent.parent
MARK = "XSSMARK"
PAYLOADS = [
    f"<script>window.{MARK}=1</script>",
    f'<img src=x onerror="window.{MARK}=1">',
    f'<svg onload="window.{MARK}=1"><circle r="1"/></svg>',
    f'<iframe src="javascript:window.{MARK}=1"></iframe>',
    f'<a href="javascript:window.{MARK}=1">bấm</a>',
    f'<a href="data:text/html,<script>window.{MARK}=1</script>">dữ liệu</a>',
    f'<object data="javascript:window.{MARK}=1"></object>',
    f'<div style="background:url(javascript:window.{MARK}=1)" onmouseover="window.{MARK}=1">x</div>',
]
MARKDOWN_PAYLOADS = [
    f"[bấm vào](javascript:window.{MARK}=1)",
    f"![ảnh](data:image/svg+xml,<svg onload=window.{MARK}=1>)",
    f"<javascript:window.{MARK}=1>",
    f'[x](<javascript:window.{MARK}=1> "tiêu đề")',
]
EVERYTHING = " ".join(PAYLOADS)


def _seed() -> str:
    return (
        f"Hội nghị Ban Chấp hành Đảng bộ huyện {PAYLOADS[0]} lần thứ 9\n\n"
        f"Sáng ngày 12/5/2024, Huyện ủy tổ chức hội nghị. Chủ trì có đồng chí Lò Văn Thủy{PAYLOADS[1]}, "
        f"Bí thư Huyện ủy {PAYLOADS[2]}, Chủ tịch HĐND huyện.\n\n{EVERYTHING}\n\n"
        f"Hội nghị đã thống nhất các giải pháp phát triển kinh tế - xã hội {PAYLOADS[4]}.\n\n"
        f"Theo {PAYLOADS[5]}\n\nHoài Thương {PAYLOADS[3]}\n"
    )


def _article() -> str:
    quoted = EVERYTHING.replace("\\", "\\\\").replace('"', '\\"')
    return (
        "---\n"
        f'title: "Tiêu đề {quoted}"\n'
        "date: 2024-05-12\n"
        f'locality: {{name: "Mường {quoted}", level: huyện, province: "Lai {quoted}"}}\n'
        "officials:\n"
        f'  - name: "Lò Văn Thủy {quoted}"\n'
        f'    roles: ["Bí thư {quoted}", "Chủ tịch HĐND huyện"]\n'
        f'author: "Tác giả {quoted}"\n'
        f'source: "javascript:window.{MARK}=1"\n'
        f'summary: "Tóm tắt {quoted}"\n'
        f'review: {{title: {{why: "lý do {quoted}", text: "chữ {quoted}", value: "x"}}}}\n'
        "---\n\n"
        f"Đoạn mở đầu {EVERYTHING}\n\n" + "\n\n".join(MARKDOWN_PAYLOADS) + "\n"
    )


class Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("iframe", "object", "embed", "frame", "frameset", "base"):
            self.problems.append(f"<{tag}>")
        self._in_script = tag == "script"
        for key, value in attrs:
            text = (value or "").strip().lower().replace("\x00", "")
            if key.startswith("on"):
                self.problems.append(f"{tag} {key}=")
            if key in ("href", "src", "action", "formaction", "data", "xlink:href") and re.match(
                r"^\s*(javascript|data|vbscript):", text
            ):
                self.problems.append(f"{tag} {key}={text[:40]}")
            if key == "style" and "javascript:" in text:
                self.problems.append(f"{tag} style=")

    def handle_data(self, data: str) -> None:
        if self._in_script and MARK in data:
            self.problems.append("injected <script> content")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "seeds").mkdir()
    (root / "content").mkdir()
    (root / "seeds" / "doc-hai.txt").write_text(_seed(), encoding="utf-8")
    (root / "content" / "bai-sua-tay.md").write_text(_article(), encoding="utf-8")
    site = (ROOT / "tests/fixtures/site/site.yaml").read_text(encoding="utf-8")
    (root / "site.yaml").write_text(f"{site}\ntemplates_dir: {ROOT / 'templates'}\n", encoding="utf-8")
    shutil.copy(ROOT / "content" / sorted(p.name for p in (ROOT / "content").glob("*.md"))[0], root / "content")
    done = subprocess.run([sys.executable, str(ROOT / "build.py"), "--root", str(root)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return root / "output"


def test_payloads_reached_the_pipeline(hostile_site: Path) -> None:
    texts = "".join(p.read_text(encoding="utf-8") for p in hostile_site.rglob("*.html"))
    assert MARK in texts  # the words are still shown, as text
    assert len(list(hostile_site.glob("tin/*/index.html"))) == 3


def test_no_event_handlers_scripts_or_dangerous_urls_in_any_page(hostile_site: Path) -> None:
    found = {}
    for page in sorted(hostile_site.rglob("*.html")):
        scan = Scan()
        scan.feed(page.read_text(encoding="utf-8"))
        if scan.problems:
            found[page.relative_to(hostile_site).as_posix()] = sorted(set(scan.problems))
    assert found == {}


def test_feeds_carry_payloads_only_as_safe_html(hostile_site: Path) -> None:
    """Feed readers render an entry's HTML: it must be as clean as the pages."""
    reached = False
    for path in sorted(hostile_site.rglob("*.xml")):
        for element in ElementTree.parse(path).iter():
            href = (element.get("href") or "").strip().lower()
            assert not href.startswith(("javascript:", "data:")), (path, href)
            if element.get("type") in ("html", "xhtml") and element.text:
                scan = Scan()
                scan.feed(element.text)
                assert scan.problems == [], (path, scan.problems)
            elif MARK in (element.text or ""):
                reached = True  # plain text in a text construct: a reader shows it, never runs it
                assert element.get("type") in (None, "text"), (path, element.tag)
    assert reached
