"""FAR Games: game list (cached), game link, demo link, and the documented failures."""

from __future__ import annotations

from gameplatform import APIError, NotFoundError, PermissionDeniedError, TransportError, ValidationError
from gameplatform.fargames import FarGamesClient
from gameplatform.testing import FakeResponse, Fault
from gameplatform.testing.fargames import FarGamesFake

AGENT_ID = 1
API_TOKEN = "demo-agent-api-token"


def run() -> None:
    with (
        FarGamesFake(agent_id=AGENT_ID, api_token=API_TOKEN) as fake,
        FarGamesClient(
            base_url=fake.url,
            agent_id=AGENT_ID,
            api_token=API_TOKEN,
            game_list_ttl=3 * 3600,
            backoff_factor=0,
        ) as client,
    ):
        print(f"fake FAR Games platform at {fake.url}; client {client!r}")

        games = client.list_games()
        print(f"list_games: {games.total} games; first: {games.games[0].title!r} by {games.games[0].brand}")
        client.list_games()
        print(f"list_games again: served from the cache ({len(fake.requests)} request(s) so far)")

        game = next(g for g in games.games if g.demo)
        player = dict(
            player_id="player_123",
            player_username="john_doe",
            language="en",
            currency="USD",
            home_url="https://casino.example.com/lobby",
            ip="203.0.113.7",
        )
        link = client.get_game_link(game_id=game.id, agent_session_id="session_abc123", **player)
        print(f"get_game_link({game.id}): {link.url}")
        demo_link = client.get_game_link_demo(game_id=game.id, **player)
        print(f"get_game_link_demo({game.id}): {demo_link.url}")

        try:
            client.get_game_link(game_id=999_999, agent_session_id="s", **player)
        except NotFoundError as exc:
            print(f"unknown game -> {type(exc).__name__}: code={exc.code} request_id={exc.request_id}")

        fake.set_game_available(game.id, False)
        try:
            client.get_game_link(game_id=game.id, agent_session_id="s", **player)
        except PermissionDeniedError as exc:
            print(f"disabled game -> {type(exc).__name__}: code={exc.code} status={exc.http_status}")
        fake.set_game_available(game.id, True)

        try:
            client.get_game_link(game_id=game.id, agent_session_id="s", **{**player, "ip": "not-an-ip"})
        except ValidationError as exc:
            print(f"bad input -> ValidationError(field={exc.field!r}, reason={exc.reason!r}); nothing sent")

        with FarGamesClient(base_url=fake.url, agent_id=AGENT_ID, api_token="wrong-token") as wrong:
            try:
                wrong.list_games()
            except PermissionDeniedError as exc:
                print(f"wrong API token -> {type(exc).__name__}: code={exc.code}")

        skewed = FarGamesClient(
            base_url=fake.url, agent_id=AGENT_ID, api_token=API_TOKEN, clock=lambda: fake.clock() - 3600
        )
        skewed.list_games()
        print(
            f"clock 1 h behind -> request_expired, offset learnt ({skewed.clock_offset:+.0f} s), retried OK"
        )

        fake.inject(Fault("respond", FakeResponse(502, b"<html><body>Bad gateway</body></html>")))
        try:
            client.get_game_link(game_id=game.id, agent_session_id="s", **player)
        except APIError as exc:
            print(f"502 HTML page on a non-idempotent call -> {type(exc).__name__} (not retried)")

        fake.inject(Fault("reset"))
        fresh = client.list_games(refresh=True)
        print(f"connection reset on list_games -> retried, {fresh.total} games")

        fake.inject(*(Fault("reset") for _ in range(3)))
        try:
            client.list_games(refresh=True)
        except TransportError as exc:
            print(f"resets on every attempt -> TransportError: {exc}")
