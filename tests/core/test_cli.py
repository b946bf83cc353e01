"""The ``milrep`` command: exit codes, messages, JSON output (in-process, real temp databases)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from milrep import cli
from milrep.db.engine import raw_connect
from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.db.store import open_with_recovery
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD, VIEWER_PASSWORD
from tests.helpers import OfficeFixture

INIT_FLAGS = ["--office-code", "17", "--office-name", "Military representative office No. 17",
              "--plant", "Zhetysu Instrument Plant JSC", "--site-code", "WS1",
              "--site-name", "Laptop", "--chief-user", "chief", "--chief-name", "A. Serikbayev",
              "--chief-rank", "Lt. Col."]


class _Stdin(io.StringIO):
    def isatty(self) -> bool:
        return False


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may block on a prompt; no inherited password or user leaks in."""
    monkeypatch.setattr(sys, "stdin", _Stdin(""))
    for var in (cli.PASSWORD_ENV, cli.USER_ENV, cli.FAST_KDF_ENV):
        monkeypatch.delenv(var, raising=False)


def run(*argv: str) -> int:
    return cli.main(list(argv), kdf=FAST_KDF_FOR_TESTS)


def test_wrong_password_is_refused_with_the_message(office: OfficeFixture,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, "Wrong-password-1")
    assert run("--db", str(office.path), "--user", "chief", "info") == 1
    err = capsys.readouterr().err
    assert "Wrong user name or password." in err
    assert "Traceback" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("no-such-command") == 2
    assert run("audit") == 2
    assert run("backup") == 2  # --out is required
    assert run("demo", "--records", "-5") == 2
    assert "usage:" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--help") == 0
    assert "audit" in capsys.readouterr().out


def test_no_password_source_without_a_terminal(office: OfficeFixture,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--db", str(office.path), "--user", "chief", "info") == 1
    assert "MILREP_PASSWORD" in capsys.readouterr().err


def test_info_json_parses(office: OfficeFixture, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, VIEWER_PASSWORD)
    assert run("--db", str(office.path), "--user", "clerk", "info", "--json") == 0
    info = json.loads(capsys.readouterr().out)
    assert info["office"]["code"] == "17"
    assert info["users"] == {"total": 3, "active": 3}
    assert info["records"]["users"] == 3
    assert sorted(info["key_slots"]["users"]) == ["chief", "clerk", "rep1"]
    assert info["key_slots"]["recovery"] is True
    assert info["schema_revision"]
    assert info["sqlcipher_version"].startswith("4.")
    assert info["files"][office.path.name] > 0


def test_info_text_and_password_file(office: OfficeFixture, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    pw = tmp_path / "pw.txt"
    pw.write_text(REP_PASSWORD + "\n", encoding="utf-8")
    assert run("--db", str(office.path), "--user", "rep1", "--password-file", str(pw),
               "info") == 0
    out = capsys.readouterr().out
    assert "Zhetysu Instrument Plant JSC" in out and "control_list_items" in out


def test_missing_password_file_is_refused(office: OfficeFixture, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--db", str(office.path), "--user", "rep1", "--password-file",
               str(tmp_path / "nope.txt"), "info") == 1
    assert "cannot be read" in capsys.readouterr().err


def test_missing_database_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, CHIEF_PASSWORD)
    assert run("--db", str(tmp_path / "none.milrep"), "--user", "chief", "info") == 1
    assert "There is no database" in capsys.readouterr().err


def test_audit_verify_ok_then_tampered(records: OfficeFixture, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, CHIEF_PASSWORD)
    args = ("--db", str(records.path), "--user", "chief", "audit", "verify")
    assert run(*args) == 0
    assert "intact" in capsys.readouterr().out

    conn = raw_connect(records.path, records.db.key)
    try:
        conn.execute("DROP TRIGGER audit_journal_no_update")
        conn.execute("UPDATE audit_journal SET after = '{\"name\":\"forged\"}' WHERE seq = 3")
    finally:
        conn.close()
    assert run(*args) == 1
    out = capsys.readouterr().out
    assert "DAMAGED" in out and "entry 3: content was altered" in out

    assert run(*args, "--json") == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["problems"][0]["seq"] == 3


def test_audit_verify_detects_a_deleted_entry(office: OfficeFixture,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, CHIEF_PASSWORD)
    conn = raw_connect(office.path, office.db.key)
    try:
        conn.execute("DROP TRIGGER audit_journal_no_delete")
        conn.execute("DELETE FROM audit_journal WHERE seq = 2")
    finally:
        conn.close()
    assert run("--db", str(office.path), "--user", "chief", "audit", "verify") == 1
    assert "missing" in capsys.readouterr().out


def test_init_with_flags_prints_the_recovery_code_once(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.milrep"
    monkeypatch.setenv(cli.PASSWORD_ENV, CHIEF_PASSWORD)
    assert run("--db", str(path), "init", *INIT_FLAGS) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    code = lines[lines.index("RECOVERY CODE (shown only this once):") + 1].strip()
    assert out.count(code) == 1
    assert "seal it in an envelope" in out
    open_with_recovery(path, code).close()
    # A second init at the same place is refused and leaves the first database alone.
    assert run("--db", str(path), "init", *INIT_FLAGS) == 1
    assert "already exists" in capsys.readouterr().err


def test_init_refuses_a_weak_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, "short1")
    path = tmp_path / "new.milrep"
    assert run("--db", str(path), "init", *INIT_FLAGS) == 1
    assert "at least 10 characters" in capsys.readouterr().err
    assert not path.exists()


def test_init_without_flags_and_without_terminal_is_a_usage_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, CHIEF_PASSWORD)
    assert run("--db", str(tmp_path / "x.milrep"), "init", "--office-code", "17") == 2
    assert "--office-name is required" in capsys.readouterr().err


