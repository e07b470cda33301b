"""A triangle inscribed in a circle, the angles at its centre given: an angle at a corner is
half the angle at the centre on the same arc (`diagrams.inscribed_angles`)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _fig(corners: tuple[int, int, int], labels: str, names: str = "ABC",
         radii: bool = True) -> str:
    a, b, c = names
    pts = "".join(f"pair {n} = 5*dir({t});" for n, t in zip(names, corners, strict=True))
    spokes = f"draw(O--{a}); draw(O--{b}); draw(O--{c});" if radii else ""
    marks = "".join(f'label("${n}$",{n},dir({t}));' for n, t in zip(names, corners, strict=True))
    return (f"[asy]\npair O = (0,0); {pts}\ndraw(Circle(O,5)); draw({a}--{b}--{c}--cycle); "
            f"{spokes}\n{marks} label(\"$O$\",O,S); {labels}\n[/asy]")


# corners at -30, 80 and 200 degrees: AOB = 110, BOC = 120, COA = 130
_LABELLED = _fig((-30, 80, 200), 'label("$110^\\circ$",O,dir(25)); '
                                 'label("$120^\\circ$",O,dir(140));')


def test_two_angles_labelled_at_the_centre() -> None:
    assert_solved("Triangle $ABC$ is inscribed in a circle with center $O$, as shown. What is the "
                  f"measure of $\\angle ACB$, in degrees? {_LABELLED}", "55")


def test_the_third_angle_at_the_centre_first() -> None:
    # CA subtends 360 - 110 - 120 = 130 at the centre
    assert_solved(f"A circle centered at $O$ is circumscribed about $\\triangle ABC$ as follows: "
                  f"{_LABELLED} Find $\\angle ABC$.", "65")


def test_angles_at_the_centre_told_in_words() -> None:
    figure = _fig((10, 100, 230), "", "PQR")
    # POQ = 90, QOR = 130, so ROP = 140 and the angle at Q is 70
    assert_solved("The point $O$ is the centre of the circle circumscribed about triangle $PQR$, "
                  "with $\\angle POQ = 90^\\circ$ and $\\angle QOR = 130^\\circ$, as shown. "
                  f"What is the degree measure of $\\angle PQR$? {figure}", "70")


@pytest.mark.parametrize("problem", [
    # the centre outside the triangle (an obtuse angle at B): the arcs are not read this way
    "Triangle $ABC$ is inscribed in a circle with center $O$. What is the measure of "
    "$\\angle ACB$? " + _fig((-20, 60, 140), 'label("$80^\\circ$",O,dir(20));'),
    # the words and a label disagree about the same angle
    "Triangle $ABC$ is inscribed in a circle with center $O$ and $\\angle AOB = 100^\\circ$. "
    "What is the measure of $\\angle ACB$? " + _LABELLED,
    # one angle at the centre: the triangle is not fixed
    "Triangle $ABC$ is inscribed in a circle with center $O$. What is the measure of "
    "$\\angle BAC$? " + _fig((-30, 80, 200), 'label("$110^\\circ$",O,dir(25));'),
    # a label set at a corner, not at the centre
    "Triangle $ABC$ is inscribed in a circle with center $O$. What is the measure of "
    "$\\angle ACB$? " + _fig((-30, 80, 200), 'label("$110^\\circ$",O,dir(25)); '
                                             'label("$40^\\circ$",A,dir(170));'),
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
