"""Every bundled practice problem is solved offline by the symbolic engine, to the set's answer.

The olympiad sets are beyond the engine; tests/problems/test_olympiad_sets.py checks them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.problems.bundled import bundled_sets
from tutor.problems.grading import answers_match
from tutor.reasoning.events import CancelToken, Done, Request

PROBLEMS = [(s.title, p) for s in bundled_sets() for p in s.problems
            if not Path(s.source).stem.startswith("olympiad_")]


@pytest.mark.parametrize(("title", "problem"), PROBLEMS,
                         ids=[f"{t}: {p.label}" for t, p in PROBLEMS])
def test_symbolic_engine_solves_bundled_problem(title: str, problem) -> None:  # noqa: ANN001
    from tutor.reasoning.registry import make_backend

    events = list(make_backend("symbolic").execute(Request(problem.text), CancelToken()))
    last = events[-1]
    assert isinstance(last, Done), f"{title}: {problem.text!r} -> {last}"
    assert last.answer and answers_match(problem.answer, last.answer), (
        f"{problem.text!r}: engine says {last.answer!r}, set says {problem.answer!r}"
    )
