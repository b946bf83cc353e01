"""``milrep keys show|export-trust`` and enrollment and the office root key:
``keys join-request`` (a new workstation), ``keys enroll``, ``keys revoke``, ``keys rotate-root``
(the head of office)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from milrep.commands.common import EXIT_OK, open_db, print_fingerprint, read_password
from milrep.errors import StorageError
from milrep.i18n import translate
from milrep.models.keys import KeyPurpose


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("keys", help=translate("milrep", "this workstation's keys and the office's "
                                              "trust list"))
    keys_sub = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    show = keys_sub.add_parser("show", help=translate(
        "milrep", "show the key ids and fingerprints of this workstation and the office"))
    show.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))
    export = keys_sub.add_parser("export-trust", help=translate(
        "milrep", "sign the office's trust list with the root key and write it (head of "
        "office; the password is asked again)"))
    export.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help=translate("milrep", "the trust list file to write"))
    export.add_argument("--force", action="store_true",
                        help=translate("milrep", "overwrite an existing file"))
    _register_enrollment(keys_sub)
    return {"keys": cmd_keys}


def _register_enrollment(keys_sub: Any) -> None:
    join = keys_sub.add_parser("join-request", help=translate(
        "milrep", "on a new workstation: set up its database from the office's keyring file "
        "and write the request to join the office"))
    join.add_argument("--office", type=Path, metavar="KEYRING", help=translate(
        "milrep", "the office's keyring file (.mrk) from the head of office; needed the first "
        "time, when the database is made"))
    join.add_argument("--site-code", help=translate("milrep", "this workstation's code"))
    join.add_argument("--site-name", help=translate("milrep", "this workstation's name"))
    join.add_argument("--full-name", help=translate("milrep", "your full name"))
    join.add_argument("--out", type=Path, required=True, metavar="FILE",
                      help=translate("milrep", "the join request file to write (.mrj)"))
    join.add_argument("--force", action="store_true",
                      help=translate("milrep", "overwrite an existing file"))
    enroll = keys_sub.add_parser("enroll", help=translate(
        "milrep", "head of office: endorse a join request and write the keyring and the first "
        "bundle for the new workstation"))
    enroll.add_argument("request", type=Path, metavar="REQUEST")
    enroll.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help=translate("milrep", "the folder to write the keyring and bundle to"))
    enroll.add_argument("--role", choices=["representative", "chief", "viewer"],
                        default="representative", help=translate(
                            "milrep", "the role of the new person's account, if new"))
    enroll.add_argument("--yes", action="store_true", help=translate(
        "milrep", "do not ask whether the fingerprint matches (it was compared already)"))
    revoke = keys_sub.add_parser("revoke", help=translate(
        "milrep", "head of office: revoke a workstation's key after its last valid bundle"))
    revoke.add_argument("site", metavar="SITE", help=translate("milrep", "the workstation code"))
    revoke.add_argument("--after", type=int, required=True, metavar="N", help=translate(
        "milrep", "the last bundle of that workstation that stays valid (0: none)"))
    revoke.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help=translate("milrep", "the keyring file to write"))
    revoke.add_argument("--force", action="store_true",
                        help=translate("milrep", "overwrite an existing file"))
    rotate = keys_sub.add_parser("rotate-root", help=translate(
        "milrep", "head of office: replace the office root key; the new keyring is signed by "
        "the old and the new root"))
    rotate.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help=translate("milrep", "the keyring file to write"))
    rotate.add_argument("--force", action="store_true",
                        help=translate("milrep", "overwrite an existing file"))


def cmd_keys(args: argparse.Namespace) -> int:
    from milrep.commands import keys_enroll

    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "export-trust": _export, "show": _show, "join-request": keys_enroll.join_request,
        "enroll": keys_enroll.enroll, "revoke": keys_enroll.revoke,
        "rotate-root": keys_enroll.rotate_root}
    return handlers[args.keys_command](args)


def _label(purpose: KeyPurpose) -> str:
    return {
        KeyPurpose.SITE_SIGNING: translate("milrep", "Signing key (Ed25519)"),
        KeyPurpose.SITE_AGE: translate("milrep", "Bundle key (age X25519)"),
        KeyPurpose.OFFICE_ROOT: translate("milrep", "Office root key (Ed25519)"),
    }[purpose]


def _show(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from milrep.models.office import Office
    from milrep.services.site_keys import key_summary, this_site

    db, _actor = open_db(args)
    try:
        with db.read() as s:
            office_code, office_name = s.execute(select(Office.code, Office.name)).one()
            _site_id, site_code = this_site(s)
            keys = key_summary(s)
    finally:
        db.close()
    if args.json:
        print(json.dumps({
            "office": office_code, "site": site_code,
            "keys": [{"purpose": k.purpose.value, "kid": k.kid.replace(" ", "").lower(),
                      "fingerprint": k.fingerprint, "site": k.site,
                      "created_at": k.created_at.isoformat(), "private_here": k.private_here,
                      "retired": k.retired} for k in keys]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(translate("milrep", "Office {code}: {name}").format(code=office_code, name=office_name))
    print(translate("milrep", "This workstation: {site}").format(site=site_code))
    if not keys:
        print(translate("milrep", "No keys yet: they are made when the first certificate is "
                        "issued or the trust list is exported."))
        return EXIT_OK
    for k in keys:
        print()
        state = [] if not k.retired else [translate("milrep", "retired")]
        if k.purpose is KeyPurpose.OFFICE_ROOT:
            state.append(translate("milrep", "held on this workstation") if k.private_here
                         else translate("milrep", "public key only"))
        suffix = f" ({', '.join(state)})" if state else ""
        print(f"{_label(k.purpose)}{suffix}")
        site_label, kid_label = translate("milrep", "workstation"), translate("milrep", "key id")
        print(f"  {site_label:<12} {k.site}")
        print(f"  {kid_label:<12} {k.kid}")
        label = translate("milrep", "recipient") if k.purpose is KeyPurpose.SITE_AGE \
            else translate("milrep", "fingerprint")
        print(f"  {label:<12} {k.fingerprint}")
    print()
    print(translate("milrep", "Read fingerprints aloud group by group when comparing them with "
                    "paper or over the phone; one differing digit means another key."))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from milrep.db.files import write_atomic
    from milrep.services.site_keys import export_trust_list

    out: Path = args.out
    if out.exists() and not args.force:
        raise StorageError(translate("milrep", "{path} already exists. Use --force to replace it."
                                     ).format(path=out))
    db, actor = open_db(args)
    try:
        password = read_password(args, prompt=translate(
            "milrep", "Password of {user} to sign the trust list: ").format(user=actor.username))
        with db.unit_of_work() as uow:
            result = export_trust_list(uow, actor, password=password)
    finally:
        db.close()
    write_atomic(out, result.data)
    t = result.trust
    print(translate("milrep", "Trust list of office {office}, version {version}, written: {path}"
                    ).format(office=t.office_code, version=t.version, path=out))
    print(translate("milrep", "{keys} key(s), {revoked} revoked certificate(s).").format(
        keys=len(t.keys), revoked=len(t.revoked_certificates)))
    print_fingerprint(translate("milrep", "Root key fingerprint"), t.root_fingerprint)
    print(translate("milrep", "Give this fingerprint to the recipients separately from the file "
                    "(in the covering letter or by phone): it is how they know the list is "
                    "the office's."))
    return EXIT_OK
