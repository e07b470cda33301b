"""Reader of the angle of equal slices of a round whole: "a pizza is cut into 8 equal slices.
what is the angle of each slice", "A circle is divided into 10 congruent sectors. What is the
central angle of each sector?", "A pie is cut into 12 equal pieces. How many degrees are in
the angle of 3 pieces?".

The whole must be round (a pizza, a pie, a circle, a pie chart, a wheel, or a thing said to
be round or circular: "a cake" could be a rectangle and is left unread), cut into n EQUAL
parts (equal, congruent, the same size); the question asks the angle (central, at the
centre) of one part or of k of them, k at most n. The answer is 360 k / n degrees; confirmed
by putting n parts of it back together (n a / k = 360, in exact fractions). Any other number
or sentence leaves the problem unread.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording

_N = r"#\d+"
_ROUND = (r"(?:pizza|pie|circle|pie chart|circular (?:chart|graph|region|disc|disk)|disc|disk|"
          r"wheel|(?:round|circular) (?:cake|pizza|pie|table|tart|cheese|pancake|cookie|"
          r"garden|plate|board|dial|spinner)|spinner)")
_PART = r"(?:slices?|pieces?|parts?|sectors?|wedges?|portions?|sections?|regions?)"
_CUT = re.compile(
    rf"(?:a|an|the|one|my|his|her|their) (?P<whole>{_ROUND}) (?:is|was|has been|gets|got) "
    rf"(?:cut|divided|sliced|split|separated|partitioned) (?:up )?into (?P<n>{_N}) "
    rf"(?:equal|congruent|equally sized|equal-sized|identical|same-sized) (?:sized )?"
    rf"(?P<part>{_PART})")
_EACH = r"(?:each|one|a|every|a single|any one)"
_ASK = re.compile(
    rf"(?:what is|whats|what's|find|how big is|how large is) (?:the )?(?:measure of the )?"
    rf"(?:central )?angle (?:of|in|at the cent(?:er|re) of|formed by) "
    rf"(?:(?P<each>{_EACH})|(?P<k>{_N})) (?:of the )?(?P<part>{_PART})(?: in degrees)?"
    rf"|how many degrees (?:are|is) (?:there )?in (?:the (?:central )?angle of )?"
    rf"(?:(?P<each2>{_EACH})|(?P<k2>{_N})) (?:of the )?(?P<part2>{_PART})")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def equal_sectors(split: Split, template: str) -> Result | None:
    if "angle" not in template and "degrees" not in template:
        return None
    w = wording.of(split, template)
    text = re.sub(r"\s*([,.?!])(?=\s|$)", r"\1", w.text).strip().rstrip(".?!").strip()
    sentences = [s.strip() for s in re.split(r"[.?!]\s+", text) if s.strip()]
    if len(sentences) != 2:
        return None
    cut = _CUT.fullmatch(sentences[0])
    ask = _ASK.fullmatch(re.sub(r",? in degrees$", "", sentences[1]))
    if not cut or not ask:
        return None
    part = ask.group("part") or ask.group("part2")
    if _singular(part) != _singular(cut.group("part")):
        return None
    n = int(wording.value(cut.group("n")))
    k_said = ask.group("k") or ask.group("k2")
    k = int(wording.value(k_said)) if k_said else 1
    if n < 1 or not 1 <= k <= n or (k > 1) != (part != _singular(part)):
        return None  # "each slices", "3 slice", more slices than the whole has
    angle = Fraction(360 * k, n)
    confirm.check(angle * n / k == 360, f"{n} parts of {k} slices' angle make 360 degrees")
    answer = sp.Rational(angle.numerator, angle.denominator)
    shown = sp.latex(answer)
    whole = cut.group("whole")
    steps = [step("a full turn", f"The {n} equal parts of the {whole} meet at its centre and "
                  "fill the full turn of 360 degrees.", f"${n}$ equal angles make $360^\\circ$",
                  "360"),
             step("share the turn", "Each part has an equal share of the turn"
                  + (f"; {k} parts have {k} shares." if k > 1 else "."),
                  f"$\\frac{{360 \\cdot {k}}}{{{n}}} = {shown}^\\circ$" if k > 1
                  else f"$\\frac{{360}}{{{n}}} = {shown}^\\circ$", shown)]
    return answer, steps


__all__ = ["equal_sectors"]
