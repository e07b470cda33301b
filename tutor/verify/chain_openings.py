"""A student's line typed as only `= ...` that goes on from a chain begun at the problem's
own expression ("simplify 4a - (2a - 5)": "4a - (2a - 5) = 4a - 2a - 5", then
"= 2a - 5"), in the app's own-steps path (`check_step`).

The line's own link (4a - 2a - 5 = 2a - 5) is true, but a chain says every side is equal:
this line says the problem's expression is 2a - 5, which is false where the slip before
it was. The line is refuted when the claim "the expression = the line's value" is refuted
by the checker itself (an identity that fails at a point, exactly and at 40 digits, or
arithmetic that is false), with a message that names the chain's start.

Only a chain whose first side is the problem's expression as the problem writes it (an
expand, simplify or factor problem's expression, or a plain sum asked for), and only a
line that is nothing but `= value`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tutor.verify.claims import extract_claims
from tutor.verify.notation import maths_text
from tutor.verify.target_expressions import target_expression
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["wrong_chain_end"]

_ASKS = re.compile(
    r"^\s*(?:what\s+is|what's|whats|evaluate|compute|calculate|work\s+out|find)\s*:?\s*"
    r"(?P<e>[\d\s+\-*/×÷·^().]+?)\s*[?.!]?\s*$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def wrong_chain_end(problem: str, previous: Sequence[str], step: str) -> ClaimResult | None:
    """Refuted: `= value` after a chain from the problem's expression, which the value
    does not equal; None otherwise."""
    text = step.strip()
    if not previous or not text.startswith("=") or "=" in text[1:]:
        return None
    value = text[1:].strip()
    asked = _ASKS.match(problem)
    start = target_expression(problem) or (asked.group("e").strip() if asked else None)
    claims = extract_claims(str(previous[-1]))
    if start is None or not value or not claims or claims[0].relation != "=":
        return None
    if _SPACES.sub("", claims[0].lhs) != _SPACES.sub("", start) or any(
            c.relation != "=" for c in claims):
        return None
    from tutor.verify.chain_checker import ChainChecker

    whole = f"{start} = {value}"
    verdict = ChainChecker(problem).check(whole)
    wrong = [c for c in verdict.claims if c.verdict is Verdict.REFUTED]
    if verdict.verdict is not Verdict.REFUTED or not wrong:
        return None
    return ClaimResult(
        maths_text(whole), Verdict.REFUTED,
        f"the chain began at {maths_text(start)}, so this line says {maths_text(whole)}: "
        f"{wrong[0].reason}", wrong[0].kind, method=wrong[0].method)
