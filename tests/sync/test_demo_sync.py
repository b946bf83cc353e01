"""The demo office for sync: a keyring with a read-only headquarters (``sync export`` works at
once) and, with ``--sites 2``, a second workstation enrolled beside it: A → B and B → A."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from milrep import cli
from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.db.store import open_database
from milrep.demo_sync import HQ_CODE, SECOND_USER, second_path
from milrep.models.organizations import Organization
from milrep.sync.keyring import SiteRole
from milrep.sync.keyring_store import installed_keyring
from tests.sync.sites import Station, synced_dump
from tests.sync.test_cli_sync import _Stdin
from tests.sync.test_exchange import _new_org

PASSWORD = "Zhetysu2026demo"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(""))
    monkeypatch.delenv(cli.USER_ENV, raising=False)
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)


def run(path: Path, user: str, *argv: str) -> int:
    return cli.main(["--db", str(path), "--user", user, *argv], kdf=FAST_KDF_FOR_TESTS)


def test_demo_with_two_sites_exchanges_both_ways(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    a_path = tmp_path / "demo.milrep"
    assert run(a_path, "chief", "demo", "--sites", "2") == 0
    b_path = second_path(a_path)
    assert str(b_path) in capsys.readouterr().out and b_path.exists()
    a, chief = open_database(a_path, "chief", PASSWORD)
    b, rep2 = open_database(b_path, SECOND_USER, PASSWORD)
    try:
        with a.read() as s:
            ring = installed_keyring(s)
        assert ring is not None
        roles = {ring.codes[k.site_id]: k.role for k in ring.keyring.keys}
        assert roles == {"WS1": SiteRole.WORKSTATION, "WS2": SiteRole.WORKSTATION,
                         HQ_CODE: SiteRole.HEADQUARTERS}
        assert synced_dump(a) == synced_dump(b)  # the first bundle is in
        _new_org(Station("A", a, chief, None), "Unit from the head")  # type: ignore[arg-type]
        _new_org(Station("B", b, rep2, None), "Unit from WS2")  # type: ignore[arg-type]
    finally:
        a.close()
        b.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    capsys.readouterr()
    assert run(a_path, "chief", "sync", "export", "--out", str(stick), "--to", "WS2",
               "--json") == 0
    to_b = json.loads(capsys.readouterr().out)["file"]
    assert run(b_path, SECOND_USER, "sync", "import", to_b) == 0
    capsys.readouterr()
    assert run(b_path, SECOND_USER, "sync", "export", "--out", str(stick), "--json") == 0
    to_a = json.loads(capsys.readouterr().out)["file"]
    assert run(a_path, "chief", "sync", "import", to_a) == 0
    a, _ = open_database(a_path, "chief", PASSWORD)
    b, _ = open_database(b_path, SECOND_USER, PASSWORD)
    try:
        assert synced_dump(a) == synced_dump(b)
        with b.read() as s:
            names = set(s.scalars(select(Organization.name)))
        assert {"Unit from the head", "Unit from WS2"} <= names
    finally:
        a.close()
        b.close()


def test_demo_with_one_site_exports_to_the_headquarters(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.milrep"
    assert run(path, "chief", "demo") == 0
    assert not second_path(path).exists()
    stick = tmp_path / "stick"
    stick.mkdir()
    capsys.readouterr()
    assert run(path, "chief", "sync", "export", "--out", str(stick), "--json") == 0
    assert len(json.loads(capsys.readouterr().out)["recipients"]) == 1  # the headquarters
    # --force rebuilds both databases of a two-site demo
    assert run(path, "chief", "demo", "--sites", "2", "--force") == 0
    assert run(path, "chief", "demo", "--sites", "2", "--force") == 0
    assert second_path(path).exists()
