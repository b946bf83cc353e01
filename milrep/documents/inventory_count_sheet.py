"""The inventory count sheet of one location (Article 27.3.5).

While the count is open it is the sheet to print and fill in by hand: the quantity each asset
should have (from its movements), an empty column for what the commission finds, and lines for
the commission's signatures. Once reconciled the same document is the count record: counted
quantities, the differences and their cost, the conclusion and the signing act.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.documents.asset_common import classification_of, money, qty, signed_qty
from milrep.documents.layout import Column, DocumentHead, OfficialDocument, fmt_date
from milrep.documents.sources import letterhead, signature
from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.assets import Asset, CountStatus, InventoryCount
from milrep.services.inventory_counts import count_detail


def render(session: Session, object_id: uuid.UUID) -> bytes:
    s = session
    count = s.get(InventoryCount, object_id)
    if count is None:
        raise NotFound(translate("milrep", "The inventory count no longer exists."))
    d = count_detail(s, count)
    c = d.count
    done = c.status == CountStatus.RECONCILED
    contracts = s.scalars(select(Asset.contract_id).where(
        Asset.id.in_([ln.asset_id for ln in d.lines]))).all()
    title = (translate("milrep", "Inventory count record") if done
             else translate("milrep", "Inventory count sheet"))
    doc = OfficialDocument(DocumentHead(
        letterhead=letterhead(s), title=title, number=c.number, date=c.count_date,
        classification=classification_of(s, contracts),
        subtitle=translate("milrep", "of material assets kept at {location}").format(
            location=c.location),
        keywords=(c.number,)))
    doc.facts([
        (translate("milrep", "Balances taken on"),
         translate("milrep", "the end of {date}").format(date=fmt_date(c.count_date))),
        (translate("milrep", "Commission"), c.commission.replace("\n", "; ")),
        (translate("milrep", "Grounds"), translate(
            "milrep", "Article 27.3.5 of the Law on the defense industry and the state defense "
            "order: records of material assets created or purchased with budget funds")),
    ])
    doc.section(translate("milrep", "Assets"))
    if done:
        cols = [Column("№", 0.4, "RIGHT"), Column(translate("milrep", "Inventory No."), 1.9),
                Column(translate("milrep", "Name"), 2.9),
                Column(translate("milrep", "Unit"), 0.6),
                Column(translate("milrep", "Unit cost, ₸"), 1.6, "RIGHT"),
                Column(translate("milrep", "Expected"), 1.2, "RIGHT"),
                Column(translate("milrep", "Counted"), 1.2, "RIGHT"),
                Column(translate("milrep", "Difference"), 1.3, "RIGHT"),
                Column(translate("milrep", "Note"), 1.8)]
    else:  # room to write by hand: no difference column, a wide counted column, tall rows
        cols = [Column("№", 0.4, "RIGHT"), Column(translate("milrep", "Inventory No."), 1.5),
                Column(translate("milrep", "Name"), 3.4),
                Column(translate("milrep", "Unit"), 0.6),
                Column(translate("milrep", "Unit cost, ₸"), 1.3, "RIGHT"),
                Column(translate("milrep", "Expected"), 1.2, "RIGHT"),
                Column(translate("milrep", "Counted"), 1.6, "RIGHT"),
                Column(translate("milrep", "Note"), 2.0)]
    rows, marked = [], []
    for i, ln in enumerate(d.lines):
        row = [str(i + 1), ln.inventory_number, ln.name, ln.unit, money(ln.unit_cost),
               qty(ln.expected)]
        if done:
            row += [qty(ln.counted), signed_qty(ln.difference), ln.note]
            if ln.difference:
                marked.append((i, 7))
        else:
            row += ["", ""]
        rows.append(row)
    doc.table(cols, rows, marked=marked, font_size=8)
    if not done:
        _room_to_write(doc, len(rows))
    total = sum((ln.expected * ln.unit_cost for ln in d.lines), Decimal(0))
    doc.paragraph(translate("milrep", "Lines: {n}. Value of the expected quantities: {total} ₸.")
                  .format(n=len(d.lines), total=money(total.quantize(Decimal("0.01")))))
    if not done:
        doc.note(translate(
            "milrep", "Count every asset on the spot and write the quantity found in the "
            "\u201cCounted\u201d column (0 when nothing is found); list assets found that are "
            "not on this sheet below. Then enter the counted quantities in milrep and reconcile "
            "the count."))
        doc.section(translate("milrep", "Assets found that are not on the sheet"))
        doc.table(cols[1:4] + [Column(translate("milrep", "Counted"), 1.1, "RIGHT"),
                               Column(translate("milrep", "Note"), 2.6)],
                  [["", "", "", "", ""] for _ in range(4)], font_size=9)
        _room_to_write(doc, 4)
        doc.signatures([], stamp=False, blank=_commission(c.commission))
        return doc.build()
    doc.section(translate("milrep", "Discrepancies"))
    if d.discrepancies:
        doc.table([Column(translate("milrep", "Inventory No."), 1.5),
                   Column(translate("milrep", "Name"), 3.4),
                   Column(translate("milrep", "Expected"), 1.0, "RIGHT"),
                   Column(translate("milrep", "Counted"), 1.0, "RIGHT"),
                   Column(translate("milrep", "Shortage (−) / surplus (+)"), 1.4, "RIGHT"),
                   Column(translate("milrep", "Cost, ₸"), 1.4, "RIGHT")],
                  [[ln.inventory_number, ln.name, qty(ln.expected), qty(ln.counted),
                    f"{signed_qty(ln.difference)} {ln.unit}", money(ln.difference_cost)]
                   for ln in d.discrepancies])
        net = sum((ln.difference_cost or Decimal(0) for ln in d.discrepancies), Decimal(0))
        doc.paragraph(translate("milrep", "Net value of the discrepancies: {total} ₸.")
                      .format(total=money(net)))
    else:
        doc.paragraph(translate("milrep", "No discrepancies: every counted quantity equals the "
                                "balance of the register."))
    if c.conclusion:
        doc.section(translate("milrep", "Conclusion"))
        doc.paragraph(c.conclusion, justify=True)
    count = s.get(InventoryCount, object_id)
    sig = signature(s, count.signature_id if count else None)
    doc.signatures([sig] if sig else [], blank=_commission(c.commission))
    return doc.build()


def _room_to_write(doc: OfficialDocument, rows: int) -> None:
    """Body rows of the table just added at least 9 mm tall: room to write a figure by hand.

    ``OfficialDocument.table`` sizes rows by their text; a count sheet needs blank room, so the
    row heights of the last table are given a minimum (reportlab reads ``_argH`` when it lays
    the table out)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    table = next(f for f in reversed(doc.story) if isinstance(f, Table))
    heights = [None] + [9 * mm] * rows
    table._argH = heights  # type: ignore[attr-defined]


def _commission(text: str) -> list[tuple[str, str]]:
    names = [n.strip() for n in text.splitlines() if n.strip()]
    if not names:
        names = ["", "", ""]
    label = translate("milrep", "Member of the commission")
    return [(label, n) for n in names]
