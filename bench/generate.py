#!/usr/bin/env python3
"""Generate N realistic articles in the project's front-matter contract (DESIGN.md).

    python bench/generate.py 10000 bench/work/corpus-10000 [--seed 1] [--clean]

Bodies recombine the paragraphs of the project's own seeds (seeds/*.txt, furniture lines
dropped), about 10 KB of Markdown per article. 60 real localities, 1,500 invented officials
with roles from a realistic title vocabulary, dates over 2015-2026 with a few month-only and
undated ones. Article i depends only on (seed, i), so the 1,000 corpus is a prefix of the
10,000 one. Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import edited
import vocab

ROOT = Path(__file__).resolve().parent.parent
OFFICIALS_PER_LOCALITY = 25  # 60 localities -> 1,500 officials
FIRST_DAY, LAST_DAY = dt.date(2015, 1, 1), dt.date(2026, 12, 31)
FURNITURE = ("PublishingPortal", "Designed by", "IMG_", "Đăng nhập", "Thống kê truy cập", "Tăng cỡ chữ")


def fold_slug(text: str) -> str:
    """ASCII slug as python-slugify makes it for Vietnamese: `Thị xã Sa Pa` -> `thi-xa-sa-pa`."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def q(value: str | None) -> str:
    """A YAML scalar: null, or a double-quoted string (JSON strings are valid YAML)."""
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Locality:
    level: str
    name: str
    province: str

    @property
    def label(self) -> str:
        return f"{self.level} {self.name}"


@dataclass(frozen=True)
class Official:
    name: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Pool:
    paragraphs: tuple[tuple[str, str], ...]  # (seed file, paragraph)
    headings: tuple[str, ...]


