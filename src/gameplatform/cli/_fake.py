"""``gameplatform fake PLATFORM...``: the bundled fakes, served from the shell until interrupted."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Mapping
from types import FrameType
from typing import Any, Final, Protocol

from gameplatform.cli._common import (
    EXIT_OK,
    EXIT_UNREACHABLE,
    CommandError,
    add_command,
    emit_json,
    integer_argument,
    secret_from_env,
)

__all__ = ["register"]

PLATFORMS: Final = ("fargames", "playdapp", "stove", "playnanoo")
_FAKE_FARGAMES_API_TOKEN: Final = "fake-fargames-api-token"
_STOP_SIGNALS: Final = (signal.SIGINT, signal.SIGTERM)

_DETAILS = """\
Starts one local fake per PLATFORM (fargames, playdapp, stove, playnanoo, or all)
on 127.0.0.1 and prints, on stdout, one JSON line per fake:
  {"platform": ..., "url": ..., "client_settings": {...}}
then a line "ready". client_settings are the keyword arguments that build the
matching SDK client against that fake, e.g. FarGamesClient(**client_settings);
they include the fake's own throwaway test credentials, which work against the
fake only. A credential taken from an environment variable (the --*-env options)
is left out of client_settings and named in "client_settings_from_env" instead,
so it is never printed. Serves until SIGINT (Ctrl+C) or SIGTERM, then closes its
sockets and exits 0.

--port 0 (the default) gives each fake a free port; with several platforms and
--port N they listen on N, N+1, ... in the order given.

examples:
  gameplatform fake fargames --port 0
  gameplatform fake all --port 8100 --agent-id 7
  gameplatform fake stove --stove-player 20005061986   # also prints a player token"""


_OPTIONS_BY_PLATFORM: Final = {
    "fargames": ("agent_id", "fargames_api_token_env"),
    "playdapp": ("playdapp_secret_env",),
    "stove": ("stove_client_id", "stove_service_id", "stove_client_secret_env", "stove_player"),
    "playnanoo": ("playnanoo_game_id", "playnanoo_service_key_env"),
}


class _Fake(Protocol):
    """What every bundled fake offers."""

    @property
    def url(self) -> str: ...

    def start(self) -> Any: ...

    def stop(self) -> None: ...

    def client_settings(self) -> Mapping[str, object]: ...


class _Stop(Exception):
    """Raised in the main thread by SIGINT or SIGTERM once the fakes are serving."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``fake``."""
    fake = add_command(subparsers, "fake", summary="serve bundled fakes until interrupted", details=_DETAILS)
    fake.add_argument(
        "platforms",
        nargs="+",
        choices=[*PLATFORMS, "all"],
        metavar="PLATFORM",
        help="fargames, playdapp, stove, playnanoo, or all four",
    )
    fake.add_argument(
        "--port",
        type=integer_argument,
        default=0,
        metavar="N",
        help="first port to listen on (default 0: free ports)",
    )
    far = fake.add_argument_group("FAR Games fake")
    far.add_argument("--agent-id", type=integer_argument, metavar="N", help="the agent id (default: 1)")
    far.add_argument("--fargames-api-token-env", metavar="VAR", help="take the agent's API token from $VAR")
    playdapp = fake.add_argument_group("Playdapp fake")
    playdapp.add_argument("--playdapp-secret-env", metavar="VAR", help="take the API secret from $VAR")
    stove = fake.add_argument_group("STOVE fake")
    stove.add_argument("--stove-client-id", metavar="ID", help="the registered server client id")
    stove.add_argument("--stove-service-id", metavar="ID", help="its service id (also the game id)")
    stove.add_argument("--stove-client-secret-env", metavar="VAR", help="take the client secret from $VAR")
    stove.add_argument(
        "--stove-player",
        type=integer_argument,
        metavar="MEMBER_NO",
        help="also mint and print a player token for this member of the service's game",
    )
    playnanoo = fake.add_argument_group("PlayNANOO fake")
    playnanoo.add_argument("--playnanoo-game-id", metavar="ID", help="the game id")
    playnanoo.add_argument(
        "--playnanoo-service-key-env", metavar="VAR", help="take the service key from $VAR"
    )
    fake.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace) -> int:
    platforms = _platforms(args.platforms)
    _check_options(platforms, args)
    ports = _ports(args.port, len(platforms))
    built = []
    for platform, port in zip(platforms, ports, strict=True):
        try:
            built.append((platform, *_build(platform, port, args)))
        except (TypeError, ValueError) as error:  # the fakes refuse unusable settings so
            raise CommandError(f"cannot set up the {platform} fake: {error}") from None
    started: list[_Fake] = []
    previous: dict[int, Any] = {}
    try:
        for (platform, fake, from_env, extra), port in zip(built, ports, strict=True):
            try:
                fake.start()
            except OSError as error:
                raise CommandError(
                    f"cannot listen on 127.0.0.1:{port} for the {platform} fake: {error.strerror or error}",
                    exit_code=EXIT_UNREACHABLE,
                ) from None
            started.append(fake)
            emit_json(_announcement(platform, fake, from_env, extra))
        previous = {number: signal.signal(number, _stop) for number in _STOP_SIGNALS}
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        _wait_for_stop()
    except _Stop:
        pass
    finally:
        for fake in reversed(started):
            fake.stop()
        for number, handler in previous.items():  # only now: a second signal cannot cut the shutdown short
            signal.signal(number, handler)
    return EXIT_OK


