"""The gcd or lcm of integers named by letters defined before the question: "Let m = 2^4 · 3
and n = 2^2 · 3^3. What is gcd(m, n)?", "If a = 84 and b = 120, find the least common
multiple of a and b.", "Let p = 360, q = 84 and r = 126. Compute lcm[p, q, r]."

Each letter must be defined once as a whole number (its definition is read as LaTeX with no
letters) and the question asks one gcd or lcm of the letters only. The answer comes from the
Euclidean algorithm (Python's `math.gcd`, `math.lcm`) and is confirmed by the prime
factorisations (least exponents for the gcd, greatest for the lcm, SymPy's `factorint`).
"""

from __future__ import annotations

import math
import re
from functools import reduce

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within
from tutor.verify.latex_gcd import plain_names

_DEFINED = re.compile(r"\s*([a-zA-Z])\s*=\s*((?:[^=a-zA-Z\\]|\\(?:cdot|times))+?)\s*")
_CALL = re.compile(r"\s*\\(?P<op>gcd|lcm)\s*\(\s*(?P<args>[a-zA-Z](?:\s*,\s*[a-zA-Z])+)\s*\)\s*")
_SLOTS = r"@\d+@(?:(?:,? and|,) @\d+@)*"
_ASKS = [re.compile(p) for p in (
    r"(?:let|if|given that|suppose(?: that)?) (?P<defs>" + _SLOTS + r")[.,]? (?:then )?(?:what "
    r"is|find|compute|determine|evaluate) (?:the value of )?(?P<ask>.+)",
    r"(?:what is|find|compute|determine|evaluate) (?:the value of )?(?P<ask>.+?),? (?:if|given "
    r"that|where) (?P<defs>" + _SLOTS + r")")]
_WORDED = re.compile(r"the (?P<op>greatest common (?:divisor|factor)|gcd|gcf|least common "
                     r"multiple|lcm) of (?P<args>" + _SLOTS + r")")
_VOCAB = frozenset("let if given that suppose then what is find compute determine evaluate the "
                   "value of and where greatest common divisor factor gcd gcf least multiple "
                   "lcm".split())


def read(split: Split, template: str) -> Result | None:
    if not words_within(template, _VOCAB):
        return None
    body = template.strip().rstrip(" .?")
    m = next((a for p in _ASKS if (a := p.fullmatch(body))), None)
    if m is None:
        return None
    defined = {}
    for k in re.findall(r"@(\d+)@", m.group("defs")):
        d = _DEFINED.fullmatch(split.maths[int(k)])
        if d is None:
            return None
        if d.group(1) in defined:
            raise Decline("a letter defined twice")
        defined[d.group(1)] = d.group(2)
    op, letters = _asked(split, m.group("ask"))
    if op is None or not set(letters) <= set(defined):
        return None
    values = []
    for x in letters:
        v = parse_latex(defined[x])
        v = sp.nsimplify(v.doit()) if isinstance(v, sp.Basic) else v  # unevaluated products
        if not (isinstance(v, sp.Basic) and v.is_Integer and v > 0):
            raise Decline("letters defined as positive whole numbers")
        values.append(int(v))
    return _answer(op, letters, values)


def _asked(split: Split, ask: str) -> tuple[str | None, list[str]]:
    """("gcd" or "lcm", the letters) asked, or (None, []) when the question is not one."""
    worded = _WORDED.fullmatch(ask)
    if worded is not None:
        op = "gcd" if worded.group("op") in ("gcd", "gcf") or "divisor" in worded.group(
            "op") or "factor" in worded.group("op") else "lcm"
        letters = [split.maths[int(k)].strip() for k in re.findall(r"@(\d+)@",
                                                                    worded.group("args"))]
        return (op, letters) if all(re.fullmatch(r"[a-zA-Z]", x) for x in letters) else (None, [])
    slot = re.fullmatch(r"@(\d+)@", ask)
    call = _CALL.fullmatch(plain_names(split.maths[int(slot.group(1))])) if slot else None
    if call is None:
        return None, []
    return call.group("op"), [x.strip() for x in call.group("args").split(",")]


def _answer(op: str, letters: list[str], values: list[int]) -> Result:
    if len(set(letters)) != len(letters):
        raise Decline("a letter named twice")
    value = reduce(math.gcd if op == "gcd" else math.lcm, values)
    factored = [sp.factorint(v) for v in values]
    pick = min if op == "gcd" else max
    by_factors = math.prod(p ** pick(f.get(p, 0) for f in factored)
                           for p in set().union(*factored))
    confirm.check(by_factors == value, "the prime factorisations give the same "
                  + ("gcd (least exponents)" if op == "gcd" else "lcm (greatest exponents)"))
    said = ", ".join(f"{x} = {sp.latex(sp.factorint(v, visual=True))}"
                     for x, v in zip(letters, values, strict=True))
    claim = f"\\{op}({', '.join(map(str, values))}) = {value}"
    return sp.Integer(value), [
        step("factor each number", "Write each number as a product of primes.", f"${said}$", ""),
        step(f"take the {op}", "Least powers of each prime for the gcd, greatest for the lcm."
             if op == "gcd" else "Greatest powers of each prime for the lcm.", f"${claim}$",
             claim)]


__all__ = ["read"]
