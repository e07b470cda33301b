"""gcd and lcm written as books write them (`\\text{lcm}`, `\\operatorname{lcm}`,
`\\mathop{\\text{lcm}}[a, b]`) inside a larger expression (`latex_gcd.plain_names`).
Our own problems; gcds and lcms worked by hand from the factorisations."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.latex_gcd import plain_names


@pytest.mark.parametrize(("problem", "answer"), [
    # gcd(84, 120) = 12, lcm(6, 8) = 24
    (r"What is $\gcd(84, 120) + \text{lcm}(6, 8)$?", "36"),
    # lcm = 36, gcd = 6
    (r"What is $\mathop{\text{lcm}}[12,18] - \gcd(12,18)$?", "30"),
    # lcm(14, 35) = 70, gcd = 7
    (r"Find $\text{lcm}(14, 35) - \gcd(14, 35)$.", "63"),
    # 36 * 3
    (r"Compute $\operatorname{lcm}(9, 12) \cdot \operatorname{gcd}(9,12)$.", "108"),
    # 60 / 10
    (r"Evaluate $\frac{\text{lcm}(20, 30)}{\gcd(20, 30)}$.", "6"),
    # 6432 = 2^5 * 3 * 67, 132 = 2^2 * 3 * 11: gcd 12
    (r"What is $\text{gcd}(6432, 132) + 11$?", "23"),
])
def test_gcd_and_lcm_in_expressions(problem, answer):
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize("problem", [
    r"Find $\text{lcm}(a, 6) + 1$.",  # a letter is no integer
    r"What is $\mathop{\text{lcm}}[4, 6$?",  # the bracket never closes
])
def test_gcd_and_lcm_not_of_integers_are_declined(problem):
    assert solve_now(problem).answer is None


def test_names_are_rewritten_to_the_commands():
    assert plain_names(r"\mathop{\text{lcm}}[12, 18] + \text{gcd}(4, 6)") == \
        r"\lcm(12, 18) + \gcd(4, 6)"
    assert plain_names(r"\operatorname{lcm}[2, 3]") == r"\lcm(2, 3)"
    assert plain_names(r"\text{cm} [1, 2]") == r"\text{cm} [1, 2]"
