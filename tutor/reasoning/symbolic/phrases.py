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
    excluded: str = ""  # a group whose maths must only exclude values ("x \\neq 4")


def _p(name: str, pattern: str, canonical: str, excluded: str = "") -> Phrase:
    return Phrase(name, re.compile(pattern), canonical, excluded)


# "x \neq 4", "x \ne -2, 3", "a \neq 0 and b \neq 1" (one piece): values left out
_EXCLUSION = re.compile(r"\s*[a-zA-Z]\s*(?:\\neq?|\\not\s*=|≠|!=)\s*-?\s*\d+(?:\s*,\s*-?\s*\d+)*"
                        r"(?:\s*(?:,|\\text\{\s*and\s*\}|and)\s*[a-zA-Z]\s*(?:\\neq?|≠|!=)\s*"
                        r"-?\s*\d+)*\s*")


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
    _p("evaluate: what an expression equals or evaluates to",
       r"(?:what (?:number|value) does|to what (?:number|value) does|what does) (?P<e>" + _SLOT
       + r") (?:equal|evaluate to|evaluate|simplify to|work out to)" + _END
       + r"|(?:written|expressed) as (?:a single|an) (?:integer|number),? what is (?P<e2>" + _SLOT
       + r")" + _END + r"|what is (?P<e3>" + _SLOT + r") equal to" + _END,
       "compute {e}{e2}{e3}."),
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
       r"(?P<verb>simplify|expand|factor) (?:the (?:following )?(?:expression|polynomial) )?" + _A
       + r" (?:completely|fully|as much as possible|as far as possible)" + _END, "{verb} {a}."),
    _p("simplify or factor: the manner first",
       r"(?:completely|fully) (?P<verb>simplify|factor)(?: the (?:following )?(?:expression|"
       r"polynomial))?:? " + _A + _END, "{verb} {a}."),
    # factors with integer coefficients: over the rationals they are the same (Gauss's lemma);
    # over the reals or the complex numbers they are not, and those are not read
    _p("factor: over the integers or the rationals",
       r"factor " + _A + r"(?: completely| fully)?,? over the (?:integers|rationals|rational "
       r"numbers)(?: completely| fully)?" + _END, "factor {a}."),
    _p("solve: over the real numbers, said after the equation",
       r"solve(?: the equation)? " + _EQ + r",? (?:over the (?:real numbers|reals)|for real "
       + _VAR + r")" + _END, "find all real solutions of {eq}."),
    _p("solve: over the real numbers, said before the equation",
       r"solve over the (?:real numbers|reals):? " + _EQ + _END,
       "find all real solutions of {eq}."),
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
    _p("division: the division told first, then the quotient or the remainder asked",
       r"(?:if|when) " + _A + r" is divided by " + _B + r",? (?:what is|find|determine|give) "
       r"the (?P<what>quotient|remainder)" + _END,
       "find the {what} when {a} is divided by {b}."),
    _p("systems: solve a system of two equations, then give one unknown",
       r"solve the (?:system|system of equations|simultaneous equations):? " + _A + r",? (?:and )?"
       + _B + r",? (?:and |then )?(?:give|find|state|report|determine) (?:the value of )?"
       + _VAR + _END, "if {a} and {b}, what is the value of {var}."),
    _p("simplify: a root as an integer times the square root of a square-free integer",
       r"(?:write|rewrite|express) " + _A + r" as an? (?:integer|whole number) times the square "
       r"root of a square-?free (?:integer|number)" + _END, "simplify {a}."),
    _p("vectors: the dot product of two vectors, asked in other words",
       r"(?:what (?:scalar|number)) do the vectors " + _A + r" and " + _B + r" give under the "
       r"dot product" + _END + r"|the vectors (?P<a2>" + _SLOT + r") and (?P<b2>" + _SLOT
       + r") are multiplied (?:with|by|using) the dot product\. what is the result" + _END,
       "compute the dot product of {a}{a2} and {b}{b2}."),
    _p("sequences: a term of a named sequence, the sequence told first",
       r"the (?P<kind>arithmetic|geometric) sequence " + _A + r" (?:continues(?: forever)?|goes "
       r"on(?: forever)?)\. (?:determine|find|what is|give) its " + _B + r" ?(?P<th>st|nd|rd|th)"
       r" term" + _END
       + r"|(?:determine|find|what is|give) the (?P<b2>" + _SLOT + r") ?(?P<th2>st|nd|rd|th) "
       r"term of (?P<a2>" + _SLOT + r"),? an? (?P<kind2>arithmetic|geometric) sequence" + _END,
       "find the {b}{b2} {th}{th2} term of the {kind}{kind2} sequence {a}{a2}."),
    _p("series: the sum of a series named after it",
       r"(?:find|compute|evaluate|what is) the sum " + _A + r" of (?:this|the) (?P<kind>infinite "
       r"geometric|infinite|geometric|arithmetic) series" + _END,
       "find the sum of the {kind} series {a}."),
    _p("the equation above: a question about the maths written before it",
       r"(?P<a>" + _SLOT + r") (?P<q>(?:what|find|how many|compute|determine)[a-z ,]*?) "
       r"(?P<prep>of|to|for|in) the (?P<what>equation|expression|polynomial|inequality) above"
       r"(?P<end>[.?!]?)", "{q} {prep} the {what} {a}{end}"),
    _p("gcd: the largest number dividing each",
       r"(?:what is|find) the (?:largest|greatest|biggest) (?:positive )?(?:integer|number|"
       r"divisor) (?:that|which) divides (?:both )?" + _A + r" and " + _B + _END,
       "find the greatest common divisor of {a} and {b}."),
    _p("gcd: the largest common divisor, named as a divisor of both",
       r"(?:what is|find|which is) the (?:largest|greatest|biggest) (?:positive )?(?:integer|"
       r"number|whole number) (?:that is|which is) a (?:common )?(?:divisor|factor) of (?:both )?"
       + _A + r" and " + _B + _END
       + r"|of all (?:the )?positive (?:integers|numbers|whole numbers) (?:that|which) divide "
       r"(?:both )?(?P<a2>" + _SLOT + r") and (?P<b2>" + _SLOT + r"),? (?:which|what) is the "
       r"(?:largest|greatest|biggest)(?: one)?" + _END,
       "find the greatest common divisor of {a}{a2} and {b}{b2}."),
    _p("lcm: the least common multiple, named as a multiple of both",
       r"among (?:all )?the positive (?:integers|numbers|whole numbers) (?:that|which) are "
       r"(?:common )?multiples of (?:both )?" + _A + r" and " + _B + r",? (?:which|what) is the "
       r"(?:smallest|least)(?: one)?" + _END
       + r"|(?:which|what) positive (?:number|integer) is the (?:least|lowest) common multiple "
       r"of (?P<a2>" + _SLOT + r") and (?P<b2>" + _SLOT + r")" + _END,
       "find the least common multiple of {a}{a2} and {b}{b2}."),
    _p("divisors: find how many factors an integer has",
       r"(?:find|determine|work out) how many (?:positive )?(?:integer )?(?:factors|divisors) "
       r"(?:the (?:number|integer) )?" + _A + r" has" + _END,
       "how many positive divisors does {a} have?"),
    _p("primes: the largest prime factor, asked as a prime or after factoring",
       r"(?:which|what) prime is the (?:largest|greatest|biggest) (?:prime )?(?:factor|divisor) "
       r"of " + _A + _END
       + r"|factor (?P<a2>" + _SLOT + r") into primes,? (?:and |then )?(?:give|find|state|name)"
       r" the (?:largest|greatest|biggest)(?: one| prime| of them)?" + _END,
       "what is the largest prime factor of {a}{a2}?"),
    _p("digits: the last digit of a number written out",
       r"when " + _A + r" is (?:written out|written in full|fully written out|computed)(?: in "
       r"full)?,? what is its (?:last|units|ones|final) digit" + _END,
       "what is the units digit of {a}?"),
    _p("coefficients: the number that multiplies a power once expanded",
       r"(?:once|when|after) " + _A + r" is (?:expanded|multiplied out)(?: and (?:like terms "
       r"are collected|simplified))?,? (?:which|what) (?:number|coefficient) multiplies " + _B
       + _END, "what is the coefficient of {b} in the expansion of {a}?"),
    _p("lcm: the smallest number each divides",
       r"(?:what is|find) the (?:smallest|least) positive (?:integer|number|multiple) (?:that"
       r" is |which is )?(?:divisible by|a multiple of) (?:both )?" + _A + r" and " + _B
       + _END, "find the least common multiple of {a} and {b}."),
    _p("mean: numbers told with their mean, one of them asked",
       r"(?:if |when )?(?:the (?:numbers|values) )?(?P<items>" + _SLOT + r"(?:, " + _SLOT
       + r")*,? and " + _SLOT + r") (?:have|has) an? (?:arithmetic )?(?:mean|average) of "
       + _A + r"[.,;]? (?:then )?(?:what is|find|determine|compute|give) (?:the value of )?"
       + _VAR + _END
       + r"|(?:what|which value) (?:must|should|does|will) (?P<var2>" + _SLOT + r") (?:be|equal)"
       r"(?: if| so that| such that| for)? (?:the (?:numbers|values) )?(?P<items2>" + _SLOT
       + r"(?:, " + _SLOT + r")*,? and " + _SLOT + r") (?:to )?(?:have|has) an? (?:arithmetic )?"
       r"(?:mean|average) of (?P<a2>" + _SLOT + r")" + _END,
       "the average of {items}{items2} is {a}{a2}. what is the value of {var}{var2}?"),
    _p("inequalities: the largest or smallest integer value that solves one",
       r"(?:" + _FIND + r" )?the (?P<pick>largest|greatest|smallest|least) integ(?:er|ral) "
       r"values? of " + _VAR + r" (?:which|that) (?:solves?|satisf(?:y|ies))(?: the inequality)?"
       r":? " + _EQ + _END, "what is the {pick} integer {var} such that {eq}?"),
    _p("prime factors: how many different primes a factorisation holds",
       r"how many (?:different|distinct) primes (?:are|appear) in the prime factori[sz]ation of "
       + _A + _END, "how many distinct prime factors does {a} have?"),
    _p("count: 'find the number of ...' asks how many",
       r"(?P<pre>(?:.*[.!?;] )?)(?:find|determine|compute|calculate|work out|give|what is|state) "
       r"(?:the (?:total )?(?:number|count) of|how many) (?P<what>(?!solutions|roots|zeros|"
       r"distinct|different|real)[a-z][^.?!;]*?)" + _END,
       "{pre}how many {what}?"),
    _p("simplify, expand or factor: the values where it is undefined left out",
       r"(?P<verb>simplify|expand|factor) " + _A + r",? (?:for|where|when|assuming|if|given "
       r"that|provided that|with) (?:all )?(?P<x>" + _SLOT + r")" + _END,
       "{verb} {a}.", excluded="x"),
    _p("lists: how many terms a sequence written out with its last term has",
       r"how many (?:terms|numbers|elements|members|entries) (?:are (?:there )?in|does|are "
       r"contained in) the (?:(?:finite )?(?:arithmetic|geometric) )?(?:sequence|progression|"
       r"list)(?: of numbers)?:? " + _A + r"(?: have| contain)?" + _END
       + r"|the (?:(?:finite )?(?:arithmetic|geometric) )?(?:sequence|progression|list) (?P<a2>"
       + _SLOT + r") (?:has|contains) how many (?:terms|numbers|elements|entries)" + _END,
       "how many numbers are in the list {a}{a2}?"),
    _p("points: a point asked, then the sum or product of its coordinates",
       r"(?:find|what is|determine|give|compute) the (?P<thing>midpoint|vertex|center|centre|"
       r"point of intersection|intersection point)(?P<rest> of [^.?!;]+?)[.?] (?:give|find|"
       r"what is|compute|determine|state|then find) the (?P<op>sum|product) of (?:its|the) "
       r"coordinates" + _END,
       "what is the {op} of the coordinates of the {thing}{rest}?"),
    _p("lines: the region a line cuts off with the coordinate axes is a triangle",
       r"(?:an? |the )?(?:triangular )?region (?:is )?bounded by (?:the )?(?:two )?coordinate "
       r"axes and the (?:line|graph)(?: (?:of|given by))?(?: the equation)? " + _A
       + r"[.,;]? (?:what|find|compute|determine) (?:is )?the area of (?:the|this) "
       r"(?:region|triangle)(?:,? in square units)?" + _END,
       "what is the area of the triangle formed by the coordinate axes and the line {a}?"),
    _p("roots: the roots named after the equation ('let the roots of E be r and s')",
       r"let the (?P<kind>roots|solutions|zeros|zeroes) of (?:the (?:equation|polynomial|"
       r"quadratic) )?(?P<p>@\d+@) be (?P<l>@\d+@(?:,? and @\d+@|, @\d+@)+)[.,;] (?P<rest>.+)",
       "let {l} be the {kind} of {p}. {rest}"),
    _p("base conversion: a number in another base",
       r"(?:what is|write|give|find) (?:the number )?" + _A + r" (?:in|to|using|as a number in) "
       r"base " + _B + _END,
       "express {a} in base {b}."),
]


def rewrites(split: Split, template: str) -> Iterator[tuple[str, Split]]:
    """(rule name, canonical problem) for each phrase rule the template fits."""
    for phrase in PHRASES:
        m = phrase.pattern.fullmatch(template)
        if not m or phrase.excluded and not _EXCLUSION.fullmatch(
                split.maths[int(m.group(phrase.excluded).strip("@"))]):
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
