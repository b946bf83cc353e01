"""A consistent, still encrypted copy of the office database and its key file (``milrep backup``).

SQLite's online backup API (through ``sqlcipher3``) copies the pages of a read snapshot into a
new file opened with the same raw key, so the copy is encrypted exactly like the original and
writes by other sessions during the copy are either wholly in it or not at all. The copy is
written under a temporary name, switched to a single-file journal, checked (it must open with the
key, pass ``quick_check`` and not start with the plaintext SQLite header), then renamed into
place together with a copy of the key file: a crash leaves the previous backup untouched.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from milrep.db.engine import raw_connect
from milrep.db.files import storage_error, write_atomic
from milrep.db.keyslots import KeySlotFile
from milrep.db.store import SQLITE_PLAIN_HEADER, Database
from milrep.errors import StorageError, ValidationError
from milrep.i18n import translate
from milrep.services.auth import Actor, Permission, require

PAGES_PER_STEP = 4096  # ~16 MiB per step: progress for big files, short read locks


@dataclass(frozen=True)
class BackupResult:
    path: Path
    keys_path: Path
    size: int


def backup_database(db: Database, actor: Actor, out: Path, *, overwrite: bool = False,
                    progress: Callable[[int, int], None] | None = None) -> BackupResult:
    """Copy ``db`` to ``out`` (plus ``out.keys``); return where the copy went and its size."""
    require(actor, Permission.BACKUP)
    out = Path(out).absolute()
    if out.resolve() == Path(db.path).resolve():
        raise ValidationError(translate(
            "milrep", "The backup cannot replace the database itself; choose another file."),
            field="out")
    keys_out = KeySlotFile.path_for(out)
    if not overwrite and (out.exists() or keys_out.exists()):
        raise ValidationError(translate(
            "milrep", "{path} already exists. Choose another file name or allow overwriting.")
            .format(path=out), field="out")
    if not out.parent.is_dir():
        raise ValidationError(translate("milrep", "The folder {path} does not exist.")
                              .format(path=out.parent), field="out")
    keys_data = db.keyfile_path.read_bytes()
    tmp = _temp_name(out)
    try:
        _copy_pages(db, tmp, progress)
        _check_copy(tmp, db.key)
        _fsync(tmp)
        write_atomic(keys_out, keys_data)
        os.replace(tmp, out)
    except OSError as e:
        raise storage_error(e, out) from e
    except sqlcipher.Error as e:
        raise StorageError(translate("milrep", "The backup could not be written: {reason}")
                           .format(reason=e)) from e
    finally:
        for p in (tmp, Path(str(tmp) + "-journal"), Path(str(tmp) + "-wal"),
                  Path(str(tmp) + "-shm")):
            try:
                p.unlink()
            except FileNotFoundError:
                pass
    return BackupResult(path=out, keys_path=keys_out, size=out.stat().st_size)


# --- internals ------------------------------------------------------------------------------

def _temp_name(out: Path) -> Path:
    # mkstemp makes an empty file readable by the owner only; SQLite fills it (an empty file is
    # an empty database) and gives its journal the same permissions.
    fd, name = tempfile.mkstemp(prefix="." + out.name + ".", suffix=".tmp", dir=out.parent)
    os.close(fd)
    return Path(name)


def _copy_pages(db: Database, tmp: Path, progress: Callable[[int, int], None] | None) -> None:
    src = raw_connect(Path(db.path), db.key, readonly=False)
    try:
        dst = sqlcipher.connect(str(tmp), isolation_level=None)
        try:
            dst.execute(f"PRAGMA key = \"x'{db.key.hex()}'\"")
            dst.execute("PRAGMA cipher_page_size = 4096")
            dst.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA512")
            dst.execute("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512")

            def report(status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=PAGES_PER_STEP, progress=report)
            # A backup is one self-contained file: no -wal beside it.
            dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            dst.close()
    finally:
        src.close()


def _check_copy(tmp: Path, key: bytes) -> None:
    with tmp.open("rb") as f:
        head = f.read(16)
    if head == SQLITE_PLAIN_HEADER or len(head) < 16:
        raise StorageError(translate("milrep", "The backup copy is not encrypted; it was "
                                     "deleted. Report this to the developers."))
    conn = raw_connect(tmp, key)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        result = conn.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            raise StorageError(translate("milrep", "The backup copy failed its check ({reason}); "
                                         "it was deleted.").format(reason=result))
    finally:
        conn.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
