"""Typed readers of this domain (see `tutor.reasoning.symbolic.typed`): floors, ceilings
and rounding; sums of many terms; differences and fractions asked in words; digits,
remainders and inverses of integer expressions; gcd and lcm; the least or greatest integer
with conditions; named sequences (primes, odd numbers, squares ...); statistics of listed
numbers, the length of an arithmetic list and terms of arithmetic and geometric
sequences; fractions and numerals in other bases."""

from __future__ import annotations

from tutor.reasoning.symbolic.number_theory import (
    base_equations,
    base_questions,
    base_stories,
    bases,
    congruence_questions,
    decimal_questions,
    decimals,
    divisor_questions,
    finite_sums,
    gcd_lcm,
    gcd_lcm_words,
    integer_aggregates,
    integer_asks,
    integer_questions,
    integer_sets,
    inverse_questions,
    missing_digits,
    named,
    progressions,
    remainder_words,
    residue_questions,
    rounding,
    search,
    sequences,
    value_questions,
)
from tutor.reasoning.symbolic.typed import Reader

READERS: list[Reader] = [
    rounding.read,
    finite_sums.read,
    value_questions.read,
    integer_questions.read_digits,
    integer_questions.read_remainder,
    inverse_questions.read_inverse,
    congruence_questions.read,
    congruence_questions.read_given,
    integer_questions.read_lcm,
    gcd_lcm.read,
    search.read,
    integer_sets.read,
    named.read,
    sequences.read_statistic,
    sequences.read_term_count,
    progressions.read,
    bases.read_fraction,
    bases.read_base,
    bases.read_arithmetic,
    decimals.read,
    base_questions.read,
    base_stories.read,
    base_equations.read,
    gcd_lcm_words.read,
    integer_aggregates.read,
    divisor_questions.read,
    divisor_questions.read_least,
    integer_asks.read,
    residue_questions.read_in_range,
    residue_questions.read_modular_value,
    residue_questions.read_extreme,
    decimal_questions.read,
    remainder_words.read,
    missing_digits.read,
]
