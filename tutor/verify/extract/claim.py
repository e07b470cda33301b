"""The one claim type every reader produces, and what the prose around a claim
says about its `=` (plain text work, no SymPy)."""

from __future__ import annotations

import re
from dataclasses import dataclass

PROSE_NOT_EQUALITY = re.compile(
    r"remainder|quotient|\brem\b|\{\s*R\s*\}|\bcarry|\bborrow|\bmod\b|modulo|\bbase\b|\bdigit|"
    r"\bR\s*\d|congruent|\bratio\b|\bbinary\b|\boctal\b|\bhex(?:adecimal)?\b|"
    r"\bdegrees?\b|\bunits? digit|\blast (?:two|three) digits|\bscale\b",
    re.IGNORECASE,
)
# "the base of the triangle": a figure's base, not a number base.
_FIGURE = re.compile(
    r"\b(?:triangle|trapezoid|pyramid|prism|cone|cylinder|parallelogram|rectangle|height|"
    r"altitude|isosceles|area|volume|side|legs?|hypotenuse|perimeter)s?\b", re.IGNORECASE)


def not_equality_prose(text: str) -> bool:
    """The words make `=` something other than equality of numbers (see PROSE_NOT_EQUALITY);
    "base" among words about a figure is the figure's base."""
    found = {m.group(0).lower() for m in PROSE_NOT_EQUALITY.finditer(text)}
    return bool(found) and not (found == {"base"} and _FIGURE.search(text)
                                and not re.search(r"\bbase[- ]?(?:\d|ten|two|b\b)|_\{?\d", text))


