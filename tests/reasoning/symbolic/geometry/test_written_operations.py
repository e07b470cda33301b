"""A question that names its operation in words ("the determinant of", "the inverse of", "the
length of", "the cross product of"): the step's claim writes the operation, so a student never
reads a matrix said to equal a number, and the checker confirms the claim on its own."""

from __future__ import annotations

import pytest

from tutor.problems.step import Step
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.geometry.written_operations import one_matrix, written
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "answer", "says"), [
    ("determinant of [[5, 1], [2, 3]]", "13", "\\det \\begin{pmatrix} 5 & 1 \\\\ 2 & 3"),
    ("inverse of [[3, 1], [5, 2]]", "\\begin{pmatrix} 2 & -1 \\\\ -5 & 3 \\end{pmatrix}",
     "\\end{pmatrix}^{-1} = "),
    ("What is the magnitude of $\\begin{pmatrix} 5 \\\\ 12 \\end{pmatrix}$?",
     "13", "\\left\\| \\begin{pmatrix} 5 \\\\ 12 \\end{pmatrix} \\right\\| = 13"),
    ("Find the cross product of $\\begin{pmatrix} 2 \\\\ 0 \\\\ 1 \\end{pmatrix}$ and "
     "$\\begin{pmatrix} 1 \\\\ 3 \\\\ 0 \\end{pmatrix}$.",
     "\\begin{pmatrix} -3 \\\\ 1 \\\\ 6 \\end{pmatrix}", " \\times "),
])
def test_the_claim_names_the_operation_and_is_verified(problem: str, answer: str,
                                                       says: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is not None and sol.answer.replace(" ", "") == answer.replace(" ", "")
    texts = [Step(s.text, latex=s.latex or None).check_text for s in sol.steps]
    assert any(says in t for t in texts), texts
    verdicts = check_steps(problem, texts)
    assert [v.verdict for v in verdicts] == [Verdict.VERIFIED] * len(texts), texts


def test_operands_are_bracketed_unless_one_matrix_or_one_name() -> None:
    m = "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}"
    assert written("det", [m]) == f"\\det {m}"
    assert written("inverse", ["A"]) == "A^{-1}"
    assert written("inverse", ["2A"]) == "\\left(2A\\right)^{-1}"
    assert written("times", ["\\mathbf{a}", "\\mathbf{b} + \\mathbf{c}"]) == \
        "\\mathbf{a} \\times \\left(\\mathbf{b} + \\mathbf{c}\\right)"
    assert written("proj", ["\\mathbf{v}", "\\mathbf{w}"]) == \
        "\\operatorname{proj}_{\\mathbf{w}} \\mathbf{v}"
    assert written("angle", ["\\mathbf{v}", "\\mathbf{w}"]) is None
    assert one_matrix(m) and not one_matrix(f"{m} {m}")
