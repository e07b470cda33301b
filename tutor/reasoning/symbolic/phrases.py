"""Many phrasings of one question, one canonical sentence for the solvers.

People ask the same thing in many ways: "Find all real x such that ...", "What are the
solutions of ...", "Determine every x with ..." and "Solve ..." all ask to solve an
equation. Each `Phrase` below names one such family and rewrites a problem's template
(see `parsing.split_problem`: maths replaced by `@k@`) to the canonical sentence the
solvers know. The rules are about ordinary mathematical English, never about one
problem's wording; a template no rule and no solver recognises is declined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tutor.reasoning.symbolic.parsing import Split

_SLOT = r"@\d+@"
_VAR = r"(?P<var>" + _SLOT + r"|[a-z])"
_EQ = r"(?P<eq>" + _SLOT + r")"
_A = r"(?P<a>" + _SLOT + r")"
_B = r"(?P<b>" + _SLOT + r")"
_END = r"[.?!]?"
_FIND = r"(?:find|determine|give|list|compute|calculate|what (?:is|are))"
_ALL = r"(?:all|every|each|the)(?: of the)?(?: possible)?(?: real)?"
_SUCH = (r"(?:such that|so that|for which|with|satisfying|that satisf(?:y|ies)"
         r"|which satisf(?:y|ies)|where|if|that make|making)(?: the equation)?:?")
_SOLS = r"(?:solutions?|roots?|zeros?|zeroes)"
_PICK = r"(?P<pick>largest|greatest|smallest|least|positive|negative)"


@dataclass(frozen=True)
class Phrase:
    """A named family of phrasings and the canonical sentence it means."""

    name: str
    pattern: re.Pattern[str]
    canonical: str  # str.format with the pattern's named groups


def _p(name: str, pattern: str, canonical: str) -> Phrase:
    return Phrase(name, re.compile(pattern), canonical)


PHRASES: list[Phrase] = [
    _p("solve: find every value of the unknown that makes an equation true",
       r"(?:" + _FIND + r" )?" + _ALL + r" (?:(?:real )?(?:values?|numbers?) )?(?:of )?" + _VAR
       + r"(?: values?)? " + _SUCH + r" " + _EQ + _END, "solve {eq} for {var}."),
    _p("solve: the solutions or roots of an equation",
       r"(?:" + _FIND + r" )?(?:" + _ALL + r" )?(?:real )?" + _SOLS + r" (?:of|to|for)"
       r"(?: the equation)?:? " + _EQ + _END, "solve {eq}."),
    _p("solve: which values of the unknown satisfy an equation",
       r"(?:for )?(?:which|what) (?:real )?(?:values? of |numbers? )?" + _VAR
       + r" (?:satisf(?:y|ies)|solves?|makes? true|(?:is|are) (?:solutions? (?:of|to)|true "
       r"in)) " + _EQ + _END, "solve {eq} for {var}."),
    _p("solve: the unknown, given an equation",
       r"(?:given|if|suppose|assume)(?: that)? " + _EQ + r",? (?:then )?(?:" + _FIND
       + r"|solve for) " + _ALL + r" (?:possible )?(?:values? of )?" + _VAR + _END,
       "solve {eq} for {var}."),
    _p("solve: what the unknown is, the equation after",
       r"(?:what is|find|determine|compute) (?:the value of )?" + _VAR + r",? (?:if|when|given "
       r"that|such that|where) " + _EQ + _END, "solve {eq} for {var}."),
    _p("values from two equations: 'given A and B, find E'",
       r"(?:given|suppose|assume)(?: that)? " + _A + r",? and " + _B + r"[.,]? (?:then )?(?:"
       + _FIND + r") (?:the value of )?(?P<e>" + _SLOT + r")" + _END,
       "if {a} and {b}, what is the value of {e}."),
    _p("solve and combine: the positive difference between the two solutions",
       r"(?:" + _FIND + r" )?the (?:positive )?difference (?:between|of) the (?:two )?(?:real )?"
       r"(?:solutions|roots) (?:of|to)(?: the equation)?:? " + _EQ + _END,
       "what is the difference of all solutions of {eq}."),
    _p("solve and pick: the largest, smallest or positive solution",
       r"(?:" + _FIND + r" )?the " + _PICK + r" (?:real )?(?:solution|root|(?:value of |number )"
       + _VAR + r") (?:of|to|that satisf(?:y|ies)|satisfying|such that|"
       r"for which)(?: the equation)?:? " + _EQ + _END,
       "find the {pick} solution to {eq}."),
    _p("solve and keep: every positive, negative or integer solution",
       r"(?:" + _FIND + r" )?(?:all|every|each)(?: of)?(?: the)? (?P<keep>positive|negative|"
       r"integer) (?:real )?(?:solutions|roots|values of " + _VAR + r") (?:of|to|that "
       r"satisf(?:y|ies)|satisfying|such that|for which)(?: the equation)?:? " + _EQ + _END,
       "solve {eq} keeping the {keep} solutions."),
    _p("solve and combine: the sum or product of the solutions",
       # not "roots": a repeated root counts twice in a sum of roots, once in one of solutions
       r"(?:" + _FIND + r" )?the (?P<how>sum|product) of (?:" + _ALL + r" )?(?:real )?"
       r"solutions (?:of|to)(?: the equation)?:? " + _EQ + _END,
       "what is the {how} of all solutions of {eq}."),
    _p("count: how many solutions an equation has",
       r"how many (?P<real>(?:distinct )?real |different real |distinct )?(?P<noun>solutions|"
       r"roots|zeros|values of " + _VAR + r") (?:does|has|satisfy|are there (?:of|to|for|in))"
       r"(?: the equation)? " + _EQ + r"(?: have)?" + _END,
       "count the {real}{noun} of {eq}."),
    _p("count: the number of solutions of an equation",
       r"(?:(?:find|what is|determine) )?the number of (?P<real>(?:distinct )?real |different "
       r"real |distinct )?(?P<noun>solutions|roots|zeros) (?:of|to)(?: the equation)? " + _EQ
       + _END, "count the {real}{noun} of {eq}."),
    _p("evaluate: the value of an expression",
       r"(?:work out|how much is|what number is|find the numerical value of|what does) "
       r"(?P<e>" + _SLOT + r")(?: equal| come to)?" + _END, "compute {e}."),
    _p("evaluate: a named kind of expression (the sum, the integral, the limit ...)",
       r"(?:evaluate|compute|find|calculate|what is) the (?:(?:value|sum) of the )?(?:infinite )?"
       r"(?:geometric )?(?:sum|series|"
       r"integral|definite integral|limit|product|expression|quantity|number):? " + _A + _END,
       "evaluate {a}."),
    _p("evaluate: a function value, the definition given after the question",
       r"(?:find|evaluate|compute|what is|calculate) " + _A + r",? (?:if|when|where|given "
       r"that) " + _B + _END, "let {b}. find {a}."),
    _p("function values: a function named, then its formula, then a value asked",
       r"(?:the |a )?function " + _A + r" is (?:defined|given)(?: for all real numbers)? (?:by|as)"
       r":? " + _B + r"[.,;]? (?:then )?(?:find|what is|evaluate|compute|calculate|determine) "
       r"(?:the value of )?(?P<e>" + _SLOT + r")" + _END, "let {b}, find {e}."),
    _p("simplify, expand or factor: the manner after the expression",
       r"(?P<verb>simplify|expand|factor) " + _A + r" (?:completely|fully|as much as possible"
       r"|as far as possible)" + _END, "{verb} {a}."),
    _p("solve: an equation, inequality or system named as such",
       r"solve the (?:following )?(?:inequality|equation|system|system of equations)(?: for "
       + _VAR + r")?:? " + _EQ + _END, "solve {eq}."),
    _p("divisors: the number of divisors or factors of an integer",
       r"(?:(?:find|what is|compute|determine) )?the (?:number|count) of (?:positive )?(?:integer "
       r")?(?:divisors|factors) (?:of|that) " + _A + r"(?: has)?" + _END,
       "how many positive divisors does {a} have?"),
    _p("divisors: count the divisors of a number",
       r"count the (?:positive )?(?:integer )?(?:divisors|factors) of " + _A + _END,
       "how many positive divisors does {a} have?"),
    _p("divisors: how many positive integers divide a number",
       r"how many positive integers (?:divide|are divisors of|are factors of) " + _A
       + r"(?: exactly| evenly| without (?:a )?remainder)?" + _END,
       "how many positive divisors does {a} have?"),
    _p("divisors: how many factors an integer has",
       r"how many (?:positive )?(?:integer )?(?:factors|divisors) (?:does|has) " + _A
       + r"(?: have)?" + _END, "how many positive divisors does {a} have?"),
    _p("simplify: write in simplest form",
       r"(?:write|express|put|reduce|leave) " + _A + r" (?:in (?:its )?(?:simplest|lowest) "
       r"(?:form|terms)|to (?:its )?(?:simplest|lowest) (?:form|terms)|as simply as possible)"
       + _END, "simplify {a}."),
    _p("remainder: a mod b",
       r"(?:what is|find|compute|evaluate)? ?" + _A + r" (?:mod|modulo) " + _B + _END,
       "what is the remainder when {a} is divided by {b}."),
    _p("remainder: what is left over on division",
       r"(?:what|which) (?:remainder|number) (?:does|is left when) " + _A
       + r" (?:leave|is divided) (?:when divided |on division )?by " + _B + _END,
       "what is the remainder when {a} is divided by {b}."),
    _p("division: divide one thing by another, then the quotient or the remainder",
       r"(?:if (?:you|we) )?divide " + _A + r" by " + _B + r"[.,;]? (?:then )?(?:what is|find|"
       r"determine|give|compute|state) the (?P<what>quotient|remainder)" + _END,
       "find the {what} when {a} is divided by {b}."),
    _p("division: the quotient or remainder named before the division",
       r"(?:what is|find|determine|give|compute|state) the (?P<what>quotient|remainder) (?:when|if"
       r"|on dividing|of dividing|from dividing|of|in the division of) " + _A + r" (?:is )?"
       r"(?:divided )?by " + _B + _END,
       "find the {what} when {a} is divided by {b}."),
    _p("gcd: the largest number dividing each",
       r"(?:what is|find) the (?:largest|greatest|biggest) (?:positive )?(?:integer|number|"
       r"divisor) (?:that|which) divides (?:both )?" + _A + r" and " + _B + _END,
       "find the greatest common divisor of {a} and {b}."),
    _p("lcm: the smallest number each divides",
       r"(?:what is|find) the (?:smallest|least) positive (?:integer|number|multiple) (?:that"
       r" is |which is )?(?:divisible by|a multiple of) (?:both )?" + _A + r" and " + _B
       + _END, "find the least common multiple of {a} and {b}."),
    _p("base conversion: a number in another base",
       r"(?:what is|write|give|find) " + _A + r" (?:in|to|as a number in) base " + _B + _END,
       "express {a} in base {b}."),
]


def rewrites(split: Split, template: str) -> Iterator[tuple[str, Split]]:
    """(rule name, canonical problem) for each phrase rule the template fits."""
    for phrase in PHRASES:
        m = phrase.pattern.fullmatch(template)
        if not m:
            continue
        maths = list(split.maths)
        values: dict[str, str] = {}
        for key, value in m.groupdict().items():
            if value is None:
                values[key] = ""
                continue
            if key == "noun":  # a count of values is one of solutions; roots may repeat
                value = "roots" if value in ("roots", "zeros") else "solutions"
            if key == "var" and not value.startswith("@"):  # a bare letter: a maths slot
                maths.append(value)
                value = f"@{len(maths) - 1}@"
            values[key] = value
        try:
            canonical = phrase.canonical.format(**values)
        except KeyError:
            continue
        yield phrase.name, Split(canonical, maths)


__all__ = ["PHRASES", "Phrase", "rewrites"]
