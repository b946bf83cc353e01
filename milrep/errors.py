"""One error hierarchy for the whole application.

A :class:`UserError`'s text is shown to the person as is (it is already translated); a
:class:`Cancelled` is silent; anything else is a bug: logged and shown with details.
"""

from __future__ import annotations


class MilrepError(Exception):
    """Base of every error the core raises on purpose."""


class UserError(MilrepError):
    """A refusal or a problem the user can understand and act on; ``str(e)`` is the message."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class Cancelled(MilrepError):
    """The user cancelled a long operation; nothing to report."""


class ValidationError(UserError):
    """Input that does not satisfy a rule; ``field`` names the offending field when known."""


class PermissionDenied(UserError):
    """The actor's role does not allow the action."""


class NotFound(UserError):
    """A referenced record does not exist."""


class RuleViolation(UserError):
    """A domain rule (a gate) refuses the action."""


class AuthenticationError(UserError):
    """Wrong user name or password, or a disabled account."""


class KeyFileError(UserError):
    """The key-slot file next to the database is missing, damaged or belongs to another database."""


class StorageError(UserError):
    """The database or a file cannot be read or written (damaged, read-only, disk full, newer version)."""
