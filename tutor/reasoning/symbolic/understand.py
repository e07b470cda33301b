"""What the engine understood of a problem: typed pieces of maths and the question asked.

Used to decline helpfully: a decline is not an error, so it says what the engine saw
("I see an inequality to prove"), what it cannot do yet, and what the student can do
instead. The reading here is by shape only (no parsing of the maths), so it is fast and
never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.reasoning.symbolic.confirm import DISAGREES
from tutor.reasoning.symbolic.model import WHICH_MEANT
from tutor.reasoning.symbolic.parsing import split_problem

OFFER = ("You can choose a reasoning model in Settings > Backend, or paste a worked "
         "solution to have it checked.")
TIMEOUT = ("I worked on this for {seconds:g} s without finishing, so I stopped. " + OFFER)


@dataclass(frozen=True)
class Piece:
    """One piece of maths in the problem and what kind of thing it is."""

    kind: str  # equation, inequality, function definition, system, expression, integer, ...
    latex: str


# an amount of money, a percent or an angle: a number in a story, not an expression
_QUANTITY = re.compile(r"\\?\$?\s*-?[\d,]*\.?\d+\s*(?:\\?%|\^\\circ|\\text\{\s*[a-z]+\s*\})?")
_FUNCTION_DEF = re.compile(r"^\s*[a-zA-Z]\s*\(\s*[a-z]\s*\)\s*=")
_INEQUALITY = re.compile(r"<|>|\\[lg]eq?(?![a-zA-Z])|\\[lg]t(?![a-zA-Z])|\\ne(?:q)?(?![a-z])")


def piece(latex: str) -> Piece:
    src = latex.strip()
    # limits of sums, integrals and limits are not equations: look past sub/superscripts
    s = re.sub(r"[_^]\{[^{}]*\}", "", src)
    if re.fullmatch(r"-?\d+", s):
        return Piece("integer", src)
    if re.fullmatch(r"-?\d*\.\d+|-?\d+\.\d*", s):
        return Piece("decimal", src)
    if re.fullmatch(r"[a-zA-Z]", s):
        return Piece("unknown", src)
    if _QUANTITY.fullmatch(s) or s in ("\\pi", "\\$"):  # "in terms of $\pi$" names no maths
        return Piece("quantity", src)
    if "\\equiv" in s:
        return Piece("congruence", src)
    if "\\begin{pmatrix}" in s or "\\begin{bmatrix}" in s:
        return Piece("vector or matrix", src)
    if _FUNCTION_DEF.match(s):
        return Piece("function definition", src)
    if _INEQUALITY.search(s):
        return Piece("inequality", src)
    if s.count("=") >= 2 and ("\\\\" in s or "," in s):
        return Piece("system", src)
    if "=" in s:
        return Piece("equation", src)
    if re.fullmatch(r"\\?\(\s*-?[\w.\\{}]+\s*,\s*-?[\w.\\{}]+\s*\\?\)", s):
        return Piece("point", src)
    if re.fullmatch(r"\\\{.*\\\}", s):
        return Piece("set", src)
    return Piece("expression", src)


def pieces(problem: str) -> list[Piece]:
    return [piece(m) for m in split_problem(problem).maths]


_QUESTIONS: list[tuple[str, str]] = [
    ("proof", r"\b(?:prove|show that|show why|demonstrate|justify)\b"),
    ("probability", r"\bprobabilit"),
    ("count", r"\bhow many\b|\bnumber of (?:ways|integers|positive)"),
    ("geometry", r"\[asy\]|\btriangle|\bcircle|\bangle\b|\bpolygon|\bsquare\b|\bperimeter"),
    ("solve", r"\bsolve\b|\bfind all\b|\bsolutions?\b|\broots?\b"),
    ("value", r"\bwhat is\b|\bcompute\b|\bevaluate\b|\bfind\b|\bcalculate\b|\bsimplify\b"),
]


def question(problem: str) -> str | None:
    low = problem.lower()
    for name, pattern in _QUESTIONS:
        if re.search(pattern, low):
            return name
    return None


_NUMBERS = ("integer", "decimal", "quantity", "unknown")  # name no maths of their own

# What a story is about, by its words, for the message only (never to solve): the first
# match names it, so the more specific situations come first.
_SITUATIONS: list[tuple[str, str]] = [
    ("chance", r"\bflip|\btoss|\bheads\b|\btails\b|\bprobabilit"),
    ("coins and their values", r"\b(?:coins?|nickels?|dimes?|quarters|pennies)\b"),
    ("mixtures and concentrations",
     r"\bmixture|\balloy|\bconcentrat|\b(?:acid|salt|sugar|alcohol)\b.*\bsolution"),
    ("speed, distance and time",
     r"\bper hour\b|\bper second\b|\bmph\b|\bspeed|\bkm/h|\bvelocit|\bupstream"
     r"|\bdownstream|\b(?:miles|kilometers|km)\b.*\b(?:hours?|minutes?)\b"),
    ("rates of work", r"\bworking together|\bpipes?\b|\bdrain|\bfills?\b.*\btank"),
    ("interest", r"\binterest\b|\binvest"),
    ("percentages", r"\bdiscount|\bpercent|%|\bsale price"),
    ("ages", r"\byears? old|\bolder\b|\byounger\b|\bages?\b"),
    ("conic sections", r"\bhyperbola|\bellipse|\bparabola"),
    ("vectors and matrices", r"\\begin\{[pb]matrix\}|\\mathbf|\bvectors?\b|\bmatri"),
    ("solids", r"\bcubes?\b|\bcylind|\bcones?\b|\bspheres?\b|\bprisms?\b|\bpyramid"
               # a box with measures ("a box 3 by 4 by 5"), never "a box of 12 pens"
               r"|\bhemispher|\bbox\b(?! of\b)"),
    ("circles", r"\barcs?\b|\bsectors?\b|\bchords?\b|\bcircle"),
    ("angles and lines", r"\bparallel\b|\btransversal|\bangles?\b"),
    ("plane figures", r"\btriangle|\bpolygon|\bsquare\b|\brectangle|\bhexagon|\bladder"
                      r"|\[asy\]"),
    ("remainders and congruences",
     r"\\equiv|\\pmod|\bmodulo\b|\bremainder|\bday of the week|\bcongruen"),
    ("chance", r"\bprobabilit|\bdice\b|\bdie\b|\bcards?\b|\bexpected value"),
]


def situation(problem: str) -> str | None:
    """What a problem's story is about ("speed, distance and time"), for messages only."""
    # "the square root of 9", "a perfect cube": numbers, not figures
    low = re.sub(r"\b(?:square|cube)(?:d|s)? roots?\b|\bperfect (?:square|cube)s?\b", " ",
                 problem.lower())
    return next((name for name, pattern in _SITUATIONS if re.search(pattern, low)), None)


