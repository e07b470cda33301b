"""Points named by letters and moved to new named points, then a question about the named
points: "The point $A$ $(3,4)$ is reflected over the $x$-axis to $B$. Then $B$ is reflected
over the line $y=x$ to $C$. What is the area of triangle $ABC$?".

Each move is asked on its own ("The point $(3,4)$ is reflected over the $x$-axis. What are
the coordinates of its image?") and answered, with its own confirmation, by the reader of
moves (`point_moves`); the image gets its letter. The question is then asked with every
letter written as its coordinates ("the area of the triangle with vertices $(3,4)$, ...",
"the distance between $(3,4)$ and $(-4,3)$") and answered, confirmed, by the readers of
points. Every sentence before the question must name a point or move one; a letter named
twice, a move of an unnamed point, or a question with a letter left over declines."""

from __future__ import annotations

import re

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_images import images_named
from tutor.reasoning.symbolic.geometry.reading import as_point
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.question_text import Question, WholeSolver

_NAMED = re.compile(r"\s*([A-Z]'?)\s*=?\s*(\([^()]*\))\s*")
_LETTER = re.compile(r"\s*([A-Z]'?)\s*")  # A, A' (A^\prime written A' first: `_primed`)
_MOVE = re.compile(
    r"^(?:then |next |and then )?(?:the )?(?:point )?@(?P<src>\d+)@(?: @(?P<at>\d+)@)?,? is "
    r"(?:then )?(?P<move>(?:reflected|rotated|translated|shifted|moved|dilated) .+?),? (?:to "
    r"get|to "
    r"obtain|to give|to produce|to form|onto|to)(?: the)?(?: point)?(?: its image)? "
    r"@(?P<dst>\d+)@[.;]?$", re.I)
_POINT = re.compile(r"^(?:let )?(?:the )?(?:point )?@(?P<src>\d+)@(?: (?:is (?:at )?(?:the "
                    r"point )?)?@(?P<at>\d+)@)?"
                    r"(?: (?:be|is) (?:a|the) point)?[.;]?$", re.I)
Point = tuple[sp.Basic, sp.Basic]


def _primed(src: str) -> str:
    return re.sub(r"\^\s*\{?\s*\\prime\s*\}?", "'", src.strip("$"))


def _named(q: Question, src: str, at: str | None) -> tuple[str, Point | None]:
    """A letter and, when written with it, its point: "A(3,4)", "A = (3,4)", "$A$ $(3,4)$"."""
    piece = _primed(q.pieces[int(src)])
    if at is not None:
        letter = _LETTER.fullmatch(piece)
        p = as_point(q.pieces[int(at)].strip("$"))
        if letter is None or p is None or len(p) != 2:
            raise Decline("a point named by one letter")
        return letter.group(1), (p[0], p[1])
    m = _NAMED.fullmatch(piece)
    if m:
        p = as_point(m.group(2))
        if p is None or len(p) != 2:
            raise Decline("a point named by one letter")
        return m.group(1), (p[0], p[1])
    letter = _LETTER.fullmatch(piece)
    if letter is None:
        raise Decline("a point named by one letter")
    return letter.group(1), None


def _pt(p: Point) -> str:
    return f"$({latex(p[0])}, {latex(p[1])})$"


_FIGURE_MOVED = re.compile(
    r"\b(?:the )?(?:triangle|quadrilateral|square|rectangle|parallelogram) \$\s*([A-Z]{3,4})\s*"
    r"\$,? (?:(?:with|having) vertices (?P<list>(?:\$[^$]+\$,? (?:and )?)+)|has vertices "
    r"(?P<list2>(?:\$[^$]+\$,? (?:and )?)*\$[^$]+\$)\s*\.\s*(?:it|(?:the )?(?:triangle|quadri"
    r"lateral|square|rectangle|parallelogram)(?: \$\s*\1\s*\$)?) )(?P<move>is (?:reflected|"
    r"rotated|translated|shifted|moved|dilated) [^.]*?),? (?:to form|to give|to get|to obtain|"
    r"to produce|onto|to) (?:the )?(?:triangle|quadrilateral|square|rectangle|parallelogram|"
    r"image) \$(?P<image>[^$]+)\$", re.I)


def _vertices_moved(text: str) -> str:
    """"Triangle $ABC$ with vertices $A(..)$, $B(..)$ and $C(..)$ is reflected over the $y$-axis
    to form triangle $A'B'C'$": each vertex moved on its own to its primed letter."""
    m = _FIGURE_MOVED.search(text)
    if m is None:
        return text
    listed = m.group("list") or m.group("list2")
    named = [_NAMED.fullmatch(_primed(v)) for v in re.findall(r"\$([^$]+)\$", listed)]
    image = re.findall(r"[A-Z]'?", re.sub(r"\s", "", _primed(m.group("image"))))
    letters = [n.group(1) for n in named if n]
    if len(letters) != len(named) or "".join(letters) != m.group(1) or \
            image != [f"{v}'" for v in letters]:
        raise Decline("a figure's vertices, each named, moved to the same letters primed")
    moves = " ".join(f"Point ${n.group(1)}{n.group(2)}$ {m.group('move')} to ${n.group(1)}'$."
                     for n in named if n)
    return text[:m.start()] + moves + text[m.end():].lstrip(".")


