"""Opening, creating and using the office database: the entry point of the core.

``create_database`` makes the encrypted file, its key file and the head of office;
``open_database`` unlocks it with a user's password; ``Database.unit_of_work`` gives one session
per user action with the journal hooks installed.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, event, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

import milrep.models  # noqa: F401  (registers every table)
from milrep.db import journal, migrate
from milrep.db.engine import make_engine
from milrep.db.files import storage_error
from milrep.db.hlc import HybridClock
from milrep.db.keyslots import (DEFAULT_KDF, KdfParams, KeySlotFile, new_database_key,
                                new_keyslot_file, new_recovery_code)
from milrep.errors import AuthenticationError, StorageError, UserError
from milrep.i18n import translate
from milrep.models import Meta, Office, Site, SiteClock, User
from milrep.models.users import Role
from milrep.services.auth import Actor, Permission, require

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Changes:
    """What a mutating service changed; views refresh from it (never by calling each other)."""

    tables: frozenset[str] = frozenset()
    id: uuid.UUID | None = None

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))


class UnitOfWork:
    """One session for one user action. Services call :meth:`begin`, then :meth:`commit`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.session: Session = db.sessionmaker()
        self.session.info.update(site_id=db.site_id, clock=db.clock)
        self.actor: Actor | None = None

    def begin(self, actor: Actor, permission: Permission, action: str) -> Session:
        """Check the actor may do ``action`` and attribute every write that follows to them."""
        require(actor, permission)
        self.actor = actor
        self.session.info["actor"] = actor.username
        self.session.info["action"] = action
        return self.session

    def commit(self, id: uuid.UUID | None = None) -> Changes:
        try:
            self.session.commit()
        except DBAPIError as e:
            self.session.rollback()
            self.session.info.pop("changed_tables", None)
            translated = _storage_failure(e, self.db.path)
            if translated is None:
                raise
            raise translated from e
        tables = frozenset(self.session.info.pop("changed_tables", set()))
        return Changes(tables=tables, id=id)

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> None:
        if exc_type is not None:
            self.session.rollback()
            self.session.info.pop("changed_tables", None)
        self.close()
        # A flush inside a service (explicit or before a query) can hit a full disk or a
        # read-only file too: the person gets the same clear message as for a failed commit.
        if isinstance(exc, DBAPIError):
            translated = _storage_failure(exc, self.db.path)
            if translated is not None:
                raise translated from exc


@dataclass
class Database:
    path: Path
    engine: Engine
    key: bytes = field(repr=False)
    database_id: str
    site_id: uuid.UUID
    clock: HybridClock
    kdf: KdfParams = DEFAULT_KDF
    #: Wrong passwords typed for this user since their previous sign-in (set by open_database;
    #: a ``milrep.services.login_attempts.FailedAttempts``), for the UI to mention once.
    failed_attempts: object | None = None

    def __post_init__(self) -> None:
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.sessionmaker, "before_flush", journal.before_flush)
        event.listen(self.sessionmaker, "after_flush", journal.after_flush)
        event.listen(self.sessionmaker, "do_orm_execute", journal.refuse_bulk_writes)

    @property
    def keyfile_path(self) -> Path:
        return KeySlotFile.path_for(self.path)

    def keyslots(self) -> KeySlotFile:
        return KeySlotFile.load(self.keyfile_path)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session for queries (no actor needed, nothing may be written)."""
        s = self.sessionmaker()
        try:
            yield s
        except DBAPIError as e:
            if not _damage(e):
                raise
            raise StorageError(_damaged(self.path)) from e
        finally:
            s.rollback()
            s.close()

    def verify_password(self, username: str, password: str) -> None:
        """Raise :class:`AuthenticationError` unless ``password`` is ``username``'s password."""
        self.keyslots().unlock(username, password)

    def actor_for(self, username: str) -> Actor:
        with self.read() as s:
            user = s.scalars(select(User).where(User.username == username)).first()
            if user is None:
                joining = _joining_actor(s, username)
                if joining is not None:
                    return joining
                raise AuthenticationError(translate("milrep", "Wrong user name or password."))
            if not user.active:
                raise AuthenticationError(translate(
                    "milrep", "The account {user} is disabled. Ask the head of office.")
                    .format(user=username))
            return Actor(user_id=user.id, username=user.username, full_name=user.full_name,
                         role=user.role)

    def close(self) -> None:
        self.engine.dispose()


@dataclass(frozen=True)
class NewOffice:
    office_code: str
    office_name: str
    plant_name: str
    site_code: str
    site_name: str
    chief_username: str
    chief_full_name: str
    chief_rank: str
    chief_password: str


