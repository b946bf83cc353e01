"""``milrep asset``: list, balance and export through the same services as the screen."""

from __future__ import annotations

import io
import json
import sys

import pytest
from openpyxl import load_workbook

from milrep import cli
from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.models.assets import MovementKind
from tests.conftest import VIEWER_PASSWORD
from tests.core.asset_helpers import D0, move, movement, register
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
    return cli.main(["--db", str(o.path), "--user", "clerk", "asset", *argv],
                    kdf=FAST_KDF_FOR_TESTS)


def test_list_balance_and_export(records, monkeypatch, capsys, tmp_path):
    import datetime as dt

    o = records
    aid = register(o, "ИНВ-7", quantity="2.5", unit="кг")
    move(o, movement(aid, MovementKind.TRANSFER, "1", dt.date(2026, 2, 1)))
    assert run(o, monkeypatch, "list", "--json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["inventory_number"] == "ИНВ-7" and row["balance"] == "2.5"
    assert row["total_cost"] == "3125000.00" and row["status"] == "transferred"
    assert run(o, monkeypatch, "list") == 0
    assert "ИНВ-7" in capsys.readouterr().out
    assert run(o, monkeypatch, "balance", "ИНВ-7", "--at", "2026-01-31", "--json") == 0
    assert json.loads(capsys.readouterr().out)["by_location"] == {"Цех 3": "2.5"}
    assert run(o, monkeypatch, "balance", "ИНВ-7") == 0
    out = capsys.readouterr().out
    assert "Цех 3: 1.5 кг" in out and "Лаборатория климатических испытаний: 1 кг" in out
    assert run(o, monkeypatch, "balance", "ИНВ-404") == 1
    assert "No asset has inventory number ИНВ-404." in capsys.readouterr().err

    out_xlsx = tmp_path / "register.xlsx"
    assert run(o, monkeypatch, "export", "--format", "xlsx", "--out", str(out_xlsx)) == 0
    assert load_workbook(out_xlsx).active["A2"].value == "ИНВ-7"
    before = out_xlsx.read_bytes()
    assert run(o, monkeypatch, "export", "--format", "csv", "--out", str(out_xlsx)) == 1
    assert "already exists; add --force" in capsys.readouterr().err
    assert out_xlsx.read_bytes() == before
    mov = tmp_path / "mov.csv"
    assert run(o, monkeypatch, "export", "--movements", "--from", D0.isoformat(), "--to",
               "2026-12-31", "--format", "csv", "--out", str(mov)) == 0
    assert "Wrote" in capsys.readouterr().out
    assert mov.read_text("utf-8-sig").count("\n") == 3
    db_before = dump_database(o.db)
    assert run(o, monkeypatch, "export", "--movements", "--from", "2026-03-01", "--to",
               "2026-01-01", "--format", "pdf", "--out", str(tmp_path / "x.pdf")) == 1
    assert "To cannot be earlier than From." in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    assert run(o, monkeypatch, "export", "--movements", "--format", "pdf", "--out",
               str(tmp_path / "y.pdf")) == 1
    assert "--from" in capsys.readouterr().err
    assert dump_database(o.db) == db_before


def test_usage_errors_exit_2(records, monkeypatch, capsys):
    assert run(records, monkeypatch, "list", "--at", "yesterday") == 2
    assert "not a date" in capsys.readouterr().err
    assert run(records, monkeypatch, "export", "--format", "ods", "--out", "x") == 2
