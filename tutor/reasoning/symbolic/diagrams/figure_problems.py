"""A problem with an Asymptote figure: read the figure (`asy_reader`), its labels
(`labels`), then answer by measuring it when its coordinates are the givens (`measured`),
or restate a labelled triangle in words for the triangle solver (`triangle_givens`).

`solve_figure_problem(text)` returns (answer, steps) or raises Decline with the reason."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.mathtext import FIGURE
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.confirm import DISAGREES
from tutor.reasoning.symbolic.diagrams.angle_chase import angle_chase
from tutor.reasoning.symbolic.diagrams.angle_sums import angle_sum
from tutor.reasoning.symbolic.diagrams.angles_at_point import angles_at_point
from tutor.reasoning.symbolic.diagrams.asy_reader import figure_source, read_figure
from tutor.reasoning.symbolic.diagrams.drawn_spinners import drawn_spinners
from tutor.reasoning.symbolic.diagrams.drawn_to_scale import solve_drawn_to_scale
from tutor.reasoning.symbolic.diagrams.figure import Figure, require
from tutor.reasoning.symbolic.diagrams.grid_paths import grid_paths
from tutor.reasoning.symbolic.diagrams.inscribed_angles import inscribed_angle
from tutor.reasoning.symbolic.diagrams.labels import read_labels
from tutor.reasoning.symbolic.diagrams.measured import measure
from tutor.reasoning.symbolic.diagrams.triangle_givens import triangle_problem
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, split_problem
from tutor.reasoning.symbolic.patterns import Result

_ROUNDING = re.compile(
    r"\s*(?:round|express|give) your answer (?:as a decimal )?to the nearest (?P<to>tenth|hundredth"
    r"|whole number|integer|(?:square )?(?:unit|centimeter|meter|inch|foot|cm))\.?\s*$")
_ROUNDING_WORDS = re.compile(r"\s*(?:round|express|give) your answer (?:as a decimal )?to the "
                             r"nearest [a-z ]+\.?\s*$", re.I)
_PLACES = {"tenth": 1, "hundredth": 2}
_FORMAT = re.compile(r"\s*(?:express|give|write) your answer (?:in terms of @\d+@|as a common "
                     r"fraction|in simplest radical form)(?: and in simplest radical form)?\.?")


def has_figure(text: str) -> bool:
    return "[asy]" in text


def solve_figure_problem(text: str) -> Result:
    source = figure_source(text)
    if source is None:
        raise Decline("no figure")
    figure = read_figure(source)
    outside = FIGURE.sub(" ", text).strip()
    split = split_problem(outside)
    template = _FORMAT.sub("", split.template).strip()
    rounding = _ROUNDING.search(template)
    if rounding is not None:
        template = template[:rounding.start()].strip()
        outside = _ROUNDING_WORDS.sub("", outside).strip()
        value, steps = _solved(figure, split, template, outside)
        return rounded(value, _PLACES.get(rounding.group("to"), 0), steps)
    return _solved(figure, split, template, outside)


def _solved(figure: Figure, split: Split, template: str, outside: str) -> Result:
    """The readers of a figure's labels first; when they decline, the figure measured when
    it is drawn to every given of the text (`drawn_to_scale`)."""
    try:
        return _solve(figure, split, template, outside)
    except Decline as exc:
        if str(exc).startswith(DISAGREES):
            raise
        try:
            return solve_drawn_to_scale(figure, split, template)
        except Decline as again:
            if str(again).startswith(DISAGREES):
                raise
            raise exc from None


def rounded(value: object, places: int, steps: list[Step]) -> Result:
    """The exact answer rounded as asked (a value exactly halfway declines: which way a
    reader rounds it is a convention)."""
    require(isinstance(value, sp.Expr) and value.is_real is True and not value.free_symbols,
            "a number to round")
    assert isinstance(value, sp.Expr)
    scaled = value * 10 ** places
    low = sp.floor(scaled)
    require(sp.simplify(scaled - low - sp.Rational(1, 2)) != 0, "a value exactly halfway")
    near = low + 1 if scaled - low > sp.Rational(1, 2) else low
    answer = sp.Rational(near, 10 ** places)
    with mpmath.workdps(50):
        again = mpmath.nint(mpmath.mpf(sp.N(value, 60)) * 10 ** places) / 10 ** places
    confirm.number(again, answer, "rounding the value at 50 digits")
    shown = f"{float(answer):.{places}f}" if places else f"{int(near)}"
    return (shown if places else answer), [
        *steps, step("Round", "Round as the question asks.",
                     f"${latex(value)} \\approx {shown}$.")]


def _solve(figure: Figure, split: Split, template: str, outside: str) -> Result:
    spun = drawn_spinners(figure, split, template)  # a spinner's labels are no lengths
    if spun is not None:
        return spun
    reasons: list[str] = []
    try:
        reading = read_labels(figure)
    except Decline as exc:  # the labels of lengths do not place: angles may still be read
        reading, reasons = None, [str(exc)]
    measured = measure(figure, reading, split, template) if reading else None
    if measured is not None:
        return measured
    for solver in (angle_sum, angles_at_point, angle_chase, grid_paths, inscribed_angle):
        try:
            got = solver(figure, split, template)
        except Decline as exc:
            if str(exc).startswith(DISAGREES):
                raise
            reasons.append(str(exc))
            continue
        if got is not None:
            return got
    if reading is None or len(reading.points) not in (0, 3, 4):
        raise Decline(reasons[0] if reasons else "a figure question I cannot answer yet")
    restated = triangle_problem(figure, reading, outside)
    from tutor.reasoning.symbolic.recognise import recognise  # the engine reads the restating

    value, steps = recognise(split_problem(restated))
    first = step("Read the figure", "What does the figure state?",
                 restated.split(". ", 1)[0] + ".")
    return value, [first, *steps]


__all__ = ["has_figure", "solve_figure_problem"]
