"""The words of `rectangle_stories`: units written `U` (areas `sqU`), the mentions of a
figure ("a rectangular garden", "the new pen", "the square"), the facts a sentence tells about
a figure and the questions asked, each a pattern with the kind of fact it gives."""

from __future__ import annotations

import re

_UNITS = {"foot": "foot", "feet": "foot", "ft": "foot", "meter": "meter", "meters": "meter",
          "metre": "meter", "metres": "meter", "m": "meter", "inch": "inch", "inches": "inch",
          "yard": "yard", "yards": "yard", "yd": "yard", "centimeter": "cm", "centimeters": "cm",
          "cm": "cm", "mile": "mile", "miles": "mile", "kilometer": "km", "kilometers": "km",
          "km": "km", "unit": "unit", "units": "unit", "millimeter": "mm", "millimeters": "mm",
          "mm": "mm"}
_UNIT = "(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
_NOUNS = ("garden|field|yard|backyard|lawn|pen|room|patio|playground|plot(?: of land)?|lot|"
          "floor|rug|carpet|poster|banner|board|sheet|picture|photo|photograph|table|tabletop|"
          "window|pool|deck|park|courtyard|region|enclosure|farm|paddock|corral|tile|bed|"
          "tablecloth|quilt|canvas|card|painting|mat|blanket|flag|sign|court|pasture|classroom|"
          "kitchen|bedroom|hall|wall|mirror|door|screen|stage|porch|sandbox")
_MODS = r"(?:(?P<mod>new|old|original|resulting|first|second|other)\s+)?"
# one word naming what kind of garden or pen ("a rectangular flower garden"): not a measure
_KIND = r"(?:(?!(?:new|old|original|resulting|larger|smaller|bigger|same|other)\b)[a-z]+\s+)?"
MENTION = re.compile(
    r"\b(?:(?P<det>an?|the|this|that|his|her|their|my|our|its)\s+)?" + _MODS +
    r"(?:(?P<shape>rectangular|rectangle|square)(?:\s+" + _KIND + r"(?P<noun>" + _NOUNS +
    r"))?|(?<=\s)(?P<noun2>" + _NOUNS + r"))s?\b")
_N = r"#\d+(?:/\d+|\.\d+)?"
_Q = r"(?:length|width|side length|side|perimeter|area)"
_F = r"F\d"
_FQ = r"F[\dx]"


def normal(w: str) -> tuple[str, set[str]]:
    """Units written `U` (areas `sqU`), the units seen kept; spellings made one."""
    w = re.sub(r"(#[\d/.]+)\s*-\s*(?=[a-z])", r"\1 ", w)  # "#40 -foot" -> "#40 foot"
    w = re.sub(rf"\b(?:square|sq\.?) (?={_UNIT}\b)", "sqU ", w)
    w = re.sub(rf"\b({_UNIT}) squared\b", r"sqU \1", w)
    seen: set[str] = set()

    def unit(m: re.Match[str]) -> str:
        seen.add(_UNITS[m.group("u")])
        return m.group("pre") + "U"

    w = re.sub(rf"(?P<pre>#[\d/.]+ |\bsqU |\bin |\bhow many |\bnumber of )(?P<u>{_UNIT})\b",
               unit, w)
    w = w.replace("sqU U", "sqU")
    w = re.sub(r",? in (?:U|sqU)(?:,|(?=[.?;]))", "", w)  # "its perimeter, in feet, is"
    w = re.sub(r"(?<=[a-z])'s\b", "", w)  # "the mirror's length"
    w = re.sub(r"\b(?:twice|double)\b", "#2 times", w)
    w = re.sub(r"\btriple\b", "#3 times", w)
    # "has perimeter 36 and length twice its width": the verb left out
    w = re.sub(r"\b(length|width) (?=#[\d/.]+ (?:times|(?:U )?(?:more|less|longer|shorter)"
               r" than)\b)", r"\1 is ", w)
    w = re.sub(r"\b(?:amount of |length of )(?=fenc)", "", w)
    w = re.sub(r"\bfence\b", "fencing", w)
    w = re.sub(r"\b(?:each|every|one) side\b(?! length)", "the side", w)
    w = re.sub(r"\bside lengths?\b|\blength of (?:a|each|one) side\b|\bsides?\b", "side", w)
    return w, seen


