"""URLs: the body of an http(s) page within one overall deadline and the size limit.

A socket timeout bounds each read, not the fetch: a server that sends a byte a second would
never time out. The download runs in a helper thread that the caller waits for at most
`--fetch-timeout` seconds; past it the connection is closed and the input is an error.
"""

from __future__ import annotations

import threading
import time
import urllib.error
from typing import Any

from timeline.errors import InputError, shown
from timeline.read.options import ReadOptions

USER_AGENT = "timeline/0.1 (+https://pypi.org/)"
CHUNK = 64 * 1024


class _Download:
    """One download in a helper thread: its result or error, and the response to close."""

    def __init__(self, url: str, options: ReadOptions) -> None:
        self.url, self.options = url, options
        self.data: bytes | None = None
        self.error: BaseException | None = None
        self.response: Any = None
        self.deadline = time.monotonic() + options.fetch_timeout

    def run(self) -> None:
        try:
            self.data = self._download()
        except BaseException as exc:  # handed to the waiting thread, which raises it
            self.error = exc

    def _download(self) -> bytes:
        import urllib.request  # here: with http.client and ssl, a twentieth of a local build's start-up

        request = urllib.request.Request(self.url, headers={"User-Agent": USER_AGENT})
        self.response = urllib.request.urlopen(request, timeout=self.options.fetch_timeout)
        with self.response:
            chunks: list[bytes] = []
            size = 0
            while size <= self.options.max_bytes and time.monotonic() < self.deadline:
                chunk = self.response.read1(CHUNK) if hasattr(self.response, "read1") else self.response.read(CHUNK)
                if not chunk:
                    return b"".join(chunks)
                chunks.append(chunk)
                size += len(chunk)
            if size > self.options.max_bytes:
                return b"".join(chunks)  # over the limit: the caller says so
            raise TimeoutError("the deadline passed")

    def abort(self) -> None:
        """Close the connection, which ends a read the helper thread is waiting in."""
        response = self.response
        try:
            if response is not None and getattr(response, "fp", None) is not None:
                raw = getattr(response.fp, "raw", None)
                sock = getattr(raw, "_sock", None)
                if sock is not None:
                    sock.shutdown(2)
        except OSError:
            pass


def fetch(url: str, options: ReadOptions) -> bytes:
    """The body of an http(s) URL, within `fetch_timeout` seconds and `max_bytes`, or a clear error."""
    where = shown(url)
    download = _Download(url, options)
    helper = threading.Thread(target=download.run, name="timeline-fetch", daemon=True)
    helper.start()
    helper.join(options.fetch_timeout)
    if helper.is_alive() or isinstance(download.error, TimeoutError):
        download.abort()
        raise InputError(f"{where}: no complete answer within {options.fetch_timeout:g} s; "
                         "try again later or raise --fetch-timeout")
    if isinstance(download.error, urllib.error.HTTPError):
        raise InputError(f"{where}: the server answered {download.error.code} {download.error.reason}")
    if isinstance(download.error, urllib.error.URLError | OSError | ValueError):
        reason = getattr(download.error, "reason", download.error)
        raise InputError(f"{where}: cannot fetch ({reason}); check the address and your connection")
    if download.error is not None:
        raise download.error
    data = download.data or b""
    if len(data) > options.max_bytes:  # its full size is unknown: only that it is over
        raise InputError(f"{where}: over the {options.max_bytes:,}-byte limit; raise it with --max-bytes")
    return data