_NOT_A_THING = frozenset("of is are does do did will would can could must should has have "
                         "the a an in there to for with that than less greater between below "
                         "above under over smaller larger lie lies satisfy satisfies make "
                         "remain remains fit exist was were".split())


_ARTICLE = r"(?:the|a|an|each|his|her|its|their)"
_WHAT_IS_THE = re.compile(
    rf"\b(?:what|find|compute|determine) (?:is |are |was )?({_ARTICLE}) "
    # "the length of an arc", "the number of square inches"
    rf"((?:[a-z-]+ ){{0,3}}?[a-z-]+(?: of (?:{_ARTICLE} )?[a-z]+(?: [a-z]+)?)?)"
    r"(?= of\b| in\b| for\b| when\b| if\b| that\b| after\b| does\b|[,?.]|$)")


def asked_for(problem: str) -> str | None:
    """The question's own words: "how many liters", "the final price", "a percent"."""
    low = re.sub(r"\$([a-z])\$", r"\1", problem.lower())  # "how many $x$-intercepts"
    low = re.sub(r"\$[^$]*\$", " ", low)
    question_part = low[max(low.rfind(". ", 0, max(low.rfind("?"), 0)), 0):]
    m = re.search(r"\bhow (many|much|long|far|old|high)\b((?: [a-z-]+){0,3})", question_part)
    if m:
        words: list[str] = []  # "how many different ways", up to the verb
        for word in m.group(2).split() if m.group(1) in ("many", "much") else ():
            if word in _NOT_A_THING:
                break
            words.append(word)
        return " ".join(["how", m.group(1), *words])
    m = _WHAT_IS_THE.search(question_part)
    if m:
        return f"for {m.group(1)} {m.group(2)}"
    m = re.search(r"\bwhat (percent|day of the week|fraction|number)\b", question_part)
    if m:
        return f"for {'a ' if m.group(1) != 'day of the week' else 'the '}{m.group(1)}"
    return None


