"""Reader of a fraction of an amount that is itself a fraction of a unit, and of such an
amount cut into equal parts: "Tom has 3/4 of a pie and eats 1/3 of what he has. What
fraction of a whole pie did he eat?", "Don has a bottle with 1/5 of a gallon of milk in it;
Rachel drinks 2/3 of the milk he has. How many gallons of milk did Rachel drink?", "A
ribbon 5/6 of a meter long is cut into 5 equal pieces. How long is each piece, in
meters?", "Sara used 3/10 of a roll of paper to wrap 3 presents, the same amount on each.
What fraction of a roll did she use on each present?".

The amount is f of a unit (a pie, a gallon, a meter, a roll). A part taken is g of the
amount ("of it", "of what he has", "of the milk she has"): g f of the unit. Cut or used
equally over n things, each gets f / n. The question must ask in the amount's own unit.
Solved and confirmed by `Story` (the relation checked again in exact fractions). Every
other word must be glue or a name; a word that changes the picture ("left", "more",
"then", "rest") leaves the problem unread.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

X = sp.Symbol("x")
_FRACTION = r"#\d+/\d+"
_NAME = r"(?:[a-z]+(?:'s [a-z]+)?(?: [a-z]+)?)"
_HAS = (rf"(?P<who>{_NAME}) (?:has|had|have|owns|bought|buys|baked|made|gets|got|holds|"
        rf"contains)"
        rf"(?: (?:a|an) (?P<holder>[a-z]+)(?: of (?P<inside>[a-z]+))? with)? (?P<f>{_FRACTION}) "
        rf"of (?:a|an|the) (?P<unit>[a-z]+)(?: of (?P<stuff>[a-z]+))?(?: in it| left)?")
_LONG = (rf"(?:a|an|the) (?P<thing>[a-z]+) (?:that is |is )?(?P<f>{_FRACTION}) of (?:a|an) "
         rf"(?P<unit>[a-z]+) (?P<dim>long|wide|tall|high)")
_USED = (rf"(?P<who>{_NAME}) (?:used|uses|spent|spends) (?P<f>{_FRACTION}) of (?:a|an|the) "
         rf"(?P<unit>[a-z]+)(?: of (?:[a-z]+ )?[a-z]+)? to (?P<verb>[a-z]+) (?P<n>{NUM}) "
         rf"(?P<items>[a-z]+)")
_PART = (rf"(?:(?P<who>{_NAME}) )?(?:eats|ate|drinks|drank|uses|used|takes|took|spends|spent|"
         rf"pours|poured|gives away|gave away|gives|gave) (?P<g>{_FRACTION}) of (?:it|them|what "
         rf"(?:he|she|they|it) (?:has|had|have)|the (?P<of>[a-z]+)(?: (?:he|she|they) (?:has|had|"
         rf"have))?)(?: to (?:[a-z]+))?")
_CUT = (rf"(?:which )?(?:is|was|are|were) (?:cut|divided|split|shared)(?: equally)? "
        rf"(?:into|among|between) (?P<n>{NUM}) (?:equal )?(?P<parts>pieces|parts|portions|"
        rf"people|friends|children|students|kids)")
_SAME = (r"(?:using |with |putting |if (?:he|she|they) (?:used|uses|put|puts) )?the same "
         r"amount(?: of [a-z]+(?: [a-z]+)?)? (?:on|for|in) each(?: [a-z]+)?")
_ASK_PART = (r"(?:what fraction of (?:a|an|the) (?:whole )?(?P<u1>[a-z]+)|how (?:many|much) "
             r"(?P<u2>[a-z]+)(?: of [a-z]+)?) (?:did|does|do|will|would) (?:he|she|they|it|"
             r"[a-z]+) (?:eat|drink|use|take|spend|pour|give away|give)\s*[?.]?\s*$")
_ASK_EACH = (r"(?:how (?:long|wide|tall|high|much(?: [a-z]+)?|many (?P<u1>[a-z]+)) (?:is|was|does) "
             r"each "
             r"(?P<each>[a-z]+)(?: get| receive)?(?:,? in (?P<u2>[a-z]+))?|what fraction of "
             r"(?:a|an|the) (?:whole )?(?P<u3>[a-z]+)(?: of [a-z]+(?: [a-z]+)?)? (?:did|does|do|"
             r"will) (?:he|she|they|[a-z]+) "
             r"(?:use|put|spend) (?:on|for|in) each (?P<each2>[a-z]+))\s*[?.]?\s*$")
_BLOCK = re.compile(r"\b(?:more|less|then|rest|remaining|remains|another|other|again|"
                    r"after|before|not|twice|half|each day|per)\b")
_GLUE = frozenset("and of the a an in it is was his her their he she they friend".split())


def read(split: Split, template: str) -> Result | None:
    if "frac" not in " ".join(split.maths) or not re.search(r"\bof (?:a|an|the)\b", template):
        return None
    w = wording.of(split, template)
    text = w.text
    if _BLOCK.search(text.split("?")[0].rsplit(".", 1)[0]):
        return None
    asked_part = w.take_one(_ASK_PART)
    asked_each = None if asked_part else w.take_one(_ASK_EACH)
    if asked_part is None and asked_each is None:
        return None
    story = Story([X], positive=True)
    if asked_part is not None:
        has, part = w.take_one(_HAS), w.take_one(_PART)
        if has is None or part is None:
            return None
        if part.group("of") and part.group("of") not in {has.group("unit"), has.group("stuff"),
                                                          has.group("inside")}:
            raise Decline("a part of something the story does not have")
        asked_unit = asked_part.group("u1") or asked_part.group("u2")
        f, g = wording.value(has.group("f")), wording.value(part.group("g"))
        story.state(X, sp.Rational(g.numerator, g.denominator) * sp.Rational(
            f.numerator, f.denominator), f"the part taken is {g} of {f} of a {has.group('unit')}")
        unit = has.group("unit")
    else:
        assert asked_each is not None
        whole = w.take_one(_USED) or w.take_one(_LONG) or w.take_one(_HAS)
        if whole is None:
            return None
        n_token = whole.groupdict().get("n")
        if n_token is None:
            cut = w.take_one(_CUT)
            if cut is None:
                return None
            n_token = cut.group("n")
        elif w.take_one(_SAME) is None:
            return None  # "to wrap 3 presents": only the same amount on each is read
        f, n = wording.value(whole.group("f")), wording.value(n_token)
        if n.denominator != 1 or n < 2:
            raise Decline("a whole number of equal parts")
        asked_unit = asked_each.group("u1") or asked_each.group("u2") or asked_each.group("u3")
        each = asked_each.group("each") or asked_each.group("each2")
        if whole.groupdict().get("items") and not _same_noun(each, whole.group("items")):
            raise Decline("each of something the story does not share out")
        story.state(X * int(n), sp.Rational(f.numerator, f.denominator),
                    f"{int(n)} equal parts make {f} of a {whole.group('unit')}")
        unit = whole.group("unit")
    if asked_unit is not None and not _same_noun(asked_unit, unit):
        raise Decline("the answer asked in another unit")
    if not w.only_glue(_GLUE):
        return None
    return story.solve(lambda sol: X, f"the amount, as a fraction of a {unit}")


def _same_noun(a: str, b: str) -> bool:
    """One noun, singular or plural ("loaf" and "loaves", "inch" and "inches")."""
    def forms(w: str) -> set[str]:
        one = units.noun(w)
        return {w, one, w + "s", w + "es", re.sub(r"(?:f|fe)$", "ves", w),
                re.sub(r"ves$", "f", w)} | {one}
    return bool(forms(a) & forms(b))


__all__ = ["read"]
