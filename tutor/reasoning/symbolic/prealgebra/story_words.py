"""The words of a short story problem read into quantities: each number with its unit or thing
("3 gallons of water", "1/4 of a pizza", "2/5 more of it"), the verb that acts on it ("ate",
"uses", "has") and whether it is a part of something named before ("of the milk she has").

`read(tokens)` gives the sentences of the story as `Quantity` lists and the words no slot
could read. A word is read when it is a known word (verbs, question words, time words) or a
noun in a noun slot: one or two words after a number, after "of a/an/the", after a
determiner ("her", "a"), or a name before a verb. A word that can change the maths ("not",
"remaining", "each", "twice", "than") is never a noun, so a story using it is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tutor.reasoning.symbolic.prealgebra.number_words import Num, Token
from tutor.reasoning.symbolic.typed import FILLER

# verb forms -> (lemma, kind): "have" states an amount, "gain" adds to it, "lose" takes away
_VERBS: dict[str, tuple[str, str]] = {}
for _kind, _table in {
    "have": "has have had:have holds hold held:hold contains contain contained:contain "
            "owns own owned:own",
    "gain": "buys buy bought:buy gets get got:get receives receive received:receive "
            "finds find found:find picks pick picked:pick collects collect collected:collect "
            "earns earn earned:earn adds add added:add gains gain gained:gain "
            "makes make made:make bakes bake baked:bake",
    "lose": "eats eat ate eaten:eat uses use used:use spends spend spent:spend "
            "gives give gave given:give sells sell sold:sell loses lose lost:lose "
            "drinks drink drank drunk:drink pays pay paid:pay pours pour poured:pour",
    "act": "walks walk walked:walk runs run ran:run reads read:read swims swim swam:swim "
           "drives drive drove driven:drive rides ride rode ridden:ride bikes bike biked:bike "
           "hikes hike hiked:hike jogs jog jogged:jog paints paint painted:paint "
           "grows grow grew grown:grow works work worked:work practices practice "
           "practiced:practice studies study studied:study saves save saved:save "
           "scores score scored:score travels travel traveled travelled:travel "
           "plants plant planted:plant cooks cook cooked:cook sleeps sleep slept:sleep "
           "rains rain rained:rain falls fall fell:fall",
}.items():
    _forms: list[str] = []
    for _w in _table.split():  # "eats eat ate eaten:eat": the forms, then ":" and the lemma
        _last, _, _lemma = _w.partition(":")
        _forms.append(_last)
        if _lemma:
            _VERBS.update({f: (_lemma, _kind) for f in _forms})
            _forms = []
VERBS = _VERBS

DETERMINERS = frozenset("a an the her his their my our your its this that another one".split())
# known words: glue, time and order words, question words
KNOWN = FILLER | frozenset(
    "how much many did does do she he they we i you it them more then first next later after "
    "before morning afternoon evening night day week monday tuesday wednesday thursday friday "
    "saturday sunday yesterday today last also and all altogether total combined together "
    "left remain remains remaining now still so far there were was is are her his their "
    "in at on by from with into over during away up out back priced marked".split())
# words that change the maths: never read as a noun (a story using them is not read here)
NEVER_NOUN = frozenset(
    "not no never each every per than twice half double triple times remaining rest other "
    "left leftover remainder except only more less fewer most least some any all both either "
    "neither percent of off if what how which who when where why none nothing mean average "
    "median mode range sum difference product quotient fraction ratio rate sale discount "
    "price cost costs equally evenly among between".split())
# words a noun may follow: "of water", "for bread", "after lunch", "to school"
_BEFORE_NOUN = frozenset("of for before after during at on in to from with into".split())
_PRONOUNS = frozenset("she he it i we you they".split())
_ADVERBS = frozenset("then also first later next and".split())


@dataclass
class Quantity:
    value: Num
    unit: str | None  # the thing counted or measured, singular ("gallon", "pizza")
    verb: tuple[str, str] | None  # (lemma, kind) of the verb acting on it
    subject: str | None = None  # who acts: a name, "her brother", a pronoun resolved
    named: set[str] = field(default_factory=set)  # what it is of: "3 gallons of water"
    more: bool = False  # "2/5 more": the same thing again
    listed: bool = False  # followed by "," or "and" and another number: "82, 90 and 76"
    part_of: bool = False  # "of the milk", "of it": a part of an amount named before


@dataclass
class Sentence:
    tokens: list[Token]
    quantities: list[Quantity] = field(default_factory=list)
    nouns: set[str] = field(default_factory=set)
    verbs: list[tuple[str, str]] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)


_ABBREVIATED = {"km": "kilometer", "m": "meter", "cm": "centimeter", "mm": "millimeter",
                "mi": "mile", "ft": "foot", "feet": "foot", "yd": "yard", "lb": "pound",
                "lbs": "pound", "oz": "ounce", "kg": "kilogram", "g": "gram", "l": "liter",
                "ml": "milliliter", "hr": "hour", "hrs": "hour", "min": "minute",
                "litre": "liter", "metre": "meter", "kilometre": "kilometer",
                "centimetre": "centimeter", "millilitre": "milliliter"}


def singular(word: str) -> str:
    """"gallons" -> "gallon", "km" -> "kilometer": one name for one unit or thing."""
    if word in _ABBREVIATED:
        return _ABBREVIATED[word]
    if word.endswith("s") and word[:-1] in _ABBREVIATED:
        return _ABBREVIATED[word[:-1]]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word


# plurals `singular` does not undo, for telling whether two words name one kind of thing
IRREGULAR_PLURALS = {"children": "child", "people": "person", "men": "man", "women": "woman"}


def same_thing(a: str, b: str) -> bool:
    """"pens" and "pen", "boxes" and "box", "people" and "person": one thing named twice."""
    def one(w: str) -> str:
        return IRREGULAR_PLURALS.get(w, singular(w))
    return one(a) == one(b)


_IRREGULAR_PLURAL = {**{one: many for many, one in IRREGULAR_PLURALS.items()}, "foot": "feet"}


def plural(word: str) -> str:
    """"pen" -> "pens", "candy" -> "candies", "box" -> "boxes", "inch" -> "inches", "foot" ->
    "feet"; a unit's abbreviation stays as it is ("4 cm")."""
    if word in _ABBREVIATED and len(word) <= 3:
        return word  # "4 cm", "3 kg": an abbreviation takes no s
    if word in _IRREGULAR_PLURAL:
        return _IRREGULAR_PLURAL[word]
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + ("es" if re.search(r"(?:s|x|z|ch|sh)$", word) else "s")


