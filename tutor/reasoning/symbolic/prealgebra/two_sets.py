"""Reader of two overlapping groups counted (a Venn diagram): "Of the 40 students in a club, 22
play chess, 15 play go and 6 play both. How many play neither?", "In a survey of 90 people, 50
like tea, 45 like coffee and 10 like neither. How many like both?", "There are 30 players; all
30 play at least one of tennis or golf. 18 play tennis and 7 play both. How many play golf?".

Each number is read from its clause: the whole group ("of the 40", "a class of 40", "there are
40", "a survey of 40"), both groups ("both"), neither ("neither ... nor", "not ... either",
"none of"), at least one ("and/or", "at least one of", "either ... or") or one of the two
groups. The question asks for one of these (or the group it names, or "what percent"). The
counts may be listed one a line after "the following:". One group alone may be told or asked
("12 take music only", "how many only swim"; "only" before a number is an emphasis and
declines), and so may "exactly one of the two" / "A or B but not both". The counts satisfy
total = A + B - both + neither; the answer is found from it and confirmed by building the four
regions of the diagram (only A, only B, both, neither: none negative; the three inner ones when
the whole is not told) and counting them again. A clause with a word that changes a count
("not" alone, "more", "than", "twice", "percent", "exactly", "least", "most") or a third group
is declined.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import group_wordings, wording

_TOTAL = re.compile(r"(?:\b(?:of|in|among|at|with|from) (?:the |a |all |these |those )?(?:group "
                    r"|class |total |survey |set |team )?(?:of )?#(?P<a>\d+)\b|\b(?:all |a "
                    r"(?:survey|class|group|total|poll) of )#(?P<b>\d+)\b|\bthere (?:are|were|is) "
                    r"#(?P<d>\d+) [a-z]+(?= (?:in|on|at|enrolled|attending)\b|\s*$)"
                    r"|#(?P<c>\d+) [a-z]+ (?:were|was) (?:surveyed|asked|polled)\b"
                    r"|^\s*(?:a|an|the|our|my) [a-z]+(?: [a-z]+)? (?:has|had|have) #(?P<e>\d+)\b"
                    r"|^\s*an? #(?P<f>\d+) ?-[a-z]+ [a-z]+\b)")
_NEITHER = re.compile(r"\bneither\b|\bnor\b|\bnot\b.*\b(?:either|any)\b|\bnone of\b|"
                      r"n't\b.*\b(?:either|any)\b")
_UNION = re.compile(r"\band/or\b|\bat least one\b|\beither\b.*\bor\b")
_BLOCK = re.compile(r"\b(?:not|no|only|more|less|than|twice|times|percent|exactly|least|most|"
                    r"minimum|maximum|possible|but|except|half|third|each|other|another|"
                    r"also|still|remaining|rest)\b|n't\b|%")
_EVERY = re.compile(r"\s*(?:and )?(?:every|each|all) (?P<noun>[a-z]+) (?!of\b)")
_ONLY = re.compile(r"\bonly\b(?! #)")
_EXACTLY_ONE = re.compile(r"\b(?:but not both|exactly one of (?:the|these|those) two"
                          r"(?: [a-z]+)?)\b")
_ASK = re.compile(r"(?:how many|what (?:is the )?number of|what percent(?:age)? of)")
_STOP = frozenset("the a an of in at to and or are is were was who that they them those these "
                  "how many what do does did take takes taking have has had said say like liked "
                  "likes in on for with students people".split())


def _kind(clause: str) -> str:
    if re.search(r"\bboth\b", clause) and not _NEITHER.search(clause):
        return "both"
    if _NEITHER.search(clause):
        return "neither"
    if _UNION.search(clause):
        return "union"
    return "one"


def two_sets(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:both|neither|and/or|either|only|and)\b", template):
        return None
    w = wording.of(split, template)
    text = re.sub(r"\s+", " ", w.text.replace("and / or", "and/or")).strip()
    text = group_wordings.restate(text)
    if not re.search(r"\b(?:both|neither|and/or|either|only)\b", text):
        return None
    text = re.sub(r"\bat least #1\b", "at least one", text)
    text = re.sub(r"\bexactly #1 of (the|these|those) #2\b", r"exactly one of \1 two", text)
    # "in either of the 2 clubs", "any of these 2 courses": the two groups named, no count
    text = re.sub(r"\b(either|any|each|both|neither|none|at least one) of (the|these|those) #2\b",
                  r"\1 of \2 two", text)
    # "exactly 5 slices have cheese" is an emphasis ("exactly one of the two" is read below);
    # "a pizza with only ham and olive toppings" says what each thing may have
    text = re.sub(r"\bexactly (#\d+)(?! of\b)", r"\1", text)
    text = re.sub(r"\b(has|have|had|with) only ([a-z]+(?: [a-z]+)?) and ([a-z]+)\b",
                  r"\1 \2 and \3", text)
    if re.search(r"@\d+@|#\d+[./]", text):
        return None
    text = _listed(text)
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", text) if s]
    asked = [k for k, s in enumerate(sentences) if _ASK.search(s)]
    if len(asked) != 1 or asked[0] != len(sentences) - 1:
        return None
    question = sentences[-1]
    lead = re.match(r"(?P<cond>(?:if|given that|suppose) [^,]*#\d+[^,]*), (?P<q>.*)$", question)
    statement = " ".join(sentences[:-1]) + (" " + lead.group("cond") if lead else "")
    question = lead.group("q") if lead else question
    if "#" in question or not group_wordings.asks_of_told(statement, question):
        return None
    given: dict[str, int] = {}
    ones: list[str] = []
    onlys: list[tuple[str, int]] = []
    every = False
    for clause in re.split(r"[,;:.]\s*|\s(?=and #)|\s(?=while #)", statement):
        numbers = re.findall(r"#(\d+)", clause)
        if not numbers:  # context ("at a high school"): nothing that counts
            whole = _EVERY.match(clause)
            if whole and _kind(clause) == "union" and _counted(whole.group("noun"), text) and \
                    not _BLOCK.search(re.sub(r"\bat least one\b", " ", clause[whole.end():])):
                every = True  # "every slice has at least one topping": the whole
                continue
            if _BLOCK.search(clause) or _kind(clause) != "one":
                return None
            continue
        total = _TOTAL.search(clause)
        if total:
            n = int(next(g for g in total.groups() if g))
            given = _put(given, "total", n)
            clause = clause.replace(total.group(0), " ")
            numbers = re.findall(r"#(\d+)", clause)
            if not numbers:
                if _kind(clause) == "union":  # "all 20 take at least one of ..."
                    given = _put(given, "union", n)
                elif _kind(clause) != "one" or _BLOCK.search(clause):
                    return None
                continue
        if len(numbers) != 1:
            return None
        kind = _kind(clause)
        if kind in ("both", "neither") and not group_wordings.asks_of_told(
                statement.replace(clause, " ") + " " + question, clause):
            return None  # "7 have neither a dog nor a bird": a group nothing else tells of
        if kind == "one" and _ONLY.search(clause):  # "12 take music only": one group alone
            alone = _ONLY.sub(" ", clause)
            if _BLOCK.search(alone):
                return None
            onlys.append((alone, int(numbers[0])))
            continue
        if kind == "one":
            if _BLOCK.search(clause):
                return None
            ones.append(clause)
        elif _BLOCK.search(re.sub(r"\bat least one\b|\bif only\b|n't\b|\bnot\b" + (
                r"|^\s*another (?=#)" if kind == "neither" else ""), " ", clause)):
            return None  # ("another 10 like neither": the ones outside both groups)
        given = _put(given, kind if kind != "one" else f"one{len(ones)}", int(numbers[0]))
    if every:
        if "total" not in given:
            return None
        given = _put(given, "union", given["total"])
    for alone, n in onlys:
        group = _which(ones, alone)
        if group is None or f"alone{group}" in given:
            return None
        given[f"alone{group}"] = n
    return _answer(given, ones, question)


def _counted(noun: str, text: str) -> bool:
    """"every slice": the things the whole counts ("#16 slices", "how many slices")."""
    said = re.findall(r"(?:#\d+ ?-?|how many )([a-z]+)", text)
    return any(w.rstrip("s") == noun.rstrip("s") for w in said)


def _listed(text: str) -> str:
    """Counts listed one a line after "the following:" ("... determined the following: 70 had
    high blood pressure 40 had heart trouble ... what percent ..."), whose line breaks are
    gone: each listed count, and the question after them, made a sentence of its own."""
    m = re.search(r"\b(?:found|determined|showed|revealed|learned) the following: ", text)
    if m is None:
        return text
    head, tail = text[:m.start()], text[m.end():]
    tail = re.sub(r"(?<=[a-z]) (?=#\d+ [a-z])", ". ", tail)
    tail = re.sub(r"(?<=[a-z]) (?=(?:how many|what percent(?:age)?|what (?:is the )?number) )",
                  ". ", tail)
    return head.rstrip(" ,") + ". " + tail


def _put(given: dict[str, int], key: str, n: int) -> dict[str, int]:
    if key in given and given[key] != n:
        raise Decline(f"two different counts for {key}")
    return {**given, key: n}


def _answer(given: dict[str, int], ones: list[str], question: str) -> Result | None:
    if len(ones) > 2 or _BLOCK.search(re.sub(r"\bwhat percent(?:age)? of\b|\bnot\b|n't\b|"
                                             + _EXACTLY_ONE.pattern + "|" + _ONLY.pattern, " ",
                                             question)):
        return None
    percent = "percent" in question
    asked = question.split("how many")[-1].split("number of")[-1]
    kind: str | None = _kind(asked)
    if _EXACTLY_ONE.search(asked):
        kind = "exactly_one"
    elif kind == "one" and _ONLY.search(asked):
        group = _which(ones, _ONLY.sub(" ", _without_subject(asked, ones)))
        kind = f"alone{group}" if group else None
    elif kind == "one":
        kind = _which(ones, question)
    if kind is None:
        return None
    n, a, b, c, d = sp.symbols("N A B C D", integer=True, nonnegative=True)
    names = {"total": n, "one1": a, "one2": b, "both": c, "neither": d}
    eqs = [sp.Eq(n, a + b - c + d)]
    if "union" in given:
        eqs.append(sp.Eq(a + b - c, given["union"]))
    eqs += [sp.Eq(names[k], v) for k, v in given.items() if k in names]
    eqs += [sp.Eq(names[k[5:]] - c, v) for k, v in given.items() if k.startswith("alone")]
    target = {"union": a + b - c, "exactly_one": a + b - 2 * c, "aloneone1": a - c,
              "aloneone2": b - c}.get(kind) or names.get(kind)
    if target is None:
        return None
    sol = sp.solve(eqs, [n, a, b, c, d], dict=True)
    if len(sol) != 1:
        return None
    value = target.subs(sol[0])
    regions = _regions(sol[0], n, a, b, c, d)
    if regions is None and value.is_Integer and kind in _INNER and not percent:
        return _inner_answer(sol[0], a, b, c, kind, value)
    if not value.is_Integer or regions is None:
        raise Decline("the counts do not fit two overlapping groups")
    only_a, only_b, both, neither = regions
    confirm.check(only_a + only_b + both + neither == sol[0][n] and only_a + both == sol[0][a]
                  and only_b + both == sol[0][b] and (kind not in _INNER or value == _INNER[
                      kind](only_a, only_b, both)),
                  "the four regions of the diagram add up to every count given")
    steps = [step("draw the diagram", "Split everyone into four regions.",
                  f"Only the first group: ${only_a}$, only the second: ${only_b}$, both: "
                  f"${both}$, neither: ${neither}$; together ${sol[0][n]}$.",
                  f"{only_a} + {only_b} + {both} + {neither} = {sol[0][n]}")]
    if percent:
        if "total" not in given:
            return None
        value = sp.Rational(int(value) * 100, int(sol[0][n]))
        steps.append(step("a percent", "Part over whole, times 100.",
                          f"$\\frac{{{target.subs(sol[0])}}}{{{sol[0][n]}}} \\times 100 = "
                          f"{sp.latex(value)}$", sp.latex(value)))
    else:
        steps.append(step("answer the question", "Read the region asked for.",
                          f"The count asked for is ${value}$.", str(value)))
    return value, steps


# counts read from the three regions inside the two groups: (only the first, only the second,
# both)
_INNER = {"exactly_one": lambda p, q, r: p + q, "aloneone1": lambda p, q, r: p,
          "aloneone2": lambda p, q, r: q, "union": lambda p, q, r: p + q + r,
          "both": lambda p, q, r: r}


def _without_subject(asked: str, ones: list[str]) -> str:
    """The question without the people it counts ("members only swim" -> "only swim") when
    that word names no group."""
    first = re.match(r"\s*([a-z]+)\b", asked)
    if first and not any(re.search(rf"\b{first.group(1)}\b", c) for c in ones):
        return asked[first.end():]
    return asked


def _inner_answer(sol: dict, a: sp.Symbol, b: sp.Symbol, c: sp.Symbol, kind: str,
                  value: sp.Integer) -> Result | None:
    """The region asked lies inside the groups and the whole is not told ("how many take art
    or music but not both"): only the three inner regions are drawn."""
    vals = [v for v in (sol.get(x) for x in (a, b, c)) if v is not None and v.is_Integer]
    if len(vals) != 3:
        return None
    va, vb, vc = (int(v) for v in vals)
    parts = (va - vc, vb - vc, vc)
    if min(parts) < 0:
        raise Decline("the counts do not fit two overlapping groups")
    confirm.check(value == _INNER[kind](*parts),
                  "the count asked read again from the regions of the diagram")
    return value, [
        step("draw the diagram", "Split the two groups into three regions.",
             f"Only the first group: ${parts[0]}$, only the second: ${parts[1]}$, both: "
             f"${parts[2]}$.", f"{parts[0]}, {parts[1]}, {parts[2]}"),
        step("answer the question", "Read the region asked for.",
             f"The count asked for is ${value}$.", str(value))]


def _which(ones: list[str], question: str) -> str | None:
    """The group a question names ("how many take chemistry"): the other one when only one
    group's clause was given and the question shares none of its words."""
    words = set(re.findall(r"[a-z]+", question)) - _STOP
    said = [set(re.findall(r"[a-z]+", c)) - _STOP for c in ones]
    hits = [k for k, s in enumerate(said) if words & s and not words - s - {"many"}]
    if len(ones) == 2 and len(hits) == 1:
        return f"one{hits[0] + 1}"
    if len(ones) == 1 and words - said[0] and said[0] - words:  # "taking chemistry"
        return "one2"
    return None


def _regions(sol: dict, n: sp.Symbol, a: sp.Symbol, b: sp.Symbol, c: sp.Symbol,
             d: sp.Symbol) -> tuple[int, int, int, int] | None:
    vals = [sol.get(s) for s in (n, a, b, c, d)]
    known = [v for v in vals if v is not None and v.is_Integer and v >= 0]
    if len(known) != len(vals):
        return None
    tot, va, vb, vc, vd = (int(v) for v in known)
    parts = (va - vc, vb - vc, vc, vd)
    return parts if min(parts) >= 0 and sum(parts) == tot else None


__all__ = ["two_sets"]
