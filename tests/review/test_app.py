"""The review web app over HTTP: a real server on 127.0.0.1 over a real DuckDB
file. CSRF, the token, the Host check, escaping, and every error as JSON."""

from __future__ import annotations

import http.client
import json
import re
import signal
import subprocess
import sys
import urllib.request

import pytest
from processes import hears_ctrl_c

from extractor.cli import main
from extractor.errors import ReviewError
from extractor.review.app import CSP, make_server
from extractor.review.service import load_reviewed
from extractor.store import Store


def request(server, method: str, path: str, body=None, headers: dict | None = None):
    """(status, headers, parsed JSON or text) of one request to the server."""
    host, port = server.server_address[:2]
    con = http.client.HTTPConnection(host, port, timeout=10)
    try:
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        all_headers = {"Host": f"{host}:{port}"}
        if data is not None:
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        con.request(method, path, body=data, headers=all_headers)
        response = con.getresponse()
        raw = response.read().decode("utf-8")
        kind = response.getheader("Content-Type", "")
        return response.status, response, (json.loads(raw) if kind.startswith("application/json") else raw)
    finally:
        con.close()


def csrf_of(server) -> str:
    status, _, page = request(server, "GET", "/")
    assert status == 200
    return re.search(r'<meta name="csrf-token" content="([^"]+)">', page).group(1)


def post(server, path: str, body: dict, csrf: str | None = None, **headers):
    if csrf is not None:
        headers["X-CSRF-Token"] = csrf
    return request(server, "POST", path, body, headers)


def reviews(server) -> list[tuple]:
    with server.desk.session():
        return server.desk.store.con.execute(
            "SELECT item_id, reviewer, decision, reason FROM reviews ORDER BY id").fetchall()


def first(server, kind: str):
    with server.desk.session():
        return next(i for i in load_reviewed(server.desk.store) if i.kind == kind)


# -- the page -------------------------------------------------------------------

def test_the_page_carries_a_csp_and_a_csrf_token_and_no_inline_script(corpus_db, serve):
    server = serve(corpus_db)
    status, response, page = request(server, "GET", "/")
    assert status == 200
    assert response.getheader("Content-Security-Policy") == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert len(csrf_of(server)) >= 32
    # the only scripts are the static files: nothing inline for article text to join
    assert re.findall(r"<script[^>]*>", page) == [
        f'<script src="/static/{name}.js" defer>' for name in ("base", "item", "forms", "review")]


def test_the_reviewer_given_on_the_command_line_is_escaped_into_the_page(corpus_db, serve):
    server = serve(corpus_db, reviewer='Ann "<script>alert(1)</script>')
    _, _, page = request(server, "GET", "/")
    assert '<meta name="reviewer" content="Ann &quot;&lt;script&gt;alert(1)&lt;/script&gt;">' in page
    assert "<script>alert" not in page


def test_static_files_are_served_with_their_type_and_nothing_else_is(corpus_db, serve):
    server = serve(corpus_db)
    for name in ("base", "item", "forms", "review"):
        status, response, body = request(server, "GET", f"/static/{name}.js")
        assert status == 200 and response.getheader("Content-Type").startswith("text/javascript")
        assert "innerHTML" not in body and "insertAdjacentHTML" not in body, name
    assert "textContent" in body
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/nope.js", "/etc/passwd"):
        status, _, body = request(server, "GET", path)
        assert status == 404, path
        assert "error" in body


def test_article_text_goes_out_as_json_data_exactly_as_stored(corpus_db, serve):
    server = serve(corpus_db)
    _, _, overview = request(server, "GET", "/api/overview")
    hostile = next(a for a in overview["articles"] if a["source"].endswith("westshire-hostile.txt"))
    status, response, article = request(server, "GET", f"/api/article?id={hostile['id']}")
    assert status == 200 and response.getheader("Content-Type").startswith("application/json")
    assert '<img src=x onerror="window.__pwned' in article["text"]


# -- CSRF and the shape of a request ----------------------------------------------

def test_a_decision_without_the_csrf_token_is_refused_and_writes_nothing(corpus_db, serve):
    server = serve(corpus_db)
    fig = first(server, "figure")
    body = {"item_id": fig.id, "decision": "accept", "reviewer": "Ann", "version": 0}
    for token in (None, "", "forged-token-forged-token-forged-token"):
        status, _, answer = post(server, "/api/decide", body, token)
        assert status == 403 and "CSRF" in answer["error"]
    assert reviews(server) == []
    status, _, answer = post(server, "/api/decide", body, csrf_of(server))
    assert status == 200 and answer["status"] == "accepted" and answer["reviewer"] == "Ann"
    assert reviews(server) == [(fig.id, "Ann", "accept", None)]


