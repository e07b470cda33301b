"""The typed readers of trigonometry, tried in order (see symbolic/typed.py)."""

from __future__ import annotations

from tutor.reasoning.symbolic.trigonometry.angle_shifts import read as read_angle_shift
from tutor.reasoning.symbolic.trigonometry.angle_units import read as read_angle_units
from tutor.reasoning.symbolic.trigonometry.cis_sums import read as read_cis_sum
from tutor.reasoning.symbolic.trigonometry.complex_arguments import read as read_complex_argument
from tutor.reasoning.symbolic.trigonometry.complex_root_lists import read as read_complex_roots
from tutor.reasoning.symbolic.trigonometry.dotted_products import read as read_dotted_product
from tutor.reasoning.symbolic.trigonometry.equations import read_trig_equation
from tutor.reasoning.symbolic.trigonometry.extremes import read_trig_extreme
from tutor.reasoning.symbolic.trigonometry.given_values import read_given_values
from tutor.reasoning.symbolic.trigonometry.graph_features import read_graph_feature
from tutor.reasoning.symbolic.trigonometry.identity_constants import read as read_identity_constants
from tutor.reasoning.symbolic.trigonometry.inverse_of_trig import read as read_inverse_of_trig
from tutor.reasoning.symbolic.trigonometry.inverse_trig_equations import (
    read_inverse_trig_equation,
)
from tutor.reasoning.symbolic.trigonometry.inverse_values import read as read_inverse_values
from tutor.reasoning.symbolic.trigonometry.named_function_values import (
    read as read_named_function_value,
)
from tutor.reasoning.symbolic.trigonometry.polar_circles import read as read_polar_circle
from tutor.reasoning.symbolic.trigonometry.polar_distances import read as read_polar_distance
from tutor.reasoning.symbolic.trigonometry.polar_extremes import read as read_polar_extreme
from tutor.reasoning.symbolic.trigonometry.polar_forms import read as read_polar_form
from tutor.reasoning.symbolic.trigonometry.polar_requests import read as read_polar_request
from tutor.reasoning.symbolic.trigonometry.power_root_totals import read as read_power_root_total
from tutor.reasoning.symbolic.trigonometry.reference_angles import read as read_reference_angle
from tutor.reasoning.symbolic.trigonometry.root_angles import read as read_root_angles
from tutor.reasoning.symbolic.trigonometry.root_of_unity_sums import read as read_dotted_sum
from tutor.reasoning.symbolic.trigonometry.side_relations import read as read_side_relation
from tutor.reasoning.symbolic.trigonometry.triangle_angles import read_triangle_angles
from tutor.reasoning.symbolic.trigonometry.trig_value_names import read as read_trig_value_name
from tutor.reasoning.symbolic.trigonometry.two_angle_values import read as read_two_angle_values
from tutor.reasoning.symbolic.trigonometry.unity_orders import read as read_unity_order
from tutor.reasoning.symbolic.typed import Reader

READERS: list[Reader] = [read_given_values, read_trig_equation, read_graph_feature,
                         read_trig_extreme, read_dotted_sum, read_dotted_product,
                         read_inverse_of_trig, read_inverse_values,
                         read_inverse_trig_equation, read_triangle_angles, read_cis_sum,
                         read_root_angles, read_polar_circle, read_polar_distance,
                         read_polar_extreme,
                         read_identity_constants, read_two_angle_values,
                         read_side_relation, read_angle_units, read_complex_argument,
                         read_polar_request, read_unity_order, read_trig_value_name,
                         read_polar_form, read_power_root_total, read_complex_roots,
                         read_reference_angle, read_named_function_value,
                         read_angle_shift]
