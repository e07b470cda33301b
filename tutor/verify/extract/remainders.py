"""Division with remainder: "706 ÷ 7 = 101 with a remainder of 1", "355 \\div 6 = 59 R 1",
"194 = 11 × 17 + 7".

The general claim reader leaves every `=` near the word "remainder" alone,
because there `=` often means "is congruent to" or "gives the quotient". The
division algorithm itself has one exact reading: a ÷ b = q remainder r says
a = b·q + r with 0 ≤ r < b, for whole numbers. That is what this module checks,
and only when every number is written out as a whole number.

Plain text work (no SymPy): the claims it makes are checked in the worker pool
like any other, with a note naming the right quotient and remainder.
"""

from __future__ import annotations

import re

from tutor.verify.extract.claim import RawClaim, said_false
from tutor.verify.segments import MAX_STEP_CHARS

_INT = r"(\d{1,12})(?![\d.,]\d)"
_DIVIDE = r"\s*(?:÷|/|\\div|divided\s+by)\s*"
_REMAINDER_WORD = (
    r"\s*,?\s*\(?\s*(?:(?:with|and|leaving|giving)\s+)?(?:a\s+|the\s+)?"
    r"(?:remainder|rem\.?|R|r)(?:\s+(?:of|is))?\s*:?\s*"
)
_DIVISION = re.compile(
    rf"(?<![\d.^_{{/\-−])\b{_INT}{_DIVIDE}{_INT}\s*(?:=|is|equals)\s*{_INT}{_REMAINDER_WORD}{_INT}"
)
# "194 = 11 × 17 + 7" or "11 × 17 + 7 = 194": the division algorithm written out.
_TIMES = r"\s*(?:×|\*|\\times|\\cdot|·)\s*"
# the last number ends the expression; a full stop ends the sentence ("72 = 48 × 1 + 24.")
_END = r"(?![\d^*×(\\]|\.\d)"
_ALGORITHM = re.compile(
    rf"(?<![\d.^_{{/*×+-])\b{_INT}\s*=\s*{_INT}{_TIMES}{_INT}\s*\+\s*{_INT}{_END}"
    rf"(?!\s*[-+*/×÷^(]\s*\d)"
)
_ALGORITHM_REVERSED = re.compile(
    rf"(?<![\d.^_{{/*×+-])\b{_INT}{_TIMES}{_INT}\s*\+\s*{_INT}\s*=\s*{_INT}{_END}"
    rf"(?!\s*[-+*/×÷^(]\s*\d)"
)
# "R" only as a capital: a lone lower-case r is usually a letter (a root, a radius)
_CONTEXT = re.compile(r"(?i:remainder|divi|quotient|mod|\brem\b)|\bR\b")
# "45 ÷ 6 = 7 r 3": a lower-case r right between a whole quotient of `÷` and a whole number
_DIVIDED_R = re.compile(r"(?:÷|\\div)\s*\d+\s*=\s*\d+\s+r\s+\d+(?![\d.,]\d|\s*[-+*/×÷^(²³])")
# the claim's first number must not continue an expression: "4 · 3 + 2 · 5 + 1 = 23"
# holds no "2 · 5 + 1 = 23" (a "- " opening a list item is no operator)
_OPERATOR_BEFORE = re.compile(r"(?:[\w)\]}]\s*[-+*/×·÷−^_]|[={(]|\\(?:cdot|times|div))\s*$")
_LATEX_NOISE = re.compile(
    r"\\[()\[\]]|\$|\\[,;:! ]|\\quad|\\qquad|\\(?:text|mathrm|textbf|mbox)\s*\{\s*([^{}]*?)\s*\}"
)


def _flatten(step: str) -> str:
    """LaTeX spacing and text commands out: `58\\;\\mathrm{R}\\;5` -> `58 R 5`."""
    return _LATEX_NOISE.sub(lambda m: f" {m.group(1) or ''} ", step)


def _note(a: int, b: int) -> str:
    q, r = divmod(a, b)
    return f"{a} ÷ {b} = {q} remainder {r}"


def _division_claims(text: str) -> list[RawClaim]:
    claims = []
    for m in _DIVISION.finditer(text):
        a, b, q, r = (int(g) for g in m.groups())
        if b == 0 or said_false(text[m.end() : m.end() + 80]):
            continue
        if _OPERATOR_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        source = re.sub(r"\s+", " ", m.group(0)).strip()
        claims.append(
            RawClaim(
                lhs=f"{b} * {q} + {r}",
                relation="=",
                rhs=str(a),
                source=source,
                latex=False,
                comparable=True,
                approximate=False,
                single_link=True,
                note=_note(a, b),
            )
        )
        if a == b * q + r and r >= b:  # right total, but the remainder is too large
            claims.append(
                RawClaim(
                    lhs=str(r), relation="<", rhs=str(b), source=source,
                    latex=False, comparable=True, approximate=False, single_link=True,
                    note=_note(a, b),
                )
            )
    return claims


def _algorithm_claims(text: str) -> list[RawClaim]:
    """`a = b × q + r` as a plain equality, where a is the larger number being divided.

    Sloppy modular arithmetic writes `=` for "is congruent to", but then the
    left side is a small residue; a dividend larger than both factors and a
    remainder smaller than one of them read only as the division algorithm.
    """
    claims = []
    found = [(m, m.groups()) for m in _ALGORITHM.finditer(text)]
    found += [(m, (g[3], g[0], g[1], g[2])) for m in _ALGORITHM_REVERSED.finditer(text)
              for g in [m.groups()]]
    for m, groups in found:
        a, b, q, r = (int(g) for g in groups)
        if not (a > max(b, q) and r < max(b, q)) or said_false(text[m.end() : m.end() + 80]):
            continue
        if _OPERATOR_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        claims.append(
            RawClaim(
                lhs=f"{b} * {q} + {r}", relation="=", rhs=str(a),
                source=re.sub(r"\s+", " ", m.group(0)).strip(),
                latex=False, comparable=True, approximate=False, single_link=True,
            )
        )
    return claims


def remainder_claims(step: str) -> list[RawClaim]:
    """The division-with-remainder claims of a step (see module doc)."""
    step = step[:MAX_STEP_CHARS]
    if not (_CONTEXT.search(step) or _DIVIDED_R.search(step)):
        return []
    text = _flatten(step)
    return _division_claims(text) + _algorithm_claims(text)
