"""Test keys for sync: a site's Ed25519 signing key and age identity, and a keyring of them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from milrep.sync.envelope import Signer
from milrep.sync.keyring import Keyring, SiteKey, SiteRole, raw_public_key


@dataclass(frozen=True)
class SiteKeys:
    site_id: uuid.UUID
    signing: Ed25519PrivateKey
    identity: x25519.Identity

    @classmethod
    def generate(cls, site_id: uuid.UUID | None = None) -> SiteKeys:
        return cls(site_id or uuid.uuid4(), Ed25519PrivateKey.generate(),
                   x25519.Identity.generate())

    @property
    def signer(self) -> Signer:
        return Signer(self.signing)

    @property
    def recipient(self) -> str:
        return str(self.identity.to_public())

    def entry(self, *, role: SiteRole = SiteRole.WORKSTATION,
              revoked_after_seq: int | None = None) -> SiteKey:
        return SiteKey(site_id=self.site_id, public_key=raw_public_key(self.signing),
                       age_recipient=self.recipient, role=role,
                       revoked_after_seq=revoked_after_seq)


def keyring(realm: uuid.UUID, *sites: SiteKeys, version: int = 1) -> Keyring:
    return Keyring(realm=realm, version=version, keys=tuple(s.entry() for s in sites))
