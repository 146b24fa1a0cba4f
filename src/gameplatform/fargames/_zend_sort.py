"""``zend_sort``: PHP's hybrid insertion sort / quicksort, reproduced step for step.

PHP 8's key comparison (:mod:`gameplatform.fargames._php_ksort`) is not transitive for some
key mixes; with such keys the result depends on the exact sequence of comparisons, so
``ksort`` is reproduced with the very algorithm PHP runs (``Zend/zend_sort.c``): insertion
sort up to 16 items, otherwise a quicksort whose pivot is picked among 3 or 5 items.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["zend_sort"]

_T = TypeVar("_T")
_Greater = Callable[[_T, _T], bool]
"""``greater(a, b)``: whether ``a`` sorts after ``b`` (the comparison ``> 0``)."""


def zend_sort(items: list[_T], base: int, count: int, greater: _Greater[_T]) -> None:
    """Sort ``items[base:base + count]`` in place, comparing exactly as PHP's ``zend_sort`` does."""
    while True:
        if count <= 16:
            _insert_sort(items, base, count, greater)
            return
        start, end = base, base + count
        offset = count >> 1
        pivot = start + offset
        if count >> 10:
            delta = offset >> 1
            _sort5(items, start, start + delta, pivot, pivot + delta, end - 1, greater)
        else:
            _sort3(items, start, pivot, end - 1, greater)
        _swap(items, start + 1, pivot)
        pivot = start + 1
        i = _partition(items, pivot, end, greater)
        _swap(items, pivot, i - 1)
        if (i - 1) - start < end - i:
            zend_sort(items, start, i - start - 1, greater)
            base, count = i, end - i
        else:
            zend_sort(items, i, end - i, greater)
            base, count = start, i - start - 1


def _partition(items: list[_T], pivot: int, end: int, greater: _Greater[_T]) -> int:
    """The partition loop of ``zend_sort``; returns where the pivot's right side begins."""
    i = pivot + 1
    j = end - 1
    while True:
        while greater(items[pivot], items[i]):
            i += 1
            if i == j:
                return i
        j -= 1
        if j == i:
            return i
        while greater(items[j], items[pivot]):
            j -= 1
            if j == i:
                return i
        _swap(items, i, j)
        i += 1
        if i == j:
            return i


def _insert_sort(items: list[_T], base: int, count: int, greater: _Greater[_T]) -> None:
    if count <= 1:
        return
    if count == 2:
        _sort2(items, base, base + 1, greater)
        return
    if count == 3:
        _sort3(items, base, base + 1, base + 2, greater)
        return
    if count == 4:
        _sort4(items, base, base + 1, base + 2, base + 3, greater)
        return
    if count == 5:
        _sort5(items, base, base + 1, base + 2, base + 3, base + 4, greater)
        return
    end = base + count
    sentry = base + 6
    for i in range(base + 1, sentry):
        j = i - 1
        if not greater(items[j], items[i]):
            continue
        while j != base:
            j -= 1
            if not greater(items[j], items[i]):
                j += 1
                break
        _move(items, i, j)
    for i in range(sentry, end):
        j = i - 1
        if not greater(items[j], items[i]):
            continue
        while True:
            j -= 2
            if not greater(items[j], items[i]):
                j += 1
                if not greater(items[j], items[i]):
                    j += 1
                break
            if j == base:
                break
            if j == base + 1:
                j -= 1
                if greater(items[i], items[j]):
                    j += 1
                break
        _move(items, i, j)


def _move(items: list[_T], source: int, target: int) -> None:
    """Move ``items[source]`` down to ``target``, shifting the ones between up (the swap chain)."""
    if target < source:
        items.insert(target, items.pop(source))


def _swap(items: list[_T], a: int, b: int) -> None:
    items[a], items[b] = items[b], items[a]


def _sort2(items: list[_T], a: int, b: int, greater: _Greater[_T]) -> None:
    if greater(items[a], items[b]):
        _swap(items, a, b)


def _sort3(items: list[_T], a: int, b: int, c: int, greater: _Greater[_T]) -> None:
    if not greater(items[a], items[b]):
        if not greater(items[b], items[c]):
            return
        _swap(items, b, c)
        if greater(items[a], items[b]):
            _swap(items, a, b)
        return
    if not greater(items[c], items[b]):
        _swap(items, a, c)
        return
    _swap(items, a, b)
    if greater(items[b], items[c]):
        _swap(items, b, c)


def _sort4(items: list[_T], a: int, b: int, c: int, d: int, greater: _Greater[_T]) -> None:
    _sort3(items, a, b, c, greater)
    if greater(items[c], items[d]):
        _swap(items, c, d)
        if greater(items[b], items[c]):
            _swap(items, b, c)
            if greater(items[a], items[b]):
                _swap(items, a, b)


def _sort5(items: list[_T], a: int, b: int, c: int, d: int, e: int, greater: _Greater[_T]) -> None:
    _sort4(items, a, b, c, d, greater)
    if greater(items[d], items[e]):
        _swap(items, d, e)
        if greater(items[c], items[d]):
            _swap(items, c, d)
            if greater(items[b], items[c]):
                _swap(items, b, c)
                if greater(items[a], items[b]):
                    _swap(items, a, b)
