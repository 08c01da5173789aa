"""The small part of CBOR (RFC 8949) that Pagefind's filter and metadata files use.

Integers, byte and text strings, and arrays, with definite lengths, encoded in the shortest form
(as Pagefind's encoder writes them, so decoding and encoding again gives the same bytes).
Anything else is a ValueError: a newer Pagefind that writes more should be noticed, not guessed.
"""

from __future__ import annotations

from typing import TypeAlias

Item: TypeAlias = int | bytes | str | list["Item"]

_UINT, _NINT, _BYTES, _TEXT, _ARRAY = 0, 1, 2, 3, 4


def _head(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if arg < 1 << (8 * size):
            return bytes([major << 5 | info]) + arg.to_bytes(size, "big")
    raise ValueError(f"CBOR: {arg} does not fit in 64 bits")


def encode(item: Item) -> bytes:
    if isinstance(item, bool):
        raise ValueError("CBOR: booleans are not used here")
    if isinstance(item, int):
        return _head(_UINT, item) if item >= 0 else _head(_NINT, -1 - item)
    if isinstance(item, bytes):
        return _head(_BYTES, len(item)) + item
    if isinstance(item, str):
        data = item.encode("utf-8")
        return _head(_TEXT, len(data)) + data
    if isinstance(item, list):
        return _head(_ARRAY, len(item)) + b"".join(encode(x) for x in item)
    raise ValueError(f"CBOR: cannot encode {type(item).__name__}")


def _argument(data: bytes, at: int) -> tuple[int, int, int]:
    """(major type, argument, offset after the head)."""
    if at >= len(data):
        raise ValueError("CBOR: data ends early")
    major, info = data[at] >> 5, data[at] & 31
    if info < 24:
        return major, info, at + 1
    if info > 27:
        raise ValueError(f"CBOR: additional information {info} (indefinite length or reserved) is not used here")
    size = 1 << (info - 24)
    if at + 1 + size > len(data):
        raise ValueError("CBOR: data ends early")
    return major, int.from_bytes(data[at + 1: at + 1 + size], "big"), at + 1 + size


def _item(data: bytes, at: int) -> tuple[Item, int]:
    major, arg, at = _argument(data, at)
    if major == _UINT:
        return arg, at
    if major == _NINT:
        return -1 - arg, at
    if major in (_BYTES, _TEXT):
        if at + arg > len(data):
            raise ValueError("CBOR: data ends early")
        raw = data[at: at + arg]
        return (raw if major == _BYTES else raw.decode("utf-8")), at + arg
    if major == _ARRAY:
        items: list[Item] = []
        for _ in range(arg):
            item, at = _item(data, at)
            items.append(item)
        return items, at
    raise ValueError(f"CBOR: major type {major} is not used here")


def decode(data: bytes) -> Item:
    item, end = _item(data, 0)
    if end != len(data):
        raise ValueError(f"CBOR: {len(data) - end} bytes left over")
    return item
