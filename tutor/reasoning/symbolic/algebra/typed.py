"""Typed readers of this domain (see `tutor.reasoning.symbolic.typed`)."""

from __future__ import annotations

from tutor.reasoning.symbolic.algebra.assigned_numbers import read_assigned_numbers
from tutor.reasoning.symbolic.algebra.asymptote_lines import read_asymptote_line
from tutor.reasoning.symbolic.algebra.circle_equations import read_circle_equation
from tutor.reasoning.symbolic.algebra.circle_extents import read as read_circle_extent
from tutor.reasoning.symbolic.algebra.circle_standard_forms import read_circle_standard_form
from tutor.reasoning.symbolic.algebra.closest_points import read as read_closest_point
from tutor.reasoning.symbolic.algebra.completed_squares import read_completed_square
from tutor.reasoning.symbolic.algebra.complex_circle_extremes import read as read_circle_extreme
from tutor.reasoning.symbolic.algebra.complex_circle_values import read as read_circle_value
from tutor.reasoning.symbolic.algebra.complex_modulus_products import read as read_modulus_product
from tutor.reasoning.symbolic.algebra.complex_point_stories import read as read_point_story
from tutor.reasoning.symbolic.algebra.complex_values import read_complex
from tutor.reasoning.symbolic.algebra.conic_centre_letters import read as read_conic_centre
from tutor.reasoning.symbolic.algebra.conic_kinds import read as read_conic_kind
from tutor.reasoning.symbolic.algebra.conic_pairs import read as read_conic_pair
from tutor.reasoning.symbolic.algebra.cross_matrices import read as read_cross_matrix
from tutor.reasoning.symbolic.algebra.discriminants import read_discriminant
from tutor.reasoning.symbolic.algebra.equidistant_points import read as read_equidistant_point
from tutor.reasoning.symbolic.algebra.expansions import read_coefficient, read_expansion
from tutor.reasoning.symbolic.algebra.extrema import read_extremum
from tutor.reasoning.symbolic.algebra.extreme_points import read as read_extreme_point
from tutor.reasoning.symbolic.algebra.floor_intervals import read as read_floor_intervals
from tutor.reasoning.symbolic.algebra.form_constants import read_form
from tutor.reasoning.symbolic.algebra.formula_terms import read as read_formula_term
from tutor.reasoning.symbolic.algebra.function_equations import read as read_function_equation
from tutor.reasoning.symbolic.algebra.function_ranges import read_range
from tutor.reasoning.symbolic.algebra.function_values import read_function
from tutor.reasoning.symbolic.algebra.geometric_series import read_geometric_series
from tutor.reasoning.symbolic.algebra.geometric_series_facts import read as read_series_facts
from tutor.reasoning.symbolic.algebra.graph_holes import read_hole
from tutor.reasoning.symbolic.algebra.height_times import read_height_time
from tutor.reasoning.symbolic.algebra.identity_constants import read as read_identity_constants
from tutor.reasoning.symbolic.algebra.inner_arguments import read_inner_argument
from tutor.reasoning.symbolic.algebra.integer_bounds import read_integer_bound
from tutor.reasoning.symbolic.algebra.intercept_questions import read as read_intercepts
from tutor.reasoning.symbolic.algebra.intersection_counts import read as read_intersection_count
from tutor.reasoning.symbolic.algebra.inverse_identities import read as read_inverse_identity
from tutor.reasoning.symbolic.algebra.line_meets import read_line_meeting
from tutor.reasoning.symbolic.algebra.line_parameters import read as read_line_parameters
from tutor.reasoning.symbolic.algebra.line_points import read_line_points
from tutor.reasoning.symbolic.algebra.line_situations import read_line_situation
from tutor.reasoning.symbolic.algebra.listed_sequences import read_listed_sequence
from tutor.reasoning.symbolic.algebra.literal_equations import read as read_literal_equation
from tutor.reasoning.symbolic.algebra.log_combinations import read as read_log_combination
from tutor.reasoning.symbolic.algebra.logarithm_questions import read_logarithm
from tutor.reasoning.symbolic.algebra.matrix_combinations import read as read_matrix_combination
from tutor.reasoning.symbolic.algebra.midpoint_unknowns import read as read_midpoint_unknowns
from tutor.reasoning.symbolic.algebra.midpoint_vertices import read as read_midpoint_vertex
from tutor.reasoning.symbolic.algebra.nested_repeats import read as read_nested_repeat
from tutor.reasoning.symbolic.algebra.nth_terms import read as read_nth_term
from tutor.reasoning.symbolic.algebra.number_facts import number_facts
from tutor.reasoning.symbolic.algebra.number_pair_extremes import read_number_pair
from tutor.reasoning.symbolic.algebra.one_solution import read_one_solution
from tutor.reasoning.symbolic.algebra.operations import read_operation
from tutor.reasoning.symbolic.algebra.other_roots import read as read_other_root
from tutor.reasoning.symbolic.algebra.parabola_facts import read_parabola
from tutor.reasoning.symbolic.algebra.partial_fractions import read_partial_fractions
from tutor.reasoning.symbolic.algebra.partial_sum_counts import read as read_partial_sum_count
from tutor.reasoning.symbolic.algebra.peak_values import read_peak_value
from tutor.reasoning.symbolic.algebra.perfect_squares import read_perfect_square
from tutor.reasoning.symbolic.algebra.piecewise import read_piecewise
from tutor.reasoning.symbolic.algebra.plotted_lines import read as read_plotted_line
from tutor.reasoning.symbolic.algebra.power_questions import read_power_question
from tutor.reasoning.symbolic.algebra.quadratic_conditions import read_quadratic_conditions
from tutor.reasoning.symbolic.algebra.radical_forms import read_radical_form
from tutor.reasoning.symbolic.algebra.radicals import read_radicals
from tutor.reasoning.symbolic.algebra.range_conditions import read as read_range_condition
from tutor.reasoning.symbolic.algebra.root_count_questions import read as read_root_count
from tutor.reasoning.symbolic.algebra.root_fact_parameters import read_root_fact_parameter
from tutor.reasoning.symbolic.algebra.root_kind_questions import read_root_kind
from tutor.reasoning.symbolic.algebra.root_questions import read_root_question
from tutor.reasoning.symbolic.algebra.root_reality import read as read_root_reality
from tutor.reasoning.symbolic.algebra.root_reality_picks import read as read_root_reality_pick
from tutor.reasoning.symbolic.algebra.sequence_facts import sequence_facts
from tutor.reasoning.symbolic.algebra.sequence_terms import read_sequence
from tutor.reasoning.symbolic.algebra.singular_matrices import read as read_singular_matrix
from tutor.reasoning.symbolic.algebra.solution_combos import read_solution_combo
from tutor.reasoning.symbolic.algebra.solution_picks import read_solution_pick
from tutor.reasoning.symbolic.algebra.solution_sums import read_solution_sum
from tutor.reasoning.symbolic.algebra.solution_tests import read as read_solution_test
from tutor.reasoning.symbolic.algebra.solvability import read as read_solvability
from tutor.reasoning.symbolic.algebra.system_coordinates import read as read_system_coordinates
from tutor.reasoning.symbolic.algebra.system_pairs import read_system_pair
from tutor.reasoning.symbolic.algebra.tangent_lines import read as read_tangent_line
from tutor.reasoning.symbolic.algebra.targets import read_target
from tutor.reasoning.symbolic.algebra.told_roots import read as read_told_roots
from tutor.reasoning.symbolic.algebra.told_values import read as read_told_values
from tutor.reasoning.symbolic.algebra.unary_operations import read_unary_operation
from tutor.reasoning.symbolic.algebra.undefined_points import read_undefined
from tutor.reasoning.symbolic.algebra.unknown_functions import read_unknown_function
from tutor.reasoning.symbolic.algebra.variation import read_variation
from tutor.reasoning.symbolic.algebra.vector_areas import read as read_vector_area
from tutor.reasoning.symbolic.algebra.vertex_points import read_vertex_point
from tutor.reasoning.symbolic.algebra.vertex_questions import read_vertex
from tutor.reasoning.symbolic.algebra.y_intercepts import read as read_y_intercept
from tutor.reasoning.symbolic.polynomials.reciprocal_powers import read as read_reciprocal_power
from tutor.reasoning.symbolic.typed import Reader

