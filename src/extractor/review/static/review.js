// The review page: the queue and its filters, decisions and undo, other editors'
// decisions as they come, and the keys. Its other parts load before it: base.js
// (elements, messages, the server), item.js (one item shown), forms.js (reject,
// correct, add). Every element is built with createElement/textContent: article
// text and extracted values are data, never HTML.
"use strict";
(() => {
  const { $, meta, el, say, api, fillSelect, articleLine, label } = window.ReviewBase;
  // The name this browser chose stands over the server's --reviewer, so a reload
  // never takes a changed name back.
  // An editor's own token names them (the server says so): no choosing then.
  const fixed = meta("reviewer-fixed") === "true";
  let reviewer = fixed ? meta("reviewer") : localStorage.getItem("extractor-reviewer") || meta("reviewer") || "";
  let overview = null;
  let items = [];
  let index = -1;
  // The queue is read a page at a time: items holds one page of `total`.
  const PAGE = 100;
  const POLL_MS = 3000;
  let offset = 0;
  let total = 0;
  let logLast = 0;  // the newest review log entry this page has seen
  const names = new Map();  // article id -> {title, site_name, published, url, source}
  const articles = new Map();
  // This page's decisions, newest last, each with the item version this page
  // last saw: an undo made after someone else decided the item is refused.
  const mine = [];

  // Actions run one after another, so keys pressed while a decision is on its
  // way act on the queue as it will be; data-pending says how many are waiting.
  let chain = Promise.resolve();
  let pending = 0;
  let opening = 0;  // form-opening keys queued and not yet run
  function enqueue(action) {
    pending += 1;
    document.body.dataset.pending = String(pending);
    chain = chain.then(action).catch((error) => say(error.message, "error")).finally(() => {
      pending -= 1;
      document.body.dataset.pending = String(pending);
    });
    return chain;
  }

  const current = () => (index >= 0 && index < items.length ? items[index] : null);
  const formOpen = () => ["reject-form", "edit-form", "add-form"].some((id) => !$(id).hidden);

  // -- reviewer ---------------------------------------------------------------

  function showReviewer() {
    $("reviewer-name").textContent = reviewer || "—";
    $("change-reviewer").hidden = fixed;
  }

  function askReviewer() {
    $("reviewer-input").value = reviewer;
    $("reviewer-dialog").hidden = false;
    $("reviewer-input").focus();
  }

  $("reviewer-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const name = $("reviewer-input").value.trim();
    if (!name) return;
    reviewer = name;
    localStorage.setItem("extractor-reviewer", name);
    $("reviewer-dialog").hidden = true;
    document.activeElement.blur();
    showReviewer();
  });
  $("change-reviewer").addEventListener("click", askReviewer);

  // -- filters and queue ------------------------------------------------------


  function filters() {
    const params = new URLSearchParams();
    const pairs = [["status", "f-status"], ["kind", "f-kind"], ["article", "f-article"], ["check_kind", "f-check-kind"]];
    for (const [name, id] of pairs) if ($(id).value) params.set(name, $(id).value);
    return params.toString();
  }

  function articleName(id) {
    const found = names.get(id);
    return found ? (found.title || found.source) : id;
  }

  // The article search fills the article filter with the articles it finds.
  async function searchArticles() {
    const params = new URLSearchParams({ q: $("f-search").value, sort: $("f-sort").value, limit: "200" });
    const data = await api(`/api/articles?${params}`);
    fillArticles(data.articles, data.total);
  }

  function fillArticles(found, count) {
    const select = $("f-article");
    const chosen = select.value;
    select.replaceChildren(el("option", { value: "", textContent: `any (${count} found)` }));
    for (const a of found) names.set(a.id, a);
    fillSelect(select, found.map((a) => [a.id, articleLine(a)]));
    if (chosen && !found.some((a) => a.id === chosen)) {
      select.append(el("option", { value: chosen, textContent: articleLine(names.get(chosen) || { source: chosen }) }));
    }
    select.value = chosen;
  }

  function showProgress(progress) {
    $("progress").textContent = progress.text;
  }

  async function loadQueue(selectId, fallbackIndex) {
    const data = await api(`/api/queue?${filters()}&offset=${offset}&limit=${PAGE}`);
    items = data.items;
    total = data.total;
    for (const [id, a] of Object.entries(data.articles)) {
      names.set(id, a);
      articles.set(id, a);  // the text came with the page
    }
    showProgress(data.progress);
    logLast = Math.max(logLast, data.log_last);
    showCount();
    renderQueue();
    let next = selectId ? items.findIndex((item) => item.id === selectId) : -1;
    if (next < 0) next = Math.min(fallbackIndex ?? 0, items.length - 1);
    await select(next);
  }

  function showCount() {
    $("queue-count").textContent = items.length
      ? `${offset + 1}–${offset + items.length} of ${total}` : `0 of ${total}`;
  }

  // an item that no longer matches the status filter leaves the page
  function matches(item) {
    const status = $("f-status").value;
    if (status === "orphaned") return !item.current;
    return item.current && (!status || item.status === status);
  }

  function renderQueue() {
    const list = $("queue");
    list.replaceChildren();
    let article = null;
    items.forEach((item, i) => {
      if (item.article_id !== article) {
        article = item.article_id;
        list.append(el("li", { class: "article" }, articleName(article)));
      }
      const status = (item.current ? item.status : `${item.status} · orphaned`) + (item.stale ? " · stale" : "");
      const row = el("li", { class: "item", "data-id": item.id, "data-index": String(i), "aria-selected": "false" },
        el("span", { class: "kind" }, item.kind + (item.human ? " +" : "")),
        el("span", { class: "quote" }, label(item)),
        el("span", { class: `status ${item.current ? item.status : "orphaned"}`,
          title: item.reviewer ? `${item.status} by ${item.reviewer} at ${item.decided_at}` : item.status }, status));
      row.addEventListener("click", () => select(i));
      list.append(row);
    });
  }

  // -- one item -----------------------------------------------------------------

  async function article(id) {
    if (!articles.has(id)) articles.set(id, await api(`/api/article?id=${encodeURIComponent(id)}`));
    return articles.get(id);
  }

  const { showArticle, renderItem } = window.ReviewItem({ names, article });

  function closeForms() {
    for (const id of ["reject-form", "edit-form", "add-form"]) $(id).hidden = true;
  }

  async function select(i) {
    closeForms();
    forms.forgetSelection();
    index = i;
    for (const row of $("queue").querySelectorAll("li.item")) {
      row.setAttribute("aria-selected", row.dataset.index === String(i) ? "true" : "false");
    }
    const item = current();
    // An article chosen in the filter with nothing (left) to review is still
    // shown, so that a figure the extractor missed can be added from it.
    const bare = item ? null : $("f-article").value;
    $("empty").hidden = Boolean(item);
    $("item").hidden = !item && !bare;
    $("item").classList.toggle("article-only", !item);
    if (item) {
      const row = $("queue").querySelector(`li.item[data-index="${i}"]`);
      if (row) row.scrollIntoView({ block: "nearest" });
      await renderItem(item);
    } else if (bare) {
      $("item-title").textContent = articleName(bare);
      $("item-meta").textContent = "no item here with these filters: select words in the article and press n to add one";
      await showArticle(bare, []);
    }
  }

  // j past the page's last item reads the next page; k before its first, the one before
  async function move(step) {
    if (!items.length) return;
    const next = index + step;
    if (next >= items.length && offset + items.length < total) {
      offset += PAGE;
      return loadQueue(null, 0);
    }
    if (next < 0 && offset > 0) {
      offset = Math.max(0, offset - PAGE);
      return loadQueue(null, PAGE - 1);
    }
    return select(Math.max(0, Math.min(items.length - 1, next)));
  }

  // -- decisions ------------------------------------------------------------------

  function needReviewer() {
    if (reviewer) return false;
    askReviewer();
    return true;
  }

  async function decide(decision, extra = {}, target = current()) {
    if (!target || needReviewer()) return false;
    try {
      const item = await api("/api/decide", {
        item_id: target.id, decision, reviewer, version: target.version, ...extra,
      });
      remember(item, decision !== "undo");
      if (item.progress) showProgress(item.progress);
      closeForms();
      say(`${decision} recorded by ${reviewer} on ${item.kind} “${label(item)}” — now ${item.status}`);
      await place(item, decision !== "undo");
      return true;
    } catch (error) {
      // A refused decision keeps the form and what was typed in it: the item is
      // drawn again as it now stands, and Enter records the decision on top.
      const kept = formOpen() ? " Your entry is kept: press Enter to record it on what is now there, Esc to drop it." : "";
      say(error.message + kept, error.status === 409 ? "conflict" : "error");
      if (error.status === 409) await refresh(target.id);
      return false;
    }
  }

  // The decided item drawn in place, no reload: it stays if it still matches the
  // filters, and the next item is selected after a decision (the same after an undo).
  async function place(item, advance) {
    const at = items.findIndex((i) => i.id === item.id);
    if (at < 0) {
      items.splice(Math.max(0, index + 1), 0, item);
      renderQueue();
      return select(Math.max(0, index + 1));
    }
    if (matches(item)) {
      items[at] = item;
      renderQueue();
      return select(advance ? Math.min(at + 1, items.length - 1) : at);
    }
    items.splice(at, 1);
    total -= 1;
    showCount();
    renderQueue();
    return select(Math.min(at, items.length - 1));
  }

  // one item fetched again, without closing a form open on it
  async function refresh(id) {
    const item = await api(`/api/item?id=${encodeURIComponent(id)}`);
    const at = items.findIndex((i) => i.id === id);
    if (at >= 0) items[at] = item;
    renderQueue();
    for (const row of $("queue").querySelectorAll("li.item")) {
      row.setAttribute("aria-selected", row.dataset.index === String(index) ? "true" : "false");
    }
    if (at === index) await renderItem(item);
  }

  // Other editors' decisions (in any process) appear without a reload.
  let polling = false;
  async function poll() {
    if (polling || pending > 0 || !overview) return;
    polling = true;
    try {
      const data = await api(`/api/changes?since=${logLast}`);
      logLast = Math.max(logLast, data.log_last);
      showProgress(data.progress);
      let redraw = false;
      for (const item of data.items) {
        const at = items.findIndex((i) => i.id === item.id);
        if (at >= 0 && items[at].version !== item.version) {
          items[at] = item;
          redraw = true;
          if (at === index && !formOpen()) await renderItem(item);
        }
      }
      if (redraw) {
        renderQueue();
        for (const row of $("queue").querySelectorAll("li.item")) {
          row.setAttribute("aria-selected", row.dataset.index === String(index) ? "true" : "false");
        }
      }
    } catch (error) {
      // a store busy for long, or a server stopped: say so, and try again later
      say(`could not check for other editors' decisions: ${error.message}`, "error");
    } finally {
      polling = false;
    }
  }

  function remember(item, push) {
    for (const entry of mine) if (entry.id === item.id) entry.version = item.version;
    if (push) mine.push({ id: item.id, version: item.version });
  }

  async function undo() {
    const last = mine.pop();
    if (last) {
      await decide("undo", {}, { id: last.id, version: last.version });
      return;
    }
    await decide("undo");
  }

  const forms = window.ReviewForms({
    current, needReviewer, closeForms, decide, enqueue, remember, showProgress, place,
    overview: () => overview, reviewer: () => reviewer,
  });

  // -- keys -------------------------------------------------------------------------

  function toggleHelp() {
    $("help").hidden = !$("help").hidden;
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") {
      closeForms();
      $("help").hidden = true;
      if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
      return;
    }
    if (event.target.closest && event.target.closest("input, select, textarea")) return;
    if (!$("reviewer-dialog").hidden) return;
    // Keys typed after x/e/n but before its form has opened were meant for the
    // form, never as shortcuts: drop them rather than accept or reject by accident.
    if (opening > 0) { event.preventDefault(); return; }
    const actions = {
      j: () => move(1), k: () => move(-1), a: () => decide("accept"), x: forms.openReject,
      e: forms.openEdit, u: undo, n: forms.openAdd, "?": toggleHelp, v: forms.startSelection,
      "]": () => forms.moveSelection("end", 1), "[": () => forms.moveSelection("end", -1),
      "}": () => forms.moveSelection("start", 1), "{": () => forms.moveSelection("start", -1),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    const opens = "xen".includes(event.key);
    if (opens) opening += 1;
    enqueue(() => {
      if (opens) opening -= 1;
      if (event.key !== "?" && formOpen()) closeForms();
      return action();
    });
  });

  $("help-button").addEventListener("click", toggleHelp);
  $("do-accept").addEventListener("click", () => enqueue(() => decide("accept")));
  $("do-reject").addEventListener("click", () => enqueue(forms.openReject));
  $("do-edit").addEventListener("click", () => enqueue(forms.openEdit));
  $("do-undo").addEventListener("click", () => enqueue(undo));
  $("do-add").addEventListener("click", () => enqueue(forms.openAdd));
  // A filter gives the keys back once chosen: a letter typed on a focused select
  // would change it.
  for (const id of ["f-status", "f-kind", "f-article", "f-check-kind"]) {
    $(id).addEventListener("change", () => {
      $(id).blur();
      offset = 0;
      enqueue(() => loadQueue(null, 0));
    });
  }
  let searching = 0;
  $("f-search").addEventListener("input", () => {
    clearTimeout(searching);
    searching = setTimeout(() => enqueue(searchArticles), 250);
  });
  $("f-sort").addEventListener("change", () => { $("f-sort").blur(); enqueue(searchArticles); });
  $("filters").addEventListener("submit", (event) => event.preventDefault());

  async function start() {
    overview = await api("/api/overview");
    logLast = overview.log_last;
    fillSelect($("f-status"), overview.statuses.map((s) => [s, s]));
    fillSelect($("f-kind"), overview.kinds.map((k) => [k, k]));
    fillArticles(overview.articles, overview.articles_total);
    fillSelect($("f-sort"), overview.sorts.map((s) => [s, `by ${s}`]));
    fillSelect($("f-check-kind"), overview.check_kinds.map((k) => [k, k]));
    showReviewer();
    await loadQueue(null, 0);
    document.body.dataset.ready = "true";
    if (!reviewer) askReviewer();
    setInterval(poll, POLL_MS);
  }

  enqueue(start);
})();