def read(text: str, solve_whole: WholeSolver) -> tuple[sp.Basic | str, list[Step]]:
    q = Question.of(_vertices_moved(images_named(text)))
    sentences = [s.strip() for s in re.split(r"(?<=[.;])\s+|,? and then |, then ", q.context)
                 if s.strip()]
    if not sentences or not any(_MOVE.match(s) for s in sentences):
        raise Decline("no named point moved to another")
    points: dict[str, Point] = {}
    logs: list[list[str]] = [confirm.confirmations()]
    steps: list[Step] = []
    moved_to: set[str] = set()
    for sentence in sentences:
        m = _MOVE.match(sentence) or _POINT.match(sentence)
        if m is None:
            raise Decline("a sentence that neither names a point nor moves one")
        name, p = _named(q, m.group("src"), m.group("at"))
        if p is not None:
            if name in points:
                raise Decline(f"the point {name} named twice")
            points[name] = p
        if "move" not in m.groupdict():
            continue
        if name not in points:
            raise Decline(f"the point {name} is moved before it is placed")
        dst = _LETTER.fullmatch(_primed(q.pieces[int(m.group("dst"))]))
        if dst is None or dst.group(1) in points:
            raise Decline("the image named by a new letter")
        asked = (f"The point {_pt(points[name])} is {q.restored(m.group('move'))}. What are "
                 f"the coordinates of its image?")
        answer, moved, checks = solve_whole(asked)
        image = as_point(re.sub(r"\\(?:left|right)\b", "", str(answer)))
        if image is None or len(image) != 2:
            raise Decline("a move that does not give one point")
        points[dst.group(1)] = (image[0], image[1])
        moved_to.add(dst.group(1))
        logs.append(checks)
        claim = f"{dst.group(1)} = \\left({latex(image[0])}, {latex(image[1])}\\right)"
        steps += [*moved, step(f"name the image {dst.group(1)}", f"The image of {name} is "
                               f"{dst.group(1)}.", f"${claim}$", claim)]
    image = _image_asked(q, points, moved_to)
    if image is not None:  # the coordinates of an image (or their sum): found already
        confirm.record_again(*logs)
        return image, steps
    answer, last, checks = solve_whole(_asked_with_points(q, points))
    confirm.record_again(*logs, checks)
    return answer, [*steps, *last]


def _image_asked(q: Question, points: dict[str, Point], moved_to: set[str]) -> sp.Basic | None:
    """"What are the coordinates of C?", "the sum of the coordinates of C": an image's."""
    m = re.fullmatch(r"(?:what are|what is|find|give) the (sum of the )?coordinates of (?:point "
                     r")?(?:the image )?@(\d+)@ ?[?.]?", q.asked.strip(), re.I)
    if m is None:
        return None
    letter = _LETTER.fullmatch(_primed(q.pieces[int(m.group(2))]))
    if letter is None or letter.group(1) not in moved_to:
        raise Decline("the coordinates of a point that is not an image")
    p = points[letter.group(1)]
    return p[0] + p[1] if m.group(1) else sp.Tuple(*p)


def _asked_with_points(q: Question, points: dict[str, Point]) -> str:
    """The question with each named point written as its coordinates."""
    def coords(letters: list[str]) -> list[str]:
        if any(v not in points for v in letters) or len(set(letters)) != len(letters):
            raise Decline("a letter in the question that names no point")
        return [_pt(points[v]) for v in letters]

    def piece(k: str) -> list[str]:  # the point names of a piece ("AA'": A and A')
        src = re.sub(r"\\triangle|\\overline|[\s{}$]", "", _primed(q.pieces[int(k)]))
        if not re.fullmatch(r"(?:[A-Z]'?)+", src):
            raise Decline("points named by letters")
        return re.findall(r"[A-Z]'?", src)

    def polygon(m: re.Match[str]) -> str:
        letters = piece(m.group(2))
        if len(letters) != {"triangle": 3, "quadrilateral": 4}[m.group(1).lower()]:
            raise Decline("a polygon named by its vertices")
        shown = coords(letters)
        return f"the {m.group(1).lower()} with vertices {', '.join(shown[:-1])} and {shown[-1]}"

    def segment(letters: list[str]) -> str:
        if len(letters) != 2:
            raise Decline("a segment named by its two ends")
        a, b = coords(letters)
        return f"the distance between {a} and {b}"

    asked = re.sub(r"(?:the )?(triangle|quadrilateral) @(\d+)@", polygon, q.asked, flags=re.I)
    asked = re.sub(r"(?:the )?(?:distance|length of (?:a |the )?segment (?:drawn )?) ?(?:from|"
                   r"between) (?:point )?@(\d+)@ (?:to|and) (?:point )?@(\d+)@",
                   lambda m: segment(piece(m.group(1)) + piece(m.group(2))), asked, flags=re.I)
    asked = re.sub(r"^(what is|find|compute|how long is) (?:the )?(?:length of |distance )?"
                   r"(?:segment )?"
                   r"@(\d+)@(?= ?\?$)",
                   lambda m: f"{m.group(1)} {segment(piece(m.group(2)))}", asked, flags=re.I)

    def through(m: re.Match[str]) -> str:  # "the slope of AB", "the midpoint of AB"
        letters = piece(m.group(2))
        if len(letters) != 2:
            raise Decline("a segment named by its two ends")
        a, b = coords(letters)
        return (f"the slope of the line through {a} and {b}" if m.group(1).lower() == "slope"
                else f"the midpoint of the segment joining {a} and {b}")
    asked = re.sub(r"(?:the )?(slope|midpoint) of (?:the )?(?:segment |line )?@(\d+)@", through,
                   asked, flags=re.I)
    if re.search(r"@\d+@", asked):
        raise Decline("maths in the question that is not a named point")
    return " ".join(s for s in (asked, q.restored(q.closing)) if s)


__all__ = ["read"]
