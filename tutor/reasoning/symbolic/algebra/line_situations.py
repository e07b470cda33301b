"""Typed reader: one line known by facts, and any question about it.

"A line has slope $-3$ and passes through $(2, 5)$. What is its $x$-intercept?", "Line $k$ is
perpendicular to $2x - 5y = 1$ and contains $(4, -1)$; find its $y$-intercept", "The line
through $(1, 2)$ parallel to the line through $(0, 0)$ and $(3, 6)$ can be written $y = mx +
b$. What is $m + b$?", "Where does the perpendicular bisector of the segment from $(1, 1)$ to
$(5, 3)$ cross the $y$-axis?". The facts (`line_facts`) fix the line's slope m and
intercept b (and any letter left in a point, "$(4, t)$ is on the line"); the question asks
its slope, an intercept (a number or the point), its equation y = mx + b, an expression in
the letters of a stated form, the sum or product of slope and intercept, a coordinate of a
point on it, where it meets the x-axis, the y-axis or another line given by an equation,
or the letter. Exactly one line is unknown: a word this reader does not know ("two",
"second", "other", "lines") leaves the problem unread.

The facts are solved as equations; the line found is then checked against every fact by
another method (`Fact.holds`, on two points of the line), and the answer against the line
(the point asked lies on it; the slope is rise over run between two of its points).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.line_facts import (
    C,
    Fact,
    M,
    Vec,
    X,
    Y,
    direction_of,
    point_of,
    settled,
    take_facts,
)
from tutor.reasoning.symbolic.geometry.line_questions import intercept_step
from tutor.reasoning.symbolic.geometry.reading import COMMON, axis_words
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "line graph slope intercept point where cross crosses meet meets intersect intersects "
    "intersection hit hits axis equation sum product and coordinate coordinates it its this "
    "that can be written expressed form slope-intercept with whose at passes through "
    "located lies lie on same straight plane cartesian coordinate common fraction provide give "
    "write drawn area triangle triangular formed forms makes bounded by axes region units "
    "square".split())
_LETTER = re.compile(r"\s*[a-zA-Z]\s*")
_AXIS_WORDS = re.compile(r"\b[xy]-(intercepts?|axis|coordinates?)\b")



def _as_expr(v: object) -> sp.Expr:
    """A SymPy number or expression, or a Python int (never text)."""
    if isinstance(v, sp.Basic):
        return v  # type: ignore[return-value]
    if isinstance(v, bool | int):
        return sp.Integer(int(v))
    raise TypeError(f"not a number: {type(v).__name__}")

def _line_names(split: Split, text: str) -> str:
    """'line @3@' with a letter for a name: the line itself, wherever the name is used."""
    names = {split.maths[int(g)].strip() for g in re.findall(r"\bline @(\d+)@", text)
             if _LETTER.fullmatch(split.maths[int(g)])}
    if len(names) > 1:
        raise Decline("two lines named")
    return re.sub(r"(?:\bline )?@(\d+)@", lambda m: "line" if split.maths[int(m.group(1))].strip()
                  in names else m.group(0), text)


def _form(split: Split, text: str) -> tuple[dict[sp.Symbol, sp.Expr], str]:
    """The letters of a stated form 'y = mx + b' as the line's slope and intercept."""
    found: dict[sp.Symbol, sp.Expr] = {}

    def take(m: re.Match[str]) -> str:
        e = parse_latex(split.maths[int(m.group(1) or m.group(2))])
        if not isinstance(e, sp.Equality) or e.lhs != Y:
            raise Decline("a form y = mx + b")
        rhs = sp.expand(e.rhs)
        slope, icpt = rhs.coeff(X, 1), rhs.coeff(X, 0)
        if not (isinstance(slope, sp.Symbol) and isinstance(icpt, sp.Symbol)) or slope == icpt \
                or sp.expand(rhs - slope * X - icpt) != 0:
            raise Decline("the letters of y = mx + b")
        found.update({slope: M, icpt: C})
        return " ; "
    end = r"(?= |[,.?;]|$)"
    text = re.sub(r"\b(?:(?:can |could |may )?be |is )?(?:written|expressed|put)(?: in the form"
                  rf"(?: of)?| as)? @(\d+)@{end}|\bin the form(?: of)? @(\d+)@{end}", take, text)
    return found, text


