"""Floors and ceilings: `\\lfloor x \\rfloor`, `\\lceil x \\rceil` and "the greatest integer
less than x", inside expressions the engine then evaluates.

Each bracket's integer is found twice: by SymPy's exact `floor`/`ceiling` and by an
interval bound at high precision (mpmath: the value lies strictly between two integers,
far from both, or it is an exact rational). When the two differ, or the value sits too
close to an integer to tell, the problem is declined.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra.expressions import evaluate_steps
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.typed import words_within

Result = tuple[sp.Basic, list[Step]]

_SIZED = re.compile(r"\\(?:left|right|big|Big|bigg|Bigg)[lr]?\s*(?=\\[lr](?:floor|ceil))")
_INNER = re.compile(r"\\l(floor|ceil)((?:(?!\\[lr](?:floor|ceil)).)*?)\\r(floor|ceil)", re.S)
_DPS = 60


def _bounded(v: sp.Basic, kind: str) -> int:
    """The floor or ceiling of the constant `v`, found two ways, or Decline."""
    if v.free_symbols or not v.is_real:
        raise Decline("a floor or ceiling of something that is not a real number")
    if v.is_Rational:
        p, q = int(v.p), int(v.q)
        exact = p // q if kind == "floor" else -((-p) // q)
        by_sympy = int(sp.floor(v) if kind == "floor" else sp.ceiling(v))
        confirm.check(exact == by_sympy, "integer division gives the same whole part")
        return exact
    by_sympy = sp.floor(v) if kind == "floor" else sp.ceiling(v)
    if not by_sympy.is_Integer:
        raise Decline("the whole part could not be found exactly")
    with mpmath.workdps(_DPS):
        x = numeric.to_mp(sp.N(v, _DPS + 10))
        if x is None or x.imag != 0:
            raise Decline("no numerical value")
        lo = mpmath.floor(x.real)
        if x.real - lo < mpmath.mpf(10) ** -40 or lo + 1 - x.real < mpmath.mpf(10) ** -40:
            raise Decline("too close to an integer to bound safely")
        by_bounds = int(lo) if kind == "floor" else int(lo) + 1
    confirm.check(by_bounds == int(by_sympy),
                  f"a {_DPS}-digit interval bound gives the same {kind}")
    return int(by_sympy)


def _bound_step(src: str, v: sp.Basic, kind: str, n: int) -> Step:
    lo = n if kind == "floor" else n - 1
    name = "\\lfloor" if kind == "floor" else "\\lceil"
    close = "\\rfloor" if kind == "floor" else "\\rceil"
    inner = latex(v) if v.is_Rational else src.strip()
    claim = f"{lo} < {inner} < {lo + 1}"
    if kind == "floor" and v.is_Integer or kind == "ceil" and v.is_Integer:
        claim = f"{inner} = {n}"
    return step(f"bound the {kind}", "Which two consecutive integers does it lie between?",
                f"${claim}$, so ${name} {src.strip()} {close} = {n}$", claim)


def unbraced(src: str) -> str:
    """`{\\sqrt{12}}` is `\\sqrt{12}`: one group of braces around the whole inside is TeX
    grouping, not a set."""
    s = src.strip()
    if not (s.startswith("{") and s.endswith("}")):
        return src
    depth = 0
    for i, ch in enumerate(s):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth == 0 and i < len(s) - 1:
            return src  # "{a}+{b}": the first group closes before the end
    return s[1:-1]


def replace_brackets(src: str) -> tuple[str, list[Step]]:
    """`src` with every floor and ceiling bracket replaced by its integer, innermost first."""
    s = _SIZED.sub("", src)
    steps: list[Step] = []
    for _ in range(12):
        m = _INNER.search(s)
        if m is None:
            break
        if m.group(1) != m.group(3):
            raise Decline("a floor bracket closed as a ceiling (or the reverse)")
        inner = unbraced(m.group(2))
        v = parse_latex(inner)
        n = _bounded(v, m.group(1))
        steps.append(_bound_step(inner, v, m.group(1), n))
        s = s[:m.start()] + f"({n})" + s[m.end():]
    if re.search(r"\\[lr](?:floor|ceil)", s):
        raise Decline("unbalanced floor or ceiling brackets")
    return s, steps


def evaluate_with_brackets(src: str) -> Result:
    """The value of a constant expression holding floor or ceiling brackets."""
    rest, steps = replace_brackets(src)
    if not steps:
        raise Decline("no floor or ceiling")
    e = parse_latex(rest)
    if e.free_symbols:
        raise Decline("free letters beside the brackets")
    if e.is_Integer:
        return e, steps
    value, more = evaluate_steps(e)
    confirm.value(e, value)
    return value, steps + more


_WHOLE = {
    "floor": r"the (?:greatest|largest) integer (?:that is )?(?:less than or equal to|not "
             r"(?:greater than|exceeding|more than)|at most)",
    "below": r"the (?:greatest|largest) integer (?:that is )?(?:strictly )?less than",
    "ceil": r"the (?:least|smallest) integer (?:that is )?(?:greater than or equal to|not less "
            r"than|at least)",
    "above": r"the (?:least|smallest) integer (?:that is )?(?:strictly )?greater than",
}
WHOLE_PART = [(kind, re.compile(r"(?:(?:what is|find|compute|determine) )?" + pattern
                                + r" @(\d+)@")) for kind, pattern in _WHOLE.items()]


def integer_near(src: str, kind: str) -> Result:
    """The greatest integer below (or at most) x, the least above (or at least) x."""
    v = parse_latex(src)
    if isinstance(v, sp.Basic) and v.free_symbols:
        raise Decline("free letters")
    value, steps = (v, []) if v.is_Rational else evaluate_steps(v)
    base = "floor" if kind in ("floor", "below") else "ceil"
    n = _bounded(value, base)
    if value.is_Integer and kind in ("below", "above"):
        n = n - 1 if kind == "below" else n + 1
        claim = f"{n} < {latex(value)}" if kind == "below" else f"{latex(value)} < {n}"
        return sp.Integer(n), steps + [step("step past the integer", "The number is itself an "
                                            "integer, and the inequality is strict.",
                                            f"${claim}$", claim)]
    return sp.Integer(n), steps + [_bound_step(latex(value), value, base, n)]




_PLACES = {"whole number": 0, "integer": 0, "tenth": 1, "hundredth": 2, "thousandth": 3}
_ROUND = re.compile(r"(?:(?:what is|find|compute|evaluate|calculate|round) )?@0@,? (?:rounded )?"
                    r"to the nearest (whole number|integer|tenth|hundredth|thousandth)")
# "Round 2.718 to two decimal places", "... to 3 decimal places", "to one decimal place"
_ROUND_PLACES = re.compile(r"(?:(?:what is|find|compute|evaluate|calculate|round) )?@0@,? "
                           r"(?:rounded )?(?:correct )?to (@1@|one|two|three|four|five|six) "
                           r"decimal places?")
_PLACE_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def rounded(src: str, places: int) -> tuple[str, list[Step]]:
    """`src` rounded to `places` decimal places (halves up, for positive numbers)."""
    v = parse_latex(src)
    if not isinstance(v, sp.Basic) or v.free_symbols:
        raise Decline("a number to round")
    value, steps = (v, []) if v.is_Rational else evaluate_steps(v)
    scaled = value * 10**places
    if scaled.is_Rational and scaled.q == 2 and value < 0:
        raise Decline("a negative number exactly halfway: rounding conventions differ")
    n = _bounded(scaled + sp.Rational(1, 2), "floor")
    text = str(sp.Rational(n, 10**places)) if places == 0 else \
        f"{'-' if n < 0 else ''}{abs(n) // 10**places}.{abs(n) % 10**places:0{places}d}"
    claim = f"{latex(value)} \\approx {text}"
    return text, steps + [step("round", "Look at the digit after the last place kept.",
                               f"${claim}$", claim)]


_VALUE_VOCAB = frozenset(
    "what is find compute evaluate calculate determine simplify value exact without using "
    "calculator greatest largest least smallest integer less greater than or equal to not "
    "exceeding more at most strictly round rounded nearest whole number tenth hundredth "
    "thousandth".split())
_ASK_VALUE = re.compile(r"(?:(?:what is|what's|find|compute|evaluate|calculate|determine"
                        r"|simplify)(?: the (?:exact )?value of)? )?@0@(?:,? without (?:using "
                        r")?a calculator)?")


def read(split: Split, template: str) -> Result | None:
    """"Evaluate ⌊√50⌋ + ⌈2.3⌉", "the greatest integer less than 10.3^3"."""
    body = template.rstrip(" .?!")
    if (r := _ROUND_PLACES.fullmatch(body)) is not None and len(split.maths) == (
            2 if r.group(1) == "@1@" else 1):
        said = r.group(1)
        count = split.maths[1].strip() if said == "@1@" else ""
        if count and not count.isdigit():
            raise Decline("a whole number of decimal places")
        places = _PLACE_WORDS[said] if said in _PLACE_WORDS else int(count)
        if not 1 <= places <= 12:
            raise Decline("a number of decimal places from 1 to 12")
        return rounded(split.maths[0], places)
    if len(split.maths) != 1 or not words_within(template, _VALUE_VOCAB):
        return None
    for kind, pattern in WHOLE_PART:
        m = pattern.fullmatch(re.sub(r",? without (?:using )?a calculator", "", body))
        if m:
            return integer_near(split.maths[0], kind)
    if (r := _ROUND.fullmatch(body)) is not None:
        text, steps = rounded(split.maths[0], _PLACES[r.group(1)])
        return (sp.Integer(int(text)) if "." not in text else text), steps
    if re.search(r"\\[lr](?:floor|ceil)", split.maths[0]) and _ASK_VALUE.fullmatch(body):
        return evaluate_with_brackets(split.maths[0])
    return None


bounded = _bounded  # the floor parser (floor_brackets) settles constant brackets with it

__all__ = ["WHOLE_PART", "bounded", "evaluate_with_brackets", "integer_near", "read",
           "replace_brackets"]
