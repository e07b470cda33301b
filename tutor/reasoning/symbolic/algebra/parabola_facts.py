"""Typed reader: one parabola y = ax^2 + bx + c known by facts, and a question about it.

"A parabola $y = ax^2 + bx + c$ has its vertex at $(1, -4)$ and passes through $(3, 4)$.
Find $a + b + c$", "The graph of a quadratic has vertex $(2, 5)$ and one $x$-intercept at
$(-1, 0)$; what is the $x$-coordinate of the other one?", "The minimum value of
$y = ax^2 + bx + c$ is $-2$, which occurs at $x = 1$, and the graph contains $(0, 1)$. If
$(3, t)$ is on the graph, what is $t$?", "The graph of $y = ax^2 + bx + c$ has a maximum
value of 25 and passes through $(-1, 0)$ and $(9, 0)$; find $a + b + c$", "Find the
quadratic whose graph has vertex $(0, 3)$ and contains $(1, 1)$, in the form
$ax^2 + bx + c$". Facts: the vertex (two
equations: its point, and the axis x = -b/(2a)), the axis of symmetry, the greatest or
least value (and where it occurs), points on the graph, intercepts. The coefficients (and any
letter left in a point) are solved for together; a must not be 0, and a greatest value
needs a < 0, a least value a > 0.

Confirmed on the quadratic found by another method: every point told is on it by
evaluation, and the vertex is where the graph is symmetric (equal values at h - t and
h + t for several t) with the value told.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.line_facts import NUM, PT, X, Y, number, point, point_of
from tutor.reasoning.symbolic.geometry.reading import COMMON, axis_words
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

A, B, C = sp.Dummy("a"), sp.Dummy("b"), sp.Dummy("c")
_SHOWN = {A: sp.Symbol("a"), B: sp.Symbol("b"), C: sp.Symbol("c")}
VOCAB = COMMON | frozenset(
    "graph parabola quadratic certain equation following properties passes through point "
    "points if then whose intercept intercepts coordinate coordinates other vertical axis of "
    "symmetry and with contains containing which has is on lies write".split())
_END = r"(?= |[,.?;]|$)"
_VERTEX = re.compile(rf"(?:\b(?:its |the )?vertex (?:of (?:the|this|its|a) (?:parabola|graph)"
                     rf"(?: quadratic)? )?"
                     rf"(?:is |is at |at |of )?(?P<v>{PT})|(?P<v2>{PT}) is (?:the|its) vertex)"
                     rf"{_END}")
_EXTREME = re.compile(rf"\b(?:the |a |its )?(?P<kind>maximum|minimum) (?:value )?(?:of (?:the )?"
                      rf"(?:(?:form|quadratic|graph|function|parabola) )+)?(?:is |of )?"
                      rf"(?P<v>{NUM}),? "
                      rf"(?:which )?(?:occurs |occurring |is reached |attained )?(?:at|when) "
                      rf"(?P<at>@\d+@){_END}")
# "has a maximum value of 54" without where: the vertex's value, c - b^2/(4a) = 54
_EXTREME_VALUE = re.compile(rf"\b(?:the |a |its )?(?P<kind>maximum|minimum) (?:value )?(?:of "
                            rf"(?:the )?(?:(?:form|quadratic|graph|function|parabola) )+)?"
                            rf"(?:is |of )(?P<v>{NUM}){_END}")
_AXIS = re.compile(rf"\b(?:its |the |an )?axis of symmetry (?:is |at )?(?:the line )?(?P<at>@\d+@)"
                   rf"{_END}")
_THROUGH = re.compile(rf"\b(?:passes |passing |goes |going )?(?:through|containing|contains) "
                      rf"(?:the points? )?(?P<p>{PT})(?:,? (?P<t>{PT}))?(?:,? and (?P<q>{PT}))?"
                      rf"{_END}"
                      rf"|(?:both )?(?P<r>{PT})(?:,? (?P<u>{PT}))?(?:,? and (?P<s>{PT}))? "
                      rf"(?:lies|lie|is|are) on (?:the|its) graph\b")
_X_INTERCEPT = re.compile(rf"\b(?:one of (?:the|its) |an? |its |the )?x-intercepts? (?:is |are |"
                          rf"at |is at )?(?P<p>{PT})(?: and (?P<q>{PT}))?{_END}")
_Y_INTERCEPT = re.compile(rf"\b(?:an? |its |the )?y-intercept (?:is |of |at )?(?P<n>{NUM}){_END}")



def _as_expr(v: object) -> sp.Expr:
    """A SymPy number or expression, or a Python int (never text)."""
    if isinstance(v, sp.Basic):
        return v  # type: ignore[return-value]
    if isinstance(v, bool | int):
        return sp.Integer(int(v))
    raise TypeError(f"not a number: {type(v).__name__}")

def _at_x(split: Split, src: str) -> sp.Expr:
    """'x = 3' as the number 3."""
    e = parse_latex(split.maths[int(src.strip("@"))])
    if not isinstance(e, sp.Equality) or e.lhs != X or e.rhs.free_symbols:
        raise Decline("a place x = h")
    return sp.nsimplify(e.rhs)


def _form(split: Split, text: str
          ) -> tuple[dict[sp.Symbol, sp.Expr], list[sp.Expr], bool, str]:
    """The letters of 'y = ax^2 + bx + c' (or 'ax^2 + bx + c'), whether an answer is asked
    in that form, and the text with each such piece read as the word 'quadratic'."""
    found: dict[sp.Symbol, sp.Expr] = {}
    known: list[sp.Expr] = []  # a coefficient written as a number
    as_form = False

    def take(m: re.Match[str]) -> str:
        nonlocal as_form
        e = parse_latex(split.maths[int(m.group(1))])
        rhs = e.rhs if isinstance(e, sp.Equality) and e.lhs == Y else e
        if not isinstance(rhs, sp.Expr) or X not in rhs.free_symbols:
            return m.group(0)
        poly = sp.Poly(sp.expand(rhs), X)
        coeffs = poly.all_coeffs()
        letters = [k for k in coeffs if isinstance(k, sp.Symbol)]
        if poly.degree() != 2 or not letters or len(set(letters)) != len(letters) or any(
                not isinstance(k, sp.Symbol) and not k.is_Rational for k in coeffs):
            raise Decline("a quadratic with a letter or a number for each coefficient")
        for k, u in zip(coeffs, (A, B, C), strict=True):
            if isinstance(k, sp.Symbol):
                found[k] = u
            else:
                known.append(u - k)
        as_form = as_form or not isinstance(e, sp.Equality)
        return "quadratic"
    text = re.sub(r"@(\d+)@", take, text)
    if len(found) + len(set(known)) > 3:
        raise Decline("two forms of the quadratic")
    return found, list(dict.fromkeys(known)), as_form, text


def _facts(split: Split, text: str) -> tuple[list[sp.Expr], list[tuple], str]:
    """Equations in a, b, c (and letters), checks [(kind, data)], and what is left."""
    f = lambda x: A * x**2 + B * x + C  # noqa: E731
    eqs: list[sp.Expr] = []
    checks: list[tuple] = []

    def vertex(h: sp.Expr, k: sp.Expr, kind: str = "") -> None:
        eqs.extend([f(h) - k, B + 2 * A * h])
        checks.append(("vertex", h, k, kind))

    def on(p: tuple[sp.Expr, sp.Expr]) -> None:
        eqs.append(f(p[0]) - p[1])
        checks.append(("point", p))

    def sub(pattern: re.Pattern[str], use, s: str) -> str:  # noqa: ANN001
        return pattern.sub(lambda m: (use(m), " ; ")[1], s)

    text = sub(_VERTEX, lambda m: vertex(*point(split, m.group("v") or m.group("v2"))), text)
    text = sub(_EXTREME, lambda m: vertex(_at_x(split, m.group("at")), number(split, m.group(
        "v")), m.group("kind")), text)
    def extreme(k: sp.Expr, kind: str) -> None:
        eqs.append(4 * A * C - B**2 - 4 * A * k)
        checks.append(("extreme", k, kind))

    text = sub(_EXTREME_VALUE, lambda m: extreme(number(split, m.group("v")), m.group("kind")),
               text)

    def axis(h: sp.Expr) -> None:
        eqs.append(B + 2 * A * h)
        checks.append(("axis", h))

    def points(m: re.Match[str], axis_only: bool) -> None:
        for g in "ptqrus":
            if m.groupdict().get(g):
                p = point(split, m.group(g))
                on(_on_axis(p) if axis_only else p)

    text = sub(_AXIS, lambda m: axis(_at_x(split, m.group("at"))), text)
    text = sub(_X_INTERCEPT, lambda m: points(m, True), text)
    text = sub(_Y_INTERCEPT, lambda m: on((sp.Integer(0), number(split, m.group("n")))), text)
    text = sub(_THROUGH, lambda m: points(m, False), text)
    return eqs, checks, text


def _on_axis(p: tuple[sp.Expr, sp.Expr]) -> tuple[sp.Expr, sp.Expr]:
    if p[1] != 0:
        raise Decline("an x-intercept off the x-axis")
    return p


def read_parabola(split: Split, template: str) -> Result | None:
    text = axis_words(split.maths, template)
    if not re.search(r"\b(?:vertex|maximum|minimum|parabola|quadratic|graph)\b", text):
        return None
    try:
        form, known, as_form, text = _form(split, text)
        # "the graph of y = ax^2 + bx + c": a parabola by its form
        if not words(text) & {"parabola", "quadratic"} | ({"graph"} if form else set()) or not (
                form or re.search(
                r"\b(?:vertex|maximum|minimum)\b", text)):
            return None
        eqs, checks, text = _facts(split, text)
    except (TypeError, ValueError, AttributeError) as exc:
        raise Decline("maths that is not a parabola's") from exc
    if not eqs:
        return None
    eqs += known
    text = re.sub(r"\bvertical axis of symmetry\b", " ", text)  # y = ax^2 + ... always has one
    letters = set().union(*(e.free_symbols for e in eqs)) - {A, B, C}
    plain = re.search(r"\b(?:value of|what is|find) ([a-z])\s*[?.]?\s*$", text)
    asked: list[sp.Expr] = []
    if plain and sp.Symbol(plain.group(1)) in letters | set(form):
        asked.append(sp.Symbol(plain.group(1)))
        text = text[:plain.start(1)] + " ; " + text[plain.end(1):]
    text = re.sub(r"\(\s*@(\d+)@\s*\)", lambda m: " " if re.fullmatch(  # "(1) ... (2) ..."
        r"\s*\d\s*", split.maths[int(m.group(1))]) else m.group(0), text)
    pieces = [int(g) for g in re.findall(r"@(\d+)@", text)]
    for i in pieces:
        v = parse_latex(split.maths[i])
        if not isinstance(v, sp.Expr) or point_of(split.maths[i]) is not None:
            return None
        asked.append(v)
    bare = re.sub(r"@\d+@|\b[xy]-(intercepts?|coordinates?)\b", r" \1 ", text)
    if not words_within(bare, VOCAB):
        return None
    unknowns = [A, B, C, *sorted(letters, key=str)]
    sols = [s for s in sp.solve(eqs, unknowns, dict=True)
            if all(k in s and s[k].is_real and not s[k].free_symbols for k in unknowns)
            and s[A] != 0]
    for kind in {c[-1] for c in checks if c[0] in ("vertex", "extreme")} - {""}:
        sols = [s for s in sols if (s[A] < 0) == (kind == "maximum")]
    if len(sols) != 1:
        raise Decline("the facts do not fix one parabola")
    sol = sols[0]
    quad = sol[A] * X**2 + sol[B] * X + sol[C]
    value, what = _question(text, sol, form, asked, as_form, quad, checks)
    _confirm(quad, sol, checks, value, what)
    named = {**{k: sol[v] for k, v in form.items()}, **{k: sol[k] for k in letters}}
    shown = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in named.items()) or \
        f"y = {latex(quad)}"
    return value, [
        step("what is known", "Each fact about the graph is an equation in its coefficients "
             "(a vertex (h, k) gives a h^2 + b h + c = k and -b/(2a) = h).", "; ".join(
                 f"${latex(sp.Eq(e.subs(_SHOWN), 0))}$" for e in eqs) + ".", ""),
        step("solve for the coefficients", "Solve the equations together.",
             f"$y = {latex(quad)}$" + (f": ${shown}$" if named else "") + ".", ""),
        step("answer", "Read off what is asked.", f"{what}: ${latex(value)}$.", "")]


def _question(text: str, sol: dict, form: dict, asked: list[sp.Expr], as_form: bool,
              quad: sp.Expr, checks: list[tuple]) -> tuple[sp.Basic, str]:
    named = {**{k: sol[v] for k, v in form.items()},
             **{k: v for k, v in sol.items() if k not in (A, B, C)}}
    w = words(text)
    if asked:
        if len(asked) != 1 or asked[0].free_symbols - set(named):
            raise Decline("an expression the parabola's letters do not fix")
        return sp.simplify(asked[0].subs(named)), f"${latex(asked[0])}$"
    if re.search(r"\bother x-intercept\b", text):
        told = {c[1][0] for c in checks if c[0] == "point" and c[1][1] == 0}
        roots = set(sp.solve(quad, X)) - told
        if len(told) != 1 or len(roots) != 1 or not next(iter(roots)).is_real:
            raise Decline("not one other x-intercept")
        root = roots.pop()
        if "coordinate" in w:
            return root, "The $x$-coordinate of the other $x$-intercept"
        return sp.Tuple(root, 0), "The other $x$-intercept"
    if "equation" in w or as_form:
        return (quad if as_form else sp.Eq(Y, quad)), "The quadratic"
    if re.search(r"\by-intercept\b", text):
        return sol[C], "The $y$-intercept"
    raise Decline("what is asked of the parabola is not clear")


def _confirm(quad: sp.Expr, sol: dict, checks: list[tuple], value: sp.Basic, what: str
             ) -> None:
    def at(x: sp.Expr) -> sp.Expr:
        return quad.subs(X, _as_expr(x).subs(sol))

    ok = True
    for c in checks:
        if c[0] == "point":
            ok &= sp.simplify(at(c[1][0]) - _as_expr(c[1][1]).subs(sol)) == 0
        elif c[0] == "extreme":  # the value at the axis, where the graph is symmetric
            h = -quad.coeff(X, 1) / (2 * quad.coeff(X, 2))
            ok &= all(sp.simplify(at(h - t) - at(h + t)) == 0 for t in (1, 2, 5))
            ok &= sp.simplify(at(h) - c[1]) == 0 and (quad.coeff(X, 2) < 0) == (
                c[2] == "maximum")
        else:  # a vertex or an axis: equal values at equal distances on both sides
            h = c[1]
            ok &= all(sp.simplify(at(h - t) - at(h + t)) == 0 for t in (1, 2, 5))
            if c[0] == "vertex":
                ok &= sp.simplify(at(h) - c[2]) == 0
    if "other" in what:
        root = value[0] if isinstance(value, sp.Tuple) else value
        ok &= sp.simplify(quad.subs(X, root)) == 0
    confirm.check(bool(ok), "the parabola found meets every fact (by evaluation and symmetry)")


__all__ = ["read_parabola"]
