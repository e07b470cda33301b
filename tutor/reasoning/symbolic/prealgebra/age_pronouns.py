"""How `ages` reads a person: a one-word name or a kin word ("her brother"), a time ("in 3
years", "5 years ago", "now"), and "he" or "she" as a clause's subject put back as the person
it means (see `said_again`)."""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.prealgebra.wording import NUM

STOP = frozenset(
    "the a an in how if is was will be years year old ago now and he she they it his her him "
    "their what of than as times more less older younger sum ages age together combined from when "
    "who whose there this that then".split())
KIN = (r"(?:brother|sister|son|daughter|father|mother|dad|mom|grandfather|grandmother|uncle|"
        r"aunt|cousin|friend|husband|wife|nephew|niece|grandson|granddaughter)")
NAME = (rf"(?:(?:his|her|their|[a-z]+'s) {KIN}|(?!(?:{'|'.join(sorted(STOP))})\b)"
         rf"[a-z]+\b)")
WHEN = (rf"(?P<when>in (?P<fut>{NUM}) years?|(?P<fut2>{NUM}) years? from now|(?P<ago>{NUM}) years?"
         r" (?:ago|before now)|now)")

class NotMine(Exception):
    """The words are not a clause this reader reads."""


GENDER = {**dict.fromkeys("brother son father dad grandfather uncle husband nephew grandson"
                            .split(), "he"),
           **dict.fromkeys("sister daughter mother mom grandmother aunt wife niece granddaughter"
                           .split(), "she")}


class Pronouns:
    """How "he" or "she" as a subject is read: `pick` is the person chosen where two people
    fit (None: not yet chosen, so such a pronoun is recorded in `fits` and left unread)."""

    def __init__(self, pick: str | None = None) -> None:
        self.pick = pick
        self.fits: list[str] = []
        self.said = ""
        self.last_subject = ""  # the subject of the clause read last
        self.continuing = ""  # the subject before the pronoun that had a choice


def said_again(part: str, named_so_far: list[str], pronouns: Pronouns) -> str:
    """A clause whose subject is "he" or "she", and "... as old as his sister will be then",
    put in names. The pronoun is a person (named so far, or in the clause) whose word does
    not say the other sex and who is not named again in the clause itself: "Hal ... he will
    be twice as old as his sister" is Hal. "Ann ... she will be twice as old" could be either
    (a name does not say its sex): both are recorded and the one in `pronouns.pick` is read.
    "he will be twice as old" (the comparison left unsaid) is as old as the other one."""
    # the other person "will be then" at the clause's own time: said once is enough
    part = re.sub(rf"\b(will be|was|would be) (.*?as old as {NAME}) \1(?: then)?$", r"\1 \2",
                  part)
    m = re.match(rf"(?P<lead>{WHEN.replace('?P<', '?P<l')},? )?(?P<p>he|she) ", part)
    if not m:
        return part
    rest = part[m.end():]
    if re.search(r"\bas old(?: then)?$", rest) and " as old as " not in f" {rest}":
        rest = re.sub(r"\bas old(?: then)?$", "as old as the other", rest)
    named = named_so_far + [k.group(0) for k in re.finditer(rf"(?<!'s )\b{KIN}\b", part)]
    again = {n for n in named if re.search(rf"\b{re.escape(n)}\b", rest)}
    fits = sorted({n for n in named if n not in again
                   and GENDER.get(n.split()[-1], m.group("p")) == m.group("p")})
    if len(set(named)) != 2 or not fits:
        raise NotMine
    if len(fits) > 1:
        if pronouns.fits:
            raise NotMine  # a second pronoun with a choice: the readings multiply
        pronouns.fits, pronouns.said = fits, m.group("p")
        pronouns.continuing = pronouns.last_subject
        if pronouns.pick is None:
            raise NotMine
    who = fits[0] if len(fits) == 1 else pronouns.pick
    return f"{m.group('lead') or ''}{who} {rest}"


__all__ = ["GENDER", "KIN", "NAME", "NotMine", "Pronouns", "STOP", "WHEN", "said_again"]
