"""`python build.py check`: validate every content file, list the review queue, spot name variants,
and see that the output folder holds what its manifest says.

Every problem is printed as `content/x.md:3: what is wrong; what to do`, all of them; the exit
status is 1 when any is an error, so the command can guard a deploy. Warnings (and the review
queue, and officials' names that look like spellings of one person) do not fail it.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TextIO

from .config import Settings
from .content import Article
from .people import alias_map
from .pipeline import cache_dir, shown
from .review import queue
from .site import build_site, dedupe_slugs
from .sources import read_all
from .stamps import walk
from .textnorm import fold, tone_key
from .verify import compare_with_manifest

EXIT_OK, EXIT_PROBLEMS = 0, 1


@dataclass(frozen=True)
class NameVariant:
    keep: str  # the spelling with more articles: the suggested canonical name
    other: str
    counts: tuple[int, int]
    why: str
    where: str  # a file that uses the other spelling

    def __str__(self) -> str:
        return (f"{self.where}: warning: officials “{self.other}” ({self.counts[1]} article(s)) and “{self.keep}” "
                f"({self.counts[0]}) look like one person ({self.why}); if they are, add to site.yaml's "
                f"official_aliases: {self.keep}: [{self.other}]")


def one_edit_apart(a: str, b: str) -> bool:
    """True when b is a with one letter changed, added or removed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _deletions(name: str) -> set[str]:
    return {name[:i] + name[i + 1:] for i in range(len(name))} | {name}


def name_variants(articles: Iterable[Article], aliases: Mapping[str, tuple[str, ...]],
                  content_name: str) -> list[NameVariant]:
    """Pairs of officials (not already one person) whose names match without diacritics or are
    one letter apart."""
    merge = alias_map(aliases)
    counts: Counter[str] = Counter()
    spelled: dict[str, Counter[str]] = defaultdict(Counter)
    where: dict[str, str] = {}
    for article in articles:
        for name in dict.fromkeys(m.name for m in article.officials):
            ident = merge.get(tone_key(name), tone_key(name))
            counts[ident] += 1
            spelled[ident][name] += 1
            where.setdefault(ident, f"{content_name}/{article.path}")
    shown_name = {ident: names.most_common(1)[0][0] for ident, names in spelled.items()}
    buckets: dict[str, set[str]] = defaultdict(set)
    for ident in counts:
        buckets["f:" + fold(ident)].add(ident)
        for variant in _deletions(ident):
            buckets["d:" + variant].add(ident)
    pairs: dict[tuple[str, str], str] = {}
    for key, members in buckets.items():
        for a in members:
            for b in members:
                if a < b and (a, b) not in pairs:
                    if key.startswith("f:"):
                        pairs[(a, b)] = "cùng chữ khi bỏ dấu"
                    elif one_edit_apart(a, b):
                        pairs[(a, b)] = "khác nhau một chữ cái"
    found = []
    for (a, b), why in sorted(pairs.items()):
        keep, other = sorted((a, b), key=lambda i: (-counts[i], i))
        found.append(NameVariant(shown_name[keep], shown_name[other], (counts[keep], counts[other]), why,
                                 where[other]))
    return sorted(found, key=lambda v: (v.where, v.other))


def run_check(settings: Settings, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    content_name = settings.content.name
    if not settings.content.is_dir():
        print(f"{settings.content_dir}: no content folder; run `python build.py ingest` first", file=err)
        return EXIT_PROBLEMS
    parsed = read_all(settings, walk(settings.content, ".md"), cache_dir(settings))
    articles = [p.article for p in parsed if p.article is not None]
    kept, _ = dedupe_slugs(articles, content_name)
    site, site_problems = build_site(articles, settings.official_aliases, content_name)
    lines, failed = shown([x for p in parsed for x in p.problems] + site_problems)
    if mismatch := compare_with_manifest(settings.output):  # a site another program changed or cut short
        lines.append(mismatch.describe(settings.output_dir))
        failed = True
    for line in lines:
        print(line, file=err)
    variants = name_variants(kept, settings.official_aliases, content_name)
    for variant in variants:
        print(variant, file=err)
    tasks = queue(kept, content_name, site.flags)
    print(f"Review queue: {len(tasks)} item(s) in {len({t.path for t in tasks})} file(s)", file=out)
    for task in tasks:
        print(f"  {task}", file=out)
    errors = sum(1 for line in lines if not line.endswith("(warning)"))
    print(f"checked {len(parsed)} file(s): {errors} error(s), {len(lines) - errors + len(variants)} warning(s)",
          file=out)
    return EXIT_PROBLEMS if failed else EXIT_OK
