"""The lists' substring search index (FTS5, trigram tokenizer; created by migration 0002).

Each indexed table has an external-content FTS5 table ``<table>_search`` over its ``search_text``
column, keyed by the table's rowid and kept in step by triggers. A word of three or more
characters is looked up in the index; shorter words (which a trigram index cannot serve) fall
back to a scan.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (ColumnElement, Connection, column, func, literal_column, select, table,
                        text)

INDEXED_TABLES = ("contracts", "control_list_items")
MIN_INDEXED_WORD = 3


def index_name(table_name: str) -> str:
    return f"{table_name}_search"


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic filter: the FTS tables and their shadow tables are not in the models."""
    if type_ == "table" and name:
        return not any(name == index_name(t) or name.startswith(index_name(t) + "_")
                       for t in INDEXED_TABLES)
    return True


def indexable(word: str) -> bool:
    return len(word) >= MIN_INDEXED_WORD and not any(c in word for c in "%_\\")


def match_query(words: list[str]) -> str:
    """An FTS5 query: every word as a quoted phrase (trigram phrases match substrings)."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def matching_rowids(table_name: str, words: list[str], *, dense: bool = False
                    ) -> ColumnElement[bool]:
    """``<table>.rowid IN (rows whose search text contains every word)``, answered by the index.

    With ``dense`` (many matches), the rowid is written ``+rowid`` so SQLite walks the sort
    index in order and stops after one page, instead of fetching and sorting every match.
    """
    name = index_name(table_name)
    fts = table(name, column("rowid"))
    sub = select(fts.c.rowid).where(literal_column(name).op("MATCH")(match_query(words)))
    rowid = literal_column(("+" if dense else "") + f"{table_name}.rowid")
    return rowid.in_(sub)


def count_matches(conn: Connection, table_name: str, words: list[str]) -> int:
    name = index_name(table_name)
    stmt = select(func.count()).select_from(table(name)).where(
        literal_column(name).op("MATCH")(match_query(words)))
    return int(conn.execute(stmt).scalar_one())


def rebuild(conn: Connection) -> None:
    """Rebuild every search index from its table (needed after a VACUUM renumbers rowids)."""
    for t in INDEXED_TABLES:
        name = index_name(t)
        conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('rebuild')"))
