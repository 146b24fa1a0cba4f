"""Tracing and session hooks see every attempt; retries reuse connections and keep a budget;
error bodies are redacted; an unsigned clock answer cannot move the FAR clock by a day."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from opentelemetry import trace
from opentelemetry.instrumentation.requests import RequestsInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from gameplatform.errors import RateLimitError
from gameplatform.fargames import FarGamesClient
from gameplatform.fargames._errors import RequestExpired
from gameplatform.playnanoo import AccountWithdrawalPending, DeviceInfo, PlayNanooClient
from gameplatform.stove import StoveClient
from gameplatform.testing import FakeResponse, Fault, json_response
from gameplatform.testing.fargames import FarGamesFake
from gameplatform.testing.playnanoo import PlayNanooFake
from gameplatform.testing.stove import StoveFake

_EXPORTER = InMemorySpanExporter()
_PROVIDER = TracerProvider()
_PROVIDER.add_span_processor(SimpleSpanProcessor(_EXPORTER))


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    instrumentor = RequestsInstrumentor()
    instrumentor.instrument(tracer_provider=_PROVIDER)
    _EXPORTER.clear()
    try:
        yield _EXPORTER
    finally:
        instrumentor.uninstrument()
        _EXPORTER.clear()


def _attribute_text(exporter: InMemorySpanExporter) -> str:
    return json.dumps(
        [
            {k: str(v) for k, v in (span.attributes or {}).items()} | {"name": span.name}
            for span in exporter.get_finished_spans()
        ]
    )


def test_opentelemetry_records_a_client_span_per_attempt_without_secrets(spans: InMemorySpanExporter) -> None:
    api_token = "far-super-secret-token"
    with FarGamesFake(agent_id=1, api_token=api_token) as far, StoveFake() as stove_fake:
        far_client = FarGamesClient(**far.client_settings())
        far_client._transport.sleep = lambda seconds: None
        far.inject(Fault("respond", FakeResponse(503, b"busy"), path="/api/games/list"))
        far_client.list_games()  # two attempts
        stove_settings = stove_fake.client_settings()
        stove = StoveClient(**stove_settings)
        player_token = stove_fake.issue_player_token("GAME_A", 3)
        stove.verify_user_token(game_id="GAME_A", access_token=player_token)
        server_token = stove.server_token().access_token
    finished = spans.get_finished_spans()
    client_spans = [s for s in finished if s.kind == trace.SpanKind.CLIENT]
    assert len(client_spans) == 4  # FAR: 503 + retry; STOVE: token issue + verify
    statuses = [
        s.attributes.get("http.response.status_code") or s.attributes.get("http.status_code")
        for s in client_spans
    ]
    assert statuses == [503, 200, 200, 200]
    text = _attribute_text(spans)
    for secret in (api_token, stove_settings["client_secret"], server_token, player_token):
        assert secret not in text


def test_a_response_hook_on_the_caller_s_session_runs_for_every_attempt() -> None:
    seen: list[int] = []
    session = requests.Session()
    session.hooks["response"].append(lambda response, *args, **kwargs: seen.append(response.status_code))
    with FarGamesFake(agent_id=1, api_token="t") as fake:
        client = FarGamesClient(**fake.client_settings(), session=session)
        client._transport.sleep = lambda seconds: None
        fake.inject(Fault("respond", FakeResponse(502, b"<html>"), path="/api/games/list"))
        client.list_games()
    assert seen == [502, 200]


def test_retried_5xx_answers_reuse_the_connection() -> None:
    with FarGamesFake(agent_id=1, api_token="t") as fake:
        client = FarGamesClient(**fake.client_settings(), max_retries=3)
        client._transport.sleep = lambda seconds: None
        client.list_games()
        fake.inject(
            Fault("respond", FakeResponse(503, b"busy"), path="/api/games/list"),
            Fault("respond", FakeResponse(500, b"oops"), path="/api/games/list"),
        )
        client.list_games()
    peers = {request.peer for request in fake.requests}
    assert len(fake.requests) == 4 and len(peers) == 1


def test_retry_after_beyond_the_wait_budget_is_raised_at_once() -> None:
    waits: list[float] = []
    with FarGamesFake(agent_id=1, api_token="t") as fake:
        client = FarGamesClient(**fake.client_settings(), max_retry_wait=5.0)
        client._transport.sleep = waits.append
        limited = json_response(429, {"status": "error", "error": "too_many"}, {"Retry-After": "30"})
        fake.inject(Fault("respond", limited, path="/api/games/list"))
        with pytest.raises(RateLimitError) as caught:
            client.list_games()
        assert caught.value.retry_after == 30
        assert waits == []
        # Hints within the budget are waited for, until the budget is spent.
        short = json_response(429, {"status": "error", "error": "too_many"}, {"Retry-After": "3"})
        fake.inject(*[Fault("respond", short, path="/api/games/list") for _ in range(2)])
        with pytest.raises(RateLimitError):
            client.list_games()
        assert waits == [3.0]


def test_the_default_wait_budget_is_well_under_a_minute() -> None:
    with FarGamesFake(agent_id=1, api_token="t") as fake:
        client = FarGamesClient(**fake.client_settings())
        assert client._transport.max_retry_wait <= 15


def test_far_does_not_learn_a_clock_a_day_away(caplog: pytest.LogCaptureFixture) -> None:
    with FarGamesFake(agent_id=1, api_token="t") as fake:
        client = FarGamesClient(**fake.client_settings())
        expired = json_response(
            400,
            {
                "status": "error",
                "error": "request_expired",
                "message": "expired",
                "timestamp": "2030-01-01T00:00:00.000Z",
            },
        )
        fake.inject(Fault("respond", expired, path="/api/games/list"))
        with caplog.at_level(logging.WARNING, logger="gameplatform.fargames"), pytest.raises(RequestExpired):
            client.list_games()
        assert client.clock_offset == 0.0
        assert "not adopting it" in caplog.text
        assert len(fake.requests_to("/api/games/list")) == 1


def test_playnanoo_error_bodies_are_redacted() -> None:
    with PlayNanooFake() as fake:
        client = PlayNanooClient(**fake.client_settings())
        player = client.player("p1", device=DeviceInfo(device_id="d1", platform="aos"))
        player.guest_sign_in(linked_id="d1")
        answer: dict[str, Any] = {
            "ErrorCode": "30007",
            "Message": "withdrawal pending",
            "WithdrawalKey": "wk-secret-1",
            "Nested": {"AccessToken": "at-secret-2"},
        }
        fake.inject(Fault("respond", json_response(403, answer), path="/storage/v20221001/load"))
        with pytest.raises(AccountWithdrawalPending) as caught:
            player.storage_load(storage_key="k")
    error = caught.value
    assert error.withdrawal_key == "wk-secret-1"
    assert error.body == {
        "ErrorCode": "30007",
        "Message": "withdrawal pending",
        "WithdrawalKey": "[redacted]",
        "Nested": {"AccessToken": "[redacted]"},
    }
    assert "secret" not in repr(error) + str(error)
