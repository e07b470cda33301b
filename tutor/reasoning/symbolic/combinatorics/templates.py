"""Counting, number-theory and geometry shapes; each template is a whole sentence (see
recognise.py) and each handler declines anything it does not fully understand."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import handlers
from tutor.reasoning.symbolic.combinatorics import enumerations, word_problems
from tutor.reasoning.symbolic.combinatorics.readers import (
    DW,
    N,
    all_slots,
    congruent,
    digits,
    extreme_base,
    gcd_then,
    integer_satisfies,
    inverse,
    offices,
    party,
    restricted,
    set_probability,
    two_groups,
    whole,
    zeros,
)
from tutor.reasoning.symbolic.geometry import figures as cg
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import congruences, divisors, integers
from tutor.reasoning.symbolic.number_theory import residues as nt
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import END, Handler, M, Result, maths

# geometry ------------------------------------------------------------------------------

def _rectangle(s: Split, m: re.Match[str]) -> Result:
    pts = [p for slot in re.findall(M, m.group(1)) for p in cg.points(s.maths[int(slot)])]
    all_slots(s, m)
    return cg.rectangle_interior(pts)


def _rat(src: str) -> sp.Rational:
    v = parse_latex(src)
    if not v.is_Rational:
        raise Decline("a number")
    return sp.Rational(v)


def _third(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    if m.group(1):
        return cg.third_side(whole(s, m.group(1)), whole(s, m.group(1)), "perimeter")
    return cg.third_side(whole(s, m.group(2)), whole(s, m.group(3)), "only")


def _add_decimals(s: Split, m: re.Match[str]) -> Result:
    """"Add 4.75 to 20.8. Express the result as a decimal.": the sum, written as a decimal."""
    v, steps = handlers.evaluate(f"{maths(s, m.group(1))} + {maths(s, m.group(2))}")
    if not isinstance(v, sp.Rational) or set(sp.factorint(v.q)) - {2, 5}:
        raise Decline("not a terminating decimal")
    k = max(sp.factorint(v.q).values(), default=0)
    scaled = abs(int(v * 10**k))
    digits = str(scaled).rjust(k + 1, "0")
    text = ("-" if v < 0 else "") + (digits[:-k] + "." + digits[-k:] if k else digits)
    if k:
        claim = f"{sp.latex(v)} = {text}"
        steps.append(step("write it as a decimal", "The denominator divides a power of 10.",
                          f"${claim}$", claim))
    return text, steps


TEMPLATES: list[tuple[str, Handler]] = [
    # number theory
    (r"(?:determine|find|compute|what is) the remainder of " + M + r" ?\((?:mod|modulo) " + M
     + r" ?\)" + END, lambda s, m: integers.remainder(maths(s, m.group(1)), maths(s, m.group(2)))),
    (r"(?:determine|find|compute|what is) the (?:modulo|mod) " + M + r" remainder of the "
     r"following sum:? " + M + END,
     lambda s, m: integers.remainder(maths(s, m.group(2)), maths(s, m.group(1)))),
    (r"if " + M + r" is congruent to " + M + r" modulo " + M + r",? where " + M
     + r",? what is the value of " + M + END, congruent),
    (r"(?:what integer " + M + r" satisfies|find the (?:unique )?integer " + M + r"(?: that "
     r"satisfies|,)) " + M + r",? and " + M + END,
     integer_satisfies),
    (r"(?:compute|find|what is) " + M + r"(?: (?:modulo|mod) " + M + r")?[.,]? express your "
     r"answer as (?:an integer|a residue) from " + M + r" to " + M + r"(?:,? inclusive)?\."
     r"(?: \(you may find it helpful to consider the fact that " + M + r"\.?\))?", inverse),
    (r"what is the result when the (greatest common (?:factor|divisor)|least common multiple) "
     r"of " + M + r" and " + M + r" is (increased|decreased) by " + M + END, gcd_then),
    (r"how many (?:zeroes|zeros) are (?:there )?at the end of (?:the number )?" + M
     + r"(?: \( ?" + M + r" factorial\))?" + END + r"(?: \(reminder:[^()]*\))?", zeros),
    (r"what is the probability that a randomly (?:selected|chosen) integer in the set " + M
     + r" is divisible by " + M + r"(?: and not divisible by " + M + r")?" + END,
     set_probability),
    (r"for how many (two|three)-digit primes is the sum of (?:the|its) digits equal to " + M
     + END, lambda s, m: nt.digit_sum_primes({"two": 2, "three": 3}[m.group(1)],
                                              whole(s, m.group(2)))),
    (r"what is the (?:smallest|least) positive (?:integer )?multiple of " + M + r" (?:whose "
     r"digits are all " + DW + r" and " + DW + r"|that can be written with only the digits "
     + M + r" and " + M + r")" + END, restricted),
    (r"how many positive (two|three)-digit integers are (?:factors|divisors) of both " + M
     + r" and " + M + END,
     lambda s, m: nt.common_factors_in(whole(s, m.group(2)), whole(s, m.group(3)),
                                       *digits(m.group(1)))),
    (r"what(?: is|'s) the (largest|smallest) ([a-z]+)-digit base " + M + r" (?:integer|number)"
     r"\? express your answer in base " + M + END, extreme_base),
    # counting
    (r"a (?:senate )?committee has " + N + r" (?:republicans|democrats) and " + N
     + r" (?:republicans|democrats)\. in how many ways can we form a subcommittee of " + N
     + r" members that has at least one member from each party" + END, party),
    (r"if no one shares an office, in how many ways can " + N + r" people be assigned to " + N
     + r" different offices\? \(each person gets exactly one office\)" + END, offices),
    (r"[a-z. ]+ has " + N + r" boys and " + N + r" girls(?: in (?:his|her) [a-z ]+)?\. in how "
     r"many ways can (?:he|she) (?:pick|choose|select) " + N + r" boys and " + N + r" girls"
     r"( to [a-z ]+)?" + END + r"( \(the order in which the boys and girls are chosen does "
     r"not matter\.\))?", two_groups),
    # geometry
    (r"consider the (?:rectangular region|rectangle) with (?:the following points as vertices:?"
     r"|vertices at) (" + M + r"(?:,? (?:and )?" + M + r")*)\.? how many (?:points with integer "
     r"coordinates|integer coordinates|lattice points) will be strictly (?:in the interior of|"
     r"inside) (?:this|the) rectangular region" + END, _rectangle),
    (r"in a regular polygon, the measure of an interior angle is " + M + r" times the measure "
     r"of an exterior angle\. how many sides does the polygon have" + END,
     lambda s, m: cg.polygon_ratio(_rat(maths(s, m.group(1))))),
    (r"(?:two sides of a triangle are each " + M + r" units long\. if the third side has a "
     r"whole number length, what is the greatest possible perimeter, in units, for the "
     r"triangle|a triangle has sides measuring " + M + r" units? and " + M + r" units\. the "
     r"length of the third side is an integer value of units\. what is the length of the "
     r"third side, in units)" + END, _third),
    (r"add " + M + r" to " + M + r"\. express the result as a decimal" + END,
     _add_decimals),
]

TEMPLATES += (divisors.TEMPLATES + word_problems.TEMPLATES + enumerations.TEMPLATES
              + congruences.TEMPLATES)

__all__ = ["TEMPLATES"]
