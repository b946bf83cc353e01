"""The completeness list of a control-list item (issue 3)."""

from __future__ import annotations

import uuid

import pytest

from milrep.errors import NotFound, ValidationError
from milrep.models.journal import Tombstone
from milrep.services import completeness_list as cl
from tests.core.requirements_helpers import run
from tests.helpers import OfficeFixture, refused


# --- completeness -----------------------------------------------------------------------------

def test_completeness_list(records: OfficeFixture) -> None:
    o = records
    a = run(o, cl.add_completeness_entry, item_id=o.ids["radio"],
            form=cl.CompletenessForm(" Antenna ASh-4 ", 1, "pcs")).id
    b = run(o, cl.add_completeness_entry, item_id=o.ids["radio"],
            form=cl.CompletenessForm("Battery 10NKP-2", 2, "pcs")).id
    c = run(o, cl.add_completeness_entry, item_id=o.ids["radio"],
            form=cl.CompletenessForm("Passport (form)", 1, "copy")).id
    run(o, cl.update_completeness_entry, entry_id=b, form=cl.CompletenessForm("Battery 10NKP-2",
                                                                              3, "pcs"))
    run(o, cl.remove_completeness_entry, entry_id=c)
    got = run(o, cl.list_completeness, o.viewer, item_id=o.ids["radio"])
    assert [(e.id, e.name, e.quantity, e.unit, e.position) for e in got] == [
        (a, "Antenna ASh-4", 1, "pcs", 1), (b, "Battery 10NKP-2", 3, "pcs", 2)]
    with o.db.read() as s:  # the journal recorded the removal as a tombstone
        assert s.get(Tombstone, ("completeness_entries", c)) is not None


@pytest.mark.parametrize(("form", "field", "message"), [
    (cl.CompletenessForm(" "), "name", "Name of the set's part is required."),
    (cl.CompletenessForm("Bag", 0), "quantity",
     'The quantity of "Bag" in a complete set must be a whole number of at least 1.'),
    (cl.CompletenessForm("Bag", 1.5), "quantity",  # type: ignore[arg-type]
     'The quantity of "Bag" in a complete set must be a whole number of at least 1.'),
    (cl.CompletenessForm("Bag", True), "quantity",
     'The quantity of "Bag" in a complete set must be a whole number of at least 1.'),
    (cl.CompletenessForm("Bag", 1, ""), "unit", "Unit is required."),
    (cl.CompletenessForm("Bag", 1, "x" * 17), "unit",
     'The unit of "Bag" is longer than 16 characters.'),
    (cl.CompletenessForm("antenna ash-4"), "name",
     '"antenna ash-4" is already on the completeness list of Radio station R-168-5UN.'),
])
def test_bad_completeness_entry(records: OfficeFixture, form: cl.CompletenessForm, field: str,
                                message: str) -> None:
    o = records
    eid = run(o, cl.add_completeness_entry, item_id=o.ids["radio"],
              form=cl.CompletenessForm("Antenna ASh-4")).id
    e = refused(o, ValidationError, message, cl.add_completeness_entry, item_id=o.ids["radio"],
                form=form)
    assert e.field == field
    if "already" not in message:  # the same checks on update (a line may keep its own name)
        refused(o, ValidationError, message, cl.update_completeness_entry, entry_id=eid,
                form=form)
    refused(o, NotFound, "The completeness-list entry no longer exists.",
            cl.remove_completeness_entry, entry_id=uuid.uuid4())
