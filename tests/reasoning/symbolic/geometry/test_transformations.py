"""The matrix of a rotation, dilation, projection or reflection (geometry/transformations.py)
asked in more wordings: "the matrix for dilating by a factor of 5", "a 2 x 2 matrix
corresponding to the dilation ... with scale factor 7", "the matrix that rotates vectors by
90 degrees clockwise", and a power of the matrix named. Our own numbers; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Let $\mathbf{D}$ be the matrix for dilating by a factor of 5 centered at the origin. "
     r"Find $\det \mathbf{D}$.", "25"),
    (r"Let $\mathbf{D}$ be a $2 \times 2$ matrix corresponding to the dilation, centered at "
     r"the origin, with scale factor 7.  Find $\det \mathbf{D}.$", "49"),
    (r"Find the matrix that dilates vectors by a factor of $-3$ about the origin.",
     r"\begin{pmatrix} -3 & 0 \\ 0 & -3 \end{pmatrix}"),
    (r"Find the matrix that rotates vectors by $90^\circ$ clockwise about the origin.",
     r"\begin{pmatrix} 0 & 1 \\ -1 & 0 \end{pmatrix}"),
    # two reflections over one line undo each other
    (r"Let $\mathbf{R}$ be the matrix for reflecting over the vector "
     r"$\begin{pmatrix} 1 \\ 2 \end{pmatrix}.$ Find $\mathbf{R}^2.$",
     r"\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}"),
    # three quarter turns counter-clockwise
    (r"Let $\mathbf{R}$ be the matrix for rotating about the origin counter-clockwise by "
     r"$90^\circ$. Compute $\mathbf{R}^3$.", r"\begin{pmatrix} 0 & 1 \\ -1 & 0 \end{pmatrix}"),
    # a projection is idempotent: P^2 = P = v v^T / 5
    (r"Let $\mathbf{P}$ be the matrix for projecting onto the vector "
     r"$\begin{pmatrix} 2 \\ 1 \end{pmatrix}.$ Find $\mathbf{P}^2.$",
     r"\begin{pmatrix} \frac{4}{5} & \frac{2}{5} \\ \frac{2}{5} & \frac{1}{5} \end{pmatrix}"),
])
def test_transformation_matrices_in_more_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the direction of the rotation is not said
    r"Find the matrix that rotates vectors by $90^\circ$ about the origin.",
    # a power of another matrix than the one named
    r"Let $\mathbf{R}$ be the matrix for reflecting over the vector "
    r"$\begin{pmatrix} 1 \\ 2 \end{pmatrix}.$ Find $\mathbf{S}^2.$",
    # the determinant and a power at once
    r"Let $\mathbf{D}$ be the matrix for dilating by a factor of 5. Find $\det \mathbf{D}^2$.",
    # two kinds of map
    r"Find the matrix that rotates by $90^\circ$ clockwise and dilates by a factor of 2.",
])
def test_transformation_wording_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
