"""Reader of two unknown numbers from statements of their sum, difference, product or a
linear relation: "The sum of two numbers is 30 and their difference is 8. What is the
larger number?", "Two numbers have a sum of 45; one number is 3 more than twice the
other. Find the smaller number.", "The larger of two positive integers is 4 less than 3
times the smaller and their product is 96 ...".

The numbers are `a` and `b`. "One number ... the other (another)" names them in order, and
"one number (integer) ... another" says what kind they are; "the
larger ... the smaller" names them too and adds a > b. A difference not said to be the
larger minus the smaller is a - b = d when a is the larger or nothing else tells the two
apart (then a is named the larger), else |a - b| (written (a - b)^2 = d^2). Asked: the larger, the
smaller, both (smaller first), their sum, product or (positive) difference. Solved and
confirmed by `Story`.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

A, B = sp.symbols("a b")
_KIND = r"(?P<pos>positive )?(?P<kind>numbers|integers|real numbers|whole numbers)"
_THEM = (r"(?:them|(?:the|these) #2 (?:numbers|integers)|the numbers|the integers|these numbers"
         r"|these integers)")
_IS = r"(?: is| equals| is equal to)"
_BIG = r"(?:larger|greater|bigger)"
_SMALL = r"(?:smaller|lesser)"
_WHO = (rf"(?:(?:#1|one|a|an) (?:number|integer)|(?:#1|one) of (?:them|the (?:numbers|integers))"
        rf"|(?:#1|one)(?= is )"
        rf"|the (?:{_BIG}|{_SMALL})(?: (?:number|integer|one))?)")
_OTHER = (rf"(?:the other(?: (?:number|integer|one))?|another(?: (?:number|integer))?"
          rf"|the (?:{_BIG}|{_SMALL})(?: (?:number|integer|one))?)")
_INTRO = (rf" (?:there are )?#2 {_KIND}(?: have| has)?"
          rf"(?= a sum| a product| a difference| the sum| such)")
_SUM = (rf" (?:(?:the )?sum of (?:the )?#2 {_KIND}|(?:the )?sum of {_THEM}|their sum){_IS}"
        rf" (?P<v>{NUM})| (?:a |the )?sum of (?P<w>{NUM})")
_PRODUCT = (rf" (?:(?:the )?product of (?:the )?#2 {_KIND}|(?:the )?product of {_THEM}|"
            rf"their product){_IS} (?P<v>{NUM})| (?:a |the )?product of (?P<w>{NUM})")
_DIFF = (rf" (?:(?:the )?(?:positive )?difference (?:of|between) (?:the )?#2 {_KIND}|"
         rf"(?:the )?(?:positive )?difference (?:of|between) {_THEM}|their (?:positive )?"
         rf"difference){_IS} (?P<v>{NUM})| (?:a |the )?(?:positive )?difference of (?P<w>{NUM})")
_LINEAR = (rf" (?P<x>{_WHO}) is (?:(?P<k>{NUM}) (?P<dir>more|less|greater|fewer|smaller|larger)"
           rf" than )?(?:(?P<m>{NUM}) times )?(?P<y>{_OTHER})(?= |,|\.|;)")
_ASKED = (rf" (?:what is|what are|find|determine|compute|how (?:large|big) is)"
          rf" (?:the value of )?(?:(?P<which>the {_BIG}|the {_SMALL})"
          rf"(?: (?:number|integer|one|#1))?"
          rf"(?: of (?:the #2|{_THEM}))?|(?:the |their )(?P<op>sum|product|positive difference"
          rf"|difference)(?: (?:of|between) {_THEM})?)\s*[?.]? $"
          # both asked: "What are they?", "Find the two numbers."
          rf"| (?P<both>(?:what are|find|determine) (?:they|them|both(?: numbers| integers)?|"
          rf"the (?:#2 )?(?:numbers|integers)|both of them))\s*[?.]? $")
_GLUE = frozenset("and but while also if".split())


_VERB_OF = {"add up to": "sum", "add to": "sum", "sum to": "sum", "total": "sum",
            "differ by": "difference", "multiply to": "product"}
_VERBS = "|".join(_VERB_OF)
_KINDS = r"(?:positive )?(?:numbers|integers|real numbers|whole numbers)"
_ASK_WHICH = (rf" (?P<ask>what is|find|determine|compute) (?P<which>the (?:{_BIG}|{_SMALL}))"
              rf" of (?P<two>#2 {_KINDS}) whose (?P<facts>[^?]+)\?? $")


def _plain_statements(text: str) -> str:
    """The statements in the words the patterns read: "two numbers add up to 31 and differ
    by 5" says "the sum of the two numbers is 31 and their difference is 5"; "... and have
    a product of 96" says "their product is 96"; "What is the larger of two numbers whose
    sum is 50 and whose difference is 14?" asks after stating "Two numbers have ...".
    Only the verbs change: every other word stays for the patterns to read or decline on."""
    m = re.fullmatch(_ASK_WHICH, text)
    if m:
        facts = re.sub(r"^(sum|product|difference) ", rf"the \1 of the {m.group('two')} ",
                       m.group("facts").strip())
        facts = re.sub(r"\bwhose (sum|product|difference)\b", r"their \1", facts)
        text = f" {facts}. {m.group('ask')} {m.group('which')} number? "
    # "Find two numbers whose sum is 20 and (whose) difference is 6.": both asked
    text = re.sub(rf"^ (?:find|what are) (?:the )?#2 ({_KINDS}) whose (sum|product|difference) "
                  rf"is ({NUM}),? and (?:whose |their |the )?(sum|product|difference) is ({NUM})"
                  r"\s*[?.]? $",
                  r" the \2 of the #2 \1 is \3 and their \4 is \5 . what are they ? ", text)
    # "Find two numbers whose sum is 20 and whose product is 96." states them
    text = re.sub(rf" (?:find|consider|take|there are) #2 ({_KINDS}) whose (sum|product|"
                  r"difference) is ", r" the \2 of the #2 \1 is ", text)
    text = re.sub(r" and whose (sum|product|difference) is ", r" and their \1 is ", text)
    text = re.sub(rf" #2 ({_KINDS}) ({_VERBS}) ",
                  lambda v: f" the {_VERB_OF[v.group(2)]} of the #2 {v.group(1)} is ", text)
    text = re.sub(rf" (?:and|they) ({_VERBS}) ",
                  lambda v: f" and their {_VERB_OF[v.group(1)]} is ", text)
    text = re.sub(r" (?:and|they) (?:have|has) (?:a|an) (sum|product|difference) of ",
                  r" and their \1 is ", text)
    # "one exceeds the other by 10" says "one is 10 more than the other"
    who = rf"(?:#1|one)(?: number| integer)?|the (?:{_BIG}|{_SMALL})(?: number| integer| one)?"
    return re.sub(rf" ({who}) exceeds ({_OTHER}) by ({NUM})(?= |,|\.|;)",
                  r" \1 is \3 more than \2", text)


def _role(phrase: str) -> tuple[sp.Symbol, str]:
    if re.search(_BIG, phrase):
        return A, "ordered"
    if re.search(_SMALL, phrase):
        return B, "ordered"
    return (B, "named") if "other" in phrase else (A, "named")


def two_numbers(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:sum|product|difference|add up|add to|sum to|total|differ by"
                     r"|multiply to)\b", template) or not re.search(
            r"\btwo\b|@\d+@ (?:positive )?(?:numbers|integers|real|whole)\b|\bthe other\b"
            r"|\banother\b",
            template):
        return None
    w = wording.of(split, template)
    # "two numbers add up to 31" says what "the sum of the two numbers is 31" says
    w.text = _plain_statements(w.text)
    asked = w.take_one(_ASKED)
    if asked is None:
        return None
    story, roles = Story([A, B]), set()
    kinds: set[str] = set()
    for m in re.finditer(rf" the (?P<r>{_BIG}|{_SMALL}) of (?:the )?#2 {_KIND}", w.text):
        kinds.add(m.group("kind"))
        if m.group("pos"):
            kinds.add("positive")
    w.text = re.sub(rf" the ({_BIG}|{_SMALL}) of (?:the )?#2 {_KIND}", r" the \1 number", w.text)
    for m in w.take(_INTRO):
        kinds.add(m.group("kind"))
        if m.group("pos"):
            kinds.add("positive")
    differences: list[sp.Rational] = []
    for pattern, said in ((_SUM, "sum"), (_PRODUCT, "product"), (_DIFF, "difference")):
        for m in w.take(pattern):
            if m.groupdict().get("kind"):
                kinds.add(m.group("kind"))
                if m.group("pos"):
                    kinds.add("positive")
            v = sp.Rational(wording.value(m.group("v") or m.group("w")))
            if said == "difference":
                differences.append(v)
            else:
                story.state(A + B if said == "sum" else A * B, v, f"their {said} is {v}")
    for m in w.take(_LINEAR):
        (x, r1), (y, r2) = _role(m.group("x")), _role(m.group("y"))
        if x == y or r1 != r2:
            raise Decline("which number is which is unclear")
        roles.add(r1)
        if re.search(r"\banother\b", m.group("y")):  # "one number is 5 more than another"
            kinds.add(re.sub(r"^(?:#1|one|an?) (number|integer)$", r"\1s", m.group("x")))
        k = sp.Rational(wording.value(m.group("k"))) if m.group("k") else sp.Integer(0)
        if m.group("dir") in ("less", "fewer", "smaller"):
            k = -k
        mult = sp.Rational(wording.value(m.group("m"))) if m.group("m") else sp.Integer(1)
        if not m.group("k") and not m.group("m"):
            raise Decline("a relation between the numbers")
        said = re.sub(r"^#1\b", "one", m.group(0).strip())  # "one of them", not "1 of them"
        story.state(x, mult * y + k, re.sub(r"#(\S+)", r"\1", said))
    for v in differences:
        if roles <= {"ordered"} and v > 0:  # a is the larger, or nothing tells a from b
            story.state(A - B, v, f"their difference is {v}"
                        + ("" if roles else " (a is the larger)"))
        else:  # the larger minus the smaller, whichever of a and b that is
            story.state((A - B) ** 2, v ** 2, f"their difference is {v}")
    if len(story.relations) != 2 or not w.only_glue(_GLUE | {"number", "numbers"}):
        return None
    if len(kinds - {"numbers", "integers", "real numbers", "whole numbers", "positive"}) or \
            not kinds & {"numbers", "integers", "real numbers", "whole numbers"}:
        raise Decline("what kind of numbers they are")
    story.positive = "positive" in kinds
    story.whole = bool(kinds & {"integers", "whole numbers"})
    ordered = "ordered" in roles

    def target(sol: dict) -> sp.Basic:
        a, b = sol[A], sol[B]
        if ordered and not a > b or (story.whole and "whole numbers" in kinds and min(a, b) < 0):
            raise Decline("the larger number is not larger")
        big, small = (A, B) if a > b else (B, A)
        which, op = asked.group("which"), asked.group("op")
        if which:
            if a == b:
                raise Decline("the two numbers are equal: no larger one")
            return big if re.search(_BIG, which) else small
        return {"sum": A + B, "product": A * B}.get(op, big - small)

    if asked.group("both"):  # the smaller, then the larger
        return story.solve_list([lambda sol: B if sol[A] > sol[B] else A,
                                 lambda sol: A if sol[A] > sol[B] else B], "the two numbers")
    asked_words = re.sub(r"#(\S+)", r"\1", asked.group(0).strip(" ?."))
    return story.solve(target, re.sub(r"^(?:what is|what are|find|determine|compute) ", "",
                                      asked_words))


__all__ = ["two_numbers"]
