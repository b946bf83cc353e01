"""Handlers of ``milrep keys join-request|enroll|revoke|rotate-root`` (parsers in keys.py)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from milrep.commands.common import (EXIT_OK, EXIT_REFUSED, USER_ENV, ask, confirm, db_path, err,
                                    open_db, print_fingerprint, read_password)
from milrep.errors import StorageError, ValidationError
from milrep.i18n import translate


def join_request(args: argparse.Namespace) -> int:
    from milrep.db.files import write_atomic
    from milrep.services.auth import Permission
    from milrep.sync.enroll import join_office, sealed_join_request
    from milrep.sync.join import open_request

    _free(args.out, args.force)
    path = db_path(args)
    if path.exists():
        db, actor = open_db(args)  # set up before: write the request again
    else:
        if args.office is None:
            raise ValidationError(translate(
                "milrep", "--office is needed to set up this workstation: the office's keyring "
                "file from the head of office."), field="office")
        keyring = _read(args.office)
        user = ask(args.user or os.environ.get(USER_ENV), "--user",
                   translate("milrep", "Your user name"))
        values = {
            "site_code": ask(args.site_code, "--site-code",
                             translate("milrep", "Workstation code")),
            "site_name": ask(args.site_name, "--site-name",
                             translate("milrep", "Workstation name")),
            "full_name": ask(args.full_name, "--full-name", translate("milrep", "Full name"))}
        password = read_password(args, confirm=True, prompt=translate(
            "milrep", "Password of {user}: ").format(user=user))
        joined = join_office(path, keyring_file=keyring, username=user, password=password,
                             kdf=args.kdf, **values)
        db, actor = joined.db, joined.actor
        print(translate("milrep", "Workstation database created: {path}").format(path=path))
        print_fingerprint(translate("milrep", "Office root key fingerprint (compare it with the "
                                    "head of office's, aloud)"), joined.office.fingerprint)
        print()
        print(translate("milrep", "RECOVERY CODE (shown only this once):"))
        print(f"    {joined.recovery_code}")
        print()
    try:
        with db.unit_of_work() as uow:
            data = sealed_join_request(uow.begin(actor, Permission.SYNC, "keys.join_request"))
            uow.commit()
    finally:
        db.close()
    write_atomic(args.out, data)
    req = open_request(data)
    print(translate("milrep", "Join request of workstation {code} written: {path}").format(
        code=req.code, path=args.out))
    print_fingerprint(translate("milrep", "This workstation's key fingerprint"), req.fingerprint)
    print(translate("milrep", "Read it aloud to the head of office when they endorse the "
                    "request; they see the same groups."))
    return EXIT_OK


def enroll(args: argparse.Namespace) -> int:
    from milrep.db.files import write_atomic
    from milrep.models.users import Role
    from milrep.services.auth import Permission
    from milrep.sync import local_keys
    from milrep.sync.enroll import enroll_site
    from milrep.sync.export import export_bundle
    from milrep.sync.join import open_request

    out: Path = args.out
    if not out.is_dir():
        raise ValidationError(translate("milrep", "The folder {path} does not exist (is the "
                                        "medium inserted?).").format(path=out), field="out")
    data = _read(args.request)
    req = open_request(data)
    print(translate("milrep", "Join request: workstation {code} ({name}), for {person} ({user})")
          .format(code=req.code, name=req.name, person=req.full_name, user=req.username))
    print_fingerprint(translate("milrep", "Its key fingerprint"), req.fingerprint)
    if not confirm(translate("milrep", "Does the new workstation show the same fingerprint?"),
                   assume_yes=args.yes):
        err(translate("milrep", "Not endorsed: the fingerprints differ. Nothing was changed."))
        return EXIT_REFUSED
    db, actor = open_db(args)
    try:
        password = read_password(args, prompt=translate(
            "milrep", "Password of {user} to sign the keyring: ").format(user=actor.username))
        with db.unit_of_work() as uow:
            done = enroll_site(uow, actor, password=password, request=data,
                               role=Role(args.role))
        doc = done.keyring.doc
        ring_path = out / f"milrep-{doc.keyring.realm.hex[:8]}-keyring-v{doc.keyring.version}.mrk"
        write_atomic(ring_path, done.keyring.data)
        with db.unit_of_work() as uow:
            keys = local_keys.export_keys(uow.begin(actor, Permission.SYNC, "sync.keys"))
            uow.commit()
        first = export_bundle(db, actor, out_dir=out, keys=keys,
                              recipients=[done.request.site_id])
    finally:
        db.close()
    print(translate("milrep", "Workstation {code} enrolled; keyring version {v}: {path}").format(
        code=req.code, v=doc.keyring.version, path=ring_path))
    print(translate("milrep", "First bundle for it ({changes} changes): {path}").format(
        changes=first.changes, path=first.path))
    print(translate("milrep", "On the new workstation: milrep sync import {keyring} {bundle}")
          .format(keyring=ring_path.name, bundle=first.path.name))
    return EXIT_OK


def revoke(args: argparse.Namespace) -> int:
    from milrep.commands.sync import site_by_code
    from milrep.db.files import write_atomic
    from milrep.sync.keyring_admin import revoke_site_key

    _free(args.out, args.force)
    db, actor = open_db(args)
    try:
        with db.read() as s:
            site_id = site_by_code(s, args.site)
        password = read_password(args, prompt=translate(
            "milrep", "Password of {user} to sign the keyring: ").format(user=actor.username))
        with db.unit_of_work() as uow:
            res = revoke_site_key(uow, actor, password=password, site_id=site_id,
                                  after_bundle=args.after)
    finally:
        db.close()
    write_atomic(args.out, res.data)
    print(translate("milrep", "The key of workstation {site} is revoked after its bundle {n}; "
                    "keyring version {v} written: {path}").format(
                        site=args.site, n=args.after, v=res.doc.keyring.version, path=args.out))
    print(translate("milrep", "Carry it to every other workstation (milrep sync import)."))
    return EXIT_OK


def rotate_root(args: argparse.Namespace) -> int:
    from milrep.db.files import write_atomic
    from milrep.sync.keyring_admin import rotate_root as rotate

    _free(args.out, args.force)
    db, actor = open_db(args)
    try:
        password = read_password(args, prompt=translate(
            "milrep", "Password of {user} to sign the keyring: ").format(user=actor.username))
        with db.unit_of_work() as uow:
            res = rotate(uow, actor, password=password)
    finally:
        db.close()
    write_atomic(args.out, res.data)
    print(translate("milrep", "New office root key; keyring version {v}, signed by the old and "
                    "the new root, written: {path}").format(v=res.doc.keyring.version,
                                                            path=args.out))
    print_fingerprint(translate("milrep", "New root key fingerprint"), res.doc.fingerprint)
    print(translate("milrep", "Carry the keyring to every workstation, and give the new "
                    "fingerprint to the recipients of the trust list."), file=sys.stdout)
    return EXIT_OK


def _free(out: Path, force: bool) -> None:
    if out.exists() and not force:
        raise StorageError(translate("milrep", "{path} already exists. Use --force to replace it."
                                     ).format(path=out))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise StorageError(translate("milrep", "{path} cannot be read: {reason}")
                           .format(path=path, reason=e.strerror or e)) from e
