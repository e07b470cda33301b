"""SymPy's own known wrong results: none may ever be verified (issue 12 item 3).
Sums, integrals and limits are confirmed by two methods that do not share code
with SymPy's `summation`, `integrate` or `limit`; add each newly found wrong
result to SYMPY_WRONG with the value SymPy gives."""

from __future__ import annotations

import pytest
import sympy

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED

# (claim as a step writes it, with SymPy's wrong value; the true value)
SYMPY_WRONG = [
    (r"\sum_{k=2}^{\infty} \frac{k-3}{k(k^2-1)}", r"-\frac{1}{6}", "0"),
]


@pytest.mark.parametrize(("expression", "wrong", "right"), SYMPY_WRONG)
def test_sympys_wrong_result_is_never_verified(expression: str, wrong: str, right: str) -> None:
    verdict = ChainChecker("Evaluate.").check(f"${expression} = {wrong}$")
    assert verdict.verdict is not V
    assert ChainChecker("Evaluate.").check(f"${expression} = {right}$").verdict is V


def test_the_regression_is_still_a_sympy_bug_or_fixed() -> None:
    # Documents why the list exists; when SymPy fixes it, the entry stays (harmless).
    k = sympy.Symbol("k", integer=True)
    value = sympy.summation((k - 3) / (k * (k**2 - 1)), (k, 2, sympy.oo))
    assert value in (sympy.Rational(-1, 6), 0)


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (r"$\sum_{n=1}^{\infty} \frac{1}{n(n+2)} = \frac{3}{4}$", V),
        (r"$\sum_{n=1}^{\infty} \frac{1}{n(n+2)} = \frac{2}{3}$", U),  # never refuted
        (r"$\sum_{j=1}^{12} j^3 = 6084$", V),
        (r"$\int_0^2 3t^2 \, dt = 8$", V),
        (r"$\int_0^2 3t^2 \, dt = 9$", R),  # a polynomial: exact and quadrature agree on 8
        (r"$\lim_{t \to 0} \frac{e^t - 1}{t} = 1$", V),
        (r"$\lim_{t \to \infty} \frac{5t^2 + 1}{2t^2 - 3} = \frac{5}{2}$", V),
        (r"$\lim_{t \to \infty} \frac{5t^2 + 1}{2t^2 - 3} = 2$", U),
        # a limit written without a side is two-sided: SymPy's parser reads it as "+"
        (r"$\lim_{t \to 0} \frac{|t|}{t} = 1$", U),
        (r"$\lim_{t \to 3} \frac{|t - 3|}{t - 3} = 1$", U),
        # a limit that grows without bound: SymPy's infinity, and the values ever closer
        (r"$\lim_{t \to 2} \frac{1}{(t - 2)^2} = \infty$", V),
        (r"$\lim_{t \to 2} \frac{1}{(t - 2)^2} = -\infty$", U),
        (r"$\lim_{t \to 1^{-}} \frac{5}{t - 1} = -\infty$", V),
        (r"$\lim_{t \to 1} \frac{5}{t - 1} = \infty$", U),  # -infinity from the left
        # a side written without braces, and the right side said: that side alone
        (r"$\lim_{t \to 1^+} \frac{5}{t - 1} = \infty$", V),
        (r"$\lim_{t \to 1^-} \frac{5}{t - 1} = \infty$", U),
        (r"$\lim_{t \to 4^{+}} \frac{|t - 4|}{t - 4} = 1$", V),
        (r"$\lim_{t \to 4^{+}} \frac{|t - 4|}{t - 4} = -1$", U),
        # two limits, one with a side and one without: which is which is not read
        (r"$\lim_{t \to 0^+} \frac{|t|}{t} + \lim_{t \to 0} \frac{|t|}{t} = 2$", U),
        (r"$\lim_{t \to 0} \frac{1}{t^2} - \frac{1}{t^4} = -\infty$", U),  # not one limit
        # a limit equal to a limit (L'Hopital's rule): each side's value confirmed twice
        (r"$\lim_{t \to 0} \frac{\sin 3t}{t} = \lim_{t \to 0} 3 \cos(3t)$", V),
        (r"$\lim_{t \to 0} \frac{\sin 3t}{t} = \lim_{t \to 0} \cos(3t)$", U),
        (r"$\lim_{t \to 0} \frac{t^2}{\sin t} = \lim_{t \to 0} \frac{2t}{\cos t}$", V),  # both 0
        (r"$\sum_{j=1}^{4} j^2 = \sum_{j=1}^{4} (5 - j)^2$", V),
        (r"$6^210^2 = 3600$", V),  # TeX: 6²·10²
        (r"$\log_28\sqrt2 = \frac{7}{2}$", V),  # TeX: log₂(8√2)
        (r"$3^12 = 531441$", U),  # TeX reads 3¹·2: declined, never refuted
    ],
)
def test_sums_integrals_limits_and_tex_scripts(step: str, expected: Verdict) -> None:
    assert ChainChecker("Evaluate.").check(step).verdict is expected
