r"""Segments of a figure with lengths found earlier (`segment_values.py`): `AB` is one
name, not the product A·B, so `AB \cdot BC = 12 \cdot 5` after `AB = 12`, `BC = 5` is a
substitution to verify. Verify only: a wrong substitution stays unchecked. Our own
variants, written for these tests."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict


def _claim(checker: ChainChecker, step: str, claim: str) -> Verdict:
    found = [c for c in checker.check(step).claims if c.claim.replace(" ", "") ==
             claim.replace(" ", "")]
    assert found, claim
    return found[0].verdict


@pytest.mark.parametrize(("problem", "step", "claim"), [
    (r"In rectangle $PQRS$, $PQ = 9$ and $QR = 4$. Find its area.",
     r"The area is \(PQ \cdot QR = 9 \cdot 4 = 36\).", r"PQ \cdot QR = 9 \cdot 4"),
    (r"Triangle $XYZ$ has a right angle at $Y$, with $XY = 8$ and $YZ = 15$.",
     r"By Pythagoras, \[ XZ = \sqrt{XY^2 + YZ^2} = \sqrt{8^2 + 15^2} = 17. \]",
     r"\sqrt{XY^2 + YZ^2} = \sqrt{8^2 + 15^2}"),
    (r"Points $D$ and $E$ lie on a line with $DE = 7$ and $EF = 3.5$.",
     r"So $DF = DE + EF = 7 + 3.5 = 10.5$.", r"DE + EF = 7 + 3.5"),
    (r"A trapezoid has bases $AB = 10$ and $CD = 6$ and height 4.",
     r"Its area is $\frac{AB + CD}{2} \times 4 = \frac{10 + 6}{2} \times 4 = 32$.",
     r"\frac{AB + CD}{2} \times 4 = \frac{10 + 6}{2} \times 4"),
    (r"Find the perimeter of square $KLMN$.",
     r"Since $KL = 2\sqrt{3}$, the perimeter is $4 \cdot KL = 8\sqrt{3}$.",
     r"4 \cdot KL = 8\sqrt{3}"),
    (r"In triangle $GHJ$, $GH = 10$ and $HJ = 4$.",
     r"The ratio is $\frac{GH}{HJ} = \frac{10}{4} = \frac{5}{2}$.",
     r"\frac{GH}{HJ} = \frac{10}{4}"),
    (r"A rectangle has $UV = 3.5$ and $VW = 2$.",
     r"Its perimeter: $2(UV + VW) = 2(3.5 + 2) = 11$.", r"2(UV + VW) = 2(3.5 + 2)"),
    (r"Chords meet inside a circle with $AE = 4$, $EB = 6$ and $CE = 3$.",
     r"By the power of the point, $AE \cdot EB = 4 \times 6 = 24$.",
     r"AE \cdot EB = 4 \times 6"),
    (r"Right triangle $RST$ has legs $RS = 5$ and $ST = 12$.",
     r"So $RS^2 + ST^2 = 25 + 144 = 169$.", r"RS^2 + ST^2 = 25 + 144"),
    (r"Segment $MN$ has $MN = \frac{9}{2}$.",
     r"Twice it is $2MN = 2 \cdot \frac{9}{2} = 9$.", r"2MN = 2 \cdot \frac{9}{2}"),
])
def test_known_segments_are_put_in(problem: str, step: str, claim: str) -> None:
    checker = ChainChecker(problem, time_limit=30)
    assert _claim(checker, step, claim) is Verdict.VERIFIED


def test_a_length_found_in_an_earlier_step_is_put_in() -> None:
    checker = ChainChecker(r"Triangle $ABC$ has $AB = 6$ and $AC = 8$ and a right angle at A.",
                           time_limit=30)
    checker.check(r"Then \( BC = \sqrt{6^2 + 8^2} = 10 \).")
    assert _claim(checker, r"So half of it is \( \frac{BC}{2} = \frac{10}{2} = 5 \).",
                  r"\frac{BC}{2} = \frac{10}{2}") is Verdict.VERIFIED


@pytest.mark.parametrize(("problem", "step", "claim"), [
    # the wrong length put in: never refuted (the name may be another figure's), unchecked
    (r"In rectangle $PQRS$, $PQ = 9$ and $QR = 4$.",
     r"The area is \(PQ \cdot QR = 9 \cdot 5\).", r"PQ \cdot QR = 9 \cdot 5"),
    # a segment with no length known stays a name
    (r"In rectangle $PQRS$, $PQ = 9$.",
     r"The area is \(PQ \cdot QR = 9 \cdot 4\).", r"PQ \cdot QR = 9 \cdot 4"),
    # a length written as a formula in another segment is no number to put in
    (r"In triangle $ABC$, $AB = 2 \cdot BC$.",
     r"So \(AB + BC = 3 \cdot 5\).", r"AB + BC = 3 \cdot 5"),
])
def test_near_misses_stay_unchecked(problem: str, step: str, claim: str) -> None:
    checker = ChainChecker(problem, time_limit=30)
    assert _claim(checker, step, claim) is Verdict.UNCHECKED

