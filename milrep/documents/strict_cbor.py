"""A strict decoder for the small CBOR subset of the seal (RFC 8949), for input nobody vouches for.

cbor2 is what writes our CBOR; reading what a scanner hands us needs more suspicion than a
general decoder offers: cbor2 keeps the last of duplicate map keys, ignores bytes after the first
item and turns many tags into Python objects. This decoder accepts only

- unsigned and negative integers, byte strings, UTF-8 text strings, arrays, maps, false, true
  and null;
- definite lengths in their shortest form (the deterministic encoding's preferred
  serialization, RFC 8949 §4.2.1): an indefinite length, a longer-than-needed length or integer,
  a float, a reserved or other simple value is refused;
- map keys that are integers or text, each at most once;
- tags only where the caller allows them (the seal: tag 18 at the top);
- nesting at most :data:`MAX_DEPTH` deep, and exactly one item: trailing bytes are refused.

Every refusal is a :class:`CborError` naming the offset; nothing else escapes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_DEPTH = 8


class CborError(ValueError):
    """Not acceptable CBOR; the message names the byte offset."""


@dataclass(frozen=True)
class Tagged:
    tag: int
    value: Any


def decode(data: bytes, *, tags: frozenset[int] = frozenset()) -> Any:
    """The single CBOR item ``data`` holds; refuse anything outside the subset or after it."""
    reader = _Reader(bytes(data), tags)
    value = reader.item(0)
    if reader.pos != len(reader.data):
        raise CborError(f"{len(reader.data) - reader.pos} trailing byte(s) after the item "
                        f"at offset {reader.pos}")
    return value


class _Reader:
    def __init__(self, data: bytes, tags: frozenset[int]) -> None:
        self.data, self.tags, self.pos = data, tags, 0

    def take(self, n: int) -> bytes:
        if n > len(self.data) - self.pos:
            raise CborError(f"ends early at offset {self.pos}: {n} byte(s) needed")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def head(self) -> tuple[int, int, int]:
        """(major type, argument, offset of the head)."""
        start = self.pos
        initial = self.take(1)[0]
        major, info = initial >> 5, initial & 0x1F
        if major == 7:
            return major, info, start
        if info < 24:
            return major, info, start
        if info > 27:
            raise CborError(f"indefinite or reserved length at offset {start}")
        size = 1 << (info - 24)
        arg = int.from_bytes(self.take(size), "big")
        if arg < (24 if size == 1 else 1 << (4 * size)):  # 1 byte: >= 24; 2: >= 256; 4: >= 65536...
            raise CborError(f"number at offset {start} is not in its shortest form")
        return major, arg, start

    def item(self, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise CborError(f"nested deeper than {MAX_DEPTH} at offset {self.pos}")
        major, arg, start = self.head()
        if major == 0:
            return arg
        if major == 1:
            return -1 - arg
        if major == 2:
            return self.take(arg)
        if major == 3:
            raw = self.take(arg)
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                raise CborError(f"text at offset {start} is not UTF-8") from None
        if major == 4:
            self._plausible(arg, start)
            return [self.item(depth + 1) for _ in range(arg)]
        if major == 5:
            self._plausible(2 * arg, start)
            out: dict[Any, Any] = {}
            for _ in range(arg):
                key_at = self.pos
                key = self.item(depth + 1)
                if isinstance(key, bool) or not isinstance(key, (int, str)):
                    raise CborError(f"map key at offset {key_at} is not an integer or text")
                if key in out:
                    raise CborError(f"duplicate map key {key!r} at offset {key_at}")
                out[key] = self.item(depth + 1)
            return out
        if major == 6:
            if arg not in self.tags:
                raise CborError(f"tag {arg} at offset {start} is not allowed here")
            return Tagged(arg, self.item(depth + 1))
        # major 7: only false, true and null
        simple = {20: False, 21: True, 22: None}
        if arg in simple:
            return simple[arg]
        raise CborError(f"float or simple value at offset {start} is not allowed")

    def _plausible(self, count: int, start: int) -> None:
        # every element takes at least one byte: refuse absurd counts before looping over them
        if count > len(self.data) - self.pos:
            raise CborError(f"count at offset {start} exceeds the remaining bytes")
