"""Many phrasings of one question, one canonical sentence for the solvers.

People ask the same thing in many ways: "Find all real x such that ...", "What are the
solutions of ...", "Determine every x with ..." and "Solve ..." all ask to solve an
equation. Each `Phrase` below names one such family and rewrites a problem's template
(see `parsing.split_problem`: maths replaced by `@k@`) to the canonical sentence the
solvers know. The rules are about ordinary mathematical English, never about one
problem's wording; a template no rule and no solver recognises is declined.

The rules for number-theory questions (divisors, remainders, gcd ...) are in
`number_theory.question_phrases`; the type and the shared fragments in `phrase_patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tutor.reasoning.symbolic.number_theory import question_phrases
from tutor.reasoning.symbolic.parsing import Split, sum_at_top
from tutor.reasoning.symbolic.phrase_patterns import (
    ALL,
    END,
    EQ,
    FIND,
    PICK,
    SLOT,
    SOLS,
    SUCH,
    VAR,
    A,
    B,
    Phrase,
)
from tutor.reasoning.symbolic.phrase_patterns import phrase as _p

# "x \neq 4", "x \ne -2, 3", "a \neq 0 and b \neq 1" (one piece): values left out
_EXCLUSION = re.compile(r"\s*[a-zA-Z]\s*(?:\\neq?|\\not\s*=|≠|!=)\s*-?\s*\d+(?:\s*,\s*-?\s*\d+)*"
                        r"(?:\s*(?:,|\\text\{\s*and\s*\}|and)\s*[a-zA-Z]\s*(?:\\neq?|≠|!=)\s*"
                        r"-?\s*\d+)*\s*")


_GENERAL: list[Phrase] = [
    _p("solve: find every value of the unknown that makes an equation true",
       r"(?:" + FIND + r" )?" + ALL + r" (?:(?:real )?(?:values?|numbers?) )?(?:of )?" + VAR
       + r"(?: values?)? " + SUCH + r" " + EQ + END, "solve {eq} for {var}."),
    _p("solve: the solutions or roots of an equation",
       r"(?:" + FIND + r" )?(?:" + ALL + r" )?(?:real )?" + SOLS + r" (?:of|to|for)"
       r"(?: the equation)?:? " + EQ + END, "solve {eq}."),
    _p("solve: which values of the unknown satisfy an equation",
       r"(?:for )?(?:which|what) (?:real )?(?:values? of |numbers? )?" + VAR
       + r" (?:satisf(?:y|ies)|solves?|makes? true|(?:is|are) (?:solutions? (?:of|to)|true "
       r"in)) " + EQ + END, "solve {eq} for {var}."),
    _p("solve: the unknown, given an equation",
       r"(?:given|if|suppose|assume)(?: that)? " + EQ + r",? (?:then )?(?:" + FIND
       + r"|solve for) " + ALL + r" (?:possible )?(?:values? of )?" + VAR + END,
       "solve {eq} for {var}."),
    _p("solve: what the unknown is, the equation after",
       r"(?:what is|find|determine|compute) (?:the value of )?" + VAR + r",? (?:if|when|given "
       r"that|such that|where) " + EQ + END, "solve {eq} for {var}."),
    _p("values from two equations: 'given A and B, find E'",
       r"(?:given|suppose|assume)(?: that)? " + A + r",? and " + B + r"[.,]? (?:then )?(?:"
       + FIND + r") (?:the value of )?(?P<e>" + SLOT + r")" + END,
       "if {a} and {b}, what is the value of {e}."),
    _p("solve and combine: the positive difference between the two solutions",
       r"(?:" + FIND + r" )?the (?:positive )?difference (?:between|of) the (?:two )?(?:real )?"
       r"(?:solutions|roots) (?:of|to)(?: the equation)?:? " + EQ + END,
       "what is the difference of all solutions of {eq}."),
    _p("solve and pick: the largest, smallest or positive solution",
       r"(?:" + FIND + r" )?the " + PICK + r" (?:real )?(?:solution|root|(?:value of |number )"
       + VAR + r") (?:of|to|that satisf(?:y|ies)|satisfying|such that|"
       r"for which)(?: the equation)?:? " + EQ + END,
       "find the {pick} solution to {eq}."),
    _p("solve and keep: every positive, negative or integer solution",
       r"(?:" + FIND + r" )?(?:all|every|each)(?: of)?(?: the)? (?P<keep>positive|negative|"
       r"integer) (?:real )?(?:solutions|roots|values of " + VAR + r") (?:of|to|that "
       r"satisf(?:y|ies)|satisfying|such that|for which)(?: the equation)?:? " + EQ + END,
       "solve {eq} keeping the {keep} solutions."),
    _p("pick: the largest (smallest) real number x is the largest value of x",
       r"(?:" + FIND + r" )?the (?P<pick>largest|greatest|smallest|least) (?:real )?number "
       + VAR + r" (?:such that|for which|satisfying|that satisf(?:y|ies)) " + EQ + END,
       "what is the {pick} value of {var} such that {eq}?"),
    _p("solve and keep: every integer, or positive or negative number, named by its letter",
       r"(?:" + FIND + r" )?(?:all|every|each)(?: of the)? (?:(?P<keep>positive|negative) "
       r"(?:real )?numbers|(?P<integer>(?:positive |negative )?integer)s) " + VAR + r" " + SUCH
       + r" " + EQ + END, "solve {eq} keeping the {keep}{integer} solutions."),
    _p("solve and keep: the positive (negative) integer named by its letter",
       r"(?:" + FIND + r" )?the (?P<keep>positive|negative) integer " + VAR + r" " + SUCH + r" "
       + EQ + END, "solve {eq} keeping the {keep} integer solutions."),
    _p("solve and combine: the sum or product of the solutions",
       # not "roots": a repeated root counts twice in a sum of roots, once in one of solutions
       r"(?:" + FIND + r" )?the (?P<how>sum|product) of (?:" + ALL + r" )?(?:real )?"
       r"solutions (?:of|to)(?: the equation)?:? " + EQ + END,
       "what is the {how} of all solutions of {eq}."),
    _p("count: how many solutions an equation has",
       r"how many (?P<real>(?:distinct )?real |different real |distinct )?(?P<noun>solutions|"
       r"roots|zeros|values of " + VAR + r") (?:does|has|satisfy|are there (?:of|to|for|in))"
       r"(?: the equation)? " + EQ + r"(?: have)?" + END,
       "count the {real}{noun} of {eq}."),
    _p("count: the number of solutions of an equation",
       r"(?:(?:find|what is|determine) )?the number of (?P<real>(?:distinct )?real |different "
       r"real |distinct )?(?P<noun>solutions|roots|zeros) (?:of|to)(?: the equation)? " + EQ
       + END, "count the {real}{noun} of {eq}."),
    _p("evaluate: the value of an expression",
       r"(?:work out|how much is|what number is|find the numerical value of|what does) "
       r"(?P<e>" + SLOT + r")(?: equal| come to)?" + END, "compute {e}."),
    _p("evaluate: what an expression equals or evaluates to",
       r"(?:what (?:number|value) does|to what (?:number|value) does|what does) (?P<e>" + SLOT
       + r") (?:equal|evaluate to|evaluate|simplify to|work out to)" + END
       + r"|(?:written|expressed) as (?:a single|an) (?:integer|number),? what is (?P<e2>" + SLOT
       + r")" + END + r"|what is (?P<e3>" + SLOT + r") equal to" + END,
       "compute {e}{e2}{e3}."),
    _p("evaluate: a named kind of expression (the sum, the integral, the limit ...)",
       r"(?:evaluate|compute|find|calculate|what is) the (?:(?:value|sum) of the )?(?:infinite )?"
       r"(?:geometric )?(?:sum|series|"
       r"integral|definite integral|limit|product|expression|quantity|number):? " + A + END,
       "evaluate {a}."),
    _p("evaluate: a function value, the definition given after the question",
       r"(?:find|evaluate|compute|what is|calculate) " + A + r",? (?:if|when|where|given "
       r"that) " + B + END, "let {b}. find {a}."),
    _p("function values: a function named, then its formula, then a value asked",
       r"(?:the |a )?function " + A + r" is (?:defined|given)(?: for all real numbers)? (?:by|as)"
       r":? " + B + r"[.,;]? (?:then )?(?:find|what is|evaluate|compute|calculate|determine) "
       r"(?:the value of )?(?P<e>" + SLOT + r")" + END, "let {b}, find {e}."),
    _p("simplify, expand or factor: the manner after the expression",
       r"(?P<verb>simplify|expand|factor) (?:the (?:following )?(?:expression|polynomial) )?" + A
       + r" (?:completely|fully|as much as possible|as far as possible)" + END, "{verb} {a}."),
    _p("simplify or factor: the manner first",
       r"(?:completely|fully) (?P<verb>simplify|factor)(?: the (?:following )?(?:expression|"
       r"polynomial))?:? " + A + END, "{verb} {a}."),
    # factors with integer coefficients: over the rationals they are the same (Gauss's lemma);
    # over the reals or the complex numbers they are not, and those are not read
    _p("factor: over the integers or the rationals",
       r"factor " + A + r"(?: completely| fully)?,? over the (?:integers|rationals|rational "
       r"numbers)(?: completely| fully)?" + END, "factor {a}."),
    _p("solve: over the real numbers, said after the equation",
       r"solve(?: the equation)? " + EQ + r",? (?:over the (?:real numbers|reals)|for real "
       + VAR + r")" + END, "find all real solutions of {eq}."),
    _p("solve: over the real numbers, said before the equation",
       r"solve over the (?:real numbers|reals):? " + EQ + END,
       "find all real solutions of {eq}."),
    _p("solve: an equation, inequality or system named as such",
       r"solve the (?:following )?(?:inequality|equation|system|system of equations)(?: for "
       + VAR + r")?:? " + EQ + END, "solve {eq}."),
    _p("simplify: a fraction named as such",
       r"(?:simplify|reduce) the (?:following |given )?fraction " + A + r"(?: (?:completely|"
       r"fully|(?:to|in) (?:its )?(?:simplest|lowest) (?:form|terms)))?" + END, "simplify {a}."),
    _p("simplify: write in simplest form",
       r"(?:write|express|put|reduce|leave) (?:the fraction )?" + A + r" (?:in (?:its )?"
       r"(?:simplest|lowest) (?:form|terms)|to (?:its )?(?:simplest|lowest) (?:form|terms)|as "
       r"simply as possible)"
       + END, "simplify {a}."),
    _p("systems: solve a system of two equations, then give one unknown",
       r"solve the (?:system|system of equations|simultaneous equations):? " + A + r",? (?:and )?"
       + B + r"[.,;]? (?:and |then )?(?:give|find|state|report|determine|what is) (?:the value "
       r"of )?" + VAR + END, "if {a} and {b}, what is the value of {var}."),
    _p("simplify: a root as an integer times the square root of a square-free integer",
       r"(?:write|rewrite|express) " + A + r" as an? (?:integer|whole number) times the square "
       r"root of a square-?free (?:integer|number)" + END, "simplify {a}."),
    _p("vectors: the dot product of two vectors, asked in other words",
       r"(?:what (?:scalar|number)) do the vectors " + A + r" and " + B + r" give under the "
       r"dot product" + END + r"|the vectors (?P<a2>" + SLOT + r") and (?P<b2>" + SLOT
       + r") are multiplied (?:with|by|using) the dot product\. what is the result" + END,
       "compute the dot product of {a}{a2} and {b}{b2}."),
    _p("sequences: a term of a named sequence, the sequence told first",
       r"the (?P<kind>arithmetic|geometric) sequence " + A + r" (?:continues(?: forever)?|goes "
       r"on(?: forever)?)\. (?:determine|find|what is|give) its " + B + r" ?(?P<th>st|nd|rd|th)"
       r" term" + END
       + r"|(?:determine|find|what is|give) the (?P<b2>" + SLOT + r") ?(?P<th2>st|nd|rd|th) "
       r"term of (?P<a2>" + SLOT + r"),? an? (?P<kind2>arithmetic|geometric) sequence" + END,
       "find the {b}{b2} {th}{th2} term of the {kind}{kind2} sequence {a}{a2}."),
    _p("series: the sum of a series named after it",
       r"(?:find|compute|evaluate|what is) the sum " + A + r" of (?:this|the) (?P<kind>infinite "
       r"geometric|infinite|geometric|arithmetic) series" + END,
       "find the sum of the {kind} series {a}."),
    _p("the equation above: a question about the maths written before it",
       r"(?P<a>" + SLOT + r") (?P<q>(?:what|find|how many|compute|determine)[a-z ,]*?) "
       r"(?P<prep>of|to|for|in) the (?P<what>equation|expression|polynomial|inequality) above"
       r"(?P<end>[.?!]?)", "{q} {prep} the {what} {a}{end}"),
    _p("coefficients: the number that multiplies a power once expanded",
       r"(?:once|when|after) " + A + r" is (?:expanded|multiplied out)(?: and (?:like terms "
       r"are collected|simplified))?,? (?:which|what) (?:number|coefficient) multiplies " + B
       + END, "what is the coefficient of {b} in the expansion of {a}?"),
    _p("mean: numbers told with their mean, one of them asked",
       r"(?:if |when )?(?:the (?:numbers|values) )?(?P<items>" + SLOT + r"(?:, " + SLOT
       + r")*,? and " + SLOT + r") (?:have|has) an? (?:arithmetic )?(?:mean|average) of "
       + A + r"[.,;]? (?:then )?(?:what is|find|determine|compute|give) (?:the value of )?"
       + VAR + END
       + r"|(?:what|which value) (?:must|should|does|will) (?P<var2>" + SLOT + r") (?:be|equal)"
       r"(?: if| so that| such that| for)? (?:the (?:numbers|values) )?(?P<items2>" + SLOT
       + r"(?:, " + SLOT + r")*,? and " + SLOT + r") (?:to )?(?:have|has) an? (?:arithmetic )?"
       r"(?:mean|average) of (?P<a2>" + SLOT + r")" + END,
       "the average of {items}{items2} is {a}{a2}. what is the value of {var}{var2}?"),
    _p("inequalities: the largest or smallest integer value that solves one",
       r"(?:" + FIND + r" )?the (?P<pick>largest|greatest|smallest|least) integ(?:er|ral) "
       r"values? of " + VAR + r" (?:which|that) (?:solves?|satisf(?:y|ies))(?: the inequality)?"
       r":? " + EQ + END, "what is the {pick} integer {var} such that {eq}?"),
    _p("count: 'find the number of ...' asks how many",
       r"(?P<pre>(?:.*[.!?;] )?)(?:find|determine|compute|calculate|work out|give|what is|state) "
       r"(?:the (?:total )?(?:number|count) of|how many) (?P<what>(?!solutions|roots|zeros|"
       r"distinct|different|real)[a-z][^.?!;]*?)" + END,
       "{pre}how many {what}?"),
    _p("simplify, expand or factor: the values where it is undefined left out",
       r"(?P<verb>simplify|expand|factor) " + A + r",? (?:for|where|when|assuming|if|given "
       r"that|provided that|with) (?:all )?(?P<x>" + SLOT + r")" + END,
       "{verb} {a}.", excluded="x"),
    _p("lists: how many terms a sequence written out with its last term has",
       r"how many (?:terms|numbers|elements|members|entries) (?:are (?:there )?in|does|are "
       r"contained in) the (?:(?:finite )?(?:arithmetic|geometric) )?(?:sequence|progression|"
       r"list)(?: of numbers)?:? " + A + r"(?: have| contain)?" + END
       + r"|the (?:(?:finite )?(?:arithmetic|geometric) )?(?:sequence|progression|list) (?P<a2>"
       + SLOT + r") (?:has|contains) how many (?:terms|numbers|elements|entries)" + END,
       "how many numbers are in the list {a}{a2}?"),
    _p("points: a point asked, then the sum or product of its coordinates",
       r"(?:find|what is|determine|give|compute) the (?P<thing>midpoint|vertex|center|centre|"
       r"point of intersection|intersection point)(?P<rest> of [^.?!;]+?)[.?] (?:give|find|"
       r"what is|compute|determine|state|then find) the (?P<op>sum|product) of (?:its|the) "
       r"coordinates" + END,
       "what is the {op} of the coordinates of the {thing}{rest}?"),
    _p("lines: the region a line cuts off with the coordinate axes is a triangle",
       r"(?:an? |the )?(?:triangular )?region (?:is )?bounded by (?:the )?(?:two )?coordinate "
       r"axes and the (?:line|graph)(?: (?:of|given by))?(?: the equation)? " + A
       + r"[.,;]? (?:what|find|compute|determine) (?:is )?the area of (?:the|this) "
       r"(?:region|triangle)(?:,? in square units)?" + END,
       "what is the area of the triangle formed by the coordinate axes and the line {a}?"),
    _p("roots: the roots named after the equation ('let the roots of E be r and s')",
       r"let the (?P<kind>roots|solutions|zeros|zeroes) of (?:the (?:equation|polynomial|"
       r"quadratic) )?(?P<p>@\d+@) be (?P<l>@\d+@(?:,? and @\d+@|, @\d+@)+)[.,;] (?P<rest>.+)",
       "let {l} be the {kind} of {p}. {rest}"),
    _p("roots: told to exist, then asked about with 'their' ('P has three roots. What is the "
       "sum of their squares?')",
       r"(?:the )?(?:polynomial|equation|quadratic|cubic|function) (?P<p>@\d+@) has (?:two|three|"
       r"four|@\d+@) (?:distinct )?(?:real )?(?:complex )?(?P<kind>roots|solutions|zeros|zeroes)"
       r"[.,;] (?P<q>what is|find|compute|determine) the (?P<op>sum|product) of their (?P<pw>"
       r"squares|cubes|reciprocals)" + END,
       "{q} the {op} of the {pw} of the roots of {p}?"),
    _p("lines: the value that makes two lines parallel or perpendicular",
       r"(?:what|which) value of " + VAR + r" (?:makes|will make) the (?:two )?lines " + A
       + r" and " + B + r" (?P<rel>parallel|perpendicular)" + END,
       "for what value of {var} are the lines {a} and {b} {rel}?"),
    _p("extremes: the condition told first, then the least or greatest integer asked",
       r"(?:(?:if|given that|suppose(?: that)?) " + A + r",? (?:then )?(?P<q>what is|find|"
       r"determine)|solve " + B + r" for) the (?P<pick>smallest|least|largest|greatest) "
       r"(?P<kind>(?:positive |negative )?integer) (?P<x>@\d+@)" + END,
       "what is the {pick} {kind} {x} such that {a}{b}?"),
]
# the number-theory rules first: where one of them and a general rule fit the same
# template ("find the number of factors of 36"), the number-theory one is tried first
PHRASES: list[Phrase] = question_phrases.PHRASES + _GENERAL


def rewrites(split: Split, template: str) -> Iterator[tuple[str, Split]]:
    """(rule name, canonical problem) for each phrase rule the template fits."""
    for rule in PHRASES:
        m = rule.pattern.fullmatch(template)
        if not m or rule.excluded and not _EXCLUSION.fullmatch(
                split.maths[int(m.group(rule.excluded).strip("@"))]) or rule.one_term and \
                sum_at_top(split.maths[int(m.group(rule.one_term).strip("@"))]):
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
            canonical = rule.canonical.format(**values)
        except KeyError:
            continue
        yield rule.name, Split(canonical, maths)


__all__ = ["PHRASES", "Phrase", "rewrites"]
