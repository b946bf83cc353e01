"""Alembic environment. The application passes its open (encrypted) connection in
``config.attributes["connection"]``; batch mode is on because SQLite cannot ALTER most things."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import milrep.models  # noqa: F401  (registers every table on Base.metadata)
from milrep.db.base import Base
from milrep.db.search import include_name

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url") or "sqlite://"
        with create_engine(url).connect() as conn:
            _run(conn)
            conn.commit()
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, compare_type=True,
                      include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("milrep migrations run online only")
run_migrations_online()
