"""``milrep sync …``: export, import, status and the keyring from the command line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from milrep import cli
from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from tests.conftest import CHIEF_PASSWORD
from tests.helpers import dump_database
from tests.sync.sites import Station
from tests.sync.test_exchange import _new_org
from tests.sync.test_keyring import _endorse, _entries


class _Stdin(io.StringIO):
    def isatty(self) -> bool:
        return False


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(""))
    monkeypatch.delenv(cli.USER_ENV, raising=False)
    monkeypatch.setenv(cli.PASSWORD_ENV, CHIEF_PASSWORD)


def run(st: Station, *argv: str) -> int:
    return cli.main(["--db", str(st.db.path), "--user", "chief", *argv], kdf=FAST_KDF_FOR_TESTS)


def test_export_import_and_status(pair: list[Station], stick: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    a, b = pair
    assert run(a, "sync", "export", "--out", str(stick)) == 1
    assert "no office keyring yet" in capsys.readouterr().err

    ring = tmp_path / "office.mrk"
    ring.write_bytes(_endorse(a, _entries(pair)).data)
    assert run(b, "sync", "keyring", "install", str(ring)) == 0
    assert "Keyring version 1 installed." in capsys.readouterr().out
    assert run(b, "sync", "keyring", "install", str(ring)) == 0
    assert "already installed" in capsys.readouterr().out
    assert run(b, "sync", "keyring", "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["version"] == 1 and len(shown["sites"]) == 2

    _new_org(a, "Unit sent from the command line")
    assert run(a, "sync", "export", "--out", str(stick), "--to", "WS2", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    # the new unit, and the head of office's signature of the keyring (a synced record)
    assert out["seq"] == 1 and out["changes"] == 2 and out["recipients"] == [b.db.site_id.hex]
    assert run(b, "sync", "import", out["file"]) == 0
    assert "bundle 1 imported, 2 new changes" in capsys.readouterr().out
    assert run(b, "sync", "import", out["file"], "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "already"

    assert run(b, "sync", "status", "--json") == 0
    status = json.loads(capsys.readouterr().out)
    (peer,) = status["peers"]
    assert peer["code"] == "WS1" and peer["last_bundle_in"] == 1 and peer["held"] == []
    assert run(a, "sync", "status") == 0
    text = capsys.readouterr().out
    assert "WS2" in text and "changes to send: 0" in text


def test_a_refused_file_exits_1_with_its_reason(pair: list[Station], stick: Path,
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    a, b = pair
    ring = tmp_path / "office.mrk"
    ring.write_bytes(_endorse(a, _entries(pair)).data)
    assert run(b, "sync", "keyring", "install", str(ring)) == 0
    capsys.readouterr()
    bad = stick / "broken.mrb"
    bad.write_bytes(b"age-encryption.org/v1\n-> X25519 garbage\n")
    before = dump_database(b.db)
    assert run(b, "sync", "import", str(bad), "--json") == 1
    (item,) = json.loads(capsys.readouterr().out)
    assert item["status"] == "refused" and item["kind"] in ("damaged", "wrong_recipient")
    assert run(b, "sync", "import", str(stick / "missing.mrb")) == 1
    assert "cannot be read" in capsys.readouterr().err
    assert dump_database(b.db) == before
