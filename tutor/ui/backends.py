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
WARM_UP_MODULES = {"symbolic": ("tutor.reasoning.symbolic",),
                   "local": ("llama_cpp", "tutor.reasoning.local"),
                   "openai": ("openai", "tutor.reasoning.openai_backend")}


def warm_up(backend: str) -> None:
    """Import what `backend` needs (in a worker, before the user presses Solve)."""
    import importlib

    for name in WARM_UP_MODULES.get(backend, ()):
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # create_backend reports it properly when it is used
    if backend == "symbolic":  # its solver process, or the first solve waits 2-3 s for it
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
