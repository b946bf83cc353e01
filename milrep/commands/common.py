"""What every ``milrep`` command shares: unlocking the database, reading passwords, progress
lines and error output. Command modules (``milrep/commands/*.py``) import from here; ``cli.py``
assembles them into the parser."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import shutil
import sys
from pathlib import Path
from typing import Any, TextIO

from milrep.errors import UserError, ValidationError
from milrep.i18n import translate

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
PASSWORD_ENV = "MILREP_PASSWORD"
USER_ENV = "MILREP_USER"
RECOVERY_CODE_ENV = "MILREP_RECOVERY_CODE"


def default_db_path() -> Path:
    """The office database in the user's data folder (created on first use)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("milrep", appauthor=False)) / "office.milrep"


class UsageError(Exception):
    """Something the command line lacks and that cannot be asked for (no terminal)."""


def open_db(args: argparse.Namespace) -> tuple[Any, Any]:
    """Unlock the database at --db as --user with the password from the usual sources."""
    from milrep.db.store import open_database

    path = db_path(args)
    user = args.user or os.environ.get(USER_ENV) or ask(None, "--user", translate("milrep", "User name"))
    password = read_password(args, prompt=translate("milrep", "Password of {user}: ").format(user=user))
    db, actor = open_database(path, user, password)
    tell_failed_attempts(db.failed_attempts)
    db.failed_attempts = None  # said once, as the desktop application says it
    return db, actor


def tell_failed_attempts(failed: Any, stream: TextIO | None = None) -> None:
    """After a sign-in, on stderr: how many wrong passwords were typed for this user before it
    (the same warning the desktop application shows)."""
    count = getattr(failed, "count", 0)
    if not count:
        return
    text = translate("milrep", "{n} failed sign-in attempts since your last sign-in.").format(
        n=count)
    last = getattr(failed, "last", None)
    if isinstance(last, dt.datetime):
        text += " " + translate("milrep", "The last one: {when}.").format(
            when=last.astimezone().strftime("%d.%m.%Y %H:%M"))
    text += " " + translate("milrep", "If it was not you, tell the head of office.")
    print(translate("milrep", "Warning: {text}").format(text=text), file=stream or sys.stderr)


def read_password(args: argparse.Namespace, *, prompt: str, confirm: bool = False) -> str:
    """MILREP_PASSWORD, then --password-file, then a prompt on the terminal."""
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    if args.password_file is not None:
        try:
            text = Path(args.password_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise UserError(translate("milrep", "The password file {path} cannot be read: {reason}")
                            .format(path=args.password_file,
                                    reason=getattr(e, "strerror", None) or e)) from None
        password = text.splitlines()[0] if text else ""
        if not password:
            raise UserError(translate("milrep", "The password file {path} is empty.")
                            .format(path=args.password_file))
        return password
    if not sys.stdin.isatty():
        raise UserError(translate("milrep", "No password given: set MILREP_PASSWORD, use --password-file, or run "
                           "milrep in a terminal to be asked for it."))
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("milrep", "Repeat the password: ")) != password:
        raise ValidationError(translate("milrep", "The two passwords differ."), field="password")
    return password


def ask(value: str | None, flag: str, label: str) -> str:
    if value is not None and value.strip():
        return value.strip()
    if not sys.stdin.isatty():
        raise UsageError(translate("milrep", "{flag} is required when not running in a terminal.")
                          .format(flag=flag))
    answer = input(f"{label}: ").strip()
    if not answer:
        raise ValidationError(translate("milrep", "{field} is required.").format(field=label))
    return answer


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db is not None else default_db_path()


def no_display() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    env = os.environ
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


class Progress:
    """Progress on stderr: one updating line on a terminal, occasional lines otherwise."""

    def __init__(self, stream: TextIO, template: str) -> None:
        self.stream, self.template = stream, template
        self.tty = stream.isatty()
        self.shown = False
        self.last_line = 0

    def __call__(self, done: int, total: int) -> None:
        text = self.template.format(done=done, total=total)
        if self.tty:
            width = shutil.get_terminal_size((80, 20)).columns - 1
            self.stream.write("\r" + text[:width].ljust(width))
            self.shown = True
        elif done - self.last_line >= 100_000 or (total and done >= total > 100_000):
            self.stream.write(text + "\n")
            self.last_line = done
        self.stream.flush()

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
            self.shown = False


def err(message: str) -> None:
    print(message, file=sys.stderr)


def print_fingerprint(label: str, fingerprint: str, *, stream: TextIO | None = None) -> None:
    """One fingerprint line, in the groups people read aloud (``3F2A 9C01 …``), under a label
    such as "Root key fingerprint"; the ``keys`` and ``sync`` commands print them all alike."""
    print(translate("milrep", "{label}: {fingerprint}").format(label=label,
                                                              fingerprint=fingerprint),
          file=stream or sys.stdout)


def confirm(question: str, *, assume_yes: bool) -> bool:
    """Ask a yes/no question on a terminal (unless ``assume_yes``); without a terminal
    (scripts) the answer is yes: what was to be compared has been printed for the record."""
    if assume_yes or not sys.stdin.isatty():
        return True
    answer = input(question + " " + translate("milrep", "[y/N]") + " ").strip().lower()
    return answer in {"y", "yes", translate("milrep", "y"), translate("milrep", "yes")}