def read_seeds(seeds: Path) -> Pool:
    """Paragraphs (lines of 120+ characters) and subheadings (shorter lines that read like one)."""
    paragraphs: list[tuple[str, str]] = []
    headings: list[str] = []
    seen: set[str] = set()
    for path in sorted(seeds.glob("*.txt")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = unicodedata.normalize("NFC", " ".join(raw.split()))
            if not line or line in seen or any(f in line for f in FURNITURE) or line.startswith(("•", "(")):
                continue
            seen.add(line)
            if len(line) >= 120:
                paragraphs.append((path.name, line))
            elif 30 <= len(line) < 100 and not line.endswith((".", ":")) and not line.startswith("Đồng chí"):
                headings.append(line)
    if not paragraphs:
        raise SystemExit(f"no paragraphs found in {seeds}/*.txt")
    return Pool(tuple(paragraphs), tuple(headings) or ("Kết quả nổi bật",))


def is_province(loc: Locality) -> bool:
    """A tỉnh, or one of the cities governed like one (thành phố Hà Nội, not thành phố Lào Cai)."""
    return loc.level == "tỉnh" or (loc.level == "thành phố" and loc.name in vocab.CENTRAL_CITIES)


def person_name(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"{rng.choice(vocab.SURNAMES)} {rng.choice(vocab.MIDDLE_FEMALE)} {rng.choice(vocab.GIVEN_FEMALE)}"
    return f"{rng.choice(vocab.SURNAMES)} {rng.choice(vocab.MIDDLE_MALE)} {rng.choice(vocab.GIVEN_MALE)}"


def official_roles(rng: random.Random, loc: Locality) -> tuple[str, ...]:
    party, level = vocab.PARTY_COMMITTEE[loc.level], loc.level
    choices = vocab.MAIN_ROLES
    if is_province(loc):
        choices += vocab.PROVINCE_ROLES
    elif level in ("thành phố", "thị xã", "huyện", "quận"):
        choices += vocab.DISTRICT_ROLES
    main = rng.choice(choices).format(P=party, S=level)
    if rng.random() < 0.04:
        main = "nguyên " + main
    roles = [main]
    draw = rng.random()
    if draw < 0.35:
        roles.insert(0, rng.choice(vocab.STANDING_MEMBER).format(P=party))
    elif draw < 0.55:
        roles.insert(0, vocab.COMMITTEE_MEMBER[level])
    if rng.random() < 0.15:
        roles.append(rng.choice(vocab.MAIN_ROLES).format(P=party, S=level))
    return tuple(dict.fromkeys(roles))


def make_people(seed: int) -> tuple[list[Locality], dict[Locality, list[Official]], dict[Locality, Locality]]:
    rng = random.Random(seed)
    localities = [Locality(*row) for row in vocab.LOCALITIES]
    by_loc: dict[Locality, list[Official]] = {}
    folded: set[str] = set()
    for loc in localities:
        people = []
        while len(people) < OFFICIALS_PER_LOCALITY:
            name = person_name(rng)
            if fold_slug(name) not in folded:  # one page per person: no two names with one slug
                folded.add(fold_slug(name))
                people.append(Official(name, official_roles(rng, loc)))
        by_loc[loc] = people
    tops = {loc.province: loc for loc in localities if is_province(loc)}
    parent = {loc: tops.get(loc.province, loc) for loc in localities}
    return localities, by_loc, parent


class Generator:
    def __init__(self, seed: int, pool: Pool, corpus: str = "plain") -> None:
        self.seed, self.pool, self.edited = seed, pool, corpus == "edited"
        self.localities, self.officials, self.parent = make_people(seed)
        order = list(self.localities)
        random.Random(seed + 1).shuffle(order)  # a few big localities, a long tail
        self.weights = [1 / (order.index(loc) + 1) ** 0.7 for loc in self.localities]

    def article(self, i: int) -> tuple[str, str]:
        rng = random.Random(self.seed * 1_000_003 + i)
        loc = rng.choices(self.localities, self.weights)[0]
        people = self.pick_officials(rng, loc)
        day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
        draw = rng.random()
        date, review = day.isoformat(), {}
        if draw < 0.03:
            date, review = day.isoformat()[:7], {"date": "only the month is given in the text"}
        elif draw < 0.06:
            date, review = "null", {"date": "no date in the text"}
        title = self.title(rng, loc, people, day.year)
        slug = f"{fold_slug(title)[:60].rstrip('-')}-{i + 1:05d}"
        parts, seed_file = self.body(rng, loc, people, day)
        body = "\n\n".join(edited.decorate(parts, self.seed, i, day.year) if self.edited else parts)
        author = rng.choice(vocab.AUTHORS) if rng.random() < 0.85 else None
        if author and rng.random() < 0.05:
            review["author"] = "byline taken from the last line"
        source = rng.choice(vocab.SOURCES) if rng.random() < 0.2 else None
        lines = ["---", f"title: {q(title)}", f"date: {date}", "locality:", f"  name: {q(loc.name)}",
                 f"  level: {q(loc.level)}", f"  province: {q(loc.province)}", "officials:"]
        for person in people:
            lines += [f"  - name: {q(person.name)}", f"    roles: [{', '.join(q(r) for r in person.roles)}]"]
        lines += [f"author: {q(author)}", f"source: {q(source)}", f"seed: {q(seed_file)}"]
        lines += ["review:", *(f"  {k}: {q(v)}" for k, v in review.items())] if review else ["review: {}"]
        return slug, "\n".join([*lines, "---", "", body, ""])

    def pick_officials(self, rng: random.Random, loc: Locality) -> list[Official]:
        count = rng.choices((1, 2, 3, 4, 5, 6), (8, 18, 26, 24, 15, 9))[0]
        chosen: dict[str, Official] = {}
        while len(chosen) < count:
            home = loc if rng.random() < 0.75 else self.parent[loc]
            person = rng.choice(self.officials[home])
            chosen.setdefault(person.name, person)
        return list(chosen.values())

    def title(self, rng: random.Random, loc: Locality, people: list[Official], year: int) -> str:
        return rng.choice(vocab.TITLES).format(
            loc=loc.label, Loc=loc.label[0].upper() + loc.label[1:], prov=loc.province, year=year,
            n=rng.randint(2, 30), roman=rng.choice(vocab.ROMAN), q=rng.choice(("I", "II", "III", "IV")),
            who=people[0].name)

    def body(self, rng: random.Random, loc: Locality, people: list[Official], day: dt.date) -> tuple[list[str], str]:
        """The body's blocks (a list with its lead-in paragraph is one), and the seed file of its lead."""
        paragraphs = self.pool.paragraphs
        first_index = rng.randrange(len(paragraphs))
        first_seed, first = paragraphs[first_index]
        body = "Đảng bộ" if rng.random() < 0.5 else "UBND"
        parts = [f"Ngày {day.day}/{day.month}/{day.year}, {body} {loc.label} {rng.choice(vocab.EVENTS)}. {first}"]
        mentions = "; ".join(f"đồng chí {p.name}, {', '.join(p.roles)}" for p in people)
        parts.append(f"{rng.choice(vocab.OPENERS)} {mentions}.")
        target, size = rng.randint(5800, 11200), sum(len(p.encode()) for p in parts)
        order = [index for index in rng.sample(range(len(paragraphs)), len(paragraphs)) if index != first_index]
        for index in order * 3:
            if size >= target:
                break
            text = paragraphs[index][1]
            if rng.random() < 0.2:
                parts.append("## " + rng.choice(self.pool.headings))
            items = [s.strip() for s in text.split(";")]
            if len(items) >= 3 and rng.random() < 0.3:
                text = items[0] + ":\n\n" + "\n".join(f"- {item}" for item in items[1:] if item)
            elif rng.random() < 0.1:
                text = text.replace(loc.name, f"**{loc.name}**", 1)
            parts.append(text)
            size += len(text.encode()) + 2
        return parts, first_seed


def generate(count: int, out: Path, seed: int = 1, clean: bool = False, seeds: Path = ROOT / "seeds",
             corpus: str = "plain") -> int:
    """Write `count` articles into `out`; returns the bytes written. `corpus`: plain or edited (edited.py)."""
    if out.exists() and any(out.iterdir()):
        if not clean:
            raise SystemExit(f"{out} is not empty; pass --clean to replace its articles")
        for old in out.glob("*.md"):
            old.unlink()
    out.mkdir(parents=True, exist_ok=True)
    gen, total = Generator(seed, read_seeds(seeds), corpus), 0
    for i in range(count):
        slug, text = gen.article(i)
        data = text.encode("utf-8")
        (out / f"{slug}.md").write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many articles")
    parser.add_argument("out", type=Path, help="folder to write <slug>.md files into")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="folder of seed .txt files")
    parser.add_argument("--clean", action="store_true", help="delete the *.md already in OUT first")
    parser.add_argument("--corpus", choices=edited.CORPORA, default="plain",
                        help="plain: the Markdown ingest writes; edited: what editors add (bold leads, links, quotes, "
                             "numbered lists, tables)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    total = generate(args.count, args.out, args.seed, args.clean, args.seeds, args.corpus)
    print(f"{args.count} articles, {total / 1e6:.1f} MB in {args.out} ({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
