"""The constant that makes an equation in vectors hold for all vectors (our own wordings,
answers worked out by hand), and declines where no constant, or every constant, works, or
the text does not say the equation holds for all vectors."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

IDENTITIES = [
    # a x a - a x b + b x a - b x b = -2 (a x b)
    (r"There exists a scalar $k$ such that $(\mathbf{a} + \mathbf{b}) \times (\mathbf{a} - "
     r"\mathbf{b}) = k (\mathbf{a} \times \mathbf{b})$ for all vectors $\mathbf{a}$ and "
     r"$\mathbf{b}$. Find $k$.", "-2"),
    # the parallelogram law, in the plane and in space alike
    (r"There exists a number $k$ such that $\|\mathbf{a} + \mathbf{b}\|^2 + \|\mathbf{a} - "
     r"\mathbf{b}\|^2 = k (\|\mathbf{a}\|^2 + \|\mathbf{b}\|^2)$ for all vectors $\mathbf{a}$ "
     r"and $\mathbf{b}$. Find $k$.", "2"),
    # e x (e x v) = e (e . v) - v for each unit vector e: v - 3v
    (r"Find the constant $m$ such that \[\mathbf{i} \times (\mathbf{i} \times \mathbf{v}) + "
     r"\mathbf{j} \times (\mathbf{j} \times \mathbf{v}) + \mathbf{k} \times (\mathbf{k} "
     r"\times \mathbf{v}) = m \mathbf{v}\] for all vectors $\mathbf{v}$.", "-2"),
    # c = -a - b: b x c = a x b and c x a = a x b
    (r"There exists a scalar $k$ such that for any vectors $\mathbf{a},$ $\mathbf{b},$ and "
     r"$\mathbf{c}$ such that $\mathbf{a} + \mathbf{b} + \mathbf{c} = \mathbf{0},$ the "
     r"equation \[\mathbf{a} \times \mathbf{b} + \mathbf{b} \times \mathbf{c} + \mathbf{c} "
     r"\times \mathbf{a} = k (\mathbf{a} \times \mathbf{b})\] holds. Find $k.$", "3"),
    # |u|^2 + 6 u.w - |w|^2 = |u|^2 + 6 u.w + (9 + c) |w|^2
    (r"There exists a scalar $c$ so that $\mathbf{u} \cdot (\mathbf{u} + 2 \mathbf{w}) - "
     r"\mathbf{w} \cdot (\mathbf{w} - 4\mathbf{u}) = \|\mathbf{u} + 3\mathbf{w}\|^2 + c "
     r"\|\mathbf{w}\|^2$ for every vector $\mathbf{u}$ and $\mathbf{w}$. Find $c$.", "-10"),
    # (p - q) . (p + q) = |p|^2 - |q|^2, so t = 1
    (r"Find the real number $t$ such that $(\mathbf{p} - \mathbf{q}) \cdot (\mathbf{p} + "
     r"\mathbf{q}) = t \|\mathbf{p}\|^2 - \|\mathbf{q}\|^2$ for all vectors $\mathbf{p}$ and "
     r"$\mathbf{q}$.", "1"),
]


@pytest.mark.parametrize(("problem", "answer"), IDENTITIES)
def test_the_constant_of_a_vector_identity(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # b x b = 0: no constant works
    r"There exists a scalar $k$ such that $\mathbf{a} \times \mathbf{b} = k (\mathbf{b} "
    r"\times \mathbf{b})$ for all vectors $\mathbf{a}$ and $\mathbf{b}$. Find $k$.",
    # (a . b) a is not a multiple of b for all vectors
    r"There exists a scalar $k$ such that $(\mathbf{a} \cdot \mathbf{b}) \mathbf{a} = k "
    r"\mathbf{b}$ for all vectors $\mathbf{a}$ and $\mathbf{b}$. Find $k$.",
    # 0 = k 0: every constant works
    r"There exists a scalar $k$ such that $\mathbf{a} \times \mathbf{a} = k (\mathbf{b} "
    r"\times \mathbf{b})$ for all vectors $\mathbf{a}$ and $\mathbf{b}$. Find $k$.",
    # "for all vectors" unsaid
    r"There exists a scalar $k$ such that $(\mathbf{a} + \mathbf{b}) \times (\mathbf{a} - "
    r"\mathbf{b}) = k (\mathbf{a} \times \mathbf{b})$. Find $k$.",
    # a word the reader does not know
    r"There exists a scalar $k$ such that $(\mathbf{a} + \mathbf{b}) \times (\mathbf{a} - "
    r"\mathbf{b}) = k (\mathbf{a} \times \mathbf{b})$ for all nonzero vectors $\mathbf{a}$ and "
    r"$\mathbf{b}$. Find $k$.",
    # a vector in the equation that the text does not name
    r"There exists a scalar $k$ such that $\mathbf{a} \times \mathbf{w} = k (\mathbf{w} "
    r"\times \mathbf{a})$ for all vectors $\mathbf{a}$. Find $k$.",
])
def test_vector_identities_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
