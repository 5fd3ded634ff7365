"""Fetch an http(s) URL with hard limits; only ``ingest`` calls this.

Every way a fetch can go wrong becomes ``IngestError(url, reason)``:
HTTP 4xx/5xx, more than ``MAX_REDIRECTS`` redirects or a redirect loop, a body
over ``max_bytes``, no answer or a trickling answer past ``timeout`` seconds
(one deadline for the whole fetch, redirects and body included), and network
errors. Redirects are followed by hand so that they can be counted.
"""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from ..errors import IngestError

MAX_REDIRECTS = 5
CHUNK = 64 * 1024
USER_AGENT = "extractor/0.1 (+news article ingest)"


@dataclass
class Fetched:
    url: str  # after redirects
    data: bytes
    media_type: str  # "text/html", "" when the server sent none
    charset: str | None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        return None  # urllib then raises HTTPError(3xx), which fetch() follows itself


_opener = urllib.request.build_opener(_NoRedirect)


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = 20, max_bytes: int = 20_000_000) -> Fetched:
    """GET ``url``. Returns within about ``timeout`` seconds whatever the server
    does: the work runs in a daemon thread told to stop at the deadline."""
    if not urlsplit(url).hostname:
        raise IngestError(url, "not a valid URL (no host)")
    result: dict[str, object] = {}
    stop = threading.Event()
    deadline = time.monotonic() + timeout

    def work() -> None:
        try:
            result["ok"] = _fetch(url, deadline, timeout, max_bytes, stop)
        except BaseException as exc:  # handed to the caller's thread
            result["error"] = exc

    worker = threading.Thread(target=work, name="extractor-fetch", daemon=True)
    worker.start()
    worker.join(timeout + 0.5)
    if worker.is_alive():
        stop.set()
        raise IngestError(url, f"timed out after {timeout:g} s")
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result["ok"]  # type: ignore[return-value]


def _remaining(url: str, deadline: float, timeout: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise IngestError(url, f"timed out after {timeout:g} s")
    return left


def _fetch(url: str, deadline: float, timeout: float, max_bytes: int, stop: threading.Event) -> Fetched:
    source, seen = url, [url]
    while True:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
        try:
            response = _opener.open(request, timeout=_remaining(source, deadline, timeout))
        except urllib.error.HTTPError as exc:
            if exc.code in (301, 302, 303, 307, 308):
                location = exc.headers.get("Location")
                exc.close()
                if not location:
                    raise IngestError(source, f"HTTP {exc.code} redirect without a Location") from None
                url = urljoin(url, location)
                if urlsplit(url).scheme not in ("http", "https"):
                    raise IngestError(source, f"redirect to a non-HTTP URL: {url}") from None
                if url in seen:
                    raise IngestError(source, f"redirect loop at {url}") from None
                seen.append(url)
                if len(seen) > MAX_REDIRECTS + 1:
                    raise IngestError(source, f"too many redirects (more than {MAX_REDIRECTS})") from None
                continue
            exc.close()
            raise IngestError(source, f"HTTP {exc.code} {exc.reason}") from None
        except (socket.timeout, TimeoutError):
            raise IngestError(source, f"timed out after {timeout:g} s") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (socket.timeout, TimeoutError)):
                raise IngestError(source, f"timed out after {timeout:g} s") from None
            raise IngestError(source, f"cannot fetch: {exc.reason}") from None
        except (OSError, ValueError) as exc:
            raise IngestError(source, f"cannot fetch: {exc}") from None
        with response:
            headers: Message = response.headers
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise IngestError(source, f"response too large ({int(length):,} bytes; limit {max_bytes:,})")
            data = _read_body(response, source, deadline, timeout, max_bytes, stop)
            return Fetched(
                url=response.geturl() or url,
                data=data,
                media_type=(headers.get_content_type() if headers.get("Content-Type") else ""),
                charset=headers.get_content_charset(),
            )


def _read_body(response, source: str, deadline: float, timeout: float, max_bytes: int,
               stop: threading.Event) -> bytes:
    chunks, size = [], 0
    sock = _socket_of(response)
    while True:
        if stop.is_set():
            raise IngestError(source, "cancelled")
        left = _remaining(source, deadline, timeout)
        if sock is not None:
            sock.settimeout(left)
        try:
            chunk = response.read1(CHUNK) if hasattr(response, "read1") else response.read(CHUNK)
        except (socket.timeout, TimeoutError):
            raise IngestError(source, f"timed out after {timeout:g} s") from None
        except OSError as exc:
            raise IngestError(source, f"connection broken while reading: {exc}") from None
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise IngestError(source, f"response larger than the limit of {max_bytes:,} bytes")
        chunks.append(chunk)


def _socket_of(response) -> socket.socket | None:
    """The response's socket, so each read can wait only as long as the
    deadline allows (http.client keeps it as fp.raw._sock)."""
    raw = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    return sock if isinstance(sock, socket.socket) else None
