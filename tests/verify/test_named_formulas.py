"""Names the chain gave a formula: a function defined earlier in the same step, an
earlier `name = formula` put into a later claim, a quantity named in words whose
formula is a definition. Our own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdicts(problem: str, *steps: str) -> list[Verdict]:
    checker = ChainChecker(problem, time_limit=30)
    return [checker.check(step).verdict for step in steps]


def test_a_function_defined_earlier_in_the_same_step_is_put_in() -> None:
    step = r"Write \(g(t) = pt + q\); then \(g(2) = p(2) + q = 2p + q\)."
    assert verdicts("Find p and q.", step) == [V]
    wrong = r"Write \(g(t) = pt + q\); then \(g(2) = p(3) + q\)."
    assert verdicts("Find p and q.", wrong) == [U]  # not verified, and not a certain slip


def test_an_earlier_formula_for_a_name_is_put_in() -> None:
    assert verdicts("Find w.", r"Since \(w = \frac{3}{m}\), \(w^2 = \frac{9}{m^2}\).") == [V]
    assert verdicts("Find w.", r"Since \(w = \frac{3}{m}\), \(w^2 = \frac{6}{m^2}\).") == [U]
    # a product of names given a value
    assert verdicts("Vieta.", r"So \(abc = 4\).", r"Hence \((abc)^3 = 64\).")[1] is V


def test_a_name_given_two_formulas_is_not_put_in() -> None:
    # (u^2 = v^4 would now follow from the first case squared; a cube does not)
    steps = [r"In one case \(u = v^2\).", r"In the other \(u = 3v\).", r"So \(u^3 = v^6\)."]
    assert verdicts("Two cases.", *steps)[2] is U


def test_a_quantity_named_in_words_is_defined_not_claimed() -> None:
    step = r"The perimeter is \[Perimeter = 2(7 + 4) = 2 \times 11 = 22\]"
    assert verdicts("A rectangle is 7 by 4.", step) == [V]
    # the arithmetic after the name is still checked
    wrong = r"The perimeter is \[Perimeter = 2(7 + 4) = 2 \times 11 = 24\]"
    assert verdicts("A rectangle is 7 by 4.", wrong) == [R]
    # a segment's length given by a sum of known lengths
    assert verdicts("P lies on segment QS with $QP = 3$ and $PS = 8$.",
                    r"So \[ QS = QP + PS = 3 + 8 = 11 \]") == [V]


def test_letters_written_together_are_a_product_but_words_are_names() -> None:
    # `abcd` is a product of four names, so it is checked against the earlier equation
    steps = [r"We have \(abcd = 6\).", r"So \(abcd = 7\)."]
    assert verdicts("Find abcd.", *steps)[1] is not V


def test_a_chain_that_ends_on_a_number_gives_its_name_that_value() -> None:
    steps = [r"The side is \( s = \frac{p}{4} = \frac{36}{4} = 9 \).",
             r"The area is \( A = s^2 \), so \( A = 9^2 = 81 \).",
             r"A wrong area: \( A = 8^2 = 64 \)."]
    assert verdicts("A square has perimeter $p = 36$.", *steps) == [V, V, U]
    # a chain that ends on a letter gives no value
    steps = [r"Here \( s = \frac{p}{4} = q \).", r"So \( s^2 = 81 \)."]
    assert verdicts("Find s.", *steps)[1] is U


def test_every_name_a_chain_equates_gets_its_number() -> None:
    # `GM = MH = GH/2 = 8`: both halves are 8, not only the last name written
    problem = (r"Isosceles triangle $FGH$ has $FG = FH = 17$ and $GH = 16$; the foot of its "
               r"altitude from $F$ is $M$.")
    steps = [r"Since $M$ is the midpoint, \( GM = MH = \frac{GH}{2} = \frac{16}{2} = 8 \).",
             r"In right triangle $FMG$: \[ FG^2 = GM^2 + FM^2 \]",
             r"Substituting: \[ 17^2 = 8^2 + FM^2 \]"]
    assert verdicts(problem, *steps)[2] is V
    steps[2] = r"Substituting: \[ 17^2 = 9^2 + FM^2 \]"  # the wrong half
    assert verdicts(problem, *steps)[2] is U
    # letters: `x = y = \frac{10}{2} = 5`, then a formula in x
    steps = [r"By symmetry \( x = y = \frac{10}{2} = 5 \).", r"So \( 3x + 1 = 3(5) + 1 \)."]
    assert verdicts("Find x and y with x + y = 10 and x = y.", *steps)[1] is V
    steps[1] = r"So \( 3x + 1 = 3(6) + 1 \)."
    assert verdicts("Find x and y with x + y = 10 and x = y.", *steps)[1] is U
    # a chain whose middle is no bare name gives the name before it only
    steps = [r"Here \( p = 2q = \frac{12}{2} = 6 \).", r"Then \( q + 1 = 6 + 1 \)."]
    assert verdicts("Find p and q.", *steps)[1] is U
