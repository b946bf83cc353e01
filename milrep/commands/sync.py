"""``milrep sync export|import|status`` and ``milrep sync keyring show|install|endorse``."""

from __future__ import annotations

import argparse
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from milrep.commands.common import (EXIT_OK, EXIT_REFUSED, err, open_db, print_fingerprint,
                                    read_password)
from milrep.errors import StorageError, UserError, ValidationError
from milrep.i18n import translate


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("sync", help=translate(
        "milrep", "exchange signed, encrypted bundles with the office's other workstations"))
    s = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    exp = s.add_parser("export", help=translate(
        "milrep", "write the next bundle to a folder (the removable medium)"))
    exp.add_argument("--out", type=Path, required=True, metavar="DIR",
                     help=translate("milrep", "the folder to write the bundle to"))
    exp.add_argument("--to", action="append", metavar="SITE", default=None,
                     help=translate("milrep", "a recipient workstation (code); repeat for "
                                    "several; default: every other workstation of the keyring"))
    exp.add_argument("--resend", action="store_true", help=translate(
        "milrep", "include everything the recipients have not confirmed (after a lost bundle)"))
    exp.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))
    imp = s.add_parser("import", help=translate(
        "milrep", "import bundle files (and keyring files from the head of office, installed "
        "first)"))
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))
    st = s.add_parser("status", help=translate(
        "milrep", "per workstation: bundles received, missing, pending changes"))
    st.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))
    kr = s.add_parser("keyring", help=translate("milrep", "the office keyring"))
    krs = kr.add_subparsers(dest="keyring_command", metavar="ACTION", required=True)
    show = krs.add_parser("show", help=translate("milrep", "show the installed keyring"))
    show.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))
    inst = krs.add_parser("install", help=translate(
        "milrep", "install a keyring received from the head of office"))
    inst.add_argument("file", type=Path, metavar="FILE")
    kexp = krs.add_parser("export", help=translate(
        "milrep", "write the installed keyring to a file (to set up a new workstation)"))
    kexp.add_argument("--out", type=Path, required=True, metavar="FILE",
                      help=translate("milrep", "the keyring file to write"))
    kexp.add_argument("--force", action="store_true",
                      help=translate("milrep", "overwrite an existing file"))
    end = krs.add_parser("endorse", help=translate(
        "milrep", "sign the next keyring version with the office root key and write it (head "
        "of office; the password is asked again)"))
    end.add_argument("--out", type=Path, required=True, metavar="FILE",
                     help=translate("milrep", "the keyring file to write"))
    end.add_argument("--force", action="store_true",
                     help=translate("milrep", "overwrite an existing file"))
    return {"sync": cmd_sync}


def cmd_sync(args: argparse.Namespace) -> int:
    if args.sync_command == "keyring":
        return {"show": _keyring_show, "install": _keyring_install, "export": _keyring_export,
                "endorse": _keyring_endorse}[args.keyring_command](args)
    return {"export": _export, "import": _import, "status": _status}[args.sync_command](args)


def _export(args: argparse.Namespace) -> int:
    from milrep.services.auth import Permission
    from milrep.sync import local_keys
    from milrep.sync.export import export_bundle

    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            s = uow.begin(actor, Permission.SYNC, "sync.keys")
            keys = local_keys.export_keys(s)
            recipients = None if args.to is None else [site_by_code(s, code) for code in args.to]
            uow.commit()
        res = export_bundle(db, actor, out_dir=args.out, keys=keys, recipients=recipients,
                            resend=args.resend)
    finally:
        db.close()
    if args.json:
        print(json.dumps({"file": str(res.path), "seq": res.seq, "changes": res.changes,
                          "bytes": res.size, "recipients": [r.hex for r in res.recipients]}))
        return EXIT_OK
    print(translate("milrep", "Bundle {seq} written and checked: {path} ({changes} changes, "
                    "{size:,} bytes).").format(seq=res.seq, path=res.path, changes=res.changes,
                                               size=res.size))
    print(translate("milrep", "The medium can be removed safely."))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from milrep.services.auth import Permission
    from milrep.sync import local_keys
    from milrep.sync.importer import import_bundle

    from milrep.sync.keyring_doc import MAGIC as KEYRING_MAGIC
    from milrep.sync.keyring_store import install_keyring

    db, actor = open_db(args)
    results: list[dict[str, Any]] = []
    failed = False
    files = [(p, _read(p)) for p in args.files]  # copied off the medium before anything else
    rings = [(p, d) for p, d in files if d.startswith(KEYRING_MAGIC)]
    bundles = [(p, d) for p, d in files if not d.startswith(KEYRING_MAGIC)]
    try:
        for path, data in rings:
            try:
                with db.unit_of_work() as uow:
                    ring = install_keyring(uow, actor, data=data)
            except UserError as e:
                failed = True
                results.append({"file": str(path), "status": "refused",
                                "kind": str(getattr(e, "kind", "")), "message": str(e)})
                if not args.json:
                    err(f"{path}: {e}")
                continue
            results.append({"file": str(path), "status": "keyring_installed" if ring.installed
                            else "keyring_already", "version": ring.doc.keyring.version})
            if not args.json:
                print(translate("milrep", "{path}: keyring version {v} installed").format(
                    path=path, v=ring.doc.keyring.version) if ring.installed else translate(
                    "milrep", "{path}: keyring version {v} was already installed").format(
                    path=path, v=ring.doc.keyring.version))
        if not bundles:
            return _done(args, results, failed)
        with db.unit_of_work() as uow:
            keys = local_keys.import_keys(uow.begin(actor, Permission.SYNC, "sync.keys"))
            uow.commit()
        for path, data in bundles:
            try:
                res = import_bundle(db, actor, data, keys=keys)
            except UserError as e:
                failed = True
                results.append({"file": str(path), "status": "refused",
                                "kind": str(getattr(e, "kind", "")), "message": str(e)})
                if not args.json:
                    err(f"{path}: {e}")
                continue
            item = _result_json(path, res)
            results.append(item)
            if not args.json:
                print(_result_text(path, res))
    finally:
        db.close()
    return _done(args, results, failed)


