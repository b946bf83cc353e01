"""``milrep backup``: a consistent copy that stays encrypted and opens with the same passwords."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from milrep.backup import backup_database
from milrep.db.store import SQLITE_PLAIN_HEADER, open_database
from milrep.errors import PermissionDenied, ValidationError
from milrep.models import AuditEntry, Organization
from milrep.models.organizations import OrgKind
from milrep.services import organizations
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.helpers import OfficeFixture, dump_database

CANARY = "CANARY-backup-7f3a9e"


def _plant_canary(o: OfficeFixture) -> None:
    with o.db.unit_of_work() as uow:
        organizations.create_organization(uow, o.chief, form=organizations.OrganizationForm(
            kind=OrgKind.RECIPIENT, name=CANARY, address=CANARY))


def test_backup_opens_with_the_same_password_and_is_not_plaintext(records: OfficeFixture,
                                                                   tmp_path: Path) -> None:
    _plant_canary(records)
    out = tmp_path / "copies" / "office-backup.milrep"
    out.parent.mkdir()
    result = backup_database(records.db, records.rep, out)
    assert result.path == out and result.size == out.stat().st_size
    assert result.keys_path == out.with_name(out.name + ".keys") and result.keys_path.exists()
    data = out.read_bytes()
    assert not data.startswith(SQLITE_PLAIN_HEADER)
    assert CANARY.encode() not in data
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name, out.name + ".keys"]

    copy, actor = open_database(out, "rep1", REP_PASSWORD)
    try:
        assert actor.username == "rep1"
        with copy.read() as s:
            assert s.scalar(select(func.count()).select_from(Organization)
                            .where(Organization.name == CANARY)) == 1
        assert dump_database(copy) == dump_database(records.db)
    finally:
        copy.close()
    open_database(out, "chief", CHIEF_PASSWORD)[0].close()


def test_viewer_may_not_back_up(office: OfficeFixture, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        backup_database(office.db, office.viewer, tmp_path / "b.milrep")
    assert not (tmp_path / "b.milrep").exists()


def test_existing_copy_is_kept_unless_overwrite(office: OfficeFixture, tmp_path: Path) -> None:
    out = tmp_path / "b.milrep"
    backup_database(office.db, office.chief, out)
    first = out.read_bytes()
    with pytest.raises(ValidationError, match="already exists"):
        backup_database(office.db, office.chief, out)
    assert out.read_bytes() == first
    _plant_canary(office)
    backup_database(office.db, office.chief, out, overwrite=True)
    copy, _ = open_database(out, "chief", CHIEF_PASSWORD)
    with copy.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == s.scalar(
            select(func.max(AuditEntry.seq)))
        assert s.scalars(select(Organization.id).where(Organization.name == CANARY)).first()
    copy.close()


def test_backup_cannot_replace_the_database(office: OfficeFixture) -> None:
    with pytest.raises(ValidationError, match="cannot replace the database"):
        backup_database(office.db, office.chief, office.path, overwrite=True)


def test_backup_into_a_missing_folder_is_refused(office: OfficeFixture, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        backup_database(office.db, office.chief, tmp_path / "nope" / "b.milrep")


def test_cli_backup(office: OfficeFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                    capsys: pytest.CaptureFixture[str]) -> None:
    from milrep import cli

    monkeypatch.setenv(cli.PASSWORD_ENV, CHIEF_PASSWORD)
    out = tmp_path / "cli-backup.milrep"
    argv = ["--db", str(office.path), "--user", "chief", "backup", "--out", str(out)]
    assert cli.main(argv) == 0
    assert "Encrypted backup written" in capsys.readouterr().out
    assert cli.main(argv) == 1
    assert "already exists" in capsys.readouterr().err
    assert cli.main([*argv, "--force"]) == 0
