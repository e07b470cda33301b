"""A problem's Asymptote figure drawn for the student (diagrams.drawing), never guessed."""

from __future__ import annotations

import pytest
from matplotlib.figure import Figure

from tutor.reasoning.symbolic.diagrams.drawing import draw_figure
from tutor.reasoning.symbolic.model import Decline

KITE = """
pair P = (0,0), Q = (3,2), R = (0,6), S = (-3,2);
draw(P--Q--R--S--cycle);
draw(P--R);
fill(P--Q--R--cycle, gray);
label("$P$", P, S); label("$Q$", Q, E); label("$R$", R, N); label("$S$", S, W);
label("$6$", (0,3), W);
dot((0,2));
"""


def _axes() -> object:
    return Figure().add_subplot(111)


def test_segments_fills_dots_and_labels_are_drawn() -> None:
    ax = _axes()
    draw_figure(KITE, ax)
    texts = sorted(t.get_text() for t in ax.texts)
    assert texts == ["$6$", "$P$", "$Q$", "$R$", "$S$"]
    outline = ax.lines[0]
    assert list(zip(outline.get_xdata(), outline.get_ydata(), strict=True)) == [
        (0, 0), (3, 2), (0, 6), (-3, 2), (0, 0)]  # the closed path comes back to its start
    assert len(ax.patches) == 1  # the shaded triangle
    assert ax.get_xlim()[0] < -3 and ax.get_xlim()[1] > 3 and ax.get_ylim()[1] > 6
    assert not ax.axison


def test_labels_sit_off_their_points_in_the_direction_given() -> None:
    ax = _axes()
    draw_figure('draw((0,0)--(10,0)); label("$A$", (0,0), W); label("$B$", (10,0), N);', ax)
    a, b = sorted(ax.texts, key=lambda t: t.get_text())
    assert a.get_position()[0] < 0 and a.get_position()[1] == 0
    assert b.get_position()[0] == 10 and b.get_position()[1] > 0


@pytest.mark.parametrize("source", [
    "draw(arc((0,0), 2, 0, 90));",  # an arc keeps only its ends: its shape is not guessed
    "draw((0,0)..(1,2)..(3,0));",  # a spline
    'label("$A$", (0,0));',  # nothing drawn
])
def test_figures_that_cannot_be_drawn_faithfully_are_refused(source: str) -> None:
    with pytest.raises(ValueError):
        draw_figure(source, _axes())


def test_unreadable_asymptote_declines() -> None:
    with pytest.raises(Decline):
        draw_figure("currentprojection = orthographic(1,1,1); draw((0,0,0)--(1,1,1));", _axes())
