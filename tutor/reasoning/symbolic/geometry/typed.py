"""Typed readers of this domain (see `tutor.reasoning.symbolic.typed`)."""

from __future__ import annotations

from functools import wraps

from tutor.reasoning.symbolic.geometry.absolute_value_regions import read_absolute_value_region
from tutor.reasoning.symbolic.geometry.angle_expressions import read_angle_expressions
from tutor.reasoning.symbolic.geometry.angle_pairs import read_angle_pairs
from tutor.reasoning.symbolic.geometry.angle_questions import read_angles
from tutor.reasoning.symbolic.geometry.angle_relations import read_angle_relations
from tutor.reasoning.symbolic.geometry.angle_sequences import read_angle_sequence
from tutor.reasoning.symbolic.geometry.arc_angles import read_inscribed_angle
from tutor.reasoning.symbolic.geometry.bounded_regions import read_bounded_region
from tutor.reasoning.symbolic.geometry.centre_angles import read_centre_angle
from tutor.reasoning.symbolic.geometry.changed_dimensions import read_changed_dimension
from tutor.reasoning.symbolic.geometry.chord_angles import read_chord_angle
from tutor.reasoning.symbolic.geometry.chord_distances import read_chord_distance
from tutor.reasoning.symbolic.geometry.chord_segment_words import read_chord_segment_words
from tutor.reasoning.symbolic.geometry.circle_axis_points import read_circle_axis
from tutor.reasoning.symbolic.geometry.circle_letters import read_circle_letters
from tutor.reasoning.symbolic.geometry.circle_overlaps import read_circle_overlap
from tutor.reasoning.symbolic.geometry.circle_points import read_circle_points
from tutor.reasoning.symbolic.geometry.clock_hand_arcs import read_clock_hand
from tutor.reasoning.symbolic.geometry.column_determinants import read_column_determinant
from tutor.reasoning.symbolic.geometry.common_tangents import read_common_tangent
from tutor.reasoning.symbolic.geometry.complements import read_complements
from tutor.reasoning.symbolic.geometry.complex_moves import read_complex_moves
from tutor.reasoning.symbolic.geometry.complex_questions import read_complex
from tutor.reasoning.symbolic.geometry.concentric_rings import read_concentric_ring
from tutor.reasoning.symbolic.geometry.cone_fill_levels import read_cone_fill
from tutor.reasoning.symbolic.geometry.cone_from_sector import read_cone_from_sector
from tutor.reasoning.symbolic.geometry.conic_foci import read_conic_foci
from tutor.reasoning.symbolic.geometry.conic_letters import read as read_conic_letters
from tutor.reasoning.symbolic.geometry.conic_questions import read_conic
from tutor.reasoning.symbolic.geometry.conversions import read_conversion
from tutor.reasoning.symbolic.geometry.converted_units import read_converted_units
from tutor.reasoning.symbolic.geometry.coordinate_images import read as read_coordinate_image
from tutor.reasoning.symbolic.geometry.coplanar_lines import read_coplanar_lines
from tutor.reasoning.symbolic.geometry.crossing_chords import read_crossing_chords
from tutor.reasoning.symbolic.geometry.curve_distances import read as read_curve_distance
from tutor.reasoning.symbolic.geometry.curve_kinds import read_curve_kind
from tutor.reasoning.symbolic.geometry.cut_off_areas import read_cut_off_area
from tutor.reasoning.symbolic.geometry.cyclic_quadrilaterals import read_cyclic_quadrilateral
from tutor.reasoning.symbolic.geometry.cylinder_windings import read_cylinder_winding
from tutor.reasoning.symbolic.geometry.determinant_facts import (
    read_determinant_facts,
    read_region_image,
)
from tutor.reasoning.symbolic.geometry.diagonal_centres import read_diagonal_centre
from tutor.reasoning.symbolic.geometry.diagonal_lengths import read_polygon_diagonals
from tutor.reasoning.symbolic.geometry.diameter_triangles import read_diameter_triangle
from tutor.reasoning.symbolic.geometry.dimension_relations import read_dimension_relation
from tutor.reasoning.symbolic.geometry.divided_spans import read_divided_spans
from tutor.reasoning.symbolic.geometry.eigenvalues import read as read_eigenvalues
from tutor.reasoning.symbolic.geometry.ellipse_axis_ends import read as read_axis_ends
from tutor.reasoning.symbolic.geometry.equal_arcs import read_equal_arcs
from tutor.reasoning.symbolic.geometry.equal_measures import read_equal_measures
from tutor.reasoning.symbolic.geometry.equal_volume_changes import read_equal_volume_change
from tutor.reasoning.symbolic.geometry.exterior_angles import read_exterior_angle
from tutor.reasoning.symbolic.geometry.face_angle_tetrahedra import read_face_angle_tetrahedron
from tutor.reasoning.symbolic.geometry.figure_constructions import read_figure_construction
from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit_in
from tutor.reasoning.symbolic.geometry.figure_questions import read_figure
from tutor.reasoning.symbolic.geometry.filled_solids import read_filled_solid
from tutor.reasoning.symbolic.geometry.focal_sums import read as read_focal_sum
from tutor.reasoning.symbolic.geometry.frustums import read_frustum
from tutor.reasoning.symbolic.geometry.great_circles import read_great_circle
from tutor.reasoning.symbolic.geometry.hypotenuse_segments import read_hypotenuse_segments
from tutor.reasoning.symbolic.geometry.incircle_touch_points import (
    read_incircle_touch_point,
    read_right_triangle_inradius,
)
from tutor.reasoning.symbolic.geometry.included_angles import read_included_angle
from tutor.reasoning.symbolic.geometry.inradius_areas import read_inradius_area
from tutor.reasoning.symbolic.geometry.integer_triangles import read_integer_triangles
from tutor.reasoning.symbolic.geometry.intersections import read_intersection
from tutor.reasoning.symbolic.geometry.isosceles_stories import read_isosceles_story
from tutor.reasoning.symbolic.geometry.isosceles_trapezoids import read_isosceles_trapezoid
from tutor.reasoning.symbolic.geometry.labelled_figures import read_labelled_figures
from tutor.reasoning.symbolic.geometry.layer_volumes import read_layer_volume
from tutor.reasoning.symbolic.geometry.letter_determinants import read_letter_determinant
from tutor.reasoning.symbolic.geometry.line_questions import read_line
from tutor.reasoning.symbolic.geometry.linear_maps import read_linear_map
from tutor.reasoning.symbolic.geometry.matrix_axes import read_matrix_axis
from tutor.reasoning.symbolic.geometry.matrix_kinds import read_matrix_kind
from tutor.reasoning.symbolic.geometry.matrix_maps import read_matrix_map
from tutor.reasoning.symbolic.geometry.matrix_powers import read_matrix_power
from tutor.reasoning.symbolic.geometry.matrix_relations import read_matrix_relations
from tutor.reasoning.symbolic.geometry.matrix_unknowns import read_matrix_unknowns
from tutor.reasoning.symbolic.geometry.median_relations import read_median_relations
from tutor.reasoning.symbolic.geometry.midpoint_figures import read_midpoint_figure
from tutor.reasoning.symbolic.geometry.named_altitude_feet import read_named_altitude_foot
from tutor.reasoning.symbolic.geometry.named_angles import read_named_angle
from tutor.reasoning.symbolic.geometry.named_similar import read_named_similar
from tutor.reasoning.symbolic.geometry.named_vector_equations import read_named_vector_equation
from tutor.reasoning.symbolic.geometry.nearest_points import read_nearest_points
from tutor.reasoning.symbolic.geometry.opposite_sides import read_opposite_sides
from tutor.reasoning.symbolic.geometry.painted_columns import read_painted_columns
from tutor.reasoning.symbolic.geometry.parallel_cuts import read_parallel_cut
from tutor.reasoning.symbolic.geometry.parallel_plane_cuts import read_parallel_plane_cut
from tutor.reasoning.symbolic.geometry.parametric_curves import read as read_parametric_curve
from tutor.reasoning.symbolic.geometry.parametric_lengths import read as read_parametric_length
from tutor.reasoning.symbolic.geometry.plane_conditions import read_plane_conditions
from tutor.reasoning.symbolic.geometry.planes import read_plane
from tutor.reasoning.symbolic.geometry.point_moves import read_point_moves
from tutor.reasoning.symbolic.geometry.point_questions import read_points
from tutor.reasoning.symbolic.geometry.point_unknowns import read_point_unknowns
from tutor.reasoning.symbolic.geometry.polygon_angle_sums import read_polygon_angles
from tutor.reasoning.symbolic.geometry.polygon_vertices import read_vertices
from tutor.reasoning.symbolic.geometry.polygon_walks import read_polygon_walk
from tutor.reasoning.symbolic.geometry.polyhedron_diagonals import read_polyhedron_diagonals
from tutor.reasoning.symbolic.geometry.polyhedron_parts import read_polyhedron_parts
from tutor.reasoning.symbolic.geometry.projection_facts import read_projection_facts
from tutor.reasoning.symbolic.geometry.reading import without_square_units
from tutor.reasoning.symbolic.geometry.regular_angle_relations import read_regular_angle_relation
from tutor.reasoning.symbolic.geometry.related_dimensions import read_related_dimensions
from tutor.reasoning.symbolic.geometry.right_angle_stories import read_right_angle_story
from tutor.reasoning.symbolic.geometry.right_corner_pyramids import read_right_corner_pyramid
from tutor.reasoning.symbolic.geometry.right_triangle_cases import read_right_triangle_cases
from tutor.reasoning.symbolic.geometry.right_triangle_ratios import read_right_triangle_ratio
from tutor.reasoning.symbolic.geometry.right_triangle_relations import (
    read_right_triangle_relations,
)
from tutor.reasoning.symbolic.geometry.scaled_capacities import read_scaled_capacity
from tutor.reasoning.symbolic.geometry.scaled_solid_values import read_scaled_solid_value
from tutor.reasoning.symbolic.geometry.shadow_heights import read_shadow_heights
from tutor.reasoning.symbolic.geometry.side_expressions import read_side_expressions
from tutor.reasoning.symbolic.geometry.similar_area_lengths import read_similar_area_lengths
from tutor.reasoning.symbolic.geometry.similar_figures import read_similar
from tutor.reasoning.symbolic.geometry.similar_ratios import read_similar_ratio
from tutor.reasoning.symbolic.geometry.similar_sides import read_similar_sides
from tutor.reasoning.symbolic.geometry.solid_counts import read_solid_counts
from tutor.reasoning.symbolic.geometry.solid_pieces import read_solid_pieces
from tutor.reasoning.symbolic.geometry.solid_questions import read_solids
from tutor.reasoning.symbolic.geometry.solid_units_needed import read_solid_units_needed
from tutor.reasoning.symbolic.geometry.span_unknowns import read as read_span_unknown
from tutor.reasoning.symbolic.geometry.sphere_equations import read as read_sphere_equation
from tutor.reasoning.symbolic.geometry.spinner_sectors import read_spinner_sector
from tutor.reasoning.symbolic.geometry.square_arc_regions import read_square_arc_region
from tutor.reasoning.symbolic.geometry.tangent_angles import read_tangent_angle
from tutor.reasoning.symbolic.geometry.tangent_circle_triples import read_tangent_circle_triple
from tutor.reasoning.symbolic.geometry.tangent_lengths import read_tangent_length
from tutor.reasoning.symbolic.geometry.tangent_secants import read_tangent_secant
from tutor.reasoning.symbolic.geometry.tangential_quadrilaterals import (
    read_tangential_quadrilateral,
)
from tutor.reasoning.symbolic.geometry.tangential_trapezoids import read_tangential_trapezoid
from tutor.reasoning.symbolic.geometry.tetrahedron_volumes import read as read_tetrahedron
from tutor.reasoning.symbolic.geometry.third_side import read_third_side
from tutor.reasoning.symbolic.geometry.transformations import read_transformation
from tutor.reasoning.symbolic.geometry.transversal_angles import read_transversal_angle
from tutor.reasoning.symbolic.geometry.triangle_angle_roles import read_triangle_angle_roles
from tutor.reasoning.symbolic.geometry.triangle_by_angles import read_triangle_by_angles
from tutor.reasoning.symbolic.geometry.triangle_measures import read_triangle_measure
from tutor.reasoning.symbolic.geometry.triangle_side_angles import read_triangle_side_angle
from tutor.reasoning.symbolic.geometry.triangle_sides import read_triangle_sides, read_two_triangles
from tutor.reasoning.symbolic.geometry.triangle_solver import read_triangle
from tutor.reasoning.symbolic.geometry.triangle_tests import read as read_triangle_test
from tutor.reasoning.symbolic.geometry.triangular_prisms import read_triangular_prism
from tutor.reasoning.symbolic.geometry.turned_conics import read as read_turned_conic
from tutor.reasoning.symbolic.geometry.two_figures import read_two_figures
from tutor.reasoning.symbolic.geometry.two_sphere_distances import read as read_sphere_gaps
from tutor.reasoning.symbolic.geometry.vector_conditions import read_vector_conditions
from tutor.reasoning.symbolic.geometry.vector_cross_known import read_known_cross
from tutor.reasoning.symbolic.geometry.vector_equations import read_vector_equation
from tutor.reasoning.symbolic.geometry.vector_gram import read_vector_gram
from tutor.reasoning.symbolic.geometry.vector_identities import read_vector_identity
from tutor.reasoning.symbolic.geometry.vector_lines import read_vector_line
from tutor.reasoning.symbolic.geometry.vector_norm_equations import read as read_vector_norm
from tutor.reasoning.symbolic.geometry.vector_questions import read_vectors
from tutor.reasoning.symbolic.geometry.vector_unknowns import read_vector_unknowns
from tutor.reasoning.symbolic.geometry.vertex_centroids import read_vertex_centroid
from tutor.reasoning.symbolic.geometry.vertex_triangle_lengths import read_vertex_triangle_length
from tutor.reasoning.symbolic.geometry.vertex_unknowns import read_vertex_unknown
from tutor.reasoning.symbolic.geometry.wheel_revolutions import read_wheel_revolutions
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import Reader

