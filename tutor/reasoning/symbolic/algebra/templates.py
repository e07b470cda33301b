"""More problem shapes (algebra); each template is a whole sentence, see recognise.py."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, handlers
from tutor.reasoning.symbolic.algebra import (
    domains,
    forms,
    functions,
    graph_templates,
    real_factoring,
    systems,
)
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import (
    ASK,
    END,
    LIST,
    VAL,
    Handler,
    M,
    Result,
    all_maths,
    maths,
)

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
    # equations
    (r"solve for the positive value of " + M + r" such that " + M + END,
     lambda s, m: handlers.solve(_m(s, m.group(2)), _m(s, m.group(1)), "positive")),
    # unknown constants from an identity
    (r"(?:the (?:expression|quadratic|number|polynomial) )?" + M + r" can be written (?:in the "
     r"form|as) " + M + r",? where " + _LIST + r" are " + _KIND + r"[.,]? " + _ASK + " " + VAL
     + M + r"(?: \(as a decimal\))?" + END, _form),
    (r"the product of " + M + r" and " + M + r" is " + M + r"[.,]? " + _ASK + " " + VAL + M
     + END, _product_form),
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
    (ASK + r" the domain of (?:the (?:real-valued |rational )?(?:function|expression) )?"
     + M + r"(?:,? in interval notation)?" + END,
     _domain("domain", 1)),
    (r"what is the smallest real number " + M + r" in the domain of (?:the function )?" + M
     + END, _domain("smallest", 2, 1)),
    (r"what (?:real )?values of " + M + r" are not in the domain of " + M + END,
     _domain("excluded", 2, 1)),
    (r"for how many (?:real )?values of " + M + r" is (?:the expression )?" + M +
     r" (?:not defined|undefined)" + END, _domain("count", 2, 1)),
    (r"simplify " + M + END, _simplify_parsed),
]
TEMPLATES += graph_templates.TEMPLATES + real_factoring.TEMPLATES
