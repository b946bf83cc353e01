"""How the "Verify certificate" window words and colours each verdict: the headline, the mark
(✓ ✗ ? !, so it reads without colour too), the colours, and what the person should do now."""

from __future__ import annotations

from milrep.documents.seal import Verdict, verdict_label
from ui.i18n import translate

#: verdict key -> (symbol, background, text colour)
VERDICT_STYLES: dict[str, tuple[str, str, str]] = {
    Verdict.VALID: ("✓", "#e3f2e6", "#1b5e20"),
    Verdict.INVALID_SIGNATURE: ("✗", "#fbe4e4", "#b71c1c"),
    Verdict.UNKNOWN_KEY: ("?", "#fff3e0", "#8d4b00"),
    Verdict.REVOKED_KEY: ("✗", "#fbe4e4", "#b71c1c"),
    Verdict.REVOKED_CERTIFICATE: ("✗", "#fbe4e4", "#b71c1c"),
    Verdict.MALFORMED: ("✗", "#fbe4e4", "#b71c1c"),
    "no_seal": ("?", "#fff3e0", "#8d4b00"),
    "error": ("!", "#eceff1", "#37474f"),
    "": ("", "#eceff1", "#455a64"),
}


def advice(verdict: str) -> str:
    """What the person should do now, by verdict."""
    t = {
        Verdict.VALID: translate("VerifyWindow", "Compare every field below with the paper. If "
                                 "they are the same, the certificate is genuine and in force."),
        Verdict.INVALID_SIGNATURE: translate("VerifyWindow", "Keep the paper and report it to "
                                             "the issuing office."),
        Verdict.UNKNOWN_KEY: translate("VerifyWindow", "The seal cannot be checked with the trust "
                                       "lists you have. Add the issuing office's current trust "
                                       "list and verify again."),
        Verdict.REVOKED_KEY: translate("VerifyWindow", "Ask the issuing office whether this "
                                       "certificate still stands before accepting the goods."),
        Verdict.REVOKED_CERTIFICATE: translate("VerifyWindow", "The certificate no longer "
                                               "stands. Do not accept the goods on it; ask the "
                                               "issuing office for the one that replaced it."),
        Verdict.MALFORMED: translate("VerifyWindow", "This is not a readable milrep seal. Scan "
                                     "the QR code again (300 dpi, flat, in focus) or check the "
                                     "text pasted."),
        "no_seal": translate("VerifyWindow", "Scan at 300 dpi or more, flat and in focus, with "
                             "the whole QR code and its white margin."),
        "error": translate("VerifyWindow", "Nothing was verified. Open another file or paste "
                           "the text read from the QR code."),
    }
    return t.get(verdict, "")


def headline(verdict: str) -> str:
    if verdict == "no_seal":
        return translate("VerifyWindow", "No seal found")
    if verdict == "error":
        return translate("VerifyWindow", "Cannot be read")
    if not verdict:
        return translate("VerifyWindow", "Nothing verified yet")
    return verdict_label(Verdict(verdict))


__all__ = ["VERDICT_STYLES", "advice", "headline"]
