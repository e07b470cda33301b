"""Integers described by their properties, as school problems state them: a number of
digits, positive, odd or even, prime, a multiple of m, a factor of x, a remainder on
division by d ("2 more than a multiple of 3"), bounds ("less than 100", "between 10 and
50"). `read_wanted` turns the words after a question's head into a `Wanted`: a range and
a list of conditions, each a plain integer test. The search (`search`) and the count
and sum (`integer_sets`) readers share it.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import (
    condition_values,
    integer_properties,
    related_values,
    value_conditions,
)
from tutor.reasoning.symbolic.number_theory.condition_phrases import BY_LENGTH, NOUN, VOCAB
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.number_theory.wanted import Wanted, add_condition, bound, factor_of
from tutor.reasoning.symbolic.parsing import Split

_RELATION = {**dict.fromkeys(("factor", "notfactor"), "factor"), **dict.fromkeys((
    "div", "notdiv", "notdivs", "anydiv", "anydivs", "nodiv", "nodivs", "onedivs"), "div")}

_BOUNDS = frozenset(("gt", "ge", "lt", "le", "between", "fromto"))


def read_wanted(split: Split, head: re.Match[str], body: str, largest: bool = False,
                given: frozenset[int] = frozenset()) -> Wanted:
    """The integers a question describes: `head` matched `NOUN` (its named groups) at the
    start of `body`; the conditions follow it."""
    g = {k: v for k, v in head.groupdict().items() if v}
    w = Wanted(largest=largest)
    used = {int(x) for x in re.findall(r"@(\d+)@", head.group(0))} | given
    if g.get("digits"):
        said = g["digits"]
        k = integer(split.maths[int(said[1:-1])]) if said.startswith("@") else \
            integer_properties.number_word(said)
        if not 1 <= k <= 7:
            raise Decline("a modest number of digits")
        w.lo, w.hi = 10 ** (k - 1), 10**k - 1
        zero_excluded = g.get("prime") or g.get("pfactor") == "prime " or g.get("parity") == "odd "
        if k == 1 and not (g.get("pos") or g.get("pos2") or g.get("pos3") or zero_excluded):
            raise Decline("'one-digit integers' reads two ways: with or without 0")
    if g.get("natural"):  # the natural (counting) numbers are 1, 2, 3, ...
        w.lo = max(w.lo or 1, 1)
    if g.get("whole"):  # the whole numbers are 0, 1, 2, ...
        w.lo = max(w.lo or 0, 0)
    if g.get("neg"):  # "the largest four-digit negative integer", "negative multiples of 7"
        if g.get("pos") or g.get("pos2") or g.get("pos3") or g.get("natural") or \
                g.get("whole") or g.get("prime") or g.get("powk") or g.get("pfactor") or \
                g.get("pal") or g.get("of") or g.get("composite"):
            raise Decline("negative integers that are also positive, prime or divisors")
        w.lo, w.hi = (-w.hi, -w.lo) if w.lo is not None and w.hi is not None else (None, -1)
    elif g.get("pos") or g.get("pos2") or g.get("pos3") or g.get("digits") or g.get("mult") \
            or g.get("prime") or g.get("composite"):
        w.lo = max(w.lo or 1, 1)  # "multiple of" and "prime" in school maths are positive
    if g.get("parity"):
        w.conditions.append(("mod", 1 if g.get("parity") == "odd " else 0, 2))
    if g.get("powk"):
        w.conditions.append(("power", 2 if g["powk"] == "square" else 3, 0))
        w.lo = max(w.lo or 1, 1)  # school problems count the positive squares and cubes
    if g.get("prime") or g.get("pfactor") == "prime ":
        w.conditions.append(("prime", 0, 0))
    if g.get("composite"):  # composite numbers are positive
        w.conditions.append(("composite", 0, 0))
    if g.get("pal"):
        w.conditions.append(("pal", 0, 0))
    if g.get("sigma"):  # abundant, deficient and perfect numbers are positive
        w.conditions.append(({"perfect": "perfectnum"}.get(g["sigma"], g["sigma"]), 0, 0))
        w.lo = max(w.lo or 1, 1)
    if g.get("mult"):
        w.conditions.append(("div", integer(split.maths[int(g["mult"])]), 0))
    if g.get("of"):
        factor_of(w, integer(split.maths[int(g["of"])]))
        if g.get("pfactor") == "proper ":  # a divisor less than the number itself
            bound(w, "lt", integer(split.maths[int(g["of"])]))
    rest = body[head.end():].strip()
    # the relation a bare "but not 84" repeats: "divisible by 3 but not 9" (not divisible),
    # "divide 60 but not 84" (does not divide); None: no such relation said before it
    relation = "factor" if g.get("of") else "div" if g.get("mult") else None
    negative = False  # a lower bound below 0: negative integers are in view
    lower_told = False  # a lower bound in the words (else "multiple of" alone makes it 1)
    name = condition_values.name(split, rest)  # "the least positive integer $n$ such that ..."
    ranged = None if name else condition_values.bounded_name(split, rest, _nonnegative(g, w))
    if ranged is not None:  # "positive integers $n \\le 100$ such that ..."
        name, bounds, why = ranged
        for kind, n in bounds:
            bound(w, kind, n)
        if why:
            w.claims.append((split.maths[int(name[0])], why))
    letter = name[1] if name is not None else None
    if name is not None:
        used.add(int(name[0]))
        rest = rest[len(name[0]) + 2:].strip()
    joins = r"(?:have|has|having|with) the property that|that|which|such that|for which|" \
        r"so that|where|with" if name else r"that|which"
    # "how many integers n are there (such that)", "how many integers n are such that"
    there = r"(?:(?:are there|there are|are(?= such that| for which)) )?" if name else ""
    rest = re.sub(r"^,?\s*" + there + r"(?:(?:" + joins + r")\b\s*)?(?:(?:each|all) (?=(?:have|"
                  r"leave|are|give) ))?", "", rest)  # "that each have exactly four divisors"
    if name:  # "for how many n is F an integer" (and "make F an integer", below)
        rest = re.sub(r"^(?:is|are) (@\d+@) (?!is |are )", r"\1 is ", rest)
        rest = condition_values.name_repeated(split, rest, letter, used)
    while rest:
        if letter is not None:  # "... and make F a terminating decimal": F's property;
            # "(for how many n less than 50) is F a multiple of 6", "(n) have F divisible by 6"
            rest = re.sub(r"^(?:makes?|is|are|has|have) (@\d+@) (?!is |are )", r"\1 is ", rest)
            rest = re.sub(r"^does (@\d+@) (divide|evenly divide) ", r"\1 \2s ", rest)
        said = re.match(r"(?:that |which )?(?:satisfy|satisfies|satisfying|have|has|having) "
                        r"(@(\d+)@)", rest)
        if said and letter and condition_values.common_equation(
                split.maths[int(said.group(2))], letter):  # "satisfy gcd(n, 12) = 4", "have
            # lcm(n, 9) = 18"
            rest = rest[said.start(1):]
        lead = re.match(r"@(\d+)@\s*", rest) if letter is not None else None
        if lead and split.maths[int(lead.group(1))].strip() == letter and not \
                value_conditions.divides_value(split, letter, rest[lead.end():]):  # the name again
            used.add(int(lead.group(1)))
            rest = rest[lead.end():]
            continue
        elif lead and letter and (read := condition_values.inequality(
                split.maths[int(lead.group(1))], letter, nonnegative=_nonnegative(g, w)))[0]:
            used.add(int(lead.group(1)))
            bounds, why = read
            for kind, n in bounds:
                bound(w, kind, n)
            if why:
                w.claims.append((split.maths[int(lead.group(1))], why))
            rest = re.sub(r"^(?:,?\s*(?:and|but)\b|,)?\s*(?:(?:are there|there are) )?"
                          r"(?:(?:that|which|such that|for which) )?", "", rest[lead.end():])
            continue
        elif lead and letter and (equal := condition_values.common_equation(
                split.maths[int(lead.group(1))], letter)):
            used.add(int(lead.group(1)))
            w.conditions.append(equal)
            if equal[0] == "lcmis":  # n divides lcm(n, a)
                factor_of(w, equal[2])
            rest = re.sub(r"^(?:,?\s*(?:and|but)\b|,)?\s*(?:(?:are there|there are) )?"
                          r"(?:(?:that|which|such that|for which) )?", "", rest[lead.end():])
            continue
        elif lead and letter and (on := value_conditions.read(
                split, int(lead.group(1)), letter, rest[lead.end():])):
            w.values += on[0]
            used |= {int(lead.group(1))} | on[1]
            rest = re.sub(r"^(?:,?\s*(?:and|but)\b|,)?\s*", "", rest[lead.end() + on[2]:])
            continue
        if root := condition_values.root_bounds(split, rest):  # "whose cube root is between"
            w.claims.append(root.claim)
            w.roots.append(root.power)
            w.edges += root.edges
            used |= root.slots
            if root.between is not None:
                if w.between is not None:
                    raise Decline("one range 'between' two numbers")
                w.between = root.between
            for kind, n in root.bounds:
                bound(w, kind, n)
            rest = re.sub(r"^(?:,? (?:and|but)|,)?\s*(?:(?:that|which) )?", "", rest[root.end:])
            continue
        # "can be added to 412 to ...", "that satisfy 3x \equiv 1 (mod 7)", "whose square ..."
        if on := related_values.read_offset(split, rest) or value_conditions.read_solves(
                split, rest, letter) or related_values.read_whose(split, rest):
            w.values += on[0]
            used |= on[1]
            rest = re.sub(r"^(?:,? (?:and|but)|,)?\s*", "", rest[on[2]:])
            continue
        hit = next(((kind, c) for kind, pattern in BY_LENGTH
                    if (c := pattern.match(condition_values.list_end(split, rest)))), None)
        if hit is None:
            raise Decline(f"a condition not understood: {rest[:40]!r}")
        kind, c = hit
        if kind == "notdiv" and not re.search(r"divisible|multiple|\bby\b", c.group(0)):
            # "but not 84", "but not of 84" repeat the relation said before; "are not 4"
            # may mean "other than 4"
            said = re.escape(c.group(0)[c.group(0).index("@"):])
            if relation is None or not re.search(r"\b(?:but|and),? not (?:of )?"
                                                 + said, body):
                raise Decline("'not N': not equal to N, or not dividing or divisible by it?")
            kind = "notfactor" if relation == "factor" else kind
        # a bound keeps the relation ("multiples of 4 less than 80 but not 12"); another
        # property ("odd but not 9") leaves none to repeat
        relation = _RELATION.get(kind, relation if kind in _BOUNDS else None)
        slots = re.findall(r"@(\d+)@", c.group(0))
        if kind == "congm":
            nums = condition_values.congruence(split, slots)
        elif kind == "ends":
            nums = condition_values.final_digits(split, slots)
        else:
            nums = [integer(split.maths[int(x)]) for x in slots]
        if kind in ("gcdof", "lcmof"):  # the value said before the other number
            kind, nums = kind[:3] + "is", nums[::-1]
        if kind == "ndiv" and not slots:  # "exactly three positive divisors"
            nums = [integer_properties.number_word(c.group(1))]
        if kind == "modlist":
            nums = condition_values.remainder_list(split, c)
        used |= {int(x) for x in slots}
        if kind in ("gt", "ge", "fromto", "between") and nums[0] < 0:
            negative = True
        lower_told = lower_told or kind in ("gt", "ge", "fromto", "between")
        add_condition(w, kind, nums, c)
        rest = re.sub(r"^(?:,? (?:and|but)|,)?\s*(?:(?:that|which|(?:(?:are there|there are|are)"
                      r" )?(?:such that|for which)) )?(?:it |they )?", "", rest[c.end():])
    if used != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    for ends in filter(None, (v.bound() for v in w.values)):  # "f(n) is an integer"
        bound(w, "ge", ends[0])
        bound(w, "le", ends[1])
    said_positive = g.get("pos") or g.get("pos2") or g.get("pos3") or g.get("natural")
    if g.get("mult") and not said_positive and not lower_told and w.hi is not None and \
            w.hi < 0 and not w.values:  # "the largest multiple of 9 less than -70": below 0
        w.lo = None
    if negative and not said_positive and not g.get("neg") and (
            g.get("mult") or g.get("prime") or g.get("powk")):
        raise Decline("a range reaching below 0: are negative integers (multiples, ...) meant?")
    # a search down from the top stops at the first that qualifies, never below 0
    kinds = {k for k, _, _ in w.conditions}
    if kinds & {"gcdis", "lcmis"}:  # a gcd or lcm of positive integers
        bound(w, "ge", 1)
    if not largest and kinds & integer_properties.POSITIVE_ONLY and any(
            r.lo is None or r.lo < 0 for r in w.readings()):
        raise Decline("divisor counts and digits of integers that may be negative")
    return w


def _nonnegative(g: dict[str, str], w: Wanted) -> bool:
    """The integer sought is known to be at least 0 (by its noun or a bound said before)."""
    return bool(g.get("pos") or g.get("pos2") or g.get("pos3") or g.get("natural") or
                g.get("whole") or g.get("prime") or g.get("powk") or g.get("digits") or
                g.get("composite")) and \
        not g.get("neg") or w.lo is not None and w.lo >= 0


__all__ = ["NOUN", "VOCAB", "read_wanted"]
