"""Typed reader: arithmetic with complex numbers written with $i$ - a value, a value after
letters are given complex values, or a linear equation's solution - answered as $a + bi$.

"Express $(2 - 3i) + 4(1 + i)$ as a complex number", "Simplify $\\frac{5 + i}{1 - i}$. Your
answer should be of the form $a + bi$, where $a$ and $b$ are real numbers", "What is
$2u - v$, where $u = 1 + i$ and $v = 3 - 2i$?", "If $w = 2 - i$, find $w^2$. (Note that
$i^2 = -1$.)", "Solve for $z$: $3 + iz = 1 - iz$". The letter $i$ is the imaginary unit only
when the problem uses it so (it is the only letter of a number, or `i^2 = -1` is stated).
Each answer is confirmed by evaluating the original expression numerically with mpmath
(`confirm.value`) or, for an equation, by substituting the solution back.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.complex_equations import CONJUGATE
from tutor.reasoning.symbolic.typed import words_within

I = sp.Symbol("i")  # noqa: E741 - the imaginary unit as the problems write it
_STAND_INS = ("xi", "eta", "kappa", "chi")
_FORMAT = [
    re.compile(r"\.? ?\(?(?:your answer should be|express your answer|write your answer|"
               r"express it|give your answer)?,? ?(?:as a complex number )?(?:of |in )?the form "
               r"@(?P<form>\d+)@(?:,? where @\d+@ and @\d+@ are (?:both )?(?:real numbers|"
               r"integers)(?: and written as improper fractions \(if necessary\))?)?\.?\)?"),
    re.compile(r",? ?\(?(?:note that|where|and) @(?P<unit>\d+)@\s*\.?\s*\)?"),  # i^2 = -1
    # "where $i$ is the imaginary unit", "(here i denotes the imaginary unit)"
    re.compile(r",? ?\(?(?:where|here|and) @(?P<named>\d+)@ (?:is|denotes|represents|stands for) "
               r"the imaginary unit\s*\.?\s*\)?"),
    re.compile(r",? ?(?:express your answer|simplify your answer)? ?(?:as a complex number|"
               r"in standard form|as much as possible)\.?"),
]
_EVALUATE = re.compile(r"^(?:simplify|evaluate|compute|calculate|express|find|what is|write"
                       r"|(?P<verb>multiply|divide))(?: the value of)? @(\d+)@[.?]?$")
# "Find the real part of @0@", "What is the imaginary part of @0@?"
_PART = re.compile(r"^(?:find|what is|compute|determine|give|calculate) the (?P<part>real|"
                   r"imaginary) part of (?:the complex number )?@(?P<k>\d+)@[.?]?$")
_SUBST = [re.compile(r"^(?:if|given that|given|let|when|for) (?P<a>@\d+@(?:,? (?:and )?@\d+@)*),? "
                     r"(?:then )?(?:find|what is|compute|evaluate|calculate)(?: the (?:value|"
                     r"product|sum) of| the (?:product|sum))? @(?P<t>\d+)@[.?]?$"),
          re.compile(r"^(?:what is|find|compute|evaluate|calculate)(?: the value of)? @(?P<t>\d+)@"
                     r",? (?:where|if|given that|when) (?P<a>@\d+@(?:,? (?:and )?@\d+@)*)[.?]?$")]
# two complex numbers combined, said in words in any order: "the product of @0@ and @1@",
# "multiply @0@ by @1@", "when @0@ is multiplied by @1@, what is the result?", "@0@ times @1@"
_NUMBERS = r"(?:the (?:complex )?numbers )?"
_COMBINED = [
    (re.compile(rf"\b(?:product|sum) of {_NUMBERS}@(\d+)@ and @(\d+)@"), None),
    (re.compile(rf"\bmultiply {_NUMBERS}@(\d+)@ (?:and|by) @(\d+)@"), "product"),
    (re.compile(rf"\badd {_NUMBERS}@(\d+)@ (?:and|to) @(\d+)@"), "sum"),
    (re.compile(r"@(\d+)@ (?:is )?(?:multiplied by|times) @(\d+)@"), "product"),
    (re.compile(r"@(\d+)@ (?:is )?added to @(\d+)@"), "sum")]
_COMBINED_WORDS = frozenset(
    "product sum of multiply multiplied add added by to times and complex numbers what is the "
    "result find compute calculate evaluate determine give do does you we get when if then "
    "what's".split())
_SOLVE = re.compile(r"^solve for @(?P<x>\d+)@(?: in the following equation)?:? @(?P<e>\d+)@[.?]?$"
                    r"|^solve @(?P<e2>\d+)@ for @(?P<x2>\d+)@[.?]?$")


def _as_complex(e: sp.Basic) -> sp.Basic:
    return e.xreplace({I: sp.I})


def _standard(v: sp.Basic) -> sp.Basic:
    """a + bi with a and b simplified."""
    v = sp.expand(sp.radsimp(sp.expand(v)))
    re_part, im_part = (final_value(sp.nsimplify(p)) if p.is_Rational else sp.simplify(p)
                        for p in v.as_real_imag())
    return re_part + im_part * sp.I


def read_complex(split: Split, template: str) -> Result | None:
    if not any("i" in m for m in split.maths):
        return None
    tmpl = template.lower().strip()
    unit_stated = False
    for pattern in _FORMAT:
        for m in reversed(list(pattern.finditer(tmpl))):
            groups = m.groupdict()
            if groups.get("unit") is not None:
                stated = parse_latex(split.maths[int(groups["unit"])])
                if not (isinstance(stated, sp.Equality)
                        and {stated.lhs, stated.rhs} == {I**2, -1}):
                    continue  # "where a = 2 + i": not the unit's note
                unit_stated = True
            if groups.get("named") is not None:
                if split.maths[int(groups["named"])].strip() != "i":
                    return None  # "where $j$ is the imaginary unit": not the letter read as it
                unit_stated = True
            if groups.get("form") is not None:
                form = parse_latex(split.maths[int(groups["form"])])
                # a + bi: first degree in i, with letters around it; "re^{i theta}" or
                # "r(cos theta + i sin theta)" asks another form
                if not isinstance(form, sp.Expr) or I not in form.free_symbols or \
                        not form.is_polynomial(I) or sp.degree(form, I) != 1 or not all(
                            c.is_polynomial() for c in sp.Poly(sp.expand(form), I).coeffs()):
                    return None
            tmpl = (tmpl[:m.start()] + tmpl[m.end():]).strip()
    tmpl = re.sub(r"\s*[.?]$", "", tmpl).strip()
    if (ev := _EVALUATE.match(tmpl)):
        src = split.maths[int(ev.group(2))]
        if ev["verb"] and not _said_by_verb(ev["verb"], parse_latex(src)):
            return None
        return _evaluate(src)
    if (part := _PART.match(tmpl)):
        return _part(split.maths[int(part.group("k"))], part.group("part"))
    for pattern in _SUBST:
        if (sub := pattern.match(tmpl)):
            given = [int(i) for i in re.findall(r"@(\d+)@", sub.group("a"))]
            return _substitute(split.maths, given, int(sub.group("t")), unit_stated)
    if (combined := _combine(split.maths, tmpl)) is not None:
        return _evaluate(combined)
    if (so := _SOLVE.match(tmpl)):
        x = split.maths[int(so.group("x") or so.group("x2"))]
        return _solve(split.maths[int(so.group("e") or so.group("e2"))], x)
    return None


def _combine(maths: list[str], tmpl: str) -> str | None:
    """Two numbers multiplied or added in words, as one expression; else None."""
    if len(set(re.findall(r"@(\d+)@", tmpl))) != 2 or not words_within(tmpl, _COMBINED_WORDS):
        return None
    for pattern, op in _COMBINED:
        if (m := pattern.search(tmpl)):
            said = op or ("sum" if "sum of" in m.group(0) else "product")
            if said not in tmpl and op is None:
                return None
            a, b = maths[int(m.group(1))], maths[int(m.group(2))]
            if ("sum" if said == "product" else "product") in tmpl:
                return None  # both said: not clear which is asked
            return f"\\left({a}\\right){' + ' if said == 'sum' else ' '}\\left({b}\\right)"
    return None


def _said_by_verb(verb: str, e: sp.Basic) -> bool:
    """"Multiply (2 + 3i)(1 - i)" is said of a product, "divide (1 + i)/(1 - i)" of a
    quotient."""
    if verb == "multiply":
        return isinstance(e, sp.Mul) and sum(isinstance(f, sp.Add) for f in e.args) >= 1 and \
            len(e.args) >= 2
    return isinstance(e, sp.Mul) and any(isinstance(f, sp.Pow) and f.exp.is_negative
                                         for f in e.args)


def _evaluate(src: str) -> Result | None:
    e = parse_latex(src)
    if not isinstance(e, sp.Expr) or e.free_symbols != {I}:
        return None
    z = _as_complex(e)
    value = _standard(z)
    if value.free_symbols or not value.is_number:
        raise Decline("not a number")
    confirm.value(z, value, "the complex value")
    claim = f"{src} = {latex(value)}"
    hint = "Multiply out, use $i^2 = -1$, and collect the real and imaginary parts."
    if e.has(sp.Pow) and any(p.exp.is_negative for p in e.atoms(sp.Pow)):
        hint = "Multiply top and bottom by the conjugate of the denominator; use $i^2 = -1$."
    return value, [step("simplify with i^2 = -1", hint, f"${claim}$", claim)]


def _part(src: str, part: str) -> Result | None:
    """The real or imaginary part of a complex value: the value as a + bi, then a or b."""
    got = _evaluate(src)
    if got is None:
        return None
    value, steps = got
    if not isinstance(value, sp.Expr):
        return None
    a, b = (sp.simplify(p) for p in value.as_real_imag())
    if not (a.is_real and b.is_real):
        raise Decline("parts that are not real numbers")
    confirm.check(sp.simplify(a + b * sp.I - value) == 0, "the parts rebuild the value")
    asked = a if part == "real" else b
    name = "Re" if part == "real" else "Im"
    claim = f"\\operatorname{{{name}}}\\left({latex(value)}\\right)"
    claim += f" = {latex(asked)}"
    steps.append(step(f"the {part} part", f"In $a + bi$ the {part} part is "
                      f"${'a' if part == 'real' else 'b'}$.", f"${claim}$", claim))
    return asked, steps


def _substitute(maths: list[str], given: list[int], target_i: int,
                unit_stated: bool) -> Result | None:
    values: dict[sp.Symbol, sp.Basic] = {}
    for i in given:
        eq = parse_latex(maths[i])
        if not (isinstance(eq, sp.Equality) and isinstance(eq.lhs, sp.Symbol) and eq.lhs != I
                and eq.rhs.free_symbols <= {I}):
            raise Decline("letters given complex values")
        if eq.lhs in values:
            raise Decline("a letter given twice")
        values[eq.lhs] = _as_complex(eq.rhs)
    if not any(v.has(sp.I) for v in values.values()) and not unit_stated:
        return None
    target_src, conjugates = _conjugates(maths[target_i], values)
    target = parse_latex(target_src)
    if not isinstance(target, sp.Expr) or not target.free_symbols <= set(values) | set(
            conjugates) | {I} or not target.free_symbols & (set(values) | set(conjugates)):
        raise Decline("the asked expression in the given letters")
    z = _as_complex(target).subs({**values, **conjugates}, simultaneous=True)
    value = _standard(z)
    if value.free_symbols:
        raise Decline("not a number")
    listed = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in values.items())
    confirm.value(z, value, "the complex value")
    claim = f"{latex(target) if not conjugates else maths[target_i]} = {latex(value)}"
    if conjugates:
        listed += "".join(
            f", \\overline{{{latex(k)}}} = {latex(sp.conjugate(v))}" for k, v in values.items()
            if re.search(CONJUGATE.replace("NAME", str(k)), maths[target_i]))
    steps: list[Step] = [step("substitute and simplify", f"Put in ${listed}$, multiply out and "
                              "use $i^2 = -1$.", f"${claim}$", "")]
    return value, steps


def _conjugates(src: str, values: dict[sp.Symbol, sp.Basic]
                ) -> tuple[str, dict[sp.Symbol, sp.Basic]]:
    """`src` with each conjugate of a given letter (`\\bar{z}`, `\\overline{z}`) written as a
    stand-in Greek letter, and the stand-ins' values (the conjugates of the letters')."""
    out: dict[sp.Symbol, sp.Basic] = {}
    free = [g for g in _STAND_INS if f"\\{g}" not in src]
    for k, v in values.items():
        pattern = CONJUGATE.replace("NAME", re.escape(str(k)))
        if len(str(k)) == 1 and re.search(pattern, src):
            if not free:
                raise Decline("too many conjugates")
            name = free.pop(0)
            src = re.sub(pattern, f" \\\\{name} ", src)
            out[sp.Symbol(name)] = sp.conjugate(v)
    return src, out


def _solve(eq_src: str, x_src: str) -> Result:
    eq, x = parse_latex(eq_src), parse_latex(x_src)
    if not (isinstance(eq, sp.Equality) and isinstance(x, sp.Symbol) and x != I
            and eq.free_symbols == {x, I}):
        raise Decline("an equation in one unknown and i")
    expr = sp.expand(_as_complex(eq.lhs - eq.rhs))
    if not expr.is_polynomial(x) or sp.degree(expr, x) != 1:
        raise Decline("a linear equation")
    a, b = expr.coeff(x, 1), expr.coeff(x, 0)
    value = _standard(-b / a)
    for side in (eq.lhs, eq.rhs):
        if side.free_symbols - {x, I}:
            raise Decline("other letters")
    left = numeric.to_mp(_as_complex(eq.lhs).subs(x, value))
    right = numeric.to_mp(_as_complex(eq.rhs).subs(x, value))
    confirm.check(left is not None and right is not None and numeric.near(left, right),
                  "the solution satisfies the equation when substituted")
    claim = f"{latex(x)} = {latex(value)}"
    return value, [step("collect the unknown", "Move the terms with the unknown to one side, "
                        "then divide, multiplying by the conjugate.", f"${claim}$", claim)]


__all__ = ["read_complex"]