def _done(args: argparse.Namespace, results: list[dict[str, Any]], failed: bool) -> int:
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return EXIT_REFUSED if failed else EXIT_OK


def _status(args: argparse.Namespace) -> int:
    from milrep.sync.status import sync_status

    db, _actor = open_db(args)
    try:
        with db.read() as s:
            st = sync_status(s, db.site_id)
    finally:
        db.close()
    if args.json:
        print(json.dumps({
            "site": st.site_id.hex, "keyring_version": st.keyring_version,
            "last_bundle_out": st.last_bundle_out, "open_conflicts": st.open_conflicts,
            "business_conflicts": st.business_conflicts,
            "peers": [{"site": p.site_id.hex, "code": p.code, "role": p.role,
                       "last_bundle_in": p.last_bundle_in,
                       "held": [{"seq": h.seq, "missing": [
                           {"site": m[0].hex, "first": m[1], "last": m[2]} for m in h.missing]}
                           for h in p.held],
                       "last_import_at": _iso(p.last_import_at),
                       "newest_change_at": _iso(p.newest_change_at),
                       "pending_out": p.pending_out, "unacknowledged": p.unacknowledged,
                       "last_export_at": _iso(p.last_export_at)} for p in st.peers]},
            ensure_ascii=False, indent=2))
        return EXIT_OK
    print(translate("milrep", "Keyring version: {v}").format(
        v=st.keyring_version if st.keyring_version is not None else translate("milrep", "none")))
    print(translate("milrep", "Bundles written: {n}; open conflicts: {c}; business conflicts "
                    "for the head of office: {b}").format(n=st.last_bundle_out,
                                                          c=st.open_conflicts,
                                                          b=st.business_conflicts))
    for p in st.peers:
        print()
        print(f"{p.code} {p.role}".rstrip())
        print("  " + translate("milrep", "last bundle imported: {n}; newest data: {when}").format(
            n=p.last_bundle_in, when=_local(p.newest_change_at)))
        print("  " + translate("milrep", "changes to send: {n}; not yet confirmed: {u}").format(
            n=p.pending_out, u=p.unacknowledged))
        for h in p.held:
            print("  " + translate("milrep", "bundle {seq} held, waiting for: {missing}").format(
                seq=h.seq, missing=", ".join(f"{m[1]}–{m[2]}" for m in h.missing)))
    return EXIT_OK


def _keyring_show(args: argparse.Namespace) -> int:
    from milrep.documents.ed25519 import grouped_hex
    from milrep.sync.keyring_store import installed_keyring

    db, _actor = open_db(args)
    try:
        with db.read() as s:
            doc = installed_keyring(s)
    finally:
        db.close()
    if doc is None:
        err(translate("milrep", "No keyring is installed on this workstation."))
        return EXIT_REFUSED
    sites = [{"site": k.site_id.hex, "code": doc.codes.get(k.site_id, ""), "role": k.role.value,
              "kid": k.kid.hex(), "age_recipient": k.age_recipient,
              "revoked_after_seq": k.revoked_after_seq} for k in doc.keyring.keys]
    if args.json:
        print(json.dumps({"version": doc.keyring.version, "realm": doc.keyring.realm.hex,
                          "root_fingerprint": doc.fingerprint, "sites": sites}, indent=2))
        return EXIT_OK
    print(translate("milrep", "Keyring version {v}").format(v=doc.keyring.version))
    print_fingerprint(translate("milrep", "Root key fingerprint"), doc.fingerprint)
    for k, row in zip(doc.keyring.keys, sites):
        revoked = "" if k.revoked_after_seq is None else " " + translate(
            "milrep", "(revoked after bundle {n})").format(n=k.revoked_after_seq)
        print(f"  {row['code'] or k.site_id.hex[:8]:<8} {k.role.value:<12} "
              f"{grouped_hex(k.kid)}{revoked}")
    return EXIT_OK


