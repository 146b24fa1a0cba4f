"""No stampede: many threads, or many processes sharing Redis, start cold and make one token call."""

from __future__ import annotations

import multiprocessing
import queue
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests
import requests.adapters
from stove_support import CLIENT_ID, CLIENT_SECRET, GAME_ID, MEMBER_NO, SERVICE_ID, redis_process_worker

from gameplatform.stove import StoveClient
from gameplatform.testing.stove import StoveFake
from gameplatform.tokens import MemoryTokenStore

THREADS = 32
PROCESSES = 4


@pytest.fixture
def wide_session() -> Iterator[requests.Session]:
    """A session keeping a connection per thread, so 32 threads do not churn sockets."""
    session = requests.Session()
    session.mount("http://", requests.adapters.HTTPAdapter(pool_connections=2, pool_maxsize=THREADS))
    yield session
    session.close()


# A loaded machine can be slow to accept 32 simultaneous connections: be patient with connects.
PATIENT = {"timeout": (30.0, 30.0)}


def run_together(count: int, work: Callable[[int], Any]) -> list[Any]:
    """Run ``work(i)`` in ``count`` threads released at the same moment; return results in order."""
    barrier = threading.Barrier(count)

    def start(index: int) -> Any:
        barrier.wait(timeout=30)
        return work(index)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(start, range(count)))


def test_32_threads_on_one_client_make_one_token_call(
    fake: StoveFake, make_client: Callable[..., StoveClient], wide_session: requests.Session
) -> None:
    client = make_client(session=wide_session, **PATIENT)
    player_token = fake.issue_player_token(GAME_ID, MEMBER_NO)
    users = run_together(
        THREADS, lambda _: client.verify_user_token(game_id=GAME_ID, access_token=player_token)
    )
    assert {user.member_no for user in users} == {MEMBER_NO}
    assert fake.token_calls == 1
    assert len(fake.requests_to(f"/member/v3.0/{GAME_ID}/token/verify")) == THREADS


def test_32_clients_sharing_a_store_make_one_token_call(
    fake: StoveFake, make_client: Callable[..., StoveClient]
) -> None:
    store = MemoryTokenStore()
    clients = [make_client(token_store=store, **PATIENT) for _ in range(THREADS)]
    tokens = run_together(THREADS, lambda i: clients[i].server_token().access_token)
    assert len(set(tokens)) == 1
    assert fake.token_calls == 1


def test_32_threads_recover_from_40101_with_one_reissue(
    fake: StoveFake, make_client: Callable[..., StoveClient], wide_session: requests.Session
) -> None:
    client = make_client(session=wide_session, **PATIENT)
    player_token = fake.issue_player_token(GAME_ID, MEMBER_NO)
    client.server_token()
    fake.revoke_server_tokens()
    users = run_together(
        THREADS, lambda _: client.verify_user_token(game_id=GAME_ID, access_token=player_token)
    )
    assert len(users) == THREADS
    assert fake.token_calls == 2


def test_4_processes_sharing_redis_make_one_token_call(redis_url: str) -> None:
    """Each process has its own client and empty cache; Redis is the only thing they share."""
    context = multiprocessing.get_context("spawn")
    prefix = f"gameplatform-test-{uuid.uuid4().hex}:"
    # Real time on both sides: the fake and the children share no clock object.
    with StoveFake() as fake:
        fake.add_client(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, service_id=SERVICE_ID)
        player_token = fake.issue_player_token(GAME_ID, MEMBER_NO)
        barrier = context.Barrier(PROCESSES)
        results = context.Queue()
        processes = [
            context.Process(
                target=redis_process_worker,
                args=(fake.url, redis_url, prefix, player_token, barrier, results),
                daemon=True,
            )
            for _ in range(PROCESSES)
        ]
        for process in processes:
            process.start()
        try:
            outcomes = [results.get(timeout=90) for _ in range(PROCESSES)]
        except queue.Empty:
            pytest.fail("a child process gave no result")
        finally:
            for process in processes:
                process.join(timeout=30)
                if process.is_alive():
                    process.kill()
        errors = [outcome for outcome in outcomes if outcome[0] != "ok"]
        assert errors == []
        assert {outcome[2] for outcome in outcomes} == {MEMBER_NO}
        assert len({outcome[1] for outcome in outcomes}) == 1
        assert fake.token_calls == 1
        assert len(fake.requests_to(f"/member/v3.0/{GAME_ID}/token/verify")) == PROCESSES
