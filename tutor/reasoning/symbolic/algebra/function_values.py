"""Typed reader: functions given by formulas, then a value or an equation about them.

"If $f(x) = 3x - 1$, what is $f(4)$?", "Let $f(x) = x^2$ and $g(x) = 2x + 1$. Compute
$f(g(2)) - g(f(2))$", "Given $h(t) = \\frac{t + 1}{2}$, find $h^{-1}(5)$", "For what value
of $x$ is $f(x) = 11$?", "Find $a$ such that $f(a) = f(2a - 3)$": every piece but the
question is a definition `name(var) = formula`. A value is computed call by call
(`functions.Table`) and confirmed by evaluating the whole expression numerically with the
definitions substituted; an equation is written out with the formulas and solved, each
solution confirmed by substitution (`equations.solve_equation`). Functions combined into a
polynomial in their variable ("Express $f(x) + g(x)$ as a single polynomial", "$f(g(x))$")
are written out and multiplied out, confirmed by evaluating the calls at sample numbers.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, handlers
from tutor.reasoning.symbolic.algebra import clauses, functions
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.typed import FILLER, words

Result = tuple[sp.Basic | str, list[Step]]

VOCAB = frozenset(
    "let given if and be defined by function functions where define for which such that with "
    "take consider using "
    "satisfy satisfies solve solution solutions real all equal equals true what value values "
    "number numbers x at inverse when".split())
_ASK_WORDS = frozenset("what find compute evaluate calculate determine give".split())
# "(f \\circ g)(2)" is f(g(2))
_COMPOSED = re.compile(r"\(\s*([a-zA-Z])\s*\\circ\s*([a-zA-Z])\s*\)\s*\(([^()]*)\)")
# "the value of the function at $3$ (at $t = 3$)": a value asked at a point
_AT = re.compile(r"\b(?:at|when|for|if) @(\d+)@")
_NAME_SPACE = re.compile(r"(?<![\\a-zA-Z])([a-zA-Z])\s+(?=\()")  # `f (x)` is `f(x)`
_CALL = re.compile(r"(?<![\\a-zA-Z])([a-zA-Z])\s*(?:\^\s*\{\s*-\s*1\s*\}|\^\s*-\s*1)?\s*\(")


# "Express $f(x) + g(x)$ as a single polynomial, with the terms in order by decreasing
# degree": the question is the expression, its form the one a polynomial is given in
_AS_POLYNOMIAL = re.compile(
    r"\b(?:express|write|give) @(\d+)@ as a (?:single )?polynomial(?:,? with the (?:terms|"
    r"degrees of the terms) in (?:order (?:of|by) )?decreasing (?:order|degree)(?: of degree)?)?"
    r"\.?$")


def read_function(split: Split, template: str) -> Result | None:
    template = _AS_POLYNOMIAL.sub(r"find @\1@.", template.strip())
    w = words(template)
    if "@" not in template or w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    defs, names = [], set()
    named = {d.group(1) for m in split.maths if (d := functions.FUNCTION_DEFINITION.match(
        _NAME_SPACE.sub(r"\1", m.strip())))}
    split = Split(split.template, [_NAME_SPACE.sub(
        lambda c: c.group(1) if c.group(1) in named else c.group(0), m) for m in split.maths])
    split = Split(split.template, [_COMPOSED.sub(r"\1(\2(\3))", re.sub(
        r"\\(?:left|right)(?=[()])", "", m)) if "\\circ" in m else m for m in split.maths])
    for i, src in enumerate(split.maths):  # the first `f(x) = ...` of each name defines it
        d = functions.FUNCTION_DEFINITION.match(src.strip())
        if d and d.group(1) not in names and "=" not in d.group(3):
            defs.append(i)
            names.add(d.group(1))
    if not defs:
        return None
    others = [i for i in range(len(split.maths)) if i not in defs  # "the function $f$",
              and not (clauses.is_letters(split.maths[i])  # "let $P, Q$ be functions"
                       and {str(s) for s in clauses.letters(split.maths[i])} <= names)]
    letters = [i for i in others if clauses.is_letters(split.maths[i])]
    asked = [i for i in others if i not in letters]
    if len(asked) == 1 and len(defs) == 1:
        at = _at_point(split, template, w, defs[0], asked[0])
        if at is not None:
            split = Split(split.template, [*split.maths[:asked[0]], at,
                                           *split.maths[asked[0] + 1:]])
    if "inverse" in w and not re.search(r"\^\s*\{?\s*-\s*1", "".join(
            split.maths[i] for i in asked)):
        return None
    if len(asked) != 1 or not any(m.group(1) in names
                                  for m in _CALL.finditer(split.maths[asked[0]])):
        return None
    if re.search(rf"(?:^|[.;:] )(?:let|suppose|assume|given|if) @{asked[0]}@", template):
        return None  # "Let h(4x - 1) = 2x + 7. For what x is h(x) = x?": a fact, not a question
    query = split.maths[asked[0]]
    if "=" not in query:
        if letters or not w & _ASK_WORDS:  # the one piece not defined is the one asked
            return None
        return _value([split.maths[i] for i in defs], query)
    if not (w & {"what", "find", "solve", "which", "determine", "value", "values"}):
        return None
    unknown = None
    if letters:
        found = [x for i in letters for x in clauses.letters(split.maths[i])]
        if len(set(found)) != 1:
            raise Decline("one unknown")
        unknown = found[0]
    return _equation([split.maths[i] for i in defs], query, unknown)


def _at_point(split: Split, template: str, w: set[str], d: int, i: int) -> str | None:
    """"the value of the function at $3$", "... at $t = 3$", "the inverse of $f$ at $11$":
    the call asked for, written out, when the piece is a point of the one function."""
    m = _AT.search(template)
    found = functions.FUNCTION_DEFINITION.match(split.maths[d].strip())
    if not m or int(m.group(1)) != i or not found:
        return None
    point = re.fullmatch(r"\s*(?:([a-z])\s*=\s*)?([^=]+?)\s*", split.maths[i])
    if not point or point.group(1) not in (None, found.group(2)):
        return None
    name = found.group(1) + ("^{-1}" if "inverse" in w else "")
    return f"{name}({point.group(2)})"


def _value(defs: list[str], query: str) -> Result:
    table = functions.Table(defs)
    if any(m.group(1) not in table.f for m in _CALL.finditer(query)):
        raise Decline("a call that is not a defined function")
    variables = {x for x, _ in table.f.values()}
    if parse_latex(re.sub(_CALL, "(", query)).free_symbols & variables:
        return _combined(defs, query)
    value, steps = functions.function_value(defs, query)
    table = functions.Table(defs)
    if re.search(functions.INVERSE_MARK, query):  # an inverse value was found by solving: confirmed
        if not confirm.confirmations():  # by substitution there
            raise Decline("the value could not be confirmed")
        return value, steps
    call = re.compile(r"(?<![\\a-zA-Z])([" + "".join(table.f) + r"])\s*\(")
    whole = re.sub(r"\\(?:left|right)(?=[()])", "", query)
    confirm.value(handlers.formulas_put_in(whole, call, table.f, real_only=True), value,
                  "the value")
    return value, steps


def _combined(defs: list[str], query: str) -> Result:
    """Functions combined into a polynomial or a rational function in their variable
    ("f(x) + g(x)", "f(g(x))"): every call written out with its formula and multiplied out
    (a rational function in lowest terms); confirmed by evaluating
    the calls one by one at several numbers and comparing with the result there."""
    written = inlined_calls(defs, query)
    e = parse_latex(written)
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1:
        raise Decline("an expression in one variable")
    x = next(iter(e.free_symbols))
    final = sp.expand(e)
    polynomial = final.is_polynomial(x)
    if polynomial:
        final = sp.Poly(final, x).as_expr()
    elif final.is_rational_function(x):  # in lowest terms: f(f(x)) = x for (x+1)/(x-1)
        final = sp.cancel(sp.together(e))
    else:
        raise Decline("neither a polynomial nor a rational function: which form is asked "
                      "is unclear")
    table = functions.Table(defs)
    for r in (sp.Rational(-7, 3), sp.Rational(2, 5), sp.Integer(3)):
        at = re.sub(rf"(?<![\\a-zA-Z]){x}(?![a-zA-Z])", "(" + latex(r).replace("\\", "\\\\")
                    + ")", query)
        direct = table.evaluate(at, [])
        confirm.check(sp.simplify(direct - final.subs(x, r)) == 0,
                      "the calls evaluated one by one at sample numbers give the same values")
    steps = [step("write out the formulas", "Replace each function by its formula.",
                  f"${query} = {written}$", ""),
             step("collect like terms" if polynomial else "simplify the fraction",
                  "Multiply out and add the terms with the same power." if polynomial
                  else "Put everything over one denominator and cancel the common factors.",
                  f"${written} = {latex(final)}$", f"{written} = {latex(final)}")]
    return final, steps


def _equation(defs: list[str], query: str, unknown: sp.Symbol | None) -> Result:
    lhs_src, rhs_src = query.split("=", 1)
    if "=" in rhs_src or re.search(r"<|>|\\[lg]e", query):
        raise Decline("one equation")
    free = set()
    sides = []
    for side in (lhs_src, rhs_src):
        e = parse_latex(inlined_calls(defs, side))
        free |= e.free_symbols
        sides.append(e)
    if len(free) != 1 or (unknown is not None and free != {unknown}):
        raise Decline("an equation in one unknown")
    x = free.pop()
    eq = sp.Eq(*sides)
    if eq in (sp.true, sp.false):
        raise Decline("the equation holds for every value or none")
    claim = f"{latex(eq.lhs)} = {latex(eq.rhs)}"
    first = step("write out the formulas", "Replace each function by its formula.",
                 f"${query}$ means ${claim}$.", "")
    out = [first]
    if eq.lhs.has(x) and eq.rhs.has(x):  # gather the terms on one side first
        one_side = sp.expand(eq.lhs - eq.rhs)
        moved = f"\\left({latex(eq.lhs)}\\right) - \\left({latex(eq.rhs)}\\right) = " \
            f"{latex(one_side)}"
        out.append(step("move every term to one side", "Subtract the right side from both "
                        "sides.", f"${moved}$, so ${latex(one_side)} = 0$.", moved))
        claim = f"{latex(one_side)} = 0"
    value, steps = handlers.solve(claim, latex(x))
    return value, out + steps


_INDEXED_LETTER = re.compile(r"\s*([a-zA-Z])_\s*(?:\{\s*(\d+)\s*\}|(\d))\s*")


def call_argument(src: str) -> sp.Basic:
    """The argument of a call: a letter with a numeric index (`x_1`, `r_{2}`, a root or a
    term named that way) is one symbol written as it was; anything else is read as maths."""
    m = _INDEXED_LETTER.fullmatch(src)
    if m is not None:
        return sp.Symbol(f"{m.group(1)}_{m.group(2) or m.group(3)}")
    return parse_latex(src)


def inlined_calls(defs: list[str], src: str) -> str:
    """`src` with every call of a function defined in `defs` replaced by its formula."""
    table = functions.Table(defs)
    for _ in range(12):
        found = handlers.innermost_call(_CALL, src)
        if found is None:
            return src
        m, end = found
        if m.group(1) not in table.f or "^" in m.group(0):
            raise Decline("a call that is not a defined function")
        x, body = table.f[m.group(1)]
        arg = call_argument(src[m.end():end])
        put_in = body.subs(x, arg)
        # a polynomial multiplied out; a fraction of fractions kept as written, the way a
        # student writes f(f(x)) out before simplifying
        put_in = (final_value(put_in) if not arg.free_symbols
                  else sp.expand(put_in) if put_in.is_polynomial() else put_in)
        src = src[:m.start()] + "\\left(" + latex(put_in) + "\\right)" + src[end + 1:]
    raise Decline("too many nested calls")


__all__ = ["call_argument", "inlined_calls", "read_function"]
