// What every part of the review page shares: elements built as data, the
// message line, and the one way to the server (which carries the CSRF token).
"use strict";
window.ReviewBase = (() => {
  const $ = (id) => document.getElementById(id);
  const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
  let csrf = meta("csrf-token");

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

  function fillSelect(select, options) {
    for (const [value, label] of options) select.append(el("option", { value, textContent: label }));
  }

  function articleLine(a) {
    return [a.title || a.source, a.site_name, a.published].filter(Boolean).join(" · ");
  }

  function label(item) {
    const v = item.values;
    if (item.kind === "check") return `${item.check_kind}: ${v.message}`;
    if (item.kind === "figure") return [v.text, v.counted, v.category, v.org].filter(Boolean).join(" · ");
    if (item.kind === "outcome") return `${v.outcome} · ${v.text}`;
    if (item.kind === "claim") return `${v.kind} ${v.status} · ${v.text}`;
    return v.text;
  }

  return { $, meta, el, say, api, fillSelect, articleLine, label };
})();