def _keyring_install(args: argparse.Namespace) -> int:
    from milrep.sync.keyring_store import install_keyring

    data = _read(args.file)
    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            res = install_keyring(uow, actor, data=data)
    finally:
        db.close()
    if res.installed:
        print(translate("milrep", "Keyring version {v} installed.").format(
            v=res.doc.keyring.version))
    else:
        print(translate("milrep", "This keyring (version {v}) was already installed.").format(
            v=res.doc.keyring.version))
    return EXIT_OK


def _keyring_export(args: argparse.Namespace) -> int:
    from milrep.db.files import write_atomic
    from milrep.sync.keyring_doc import read_keyring
    from milrep.sync.keyring_store import installed_file

    if args.out.exists() and not args.force:
        raise StorageError(translate("milrep", "{path} already exists. Use --force to replace it."
                                     ).format(path=args.out))
    db, _actor = open_db(args)
    try:
        with db.read() as s:
            data = installed_file(s)
    finally:
        db.close()
    if data is None:
        err(translate("milrep", "No keyring is installed on this workstation."))
        return EXIT_REFUSED
    write_atomic(args.out, data)
    doc = read_keyring(data)
    print(translate("milrep", "Keyring version {v} written: {path}").format(
        v=doc.keyring.version, path=args.out))
    print_fingerprint(translate("milrep", "Root key fingerprint"), doc.fingerprint)
    return EXIT_OK


def _keyring_endorse(args: argparse.Namespace) -> int:
    from milrep.db.files import write_atomic
    from milrep.services.auth import Permission
    from milrep.sync.keyring_store import current_sites, endorse_keyring

    out: Path = args.out
    if out.exists() and not args.force:
        raise StorageError(translate("milrep", "{path} already exists. Use --force to replace it."
                                     ).format(path=out))
    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            sites, codes = current_sites(uow.begin(actor, Permission.MANAGE_KEYS, "sync.keys"))
            uow.commit()  # this site's keys, if made just now
        password = read_password(args, prompt=translate(
            "milrep", "Password of {user} to sign the keyring: ").format(user=actor.username))
        with db.unit_of_work() as uow:
            res = endorse_keyring(uow, actor, password=password, sites=sites, codes=codes)
    finally:
        db.close()
    write_atomic(out, res.data)
    print(translate("milrep", "Keyring version {v} signed and written: {path}").format(
        v=res.doc.keyring.version, path=out))
    print_fingerprint(translate("milrep", "Root key fingerprint"), res.doc.fingerprint)
    return EXIT_OK


# --- helpers --------------------------------------------------------------------------------

def site_by_code(s: Any, text: str) -> uuid.UUID:
    """A workstation by its code (or its id in hex), for ``--to`` and ``keys revoke``."""
    from sqlalchemy import select

    from milrep.models.office import Site
    found = s.scalars(select(Site.id).where(Site.code == text.strip())).first()
    if found is None:
        try:
            found = uuid.UUID(hex=text.strip())
        except ValueError:
            raise ValidationError(translate("milrep", "There is no workstation {site}.")
                                  .format(site=text), field="to") from None
    return found


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise StorageError(translate("milrep", "{path} cannot be read: {reason}")
                           .format(path=path, reason=e.strerror or e)) from e


def _result_json(path: Path, res: Any) -> dict[str, Any]:
    return {"file": str(path), "status": res.status.value, "origin": res.origin.hex,
            "seq": res.seq, "new_changes": res.new_changes, "conflicts": res.conflicts,
            "business_conflicts": res.business_conflicts,
            "missing": [{"site": m.site.hex, "first": m.first, "last": m.last,
                         "bundles": list(m.bundles)} for m in res.missing],
            "released": [_result_json(path, r) for r in res.released]}


def _result_text(path: Path, res: Any) -> str:
    from milrep.sync.importer import ImportStatus

    if res.status == ImportStatus.HELD:
        bundles = sorted({b for m in res.missing for b in m.bundles})
        text = translate("milrep", "{path}: held until earlier changes arrive").format(path=path)
        if bundles:
            text += "; " + translate("milrep", "bring bundle(s) {seqs} of the same workstation"
                                     ).format(seqs=", ".join(map(str, bundles)))
        return text
    if res.status == ImportStatus.ALREADY:
        return translate("milrep", "{path}: already imported, nothing to do").format(path=path)
    text = translate("milrep", "{path}: bundle {seq} imported, {n} new changes").format(
        path=path, seq=res.seq, n=res.new_changes)
    if res.conflicts or res.business_conflicts:
        text += "; " + translate("milrep", "{c} conflicts to review, {b} for the head of office"
                                 ).format(c=res.conflicts, b=res.business_conflicts)
    for r in res.released:
        text += "\n" + translate("milrep", "  and held bundle {seq}: {n} new changes").format(
            seq=r.seq, n=r.new_changes)
    return text


def _iso(when: Any) -> str | None:
    return None if when is None else when.isoformat()


def _local(when: Any) -> str:
    return "—" if when is None else when.astimezone().strftime("%d.%m.%Y %H:%M")

