"""``milrep keys join-request|enroll|revoke|rotate-root`` and ``sync keyring export``, and
``sync import`` of a keyring with the first bundle: a workstation joins from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from milrep import cli
from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.db.store import open_database
from milrep.sync.join import open_request
from tests.conftest import CHIEF_PASSWORD
from tests.helpers import OfficeFixture, dump_database
from tests.sync.enrolling import NEW_PASSWORD
from tests.sync.sites import synced_dump
from tests.sync.test_cli_sync import _Stdin


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(""))
    monkeypatch.delenv(cli.USER_ENV, raising=False)
    monkeypatch.setenv(cli.PASSWORD_ENV, CHIEF_PASSWORD)


def head(o: OfficeFixture, *argv: str) -> int:
    return cli.main(["--db", str(o.path), "--user", "chief", *argv], kdf=FAST_KDF_FOR_TESTS)


def new(path: Path, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    with monkeypatch.context() as m:
        m.setenv(cli.PASSWORD_ENV, NEW_PASSWORD)
        return cli.main(["--db", str(path), "--user", "petrov", *argv], kdf=FAST_KDF_FOR_TESTS)


def test_join_enroll_import_from_the_command_line(records: OfficeFixture, tmp_path: Path,
                                                  stick: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    office = tmp_path / "office.mrk"
    assert head(records, "sync", "keyring", "export", "--out", str(office)) == 1  # none yet
    assert "No keyring is installed" in capsys.readouterr().err
    assert head(records, "sync", "keyring", "endorse", "--out", str(office)) == 0
    root_line = next(x for x in capsys.readouterr().out.splitlines() if "Root key" in x)
    ws2 = tmp_path / "ws2.milrep"
    request = stick / "ws2.mrj"
    assert new(ws2, monkeypatch, "keys", "join-request", "--office", str(office),
               "--site-code", "WS2", "--site-name", "Workstation 2", "--full-name",
               "Petrov P. P.", "--out", str(request)) == 0
    out = capsys.readouterr().out
    assert root_line.split(": ")[-1] in out and "RECOVERY CODE" in out
    fingerprint = open_request(request.read_bytes()).fingerprint
    assert fingerprint in out
    # written again from the existing database: the same workstation, the same keys
    assert new(ws2, monkeypatch, "keys", "join-request", "--out", str(request), "--force") == 0
    assert open_request(request.read_bytes()).fingerprint == fingerprint
    capsys.readouterr()
    assert head(records, "keys", "enroll", str(request), "--out", str(stick)) == 0
    out = capsys.readouterr().out
    assert fingerprint in out and "enrolled" in out
    ring = next(stick.glob("*.mrk"))
    bundle = next(stick.glob("*.mrb"))
    assert new(ws2, monkeypatch, "sync", "import", "--json", str(bundle), str(ring)) == 0
    results = json.loads(capsys.readouterr().out)
    assert [r["status"] for r in results] == ["keyring_installed", "applied"]
    db, _ = open_database(ws2, "petrov", NEW_PASSWORD)
    try:
        assert synced_dump(db) == synced_dump(records.db)
    finally:
        db.close()
    # enrolling the same request again is refused and changes nothing
    before = dump_database(records.db)
    assert head(records, "keys", "enroll", str(request), "--out", str(stick)) == 1
    assert "already part of the office" in capsys.readouterr().err
    assert dump_database(records.db) == before
    # revoke it after its bundle 0 (it never wrote one), then rotate the root
    revoked = tmp_path / "revoked.mrk"
    assert head(records, "keys", "revoke", "WS2", "--after", "0", "--out", str(revoked)) == 0
    assert "revoked after its bundle 0" in capsys.readouterr().out
    rotated = tmp_path / "rotated.mrk"
    assert head(records, "keys", "rotate-root", "--out", str(rotated)) == 0
    assert "New root key fingerprint" in capsys.readouterr().out
    assert rotated.read_bytes()[-1 - 2 * 72] == 2


def test_join_request_needs_the_office_file_and_a_free_name(
        records: OfficeFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "ws.milrep"
    assert new(ws, monkeypatch, "keys", "join-request", "--site-code", "WS2", "--site-name",
               "W", "--full-name", "P", "--out", str(tmp_path / "r.mrj")) == 1
    assert "--office is needed" in capsys.readouterr().err
    assert not ws.exists()
    bad = tmp_path / "bad.mrk"
    bad.write_bytes(b"not a keyring")
    assert new(ws, monkeypatch, "keys", "join-request", "--office", str(bad), "--site-code",
               "WS2", "--site-name", "W", "--full-name", "P", "--out",
               str(tmp_path / "r.mrj")) == 1
    assert "not a milrep keyring" in capsys.readouterr().err
    assert not ws.exists() and not (tmp_path / "r.mrj").exists()
