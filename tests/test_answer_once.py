"""``gameplatform._answers``: stored answers and the once-per-key runner shared by the endpoints."""

from __future__ import annotations

import logging
import threading

import attrs
import pytest

from gameplatform._answers import AnswerOnce, MemoryAnswerStore, StoredAnswer
from gameplatform.errors import ConfigurationError, ValidationError


@attrs.frozen
class Answer(StoredAnswer):
    pass


BUSY = Answer(status=503, body=b"busy")
DOWN = Answer(status=503, body=b"down")


def once(store: object | None = None, **settings: float) -> AnswerOnce[Answer]:
    options = {"answer_ttl": 60.0, "pending_ttl": 10.0, "wait_seconds": 5.0, **settings}
    return AnswerOnce(
        store=store if store is not None else MemoryAnswerStore(),  # type: ignore[arg-type]
        answer_type=Answer,
        busy=BUSY,
        unavailable=DOWN,
        logger=logging.getLogger("gameplatform.test"),
        what="test delivery",
        **options,
    )


def test_stored_answers_round_trip_with_their_content_type() -> None:
    answer = Answer(status=201, body="é".encode(), content_type="text/plain")
    again = Answer.from_json(answer.to_json())
    assert again == Answer(status=201, body="é".encode(), content_type="text/plain", replayed=True)
    assert isinstance(again, Answer)


@pytest.mark.parametrize("text", ['{"pending":true}', "not json", "[]", '{"status":"x","body":""}'])
def test_unreadable_entries_are_not_answers(text: str) -> None:
    assert Answer.from_json(text) is None


def test_an_answer_written_before_content_types_were_kept_reads_as_json() -> None:
    assert Answer.from_json('{"status":200,"body":"{}"}') == Answer(status=200, body=b"{}", replayed=True)


def test_the_handler_runs_once_and_a_repeat_is_replayed() -> None:
    runner, runs = once(), []

    def run() -> Answer:
        runs.append(1)
        return Answer(status=200, body=b"ok")

    first, second = runner.answer("k", "id-1", run), runner.answer("k", "id-1", run)
    assert (first.replayed, second.replayed, second.body, len(runs)) == (False, True, b"ok", 1)


def test_a_5xx_or_a_raise_is_not_kept() -> None:
    runner, runs = once(), []

    def failing() -> Answer:
        runs.append(1)
        return Answer(status=500, body=b"later")

    runner.answer("k", "id", failing)
    runner.answer("k", "id", failing)

    def bug() -> Answer:
        runs.append(1)
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        runner.answer("k2", "id2", bug)
    assert runner.answer("k2", "id2", lambda: Answer(status=200, body=b"fine")).body == b"fine"
    assert len(runs) == 3


def test_a_repeat_during_the_first_run_waits_for_it() -> None:
    runner = once()
    entered, release = threading.Event(), threading.Event()
    results: list[Answer] = []

    def slow() -> Answer:
        entered.set()
        release.wait(10)
        return Answer(status=200, body=b"first")

    thread = threading.Thread(target=lambda: results.append(runner.answer("k", "id", slow)))
    thread.start()
    assert entered.wait(10)
    waiter = threading.Thread(target=lambda: results.append(runner.answer("k", "id", lambda: BUSY)))
    waiter.start()
    release.set()
    thread.join(10)
    waiter.join(10)
    assert sorted(answer.replayed for answer in results) == [False, True]
    assert {answer.body for answer in results} == {b"first"}


@pytest.mark.parametrize("settings", [{"answer_ttl": 0}, {"pending_ttl": -1}, {"wait_seconds": float("nan")}])
def test_bad_durations_are_refused(settings: dict[str, float]) -> None:
    with pytest.raises(ValidationError):
        once(**settings)


def test_a_store_without_the_protocol_is_refused() -> None:
    with pytest.raises(ConfigurationError):
        once(store=object())
