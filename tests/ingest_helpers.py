"""Running the real ingest command on folders of seeds, for the ingest tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bantin import frontmatter
from bantin.ingest.extract import Extraction, extract
from bantin.ingest.officials import mentions_in

ROOT = Path(__file__).resolve().parent.parent


def run_ingest(seeds: Path, content: Path, *extra: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python build.py ingest --seeds … --content …` in a project folder (a temporary one by default)."""
    command = [
        sys.executable,
        str(ROOT / "build.py"),
        "--root",
        str(cwd or seeds.parent),
        "ingest",
        "--seeds",
        str(seeds),
        "--content",
        str(content),
        *extra,
    ]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


def articles(content: Path) -> dict[str, dict]:
    """Front matter of every article, keyed by the seed file it came from."""
    found = {}
    for path in sorted(content.glob("*.md")):
        data = frontmatter.parse(path.read_text(encoding="utf-8")).data
        found[data["seed"]] = {**data, "_path": path}
    return found


def body(path: Path) -> str:
    return frontmatter.parse(path.read_text(encoding="utf-8")).body


FILLER = "Đoàn đã trao đổi, lắng nghe ý kiến của bà con về đường giao thông, trường học và nước sạch. "


def roles_in(sentence: str, headline: str = "Hội nghị tổng kết công tác năm 2025") -> dict[str, tuple[str, ...]]:
    """The officials a lead dated `Sáng 5/3/2025` and made of `sentence` gives, with their roles."""
    page = f"{headline}\n\nSáng 5/3/2025, {sentence}. {FILLER * 3}"
    return {person.name: person.roles for person in extract(page).officials}


def mentioned(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each person one paragraph names, in order, with the roles written around the name."""
    return [(m.name, m.roles) for m in mentions_in(text)]


def locality_of(headline: str, lead: str) -> tuple[str | None, str | None, str]:
    """(level, name, review) of the locality read from a page of a headline, a lead and filler."""
    found = extract(f"{headline}\n\n{lead}\n\n" + FILLER * 3).locality
    return found.value.level, found.value.name, found.review


CLOSING = "Các đại biểu đã thảo luận, thống nhất các nội dung trọng tâm trong thời gian tới./."


def extract_page(*blocks: str) -> Extraction:
    """What the extractor reads from a page of these blocks (headline, lead, …) and a closing paragraph."""
    return extract("\n\n".join([*blocks, CLOSING]) + "\n")


def headline_withheld(page: str) -> bool:
    """Whether the extractor gives the page no headline, or only a proposal flagged for the editor."""
    title = extract(page).title
    return title.value is None or bool(title.review)
