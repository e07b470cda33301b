"""Reading counting and probability wording by phrases, not by whole sentences.

A problem's template is first normalised (`Wording`): every count, written as a bare
number (`@3@` whose LaTeX is digits) or as a word ("seven"), becomes `#7`, and a few
spellings are unified ("six-sided" -> "#6-sided", "color" -> "colour"). A reader then
*takes* the phrases it understands, in any order and with many wordings each
(`Wording.take` records the match and blanks it out), and accepts the problem only
when what is left is glue: words from a small vocabulary that change nothing ("in how
many ways can", "what is the probability that"), with no number or maths left over.
An unknown word ("not", "president", "replaced") is never skipped over.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.spelled_maths import CARDINALS, TENS
from tutor.reasoning.symbolic.typed import FILLER

_TENS = TENS
_WORD_NUMBER = re.compile(
    r"\b(?:(" + "|".join(_TENS) + r")[- ](one|two|three|four|five|six|seven|eight|nine)\b"
    r"|(" + "|".join(sorted(CARDINALS, key=len, reverse=True)) + r")\b)(?: hundred\b)?")
# "one" as a pronoun ("if one is a rotation of the other") stays a word
_PRONOUN_ONE = re.compile(r" (?:is|can|could|another|has|would|must|gets|wins)\b")
_SPELLING: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (r"[\u2010\u2011]", "-"),  # a hyphen typed as unicode ("4‑digit")
    (r"[\u2018\u2019]", "'"),  # an apostrophe typed as unicode ("what’s")
    (r"\bcolou?rs?\b", lambda m: "colours" if m.group(0).endswith("s") else "colour"),
    (r"\s*-\s*(?=sided\b|faced\b|digit\b|element\b|person\b|letter\b|card\b|gon\b|"
     r"student\b|member\b|player\b|topping\b|flavou?r\b|scoop\b)", "-"),
    (r"\b(\d{1,3})'?s\b", r"#\1 s"), (r"\bone another\b", "each other"),
    (r"\bdon't\b", "do not"), (r"\bthey're\b", "they are"), (r"\bwe're\b", "we are"),
    (r"\bcan't\b", "cannot"), (r"\bwon't\b", "will not"),
    # typed casually, apostrophe or not
    (r"\baren'?t\b", "are not"), (r"\bisn'?t\b", "is not"), (r"\bdoesn'?t\b", "does not"),
    (r"\bdont\b", "do not"), (r"\bwhat'?s\b", "what is"),
    # a form request inside the question ("the probability, expressed as a common fraction,
    # that ...") asks nothing of the count
    (r",? (?:expressed|written) as a (?:common |reduced )?fraction(?: in (?:simplest|lowest) "
     r"(?:form|terms))?,", "")]
# Glue every reader may leave behind: question words that add no condition.
GLUE = FILLER | frozenset(
    "how many ways can could there do does we i you one they he she it at random randomly "
    "what probability chance possible different distinct".split())


def _word_value(m: re.Match[str]) -> str:
    if m.group(0) == "one" and _PRONOUN_ONE.match(m.string, m.end()) and not re.search(
            r"\b(?:at least|at most|exactly|only) $", m.string[:m.start()]):
        return "one"
    if m.group(1):
        v = _TENS[m.group(1)] + CARDINALS[m.group(2)]
    else:
        v = CARDINALS[m.group(3)]
    if m.group(0).endswith("hundred"):
        v *= 100
    return f"#{v}"


@dataclass
class Wording:
    """A template with counts as `#n`; phrases are taken out as they are read."""

    text: str
    maths: list[str]
    taken: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, split: Split, template: str) -> Wording:
        def number(m: re.Match[str]) -> str:
            src = split.maths[int(m.group(1))].strip()
            return f"#{int(src)}" if re.fullmatch(r"\d{1,7}", src) else m.group(0)

        text = re.sub(r"@(\d+)@", number, template)
        text = _WORD_NUMBER.sub(_word_value, text)
        for pattern, repl in _SPELLING:
            text = re.sub(pattern, repl, text)
        return cls(" " + re.sub(r"\s+", " ", text) + " ", list(split.maths))

    def pronoun_i(self) -> None:
        """"can I arrange", "if I can only step": the pronoun I, which the maths splitter
        takes for the imaginary unit, back as the word i."""
        def word(m: re.Match[str]) -> str:
            if self.maths[int(m.group(2))].strip() in ("i", "I"):
                return f" {m.group(1)} i"
            return m.group(0)
        self.text = re.sub(r" (can|could|do|if|should|may|must|will|would|so) @(\d+)@(?= [a-z])",
                           word, self.text)

    def find(self, pattern: str) -> re.Match[str] | None:
        return re.search(pattern, self.text)

    def take(self, pattern: str) -> list[re.Match[str]]:
        """Every match of `pattern` (outside what was already taken), blanked out."""
        found = list(re.finditer(pattern, self.text))
        for m in reversed(found):
            self.text = self.text[:m.start()] + " ; " + self.text[m.end():]
            self.taken.append(m.group(0))
        return found

    def take_one(self, pattern: str) -> re.Match[str] | None:
        """The single match of `pattern`; None when absent; Decline when it is there twice."""
        found = self.take(pattern)
        if len(found) > 1:
            raise Decline("the same condition is stated twice")
        return found[0] if found else None

    def take_first(self, patterns: list[str]) -> re.Match[str] | None:
        """`take_one` of the first pattern that is there (None when none is)."""
        for pattern in patterns:
            if (m := self.take_one(pattern)) is not None:
                return m
        return None

    def take_name(self, verbs: str) -> None:
        """A person's name as the subject of a sentence ("jack rolls 5 dice", "if ana
        draws 2 marbles"): one word starting a sentence (or after "if") right before one
        of `verbs`. Who acts changes nothing in the count."""
        self.take(r"(?:^ |(?<=[.?!] )|(?<= if ))(?!(?:" + "|".join(sorted(GLUE)) + r")\b)"
                  r"[a-z]+(?= (?:" + verbs + r")\b)")

    def take_subject(self, verbs: str) -> None:
        """`take_name`, and that name again wherever it recurs ("sam lists ... what total
        does sam get")."""
        before = len(self.taken)
        self.take_name(verbs)
        for name in self.taken[before:]:
            self.take(r"\b" + re.escape(name) + r"\b")

    def rest(self) -> set[str]:
        return set(re.findall(r"[a-z]+(?:'[a-z]+)?", self.text))

    def only_glue(self, extra: frozenset[str] | set[str] = frozenset()) -> bool:
        """True when nothing but glue words and punctuation is left: no unread word, count
        or maths."""
        if re.search(r"#\d|@\d", self.text):
            return False
        return not (self.rest() - GLUE - extra)


def set_members(src: str) -> list[int]:
    """The integers of a listed set: {1, 4, 9} or {2, 4, 6, \\ldots, 40} (at most 10^6)."""
    src = re.sub(r"\\allowbreak\b", "", src)
    body = re.fullmatch(r"\s*(?:[A-Za-z]\s*=\s*)?\\\{(.*)\\\}\s*", src)
    if not body:
        raise Decline("a set of integers")
    parts = [p.strip() for p in body.group(1).split(",")]
    dots = [k for k, p in enumerate(parts) if re.fullmatch(r"\\[lc]?dots|\.{2,3}|…", p)]
    if len(dots) == 1 and 2 <= dots[0] <= len(parts) - 2 and all(
            re.fullmatch(r"-?\d+", p) for k, p in enumerate(parts) if k != dots[0]):
        # "1, 2, 3, ..., 50" or "1, 2, 3, ..., 49, 50": every written member on one step
        lo, step = int(parts[0]), int(parts[1]) - int(parts[0])
        if step > 0 and (int(parts[-1]) - lo) // step > 10**6:
            raise Decline("too large a set to list")
        got = list(range(lo, int(parts[-1]) + 1, step)) if step > 0 else []
        head, tail = parts[:dots[0]], parts[dots[0] + 1:]
        if got[:len(head)] != [int(p) for p in head] or len(got) < len(head) + len(tail) \
                or got[len(got) - len(tail):] != [int(p) for p in tail]:
            raise Decline("a listed set that does not continue evenly")
        return got
    if not all(re.fullmatch(r"-?\d+", p) for p in parts):
        raise Decline("a set of integers")
    return [int(p) for p in parts]


def said_token(w: Wording, token: str, allowed: str, why: str) -> str:
    """A letter or number said as a count (`#n`) or as a piece of maths (`@k@` holding
    something `allowed` fullmatches), lowercased; Decline(why) for other maths."""
    m = re.fullmatch(r"@(\d+)@", token)
    if m:
        src = w.maths[int(m.group(1))].strip()
        if not re.fullmatch(allowed, src):
            raise Decline(why)
        return src.lower()
    return token.lstrip("#")


def number(text: str) -> int:
    """The value of a `#n` token."""
    m = re.fullmatch(r"\s*#(\d+)\s*", text)
    if not m:
        raise Decline("a count")
    return int(m.group(1))


def quick(template: str, *keys: str) -> bool:
    """A cheap first look: does the template mention any of these words?"""
    return any(k in template for k in keys)


__all__ = ["GLUE", "Wording", "number", "quick", "said_token", "set_members"]
