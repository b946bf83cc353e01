"""Users and passwords: the head of office manages accounts; everyone changes their own password.

An account's key slot and its row change together: the key file is written first (atomically)
and put back as it was if the database commit fails, so the two never disagree.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from milrep.db.files import stage_copy, storage_error
from milrep.db.keyslots import KeySlotFile
from milrep.db.store import Changes, UnitOfWork
from milrep.errors import AuthenticationError, NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.users import Role, User
from milrep.services.auth import Actor, Permission

MIN_PASSWORD_LENGTH = 10
USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    full_name: str
    rank: str
    position: str
    role: Role
    active: bool


def check_username(username: str) -> None:
    if not USERNAME_RE.match(username):
        raise ValidationError(translate(
            "milrep", "A user name is 2 to 32 characters: lower-case Latin letters, digits, dot, "
            "dash or underscore, starting with a letter."), field="username")


def check_password_rules(username: str, password: str) -> None:
    """The office's password policy; the message says exactly which rule failed."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(translate(
            "milrep", "The password must be at least {n} characters long.")
            .format(n=MIN_PASSWORD_LENGTH), field="password")
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        raise ValidationError(translate(
            "milrep", "The password must contain both letters and digits."), field="password")
    if username and username.lower() in password.lower():
        raise ValidationError(translate(
            "milrep", "The password must not contain the user name."), field="password")
    if len(set(password)) < 5:
        raise ValidationError(translate(
            "milrep", "The password is too simple: use at least five different characters."),
            field="password")


def list_users(uow: UnitOfWork, actor: Actor) -> list[UserInfo]:
    s = uow.begin(actor, Permission.READ, "user.list")
    return [_info(u) for u in s.scalars(select(User).order_by(User.full_name))]


def add_user(uow: UnitOfWork, actor: Actor, *, username: str, full_name: str, role: Role,
             password: str, rank: str = "", position: str = "") -> Changes:
    s = uow.begin(actor, Permission.MANAGE_USERS, "user.add")
    username = username.strip()
    check_username(username)
    if not full_name.strip():
        raise ValidationError(translate("milrep", "Enter the person's full name."),
                              field="full_name")
    check_password_rules(username, password)
    if s.scalar(select(func.count()).where(User.username == username)):
        raise ValidationError(translate("milrep", "The user name {user} is already taken.")
                              .format(user=username), field="username")
    now = dt.datetime.now(dt.UTC)
    user = User(id=uuid.uuid4(), username=username, full_name=full_name.strip(), rank=rank.strip(),
                position=position.strip(), role=role, active=True, created_at=now,
                password_changed_at=now)
    s.add(user)
    s.flush()
    return _commit_with_slots(uow, lambda f: f.with_user(username, password, uow.db.key,
                                                         uow.db.kdf), user.id)


def set_role(uow: UnitOfWork, actor: Actor, *, user_id: uuid.UUID, role: Role) -> Changes:
    s = uow.begin(actor, Permission.MANAGE_USERS, "user.set_role")
    user = _get(uow, user_id)
    if user.role == Role.CHIEF and role != Role.CHIEF:
        _keep_one_chief(uow, user)
    user.role = role
    return uow.commit(user.id)


def update_user_details(uow: UnitOfWork, actor: Actor, *, user_id: uuid.UUID, full_name: str,
                        rank: str = "", position: str = "") -> Changes:
    """The head of office corrects a person's name, rank or position (the role: :func:`set_role`;
    the user name never changes: it is in their key slot and in the journal)."""
    s = uow.begin(actor, Permission.MANAGE_USERS, "user.update")
    if not full_name.strip():
        raise ValidationError(translate("milrep", "Enter the person's full name."),
                              field="full_name")
    user = _get(uow, user_id)
    user.full_name, user.rank, user.position = full_name.strip(), rank.strip(), position.strip()
    s.flush()
    return uow.commit(user.id)


