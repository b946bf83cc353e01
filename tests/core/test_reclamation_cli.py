"""``milrep reclamation list|show``: exit codes, messages, JSON."""

from __future__ import annotations

import io
import json
import sys

import pytest

from milrep import cli
from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.models.reclamations import Remedy
from tests.conftest import VIEWER_PASSWORD
from tests.core.reclamation_helpers import at_findings, notify, remedy
from tests.helpers import OfficeFixture, dump_database


class _Stdin(io.StringIO):
    def isatty(self) -> bool:
        return False


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(""))
    for var in (cli.PASSWORD_ENV, cli.USER_ENV, cli.FAST_KDF_ENV):
        monkeypatch.delenv(var, raising=False)


def run(o: OfficeFixture, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setenv(cli.PASSWORD_ENV, VIEWER_PASSWORD)
    return cli.main(["--db", str(o.path), "--user", "clerk", "reclamation", *argv],
                    kdf=FAST_KDF_FOR_TESTS)


def test_list_and_show(records: OfficeFixture, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str]) -> None:
    o = records
    assert run(o, monkeypatch, "list") == 0
    assert "No reclamations." in capsys.readouterr().out
    rid = at_findings(o, irreparable=True, hidden_defect=True, whole_lot_affected=True,
                      in_work_in_progress=True)
    remedy(o, rid, Remedy.WHOLE_LOT_RETURN, completed_on=None, term_days=5)
    notify(o, serials=("0405",), defect_description="Display dark")
    assert run(o, monkeypatch, "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in rows] == ["17/WS1/2026/RC-0002", "17/WS1/2026/RC-0001"]
    assert rows[1]["status"] == "remedy" and rows[1]["overdue"] is True
    assert rows[0]["penalty_days"] is None
    assert run(o, monkeypatch, "list", "--status", "notified") == 0
    out = capsys.readouterr().out
    assert "RC-0002" in out and "RC-0001" not in out
    assert run(o, monkeypatch, "show", "17/WS1/2026/RC-0001") == 0
    out = capsys.readouterr().out
    assert "Article 29.4: an irreparable hidden defect" in out
    assert "a suspension is proposed (Article 27.4.8)" in out and "overdue by" in out
    assert run(o, monkeypatch, "show", "17/WS1/2026/RC-0001", "--json") == 0
    d = json.loads(capsys.readouterr().out)
    assert d["outcome"]["whole_lot_return"] is True and d["findings"]["hidden_defect"] is True
    assert [m["party"] for m in d["commission"]["members"]] == [
        "recipient", "contractor", "military_representative"]


def test_show_unknown_number_exits_1_and_changes_nothing(
        records: OfficeFixture, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = dump_database(records.db)
    assert run(records, monkeypatch, "show", "X-1") == 1
    assert "There is no reclamation X-1." in capsys.readouterr().err
    assert run(records, monkeypatch, "list", "--status", "bogus") == 2
    after = dump_database(records.db)
    # opening the database as the clerk is journaled as a login; nothing else moved
    assert {k: v for k, v in after.items() if k not in ("audit_journal", "login_attempts")} == {
        k: v for k, v in before.items() if k not in ("audit_journal", "login_attempts")}


def test_document_pdf_prints_the_act(records: OfficeFixture, monkeypatch: pytest.MonkeyPatch,
                                     tmp_path: object) -> None:
    from pathlib import Path

    at_findings(records)
    out = Path(str(tmp_path)) / "act.pdf"
    monkeypatch.setenv(cli.PASSWORD_ENV, VIEWER_PASSWORD)
    assert cli.main(["--db", str(records.path), "--user", "clerk", "document", "pdf",
                     "reclamation_act", "17/WS1/2026/RC-0001", "--out", str(out)],
                    kdf=FAST_KDF_FOR_TESTS) == 0
    assert out.read_bytes().startswith(b"%PDF")
