"""Sequence of bundles: duplicates and renamed copies, older after newer, out-of-order delivery
held and released in order, the missing ones named."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from milrep.models.sync import IncomingBundle
from milrep.sync.importer import ImportStatus
from milrep.sync.status import sync_status
from tests.helpers import dump_database
from tests.sync.sites import Station, synced_dump
from tests.sync.test_exchange import _new_org, _rename_org

Pair = list[Station]


def test_the_same_bundle_twice_or_renamed_is_a_no_op(pair: Pair, stick: Path) -> None:
    a, b = pair
    _new_org(a, "Unit 1")
    path = a.export(stick).path
    assert b.import_(path).status == ImportStatus.APPLIED
    before = dump_database(b.db)
    copy = stick / "renamed-by-someone.mrb"
    shutil.copy(path, copy)
    for p in (path, copy):
        res = b.import_(p)
        assert res.status == ImportStatus.ALREADY and res.new_changes == 0
    assert dump_database(b.db) == before


def test_an_older_bundle_after_a_newer_one_has_no_effect(pair: Pair, stick: Path,
                                                         records: object) -> None:
    a, b = pair
    _new_org(a, "Unit 1")
    older = a.export(stick).path
    _new_org(a, "Unit 2")
    newer = a.export(stick, resend=True).path  # starts again from what b acknowledged
    assert b.import_(newer).status == ImportStatus.APPLIED
    before = synced_dump(b.db)
    res = b.import_(older)
    assert res.status == ImportStatus.NO_EFFECT and res.new_changes == 0
    assert synced_dump(b.db) == before == synced_dump(a.db)


def test_out_of_order_delivery_is_held_then_applied_in_order(pair: Pair, stick: Path,
                                                             records: object) -> None:
    a, b = pair
    _new_org(a, "Unit 1")
    first = a.export(stick).path
    org = _new_org(a, "Unit 2")
    _rename_org(a, org, "Unit 2 (renamed)")
    second = a.export(stick).path
    _new_org(a, "Unit 3")
    third = a.export(stick).path

    before = dump_database(b.db)
    held = b.import_(third)
    assert held.status == ImportStatus.HELD
    (missing,) = held.missing
    assert missing.site == a.db.site_id and missing.bundles == (1, 2)
    assert missing.last - missing.first + 1 == 3  # Unit 1, Unit 2 and its new name
    again = b.import_(third)  # bringing it twice changes nothing
    assert again.status == ImportStatus.HELD
    held2 = b.import_(second)
    assert held2.status == ImportStatus.HELD and held2.missing[0].bundles == (1,)
    after_hold = dump_database(b.db)
    assert {k for k in after_hold if after_hold[k] != before[k]} == {"sync_bundles_in"}
    with b.db.read() as s:
        (peer,) = sync_status(s, b.db.site_id).peers
    assert peer.site_id == a.db.site_id and peer.last_bundle_in == 0
    assert [(h.seq, h.missing) for h in peer.held] == [
        (2, ((a.db.site_id, missing.first, held2.missing[0].last),)),
        (3, ((a.db.site_id, missing.first, missing.last),))]

    res = b.import_(first)
    assert res.status == ImportStatus.APPLIED
    assert [(r.seq, r.status) for r in res.released] == [(2, ImportStatus.APPLIED),
                                                         (3, ImportStatus.APPLIED)]
    assert synced_dump(b.db) == synced_dump(a.db)
    with b.db.read() as s:
        rows = s.execute(select(IncomingBundle.seq, IncomingBundle.status,
                                IncomingBundle.envelope)).all()
    assert sorted((r.seq, r.status, r.envelope) for r in rows) == [
        (1, "applied", None), (2, "applied", None), (3, "applied", None)]
    assert b.import_(third).status == ImportStatus.ALREADY


def test_relayed_changes_reach_a_third_site(trio: list[Station], stick: Path) -> None:
    """c hears of a's changes only through b: the change log carries them unchanged."""
    a, b, c = trio
    _new_org(a, "Unit from A")
    b.import_(a.export(stick, [b]).path)
    _new_org(b, "Unit from B")
    res = c.import_(b.export(stick, [c]).path)
    assert res.status == ImportStatus.APPLIED
    # a's own later bundle to c holds nothing c lacks: no effect
    res = c.import_(a.export(stick, [c]).path)
    assert res.status == ImportStatus.NO_EFFECT
    c.export(stick, [a, b])
    for st in (a, b):
        st.import_(c.export(stick, [st], resend=True).path)
    b.import_(a.export(stick, [b]).path)
    a.import_(b.export(stick, [a]).path)
    assert synced_dump(a.db) == synced_dump(b.db) == synced_dump(c.db)


def test_a_bundle_written_knowing_changes_the_receiver_lacks_is_held(
        trio: list[Station], stick: Path) -> None:
    """a relays c's changes to b in a bundle that is lost, then writes on top of them: its next
    bundle carries only its own change, yet b must not apply it before c's (causal order)."""
    a, b, c = trio
    org = _new_org(c, "Unit of C")
    a.import_(c.export(stick, [a]).path)
    lost = a.export(stick, [b]).path  # carries c's change only; never reaches b
    _rename_org(a, org, "Unit of C (renamed by A)")
    second = a.export(stick, [b]).path
    res = b.import_(second)
    assert res.status == ImportStatus.HELD
    by_site = {m.site: m for m in res.missing}
    assert by_site[c.db.site_id].bundles == ()  # c's change: only relayed, never from c itself
    assert by_site[c.db.site_id].first == 1
    if a.db.site_id in by_site:  # the lost bundle also carried a's own earlier change
        assert by_site[a.db.site_id].bundles == (1,)
    res = b.import_(lost)
    assert res.status == ImportStatus.APPLIED and [r.seq for r in res.released] == [2]
    b.import_(c.export(stick, [b]).path)
    assert synced_dump(a.db) == synced_dump(b.db)
