"""One instance of a rule for every index (a recurrence, a relation between terms).
Our own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED
RULE = ("The terms satisfy $c_{j}^2 = c_{j-1} c_{j+1} - 5$ for every $j \\geq 2$, with "
        "$c_1 = 2$ and $c_2 = 4$. Find $c_4$.")


def last_claim(problem: str, *steps: str) -> Verdict:
    """The verdict on the last claim of the last step (a generous time limit: these
    tests are about what is read, not how fast, and may run on a busy machine)."""
    checker = ChainChecker(problem, time_limit=20)
    return [checker.check(step) for step in steps][-1].claims[-1].verdict


def test_the_rule_at_one_index() -> None:
    assert last_claim(RULE, "Taking $j = 2$ gives $c_2^2 = c_1 c_3 - 5$.") is V
    assert last_claim(RULE, "Next, $c_3^2 = c_2 c_4 - 5$.") is V
    assert last_claim("Let $u_{m+2} = 2u_{m+1} + 3u_m$ for all $m$.",
                      "With $m = 4$: $u_6 - 2u_5 = 3u_4$.") is V


def test_a_wrong_instance_stays_unchecked() -> None:
    assert last_claim(RULE, "Next, $c_3^2 = c_2 c_4 + 5$.") is U
    assert last_claim(RULE, "Next, $c_3^2 = c_1 c_4 - 5$.") is U


def test_an_equation_for_the_index_is_not_a_rule() -> None:
    # `t_n = 40` names one term: it may be an equation for n, not a rule for every n
    assert last_claim("In the sequence $t_n = 3n + 1$, which term is 40?",
                      "We need $t_n = 40$.", "So $t_{13} \\cdot 1 = 40$.") is U
