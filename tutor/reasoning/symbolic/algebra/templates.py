"""More problem shapes (algebra); each template is a whole sentence, see recognise.py."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, handlers
from tutor.reasoning.symbolic.algebra import domains, forms, functions, graph_templates, systems
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import END, LIST, VAL, Handler, M, Result, all_maths, maths

_m = maths
_LIST = LIST
_KIND = r"(positive integers|integers|constants|real numbers|real constants)"


_all = all_maths


def _var_is(s: Split, g: str | None, x: sp.Symbol) -> None:
    if g is not None and parse_latex(_m(s, g)) != x:
        raise Decline("the question's variable is not the formula's")


def _both(s: Split, m: re.Match[str]) -> Result:
    x = parse_latex(_m(s, m.group(1)))
    a, b = parse_latex(_m(s, m.group(2))), parse_latex(_m(s, m.group(3)))
    if any(not isinstance(r, sp.core.relational.Relational) or isinstance(r, sp.Equality)
           or r.free_symbols != {x} for r in (a, b)):
        raise Decline("two inequalities in the one unknown")
    return systems.solve_inequality(sp.And(a, b))


def _interval_form(s: Split, m: re.Match[str]) -> Result:
    """"The solution to -4 < 2(x - 1) < 8 is a < x < b; find a + b."""
    rel, form, target = (parse_latex(_m(s, m.group(k))) for k in (1, 2, 3))
    if not isinstance(form, sp.And) or len(form.args) != 2 or not isinstance(rel, sp.And):
        raise Decline("a double inequality")
    sol, steps = systems.solve_inequality(rel)
    x = next(iter(rel.free_symbols))
    lo_rel, hi_rel = sorted(form.args, key=lambda r: bool(r.lhs == x))
    if not (isinstance(sol, sp.Interval) and isinstance(lo_rel, sp.StrictLessThan)
            and isinstance(hi_rel, sp.StrictLessThan) and sol.left_open and sol.right_open
            and lo_rel.rhs == x and hi_rel.lhs == x and isinstance(lo_rel.lhs, sp.Symbol)
            and isinstance(hi_rel.rhs, sp.Symbol)):
        raise Decline("the form does not match the solution")
    values = {lo_rel.lhs: sol.start, hi_rel.rhs: sol.end}
    if not target.free_symbols <= set(values):
        raise Decline("unknown letters in the question")
    value = target.subs(values)
    claim = f"{shown(target, values)} = {latex(value)}"
    steps.append(step("read off the ends", "Match the interval with the given form.",
                      f"${claim}$", claim))
    return value, steps


def _form(s: Split, m: re.Match[str]) -> Result:
    return forms.written_in_form(_m(s, m.group(1)), _m(s, m.group(2)),
                                         _all(s, m.group(3)), m.group(7), _m(s, m.group(8)))


def _product_form(s: Split, m: re.Match[str]) -> Result:
    target = parse_latex(_m(s, m.group(4)))
    form = f"\\left({_m(s, m.group(1))}\\right)\\left({_m(s, m.group(2))}\\right)"
    names = [latex(v) for v in sorted(target.free_symbols, key=str)]
    return forms.written_in_form(_m(s, m.group(3)), form, names, "constants",
                                         _m(s, m.group(4)))


def _operation(s: Split, m: re.Match[str]) -> Result:
    return forms.defined_operation(_m(s, m.group(1)), _m(s, m.group(2)))


def _domain(ask: str, formula: int, var: int | None = None) -> Handler:
    def run(s: Split, m: re.Match[str]) -> Result:
        src = _m(s, m.group(formula))
        if var is not None:
            _var_is(s, m.group(var), domains.formula(src)[1])
        return domains.domain(src, ask)
    return run


def _smallest_integer(s: Split, m: re.Match[str]) -> Result:
    src = _m(s, m.group(1))
    x = domains.formula(src)[1]
    _var_is(s, m.group(2), x)
    call = re.match(r"^\s*([a-zA-Z])\s*\(", src)
    if not call or _m(s, m.group(3)).replace(" ", "") != f"{call.group(1)}({x})":
        raise Decline("the question is about another expression")
    return domains.domain(src, "integer")