READERS: list[Reader] = [
    read_reciprocal_power,  # before the general solve-and-substitute readers: fast for any power
    read_solution_test, read_conic_centre,
    read_operation, read_unary_operation, read_piecewise, read_function, read_integer_bound,
    read_extremum, read_extreme_point, read_assigned_numbers, read_solution_sum,
    read_solution_combo, read_form,
    read_target,
    read_circle_equation, read_circle_standard_form, read_intercepts, read_y_intercept,
    read_coefficient, read_expansion, read_sequence, read_nth_term, read_formula_term,
    read_variation, read_complex,
    read_circle_extreme, read_circle_value, read_point_story, read_conic_kind,
    read_conic_pair,
    read_modulus_product, read_inverse_identity,
    read_undefined, read_hole, read_number_pair, read_one_solution, read_tangent_line,
    read_solvability,
    read_radicals, read_vertex, read_completed_square, read_height_time, read_peak_value,
    read_log_combination,
    read_geometric_series, read_series_facts, read_nested_repeat,
    read_solution_pick, read_perfect_square, read_vertex_point, read_inner_argument,
    read_system_pair, read_system_coordinates, read_unknown_function, read_discriminant,
    read_root_question, read_equidistant_point,
    read_logarithm, read_asymptote_line, read_range, read_root_kind, read_root_reality,
    read_root_reality_pick,
    read_root_count, read_line_points, read_plotted_line, read_intersection_count,
    read_floor_intervals,
    read_partial_fractions]

# Tried after every domain's readers: a line or a parabola known by facts, lines meeting,
# a quadratic's letters fixed by conditions on its roots, unknown numbers and sequences
# told by facts or listed with letters, a number written in a radical form with letters or
# asked as a power.
LATE_READERS: list[Reader] = [read_line_situation, read_line_meeting, read_parabola,
                              read_quadratic_conditions, read_root_fact_parameter,
                              number_facts, sequence_facts,
                              read_radical_form, read_power_question, read_listed_sequence,
                              read_matrix_combination, read_line_parameters,
                              read_closest_point, read_midpoint_vertex, read_midpoint_unknowns,
                              read_vector_area,
                              read_cross_matrix, read_identity_constants,
                              read_told_values, read_told_roots, read_function_equation,
                              read_circle_extent, read_partial_sum_count, read_other_root,
                              read_singular_matrix, read_range_condition,
                              read_literal_equation]  # last: constants first
