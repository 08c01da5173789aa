"""Convert a corpus in the project's front-matter contract into Hugo's and Pelican's input.

Not timed by the runner: each tool gets the same articles in the form it reads natively.
Localities become a Hugo taxonomy / Pelican categories, officials a Hugo taxonomy / Pelican
tags, with the project's slugs, so the three sites have the same URLs.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml
from generate import fold_slug

PEERS = Path(__file__).resolve().parent / "peers"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Item:
    slug: str
    title: str
    date: str | None  # YYYY-MM-DD, YYYY-MM or None
    locality: str  # "thị xã Sa Pa"
    locality_slug: str
    officials: tuple[tuple[str, str, tuple[str, ...]], ...]  # (slug, name, roles)
    author: str | None
    source: str | None
    body: str

    @property
    def full_date(self) -> str | None:
        return None if self.date is None else self.date if len(self.date) == 10 else f"{self.date}-01"


def read_corpus(folder: Path) -> list[Item]:
    items = []
    for path in sorted(folder.glob("*.md")):
        _, head, body = path.read_text(encoding="utf-8").split("---\n", 2)
        data = yaml.load(head, Loader=_Loader)
        loc = data["locality"]
        label = f"{loc['level']} {loc['name']}"
        date = data.get("date")
        items.append(Item(
            slug=path.stem, title=data["title"], date=None if date is None else str(date), locality=label,
            locality_slug=fold_slug(label),
            officials=tuple((fold_slug(o["name"]), o["name"], tuple(o.get("roles") or ())) for o in data["officials"]),
            author=data.get("author"), source=data.get("source"), body=body.lstrip("\n")))
    return items


def _fresh(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)


def to_hugo(items: list[Item], site: Path) -> Path:
    """A Hugo site folder: hugo.toml and layouts/ from peers/hugo, content/ from the corpus."""
    _fresh(site)
    shutil.copy(PEERS / "hugo" / "hugo.toml", site / "hugo.toml")
    shutil.copytree(PEERS / "hugo" / "layouts", site / "layouts")
    content = site / "content"
    for folder, title in (("tin", "Tin"), ("dong-thoi-gian", "Dòng thời gian"), ("dia-phuong", "Địa phương"),
                          ("can-bo", "Cán bộ")):
        (content / folder).mkdir(parents=True)
        front = {"title": title, **({"build": {"render": "never"}} if folder == "tin" else {})}  # no tin/ list
        (content / folder / "_index.md").write_text(json.dumps(front, ensure_ascii=False) + "\n")
    terms: dict[Path, str] = {}
    for item in items:
        front = {"title": item.title, **({"date": item.full_date} if item.date else {}),
                 "dia-phuong": [item.locality_slug], "can-bo": [slug for slug, _, _ in item.officials],
                 "params": {"locality": {"label": item.locality, "slug": item.locality_slug},
                            "officials": [{"slug": s, "name": n, "roles": list(r)} for s, n, r in item.officials],
                            "author": item.author, "source": item.source}}
        text = json.dumps(front, ensure_ascii=False, indent=1) + "\n\n" + item.body
        (content / "tin" / f"{item.slug}.md").write_text(text, encoding="utf-8")
        terms[content / "dia-phuong" / item.locality_slug] = item.locality
        for slug, name, _ in item.officials:
            terms[content / "can-bo" / slug] = name
    for folder, title in terms.items():  # term pages carry the display name; the URL is the slug
        folder.mkdir()
        (folder / "_index.md").write_text(json.dumps({"title": title}, ensure_ascii=False) + "\n", encoding="utf-8")
    return content / "tin"


def to_pelican(items: list[Item], content: Path) -> Path:
    """Pelican Markdown files with `Key: value` metadata; settings live in peers/pelican."""
    _fresh(content)
    for item in items:
        roles = "||".join(f"{slug}::{name}::{', '.join(r)}" for slug, name, r in item.officials)
        meta = [
            f"Title: {item.title}",
            f"Slug: {item.slug}",
            *([f"Date: {item.full_date}"] if item.date else []),
            f"Dateprecision: {'none' if item.date is None else 'day' if len(item.date) == 10 else 'month'}",
            f"Monthkey: {item.date[:7] if item.date else '0000-00'}",
            f"Category: {item.locality}",
            f"Tags: {', '.join(name for _, name, _ in item.officials)}",
            f"Roles: {roles}",
            *([f"Byline: {item.author}"] if item.author else []),
            *([f"Source: {item.source}"] if item.source else []),
        ]
        (content / f"{item.slug}.md").write_text("\n".join(meta) + "\n\n" + item.body, encoding="utf-8")
    return content
