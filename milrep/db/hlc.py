"""Hybrid logical clock: 48-bit wall milliseconds, 16-bit counter, packed in one 64-bit integer.

The clock never goes backwards, even when the wall clock does, and merges with clocks seen in
imported bundles. Its last value is persisted (``site_clock`` table) by the change-log hook, so a
restart cannot reuse a timestamp.

One clock is shared by every session of a :class:`~milrep.db.store.Database`: the UI writes on
one worker thread while other threads read, so every read-modify-write of ``last`` holds a lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MAX = (1 << COUNTER_BITS) - 1
MS_MAX = (1 << 48) - 1
MAX_DRIFT_MS = 24 * 3600 * 1000  # remote clocks further ahead than this are refused on import


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | counter


def unpack(value: int) -> tuple[int, int]:
    return value >> COUNTER_BITS, value & COUNTER_MAX


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    def __init__(self, last: int = 0, now_ms: Callable[[], int] = wall_ms) -> None:
        self._last = last
        self._now_ms = now_ms
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        """The last timestamp issued or seen (persisted by the change-log hook)."""
        return self._last

    @last.setter
    def last(self, value: int) -> None:
        with self._lock:
            self._last = max(self._last, value)

    def tick(self) -> int:
        """A new timestamp for a local write, strictly greater than every one seen before."""
        with self._lock:
            return self._tick()

    def _tick(self) -> int:
        last_ms, last_counter = unpack(self._last)
        now = self._now_ms()
        if now > last_ms:
            self._last = pack(now, 0)
        elif last_counter < COUNTER_MAX:
            self._last = pack(last_ms, last_counter + 1)
        else:  # counter exhausted within one millisecond: borrow the next one
            self._last = pack(last_ms + 1, 0)
        return self._last

    def receive(self, remote: int) -> int:
        """Merge a timestamp from another site; refuse one too far in the future."""
        if not 0 <= remote <= pack(MS_MAX, COUNTER_MAX):
            raise ValueError("not a hybrid-logical-clock value")
        remote_ms, _ = unpack(remote)
        with self._lock:
            if remote_ms - self._now_ms() > MAX_DRIFT_MS:
                raise ValueError("remote clock more than 24 h ahead")
            if remote > self._last:
                self._last = remote
            return self._tick()
