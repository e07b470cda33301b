"""Reader of a group split two ways, by boys and girls (men and women) and by whether each
member does one thing: "A class has 14 boys. 20 of the students wear glasses. If 11 of the
students who wear glasses are girls, how many boys do not wear glasses?", "There are 30 students
in a club, 12 of them boys. 9 of the girls play chess. How many girls do not play chess?".

The four cells (boys who do it, boys who do not, girls who do, girls who do not) are whole
numbers, none negative. Each counted clause adds the cells it names: the whole ("there are 30
students", "a class of 30"), one sex ("14 boys", "12 of them boys"), those who do it or not ("20
of the students wear glasses"), or one cell ("11 of the students who wear
glasses are girls", "9 of the girls play chess"). The thing done is one verb phrase throughout:
its words must agree in every clause up to tense, "not", pronouns and a closing place ("bring
their calculators to class" and "brought calculators" agree). The question asks one cell or one
side of the thing ("how many students do not wear glasses"). Solved as a linear system (SymPy);
the asked count must not depend on what the facts leave free. Confirmed by listing the tables
of whole numbers (the cells the facts leave free at 0 to 40 and at the largest count told) that
meet every fact again (there must be one) and counting the asked cells in each.
A third group, a percent, "more", "than", "both" or any other word leaves the problem unread.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording

_SEXES = [("boys", "girls"), ("men", "women"), ("males", "females")]
_PEOPLE = r"(?:students|people|children|kids|members|players|employees|workers|guests|campers)"
_KIND = (r"(?:(?:math|science|art|music|english|history|gym|dance|chess|swim|soccer|summer|"
         r"first|second|third|fourth|fifth|sixth|seventh|eighth) )?")  # "math class"
_GROUP = _KIND + r"(?:class|club|group|team|school|camp|party|office|room|company|grade)"
_OWNER = r"(?:the |a |an |our |his |her |their |my |(?:[a-z]+ )?[a-z]+'s )"
_NEG = r"(?:do not|does not|did not|don't|doesn't|didn't|never|are not|is not|were not|was not|"\
       r"aren't|isn't|weren't|wasn't)"
_IRREGULAR = {"brought": "bring", "wore": "wear", "took": "take", "had": "have", "has": "have",
              "ate": "eat", "went": "go", "rode": "ride", "swam": "swim", "ran": "run",
              "did": "do", "does": "do", "got": "get", "saw": "see", "chose": "choose",
              "bought": "buy", "drank": "drink", "wrote": "write", "read": "read",
              "are": "be", "is": "be", "were": "be", "was": "be", "sang": "sing", "drove": "drive"}
_DROP = frozenset("their his her its my our your the a an own".split())
_GLUE = frozenset("if then and of in".split())


def read(split: Split, template: str) -> Result | None:
    sexes = next((p for p in _SEXES if re.search(rf"\b(?:{p[0]}|{p[1]})\b", template)), None)
    if sexes is None or "how many" not in template:
        return None
    text = re.sub(r"\s+", " ", wording.of(split, template).text).strip().rstrip(" ?.")
    text = re.sub(r"\b(mr|mrs|ms|dr)\. ", r"\1 ", text)
    if "@" in text or re.search(r"\b(?:percent|more|fewer|than|both|neither|either|only|each|"
                                r"twice|times|half)\b", text):
        return None
    clauses = [c for c in re.split(r"(?<=[.?!;])\s+|,\s+(?:and |then )?|\s+and (?=#)", text)
               if c.strip(" .?!;")]
    clauses = [re.sub(r"^(?:if|then|and) ", "", c.strip(" .?!;")) for c in clauses]
    sex = f"(?P<sex>{sexes[0]}|{sexes[1]})"
    # "a class of 32 students has 18 girls": the whole and one sex in one clause
    clauses = [c for clause in clauses for c in re.sub(
        rf"^(?:in )?{_OWNER}?{_GROUP} of (?P<n>#\d+) (?P<who>{_PEOPLE}) (?:has|had|includes) "
        rf"(?P<k>#\d+) {sex}$", r"there are \g<n> \g<who>|\g<k> \g<sex>", clause).split("|")]
    *facts_said, question = clauses
    props: list[list[str]] = []
    facts: list[tuple[set[int], int, str]] = []
    for said in facts_said:
        got = _fact(said, sex, _PEOPLE, props, sexes)
        if got is None:
            return None
        facts.append(got)
    m = re.fullmatch(rf"how many (?:(?P<who>{sexes[0]}|{sexes[1]})|{_PEOPLE}) (?P<prop>.+)",
                     question)
    if m is None:
        return None
    does = _prop(m.group("prop"), props)
    asked = None if does is None else _cells(m.group("who"), does, sexes)
    if asked is None or len(props) != 1:
        return None
    return _solve(facts, asked, question)


def _fact(said: str, sex: str, people: str, props: list[list[str]],
          sexes: tuple[str, str]) -> tuple[set[int], int, str] | None:
    n = r"#(?P<n>\d+)"
    whole = [rf"there (?:are|were|is) {n} {people}(?: (?:in|at|on) {_OWNER}?{_GROUP})?",
             rf"(?:in |at )?{_OWNER}?{_GROUP} (?:has|had|of) {n} {people}"]
    one_sex = [rf"{_OWNER}?{_GROUP} (?:has|had) {n} {sex}", rf"there (?:are|were) {n} {sex}",
               rf"{n} (?:of (?:them|the {people}) )?(?:are |were )?{sex}"]
    for p in whole:
        if m := re.fullmatch(p, said):
            return {0, 1, 2, 3}, int(m.group("n")), said
    for p in one_sex:
        if m := re.fullmatch(p, said):
            return _cells(m.group("sex"), None, sexes) or set(), int(m.group("n")), said
    if m := re.fullmatch(rf"{n} of (?:the|his|her|their|our|my) {people} (?:who|that) "
                         rf"(?P<prop>.+) (?:are|were) {sex}", said):
        does = _prop(m.group("prop"), props)
        cells = None if does is None else _cells(m.group("sex"), does, sexes)
        return (cells, int(m.group("n")), said) if cells else None
    if m := re.fullmatch(rf"{n} (?:of (?:the|his|her|their|our|my|them) )?(?:(?P<who>"
                         rf"{sexes[0]}|{sexes[1]})|{people})? ?(?P<prop>.+)", said):
        does = _prop(m.group("prop"), props)
        cells = None if does is None else _cells(m.group("who"), does, sexes)
        return (cells, int(m.group("n")), said) if cells else None
    return None


def _prop(words: str, props: list[list[str]]) -> bool | None:
    """Whether the phrase says the thing is done (True) or not (False); None when it is
    another thing than the one the story is about. The first phrase read is that thing."""
    negated = False
    if m := re.match(r"(?:cannot|can't|can not) ", words):  # "cannot swim": not "can swim"
        negated, words = True, "can " + words[m.end():]
    elif m := re.match(rf"{_NEG} ", words + " "):
        negated, words = True, words[m.end():]
        if re.fullmatch(r"(?:are|is|were|was)(?: not|n't)", m.group(0).strip()):
            words = "be " + words
    if re.search(rf"\b(?:not|no|n't)\b|{_NEG}|#", words):
        return None
    said = [w for w in words.split() if w not in _DROP]
    if not said or not re.fullmatch(r"[a-z' -]+", words):
        return None
    for known in props:
        short, long = sorted((said, known), key=len)
        same = bool(_forms(short[0]) & _forms(long[0])) and long[1:len(short)] == short[1:]
        if same and (len(long) == len(short) or re.fullmatch(
                r"(?:to|at|in|on) [a-z]+", " ".join(long[len(short):]))):
            return not negated
        return None
    props.append(said)
    return not negated


def _forms(verb: str) -> set[str]:
    """The verb's possible plain forms ("danced" -> dance or danc, "plays" -> play)."""
    out = {verb, _IRREGULAR.get(verb, verb)}
    for end, reps in (("ies", ("y",)), ("ied", ("y",)), ("ed", ("", "e")), ("es", ("", "e")),
                      ("s", ("",))):
        if verb.endswith(end) and len(verb) > len(end) + 2:
            out |= {verb[:-len(end)] + rep for rep in reps}
    return out


