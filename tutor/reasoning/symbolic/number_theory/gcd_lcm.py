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
_EITHER = r"(" + _NAMES["gcd"] + "|" + _NAMES["lcm"] + r")"
# "the sum of the greatest common divisor and the least common multiple of 24 and 60"
_COMBINED = re.compile(r"(?:(?:what is|find|compute|determine|calculate) )?the (?P<op>sum|product|"
                       r"difference) (?:of|between) the " + _EITHER + r" and (?:the )?" + _EITHER
                       + r" of (?:the (?:numbers|integers) )?@L@")
_VOCAB = frozenset("what is find compute determine calculate greatest common divisor factor gcd "
                   "gcf highest least multiple lcm of numbers integers and largest positive "
                   "integer number that which divides both each all every one sum product "
                   "difference between".split())
_NOTATION = re.compile(r"^\s*(?:\\text\{(lcm|gcd)\}|\\operatorname\{(lcm|gcd)\}|\\mathop\{\\text"
                       r"\{(lcm|gcd)\}\})\s*[(\[](.*)[)\]]\s*$")


def positive_value(src: str) -> int:
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
    a, b = max(nums[0], nums[1]), min(nums[0], nums[1])
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
        parts = re.split(r",(?![^{(]*[})])", n.group(4))
        return common(kind, [positive_value(i) for i in parts])
    if not re.search(r"common|gcd|gcf|lcm|divides", template) or \
            not words_within(template, _VOCAB):
        return None
    combined = list_asked(split, template, _COMBINED)
    if combined is not None and DOTS not in combined[0]:
        return _combined([positive_value(i) for i in combined[0]], combined[1])
    got = list_asked(split, template, _ASKED)
    if got is None or DOTS in got[0]:
        return None
    items, m = got
    kind = "lcm" if m.group(1) and re.fullmatch(_NAMES["lcm"], m.group(1)) else "gcd"
    return common(kind, [positive_value(i) for i in items])


def _combined(nums: list[int], m: re.Match[str]) -> Result:
    """The sum, product or difference of the gcd and the lcm, in the order named."""
    kinds = ["lcm" if re.fullmatch(_NAMES["lcm"], m.group(i)) else "gcd" for i in (2, 3)]
    if kinds[0] == kinds[1]:
        raise Decline("the gcd and the lcm, each once")
    (first, steps_a), (second, steps_b) = (common(k, nums) for k in kinds)
    a, b = int(first), int(second)
    again = {"gcd": math.gcd(*nums), "lcm": math.lcm(*nums)}
    confirm.check((a, b) == (again[kinds[0]], again[kinds[1]]),
                  "Python's gcd and lcm give the same two numbers")
    op = m.group("op")
    value = a + b if op == "sum" else a * b if op == "product" else a - b
    sign = {"sum": " + ", "product": " \\cdot ", "difference": " - "}[op]
    claim = f"{a}{sign}{b} = {value}"
    return sp.Integer(value), [*steps_a, *steps_b, step(f"the {op}", f"Combine the {kinds[0]} "
                                                        f"and the {kinds[1]}.", f"${claim}$",
                                                        claim)]


__all__ = ["common", "positive_value", "read"]
