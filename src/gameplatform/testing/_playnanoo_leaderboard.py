"""The PlayNANOO fake's leaderboards: tables with their settings, records, seasons, rankings."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import attrs

from gameplatform.testing._playnanoo_common import Failure, FakePlayer, FakeState, Route, number, required

__all__ = ["Board", "Leaderboards"]

_RECORD_TYPES = ("highscore", "lowscore", "sum", "last")
_SORT_TYPES = ("asc", "desc")

Records = dict[str, tuple[float, str, int]]
"""record id → (score, extra data, when it last changed: orders equal scores, first come first)."""


@attrs.define
class Board:
    """One leaderboard table. A table made by its first record keeps each record's best score."""

    name: str = ""
    rotation: str = "never"
    record_type: str = "highscore"
    sort: str = "desc"
    priority: bool = True
    rotation_start: float | None = None
    """When the first season starts (unix seconds), for ``rotation`` tables."""
    rotation_days: int = 0
    season: int = 1
    records: Records = attrs.field(factory=dict)
    previous: dict[int, Records] = attrs.field(factory=dict)

    def keep(self, old: float | None, new: float) -> float | None:
        """The score to keep after recording ``new`` (``None``: the record does not change)."""
        if old is None or self.record_type == "last":
            return new
        if self.record_type == "sum":
            return old + new
        better = new < old if self.record_type == "lowscore" else new > old
        return new if better else None

    def ranked(self, records: Mapping[str, tuple[float, str, int]]) -> list[tuple[int, str, float, str]]:
        sign = 1 if self.sort == "asc" else -1
        order = sorted(records.items(), key=lambda kv: (sign * kv[1][0], kv[1][2]))
        return [(rank, rid, score, extra) for rank, (rid, (score, extra, _)) in enumerate(order, start=1)]

    def time_left(self, now: float) -> int | None:
        """Seconds until the current season ends (``None`` for a table that never rotates)."""
        if self.rotation_start is None or self.rotation_days < 1:
            return None
        period = self.rotation_days * 86400
        if now < self.rotation_start:
            return int(self.rotation_start - now)
        return int(period - (now - self.rotation_start) % period)