def _is_word(t: Token) -> bool:
    return isinstance(t, str) and t.isalpha()


def _noun_slot(toks: list[Token], i: int, after: bool = True) -> list[str]:
    """One or two words starting at i that can be a noun. Right after a number or a
    determiner (`after`) a verb's form is a noun too ("3 plants", "the walks")."""
    out: list[str] = []
    for k, t in enumerate(toks[i:i + 2]):
        if not (isinstance(t, str) and t.replace("'", "").isalpha()) or t in NEVER_NOUN or \
                t in KNOWN or t in DETERMINERS or t in VERBS and (k > 0 or not after):
            break
        out.append(t)
    return out


def sentences(toks: list[Token]) -> list[Sentence]:
    out: list[Sentence] = []
    cur: list[Token] = []
    for t in toks:
        if t in (".", "?", "!", ";"):
            if cur:
                out.append(Sentence(cur))
            cur = []
        else:
            cur.append(t)
    if cur:
        out.append(Sentence(cur))
    return out


def read(toks: list[Token]) -> tuple[list[Sentence], set[str]]:
    """The sentences with their quantities, and the words no slot or list reads."""
    sents = sentences(toks)
    unread: set[str] = set()
    subject: str | None = None
    for s in sents:
        t = s.tokens
        verb: tuple[str, str] | None = None
        i = 0
        while i < len(t):
            tok = t[i]
            if isinstance(tok, Num):
                i = _quantity(s, t, i, verb, subject)
                continue
            if tok in VERBS:
                verb = VERBS[str(tok)]
                s.verbs.append(verb)
                subject = _subject(t, i, subject)
                if subject:
                    s.subjects.append(subject)
                i += 1
                continue
            if tok in ("many", "much") and _noun_slot(t, i + 1):  # "how many dollars"
                slot = _noun_slot(t, i + 1)
                s.nouns.add(singular(slot[-1]))
                i += 1 + len(slot)
                continue
            after = tok in DETERMINERS or tok in _BEFORE_NOUN
            if after or (i == 0 and not (tok in KNOWN or tok in NEVER_NOUN)):
                slot = _noun_slot(t, i + 1) if after else _noun_slot(t, i, after=False)
                if slot:
                    s.nouns.add(singular(slot[-1]))
                    i += (1 if after else 0) + len(slot)
                    continue
            if isinstance(tok, str) and tok.isalpha() and tok not in KNOWN | NEVER_NOUN and \
                    i + 1 < len(t) and t[i + 1] in VERBS:  # a name: "on a hike, dev walked"
                s.nouns.add(tok)
                i += 1
                continue
            if isinstance(tok, str) and tok.endswith("'s") and tok[:-2].isalpha():
                i += 1  # a name's: "sam's jar"
                continue
            if isinstance(tok, str) and _is_word(tok) and tok not in KNOWN and \
                    tok not in DETERMINERS:
                unread.add(tok)
            i += 1
    return sents, unread


