"""Where things live on this computer."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

DATABASE_SUFFIX = ".milrep"


def default_database_path() -> Path:
    return Path(user_data_dir("milrep", appauthor=False)) / f"office{DATABASE_SUFFIX}"