_READERS: list[Reader] = [
    read_triangle_test,
    read_points, read_point_unknowns, read_line, read_vectors, read_conversion, read_conic,
    read_turned_conic, read_coordinate_image, read_eigenvalues, read_span_unknown,
    read_vertices, read_triangle_sides, read_figure, read_complex, read_angles, read_transformation,
    read_vector_unknowns, read_coplanar_lines, read_point_moves, read_circle_points, read_plane,
    read_intersection,
    read_triangle, read_curve_kind, read_linear_map, read_named_angle, read_vector_line,
    read_matrix_unknowns, read_matrix_relations, read_matrix_map, read_letter_determinant,
    read_complex_moves, read_vector_equation, read_named_vector_equation, read_vector_identity,
    read_right_angle_story, read_third_side, read_bounded_region, read_solids, read_similar,
    read_named_similar, read_isosceles_story, read_two_triangles, read_diagonal_centre,
    read_angle_relations, read_complements,
    read_vector_gram, read_conic_foci, read_conic_letters, read_focal_sum, read_axis_ends,
    read_triangle_measure,
    read_integer_triangles, read_polygon_angles, read_triangle_by_angles,
    read_right_triangle_relations, read_vector_conditions, read_determinant_facts,
    read_column_determinant,
    read_region_image, read_matrix_power, read_median_relations, read_projection_facts,
    read_vector_norm, read_similar_sides, read_known_cross, read_angle_pairs,
    read_nearest_points, read_curve_distance, read_right_triangle_cases, read_solid_counts,
    read_solid_units_needed,
    read_polyhedron_parts, read_chord_distance,
    read_circle_letters, read_plane_conditions, read_matrix_axis, read_matrix_kind,
    read_two_figures, read_labelled_figures, read_included_angle, read_vertex_unknown,
    read_dimension_relation,
    read_changed_dimension, read_tetrahedron, read_sphere_gaps, read_shadow_heights,
    read_cone_from_sector, read_common_tangent, read_chord_segment_words,
    read_tangent_length, read_inscribed_angle, read_tangent_angle,
    read_concentric_ring, read_circle_overlap, read_cone_fill,
    read_equal_measures, read_similar_ratio, read_vertex_triangle_length,
    read_isosceles_trapezoid, read_related_dimensions, read_polygon_diagonals,
    read_parametric_length, read_parametric_curve, read_parallel_cut, read_side_expressions,
    read_wheel_revolutions, read_painted_columns, read_sphere_equation,
    read_absolute_value_region, read_triangle_angle_roles, read_clock_hand,
    read_vertex_centroid, read_circle_axis, read_crossing_chords,
    read_tangent_secant, read_midpoint_figure, read_spinner_sector,
    read_inradius_area, read_similar_area_lengths, read_converted_units,
    read_angle_expressions, read_regular_angle_relation, read_triangular_prism,
    read_triangle_side_angle, read_chord_angle, read_scaled_solid_value, read_filled_solid,
    read_layer_volume, read_hypotenuse_segments, read_transversal_angle,
    read_exterior_angle, read_cyclic_quadrilateral, read_diameter_triangle, read_opposite_sides,
    read_angle_sequence, read_centre_angle, read_figure_construction, read_divided_spans,
    read_right_triangle_ratio, read_equal_arcs, read_solid_pieces,
    read_polygon_walk, read_great_circle, read_parallel_plane_cut,
    read_named_altitude_foot, read_frustum, read_square_arc_region,
    read_tangent_circle_triple, read_polyhedron_diagonals, read_right_corner_pyramid,
    read_face_angle_tetrahedron, read_equal_volume_change, read_incircle_touch_point,
    read_right_triangle_inradius, read_tangential_quadrilateral, read_tangential_trapezoid,
    read_scaled_capacity, read_cylinder_winding, read_cut_off_area,
]

# Readers that convert between units themselves; every other geometry reader reads its
# lengths as numbers, so a measure given in one unit and asked in another (feet and inches,
# cm and mm) would come out in the wrong unit: they decline first (`one_unit_in`).
_CONVERTING: frozenset[Reader] = frozenset({
    read_conversion, read_converted_units, read_wheel_revolutions, read_layer_volume,
    read_clock_hand})


def _in_one_unit(reader: Reader) -> Reader:
    """The reader, declining when two units of length are used. "square" is no filler word
    (`reading.COMMON`): a reader that does not read "square feet" as an area unit itself is
    given the text again with "square units" read as "units" (the word "square" left is a
    figure)."""
    @wraps(reader)
    def read(split: Split, template: str) -> Result | None:
        one_unit_in(template)
        plain = without_square_units(template)
        if plain == template:
            return reader(split, template)
        why: Decline | None = None
        try:
            first = reader(split, template)
        except Decline as exc:
            first, why = None, exc
        if first is not None:
            return first
        second = reader(split, plain)
        if second is None and why is not None:
            raise why
        return second
    return read


READERS: list[Reader] = [r if r in _CONVERTING else _in_one_unit(r) for r in _READERS]
