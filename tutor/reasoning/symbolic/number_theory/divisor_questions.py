"""Questions about the divisors of one integer: how many there are, their sum, product or
sum of reciprocals, the largest or smallest, each with qualifiers read and applied (even,
odd, prime, proper, perfect squares or cubes, multiples of k, not divisible by k, less than
k): "How many even perfect-square factors does $2^4 \\cdot 7^9$ have?", "What is the sum of
the proper divisors of 432?", "How many positive divisors of 150 are not divisible by 5?";
or the divisors listed: "List the factors of 28", "What are the prime factors of 60?" (each
prime once).

The divisors come from the prime factorisation and are confirmed by listing them a second
way (`divisor_listing`); the qualifiers are tests on each divisor (`divisor_qualifiers`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.divisor_listing import (
    combined,
    confirm_listing,
    listed_divisors,
    paired_divisors,
)
from tutor.reasoning.symbolic.number_theory.divisor_qualifiers import qualifiers
from tutor.reasoning.symbolic.number_theory.integer_questions import expression
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import number_words
from tutor.reasoning.symbolic.typed import words_within

NUMBER_WORDS = number_words(range(13))
MANY = "(?:" + "|".join(NUMBER_WORDS) + ")"
_QUAL = (r"(?:distinct|different|positive|integer|whole|number|whole-number|natural|"
         r"natural-number|even|odd|perfect|square|cube|perfect-square|perfect-cube|prime|"
         r"proper)")
_NOUN = r"(?P<quals>(?:" + _QUAL + r",? )*)(?P<noun>factors|divisors|factor|divisor)"
_OF = r" of (?P<subject>@\d+@)"
_LET = re.compile(r"(?:let|if|suppose|given) @(\d+)@[.,]? ")
_COND = (r"(?P<cond>(?:(?:perfect )?(?:squares|cubes)|even|odd|primes?|prime numbers|"
         r"(?:not )?(?:multiples of|divisible by) @\d+@|(?:less|greater) than @\d+@)"
         r"(?: and (?:(?:perfect )?(?:squares|cubes)|even|odd|primes?|(?:not )?(?:multiples of"
         r"|divisible by) @\d+@|(?:less|greater) than @\d+@))*)")
ASK = r"(?:(?:what is|what are|find|compute|determine|calculate|give) )?"
_ASKS: list[tuple[str, re.Pattern[str]]] = [
    ("count", re.compile(r"how many " + _NOUN + r" does (?P<subject>@\d+@) have")),
    ("count", re.compile(r"how many " + _NOUN + _OF + r" (?:are there|exist)")),
    ("count", re.compile(r"how many (?:of the )?" + _NOUN + _OF + r" are " + _COND)),
    ("count", re.compile(ASK + r"the number of " + _NOUN + _OF + r"(?: that are " + _COND
                         + ")?")),
    ("sum", re.compile(ASK + r"the sum of (?:all )?(?:of )?(?:the )?(?P<many>" + MANY + r" )?"
                       + _NOUN + _OF)),
    ("product", re.compile(ASK + r"the product of (?:all )?(?:of )?(?:the )?(?P<many>"
                           + MANY + r" )?" + _NOUN + _OF)),
    ("reciprocals", re.compile(ASK + r"the sum of the reciprocals of (?:all )?(?:of )?(?:the )?"
                               + _NOUN + _OF)),
    ("largest", re.compile(ASK + r"the (?:largest|greatest) " + _NOUN + _OF)),
    ("smallest", re.compile(ASK + r"the (?:smallest|least) " + _NOUN + _OF)),
    ("list", re.compile(r"(?:list|what are|find|give|write down|name) (?:all )?(?:of )?(?:the )?"
                        + _NOUN.replace("factor|divisor)", ")") + _OF)),
]
# "(Reminder: if n is a positive integer, then n! stands for the product 1 · 2 ··· n.)"
_REMINDER = re.compile(r"\s*\(?(?:reminder|recall|note)?:? ?(?:if|for each|for any) @(\d+)@ is a "
                       r"positive integer,? (?:then )?@(\d+)@ (?:stands for|denotes|is|means) "
                       r"the product @(\d+)@\.?\)?\.?\s*$")
VOCAB = frozenset(
    "how many does have of are there exist the number sum product reciprocals all largest "
    "greatest smallest least factors divisors factor divisor distinct different positive "
    "integer whole natural natural-number whole-number even odd perfect square cube squares "
    "cubes perfect-square perfect-cube prime primes numbers proper multiples multiple "
    "divisible by not less greater than and that what find compute determine calculate give "
    "reminder recall note if for each any is then stands denotes means let suppose "
    "given list write down name".split()
) | set(NUMBER_WORDS)


def read(split: Split, template: str) -> Result | None:
    """How many divisors, their sum, product, reciprocals, largest or smallest."""
    if not re.search(r"\b(?:factors?|divisors?)\b", template) or \
            not words_within(template, VOCAB):
        return None
    body = template.strip().rstrip(" .?")
    used: set[int] = set()
    reminder = _REMINDER.search(body)
    if reminder:
        _check_factorial_reminder(split, reminder)
        used |= {int(g) for g in reminder.groups()}
        body = body[:reminder.start()].strip().rstrip(" .?")
    named: dict[str, str] = {}
    let = _LET.match(body)
    if let:  # "Let $n = 2^3 \cdot 5$. How many ... of $n$ ..."
        name, _eq, value = split.maths[int(let.group(1))].partition("=")
        if not re.fullmatch(r"\s*[a-zA-Z]\s*", name) or not value.strip():
            return None
        named[name.strip()] = value.strip()
        used.add(int(let.group(1)))
        body = body[let.end():]
    for kind, pattern in _ASKS:
        m = pattern.fullmatch(body)
        if m:
            return _answer(split, kind, m, used, named)
    return None


def _check_factorial_reminder(split: Split, m: re.Match[str]) -> None:
    n, fact, product = (split.maths[int(g)].replace(" ", "") for g in m.groups())
    if fact != f"{n}!" or not product.endswith(n) or not product.startswith("1"):
        raise Decline("a reminder that does not define the factorial")


def _answer(split: Split, kind: str, m: re.Match[str], used: set[int],
            named: dict[str, str]) -> Result:
    groups = m.groupdict()
    quals = groups["quals"].replace(",", " ").split()
    slots = [int(s) for s in re.findall(r"@(\d+)@", m.group(0))]
    if used | set(slots) != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    subject = groups["subject"]
    n = _subject(split, subject, named)
    if not 1 <= n <= 10**30:
        raise Decline("a positive integer of modest size")
    tests, words = qualifiers(split, quals, groups.get("cond"), n)
    if "prime" in words and kind not in ("largest", "smallest", "list") and not {
            "distinct", "different"} & set(quals):
        raise Decline("'prime factors' counted with or without repeats? (say 'distinct')")
    listed, steps = listed_divisors(n)
    chosen = [d for d in listed if all(t(d) for t in tests)]
    confirm_listing(n, tests, chosen)
    many = groups.get("many")
    if many:
        word = many.strip()
        if word not in NUMBER_WORDS or NUMBER_WORDS[word] != len(chosen):
            raise Decline("the number of divisors stated is not the number found")
    what = " ".join(words + ["divisors"])
    shown = [str(d) for d in chosen]
    listing = ", ".join(shown if len(shown) <= 24 else [*shown[:10], "\\dots", *shown[-3:]])
    kept = f"${listing}$" if chosen else f"No divisor of {n} is {' and '.join(words)}."
    pairs = paired_divisors(n, listed)
    if pairs:  # "1 · 28 = 2 · 14 = 4 · 7 = 28": each pair a product the checker confirms
        kept = (f"The divisors of ${n}$ pair up: ${pairs}$; "
                + ("they are " if chosen == listed else f"the {what}: ") + kept)
    steps.append(step("list them", f"Keep the {what} of {n}.", kept, pairs))
    return combined(kind, chosen, what, steps)


def _subject(split: Split, subject: str, named: dict[str, str]) -> int:
    slot = subject.strip("@")
    src = split.maths[int(slot)].strip()
    if src in named:
        split = Split(split.template, [*split.maths, named[src]])
        slot = str(len(split.maths) - 1)
    elif named:
        raise Decline("a number named but not asked about")
    value = expression(split, slot)
    if not value.is_Integer:
        value = sp.Integer(value.doit())
    return int(value)



__all__ = ["ASK", "MANY", "NUMBER_WORDS", "VOCAB", "read"]
