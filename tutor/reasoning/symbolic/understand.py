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
from tutor.reasoning.symbolic.parsing import split_problem

OFFER = ("You can choose a reasoning model in Settings > Backend, or paste a worked "
         "solution to have it checked.")
TIMEOUT = ("I worked on this for {seconds:g} s without finishing, so I stopped. " + OFFER)


@dataclass(frozen=True)
class Piece:
    """One piece of maths in the problem and what kind of thing it is."""

    kind: str  # equation, inequality, function definition, system, expression, integer, ...
    latex: str


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


# Words that ask for every solution of one equation and add no condition: no "positive",
# "integer", "largest", "sum", "how many" ... (those change the answer).
_SOLVE_WORDS = frozenset(
    "find determine solve compute give list state what is are the all real value values of "
    "for solution solutions root roots zero zeros that satisfies satisfy satisfying which "
    "if such given equation to in and then number numbers x y z t n a please every each "
    "where when makes make true holds hold".split())
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
        if p.kind not in kinds and p.kind not in ("integer", "decimal"):
            kinds.append(p.kind)
    if not kinds:
        return ""
    names = [k if k != "system" else "system of equations" for k in kinds[:3]]
    words = [("an " if n[0] in "aeiou" else "a ") + n for n in names]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def explain_decline(problem: str, detail: str = "") -> str:
    """A message for the student: what was understood, what can't be done, what to do."""
    if detail.startswith(DISAGREES):
        return ("I found an answer, but a second, independent check of it disagreed, so I "
                "won't show it. " + OFFER)
    if re.search(r"notation not understood|reads? two ways|ratio|without braces|mixed number"
                 r"|ambiguous|a product or", detail):
        reason = re.sub(r":\s*'[^']*'$", "", detail)
        return f"I couldn't read the maths safely ({reason}). " + OFFER
    ps, asked = pieces(problem), question(problem)
    seen = _seen(ps)
    if asked == "proof":
        what = "an inequality" if any(p.kind == "inequality" for p in ps) else "a statement"
        plural = "inequalities" if what == "an inequality" else "statements"
        return f"I see {what} to prove; I can't prove {plural} yet. " + OFFER
    topic = {"probability": "a probability question", "count": "a counting question",
             "geometry": "a geometry question", "solve": "a request to solve",
             "value": "a request for a value"}.get(asked or "", "a question")
    if not ps or all(p.kind in ("integer", "decimal") for p in ps):
        kind = topic.removeprefix("a ").removeprefix("request for a ")
        return (f"I see a word problem ({kind}); I can only solve problems whose maths is "
                "written out (equations, expressions, sums, derivatives). " + OFFER)
    return (f"I see {topic} about {seen or 'numbers'}, but I don't recognise what is asked "
            "well enough to answer it reliably. " + OFFER)


__all__ = ["OFFER", "Piece", "explain_decline", "lone_equation", "piece", "pieces", "question"]