# Words that ask for every solution of one equation and add no condition (and words that
# point at it: "the equation below", "the following equation"): no "positive",
# "integer", "largest", "sum", "how many" ... (those change the answer).
_SOLVE_WORDS = frozenset(
    "find determine solve compute give list state what is are the all real value values of "
    "for solution solutions root roots zero zeros that satisfies satisfy satisfying which "
    "if such given equation to in and then number numbers x y z t n a please every each "
    "where when makes make true holds hold below above following shown".split())
_ASKS_TO_SOLVE = frozenset(
    "solve solution solutions root roots zero zeros values value numbers true satisfy "
    "satisfies satisfying holds hold".split())


def lone_equation(template: str, maths: list[str]) -> tuple[str, str | None] | None:
    """(equation, unknown) when the problem only asks for every solution of one equation.

    The typed reading behind many phrasings ("The roots of $E$ are what?", "Determine x:
    $E$"): exactly one piece is an equation, at most one other is a lone letter (the
    unknown), and every word is one of `_SOLVE_WORDS`, one of which asks for solutions.
    """
    words = set(re.findall(r"[a-z]+", re.sub(r"@\d+@", " ", template)))
    if words - _SOLVE_WORDS or re.search(r"\bnumber of\b", template):  # a count, not the roots
        return None
    kinds = [piece(m).kind for m in maths]
    eqs = [m for m, k in zip(maths, kinds, strict=True) if k == "equation"]
    rest = [m.strip() for m, k in zip(maths, kinds, strict=True) if k != "equation"]
    if len(eqs) != 1 or len(rest) > 1 or any(not re.fullmatch(r"[a-z]", r) for r in rest):
        return None
    if not (words & _ASKS_TO_SOLVE or rest and words & {"find", "determine", "solve"}):
        return None
    return eqs[0], (rest[0] if rest else None)


def _seen(ps: list[Piece]) -> str:
    kinds: list[str] = []
    for p in ps:
        if p.kind not in kinds and p.kind not in _NUMBERS:
            kinds.append(p.kind)
    if not kinds:
        return ""
    names = [k if k != "system" else "system of equations" for k in kinds[:3]]
    words = [("an " if n[0] in "aeiou" else "a ") + n for n in names]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def explain_decline(problem: str, detail: str = "") -> str:
    """A message for the student: what was understood, what can't be done, what to do."""
    if detail.startswith(WHICH_MEANT):
        said = detail[len(WHICH_MEANT):]
        return said[:1].upper() + said[1:]
    if detail.startswith(DISAGREES):
        return ("I found an answer, but a second, independent check of it disagreed, so I "
                "won't show it. " + OFFER)
    if re.search(r"notation not understood|reads? two ways|not a ratio|without braces|mixed number"
                 r"|ambiguous|a product or", detail):
        reason = re.sub(r":\s*'[^']*'$", "", detail)
        return f"I couldn't read the maths safely ({reason}). " + OFFER
    ps, asked = pieces(problem), question(problem)
    if detail == "no real solutions" and any(p.kind == "equation" for p in ps):  # a quadratic
        return ("I see an equation, and I found no real solution of it, so there is no real "
                "answer to show. If complex solutions are wanted, say so (\"find all complex "
                "solutions\"). " + OFFER)
    if asked == "proof":
        what = "an inequality" if any(p.kind == "inequality" for p in ps) else "a statement"
        plural = "inequalities" if what == "an inequality" else "statements"
        return f"I see {what} to prove; I can't prove {plural} yet. " + OFFER
    about, wanted = situation(problem), asked_for(problem)
    if all(p.kind in _NUMBERS for p in ps):
        story = f"a word problem about {about}" if about else "a word problem"
        asking = f" asking {wanted}" if wanted else ""
        return (f"I read this as {story}{asking}, but I can't yet solve stories like this one "
                "reliably. " + OFFER)
    seen = _seen(ps)
    topic = f" in a problem about {about}" if about and seen[3:] not in about else ""
    asking = f", asking {wanted}" if wanted else ""
    return (f"I see {seen}{topic}{asking}, but I can't answer this question reliably yet. "
            + OFFER)


__all__ = ["OFFER", "Piece", "asked_for", "explain_decline", "lone_equation", "piece", "pieces",
           "question", "situation"]
