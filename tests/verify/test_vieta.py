r"""Vieta's formulas for a polynomial whose coefficients hold other letters
(`vieta.py`): `x^3 - 12x^2 + 47x - k = 0` has the variable x (its one letter of degree 2
or more) and the parameter k, so `u + v + w = 12` and `uvw = k` are checked for its roots.
Verify only. Our own variants, written for these tests."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, U = Verdict.VERIFIED, Verdict.UNCHECKED


def claims(problem: str, step: str) -> list[tuple[Verdict, str]]:
    return [(c.verdict, c.reason) for c in ChainChecker(problem, time_limit=30).check(step).claims]


@pytest.mark.parametrize(("problem", "step"), [
    ("Two of the roots of $x^3 - 12x^2 + 47x - k = 0$ have a product of 15. Find k.",
     r"Let the roots be \(u\), \(v\), \(w\). By Vieta's formulas, \(u + v + w = 12\), "
     r"\(uv + uw + vw = 47\) and \(uvw = k\)."),
    ("The roots of $t^2 - mt + 20 = 0$ are p and q.", r"By Vieta, $p + q = m$ and $pq = 20$."),
    ("Let $r$, $s$, $t$ be the roots of $x^3 + ax^2 + bx + 1 = 0$.",
     r"Vieta gives $r + s + t = -a$, $rs + rt + st = b$, $rst = -1$."),
    ("The equation $2y^2 + cy - 6 = 0$ has roots $y_1$ and $y_2$.",
     r"Then \(y_1 + y_2 = -\frac{c}{2}\) and \(y_1 y_2 = -3\)."),
    ("Let $p(z) = z^3 - 3z^2 + nz + 5$ have roots $a_1, a_2, a_3$.",
     r"So $a_1 a_2 + a_1 a_3 + a_2 a_3 = n$ and $a_1 a_2 a_3 = -5$."),
    ("The quadratic $kx^2 - 6x + 2 = 0$ has roots m and n.",
     r"By Vieta, $m + n = \frac{6}{k}$ and $mn = \frac{2}{k}$."),
])
def test_vietas_formulas_with_letters_among_the_coefficients(problem: str, step: str) -> None:
    found = claims(problem, step)
    assert found and all(v is V and "Vieta" in reason for v, reason in found), found


@pytest.mark.parametrize(("problem", "step"), [
    # a wrong sign
    ("Two of the roots of $x^3 - 12x^2 + 47x - k = 0$ multiply to 15.",
     r"With roots \(u, v, w\): \(u + v + w = -12\)."),
    ("Two of the roots of $x^3 - 12x^2 + 47x - k = 0$ multiply to 15.",
     r"With roots \(u, v, w\): \(uvw = -k\)."),
    # the leading coefficient forgotten
    ("The quadratic $kx^2 - 6x + 2 = 0$ has roots m and n.", r"So $m + n = 6$."),
    # two roots named for a cubic are not all of its roots
    ("Two of the roots of $x^3 - 12x^2 + 47x - k = 0$ multiply to 15.", r"So $u + v = 12$."),
    # two letters of degree 2: no one variable to take roots in
    ("The curve $x^2 + y^2 - kx = 9$ meets a line.", r"So $p + q = k$."),
])
def test_near_misses_stay_unchecked(problem: str, step: str) -> None:
    found = claims(problem, step)
    assert found and all(v is U for v, _ in found), found
