"""Prompts shared by the model backends."""

from __future__ import annotations

from tutor.reasoning.events import Request

STEP_PROMPT = (
    "You are a careful maths tutor. Solve the problem in explicit numbered steps "
    '("1.", "2.", ...), one idea per step, each separated by a blank line. Write every '
    "calculation out in full (for example 3 \\cdot 4 = 12) so that it can be checked. "
    "End with the final answer in the form \\boxed{ANSWER}."
)


def messages_for(request: Request) -> list[dict[str, str]]:
    """Chat messages for a request: system prompt, problem, and any partial solution.

    A `prefix` (a partial solution, possibly with a correction note) goes into the
    user turn with an instruction to continue, which every chat template and every
    OpenAI-compatible server understands, unlike a trailing assistant turn.
    """
    system = request.system_prompt if request.system_prompt is not None else STEP_PROMPT
    user = request.problem.strip()
    if request.prefix:
        user += (
            "\n\nHere is the start of a solution. Continue it from where it stops, "
            "without repeating it:\n\n" + request.prefix.strip()
        )
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": user})
    return messages
