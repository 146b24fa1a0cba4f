"""Walking Playdapp's offset/limit lists (``data: {total, list, offset, limit}``) page by page."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

__all__ = ["iterate_pages"]

_EntryT = TypeVar("_EntryT")

FetchPage = Callable[[int, int], tuple[Sequence[_EntryT], int | None]]
"""``fetch(offset, limit) -> (entries, total)``: one page and the total the platform reported."""


def iterate_pages(fetch: FetchPage[_EntryT], *, start: int, page_size: int) -> Iterator[_EntryT]:
    """Yield every entry, asking for ``page_size`` entries at a time from offset ``start``.

    Always ends: it stops once the offsets reach the reported ``total``, on an empty page,
    and, when the platform reports no total, on a page shorter than ``page_size``. The
    offset advances by the number of entries received, so a platform that caps the page
    size below ``page_size`` is still walked completely.
    """
    offset = start
    while True:
        entries, total = fetch(offset, page_size)
        if not entries:
            return
        yield from entries
        offset += len(entries)
        if total is not None:
            if offset >= total:
                return
        elif len(entries) < page_size:
            return
