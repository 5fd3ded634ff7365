// The review page. Every element is built with createElement/textContent:
// article text and extracted values are data, never HTML.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
  let csrf = meta("csrf-token");
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
  let selection = null;  // {article_id, span, text} captured for "add"

  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === "class") node.className = value;
      else if (key.startsWith("data-") || key.startsWith("aria-")) node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children) node.append(child);  // strings become text nodes
    return node;
  }

  function say(text, kind = "ok") {
    const box = $("message");
    box.textContent = text;
    box.className = kind;
  }

  // A restarted server has a new CSRF token: read it from the page it serves now
  // (parsed as an inert document, never run) and send the decision once more.
  async function freshToken() {
    const page = await (await fetch("/")).text();
    const found = new DOMParser().parseFromString(page, "text/html").querySelector('meta[name="csrf-token"]');
    if (!found || found.content === csrf) return false;
    csrf = found.content;
    return true;
  }

  async function api(path, body, retried = false) {
    const options = body === undefined ? {} : {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body),
    };
    let response;
    try {
      response = await fetch(path, options);
    } catch {
      const error = new Error("the review server does not answer (stopped?); what you typed is kept — try again when it runs");
      error.status = 0;
      throw error;
    }
    if (response.status === 403 && body !== undefined && !retried && await freshToken()) {
      return api(path, body, true);
    }
    let data;
    try { data = await response.json(); } catch { data = { error: `the server answered ${response.status}` }; }
    if (!response.ok) {
      const error = new Error(data.error || response.statusText);
      error.status = response.status;
      throw error;
    }
    return data;
  }

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

  function fillSelect(select, options) {
    for (const [value, label] of options) select.append(el("option", { value, textContent: label }));
  }

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

  function articleLine(a) {
    return [a.title || a.source, a.site_name, a.published].filter(Boolean).join(" · ");
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

  function label(item) {
    const v = item.values;
    if (item.kind === "check") return `${item.check_kind}: ${v.message}`;
    if (item.kind === "figure") return [v.text, v.counted, v.category, v.org].filter(Boolean).join(" · ");
    if (item.kind === "outcome") return `${v.outcome} · ${v.text}`;
    if (item.kind === "claim") return `${v.kind} ${v.status} · ${v.text}`;
    return v.text;
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

  function closeForms() {
    for (const id of ["reject-form", "edit-form", "add-form"]) $(id).hidden = true;
  }

  async function select(i) {
    closeForms();
    kbSel = null;
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

  // the article with the item's words marked, the mark scrolled to the middle
  async function showArticle(articleId, marks) {
    const text = (await article(articleId)).text;
    const context = $("context");
    context.replaceChildren();
    const spans = [...marks].sort((a, b) => a[0] - b[0]);
    let at = 0;
    for (const [start, end] of spans) {
      if (start < at) continue;
      context.append(text.slice(at, start), el("mark", {}, text.slice(start, end)));
      at = end;
    }
    context.append(text.slice(at));
    context.dataset.articleId = articleId;
    const mark = context.querySelector("mark");
    context.scrollTop = mark ? Math.max(0, mark.offsetTop - context.clientHeight / 2) : 0;
  }

  async function renderItem(item) {
    $("item-title").textContent = `${item.kind} · ${label(item)}`;
    const notes = [articleLine(names.get(item.article_id) || { source: item.article_id }), `status: ${item.status}`];
    if (item.reviewer) notes.push(`by ${item.reviewer} at ${item.decided_at}`);
    if (item.reason) notes.push(`reason: ${item.reason}`);
    if (!item.current) notes.push("orphaned: the latest extraction no longer produces this item");
    if (item.human) notes.push("added by a reviewer");
    if (item.machine_changed) notes.push("the machine values changed since this was accepted");
    if (item.stale) {
      notes.push("stale: this check rests on a value a reviewer has since corrected");
      if (item.recheck) notes.push(item.recheck.still
        ? `rechecked with the reviewed values, it still arises: ${item.recheck.message}`
        : "rechecked with the reviewed values, it no longer arises");
    }
    $("item-meta").textContent = notes.join(" · ");
    showSource(item.article_id);

    await showArticle(item.article_id, item.spans);

    const body = $("values").tBodies[0];
    body.replaceChildren();
    const shown = (v) => (v === null || v === undefined ? "—" : Array.isArray(v) ? JSON.stringify(v) : String(v));
    for (const name of Object.keys(item.values)) {
      body.append(el("tr", { class: item.changed.includes(name) ? "changed" : "" },
        el("td", {}, name), el("td", {}, shown(item.machine[name])), el("td", {}, shown(item.values[name]))));
    }
    $("history").replaceChildren(...item.history.map((entry) => el("li", {},
      `#${entry.id} ${entry.decision} by ${entry.reviewer} at ${entry.decided_at}` +
      (entry.reason ? ` — ${entry.reason}` : ""))));
  }

  // the article's own link, only ever an http(s) one
  function showSource(articleId) {
    const a = names.get(articleId) || {};
    const link = $("source-link");
    const safe = typeof a.url === "string" && /^https?:\/\//i.test(a.url);
    link.hidden = !safe;
    if (safe) { link.href = a.url; link.textContent = a.url; }
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

  function openReject() {
    if (!current() || needReviewer()) return;
    closeForms();
    $("reject-reason").value = "";
    $("reject-form").hidden = false;
    $("reject-reason").focus();
  }

  $("reject-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const reason = $("reject-reason").value;
    enqueue(() => decide("reject", { reason }));
  });

  function fieldInputs(container, kind, values, skip = []) {
    container.replaceChildren();
    for (const spec of overview.fields[kind]) {
      if (skip.includes(spec.name)) continue;
      const name = spec.name;
      let value = name === "span_start" ? values.span?.[0] : name === "span_end" ? values.span?.[1] : values[name];
      if (value === undefined) value = spec.default;  // a new item starts from the model's defaults
      let input;
      if (spec.type === "enum" || spec.type === "bool") {
        input = el("select", { name });
        const options = spec.type === "bool" ? ["true", "false"] : spec.options;
        if (spec.nullable) input.append(el("option", { value: "", textContent: "—" }));
        for (const option of options) input.append(el("option", { value: option, textContent: option }));
        input.value = value === null || value === undefined ? "" : String(value);
      } else {
        input = el("input", { name, autocomplete: "off", value: value === null || value === undefined ? "" : String(value) });
        if (spec.type === "date") input.placeholder = "YYYY-MM-DD";
      }
      input.dataset.original = input.value;
      container.append(el("label", {}, name, input));
    }
  }

  function formValues(container, changedOnly) {
    const values = {};
    for (const input of container.querySelectorAll("input, select")) {
      if (!changedOnly || input.value !== input.dataset.original) values[input.name] = input.value;
    }
    return values;
  }

  function openEdit() {
    const item = current();
    if (!item || needReviewer()) return;
    closeForms();
    fieldInputs($("edit-fields"), item.kind, item.values);
    $("edit-reason").value = "";
    $("edit-form").hidden = false;
    const first = $("edit-fields").querySelector("input, select");
    if (first) first.focus();
  }

  $("edit-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const values = formValues($("edit-fields"), true);
    if (!Object.keys(values).length) { say("nothing changed: edit a field, or press Esc", "error"); return; }
    enqueue(() => decide("correct", { values, reason: $("edit-reason").value }));
  });

  // "add": the words selected in the article become a new figure or outcome
  function selectedSpan() {
    const sel = window.getSelection();
    const context = $("context");
    if (!sel.rangeCount || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (!context.contains(range.startContainer) || !context.contains(range.endContainer)) return null;
    const before = document.createRange();
    before.selectNodeContents(context);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    const text = range.toString();
    return { article_id: context.dataset.articleId, span: [start, start + text.length], text };
  }

  // Without a mouse there is no selection: the form then asks for the span as
  // character offsets, starting from the current item's.
  function addFields() {
    const skip = selection.typed ? [] : ["span_start", "span_end"];
    fieldInputs($("add-fields"), $("add-kind").value, { span: selection.span }, skip);
  }

  function openAdd() {
    if ($("item").hidden || needReviewer()) return;
    selection = selectedSpan();
    if (!selection) {
      const item = current();
      const span = item && item.kind !== "check" ? item.values.span : [0, 0];
      selection = { article_id: $("context").dataset.articleId, span, text: "", typed: true };
    }
    closeForms();
    $("add-quote").textContent = selection.typed ? "the characters span_start..span_end below" : selection.text;
    const kind = $("add-kind");
    if (!kind.options.length) fillSelect(kind, overview.addable.map((k) => [k, k]));
    addFields();
    $("add-form").hidden = false;
    kind.focus();
  }

  $("add-kind").addEventListener("change", addFields);

  $("add-form").addEventListener("submit", (event) => {
    event.preventDefault();
    enqueue(addSelected);
  });

  async function addSelected() {
    if (!selection || needReviewer()) return;
    const values = formValues($("add-fields"), false);
    let span = selection.span;
    if ("span_start" in values) {
      span = [values.span_start, values.span_end];
      delete values.span_start;
      delete values.span_end;
    }
    try {
      const item = await api("/api/add", {
        article_id: selection.article_id, kind: $("add-kind").value, span, values, reviewer,
        reason: $("add-reason").value,
      });
      remember(item, true);
      if (item.progress) showProgress(item.progress);
      closeForms();
      say(`added ${item.kind} “${item.values.text}” by ${reviewer}`);
      await place(item, false);
    } catch (error) {
      say(error.message, "error");
    }
  }

  // -- selecting words with the keyboard ----------------------------------------------
  // v selects the current item's words (or the article's first word); ] and [ move
  // the selection's end a word on or back, } and { its start; n then adds it.
  let kbSel = null;
  const WORD = /[\p{L}\p{N}]/u;
  const isWord = (ch) => WORD.test(ch);

  function wordEndAfter(text, at) {
    let i = at;
    while (i < text.length && !isWord(text[i])) i += 1;
    while (i < text.length && isWord(text[i])) i += 1;
    return i;
  }

  function wordStartBefore(text, at) {
    let i = at;
    while (i > 0 && !isWord(text[i - 1])) i -= 1;
    while (i > 0 && isWord(text[i - 1])) i -= 1;
    return i;
  }

  // the text node and offset of a character offset into the article text
  function pointAt(context, offset) {
    const walker = document.createTreeWalker(context, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    let left = offset;
    while (node) {
      if (left <= node.data.length) return { node, offset: left };
      left -= node.data.length;
      const next = walker.nextNode();
      if (!next) return { node, offset: node.data.length };
      node = next;
    }
    return { node: context, offset: 0 };
  }

  function showKeyboardSelection() {
    const context = $("context");
    const a = pointAt(context, kbSel.start);
    const b = pointAt(context, kbSel.end);
    window.getSelection().setBaseAndExtent(a.node, a.offset, b.node, b.offset);
    say(`selected “${context.textContent.slice(kbSel.start, kbSel.end)}” — ] [ move its end, } { its start, n adds it`);
  }

  function startSelection() {
    if ($("item").hidden) return;
    const text = $("context").textContent;
    const item = current();
    const span = item && item.kind !== "check" ? item.values.span : null;
    kbSel = span ? { start: span[0], end: span[1] }
      : { start: wordStartBefore(text, wordEndAfter(text, 0)), end: wordEndAfter(text, 0) };
    showKeyboardSelection();
  }

  function moveSelection(edge, step) {
    if (!kbSel) return startSelection();
    const text = $("context").textContent;
    let { start, end } = kbSel;
    if (edge === "end") {
      end = step > 0 ? wordEndAfter(text, end) : wordStartBefore(text, end);
      while (end > start && !isWord(text[end - 1])) end -= 1;
      if (end <= start) end = wordEndAfter(text, start);
    } else {
      start = step < 0 ? wordStartBefore(text, start) : wordEndAfter(text, start);
      while (start < end && !isWord(text[start])) start += 1;
      if (start >= end) start = wordStartBefore(text, end);
    }
    kbSel = { start, end };
    showKeyboardSelection();
  }

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
      j: () => move(1), k: () => move(-1), a: () => decide("accept"), x: openReject,
      e: openEdit, u: undo, n: openAdd, "?": toggleHelp, v: startSelection,
      "]": () => moveSelection("end", 1), "[": () => moveSelection("end", -1),
      "}": () => moveSelection("start", 1), "{": () => moveSelection("start", -1),
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
  $("do-reject").addEventListener("click", () => enqueue(openReject));
  $("do-edit").addEventListener("click", () => enqueue(openEdit));
  $("do-undo").addEventListener("click", () => enqueue(undo));
  $("do-add").addEventListener("click", () => enqueue(openAdd));
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
