"""What ``milrep info`` reports about an unlocked office database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from milrep.db.base import Base
from milrep.db.store import Database, sqlcipher_version
from milrep.i18n import translate
from milrep.models import Office, Site, User


def gather_info(db: Database) -> dict[str, Any]:
    """A JSON-ready description: office, site, users, row counts, schema, cipher, key slots, files."""
    path = Path(db.path)
    with db.read() as s:
        o = s.scalars(select(Office)).first()
        office = {"code": o.code, "name": o.name, "plant": o.plant_name} if o else None
        st = s.get(Site, db.site_id)
        site = {"id": db.site_id.hex, "code": st.code, "name": st.name} if st else None
        users_total = int(s.scalar(select(func.count()).select_from(User)) or 0)
        users_active = int(s.scalar(select(func.count()).select_from(User)
                                    .where(User.active.is_(True))) or 0)
        counts = {t.name: int(s.execute(text(f'SELECT count(*) FROM "{t.name}"')).scalar_one())
                  for t in Base.metadata.sorted_tables}
        revision = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
    slots = db.keyslots()
    files = {}
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), db.keyfile_path):
        files[p.name] = p.stat().st_size if p.exists() else None
    return {
        "database": str(path),
        "database_id": db.database_id,
        "office": office,
        "site": site,
        "users": {"total": users_total, "active": users_active},
        "records": dict(sorted(counts.items())),
        "schema_revision": revision,
        "sqlcipher_version": sqlcipher_version(),
        "key_slots": {"users": sorted(slots.users()),
                      "recovery": slots.recovery_slot() is not None},
        "files": files,
    }


def format_info(info: dict[str, Any]) -> str:
    """The same facts as readable text."""
    lines: list[str] = []
    office, site = info["office"] or {}, info["site"] or {}
    lines.append(translate("milrep", "Database: {path}").format(path=info["database"]))
    lines.append(translate("milrep", "Office: {code} — {name} at {plant}").format(
        code=office.get("code", "?"), name=office.get("name", "?"),
        plant=office.get("plant", "?")))
    lines.append(translate("milrep", "Workstation: {code} — {name}").format(
        code=site.get("code", "?"), name=site.get("name", "?")))
    lines.append(translate("milrep", "Users: {active} active of {total}").format(
        active=info["users"]["active"], total=info["users"]["total"]))
    lines.append(translate("milrep", "Schema revision: {rev}").format(rev=info["schema_revision"]))
    lines.append(translate("milrep", "SQLCipher: {version}").format(
        version=info["sqlcipher_version"]))
    slots = info["key_slots"]
    lines.append(translate("milrep", "Key slots: {users}; recovery slot: {recovery}").format(
        users=", ".join(slots["users"]) or "—",
        recovery=translate("milrep", "yes") if slots["recovery"] else translate("milrep", "no")))
    lines.append(translate("milrep", "Records:"))
    width = max((len(k) for k in info["records"]), default=0)
    for table, n in info["records"].items():
        lines.append(f"  {table:<{width}}  {n:>10,}")
    lines.append(translate("milrep", "Files:"))
    for name, size in info["files"].items():
        shown = translate("milrep", "absent") if size is None else _size(size)
        lines.append(f"  {name}  {shown}")
    return "\n".join(lines)


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} B"
