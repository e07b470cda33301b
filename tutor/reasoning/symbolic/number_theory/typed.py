"""Typed readers of this domain (see `tutor.reasoning.symbolic.typed`): floors and
ceilings, digits and remainders of integer expressions, modular inverses, least common
multiples; statistics of listed numbers, the length of an arithmetic list and
terms of arithmetic and geometric sequences."""

from __future__ import annotations

from tutor.reasoning.symbolic.number_theory import (
    bases,
    finite_sums,
    integer_questions,
    named,
    progressions,
    rounding,
    search,
    sequences,
)
from tutor.reasoning.symbolic.typed import Reader

READERS: list[Reader] = [
    rounding.read,
    finite_sums.read,
    integer_questions.read_digits,
    integer_questions.read_remainder,
    integer_questions.read_inverse,
    integer_questions.read_lcm,
    search.read,
    named.read,
    sequences.read_statistic,
    sequences.read_term_count,
    progressions.read,
    bases.read_fraction,
    bases.read_base,
    bases.read_arithmetic,
]
