"""What the sync centre shows and does: the overview read on the worker, the export and import
jobs (run on the worker with a :class:`ui.ops.Progress`), and the two small table models."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, Database
from milrep.documents.ed25519 import grouped_hex
from milrep.errors import UserError
from milrep.models.office import Site
from milrep.services.auth import Actor, Permission
from milrep.services.conflict_lists import CONFLICTS
from milrep.services.lists import ListQuery, count_rows
from milrep.sync import local_keys
from milrep.sync.errors import SyncCancelled
from milrep.sync.export import ExportResult, export_bundle
from milrep.sync.importer import ImportResult, ImportStatus, import_bundle
from milrep.sync.keyring import SiteRole
from milrep.sync.keyring_store import installed_keyring
from milrep.sync.status import SyncStatus, sync_status
from ui.i18n import translate
from ui.ops import Progress

Index = QModelIndex | QPersistentModelIndex
OPEN = {"state": "open", "shown": 1}


# --- the overview ---------------------------------------------------------------------------

@dataclass(frozen=True)
class KeyRow:
    site_id: uuid.UUID
    code: str
    name: str
    role: str
    fingerprint: str  # the signing key id in groups of four
    revoked_after: int | None
    own: bool


@dataclass(frozen=True)
class Overview:
    status: SyncStatus
    own_code: str
    names: dict[uuid.UUID, str]  # site id -> "WS2 — Workstation 2"
    keyring_version: int | None
    root_fingerprint: str
    keys: tuple[KeyRow, ...]
    recipients: tuple[KeyRow, ...]  # sites a bundle can be written for
    open_conflicts: int = 0  # as the conflicts area lists them (all kinds)
    business_conflicts: int = 0  # of them, for the head of office
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def load_overview(session: Session, site_id: uuid.UUID) -> Overview:
    st = sync_status(session, site_id)
    sites = {i: (c, n) for i, c, n in session.execute(select(Site.id, Site.code, Site.name))}
    doc = installed_keyring(session)
    keys: list[KeyRow] = []
    if doc is not None:
        for k in doc.keyring.keys:
            code, name = sites.get(k.site_id, (doc.codes.get(k.site_id) or k.site_id.hex[:8], ""))
            keys.append(KeyRow(site_id=k.site_id, code=code, name=name, role=k.role.value,
                               fingerprint=grouped_hex(k.kid),
                               revoked_after=k.revoked_after_seq, own=k.site_id == site_id))
    keys.sort(key=lambda k: (k.code, k.site_id.hex))
    ring = doc.keyring if doc is not None else None
    recipients = tuple(k for k in keys if not k.own and ring is not None
                       and ring.current_key(k.site_id) is not None)
    return Overview(
        status=st, own_code=sites.get(site_id, (site_id.hex[:8], ""))[0],
        names={i: n for i, (_c, n) in sites.items()},
        keyring_version=st.keyring_version,
        root_fingerprint=doc.fingerprint if doc is not None else "",
        keys=tuple(keys), recipients=recipients,
        open_conflicts=count_rows(session, CONFLICTS, ListQuery(scope=OPEN)),
        business_conflicts=count_rows(session, CONFLICTS,
                                      ListQuery(scope={**OPEN, "kind": "business"})))


def role_label(role: str) -> str:
    if role == SiteRole.HEADQUARTERS:
        return translate("SyncCentre", "Headquarters (reads only)")
    if role == SiteRole.WORKSTATION:
        return translate("SyncCentre", "Workstation")
    return translate("SyncCentre", "Not in the keyring")


def when(value: dt.datetime | None) -> str:
    if value is None:
        return translate("SyncCentre", "never")
    return value.astimezone().strftime("%d.%m.%Y %H:%M")


def age(value: dt.datetime | None, now: dt.datetime) -> str:
    """How old the newest data of a site is: "12 min", "5 h", "3 days"."""
    if value is None:
        return translate("SyncCentre", "no data yet")
    minutes = max(0, int((now - value).total_seconds() // 60))
    if minutes < 2:
        return translate("SyncCentre", "just now")
    if minutes < 120:
        return translate("SyncCentre", "{n} min").format(n=minutes)
    if minutes < 48 * 60:
        return translate("SyncCentre", "{n} h").format(n=minutes // 60)
    return translate("SyncCentre", "{n} days").format(n=minutes // (24 * 60))


def missing_text(ov: Overview, held: Any) -> str:
    """What the held bundles of a site wait for, in words."""
    parts = []
    for h in held:
        for site, first, last in h.missing:
            code = next((k.code for k in ov.keys if k.site_id == site), site.hex[:8])
            span = str(first) if first == last else f"{first}–{last}"
            parts.append(translate("SyncCentre", "bundle {seq} waits for changes {span} of {site}")
                         .format(seq=h.seq, span=span, site=code))
    return "; ".join(parts)


# --- the jobs (on the worker) ---------------------------------------------------------------

@dataclass(frozen=True)
class ExportOutcome:
    result: ExportResult | None  # None: cancelled, nothing written


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    result: ImportResult | None = None
    refused: str = ""  # the refusal's message
    cancelled: bool = False


def _reporter(progress: Progress, label: str) -> Any:
    def report(done: int, total: int) -> None:
        # no check() here: cancelling is polled by the core at its safe points
        progress.maximum, progress.value, progress.label = total, done, label
    return report


def export_job(db: Database, actor: Actor, progress: Progress, *, out_dir: Path,
               recipients: list[uuid.UUID]) -> ExportOutcome:
    with db.unit_of_work() as uow:
        keys = local_keys.export_keys(uow.begin(actor, Permission.SYNC, "sync.keys"))
        uow.commit()
    try:
        res = export_bundle(db, actor, out_dir=out_dir, keys=keys, recipients=recipients,
                            progress=_reporter(progress, translate(
                                "SyncCentre", "Writing the bundle and reading it back…")),
                            cancelled=lambda: progress.cancelled)
    except SyncCancelled:
        return ExportOutcome(result=None)
    return ExportOutcome(result=res)


def import_job(db: Database, actor: Actor, progress: Progress, *, paths: list[Path]
               ) -> list[FileOutcome]:
    with db.unit_of_work() as uow:
        keys = local_keys.import_keys(uow.begin(actor, Permission.SYNC, "sync.keys"))
        uow.commit()
    out: list[FileOutcome] = []
    for n, path in enumerate(paths, start=1):
        if progress.cancelled:
            out.append(FileOutcome(path=path, cancelled=True))
            continue
        label = translate("SyncCentre", "Importing {name} ({n} of {total})…").format(
            name=path.name, n=n, total=len(paths))
        try:
            try:
                data = path.read_bytes()  # copied off the medium before anything else
            except OSError as e:
                raise UserError(translate("SyncCentre", "The file cannot be read: {error}").format(
                    error=e.strerror or e)) from e
            res = import_bundle(db, actor, data, keys=keys,
                                progress=_reporter(progress, label),
                                cancelled=lambda: progress.cancelled)
        except SyncCancelled:
            out.append(FileOutcome(path=path, cancelled=True))
            continue
        except UserError as e:
            out.append(FileOutcome(path=path, refused=str(e)))
            continue
        out.append(FileOutcome(path=path, result=res))
    return out


def import_changes(outcomes: list[FileOutcome]) -> Changes:
    tables: set[str] = set()
    for o in outcomes:
        results = [o.result] if o.result is not None else []
        while results:
            r = results.pop()
            tables |= r.db_changes.tables
            results.extend(r.released)
    if any(o.result is not None for o in outcomes):
        tables |= {"sync_conflicts", "sync_bundles_in"}
    return Changes(tables=frozenset(tables))


def describe_import(o: FileOutcome, ov: Overview | None) -> str:
    """One line per file: imported, already there, held (and for what), refused (why)."""
    name = o.path.name
    if o.cancelled:
        return translate("SyncCentre", "{file}: not imported (cancelled); nothing of it was "
                         "applied.").format(file=name)
    if o.refused:
        return translate("SyncCentre", "{file}: refused. {message}").format(
            file=name, message=o.refused)
    r = o.result
    assert r is not None
    code = _code(ov, r.origin)
    if r.status == ImportStatus.ALREADY:
        text = translate("SyncCentre", "{file}: bundle {seq} of {site} was imported before; "
                         "nothing to do.").format(file=name, seq=r.seq, site=code)
    elif r.status == ImportStatus.HELD:
        waits = []
        for m in r.missing:
            if m.bundles:
                waits.append(translate("SyncCentre", "bundles {list} of {site}").format(
                    list=", ".join(str(b) for b in m.bundles), site=_code(ov, m.site)))
            else:
                waits.append(translate("SyncCentre", "changes {first}–{last} of {site}").format(
                    first=m.first, last=m.last, site=_code(ov, m.site)))
        text = translate("SyncCentre", "{file}: bundle {seq} of {site} is held until {missing} "
                         "arrive; import those, and it is applied by itself.").format(
            file=name, seq=r.seq, site=code, missing="; ".join(waits))
    elif r.status == ImportStatus.NO_EFFECT:
        text = translate("SyncCentre", "{file}: bundle {seq} of {site} imported; this workstation "
                         "already had all its changes.").format(file=name, seq=r.seq, site=code)
    else:
        text = translate("SyncCentre", "{file}: bundle {seq} of {site} imported: {n} new changes, "
                         "{c} conflicts, {b} business conflicts.").format(
            file=name, seq=r.seq, site=code, n=r.new_changes, c=r.conflicts,
            b=r.business_conflicts)
    for rel in r.released:
        text += " " + translate(
            "SyncCentre", "Held bundle {seq} of {site} applied as well.").format(
            seq=rel.seq, site=_code(ov, rel.origin))
    return text


def _code(ov: Overview | None, site: uuid.UUID) -> str:
    if ov is not None:
        for k in ov.keys:
            if k.site_id == site:
                return k.code
        for p in ov.status.peers:
            if p.site_id == site:
                return p.code
    return site.hex[:8]


# --- table models ---------------------------------------------------------------------------

class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, ...]] = []
        self.tips: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[tuple[str, ...]], tips: list[tuple[str, ...]] | None = None
                 ) -> None:
        self.beginResetModel()
        self.rows, self.tips = rows, tips or []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header_labels())

    def header_labels(self) -> list[str]:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_labels()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.row() < len(self.tips):
                return self.tips[index.row()][index.column()] or None
            return self.rows[index.row()][index.column()] or None
        return None


class PeersModel(_Table):
    def header_labels(self) -> list[str]:
        return [translate("SyncCentre", "Site"), translate("SyncCentre", "Role"),
                translate("SyncCentre", "Last bundle imported"), translate("SyncCentre", "Missing"),
                translate("SyncCentre", "Newest data is"),
                translate("SyncCentre", "Changes to send"),
                translate("SyncCentre", "Last import"), translate("SyncCentre", "Last export")]

    def load(self, ov: Overview) -> None:
        rows, tips = [], []
        for p in ov.status.peers:
            name = ov.names.get(p.site_id, "")
            site = p.code  # the name in the tooltip: the row stays narrow
            missing = missing_text(ov, p.held)
            held = (translate("SyncCentre", "{n} held").format(n=len(p.held)) + ": " + missing
                    if p.held else translate("SyncCentre", "none"))
            last = (str(p.last_bundle_in) if p.last_bundle_in
                    else translate("SyncCentre", "none yet"))
            pending = str(p.pending_out)
            if p.unacknowledged > p.pending_out:
                pending += " " + translate("SyncCentre", "({n} not yet confirmed)").format(
                    n=p.unacknowledged)
            rows.append((site, role_label(p.role), last, held,
                         age(p.newest_change_at, ov.now), pending, when(p.last_import_at),
                         when(p.last_export_at)))
            tips.append((f"{p.code} — {name}" if name and name != p.code else p.code,
                         *rows[-1][1:]))
        self.set_rows(rows, tips)


class KeysModel(_Table):
    def header_labels(self) -> list[str]:
        return [translate("SyncCentre", "Site"), translate("SyncCentre", "Role"),
                translate("SyncCentre", "Key fingerprint (compare aloud or on paper)"),
                translate("SyncCentre", "State")]

    def load(self, ov: Overview) -> None:
        rows = []
        for k in ov.keys:
            site = f"{k.code} — {k.name}" if k.name and k.name != k.code else k.code
            if k.own:
                site += " " + translate("SyncCentre", "(this workstation)")
            state = (translate("SyncCentre", "in force") if k.revoked_after is None else translate(
                "SyncCentre", "revoked after bundle {n}").format(n=k.revoked_after))
            rows.append((site, role_label(k.role), k.fingerprint, state))
        self.set_rows(rows)
