"""The SQLCipher engine: raw 256-bit key, pragmas on every connection, SQLAlchemy-controlled BEGIN.

``sqlcipher3`` is the DB-API module; SQLAlchemy's pysqlite dialect drives it. Following the
SQLAlchemy recipe for Python's sqlite3 driver, the driver's own transaction handling is switched
off (``isolation_level=None``) and SQLAlchemy emits ``BEGIN`` itself, so SAVEPOINTs and the unit
of work behave as written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

# SQLCipher 4 defaults, spelled out so a future library default change cannot lock users out.
CIPHER_PRAGMAS = (
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA kdf_iter = 256000",  # unused with a raw key, kept at the v4 default
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
)
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    # FULL: a commit the user was told about survives a power cut (NORMAL may lose the last
    # transactions in WAL mode). The cost is one fsync per user action.
    "PRAGMA synchronous = FULL",
    # Sorts and temporary indexes stay in memory: no temporary file can hold plaintext.
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
    # 32 MiB of decrypted pages per connection: list scrolling and searches re-read the same
    # pages, and every miss costs an AES decryption.
    "PRAGMA cache_size = -32768",
    "PRAGMA cipher_memory_security = OFF",
)


def raw_connect(path: Path, key: bytes, *, readonly: bool = False) -> sqlcipher.Connection:
    """A DB-API connection to the encrypted file with every pragma applied."""
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    if readonly:
        conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False,
                                 isolation_level=None)
    else:
        conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        for pragma in CIPHER_PRAGMAS:
            conn.execute(pragma)
        # The first real read fails here with "file is not a database" on a wrong key or a
        # damaged or foreign file.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in CONNECTION_PRAGMAS:
            if readonly and "journal_mode" in pragma:
                continue
            conn.execute(pragma)
    except Exception:
        conn.close()
        raise
    return conn


def make_engine(path: Path, key: bytes, *, readonly: bool = False, echo: bool = False) -> Engine:
    """An SQLAlchemy engine on the encrypted database at ``path``."""
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=lambda: raw_connect(path, key, readonly=readonly),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        echo=echo,
        # Error messages and logs must never carry the office's data in clear (DESIGN.md §5):
        # the SQL text is kept, the bound values are not.
        hide_parameters=True,
    )
    _install_begin_recipe(engine)
    return engine


def make_plain_engine(path: Path, *, echo: bool = False) -> Engine:
    """The same engine on plain SQLite: only for the encrypted-vs-plain benchmark."""
    import sqlite3

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        for pragma in CONNECTION_PRAGMAS:
            if "cipher" not in pragma:
                conn.execute(pragma)
        return conn

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool,
                           pool_size=4, max_overflow=4, echo=echo)
    _install_begin_recipe(engine)
    return engine


def _install_begin_recipe(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")
