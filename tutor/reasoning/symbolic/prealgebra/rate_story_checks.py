"""Checks that a proportion story (`rates`) and its question speak of one rate: the same stuff
measured ("3 kg of apples ... 5 kg of pears"), the same person ("Sam earns $30 in 2 hours. How
much does Tom earn ...?"), the same doing ("walks ... how far does she run") and no verb of the
opposite way ("earns ... spend"). A story that fails one is left unread, never answered as if it
were the same rate."""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.reasoning.symbolic.prealgebra import units

# verbs of opposite ways: a rate told one way says nothing of the other
_OPPOSED = [
    ("earn earns earned save saves saved", "spend spends spent pay pays paid"),
    ("buy buys bought", "sell sells sold"),
    ("fill fills filled pump pumps pumped pour pours poured", "leak leaks leaked drip drips "
     "dripped drain drains drained"),
    ("grow grows grew gain gains gained", "lose loses lost burn burns burned"),
]


def other_stuff(pair: list[tuple[Fraction, str]], given: tuple[Fraction, str],
                asked_stuff: str | None) -> bool:
    """The question's amount or asked unit measures other stuff than the story's ("3 kg of
    apples cost $6. how much do 5 kg of pears cost?", "6 gallons of gas ... how many gallons
    of oil")."""
    stuffs = {u.partition(" of ")[2] for _, u in pair if " of " in u}
    if asked_stuff and stuffs and units.noun(asked_stuff) not in stuffs:
        return True
    base, _, stuff = given[1].partition(" of ")
    return bool(stuff) and all(u != given[1] for _, u in pair) and any(
        u.partition(" of ")[0] == base and " of " in u for _, u in pair)


def opposed_verbs(text: str) -> bool:
    """A verb of each of two opposite ways in the text ("earns ... spend")."""
    said = set(re.findall(r"[a-z]+", text))
    return any(said & set(a.split()) and said & set(b.split()) for a, b in _OPPOSED)


def another_name(statements: str, question: str, verbs: set[str], known: frozenset[str]) -> bool:
    """The question names someone before a verb whom the story does not name, when the story
    names one ("Sam earns ... How much does Tom earn")."""
    def names(text: str, after_aux: bool) -> set[str]:
        words = re.findall(r"[a-z]+", text)
        return {w for k, w in enumerate(words[:-1]) if words[k + 1] in verbs and w not in known
                and (not after_aux or k > 0 and words[k - 1] in _AUX)}
    told, asked = names(statements, False), names(question, True)
    return bool(told) and bool(asked - told)


# the one who acts in a question comes after its helping verb: "how much does Tom earn"
_AUX = frozenset("does do did will would can could".split())
_ACTOR = re.compile(r"\b(?:does|do|did|will|would|can|could) (?:the|a|an|his|her|their|my|your"
                    r"|its|our) ([a-z]+)")


def another_actor(statements: str, question: str) -> bool:
    """The question's actor, said with "the", "a" or "his" after its helping verb, is no word
    of the story: "A car travels 150 miles in 3 hours. How far does the bus travel ...?", "Tom
    reads ... How many pages does his sister read ...?" ask of another's rate. A question with
    no story before it ("How far can a bus go in 4 hours at 55 miles per hour?") is its own."""
    told = {w.rstrip("s") for w in re.findall(r"[a-z]+", statements)}
    return bool(told) and any(m.group(1).rstrip("s") not in told
                              for m in _ACTOR.finditer(question))



# one verb's forms are known by their first three letters ("makes", "make"; "jogged", "jog")
# once the irregular ones are put in their plain form
_IRREGULAR = {"ran": "run", "drove": "drive", "driven": "drive", "swam": "swim", "rode": "ride",
              "flew": "fly", "flies": "fly", "goes": "go", "went": "go", "made": "make",
              "ate": "eat", "wrote": "write", "written": "write", "bought": "buy", "sold": "sell",
              "paid": "pay", "spent": "spend", "grew": "grow", "lost": "lose", "got": "get"}
# verbs that fit any doing ("goes", "travels", "makes"), of a price, and of needing, not doing
_ANY_DOING = frozenset("tra go mov cov mak pro get".split())
_PRICE = frozenset("cos buy pay cha spe".split())
_NOT_DOING = frozenset("is are was wer be nee req use".split())


def _doings(text: str, verbs: set[str]) -> set[str]:
    said = [w for w in re.findall(r"[a-z]+", text) if w in verbs]
    return {_IRREGULAR.get(w, w)[:3] for w in said} - _NOT_DOING


def another_doing(statements: str, question: str, verbs: set[str]) -> bool:
    """The question asks of another doing than the story's: "walks 2 miles in 40 minutes ...
    how many miles does she run in 3 hours" (running's speed is not told), "a duck swims ...
    how far does it fly". A verb that fits any doing ("travel", "go", "make") on either side,
    or two verbs of a price ("cost", "buy"), is the same doing."""
    told, asked = _doings(statements, verbs), _doings(question, verbs)
    if not told or told & _ANY_DOING:  # no doing told apart from the question, or any
        return False
    return any(d not in told and d not in _ANY_DOING and not (d in _PRICE and told & _PRICE)
               for d in asked)


_WHOLE_UNITS = re.compile(r"\b(?:whole|full|complete|entire) ([a-z]+)\b")
_TWO_UNITS = re.compile(r"\b([a-z]+) and ([a-z]+)\b")


def whole_or_two_units(text: str) -> bool:
    """A count of whole units ("How many weeks are in 100 days? Give the whole weeks.") or an
    amount in two units of one kind ("how many weeks and days", "in feet and inches"): neither
    is the one exact amount a rate or conversion gives."""
    for m in _WHOLE_UNITS.finditer(text):  # plural: "a whole hour" is one hour
        unit = units.unit(m.group(1), abbreviations=False)
        if unit and unit != m.group(1):
            return True
    for m in _TWO_UNITS.finditer(text):
        a = units.unit(m.group(1), abbreviations=False)
        b = units.unit(m.group(2), abbreviations=False)
        if a and b and a != b and units.factor(a, b) is not None:
            return True
    return False


__all__ = ["another_actor", "another_doing", "another_name", "opposed_verbs", "other_stuff",
           "whole_or_two_units"]
