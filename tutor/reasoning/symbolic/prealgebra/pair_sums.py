"""Reader of quantities told only by their sums two at a time: "When three numbers are added
two at a time, the sums are 17, 25 and 30. What is the sum of all three numbers?", "The sums of
three whole numbers taken in pairs are 40, 52 and 58. What is the smallest?", "The ages of three
sisters added two at a time are 21, 25 and 28. How old is the oldest?", "Ann and Ben together
weigh 150 pounds, Ben and Cal weigh 165 pounds and Cal and Ann weigh 175 pounds. How many pounds
does Ben weigh?", "... How many pounds do Dina and Gus weigh together?".

Three unnamed numbers: the statements say three of them are added "two at a time" ("in pairs",
"pairwise") and tell exactly three sums; the question asks their sum, mean, product, the
largest, the smallest or the middle one. Named people: every clause of the statements is "X
and Y (together) weigh N unit", one verb and one unit throughout; the question asks what one
of them or two of them together weigh. Each is a linear system in one unknown per member,
solved with SymPy; the asked value must come out fixed (a sum that the told sums leave free
declines). Confirmed another way: unnamed numbers as half the sum of the sums less each sum,
each pair added back to the sum told; named ones by writing the asked sum as a combination of
the told sums. Whole or positive numbers said and not met decline; any word that changes the
maths ("more", "than", "times", "difference", "product" among the statements) leaves it
unread.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw

_N = r"#\d+(?:\.\d+)?"
_PAIRED = re.compile(r"(?:#2 at a time|\bin pairs|\bpairwise|\bof each pair|\bof (?:the )?pairs)\b")
_UNREAD = re.compile(r"\b(?:more|less|fewer|than|times|twice|half|differ|difference|"
                     r"differences|products?|consecutive|squares?|each other|apart|ratio|"
                     r"percent|not|only|one of|two of)\b|#\d+ of\b")
_ASKS = {"sum": r"\b(?:sum|total)\b", "mean": r"\b(?:mean|average)\b", "product": r"\bproduct\b",
         "max": r"\b(?:largest|greatest|biggest|oldest|heaviest|tallest|highest)\b",
         "min": r"\b(?:smallest|least|youngest|lightest|shortest|lowest)\b",
         "middle": r"\b(?:middle|second largest|second smallest)\b"}
_NAMED = re.compile(rf"(?:together )?(?P<a>[a-z]+) and (?P<b>[a-z]+) (?:together |combined )?"
                    rf"(?P<verb>weigh|weighed|have|had|own|earned|earn|scored|score) "
                    rf"(?P<v>{_N}) (?P<unit>[a-z]+)(?: together| combined| in all| altogether)?")
_GLUE = frozenset("and then while".split())
_NOT_NAMES = frozenset("the a an they we you who numbers number it them all each".split())


def pair_sums(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:together|pairs?|two at a time|pairwise)\b", template, re.I):
        return None
    sentences = nw.story_sentences(split, template)
    if sentences is None or len(sentences) < 2:
        return None
    *told, question = sentences
    statements = " ".join(told)
    if _UNREAD.search(statements) or re.search(r"\bnot\b|\bonly\b", question):
        return None
    if _NAMED.search(statements):
        return _named(told, question)
    return _three_numbers(statements, question) if _PAIRED.search(statements) else None


def _three_numbers(statements: str, question: str) -> Result | None:
    if not re.search(r"#3 [a-z]+", statements) or not re.search(r"\b(?:sums?|add|added|adding)\b",
                                                              statements):
        return None
    rest = re.sub(r"#3 (?=[a-z])|#2 at a time", " ", statements)
    sums = [Fraction(v) for v in re.findall(r"#(\d+(?:\.\d+)?)", rest)]
    q = re.sub(r"\s+", " ", re.sub(r"#3 (?=[a-z])", " ", question)).strip()
    words = set(re.findall(r"[a-z]+", statements))
    nouns = "|".join(words | {w[:-1] for w in words if w.endswith("s")} | {"numbers", "number",
                                                                          "one", "value"})
    plain = re.fullmatch(r"(?:(?:what|which) (?:is|was|are)|whats|what's|find|compute|"
                         r"determine|calculate) (?:the )?(?P<k>[a-z]+(?: [a-z]+)??)"
                         rf"(?: (?:{nouns}))?(?: of (?:all )?(?:of )?(?:the |these |those )?"
                         rf"(?:{nouns}))?", q)
    told = re.fullmatch(rf"how (?:old|heavy|tall|much|many [a-z]+) (?:is|was|does|did) the "
                        rf"(?P<k>[a-z]+) (?:{nouns})(?: [a-z]+)?", q)
    found = plain or told
    key = found.group("k") if found else ""
    asked = [k for k, p in _ASKS.items() if re.fullmatch(p.replace("\\b", ""), key)]
    if len(sums) != 3 or "#" in q or len(asked) != 1:
        return None
    total = sum(sums, Fraction(0)) / 2
    values = sorted(total - s for s in sums)
    a, b, c = sp.symbols("a b c")
    got = sp.solve([a + b - _r(sums[0]), b + c - _r(sums[1]), a + c - _r(sums[2])], [a, b, c],
                   dict=True)
    if len(got) != 1:
        raise Decline("the sums do not fix the numbers")
    solved = sorted(Fraction(int(got[0][s].p), int(got[0][s].q)) for s in (a, b, c))
    confirm.check(solved == values and sorted(x + y for x, y in ((values[0], values[1]),
                  (values[1], values[2]), (values[0], values[2]))) == sorted(sums),
                  "each number as half the sum of the sums less one sum, the pairs added back")
    if re.search(r"\b(?:whole|integers?|natural|counting)\b", statements) and any(
            v.denominator != 1 for v in values):
        raise Decline("the numbers said to be whole are not")
    if re.search(r"\b(?:positive|ages?|sisters|brothers|children)\b", statements) and any(
            v <= 0 for v in values):
        raise Decline("the numbers said to be positive are not")
    kind = asked[0]
    if kind == "middle" and len(set(values)) != 3:
        raise Decline("no single middle number")
    answer = {"sum": total * 1, "mean": total / 3, "product": values[0] * values[1] * values[2],
              "max": values[2], "min": values[0], "middle": values[1]}[kind]
    sums_tex = " + ".join(nw.tex_of(s) for s in sums)
    steps = [step("the sum of all three", "Each number is in two of the pairs, so the sums add "
                  "up to twice the total.", f"$a + b + c = \\frac{{{sums_tex}}}{{2}} = "
                  f"{nw.tex_of(total)}$", f"a + b + c = {nw.tex_of(total)}"),
             step("each number", "Each number is the total less the sum of the other two.",
                  ", ".join(f"${nw.tex_of(total)} - {nw.tex_of(s)} = {nw.tex_of(total - s)}$"
                            for s in sums))]
    if kind != "sum":
        steps.append(step("the value asked", f"The {kind} asked, from the three numbers.",
                          f"${nw.tex_of(answer)}$"))
    return nw.as_measured(answer, None, None), steps


def _r(v: Fraction) -> sp.Rational:
    return sp.Rational(v.numerator, v.denominator)


def _named(told: list[str], question: str) -> Result | None:
    clauses: list[tuple[str, str, Fraction]] = []
    verbs, units, names = set(), set(), []
    for sentence in told:
        hits = list(_NAMED.finditer(sentence))
        left = _NAMED.sub(" ", sentence)
        if not hits:
            if "#" in sentence:
                return None
            continue  # "Ann, Ben and Cal weigh themselves in pairs" is read with the names
        if set(re.findall(r"[a-z]+", left)) - _GLUE:
            return None
        for m in hits:
            clauses.append((m.group("a"), m.group("b"), Fraction(m.group("v").lstrip("#"))))
            verbs.add(m.group("verb").rstrip("ed").rstrip("s"))
            units.add(m.group("unit"))
            names += [m.group("a"), m.group("b")]
    people = sorted(set(names))
    if len(clauses) < 2 or len(verbs) != 1 or len(units) != 1 or set(people) & _NOT_NAMES or any(
            a == b for a, b, _ in clauses):
        return None
    for sentence in told:
        if "#" not in sentence and set(re.findall(r"[a-z]+", sentence)) - set(people) - set(
                "weigh weighed themselves in pairs and are were".split()):
            return None
    unit = next(iter(units))
    ask = re.fullmatch(rf"(?:how many {unit} (?:does|do|did) (?P<a>[a-z]+)(?: and (?P<b>[a-z]+))?"
                     r"(?: together| combined)? [a-z]+(?: together| combined| in all)?"
                     rf"|how much (?:does|do|did) (?P<c>[a-z]+)(?: and (?P<d>[a-z]+))?"
                     r"(?: together| combined)? weigh(?: together| combined| in all)?)",
                     question)
    if ask is None:
        return None
    asked = [n for n in ask.groups() if n]
    if any(n not in people for n in asked) or len(set(asked)) != len(asked):
        return None
    syms = {p: sp.Symbol(p) for p in people}
    rows = [syms[a] + syms[b] - _r(v) for a, b, v in clauses]
    solution = sp.linsolve(rows, list(syms.values()))
    if not solution:
        raise Decline("the pairs' totals contradict each other")
    (point,) = list(solution)
    value = sp.simplify(sum(point[people.index(n)] for n in asked))
    if value.free_symbols or not value.is_Rational or value <= 0:
        raise Decline("the told totals do not fix the one asked")
    # the asked total as a combination of the told ones, found on its own
    cs = sp.symbols(f"k0:{len(clauses)}")
    eqs = [sum(c for c, (a, b, _) in zip(cs, clauses, strict=True) if p in (a, b)) -
           (1 if p in asked else 0) for p in people]
    combo = sp.linsolve(eqs, list(cs))
    if not combo:
        raise Decline("the asked total is no combination of the told ones")
    (ks,) = list(combo)
    again = sp.simplify(sum(k * _r(v) for k, (_, _, v) in zip(ks, clauses, strict=True)))
    confirm.check(not again.free_symbols and again == value,
                  "the asked total as a combination of the told totals")
    said = ", ".join(f"${a} + {b} = {nw.tex_of(v)}$" for a, b, v in clauses)
    asked_tex = " + ".join(asked)
    combo_tex = " ".join(f"{'+' if k > 0 else '-'} {nw.tex_of(abs(Fraction(int(k.p), int(k.q))))}"
                         f"({a} + {b})" for k, (a, b, _) in zip(ks, clauses, strict=True) if k)
    steps = [step("the pairs", "Each told total is the sum of two of them.", said),
             step("the total asked", "Add and take away the told totals to leave the ones "
                  "asked.", f"${asked_tex} = {combo_tex.lstrip('+ ')} = {sp.latex(value)}$",
                  f"{asked_tex} = {sp.latex(value)}")]
    return sp.Rational(value), steps


__all__ = ["pair_sums"]
