"""Wordings of two overlapping groups that say "both" and "neither" without those words, put in
the words `two_sets` reads: "10 have brothers, 13 have sisters and 4 have brothers and sisters"
(the third count is of those in both groups: "4 have brothers and sisters both"), "20 of them
paint, 14 of them sculpt, and 5 of them paint and sculpt", and "how many have no brothers and no
sisters" ("neither brothers nor sisters", when both are words of the counts told). A casual
"club has 24 members" at the start is "the club has 24 members".

A count is read as "both" only when the words after it are exactly the words of two other
counts' clauses joined by "and", those two clauses differing, so "6 play chess and go" beside
"12 play chess" and "9 play go" is both groups; a clause with any other word stays as written.
"""

from __future__ import annotations

import re

_CLAUSE = re.compile(r"#(?P<n>\d+) (?P<rest>[a-z' ]+?)(?=\s*[,.;?!]|\s+and #|\s+while #|$)")
_LEAD = re.compile(r"^(?:of (?:them|these|those) |(?:said|say|says) (?:that )?(?:they )?)+")
_NONE = re.compile(r"\bno ([a-z]+(?: [a-z]+)?) and no ([a-z]+(?: [a-z]+)?)\b")
_GROUP_NOUNS = r"club|class|team|group|choir|band|school|camp"


def _words(rest: str) -> list[str]:
    return _LEAD.sub("", rest.strip()).split()


def _both(text: str) -> str:
    """'N VERB X and Y', the two groups named by two other counts, written 'N VERB X and Y
    both'; the text unchanged when no clause is exactly that."""
    clauses = list(_CLAUSE.finditer(text))
    sets = [frozenset(_words(m.group("rest"))) for m in clauses]
    for k, m in enumerate(clauses):
        words = _words(m.group("rest"))
        if words.count("and") != 1 or "both" in words:
            continue
        joined = frozenset(w for w in words if w != "and")
        parts = [s for j, s in enumerate(sets) if j != k and s and s < joined]
        if len(parts) != 2 or parts[0] == parts[1] or parts[0] | parts[1] != joined:
            continue
        return text[:m.end("rest")] + " both" + text[m.end("rest"):]
    return text


_GLUE = frozenset("how many what is the number of a an do does did are is were was who that "
                  "both neither nor and no".split())


def _asks_told_words(text: str) -> bool:
    """Every word of the question (its last sentence), glue aside, is a word of the story:
    "how many have moms and dads who are both uncool" asks of a word never told (it is the
    neither count, not both), so nothing is restated."""
    parts = re.split(r"(?<=[.?!])\s+", text.strip())
    if len(parts) < 2:
        return False
    told = set(re.findall(r"[a-z']+", " ".join(parts[:-1])))
    return set(re.findall(r"[a-z']+", parts[-1])) - _GLUE <= told


def restate(text: str) -> str:
    """The text of a two-group story with "both" and "neither" said in those words."""
    if not _asks_told_words(text):
        return text
    told = {w for m in _CLAUSE.finditer(text) for w in _words(m.group("rest"))}
    text = _NONE.sub(lambda m: f"neither {m.group(1)} nor {m.group(2)}"
                     if set((m.group(1) + " " + m.group(2)).split()) <= told else m.group(0), text)
    text = re.sub(rf"^\s*({_GROUP_NOUNS}) (has|had)\b", r"the \1 \2", text)
    return _both(text)


# words a question may use that the story need not: the question's glue, the people counted
# and the kind of thing the two groups are ("neither subject", "both fillings")
_ASK_GLUE = _GLUE | frozenset(
    "of in at to or they them those these take takes taking have has had said say like liked "
    "likes on for with people students percent percentage either not none any only exactly "
    "one two go went but at least group groups kid kids member members person pupils "
    "children total also subject subjects drink drinks sport sports language languages pet "
    "pets topping toppings filling fillings activity activities course courses class classes "
    "instrument instruments thing things kind kinds".split())


def asks_of_told(statement: str, question: str) -> bool:
    """The people the question counts ("how many boys") and the groups it names ("neither a
    dog nor a fish", "both a dog and a hamster") are words of the story, glue aside: otherwise
    it asks of something the counts do not tell, and is not read as the neither or both
    count. Other words may differ ("will not eat either" of dogs that like salmon)."""
    told = {w.rstrip("s") for w in re.findall(r"[a-z]+", statement)}
    said = [m.group(1) for m in re.finditer(r"\bhow many ([a-z]+)", question)]
    said += [m.group(0) for m in re.finditer(r"\b(?:neither|both) (?:[a-z]+ ){1,3}?(?:nor|and) "
                                             r"[a-z]+(?: [a-z]+)?", question)]
    asked = {w.rstrip("s") for w in re.findall(r"[a-z]+", " ".join(said)) if w not in _ASK_GLUE}
    return all(w in told or any(_forms_of_one_word(w, t) for t in told) for w in asked)


def _forms_of_one_word(a: str, b: str) -> bool:
    """"join" / "joined", "survey" / "surveyed", "playing" / "played": one word's forms (the
    shorter one begins the longer, or both share their first five letters)."""
    short, long = sorted((a, b), key=len)
    return (len(short) >= 4 and long.startswith(short)) or (len(short) >= 5
                                                              and long[:5] == short[:5])


__all__ = ["asks_of_told", "restate"]
