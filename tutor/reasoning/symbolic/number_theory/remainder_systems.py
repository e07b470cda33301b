"""Several remainders (or congruences said in words, "congruent to 1 mod 4 and to 3 mod 6")
told first, the least (or greatest) such integer asked after them:
"When n is divided by 4 the remainder is 3, and when n is divided by 5 the remainder is 4.
What is the smallest positive value of n?", "When x is divided by 4, 5 and 6, the remainders
are 3, 4 and 5 respectively. ...", and the story form "When the students stand in rows of
4 there is 1 left over; in rows of 5 there are 2 extra students. What is the fewest number
of students possible?".

Each remainder fact becomes a condition n = r (mod m), with the range the question (or a
fact) bounds; the integer is then searched in order and confirmed by the Chinese remainder
theorem (`search.search`). Every word of the problem is read, except in a story's clauses
that hold no number, which may only tell the scene (a word that could change the count,
such as "not", "joined" or "absent", declines).
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import search
from tutor.reasoning.symbolic.number_theory.wanted import Wanted
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import number_words

_NUMBER_WORDS = number_words(range(13))
_START, _N = r"(?<![a-z])", r"#(\d+)"  # a phrase starts at a word's start; a number
_MODULO = r",? \(?(?:mod|modulo) #(\d+)(?: ?\))?"
_LIST = r"#\d+(?:,? #\d+)*,? and #\d+"
_KIND = r"(?:(?:positive|whole|natural|counting) )?(?:integer|number|whole number)"
# the integer spoken of: a letter, "a positive integer n", "the number", "it"
_SUBJ = (r"(?:(?:(?:a|an|the|this|that|some|certain|such) )*(?:certain )?(?:" + _KIND
         + r"(?: \$[a-z])?|\$[a-z])|it)")
_WHEN = r"\b(?:when|if) (?:" + _SUBJ + r" is )?divided by "
_GIVES = r"(?:there is |it (?:leaves|has|gives) |(?:" + _SUBJ + r") (?:leaves|has|gives) )?"
_FACTS = [
    # when n is divided by 4, the remainder is 3 / a remainder of 3 is left
    re.compile(_WHEN + _N + r",? (?:the remainder is " + _N + r"|" + _GIVES + r"a remainder of "
               + _N + r"(?: is (?:left|obtained))?)"),
    # n leaves a remainder of 3 when divided by 4 (and a remainder of 4 when divided by 5)
    re.compile(_START + r"(?:(?:" + _SUBJ + r") (?:leaves|has|gives) |(?:,|,? and) (?:leaves )?)"
               r"(?:(?:a )?remainder (?:of )?)?" + _N + r" when (?:it is )?divided by " + _N),
    # n is 3 more than a multiple of 4
    re.compile(_START + r"(?:" + _SUBJ + r" is|,? and) " + _N + r" (more|less) than a multiple "
               r"of " + _N),
    # n is congruent to 1 mod 4 (and to 3 modulo 6)
    re.compile(_START + r"(?:(?:" + _SUBJ + r" |that |which )?is |(?:,|,? and) (?:is )?)?"
               r"congruent to " + _N + _MODULO),
    re.compile(r"(?:,|,? and) (?:to )?" + _N + _MODULO),
]
_LISTS = [
    re.compile(_WHEN + r"(?:each of )?(?P<ms>" + _LIST + r"),? (?:the )?remainders (?:are |of )?"
               r"(?P<rs>" + _LIST + r")(?:,? (?:\(respectively\)|respectively))?"
               r"(?: are obtained)?"),
    re.compile(_START + r"(?:(?:" + _SUBJ + r") |which,? )?(?:when divided by (?P<ms2>" + _LIST
               + r"),? )?leaves (?:the )?remainders (?:of )?(?P<rs>" + _LIST + r")"
               r"(?: when (?:it is )?divided by (?P<ms>" + _LIST + r"))?(?:,? respectively)?"),
]
_GROUPS = r"(?:rows|groups|columns|lines|teams|piles|stacks|bags|boxes|packs|circles)"
_THERE = r"there (?:was|were|is|are|would be|will be) "
_LEFT = r" (?:[a-z]+ )?(?:left over|leftover|extra|left|remaining)"
_STORY_FACT = re.compile(
    _START + r"(?:(?:when|if) (?P<verb>(?:[a-z]+ ){1,3}?))?(?:in |into )?" + _GROUPS + r" of "
    + _N + r"(?P<tail>(?: [a-z]+){0,3}?),? (?:" + _THERE + _N + r" extra [a-z]+|" + _THERE + _N
    + _LEFT + r"|" + _N + r" (?:[a-z]+ )?(?:was|were|is|are) left(?: over)?|(?:he|she|they|we|you"
    r"|i) (?:has|have|had|will have|would have|gets|get|got) " + _N + _LEFT + r")")
_AS_BOUND = _START + r"(?:that is |is |are )?"
_BOUNDS = [
    (re.compile(_START + r"(?:with |that has |having |is a |a )?#([1-9]) ?-digit"), "digits"),
    (re.compile(_AS_BOUND + r"(?:less than|smaller than|fewer than) " + _N),
     "lt"),
    (re.compile(_AS_BOUND + r"(?:greater than|more than|larger than) " + _N),
     "gt"),
    (re.compile(_AS_BOUND + r"at least " + _N), "ge"),
    (re.compile(_AS_BOUND + r"at most " + _N), "le"),
    (re.compile(_AS_BOUND + r"between " + _N + r" and " + _N), "between"),
]
# the one integer asked: "How many members are in the band?", "What is the number?"
_ONE_ASK = re.compile(r"how many [a-z]+ (?:are|were|is) (?:there )?(?:in (?:the|this) [a-z]+)?|"
                      r"how many [a-z]+ (?:does|do|did) (?:he|she|they) have|(?:what is|find) "
                      r"(?:the value of )?(?:\$[a-z]|(?:the|this) (?:number|integer))")
_ASK = re.compile(
    r"(?:(?:what is|what's|find|determine|compute|give) )?the (?P<order>smallest|least|fewest"
    r"|largest|greatest) (?P<rest>.*)")
_ASK_WORDS = frozenset("possible positive whole natural counting integer number value of such "
                       "for that".split())
_STORY_ASK = re.compile(r"(?:possible )?(?:number of )?(?P<noun>[a-z]+)(?: possible)?(?: (?:he|she|"
                        r"they|we|you|i) (?:could|can|might|may) (?:have|own|hold))?(?: (?:in|that "
                        r"could be in|who could be in|there could be in) (?:this|the) [a-z]+)?"
                        r"(?: possible)?")
_FILLER = frozenset("and , . ; also then with where such that satisfying".split())
# a congruence in maths, "n \equiv 2 \pmod{3}", said in words a fact reads
_CONGRUENCE = re.compile(r"([a-zA-Z])\s*\\equiv\s*(\d+)\s*\\pmod\s*\{?\s*(\d+)\s*\}?")
_INTRO = re.compile(r"\b(?:let |suppose |suppose that )?\$[a-z] (?:be|is) (?:a |an )?"
                    r"(?:positive |whole |natural |counting )?(?:integer|number|whole number)")
# words that may change a count: a story clause holding one of them is never skipped over
_RISKY = frozenset("not no never except without more less fewer joined join joins absent "
                   "missing left leave leaves added add removed remove other another others "
                   "plus minus twice half double triple teacher teachers extra each every "
                   "after before later earlier instead lose loses lost give gives gave buy buys "
                   "bought eat eats ate sell sells sold spend spends spent "
                   "receive receives received get gets got take takes took broke broken "
                   "lend lends lent borrow borrowed share shares shared".split())


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:remainders?|multiple of|divided by|congruent|" + _GROUPS
                     + r" of)\b|\\equiv",
                     template + " ".join(split.maths)):
        return None
    text = _normalised(split, template)
    if text is None:
        return None
    if len(set(re.findall(r"\$[a-z]", text))) > 1:
        return None  # remainders of two different integers
    body, _, question = text.rstrip(" ?.").rpartition(". ")
    ask = _ASK.fullmatch(question)
    one = _ONE_ASK.fullmatch(question.strip()) if ask is None else None
    if ask is None and one is None:
        return None
    given, left = _facts(body)
    asked, asked_words = _facts(ask.group("rest")) if ask else ([], "")
    facts = given + asked
    story = any(kind == "story" for kind, _, _ in facts)
    if ask and not _ask_read(asked_words, story, ask.group("order")) or \
            not _only_scene(left, story):
        return None
    told = [(r, m) for kind, r, m in facts if kind in ("mod", "story")]
    if len(told) < 2 and not story:
        return None
    if any(m < 2 for _, m in told):
        raise Decline("a division by a number below 2")
    conditions = [("mod", r % m, m) for r, m in told]
    if all(r == 0 for _, r, _ in conditions):
        raise Decline("every remainder is 0: a common multiple, not a remainder problem")
    if ask is None:
        found, steps = _the_one(conditions, _ranges(facts, text, story))
    else:
        found, steps = _ordered(conditions, _ranges(facts, text, story),
                                ask.group("order") in ("largest", "greatest"))
    if story and int(found) < max(m for _, _, m in conditions):
        raise Decline("fewer things than one full group: 'rows of k' may mean one row at least")
    said = ", ".join(f"$n \\equiv {r} \\pmod{{{m}}}$" for _, r, m in conditions)
    first = step("remainders as congruences", "Each remainder on division by m says the number "
                 "is that remainder more than a multiple of m.", f"The number n has {said}.")
    return found, [first, *steps]


def _normalised(split: Split, template: str) -> str | None:
    """The template with each number as '#n' and each letter as '$x'; None for other maths."""
    out = []
    for piece in re.split(r"(@\d+@)", template):
        m = re.fullmatch(r"@(\d+)@", piece)
        if m is None:
            out.append(piece)
            continue
        maths = split.maths[int(m.group(1))].strip()
        if re.fullmatch(r"\d+", maths):
            out.append(f"#{int(maths)}")
        elif re.fullmatch(r"[a-zA-Z]", maths):
            out.append(f"${maths.lower()}")
        elif c := _CONGRUENCE.fullmatch(maths):
            out.append(f"${c.group(1).lower()} is #{c.group(2)} more than a multiple of "
                       f"#{c.group(3)}")
        else:
            return None
    text = re.sub(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b",
                  lambda w: f"#{_NUMBER_WORDS[w.group(1)]}", "".join(out))
    text = re.sub(r"\s+", " ", text.replace("\n", " "))
    return re.sub(r"\s*([,;])", r"\1", text).strip()


def _facts(text: str) -> tuple[list[tuple[str, int, int]], str]:
    """The remainder facts and bounds read, and the text with them taken out. Bounds are
    taken out first ("a number between 50 and 70 leaves ...")."""
    found: list[tuple[int, int, tuple[str, int, int]]] = []
    spans: list[tuple[int, int]] = []
    for pattern, kind in _BOUNDS:
        while m := pattern.search(text):
            second = int(m.group(2)) if kind == "between" else 0
            found.append((-1, 1, (kind, int(m.group(1)), second)))
            text = re.sub(r"\s+", " ", text[:m.start()] + " " + text[m.end():]).strip()

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in spans)

    for pattern in _LISTS:
        for m in pattern.finditer(text):
            ms = _numbers(m.group("ms") or m.groupdict().get("ms2") or "")
            rs = _numbers(m.group("rs"))
            if not ms or len(ms) != len(rs) or not free(*m.span()):
                raise Decline("remainders and divisors listed in unequal numbers")
            spans.append(m.span())
            if any(not 0 <= r < d for d, r in zip(ms, rs, strict=True)):
                raise Decline("a remainder not below its divisor")
            found += [(m.start(), 0, ("mod", r, d)) for d, r in zip(ms, rs, strict=True)]
    for pattern in _FACTS:
        for m in pattern.finditer(text):
            if not free(*m.span()):
                continue
            spans.append(m.span())
            g = [x for x in m.groups() if x is not None]
            if g[-2] in ("more", "less"):
                r, d = int(g[0]), int(g[-1])
                found.append((m.start(), 0, ("mod", r if g[-2] == "more" else -r, d)))
            else:
                d, r = (int(g[0]), int(g[1])) if pattern is _FACTS[0] else (int(g[1]), int(g[0]))
                if not 0 <= r < d:
                    raise Decline("a remainder not below its divisor")
                found.append((m.start(), 0, ("mod", r, d)))
    for m in _STORY_FACT.finditer(text):
        said = f"{m.group('verb') or ''} {m.group('tail')}".split()
        if not free(*m.span()) or set(said) & _RISKY:
            continue
        spans.append(m.span())
        d, r = (int(x) for x in m.groups() if x is not None and x.isdigit())
        if not 0 <= r < d:
            raise Decline("more left over than fills a group")
        found.append((m.start(), 0, ("story", r, d)))
    for m in _INTRO.finditer(text):
        if free(*m.span()):
            spans.append(m.span())
    rest = text
    for s, e in sorted(spans, reverse=True):
        rest = rest[:s] + " " + rest[e:]
    return [f for _, _, f in sorted(found)], re.sub(r"\s+", " ", rest).strip()


def _numbers(listed: str) -> list[int]:
    return [int(n) for n in re.findall(_N, listed)]


def _ask_read(asked: str, story: bool, order: str) -> bool:
    """The question's words after 'the least': only kind words and the letter asked."""
    asked = asked.strip(" ,")
    if story:
        return order in ("smallest", "least", "fewest") and bool(_STORY_ASK.fullmatch(asked))
    if order == "fewest":
        return False
    tokens = re.findall(r"\$[a-z]|[a-z]+|\S", asked)
    return all(t in _ASK_WORDS or t.startswith("$") for t in tokens)


