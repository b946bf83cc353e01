"""The SQL-paged list of reclamations (the Reclamations screen).

Scopes: ``status`` (a :class:`ReclamationStatus` value), ``item_id``, ``open`` (1 while not
closed). The ``penalty_days`` column is the penalty period of Article 29.6 in days — from the
notification's receipt to the remedy's completion, or to today while the remedy runs — and is
empty when the contractor is not (yet) found at fault; ``overdue`` is "overdue" when it exceeds
the contract's term ("overdue", else empty).
"""

from __future__ import annotations

from sqlalchemy import Integer, case, cast, func
from sqlalchemy.orm import aliased

from milrep.i18n import translate
from milrep.models.control_list import ControlListItem
from milrep.models.organizations import Organization
from milrep.models.products import Lot
from milrep.models.reclamations import Reclamation, ReclamationStatus
from milrep.services.lists import ListColumn, ListSpec

_item = aliased(ControlListItem, name="reclaimed_item")
_lot = aliased(Lot, name="reclaimed_lot")
_recipient = aliased(Organization, name="reclaiming_recipient")

_end = func.coalesce(Reclamation.remedy_completed_on, func.date("now", "localtime"))
PENALTY_DAYS = case(
    (Reclamation.contractor_at_fault.is_(True),
     cast(func.julianday(_end) - func.julianday(Reclamation.notified_on), Integer)),
    else_=None)
OVERDUE = case((Reclamation.remedy_term_days.is_not(None)
                & (PENALTY_DAYS > Reclamation.remedy_term_days), "overdue"), else_="")
OPEN = case((Reclamation.status == ReclamationStatus.CLOSED.value, 0), else_=1)

RECLAMATIONS = ListSpec(
    name="reclamations",
    base=Reclamation.__table__,
    id_expr=Reclamation.id,  # type: ignore[arg-type]
    columns=(
        ListColumn("number", lambda: translate("milrep", "Number"), Reclamation.number),
        ListColumn("notified_on", lambda: translate("milrep", "Notified"),
                   Reclamation.notified_on, "date"),
        ListColumn("status", lambda: translate("milrep", "Status"), Reclamation.status, "enum"),
        ListColumn("penalty_days", lambda: translate("milrep", "Penalty days"), PENALTY_DAYS,
                   "quantity", sortable=False),
        ListColumn("overdue", lambda: translate("milrep", "Overdue"), OVERDUE, "enum",
                   sortable=False),
        ListColumn("item", lambda: translate("milrep", "Item"), _item.name, sortable=False),
        ListColumn("lot", lambda: translate("milrep", "Lot"), _lot.number, sortable=False),
        ListColumn("remedy", lambda: translate("milrep", "Remedy"), Reclamation.remedy, "enum",
                   sortable=False),
        ListColumn("defect", lambda: translate("milrep", "Defect"),
                   Reclamation.defect_description, sortable=False),
        ListColumn("recipient", lambda: translate("milrep", "Recipient"), _recipient.name,
                   sortable=False),
    ),
    search_expr=Reclamation.search_text,
    joins=lambda q: (q.join(_item, _item.id == Reclamation.item_id)
                     .join(_recipient, _recipient.id == Reclamation.recipient_id)
                     .outerjoin(_lot, _lot.id == Reclamation.lot_id)),
    default_sort="notified_on",
    scopes={"status": Reclamation.status, "item_id": Reclamation.item_id, "open": OPEN},
)
