"""The demo office's material assets (issue 6, Article 27.3.5; SCENARIOS.md §7): a dozen assets
created or purchased under the demo plant's contracts, their movements (a transfer of the
vibration bench to the climatic-test lab, write-offs of solder, a prototype handed to the
recipient), a reconciled quarterly count of the lab with a shortage of cable, and an open count
of the assembly shop. All written through the services; dates count back from today.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from milrep.db.store import Database
from milrep.models.assets import AssetCategory as C
from milrep.models.assets import AssetOrigin as O
from milrep.models.assets import MovementKind as K
from milrep.models.contracts import Contract
from milrep.services import asset_movements, assets, inventory_counts
from milrep.services.auth import Actor

SHOP = "Цех сборки № 3"
LAB = "Лаборатория климатических испытаний"
STORE = "Склад военного представительства"
KEEPER = "Кладовщик Жунусова А. Б."

# inventory No., name, category, origin, contract, unit, unit cost, quantity, days ago, place,
# responsible
ASSETS = (
    ("ВП17-ОС-0001", "Стенд вибрационный ВС-100 для испытаний R-168-5UN", C.EQUIPMENT, O.PURCHASED,
     "12-ГОЗ/2026", "шт", "18450000.00", "1", 280, SHOP, "Нач. цеха Ким Р. С."),
    ("ВП17-ОС-0002", "Камера климатическая КТК-800", C.EQUIPMENT, O.PURCHASED, "12-ГОЗ/2026",
     "шт", "24900000.00", "1", 275, LAB, "Инженер-испытатель Омаров Т. К."),
    ("ВП17-ОС-0003", "Осциллограф цифровой АКИП-4131/1", C.EQUIPMENT, O.PURCHASED, "12-ГОЗ/2026",
     "шт", "1865000.00", "2", 270, LAB, "Инженер-испытатель Омаров Т. К."),
    ("ВП17-ОС-0004", "Приспособление сборочное для блока УМ R-168", C.TOOLING, O.CREATED,
     "12-ГОЗ/2026", "шт", "385000.00", "4", 250, SHOP, "Мастер Сейткали Н."),
    ("ВП17-МТ-0005", "Припой ПОС-61, проволока 1 мм", C.MATERIALS, O.PURCHASED, "12-ГОЗ/2026",
     "кг", "14200.00", "25", 240, SHOP, "Мастер Сейткали Н."),
    ("ВП17-МТ-0006", "Кабель радиочастотный РК 50-2-11", C.MATERIALS, O.PURCHASED, "12-ГОЗ/2026",
     "м", "1250.00", "500", 235, LAB, "Инженер-испытатель Омаров Т. К."),
    ("ВП17-ОБ-0007", "Опытный образец радиостанции R-168-5UN зав. № 0001", C.PROTOTYPES,
     O.CREATED, "12-ГОЗ/2026", "шт", "7800000.00", "1", 230, STORE, KEEPER),
    ("ВП17-ДК-0008", "Комплект конструкторской документации R-168-5UN (лит. О1)",
     C.DOCUMENTATION, O.CREATED, "12-ГОЗ/2026", "компл", "2400000.00", "1", 228, STORE, KEEPER),
    ("ВП17-ОС-0009", "Стенд проверки телефонных аппаратов ТА-88", C.EQUIPMENT, O.CREATED,
     "15-ГОЗ/2026", "шт", "3150000.00", "1", 200, SHOP, "Нач. цеха Ким Р. С."),
    ("ВП17-ОС-0010", "Комплект калиброванных грузов для испытаний мачт", C.TOOLING, O.PURCHASED,
     "07-ГОЗ/2025", "компл", "960000.00", "2", 300, STORE, KEEPER),
    ("ВП17-МТ-0011", "Лента изоляционная ПВХ 19 мм", C.MATERIALS, O.PURCHASED, "15-ГОЗ/2026",
     "рул", "650.00", "120", 190, SHOP, "Мастер Сейткали Н."),
    ("ВП17-ПР-0012", "Макет корпуса ТА-88 (3D-печать)", C.OTHER, O.CREATED, "15-ГОЗ/2026", "шт",
     "145000.00", "3", 185, LAB, "Инженер-испытатель Омаров Т. К."),
)


def build_assets(db: Database, actors: dict[str, Actor], password: str) -> None:
    chief, rep1, rep2 = actors["chief"], actors["rep1"], actors["rep2"]
    today = dt.datetime.now(dt.UTC).date()

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    def run(actor: Actor, fn, **kw):  # type: ignore[no-untyped-def]
        with db.unit_of_work() as uow:
            return fn(uow, actor, **kw)

    with db.read() as s:
        contract_ids = {n: i for n, i in s.execute(select(Contract.number, Contract.id))}
    ids = {}
    for n, (inv, name, cat, origin, contract, unit, cost, qty, days, place, resp) in \
            enumerate(ASSETS):
        doc = ("ТН-" if origin == O.PURCHASED else "АКТ-ИЗГ-") + f"{2026}/{101 + n}"
        ids[inv] = run(rep1 if n % 2 else rep2, assets.register_asset, form=assets.AssetForm(
            inventory_number=inv, name=name, category=cat, origin=origin,
            contract_id=contract_ids[contract], unit=unit, unit_cost=Decimal(cost),
            acquisition_doc_number=doc, acquisition_doc_date=ago(days), location=place,
            responsible=resp, quantity=Decimal(qty), signed_by=KEEPER)).id

    def move(actor: Actor, inv: str, kind: K, qty: str, days: int, number: str,
             **kw: str) -> None:
        run(actor, asset_movements.record_movement, form=asset_movements.MovementForm(
            asset_id=ids[inv], kind=kind, moved_on=ago(days), quantity=Decimal(qty),
            document_number=number, document_date=ago(days),
            signed_by=kw.pop("signed_by", "Главный инженер Бекетов С. А."), **kw))

    # the vibration bench goes to the climatic-test lab (scenario 7)
    move(rep1, "ВП17-ОС-0001", K.TRANSFER, "1", 150, "НП-2026/044", to_location=LAB,
         responsible="Инженер-испытатель Омаров Т. К.")
    move(rep2, "ВП17-МТ-0005", K.WRITE_OFF, "3.5", 140, "АС-2026/017",
         grounds="Израсходован при сборке лотов L-2026-001…002 (акт расхода № 17)")
    move(rep2, "ВП17-МТ-0005", K.WRITE_OFF, "4.25", 70, "АС-2026/031",
         grounds="Израсходован при сборке лотов L-2026-003…004 (акт расхода № 31)")
    move(rep1, "ВП17-ОС-0004", K.TRANSFER, "1", 120, "НП-2026/051", to_location=STORE,
         signed_by=KEEPER)
    move(chief, "ВП17-ОБ-0007", K.HANDOVER, "1", 100, "АПП-2026/009",
         counterparty="Войсковая часть 28335 (получатель ГОЗ)",
         signed_by="Командир в/ч 28335 полковник Абенов Е. Т.")
    move(rep1, "ВП17-МТ-0011", K.RECEIPT, "60", 95, "ТН-2026/188")
    move(rep1, "ВП17-ПР-0012", K.WRITE_OFF, "1", 80, "АС-2026/024",
         grounds="Разрушен при испытаниях на удар (протокол № 12-УД)")

    # the quarterly count of the lab: 12 m of cable are missing
    count = run(rep1, inventory_counts.start_count, location=LAB, count_date=ago(45),
                commission="Майор Ахметова Г. Н.\nКапитан Ли В. А.\nИнженер-испытатель "
                           "Омаров Т. К.").id
    with db.unit_of_work() as uow:
        lines = inventory_counts.get_count(uow, rep1, count_id=count).lines
    found = {"ВП17-МТ-0006": ("488", "Недостача 12 м: обрезки при монтаже стенда, акт № 3")}
    run(rep1, inventory_counts.enter_counts, count_id=count, entries=[
        inventory_counts.CountEntry(ln.id, found.get(ln.inventory_number, (ln.expected,))[0],
                                    found.get(ln.inventory_number, ("", ""))[1])
        for ln in lines])
    run(rep1, inventory_counts.reconcile_count, count_id=count, password=password,
        conclusion="Недостачу кабеля РК 50-2-11 (12 м) списать актом после служебной проверки; "
                   "остальные ценности в наличии и соответствуют учёту.")
    move(rep1, "ВП17-МТ-0006", K.WRITE_OFF, "12", 40, "АС-2026/038",
         grounds=f"Недостача по инвентаризации № {_count_number(db, count)}: обрезки при монтаже")

    # this quarter's count of the assembly shop is open: sheet printed, counting under way
    run(rep2, inventory_counts.start_count, location=SHOP, count_date=ago(2),
        commission="Капитан Ли В. А.\nМастер Сейткали Н.")


def _count_number(db: Database, count_id: object) -> str:
    from milrep.models.assets import InventoryCount

    with db.read() as s:
        c = s.get(InventoryCount, count_id)
        return c.number if c else ""