def test_a_form_post_from_another_site_is_refused(corpus_db, serve):
    server = serve(corpus_db)
    fig = first(server, "figure")
    status, _, answer = request(server, "POST", "/api/decide",
                                f"item_id={fig.id}&decision=accept&reviewer=Eve&version=0".encode(),
                                {"Content-Type": "application/x-www-form-urlencoded",
                                 "X-CSRF-Token": csrf_of(server)})
    assert status == 415 and "application/json" in answer["error"]
    assert reviews(server) == []


@pytest.mark.parametrize("body, status, message", [
    (b"{not json", 400, "not valid JSON"),
    (b"[1, 2]", 400, "must be a JSON object"),
    (b'{"item_id": "nope", "decision": "accept", "reviewer": "Ann", "version": 0}', 400, "no item 'nope'"),
    (b'{"item_id": "x", "decision": "accept", "version": 0}', 400, "a reviewer name is required"),
    (b'{"article_id": "x", "kind": "figure", "span": [0, 3], "reviewer": "Ann"}', 400, "no article 'x'"),
])
def test_a_bad_request_gets_a_json_error_naming_what_is_wrong(corpus_db, serve, body, status, message):
    server = serve(corpus_db)
    path = "/api/add" if b"article_id" in body else "/api/decide"
    got, _, answer = request(server, "POST", path, body, {"X-CSRF-Token": csrf_of(server)})
    assert got == status and message in answer["error"]
    assert reviews(server) == []


def test_a_bad_correction_is_a_400_naming_the_field_and_writes_nothing(corpus_db, serve):
    server = serve(corpus_db)
    fig = first(server, "figure")
    status, _, answer = post(server, "/api/decide", {
        "item_id": fig.id, "decision": "correct", "reviewer": "Ann", "version": 0,
        "values": {"counted": "bananas"}}, csrf_of(server))
    assert status == 400
    assert answer["error"].startswith("invalid figure: counted: Input should be 'referral'")
    assert reviews(server) == []


def test_a_stale_decision_is_a_409_and_the_newer_one_stands(corpus_db, serve):
    server = serve(corpus_db)
    csrf = csrf_of(server)
    out = first(server, "outcome")
    seen = {"item_id": out.id, "version": out.version}
    status, _, ann = post(server, "/api/decide", {**seen, "decision": "accept", "reviewer": "Ann"}, csrf)
    assert status == 200
    status, _, bob = post(server, "/api/decide", {**seen, "decision": "reject", "reviewer": "Bob"}, csrf)
    assert status == 409
    assert "decided again (accept by Ann" in bob["error"] and "yours was not recorded" in bob["error"]
    _, _, now = request(server, "GET", f"/api/item?id={out.id}")
    assert now["status"] == "accepted" and now["version"] == ann["version"]
    assert [r[1:3] for r in reviews(server)] == [("Ann", "accept")]


def test_unknown_pages_and_actions_are_404(corpus_db, serve):
    server = serve(corpus_db)
    assert request(server, "GET", "/api/nothing")[0] == 404
    assert post(server, "/api/delete", {}, csrf_of(server))[0] == 404


def test_queue_filters_come_back_as_errors_when_unknown(corpus_db, serve):
    server = serve(corpus_db)
    status, _, answer = request(server, "GET", "/api/queue?status=done")
    assert status == 400 and "unknown status 'done'" in answer["error"]
    _, _, queue = request(server, "GET", "/api/queue?kind=check&check_kind=sum_mismatch")
    assert queue["items"] and {i["check_kind"] for i in queue["items"]} == {"sum_mismatch"}


# -- who may talk to the server -----------------------------------------------------

def test_without_a_token_only_a_local_host_header_is_answered(corpus_db, serve):
    server = serve(corpus_db)
    status, _, answer = request(server, "GET", "/api/overview", headers={"Host": "attacker.example:80"})
    assert status == 403 and "answers only to 127.0.0.1" in answer["error"]
    assert request(server, "GET", "/api/overview", headers={"Host": "localhost"})[0] == 200


def test_binding_beyond_127_0_0_1_needs_a_token(corpus_db):
    with Store(corpus_db) as store:
        with pytest.raises(ReviewError, match="binding 0.0.0.0 .* needs --token"):
            make_server(store, host="0.0.0.0", port=0)
        with pytest.raises(ReviewError, match="at least 16 characters"):
            make_server(store, port=0, token="short")


def test_the_cli_refuses_to_bind_beyond_127_0_0_1_without_a_token(corpus_db, capsys):
    assert main(["review", "--db", str(corpus_db), "--host", "0.0.0.0", "--port", "0"]) == 2
    assert "needs --token" in capsys.readouterr().err