def _cells(who: str | None, does: bool | None, sexes: tuple[str, str]) -> set[int] | None:
    """Cells 0, 1: the first sex doing it or not; 2, 3: the second."""
    if does is None and who is None:
        return None
    rows = {0, 1, 2, 3} if who is None else ({0, 1} if who == sexes[0] else {2, 3})
    return rows if does is None else {c for c in rows if (c % 2 == 0) == does}


def _solve(facts: list[tuple[set[int], int, str]], asked: set[int], question: str) -> Result:
    cells = sp.symbols("c0:4", integer=True, nonnegative=True)
    eqs = [sp.Eq(sum(cells[c] for c in cs), k) for cs, k, _ in facts]
    found = sp.linsolve(eqs, cells)
    if not found:
        raise Decline("the counts told contradict each other")
    general = next(iter(found))
    target = sp.simplify(sum(general[c] for c in asked))
    if target.free_symbols or not target.is_Integer or target < 0:
        raise Decline("the facts do not fix the count asked")
    tables = _tables(general, facts, max(k for _, k, _ in facts))
    if not tables:
        raise Decline("no table of whole numbers meets every count")
    confirm.check({sum(t[c] for c in asked) for t in tables} == {int(target)},
                  "every table of whole numbers that meets the counts gives the same count")
    steps = [step("write each count as a sum of cells", f"'{said}'",
                  f"${' + '.join(latex(cells[c]) for c in sorted(cs))} = {k}$", "")
             for cs, k, said in facts]
    steps.append(step("answer the question", f"The question asks {question}.",
                      f"${' + '.join(latex(cells[c]) for c in sorted(asked))} = {target}$",
                      str(target)))
    return target, steps


def _tables(general: tuple, facts: list[tuple[set[int], int, str]],
            top: int) -> list[tuple[int, ...]]:
    """Every table of whole numbers with its free cells (at most two) at 0..40 or the largest
    count told that meets every count, each count added up again from the table's cells."""
    free = sorted(set().union(*(g.free_symbols for g in general)), key=str)
    if len(free) > 2:
        return []
    rows = []  # each cell as constant + coefficients of the free cells, in exact fractions
    for g in general:
        g = sp.expand(g)  # linsolve's expressions: never text
        coeffs = [g.coeff(f) for f in free]
        rest = sp.expand(g - sum(c * f for c, f in zip(coeffs, free, strict=True)))
        if rest.free_symbols or any(not isinstance(c, sp.Rational) for c in [rest, *coeffs]):
            return []
        rows.append([Fraction(int(v.p), int(v.q)) for v in [rest, *coeffs]])
    out = []
    tried = sorted(set(range(min(top, 40) + 1)) | {top})
    for values in product(tried, repeat=len(free)):
        t = [r[0] + sum((c * v for c, v in zip(r[1:], values, strict=True)), Fraction(0))
             for r in rows]
        if all(v.denominator == 1 and v >= 0 for v in t):
            table = tuple(int(v) for v in t)
            if all(sum(table[c] for c in cs) == k for cs, k, _ in facts):
                out.append(table)
    return out


__all__ = ["read"]