def create_database(path: Path, spec: NewOffice, *, kdf: KdfParams = DEFAULT_KDF
                    ) -> tuple[Database, Actor, str]:
    """Create the encrypted database and its key file; return it, the chief and the recovery code.

    The recovery code is returned once and never stored in clear: print it and lock it away.
    """
    chief_id = uuid.uuid4()
    now = dt.datetime.now(dt.UTC)

    def rows(site_id: uuid.UUID) -> list[object]:
        return [Office(code=spec.office_code.strip(), name=spec.office_name.strip(),
                       plant_name=spec.plant_name.strip(), realm_id=uuid.uuid4()),
                Site(id=site_id, code=spec.site_code.strip(), name=spec.site_name.strip()),
                User(id=chief_id, username=spec.chief_username, full_name=spec.chief_full_name,
                     rank=spec.chief_rank, role=Role.CHIEF, created_at=now,
                     password_changed_at=now)]

    # this workstation's signing key and age identity, and the office root key
    db, recovery = new_database(path, spec.chief_username, spec.chief_password, kdf,
                                action="office.create", rows=rows, with_root=True)
    actor = Actor(user_id=chief_id, username=spec.chief_username,
                  full_name=spec.chief_full_name, role=Role.CHIEF)
    return db, actor, recovery


def new_database(path: Path, username: str, password: str, kdf: KdfParams, *, action: str,
                 rows: Callable[[uuid.UUID], list[object]], with_root: bool
                 ) -> tuple[Database, str]:
    """What every new database goes through (an office's first, or a joining workstation's):
    the person's name and password checked, the file name free, a new key with the person's key
    slot and the recovery code, the schema, the database and site ids with ``rows(site_id)``,
    this workstation's keys (and the office root key ``with_root``), the key file written last.
    When a step fails nothing is left behind. Returns the database and the recovery code."""
    from milrep.services.site_keys import create_site_keys  # noqa: PLC0415 - cycle
    from milrep.services.users import check_password_rules, check_username  # noqa: PLC0415

    path = Path(path)
    keyfile = KeySlotFile.path_for(path)
    check_username(username)
    check_password_rules(username, password)
    if path.exists() or keyfile.exists():
        raise StorageError(translate("milrep", "A database already exists at {path}; choose "
                                     "another file name.").format(path=path))
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True)
        except OSError as e:
            raise storage_error(e, path) from e
    key = new_database_key()
    recovery = new_recovery_code()
    slots = new_keyslot_file().with_user(username, password, key, kdf)
    slots = slots.with_recovery(recovery, key, kdf)
    site_id = uuid.uuid4()
    engine: Engine | None = None
    try:
        engine = make_engine(path, key)
        migrate.upgrade(engine)
        db = Database(path=path, engine=engine, key=key, database_id=slots.database_id,
                      site_id=site_id, clock=HybridClock(), kdf=kdf)
        with db.unit_of_work() as uow:
            s = uow.session
            s.info.update(actor=username, action=action)
            s.add_all([Meta(key="database_id", value=slots.database_id),
                       Meta(key="site_id", value=site_id.hex), *rows(site_id)])
            s.flush()
            create_site_keys(s, site_id=site_id, with_root=with_root)
            uow.commit()
        slots.save(keyfile)
    except (OSError, DBAPIError, UserError) as e:
        _abandon_creation(e, engine, path)
    return db, recovery


#: meta keys of a workstation that has asked to join an office and holds none of its data yet
#: (written by :func:`milrep.db.joining.create_joining_database`)
JOIN_REALM, JOIN_INFO = "join_realm", "join_info"


def _joining_actor(s: Session, username: str) -> Actor | None:
    """The provisional actor of a workstation that has not received the office data yet."""
    raw = s.scalars(select(Meta.value).where(Meta.key == JOIN_INFO)).first()
    if raw is None or s.scalars(select(User.id).limit(1)).first() is not None:
        return None  # the office data has arrived: its accounts count from now on
    who = json.loads(raw)
    if who.get("username") != username:
        return None
    return Actor(user_id=uuid.UUID(hex=who["id"]), username=username,
                 full_name=who.get("full_name", username), role=Role.REPRESENTATIVE)


def open_database(path: Path, username: str, password: str, *,
                  clock: Callable[[], dt.datetime] | None = None) -> tuple[Database, Actor]:
    """Unlock the database with a user's password.

    Wrong passwords are counted in the ``<db>.attempts`` sidecar: after three in a row the next
    attempt must wait (refused before the slow key derivation). On success the count is cleared
    and one audit entry records it (``db.failed_attempts`` says how many there were). Nothing
    else on disk is changed on failure. ``clock`` is for tests.
    """
    from milrep.services import login_attempts  # noqa: PLC0415 - it imports this module

    path = Path(path)
    slots = _load_slots(path)
    attempts = login_attempts.LoginAttempts(path, clock=clock)
    attempts.check(username)
    try:
        key = slots.unlock(username, password)
    except AuthenticationError:
        attempts.record_failure(username)
        raise
    db = open_with_key(path, key, slots)
    try:
        actor = db.actor_for(username)
        db.failed_attempts = login_attempts.signed_in(db, actor, attempts)
        return db, actor
    except Exception:
        db.close()
        raise


def check_database_files(path: Path) -> None:
    """Raise the :class:`UserError` that opening ``path`` would meet before any password is
    typed: no database there, not a milrep database, key file missing or damaged."""
    _load_slots(Path(path))