# The writer already says the statement is false: "-8 = -3 (this is not true)",
# "0 = 5, a contradiction". Marking it refuted would contradict a correct step.
# "15 * 14 = 200. Wait, no: 15 * 14 = 210.", "= 200 - oops, that's wrong": taken back
# "5*7 = 36, no, 35", "= 1100 in my head... no, 1200", "= 36 I mean 35": a value taken back
# and put right at once, a few words after it at most; the word after a bare "no" must
# be a correction ("no, 35", "no it's 35"), not "no carry", "no other root"
RETRACTED = (
    r"(?:\s+[A-Za-z']+){0,4}?\s*(?:\.\.\.|…|[,.;:!(—–-])?\s*"
    r"(?:wait\s*[,.!:]?\s*no\b|(?:no|nope|nah)(?:\s*[,.!:;—–]|\s+-|\s+(?=wait|it|that|I\b|make|sorry|actually|[\d−-]))"
    r"|(?:sorry|err+|umm*|uhh*|correction|I\s+mean|I\s+meant|make\s+that|my\s+bad|typo)\b"
    r"|actually\s*,?\s*(?=[\d−-]|it['’]?s\b))"
)
SAID_FALSE = re.compile(
    r"(?:" + RETRACTED + r")|"
    r"[\s,.;:(\\\]$—–-]*(?:(?:which\s+|this\s+|that\s+|it\s+)?(?:is\s+)?"
    r"(?:not\s+true|not\s+possible|impossible|false|a\s+contradiction|contradiction|"
    r"absurd|never|not\s+valid|invalid|wrong|incorrect|not\s+equal|no\s+solution)"
    r"|(?:that|it)['’]s\s+(?:not\s+right|wrong|incorrect)|wait\s*[,.!:]?\s*no\b"
    r"|no\s*[,.!:]?\s*wait\b|oops|scratch\s+that|instead\s+of|rather\s+than)",
    re.IGNORECASE,
)
# "x = 5 is not a solution", "x = -1 is extraneous": what follows denies the equation, so
# it is not claimed (checking it as "x = 5 solves the equation" would mark it verified).
DENIED = re.compile(
    r"[\s,.;:)\\\]$]*(?:which\s+|this\s+|that\s+|it\s+)?(?:is|are)\s+(?:not\s+(?:a\s+|an\s+)?"
    r"(?:valid\s+|real\s+|possible\s+|actual\s+|true\s+)?(?:solutions?|roots?|zeros?|answers?)|"
    r"(?:an\s+)?extraneous)",
    re.IGNORECASE,
)
# "we can't have x = 3.5", "it is not true that x = 2", "this rules out x = 0": the words
# before deny the equation, so it is not claimed either. So do words that name it a mistake
# or a counterfactual ("a common mistake is 2^3 = 6", "the error: 6 × 9 = 52", "not
# 3 × 4 = 7 but", "if it were 5 × 7 = 40", "suppose 2 + 2 = 5; then ...").
DENIED_BEFORE = re.compile(
    r"(?:\b(?:can(?:no|')?t|can\s+not|could(?:\s+not|n't)|must\s+not|mustn't|"
    r"(?:will|would)\s+not|won't|wouldn't)\s+(?:have|be|get|take|use|choose|equal)"
    r"|\b(?:not\s+(?:true|the\s+case|possible)|false|impossible)\s+that"
    r"|\b(?:mistakes?|errors?|slips?|typos?)(?:\s+(?:is|was|would\s+be|here\s+is))?"
    r"|\b(?:(?:mistakenly|wrongly|incorrectly)(?:\s+[a-z]+)?|instead\s+of|rather\s+than|not)"
    r"|\bif\s+(?:it|that|this|we|I|you|one)\s+(?:were|was|had|got|wrote)"
    r"|\brul(?:e|es|ing)\s+out|\breject(?:s|ing)?|\bdiscard(?:s|ing)?)[\s:,]*$",
    re.IGNORECASE,
)
# the bare "not" of DENIED_BEFORE ("it is not 6 + 7 = 12", "isn't 3 × 4 = 14")
NEGATED_BEFORE = re.compile(r"(?:\bnot|\b(?:is|are|was|were)n['’]t)\s*$", re.IGNORECASE)
# "suppose 2 + 2 = 5; then ...": arithmetic of numbers only after these words is supposed
# for the sake of argument ("suppose x = 5" stays a supposition of a value, SUPPOSES)
SUPPOSED_ARITHMETIC = re.compile(
    r"\b(?:suppos(?:e|ing)|assum(?:e|ing)|pretend(?:ing)?|imagine)(?:\s+that)?[\s:,]*$",
    re.IGNORECASE,
)
APPROX_PROSE = re.compile(
    r"approx|about|around|roughly|nearly|close to|round|estimate|\bapp\b", re.IGNORECASE
)
# Words that present a value as the result ("so x = 4", "we get x = 4", "the solution is
# x = 4"), and words that try or use one without claiming it ("test x = 1", "if x = 1",
# "the line through x = 1", "is x = 1 a root?").
CONCLUDES = re.compile(
    r"\b(?:so|thus|therefore|hence|then|gives?|giving|get|gets|got|obtain\w*|find|found|"
    r"yields?|leaves|means|solutions?\s+(?:is|are)|answer\s+(?:is|:)|roots?\s+(?:is|are)|"
    r"equals?)\b|\\(?:Rightarrow|implies|therefore|boxed)|=>|[:=]\s*$",
    re.IGNORECASE,
)
TRIES = re.compile(
    r"\b(?:try|trying|tried|test|testing|check|checking|plug\w*|substitut\w*|suppos\w*|"
    r"assum\w*|if|when|whether|guess\w*|consider\w*|say|e\.g|example|such\s+as|line|"
    r"through|at|could|might|maybe|perhaps|instead|not|except|excluding|whose|where)\b",
    re.IGNORECASE,
)
# A word that makes the name after it a supposition, a case or a choice: "if $c = 2$",
# "let $x = 15$", "for $n = 11$", "setting $n = 17$". Such a link cannot be wrong.
# "Substituting: $S = \\frac{4}{1 - r}$" gives the result of a substitution, not a choice.
SUPPOSES = re.compile(
    r"\b(?:(?:if|let|for|when|whenever|suppose|assume|assuming|set|setting|try|trying|take|"
    r"taking|say|choose|choosing|put|putting|case|"
    r"test|testing|check|checking|evaluat\w*\s+at|case\s+(?:where|when|of|that))"
    r"[\s(:]*|(?:plug(?:ging)?\s+in|substitut\w*)[\s(]*"
    # "For an octagon ($n = 8$)": a named case's value ("Case 1: $r = 1$" stays a claim: a
    # numbered case's value is often one found earlier, and checked against it)
    r"|\b(?:for|when|if)\s+(?:an?|the|each|every)\s+[a-z]+"
    r"(?:[ -][a-z]+)?\s*\(\s*)$",
    re.IGNORECASE,
)
# "This simplifies to", "simplifying, we get", "rearranging:" right before an equation.
# "Solving for x,", "dividing both sides by 3:", "factoring, we get" too.
REWRITES_LAST = re.compile(
    r"\b(?:(?:simplif(?:y|ies|ying)|rearrang(?:e|es|ing)|factor(?:s|ing)?|expand(?:s|ing)?)"
    r"(?:\s+(?:this|it|the equation|further))*(?:\s+(?:as|into))?"
    r"|solv(?:e|es|ing)\s+for\s+[a-z]"
    r"|(?:divid|multiply|subtract|add)\w*\b[^.:;$\\]{0,40}?\bboth\s+sides\b[^.:;$\\]{0,30}?)"
    r"(?:\s*,?\s*(?:to|gives(?:\s+us)?|we\s+get|we\s+have|we\s+find|we\s+obtain))?\s*[:,]?\s*$",
    re.IGNORECASE,
)
QUESTION = re.compile(r"\s*(?:is|are|does|do|can|could|would|should|what if)\b", re.IGNORECASE)


# `x = 2 or `, `x = 2, ` right before a claim: earlier values of the same list of
# solutions ("x = 2 or x = 3"), which share the list's standing (asserted or not).
_LISTED_BEFORE = re.compile(
    r"(?:[a-zA-Z]\s*=\s*[-+]?\s*[\d./]+\s*(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+))+$")


