"""Alembic runner: bring a database to the schema this version of the application knows.

A database stamped with a revision this version does not know was written by a newer milrep:
it is refused with a clear message and never touched.
"""

from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from milrep.errors import StorageError
from milrep.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
#: the newest migration (tests/migrations checks it is alembic's head): a database stamped with
#: it is opened without loading alembic at all, a fifth of a second of every start
HEAD = "0012"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # noqa: PLC0415 - only when a migration is looked at

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Apply every pending migration; refuse a database from a newer version."""
    if _stamped(engine) == HEAD:
        return
    from alembic import command  # noqa: PLC0415
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise StorageError(translate(
                "milrep", "This database was created by a newer version of milrep (schema {rev}). "
                "Install that version to open it; the file has not been changed.")
                .format(rev=current)) from None
    if current == script.get_current_head():
        return
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def _stamped(engine: Engine) -> str | None:
    """The revision the database is stamped with (None: a new file, no stamp yet)."""
    with engine.connect() as conn:
        try:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        except OperationalError:  # no such table: nothing migrated yet
            return None
    return rows[0][0] if len(rows) == 1 else None
