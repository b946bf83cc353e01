"""Organizations: the contractor (the plant), recipients and the authorized body."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, ValidationError
from milrep.i18n import translate
from milrep.models.organizations import Organization, OrgKind
from milrep.services import validate
from milrep.services.auth import Actor, Permission


@dataclass(frozen=True)
class OrganizationForm:
    kind: OrgKind
    name: str
    bin: str = ""
    address: str = ""


@dataclass(frozen=True)
class OrganizationInfo:
    id: uuid.UUID
    kind: OrgKind
    name: str
    bin: str
    address: str


def _apply(org: Organization, form: OrganizationForm) -> None:
    org.kind = form.kind
    org.name = validate.required(form.name, "name", translate("milrep", "Name"))
    if form.kind == OrgKind.CONTRACTOR or form.bin.strip():
        org.bin = validate.business_id(form.bin)
    else:
        org.bin = ""
    org.address = form.address.strip()


def create_organization(uow: UnitOfWork, actor: Actor, *, form: OrganizationForm) -> Changes:
    s = uow.begin(actor, Permission.EDIT_ORGANIZATIONS, "organization.create")
    org = Organization(id=uuid.uuid4())
    _apply(org, form)
    _check_bin_free(uow, org)
    s.add(org)
    return uow.commit(org.id)


def _check_bin_free(uow: UnitOfWork, org: Organization) -> None:
    with uow.session.no_autoflush:
        clash = org.bin and uow.session.scalars(select(Organization.id).where(
            Organization.bin == org.bin, Organization.id != org.id)).first()
    if clash:
        raise ValidationError(translate("milrep", "An organization with BIN {bin} already exists.")
                              .format(bin=org.bin), field="bin")


def update_organization(uow: UnitOfWork, actor: Actor, *, org_id: uuid.UUID,
                        form: OrganizationForm) -> Changes:
    s = uow.begin(actor, Permission.EDIT_ORGANIZATIONS, "organization.update")
    org = s.get(Organization, org_id)
    if org is None:
        raise NotFound(translate("milrep", "The organization no longer exists."))
    _apply(org, form)
    _check_bin_free(uow, org)
    return uow.commit(org.id)


def list_organizations(uow: UnitOfWork, actor: Actor, kind: OrgKind | None = None
                       ) -> list[OrganizationInfo]:
    s = uow.begin(actor, Permission.READ, "organization.list")
    q = select(Organization).order_by(Organization.name)
    if kind is not None:
        q = q.where(Organization.kind == kind)
    return [OrganizationInfo(o.id, o.kind, o.name, o.bin, o.address) for o in s.scalars(q)]
