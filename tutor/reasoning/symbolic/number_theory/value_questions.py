"""Questions about the value of numeric expressions, asked in words: how much greater
(or less) one is than another, by how much one exceeds another, and which fraction a
decimal (a repeating one too) is equal to. Values come from the engine's evaluation and
are confirmed numerically (`confirm.value`)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import evaluate_steps
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_VOCAB = frozenset("how much greater larger more less smaller than is by does exceed what "
                   "simplified reduced common fraction equivalent equal to equals same as "
                   "number amount".split())
_MORE = re.compile(r"how much (greater|larger|more|less|smaller) than @(\d+)@ is @(\d+)@")
_MORE_IS = re.compile(r"how much (greater|larger|more|less|smaller) is @(\d+)@ than @(\d+)@")
_EXCEED = re.compile(r"by (?:how much|what (?:common |simplified |reduced )?(?:fraction|number|"
                     r"amount)) does @(\d+)@ exceed @(\d+)@")
_FRACTION = re.compile(r"what (?:simplified |reduced )?(?:common )?fraction (?:is (?:equivalent "
                       r"to|equal to|the same as)|equals) @0@")


def _number(src: str) -> sp.Basic:
    e = parse_latex(src)
    if not isinstance(e, sp.Basic) or e.free_symbols or not e.is_number:
        raise Decline("numbers only")
    value, _ = evaluate_steps(e) if not e.is_Rational else (e, [])
    return value


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"how much|fraction|exceed", template) or not words_within(template, _VOCAB):
        return None
    body = template.rstrip(" .?")
    if _FRACTION.fullmatch(body) is not None and len(split.maths) == 1:
        v = _number(split.maths[0])
        if not v.is_Rational:
            raise Decline("not a rational number")
        confirm.value(parse_latex(split.maths[0]), v)
        claim = f"{split.maths[0]} = {latex(v)}"
        return v, [step("write it as a fraction", "Read the decimal as a fraction (a repeating "
                        "block over as many 9s as it has digits), then reduce.", f"${claim}$",
                        claim)]
    more, exceed = _MORE.fullmatch(body), _EXCEED.fullmatch(body)
    if (more_is := _MORE_IS.fullmatch(body)) is not None:  # "how much greater is a than b"
        exceed = more_is if more_is.group(1) not in ("less", "smaller") else None
        if exceed is None:
            small, big = more_is.group(2), more_is.group(3)
    if more is None and exceed is None and more_is is None or len(split.maths) != 2:
        return None
    if more_is is not None and exceed is not None:
        big, small = exceed.group(2), exceed.group(3)
    elif more is not None:
        small, big = more.group(2), more.group(3)
        if more.group(1) in ("less", "smaller"):
            small, big = big, small
    elif exceed is not None:
        big, small = exceed.group(1), exceed.group(2)
    a, b = _number(split.maths[int(big)]), _number(split.maths[int(small)])
    v = sp.simplify(a - b)
    whole = parse_latex(split.maths[int(big)]) - parse_latex(split.maths[int(small)])
    confirm.value(whole, v, "the difference")
    claim = f"{latex(a)} - {latex(b) if not b.is_negative else f'({latex(b)})'} = {latex(v)}"
    return v, [step("subtract", "How much greater is the difference of the two.",
                    f"${claim}$", claim)]


__all__ = ["read"]
