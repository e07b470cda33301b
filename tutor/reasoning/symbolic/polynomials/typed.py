"""The typed readers of intermediate algebra, tried in order (see symbolic/typed.py)."""

from __future__ import annotations

from tutor.reasoning.symbolic.geometry.conic_asymptotes import read_asymptote_hyperbola
from tutor.reasoning.symbolic.polynomials import (
    abstract_parity,
    coefficient_ratios,
    complex_equations,
    complex_unknowns,
    constant_conditions,
    division_parts,
    division_questions,
    dotted_terms,
    endless_terms,
    equation_root_counts,
    extreme_values,
    functional_equations,
    functional_pairs,
    identities,
    inequalities,
    inequalities_for_all,
    integer_additive_rules,
    other_roots,
    parabolas,
    parity,
    polynomial_values,
    recurrences,
    root_conditions,
    root_image_coefficients,
    root_kind_sums,
    root_lists,
    root_polynomials,
    root_transforms,
    root_values,
    symmetric_numbers,
    tangent_graphs,
    vieta_questions,
)
from tutor.reasoning.symbolic.typed import Reader

READERS: list[Reader] = [vieta_questions.read, root_conditions.read, other_roots.read,
                         polynomial_values.read,
                         root_polynomials.read, root_transforms.read, root_values.read,
                         root_lists.read, root_kind_sums.read, inequalities.read, parity.read,
                         abstract_parity.read,
                         complex_equations.read, complex_equations.read_real_parts,
                         complex_unknowns.read,
                         functional_equations.read, functional_pairs.read, recurrences.read,
                         identities.read, parabolas.read, extreme_values.read,
                         division_questions.read_division, division_parts.read,
                         dotted_terms.read, endless_terms.read,
                         constant_conditions.read, tangent_graphs.read, symmetric_numbers.read,
                         root_image_coefficients.read, coefficient_ratios.read,
                         integer_additive_rules.read,
                         equation_root_counts.read, inequalities_for_all.read,
                         # a conic, read here with the other intermediate algebra readers
                         read_asymptote_hyperbola]
