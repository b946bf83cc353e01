"""The office keyring as the bundle code sees it: which key may sign for which site, until when.

A pure value: the importer asks it whether a signature may be trusted; storing, signing and
rotating the keyring (root key, TUF-style co-signature of a newer version) is done elsewhere and
hands a :class:`Keyring` to the sync code. Key ids follow DESIGN.md §7: the first 8 bytes of the
SHA-256 of the raw 32-byte Ed25519 public key.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from milrep.documents.ed25519 import KID_LENGTH, key_id, raw_public_key
from milrep.i18n import translate
from milrep.sync.errors import ForeignKey, RevokedKey, UnknownKey


class SiteRole(enum.StrEnum):
    WORKSTATION = "workstation"
    HEADQUARTERS = "headquarters"  # receives the office's data, originates none


@dataclass(frozen=True)
class SiteKey:
    """One site's keys as the keyring lists them."""

    site_id: uuid.UUID
    public_key: bytes  # raw Ed25519, 32 bytes: verifies the site's bundles
    age_recipient: str  # "age1…": bundles for this site are encrypted to it
    role: SiteRole = SiteRole.WORKSTATION
    #: the last bundle sequence this key validly signed, once revoked; None while in force
    revoked_after_seq: int | None = None
    #: with a revocation: the site's last valid change (its change-log number) as of that
    #: bundle; changes of the site after it are refused whoever relays them, unless the site
    #: has a key in force again. None: not stated (an older keyring)
    revoked_after_change: int | None = None

    @property
    def kid(self) -> bytes:
        return key_id(self.public_key)

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public_key)


@dataclass(frozen=True)
class Keyring:
    realm: uuid.UUID
    version: int
    keys: tuple[SiteKey, ...]

    def by_kid(self, kid: bytes) -> SiteKey | None:
        return next((k for k in self.keys if k.kid == kid), None)

    def for_site(self, site_id: uuid.UUID) -> list[SiteKey]:
        return [k for k in self.keys if k.site_id == site_id]

    def current_key(self, site_id: uuid.UUID) -> SiteKey | None:
        """The site's key that is not revoked (the one bundles for it are encrypted to)."""
        return next((k for k in self.keys
                     if k.site_id == site_id and k.revoked_after_seq is None), None)

    def signer(self, kid: bytes) -> SiteKey:
        """The key with id ``kid``; :class:`UnknownKey` when the keyring has none."""
        key = self.by_kid(kid)
        if key is None:
            raise UnknownKey(translate(
                "milrep", "The bundle is signed with a key this office's keyring does not know "
                "(key id {kid}). Import the current keyring from the head of office first; "
                "nothing was imported.").format(kid=kid.hex()))
        return key

    def authorise(self, kid: bytes, origin: uuid.UUID, seq: int) -> SiteKey:
        """The key ``kid`` if it may sign bundle ``seq`` of site ``origin``; refuse otherwise."""
        key = self.signer(kid)
        if key.site_id != origin:
            raise ForeignKey(translate(
                "milrep", "The bundle claims to come from workstation {origin} but is signed "
                "with the key of another workstation ({signer}). It is refused; report it to the "
                "head of office.").format(origin=origin.hex[:8], signer=key.site_id.hex[:8]))
        if key.revoked_after_seq is not None and seq > key.revoked_after_seq:
            raise RevokedKey(translate(
                "milrep", "The bundle is number {seq} of its workstation, but that "
                "workstation's key was revoked after bundle {last}. It is refused; report it to "
                "the head of office.").format(seq=seq, last=key.revoked_after_seq))
        return key

    def check_relayed(self, ranges: dict[uuid.UUID, tuple[int, int]]) -> None:
        """Refuse changes of a site whose key was revoked, numbered after its last valid
        change, whichever site relays them (its own valid bundles never carry such changes).

        A site given a new key continues its numbering under it: its later changes are valid.
        """
        for site, (_first, last) in ranges.items():
            if self.current_key(site) is not None:
                continue
            fences = [k.revoked_after_change for k in self.for_site(site)
                      if k.revoked_after_change is not None]
            if fences and last > max(fences):
                raise RevokedKey(translate(
                    "milrep", "The bundle carries changes of workstation {site} numbered after "
                    "{last}, made after its key was revoked (they may have been relayed by "
                    "another workstation). It is refused; report it to the head of office.")
                    .format(site=site.hex[:8], last=max(fences)))


__all__ = ["KID_LENGTH", "Keyring", "SiteKey", "SiteRole", "key_id", "raw_public_key"]
