"""Money in LaTeX model solutions: an escaped `\\$` inside `$...$` is a money sign, not the
end of the maths, and a chain that turns dollars into cents as it goes (`$\\$0.45 = 0.45
\\times 100 = 45$ cents`) is declined, never refuted. Our own wordings (stop 51), with slips
that must stay refuted and a near miss without money that must stay refuted."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.extract.unit_results import names_money_in_latex
from tutor.verify.segments import find_segments
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED
PROBLEM = "A shop sells markers. How much do they cost?"


@pytest.mark.parametrize(("step", "maths"), [
    (r"Since $\$1 = 100$ cents, $\$0.45 = 0.45 \times 100 = 45$ cents.",
     [r"\$1 = 100", r"\$0.45 = 0.45 \times 100 = 45"]),
    (r"so the bill is $6 \times \$2.35 = \$14.10$.", [r"6 \times \$2.35 = \$14.10"]),
    (r"costs \$5 each, so $3 \times 5 = 15$", [r"3 \times 5 = 15"]),
])
def test_an_escaped_dollar_sign_stays_inside_its_maths(step: str, maths: list[str]) -> None:
    assert [seg.text for seg in find_segments(step)] == maths


@pytest.mark.parametrize("step", [
    r"Since $\$1 = 100$ cents, $\$0.45 = 0.45 \times 100 = 45$ cents.",
    r"Since $\$1 = 100$ cents, $\$2.75 = 2.75 \times 100 = 275$ cents.",
    r"In cents, $\$3.10 = 3.10 \cdot 100 = 310$ cents.",
    r"Converting to pennies: $\$0.08 = 0.08 \times 100 = 8$ pennies.",
])
def test_dollars_turned_into_cents_along_a_chain_are_not_refuted(step: str) -> None:
    assert check_step(PROBLEM, [], step).verdict is not R


@pytest.mark.parametrize("step", [
    r"Each ticket is $\$1.20$, so five cost $5 \times \$1.20 = \$6.00$.",
    r"The change is $\$10 - \$7.35 = \$2.65$.",
    r"The cost per marker is $\frac{\$3.60}{8} = \$0.45$.",
])
def test_money_arithmetic_in_latex_is_verified(step: str) -> None:
    assert check_step(PROBLEM, [], step).verdict is V


@pytest.mark.parametrize("step", [
    r"$\$0.45 = 0.45 \times 100 = 54$ cents",   # the product is 45
    r"Four cost $4 \times \$1.25 = \$6$.",       # 5, and 6 is not 5 in cents either
    r"The change is $\$10 - \$7.35 = \$3.65$.",
    r"We get $0.45 = 0.45 \times 100 = 45$.",    # no money named: a false link
])
def test_slips_stay_refuted(step: str) -> None:
    assert check_step(PROBLEM, [], step).verdict is R


def test_money_is_named_in_latex_only_by_its_sign_or_words() -> None:
    assert names_money_in_latex(r"$\$2 = 200$ cents")
    assert names_money_in_latex("the price is 3 dollars")
    assert not names_money_in_latex("$0.45 = 45$")
