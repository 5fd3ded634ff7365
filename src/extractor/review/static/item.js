// One item on the review page: its values beside the machine's, its history, and
// the article with the item's words marked. Text is set as data, never as HTML.
"use strict";
window.ReviewItem = ({ names, article }) => {
  const { $, el, articleLine, label } = window.ReviewBase;

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

  return { showArticle, renderItem };
};
