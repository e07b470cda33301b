"""Probability notation: `P(A)`, `P(\\text{two heads})`, `P(X \\geq 2)`, `\\Pr(B \\mid A)`
name the probability of an event, not a function's value at a point.

Worker side. `P(B) = \\frac{13}{52}` the first time the event's probability is written
gives it its value (the count that makes it comes from the words): a definition, not a
claim, so the arithmetic after it (`\\frac{13}{52} = \\frac{1}{4}`) is what the step is
checked by. A value outside [0, 1] is no probability and stays unchecked. Once known,
each probability is put in where it is used again (`P(A)P(B) = \\frac{1}{13} \\cdot
\\frac{1}{4}`), and the claim is verified when both sides are then the same number
(exact arithmetic + 40 digits); never refuted (the same P may be read another way).

An argument that is a number or a lower-case letter (`P(2)`, `P(x + 1)`) is a
polynomial's value; so is any P the chain defines as a function."""

from __future__ import annotations

import re

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.exact import holds, strict
from tutor.verify.verdict import ClaimResult, Verdict

_OPEN = r"(?:P|\\Pr|\\mathbb\s*\{\s*P\s*\}|\\mathrm\s*\{\s*P\s*\}|\\text\s*\{\s*P\s*\})"
_START = re.compile(rf"(?<![A-Za-z\\]){_OPEN}\s*(?:\\left\s*)?\(")
# What makes an argument an event: a capital letter, words, a relation, a set operation.
_EVENT = re.compile(r"[A-Z]|\\text|\\mathrm|[<>=]|\\(?:leq?|geq?|neq?|cap|cup|mid|lt|gt)"
                    r"(?![a-zA-Z])|\||\\overline|\^\s*\{?\s*[cC]\b|\bnot\b|\band\b|\bor\b")
_MAX_KNOWN = 12


def _closing(text: str, start: int) -> int:
    """Index just after the parenthesis that closes the one opened before `start`."""
    depth = 1
    for i in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i + 1
    return -1


def probabilities(text: str) -> list[tuple[int, int]]:
    """Spans of the probabilities of events written in `text` (see module doc)."""
    spans = []
    for m in _START.finditer(text):
        end = _closing(text, m.end())
        if end < 0:
            return []
        inside = re.sub(r"\\right\s*\)$", ")", text[m.end():end])[:-1]
        if not _EVENT.search(inside):
            return []  # `P(2)`, `P(x)`: a function's value somewhere in the claim
        spans.append((m.start(), end))
    return spans


def _key(text: str) -> str:
    return re.sub(r"\s+|\\left|\\right", "", text)


def _known(ctx: Context) -> dict[str, str]:
    """Each probability's latest value in numbers, from the earlier equations."""
    known: dict[str, str] = {}
    for lhs, rhs in (*ctx.archive, *ctx.previous):
        for side, other in ((lhs, rhs), (rhs, lhs)):
            spans = probabilities(side)
            read = strict(other)
            if spans == [(0, len(side.rstrip()))] and read is not None \
                    and not read.expr.free_symbols:
                known.pop(_key(side), None)
                known[_key(side)] = other
    return dict(list(known.items())[-_MAX_KNOWN:])


def _put_in(text: str, known: dict[str, str]) -> str | None:
    out, last = [], 0
    for start, end in probabilities(text):
        value = known.get(_key(text[start:end]))
        if value is None:
            return None
        out.append(f"{text[last:start]}\\left({value}\\right)")
        last = end
    return "".join(out) + text[last:]


def probability_claim(claim: RawClaim, ctx: Context) -> ClaimResult | None:
    """A definition, a claim verified with the known probabilities put in, or None."""
    if claim.relation != "=" or not claim.latex:
        return None
    if any(name == "P" for name, _, _ in ctx.functions):
        return None
    lhs_spans, rhs_spans = probabilities(claim.lhs), probabilities(claim.rhs)
    if not lhs_spans and not rhs_spans:
        return None
    known = _known(ctx)
    lhs, rhs = _put_in(claim.lhs, known), _put_in(claim.rhs, known)
    if lhs is not None and rhs is not None:
        left, right = strict(lhs), strict(rhs)
        if left is not None and right is not None and not (
                left.expr.free_symbols or right.expr.free_symbols) \
                and holds(left.expr, "=", right.expr):
            return ClaimResult(claim.source, Verdict.VERIFIED,
                               "with the probabilities found earlier", "arithmetic",
                               method="the probabilities found earlier put in, then exact "
                               "arithmetic + 40-digit numeric")
    single = lhs_spans == [(0, len(claim.lhs.rstrip()))] and not rhs_spans
    value = strict(claim.rhs)
    if single and _key(claim.lhs) not in known and value is not None \
            and not value.expr.free_symbols and holds(value.expr, ">=", 0) \
            and holds(value.expr, "<=", 1):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "a definition", "other")
    return None
