"""Hands the Cloud API's workspace calls to the Qt thread, which owns the workspace, and
lets the server's event loop await them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from ...api.server import ServerError

T = TypeVar("T")


class QtRunner(QObject):
    """A runner for `ApiServer`: each call runs on the thread this object lives in."""

    _requested = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[Future[Any]] = set()
        self._closed = False
        self._requested.connect(self._run)

    async def __call__(self, call: Callable[[], T]) -> T:
        future: Future[T] = Future()
        if self._closed:
            raise ServerError("the server is stopping")
        self._pending.add(future)
        self._requested.emit(call, future)  # queued: emitted off the Qt thread
        try:
            return await asyncio.wrap_future(future)
        finally:
            self._pending.discard(future)

    def open(self) -> None:
        self._closed = False

    def close(self) -> None:
        """Fail every call still waiting, so a stopping server never waits for the Qt
        thread that is stopping it."""
        self._closed = True
        for future in list(self._pending):
            if not future.done():
                future.set_exception(ServerError("the server stopped"))

    @Slot(object, object)
    def _run(self, call: Callable[[], Any], future: Future[Any]) -> None:
        if future.done():
            return
        try:
            result = call()
        except BaseException as error:  # noqa: BLE001 (handed to the awaiting request)
            if not future.done():
                future.set_exception(error)
        else:
            if not future.done():
                future.set_result(result)
