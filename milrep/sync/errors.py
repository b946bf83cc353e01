"""Why a bundle is refused: one :class:`UserError` subclass per reason, each with its ``kind``.

The text is what the person at the workstation reads (already translated); ``kind`` is for code
and tests that must tell the reasons apart without parsing text. Every refusal leaves the
database exactly as it was (an equivocation additionally writes one alarm to the audit journal).
"""

from __future__ import annotations

import enum

from milrep.errors import Cancelled, UserError


class BundleFault(enum.StrEnum):
    DAMAGED = "damaged"  # not a bundle, truncated, a byte changed, malformed structure
    WRONG_RECIPIENT = "wrong_recipient"  # not encrypted for, or not addressed to, this site
    UNKNOWN_KEY = "unknown_key"  # signed by a key the keyring does not know
    BAD_SIGNATURE = "bad_signature"  # the signature does not match the manifest
    FOREIGN_KEY = "foreign_key"  # a known key, but of another site than the bundle's origin
    REVOKED_KEY = "revoked_key"  # the key was revoked before this bundle's sequence
    OTHER_REALM = "other_realm"  # a bundle of another office deployment
    SCHEMA_MISMATCH = "schema_mismatch"  # written by another version of the database schema
    PAYLOAD_MISMATCH = "payload_mismatch"  # payload hash or length differs from the manifest
    TOO_LARGE = "too_large"  # a size or count over the limits (decompression bombs included)
    CLOCK_AHEAD = "clock_ahead"  # a change stamped more than 24 h in this site's future
    EQUIVOCATION = "equivocation"  # two different bundles with the same origin and sequence
    INTEGRITY = "integrity"  # the changes contradict stored data (a document changed, a key…)
    OWN_BUNDLE = "own_bundle"  # this site's own bundle brought back
    READ_ONLY_SITE = "read_only_site"  # changes made by a site the keyring lists as read-only


class SyncError(UserError):
    """Any sync file refused (a bundle, a keyring, a join request): ``str(e)`` says why, and
    ``kind`` names the reason for code and tests; nothing stored was changed."""


class BundleError(SyncError):
    """A bundle refused as a whole; nothing of it was applied."""

    kind: BundleFault = BundleFault.DAMAGED


class BundleDamaged(BundleError):
    kind = BundleFault.DAMAGED


class WrongRecipient(BundleError):
    kind = BundleFault.WRONG_RECIPIENT


class UnknownKey(BundleError):
    kind = BundleFault.UNKNOWN_KEY


class BadSignature(BundleError):
    kind = BundleFault.BAD_SIGNATURE


class ForeignKey(BundleError):
    kind = BundleFault.FOREIGN_KEY


class RevokedKey(BundleError):
    kind = BundleFault.REVOKED_KEY


class OtherRealm(BundleError):
    kind = BundleFault.OTHER_REALM


class SchemaMismatch(BundleError):
    kind = BundleFault.SCHEMA_MISMATCH


class PayloadMismatch(BundleError):
    kind = BundleFault.PAYLOAD_MISMATCH


class TooLarge(BundleError):
    kind = BundleFault.TOO_LARGE


class ClockAhead(BundleError):
    kind = BundleFault.CLOCK_AHEAD


class Equivocation(BundleError):
    kind = BundleFault.EQUIVOCATION


class IntegrityConflict(BundleError):
    kind = BundleFault.INTEGRITY


class OwnBundle(BundleError):
    kind = BundleFault.OWN_BUNDLE


class ReadOnlySite(BundleError):
    kind = BundleFault.READ_ONLY_SITE


class SyncCancelled(Cancelled):
    """The person cancelled an export or import before it was committed: nothing changed (an
    import applied nothing; an export left no file and did not use up a bundle number).

    A :class:`Cancelled`, so the UI stays silent; ``str(e)`` is still a clear, translated
    sentence for a command line or a log.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