def _only_scene(left: str, story: bool) -> bool:
    """What no fact read: connectives only, or (in a story) words that just set the scene."""
    clauses = [c.strip() for c in re.split(r"[.;]", left) if c.strip()]
    for clause in clauses:
        tokens = re.findall(r"\$[a-z]|#\d+|[a-z]+(?:'[a-z]+)?|\S", clause)
        if set(tokens) <= _FILLER | {"when", "if", "(", ")"}:
            continue
        if not story or any(t.startswith(("#", "$")) for t in tokens) or set(tokens) & _RISKY:
            return False
    return True


def _ordered(conditions: list[tuple[str, int, int]], ranges: list[tuple[int | None, int | None]],
             largest: bool) -> Result:
    """The least (or greatest) integer in range; 'between' read both ways must agree."""
    found = [search.search(Wanted(largest, lo, hi, list(conditions))) for lo, hi in ranges]
    if len({f[0] for f in found}) != 1:
        raise Decline("'between' read with and without its ends gives different answers")
    return found[0]


def _the_one(conditions: list[tuple[str, int, int]], ranges: list[tuple[int | None, int | None]]
             ) -> Result:
    """The only integer of a bounded range that qualifies, found from both ends."""
    if any(lo is None or hi is None for lo, hi in ranges):
        raise Decline("one integer asked, in a range not bounded on both sides")
    low = _ordered(conditions, ranges, largest=False)
    if _ordered(conditions, ranges, largest=True)[0] != low[0]:
        raise Decline("more than one integer qualifies, and one is asked")
    return low[0], [*low[1], step("only one", "Searching down from the top of the range finds "
                                  "the same integer, so it is the only one.",
                                  f"The only such integer is ${low[0]}$.", "")]


