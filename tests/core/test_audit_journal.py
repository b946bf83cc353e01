"""The audit journal: append-only in the database itself, and any tampering reported by entry number."""

from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from milrep.audit import verify_journal
from milrep.db.engine import raw_connect
from tests.helpers import OfficeFixture, tamper

UNLOCK = ("DROP TRIGGER audit_journal_no_update", "DROP TRIGGER audit_journal_no_delete")


def _problems(o: OfficeFixture) -> list[tuple[int, str]]:
    return list(verify_journal(o.db).problems)


def test_untouched_journal_verifies(records: OfficeFixture) -> None:
    report = verify_journal(records.db)
    assert report.ok and report.entries > 20


@pytest.mark.parametrize("sql", ["UPDATE audit_journal SET actor = 'x' WHERE seq = 3",
                                 "DELETE FROM audit_journal WHERE seq = 3"])
def test_the_database_refuses_edits(records: OfficeFixture, sql: str) -> None:
    conn = raw_connect(records.path, records.db.key)
    try:
        with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
            conn.execute(sql)
    finally:
        conn.close()
    assert verify_journal(records.db).ok


def test_edited_entry(records: OfficeFixture) -> None:
    tamper(records.path, records.db.key, *UNLOCK,
           "UPDATE audit_journal SET after = coalesce(after, '') || ' ' WHERE seq = 7")
    assert _problems(records) == [(7, "content was altered")]


def test_edited_entry_with_its_hash_recomputed_breaks_the_next_link(records: OfficeFixture) -> None:
    tamper(records.path, records.db.key, *UNLOCK,
           "UPDATE audit_journal SET actor = 'intruder', hash = '" + "ab" * 32 + "' WHERE seq = 7")
    problems = _problems(records)
    assert (7, "content was altered") in problems
    assert (8, "does not follow the previous entry (deleted or reordered)") in problems


def test_deleted_entry_in_the_middle(records: OfficeFixture) -> None:
    tamper(records.path, records.db.key, *UNLOCK, "DELETE FROM audit_journal WHERE seq IN (5, 6)")
    assert _problems(records) == [(7, "entries 5–6 are missing"),
                                  (7, "does not follow the previous entry (deleted or reordered)")]


def test_reordered_entries(records: OfficeFixture) -> None:
    tamper(records.path, records.db.key, *UNLOCK,
           "UPDATE audit_journal SET seq = -1 WHERE seq = 5",
           "UPDATE audit_journal SET seq = 5 WHERE seq = 6",
           "UPDATE audit_journal SET seq = 6 WHERE seq = -1")
    numbers = {n for n, _ in _problems(records)}
    assert numbers == {5, 6, 7}


def test_entries_cut_off_the_end(records: OfficeFixture) -> None:
    last = verify_journal(records.db).entries
    tamper(records.path, records.db.key, *UNLOCK,
           f"DELETE FROM audit_journal WHERE seq > {last - 2}")
    assert _problems(records) == [(last, f"entries {last - 1}–{last} at the end are missing")]


def test_head_record_removed(records: OfficeFixture) -> None:
    last = verify_journal(records.db).entries
    tamper(records.path, records.db.key, "DELETE FROM milrep_meta WHERE key = 'audit_head'")
    assert [n for n, _ in _problems(records)] == [last]


def test_progress_is_reported(records: OfficeFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    report = verify_journal(records.db, progress=seen.append)
    assert report.ok and all(n <= report.entries for n in seen)
