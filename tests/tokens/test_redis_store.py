"""RedisTokenStore specifics, on a real redis-server: layout, expiry, leases, optional import."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap

import pytest
import redis
from tokens_testkit import WAIT, make_token

from gameplatform.errors import ConfigurationError, ValidationError
from gameplatform.tokens import RedisTokenStore


def test_tokens_are_json_under_the_prefixed_key_with_the_ttl_as_expiry(redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client, prefix="game:")
    token = make_token("t", issued_at=10.0, member_no=5)
    store.set("stove:server", token, 120)
    raw = redis_client.get("game:token:stove:server")
    assert raw is not None
    assert json.loads(raw)["extra"] == {"member_no": 5}
    assert 119_000 < redis_client.pttl("game:token:stove:server") <= 120_000
    store.set("stove:server", token, None)
    assert redis_client.pttl("game:token:stove:server") == -1  # no expiry
    store.set("stove:server", token, 0.0001)  # rounds up to 1 ms rather than "no expiry"
    assert redis_client.pttl("game:token:stove:server") in (-2, 0, 1)


def test_a_token_expires_with_its_redis_key(redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client)
    store.set("k", make_token("t", issued_at=1.0), 3600)
    redis_client.pexpire(store.token_key("k"), 1)
    while redis_client.exists(store.token_key("k")):
        pass  # Redis drops the key within a few milliseconds
    assert store.get("k") is None


def test_prefixes_keep_stores_apart(redis_client: redis.Redis) -> None:
    first, second = RedisTokenStore(redis_client, prefix="a:"), RedisTokenStore(redis_client, prefix="b:")
    first.set("k", make_token("t", issued_at=1.0), None)
    assert second.get("k") is None
    assert first.lock("k", 30).acquire(blocking=False)
    assert second.lock("k", 30).acquire(blocking=False)


def test_an_unreadable_entry_reads_as_absent_and_is_logged_without_its_content(
    redis_client: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    store = RedisTokenStore(redis_client)
    redis_client.set(store.token_key("k"), b"\x80 pickled SECRET")
    with caplog.at_level(logging.DEBUG, logger="gameplatform"):
        assert store.get("k") is None
    assert "unreadable token" in caplog.text
    assert "SECRET" not in caplog.text


def test_the_lease_carries_a_redis_expiry_of_the_lock_timeout(redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client)
    lock = store.lock("k", 7.5)
    assert lock.acquire(blocking=False)
    assert 7_000 < redis_client.pttl(store.lock_key("k")) <= 7_500
    lock.release()
    assert not redis_client.exists(store.lock_key("k"))


def test_a_lease_whose_holder_process_died_is_taken_once_it_runs_out(
    redis_url: str, redis_client: redis.Redis
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                import sys, redis
                from gameplatform.tokens import RedisTokenStore
                store = RedisTokenStore(redis.Redis.from_url(sys.argv[1], socket_timeout=5.0))
                assert store.lock("k", 60).acquire(blocking=False)
                print("held", flush=True)
                sys.stdin.read()  # until killed
                """
            ),
            redis_url,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
    finally:
        holder.kill()
        holder.wait(WAIT)
    store = RedisTokenStore(redis_client)
    # The dead holder's lease still stands: nobody releases it for them.
    assert not store.lock("k", 60).acquire(blocking=False)
    # Let the lease run out now instead of in 60 s; the waiter takes it when it does.
    redis_client.pexpire(store.lock_key("k"), 50)
    successor = store.lock("k", 60)
    assert successor.acquire(blocking=True, timeout=WAIT)
    successor.release()


def test_releasing_an_expired_lease_logs_a_warning_and_spares_the_new_holder(
    redis_client: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    store = RedisTokenStore(redis_client)
    slow = store.lock("k", 30)
    assert slow.acquire(blocking=False)
    redis_client.delete(store.lock_key("k"))  # the lease ran out
    fast = store.lock("k", 30)
    assert fast.acquire(blocking=False)
    with caplog.at_level(logging.WARNING, logger="gameplatform.tokens"):
        slow.release()
    assert "expired before its holder released it" in caplog.text
    assert redis_client.exists(store.lock_key("k"))
    fast.release()


def test_from_url_builds_its_own_client(redis_url: str, redis_client: redis.Redis) -> None:
    store = RedisTokenStore.from_url(redis_url, prefix="u:")
    store.set("k", make_token("t", issued_at=1.0), None)
    assert redis_client.exists("u:token:k")
    assert "SECRET" not in repr(store)


def test_from_url_without_the_redis_package_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(ConfigurationError, match=r"gameplatform-sdk\[redis\]"):
        RedisTokenStore.from_url("redis://127.0.0.1:1/0")


def test_the_package_imports_without_redis_installed() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.modules['redis'] = None\n"
            "import gameplatform.tokens as tokens\n"
            "assert 'redis' not in {m.split('.')[0] for m in sys.modules if sys.modules[m] is not None}\n"
            "tokens.MemoryTokenStore()",
        ],
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("client", [object(), "redis://localhost", None])
def test_a_non_client_is_rejected(client: object) -> None:
    with pytest.raises(ValidationError) as caught:
        RedisTokenStore(client)  # type: ignore[arg-type]
    assert caught.value.field == "redis_client"


def test_a_non_string_prefix_is_rejected(redis_client: redis.Redis) -> None:
    with pytest.raises(ValidationError) as caught:
        RedisTokenStore(redis_client, prefix=None)  # type: ignore[arg-type]
    assert caught.value.field == "prefix"
