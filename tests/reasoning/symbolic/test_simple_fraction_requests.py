"""A value asked 'as a simple fraction' or 'as a fraction in lowest terms', the expression
before or after the request (our own problems); a request for another form declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 1/6 + 1/12 + 1/20 = 10/60 + 5/60 + 3/60
    (r"Express $\frac{1}{2 \cdot 3} + \frac{1}{3 \cdot 4} + \frac{1}{4 \cdot 5}$ as a simple "
     r"fraction.", r"\frac{3}{10}"),
    (r"Write $\frac{2}{9} + \frac{5}{12}$ as a fraction in lowest terms.", r"\frac{23}{36}"),
    (r"Express the following as a simple fraction in simplest form: "
     r"$\frac{3}{8} - \frac{1}{6}$.", r"\frac{5}{24}"),
    (r"Please write the following difference as a simple fraction in lowest terms. "
     r"$$\frac{7}{10} - \frac{1}{15}$$", r"\frac{19}{30}"),
])
def test_simple_fraction_requests(problem: str, answer: str) -> None:
    assert_solved(problem, answer)



def test_another_form_than_a_fraction_declines() -> None:
    # "a fraction of its square" is no form of an answer
    assert solve_now(r"Express the following as a fraction of its square: "
                     r"$\frac{3}{8} - \frac{1}{6}$.").answer is None
