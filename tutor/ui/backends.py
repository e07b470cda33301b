"""Build the configured reasoning backend (called inside a worker: loading can be slow)."""

from __future__ import annotations

from tutor.reasoning.events import Backend
from tutor.storage.settings import Settings

BACKEND_LABELS = {
    "symbolic": "Symbolic engine (offline)",
    "local": "Local model (GGUF)",
    "openai": "OpenAI-compatible API",
}


# Modules whose import loads a native library: dlopen holds the GIL, so importing them
# while a stream runs would freeze the GUI thread for a few hundred milliseconds.
# A model's final answer is found (math-verify) and cross-checked by the built-in engine,
# so a model backend warms those too: an import in a job while a chain streams holds the
# GIL long enough to stall the GUI thread (measured: 100-120 ms at the end of a chain).
_ANSWERS = ("tutor.reasoning.worked", "tutor.verify.answers", "tutor.reasoning.symbolic")
WARM_UP_MODULES = {"symbolic": ("tutor.reasoning.symbolic",),
                   "local": ("tutor.reasoning.local", *_ANSWERS),
                   "openai": ("openai", "tutor.reasoning.openai_backend", *_ANSWERS)}


def warm_up(backend: str) -> None:
    """Import what `backend` needs (in a worker, before the user presses Solve)."""
    import importlib

    for name in WARM_UP_MODULES.get(backend, ()):
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # create_backend reports it properly when it is used
    if "tutor.reasoning.symbolic" in WARM_UP_MODULES.get(backend, ()):
        # its solver process, or the first solve (or cross-check) waits 2-3 s for it
        from tutor.reasoning.symbolic.runner import warm_up as start_solver

        start_solver()


class BackendUnavailable(Exception):
    """The chosen backend cannot be built; the message is meant for the user."""


def create_backend(settings: Settings) -> Backend:
    """The configured backend, streaming its steps (tutor.reasoning.registry wraps it)."""
    from tutor.reasoning import registry

    try:
        return registry.make_backend(settings.backend, **settings.backend_options())
    except (ValueError, OSError, RuntimeError, KeyError) as exc:
        raise BackendUnavailable(f"{BACKEND_LABELS.get(settings.backend)}: {exc}") from exc