SENT = re.compile(r"[^.?!;]+[.?!;]?")
FACTS: list[tuple[re.Pattern[str], str]] = [(re.compile(p), k) for p, k in [
    (rf"(?:the )?(?P<q1>length|width)(?: of (?P<f>{_F}))? (?P<verb>is|exceeds|equals) "
     rf"(?:(?P<k>{_N}) times )?(?:(?P<g>{_F}) |the )?(?P<q2>length|width)"
     rf"(?: by (?P<n>{_N})(?: U)?)?", "rel"),
    (rf"(?:the )?(?P<q1>length|width)(?: of (?P<f>{_F}))? is (?P<n>{_N})(?: U)? (?P<dir>more|"
     rf"less|longer|shorter|greater) than (?:(?P<k>{_N}) times )?(?:(?P<g>{_F}) |the )?"
     r"(?P<q2>length|width)", "rel"),
    (rf"(?:the )?(?:number of (?:U|sqU) in (?:the )?)?(?P<q1>{_Q})(?: of (?P<f>{_F}))? "
     rf"(?:is (?:numerically )?equal to|equals|is the same as) (?:the )?(?:number of (?:U|sqU) "
     rf"in (?:the )?)?(?:(?P<g>{_F}) )?(?P<q2>{_Q})(?: of (?P<g2>{_F}))?", "measures"),
    # "the ratio of its length to its width is 4:3", "its length and width are in the ratio 5:3"
    (rf"(?:the )?ratio of (?:(?P<f>{_F}) |the )?(?P<q1>length|width)(?: of (?P<f2>{_F}))? to "
     rf"(?:(?P<g>{_F}) |the )?(?P<q2>length|width)(?: of (?P<g2>{_F}))? is (?P<a>{_N}) ?: ?"
     rf"(?P<b>{_N})", "ratio"),
    (rf"(?:(?P<f>{_F}) |the )?(?P<q1>length|width) and (?:(?P<g>{_F}) |the |its )?"
     rf"(?P<q2>length|width)(?: of (?P<f2>{_F}))? are in (?:the |a )?ratio (?:of )?(?P<a>{_N})"
     rf" ?: ?(?P<b>{_N})", "ratio"),
    (rf"(?:is )?(?P<k>{_N}) (?:times )?as (?P<q1>long|wide) as (?:(?P<f>{_F}) is )?"
     r"(?P<q2>long|wide)", "as"),
    (rf"(?:is )?(?P<n>{_N}) U (?P<dir>longer|wider|shorter|narrower) than (?:(?P<f>{_F}) is )?"
     r"(?P<q2>long|wide)", "than_is"),
    (rf"(?:is |measures |measuring )?(?P<a>{_N}) U long (?:and|by) (?P<b>{_N}) U wide", "lw"),
    (rf"(?:is |measures |measuring )?(?P<b>{_N}) U wide (?:and|by) (?P<a>{_N}) U long", "lw"),
    (rf"(?:is |measures |measuring |has dimensions |with dimensions |of )?(?P<a>{_N})(?: U)? "
     rf"(?:by|x|\\times) (?P<b>{_N})(?: U)?", "lw"),
    (rf"(?:is |measures |measuring )?(?P<v>{_N}) U (?P<q>long|wide)", "one_side"),
    (rf"(?:the )?(?P<q>{_Q}) of (?P<f>{_F}) (?:is|was|equals|measures) (?P<v>{_N})(?: U| sqU)?",
     "is"),
    (rf"(?P<f>{_F}) (?P<q>{_Q}) (?:is|was|equals|measures) (?P<v>{_N})(?: U| sqU)?", "is"),
    (rf"(?:has |with )?(?:an? |the )?(?P<q>{_Q}) (?:(?:of|is) )?(?P<v>{_N})(?: U| sqU)?", "is"),
    (rf"(?:is |are )?(?:completely |entirely |fully )?(?:enclosed|surrounded|fenced(?: in)?|"
     rf"bordered) (?:by|with) (?P<v>{_N}) U of fencing", "fencing"),
    (rf"(?:uses|used|requires|required|needs|needed|takes|took) (?P<v>{_N}) U of fencing",
     "fencing"),
    (r"(?:is |are )?(?:completely |entirely |fully )?(?:enclosed|surrounded|fenced(?: in)?) "
     r"(?:by|with) (?:a )?fencing", ""),
    (rf"(?:has|with) (?:a )?fencing (?:all )?(?:the way )?around {_F}", ""),
    (rf"(?P<v>{_N}) U of fencing (?:goes|go|runs|run|fits|fit) (?:all the way )?(?:around|round) "
     rf"(?P<f>{_F})", "fencing"),
    (rf"(?:covers|has an area of) (?P<v>{_N}) sqU", "area"),
    (rf"(?:is )?(?:exactly )?as (?P<q>long|wide) as (?P<g>{_F})", "same_side"),
    (rf"(?P<f>{_F}) and (?P<g>{_F}) have the same (?P<q>{_Q})", "both_same"),
    (rf"(?:has |have |with )?(?:the )?same (?P<q>{_Q}|fencing) as (?P<g>{_F})", "same"),
    (r"(?:while |by )?(?:using |with )?the same fencing", "same_fence"),
    (rf"(?:(?P<f>{_F}) )?(?:shape )?(?:is |was )?(?:changed|reshaped|rebuilt|remade|rearranged|"
     rf"made|turned|bent|formed)(?: into| to| in to| as) (?:form |make )?(?P<g>{_F})", "change"),
]]
FILLER = frozenset("a an the is are was and it has have with which that to make larger bigger "
                    "while then also if later , . ; shape".split())


