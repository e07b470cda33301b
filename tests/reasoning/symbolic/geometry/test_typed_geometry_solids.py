"""Solids told in words, with relations between them (`geometry.solid_questions`): equal or
scaled measures, a solid melted and recast, solids inscribed in one another, letters and
ratios, square pyramids, a box by the areas of three faces, solids changed ("its radius is
doubled"), things shaped like solids (a cylindrical can), plane figures related the same way
(a circle inscribed in a square). Our own problems in several
wordings (answers worked out by hand, in the comments), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

RELATED = [
    # 6^3 = 216 = 4 * 9 * h
    ("A cube with edges of length six centimeters has the same volume as a rectangular box "
     "that is $4$ cm long and $9$ cm wide. How tall is the box?", "6"),
    # 4/3 pi 27 = 36 pi = 9 pi h
    ("A sphere of radius 3 has the same volume as a cylinder of radius 3. What is the height "
     "of the cylinder?", "4"),
    # 1/3 pi 16 * 9 = 48 pi = 4 pi h
    ("A cone with radius 4 and height 9 is melted and recast into a cylinder of radius 2. "
     "Find the height of the cylinder.", "12"),
    # volume 8 * 8 = 64: edge 4, surface 6 * 16
    ("Cube $A$ has edge length 2 and cube $B$ has 8 times the volume of cube $A$. What is the "
     "surface area of cube $B$?", "96"),
    # r^2 = 72/8 = 9; 1/3 pi 9 * 4
    ("A cylinder has a volume of $72\\pi$ and a height of 8. A cone has the same radius as the "
     "cylinder and a height of 4. What is the volume of the cone?", "12\\pi"),
    # 2 * 4/3 pi 125
    ("A sphere has twice the volume of a sphere of radius 5. What is the volume of the first "
     "sphere? Express your answer in terms of $\\pi$.", "\\frac{1000\\pi}{3}"),
    # 64 = 36 h / 3
    ("A square pyramid whose base edge is 6 has the same volume as a cube with edge length 4. "
     "Find the height of the pyramid.", "\\frac{16}{3}"),
]

INSCRIBED = [
    # r = 5
    ("A sphere is inscribed in a cube with edge length 10 inches. What is the volume of the "
     "sphere, in cubic inches? Express your answer in terms of $\\pi$.", "\\frac{500\\pi}{3}"),
    # s sqrt3 = 4 sqrt3
    ("A cube is inscribed in a sphere of radius $2\\sqrt{3}$. Find the volume of the cube.",
     "64"),
    # r = 3, inner cube s sqrt3 = 6
    ("A sphere is inscribed in a cube whose edges are 6 cm long. A second cube is inscribed in "
     "the sphere. What is the volume of the inscribed cube?", "24\\sqrt{3}"),
    # s = 8
    ("A cube is circumscribed about a sphere of diameter 8. What is the surface area of the "
     "cube?", "384"),
    # 4/3 pi r^3 / (pi r^2 2r)
    ("A sphere is inscribed in a cylinder. What is the ratio of the volume of the sphere to "
     "the volume of the cylinder?", "\\frac{2}{3}"),
    # the same base and height: a third
    ("A cone is inscribed in a cylinder with a volume of 30 cubic feet. What is the volume of "
     "the cone, in cubic feet?", "10"),
    # slant 10; r = 6 * 8 / (6 + 10)
    ("A sphere is inscribed in a right circular cone with base radius 6 and height 8. What is "
     "the radius of the sphere?", "3"),
]

LETTERS_AND_RATIOS = [
    # (2/3 pi 27 q^3) / (4/3 pi q^3)
    ("A ball has the shape of a sphere with radius $k$ and a bowl is a hemisphere with radius "
     "$3k$. Find the ratio of the hemisphere's volume to the sphere's volume.", "\\frac{27}{2}"),
    # s^3 = 2y, 6 s^2 = y: s = 12, y = 864
    ("A cube's volume is $2y$ cubic units and its surface area is $y$ square units. What is "
     "$y$?", "864"),
    # 27 = 9 pi t
    ("A cube with edge length 3 has the same volume as a cylinder with radius 3 and height "
     "$t$. What is the value of $t$?", "\\frac{3}{\\pi}"),
    # 8 / (4/3 pi)
    ("What is the ratio of the volume of a cube with edge 2 to the volume of a sphere with "
     "radius 1?", "\\frac{6}{\\pi}"),
    # the same radius and height: 1/3
    ("A cone has the same radius as a cylinder, and the cone has the same height as the "
     "cylinder. Find the ratio of the volume of the cone to that of the cylinder.",
     "\\frac{1}{3}"),
]

PYRAMIDS = [
    # slant 5: 36 + 4 * 15
    ("A right square pyramid has base edges of length 6 and a height of 4. What is its "
     "surface area?", "96"),
    # slant sqrt(169 - 25) = 12: 4 * 60
    ("A square-based pyramid has base edges measuring 10 units and lateral edges measuring 13 "
     "units. What is the total area of the four triangular faces?", "240"),
    # sqrt(9 + 16)
    ("A right pyramid has a square base with side length 8. Its apex is 3 units above the "
     "center of its base. What is its slant height?", "5"),
    # 48 = 36 h / 3
    ("The volume of a square pyramid is 48 and its base edge is 6. What is its height?", "4"),
    # a/2 = sqrt(169 - 144)
    ("A square pyramid has a height of 12 and a slant height of 13. What is the length of a "
     "base edge?", "10"),
]

BOX_FACES = [
    ("A rectangular box has three faces with areas of 12, 15 and 20 square centimeters. What "
     "is its volume?", "60"),
    ("The areas of three faces of a rectangular prism are 8, 10 and 20. Find the volume of the "
     "prism.", "40"),
    # 2 (6 + 10 + 15)
    ("A box has front, side and top faces with areas 6, 10 and 15 square inches, respectively. "
     "What is its surface area?", "62"),
    ("A rectangular box is 3 by 4 by 12. What is the length of its diagonal?", "13"),
    # faces 2, 3, 6: edges 1, 2, 3: diagonal sqrt 14
    ("A right rectangular prism has three faces with areas $2$, $3$ and $6$. How long is its "
     "diagonal?", "\\sqrt{14}"),
]

CHANGED = [
    # 8 * 9 / 2
    ("A cone has a volume of 8 cubic meters. Its height is halved and its radius is tripled. "
     "What is the volume of the new cone?", "36"),
    ("A cube has a volume of 27. If each edge is doubled in length, what is the volume of the "
     "new cube?", "216"),
    # 3 * (1/2)^2
    ("The height of a cone is tripled and its radius is halved. By what factor is the volume "
     "multiplied?", "\\frac{3}{4}"),
    # 1.3^2
    ("If the edge length of a cube is lengthened by $30\\%$, what is the ratio of the new "
     "surface area to the original surface area?", "\\frac{169}{100}"),
    ("A rectangular box has a volume of 40 cubic inches. If all of its dimensions are tripled, "
     "what is the volume of the new box?", "1080"),
    # 4/3 pi 27
    ("A sphere has radius 2. Its radius is increased by 1. What is the new volume? Express "
     "your answer in terms of $\\pi$.", "36\\pi"),
    ("The radius of a sphere is increased by 10 percent. By what factor is its volume "
     "multiplied?", "\\frac{1331}{1000}"),
    # 100 / 4 * 2
    ("A cylinder has volume 100. Its radius is halved and its height is doubled. What is the "
     "new volume?", "50"),
    # 1/3 pi 4 * 3
    ("A cone has height 6 and radius 2. If the height is decreased by 3, what is the volume of "
     "the resulting cone?", "4\\pi"),
    # 1.2^3 = 1.728
    ("A ball is a sphere. Its radius is increased by 20 percent. By what percent does its "
     "volume increase?", "72.8"),
]

WORDINGS = [
    # "the triangle" refers back to the equilateral one: s^2 sqrt3/4 = 9 sqrt3 -> s = 6, a square
    # of perimeter 18 has diagonal 9/2 sqrt2; inscribed in a circle of radius 2: s = 2 sqrt3
    ("An equilateral triangle has the same perimeter as a square. If the area of the triangle "
     "is $9\\sqrt{3}$, what is the length of a diagonal of the square?",
     "\\frac{9\\sqrt{2}}{2}"),
    ("An equilateral triangle is inscribed in a circle of radius 2. What is the perimeter of "
     "the triangle?", "6\\sqrt{3}"),
    # faces with areas told without a count: sqrt(12 * 15 * 20); a cylinder's area "including
    # the two ends": 2 pi 16 + 2 pi 4 * 6
    ("A right rectangular prism has faces with areas 12, 15 and 20 square inches. What is its "
     "volume?", "60"),
    ("A cylinder has a height of 6 and a radius of 4. What is the total surface area, including "
     "the two ends? Express your answer in terms of $\\pi$.", "80\\pi"),
    # a truncated cone: pi h (R^2 + R r + r^2) / 3 = pi * 6 (25 + 10 + 4) / 3; slant
    # sqrt(4^2 + 3^2); lateral pi (R + r) * slant = pi * 8 * 5
    ("A truncated cone has a large base radius of 5 cm, a small base radius of 2 cm, and a "
     "height of 6 cm. What is its volume? Express your answer in terms of $\\pi$.", "78\\pi"),
    ("A frustum of a right circular cone has a bottom radius of 6, a top radius of 2 and a "
     "height of 3. What is its slant height?", "5"),
    ("A frustum has a lower base radius of 7, an upper base radius of 1 and a height of 8. What "
     "is its lateral surface area? Express your answer in terms of $\\pi$.", "80\\pi"),
    # a thing told by its length, width and depth is a box: 25*8*3; 12*6*5; 2(6*4 + 6*3 + 4*3)
    ("A swimming pool is 25 meters long, 8 meters wide, and 3 meters deep. How many cubic "
     "meters of water does it hold?", "600"),
    ("An aquarium is 12 inches long, 6 inches wide and 5 inches high. What is its volume in "
     "cubic inches?", "360"),
    ("A wooden chest measures 6 feet long, 4 feet wide, and 3 feet tall. What is the surface "
     "area of the chest?", "108"),
    # a box's three dimensions listed: 2(4*5 + 4*9 + 5*9) = 202; 2*6*11; sqrt(4 + 16 + 16)
    ("What is the surface area of a rectangular box with dimensions 4 m, 5 m, and 9 m?", "202"),
    ("What is the volume of a rectangular prism with dimensions 2, 6, and 11?", "132"),
    ("A box has dimensions $2$, $4$ and $4$. What is the length of its diagonal?", "6"),
    ("A cylindrical can has a diameter of 6 inches and a height of 10 inches. What is the "
     "volume of the can?", "90\\pi"),
    ("A cone-shaped cup has a radius of 3 and a height of 4. What is the slant height of the "
     "cup?", "5"),
    # r^3 = 729: 4 pi 81
    ("What is the surface area, in square inches, of a sphere whose volume is $972\\pi$ cubic "
     "inches?", "324\\pi"),
    ("What is the number of cubic units in the volume of a cone with radius 5 and height 6? "
     "Express your answer in terms of $\\pi$.", "50\\pi"),
    # r = 4
    ("The circumference of a great circle of a sphere is $8\\pi$ cm. What is the volume of the "
     "sphere in cubic centimeters? Express your answer in terms of $\\pi$.",
     "\\frac{256\\pi}{3}"),
    ("What is the volume, in terms of $\\pi$, of a cylinder with diameter 4 and height 5?",
     "20\\pi"),
    # 2/3 pi 27 = 8 * 2/3 pi r^3
    ("A hemispherical bowl of radius 3 inches is filled with soup. The soup is poured equally "
     "into 8 congruent hemispherical cups. What is the radius of each cup?", "\\frac{3}{2}"),
    ("A cylindrical tank has a radius of 2 meters and a height of 5 meters. How much water can "
     "the tank hold, in cubic meters?", "20\\pi"),
    # sqrt(8^2 + 6^2)
    ("A cylindrical jar has radius 4 and height 6. What is the longest segment that can fit "
     "inside the jar?", "10"),
    ("Find the lateral surface area of a cylinder of radius 2 and height 6.", "24\\pi"),
    # 12 s = 36: s = 3
    ("Find the surface area of a cube if the sum of the lengths of its edges is 36.", "54"),
    ("The total length of all the edges of a box is 48, its length is 5 and its width is 4. "
     "What is its height?", "3"),
    ("What is the volume of the largest sphere that fits inside a cube with edge length 6?",
     "36\\pi"),
    # r^2 + (h/2)^2 = 25
    ("A right circular cylinder with radius 3 is inscribed in a sphere with radius 5. What is "
     "the height of the cylinder?", "8"),
    ("A cube and a sphere have equal volumes. The cube has edge 2. What is the radius of the "
     "sphere?", "\\sqrt[3]{\\frac{6}{\\pi}}"),
    # 200 = 100 h / 3
    ("A pyramid with a square base has base edge 10 and volume 200. What is its height?", "6"),
    ("A cone has the same radius and height as a cylinder of volume 30. What is the volume of "
     "the cone?", "10"),
    # slant 13: pi 5 13
    ("A right circular cone has a base with radius 5 and a height of 12. What is its lateral "
     "surface area? Express your answer in terms of $\\pi$.", "65\\pi"),
]

PLANE = [
    # a regular hexagon's side is the radius of its circle: area 3 sqrt 3 / 2 * 36
    ("What is the area of a regular hexagon inscribed in a circle of radius 6?",
     "54\\sqrt{3}"),
    ("A regular hexagon is inscribed in a circle of radius 5. What is the perimeter of the "
     "hexagon?", "30"),
    # the inradius sqrt 3 / 2 * 4 = 2 sqrt 3: area 12 pi
    ("A circle is inscribed in a regular hexagon with side length 4. What is the area of the "
     "circle? Express your answer in terms of $\\pi$.", "12\\pi"),
    # r = 5
    ("A circle is inscribed in a square with side length 10. What is the area of the circle? "
     "Express your answer in terms of $\\pi$.", "25\\pi"),
    # diagonal 8: side 4 sqrt 2
    ("A square is inscribed in a circle of radius 4. What is the area of the square?", "32"),
    # perimeter 36: side 9
    ("A square has the same perimeter as an equilateral triangle with side length 12. What is "
     "the area of the square?", "81"),
    # inradius 6 / (2 sqrt 3)
    ("A circle is inscribed in an equilateral triangle with side length 6. What is the radius "
     "of the circle?", "\\sqrt{3}"),
    # area 16: side 4
    ("A rectangle with length 8 and width 2 has the same area as a square. What is the "
     "perimeter of the square?", "16"),
    # 2 r^2 / (pi r^2)
    ("What is the ratio of the area of a square inscribed in a circle to the area of the "
     "circle?", "\\frac{2}{\\pi}"),
    # pi r^2 = 4
    ("A circle has the same area as a square with side 2. What is the radius of the circle?",
     "\\frac{2}{\\sqrt{\\pi}}"),
    # plane figures changed: the area by k^2
    ("The radius of a circle is tripled. By what factor is its area multiplied?", "9"),
    # side 4 -> 6
    ("A square has area 16. Each side is increased by 50 percent. What is the area of the new "
     "square?", "36"),
    # 8 by 3/2
    ("A rectangle has length 4 and width 3. Its length is doubled and its width is halved. What "
     "is the new area?", "12"),
    # 1.2^2 = 1.44
    ("The diameter of a circle is increased by $20\\%$. By what percent does the area "
     "increase?", "44"),
]

DECLINED = [
    # "the triangle" with two kinds of triangle told
    "An equilateral triangle and a right triangle have equal perimeters. The area of the "
    "triangle is $16\\sqrt{3}$. What is the side of the right triangle?",
    # four face areas for three pairs of faces
    "A box has faces with areas 6, 8, 12 and 24. What is its volume?",
    # one base radius of a frustum, or two radii not told apart
    "A frustum has a lower base radius of 7 and a height of 4. What is its volume?",
    "A frustum has radii 7 and 4 and a height of 4. What is its volume?",
    # a tank said to be cylindrical has no width; water in gallons needs a conversion; a pool
    # filled only part way
    "A cylindrical tank is 20 meters long, 10 meters wide, and 2 meters deep. How many cubic "
    "meters of water does it hold?",
    "A pool is 20 feet long, 10 feet wide and 6 feet deep. How many gallons of water does it "
    "hold?",
    "A swimming pool is 20 meters long, 10 meters wide, and 2 meters deep. It is filled to 1 "
    "meter. How many cubic meters of water does it hold?",
    # three dimensions of a solid that has no length, width and height
    "A cylinder has dimensions 3, 4 and 5. What is its volume?",
    "A circle is inscribed in a rectangle of length 6. What is the area of the circle?",
    "The radius of a circle is doubled. What is the new area?",
    "The radius of a cylinder is doubled. What is the new volume?",
    "If each dimension of a box is increased by 2, what is the new volume?",
    "A cube has a volume of 27. What is the volume of the cube if each edge is doubled?",
    "A cube has a volume of 27. Each edge is doubled. What is its volume?",
    "A pyramid has a volume of 48 and a height of 4. What is the length of a base edge?",
    "A cylinder is inscribed in a sphere of radius 5. What is the volume of the cylinder?",
    "A hemisphere has radius 3. What is its surface area?",
    "A cube has the same volume as a sphere. What is the volume of the cube?",
    "A hollow sphere has an outer radius of 3. What is its volume?",
    "A cube with edge 3 feet has the same volume as a rectangular box 2 inches long and 3 inches "
    "wide. How tall is the box?",
    "A cube has edge 2. A second cube has edge 3. What is the volume of the cube?",
    "A cone has radius 3. What is its volume?",
    "The areas of three faces of a rectangular box are 6, 8 and 12. What is the length of the "
    "box?",
    "A cube with edge 4 is painted and cut into unit cubes. How many of the cubes have paint on "
    "exactly one face?",
    "A sphere has the same volume as a cylinder of radius 2. What is the volume of the sphere, "
    "to the nearest whole number?",
]


@pytest.mark.parametrize(("problem", "answer"),
                         RELATED + INSCRIBED + LETTERS_AND_RATIOS + PYRAMIDS + BOX_FACES +
                         CHANGED + WORDINGS + PLANE)
def test_solids_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_solids_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the circle's radius 3: the square's side 6
    ("The area of a circle inscribed in a square is $9\\pi$. What is the area of the square?",
     "36"),
    # the sphere's radius 2: the cube's edge 4
    ("The volume of a sphere inscribed in a cube is $\\frac{32\\pi}{3}$. What is the volume of "
     "the cube?", "64"),
    # the square's side 4 sqrt 2, its diagonal 8: the circle's radius 4
    ("The area of a square inscribed in a circle is 32. What is the area of the circle? Express "
     "your answer in terms of $\\pi$.", "16\\pi"),
])
def test_a_measure_of_a_figure_inscribed_in_another(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # surface area 6 * 4 = 24, doubled 48: edge sqrt 8
    ("A cube has edge length 2. A second cube has twice the surface area of the first. What is "
     "the edge of the second cube? Express your answer in simplest radical form.",
     "2\\sqrt{2}"),
    # 27 times the volume: 3 times the radius
    ("A sphere has radius 5. A second sphere has 27 times the volume of the first. What is the "
     "radius of the second sphere?", "15"),
])
def test_the_first_solid_named_by_its_order_alone(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # a cone is a third of the cylinder with its radius and height
    ("The volume of a cylinder is $72\\pi$. What is the volume of a cone with the same radius "
     "and height? Express your answer in terms of $\\pi$.", "24\\pi"),
    ("A cone has volume $15\\pi$. What is the volume of a cylinder with the same radius and "
     "height? Express your answer in terms of $\\pi$.", "45\\pi"),
])
def test_a_solid_with_the_same_measures_as_one_before(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_same_measure_that_does_not_fix_the_solid_declines() -> None:
    assert solve_now("A sphere has radius 3. What is the volume of a cylinder with the same "
                     "radius?").answer is None


def test_a_box_measured_with_hyphenated_units() -> None:
    # sqrt(4 + 16 + 16)
    assert_solved("A rectangular prism measures 2-inches by 4-inches by 4-inches. What is the "
                  "length, in inches, of its diagonal?", "6")


def test_a_box_whose_faces_have_areas() -> None:
    # l w h = sqrt(12 * 15 * 20) = sqrt(3600)
    assert_solved("What is the volume, in cubic inches, of a rectangular box whose faces have "
                  "areas of 12 square inches, 15 square inches and 20 square inches?", "60")


@pytest.mark.parametrize(("problem", "answer"), [
    # what a tank holds is its volume: pi 3^2 10
    ("A cylindrical tank has a radius of 3 feet and a height of 10 feet. How many cubic feet of "
     "water does it hold? Express your answer in terms of $\\pi$.", "90\\pi"),
    # "when full": 25 * 8 * 3
    ("A swimming pool is 25 meters long, 8 meters wide and 3 meters deep. How many cubic meters "
     "of water does it hold when full?", "600"),
    # a regular square pyramid: half the base 4, slant 5, height 3
    ("A regular square pyramid has a base edge of 8 and a slant height of 5. What is its "
     "height?", "3"),
])
def test_what_a_solid_holds_and_a_regular_pyramid(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 4^3 = 8 r^3: r = 2
    ("A hemisphere-shaped bowl with radius 4 feet is filled with water. All of the water is "
     "poured evenly into 8 congruent smaller hemisphere-shaped molds. What is the radius of each "
     "mold, in feet?", "2"),
    # 3^3 = 27 r^3: r = 1 ("filled full", "then evenly distributed", "each of the smaller")
    ("A hemisphere-shaped bowl with radius 3 feet is filled full with syrup. All of the syrup is "
     "then evenly distributed between 27 congruent, smaller hemisphere-shaped molds. What is the "
     "radius of each of the smaller molds, in feet?", "1"),
])
def test_poured_into_smaller_solids(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # base side 6, half-diagonal 3 sqrt 2, lateral edge 9: h^2 = 81 - 18 = 63
    ("A right pyramid has a square base with perimeter 24 inches. Its apex is 9 inches from "
     "each of the other vertices. What is the height of the pyramid, in inches? Express your "
     "answer in simplest radical form.", "3\\sqrt{7}"),
    # half-diagonal 2 sqrt 2, lateral edge 6: h^2 = 36 - 8 = 28
    ("A right pyramid has a square base with side 4 and lateral edges of length 6. What is its "
     "height? Express your answer in simplest radical form.", "2\\sqrt{7}"),
])
def test_a_pyramid_on_a_square_base_told_in_words(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_cylinder_in_a_hemisphere_with_its_bases_parallel() -> None:
    # h^2 + 6^2 = 10^2
    assert_solved("A right circular cylinder with radius 6 is inscribed in a hemisphere with "
                  "radius 10 so that its bases are parallel to the base of the hemisphere. What "
                  "is the height of this cylinder?", "8")


@pytest.mark.parametrize(("problem", "answer"), [
    # the diagonal sqrt(20^2 + 21^2) = 29 is a diameter: radius 29/2
    ("A rectangle with sides 20 and 21 is inscribed in a circle. What is the radius of the "
     "circle?", "\\frac{29}{2}"),
    # diagonal 10: radius 5, area 25 pi
    ("A circle is circumscribed around a rectangle that measures 8 by 6. What is the area of "
     "the circle? Express your answer in terms of $\\pi$.", "25\\pi"),
    # diagonal 17: circumference 17 pi
    ("A circle is circumscribed about a rectangle with dimensions 8 and 15. What is the "
     "circumference of the circle? Express your answer in terms of $\\pi$.", "17\\pi"),
    # diameter 26, one side 10: the other sqrt(676 - 100) = 24, area 240
    ("A rectangle is inscribed in a circle of radius 13. The width of the rectangle is 10. What "
     "is the area of the rectangle?", "240"),
])
def test_a_rectangle_inscribed_in_a_circle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # one measure of the rectangle: not fixed
    "A rectangle is inscribed in a circle of radius 13. What is the area of the rectangle?",
    "A rectangle is inscribed in a circle of diameter 10. What is the perimeter of the "
    "rectangle?",
])
def test_a_rectangle_in_a_circle_not_fixed_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the longest diagonal is a diameter of the circle about the hexagon
    ("A regular hexagon is inscribed in a circle of radius 7. What is the length of the longest "
     "diagonal of the hexagon?", "14"),
])
def test_the_longest_diagonal_of_a_hexagon(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a hexagon's diagonals are 7 sqrt 3 (short) or 14 (long): "a diagonal" is not one length
    "A regular hexagon is inscribed in a circle of radius 7. What is the length of a diagonal "
    "of the hexagon?",
    "A circle of radius 3 is inscribed in a regular hexagon. What is the diagonal of the "
    "hexagon?",
])
def test_a_diagonal_of_a_hexagon_is_not_one_length(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # a cone is a third of the cylinder with the same radius and height
    ("A cylinder and a cone have the same radius and height. The volume of the cylinder is "
     "$45\\pi$. What is the volume of the cone? Express your answer in terms of $\\pi$.",
     "15\\pi"),
    ("A cone and a cylinder have the same radius and height. The cone has volume 12. What is "
     "the volume of the cylinder?", "36"),
])
def test_two_solids_with_the_same_radius_and_height(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_same_radius_alone_does_not_fix_the_cone() -> None:
    assert solve_now("A cylinder and a cone have the same radius. The volume of the cylinder is "
                     "$45\\pi$. What is the volume of the cone?").answer is None


def test_a_pile_of_sand_shaped_like_a_cone() -> None:
    # 1/3 pi 4^2 * 6
    assert_solved("A pile of sand is shaped like a cone with a diameter of 8 feet and a height "
                  "of 6 feet. What is its volume? Express your answer in terms of $\\pi$.",
                  "32\\pi")