def _solve(facts: list[Fact], letters: set[sp.Symbol]) -> dict[sp.Symbol, sp.Expr]:
    """The one solution of the facts. When they fix only the slope (every fact is about
    the slope), the intercept is left out of the solution."""
    unknowns = [M, C, *sorted(letters, key=str)]
    if not any(f.equation.has(C) for f in facts):
        unknowns.remove(C)
    sols = [settled(s) for s in sp.solve([f.equation.lhs - f.equation.rhs for f in facts],
                                         unknowns, dict=True)]
    sols = [s for s in sols if all(k in s and s[k].is_real and not s[k].free_symbols
                                   for k in unknowns)]
    if len(sols) != 1:
        raise Decline("the facts do not fix one line")
    return sols[0]


def _names(letters: set[sp.Symbol]) -> tuple[sp.Symbol, sp.Symbol]:
    for m, b in (("m", "b"), ("k", "c"), ("p", "q")):
        if not {m, b} & {str(s) for s in letters}:
            return sp.Symbol(m), sp.Symbol(b)
    raise Decline("no names left for the slope and intercept")


def _question(split: Split, text: str, sol: dict[sp.Symbol, sp.Expr],
              form: dict[sp.Symbol, sp.Expr], asked: list[sp.Expr]) -> tuple[sp.Basic, str]:
    """The value asked and the sentence that says what it is."""
    m, b = sol[M], sol.get(C)
    w = words(text)
    if b is None:  # only the slope is known
        if words(re.sub(r"\bslope\b", "", text)) & {"intercept", "axis", "equation", "point",
                                                       "coordinate", "coordinates", "sum",
                                                       "product", "intersection"} \
                or re.search(r"@\d+@", text) or "slope" not in w:
            raise Decline("the facts fix the slope only")
        return m, "the slope"
    pieces = [int(g) for g in re.findall(r"@(\d+)@", text)]
    exprs, equations, numbers = list(asked), [], []
    for i in pieces:
        src = split.maths[i]
        if point_of(src) is not None:
            raise Decline("a point the facts did not read")
        v = parse_latex(src)
        if isinstance(v, sp.Equality):
            equations.append(i)
        elif isinstance(v, sp.Expr) and v.free_symbols:
            exprs.append(v)
        elif isinstance(v, sp.Expr):
            numbers.append(v)
        else:
            raise Decline("a piece of maths the question does not use")
    named = {**{k: sol[v] for k, v in form.items()}, **{k: v for k, v in sol.items()
                                                       if isinstance(k, sp.Symbol)
                                                       and k not in (M, C)}}
    if exprs:
        if len(exprs) != 1 or equations or numbers or exprs[0].free_symbols - set(named):
            raise Decline("an expression the line's letters do not fix")
        return sp.simplify(exprs[0].subs(named)), f"${latex(exprs[0])}$"
    pair = bool({"point", "ordered", "pair"} & w)
    if equations:
        if len(equations) != 1 or numbers or not w & {"intersection", "meet", "meets",
                                                      "intersect", "intersects"}:
            raise Decline("an equation the question does not use")
        d = direction_of(split, f"@{equations[0]}@")
        e = parse_latex(split.maths[equations[0]])
        xs = sp.solve([e.lhs - e.rhs, Y - (m * X + b)], [X, Y], dict=True)  # type: ignore[union-attr]
        if len(xs) != 1 or sp.simplify(d[1] - m * d[0]) == 0:
            raise Decline("the lines do not meet in one point")
        at = sp.Tuple(xs[0][X], xs[0][Y])
        if "x" in w and "coordinate" in w and "y" not in w:
            return at[0], "the $x$-coordinate of the intersection"
        if "y" in w and "coordinate" in w and "x" not in w:
            return at[1], "the $y$-coordinate of the intersection"
        return at, "the point where the lines meet"
    if "area" in w and re.search(r"\b(?:the )?(?:coordinate axes|two axes|axes)\b", text):
        if m == 0 or b == 0 or numbers or w & {"slope", "sum", "product"} or re.search(
                r"[xy]-(?:intercept|axis)", text):
            raise Decline("no triangle with the axes, or something else asked")
        # the triangle with corners (0, 0), (0, b) and (-b/m, 0)
        return abs(b * (-b / m)) / 2, "the area of the triangle with the axes"
    if "coordinate" in w or "coordinates" in w:
        if len(numbers) != 1 or not ({"x", "y"} <= w):
            raise Decline("which coordinate is asked is not clear")
        given = re.search(r"\b([xy])-coordinates? (?:of |is |equal to |equals )?@\d+@", text)
        if given is None:
            raise Decline("which coordinate is told is not clear")
        v = numbers[0]
        if given.group(1) == "x":
            return m * v + b, f"the $y$-coordinate where $x = {latex(v)}$"
        if m == 0:
            raise Decline("a horizontal line")
        return (v - b) / m, f"the $x$-coordinate where $y = {latex(v)}$"
    if numbers:
        raise Decline("a number the question does not use")
    asks_slope = "slope" in w
    axes = set(re.findall(r"\b([xy])-(?:intercept|axis)", text))
    if re.search(r"(?<![xy]-)\bintercepts?\b", text):  # "the slope and the intercept": which?
        raise Decline("an intercept without its axis")
    if "equation" in w:
        if asks_slope or axes:
            raise Decline("the equation and something else asked")
        return sp.Eq(Y, m * X + b), "the line's equation"
    if len(axes) == 2 or (asks_slope and axes):
        if "sum" in w and "product" not in w:
            op = sp.Add
        elif "product" in w and "sum" not in w:
            op = sp.Mul
        else:
            raise Decline("two things asked")
        parts = [m] if asks_slope else []
        if "y" in axes:
            parts.append(b)
        if "x" in axes:
            if m == 0:
                raise Decline("a horizontal line")
            parts.append(-b / m)
        if len(parts) != 2:
            raise Decline("two things asked")
        return op(*parts), "the " + ("sum" if op is sp.Add else "product") + " asked"
    if asks_slope:
        return m, "the slope"
    if "where" in w and not pair:
        raise Decline("where it meets an axis: a number or a point")
    if axes == {"y"}:
        return (sp.Tuple(0, b) if pair else b), "where the line meets the $y$-axis"
    if axes == {"x"}:
        if m == 0:
            raise Decline("a horizontal line")
        return (sp.Tuple(-b / m, 0) if pair else -b / m), "where the line meets the $x$-axis"
    raise Decline("the question about the line is not clear")


