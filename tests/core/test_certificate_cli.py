"""``milrep certificate list|show|check|issue|revoke|reissue``: exit codes, messages, JSON."""

from __future__ import annotations

import io
import json
import sys

import pytest

from milrep import cli
from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD, VIEWER_PASSWORD
from tests.core import suspension_helpers as sh
from tests.core.certificate_helpers import RADIO, TODAY, YEAR, certifiable
from tests.helpers import OfficeFixture, dump_database

AR = f"17/WS1/{YEAR}/AR-0001"
QC1, QC2 = f"17/WS1/{YEAR}/QC-0001", f"17/WS1/{YEAR}/QC-0002"


class _Stdin(io.StringIO):
    def isatty(self) -> bool:
        return False


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(""))
    for var in (cli.PASSWORD_ENV, cli.USER_ENV, cli.FAST_KDF_ENV):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def valid(records: OfficeFixture) -> OfficeFixture:
    return certifiable(records)


def run(o: OfficeFixture, monkeypatch: pytest.MonkeyPatch, user: str, password: str,
        *argv: str) -> int:
    monkeypatch.setenv(cli.PASSWORD_ENV, password)
    return cli.main(["--db", str(o.path), "--user", user, "certificate", *argv],
                    kdf=FAST_KDF_FOR_TESTS)


def test_check_issue_list_show_revoke_reissue(valid: OfficeFixture,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    o = valid
    assert run(o, monkeypatch, "clerk", VIEWER_PASSWORD, "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []

    assert run(o, monkeypatch, "clerk", VIEWER_PASSWORD, "check", "--acceptance", AR) == 0
    out = capsys.readouterr().out
    assert out.count("[x] ") == 8 and "the certificate may be issued" in out

    assert run(o, monkeypatch, "rep1", REP_PASSWORD, "issue", "--acceptance", AR,
               "--serial", "0405", "0406") == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Certificate {QC1} issued: 2 pcs of {RADIO} (L-2026-004).\nSeal: MR1:")
    assert run(o, monkeypatch, "rep1", REP_PASSWORD, "issue", "--acceptance", AR) == 0
    capsys.readouterr()

    assert run(o, monkeypatch, "clerk", VIEWER_PASSWORD, "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [{k: r[k] for k in ("number", "status", "item", "quantity", "date")} for r in rows] == [
        {"number": QC2, "status": "valid", "item": RADIO, "quantity": 8,
         "date": TODAY.isoformat()},
        {"number": QC1, "status": "valid", "item": RADIO, "quantity": 2,
         "date": TODAY.isoformat()}]

    assert run(o, monkeypatch, "chief", CHIEF_PASSWORD, "revoke", QC1, "--reason",
               "Wrong recipient") == 0
    assert capsys.readouterr().out == f"Certificate {QC1} revoked.\n"
    assert run(o, monkeypatch, "chief", CHIEF_PASSWORD, "reissue", QC2, "--reason",
               "Record corrected") == 0
    qc3 = f"17/WS1/{YEAR}/QC-0003"
    assert capsys.readouterr().out == f"Certificate {qc3} issued; it supersedes {QC2}.\n"

    assert run(o, monkeypatch, "clerk", VIEWER_PASSWORD, "list", "--status", "valid",
               "--json") == 0
    assert [r["number"] for r in json.loads(capsys.readouterr().out)] == [qc3]
    assert run(o, monkeypatch, "clerk", VIEWER_PASSWORD, "list") == 0
    text = capsys.readouterr().out
    assert "Superseded" in text and "Revoked" in text

    assert run(o, monkeypatch, "clerk", VIEWER_PASSWORD, "show", QC2, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["status"], shown["revocation"]["superseded_by"], shown["record"]["number"]) \
        == ("superseded", qc3, QC2)
    assert shown["seal"].startswith("MR1:")
    assert run(o, monkeypatch, "clerk", VIEWER_PASSWORD, "show", qc3) == 0
    text = capsys.readouterr().out
    assert f"Supersedes     {QC2}: Record corrected" in text and "Seal" in text


def test_refusals_exit_1_with_the_message(valid: OfficeFixture,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    o = valid
    sh.suspend(o, sh.sp.SuspensionForm(ground=sh.G.QUALITY_DECISIONS, scope=sh.S.ITEM,
                                       item_id=o.ids["radio"], reason="Decision 3"))
    before = dump_database(o.db)
    assert run(o, monkeypatch, "clerk", VIEWER_PASSWORD, "check", "--acceptance", AR,
               "--json") == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert [c["condition"] for c in report["conditions"] if not c["ok"]] == ["not_suspended"]

    assert run(o, monkeypatch, "rep1", REP_PASSWORD, "issue", "--acceptance", AR) == 1
    err = capsys.readouterr().err
    assert err == ("The certificate cannot be issued (Article 27.5):\n• No suspension of "
                   f"acceptance and shipment: suspension 17/WS1/{YEAR}/SP-0001 is in force for "
                   "these goods.\n")
    assert run(o, monkeypatch, "clerk", VIEWER_PASSWORD, "issue", "--acceptance", AR) == 1
    assert "D. Omarova (Viewer) is not allowed to do this." in capsys.readouterr().err
    assert run(o, monkeypatch, "rep1", REP_PASSWORD, "issue", "--acceptance", "AR-404") == 1
    assert capsys.readouterr().err == "There is no acceptance record AR-404.\n"
    assert run(o, monkeypatch, "chief", CHIEF_PASSWORD, "revoke", "QC-404", "--reason", "x") == 1
    assert capsys.readouterr().err == "There is no certificate QC-404.\n"
    assert dump_database(o.db) == before


def test_usage_errors_exit_2(valid: OfficeFixture, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    o = valid
    assert run(o, monkeypatch, "rep1", REP_PASSWORD) == 2
    assert run(o, monkeypatch, "rep1", REP_PASSWORD, "issue") == 2  # --acceptance required
    assert run(o, monkeypatch, "chief", CHIEF_PASSWORD, "revoke", QC1) == 2  # --reason required
    assert run(o, monkeypatch, "rep1", REP_PASSWORD, "list", "--status", "lost") == 2
    assert "usage:" in capsys.readouterr().err
