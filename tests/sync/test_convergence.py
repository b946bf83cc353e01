"""Convergence: three workstations, random edits, random delivery with duplicates and lost
bundles (recovered later by re-sending) end with identical data and identical conflict records."""

from __future__ import annotations

import random
import uuid
from pathlib import Path

import pytest

from milrep.models.organizations import Organization
from milrep.services.auth import Permission
from tests.helpers import OfficeFixture
from tests.sync.sites import Station, stations, synced_dump
from tests.sync.test_exchange import _new_org, _rename_org


def _orgs(st: Station) -> list[uuid.UUID]:
    with st.db.read() as s:
        return sorted(s.scalars(Organization.__table__.select().with_only_columns(
            Organization.id)).all(), key=lambda u: u.hex)


def _step(rng: random.Random, st: Station, n: int, mine: set[uuid.UUID]) -> None:
    orgs = _orgs(st)
    action = rng.random()
    if action < 0.5 and orgs:
        org = rng.choice(orgs)
        _rename_org(st, org, f"{st.name}{n}", address=rng.choice(["", f"addr {st.name}{n}"])
                    if rng.random() < 0.5 else None)
    elif action < 0.85:
        mine.add(_new_org(st, f"Unit {st.name}{n}"))  # type: ignore[arg-type]
    else:
        here = [o for o in orgs if o in mine]
        if here:
            with st.db.unit_of_work() as uow:
                s = uow.begin(st.chief, Permission.EDIT_ORGANIZATIONS, "test.delete")
                s.delete(s.get(Organization, rng.choice(here)))
                uow.commit()


@pytest.mark.parametrize("seed", [3, 11, 29])
def test_three_sites_converge(records: OfficeFixture, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    sites = stations(records, tmp_path, 3)
    stick = tmp_path / "stick"
    stick.mkdir()
    created: set[uuid.UUID] = set()  # rows nobody references: safe to delete
    in_flight: list[tuple[Station, Path]] = []
    lost = duplicated = 0
    try:
        for n in range(36):
            st = rng.choice(sites)
            _step(rng, st, n, created)
            if rng.random() < 0.4:
                to = rng.sample([o for o in sites if o is not st], rng.choice([1, 2]))
                path = st.export(stick, to).path
                in_flight.extend((o, path) for o in to)
            rng.shuffle(in_flight)
            while in_flight and rng.random() < 0.6:
                dest, path = in_flight.pop()
                if rng.random() < 0.15:
                    lost += 1
                    continue
                dest.import_(path)
                if rng.random() < 0.3:
                    duplicated += 1
                    in_flight.append((dest, path))
        for dest, path in in_flight:  # the rest arrives late, in any order
            dest.import_(path)
        for _ in range(2):  # lost bundles: re-send what was never confirmed
            for st in sites:
                for other in sites:
                    if other is not st:
                        other.import_(st.export(stick, [other], resend=True).path)
        dumps = [synced_dump(st.db) for st in sites]
        assert dumps[0] == dumps[1] == dumps[2]
        assert lost and duplicated  # the scenario did exercise both
    finally:
        for st in sites[1:]:
            st.db.close()
