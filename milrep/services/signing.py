"""Signing acts: the password typed again, and the meaning of the signature recorded.

Later use cases (certificate, suspension, resumption, opinion) call :func:`sign_act` inside their
own unit of work, so the signature and the document commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import uuid

from milrep.db.journal import dumps
from milrep.db.store import UnitOfWork
from milrep.errors import RuleViolation
from milrep.i18n import translate
from milrep.models.users import SignatureRecord
from milrep.services.auth import Actor, Permission, require


class Meaning(enum.StrEnum):
    """What a signature means. Stored with it and printed on the signed document."""

    ISSUED_CERTIFICATE = "issued_certificate"
    REVOKED_CERTIFICATE = "revoked_certificate"
    ACCEPTED = "accepted"
    RETURNED = "returned"
    SUSPENDED = "suspended"
    RESUMED = "resumed"
    OPINION = "opinion"
    RECONCILED = "reconciled"
    APPROVED = "approved"
    SIGNED_TRUST_LIST = "signed_trust_list"
    SIGNED_KEYRING = "signed_keyring"  # the office keyring for sync (issue 5)


def meaning_label(m: Meaning) -> str:
    return {
        Meaning.ISSUED_CERTIFICATE: translate("milrep", "Issued the certificate confirming quality"),
        Meaning.REVOKED_CERTIFICATE: translate("milrep", "Revoked the certificate"),
        Meaning.ACCEPTED: translate("milrep", "Accepted on behalf of the state"),
        Meaning.RETURNED: translate("milrep", "Returned for rework"),
        Meaning.SUSPENDED: translate("milrep", "Suspended acceptance and shipment"),
        Meaning.RESUMED: translate("milrep", "Resumed acceptance and shipment"),
        Meaning.OPINION: translate("milrep", "Issued the office's opinion"),
        Meaning.RECONCILED: translate("milrep", "Reconciled the inventory"),
        Meaning.APPROVED: translate("milrep", "Approved"),
        Meaning.SIGNED_TRUST_LIST: translate("milrep", "Signed the office's trust list with "
                                             "the root key"),
        Meaning.SIGNED_KEYRING: translate("milrep", "Signed the office's keyring with the root "
                                          "key"),
    }[m]


def content_digest(content: object) -> str:
    """SHA-256 of the canonical JSON of what is signed."""
    return hashlib.sha256(dumps(content).encode("utf-8")).hexdigest()


def sign_act(uow: UnitOfWork, actor: Actor, *, password: str, meaning: Meaning,
             object_type: str, object_id: uuid.UUID, content: object,
             permission: Permission = Permission.SIGN_ACTS) -> SignatureRecord:
    """Check the actor's password and record the signature in the current unit of work.

    Raises :class:`AuthenticationError` on a wrong password; nothing is written then.
    """
    require(actor, permission)
    if uow.actor is None or uow.actor.user_id != actor.user_id:
        raise RuleViolation(translate("milrep", "Only the signed-in person can sign."))
    uow.db.verify_password(actor.username, password)
    record = SignatureRecord(id=uuid.uuid4(), user_id=actor.user_id, meaning=meaning.value,
                             object_type=object_type, object_id=object_id,
                             content_sha256=content_digest(content),
                             signed_at=dt.datetime.now(dt.UTC))
    uow.session.add(record)
    return record
