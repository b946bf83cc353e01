"""The ``milrep`` command (DESIGN.md §8).

``milrep [--db PATH] [--user NAME] [--password-file F] COMMAND``. The password comes from the
``MILREP_PASSWORD`` environment variable, the first line of ``--password-file`` or a prompt.
Exit status: 0 success, 1 refused or invalid (the reason is printed on stderr, without a
traceback), 2 usage error. Every command that changes data goes through the core services.

``MILREP_INSECURE_FAST_KDF=1`` makes ``init`` and ``demo`` derive key-slot keys with a trivial
Argon2id cost. It exists only for automated tests of throwaway databases; never set it for a real
office.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from milrep.db.keyslots import DEFAULT_KDF, FAST_KDF_FOR_TESTS, KdfParams
from milrep.errors import Cancelled, UserError
from milrep import i18n
from milrep.i18n import translate
from milrep.commands.common import (
    EXIT_OK, EXIT_REFUSED, EXIT_USAGE, PASSWORD_ENV, RECOVERY_CODE_ENV, USER_ENV, Progress, UsageError,
    ask, db_path, default_db_path, err, no_display, open_db, read_password)

FRONTENDS_GROUP = "milrep.frontends"
# Modules under milrep/commands that add subcommands: each has register(sub) -> {name: handler}.
COMMAND_MODULES: tuple[str, ...] = (
    "milrep.commands.verify",
    "milrep.commands.keys",
    "milrep.commands.documents",
    "milrep.commands.certificates",
    "milrep.commands.assets",
    "milrep.commands.sync",
    "milrep.commands.reports",
    "milrep.commands.reclamations",
    "milrep.commands.duties",
)

__all__ = ["main", "build_parser", "default_db_path", "PASSWORD_ENV", "USER_ENV", "RECOVERY_CODE_ENV",
           "FRONTENDS_GROUP", "FAST_KDF_ENV", "open_db", "read_password"]
FAST_KDF_ENV = "MILREP_INSECURE_FAST_KDF"


# --- the parser -----------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="milrep",
        description=translate("milrep", "Quality control and acceptance workstation of a military representative "
                      "office. Without a command the desktop application starts."),
        epilog=translate("milrep", "The password is read from the MILREP_PASSWORD environment variable, from "
                 "--password-file or asked for. Exit status: 0 success, 1 refused or invalid, "
                 "2 usage error."))
    p.add_argument("--db", type=Path, metavar="PATH",
                   help=translate("milrep", "office database file (default: {path})").format(
                       path=default_db_path()))
    p.add_argument("--user", metavar="NAME",
                   help=translate("milrep", "user name to sign in with (default: $MILREP_USER or asked for)"))
    p.add_argument("--password-file", type=Path, metavar="FILE",
                   help=translate("milrep", "read the password from the first line of FILE"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", help=translate("milrep", "start the desktop application (the default)"))

    init = sub.add_parser("init", help=translate("milrep", "create a new office database and its head of office"))
    for flag, text in (("--office-code", translate("milrep", "office code, e.g. 17")),
                       ("--office-name", translate("milrep", "office name")),
                       ("--plant", translate("milrep", "name of the plant the office works at")),
                       ("--site-code", translate("milrep", "code of this workstation, e.g. WS1")),
                       ("--site-name", translate("milrep", "name of this workstation")),
                       ("--chief-user", translate("milrep", "user name of the head of office")),
                       ("--chief-name", translate("milrep", "full name of the head of office")),
                       ("--chief-rank", translate("milrep", "military rank of the head of office"))):
        init.add_argument(flag, help=text)

    demo = sub.add_parser("demo", help=translate("milrep", "build a demo office (fictional plant) at --db"))
    demo.add_argument("--records", type=_non_negative, default=0, metavar="N",
                      help=translate("milrep", "fill the contracts and the control list up to N rows "
                             "(scale tests)"))
    demo.add_argument("--force", action="store_true",
                      help=translate("milrep", "replace an existing demo database at the same path"))
    demo.add_argument("--sites", type=int, choices=(1, 2), default=1, help=translate(
        "milrep", "2: also write a second workstation's database beside it, enrolled, to "
        "exchange sync bundles with"))

    info = sub.add_parser("info", help=translate("milrep", "show the office, users, record counts and files"))
    info.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))

    audit = sub.add_parser("audit", help=translate("milrep", "audit journal"))
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser("verify", help=translate("milrep", "check the hash chain of the audit journal"))
    verify.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))

    recover = sub.add_parser("recover", help=translate(
        "milrep", "set a new password for an account with the recovery code (also enables it)"),
        description=translate(
            "milrep", "The recovery code is read from the MILREP_RECOVERY_CODE environment "
            "variable or asked for; the new password from MILREP_PASSWORD, --password-file or "
            "asked for twice."))
    recover.add_argument("--user", dest="recover_user", metavar="NAME",
                         help=translate("milrep", "the account to recover"))

    backup = sub.add_parser("backup", help=translate("milrep", "write an encrypted copy of the database and its "
                                             "key file"))
    backup.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help=translate("milrep", "the copy to write (FILE.keys is written beside it)"))
    backup.add_argument("--force", action="store_true", help=translate("milrep", "overwrite an existing copy"))
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {}
    for name in COMMAND_MODULES:
        handlers.update(importlib.import_module(name).register(sub))
    p.set_defaults(module_handlers=handlers)
    return p


def _non_negative(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("milrep", "not a whole number: {v}").format(v=value)) from None
    if n < 0:
        raise argparse.ArgumentTypeError(translate("milrep", "must not be negative: {v}").format(v=value))
    return n


# --- entry point ----------------------------------------------------------------------------

def main(argv: Sequence[str] | None = None, *, kdf: KdfParams | None = None) -> int:
    """Run the command; return the exit status. ``kdf`` overrides the key-slot cost (tests)."""
    i18n.install_catalogue(i18n.language_from_environment(os.environ))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse: --help (0) or a usage error (2)
        return int(e.code) if isinstance(e.code, int) else EXIT_USAGE
    args.kdf = kdf or _kdf_from_env()
    command = args.command or "gui"
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "gui": cmd_gui, "init": cmd_init, "demo": cmd_demo, "info": cmd_info,
        "audit": cmd_audit, "backup": cmd_backup, "recover": cmd_recover,
        **args.module_handlers,
    }
    try:
        return handlers[command](args)
    except UserError as e:
        err(str(e))
        return EXIT_REFUSED
    except (Cancelled, KeyboardInterrupt, EOFError):
        err(translate("milrep", "Cancelled."))
        return EXIT_REFUSED
    except UsageError as e:
        parser.print_usage(sys.stderr)
        err(f"milrep: {e}")
        return EXIT_USAGE


def _kdf_from_env() -> KdfParams:
    if os.environ.get(FAST_KDF_ENV) == "1":
        return FAST_KDF_FOR_TESTS
    return DEFAULT_KDF


# --- commands -------------------------------------------------------------------------------

def cmd_gui(args: argparse.Namespace) -> int:
    if no_display():
        err(translate("milrep", "No graphical display is available (DISPLAY and WAYLAND_DISPLAY are not set). "
                "Start milrep from a desktop session, or use the command-line subcommands "
                "(milrep --help). For automated runs set QT_QPA_PLATFORM=offscreen."))
        return EXIT_REFUSED
    frontend = _load_frontend()
    if frontend is None:
        return EXIT_REFUSED
    return int(frontend(db_path(args)))


def _load_frontend() -> Callable[[Path], int] | None:
    """The desktop front end, found as a plugin: the core never imports it (DESIGN.md §4).

    The ``milrep.frontends`` entry point ``gui`` is declared in pyproject.toml and registered
    when the package is installed (``pip install -e .``).
    """
    from importlib.metadata import entry_points

    found = [e for e in entry_points(group=FRONTENDS_GROUP) if e.name == "gui"]
    if not found:
        err(translate("milrep", "No desktop interface is installed (no \"gui\" entry point in "
                       "the milrep.frontends group). Reinstall milrep (pip install -e . in a "
                       "development checkout), or use the command-line subcommands "
                       "(milrep --help)."))
        return None
    try:
        main_fn = found[0].load()
    except ImportError as e:
        err(translate("milrep", "The desktop interface cannot be loaded ({reason}). Reinstall "
                       "milrep with its PySide6 dependency, or use the command-line subcommands "
                       "(milrep --help).").format(reason=e))
        return None
    return main_fn  # type: ignore[no-any-return]


def cmd_init(args: argparse.Namespace) -> int:
    from milrep.db.store import NewOffice, create_database
    from milrep.services.users import check_password_rules, check_username

    path = db_path(args)
    values = {
        "office_code": ask(args.office_code, "--office-code", translate("milrep", "Office code")),
        "office_name": ask(args.office_name, "--office-name", translate("milrep", "Office name")),
        "plant_name": ask(args.plant, "--plant", translate("milrep", "Plant")),
        "site_code": ask(args.site_code, "--site-code", translate("milrep", "Workstation code")),
        "site_name": ask(args.site_name, "--site-name", translate("milrep", "Workstation name")),
        "chief_username": ask(args.chief_user or args.user, "--chief-user",
                               translate("milrep", "User name of the head of office")),
        "chief_full_name": ask(args.chief_name, "--chief-name",
                                translate("milrep", "Full name of the head of office")),
        "chief_rank": ask(args.chief_rank, "--chief-rank", translate("milrep", "Rank of the head of office")),
    }
    check_username(values["chief_username"])
    password = read_password(args, confirm=True, prompt=translate("milrep", "Password of {user}: ").format(
        user=values["chief_username"]))
    check_password_rules(values["chief_username"], password)
    db, _chief, recovery = create_database(path, NewOffice(**values, chief_password=password),
                                           kdf=args.kdf)
    db.close()
    out = sys.stdout
    print(translate("milrep", "Office database created: {path}").format(path=path), file=out)
    print(translate("milrep", "Key file: {path} (keep it with the database and back up both).").format(
        path=db.keyfile_path), file=out)
    print(file=out)
    print(translate("milrep", "RECOVERY CODE (shown only this once):"), file=out)
    print(f"    {recovery}", file=out)
    print(file=out)
    print(translate("milrep", "Print this code or copy it by hand, seal it in an envelope, sign across the seal "
             "and lock it in the office safe. It opens the database if every password is lost, "
             "so anyone who holds it can read all of the office's data. It is not stored "
             "anywhere and cannot be shown again."), file=out)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from milrep import demo

    path = db_path(args)
    password = read_password(args, prompt=translate("milrep", "Password for the demo users: "), confirm=True)
    demo.check_demo_password(password)
    if path.exists() or Path(str(path) + ".keys").exists():
        if not args.force:
            raise UserError(translate("milrep", "{path} already exists. Use --force to replace a demo database, "
                               "or choose another file with --db.").format(path=path))
        demo.remove_demo(path, password)
    progress = Progress(sys.stderr, translate("milrep", "Filling: {done:,} of {total:,} rows"))
    demo.build_demo(path, password=password, records=args.records, kdf=args.kdf,
                    progress=progress if args.records else None, sites=args.sites)
    progress.finish()
    print(translate("milrep", "Demo office built: {path}").format(path=path))
    if args.sites > 1:
        from milrep.demo_sync import SECOND_USER, second_path
        print(translate("milrep", "Second workstation (user {user}): {path}").format(
            user=SECOND_USER, path=second_path(path)))
    print(translate("milrep", "Users (all with the password you gave): {users}").format(
        users=", ".join(f"{u.username} ({u.label()})" for u in demo.DEMO_USERS)))
    print(translate("milrep", "Open it with: milrep --db {path} gui").format(path=path))
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from milrep.info import format_info, gather_info

    db, _actor = open_db(args)
    try:
        info = gather_info(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        print(format_info(info))
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from milrep.audit import verify_journal

    db, _actor = open_db(args)
    progress = Progress(sys.stderr, translate("milrep", "Checked {done:,} entries"))
    try:
        report = verify_journal(db, progress=lambda n: progress(n, 0))
    finally:
        db.close()
        progress.finish()
    if args.json:
        print(json.dumps({"entries": report.entries, "ok": report.ok,
                          "problems": [{"seq": seq, "problem": text}
                                       for seq, text in report.problems]},
                         ensure_ascii=False, indent=2))
    elif report.ok:
        print(translate("milrep", "Audit journal intact: {n:,} entries, the hash chain is unbroken.")
              .format(n=report.entries))
    else:
        print(translate("milrep", "AUDIT JOURNAL DAMAGED: {k} problem(s) in {n:,} entries:")
              .format(k=len(report.problems), n=report.entries))
        for seq, text in report.problems:
            print(translate("milrep", "  entry {seq}: {problem}").format(seq=seq, problem=text))
    return EXIT_OK if report.ok else EXIT_REFUSED


def cmd_recover(args: argparse.Namespace) -> int:
    from milrep.services.recovery import recover_password
    from milrep.services.users import check_password_rules

    path = db_path(args)
    user = (args.recover_user or args.user or os.environ.get(USER_ENV)
            or ask(None, "--user", translate("milrep", "User name of the account to recover")))
    code = os.environ.get(RECOVERY_CODE_ENV, "").strip()
    if not code:
        if not sys.stdin.isatty():
            raise UserError(translate(
                "milrep", "No recovery code given: set MILREP_RECOVERY_CODE, or run milrep in a "
                "terminal to be asked for it."))
        code = getpass.getpass(translate("milrep", "Recovery code: "))
    password = read_password(args, confirm=True,
                             prompt=translate("milrep", "New password of {user}: ").format(user=user))
    check_password_rules(user, password)
    recover_password(path, code=code, username=user, new_password=password, kdf=args.kdf)
    print(translate("milrep", "The new password of {user} is set and the account is enabled. "
                    "The audit journal records that the recovery code was used; keep the code "
                    "sealed again.").format(user=user))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from milrep.backup import backup_database

    db, actor = open_db(args)
    progress = Progress(sys.stderr, translate("milrep", "Copied {done:,} of {total:,} pages"))
    try:
        result = backup_database(db, actor, args.out, overwrite=args.force, progress=progress)
    finally:
        db.close()
        progress.finish()
    print(translate("milrep", "Encrypted backup written: {path} ({size:,} bytes)").format(
        path=result.path, size=result.size))
    print(translate("milrep", "Key file copied: {path}. Keep both files together; the copy opens with the same "
             "passwords as the database.").format(path=result.keys_path))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
