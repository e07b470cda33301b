"""A chain whose opening link was not confirmed does not verify its step.

`C(5,2) = 5 * 4 = 20`, `lcm(4, 6) = 4 * 6 = 24`, `1 + 2 + ... + 100 = 100 * 100 / 2 = 5000`,
`\\int_0^2 x^2 \\, dx = 2^3/2 = 4`: the first link is read by a verify-only reader (a plain
function, a sum with dots, an integral) that could not confirm it, so it is left unchecked
and, being verify-only, it used not to count; the arithmetic after it is true, and the step
was shown verified although the value it ends on rests on the unconfirmed link.

Here such a link counts: the step is "partly checked", never verified and never refuted (the
reader that left it unchecked may have read it another way than the writer meant). Only a
link that another link of the same chain, verified, goes on from counts; a link left alone
(a definition, a convention, a claim the words deny) keeps its own standing.

The same holds for an opening no reader took in at all (`unread_openings`): in plain text
`d/dx (x^3 ln x) = 3x^2 · (1/x) = 3x` or `∫_1^3 2x dx = [x²]_1^3 = 9 + 1 = 10`, the maths
runs found start after an `=` whose left side is maths nobody read, and the true links after
it do not show the value the step claims for that side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tutor.verify.claims import RawClaim
from tutor.verify.lenient_claims import DIFFERS
from tutor.verify.segments import find_segments
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["Opening", "opening_result", "unconfirmed_openings", "unread_openings"]

# What a verify-only reader says when it read a link and could not confirm it (DIFFERS:
# `0.\overline{36} = \frac{36}{100} = \frac{9}{25}` read the link and found it apart)
_UNCONFIRMED = ("not parsed", "not confirmed twice", "not checked", "", DIFFERS)


def unconfirmed_openings(claims: Sequence[RawClaim],
                         results: Sequence[ClaimResult]) -> list[ClaimResult]:
    """`results` (one per claim, in order) with each unconfirmed link that a verified link
    of its chain goes on from made to count (checkable)."""
    out = list(results)
    if len(claims) != len(results):
        return out
    for i, (claim, result) in enumerate(zip(claims, results, strict=True)):
        if result.verdict is not Verdict.UNCHECKED or result.checkable \
                or result.reason not in _UNCONFIRMED or claim.single_link \
                or claim.relation != "=" or not claim.asserted or claim.supposed \
                or claim.denied or claim.counted or _VALUE_OF_NAME.match(claim.lhs.strip()):
            continue  # `g(c_2) = 5 + 6 = 11`: a value given to a named quantity
        side = "".join(claim.rhs.split())
        if any(r.verdict is Verdict.VERIFIED and "".join(c.lhs.split()) == side
               and not c.single_link for c, r in zip(claims[i + 1:], results[i + 1:],
                                                     strict=True)):
            read = result.reason or "not confirmed"  # "": read, and found not to hold
            out[i] = replace(result, checkable=True,
                             reason=f"{read}: the value the chain ends on rests on it")
    return out


# An `=` at the end of the words before a plain maths run, with maths on its left: a closing
# bracket, a letter or digit, a power, a prime, dots (`[x²]_1^3 =`, `(x^3 ln x) =`, `+ ... =`)
# or a script cut off (`[x²]_` before `1^3 = 9 + 1 = 10`: the run began inside the bounds)
# or an operator before it (`d/dx (x^2 e^x) = 2x · e^x`: the run began at its operand)
_UNREAD_OPENING = re.compile(
    r"(?:[\w)\]}²³'^…]|\.\.\.)[ \t]*=[ \t]*$|[\w)\]}²³][ \t]*[_^]\{?[ \t]*$"
    r"|\bd/d[a-z][ \t]*$|[\w)\]}²³][ \t]*[*·×/][ \t]*$")

# A note in brackets with a word of four letters or more, not a function's name
_ANNOTATION = re.compile(r"\((?=[^()]*\b(?!(?:sqrt|sinh|cosh|tanh|arcsin|arccos|arctan|exp)\b)"
                         r"[A-Za-z]{4,})[A-Za-z ,.'-]+\)$")
_MATHS_OPENING = re.compile(r"[()\[\]/^²³∫√+*×·…]|\d")
_WORD = re.compile(r"[A-Za-z]{3,}")
_FUNCTION_NAMES = {"sin", "cos", "tan", "cot", "sec", "csc", "log", "exp", "sqrt"}
_LEADING_WORD = re.compile(r"^(?:so|and|or|now)\b\s*", re.IGNORECASE)
_NAME_OR_MEASURE = re.compile(r"^(?:[A-Za-z](?:_\{?\w+\}?)?'*|[-\d.,]+\s*[A-Za-z]+(?:/[A-Za-z]+)?"
                              r"(?:\^?[23²³])?)$")
# a formula the runs do not read (`4ac`, `2ab`, `3ps`) right before the `=`: maths, not words
# (not an ordinal: "the 2nd = 5 + 3 = 8"), and the words before it
_UNREAD_FORMULA = re.compile(r"(?<![A-Za-z])\d+(?!(?:st|nd|rd|th)\s*$)[a-zA-Z]{2,3}\s*$")
_WORDS_BEFORE = re.compile(r"^.*(?<![A-Za-z\\])[A-Za-z]{3,}(?![A-Za-z(])\s*")
# a function's value at one name, the function one letter or a usual one (`ln(b_k)`)
_VALUE_OF_NAME = re.compile(r"^(?:[A-Za-z]'*|\\?(?:ln|log|sin|cos|tan|exp))\s*\(\s*"
                            r"[A-Za-z](?:_\{?\w+\}?)?\s*\)$")
_FUNCTION_OF_NAME = re.compile(r"^[A-Za-z](?:_\{?\w+\}?)?'*\([^()]*\)$")


def _worked_maths(chunk: str) -> bool:
    """The side before the run is maths with a value of its own (`d/dx (x^3 ln x)`,
    `[x²]`, `1 + 1/2 + 1/4 + ...`), not a quantity named in words ("the new total + 15",
    "hypotenuse^2", "the 2nd"), a function's value at a name (`g(c_2)`), a name (`d_{11}`)
    or a measure with its unit (`90 km/h`)."""
    return bool(_MATHS_OPENING.search(chunk)) and not _FUNCTION_OF_NAME.match(chunk) \
        and not _NAME_OR_MEASURE.match(chunk) \
        and all(word.lower() in _FUNCTION_NAMES for word in _WORD.findall(chunk))


@dataclass(frozen=True)
class Opening:
    unread: ClaimResult  # unchecked, and counted: the step is partly checked
    link: RawClaim | None  # the left side = the run's first side, tried in its place


def unread_openings(text: str, claims: Sequence[RawClaim]) -> list[Opening]:
    """Each plain maths run with claims in it that goes on from an `=` whose left side no
    reader took in: the result that counts for it, and the link to try in its place (the
    left side `=` the run's first side; None where the run began inside that side)."""
    if not any(c.relation == "=" for c in claims):
        return []
    sources = ["".join(c.source.split()) for c in claims]
    out = []
    for seg in find_segments(text):
        body = "".join(seg.text.split())
        if seg.latex or not _UNREAD_OPENING.search(seg.before) \
                or not any(source and source in body for source in sources):
            continue
        opening = seg.before.rstrip().rstrip("=_^{").strip()[-40:]
        if (note := _ANNOTATION.search(opening)) is not None:
            opening = opening[:note.start()].strip()
            left = "".join(opening.split())
            if any(left.endswith("".join(c.rhs.split())) for c in claims if c.rhs.strip()):
                continue  # `... = 3 * 9 - 6 (brackets first) = 27 - 6`: words between links
        chunk = _LEADING_WORD.sub("", re.split(r"[=,;:]|\s{2,}|\n", opening)[-1].strip())
        if _UNREAD_FORMULA.search(chunk):  # "the discriminant is b^2 - 4ac = 49 + 24 = 73"
            chunk = _WORDS_BEFORE.sub("", chunk)
        elif not _worked_maths(chunk):
            continue  # `x_1 = 3 + 4 = 7`, "the total = 3 + 4 = 7": a name, no maths
        first = re.split(r"=|≈", seg.text)[0].strip()
        link = RawClaim(chunk, "=", first, f"{chunk} = {first}", latex=False, comparable=False,
                        approximate=False, single_link=False) \
            if seg.before.rstrip().endswith("=") and note is None and first else None
        out.append(Opening(ClaimResult(
            f"{seg.before.lstrip()[-40:]}{seg.text}", Verdict.UNCHECKED,
            f"not read: {opening}, and the value the chain ends on rests on it", "other",
            checkable=True), link))
    return out


def opening_result(opening: Opening, tried: ClaimResult | None) -> ClaimResult:
    """The rebuilt link's result when it was verified; the counted unread result otherwise
    (the rebuilt link is a reading of the layout: never refuted)."""
    if tried is not None and tried.verdict is Verdict.VERIFIED:
        return tried
    return opening.unread