def _check_answer(value: sp.Basic, a: Vec, b: Vec, what: str = "") -> bool:
    """A point answer lies on the line through a and b; an equation holds at a and b; an
    area with the axes agrees with the shoelace formula on the corners found again."""
    if what.startswith("the area"):
        m = (b[1] - a[1]) / (b[0] - a[0])
        x0 = a[0] - a[1] / m  # where the line through a and b meets y = 0
        y0 = a[1] - m * a[0]
        corners = [(sp.Integer(0), sp.Integer(0)), (x0, sp.Integer(0)), (sp.Integer(0), y0)]
        return sp.simplify(shoelace_area(corners) - value) == 0
    if isinstance(value, sp.Tuple) and len(value) == 2:
        return sp.simplify((b[0] - a[0]) * (value[1] - a[1])
                           - (b[1] - a[1]) * (value[0] - a[0])) == 0
    if isinstance(value, sp.Equality):
        return all(sp.simplify((value.lhs - value.rhs).subs({X: p[0], Y: p[1]})) == 0
                   for p in (a, b))
    return True


def read_line_situation(split: Split, template: str) -> Result | None:
    try:
        return _read(split, template)
    except (TypeError, ValueError, AttributeError) as exc:  # maths of another shape
        raise Decline("maths that is not a line's") from exc


