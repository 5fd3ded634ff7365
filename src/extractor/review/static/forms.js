// The review page's forms: reject with a reason, correct an item's fields, and add
// an item the extractor missed from words selected in the article, with the mouse
// or the keyboard. review.js passes in what they act through (`page`).
"use strict";
window.ReviewForms = (page) => {
  const { $, el, say, api, fillSelect } = window.ReviewBase;
  const { current, needReviewer, closeForms, decide, enqueue, remember, showProgress, place } = page;
  let selection = null;  // {article_id, span, text} captured for "add"

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
    for (const spec of page.overview().fields[kind]) {
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
    if (!kind.options.length) fillSelect(kind, page.overview().addable.map((k) => [k, k]));
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
        article_id: selection.article_id, kind: $("add-kind").value, span, values, reviewer: page.reviewer(),
        reason: $("add-reason").value,
      });
      remember(item, true);
      if (item.progress) showProgress(item.progress);
      closeForms();
      say(`added ${item.kind} “${item.values.text}” by ${page.reviewer()}`);
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

  return {
    openReject, openEdit, openAdd, startSelection, moveSelection,
    forgetSelection: () => { kbSel = null; },
  };
};
