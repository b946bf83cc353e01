"""search index: FTS5 trigram over the lists' search text

Filtering a list by a word anywhere in its search text was a full scan (0.8–1.7 s over a million
control-list items). An FTS5 index with the trigram tokenizer answers the same substring
``LIKE '%word%'`` from an index. It is an external-content index keyed by the table's rowid and
kept in step by triggers, so rows written by services, by bulk fills and by imported bundles are
all indexed. Rowids of these tables change only with VACUUM, which milrep never runs without
rebuilding the index (``milrep.db.search.rebuild``).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

TABLES = ("contracts", "control_list_items")


def upgrade() -> None:
    for table in TABLES:
        fts = f"{table}_search"
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', "
                   "content_rowid='rowid', tokenize='trigram case_sensitive 0')")
        op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {fts}(rowid, search_text) VALUES (new.rowid, new.search_text); END")
        op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, search_text) "
                   "VALUES ('delete', old.rowid, old.search_text); END")
        op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE OF search_text ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, search_text) "
                   "VALUES ('delete', old.rowid, old.search_text); "
                   f"INSERT INTO {fts}(rowid, search_text) VALUES (new.rowid, new.search_text); END")
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def downgrade() -> None:
    for table in TABLES:
        fts = f"{table}_search"
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
