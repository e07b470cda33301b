"""The greatest common divisor and least common multiple of listed integers, however the
question names them ("the greatest common factor of", "the GCF of", "the lcm of",
`\\text{lcm}[12, 18]`, `\\operatorname{lcm}(12, 18)`), the numbers written as integer
expressions (`6^2 10^2`, `83^9 + 1`).

Modest numbers go through their prime factorisations (`integers.gcd_lcm`, confirmed by
division); large ones through Euclid's algorithm, confirmed by SymPy's own gcd.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import digits, integers
from tutor.reasoning.symbolic.number_theory.sequences import DOTS, list_asked
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_FACTOR_LIMIT = 10**12
_NAMES = {"gcd": r"greatest common (?:divisor|factor)|gcd|gcf|highest common factor",
          "lcm": r"least common multiple|lcm"}
_NAMED = re.compile(r"(?:(?:what is|find|compute|determine|calculate) )?the (" + _NAMES["gcd"]
                    + "|" + _NAMES["lcm"] + r") of (?:the (?:numbers|integers) )?@L@")
_DIVIDES = re.compile(r"(?:(?:what is|find|determine) )?the (?:largest|greatest) (?:positive )?"
                      r"(?:integer|number|divisor) (?:that|which) divides (?:both|each of|all of|"
                      r"every one of) @L@")
_ASKED = re.compile(_NAMED.pattern + "|" + _DIVIDES.pattern)
_VOCAB = frozenset("what is find compute determine calculate greatest common divisor factor gcd "
                   "gcf highest least multiple lcm of numbers integers and largest positive "
                   "integer number that which divides both each all every one".split())
_NOTATION = re.compile(r"^\s*(?:\\text\{(lcm|gcd)\}|\\operatorname\{(lcm|gcd)\}|\\mathop\{\\text"
                       r"\{(lcm|gcd)\}\})\s*[(\[](.*)[)\]]\s*$")


def _value(src: str) -> int:
    e = digits.integer_tree(parse_latex(src))
    n = digits.exact(e)
    if n is None or n <= 0:
        raise Decline("positive integers of modest size")
    return n


def common(kind: str, nums: list[int]) -> Result:
    if len(nums) < 2 or any(n <= 0 for n in nums):
        raise Decline("two or more positive integers")
    if max(nums) <= _FACTOR_LIMIT:
        return integers.gcd_lcm(kind, nums)
    if kind == "lcm":
        raise Decline("an lcm of very large numbers")
    lines: list[str] = []
    a, b = nums[0], nums[1]
    while b and len(lines) < 8:
        lines.append(f"{a} = {b} \\cdot {a // b} + {a % b}")
        a, b = b, a % b
    g = math.gcd(*nums)
    confirm.check(int(sp.gcd_list([sp.Integer(n) for n in nums])) == g,
                  "SymPy's gcd agrees with Euclid's algorithm")
    return sp.Integer(g), [step("use Euclid's algorithm", "Replace the larger number by its "
                                "remainder on division by the smaller, until it divides.",
                                "$" + "$, $".join(lines) + "$", "; ".join(lines))]


def read(split: Split, template: str) -> Result | None:
    if len(split.maths) == 1 and (n := _NOTATION.match(split.maths[0])) is not None:
        if not re.fullmatch(r"(?:(?:what is|find|compute|evaluate|calculate) )?@0@",
                            template.rstrip(" .?")):
            return None
        kind = next(g for g in n.groups()[:3] if g)
        return common(kind, [_value(i) for i in re.split(r",(?![^{(]*[})])", n.group(4))])
    if not re.search(r"common|gcd|gcf|lcm|divides", template) or \
            not words_within(template, _VOCAB):
        return None
    got = list_asked(split, template, _ASKED)
    if got is None or DOTS in got[0]:
        return None
    items, m = got
    kind = "lcm" if m.group(1) and re.fullmatch(_NAMES["lcm"], m.group(1)) else "gcd"
    return common(kind, [_value(i) for i in items])


__all__ = ["common", "read"]
