"""Load problem sets from JSON, JSONL and Markdown files.

Every failure is a `ProblemSetError` whose message names the file and, where it
helps, the line and the field that was wrong, so the UI can show it as is.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tutor.problems.model import Problem, ProblemSet

MAX_FILE_BYTES = 5 * 1024 * 1024
SUFFIXES = (".json", ".jsonl", ".md", ".markdown")
_HEADING = re.compile(r"^(#{1,2})\s+(.*?)\s*#*\s*$")
_META = re.compile(r"^(answer|hint|topic)\s*:\s*(.*)$", re.IGNORECASE)


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
        title, problems = _parse_json(text, name)
    elif suffix == ".jsonl":
        title, problems = _parse_jsonl(text, name)
    else:
        title, problems = _parse_markdown(text, name)
    if not problems:
        raise ProblemSetError(f"{name}: no problems found")
    return ProblemSet(
        title=title or path.stem.replace("_", " ").capitalize(),
        problems=tuple(problems),
        set_id=set_id or str(path.resolve()),
        source=str(path),
        topics=tuple(dict.fromkeys(p.topic for p in problems if p.topic)),
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
    )


def _json_error(name: str, exc: json.JSONDecodeError) -> ProblemSetError:
    return ProblemSetError(
        f"{name}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
    )


def _parse_json(text: str, name: str) -> tuple[str | None, list[Problem]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _json_error(name, exc) from exc
    except (RecursionError, ValueError) as exc:  # '[[[[...', a 5000-digit number
        raise ProblemSetError(f"{name}: JSON nested too deeply or a number too long") from exc
    title = None
    if isinstance(data, dict):
        title = data.get("title") if isinstance(data.get("title"), str) else None
        data = data.get("problems")
        if not isinstance(data, list):
            raise ProblemSetError(f"{name}: expected a 'problems' list at the top level")
    if not isinstance(data, list):
        raise ProblemSetError(f"{name}: expected a list of problems or an object with 'problems'")
    return title, [
        _problem_from_mapping(obj, f"{name}: problem {i + 1}") for i, obj in enumerate(data)
    ]


def _parse_jsonl(text: str, name: str) -> tuple[str | None, list[Problem]]:
    problems = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ProblemSetError(
                f"{name}: line {lineno}: invalid JSON at column {exc.colno}: {exc.msg}"
            ) from exc
        except (RecursionError, ValueError) as exc:
            raise ProblemSetError(
                f"{name}: line {lineno}: JSON nested too deeply or a number too long"
            ) from exc
        problems.append(_problem_from_mapping(obj, f"{name}: line {lineno}"))
    return None, problems


def _parse_markdown(text: str, name: str) -> tuple[str | None, list[Problem]]:
    """Each `#`/`##` section is a problem; with both levels, `#` is a title or topic.

    Lines `Answer: ...`, `Hint: ...` and `Topic: ...` inside a section are metadata.
    """
    lines = text.splitlines()
    levels = {len(m.group(1)) for line in lines if (m := _HEADING.match(line))}
    problem_level = 2 if levels == {1, 2} else (levels.pop() if len(levels) == 1 else 1)
    set_title: str | None = None
    topic: str | None = None
    sections: list[tuple[int, str, list[str]]] = []
    for lineno, line in enumerate(lines, start=1):
        m = _HEADING.match(line)
        if m and len(m.group(1)) == problem_level:
            sections.append((lineno, m.group(2), []))
        elif m:  # a `#` above `##` problems: the first is the set title, later ones topics
            if set_title is None and not sections:
                set_title = m.group(2)
            else:
                topic = m.group(2)
            sections.append((lineno, "\0topic", [topic or ""]))
        elif sections:
            sections[-1][2].append(line)
    problems = []
    current_topic: str | None = None
    for lineno, heading, body in sections:
        if heading == "\0topic":
            current_topic = body[0] or None
            continue
        problems.append(_markdown_problem(name, lineno, heading, body, current_topic))
    return set_title, problems


def _markdown_problem(
    name: str, lineno: int, heading: str, body: list[str], topic: str | None
) -> Problem:
    answer = None
    hints: list[str] = []
    text_lines: list[str] = []
    for line in body:
        m = _META.match(line.strip())
        if m is None:
            text_lines.append(line)
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "answer":
            answer = value
        elif key == "hint":
            hints.append(value)
        else:
            topic = value
    text = "\n".join(text_lines).strip()
    if not text:
        raise ProblemSetError(f"{name}: line {lineno}: section '{heading}' has no problem text")
    return Problem(text=text, answer=answer or None, hints=tuple(hints), topic=topic, title=heading)