def _simplify_parsed(s: Split, m: re.Match[str]) -> Result:
    """"Simplify (10r^3)(4r^6)/(8r^4)" when the parser has already done the work."""
    src = _m(s, m.group(1))
    e = parse_latex(src)
    if not e.free_symbols or isinstance(e, sp.core.relational.Relational):
        raise Decline("numbers are evaluated elsewhere")
    out = sp.simplify(e)
    if not e.is_polynomial(*e.free_symbols) and sp.count_ops(out) >= sp.count_ops(e):
        raise Decline("nothing to simplify")
    if sp.count_ops(sp.factor(out)) < sp.count_ops(out):
        out = sp.factor(out)
    confirm.identity(e, out, "simplified form")
    claim = f"{src} = {latex(out)}"
    steps: list[Step] = [step("simplify", "Multiply the coefficients, then add or subtract "
                              "the exponents of each letter.", f"${claim}$", claim)]
    return out, steps


_ASK = r"(?:what is|find|compute|evaluate|calculate|determine)"
_TAIL = r"(?: express your answer as a common fraction in simplest radical form\.?)?"

TEMPLATES: list[tuple[str, Handler]] = [
    # inequalities
    (r"for what (?:real )?values of " + M + r" is (?:it true that )?" + M +
     r"(?: satisfied| true)?" + END,
     lambda s, m: handlers.solve(_m(s, m.group(2)), _m(s, m.group(1)))),
    (r"find all " + M + r" (?:which|that) satisfy both (?:of )?the inequalities " + M
     + r" and " + M + r"[.,]?(?: express your answer in interval notation, reducing any "
     r"fractions in your answer)?" + END, _both),
    (r"the solution to " + M + r" is expressed in the form " + M + r"[.,]? find the value of "
     + M + END, _interval_form),
    # equations
    (r"solve for the positive value of " + M + r" such that " + M + END,
     lambda s, m: handlers.solve(_m(s, m.group(2)), _m(s, m.group(1)), "positive")),
    # unknown constants from an identity
    (r"(?:the (?:expression|quadratic|number|polynomial) )?" + M + r" can be written (?:in the "
     r"form|as) " + M + r",? where " + _LIST + r" are " + _KIND + r"[.,]? " + _ASK + " " + VAL
     + M + r"(?: \(as a decimal\))?" + END, _form),
    (r"the product of " + M + r" and " + M + r" is " + M + r"[.,]? " + _ASK + " " + VAL + M
     + END, _product_form),
    (r"simplify " + M + r",? and express your answer in the form " + M + r",? where " + _LIST
     + r" are (?:integers|constants)" + END,
     lambda s, m: handlers.evaluate(_m(s, m.group(1)), "expand")),
    # systems, operations and functions
    (r"(?:if|given that|let) " + M + r",? (?:then )?" + _ASK + " " + VAL + M + END, _operation),
    (r"the operation " + M + r" is defined (?:for (?:all )?(?:positive |real )?(?:integers|"
     r"numbers) " + M + r" and " + M + r" )?(?:as|by) " + M + r"[.,]? " + _ASK + " " + VAL + M
     + END + _TAIL, lambda s, m: forms.defined_operation(_m(s, m.group(4)),
                                                        _m(s, m.group(5)))),
    (r"let " + M + r" and " + M + r"[.,]? if " + M + r",? " + _ASK + " " + VAL + M + END,
     lambda s, m: functions.constant_from_condition(
         [_m(s, m.group(1)), _m(s, m.group(2))], _m(s, m.group(3)), _m(s, m.group(4)))),
    # domains and extreme values
    (r"(?:what is|find|determine) the domain of (?:the (?:real-valued )?function )?" + M + END,
     _domain("domain", 1)),
    (r"what is the smallest real number " + M + r" in the domain of (?:the function )?" + M
     + END, _domain("smallest", 2, 1)),
    (r"what (?:real )?values of " + M + r" are not in the domain of " + M + END,
     _domain("excluded", 2, 1)),
    (r"for how many (?:real )?values of " + M + r" is (?:the expression )?" + M +
     r" (?:not defined|undefined)" + END, _domain("count", 2, 1)),
    (r"given " + M + r",? what is the smallest possible integer value for " + M + r" such that "
     + M + r" has a real number value" + END, _smallest_integer),
    (r"simplify " + M + END, _simplify_parsed),
]
TEMPLATES += graph_templates.TEMPLATES
