"""SQL-paged lists of the material-asset register and its movements (for the screen and the
CLI): the balance column is the SQL sum of the asset's movements, never a stored number.

Values of the ``balance`` and ``quantity`` columns are whole thousandths of the unit (exact
integers from SQL); show them with :func:`milrep.services.asset_balances.to_quantity`.
"""

from __future__ import annotations

from sqlalchemy import case, func, select

from milrep.i18n import translate
from milrep.models.assets import Asset, AssetMovement
from milrep.models.contracts import Contract
from milrep.services.asset_balances import SIGNED_TOTAL
from milrep.services.lists import ALL_LISTS, ListColumn, ListSpec

#: the asset's balance over all its movements, in thousandths
BALANCE_MILLI = (select(func.coalesce(func.sum(SIGNED_TOTAL), 0))
                 .where(AssetMovement.asset_id == Asset.id)
                 .correlate(Asset).scalar_subquery())

ASSETS = ListSpec(
    name="assets",
    base=Asset.__table__,
    id_expr=Asset.id,
    columns=(
        ListColumn("inventory_number", lambda: translate("milrep", "Inventory No."),
                   Asset.inventory_number),
        ListColumn("name", lambda: translate("milrep", "Name"), Asset.name),
        ListColumn("category", lambda: translate("milrep", "Category"), Asset.category, "enum"),
        ListColumn("contract", lambda: translate("milrep", "Contract"), Contract.number,
                   sortable=False),
        ListColumn("location", lambda: translate("milrep", "Location"), Asset.location),
        ListColumn("balance", lambda: translate("milrep", "Balance"), BALANCE_MILLI, "quantity",
                   sortable=False),
        ListColumn("unit", lambda: translate("milrep", "Unit"), Asset.unit, sortable=False),
        ListColumn("status", lambda: translate("milrep", "Status"), Asset.status, "enum"),
    ),
    search_expr=Asset.search_text,
    joins=lambda q: q.join(Contract, Contract.id == Asset.contract_id),
    default_sort="inventory_number",
    scopes={"status": Asset.status, "location": Asset.location,
            "contract_id": Asset.contract_id, "category": Asset.category},
)

_moved = Asset.__table__.alias("moved_asset")

ASSET_MOVEMENTS = ListSpec(
    name="asset_movements",
    base=AssetMovement.__table__,
    id_expr=AssetMovement.id,
    columns=(
        ListColumn("moved_on", lambda: translate("milrep", "Date"), AssetMovement.moved_on,
                   "date"),
        ListColumn("kind", lambda: translate("milrep", "Kind"), AssetMovement.kind, "enum",
                   sortable=False),
        ListColumn("inventory_number", lambda: translate("milrep", "Inventory No."),
                   _moved.c.inventory_number, sortable=False),
        ListColumn("quantity", lambda: translate("milrep", "Quantity"),
                   AssetMovement.quantity_milli, "quantity", sortable=False),
        ListColumn("from_location", lambda: translate("milrep", "From"),
                   AssetMovement.from_location, sortable=False),
        ListColumn("to_location", lambda: translate("milrep", "To"),
                   case((AssetMovement.to_location != "", AssetMovement.to_location),
                        else_=AssetMovement.counterparty), sortable=False),
        ListColumn("document", lambda: translate("milrep", "Document"),
                   AssetMovement.document_number, sortable=False),
        ListColumn("signed_by", lambda: translate("milrep", "Signed by"),
                   AssetMovement.signed_by, sortable=False),
    ),
    search_expr=(AssetMovement.document_number + " " + AssetMovement.grounds + " "
                 + AssetMovement.counterparty + " " + _moved.c.inventory_number),
    joins=lambda q: q.join(_moved, _moved.c.id == AssetMovement.asset_id),
    default_sort="moved_on",
    scopes={"asset_id": AssetMovement.asset_id, "kind": AssetMovement.kind},
)

ALL_LISTS[ASSETS.name] = ASSETS
ALL_LISTS[ASSET_MOVEMENTS.name] = ASSET_MOVEMENTS
