from milrep.services import lists
from tests.helpers import OfficeFixture


def test_records_fixture_builds_the_scenario_contract(records: OfficeFixture) -> None:
    with records.db.read() as s:
        total = lists.count_rows(s, lists.CONTRACTS, lists.ListQuery())
        rows = lists.fetch_page(s, lists.CONTRACTS, lists.ListQuery(), offset=0, limit=50,
                                total=total)
        items = lists.count_rows(s, lists.CONTROL_LIST, lists.ListQuery(
            scope={"contract_id": records.ids["contract"]}))
    assert total == 1
    assert rows[0][1] == "12-ГОЗ/2026"
    assert rows[0][3] == "Zhetysu Instrument Plant JSC"
    assert items == 3
