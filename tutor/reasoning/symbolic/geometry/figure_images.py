"""A figure told by its named vertices and moved, its image left unnamed, and the image of
one vertex asked: "Triangle $ABC$ with vertices $A(1,1)$, $B(4,1)$ and $C(1,5)$ is
translated 3 units right and 2 units down. What are the coordinates of the image of $C$?",
"The vertices of triangle $PQR$ are $P(2,3)$, $Q(5,7)$ and $R(6,1)$. The triangle is
reflected across the $x$-axis. Where is the image of $Q$?"

The image is named as the book would name it, each vertex primed ("... to form triangle
$A'B'C'$", "the coordinates of $C'$"), and `named_images` moves each vertex on its own and
answers. Only a figure whose vertices are all listed with their points, one move sentence
ending in a full stop, and the image of one of its vertices asked are rewritten; anything
else is left as it is (and is read, or declined, as before)."""

from __future__ import annotations

import re

_FIGURE = r"(triangle|quadrilateral|square|rectangle|parallelogram)"
_LIST = r"(?:\$[A-Z]\s*=?\s*\([^$()]*\)\$,? (?:and )?)*\$[A-Z]\s*=?\s*\([^$()]*\)\$"
# "The vertices of triangle $PQR$ are $P(..)$, ...": said as "Triangle $PQR$ has vertices"
_VERTICES_ARE = re.compile(r"\b[Tt]he vertices of (?:the )?" + _FIGURE + r" \$\s*([A-Z]{3,4})\s*"
                           r"\$ are (" + _LIST + r")")
# the move of the figure, up to the end of its sentence, with no image named
_MOVED = re.compile(r"\b[Tt]he " + _FIGURE + r" \$\s*([A-Z]{3,4})\s*\$,? (?:(?:with|having) "
                    r"vertices " + _LIST + r"|has vertices " + _LIST + r"\s*\.\s*(?:It|The \1"
                    r"(?: \$\s*\2\s*\$)?)) is (?:reflected|rotated|translated|shifted|moved|"
                    r"dilated) [^.?]*?(?=\.\s)", re.I)
_ASKED = re.compile(r"(?:[Ww]hat are|[Ww]hat is|[Ff]ind|[Gg]ive|[Ww]here is) (?:the )?"
                    r"(?:(sum of the )?coordinates of )?the image of (?:point |vertex )?"
                    r"\$\s*([A-Z])\s*\$\s*[?.]")
# a measure of the whole image: "What is the area of the image?"
_WHOLE = re.compile(r"(?:[Ww]hat is|[Ff]ind|[Cc]ompute) the (area|perimeter) of the image\s*[?.]")


def images_named(text: str) -> str:
    """The text with the moved figure's image named by primed letters and the image of a
    vertex asked as that letter; unchanged when it is not of this kind."""
    said = _VERTICES_ARE.sub(lambda m: f"{m.group(1).capitalize()} ${m.group(2)}$ has "
                             f"vertices {m.group(3)}", text)
    said = re.sub(r"^(?:the )?(triangle|quadrilateral|square|rectangle|parallelogram)\b",
                  lambda m: f"The {m.group(1).lower()}", said, flags=re.I)
    moved = list(_MOVED.finditer(said))
    asked = list(_ASKED.finditer(said)) + list(_WHOLE.finditer(said))
    if len(moved) != 1 or len(asked) != 1 or asked[0].start() < moved[0].end():
        return text
    figure, letters = moved[0].group(1).lower(), moved[0].group(2)
    if len(set(letters)) != len(letters):
        return text
    image = "".join(f"{v}'" for v in letters)
    if asked[0].re is _WHOLE:  # the image as a polygon named by its vertices
        polygon = "triangle" if len(letters) == 3 else "quadrilateral"
        question = f"What is the {asked[0].group(1)} of {polygon} ${image}$?"
    elif asked[0].group(2) not in letters:
        return text
    else:
        vertex = asked[0].group(2)
        question = (f"What is the sum of the coordinates of ${vertex}'$?" if asked[0].group(1)
                    else f"What are the coordinates of ${vertex}'$?")
    return (said[:moved[0].end()] + f" to form {figure} ${image}$"
            + said[moved[0].end():asked[0].start()] + question + said[asked[0].end():])


__all__ = ["images_named"]
