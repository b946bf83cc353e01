"""A realistic demo office (SCENARIOS.md).

Everything the demo office holds is written through the core services, so its audit journal and
change log are exactly those of an office that typed it in. ``records=N`` then tops the contracts
and control list up to N rows for scale tests (:mod:`milrep.demo_bulk`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from milrep.db.keyslots import DEFAULT_KDF, KdfParams, KeySlotFile
from milrep.db.store import Database, NewOffice, create_database, open_database
from milrep.demo_acceptance import build_acceptance
from milrep.demo_assets import build_assets
from milrep.demo_bulk import fill_records
from milrep.demo_certificates import build_certificates
from milrep.demo_duties import build_duties
from milrep.demo_sync import build_sync
from milrep.demo_reclamations import build_reclamations
from milrep.errors import UserError, ValidationError
from milrep.i18n import translate
from milrep.models import Meta
from milrep.models.contracts import AmendmentGround, ContractStatus
from milrep.models.control_list import ItemKind
from milrep.models.organizations import OrgKind
from milrep.models.users import Role
from milrep.services import contracts, control_list, lots, organizations, users
from milrep.services.auth import Actor, Permission, role_label

DEMO_MARKER = "demo"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    rank: str
    position: str
    role: Role

    def label(self) -> str:
        return role_label(self.role)


DEMO_USERS = (
    DemoUser("chief", "A. K. Serikbayev", "Lt. Col.", "Head of office", Role.CHIEF),
    DemoUser("rep1", "G. S. Akhmetova", "Maj.", "Senior military representative",
             Role.REPRESENTATIVE),
    DemoUser("rep2", "V. A. Li", "Capt.", "Military representative", Role.REPRESENTATIVE),
    DemoUser("clerk", "D. M. Omarova", "", "Clerk", Role.VIEWER),
)

DEMO_OFFICE = dict(office_code="17", office_name="Military representative office No. 17",
                   plant_name="Zhetysu Instrument Plant JSC", site_code="WS1",
                   site_name="Head of office laptop")


def check_demo_password(password: str) -> None:
    """The one demo password must satisfy the password rules for every demo user."""
    for u in DEMO_USERS:
        try:
            users.check_password_rules(u.username, password)
        except ValidationError as e:
            raise ValidationError(translate(
                "milrep", "The demo password does not fit the password rules ({reason}) for the "
                "demo users chief, rep1, rep2 and clerk. Choose e.g. a 10+ character password "
                "of letters and digits.").format(reason=e.message), field="password") from None


def build_demo(path: Path, *, password: str, records: int = 0, kdf: KdfParams = DEFAULT_KDF,
               progress: Progress | None = None, sites: int = 1) -> None:
    """Create the demo office at ``path``; fill contracts + control list up to ``records`` rows."""
    check_demo_password(password)
    chief_spec = DEMO_USERS[0]
    db, chief, _recovery = create_database(Path(path), NewOffice(
        **DEMO_OFFICE, chief_username=chief_spec.username, chief_full_name=chief_spec.full_name,
        chief_rank=chief_spec.rank, chief_password=password), kdf=kdf)
    try:
        _mark_demo(db, chief)
        actors = {"chief": chief}
        for u in DEMO_USERS[1:]:
            with db.unit_of_work() as uow:
                ch = users.add_user(uow, chief, username=u.username, full_name=u.full_name,
                                    rank=u.rank, position=u.position, role=u.role,
                                    password=password)
            assert ch.id is not None
            actors[u.username] = Actor(ch.id, u.username, u.full_name, u.role)
        _build_records(db, actors)
        build_acceptance(db, actors, password)
        build_certificates(db, actors, password)
        build_assets(db, actors, password)
        build_duties(db, actors, password)
        build_reclamations(db, actors, password)
        build_sync(db, actors, password, sites=sites)
        if records:
            fill_records(db, chief, records, progress=progress)
    finally:
        db.close()


def remove_demo(path: Path, password: str) -> None:
    """Delete a demo database (and its key file), refusing anything that is not a demo office."""
    path = Path(path)
    try:
        db, _chief = open_database(path, DEMO_USERS[0].username, password)
    except UserError as e:
        raise UserError(translate(
            "milrep", "{path} is not replaced: it does not open as a demo office with this "
            "password ({reason}). Delete it yourself if you really mean to.")
            .format(path=path, reason=e.message)) from None
    try:
        with db.read() as s:
            is_demo = s.get(Meta, DEMO_MARKER) is not None
    finally:
        db.close()
    if not is_demo:
        raise UserError(translate(
            "milrep", "{path} is a real office database, not a demo; it is not replaced.")
            .format(path=path))
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"),
              KeySlotFile.path_for(path)):
        p.unlink(missing_ok=True)


# --- the scenario's records ------------------------------------------------------------------

def _mark_demo(db: Database, chief: Actor) -> None:
    with db.unit_of_work() as uow:
        s = uow.begin(chief, Permission.MANAGE_OFFICE, "office.mark_demo")
        s.add(Meta(key=DEMO_MARKER, value="fictional demo office; not real data"))
        uow.commit()


def _build_records(db: Database, actors: dict[str, Actor]) -> None:
    chief, rep1, rep2 = actors["chief"], actors["rep1"], actors["rep2"]

    def org(kind: OrgKind, name: str, bin: str = "", address: str = "") -> uuid.UUID:
        with db.unit_of_work() as uow:
            ch = organizations.create_organization(uow, chief, form=organizations.OrganizationForm(
                kind=kind, name=name, bin=bin, address=address))
        assert ch.id is not None
        return ch.id

    plant = org(OrgKind.CONTRACTOR, "Zhetysu Instrument Plant JSC", "990340001234",
                "Taldykorgan, 12 Zavodskaya St.")
    mod = org(OrgKind.AUTHORIZED_BODY, "Ministry of Defense of the Republic of Kazakhstan",
              "000140000123", "Astana, 20 Dostyk St.")
    unit_almaty = org(OrgKind.RECIPIENT, "Military unit 12345", "", "Almaty")
    unit_shymkent = org(OrgKind.RECIPIENT, "Military unit 54321", "", "Shymkent")
    unit_aktobe = org(OrgKind.RECIPIENT, "Military unit 68811", "", "Aktobe")

    # Contract 12-ГОЗ/2026 (SCENARIOS.md §2), with every Article 22.4 term.
    c12 = _contract(db, chief, contracts.ContractForm(
        number="12-ГОЗ/2026", signed_on=dt.date(2026, 1, 20), customer_id=mod,
        contractor_id=plant, recipient_id=unit_almaty,
        subject="Supply of 40 field radio stations R-168-5UN with spare-part kits; repair of 6 "
                "stations returned from the field",
        valid_from=dt.date(2026, 1, 20), valid_until=dt.date(2027, 12, 31),
        value=Decimal("1840000000.00"), advance=Decimal("368000000.00"),
        quality_control_terms="Quality is controlled by military representative office No. 17 "
                              "per TU 6574-012-2026 rev. 3 and ST RK GOST RV 15.307",
        acceptance_terms="Acceptance by lots after acceptance tests (PSI) with sampling per "
                         "ISO 2859-1, level II, AQL 1.0; periodic tests every 6 months",
        delivery_place="Military unit 12345, Almaty",
        delivery_terms="By stages per the schedule; transport by the contractor",
        penalty_terms="0.1 % of the value of undelivered goods per day of delay, at most 10 %",
        termination_grounds="Per the Civil Code and Article 24 of the Law on the defense "
                            "industry and the state defense order",
        liability_terms="Per the laws of the Republic of Kazakhstan; warranty 24 months",
        classification="",
        stages=(contracts.StageForm("Stage 1: lots 1-2 (20 stations)", dt.date(2026, 6, 30)),
                contracts.StageForm("Stage 2: lots 3-4 (20 stations), kits", dt.date(2026, 12, 15)),
                contracts.StageForm("Stage 3: repair of 6 stations", dt.date(2027, 3, 31)))))
    with db.unit_of_work() as uow:
        contracts.add_amendment(uow, chief, contract_id=c12, number="1",
                                signed_on=dt.date(2026, 3, 1),
                                ground=AmendmentGround.QUANTITY_CHANGED,
                                description="Quantity of spare-part kits raised from 8 to 10; "
                                            "unit price unchanged")
    common = dict(tech_doc_ref="TU 6574-012-2026", tech_doc_revision="3",
                  op_requirement_ref="TTZ 2025-R168", op_requirement_revision="1",
                  standards="ST RK GOST RV 15.307\nST RK GOST RV 15.703",
                  approval_ref="MoD letter 12/345", approved_on=dt.date(2026, 2, 1),
                  approved_by_id=mod)
    radio = _item(db, chief, c12, ItemKind.MILITARY_GOODS, "Radio station R-168-5UN",
                  "5820-168-05", 40, "pcs", dt.date(2026, 12, 15),
                  required_tests="Acceptance tests (PSI): output power, frequency stability, "
                                 "sensitivity\nPeriodic tests every 6 months: vibration, climatic, "
                                 "reliability", **common)
    kit = _item(db, chief, c12, ItemKind.MILITARY_GOODS, "Spare-part kit ZIP-168 for R-168-5UN",
                "5820-168-91", 10, "set", dt.date(2026, 12, 15),
                required_tests="Completeness check per the kit list", **common)
    _item(db, chief, c12, ItemKind.MILITARY_WORK, "Repair of R-168-5UN stations returned from "
          "the field", "R-168-REP", 6, "pcs", dt.date(2027, 3, 31),
          required_tests="Acceptance tests after repair (PSI)", **common)
    _set_status(db, chief, c12, ContractStatus.ACTIVE)

    # Lots with serials (Article 15.3): three accepted earlier, L-2026-004 presented (§3).
    serial = itertools.count(375)
    for n, made in ((1, dt.date(2026, 5, 12)), (2, dt.date(2026, 6, 16)),
                    (3, dt.date(2026, 9, 8)), (4, dt.date(2026, 11, 2))):
        with db.unit_of_work() as uow:
            lots.register_lot(uow, rep1 if n % 2 else rep2, item_id=radio,
                              number=f"L-2026-00{n}",
                              serials=[f"{next(serial):04d}" for _ in range(10)],
                              manufactured_on=made, marking="R-168-5UN ЖПЗ")
    with db.unit_of_work() as uow:
        lots.register_lot(uow, rep1, item_id=kit, number="K-2026-001", quantity=5,
                          manufactured_on=dt.date(2026, 10, 1))

    # A fulfilled contract from last year, one in force and a draft.
    c07 = _contract(db, chief, contracts.ContractForm(
        number="07-ГОЗ/2025", signed_on=dt.date(2025, 2, 14), customer_id=mod,
        contractor_id=plant, recipient_id=unit_shymkent,
        subject="Supply of 24 telescopic antenna masts AM-12 and 60 battery packs AKB-168",
        valid_from=dt.date(2025, 2, 14), valid_until=dt.date(2025, 12, 20),
        value=Decimal("212500000.00"), advance=Decimal("42500000.00"),
        quality_control_terms="Per TU 3468-007-2024 rev. 2", acceptance_terms="PSI by lots",
        delivery_place="Military unit 54321, Shymkent", delivery_terms="Two deliveries",
        penalty_terms="0.1 % per day", termination_grounds="Civil Code",
        liability_terms="Warranty 18 months",
        stages=(contracts.StageForm("Masts", dt.date(2025, 8, 1)),
                contracts.StageForm("Battery packs", dt.date(2025, 11, 30)))))
    masts = _item(db, chief, c07, ItemKind.MILITARY_GOODS, "Telescopic antenna mast AM-12",
                  "5985-012-01", 24, "pcs", dt.date(2025, 8, 1), tech_doc_ref="TU 3468-007-2024",
                  tech_doc_revision="2", required_tests="PSI: mast height, wind load")
    _item(db, chief, c07, ItemKind.DUAL_USE_GOODS, "Battery pack AKB-168 (Li-ion, 12 V)",
          "6140-168-12", 60, "pcs", dt.date(2025, 11, 30), tech_doc_ref="TU 3482-011-2023",
          tech_doc_revision="1", required_tests="PSI: capacity, charge cycles")
    with db.unit_of_work() as uow:
        lots.register_lot(uow, rep2, item_id=masts, number="M-2025-001",
                          serials=[f"AM{n:03d}" for n in range(1, 13)],
                          manufactured_on=dt.date(2025, 6, 20), marking="AM-12 ЖПЗ")
    _set_status(db, chief, c07, ContractStatus.ACTIVE)
    _set_status(db, chief, c07, ContractStatus.COMPLETED)

    c15 = _contract(db, chief, contracts.ContractForm(
        number="15-ГОЗ/2026", signed_on=dt.date(2026, 4, 3), customer_id=mod,
        contractor_id=plant, recipient_id=unit_aktobe,
        subject="Supply of 120 field telephone sets TA-88 and 30 km of field cable P-274M; "
                "calibration of test equipment",
        valid_from=dt.date(2026, 4, 3), valid_until=dt.date(2027, 6, 30),
        value=Decimal("96300000.00"), advance=Decimal("0.00"),
        quality_control_terms="Per TU 6650-021-2025 rev. 1", acceptance_terms="PSI by lots",
        delivery_place="Military unit 68811, Aktobe", delivery_terms="Quarterly deliveries",
        penalty_terms="0.1 % per day", termination_grounds="Civil Code",
        liability_terms="Warranty 12 months",
        stages=(contracts.StageForm("Telephone sets", dt.date(2026, 12, 1)),
                contracts.StageForm("Cable and calibration", dt.date(2027, 6, 30)))))
    phones = _item(db, chief, c15, ItemKind.MILITARY_GOODS, "Field telephone set TA-88",
                   "5805-088-01", 120, "pcs", dt.date(2026, 12, 1),
                   tech_doc_ref="TU 6650-021-2025", tech_doc_revision="1",
                   required_tests="PSI: call signal, speech quality")
    _item(db, chief, c15, ItemKind.DUAL_USE_GOODS, "Field cable P-274M", "6145-274-01", 30, "km",
          dt.date(2027, 6, 30), tech_doc_ref="TU 16.K76-274-2019", tech_doc_revision="4",
          required_tests="PSI: insulation resistance")
    _item(db, chief, c15, ItemKind.MILITARY_SERVICE, "Calibration of test equipment of the "
          "climatic-test lab", "SVC-CAL-2026", 1, "job", dt.date(2026, 10, 1),
          required_tests="Calibration certificates")
    with db.unit_of_work() as uow:
        lots.register_lot(uow, rep2, item_id=phones, number="T-2026-001",
                          serials=[f"TA{n:04d}" for n in range(1, 31)],
                          manufactured_on=dt.date(2026, 9, 15), marking="TA-88 ЖПЗ")
    _set_status(db, chief, c15, ContractStatus.ACTIVE)

    c21 = _contract(db, chief, contracts.ContractForm(
        number="21-ГОЗ/2026", signed_on=dt.date(2026, 10, 5), customer_id=mod,
        contractor_id=plant, recipient_id=None,
        subject="Modernization of 15 radio stations R-168-5UN to R-168-5UN-2 (draft)",
        valid_from=dt.date(2026, 11, 1), valid_until=dt.date(2027, 10, 31),
        value=Decimal("315000000.00"), advance=Decimal("63000000.00"),
        quality_control_terms="Per TU 6574-012-2026 rev. 4 (draft)",
        acceptance_terms="PSI after modernization", delivery_place="Taldykorgan, plant"))
    _item(db, chief, c21, ItemKind.MILITARY_WORK, "Modernization of R-168-5UN to R-168-5UN-2",
          "R-168-MOD2", 15, "pcs", dt.date(2027, 9, 30), tech_doc_ref="TU 6574-012-2026",
          tech_doc_revision="4")


def _contract(db: Database, actor: Actor, form: contracts.ContractForm) -> uuid.UUID:
    with db.unit_of_work() as uow:
        ch = contracts.create_contract(uow, actor, form=form)
    assert ch.id is not None
    return ch.id


def _item(db: Database, actor: Actor, contract_id: uuid.UUID, kind: ItemKind, name: str,
          code: str, qty: int, unit: str, deadline: dt.date | None, **extra: Any) -> uuid.UUID:
    with db.unit_of_work() as uow:
        ch = control_list.create_item(uow, actor, form=control_list.ItemForm(
            contract_id=contract_id, kind=kind, name=name, nomenclature_code=code,
            quantity=qty, unit=unit, delivery_deadline=deadline, **extra))
    assert ch.id is not None
    return ch.id


def _set_status(db: Database, actor: Actor, contract_id: uuid.UUID,
                status: ContractStatus) -> None:
    with db.unit_of_work() as uow:
        contracts.set_status(uow, actor, contract_id=contract_id, status=status)