def disable_user(uow: UnitOfWork, actor: Actor, *, user_id: uuid.UUID) -> Changes:
    """Disable an account and destroy its key slot: the password no longer opens the database."""
    uow.begin(actor, Permission.MANAGE_USERS, "user.disable")
    user = _get(uow, user_id)
    if user.id == actor.user_id:
        raise RuleViolation(translate("milrep", "You cannot disable your own account."))
    if user.role == Role.CHIEF:
        _keep_one_chief(uow, user)
    user.active = False
    uow.session.flush()
    name = user.username
    return _commit_with_slots(uow, lambda f: f.without_user(name), user.id)


def reset_password(uow: UnitOfWork, actor: Actor, *, user_id: uuid.UUID,
                   new_password: str) -> Changes:
    """The head of office sets a new password (also re-enables a disabled account)."""
    uow.begin(actor, Permission.MANAGE_USERS, "user.reset_password")
    user = _get(uow, user_id)
    check_password_rules(user.username, new_password)
    user.active = True
    user.password_changed_at = dt.datetime.now(dt.UTC)
    uow.session.flush()
    name = user.username
    return _commit_with_slots(uow, lambda f: f.with_user(name, new_password, uow.db.key,
                                                         uow.db.kdf), user.id)


def change_own_password(uow: UnitOfWork, actor: Actor, *, old_password: str,
                        new_password: str) -> Changes:
    """Rewrite only the actor's own slot, after checking the old password."""
    uow.begin(actor, Permission.CHANGE_OWN_PASSWORD, "user.change_password")
    try:
        uow.db.verify_password(actor.username, old_password)
    except AuthenticationError:
        raise AuthenticationError(translate("milrep", "The current password is wrong."),
                                  field="old_password") from None
    check_password_rules(actor.username, new_password)
    if new_password == old_password:
        raise ValidationError(translate("milrep", "The new password must differ from the old one."),
                              field="password")
    user = _get(uow, actor.user_id)
    user.password_changed_at = dt.datetime.now(dt.UTC)
    uow.session.flush()
    return _commit_with_slots(uow, lambda f: f.with_user(actor.username, new_password,
                                                         uow.db.key, uow.db.kdf), user.id)


# --- internals ------------------------------------------------------------------------------

def _info(u: User) -> UserInfo:
    return UserInfo(id=u.id, username=u.username, full_name=u.full_name, rank=u.rank,
                    position=u.position, role=u.role, active=u.active)


def _get(uow: UnitOfWork, user_id: uuid.UUID) -> User:
    user = uow.session.get(User, user_id)
    if user is None:
        raise NotFound(translate("milrep", "The user no longer exists."))
    return user


def _keep_one_chief(uow: UnitOfWork, leaving: User) -> None:
    others = uow.session.scalar(select(func.count()).where(
        User.role == Role.CHIEF, User.active.is_(True), User.id != leaving.id))
    if not others:
        raise RuleViolation(translate(
            "milrep", "The office must keep at least one active head of office."))


def _commit_with_slots(uow: UnitOfWork, change: Callable[[KeySlotFile], KeySlotFile],
                       id: uuid.UUID) -> Changes:
    """Write the new key file, then commit; put the old key file back if the commit fails.

    The key file goes first so that a crash in between never leaves a disabled account's slot
    able to open the database. The old file is staged as a copy beforehand and put back by a
    rename, which works even when the commit failed because the disk is full. Callers have
    flushed their rows already, so this transaction holds the database's write lock and no
    other process can rewrite the key file in between.
    """
    path = uow.db.keyfile_path
    old = KeySlotFile.load(path)
    new = change(old)
    staged = stage_copy(path)
    try:
        new.save(path)
    except BaseException:
        _discard(staged)
        raise
    try:
        changes = uow.commit(id)
    except BaseException:
        try:
            os.replace(staged, path)
        except OSError as e:  # pragma: no cover - rename beside the original failed
            raise storage_error(e, path) from e
        raise
    _discard(staged)
    return changes


def _discard(staged: Path) -> None:
    try:
        staged.unlink()
    except OSError:
        pass
