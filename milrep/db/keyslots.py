"""Key slots: the database key wrapped once per user and once under a recovery code (like LUKS).

The SQLCipher database is opened with a random 256-bit key that no person ever sees. That key is
wrapped with AES-256-GCM under a key derived from each user's password with Argon2id, plus once
under a recovery code shown to the head of office at creation. The slots live in a sidecar JSON
file next to the database (``office.milrep`` → ``office.milrep.keys``), written atomically.

The associated data of every slot binds it to the database id, the slot id, its kind, its user and
its KDF parameters, so a slot copied from another file, renamed to another user or given weaker
parameters fails to open. A checksum over the file tells accidental damage (a truncated or edited
file) apart from a wrong password.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from milrep.db.files import write_atomic
from milrep.errors import AuthenticationError, KeyFileError
from milrep.i18n import translate

FORMAT = "milrep-keyslots"
FORMAT_VERSION = 1
KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits, 32 Base32 characters
MIN_MEMORY_KIB = 64 * 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.35 s on a 2-core office machine (see PERFORMANCE.md)."""

    memory_kib: int = 128 * 1024
    iterations: int = 6
    lanes: int = 4

    def to_json(self) -> dict[str, Any]:
        return {"alg": "argon2id", "memory_kib": self.memory_kib, "iterations": self.iterations,
                "lanes": self.lanes}


DEFAULT_KDF = KdfParams()
#: Only for tests and throwaway demo databases: far below the production floor.
FAST_KDF_FOR_TESTS = KdfParams(memory_kib=8, iterations=1, lanes=1)


@dataclass(frozen=True)
class KeySlot:
    id: str
    kind: str  # "user" or "recovery"
    user: str | None
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def aad(self, database_id: str) -> bytes:
        return _canonical({"database_id": database_id, "slot": self.id, "kind": self.kind,
                           "user": self.user, "kdf": self.kdf.to_json()})

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "user": self.user,
                "kdf": {**self.kdf.to_json(), "salt": _b64(self.salt)},
                "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}