def _stop(number: int, frame: FrameType | None) -> None:
    for other in _STOP_SIGNALS:
        signal.signal(other, signal.SIG_IGN)  # a second Ctrl+C must not cut the shutdown short
    raise _Stop


def _wait_for_stop() -> None:
    """Sleep until a stop signal raises :class:`_Stop` here (a sleep, unlike a lock wait, wakes for it
    on every platform)."""
    while True:
        time.sleep(3600)


def _platforms(names: list[str]) -> list[str]:
    expanded = [p for name in names for p in (PLATFORMS if name == "all" else (name,))]
    repeated = sorted({p for p in expanded if expanded.count(p) > 1})
    if repeated:
        raise CommandError(f"each platform can be served once; named more than once: {', '.join(repeated)}")
    return expanded


def _check_options(platforms: list[str], args: argparse.Namespace) -> None:
    for platform, options in _OPTIONS_BY_PLATFORM.items():
        for option in options:
            if platform not in platforms and getattr(args, option) is not None:
                flag = "--" + option.replace("_", "-")
                raise CommandError(f"{flag} is for the {platform} fake, which is not being served")


def _ports(first: int, count: int) -> list[int]:
    if first == 0:
        return [0] * count
    if not 0 < first <= 65536 - count:
        raise CommandError(f"--port must be 0 or a port from 1 to {65536 - count} for {count} fake(s)")
    return [first + offset for offset in range(count)]


def _build(
    platform: str, port: int, args: argparse.Namespace
) -> tuple[_Fake, dict[str, str], dict[str, Any]]:
    """The fake (not started), the settings whose value came from the environment, extra output."""
    from_env: dict[str, str] = {}

    def credential(variable: str | None, setting: str, what: str) -> str | None:
        if variable is None:
            return None
        from_env[setting] = variable
        return secret_from_env(variable, what=what)

    if platform == "fargames":
        from gameplatform.testing import FarGamesFake

        token = credential(args.fargames_api_token_env, "api_token", "FAR Games fake's API token")
        agent_id = 1 if args.agent_id is None else args.agent_id
        return (
            FarGamesFake(agent_id=agent_id, api_token=token or _FAKE_FARGAMES_API_TOKEN, port=port),
            from_env,
            {},
        )
    if platform == "playdapp":
        from gameplatform.testing import PlaydappFake

        secret = credential(args.playdapp_secret_env, "api_secret", "Playdapp fake's API secret")
        fake = PlaydappFake(port=port) if secret is None else PlaydappFake(api_secret=secret, port=port)
        return fake, from_env, {}
    if platform == "stove":
        from gameplatform.testing import stove

        secret = credential(args.stove_client_secret_env, "client_secret", "STOVE fake's client secret")
        service_id = args.stove_service_id or stove.DEFAULT_SERVICE_ID
        stove_fake = stove.StoveFake(port=port)
        stove_fake.add_client(
            client_id=args.stove_client_id or stove.DEFAULT_CLIENT_ID,
            client_secret=secret or stove.DEFAULT_CLIENT_SECRET,
            service_id=service_id,
        )
        extra: dict[str, Any] = {}
        if args.stove_player is not None:
            token = stove_fake.issue_player_token(service_id, args.stove_player)
            extra["player_token"] = {
                "game_id": service_id,
                "member_no": args.stove_player,
                "access_token": token,
            }
        return stove_fake, from_env, extra
    from gameplatform.testing import PlayNanooFake

    key = credential(args.playnanoo_service_key_env, "service_key", "PlayNANOO fake's service key")
    options: dict[str, Any] = {"port": port}
    if args.playnanoo_game_id is not None:
        options["game_id"] = args.playnanoo_game_id
    if key is not None:
        options["service_key"] = key
    return PlayNanooFake(**options), from_env, {}


def _announcement(
    platform: str, fake: _Fake, from_env: dict[str, str], extra: dict[str, Any]
) -> dict[str, Any]:
    settings = dict(fake.client_settings())
    for setting in from_env:
        settings.pop(setting, None)
    line: dict[str, Any] = {"platform": platform, "url": fake.url, "client_settings": settings}
    if from_env:
        line["client_settings_from_env"] = from_env
    return line | extra
