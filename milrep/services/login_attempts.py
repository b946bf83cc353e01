"""Failed sign-ins: three wrong passwords in a row make the next attempt wait, and are recorded.

Kept per database in a small sidecar file ``<db>.attempts`` (JSON, written atomically): for each
user name the number of consecutive failures and when the first and the last happened. Nothing
secret is stored. After :data:`FREE_FAILURES` failures a further attempt is refused for 30 s,
then 60, 120, … up to 15 minutes, and that refusal comes before the (deliberately slow) key
derivation. A successful sign-in clears the count and writes one audit-journal entry
``auth.failed_attempts`` saying how many failures preceded it.

The file only slows guessing down; it never stands in a legitimate user's way: a missing,
unreadable or damaged file counts as "no failures", and a file that cannot be written is
skipped (the folder of a database that cannot be written cannot be used anyway).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select

from milrep.db.files import write_atomic
from milrep.errors import AuthenticationError, UserError
from milrep.i18n import translate

if TYPE_CHECKING:
    from milrep.db.store import Database
    from milrep.services.auth import Actor

log = logging.getLogger(__name__)

FORMAT = "milrep-login-attempts"
SUFFIX = ".attempts"
FREE_FAILURES = 3
FIRST_WAIT = dt.timedelta(seconds=30)
LONGEST_WAIT = dt.timedelta(minutes=15)
#: Names typed that are no account would otherwise pile up: the oldest are forgotten.
MAX_NAMES = 200
ACTION = "auth.failed_attempts"

Clock = Callable[[], dt.datetime]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class FailedAttempts:
    """Consecutive wrong passwords of one user name since their last successful sign-in."""

    count: int = 0
    first: dt.datetime | None = None
    last: dt.datetime | None = None

    def wait(self) -> dt.timedelta:
        """How long after :attr:`last` the next attempt must wait (zero: at once)."""
        if self.count < FREE_FAILURES:
            return dt.timedelta(0)
        doublings = min(self.count - FREE_FAILURES, 16)
        return min(FIRST_WAIT * (2 ** doublings), LONGEST_WAIT)

    def as_json(self) -> dict[str, Any]:
        return {"count": self.count,
                "first": self.first.isoformat() if self.first else None,
                "last": self.last.isoformat() if self.last else None}


def attempts_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


class LoginAttempts:
    """The failed sign-ins of one database."""

    def __init__(self, db_path: Path, *, clock: Clock | None = None) -> None:
        self.path = attempts_path(db_path)
        self.clock = clock or utcnow

    # --- the file ----------------------------------------------------------------------------

    def _load(self) -> dict[str, FailedAttempts]:
        try:
            doc = json.loads(self.path.read_bytes().decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError("not an attempts file")
            users = doc["users"]
            if not isinstance(users, dict):
                raise ValueError("users is not a mapping")
            return {str(name): _entry(value) for name, value in users.items()}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as e:
            log.warning("ignoring unreadable %s: %s", self.path, e)
            return {}

    def _save(self, users: dict[str, FailedAttempts]) -> None:
        if len(users) > MAX_NAMES:
            newest = sorted(users.items(), key=lambda kv: kv[1].last or dt.datetime.min.replace(
                tzinfo=dt.UTC), reverse=True)[:MAX_NAMES]
            users = dict(newest)
        doc = {"format": FORMAT, "version": 1,
               "users": {name: a.as_json() for name, a in sorted(users.items())}}
        try:
            write_atomic(self.path, json.dumps(doc, indent=1, sort_keys=True).encode("utf-8"))
        except UserError as e:
            log.warning("could not record failed sign-ins in %s: %s", self.path, e)

    # --- the rules ---------------------------------------------------------------------------

    def of(self, username: str) -> FailedAttempts:
        return self._load().get(username, FailedAttempts())

    def seconds_to_wait(self, username: str) -> int:
        a = self.of(username)
        if a.last is None:
            return 0
        # Capped by the wait itself: a clock set back must not lock anyone out for longer.
        left = min((a.last + a.wait() - self.clock()).total_seconds(),
                   a.wait().total_seconds())
        return max(0, math.ceil(left))

    def check(self, username: str) -> None:
        """Refuse the attempt while ``username`` must still wait (call before deriving a key)."""
        seconds = self.seconds_to_wait(username)
        if seconds:
            raise AuthenticationError(translate(
                "milrep", "Wrong password {count} times: wait {seconds} seconds before trying "
                "again.").format(count=self.of(username).count, seconds=seconds))

    def record_failure(self, username: str) -> FailedAttempts:
        users = self._load()
        now = self.clock()
        old = users.get(username, FailedAttempts())
        users[username] = FailedAttempts(count=old.count + 1, first=old.first or now, last=now)
        self._save(users)
        return users[username]

    def clear(self, username: str) -> FailedAttempts:
        """Forget ``username``'s failures; return what they were."""
        users = self._load()
        old = users.pop(username, FailedAttempts())
        if old.count:
            self._save(users)
        return old


def record_in_journal(db: Database, actor: Actor, failed: FailedAttempts) -> None:
    """One hash-chained audit entry: ``actor`` signed in after ``failed`` wrong passwords."""
    from milrep.db import journal  # noqa: PLC0415 - the journal imports the models
    from milrep.models.journal import AuditEntry, Meta  # noqa: PLC0415

    with db.unit_of_work() as uow:
        conn = uow.session.connection()
        last = conn.execute(select(AuditEntry.seq, AuditEntry.hash)
                            .order_by(AuditEntry.seq.desc()).limit(1)).first()
        seq, prev_hash = (last[0] + 1, last[1]) if last else (1, journal.GENESIS_HASH)
        now = dt.datetime.now(dt.UTC)
        at = now.isoformat(timespec="microseconds")
        after = journal.dumps(failed.as_json())
        h = journal.audit_hash(seq, at, actor.username, ACTION, "users", actor.user_id.hex,
                               None, after, prev_hash)
        conn.execute(insert(AuditEntry), {
            "seq": seq, "at": now, "actor": actor.username, "action": ACTION,
            "object_type": "users", "object_id": actor.user_id.hex, "before": None,
            "after": after, "prev_hash": prev_hash, "hash": h})
        conn.execute(insert(Meta).prefix_with("OR REPLACE"),
                     {"key": journal.AUDIT_HEAD_KEY, "value": f"{seq}:{h}"})
        uow.commit()


def signed_in(db: Database, actor: Actor, attempts: LoginAttempts) -> FailedAttempts:
    """After a successful sign-in: journal the failures that preceded it, then forget them.

    The entry is written before the count is cleared, so a failure in between can at worst
    repeat the entry, never lose it. A database that cannot be written does not stop the
    sign-in (the count then stays and is journaled next time).
    """
    failed = attempts.of(actor.username)
    if not failed.count:
        return failed
    try:
        record_in_journal(db, actor, failed)
    except UserError as e:
        log.warning("could not journal %d failed sign-ins of %s: %s", failed.count,
                    actor.username, e)
        return failed
    attempts.clear(actor.username)
    return failed


def _entry(value: object) -> FailedAttempts:
    if not isinstance(value, dict):
        raise ValueError("entry is not a mapping")
    count = int(value["count"])
    if count < 0:
        raise ValueError("negative count")
    return FailedAttempts(count=count, first=_when(value.get("first")),
                          last=_when(value.get("last")))


def _when(value: object) -> dt.datetime | None:
    if value is None:
        return None
    when = dt.datetime.fromisoformat(str(value))
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