def open_with_recovery(path: Path, code: str) -> Database:
    """Unlock with the recovery code (the head of office then sets new passwords)."""
    path = Path(path)
    slots = _load_slots(path)
    return open_with_key(path, slots.unlock_recovery(code), slots)


def open_with_key(path: Path, key: bytes, slots: KeySlotFile) -> Database:
    _check_file(path)
    engine = make_engine(path, key)
    try:
        try:
            migrate.upgrade(engine)
            with engine.connect() as conn:
                meta = {k: v for k, v in conn.execute(select(Meta.key, Meta.value))}
                site_id = uuid.UUID(meta["site_id"])
                last = conn.execute(select(SiteClock.last_hlc)
                                    .where(SiteClock.site_id == site_id)).scalar()
        except DBAPIError as e:
            if _damage(e):
                # The key came out of a slot, so the key file is intact: either it belongs to
                # another database or this file is damaged (SQLCipher cannot tell them apart).
                raise StorageError(translate(
                    "milrep", "{path} cannot be opened with its key file: the database is damaged "
                    "or is not a milrep database, or the key file belongs to another database. "
                    "Put back the key file created with this database or restore both from your "
                    "latest backup; nothing has been changed.").format(path=path)) from e
            raise _open_error(e, path) from e
        if meta.get("database_id") != slots.database_id:
            raise StorageError(translate(
                "milrep", "The key file next to {path} belongs to another database. Put back "
                "the key file that was created with this database.").format(path=path))
        return Database(path=path, engine=engine, key=key, database_id=slots.database_id,
                        site_id=site_id, clock=HybridClock(last or 0))
    except Exception:
        engine.dispose()
        raise


# --- internals ------------------------------------------------------------------------------

def _load_slots(path: Path) -> KeySlotFile:
    _check_file(path)
    return KeySlotFile.load(KeySlotFile.path_for(path))


def _check_file(path: Path) -> None:
    if not path.exists():
        raise StorageError(translate("milrep", "There is no database at {path}.").format(path=path))
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as e:
        raise StorageError(translate("milrep", "{path} cannot be read: {reason}")
                           .format(path=path, reason=e.strerror)) from e
    if head == SQLITE_PLAIN_HEADER:
        raise StorageError(translate(
            "milrep", "{path} is an unencrypted SQLite file, not a milrep database.")
            .format(path=path))
    if len(head) < 16:
        raise StorageError(_damaged(path))


def _damaged(path: Path) -> str:
    return translate("milrep", "{path} is damaged or is not a milrep database. Restore it from "
                     "your latest backup; the damaged file has not been changed.").format(path=path)


def _open_error(e: DBAPIError, path: Path) -> UserError:
    text = str(e.orig).lower()
    if "not a database" in text or "malformed" in text or "no such table" in text:
        return StorageError(_damaged(path))
    return _operational_error(e, path)


# SQLite primary result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


def _sqlite_code(e: DBAPIError) -> int | None:
    code = getattr(e.orig, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def _damage(e: DBAPIError) -> bool:
    code = _sqlite_code(e)
    if code is not None:
        return code in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(e.orig).lower()
    return "not a database" in text or "malformed" in text


def _storage_failure(e: DBAPIError, path: Path) -> UserError | None:
    """The user-facing error for a storage failure; ``None`` for anything else (a bug)."""
    if isinstance(e, OperationalError) or _damage(e):
        return _operational_error(e, path)
    return None


def _operational_error(e: DBAPIError, path: Path) -> UserError:
    code = _sqlite_code(e)
    text = str(e.orig).lower()
    if code == SQLITE_FULL or (code is None and "full" in text):
        return storage_error(OSError(errno.ENOSPC, "disk full"), path)
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM) or (code is None and (
            "readonly" in text or "read-only" in text or "unable to open" in text)):
        return storage_error(OSError(errno.EROFS, "read-only"), path)
    if _damage(e):
        return StorageError(_damaged(path))
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or (code is None and "locked" in text):
        return StorageError(translate(
            "milrep", "The database is busy: another milrep window or command is writing to it. "
            "Try again in a moment; nothing was changed."))
    if code == SQLITE_IOERR:
        return StorageError(translate(
            "milrep", "The disk reported an error while writing {path}: {reason}. Nothing was "
            "changed; check the disk or the removable medium.").format(path=path, reason=e.orig))
    return StorageError(translate("milrep", "The database could not be written: {reason}")
                        .format(reason=e.orig))


def _abandon_creation(error: BaseException, engine: Engine | None, path: Path) -> NoReturn:
    """A new database could not be written whole: remove what was written, then raise the
    error as the user should read it (rules as they are, storage and SQLite errors explained)."""
    if engine is not None:
        engine.dispose()
    _remove_partial(path)
    if isinstance(error, OperationalError):
        raise _operational_error(error, path) from error
    if isinstance(error, OSError):
        raise storage_error(error, path) from error
    raise error


def _remove_partial(path: Path) -> None:
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"),
              KeySlotFile.path_for(path)):
        try:
            p.unlink()
        except OSError:
            pass


def sqlcipher_version() -> str:
    conn = sqlcipher.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()

