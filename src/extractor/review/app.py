"""The review web app: a standard-library HTTP server over a ReviewDesk.

The page is one escaped template plus static JavaScript that builds every
element from JSON with ``textContent``, never HTML from data, so article text
can hold ``<script>`` or ``onerror=`` and nothing of it runs; the
Content-Security-Policy forbids inline script as a second wall.

Safety, request by request:
- state-changing requests are POSTs of JSON carrying the page's CSRF token in
  ``X-CSRF-Token``;
- bound to 127.0.0.1 the server answers only to a ``127.0.0.1``/``localhost``
  Host header (a rebound DNS name is refused);
- bound anywhere else it needs ``token``, and then every request must carry it
  (``?token=`` once, remembered in a same-site cookie, or ``X-Review-Token``);
- or ``editors`` (token -> name): each editor has a token of their own, which
  names them: their decisions carry that name, whatever the request says.
"""

from __future__ import annotations

import hmac
import html
import json
import re
import secrets
import sys
import traceback
from http import HTTPStatus
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from string import Template
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from ..errors import ConflictError, ExtractorError, ReviewError, StoreBusy, StoreError
from ..store import Store
from .service import ReviewDesk

LOCAL = "127.0.0.1"
COOKIE = "extractor_review_token"
MAX_BODY = 256 * 1024
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
       "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
_STATIC = re.compile(r"^/static/([a-z0-9_-]+\.(js|css))$")
_TOKEN = re.compile(r"[A-Za-z0-9._~-]{16,200}")
_TYPES = {"js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8"}


def _resource(*parts: str) -> bytes:
    return files("extractor.review").joinpath(*parts).read_bytes()


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, desk: ReviewDesk, host: str = LOCAL, port: int = 0,
                 token: str | None = None, reviewer: str | None = None,
                 editors: dict[str, str] | None = None):
        editors = {t: (name or "").strip() for t, name in (editors or {}).items()}
        if host != LOCAL and not token and not editors:
            raise ReviewError(f"binding {host} (not {LOCAL}) needs --token or --editor, "
                              "which every request must then carry")
        for given in (token, *editors):
            if given and not _TOKEN.fullmatch(given):
                raise ReviewError("a token is at least 16 characters of letters, digits, '.', '_', '~' or '-'")
        if not all(1 <= len(name) <= 100 for name in editors.values()):
            raise ReviewError("every --editor needs a name of 1 to 100 characters: NAME=TOKEN")
        self.desk = desk
        self.token = token or None
        self.editors = editors
        self.reviewer = (reviewer or "").strip()
        self.csrf = secrets.token_urlsafe(32)
        try:
            super().__init__((host, port), ReviewHandler)
        except OSError as exc:
            raise ReviewError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None

    def server_close(self) -> None:
        super().server_close()
        self.desk.close()  # lets go of the store file

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/" + (f"?token={self.token}" if self.token else "")

    def editor_urls(self) -> dict[str, str]:
        """name -> the URL that editor opens (their token in it)."""
        host, port = self.server_address[:2]
        return {name: f"http://{host}:{port}/?token={token}" for token, name in self.editors.items()}


def make_server(store: Store | str | Path, host: str = LOCAL, port: int = 0, token: str | None = None,
                reviewer: str | None = None, editors: dict[str, str] | None = None) -> ReviewServer:
    """A server over the store file at a path, held for bursts of requests and let
    go for other processes (what ``extractor review`` runs), or over an open Store
    its caller keeps."""
    desk = ReviewDesk(store)
    server = ReviewServer(desk, host, port, token, reviewer, editors)
    if not isinstance(store, Store):
        # read what the first page asks for once before anyone asks: the imports,
        # the folded log and the counts are then ready, and the first editor
        # does not wait for them (a store busy now is warmed by the first request)
        try:
            desk.overview()
            desk.queue()
        except StoreBusy:
            pass
    return server


