"""Reader of conversions told as rates between units, chained: "If 5 blips equal 3 blops and 2
blops equal 7 bleeps, how many blips are equal to 42 bleeps?", "There are 3 feet in a yard
and 12 inches in a foot. How many inches are in 5 yards?", "There are about 2.2 pounds in a
kilogram. To the nearest whole kilogram, how many kilograms does a 150-pound dog weigh?".

Each rate ("there are A X in a Y", "A X equal B Y", "one Y is A X") links two units; the
amount asked ("how many X are in N Y", "how many X does a thing that weighs N Y weigh",
"convert N Y to X") is carried along the chain of links from Y to X. Only the units the
text names are used; every word of a rate sentence must be read. The answer is confirmed by
solving all the rates at once as linear equations in the units' sizes (a chain that closes
on itself must agree).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording

_N = r"#\d+(?:/\d+|\.\d+)?"
_U = r"[a-z]+"
_ABOUT = r"(?:about |approximately |roughly |around |exactly )?"
_EQUAL = r"(?:equals?|=|is equal to|are equal to|is the same as|are the same as|make|makes)"
_RATES = [re.compile(p) for p in [
    rf"there (?:are|is) {_ABOUT}(?P<a>{_N}) (?P<x>{_U}) in (?:a|an|one|each|every|#1) "
    rf"(?P<y>{_U})",
    rf"(?:a|an|one|each|#1) (?P<y>{_U}) (?:is|equals|has|contains|is equal to) {_ABOUT}"
    rf"(?P<a>{_N}) (?P<x>{_U})",
    rf"(?P<b>{_N}) (?P<y>{_U}) {_EQUAL} {_ABOUT}(?P<a>{_N}) (?P<x>{_U})",
    rf"^{_ABOUT}(?P<a>{_N}) (?P<x>{_U}) in (?:a|an|one|each|every) (?P<y>{_U})",  # "and 12 .."
]]
_ASKS = [re.compile(p) for p in [
    rf"how many (?P<x>{_U}) (?:are|is) (?:there )?(?:equal to |in |the same as )?(?P<n>{_N}) "
    rf"(?P<y>{_U})",
    rf"how many (?P<x>{_U}) (?:would |will |do )?(?:equal|make|are worth) (?P<n>{_N}) "
    rf"(?P<y>{_U})",
    rf"how many (?P<x>{_U}) (?:does|do|will|would) (?:a|an|the) (?:[a-z]+ ){{0,3}}?(?:that|"
    rf"which|who) (?:weighs|measures|is|holds|costs) (?P<n>{_N}) (?P<y>{_U}) (?:weigh|measure|"
    r"be|hold|cost)",
    rf"how many (?P<x>{_U}) (?:does|do|will|would) (?:a|an|the) (?P<n>{_N})[ -](?P<y>{_U}) "
    r"(?:[a-z]+ ){0,2}?(?:weigh|measure|be|hold|cost)",
    rf"(?:what is|find|convert|express) (?P<n>{_N}) (?P<y>{_U}) (?:in|to|into|as) (?P<x>{_U})",
]]
_IRREGULAR = {"feet": "foot", "inches": "inch", "teeth": "tooth", "people": "person",
              "men": "man", "women": "woman", "children": "child"}
_FILLER = frozenset("if and also there , . ; then suppose that".split())


def _unit(word: str) -> str:
    if word != "in" and (known := units.unit(word)) is not None:  # "kg", "lbs", "ft"
        return known
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if re.search(r"(?:ch|sh|x|ss)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def unit_chains(split: Split, template: str) -> Result | None:
    if not re.search(r"\bhow many\b|\bconvert\b|\bexpress\b", template):
        return None
    w, places, form = nw.read_story(split, template)
    if "@" in w:
        return None
    w = re.sub(r"(#[\d/.]+)\s*-\s*(?=[a-z])", r"\1 ", w)
    sentences = [s.strip() for s in re.split(r"(?<=[.?!;])\s+|,? and (?=there |#|a |an |one )",
                                              w) if s.strip()]
    ask = None
    rates: list[tuple[str, str, Fraction, str]] = []  # 1 y = k x
    for s in sentences:
        rest = s
        for pattern in _RATES:
            while (m := pattern.search(rest)) is not None:
                b = wording.value(m.group("b")) if m.groupdict().get("b") else Fraction(1)
                k = wording.value(m.group("a")) / b
                rates.append((_unit(m.group("y")), _unit(m.group("x")), k, m.group(0)))
                rest = rest[:m.start()] + " " + rest[m.end():]
        for pattern in _ASKS:
            if ask is None and (m := pattern.search(rest)) is not None:
                ask = m
                rest = rest[:m.start()] + " " + rest[m.end():]
        if set(re.findall(r"[a-z#][\w/.]*|[,;]", rest.replace("?", " ").replace(".", " "))) \
                - _FILLER:
            return None
    if ask is None or not rates:
        return None
    x, y, n = _unit(ask.group("x")), _unit(ask.group("y")), wording.value(ask.group("n"))
    if x == y or any(a == b for a, b, _, _ in rates):
        raise Decline("a unit converted to itself")
    path = _path(rates, y, x)
    if path is None:
        return None
    value = n
    for factor in path:
        value *= factor
    _confirm(rates, x, y, n, value)
    answer = sp.Rational(value.numerator, value.denominator)
    factors = " \\cdot ".join(nw.tex_of(f) for f in path)
    claim = f"{nw.tex_of(n)} \\cdot {factors} = {latex(answer)}"
    steps = [step("the rates", "Write each rate as how many of one unit make one of the other.",
                  "; ".join(f"1 {a} = ${nw.tex_of(k)}$ {b}" for a, b, k, _ in rates), ""),
             step("convert along the chain", f"Carry the {y}s to {x}s one link at a time.",
                  f"${claim}$", claim)]
    if places is not None or form is not None:
        got = nw.in_form_asked(value, latex(answer), places, form)
        if got is not None:
            return got[0], steps + got[1]
    return answer, steps


def _path(rates: list[tuple[str, str, Fraction, str]], start: str, goal: str
          ) -> list[Fraction] | None:
    """The factors that turn an amount in `start` into one in `goal` (breadth first)."""
    links: dict[str, list[tuple[str, Fraction]]] = {}
    for y, x, k, _ in rates:
        links.setdefault(y, []).append((x, k))  # n y = n k x
        links.setdefault(x, []).append((y, 1 / k))
    seen, frontier = {start}, [(start, list[Fraction]())]
    while frontier:
        nxt = []
        for unit, factors in frontier:
            if unit == goal:
                return factors
            for other, k in links.get(unit, []):
                if other not in seen:
                    seen.add(other)
                    nxt.append((other, [*factors, k]))
        frontier = nxt
    return None


def _confirm(rates: list[tuple[str, str, Fraction, str]], x: str, y: str, n: Fraction,
             value: Fraction) -> None:
    """Every unit's size in terms of `x` from all the rates solved together."""
    size = {u: sp.Symbol(f"s_{i}", positive=True) for i, u in enumerate(
        sorted({r[0] for r in rates} | {r[1] for r in rates}))}
    eqs = [sp.Eq(size[a], sp.Rational(k.numerator, k.denominator) * size[b])
           for a, b, k, _ in rates] + [sp.Eq(size[x], 1)]
    sol = sp.solve(eqs, list(size.values()), dict=True)
    if len(sol) != 1 or size[y] not in sol[0]:
        raise Decline("the rates do not agree with each other")
    again = sp.Rational(n.numerator, n.denominator) * sol[0][size[y]]
    confirm.check(again == sp.Rational(value.numerator, value.denominator),
                  "solving all the rates together as equations in the units' sizes gives the "
                  "same amount")


__all__ = ["unit_chains"]
