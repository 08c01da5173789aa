"""A compact version of the gold comparison used to measure extraction (names and roles compare
tone-blind and case-blind; a wrong value that was flagged for review counts as abstained)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bantin import frontmatter
from bantin.textnorm import tone_key


def _key(value: object) -> str:
    return tone_key(str(value)).replace("–", "-") if value not in (None, "") else ""


def _date(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else ("" if value is None else str(value))


@dataclass
class Score:
    correct: dict[str, int] = field(default_factory=dict)
    wrong: dict[str, list[str]] = field(default_factory=dict)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    role_tp: int = 0
    role_fp: int = 0
    role_fn: int = 0
    articles: int = 0
    judged: dict[str, int] = field(default_factory=dict)  # articles judged per field, where not all
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, ok: bool, flagged: bool, empty: bool, note: str) -> None:
        self.correct.setdefault(name, 0)
        self.wrong.setdefault(name, [])
        if ok:
            self.correct[name] += 1
        elif not (flagged or empty):
            self.wrong[name].append(note)

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    @property
    def roles_f1(self) -> float:
        """Roles of the officials found in both, as a set per person (the shared scorer's measure)."""
        tp, fp, fn = self.role_tp, self.role_fp, self.role_fn
        return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not (fp or fn) else 0.0)

    def accuracy(self, name: str) -> float:
        judged = self.judged.get(name, self.articles)
        return self.correct.get(name, 0) / judged if judged else 1.0


def score(content: Path, gold_dir: Path) -> Score:
    found = {}
    for path in content.glob("*.md"):
        data = frontmatter.parse(path.read_text(encoding="utf-8")).data
        found[Path(data["seed"]).stem] = data
    result = Score()
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        gold, got = yaml.safe_load(gold_path.read_text(encoding="utf-8")), found[gold_path.stem]
        review = set(got.get("review") or {})
        stem = gold_path.stem
        title_ok = (
            (not got["title"] or "title" in review)
            if gold["title"] is None
            else _key(got["title"]) == _key(gold["title"])
        )
        result.add("title", title_ok, "title" in review, not got["title"], f"{stem}: {got['title']!r}")
        gold_date, got_date = _date(gold.get("date")), _date(got.get("date"))
        date_ok = (
            got_date[: len(gold_date)] == gold_date and bool(got_date)
            if gold_date
            else not got_date or "date" in review
        )
        result.add("date", date_ok, "date" in review, not got_date, f"{stem}: {got_date} != {gold_date}")
        gl, loc = gold.get("locality") or {}, got.get("locality") or {}
        loc_ok = _key(gl.get("name")) == _key(loc.get("name")) and _key(gl.get("level")) == _key(loc.get("level"))
        result.add("locality", loc_ok, "locality" in review, not loc.get("name"), f"{stem}: {loc} != {gl}")
        if gl.get("province"):  # judged only where the gold names one, as the shared scorer does
            result.judged["province"] = result.judged.get("province", 0) + 1
            result.add(
                "province",
                _key(loc.get("province")) == _key(gl["province"]),
                "locality" in review,
                not loc.get("province"),
                f"{stem}: province {loc.get('province')!r} != {gl['province']!r}",
            )
        result.add(
            "author",
            _key(got.get("author")) == _key(gold.get("author")),
            "author" in review,
            not got.get("author"),
            f"{stem}: author {got.get('author')!r}",
        )
        result.add(
            "source",
            _key(got.get("source")) == _key(gold.get("source")),
            False,
            not got.get("source"),
            f"{stem}: source {got.get('source')!r}",
        )
        result.articles += 1
        mine_roles = {_key(o["name"]): {_key(r) for r in o.get("roles") or []} for o in got.get("officials") or []}
        gold_roles = {_key(o["name"]): {_key(r) for r in o.get("roles") or []} for o in gold.get("officials") or []}
        for name in mine_roles.keys() & gold_roles.keys():
            result.role_tp += len(mine_roles[name] & gold_roles[name])
            result.role_fp += len(mine_roles[name] - gold_roles[name])
            result.role_fn += len(gold_roles[name] - mine_roles[name])
        mine, theirs = set(mine_roles), set(gold_roles)
        result.tp += len(mine & theirs)
        result.fp += len(mine - theirs)
        result.fn += len(theirs - mine)
        result.misses += [f"{stem}: extra {n}" for n in mine - theirs] + [f"{stem}: missed {n}" for n in theirs - mine]
    return result
