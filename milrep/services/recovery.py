"""Recovery with the code printed when the office database was created (scenario 1).

When a password is lost (the head of office's included), the recovery code opens the database and
sets a new password for one account: only that account's key slot is rewritten, the account is
enabled again, and the audit journal records it as done by the recovery code, not by a person.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from milrep.db.keyslots import KdfParams
from milrep.db.store import Changes, UnitOfWork, open_with_recovery
from milrep.errors import ValidationError
from milrep.i18n import translate
from milrep.models.users import User
from milrep.services.users import _commit_with_slots, check_password_rules

RECOVERY_ACTOR = "recovery-code"
RECOVER_ACTION = "user.recover"


def recover_password(path: Path, *, code: str, username: str, new_password: str,
                     kdf: KdfParams | None = None) -> Changes:
    """Set ``username``'s password with the recovery code and enable the account.

    A wrong code raises :class:`~milrep.errors.AuthenticationError`; an unknown user or a
    password that breaks the rules a :class:`~milrep.errors.ValidationError` (field ``username``
    or ``password``). In every refusal nothing on disk changes. ``kdf`` is the cost of the new
    slot's key derivation (default: the database's).
    """
    username = username.strip()
    if not username:
        raise ValidationError(translate("milrep", "Enter the user name of the account to "
                                        "recover."), field="username")
    db = open_with_recovery(Path(path), code)
    try:
        with db.unit_of_work() as uow:
            _attribute_to_recovery(uow)
            user = uow.session.scalars(select(User).where(User.username == username)).first()
            if user is None:
                raise ValidationError(translate("milrep", "There is no user {user} in this "
                                                "database.").format(user=username),
                                      field="username")
            check_password_rules(username, new_password)
            user.active = True
            user.password_changed_at = dt.datetime.now(dt.UTC)
            uow.session.flush()
            slot_kdf = kdf or db.kdf
            return _commit_with_slots(uow, lambda f: f.with_user(username, new_password, db.key,
                                                                 slot_kdf), user.id)
    finally:
        db.close()


def _attribute_to_recovery(uow: UnitOfWork) -> None:
    """No person is signed in: the journal names the recovery code as the actor (as
    :func:`milrep.db.store.create_database` names the new head of office)."""
    uow.session.info.update(actor=RECOVERY_ACTOR, action=RECOVER_ACTION)
