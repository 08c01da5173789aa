"""Safe YAML front matter: read with line numbers, write deterministically.

The reader refuses what attacks a YAML parser (aliases, Python tags, huge values) and keeps
dates as text so that a bad date becomes an editor's message rather than a crash.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

MAX_FRONT_MATTER_BYTES = 256 * 1024
FENCE = "---"


class FrontMatterError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader (libyaml when present) without YAML 1.1 yes/no booleans and timestamps."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _refuse_aliases(node: yaml.Node) -> None:
    """An alias makes two places share one node; refuse any node met twice (alias bombs)."""
    seen: set[int] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            raise FrontMatterError(
                current.start_mark.line + 1, "YAML aliases (*name) are not allowed; write the value out"
            )
        seen.add(id(current))
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack.extend((key, value))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


@dataclass(frozen=True)
class FrontMatter:
    data: dict[str, Any]
    key_lines: dict[str, int]  # top-level key -> 1-based line in the file
    body: str
    body_line: int  # 1-based line where the body starts
    item_lines: dict[tuple[str, int, str], int] = field(default_factory=dict)
    # (top-level key, index in its list, key in that item) -> 1-based line, for lists of mappings


def split(text: str) -> tuple[str, str, int] | None:
    """Return (yaml text, body, body line) or None when the file has no front matter fence."""
    if not text.startswith(FENCE):
        return None
    first_newline = text.find("\n")
    if first_newline < 0 or text[:first_newline].strip() != FENCE:
        return None
    match = re.search(r"^---[ \t]*$", text[first_newline + 1 :], re.MULTILINE)
    if match is None:
        return None
    yaml_text = text[first_newline + 1 : first_newline + 1 + match.start()]
    rest = text[first_newline + 1 + match.end() :]
    body_line = text.count("\n", 0, first_newline + 1 + match.end()) + 1
    while rest.startswith("\n"):  # the fence's own line end, then blank lines before the body
        rest = rest[1:]
        body_line += 1
    return yaml_text, rest, body_line


def parse(text: str) -> FrontMatter:
    """Parse a Markdown file with front matter. Raises FrontMatterError with a file line."""
    parts = split(text)
    if parts is None:
        raise FrontMatterError(1, "no front matter: the file must start with a '---' line, YAML, then '---'")
    yaml_text, body, body_line = parts
    if len(yaml_text.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise FrontMatterError(2, f"front matter is over {MAX_FRONT_MATTER_BYTES // 1024} KiB; shorten it")
    loader = _Loader(yaml_text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _refuse_aliases(node)
        data = loader.construct_document(node) if node is not None else {}
    except FrontMatterError as err:
        raise FrontMatterError(err.line + 1, err.message) from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 2 if mark else 2
        raise FrontMatterError(line, f"YAML does not parse: {err.problem or err.context}") from None
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as err:
        raise FrontMatterError(2, f"YAML does not parse: {err}") from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise FrontMatterError(2, "front matter must be a mapping of keys (title: …, date: …)")
    key_lines, item_lines = {}, {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key_lines[str(key_node.value)] = key_node.start_mark.line + 2
            if isinstance(value_node, yaml.SequenceNode):
                for index, item in enumerate(value_node.value):
                    if isinstance(item, yaml.MappingNode):
                        for sub_key, _ in item.value:
                            item_lines[(str(key_node.value), index, str(sub_key.value))] = sub_key.start_mark.line + 2
    return FrontMatter({str(k): v for k, v in data.items()}, key_lines, body, body_line, item_lines)


# --- writing ------------------------------------------------------------------------------

_PLAIN_SAFE = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:#\n]*$")


# what YAML reads back as itself, even inside quotes (NEL and U+2028 read as line breaks);
# anything else is written as an escape
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _quoted(text: str) -> str:
    """A double-quoted YAML scalar (JSON's escapes are YAML's), control characters escaped."""
    return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(text, ensure_ascii=False))


def scalar(value: Any) -> str:
    """One YAML scalar: plain when it reads back as the same string, else double-quoted."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if _PLAIN_SAFE.match(text) and text == text.strip():
        try:
            if yaml.load(text, Loader=_Loader) == text:
                return text
        except yaml.YAMLError:
            pass
    return _quoted(text)


def _emit(value: Any, indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if (isinstance(item, dict) and item) or (
                isinstance(item, list) and item and any(isinstance(x, dict) for x in item)
            ):
                lines.append(f"{pad}{key}:")
                lines.extend(_emit(item, indent + 2))
            else:
                lines.append(f"{pad}{key}: {_inline(item)}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item:
                sub = _emit(item, indent + 2)
                sub[0] = f"{pad}- {sub[0][indent + 2 :]}"
                lines.extend(sub)
            else:
                lines.append(f"{pad}- {_inline(item)}")
    return lines


def _inline(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_quoted(str(v)) for v in value) + "]"
    if isinstance(value, dict):
        return "{}" if not value else "{" + ", ".join(f"{k}: {_inline(v)}" for k, v in value.items()) + "}"
    return scalar(value)


def dump(data: dict[str, Any], body: str) -> str:
    """Front matter in the given key order, then the body; the same input gives the same text."""
    yaml_text = "\n".join(_emit(data, 0))
    return f"{FENCE}\n{yaml_text}\n{FENCE}\n\n{body.strip()}\n"
