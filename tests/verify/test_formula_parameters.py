"""A formula's parameters given their values ("where $a = 6$, $b = 10$ and $h = 4$",
"Here, $r = 3$", "in this case $u = t$ and $v = 2$", "with $n = 9$") are choices, not
claims: the arithmetic that uses them is what gets checked. Our own variants."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.claims import extract_claims
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED

_FORMULA = "A trapezoid's area is $T = \\frac{1}{2}(a + b)h$."


def last_verdict(problem: str, *steps: str) -> Verdict:
    checker = ChainChecker(problem)
    return [checker.check(step).verdict for step in steps][-1]


def supposed(text: str) -> list[bool]:
    return [claim.supposed for claim in extract_claims(text)]


def test_parameters_listed_after_where_or_here_are_choices() -> None:
    assert supposed("Apply it, where $a = 6$, $b = 10$, and $h = 4$.") == [True] * 3
    assert supposed("Here, \\(r = 3\\) and \\(h = 5\\).") == [True, True]
    assert supposed("In this case $u = t$ and $v = 2$.") == [True, True]
    assert supposed("Using the sum formula with $n = 9$ terms.") == [True]
    assert supposed("Let's denote $w = \\sqrt{3} + 2$.") == [True]
    assert supposed("Let $p = 2k$ and $q = 5k$.") == [True, True]


def test_results_are_still_claims() -> None:
    assert supposed("We are left with $x = -9$.") == [False]
    assert supposed("So $x = 3$ and $y = 2$.") == [False, False]
    assert supposed("With $x = 3$ we get $y = 7$.") == [True, False]
    assert supposed("Let $x = 2$, then $y = 5$.") == [True, False]
    assert supposed("If $x = 2$, $y = 5$.") == [True, False]
    # a chain after the cue computes the name's value: its links are claims
    assert supposed("where $m = \\frac{12}{4} = 3$") == [False, False]


def test_a_step_that_applies_a_formula_is_verified_by_its_arithmetic() -> None:
    step = ("Here $a = 6$, $b = 10$ and $h = 4$, so $T = \\frac{1}{2}(6 + 10)(4) = 32$.")
    assert last_verdict("Find the area T.", _FORMULA, step) is V
    step = ("With the formula, where $a = 6$, $b = 10$ and $h = 4$: "
            "$\\frac{1}{2}(6 + 10)(4) = 32$.")
    assert last_verdict("Find the area T.", _FORMULA, step) is V


def test_a_slip_in_the_arithmetic_is_still_refuted() -> None:
    step = ("Here $a = 6$, $b = 10$ and $h = 4$, so $T = \\frac{1}{2}(6 + 10)(4) = 30$.")
    assert last_verdict("Find the area T.", _FORMULA, step) is R


def test_a_value_computed_after_where_carries_to_the_next_step() -> None:
    steps = ["The focal distance is $2c$, where $c = \\sqrt{25 - 9} = 4$.", "So $2c = 8$."]
    assert last_verdict("Find the focal distance.", *steps) is V


def test_a_second_value_of_a_trial_joined_by_and_is_one_more_choice() -> None:
    assert supposed("Choose \\(u = 4\\) and \\(w = 0.5\\) to see what happens.") == [True, True]
    assert supposed("Substituting $s = 3$ and $t = -2$ into the sum, ") == [True, True]
    assert supposed("If $p = 0$ and $q = 6$, the sum is 6.") == [True, True]
    assert supposed("If \\(g \\geq 1\\) and \\(h < 4\\), both hold.") == [True, True]
    assert supposed("Plugging in $r = 2$ and $s = 7$, ") == [True, True]


def test_what_a_trial_gives_is_still_a_claim() -> None:
    assert supposed("If $u = 6$, then $w = 9$ and $z = 1$.") == [True, False, False]
    assert supposed("If $u = 6$, $w = 9$.") == [True, False]
    # after "when", the second value is more often where a result holds
    assert supposed("It is smallest when $p = 0$ and $q = 6$.") == [True, False]
    # a comma breaks the list: what follows it may be what the trial gives
    assert supposed("For $m = 5$, $n = 1$ and $k = 9$.") == [True, False, False]
    assert supposed("Solving for $u$ and $w$ gives $u = 6$ and $w = 9$.") == [False, False]
    assert supposed("Then $u = 6$ and $w = 9$, so we substitute.") == [False, False]
    assert supposed("When we try $u = 6$ we get $w = 9$ and $z = 1$.") == [True, False, False]


def test_a_step_with_a_two_value_trial_is_verified_by_its_arithmetic() -> None:
    step = ("Take $u = 3$ and $w = 5$: then $u^2 + w^2 = 9 + 25 = 34$.")
    assert last_verdict("Is u^2 + w^2 ever 34?", step) is V
    slip = ("Take $u = 3$ and $w = 5$: then $u^2 + w^2 = 9 + 25 = 36$.")
    assert last_verdict("Is u^2 + w^2 ever 34?", slip) is R


def test_parameters_read_off_after_here_we_have_or_a_label() -> None:
    assert supposed("Here, we have $(x_1, y_1) = (3, 7)$ and $(x_2, y_2) = (-1, 4)$.") \
        == [True] * 4
    assert supposed("In this case, we have:\n- $a = 180$\n- $b = 84$") == [True, True]
    assert supposed("In this problem, \\(n = 12\\).") == [True]
    assert supposed("For our equation, \\(a = 2\\), \\(b = -7\\), and \\(c = 3\\).") == [True] * 3
    assert supposed("Given:\n- \\( P = 1500 \\) dollars\n- \\( t = 4 \\) years") == [True, True]
    assert supposed("Given: - \\( P = 1500 \\) dollars, - \\( t = 4 \\) years.") == [True, True]
    assert supposed("where $r = 5$ cm and $h = 12$ cm") == [True, True]


def test_results_after_the_new_cues_are_still_claims() -> None:
    assert supposed("In this case, we have $x - 3 = 4$, so $x = 7$.") == [False, False]
    assert supposed("We have $x = 5$.") == [False]
    assert supposed("So we have $(u, v) = (2, 3)$.") == [False, False]
    assert supposed("Given that $x = 4$, we get $y = 9$.") == [False, False]
    assert supposed("where $a = 2$ then $b = 6$") == [True, False]
    assert supposed("Here, $a = 3$ and hence $b = 4$") == [True, False]
    assert supposed("The total is 7 - 3 = 4\n- $b = 5$") == [False, False]


def test_a_distance_from_points_read_off_is_verified_by_its_arithmetic() -> None:
    formula = "The distance is $d = \\sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}$."
    step = ("Here, we have $(x_1, y_1) = (1, 2)$ and $(x_2, y_2) = (7, 10)$, so "
            "$d = \\sqrt{(7 - 1)^2 + (10 - 2)^2} = \\sqrt{100} = 10$.")
    assert last_verdict("How far apart are (1, 2) and (7, 10)?", formula, step) is V
    slip = step.replace("= 10$", "= 12$")
    assert last_verdict("How far apart are (1, 2) and (7, 10)?", formula, slip) is R
    listed = ("In this case, we have:\n- $a = 84$\n- $b = 36$\nso "
              "$\\frac{84 \\cdot 36}{12} = 252$.")
    assert last_verdict("Find the lcm of 84 and 36.", listed) is V


def test_a_named_case_in_parentheses_is_a_choice() -> None:
    assert supposed("For a hexagon (\\(n = 6\\)): \\[ \\frac{6(6-3)}{2} = 9 \\]") == [True, False]
    assert supposed("For the larger circle (\\(r = 5\\)), the area is \\(25\\pi\\).") == [True]
    assert supposed("for each term (\\(k = 1\\))") == [True]
    # a value in parentheses after other words is what the step found
    assert supposed("The answer (\\(n = 8\\)) is right.") == [False]
    assert supposed("We found the value (\\(x = 7\\)).") == [False]
    assert supposed("In case 3, $k = 2$ gives the most.") == [False]
    # a numbered case's value is often one found earlier: it stays a claim, checked
    assert supposed("**Case 2: \\( r = -1 \\)**") == [False]
    checker = ChainChecker("Solve it.")
    checker.check("So $w^2 = 4$, and $w = \\pm 2$.")
    assert checker.check("**Case 1: \\( w = 2 \\)**").verdict is V


def test_a_named_case_verified_by_its_arithmetic() -> None:
    formula = "The number of diagonals is $D = \\frac{n(n - 3)}{2}$."
    step = "For a decagon (\\(n = 10\\)): \\[ \\frac{10(10 - 3)}{2} = 35 \\]"
    assert last_verdict("How many diagonals has a decagon?", formula, step) is V
    slip = "For a decagon (\\(n = 10\\)): \\[ \\frac{10(10 - 3)}{2} = 30 \\]"
    assert last_verdict("How many diagonals has a decagon?", formula, slip) is R


def test_given_is_a_label_only_where_it_opens_a_line_or_sentence() -> None:
    assert supposed("The data.\n**Given:** \\( m = 4 \\) kg") == [True]
    assert supposed("We know the rest. Given: \\( m = 4 \\) kg") == [True]
    assert supposed("For \\(w\\), it stays as it was given:\n\\[ w = -3 \\]") == [False]
