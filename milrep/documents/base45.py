"""Base45 (RFC 9285), strict: the text of a QR seal after its ``MR1:`` prefix.

Our own twenty lines rather than the ``base45`` package: that one strips whitespace from its
input, but the space is a Base45 digit (value 36), so a seal ending in a space would decode
wrong instead of being refused. Decoding here accepts exactly the strings :func:`b45encode` can
produce: only the 45 characters of the alphabet, never a length of 3k+1, never a group whose
value exceeds what its bytes can hold (RFC 9285 §4.2: such a string is invalid).
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}


class Base45Error(ValueError):
    """Not a valid Base45 string; the message says where."""


def b45encode(data: bytes) -> str:
    out: list[str] = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]  # two bytes -> three digits, least significant first
        c, n = n % 45, n // 45
        d, e = n % 45, n // 45
        out += (ALPHABET[c], ALPHABET[d], ALPHABET[e])
    if len(data) % 2:
        c, d = data[-1] % 45, data[-1] // 45  # a last single byte -> two digits
        out += (ALPHABET[c], ALPHABET[d])
    return "".join(out)


def b45decode(text: str) -> bytes:
    if len(text) % 3 == 1:
        raise Base45Error(f"length {len(text)} is not possible in Base45")
    values: list[int] = []
    for pos, ch in enumerate(text):
        v = _VALUE.get(ch)
        if v is None:
            raise Base45Error(f"character {ch!r} at position {pos} is not a Base45 digit")
        values.append(v)
    out = bytearray()
    for i in range(0, len(values), 3):
        group = values[i:i + 3]
        if len(group) == 3:
            n = group[0] + group[1] * 45 + group[2] * 45 * 45
            if n > 0xFFFF:
                raise Base45Error(f"group at position {i} exceeds two bytes")
            out += n.to_bytes(2, "big")
        else:
            n = group[0] + group[1] * 45
            if n > 0xFF:
                raise Base45Error(f"last group at position {i} exceeds one byte")
            out.append(n)
    return bytes(out)
