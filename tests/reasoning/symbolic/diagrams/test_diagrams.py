"""Problems with an Asymptote figure (our own figures and wordings): the figure is read
without eval, measured only when its coordinates are the givens, and a labelled triangle is
restated for the triangle solver with its labels as the givens (never its coordinates)."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.diagrams.asy_reader import read_figure
from tutor.reasoning.symbolic.diagrams.figure import Pair
from tutor.reasoning.symbolic.diagrams.labels import read_labels
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


def _fig(body: str) -> str:
    return "[asy]\nunitsize(0.5cm); defaultpen(linewidth(0.8));\n" + body + "\n[/asy]"


# --- the reader -------------------------------------------------------------------------

def test_reader_computes_points_exactly() -> None:
    fig = read_figure("""pair O = origin, P = dir(60), Q = rotate(90)*(2,0);
        pair F = foot(P, O, (1,0)); pair X = extension((0,0),(1,1),(0,2),(2,0));
        pair M = midpoint((0,0)--(4,6)); real s = sqrt(3)/2;
        draw(O--P--Q--cycle); draw(P--F); dot(X); dot(M); dot((s, 1/2));""")
    pts = fig.points()
    assert any(p.same(Pair(sp.Rational(1, 2), sp.sqrt(3) / 2)) for p in pts)  # dir(60)
    assert any(p.same(Pair(sp.Integer(0), sp.Integer(2))) for p in pts)  # rotate(90)*(2,0)
    assert any(p.same(Pair(sp.Rational(1, 2), sp.Integer(0))) for p in pts)  # foot
    assert any(p.same(Pair(sp.Integer(1), sp.Integer(1))) for p in pts)  # extension
    assert any(p.same(Pair(sp.Integer(2), sp.Integer(3))) for p in pts)  # midpoint
    assert any(p.same(Pair(sp.sqrt(3) / 2, sp.Rational(1, 2))) for p in pts)


def test_reader_reads_intersections_fills_and_marks() -> None:
    fig = read_figure("""pair A=(0,0), B=(4,0), C=(0,4);
        pair H = intersectionpoint(A--(4,4), B--C);
        filldraw(A--B--H--cycle, gray(0.6), black); draw(rightanglemark(B,A,C,8));
        label("$A$", A, SW); label("$4$", (A+B)/2, S);""")
    assert fig.fills and fig.fills[0][1].colour == "shade"
    assert fig.right_marks and fig.right_marks[0][1].same(Pair(sp.Integer(0), sp.Integer(0)))
    reading = read_labels(fig)
    assert reading.points["A"].same(Pair(sp.Integer(0), sp.Integer(0)))
    assert reading.lengths[0][1] == 4


@pytest.mark.parametrize("source", [
    "while(true) { draw((0,0)--(0,1)); }",                  # a loop with no count
    "pair f(real t) { return (t,t); } draw(f(1)--f(2));",   # a function of its own
    "import three; draw((0,0,0)--(1,1,1));",               # three dimensions
    "draw(unknownthing((0,0),1));",                         # a call it does not know
    "pair A = (0,0); draw(A--B);",                          # a point never given
])
def test_reader_declines_what_it_cannot_read(source: str) -> None:
    with pytest.raises(Decline):
        read_figure(source)


# --- measuring: the coordinates are the givens --------------------------------------------

def test_shaded_triangle_in_a_rectangle() -> None:
    figure = _fig("draw((0,0)--(8,0)--(8,6)--(0,6)--cycle);\n"
                  "fill((0,0)--(8,0)--(8,6)--cycle, gray(0.7));\n"
                  'label("8", (4,0), S); label("6", (8,3), E);')
    assert_solved("What is the area of the shaded region? " + figure, "24")


def test_square_with_a_white_circle_cut_out() -> None:
    figure = _fig("fill((0,0)--(10,0)--(10,10)--(0,10)--cycle, lightgray);\n"
                  "fill(Circle((5,5),3), white);\ndraw((0,0)--(10,0)--(10,10)--(0,10)--cycle);\n"
                  'draw((5,5)--(8,5)); label("$3$", (6.5,5), N); label("$10$", (5,0), S);')
    assert_solved(f"{figure}\nFind the area of the gray region. Express your answer in terms "
                  "of $\\pi$.", "100 - 9\\pi")


def test_area_of_a_named_quadrilateral_with_coordinates_written() -> None:
    figure = _fig("pair A=(0,0), B=(7,0), C=(5,4), D=(1,4);\ndraw(A--B--C--D--cycle);\n"
                  'label("$A$",A,SW); label("$B$",B,SE); label("$C$",C,NE); label("$D$",D,NW);'
                  '\nlabel("$(7,0)$", B, S); label("$(5,4)$", C, N);')
    assert_solved(f"How many square units are in the area of quadrilateral $ABCD$? {figure}",
                  "22")


def test_perimeter_of_a_named_pentagon() -> None:
    figure = _fig("pair P=(0,0), Q=(4,0), R=(4,3), S=(2,5), T=(0,3);\n"
                  "draw(P--Q--R--S--T--cycle);\n"
                  'label("$P$",P,SW); label("$Q$",Q,SE); label("$R$",R,E); label("$S$",S,N);'
                  ' label("$T$",T,W);')
    assert_solved(f"Compute the perimeter of pentagon $PQRST$. {figure}", "10 + 4\\sqrt{2}")


def test_shaded_region_made_with_filldraw_and_a_white_square() -> None:
    figure = _fig("filldraw((0,0)--(12,0)--(12,12)--(0,12)--cycle, mediumgray, black);\n"
                  "filldraw((3,3)--(9,3)--(9,9)--(3,9)--cycle, white, black);\n"
                  'label("12 cm", (6,0), S);')
    assert_solved(f"{figure} What is the area of the shaded region, in square units?", "108")


@pytest.mark.parametrize("problem", [
    # the label says 10 but the drawn side is 4: not to scale, never measured
    "What is the area of the shaded region? " + _fig(
        "fill((0,0)--(4,0)--(4,4)--(0,4)--cycle, gray);\n"
        'draw((0,0)--(4,0)--(4,4)--(0,4)--cycle); label("10", (2,0), S);'),
    # rounded coordinates (10.3923 for 6 sqrt 3)
    "What is the area of the shaded region? " + _fig(
        "fill((0,0)--(10.3923,6)--(0,12)--cycle, gray);"),
    # a number in the words: the coordinates may be a sketch
    "The square has sides of length 12. What is the area of the shaded region? " + _fig(
        "fill((0,0)--(4,0)--(4,4)--cycle, gray); draw((0,0)--(4,0)--(4,4)--(0,4)--cycle);"),
    # said not to scale
    "The figure is not drawn to scale. What is the area of the shaded region? " + _fig(
        "fill((0,0)--(4,0)--(4,4)--cycle, gray);"),
    # a white circle that pokes out of the shading
    "What is the area of the shaded region? " + _fig(
        "fill((0,0)--(6,0)--(6,6)--(0,6)--cycle, gray); fill(Circle((0,0),2), white);"),
    # a curved shaded region
    "What is the area of the shaded region? " + _fig(
        "fill((0,0)..(2,2)..(4,0)--cycle, gray);"),
    # a letter label: an unknown the words do not explain
    "What is the area of the shaded region? " + _fig(
        "fill((0,0)--(5,0)--(5,2)--cycle, gray); label(\"$x$\", (2.5,0), S);"),
])
def test_measuring_declines_when_coordinates_are_not_the_givens(problem: str) -> None:
    assert solve_now(problem).answer is None


# --- a labelled triangle: the labels are the givens ----------------------------------------

def _triangle(right_at: str, labels: str, points: str = "A=(0,0), B=(4,0), C=(0,3)") -> str:
    marks = {"A": "rightanglemark(B,A,C,8)", "B": "rightanglemark(A,B,C,8)",
             "C": "rightanglemark(A,C,B,8)"}
    return _fig(f"pair {points};\ndraw(A--B--C--cycle);\ndraw({marks[right_at]});\n"
                'label("$A$",A,SW); label("$B$",B,SE); label("$C$",C,N);\n' + labels)


def test_right_triangle_ratio_from_labels() -> None:
    figure = _triangle("A", 'label("$13$", (B+C)/2, NE); label("$5$", (A+C)/2, W);')
    assert_solved(f"What is $\\sin C$? {figure}", "\\frac{12}{13}")


def test_labels_win_over_a_sketch_not_to_scale() -> None:
    # drawn 4 by 3, labelled 8 and 15: the answer follows the labels (17), not the drawing (5)
    figure = _triangle("A", 'label("$8$", (2,0), S); label("$15$", (0,1.5), W);')
    assert_solved(f"The triangle is not drawn to scale. Find $BC$. {figure}", "17")


def test_a_trig_value_given_in_words_and_a_side_in_the_figure() -> None:
    figure = _triangle("A", 'label("$6$", A--B, S);')
    assert_solved(f"In the diagram below, $\\tan B = \\frac{{2}}{{3}}$. What is $AC$? {figure}",
                  "4")


def test_find_a_ratio_in_the_right_triangle_shown() -> None:
    figure = _triangle("C", 'label("$7$", (A+C)/2, W); label("$25$", (A+B)/2, S);',
                       "A=(0,0), B=(5,0), C=(1,2)")
    assert_solved(f"Find $\\cos A$ in the right triangle shown below. {figure}", "\\frac{7}{25}")


def test_a_cosine_with_the_label_on_the_hypotenuse() -> None:
    figure = _triangle("B", 'label("$\\sqrt{34}$", (A+C)/2, NW);', "A=(0,0), B=(3,0), C=(3,5)")
    assert_solved(f"Suppose $\\cos A = \\frac{{3\\sqrt{{34}}}}{{34}}$ in the figure. "
                  f"What is $BC$? {figure}", "5")


@pytest.mark.parametrize("problem", [
    # a number written at a corner, between two sides
    "Find $BC$. " + _triangle("A", 'label("$6$", (0.2,0.2), NE); label("$9$", (0,1.5), W);'),
    # a fourth named point: more than one triangle, and a stated AD = 3 that the drawing
    # (AD = 2 beside BC = 5) does not keep to: not to scale
    "If $AD = 3$, find $BC$. " + _fig("pair A=(0,0), B=(4,0), C=(0,3), D=(2,0);"
                                      "draw(A--B--C--cycle); draw(C--D);"
                                      " label(\"$A$\",A); label(\"$B$\",B); label(\"$C$\",C);"
                         "label(\"$D$\",D); label(\"$5$\",(2,1.5));"),
    # no right angle and only two sides: the facts do not fix the triangle
    "Find $BC$. " + _fig("pair A=(0,0), B=(4,0), C=(1,3); draw(A--B--C--cycle);"
                         "label(\"$A$\",A); label(\"$B$\",B); label(\"$C$\",C);"
                         "label(\"$4$\",(A+B)/2,S); label(\"$5$\",(A+C)/2,W);"),
])
def test_triangle_givens_decline_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


# --- the angles of a drawn polygon, labelled -------------------------------------------------

def test_triangle_angles_in_one_unknown() -> None:
    figure = _fig("pair A=(0,0), B=(5,0), C=(1.5,3); draw(A--B--C--cycle);\n"
                  'label("$3x$", A, NE); label("$x+10$", B, dir(160)); label("$50^\\circ$", C, S);')
    assert_solved(f"What is the value of $x$? {figure}", "30")


def test_right_mark_and_a_labelled_angle() -> None:
    figure = _fig("pair A=(0,0), B=(6,0), C=(0,4); draw(A--B--C--cycle);"
                  "draw(rightanglemark(B,A,C,10));\n"
                  'label("$y^\\circ$", (4.6,0.35)); label("$(2y+3)^\\circ$", (0.4,2.9));')
    assert_solved(f"In the diagram, what is the number of degrees in $y$? {figure}", "29")


def test_quadrilateral_missing_angle_at_a_named_corner() -> None:
    figure = _fig("pair A=(0,0), B=(8,0), C=(7,5), D=(1,6); draw(A--B--C--D--cycle);\n"
                  'label("$A$",A,SW); label("$B$",B,SE); label("$C$",C,NE); label("$D$",D,NW);\n'
                  'label("$85^\\circ$", B, NW); label("$95^\\circ$", C, SW);'
                  'label("$100^\\circ$", D, SE);')
    assert_solved(f"Find the measure of angle $A$, in degrees. {figure}", "80")


def test_pentagon_with_an_angle_mark_on_the_asked_corner() -> None:
    figure = _fig("pair P=(0,1), Q=(5,0), R=(7,2), S=(4,6), T=(0.5,5);\n"
                  "draw(P--Q--R--S--T--cycle); draw(anglemark(Q,P,T));\n"
                  'label("$P$",P,W); label("$120^\\circ$", shift(0,0.6)*Q);'
                  'label("$100^\\circ$", R, W); label("$110^\\circ$", shift(0,-0.7)*S);'
                  'label("$104^\\circ$", shift(0.6,-0.4)*T);')
    assert_solved(f"How many degrees are in the measure of angle $P$? {figure}", "106")


def test_labels_set_off_from_their_anchor_into_the_triangle() -> None:
    figure = _fig("pair A=origin, B=(Cos(70),Sin(70)), C=(3,0); draw(A--B--C--cycle);\n"
                  'label("$40^\\circ$", C-(0.5,-0.03), NW); label("$3x$", B+(0,-0.15), S);'
                  'label("$2x$", A+(0.2,0.02), NE);')
    assert_solved(f"What is the number of degrees in $x$? {figure}", "28")


@pytest.mark.parametrize("problem", [
    # a label outside the triangle: an exterior angle, not read as an interior one
    "What is the value of $x$? " + _fig(
        "pair A=(0,0), B=(5,0), C=(2,3); draw(A--B--C--cycle);"
        'label("$x^\\circ$", (6,0.5)); label("$70^\\circ$", A, NE); label("$60^\\circ$", C, S);'),
    # a bare number at a corner could be a length: never read as degrees
    "What is the value of $x$? " + _fig(
        "pair A=(0,0), B=(5,0), C=(2,3); draw(A--B--C--cycle);"
        'label("$x^\\circ$", B, NW); label("$70$", A, NE); label("$60^\\circ$", C, S);'),
    # a line drawn across: not one polygon
    "What is the value of $x$? " + _fig(
        "pair A=(0,0), B=(5,0), C=(2,3); draw(A--B--C--cycle); draw(C--(2,0));"
        'label("$x^\\circ$", B, NW); label("$70^\\circ$", A, NE); label("$60^\\circ$", C, S);'),
    # two unknown corners
    "What is the value of $x$? " + _fig(
        "pair A=(0,0), B=(5,0), C=(7,3), D=(1,4); draw(A--B--C--D--cycle);"
        'label("$x^\\circ$", B, NW); label("$70^\\circ$", A, NE);'),
])
def test_angle_sums_decline_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


# --- angles around one point ---------------------------------------------------------------

def test_three_rays_around_a_point() -> None:
    figure = _fig("pair O=(0,0); draw(O--dir(80)); draw(O--dir(210)); draw(O--dir(320));\n"
                  'label("$150^\\circ$", O, dir(145)); label("$x^\\circ$", O, dir(265));'
                  'label("$x^\\circ$", O, dir(20));')
    assert_solved(f"What is the value of $x$ in the figure shown? {figure}", "105")


def test_angles_on_a_straight_line_with_a_right_angle_mark() -> None:
    figure = _fig("pair V=(5,0); draw((0,0)--(10,0)); draw(V--(5,6)); draw(V--(9,4));\n"
                  "draw(rightanglemark((0,0),V,(5,6),12));\n"
                  'label("$x^\\circ$", V+(2,0.6)); label("$2x^\\circ$", V+(0.8,1.8));')
    assert_solved(f"In the diagram, what is the value of $x$? {figure}", "30")


def test_a_small_square_drawn_as_the_right_angle() -> None:
    figure = _fig("pair P=(0,0); draw(P--(6,0)); draw(P--(0,6)); draw(P--(-5,-2));"
                  "draw(P--(2,-5));\n"
                  "draw((0,0)--(0.5,0)--(0.5,0.5)--(0,0.5)--cycle);\n"
                  'label("$3x^\\circ$", P, dir(150)); label("$(2x+10)^\\circ$", P, dir(245));'
                  'label("$(x+20)^\\circ$", P, dir(325));')
    assert_solved(f"Find the value of $x$. {figure}", "40")


def test_five_rays_and_a_fractional_answer() -> None:
    figure = _fig("pair O=(0,0); draw(O--dir(0)); draw(O--dir(70)); draw(O--dir(150));"
                  "draw(O--dir(200)); draw(O--dir(290));\n"
                  'label("$70^\\circ$", O, dir(35)); label("$80^\\circ$", O, dir(110));'
                  'label("$y^\\circ$", O, dir(175)); label("$y^\\circ$", O, dir(245));'
                  'label("$2y^\\circ$", O, dir(325));')
    assert_solved(f"What is the number of degrees in $y$? {figure}", "\\frac{105}{2}")


def test_a_line_segment_named_in_the_words() -> None:
    figure = _fig("draw((-5,0)--(5,0)); draw((0,0)--(-2,4)); draw((0,0)--(3,3));\n"
                  'label("$M$",(-5,0),W); label("$N$",(5,0),E);\n'
                  'label("$40^\\circ$", (1.6,0.5)); label("$x^\\circ$", (0.2,1.4));'
                  'label("$65^\\circ$", (-1.7,0.6));')
    assert_solved(f"In the diagram, $MN$ is a line segment. What is the value of $x$? {figure}",
                  "75")


@pytest.mark.parametrize("problem", [
    # one angle around the point has no label
    "What is the value of $x$? " + _fig(
        "pair O=(0,0); draw(O--dir(0)); draw(O--dir(100)); draw(O--dir(220));"
        'label("$x^\\circ$", O, dir(50)); label("$x^\\circ$", O, dir(160));'),
    # a label pointing along a ray: which angle is meant is not clear
    "What is the value of $x$? " + _fig(
        "pair O=(0,0); draw(O--dir(0)); draw(O--dir(100)); draw(O--dir(220));"
        'label("$x^\\circ$", O, dir(50)); label("$x^\\circ$", O, dir(160));'
        'label("$100^\\circ$", O, dir(221));'),
    # a label in the reflex angle outside a triangle's corner: not read
    "What is the value of $x$? " + _fig(
        "pair A=(0,0), B=(5,0), C=(2,3); draw(A--B--C--cycle);"
        'label("$x^\\circ$", (6,0.5)); label("$70^\\circ$", A, NE); label("$60^\\circ$", C, S);'),
    # two letters: which one is asked
    "What is the value of $x$ if $y = 20$? " + _fig(
        "pair O=(0,0); draw(O--dir(0)); draw(O--dir(100)); draw(O--dir(220));"
        'label("$x^\\circ$", O, dir(50)); label("$x^\\circ$", O, dir(160));'
        'label("$y^\\circ$", O, dir(290));'),
])
def test_angles_at_a_point_decline_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


# --- angle chasing across a figure of straight lines -----------------------------------------

def test_exterior_angle_of_a_triangle_on_an_extended_base() -> None:
    figure = _fig("draw((0,0)--(14,0)); draw((0,0)--(5,7)--(10,0));\n"
                  'label("$35^\\circ$", (0,0), dir(20)); label("$80^\\circ$", (5,7), S);'
                  'label("$z^\\circ$", (10,0), dir(20));')
    assert_solved(f"In the diagram, what is the value of $z$? {figure}", "115")


def test_two_triangles_sharing_a_vertex_on_a_line() -> None:
    # a line through P with a triangle on each side; the angles at P on the line are read
    figure = _fig("draw((0,0)--(12,0)); draw((2,5)--(6,0)--(9,6)); draw((2,5)--(2,0));"
                  "draw((9,6)--(9,0));\n"
                  "draw(rightanglemark((2,5),(2,0),(6,0),10));"
                  "draw(rightanglemark((9,6),(9,0),(6,0),10));\n"
                  'label("$40^\\circ$", (2,5), dir(-75)); label("$w^\\circ$", (9,6), dir(-105));'
                  'label("$70^\\circ$", (6,0), dir(97));')
    assert_solved(f"What is the value of $w$? {figure}", "30")


def test_crossing_lines_and_a_triangle() -> None:
    figure = _fig("draw((0,0)--(10,0)); draw((1,-2)--(5,6)); draw((5,6)--(9,-2));\n"
                  'label("$65^\\circ$", (2,0), dir(30)); label("$t^\\circ$", (8,0), dir(45));'
                  'label("$55^\\circ$", (5,6), S);')
    assert_solved(f"Find the value of $t$ in the figure. {figure}", "120")


def test_two_lines_crossing_between_their_ends() -> None:
    figure = _fig("draw((-3,-1)--(3,1)); draw((-1,3)--(1,-3));\n"
                  'label("$x^\\circ$", (0,0), N); label("$50^\\circ$", (0,0), E);')
    assert_solved(f"What is the value of $x$? {figure}", "130")


def test_angles_labelled_with_expressions_in_a_triangle_on_a_line() -> None:
    figure = _fig("draw((-2,0)--(12,0)); draw((0,0)--(4,5)--(10,0));\n"
                  'label("$(3k)^\\circ$", (0,0), dir(25)); label("$(2k+10)^\\circ$", (4,5), S);'
                  'label("$110^\\circ$", (10,0), dir(80));')
    assert_solved(f"What is the value of $k$? {figure}", "20")


def test_a_perpendicular_drawn_as_a_small_square() -> None:
    figure = _fig("draw((0,0)--(10,0)); draw((3,0)--(3,6)); draw((3,6)--(8,0));\n"
                  "draw((3,0)--(3.4,0)--(3.4,0.4)--(3,0.4)--cycle);\n"
                  'label("$q^\\circ$", (3,6), dir(-80)); label("$130^\\circ$", (8,0), dir(60));')
    assert_solved(f"What is the number of degrees in $q$? {figure}", "40")


@pytest.mark.parametrize("problem", [
    # nothing fixes the letter: two unknown angles, one equation
    "What is the value of $z$? " + _fig(
        "draw((0,0)--(14,0)); draw((0,0)--(5,7)--(10,0));"
        'label("$z^\\circ$", (10,0), dir(20));'),
    # labels that contradict the angle facts (70 + 80 + 40 in one triangle)
    "What is the value of $z$? " + _fig(
        "draw((0,0)--(14,0)); draw((0,0)--(5,7)--(10,0));"
        'label("$70^\\circ$", (0,0), dir(20)); label("$80^\\circ$", (5,7), S);'
        'label("$40^\\circ$", (10,0), dir(160)); label("$z^\\circ$", (10,0), dir(20));'),
    # a label halfway between two meeting points
    "What is the value of $z$? " + _fig(
        "draw((0,0)--(14,0)); draw((0,0)--(5,7)--(10,0));"
        'label("$35^\\circ$", (5,1)); label("$80^\\circ$", (5,7), S);'
        'label("$z^\\circ$", (10,0), dir(20));'),
])
def test_angle_chase_declines_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


# --- a triangle whose corners are not named, a letter on the side asked ----------------------

def test_unnamed_right_triangle_hypotenuse_labelled_with_a_letter() -> None:
    figure = _fig("draw((0,0)--(4,0)--(0,3)--cycle); draw(rightanglemark((4,0),(0,0),(0,3),8));\n"
                  'label("$5$", (0,1.5), W); label("$12$", (2,0), S); label("$x$", (2,1.5), NE);')
    assert_solved(f"What is the value of $x$? {figure}", "13")


def test_a_leg_found_from_the_other_leg_and_the_hypotenuse() -> None:
    figure = _fig("draw((0,0)--(5,0)--(5,2)--cycle); draw(rightanglemark((0,0),(5,0),(5,2),8));\n"
                  'label("$15$", (2.5,1), NW); label("$9$", (5,1), E); label("$y$", (2.5,0), S);')
    assert_solved(f"Find $y$ in the figure. {figure}", "12")


def test_an_angle_label_and_a_leg() -> None:
    figure = _fig("draw((0,0)--(6,0)--(6,6)--cycle); draw(rightanglemark((0,0),(6,0),(6,6),8));\n"
                  'label("$45^\\circ$", (0,0), dir(22)); label("$7$", (3,0), S);'
                  'label("$h$", (3,3), NW);')
    assert_solved(f"What is the value of $h$ in the diagram? {figure}", "7\\sqrt{2}")


def test_two_angle_labels_and_a_side_by_the_law_of_sines() -> None:
    figure = _fig("pair A=(0,0), B=(6,0), C=(2,3); draw(A--B--C--cycle);\n"
                  'label("$A$",A,SW); label("$B$",B,SE); label("$C$",C,N);\n'
                  'label("$45^\\circ$", A, dir(28)); label("$60^\\circ$", B, dir(160));'
                  'label("$10$", (3,0), S); label("$m$", (4,1.5), NE);')
    assert_solved(f"What is the value of $m$? {figure}", "10\\sqrt{3} - 10")


def test_an_angle_label_with_the_hypotenuse_given() -> None:
    figure = _fig("pair P=(0,0), Q=(5,0), R=(5,3); draw(P--Q--R--cycle);"
                  "draw(rightanglemark(P,Q,R,8));\n"
                  'label("$P$",P,W); label("$Q$",Q,SE); label("$R$",R,NE);\n'
                  'label("$30^\\circ$", P, dir(12)); label("$18$", (2.5,1.5), NW);')
    assert_solved(f"Find $QR$. {figure}", "9")


@pytest.mark.parametrize("problem", [
    # the letter on a side is not what is asked
    "What is the area of the triangle? " + _fig(
        "draw((0,0)--(4,0)--(0,3)--cycle); draw(rightanglemark((4,0),(0,0),(0,3),8));"
        'label("$5$", (0,1.5), W); label("$x$", (2,1.5), NE);'),
    # points named in the words but not in the figure
    "In triangle $PQR$, what is the value of $x$? " + _fig(
        "draw((0,0)--(4,0)--(0,3)--cycle); draw(rightanglemark((4,0),(0,0),(0,3),8));"
        'label("$5$", (0,1.5), W); label("$12$", (2,0), S); label("$x$", (2,1.5), NE);'),
    # an angle label outside the triangle
    "What is the value of $x$? " + _fig(
        "draw((0,0)--(4,0)--(0,3)--cycle); draw(rightanglemark((4,0),(0,0),(0,3),8));"
        'label("$40^\\circ$", (5,0.3)); label("$12$", (2,0), S); label("$x$", (2,1.5), NE);'),
])
def test_unnamed_triangles_decline_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


# --- answers rounded as asked ---------------------------------------------------------------

def test_shaded_area_rounded_to_a_whole_number() -> None:
    figure = _fig("fill((0,0)--(8,0)--(8,8)--(0,8)--cycle, gray); fill(Circle((4,4),3), white);"
                  "\ndraw((0,0)--(8,0)--(8,8)--(0,8)--cycle);")
    assert_solved(f"What is the area of the shaded region? Round your answer to the nearest "
                  f"whole number. {figure}", "36")


def test_shaded_area_rounded_to_the_nearest_tenth() -> None:
    figure = _fig("fill((0,0)--(6,0)--(6,6)--(0,6)--cycle, gray); fill(Circle((3,3),2), white);")
    assert_solved(f"Find the area of the shaded region. Express your answer as a decimal to the "
                  f"nearest tenth. {figure}", "23.4")


def test_a_labelled_triangle_side_rounded() -> None:
    figure = _fig("draw((0,0)--(4,0)--(0,3)--cycle); draw(rightanglemark((4,0),(0,0),(0,3),8));\n"
                  'label("$5$", (0,1.5), W); label("$7$", (2,0), S); label("$x$", (2,1.5), NE);')
    assert_solved(f"What is the value of $x$? Express your answer as a decimal to the nearest "
                  f"tenth. {figure}", "8.6")


def test_a_value_exactly_halfway_is_not_rounded() -> None:
    figure = _fig("fill((0,0)--(5,0)--(5,5)--cycle, gray);"
                  "draw((0,0)--(5,0)--(5,5)--(0,5)--cycle);")
    assert solve_now(f"What is the area of the shaded region? Round your answer to the nearest "
                     f"whole number. {figure}").answer is None


# --- grids drawn with loops, a polygon named by its kind -------------------------------------

_GRID = ("int i, j;\nfor(i=0; i<=6; ++i) { for(j=0; j<=5; ++j) { dot((i,j)); } }\n"
         "for(int k=1; k<=6; k+=1) draw((k,-0.2)--(k,0.2));\n")


def test_loops_draw_a_grid_of_dots() -> None:
    fig = read_figure(_GRID)
    assert len(fig.dots) == 42 and len(fig.drawn) == 6


def test_area_of_the_pentagon_drawn_on_a_grid() -> None:
    figure = _fig(_GRID + "draw((0,0)--(4,0)--(6,2)--(3,5)--(0,3)--cycle, linewidth(2));")
    assert_solved(f"What is the number of square units in the area of the pentagon below? "
                  f"{figure}", "\\frac{41}{2}")


def test_perimeter_of_the_only_polygon_in_the_figure() -> None:
    figure = _fig(_GRID + "draw((1,1)--(5,1)--(5,4)--(1,4)--cycle);")
    assert_solved(f"Find the perimeter of the rectangle shown. {figure}", "14")


def test_area_of_a_triangle_in_a_grid_figure() -> None:
    figure = _fig(_GRID + "draw((0,0)--(6,0)--(2,5)--cycle);")
    assert_solved(f"What is the area of the triangle in the figure? {figure}", "15")


@pytest.mark.parametrize("problem", [
    # two hexagons drawn: which one
    "What is the area of the hexagon below? " + _fig(
        "draw((0,0)--(2,0)--(3,1)--(2,2)--(0,2)--(-1,1)--cycle);"
        "draw((5,0)--(7,0)--(8,1)--(7,2)--(5,2)--(4,1)--cycle);"),
    # a loop that never ends is not run
    "What is the area of the triangle below? " + _fig(
        "for(int i=0; i>=0; ++i) dot((i,0)); draw((0,0)--(4,0)--(0,3)--cycle);"),
    # a loop over a real step
    "What is the area of the triangle below? " + _fig(
        "for(real t=0; t<=1; t+=0.25) dot((t,0)); draw((0,0)--(4,0)--(0,3)--cycle);"),
])
def test_grid_figures_decline_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("asked", ["area", "perimeter"])
def test_the_measuring_step_is_a_claim_the_checker_verifies(asked: str) -> None:
    figure = ('[asy]\ndraw((-1,-2)--(5,-2)--(5,1)--(-1,3)--cycle);\nlabel("$P$",(-1,-2),SW);\n'
              'label("$Q$",(5,-2),SE);\nlabel("$R$",(5,1),NE);\nlabel("$S$",(-1,3),NW);\n[/asy]')
    problem = f"What is the {asked} of quadrilateral $PQRS$?\n{figure}"
    solution = solve_now(problem)
    assert solution.answer in ("24", "14 + 2 \\sqrt{10}")
    verdicts = check_steps(problem, [s.text for s in solution.steps])
    assert verdicts[-1].verdict is Verdict.VERIFIED
