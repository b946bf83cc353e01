"""The lists' search: the trigram index answers exactly what a plain substring scan would."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from milrep.db import search
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.services import control_list, lists
from milrep.services.auth import Permission
from tests.helpers import OfficeFixture

NAMES = ["Radio station R-168-5UN", "Spare-part kit ZIP-168", "Antenna mast AM-12",
         "Battery pack AKB-168", "Field telephone TA-88", "Радиостанция Р-168-5УН",
         "Антенна мачтовая АМ-12", "Қуат блогы ҚБ-7", "Cable 50% shielded_x", "ab-cd ef"]


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> OfficeFixture:
    """One office with 60 control-list items, shared by the property tests (queries only)."""
    from milrep.db.keyslots import FAST_KDF_FOR_TESTS
    from milrep.db.store import create_database
    from tests.conftest import OFFICE
    from tests.helpers import build_records

    path = tmp_path_factory.mktemp("search") / "office.milrep"
    db, chief, code = create_database(path, OFFICE, kdf=FAST_KDF_FOR_TESTS)
    o = OfficeFixture(db=db, path=path, chief=chief, rep=chief, viewer=chief, recovery_code=code)
    build_records(o)
    for n in range(60):
        with db.unit_of_work() as uow:
            control_list.create_item(uow, chief, form=control_list.ItemForm(
                contract_id=o.ids["contract"], kind=ItemKind.MILITARY_GOODS,
                name=f"{NAMES[n % len(NAMES)]} #{n}", nomenclature_code=f"58-{n:04d}",
                quantity=n + 1, unit="pcs", tech_doc_ref=f"TU {n % 7}"))
    return o


def _expected(o: OfficeFixture, words: list[str]) -> set[uuid.UUID]:
    with o.db.read() as s:
        rows = s.execute(select(ControlListItem.id, ControlListItem.search_text)).all()
    return {i for i, t in rows if all(w in t for w in words)}


def _listed(o: OfficeFixture, q: lists.ListQuery, page: int = 7) -> list[tuple[object, ...]]:
    with o.db.read() as s:
        total = lists.count_rows(s, lists.CONTROL_LIST, q)
        rows: list[tuple[object, ...]] = []
        for offset in range(0, total, page):
            rows += lists.fetch_page(s, lists.CONTROL_LIST, q, offset=offset, limit=page,
                                     total=total)
    assert len(rows) == total
    return rows


words_from_names = st.sampled_from(NAMES).flatmap(
    lambda name: st.tuples(st.integers(0, len(name) - 1), st.integers(1, 8)).map(
        lambda ij: name[ij[0]:ij[0] + ij[1]].casefold()))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.one_of(words_from_names, st.text(min_size=1, max_size=4)), min_size=1,
                      max_size=3))
def test_search_equals_a_substring_scan(catalogue: OfficeFixture, words: list[str]) -> None:
    q = lists.ListQuery(text=" ".join(words))
    rows = _listed(catalogue, q)
    assert {r[0] for r in rows} == _expected(catalogue, q.all_words())
    names = [str(r[1]) for r in rows]
    assert names == sorted(names)  # every page in the list's order, none repeated or skipped


def test_control_characters_in_the_filter_are_dropped(catalogue: OfficeFixture) -> None:
    assert lists.ListQuery(text="ra\x00dio\tmast\x1b").all_words() == ["ra", "dio", "mast"]
    assert {r[0] for r in _listed(catalogue, lists.ListQuery(text="\x00radio"))} == _expected(
        catalogue, ["radio"])


def test_search_with_scope_and_descending_sort(catalogue: OfficeFixture) -> None:
    q = lists.ListQuery(text="168 radio", sort="name", descending=True,
                        scope={"contract_id": catalogue.ids["contract"]})
    rows = _listed(catalogue, q, page=4)
    assert {r[0] for r in rows} == _expected(catalogue, ["168", "radio"])
    names = [str(r[1]) for r in rows]
    assert names == sorted(names, reverse=True) and names


def test_wildcards_in_the_filter_are_literal(catalogue: OfficeFixture) -> None:
    assert {r[0] for r in _listed(catalogue, lists.ListQuery(text="50%"))} == _expected(
        catalogue, ["50%"])
    assert _listed(catalogue, lists.ListQuery(text="%%%")) == []
    assert {r[0] for r in _listed(catalogue, lists.ListQuery(text="d_x"))} == _expected(
        catalogue, ["d_x"])


def test_the_index_follows_updates_and_deletes(records: OfficeFixture) -> None:
    o = records
    with o.db.unit_of_work() as uow:
        form = control_list.get_item(uow, o.chief, item_id=o.ids["kit"])
    with o.db.unit_of_work() as uow:
        control_list.update_item(uow, o.chief, item_id=o.ids["kit"], form=dataclasses.replace(
            form, name="Zapasnoy komplekt ZIP-168M"))
    assert [r[0] for r in _listed(o, lists.ListQuery(text="zapasnoy"))] == [o.ids["kit"]]
    assert _listed(o, lists.ListQuery(text="spare-part")) == []
    with o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, Permission.EDIT_CONTROL_LIST, "test.delete")
        s.delete(s.get(ControlListItem, o.ids["repair"]))
        uow.commit()
    assert _listed(o, lists.ListQuery(text="repair")) == []
    with o.db.engine.connect() as conn:  # the index agrees with its table row for row
        conn.execute(text("INSERT INTO control_list_items_search(control_list_items_search) "
                          "VALUES ('integrity-check')"))


def test_rebuild_restores_a_lost_index(records: OfficeFixture) -> None:
    with records.db.engine.begin() as conn:
        conn.execute(text("INSERT INTO control_list_items_search(control_list_items_search) "
                          "VALUES ('delete-all')"))
    assert _listed(records, lists.ListQuery(text="radio")) == []
    with records.db.engine.begin() as conn:
        search.rebuild(conn)
    assert [r[0] for r in _listed(records, lists.ListQuery(text="radio"))] == [records.ids["radio"]]


def test_the_index_is_not_a_model_table() -> None:
    assert not search.include_name("control_list_items_search", "table", {})
    assert not search.include_name("contracts_search_data", "table", {})
    assert search.include_name("contracts", "table", {})


def test_long_lists_leave_out_words_the_index_cannot_serve(catalogue: OfficeFixture) -> None:
    q = lists.ListQuery(text="ab radio", short_words=False)
    assert lists.ignored_words(q) == ["ab"]
    assert {r[0] for r in _listed(catalogue, q)} == _expected(catalogue, ["radio"])
    assert lists.ignored_words(lists.ListQuery(text="ab radio")) == []
    only_short = lists.ListQuery(text="ab 5", short_words=False)
    assert len(_listed(catalogue, only_short)) == len(_listed(catalogue, lists.ListQuery()))