@dataclass(frozen=True)
class KeySlotFile:
    database_id: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)

    # --- reading and writing -------------------------------------------------------------

    @staticmethod
    def path_for(db_path: Path) -> Path:
        return db_path.with_name(db_path.name + ".keys")

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileError(translate(
                "milrep", "The key file {path} is missing. Without it the database cannot be "
                "opened: restore it from your backup.").format(path=path)) from None
        except OSError as e:
            raise KeyFileError(translate("milrep", "The key file {path} cannot be read: {reason}")
                               .format(path=path, reason=e.strerror or e)) from None
        try:
            doc = json.loads(raw.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError("not a key-slot file")
            body = {k: v for k, v in doc.items() if k != "checksum"}
            if doc.get("checksum") != _checksum(body):
                raise ValueError("checksum mismatch")
            if doc.get("version") != FORMAT_VERSION:
                raise KeyFileError(translate(
                    "milrep", "The key file {path} was written by a newer version of milrep. "
                    "Update the application.").format(path=path))
            slots = tuple(_slot_from_json(s) for s in doc["slots"])
            return cls(database_id=str(doc["database_id"]), slots=slots)
        except KeyFileError:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise KeyFileError(translate(
                "milrep", "The key file {path} is damaged (truncated or edited). Restore it from "
                "your backup; the database itself has not been touched.").format(path=path)) from None

    def save(self, path: Path) -> None:
        body: dict[str, Any] = {"format": FORMAT, "version": FORMAT_VERSION,
                                "database_id": self.database_id,
                                "slots": [s.to_json() for s in self.slots]}
        doc = {**body, "checksum": _checksum(body)}
        write_atomic(path, json.dumps(doc, indent=1, ensure_ascii=False).encode("utf-8") + b"\n")

    # --- slots ------------------------------------------------------------------------------

    def user_slot(self, username: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == "user" and s.user == username), None)

    def recovery_slot(self) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == "recovery"), None)

    def users(self) -> list[str]:
        return [s.user for s in self.slots if s.kind == "user" and s.user]

    def with_user(self, username: str, password: str, db_key: bytes,
                  kdf: KdfParams = DEFAULT_KDF) -> KeySlotFile:
        """A copy with ``username``'s slot added or replaced; other slots are untouched."""
        slot = _wrap(self.database_id, "user", username, password, db_key, kdf)
        others = tuple(s for s in self.slots if not (s.kind == "user" and s.user == username))
        return replace(self, slots=others + (slot,))

    def without_user(self, username: str) -> KeySlotFile:
        return replace(self, slots=tuple(s for s in self.slots
                                         if not (s.kind == "user" and s.user == username)))

    def with_recovery(self, code: str, db_key: bytes, kdf: KdfParams = DEFAULT_KDF) -> KeySlotFile:
        slot = _wrap(self.database_id, "recovery", None, normalize_recovery_code(code), db_key, kdf)
        return replace(self, slots=tuple(s for s in self.slots if s.kind != "recovery") + (slot,))

    def unlock(self, username: str, password: str) -> bytes:
        """The database key, or :class:`AuthenticationError` for an unknown user or wrong password."""
        slot = self.user_slot(username)
        if slot is None:
            # Same message as a wrong password: do not reveal which user names exist.
            raise AuthenticationError(_bad_login())
        try:
            return _unwrap(self.database_id, slot, password)
        except InvalidTag:
            raise AuthenticationError(_bad_login()) from None

    def unlock_recovery(self, code: str) -> bytes:
        slot = self.recovery_slot()
        if slot is None:
            raise KeyFileError(translate("milrep", "This database has no recovery slot."))
        try:
            return _unwrap(self.database_id, slot, normalize_recovery_code(code))
        except InvalidTag:
            raise AuthenticationError(translate("milrep", "The recovery code is wrong.")) from None


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_code() -> str:
    """A 160-bit code in eight groups of four Base32 letters, easy to print and to type back."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalize_recovery_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum()).replace("0", "O").replace("1", "I")


def new_keyslot_file() -> KeySlotFile:
    return KeySlotFile(database_id=str(uuid.uuid4()))


# --- internals ------------------------------------------------------------------------------

def _bad_login() -> str:
    return translate("milrep", "Wrong user name or password.")


def _derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    return Argon2id(salt=salt, length=KEY_BYTES, iterations=kdf.iterations, lanes=kdf.lanes,
                    memory_cost=kdf.memory_kib).derive(secret.encode("utf-8"))


def _wrap(database_id: str, kind: str, user: str | None, secret: str, db_key: bytes,
          kdf: KdfParams) -> KeySlot:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    slot = KeySlot(id=str(uuid.uuid4()), kind=kind, user=user, kdf=kdf, salt=salt, nonce=nonce,
                   wrapped=b"")
    wrapped = AESGCM(_derive(secret, salt, kdf)).encrypt(nonce, db_key, slot.aad(database_id))
    return replace(slot, wrapped=wrapped)


def _unwrap(database_id: str, slot: KeySlot, secret: str) -> bytes:
    kek = _derive(secret, slot.salt, slot.kdf)
    return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot.aad(database_id))


def _slot_from_json(d: dict[str, Any]) -> KeySlot:
    k = d["kdf"]
    if k["alg"] != "argon2id" or d["kind"] not in ("user", "recovery"):
        raise ValueError("unknown slot")
    kdf = KdfParams(memory_kib=int(k["memory_kib"]), iterations=int(k["iterations"]),
                    lanes=int(k["lanes"]))
    # An edited file must read as damaged, never crash Argon2 or exhaust memory.
    if not (1 <= kdf.lanes <= 64 and 8 * kdf.lanes <= kdf.memory_kib <= 4 * 1024 * 1024
            and 1 <= kdf.iterations <= 64):
        raise ValueError("KDF parameters out of range")
    slot = KeySlot(id=str(d["id"]), kind=d["kind"], user=d.get("user"), kdf=kdf,
                   salt=_unb64(k["salt"]), nonce=_unb64(d["nonce"]), wrapped=_unb64(d["wrapped"]))
    if len(slot.salt) < 16 or len(slot.nonce) != 12 or len(slot.wrapped) != KEY_BYTES + 16:
        raise ValueError("slot fields have the wrong length")
    return slot


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(body)).hexdigest()


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)

