from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

from tests.keyring_double import MemoryKeyring
from tutor.storage import secrets


class EmptyChainer(chainer.ChainerBackend):
    """keyring's chainer as it is when no backend on the system is viable."""

    backends: list[KeyringBackend] = []  # type: ignore[assignment]


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's file backend, which writes keys unencrypted."""


@pytest.fixture(autouse=True)
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_round_trip_with_a_secure_backend() -> None:
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    assert secrets.get_api_key() is None
    secrets.set_api_key("  sk-abc  ")
    assert secrets.get_api_key() == "sk-abc"
    assert ring.store == {("proof-tutor", "openai"): "sk-abc",
                          ("proof-tutor", "openai.host"): "api.openai.com"}
    assert secrets.delete_api_key() is True
    assert ring.store == {}
    assert secrets.delete_api_key() is False


def test_a_key_is_stored_with_the_host_it_is_for() -> None:
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    secrets.set_api_key("sk-abc", host=secrets.host_of("http://LocalHost:8080/v1"))
    assert secrets.key_host() == "localhost"
    secrets.set_key_host("llm.example.com")
    assert secrets.key_host() == "llm.example.com" and secrets.get_api_key() == "sk-abc"
    # A key stored before hosts were kept belongs to the provider's own host.
    del ring.store[("proof-tutor", "openai.host")]
    assert secrets.key_host() == "api.openai.com"
    assert secrets.host_of(None) == secrets.host_of("") == "api.openai.com"


def test_empty_key_rejected() -> None:
    keyring.set_keyring(MemoryKeyring())
    with pytest.raises(ValueError, match="empty"):
        secrets.set_api_key("   ")


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), EmptyChainer(), PlaintextKeyring()],
    ids=["fail", "empty-chainer", "plaintext"],
)
def test_no_secure_keyring_gives_clear_message_and_stores_nothing(backend) -> None:  # noqa: ANN001
    keyring.set_keyring(backend)
    with pytest.raises(secrets.KeyringUnavailable, match="never stores keys in plain text"):
        secrets.set_api_key("sk-abc")
    with pytest.raises(secrets.KeyringUnavailable):
        secrets.get_api_key()
    if isinstance(backend, PlaintextKeyring):
        assert backend.store == {}