def asserted(before: str, after: str) -> bool:
    """The prose presents the claim as a result: it starts its sentence or follows a word
    of conclusion, and nothing before it makes it a trial, a case or a question. A value
    after others in a list of solutions ("x = 2 or x = 4") counts as the list's first."""
    sentence = re.split(r"[.!?]\s", before[-120:])[-1]
    sentence = _LISTED_BEFORE.sub("", sentence)
    tail = sentence[-50:]
    question = QUESTION.match(sentence) or "?" in re.split(r"[.!;]\s", after[:60])[0]
    if TRIES.search(tail) or question:
        return False
    return not sentence.strip() or bool(CONCLUDES.search(tail))


# `x = 4 is the axis of symmetry`, `x = 0 gives -6`, `x = 1 is where x - 1 changes sign`,
# `x = 4 splits the line`: a value the sentence goes on to describe (or to put in), not a
# value found ("x = 4 is a solution", "x = 3 works" still are).
_VALUE_ALONE = re.compile(r"\s*\$?\s*[a-zA-Z]\s*=\s*[-+−]?\s*\d[\d.,/]*\s*\$?\s*")
_DESCRIBED = re.compile(
    r"\s*(?:is|are|was|lies|gives|yields|makes|splits|divides|separates|marks|means|turns|"
    r"leaves|produces|results|sits|falls|cuts|breaks)\b(?!\s+(?:(?:also|indeed|then|clearly|"
    r"therefore|thus)\s+)?(?:(?:a|the|one|another|our|its)\s+)?(?:(?:only|real|valid|other|"
    r"second|first|correct|positive|negative|smallest|largest)\s+){0,2}(?:solutions?|roots?|"
    r"answers?|zeros?|values? of [a-z]\b|correct|valid|right)\b)", re.IGNORECASE)


def described_value(text: str, after: str) -> bool:
    """The claim is a value alone (`x = 4`) and the words right after describe it or put it
    in rather than give it as found (see `_DESCRIBED`): it is no result to refute."""
    return bool(_VALUE_ALONE.fullmatch(text) and _DESCRIBED.match(after))


@dataclass(frozen=True)
class TextFlags:
    comparable: bool  # the words around do not turn `=` into something else
    approximate: bool  # the words around mark an approximation


def text_flags(before: str, inside: str, after: str) -> TextFlags:
    """What the prose in and around a claim says about its `=`."""
    return TextFlags(
        comparable=not not_equality_prose(f"{before[-60:]} {inside} {after[:30]}")
        and not DENIED_BEFORE.search(before[-60:]) and not SUPPOSED_ARITHMETIC.search(before[-60:]),
        approximate=bool(APPROX_PROSE.search(before[-30:] + " " + after[:15])),
    )


def said_false(after: str) -> bool:
    """The text right after a claim says it is false ("-8 = -3 (this is not true)")."""
    return bool(SAID_FALSE.match(after))


@dataclass(frozen=True)
class RawClaim:
    lhs: str
    relation: str  # one of = ≈ < > <= >= !=
    rhs: str
    source: str  # the claim as it reads, for messages
    latex: bool
    comparable: bool  # False when context says `=` is not plain equality (mod, base, ...)
    approximate: bool  # the prose or the relation marks an approximation
    single_link: bool  # the chain had only this link (`x = 6`, not `x = 2 + 4 = 6`)
    note: str = ""  # the right reading, when the extractor knows it ("706 ÷ 7 = 100 remainder 6")
    # The prose presents it as a result, not a trial or a case ("test x = 1", "the line
    # x = 1"): only then can `x = c` be refuted by substituting into the problem.
    asserted: bool = True
    # The words before it make it a supposition ("if x = 2", "let x = 15", "for 0 < x < 5"):
    # a bare name given a value, or a condition, is not a claim there (see SUPPOSES).
    supposed: bool = False
    # `A \Rightarrow B`: the equation A that this equation B is written as following from.
    implied_by: tuple[str, str] | None = None
    # The words before it present it as the equation just written, rewritten ("this
    # simplifies to", "rearranging,"): the checker ties it to the chain's last equation.
    rewrites_last: bool = False
    # A congruence modulo this whole number (`8 ≡ 1 (mod 7)`, relation ≡ or ≢), or "".
    modulus: str = ""
    # `x = a ± b`, comparable but for its `±`: the name is given both values (see
    # plus_minus_values.py); `comparable` is then False, as for every one-sided `±`.
    two_values: bool = False
    # The words around it deny it ("we can't have n = 2.5", "x = 7 is not a solution"):
    # then `supposed` is set too, so it is not a claim; this only names the reason.
    denied: bool = False
    # Denied by a bare "not" just before it ("it is not 6 + 7 = 12"): the writer says the
    # two sides differ, a claim that may be verified (negated_claims), never refuted.
    negated: bool = False
    # Not comparable (so never refuted: its reading rests on the layout), yet a claim: left
    # unchecked, it keeps its step from being verified (a link carried from the step before).
    counted: bool = False