def test_demo_explains_the_password_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, "onlyletters")
    path = tmp_path / "demo.milrep"
    assert run("--db", str(path), "demo") == 1
    err = capsys.readouterr().err
    assert "demo password" in err and "letters and digits" in err
    assert not path.exists()


def test_demo_refuses_to_overwrite_without_force(office: OfficeFixture,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, CHIEF_PASSWORD)
    assert run("--db", str(office.path), "demo") == 1
    assert "--force" in capsys.readouterr().err
    # --force never deletes a real office database.
    assert run("--db", str(office.path), "demo", "--force") == 1
    assert "not a demo" in capsys.readouterr().err
    assert office.path.exists()


def test_gui_without_display_says_so(monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    assert run() == 1
    assert "No graphical display" in capsys.readouterr().err


def _frontends(monkeypatch: pytest.MonkeyPatch, *found: object) -> None:
    import importlib.metadata

    real = importlib.metadata.entry_points

    def fake(**params: object) -> object:
        if params.get("group") == cli.FRONTENDS_GROUP:
            return list(found)
        return real(**params)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.metadata, "entry_points", fake)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


def test_the_gui_is_registered_as_a_frontend_plugin() -> None:
    from importlib.metadata import entry_points

    [gui] = [e for e in entry_points(group=cli.FRONTENDS_GROUP) if e.name == "gui"]
    assert gui.value == "ui.app:main"


def test_gui_without_a_frontend_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    _frontends(monkeypatch)
    assert run("--db", str(tmp_path / "x.milrep"), "gui") == 1
    err = capsys.readouterr().err
    assert "No desktop interface is installed" in err and "Traceback" not in err


def test_gui_reports_a_frontend_that_fails_to_load(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import EntryPoint

    monkeypatch.setitem(sys.modules, "ui.app", None)  # makes the import fail
    _frontends(monkeypatch, EntryPoint("gui", "ui.app:main", cli.FRONTENDS_GROUP))
    assert run("--db", str(tmp_path / "x.milrep"), "gui") == 1
    assert "desktop interface cannot be loaded" in capsys.readouterr().err


def test_gui_passes_the_database_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import types
    from importlib.metadata import EntryPoint

    seen: list[Path | None] = []
    fake = types.ModuleType("fake_frontend")
    fake.main = lambda db_path=None, argv=None: seen.append(db_path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_frontend", fake)
    _frontends(monkeypatch, EntryPoint("gui", "fake_frontend:main", cli.FRONTENDS_GROUP))
    assert run("--db", str(tmp_path / "x.milrep")) == 0
    assert seen == [tmp_path / "x.milrep"]


def test_default_database_is_in_the_user_data_folder() -> None:
    path = cli.default_db_path()
    assert path.name == "office.milrep" and "milrep" in str(path.parent)


# --- recover ----------------------------------------------------------------------------------

def test_recover_sets_a_new_password_with_the_code(office: OfficeFixture,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from milrep.db.store import open_database

    monkeypatch.setenv(cli.RECOVERY_CODE_ENV, office.recovery_code)
    monkeypatch.setenv(cli.PASSWORD_ENV, "Sealed-envelope-2026")
    assert run("--db", str(office.path), "recover", "--user", "rep1") == 0
    assert "new password of rep1 is set" in capsys.readouterr().out
    db, actor = open_database(office.path, "rep1", "Sealed-envelope-2026")
    db.close()
    assert actor.username == "rep1"


def test_recover_reads_the_password_file(office: OfficeFixture, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from milrep.db.store import open_database

    secret = tmp_path / "pw.txt"
    secret.write_text("Sealed-envelope-2026\n", encoding="utf-8")
    monkeypatch.setenv(cli.RECOVERY_CODE_ENV, office.recovery_code)
    assert run("--db", str(office.path), "--password-file", str(secret), "recover",
               "--user", "chief") == 0
    open_database(office.path, "chief", "Sealed-envelope-2026")[0].close()


@pytest.mark.parametrize(("code", "user", "password", "message"), [
    ("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "chief", "Sealed-envelope-2026",
     "The recovery code is wrong."),
    (None, "nobody", "Sealed-envelope-2026", "There is no user nobody"),
    (None, "chief", "short1", "at least 10 characters"),
    ("", "chief", "Sealed-envelope-2026", "No recovery code given"),
])
def test_recover_refusals_change_nothing(office: OfficeFixture, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str], code: str | None,
                                         user: str, password: str, message: str) -> None:
    from tests.helpers import dump_database

    before, key_bytes = dump_database(office.db), office.db.keyfile_path.read_bytes()
    monkeypatch.setenv(cli.RECOVERY_CODE_ENV, office.recovery_code if code is None else code)
    monkeypatch.setenv(cli.PASSWORD_ENV, password)
    assert run("--db", str(office.path), "recover", "--user", user) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert dump_database(office.db) == before
    assert office.db.keyfile_path.read_bytes() == key_bytes