def test_with_a_token_every_request_must_carry_it(corpus_db, serve):
    token = "s3cret-token-for-the-desk"
    server = serve(corpus_db, token=token)
    assert server.url.endswith(f"?token={token}")
    for path in ("/", "/static/review.js", "/api/overview", f"/?token={token}x"):
        status, _, answer = request(server, "GET", path)
        assert status == 403 and "needs its token" in answer["error"], path
    status, response, page = request(server, "GET", f"/?token={token}")
    assert status == 200
    cookie = response.getheader("Set-Cookie")
    assert cookie.startswith(f"extractor_review_token={token};") and "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    csrf = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    # the browser sends the cookie from then on; a script may send the header instead
    assert request(server, "GET", "/api/overview",
                   headers={"Cookie": f"extractor_review_token={token}"})[0] == 200
    assert request(server, "GET", "/api/overview", headers={"X-Review-Token": token})[0] == 200
    fig = first(server, "figure")
    body = {"item_id": fig.id, "decision": "accept", "reviewer": "Ann", "version": 0}
    assert post(server, "/api/decide", body, csrf)[0] == 403  # CSRF token alone is not enough
    assert reviews(server) == []
    assert post(server, "/api/decide", body, csrf, **{"X-Review-Token": token})[0] == 200
    assert len(reviews(server)) == 1



def test_the_review_command_serves_the_store_until_interrupted(corpus_db):
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "review", "--db", str(corpus_db),
                             "--port", "0", "--reviewer", "Ann"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=hears_ctrl_c)
    try:
        line = proc.stdout.readline()
        url = re.search(r"review page: (http://127\.0\.0\.1:\d+/)", line).group(1)
        with urllib.request.urlopen(url + "api/overview", timeout=60) as response:
            overview = json.load(response)
        assert len(overview["articles"]) == 4 and overview["progress"]["text"].startswith("0 of ")
        with urllib.request.urlopen(url, timeout=60) as response:
            assert '<meta name="reviewer" content="Ann">' in response.read().decode()
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err


def test_a_bug_in_the_desk_is_a_500_in_json_and_the_server_keeps_serving(corpus_db, serve, capsys):
    server = serve(corpus_db)

    def broken(**filters):
        raise RuntimeError("a bug")

    server.desk.queue = broken
    status, _, answer = request(server, "GET", "/api/queue")
    assert status == 500 and answer["error"].startswith("internal error (RuntimeError)")
    assert "RuntimeError: a bug" in capsys.readouterr().err
    assert request(server, "GET", "/api/overview")[0] == 200


def test_change_and_contradiction_checks_reach_the_desk_like_any_other_kind(tmp_path, serve):
    from conftest import CORPUS, extract_into

    db = tmp_path / "claims.duckdb"
    extract_into(db, CORPUS / "ldrs-severnside-complaints-rise-herald.txt",
                 CORPUS / "weekly-news-mercia-pc-hearing-2024.txt")
    server = serve(db)
    _, _, overview = request(server, "GET", "/api/overview")
    assert {"change_mismatch", "contradiction"} <= set(overview["check_kinds"])
    for kind in ("change_mismatch", "contradiction"):
        _, _, queue = request(server, "GET", f"/api/queue?kind=check&check_kind={kind}")
        assert queue["items"] and {i["check_kind"] for i in queue["items"]} == {kind}


def test_each_editor_has_a_token_of_their_own_that_names_them(corpus_db, serve):
    ann_token, bob_token = "ann-token-0123456789", "bob-token-0123456789"
    server = serve(corpus_db, editors={ann_token: "Ann Editor", bob_token: "Bob Editor"})
    status, _, _ = request(server, "GET", "/api/overview")
    assert status == 403
    status, response, page = request(server, "GET", "/", headers={"X-Review-Token": ann_token})
    assert status == 200 and '<meta name="reviewer" content="Ann Editor">' in page
    assert '<meta name="reviewer-fixed" content="true">' in page
    assert f"extractor_review_token={ann_token}" in response.getheader("Set-Cookie")
    csrf = re.search(r'<meta name="csrf-token" content="([^"]+)">', page).group(1)
    ann_item, bob_item = [i.id for i in load_reviewed(server.desk.store) if i.kind == "figure"][:2]
    for token, item in ((ann_token, ann_item), (bob_token, bob_item)):
        # the request claims to be someone else: the token decides who it is
        status, _, answer = post(server, "/api/decide", {"item_id": item, "decision": "accept",
                                                         "reviewer": "Mallory", "version": 0},
                                 csrf, **{"X-Review-Token": token})
        assert status == 200, answer
    assert [(i, who) for i, who, _, _ in reviews(server)] == [(ann_item, "Ann Editor"), (bob_item, "Bob Editor")]
    assert server.editor_urls()["Bob Editor"].endswith(f"/?token={bob_token}")
