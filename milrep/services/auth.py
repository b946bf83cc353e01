"""Who may do what: the actor, the permissions and the role matrix, checked in every service."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass

from milrep.errors import PermissionDenied
from milrep.i18n import translate
from milrep.models.users import Role


@dataclass(frozen=True)
class Actor:
    """The signed-in person a service acts for. Frozen: safe to pass between threads."""

    user_id: uuid.UUID
    username: str
    full_name: str
    role: Role


class Permission(enum.StrEnum):
    READ = "read"
    MANAGE_USERS = "manage_users"
    MANAGE_OFFICE = "manage_office"
    EDIT_ORGANIZATIONS = "edit_organizations"
    EDIT_CONTRACTS = "edit_contracts"
    EDIT_CONTROL_LIST = "edit_control_list"
    EDIT_LOTS = "edit_lots"
    SIGN_ACTS = "sign_acts"
    CHANGE_OWN_PASSWORD = "change_own_password"
    BACKUP = "backup"
    # acceptance work (issue 3)
    EDIT_REQUIREMENTS = "edit_requirements"  # characteristics, completeness, sampling, schedule
    EDIT_INSTRUMENTS = "edit_instruments"  # measuring instruments and calibrations
    INSPECT = "inspect"  # presentations, inspections, measurements, nonconformities, tests
    DECIDE = "decide"  # accept or return (a signing act)
    SUSPEND = "suspend"  # suspend acceptance and shipment (a signing act)
    RESUME = "resume"  # resumption decision: head of office only
    EDIT_DECISIONS = "edit_decisions"  # quality decisions and storage checks
    MANAGE_KEYS = "manage_keys"  # office root key: trust list (and keyring); head of office only
    SYNC = "sync"  # export and import sync bundles (issue 5)
    # certificates and shipments (issue 4)
    ISSUE_CERTIFICATES = "issue_certificates"  # issue a certificate confirming quality (signed)
    REVOKE_CERTIFICATES = "revoke_certificates"  # revoke or re-issue one: head of office only
    SHIP = "ship"  # record shipments of certified goods
    EDIT_ASSETS = "edit_assets"  # material assets: register, movements, inventory counts
    # the office's other duties (issue 6): draft contract reviews, technical documents and
    # standards, secrecy measures, cost verification
    OFFICE_DUTIES = "office_duties"


_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CHIEF: _ALL,
    Role.REPRESENTATIVE: frozenset({
        Permission.READ, Permission.EDIT_ORGANIZATIONS, Permission.EDIT_CONTRACTS,
        Permission.EDIT_CONTROL_LIST, Permission.EDIT_LOTS, Permission.SIGN_ACTS,
        Permission.CHANGE_OWN_PASSWORD, Permission.BACKUP, Permission.EDIT_REQUIREMENTS,
        Permission.EDIT_INSTRUMENTS, Permission.INSPECT, Permission.DECIDE, Permission.SUSPEND,
        Permission.EDIT_DECISIONS, Permission.SYNC, Permission.ISSUE_CERTIFICATES,
        Permission.SHIP, Permission.EDIT_ASSETS, Permission.OFFICE_DUTIES,
    }),
    Role.VIEWER: frozenset({Permission.READ, Permission.CHANGE_OWN_PASSWORD}),
}


def role_label(role: Role) -> str:
    return {
        Role.CHIEF: translate("milrep", "Head of office"),
        Role.REPRESENTATIVE: translate("milrep", "Representative"),
        Role.VIEWER: translate("milrep", "Viewer"),
    }[role]


def can(actor: Actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[actor.role]


def require(actor: Actor, permission: Permission) -> None:
    if not can(actor, permission):
        raise PermissionDenied(translate(
            "milrep", "{user} ({role}) is not allowed to do this. Ask the head of office.")
            .format(user=actor.full_name or actor.username, role=role_label(actor.role)))
