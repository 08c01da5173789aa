"""site.yaml: typed options, each checking its own value; every bad key is reported, not the first."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import frontmatter
from .textnorm import nfc

CONFIG_NAME = "site.yaml"


class ConfigError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Settings:
    root: Path
    title: str = "Bản tin địa phương"
    description: str = "Tin hoạt động của chính quyền và Đảng bộ các địa phương, tuyển chọn và biên tập."
    base_url: str = ""
    language: str = "vi"
    seeds_dir: str = "seeds"
    content_dir: str = "content"
    output_dir: str = "output"
    templates_dir: str = "templates"
    home_articles: int = 20
    feed_articles: int = 30
    search: bool = True  # build the Pagefind search index with the site
    host: str = "127.0.0.1"
    port: int = 8000
    # canonical official name -> other spellings an editor has said are the same person
    official_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def path(self, name: str) -> Path:
        value = getattr(self, f"{name}_dir")
        return (self.root / value).resolve()

    @property
    def seeds(self) -> Path:
        return self.path("seeds")

    @property
    def content(self) -> Path:
        return self.path("content")

    @property
    def output(self) -> Path:
        return self.path("output")

    @property
    def templates(self) -> Path:
        return self.path("templates")

    def fingerprint(self) -> str:
        """A hash of every setting that shapes output, for cache keys."""
        data = {k: v for k, v in self.__dict__.items() if k not in ("root", "host", "port")}
        return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be non-empty text")
    return nfc(value.strip())


def _base_url(value: Any) -> str:
    if value in (None, ""):
        return ""
    text = _text(value)
    if not text.startswith(("http://", "https://")):
        raise ValueError("must start with http:// or https:// (or be left empty)")
    return text.rstrip("/") + "/"


def _count(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"must be a whole number from {low} to {high}")
        return value

    return check


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _folder(value: Any) -> str:
    text = _text(value)
    if "\0" in text:
        raise ValueError("is not a folder name")
    return text


def _aliases(value: Any) -> dict[str, tuple[str, ...]]:
    if value in (None, {}):
        return {}
    if not isinstance(value, dict):
        raise ValueError("must map a name to a list of its other spellings")
    result = {}
    for name, others in value.items():
        if isinstance(others, str):
            others = [others]
        if not isinstance(name, str) or not isinstance(others, list) or not all(isinstance(o, str) for o in others):
            raise ValueError(f"{name!r} must map to a list of names")
        result[nfc(name.strip())] = tuple(nfc(o.strip()) for o in others)
    return result


_OPTIONS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "title": ("title", _text),
    "description": ("description", _text),
    "base_url": ("base_url", _base_url),
    "language": ("language", _text),
    "seeds_dir": ("seeds_dir", _folder),
    "content_dir": ("content_dir", _folder),
    "output_dir": ("output_dir", _folder),
    "templates_dir": ("templates_dir", _folder),
    "search": ("search", _flag),
    "home_articles": ("home_articles", _count(1, 500)),
    "feed_articles": ("feed_articles", _count(1, 500)),
    "serve_host": ("host", _text),
    "serve_port": ("port", _count(1, 65535)),
    "official_aliases": ("official_aliases", _aliases),
}


def load(root: Path) -> Settings:
    """Read root/site.yaml (missing file: defaults). Raises ConfigError listing every problem."""
    path = root / CONFIG_NAME
    if not path.exists():
        return Settings(root=root.resolve())
    try:
        parsed = frontmatter.parse(f"---\n{path.read_text(encoding='utf-8-sig')}\n---\n")
    except frontmatter.FrontMatterError as err:
        raise ConfigError([f"{CONFIG_NAME}:{err.line - 1}: {err.message}"]) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError([f"{CONFIG_NAME}:1: cannot read it as UTF-8 text: {err}"]) from None
    values: dict[str, Any] = {}
    problems = []
    for key, raw in parsed.data.items():
        line = parsed.key_lines.get(key, 2) - 1
        if key not in _OPTIONS:
            problems.append(f"{CONFIG_NAME}:{line}: unknown key '{key}'; known keys: {', '.join(sorted(_OPTIONS))}")
            continue
        attr, check = _OPTIONS[key]
        try:
            values[attr] = check(raw)
        except ValueError as err:
            problems.append(f"{CONFIG_NAME}:{line}: {key} {err}")
    if problems:
        raise ConfigError(problems)
    settings = Settings(root=root.resolve(), **values)
    cross = [
        f"{CONFIG_NAME}: {a}_dir and {b}_dir are the same folder; give each its own"
        for a, b in (("output", "content"), ("output", "seeds"), ("output", "templates"), ("content", "seeds"))
        if settings.path(a) == settings.path(b)
    ]
    if cross:
        raise ConfigError(cross)
    return settings
