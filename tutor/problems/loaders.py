"""Load problem sets from JSON, JSONL and Markdown files.

Every failure is a `ProblemSetError` whose message names the file and, where it
helps, the line and the field that was wrong, so the UI can show it as is.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tutor.problems.model import Problem, ProblemSet
from tutor.storage.atomic import JSONReadError, loads_json

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_PROBLEMS = 1000  # a set is worked through by hand; an export solves every one
SUFFIXES = (".json", ".jsonl", ".md", ".markdown")
_HEADING = re.compile(r"^(#{1,2})\s+(.*?)\s*#*\s*$")
_META = re.compile(r"^(answer|hint(?:\s*\d+)?|topic|solution)\s*:\s*(.*)$", re.IGNORECASE)
_SET_META = re.compile(r"^(licen[cs]e|source)\s*:\s*(.*)$", re.IGNORECASE)
# What a set's header may say about the set: its title, a description, licence and source.
Header = dict[str, str]


class ProblemSetError(Exception):
    """A problem file that cannot be used; the message is meant for the user."""


def load_problem_set(path: str | Path, *, set_id: str | None = None) -> ProblemSet:
    """Read a problem set; the format follows the file's suffix."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ProblemSetError(
            f"{name}: unsupported file type '{suffix or '(none)'}'; "
            "use .json, .jsonl or .md"
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProblemSetError(f"{name}: file is too large ({size} bytes; limit 5 MB)")
        raw = path.read_bytes()
    except OSError as exc:
        raise ProblemSetError(f"{name}: cannot read the file ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProblemSetError(f"{name}: not UTF-8 text (byte {exc.start})") from exc
    if suffix == ".json":
        header, problems = _parse_json(text, name)
    elif suffix == ".jsonl":
        header, problems = _parse_jsonl(text, name)
    else:
        header, problems = _parse_markdown(text, name)
    if not problems:
        raise ProblemSetError(f"{name}: no problems found")
    return ProblemSet(
        title=header.get("title") or path.stem.replace("_", " ").capitalize(),
        problems=tuple(problems),
        set_id=set_id or str(path.resolve()),
        source=str(path),
        description=header.get("description", ""),
        topics=tuple(dict.fromkeys(p.topic for p in problems if p.topic)),
        licence=header.get("licence", ""),
        attribution=header.get("attribution", ""),
    )


def _problem_from_mapping(obj: Any, where: str) -> Problem:
    if not isinstance(obj, dict):
        raise ProblemSetError(f"{where}: expected an object with a 'problem' field")
    text = obj.get("problem")
    if not isinstance(text, str) or not text.strip():
        raise ProblemSetError(f"{where}: missing or empty 'problem' (a non-empty string)")
    answer = obj.get("answer")
    if answer is not None and not isinstance(answer, str | int | float):
        raise ProblemSetError(f"{where}: 'answer' must be a string or a number")
    hints = obj.get("hints", ())
    if isinstance(hints, str):
        hints = (hints,)
    if not isinstance(hints, list | tuple) or not all(isinstance(h, str) for h in hints):
        raise ProblemSetError(f"{where}: 'hints' must be a string or a list of strings")
    topic = obj.get("topic")
    if topic is not None and not isinstance(topic, str):
        raise ProblemSetError(f"{where}: 'topic' must be a string")
    title = obj.get("title")
    problem_id = obj.get("id")
    return Problem(
        text=text.strip(),
        answer=None if answer is None else str(answer),
        hints=tuple(hints),
        topic=topic,
        title=title if isinstance(title, str) else None,
        problem_id=str(problem_id) if problem_id is not None else "",
        solution=_solution_field(obj.get("solution"), where),
    )


def _solution_field(value: Any, where: str) -> str | None:
    """A reference solution: one string, or a list of steps joined by blank lines."""
    if value is None:
        return None
    if isinstance(value, list | tuple) and all(isinstance(step, str) for step in value):
        value = "\n\n".join(step.strip() for step in value)
    if not isinstance(value, str):
        raise ProblemSetError(f"{where}: 'solution' must be a string or a list of strings")
    return value.strip() or None


def _json_header(data: dict[str, Any], name: str) -> Header:
    header: Header = {}
    keys = {"title": ("title",), "description": ("description",),
            "licence": ("licence", "license"), "attribution": ("source", "attribution")}
    for field, names in keys.items():
        for key in names:
            value = data.get(key)
            if value is not None and not isinstance(value, str):
                raise ProblemSetError(f"{name}: '{key}' must be a string")
            if value:
                header[field] = value.strip()
    return header


def _too_many(name: str) -> ProblemSetError:
    return ProblemSetError(
        f"{name}: more than {MAX_PROBLEMS} problems; a set holds at most {MAX_PROBLEMS}, "
        "so split it into several files"
    )


def _parse_json(text: str, name: str) -> tuple[Header, list[Problem]]:
    try:
        data = loads_json(text)  # '[[[[...', a 5000-digit number: a message, no traceback
    except JSONReadError as exc:
        raise ProblemSetError(f"{name}: {exc}") from exc
    header: Header = {}
    if isinstance(data, dict):
        header = _json_header(data, name)
        data = data.get("problems")
        if not isinstance(data, list):
            raise ProblemSetError(f"{name}: expected a 'problems' list at the top level")
    if not isinstance(data, list):
        raise ProblemSetError(f"{name}: expected a list of problems or an object with 'problems'")
    if len(data) > MAX_PROBLEMS:
        raise _too_many(name)
    return header, [
        _problem_from_mapping(obj, f"{name}: problem {i + 1}") for i, obj in enumerate(data)
    ]


def _parse_jsonl(text: str, name: str) -> tuple[Header, list[Problem]]:
    problems: list[Problem] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if len(problems) == MAX_PROBLEMS:
            raise _too_many(name)
        try:
            obj = loads_json(line)
        except JSONReadError as exc:
            raise ProblemSetError(f"{name}: line {lineno}: {exc}") from exc
        problems.append(_problem_from_mapping(obj, f"{name}: line {lineno}"))
    return {}, problems


def _parse_markdown(text: str, name: str) -> tuple[Header, list[Problem]]:
    """Each `#`/`##` section is a problem; with both levels, `#` is a title or topic.

    Lines `Answer: ...`, `Hint: ...` (or `Hint 1: ...`) and `Topic: ...` inside a section
    are metadata; a line `Solution:` starts the reference solution, which runs to the end
    of the section. Text under the set title is its description, except `Licence: ...`
    and `Source: ...` lines.
    """
    lines = text.splitlines()
    levels = {len(m.group(1)) for line in lines if (m := _HEADING.match(line))}
    problem_level = 2 if levels == {1, 2} else (levels.pop() if len(levels) == 1 else 1)
    header: Header = {}
    header_lines: list[str] = []  # the lines under the set title
    in_header = False
    topic: str | None = None
    sections: list[tuple[int, str, list[str]]] = []
    for lineno, line in enumerate(lines, start=1):
        m = _HEADING.match(line)
        if m and len(m.group(1)) == problem_level:
            in_header = False
            if len(sections) >= 2 * MAX_PROBLEMS:  # topic headings count too: stop early
                raise _too_many(name)
            sections.append((lineno, m.group(2), []))
        elif m:  # a `#` above `##` problems: the first is the set title, later ones topics
            in_header = False
            if "title" not in header and not sections:
                header["title"] = m.group(2)
                in_header = True
            else:
                topic = m.group(2)
            sections.append((lineno, "\0topic", [topic or ""]))
        elif in_header:
            header_lines.append(line)
        elif sections:
            sections[-1][2].append(line)
    problems = []
    current_topic: str | None = None
    for lineno, heading, body in sections:
        if heading == "\0topic":
            current_topic = body[0] or None
            continue
        problems.append(_markdown_problem(name, lineno, heading, body, current_topic))
    if len(problems) > MAX_PROBLEMS:
        raise _too_many(name)
    return {**header, **_markdown_header(header_lines)}, problems


def _markdown_header(lines: list[str]) -> Header:
    header: Header = {}
    description = []
    for line in lines:
        m = _SET_META.match(line.strip())
        if m is None:
            description.append(line)
        elif m.group(1).lower() == "source":
            header["attribution"] = m.group(2).strip()
        else:
            header["licence"] = m.group(2).strip()
    if "\n".join(description).strip():
        header["description"] = "\n".join(description).strip()
    return header


def _markdown_problem(
    name: str, lineno: int, heading: str, body: list[str], topic: str | None
) -> Problem:
    answer = None
    hints: list[str] = []
    text_lines: list[str] = []
    solution: list[str] | None = None
    for line in body:
        if solution is not None:
            solution.append(line)
            continue
        m = _META.match(line.strip())
        if m is None:
            text_lines.append(line)
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "answer":
            answer = value
        elif key.startswith("hint"):
            hints.append(value)
        elif key == "solution":
            solution = [value]
        else:
            topic = value
    text = "\n".join(text_lines).strip()
    if not text:
        raise ProblemSetError(f"{name}: line {lineno}: section '{heading}' has no problem text")
    reference = "\n".join(solution or ()).strip()
    return Problem(text=text, answer=answer or None, hints=tuple(hints), topic=topic,
                   title=heading, solution=reference or None)
