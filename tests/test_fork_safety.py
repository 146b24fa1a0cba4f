"""A client used before ``os.fork()`` works in every child, with answers that are its own.

Like gunicorn ``--preload`` or Celery prefork: the parent warms the client (pooled
keep-alive connections, cached tokens), forks, and parent and children go on calling.
Without fresh pools after the fork, processes share sockets and read each other's answers.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import parse_qs, urlsplit

import pytest

from gameplatform.fargames import FarGamesClient
from gameplatform.playdapp import PlaydappClient
from gameplatform.playnanoo import DeviceInfo, PlayNanooClient
from gameplatform.stove import StoveClient
from gameplatform.testing.fargames import FarGamesFake
from gameplatform.testing.playdapp import PlaydappFake
from gameplatform.testing.playnanoo import PlayNanooFake
from gameplatform.testing.stove import StoveFake

CHILDREN = 4
CALLS = 150

Check = Callable[[str], bool]
"""One call made with a tag unique to the caller; True when the answer is the caller's own."""


@contextmanager
def fargames() -> Iterator[Check]:
    with FarGamesFake(agent_id=1, api_token="far-token") as fake:
        client = FarGamesClient(**fake.client_settings())
        game_id = client.list_games().games[0].id

        def check(tag: str) -> bool:
            link = client.get_game_link_demo(
                game_id=game_id,
                player_id=tag,
                player_username="u",
                language="en",
                currency="USD",
                home_url="https://casino.example.com",
                ip="203.0.113.7",
            )
            return parse_qs(urlsplit(link.url).query)["playerId"] == [tag]

        yield check


@contextmanager
def stove() -> Iterator[Check]:
    with StoveFake() as fake:
        client = StoveClient(**fake.client_settings())
        tokens = {str(n): fake.issue_player_token("GAME_A", 1000 + n) for n in range(CHILDREN + 1)}
        client.server_token()

        def check(tag: str) -> bool:
            owner = tag.split("-")[0]
            user = client.verify_user_token(game_id="GAME_A", access_token=tokens[owner])
            return user.member_no == 1000 + int(owner)

        yield check


@contextmanager
def playdapp() -> Iterator[Check]:
    with PlaydappFake() as fake:
        client = PlaydappClient(**fake.client_settings())
        client.list_items()

        def check(tag: str) -> bool:
            item = client.map_item(
                user_id=tag,
                service_contract_id=1,
                item_code="code",
                item_id=tag,
                item_attributes=[{"trait_type": "t", "value": tag}],
            )
            return item.item_id == tag

        yield check


@contextmanager
def playnanoo() -> Iterator[Check]:
    with PlayNanooFake() as fake:
        client = PlayNanooClient(**fake.client_settings())
        player = client.player("p1", device=DeviceInfo(device_id="d1", platform="aos"))
        player.guest_sign_in(linked_id="d1")
        for n in range(CHILDREN + 1):
            player.storage_save(storage_key=f"key-{n}", storage_value=f"value-{n}")

        def check(tag: str) -> bool:
            owner = tag.split("-")[0]
            record = player.storage_load(storage_key=f"key-{owner}")
            return record.storage_value == f"value-{owner}"

        yield check


def _run(check: Check, owner: int) -> dict[str, int]:
    outcome = {"right": 0, "wrong": 0, "failed": 0}
    for n in range(CALLS):
        try:
            outcome["right" if check(f"{owner}-{n}") else "wrong"] += 1
        except Exception:
            outcome["failed"] += 1
    return outcome


@pytest.mark.parametrize("scenario", [fargames, stove, playdapp, playnanoo])
def test_children_of_a_warmed_client_get_their_own_answers(scenario: Callable[[], object]) -> None:
    with scenario() as check:  # type: ignore[attr-defined]
        assert check("0-warm")  # the parent holds a pooled connection now
        children: list[tuple[int, int]] = []
        for owner in range(1, CHILDREN + 1):
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: report and leave without running pytest's teardown
                os.close(read_end)
                try:
                    report = _run(check, owner)
                except BaseException:
                    report = {"right": 0, "wrong": 0, "failed": CALLS}
                os.write(write_end, json.dumps(report).encode())
                os._exit(0)
            os.close(write_end)
            children.append((pid, read_end))
        # The parent keeps using its connection while the children run.
        parent = _run(check, 0)
        reports = []
        for pid, read_end in children:
            with os.fdopen(read_end, "rb") as pipe:
                reports.append(json.loads(pipe.read() or b'{"right": 0, "wrong": 0, "failed": -1}'))
            _, status = os.waitpid(pid, 0)
            assert os.waitstatus_to_exitcode(status) == 0
    for report in [parent, *reports]:
        assert report == {"right": CALLS, "wrong": 0, "failed": 0}


def test_a_lock_held_by_another_thread_at_fork_time_is_free_in_the_child() -> None:
    """A token renewal in progress in one thread while another forks must not freeze the child."""
    from gameplatform.tokens import MemoryTokenStore, RefreshingToken, Token

    store = MemoryTokenStore()
    fetching = threading.Event()
    release = threading.Event()

    def slow_fetch() -> Token:
        fetching.set()
        release.wait(10)
        return Token.from_expires_in(access_token="parent", expires_in=3600, now=0.0)

    token = RefreshingToken(store=store, key="k", fetch=slow_fetch, clock=lambda: 1.0)
    holder = threading.Thread(target=token.get)
    holder.start()
    assert fetching.wait(10)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            # In the child nobody will ever release the parent's mutex or store lease.
            child = RefreshingToken(
                store=store,
                key="k",
                fetch=lambda: Token.from_expires_in(access_token="child", expires_in=3600, now=0.0),
                clock=lambda: 1.0,
            )
            first = child.get().access_token
            token._fetch = child._fetch  # the inherited object must not be stuck either
            second = token.get().access_token
            os.write(write_end, f"{first},{second}".encode())
        finally:
            os._exit(0)
    os.close(write_end)
    release.set()
    holder.join(10)
    with os.fdopen(read_end, "rb") as pipe:
        answer = pipe.read().decode()
    os.waitpid(pid, 0)
    assert answer == "child,child"
