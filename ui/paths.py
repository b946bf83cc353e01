"""Where things live on this computer."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

DATABASE_SUFFIX = ".milrep"


def default_database_path() -> Path:
    return Path(user_data_dir("milrep", appauthor=False)) / f"office{DATABASE_SUFFIX}"


def documents_folder() -> Path:
    """The user's Documents folder (their home folder when there is none)."""
    from PySide6.QtCore import QStandardPaths  # noqa: PLC0415

    found = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()
