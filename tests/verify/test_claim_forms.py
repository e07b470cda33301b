"""Claim forms read since stop 15: a relation inside `\\boxed{}`, an equation number
`\\tag{2}`, the letter i as the imaginary unit next to other letters, and values found
earlier put into a claim only the broad reader reads. Our own variants."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.claims import extract_claims
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdicts(problem: str, *steps: str) -> list[Verdict]:
    checker = ChainChecker(problem, time_limit=10)  # the first parse imports the reader
    return [checker.check(step).verdict for step in steps]


def test_a_boxed_relation_is_a_claim() -> None:
    claims = extract_claims("Therefore, \\(\\boxed{p + q = 11}\\).")
    assert [(c.lhs, c.rhs) for c in claims] == [("p + q", "11")]
    assert verdicts("Solve $3y - 4 = 11$.", "So \\(3y = 15\\).", "Thus $\\boxed{y = 5}$.") \
        == [V, V]
    assert verdicts("Solve $3y - 4 = 11$.", "Thus $\\boxed{y = 6}$.") == [R]
    assert extract_claims("The answer is $\\boxed{\\frac{3}{4}}$.") == []


def test_an_equation_number_is_not_part_of_the_equation() -> None:
    claims = extract_claims("\\[ 2a + b = 9. \\tag{2} \\]")
    assert [(c.lhs, c.rhs) for c in claims] == [("2a + b", "9")]


def test_i_is_the_imaginary_unit_beside_other_letters() -> None:
    steps = ["Its modulus is \\( |5 - 2i| = \\sqrt{5^2 + 2^2} = \\sqrt{29} \\).",
             "In general \\( |a + ci| = \\sqrt{a^2 + c^2} \\).",
             "By Euler, \\( e^{i\\psi} = \\cos\\psi + i\\sin\\psi \\)."]
    assert verdicts("Complex numbers.", *steps) == [V, V, V]
    assert verdicts("Complex numbers.", "So \\( |5 - 2i| = \\sqrt{21} \\).",
                    "And \\( e^{i\\psi} = \\cos\\psi - i\\sin\\psi \\).") == [U, U]


def test_values_found_earlier_reach_claims_the_broad_reader_reads() -> None:
    steps = ["The common ratio is \\(r = -4\\).",
             "From \\(b_1 r = 12\\) we get \\[ b_1 (-4) = 12 \\] so \\(b_1 = -3\\)."]
    # `b_1 r = 12` is set up from the words, so the step stays partly checked
    assert verdicts("A geometric sequence has second term 12.", *steps)[1] is U
    checker = ChainChecker("A geometric sequence has second term 12.", time_limit=10)
    checker.check(steps[0])
    claims = checker.check(steps[1]).claims
    assert [c.verdict for c in claims[1:]] == [V, V]
    wrong = ChainChecker("A geometric sequence.", time_limit=10)
    wrong.check(steps[0])
    assert wrong.check("From \\(b_1 r = 12\\) we get \\[ b_1 (-4) = -12 \\]").claims[1].verdict \
        is U


def test_a_law_of_exponents_holds_for_positive_bases() -> None:
    steps = ["By the rule \\(y^{p/q} = \\sqrt[q]{y^p}\\) this is a root.",
             "So \\(\\left(\\frac{u}{w}\\right)^k \\cdot \\left(\\frac{w}{u}\\right)^k = "
             "\\left(\\frac{u}{w} \\cdot \\frac{w}{u}\\right)^k\\)."]
    assert verdicts("Powers.", *steps) == [V, V]
    # a wrong law is not verified; `\sqrt{y^2} = y` has no letter for an exponent
    assert verdicts("Powers.", "So \\(y^{p/q} = \\sqrt[p]{y^q}\\).", "So \\(\\sqrt{y^2} = y\\).") \
        == [U, U]


def test_matrices_and_determinants_are_compared_entry_by_entry() -> None:
    product = ("\\[ \\begin{pmatrix} 2 & 1 \\\\ 0 & 3 \\end{pmatrix} \\begin{pmatrix} 1 \\\\ 4 "
               "\\end{pmatrix} = \\begin{pmatrix} 6 \\\\ 12 \\end{pmatrix} \\]")
    determinant = ("So $\\begin{vmatrix} 5 & 2 \\\\ 1 & 3 \\end{vmatrix} = 5 \\cdot 3 - 2 \\cdot 1"
                   " = 13$.")
    combination = ("\\[ 3\\begin{pmatrix} 1 \\\\ -2 \\end{pmatrix} - \\begin{pmatrix} 4 \\\\ 1 "
                   "\\end{pmatrix} = \\begin{pmatrix} -1 \\\\ -7 \\end{pmatrix} \\]")
    assert verdicts("Matrices.", product, determinant, combination) == [V, V, V]
    claims = extract_claims(product)
    assert len(claims) == 1 and claims[0].rhs.endswith("\\end{pmatrix}")
    # a wrong entry is never verified (the broad reader only verifies)
    wrong = product.replace("12", "11")
    assert ChainChecker("Matrices.", time_limit=10).check(wrong).verdict is U


def test_a_value_tested_or_a_case_taken_is_a_supposition() -> None:
    for step in ["Testing \\(y = -3\\): \\(2(-3) + 6 = 0\\).",
                 "Now take the case where $m = 12$: $12 \\cdot 2 = 24$.",
                 "Checking $y = 2$: $2^2 - 4 = 0$."]:
        claims = extract_claims(step)
        assert claims[0].supposed and not any(c.supposed for c in claims[1:])
    assert verdicts("Find the roots.", "Testing \\(y = -3\\): \\(2(-3) + 6 = 0\\).") == [V]


def test_an_equation_in_degrees_is_rewritten_in_its_numbers_of_degrees() -> None:
    steps = ["The angles add up: $2y + 35^\\circ + 45^\\circ = 180^\\circ$.",
             "So $2y + 80^\\circ = 180^\\circ$, hence $y = 50^\\circ$."]
    assert verdicts("A triangle.", *steps) == [U, V]
    assert verdicts("A triangle.", steps[0], "So $y = 55^\\circ$.") == [U, U]


def test_vietas_formulas_are_checked_against_the_problems_polynomial() -> None:
    problem = "Let $p$, $q$, $w$ be the roots of $2z^3 - 8z^2 + 6z + 10 = 0$."
    step = "By Vieta, \\(p + q + w = 4\\), \\(pq + pw + qw = 3\\) and \\(pqw = -5\\)."
    result = ChainChecker(problem, time_limit=10).check(step)
    assert result.verdict is V and "Vieta" in result.claims[0].reason
    # a wrong sign is not verified; two names for a cubic are not all of its roots
    assert verdicts(problem, "So \\(p + q + w = -4\\).", "And \\(p + q = 4\\).") == [U, U]


def test_numerals_in_a_base_are_read_as_their_numbers() -> None:
    steps = ["\\( 213_4 = 2 \\cdot 4^2 + 1 \\cdot 4 + 3 = 39_{10} \\).",
             "And \\(1101_2 = 13\\), \\((52)_7 = 37\\)."]
    assert verdicts("Convert to base ten.", *steps) == [V, V]
    # a slip is not verified (nor refuted: the reading of `_4` is ours); `a_4` is a name
    assert verdicts("Convert.", "So \\(213_4 = 40\\).", "So \\(a_4 = 39\\).") == [U, U]


def test_capitals_written_together_name_one_segment() -> None:
    problem = "In right triangle $PQR$, $PQ = 6$ and $PR = 10$."
    steps = ["By Pythagoras, \\[ PQ^2 + QR^2 = PR^2 \\] so \\[ 6^2 + QR^2 = 10^2 \\] "
             "\\[ QR^2 = 64 \\] \\[ QR = 8 \\]",
             "We have $MN^2 = 13$, so $MN = \\sqrt{13}$."]
    checker = ChainChecker(problem, time_limit=10)
    first = checker.check(steps[0])
    assert [c.verdict for c in first.claims[1:]] == [V, V, V]
    assert checker.check(steps[1]).claims[1].verdict is V
    # a claim about a segment is never refuted: `AB^2` is A·B² to an algebra reader
    wrong = ChainChecker(problem, time_limit=10)
    wrong.check(steps[0])
    assert wrong.check("So $QR = 9$.").verdict is U