def _subject(t: list[Token], i: int, last: str | None) -> str | None:
    """Who does the verb at i: the word before it (a pronoun: the one named before)."""
    k = i - 1
    while k >= 0 and t[k] in _ADVERBS - {"and"}:
        k -= 1
    if k < 0 or not isinstance(t[k], str):
        return last
    word = str(t[k])
    if word in ("she", "he", "it"):
        return last
    if word in _PRONOUNS or (word.isalpha() and word not in KNOWN and word not in NEVER_NOUN):
        return word
    return last


def _quantity(s: Sentence, t: list[Token], i: int, verb: tuple[str, str] | None,
              subject: str | None) -> int:
    """Read the number at i with its unit; the index after what was read."""
    num = t[i]
    assert isinstance(num, Num)
    j = i + 1
    q = Quantity(num, None, verb, subject)
    if j < len(t) and t[j] == "more" and not (j + 1 < len(t) and t[j + 1] == "than"):
        q.more, j = True, j + 1
    slot = _noun_slot(t, j)
    if slot:
        q.unit, j = singular(slot[-1]), j + len(slot)
    if j < len(t) and t[j] == "of":
        if j + 1 < len(t) and t[j + 1] in ("a", "an"):
            obj = _noun_slot(t, j + 2)
            if obj:
                if q.unit is None:
                    q.unit = singular(obj[-1])
                else:
                    q.named.add(singular(obj[-1]))  # "3 gallons of a drink": the unit is gallon
                j += 2 + len(obj)
        elif j + 1 < len(t) and t[j + 1] in ("it", "them", "the", "her", "his", "their", "my"):
            q.part_of = True
            obj = _noun_slot(t, j + 2) if t[j + 1] not in ("it", "them") else []
            if obj and q.unit is None:
                q.unit = singular(obj[-1])
            j += 2 + len(obj)
        else:
            obj = _noun_slot(t, j + 1)
            if obj:
                q.named.add(singular(obj[-1]))  # "3 gallons of water"
                j += 1 + len(obj)
        if q.unit is not None and j < len(t) and t[j] == "of":  # "2/3 of a liter of juice"
            obj = _noun_slot(t, j + 1)
            q.named.update(singular(o) for o in obj[-1:])
            j += 1 + len(obj) if obj else 0
    q.listed = j + 1 < len(t) and t[j] in (",", "and") and (
        isinstance(t[j + 1], Num) or t[j + 1] == "and" and j + 2 < len(t) and
        isinstance(t[j + 2], Num))
    s.quantities.append(q)
    s.nouns.update(q.named)
    if q.unit:
        s.nouns.add(q.unit)
    return j


__all__ = ["IRREGULAR_PLURALS", "KNOWN", "NEVER_NOUN", "Quantity", "Sentence", "VERBS", "plural",
           "read", "sentences", "singular"]