CHANGING = re.compile(r"\b(?:changed|reshaped|rebuilt|remade|rearranged|made|turned|bent|"
                       r"formed|replaced)\b")


ASKS: list[tuple[re.Pattern[str], str]] = [(re.compile(p), k) for p, k in [
    (rf"(?:what|find) (?:is |was |will be )?(?:the )?(?:number of (?:U|sqU) in )?(?:the )?"
     rf"(?P<q>{_Q})(?: of (?P<f>{_F}))?(?:,? in (?:U|sqU))?", "one"),
    (rf"(?:what|find) (?:is |was |will be )?(?P<f>{_F}) (?P<q>{_Q})(?:,? in (?:U|sqU))?", "one"),
    (rf"how many sqU (?:are )?(?:in|is) (?:the )?(?P<q>area) of (?P<f>{_F})", "one"),
    (rf"how many U of fencing (?:are|is|were|was|will be) (?:needed|used|required)(?: to "
     rf"(?:enclose|surround|fence(?: in)?) (?P<f>{_F}))?", "fence"),
    (rf"how many U (?P<q2>long|wide) is (?P<f>{_F})", "long"),
    (rf"how (?P<q2>long|wide) is (?P<f>{_F})", "long"),
    (rf"how long is (?:each|a|one|the) side of (?P<f>{_F})", "side"),
    # "what is the length of its longer side", "find the shorter side of the garden"
    (rf"(?:what|find) (?:is )?(?:the )?(?:length of )?(?:(?P<f>{_F}) |the )(?P<which>longer|"
     rf"shorter|longest|shortest) side(?: of (?P<f2>{_F}))?(?: length)?", "extreme"),
    (rf"how long is (?:(?P<f>{_F}) |the )(?P<which>longer|shorter|longest|shortest) side"
     rf"(?: of (?P<f2>{_F}))?", "extreme"),
    # both sides: "what are its dimensions", "find the length and width of the garden"
    (rf"(?:what|find) (?:are |were )?(?:the )?(?:(?P<f>{_F}) |the )?(?P<both>dimensions|sides?|"
     rf"length and (?:the )?width|width and (?:the )?length)(?: of (?P<f2>{_F}))?", "both"),
    (rf"how many sqU (?P<dir>larger|bigger|greater|more|smaller|less) (?:is|was|will be) "
     rf"(?:the area of )?(?P<f>{_F}) than (?:the area of )?(?P<g>{_F})", "diff"),
    (rf"how many sqU (?P<dir>larger|bigger|greater|more|smaller|less) than (?:the area of )?"
     rf"(?P<g>{_F}) (?:is|was|will be) (?:the area of )?(?P<f>{_F})", "diff"),
    (rf"by how many sqU (?:does|did|will) (?:this|that|the change) (?P<dir>enlarge|increase|"
     rf"reduce|shrink) (?:the area of )?(?P<g>{_FQ})", "change"),
]]


__all__ = ["ASKS", "CHANGING", "FACTS", "FILLER", "MENTION", "SENT", "normal"]
