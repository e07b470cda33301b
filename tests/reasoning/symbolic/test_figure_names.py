"""Figures named by symbols and said in words (`figure_names`): two segments said perpendicular
with `\\perp` (or "⊥" typed plainly) read "is perpendicular to", so the readers of a named
altitude's foot see them. Our own triangles and lengths."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.figure_names import perpendiculars_said


@pytest.mark.parametrize(("problem", "answer"), [
    # the altitude to the hypotenuse: PS^2 = 2 * 8
    (r"In right triangle $PQR$ with right angle at $P$, $\overline{PS} \perp \overline{QR}$, "
     r"$QS = 2$ and $SR = 8$. Find $PS$.", "4"),
    ("In right triangle XYZ with right angle at Y, YW ⊥ XZ, XW = 1 and WZ = 9. Find YW.", "3"),
])
def test_a_perpendicular_said_by_its_symbol(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_only_two_segments_are_said_in_words() -> None:
    assert perpendiculars_said(r"$BD \perp AC$") == "$BD$ is perpendicular to $AC$"
    assert perpendiculars_said("BD ⊥ AC") == "BD is perpendicular to AC"
    for kept in (r"$BB \perp AC$", r"$x \perp y$", r"$\vec{u} \perp \vec{v}$"):
        assert perpendiculars_said(kept) == kept


@pytest.mark.parametrize(("problem", "answer"), [
    # the vertex A typed plainly is a point of triangle ABC, not the article
    ("In right triangle ABC with right angle at A, AD is perpendicular to BC. If BD = 2 and "
     "DC = 8, find AD.", "4"),
    ("Triangle ABC has its right angle at A. The altitude from A meets BC at H. If BH = 3 and "
     "HC = 12, find AH.", "6"),
])
def test_the_vertex_a_typed_plainly(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_is_a_point_only_beside_a_figure_named_with_it() -> None:
    from tutor.reasoning.symbolic.plain_text import wrap_plain_maths

    assert "at $A$" in (wrap_plain_maths("In triangle ABC, angle at A. Find AB + 1 = 3") or "")
    assert "at A." in (wrap_plain_maths("A dog is at A. Find 2x = 4") or "")
