"""The second corpus: the same articles, their bodies marked up the way editors write (issue 15).

`generate.py --corpus edited` passes every body through `decorate`: a bold lead, a source link,
block quotes, numbered lists beside the bullet lists, and, in some articles, a table of results.
Deterministic: the decoration of article i depends only on the seed and i (its own random
stream, so the plain corpus stays exactly as it was).
"""

from __future__ import annotations

import random
import re

import vocab

CORPORA = ("plain", "edited")
_SENTENCE_END = re.compile(r"(?<=[.!?]) (?=[A-ZĐÀ-Ỹ])")
INDICATORS = ("Tổng thu ngân sách (tỷ đồng)", "Thu nhập bình quân (triệu đồng/người/năm)", "Tỷ lệ hộ nghèo (%)",
              "Km đường giao thông nông thôn", "Số xã đạt chuẩn nông thôn mới", "Diện tích trồng rừng mới (ha)",
              "Tỷ lệ trẻ em trong độ tuổi đến trường (%)", "Số doanh nghiệp thành lập mới")
LINK_WORDS = ("Xem thêm", "Theo", "Nguồn", "Chi tiết tại")


def rng_for(seed: int, i: int) -> random.Random:
    return random.Random(seed * 7_000_009 + i + 17)


def bold_lead(first: str) -> str:
    """`**First sentence.** the rest`: what a news lead looks like in an editor's hands."""
    parts = _SENTENCE_END.split(first, maxsplit=1)
    return f"**{parts[0]}**" + (f" {parts[1]}" if len(parts) > 1 else "")


def link(rng: random.Random, i: int) -> str:
    host = rng.choice(vocab.SOURCES)
    return f"{rng.choice(LINK_WORDS)}: [{host}](https://{host}/tin-tuc/bai-{i + 1:05d}.html)"


def numbered(block: str) -> str:
    """A bullet list made a numbered one (the lead-in paragraph, if any, kept)."""
    head, sep, items = block.rpartition("\n\n")
    lines = [line[2:] for line in items.split("\n")]
    listed = "\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1))
    return f"{head}{sep}{listed}"


def quote(text: str, rng: random.Random) -> str:
    """A block quote: a paragraph, sometimes on two lines."""
    words = text.split(" ")
    if rng.random() < 0.3 and len(words) > 12:
        half = len(words) // 2
        return f"> {' '.join(words[:half])}\n> {' '.join(words[half:])}"
    return f"> {text}"


def table(rng: random.Random, year: int) -> str:
    rows = rng.sample(INDICATORS, rng.randint(3, 5))
    lines = [f"| Chỉ tiêu | Năm {year - 1} | Năm {year} |", "|---|---|---|"]
    for row in rows:
        before = rng.randint(20, 2000)
        lines.append(f"| {row} | {before} | {before + rng.randint(-10, 200)} |")
    return "\n".join(lines)


def decorate(parts: list[str], seed: int, i: int, year: int) -> list[str]:
    """The body's blocks as an editor leaves them; parts[0] is the lead, parts[1] the attendance."""
    rng = rng_for(seed, i)
    out = [bold_lead(parts[0]), parts[1]]
    for block in parts[2:]:
        draw = rng.random()
        if block.rpartition("\n\n")[2].startswith("- ") and draw < 0.5:
            block = numbered(block)
        elif not block.startswith(("## ", "- ")) and "\n" not in block and draw < 0.12:
            block = quote(block, rng)
        out.append(block)
    if rng.random() < 0.4:
        out.insert(min(len(out), rng.randint(3, 6)), table(rng, year))
    if rng.random() < 0.7:
        out.append(link(rng, i))
    return out
