"""API keys in the operating system's keyring, and nowhere else.

There is deliberately no plain-text fallback: when no secure keyring backend is
available, the functions raise `KeyringUnavailable` with a message that tells the
user what to install, instead of writing the key to a file.

Each key is stored with the host it was saved for (`key_host`); the backends send
it to no other host unless the user says so. A key stored before hosts were kept
belongs to the provider's own host.
"""

from __future__ import annotations

from urllib.parse import urlparse

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

from tutor.storage.logs import register_secret

SERVICE = "proof-tutor"
DEFAULT_HOSTS = {"openai": "api.openai.com"}

# Backends that would store a secret unencrypted (or not at all).
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class KeyringUnavailable(RuntimeError):
    """No secure OS keyring: the key cannot be stored or read."""


_HELP = (
    "No usable system keyring was found, so the API key cannot be stored securely. "
    "Install and unlock one (GNOME Keyring / KWallet with Secret Service on Linux; "
    "macOS Keychain and Windows Credential Manager work out of the box). "
    "Proof Tutor never stores keys in plain text."
)


def _usable(backend: KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_usable(b) for b in backend.backends)
    module = type(backend).__module__
    return not (module.startswith(_INSECURE_MODULES)
                or "plaintext" in type(backend).__name__.lower())


def backend() -> KeyringBackend:
    """The active keyring backend, or KeyringUnavailable when none is secure."""
    current = keyring.get_keyring()
    if not _usable(current):
        raise KeyringUnavailable(_HELP)
    return current


def get_api_key(provider: str = "openai") -> str | None:
    """The stored key for `provider`, or None when none is stored."""
    try:
        key = backend().get_password(SERVICE, provider)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring could not be read: {exc}") from exc
    register_secret(key)  # from now on the logs redact this exact value
    return key


def host_of(base_url: str | None, provider: str = "openai") -> str:
    """The host a base URL points at; the provider's own host when there is none."""
    host = urlparse(base_url).hostname if base_url else None
    return (host or DEFAULT_HOSTS.get(provider, "")).lower()


def set_api_key(key: str, provider: str = "openai", host: str | None = None) -> None:
    """Store `key` for `host` (default: the provider's own host)."""
    key = key.strip()
    if not key:
        raise ValueError("The API key is empty.")
    register_secret(key)
    try:
        backend().set_password(SERVICE, provider, key)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring refused the key: {exc}") from exc
    set_key_host(host or host_of(None, provider), provider)


def key_host(provider: str = "openai") -> str:
    """The host the stored key may be sent to."""
    try:
        host = backend().get_password(SERVICE, f"{provider}.host")
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring could not be read: {exc}") from exc
    return (host or host_of(None, provider)).lower()


def set_key_host(host: str, provider: str = "openai") -> None:
    """Allow the stored key to be sent to `host` (and to no other)."""
    try:
        backend().set_password(SERVICE, f"{provider}.host", host.strip().lower())
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring refused the change: {exc}") from exc


def delete_api_key(provider: str = "openai") -> bool:
    """Remove the stored key; False when there was none."""
    try:
        backend().delete_password(SERVICE, provider)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring could not be changed: {exc}") from exc
    try:
        backend().delete_password(SERVICE, f"{provider}.host")
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring could not be changed: {exc}") from exc
    return True