def _read(split: Split, template: str) -> Result | None:
    text = axis_words(split.maths, re.sub(  # "the $x$- and $y$-intercepts"
        r"@(\d+)@ ?- and @(\d+)@ ?-intercepts", lambda m: f"{split.maths[int(m.group(1))].strip()}"
        f"-intercept and {split.maths[int(m.group(2))].strip()}-intercept", template))
    w = words(text)
    if not w & {"line", "slope", "intercept", "bisector"} or "lines" in w:
        return None
    text = _line_names(split, re.sub(r"\bslope-intercept form\b", "form", text))
    if re.search(r"\b(?:parallel|perpendicular) to it\b", text):
        # "the line y = 2x + 5 and the line perpendicular to it": the one equation named
        refs = [g for g in re.findall(r"@(\d+)@", text) if "=" in split.maths[int(g)]]
        if len(refs) != 1:
            raise Decline("which line 'it' is is not clear")
        text = re.sub(r"\b(parallel|perpendicular) to it\b", rf"\1 to @{refs[0]}@", text)
    other = re.search(r"\b(?:intersection|intersect|intersects|meet|meets)\b(?! (?:the )?"
                      r"[xy]-axis)", text)
    facts, text = take_facts(split, text, equation=other is None)
    if not facts:
        return None
    form, text = _form(split, text)
    letters: set[sp.Symbol] = set().union(*(f.equation.free_symbols for f in facts)) - {M, C}
    plain = re.search(r"\b(?:value of|what is|find|determine|compute) ([a-z])\s*[?.]?\s*$", text)
    asked: list[sp.Expr] = []
    if plain and sp.Symbol(plain.group(1)) in letters:  # "what is the value of k?"
        asked.append(sp.Symbol(plain.group(1)))
        text = text[:plain.start(1)] + " ; " + text[plain.end(1):]
    if not words_within(_AXIS_WORDS.sub(r"\1", text), VOCAB):  # a bare x or y is unread
        return None
    sol = _solve(facts, letters)
    value, what = _question(split, text, sol, form, asked)
    m, b = sol[M], sol.get(C, sp.Integer(0))  # a line of that slope when b is not fixed
    a_pt, b_pt = (sp.Integer(0), b), (sp.Integer(1), m + b)
    confirm.check(all(sp.simplify(_as_expr(f.holds(a_pt, b_pt)).subs(sol)) == 0
                      for f in facts) and _check_answer(value, a_pt, b_pt, what),
                  "the line found meets every fact (checked on two of its points)")
    return value, _steps(facts, sol, value, what)


def _steps(facts: list[Fact], sol: dict[sp.Symbol, sp.Expr], value: sp.Basic, what: str
           ) -> list[Step]:
    letters = {k for k in sol if k not in (M, C)}
    mn, bn = _names(letters)
    shown = {M: mn, C: bn}
    said = "; ".join(f"{f.said}: ${latex(f.equation.subs(shown))}$" for f in facts)
    solved = ", ".join(f"{latex(shown.get(k, k))} = {latex(v)}" for k, v in sol.items())
    line = sp.Eq(Y, sol[M] * X + sol.get(C, bn))
    return [step("what is known", f"Write the line as $y = {latex(mn)}x + {latex(bn)}$ and "
                 "turn each fact into an equation.", f"{said}.", ""),
            step("solve for the line", "Solve the equations.", f"${solved}$, so the line is "
                 f"${latex(line)}$.", solved.split(", ")[0]),
            _answer_step(line, value, what)]


def _answer_step(line: sp.Equality, value: sp.Basic, what: str) -> Step:
    """Where the line meets an axis is worked out ("Setting y = 0 in y = 5 - 2x: 0 = 5 - 2x,
    so x = 5/2"), a claim the checker confirms; anything else is read off."""
    axis = re.search(r"meets the \$([xy])\$-axis", what)
    if axis and not isinstance(value, sp.Tuple):
        return intercept_step(line, axis.group(1), value)
    return step("answer", f"Read off {what}.", f"{what[0].upper() + what[1:]}: ${latex(value)}$.",
                "")


__all__ = ["read_line_situation"]
