"""A question typed without its question words, written as the question the readers read.

A student often types only the thing asked: a bare number expression ("5!", "10 choose 3",
"$\\dbinom{9}{4}$", "C(8,3)") asks for its value, so it reads "What is 5!?"; a closing noun
phrase ("probability of rolling doubles with two dice", "a bag has 3 red and 5 blue
marbles. one is drawn. probability it is red?", "number of arrangements of the letters of
LEVEL") asks "What is the probability ...?"; "how many ways to arrange ..." is "how many ways
are there to arrange ...?", a question word opening the last sentence asks a question even
when its question mark is left off; a polite "pls" or "please" in front says nothing about
the maths.

Only an expression without letters (its value is the one thing it can ask) and a sentence
that opens with one of a few nouns of quantity, has no question word and is not closed by a
full stop ("the probability of rain is 30%." tells) are made questions;
every other word stays for the readers to read or decline on.
"""

from __future__ import annotations

import re

_POLITE = re.compile(r"^\s*(?:pls|plz|please)\b[,!]?\s*", re.I)
# the words a bare number expression may use besides digits and signs
_EXPRESSION_WORDS = re.compile(r"\b(?:choose|factorial|times|plus|minus|[CP](?=\s*\(|\d))\b|"
                               r"(?<=\d)[CP](?=\d)|\\[A-Za-z]+")
_EXPRESSION_SIGNS = re.compile(r"[\d\s+\-*/^!(),.{}$×÷·]+")
# nouns of quantity that open a question said without its question words
_NOUN = re.compile(r"^(?:the )?(?:probability|chance|expected value|expected number|"
                   r"number of (?:ways|arrangements|outcomes|subsets|permutations|combinations|"
                   r"distinct|different))\b", re.I)
_QUESTION_WORD = re.compile(r"\b(?:what|which|who|how|find|compute|calculate|evaluate|"
                            r"determine|give|express|show|prove|list|solve)\b", re.I)
_OPENER = re.compile(r"^(?:what|how|which|who|in how many|in what)\b", re.I)
_WAYS_TO = re.compile(r"\b(how many (?:different |distinct )?ways) (?=to\b)", re.I)


def _bare_expression(text: str) -> bool:
    """Whether the text is only a number expression: digits, signs, brackets, factorials
    and the words of choosing, with no letter that could be an unknown."""
    if re.search(r"[=<>]", text) or not re.search(r"\d", text):
        return False
    rest = _EXPRESSION_WORDS.sub(" ", text)
    return _EXPRESSION_SIGNS.fullmatch(rest) is not None


def respelled(text: str) -> str:
    """The text with an implied question said: "What is X?" for a bare expression or a
    closing noun phrase of quantity, "how many ways are there to"; else the text as given."""
    out = _POLITE.sub("", text).strip()
    out = _WAYS_TO.sub(r"\1 are there ", out)
    plain = out.rstrip("?. ")
    if _bare_expression(plain):
        return f"What is {plain}?"
    sentences = re.split(r"(?<=[.?!])\s+", plain)
    last = sentences[-1]
    closed = re.search(r"\.\s*$", out) is not None  # a full stop closes a statement
    if _NOUN.match(last) and not _QUESTION_WORD.search(last) and not closed:
        the = "" if last.lower().startswith("the ") else "the "
        sentences[-1] = f"What is {the}{last[0].lower()}{last[1:]}?"
        return " ".join(sentences)
    if _OPENER.match(last) and not re.search(r"[.?!]\s*$", out):
        return f"{out}?"  # a question typed without its question mark
    return out if out != text.strip() else text


__all__ = ["respelled"]