class ReviewHandler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "extractor-review"
    sys_version = ""

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass  # the page shows every outcome; a terminal full of GETs helps nobody

    # -- responses ------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        try:
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the page went away (a reload, a closed tab) before its answer came

    def _json(self, status: int, data: object, extra: dict | None = None) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                   "application/json; charset=utf-8", extra)

    def _error(self, status: int, message: str) -> None:
        self._json(status, {"error": message})

    # -- gatekeeping ----------------------------------------------------------

    def _query(self) -> dict[str, str]:
        return {k: v[-1] for k, v in parse_qs(urlsplit(self.path).query).items()}

    def _token_given(self) -> str | None:
        header = self.headers.get("X-Review-Token")
        if header:
            return header
        cookie = SimpleCookie(self.headers.get("Cookie", ""))
        if COOKIE in cookie:
            return cookie[COOKIE].value
        return self._query().get("token")

    def _allowed(self) -> bool:
        """Whether the request may go on; sets self.editor (the name its token gives,
        if an editor's) and self.token_used."""
        server = self.server
        self.editor, self.token_used = None, None
        if server.token is None and not server.editors:
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
            if host not in (LOCAL, "localhost"):
                self._error(HTTPStatus.FORBIDDEN, f"this review server answers only to {LOCAL}")
                return False
            return True
        given = (self._token_given() or "").encode()
        # every token is compared, so the time taken says nothing of which one matched
        matched = [t for t in (server.token, *server.editors) if t and hmac.compare_digest(given, t.encode())]
        if not matched:
            self._error(HTTPStatus.FORBIDDEN,
                        "this review server needs its token: open the URL it printed")
            return False
        self.token_used = matched[0]
        self.editor = server.editors.get(matched[0])
        return True

    def _body(self) -> dict | None:
        if self.headers.get_content_type() != "application/json":
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send the decision as application/json")
            return None
        given = self.headers.get("X-CSRF-Token") or ""
        if not hmac.compare_digest(given.encode(), self.server.csrf.encode()):
            self._error(HTTPStatus.FORBIDDEN, "missing or wrong CSRF token: reload the page")
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 < length <= MAX_BODY:
            self._error(HTTPStatus.BAD_REQUEST, f"a request body of 1 to {MAX_BODY} bytes is needed")
            return None
        try:
            data = json.loads(self.rfile.read(length))
        except (ValueError, UnicodeDecodeError):
            self._error(HTTPStatus.BAD_REQUEST, "the request body is not valid JSON")
            return None
        if not isinstance(data, dict):
            self._error(HTTPStatus.BAD_REQUEST, "the request body must be a JSON object")
            return None
        return data

    def _guarded(self, action) -> None:
        try:
            action()
        except ConflictError as exc:
            self._error(HTTPStatus.CONFLICT, str(exc))
        except ReviewError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
        except StoreBusy as exc:  # the page keeps what was typed and may try again
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
        except StoreError as exc:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc))
        except ExtractorError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
        except Exception as exc:  # a bug: say so in the page, keep serving, keep the trace
            traceback.print_exc(file=sys.stderr)
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR,
                        f"internal error ({type(exc).__name__}): reload the page to see what was recorded")

    # -- routes ---------------------------------------------------------------

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        if not self._allowed():
            return
        path = urlsplit(self.path).path
        query = self._query()
        desk = self.server.desk
        if path == "/":
            self._page()
        elif match := _STATIC.match(path):
            try:
                body = _resource("static", match.group(1))
            except (FileNotFoundError, IsADirectoryError):
                self._error(HTTPStatus.NOT_FOUND, f"no static file {match.group(1)}")
                return
            self._send(HTTPStatus.OK, body, _TYPES[match.group(2)])
        elif path == "/api/overview":
            self._guarded(lambda: self._json(HTTPStatus.OK, desk.overview()))
        elif path == "/api/queue":
            self._guarded(lambda: self._json(HTTPStatus.OK, desk.queue(
                status=query.get("status", ""), kind=query.get("kind", ""),
                article=query.get("article", ""), check_kind=query.get("check_kind", ""),
                offset=_number(query, "offset", 0), limit=_number(query, "limit", 100))))
        elif path == "/api/articles":
            self._guarded(lambda: self._json(HTTPStatus.OK, desk.articles(
                search=query.get("q", ""), sort=query.get("sort", "published"),
                offset=_number(query, "offset", 0), limit=_number(query, "limit", 50))))
        elif path == "/api/changes":
            self._guarded(lambda: self._json(HTTPStatus.OK, desk.changes(_number(query, "since", 0))))
        elif path == "/api/article":
            self._guarded(lambda: self._json(HTTPStatus.OK, desk.article(query.get("id", ""))))
        elif path == "/api/item":
            self._guarded(lambda: self._json(HTTPStatus.OK, desk.item(query.get("id", "")).to_json()))
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no page {path}")

    def do_POST(self) -> None:
        if not self._allowed():
            return
        path = urlsplit(self.path).path
        if path not in ("/api/decide", "/api/add"):
            self._error(HTTPStatus.NOT_FOUND, f"no action {path}")
            return
        data = self._body()
        if data is None:
            return
        desk = self.server.desk

        # an editor's own token names them, whatever the request says
        reviewer = self.editor or data.get("reviewer")

        def decide():
            item, progress = desk.decide_counted(
                item_id=str(data.get("item_id", "")), decision=str(data.get("decision", "")),
                reviewer=reviewer, version=data.get("version"),
                reason=_text(data.get("reason")), values=_values(data.get("values")))
            self._json(HTTPStatus.OK, {**item.to_json(), "progress": progress})

        def add():
            item, progress = desk.add_counted(
                article_id=str(data.get("article_id", "")), kind=str(data.get("kind", "")),
                span=data.get("span"), values=_values(data.get("values")),
                reviewer=reviewer, reason=_text(data.get("reason")))
            self._json(HTTPStatus.OK, {**item.to_json(), "progress": progress})

        self._guarded(decide if path == "/api/decide" else add)

    def _page(self) -> None:
        template = Template(_resource("templates", "page.html").decode("utf-8"))
        body = template.substitute(csrf=html.escape(self.server.csrf, quote=True),
                                   reviewer=html.escape(self.editor or self.server.reviewer, quote=True),
                                   fixed="true" if self.editor else "")
        extra = {}
        if self.token_used:
            extra["Set-Cookie"] = (f"{COOKIE}={self.token_used}; Path=/; HttpOnly; "
                                   "SameSite=Strict")
        self._send(HTTPStatus.OK, body.encode("utf-8"), "text/html; charset=utf-8", extra)


def _number(query: dict, name: str, default: int) -> int:
    raw = query.get(name, "")
    if not raw:
        return default
    if not raw.isdigit():
        raise ReviewError(f"{name} must be a whole number, not {raw!r}")
    return int(raw)


def _text(value) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ReviewError("a reason must be text")
    return value


def _values(value) -> dict | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ReviewError("values must be an object of field -> value")
    return value
