"""Migrations from empty equal the models (the `alembic check` of this project), and the core
never imports Qt or the UI."""

from __future__ import annotations

import ast
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

import milrep
import milrep.models  # noqa: F401
from milrep.db import migrate
from milrep.db.base import Base
from milrep.db.engine import make_engine
from milrep.db.keyslots import new_database_key
from milrep.db.search import include_name


def test_migrations_from_empty_equal_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "empty.milrep", new_database_key())
    try:
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "render_as_batch": True,
                                                         "include_name": include_name})
            diffs = compare_metadata(ctx, Base.metadata)
            triggers = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
        assert diffs == [], f"models and migrations differ: {diffs}"
        assert {"audit_journal_no_update", "audit_journal_no_delete"} <= triggers
        migrate.upgrade(engine)  # idempotent at head
    finally:
        engine.dispose()


FORBIDDEN = ("PySide6", "ui", "shiboken6", "PyQt5", "PyQt6")
# No exception, not even a lazy one: `milrep gui` finds the shell through the "milrep.frontends"
# entry point (pyproject.toml), never by importing it.


def test_core_never_imports_qt_or_the_ui() -> None:
    root = Path(milrep.__file__).parent
    offenders = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        rel = path.relative_to(root.parent).as_posix()
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(
                    node.func, "id", "")) in ("import_module", "__import__") and node.args
                    and isinstance(node.args[0], ast.Constant)):
                names = [str(node.args[0].value)]
            for name in names:
                if name.split(".")[0] in FORBIDDEN:
                    offenders.append(f"{rel}:{node.lineno}: {name}")
    assert offenders == []


def test_the_head_known_without_alembic_is_alembics_head() -> None:
    """milrep.db.migrate.HEAD lets a database already up to date open without loading alembic;
    a new migration must move it (else databases would stay one migration behind)."""
    assert migrate.HEAD == migrate.head_revision()
