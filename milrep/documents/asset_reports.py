"""Reports of the material-asset register (Article 27.3.5), computed when printed:

* the **register** on a date: every asset with its balance, unit cost and value then;
* the **movements** of a period: every receipt, transfer, handover and write-off with its
  document, and the asset's balance after it; with the totals by kind.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy.orm import Session

from milrep.documents.asset_common import classification_of, money, qty
from milrep.documents.layout import Column, DocumentHead, OfficialDocument, fmt_date
from milrep.documents.sources import letterhead
from milrep.i18n import translate
from milrep.services.asset_movements import kind_label
from milrep.services.assets import (AssetRow, MovementRow, asset_rows, category_label,
                                    movement_rows, status_label)


def render_register(s: Session, on: dt.date) -> bytes:
    rows = asset_rows(s, on=on)
    doc = OfficialDocument(DocumentHead(
        letterhead=letterhead(s), title=translate("milrep", "Register of material assets"),
        number="", date=None, classification=classification_of(s, [r.contract_id for r in rows]),
        subtitle=translate("milrep", "created or purchased with budget funds under the state "
                           "defense order (Article 27.3.5); balances at the end of {date}")
        .format(date=fmt_date(on)),
        keywords=("assets", on.isoformat())))
    doc.section(translate("milrep", "Assets"))
    _register_table(doc, rows)
    by_category: dict[str, Decimal] = defaultdict(Decimal)
    for r in rows:
        by_category[category_label(r.category)] += r.total_cost
    if rows:
        doc.section(translate("milrep", "Value by category"))
        doc.facts([(k, money(v) + " ₸") for k, v in sorted(by_category.items())] + [
            (translate("milrep", "Total"), money(sum(by_category.values(), Decimal(0))) + " ₸")],
            label_width=0.6)
    doc.signatures([], stamp=False, blank=[
        (translate("milrep", "Military representative"), ""),
        (translate("milrep", "Head of the military representative office"), "")])
    return doc.build()


def _register_table(doc: OfficialDocument, rows: tuple[AssetRow, ...]) -> None:
    cols = [Column(translate("milrep", "Inventory No."), 1.8),
            Column(translate("milrep", "Name, category, contract"), 3.4),
            Column(translate("milrep", "Location, responsible"), 2.4),
            Column(translate("milrep", "Status"), 1.2),
            Column(translate("milrep", "Balance"), 1.0, "RIGHT"),
            Column(translate("milrep", "Unit cost, ₸"), 1.5, "RIGHT"),
            Column(translate("milrep", "Value, ₸"), 1.7, "RIGHT")]
    body = [[r.inventory_number,
             f"{r.name}\n{category_label(r.category)} · {r.contract_number}",
             "\n".join(x for x in (r.location, r.responsible) if x), status_label(r.status),
             f"{qty(r.balance)} {r.unit}", money(r.unit_cost), money(r.total_cost)]
            for r in rows]
    total = sum((r.total_cost for r in rows), Decimal(0))
    if rows:
        body.append(["", translate("milrep", "Total ({n} assets)").format(n=len(rows)),
                     "", "", "", "", money(total)])
    doc.table(cols, body, bold_rows=[len(rows)] if rows else [], font_size=7.5,
              empty=translate("milrep", "The register has no assets on this date."))


def render_movements(s: Session, date_from: dt.date, date_to: dt.date) -> bytes:
    rows = movement_rows(s, date_from=date_from, date_to=date_to)
    contracts = [r.contract_id for r in asset_rows(s) if r.id in {m.asset_id for m in rows}]
    doc = OfficialDocument(DocumentHead(
        letterhead=letterhead(s), title=translate("milrep", "Movements of material assets"),
        number="", date=None, classification=classification_of(s, contracts),
        subtitle=translate("milrep", "from {first} to {last} inclusive").format(
            first=fmt_date(date_from), last=fmt_date(date_to)),
        keywords=("asset movements", date_from.isoformat(), date_to.isoformat())))
    doc.section(translate("milrep", "Movements"))
    _movements_table(doc, rows)
    if rows:
        doc.section(translate("milrep", "Totals by kind"))
        counts: dict[str, int] = defaultdict(int)
        for m in rows:
            counts[kind_label(m.kind)] += 1
        doc.facts([(k, str(v)) for k, v in sorted(counts.items())], label_width=0.6)
    doc.signatures([], stamp=False, blank=[
        (translate("milrep", "Military representative"), "")])
    return doc.build()


def _movements_table(doc: OfficialDocument, rows: tuple[MovementRow, ...]) -> None:
    cols = [Column(translate("milrep", "Date"), 1.25),
            Column(translate("milrep", "Kind"), 1.2),
            Column(translate("milrep", "Asset"), 2.8),
            Column(translate("milrep", "Quantity"), 1.1, "RIGHT"),
            Column(translate("milrep", "From → to"), 2.2),
            Column(translate("milrep", "Document"), 1.8),
            Column(translate("milrep", "Grounds, signed by"), 2.2),
            Column(translate("milrep", "Balance after"), 1.1, "RIGHT")]
    body = []
    for m in rows:
        where = " → ".join(x for x in (m.from_location, m.to_location or m.counterparty) if x)
        doc_ref = translate("milrep", "No. {number} of {date}").format(
            number=m.document_number, date=fmt_date(m.document_date))
        grounds = "\n".join(x for x in (m.grounds, m.signed_by) if x)
        body.append([fmt_date(m.moved_on), kind_label(m.kind),
                     f"{m.inventory_number}\n{m.asset_name}", f"{qty(m.quantity)} {m.unit}",
                     where, doc_ref, grounds, qty(m.balance_after)])
    doc.table(cols, body, font_size=7.5,
              empty=translate("milrep", "No movement in this period."))
