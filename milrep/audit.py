"""Verify the hash chain of the audit journal (``milrep audit verify``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from milrep.db.journal import AUDIT_HEAD_KEY, GENESIS_HASH, audit_hash
from milrep.db.store import Database
from milrep.i18n import translate
from milrep.models.journal import AuditEntry, Meta


@dataclass(frozen=True)
class AuditReport:
    entries: int
    problems: tuple[tuple[int, str], ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_journal(db: Database, progress: Callable[[int], None] | None = None) -> AuditReport:
    """Walk the whole chain: an edited, deleted or reordered entry is reported by its number."""
    problems: list[tuple[int, str]] = []
    expected_seq, prev = 1, GENESIS_HASH
    count = 0
    with db.read() as s:
        rows = s.execute(select(AuditEntry).order_by(AuditEntry.seq)
                         .execution_options(yield_per=5000)).scalars()
        for e in rows:
            count += 1
            if e.seq != expected_seq:
                problems.append((e.seq, translate(
                    "milrep", "entries {first}–{last} are missing").format(
                        first=expected_seq, last=e.seq - 1)))
            if e.prev_hash != prev:
                problems.append((e.seq, translate(
                    "milrep", "does not follow the previous entry (deleted or reordered)")))
            at = e.at.isoformat(timespec="microseconds")
            if audit_hash(e.seq, at, e.actor, e.action, e.object_type, e.object_id, e.before,
                          e.after, e.prev_hash) != e.hash:
                problems.append((e.seq, translate("milrep", "content was altered")))
            prev, expected_seq = e.hash, e.seq + 1
            if progress is not None and count % 5000 == 0:
                progress(count)
        head = s.scalar(select(Meta.value).where(Meta.key == AUDIT_HEAD_KEY))
    # The chain alone cannot show that entries were cut off its end: every write also records
    # the newest entry's number and hash, which must match the last entry found.
    last_seq = expected_seq - 1
    if head is None:
        if count:
            problems.append((last_seq, translate(
                "milrep", "the record of the newest entry is missing (entries may have been "
                "removed from the end)")))
    else:
        head_seq, _, head_hash = head.partition(":")
        if int(head_seq) > last_seq:
            problems.append((int(head_seq), translate(
                "milrep", "entries {first}–{last} at the end are missing").format(
                    first=last_seq + 1, last=int(head_seq))))
        elif int(head_seq) < last_seq or head_hash != prev:
            problems.append((last_seq, translate(
                "milrep", "the newest entry does not match the recorded one")))
    return AuditReport(entries=count, problems=tuple(problems))