class Leaderboards:
    """The leaderboard routes and their tables (the fake holds its lock around every call)."""

    def __init__(self, state: FakeState) -> None:
        self._state = state
        self.boards: dict[str, Board] = {}
        self._sequence = 0

    def routes(self) -> dict[str, Route]:
        return {
            "/leaderboard/v20240301/record": ("PUT", True, self._record),
            "/leaderboard/v20240301/show": ("PUT", True, self._show_current),
            "/leaderboard/v20240301/range": ("PUT", True, self._range_current),
            "/leaderboard/v20240301/show/prev": ("PUT", True, self._show_previous),
            "/leaderboard/v20240301/range/prev": ("PUT", True, self._range_previous),
            "/leaderboard/v20240301/table/show": ("PUT", True, self._table_show),
            "/leaderboard/v20240301/table/create": ("PUT", True, self._table_create),
        }

    def rotate(self, uid: str) -> int:
        """End the table's season; returns the number of the season that ended."""
        board = self.boards.setdefault(uid, Board())
        ended = board.season
        board.previous[ended] = board.records
        board.records = {}
        board.season += 1
        return ended

    # -- records ---------------------------------------------------------------------

    @staticmethod
    def _entry(rank: int, season: int, record_id: str, score: float, extra: str) -> dict[str, Any]:
        shown: float | int = int(score) if float(score).is_integer() else score
        return {
            "Rank": rank,
            "RotationCount": season,
            "RecordId": record_id,
            "Score": shown,
            "ExtraData": extra,
        }

    def _record(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        board = self.boards.setdefault(required(body, "uid"), Board())
        record_id = required(body, "record_id")
        score = number(body, "score")
        extra = body.get("extra_data") or ""
        previous = board.records.get(record_id)
        kept = board.keep(previous[0] if previous else None, score)
        if kept is not None:
            self._sequence += 1
            board.records[record_id] = (kept, extra, self._sequence)
        return {"Status": "success"}

    def _show(self, board: Board, records: Records, season: int, record_id: str) -> Any:
        for rank, rid, score, extra in board.ranked(records):
            if rid == record_id:
                return self._entry(rank, season, rid, score, extra)
        raise Failure(404, "RecordNotFound", "no record with this id")

    def _range(self, board: Board, records: Records, season: int, body: Mapping[str, Any]) -> Any:
        start, end = body.get("range_start"), body.get("range_end")
        if not isinstance(start, int) or not isinstance(end, int) or start < 1 or end < start:
            raise Failure(400, "BadRequest", "range_start and range_end must be ranks, start <= end")
        return {
            "Items": [
                self._entry(rank, season, rid, score, extra)
                for rank, rid, score, extra in board.ranked(records)
                if start <= rank <= end
            ]
        }

    def _board(self, body: Mapping[str, Any]) -> Board:
        board = self.boards.get(required(body, "uid"))
        if board is None:
            raise Failure(404, "LeaderboardNotFound", "no such leaderboard table")
        return board

    @staticmethod
    def _previous(board: Board, body: Mapping[str, Any]) -> tuple[int, Records]:
        season = body.get("rotation_count")
        if not isinstance(season, int) or season not in board.previous:
            raise Failure(404, "SeasonNotFound", "no such previous season")
        return season, board.previous[season]

    def _show_current(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        board = self._board(body)
        return self._show(board, board.records, board.season, required(body, "record_id"))

    def _range_current(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        board = self._board(body)
        return self._range(board, board.records, board.season, body)

    def _show_previous(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        board = self._board(body)
        season, records = self._previous(board, body)
        return self._show(board, records, season, required(body, "record_id"))

    def _range_previous(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        board = self._board(body)
        season, records = self._previous(board, body)
        return self._range(board, records, season, body)

    # -- tables ----------------------------------------------------------------------

    def _table_show(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        board = self._board(body)
        answer: dict[str, Any] = {
            "Rotation": board.rotation,
            "RotationCount": board.season,
            "RecordType": board.record_type,
            "RecordSortType": board.sort,
            "TotalIds": float(len(board.records)),
        }
        left = board.time_left(self._state.now())
        if left is not None:
            answer["RotationTimeLeft"] = left
        return answer

    def _table_create(self, body: dict[str, Any], _: FakePlayer | None) -> Any:
        name = required(body, "name")
        rotation = _one_of(body, "rotation", ("never", "rotation"))
        record_type = _one_of(body, "record_type", _RECORD_TYPES)
        sort = _one_of(body, "record_sort_type", _SORT_TYPES)
        priority = _one_of(body, "record_priority", ("Y", "N"))
        board = Board(
            name=name, rotation=rotation, record_type=record_type, sort=sort, priority=priority == "Y"
        )
        if rotation == "rotation":
            board.rotation_start, board.rotation_days = _schedule(body)
        uid = "lb-" + secrets.token_hex(6)
        self.boards[uid] = board
        return {"TableId": uid}


def _one_of(body: Mapping[str, Any], name: str, values: tuple[str, ...]) -> str:
    value = body.get(name)
    if value not in values:
        raise Failure(400, "BadRequest", f"{name} must be one of {', '.join(values)}")
    return str(value)


def _schedule(body: Mapping[str, Any]) -> tuple[float, int]:
    """A rotating table's first season start (unix seconds) and season length in days.

    The fake reads ``rotation_timeoffset`` as seconds east of UTC, like the device field
    ``device_timeoffset`` (the vendor does not give its unit).
    """
    offset, period = body.get("rotation_timeoffset"), body.get("rotation_period")
    if isinstance(offset, bool) or not isinstance(offset, int):
        raise Failure(400, "BadRequest", "rotation_timeoffset is required for a rotating table")
    if isinstance(period, bool) or not isinstance(period, int) or period < 1:
        raise Failure(400, "BadRequest", "rotation_period (days) is required for a rotating table")
    date, time = body.get("rotation_date"), body.get("rotation_time")
    try:
        start = datetime.strptime(f"{date} {time}", "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        raise Failure(
            400, "BadRequest", "rotation_date (YYYY-MM-DD) and rotation_time (HH:MM:SS) are required"
        ) from None
    return start.timestamp() - offset, period
