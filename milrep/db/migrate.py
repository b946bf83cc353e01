"""Alembic runner: bring a database to the schema this version of the application knows.

A database stamped with a revision this version does not know was written by a newer milrep:
it is refused with a clear message and never touched.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from milrep.errors import StorageError
from milrep.i18n import translate

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Apply every pending migration; refuse a database from a newer version."""
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
