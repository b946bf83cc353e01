"""Two workstations exchange bundles both ways and end with identical data."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from milrep.models.organizations import OrgKind, Organization
from milrep.services import organizations
from milrep.sync.importer import ImportStatus
from tests.helpers import OfficeFixture
from tests.sync.sites import Station, synced_dump


def _rename_org(st: Station, org_id: object, name: str, address: str | None = None) -> None:
    with st.db.read() as s:
        org = s.get(Organization, org_id)
        form = organizations.OrganizationForm(kind=org.kind, name=name, bin=org.bin,
                                              address=org.address if address is None else address)
    with st.db.unit_of_work() as uow:
        organizations.update_organization(uow, st.chief, org_id=org_id, form=form)


def _new_org(st: Station, name: str) -> object:
    with st.db.unit_of_work() as uow:
        return organizations.create_organization(uow, st.chief, form=organizations.OrganizationForm(
            kind=OrgKind.RECIPIENT, name=name)).id


def test_two_sites_exchange_both_ways_and_converge(records: OfficeFixture, pair: list[Station],
                                                   tmp_path: Path) -> None:
    a, b = pair
    stick = tmp_path / "stick"
    stick.mkdir()
    _new_org(a, "Military unit 54321")
    _rename_org(a, records.ids["unit"], "Military unit 12345 (Almaty garrison)")
    _new_org(b, "Military unit 777")
    _rename_org(b, records.ids["plant"], "Zhetysu Instrument Plant", address="Taldykorgan")

    out_a = a.export(stick)
    assert out_a.path.name.startswith("milrep-") and out_a.path.suffix == ".mrb"
    assert out_a.changes > 0 and not list(stick.glob(".*"))  # no temporary file left
    res = b.import_(out_a.path)
    assert res.status == ImportStatus.APPLIED and res.new_changes == out_a.changes
    out_b = b.export(stick)
    res = a.import_(out_b.path)
    assert res.status == ImportStatus.APPLIED
    assert synced_dump(a.db) == synced_dump(b.db)
    with b.db.read() as s:
        names = set(s.scalars(select(Organization.name)))
    assert {"Military unit 54321", "Military unit 777", "Zhetysu Instrument Plant",
            "Military unit 12345 (Almaty garrison)"} <= names


def test_exchange_with_the_keys_kept_in_each_database(pair: list[Station], stick: Path) -> None:
    """Each site's own signing key and age identity come from its local key table."""
    from milrep.services.auth import Permission
    from milrep.sync import local_keys
    from milrep.sync.export import export_bundle
    from milrep.sync.importer import import_bundle
    from milrep.sync.keyring import Keyring

    a, b = pair
    entries = []
    for st in pair:
        with st.db.unit_of_work() as uow:
            s = uow.begin(st.chief, Permission.SYNC, "test.keys")
            entries.append(local_keys.own_entry(s))  # made on first need
            uow.commit()
    assert entries[0].site_id == a.db.site_id and entries[1].site_id == b.db.site_id
    assert entries[0].kid != entries[1].kid
    ring = Keyring(realm=a.keyring.realm, version=2, keys=tuple(entries))
    _new_org(a, "Unit with stored keys")

    def keys(st: Station, make):  # type: ignore[no-untyped-def]
        with st.db.unit_of_work() as uow:
            return make(uow.begin(st.chief, Permission.SYNC, "test.keys"), ring)

    out = export_bundle(a.db, a.chief, out_dir=stick, keys=keys(a, local_keys.export_keys))
    res = import_bundle(b.db, b.chief, out.path.read_bytes(),
                        keys=keys(b, local_keys.import_keys))
    assert res.status == ImportStatus.APPLIED and res.new_changes == 1
