"""A complex number asked in polar form (trigonometry/polar_forms.py), and numbers written
with cis read by the complex-number questions (geometry/complex_questions.py). Our own
numbers and wordings; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_DEGREES = r"where $r > 0$ and $0^\circ \le \theta < 360^\circ$"
_RADIANS = r"with $r > 0$ and $0 \le \theta < 2 \pi$"


@pytest.mark.parametrize(("problem", "answer"), [
    # moduli multiply, angles add
    (r"Compute $(2 \operatorname{cis} 40^\circ)(3 \operatorname{cis} 50^\circ)$. Enter your "
     r"answer in the form $r \operatorname{cis} \theta,$ " + _DEGREES + r". Enter the "
     r"ordered pair $(r, \theta)$.", "(6, 90)"),
    # -8 cis 105 = 8 cis 285
    (r"The complex number $(4 \operatorname{cis} 70^\circ)(-2\operatorname{cis} 35^\circ)$ is "
     r"expressed in polar form as $r \operatorname{cis} \theta,$ " + _DEGREES + r".  Enter "
     r"the ordered pair $(r, \theta).$", "(8, 285)"),
    # a quotient: 2 cis 60
    (r"Express $\frac{6 \operatorname{cis} 100^\circ}{3 \operatorname{cis} 40^\circ}$ in polar "
     r"form $r \operatorname{cis} \theta$, " + _DEGREES + r". Enter the ordered pair "
     r"$(r, \theta)$.", "(2, 60)"),
    (r"Express $-1 - i \sqrt{3}$ in the form $re^{i \theta}$ " + _RADIANS + r". Enter the "
     r"ordered pair $(r, \theta)$.", r"\left(2, \frac{4\pi}{3}\right)"),
    (r"Write $3 - 3i$ in polar form $r(\cos \theta + i \sin \theta)$, where $r > 0$ and "
     r"$0 \le \theta < 2\pi$. Enter $(r, \theta)$.", r"\left(3\sqrt{2}, \frac{7\pi}{4}\right)"),
    # (1 + i)^5 = (sqrt 2)^5 cis 225
    (r"When $(1 + i)^5$ is written in the form $re^{i \theta}$ " + _RADIANS + r", what is "
     r"$\theta$?", r"\frac{5\pi}{4}"),
    (r"Express $2 - 2i\sqrt{3}$ in exponential form $re^{i\theta}$ " + _RADIANS + r". Find "
     r"$r$.", "4"),
    # 5i: a quarter turn, in degrees
    (r"Write $5i$ in the form $r \, \text{cis } \theta$, " + _DEGREES + r". Enter $(r, "
     r"\theta)$.", "(5, 90)"),
])
def test_a_complex_number_in_polar_form(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Convert $2 \operatorname{cis} \frac{3\pi}{4}$ to rectangular form.",
     r"-\sqrt{2} + \sqrt{2}i"),
    (r"Convert $4 \operatorname{cis} 300^\circ$ to rectangular form.", r"2 - 2\sqrt{3}i"),
    (r"What is $6 \text{cis} 150^\circ$ in rectangular form?", r"-3\sqrt{3} + 3i"),
    (r"Find the modulus of $(3 \operatorname{cis} 20^\circ)(5 \operatorname{cis} 40^\circ)$.",
     "15"),
])
def test_numbers_written_with_cis(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the range of the angle is not told
    r"Express $(1 + i)^5$ in polar form $r \operatorname{cis} \theta$. Enter $(r, \theta)$.",
    # zero has no angle
    r"Express $0$ in polar form $r \operatorname{cis} \theta$, where $r > 0$ and "
    r"$0 \le \theta < 2\pi$. Enter $(r, \theta)$.",
    # arctan 2 is not a rational multiple of pi
    r"Express $1 + 2i$ in polar form $r \operatorname{cis} \theta$, where $r > 0$ and "
    r"$0 \le \theta < 2\pi$. Enter $(r, \theta)$.",
    # r < 0: not the usual form
    r"Express $-1 - i \sqrt{3}$ in the form $re^{i \theta}$ with $r < 0$ and $0 \le \theta < "
    r"2 \pi$. Enter the ordered pair $(r, \theta)$.",
    # another range of the angle
    r"Express $-1 - i$ in the form $re^{i \theta}$ with $r > 0$ and $-\pi < \theta \le \pi$. "
    r"Enter the ordered pair $(r, \theta)$.",
    # cos 1 is not exact
    r"Convert $2 \operatorname{cis} 1$ to rectangular form.",
    # the angle of cis is not clear
    r"Express $\operatorname{cis} 30^\circ + 40^\circ$ in the form $r \operatorname{cis} "
    r"\theta,$ " + _DEGREES + r". Enter the ordered pair $(r, \theta)$.",
])
def test_polar_form_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
