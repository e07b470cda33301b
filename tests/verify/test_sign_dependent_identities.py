"""A rule that holds only for positive values is no identity: `\\sqrt{9y^2} = 3y` fails for
y < 0 and `\\log(t^2) = 2\\log t` is wrong where t < 0 (the left side is defined there; the
rule is 2\\log|t|). The random points of an identity test try every variable with both
signs, and a logarithm of an even power is tested at negative values too."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V = Verdict.VERIFIED


def check(step: str) -> Verdict:
    return ChainChecker("Simplify the expression.").check(step).verdict


@pytest.mark.parametrize("step", [
    f"Taking the root, \\( \\sqrt{{{k * k}{v}^2}} = {k}{v} \\)."
    for k in (3, 5, 7, 11) for v in ("y", "w", "q")
] + [
    "Hence \\( \\frac{|p|}{p} = 1 \\).",
    "The rule gives \\( \\log(t^2) = 2\\log(t) \\).",
    "Using powers, \\( \\ln(z^4) = 4\\ln z \\).",
    "So \\( \\log (5w^2) = \\log 5 + 2 \\log w \\).",
])
def test_a_rule_for_positive_values_only_is_not_verified(step: str) -> None:
    assert check(step) is not V


@pytest.mark.parametrize("step", [
    "Taking the root, \\( \\sqrt{16y^2} = 4|y| \\).",
    "The rule gives \\( \\log(t^2) = 2\\log|t| \\).",
    "Odd powers keep the sign: \\( \\ln(z^5) = 5\\ln z \\).",
    "And \\( \\log_3(3^w) = w \\).",
    "Expanding, \\( (q - 4)^2 = q^2 - 8q + 16 \\).",
    "Also \\( \\sqrt{w}\\sqrt{w} = w \\).",
])
def test_true_rules_are_still_verified(step: str) -> None:
    assert check(step) is V


def test_a_quotient_of_roots_is_not_verified_for_every_sign() -> None:
    # with a > 0 > b the two sides differ; the extra point must not replace one that finds it
    assert check("Combining, \\( \\frac{\\sqrt{a}}{\\sqrt{b}} = \\sqrt{\\frac{a}{b}} \\).") is not V


def test_identities_with_the_imaginary_unit_and_other_letters() -> None:
    """`(w - 3i)(w + 3i) = w^2 + 9` holds for every w when i is the imaginary unit
    (our own variants); a wrong sign stays unchecked."""

    def verdict(step: str) -> Verdict:
        checker = ChainChecker("Factor $w^2 + 9$ over the complex numbers.", time_limit=20)
        return checker.check(step).claims[-1].verdict

    assert verdict("$(w - 3i)(w + 3i) = w^2 + 9$") is Verdict.VERIFIED
    assert verdict("$(p + qi)(p - qi) = p^2 + q^2$") is Verdict.VERIFIED
    assert verdict("$(p + qi)^2 = p^2 - q^2 + 2pqi$") is Verdict.VERIFIED
    assert verdict("$(w - 3i)(w + 3i) = w^2 - 9$") is Verdict.UNCHECKED
    assert verdict("$(p + qi)^2 = p^2 + q^2 + 2pqi$") is Verdict.UNCHECKED
    assert verdict("$i + k = 5$") is Verdict.UNCHECKED
