"""docs/FORMATS.md "The sync bundle" says what the code does."""

from __future__ import annotations

import re
from pathlib import Path

from milrep.sync import envelope as env

DOC = (Path(__file__).resolve().parents[2] / "docs" / "FORMATS.md").read_text(encoding="utf-8")


def _block(name: str) -> str:
    m = re.search(rf"<!-- {name} begin -->(.*?)<!-- {name} end -->", DOC, re.S)
    assert m, name
    return m.group(1)


def test_manifest_fields_are_the_documented_ones() -> None:
    documented = set(re.findall(r"^\| `(\w+)` \|", _block("bundle manifest"), re.M))
    assert documented == env._FIELDS


def test_layout_constants() -> None:
    layout = _block("bundle layout")
    assert f"`{env.MAGIC.decode()}`" in layout
    assert " ".join(f"{b:02X}" for b in env.MAGIC) in layout
    assert f"envelope version, `{env.ENVELOPE_VERSION}`" in layout
    assert env.SIGN_TAG == b"milrep bundle manifest v1\x00"
    assert "`milrep bundle manifest v1` followed by one\n   zero byte" in DOC
    assert env.DEFAULT_LIMITS.max_manifest == 1 << 20 and env.DEFAULT_LIMITS.max_signatures == 4
    assert env._HEADER.size == 13 and env.SIGNATURE_LENGTH + 8 == 72


def test_join_request_is_the_documented_one() -> None:
    from milrep.sync import join

    documented = re.findall(r"^\| `(\w+)` \|", _block("join body"), re.M)
    assert documented == list(join.FIELDS)
    layout = _block("join layout")
    assert f"`{join.MAGIC.decode()}`" in layout
    assert " ".join(f"{b:02X}" for b in join.MAGIC) in layout
    assert f"file version, `{join.FILE_VERSION}`" in layout
    assert join.SIGN_TAG == b"milrep join request v1\x00"
    assert "`milrep join request v1` 0x00" in layout
    assert join.MAX_BODY == 16 << 10 and join._HEADER.size == 13 and join.SIGNATURE_LENGTH == 64
