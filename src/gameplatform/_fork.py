"""Starting afresh in a forked child: connection pools and locks are not inherited.

A client used before ``os.fork()`` (gunicorn ``--preload``, Celery prefork,
``multiprocessing`` with fork) would otherwise share its pooled sockets with the
child, so two processes read each other's answers, and a lock some other thread
held at the moment of the fork would stay locked forever in the child.

Objects with such state call :func:`reset_after_fork` with a function that
rebuilds it; every registered function runs in the child right after a fork
(``os.register_at_fork``), before any other code of the child uses the object.
Registrations are weak: they end with the object.
"""

from __future__ import annotations

import logging
import os
import weakref
from collections.abc import Callable
from typing import TypeVar

__all__ = ["reset_after_fork"]

logger = logging.getLogger("gameplatform")

_T = TypeVar("_T")

_resets: weakref.WeakKeyDictionary[object, list[Callable[[], None]]] = weakref.WeakKeyDictionary()


def reset_after_fork(owner: _T, reset: Callable[[_T], None]) -> None:
    """Run ``reset(owner)`` in every child forked while ``owner`` is alive.

    ``reset`` must not keep ``owner`` alive itself (pass an unbound method or a
    function taking the owner), so the registration ends with the object.
    """
    reference = weakref.ref(owner)

    def run() -> None:
        target = reference()
        if target is not None:
            reset(target)

    _resets.setdefault(owner, []).append(run)


def _reset_all_in_child() -> None:
    for runs in list(_resets.values()):
        for run in runs:
            try:
                run()
            except Exception:  # one broken reset must not leave the others undone
                logger.exception("resetting state after fork failed")


os.register_at_fork(after_in_child=_reset_all_in_child)
