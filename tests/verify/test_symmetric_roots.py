r"""Symmetric functions of the roots of an earlier polynomial (`symmetric_roots.py`):
`\frac{1}{r} + \frac{1}{s} + \frac{1}{t}`, `r^2 + s^2 + t^2`, `(u + v)^2 - 2uv` put equal
to their value, checked exactly through Vieta's formulas and again with the roots found
to 40 digits. Verify only. Our own variants, written for these tests."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, U = Verdict.VERIFIED, Verdict.UNCHECKED
_CUBIC = "Let $r,$ $s,$ and $t$ be the roots of $x^3 + 6x^2 + 3x + 2 = 0.$ Find a sum."


def claim_verdicts(problem: str, step: str) -> list[Verdict]:
    return [c.verdict for c in ChainChecker(problem, time_limit=30).check(step).claims]


@pytest.mark.parametrize(("problem", "step"), [
    (_CUBIC, r"So \(\frac{rs + st + tr}{rst} = \frac{3}{-2}\)."),
    (_CUBIC, r"Hence \(\frac{1}{r} + \frac{1}{s} + \frac{1}{t} = -\frac{3}{2}\)."),
    (_CUBIC, r"Thus \((r + s + t)^2 - 2(rs + rt + st) = 36 - 6\)."),
    (_CUBIC, r"We get $r^2 + s^2 + t^2 = 30$."),
    (_CUBIC, r"And \((r + 1)(s + 1)(t + 1) = -(-1 + 6 - 3 + 2)\)."),  # -p(-1)
    ("The roots of $2y^2 - 7y + 3 = 0$ are $u$ and $v$.",
     r"Then \(u^2 + v^2 = \frac{49}{4} - 3\) and \(\frac{1}{u} + \frac{1}{v} = \frac{7}{3}\)."),
    ("Let $r$, $s$, $t$ be the roots of $x^3 + ax^2 + bx + 1 = 0$.",
     r"Then $r^2 + s^2 + t^2 = a^2 - 2b$."),
    ("Let $p$ and $q$ be the roots of $z^2 - kz + 5 = 0$.",
     r"So \(p^2 q + p q^2 = 5k\)."),
])
def test_symmetric_functions_of_the_roots(problem: str, step: str) -> None:
    assert claim_verdicts(problem, step)[-1] is V


@pytest.mark.parametrize(("problem", "step"), [
    (_CUBIC, r"Wrong: \(r^2 + s^2 + t^2 = 42\)."),
    (_CUBIC, r"Hence \(\frac{1}{r} + \frac{1}{s} + \frac{1}{t} = \frac{3}{2}\)."),
    # not symmetric in the roots: r is singled out
    (_CUBIC, r"So \(r^2 + st = 3\)."),
    # two of three roots named
    (_CUBIC, r"So \(r^2 + s^2 = 30\)."),
    ("Let $r$, $s$, $t$ be the roots of $x^3 + ax^2 + bx + 1 = 0$.",
     r"Then $r^2 + s^2 + t^2 = a^2 + 2b$."),
])
def test_near_misses_stay_unchecked(problem: str, step: str) -> None:
    assert claim_verdicts(problem, step)[-1] is U
