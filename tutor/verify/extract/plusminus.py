"""Claims with `±` on both sides: "\\frac{1 \\pm \\sqrt{7753}}{6} = \\frac{1 \\pm 88}{6}".

Such a claim says the two values on the left are the two values on the right.
Writers pair the signs (`+` with `+`), but some mean only that the two sets
are equal ("-(1 \\pm \\sqrt 2) = -1 \\pm \\sqrt 2"). So the paired readings may
verify the claim but never refute it; what refutes it is a test that holds for
both meanings: two pairs of numbers are the same set exactly when their sums
and their products agree. With `±` on one side only ("\\sqrt{16} = \\pm 4"), or
with `∓` anywhere, the claim is never refuted here; `x = a ± b` is marked `two_values`
for the check against the problem's equation (plus_minus_values.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.verify.extract.claim import RawClaim

PLUS_MINUS = re.compile(r"\\pm(?![a-zA-Z])|±")
_DECIMAL = re.compile(r"\d\.\d")
_MINUS_PLUS = re.compile(r"\\mp(?![a-zA-Z])|∓")


def expand_plus_minus(claims: list[RawClaim]) -> list[RawClaim]:
    """Each balanced `±` claim as its readings (see module doc); other `±` claims
    made non-refutable."""
    out: list[RawClaim] = []
    for claim in claims:
        signs = (len(PLUS_MINUS.findall(claim.lhs)), len(PLUS_MINUS.findall(claim.rhs)))
        if signs == (0, 0) and not _MINUS_PLUS.search(claim.source):
            out.append(claim)
        elif signs == (1, 1) and not _MINUS_PLUS.search(claim.source) and claim.relation == "=":
            plus = [PLUS_MINUS.sub("+", side) for side in (claim.lhs, claim.rhs)]
            minus = [PLUS_MINUS.sub("-", side) for side in (claim.lhs, claim.rhs)]
            for reading, word in ((plus, "plus"), (minus, "minus")):
                out.append(replace(
                    claim, lhs=reading[0], rhs=reading[1], comparable=False,
                    source=f"{claim.source} (taking {word})",
                ))
            # Rounded numbers ("\\pm 205.1") are off by more once multiplied: no test then.
            rounded = bool(_DECIMAL.search(claim.lhs + claim.rhs)) or claim.approximate
            for op, word in (("+", "sum"), ("*", "product")):
                out.append(replace(
                    claim,
                    comparable=claim.comparable and not rounded,
                    lhs=f"({plus[0]}) {op} ({minus[0]})",
                    rhs=f"({plus[1]}) {op} ({minus[1]})",
                    source=f"{claim.source} (the {word} of its two values)",
                    single_link=True,
                ))
        else:
            two_values = claim.comparable and signs == (0, 1) and claim.relation == "=" \
                and not _MINUS_PLUS.search(claim.source)
            out.append(replace(claim, comparable=False, two_values=two_values))
    return out
