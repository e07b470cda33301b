"""Shared helpers for the PDF export tests: build problems and read PDFs back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.step_factory import checked
from tutor.export import SolvedProblem
from tutor.verify.verdict import Verdict


def page_texts(path: Path) -> list[str]:
    """The text of every page, whitespace collapsed, as a reader would copy it."""
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]


@pytest.fixture
def read_pages() -> Callable[[Path], list[str]]:
    return page_texts


@pytest.fixture
def linear_problem() -> SolvedProblem:
    steps = (
        checked(r"Subtract 3 from both sides: $2x + 3 = 11 \Rightarrow 2x = 8$",
                   Verdict.VERIFIED, "1 claim checked", rule="subtract 3"),
        checked(r"Divide both sides by 2: $x = \frac{8}{2} = 5$",
                   Verdict.REFUTED, "8/2 = 5 is false: 8/2 = 4"),
        checked("So the answer is four, which we cannot check here.", Verdict.UNCHECKED, ""),
    )
    return SolvedProblem(
        problem=r"Solve $2x + 3 = 11$ for $x$.", steps=steps, answer="x = 4",
        title="Linear equation", backend="symbolic",
    )
