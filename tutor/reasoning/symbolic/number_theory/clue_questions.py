"""Other ways of asking for the integer that conditions describe, put back into the search
reader's own question ("what positive integer ... ", "what is the least positive integer
$n$ such that ..."), which reads the conditions and confirms the answer a second way:

    "If $y$ is a positive multiple of 6 and $y^2 > 200$, but $y < 20$, what is $y$?"
    "Find $k$, where $k$ is a perfect square that is divisible by 5 and between 30 and 120."
    "Find a positive integer that is divisible by 12 and is between 100 and 110."
    "What is the smallest positive $b$ such that $b$ is a multiple of 6 and of 15?"
    "The greatest common divisor of 18 and some number between 40 and 50 is 9. What is the
    number?"

The letter asked for must be the letter described; a letter without the word "integer" is
read as an integer only when a condition on it (a multiple, a divisor, a remainder, prime)
is said of integers alone. Nothing else is added: every word is left for the search reader's
vocabulary to accept or refuse.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.number_theory import search
from tutor.reasoning.symbolic.number_theory.condition_phrases import NOUN
from tutor.reasoning.symbolic.number_theory.integer_properties import number_word
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import number_words

_ASK = r"(?:what is|what's|find|determine|compute)"
# "if $y$ is <conditions>, what is $y$?"
_IF = re.compile(r"^(?:if|suppose|given that) (?P<x>@\d+@) is (?P<conds>.+?),? (?:then )?" + _ASK
                 + r" (?:the value of )?(?P<y>@\d+@)\s*\??\.?$")
# "find $k$, where $k$ is <conditions>"
_WHERE = re.compile(r"^" + _ASK + r" (?:the value of )?(?P<y>@\d+@),? (?:where|if|given that|"
                    r"such that|when) (?P<x>@\d+@) is (?P<conds>.+?)\s*[.?]?$")
# "find a positive integer that is divisible by 12 and ..."
_SOME = re.compile(r"^(?:find|name|give|determine|what is) (?:a|an|the) (?P<noun>" + NOUN
                   + r") (?P<conds>(?:that|which|whose) .+?)\s*[.?]?$")
# "the smallest positive $b$ such that $b$ is a multiple of 6"
_ORDERED = re.compile(r"^(?P<head>(?:" + _ASK + r" )?the (?:least|smallest|greatest|largest) "
                      r"(?:possible )?positive) (?P<x>@\d+@) (?P<rest>(?:such that|for which) "
                      r".+)$")
# "The greatest common divisor of 21 and some number between 50 and 60 is 7. What is the
# number?"
_COMMON = re.compile(r"^the (?P<what>greatest common (?:divisor|factor)|gcd|gcf|least common "
                     r"multiple|lcm) of (?P<a>@\d+@) and (?:some|a certain|an unknown|one) "
                     r"(?P<noun>positive integer|integer|number|whole number)"
                     r"(?P<conds>(?: [^.?]*?)?) is (?P<b>@\d+@)\. (?:what is|find|which is|name) "
                     r"(?:the|that|this) (?:number|integer)\s*[?.]?$")
_INTEGER_ONLY = re.compile(r"\b(?:multiples?|divisible|divisors?|factors?|remainder|prime|"
                           r"digits?)\b")
_LEADING_NOUN = re.compile(r"^an? (?P<noun>" + NOUN + r")(?= |$)")


_SPELLED = "|".join(number_words(range(2, 13)))


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template).strip()
    body = re.sub(r"\b(square|cube) numbers?\b", r"perfect \1", body)
    split, body = _spelled_numbers(split, body)
    asked = _asked(split, body)
    return None if asked is None else search.read(split, asked)


def _spelled_numbers(split: Split, body: str) -> tuple[Split, str]:
    """"divisible by four": a number spelled after "by" or "of" becomes a maths piece, as a
    written 4 would be."""
    maths = list(split.maths)

    def piece(m: re.Match[str]) -> str:
        maths.append(str(number_word(m.group(2))))
        return f"{m.group(1)} @{len(maths) - 1}@"
    body = re.sub(r"\b(by|of) (" + _SPELLED + r")\b(?!-)", piece, body)
    return Split(body, maths), body


def _asked(split: Split, body: str) -> str | None:
    if m := _IF.match(body) or _WHERE.match(body):
        if not (_letter(split, m.group("x")) and _same(split, m.group("x"), m.group("y"))):
            return None
        return _described(m.group("y"), m.group("x"), m.group("conds"))
    if m := _COMMON.match(body):
        return (f"what {m.group('noun')}{m.group('conds')} whose {m.group('what')} with "
                f"{m.group('a')} is {m.group('b')}")
    if m := _SOME.match(body):
        return f"what {m.group('noun')} {m.group('conds')}"
    if (m := _ORDERED.match(body)) and _letter(split, m.group("x")) and \
            _INTEGER_ONLY.search(m.group("rest")):
        return f"{m.group('head')} integer {m.group('x')} {m.group('rest')}"
    return None


def _described(asked: str, said: str, conds: str) -> str | None:
    """"what <noun> $y$ such that $x$ is <the rest>": the noun from the start of the
    conditions ("a positive multiple of 6"), or "integer" when they speak of integers."""
    lead = _LEADING_NOUN.match(conds)
    if lead is not None:
        noun, rest = lead.group("noun"), conds[lead.end():].strip()
        rest = re.sub(r"^(?:,? ?and|,? ?but|,|with)\s*", "", rest)
        rest = re.sub(r"^(?:which|that) ", "", rest)
        if not rest:
            return f"what {noun} {asked}"
        if not re.match(r"(?:is|are|has|have|leaves|@)", rest):
            rest = "is " + rest
        return f"what {noun} {asked} such that {said} {rest}"
    if not _INTEGER_ONLY.search(conds):
        return None
    return f"what integer {asked} such that {said} is {conds}"


def _letter(split: Split, slot: str) -> bool:
    return re.fullmatch(r"\s*[a-zA-Z]\s*", split.maths[int(slot[1:-1])]) is not None


def _same(split: Split, a: str, b: str) -> bool:
    return split.maths[int(a[1:-1])].strip() == split.maths[int(b[1:-1])].strip()


__all__ = ["read"]
