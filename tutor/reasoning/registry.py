"""Backend factory: `make_backend(name, **options)` for the CLI, the UI and benchmarks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tutor.reasoning.events import Backend, CancelToken, Event, Request

BACKENDS = ("local", "openai", "symbolic")


class BackendUnavailable(ValueError):
    """The backend cannot be built with these options; the message says why."""


class SteppedBackend:
    """A backend whose stream carries StepBoundary events for its thinking and solution.

    Every backend `make_backend` builds is wrapped in one, so no caller (the app, the
    CLI, a bench) can forget to split the model's text into steps.
    """

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.name = backend.name

    def execute(self, request: Request, cancel: CancelToken) -> Iterator[Event]:
        from tutor.reasoning.steps import with_steps

        yield from with_steps(self.backend.execute(request, cancel))

    def __getattr__(self, attr: str) -> Any:  # model_path, model_name, ... of the backend
        return getattr(self.backend, attr)


def make_backend(name: str, **options: Any) -> Backend:
    """Build a backend whose events include its steps. Options that are None are ignored.

    local: model (path, required), n_threads, n_ctx, n_gpu_layers.
    openai: model, base_url, api_key, timeout (seconds for a whole request),
    reasoning_effort, environment (read OPENAI_API_KEY / OPENAI_BASE_URL; the app passes
    False), send_stored_key (the keyring's key even to a host it was not saved for).
    Unknown options are ignored, so a settings object can pass all it has.
    symbolic: no options.
    """
    return SteppedBackend(_build(name, {k: v for k, v in options.items() if v is not None}))


def _build(name: str, opts: dict[str, Any]) -> Backend:
    if name == "local":
        from tutor.reasoning.local import LocalBackend

        model = opts.pop("model", None) or opts.pop("model_path", None)
        if not model:
            raise BackendUnavailable("the local backend needs a model: pass --model PATH")
        return LocalBackend(model, **_pick(opts, "n_threads", "n_ctx", "n_gpu_layers"))
    if name == "openai":
        from tutor.reasoning.openai_backend import OpenAIBackend

        return OpenAIBackend(**_pick(opts, "model", "base_url", "api_key", "timeout",
                                     "reasoning_effort", "environment", "send_stored_key"))
    if name == "symbolic":
        try:
            from tutor.reasoning.symbolic import SymbolicBackend
        except ImportError as exc:
            raise BackendUnavailable(f"the symbolic engine is not available: {exc}") from exc
        return SymbolicBackend()  # type: ignore[no-any-return]
    raise BackendUnavailable(f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")


def _pick(opts: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: opts[k] for k in keys if k in opts}
