"""Writing files that matter: temp file, fsync, rename, fsync the folder.

Every failure becomes a :class:`StorageError` with a message a person understands, and the file
that was there before is left exactly as it was.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from milrep.errors import StorageError
from milrep.i18n import translate


def storage_error(e: OSError, path: Path) -> StorageError:
    """Translate an ``OSError`` into the message the user should see."""
    if e.errno == errno.ENOSPC:
        msg = translate("milrep", "The disk is full: {path} could not be written. Free some space "
                        "and try again; nothing already stored was lost.")
    elif e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        msg = translate("milrep", "The folder of {path} is read-only or not writable by you. "
                        "Choose another location or ask for write access.")
    else:
        msg = translate("milrep", "{path} could not be written: {reason}")
    return StorageError(msg.format(path=path, reason=e.strerror or str(e)))


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    path = Path(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp",
                                        dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        fsync_dir(path.parent)
    except OSError as e:
        raise storage_error(e, path) from e
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def stage_copy(path: Path) -> Path:
    """A durable copy of ``path`` beside it, so it can later be put back with a mere rename.

    Putting a file back must work even on a disk that has just filled up: a rename needs no
    space, a rewrite does. The caller renames the copy back (rollback) or removes it (success).
    """
    path = Path(path)
    tmp_name: str | None = None
    try:
        data = path.read_bytes()
        fd, tmp_name = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".old",
                                        dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        staged, tmp_name = Path(tmp_name), None
        return staged
    except OSError as e:
        raise storage_error(e, path) from e
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a removable medium may be pulled right after)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