def _ranges(facts: list[tuple[str, int, int]], text: str, story: bool
            ) -> list[tuple[int | None, int | None]]:
    """The range: the bounds stated, and positive when the problem says so (or counts); a
    range 'between' two numbers read with its ends and without them."""
    positive = story or bool(re.search(r"\b(?:positive|whole|natural|counting)\b", text)) or \
        not re.search(r"\binteger\b", text) and bool(re.search(r"\bnumbers?\b", text))
    lo, hi = (1 if positive else None), None
    between = [(kind, a, b) for kind, a, b in facts if kind == "between"]
    if len(between) > 1:
        raise Decline("one range 'between' two numbers")
    for kind, n, _ in facts:
        if kind == "digits":
            lo, hi = max(lo or 0, 10 ** (n - 1)), min(hi or 10**n, 10**n - 1)
        elif kind in ("lt", "le"):
            hi = min(hi if hi is not None else n, n - 1 if kind == "lt" else n)
        elif kind in ("gt", "ge"):
            lo = max(lo if lo is not None else n, n + 1 if kind == "gt" else n)
    if not between:
        return [(lo, hi)]
    a, b = between[0][1], between[0][2]
    return [(max(lo if lo is not None else a + e, a + e), min(hi if hi is not None else b - e,
                                                              b - e)) for e in (0, 1)]
