// The review page's behaviour: navigation, decisions, the summary and the export.
// Every piece of article or report text reaches the page through textContent, never
// through innerHTML, so nothing in an article can become markup here.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("review-data").textContent);
  var changes = data.report.changes.slice().sort(function (a, b) {
    return a.start - b.start || a.end - b.end;
  });
  var byId = new Map(changes.map(function (c) { return [c.id, c]; }));
  var elements = new Map();
  document.querySelectorAll("#article .chg").forEach(function (el) {
    elements.set(el.dataset.id, el);
  });
  var decisions = new Map();
  var current = -1;
  // Decisions are saved per article and set of changes: a new review starts afresh.
  var storageKey = "repair-review:" + data.source + ":" + digest(changes.map(function (c) {
    return c.id;
  }).join(","));

  function digest(text) {
    var hash = 5381;
    for (var i = 0; i < text.length; i += 1) hash = (hash * 33 + text.charCodeAt(i)) >>> 0;
    return hash.toString(16) + ":" + text.length;
  }

  function $(id) { return document.getElementById(id); }
  function decidable(change) { return change.replacement !== null; }
  function visible(text) {
    return text.replace(/\t/g, "⇥").replace(/\r/g, "␍").replace(/\n/g, "↵\n").replace(/^ | $/g, "␣");
  }

  // --- persistence: a reload keeps the decisions made so far --------------------
  function save() {
    try {
      localStorage.setItem(storageKey, JSON.stringify(Array.from(decisions.entries())));
    } catch (err) { /* storage off (private window, file policy): decisions stay in memory */ }
  }
  function restore() {
    try {
      var saved = JSON.parse(localStorage.getItem(storageKey) || "[]");
      saved.forEach(function (entry) {
        var change = byId.get(entry[0]);
        if (change && decidable(change) && (entry[1] === "accept" || entry[1] === "reject")) {
          decisions.set(entry[0], entry[1]);
        }
      });
    } catch (err) { /* nothing saved, or unreadable: start fresh */ }
  }

  // --- summary bar and legend ---------------------------------------------------
  function countsByKind() {
    var counts = {};
    data.kinds.forEach(function (kind) {
      counts[kind] = { total: 0, fixes: 0, accept: 0, reject: 0 };
    });
    changes.forEach(function (c) {
      var entry = counts[c.kind];
      entry.total += 1;
      if (decidable(c)) entry.fixes += 1;
      var verdict = decisions.get(c.id);
      if (verdict) entry[verdict] += 1;
    });
    return counts;
  }

  function buildSummary() {
    var bar = $("bar");
    var legend = $("legend");
    var counts = countsByKind();
    data.kinds.forEach(function (kind) {
      if (counts[kind].total) {
        var segment = document.createElement("span");
        segment.dataset.kind = kind;
        segment.style.flexGrow = String(counts[kind].total);
        segment.title = kind + ": " + counts[kind].total;
        bar.appendChild(segment);
      }
      var item = document.createElement("li");
      item.dataset.kind = kind;
      item.id = "kind-" + kind;
      var name = document.createElement("span");
      name.className = "name";
      name.textContent = kind;
      var count = document.createElement("span");
      count.className = "count";
      var tally = document.createElement("span");
      tally.className = "tally";
      item.append(name, count, tally);
      [["accept", "✓ all", "Accept every " + kind + " change"],
       ["reject", "✗ all", "Reject every " + kind + " change"]].forEach(function (spec) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "all-" + spec[0];
        button.dataset.kind = kind;
        button.dataset.verdict = spec[0];
        button.textContent = spec[1];
        button.title = spec[2];
        button.setAttribute("aria-label", spec[2]);
        button.addEventListener("click", function () { decideKind(kind, spec[0]); });
        item.appendChild(button);
      });
      legend.appendChild(item);
    });
  }

  function refreshSummary() {
    var counts = countsByKind();
    data.kinds.forEach(function (kind) {
      var entry = counts[kind];
      var item = $("kind-" + kind);
      item.classList.toggle("none", entry.total === 0);
      item.querySelector(".count").textContent = String(entry.total);
      var flags = entry.total - entry.fixes;
      var parts = [];
      if (entry.accept + entry.reject) parts.push("✓" + entry.accept + " ✗" + entry.reject);
      if (flags) parts.push(flags + " flag" + (flags > 1 ? "s" : ""));
      item.querySelector(".tally").textContent = parts.join(" · ");
      item.querySelectorAll("button").forEach(function (b) { b.disabled = entry.fixes === 0; });
    });
    var fixes = changes.filter(decidable).length;
    var accepted = 0;
    var rejected = 0;
    decisions.forEach(function (v) { if (v === "accept") accepted += 1; else rejected += 1; });
    var flags = changes.length - fixes;
    $("progress").textContent = (accepted + rejected) + " of " + fixes + " decided · " +
      accepted + " accepted · " + rejected + " rejected" +
      (flags ? " · " + flags + " flag" + (flags > 1 ? "s" : "") : "");
  }

  // --- selection and the side panel ----------------------------------------------
  function select(index, scroll) {
    if (!changes.length) return;
    index = Math.max(0, Math.min(changes.length - 1, index));
    if (current >= 0) {
      var old = elements.get(changes[current].id);
      if (old) old.classList.remove("current");
    }
    current = index;
    var el = elements.get(changes[current].id);
    if (el) {
      el.classList.add("current");
      el.focus({ preventScroll: true });
      if (scroll !== false) el.scrollIntoView({ block: "center", behavior: "smooth" });
    }
    showDetail();
  }

  function showDetail() {
    var change = changes[current];
    var position = data.positions[change.id] || { line: "?", column: "?" };
    $("empty").hidden = true;
    $("detail-body").hidden = false;
    $("detail").dataset.kind = change.kind;
    $("d-kind").textContent = change.kind;
    $("d-index").textContent = (current + 1) + " / " + changes.length;
    $("d-rule").textContent = change.rule;
    $("d-message").textContent = change.message;
    $("d-confidence").textContent = Math.round(change.confidence * 100) + "%";
    $("d-meter").style.width = Math.round(change.confidence * 100) + "%";
    $("d-origin").textContent = change.origin;
    $("d-action").textContent = change.action + (decidable(change) ? "" : " (for review)");
    $("d-where").textContent = "line " + position.line + ", column " + position.column;
    $("d-original").textContent = visible(change.original) || "(nothing: an insertion)";
    $("d-new-box").hidden = !decidable(change);
    $("d-replacement").textContent = decidable(change)
      ? (visible(change.replacement) || "(deleted)") : "";
    var verdict = decisions.get(change.id);
    $("d-accept").classList.toggle("on", verdict === "accept");
    $("d-reject").classList.toggle("on", verdict === "reject");
    ["d-accept", "d-reject", "d-clear"].forEach(function (id) {
      $(id).disabled = !decidable(change);
    });
    $("d-status").textContent = !decidable(change)
      ? "A flag changes nothing: fix the text by hand if it needs it."
      : verdict === "accept" ? "Accepted: 'repair apply' will write this change."
      : verdict === "reject" ? "Rejected: the original text stays."
      : "Undecided.";
  }

  // --- decisions ------------------------------------------------------------------
  function setDecision(change, verdict) {
    if (!decidable(change)) return;
    if (verdict) decisions.set(change.id, verdict); else decisions.delete(change.id);
    var el = elements.get(change.id);
    if (el) {
      el.classList.toggle("accepted", verdict === "accept");
      el.classList.toggle("rejected", verdict === "reject");
      el.setAttribute("aria-label", change.kind + " change, " + (verdict ? verdict + "ed" : "undecided"));
    }
  }

  function decideCurrent(verdict, advance) {
    if (current < 0) { select(0); return; }
    setDecision(changes[current], verdict);
    changed();
    if (advance && current < changes.length - 1) select(current + 1); else showDetail();
  }

  function decideKind(kind, verdict) {
    changes.forEach(function (c) { if (c.kind === kind) setDecision(c, verdict); });
    changed();
    if (current >= 0) showDetail();
  }

  function changed() {
    save();
    refreshSummary();
    if (!$("export-panel").open) return;
    $("decisions-json").value = exportText();
  }

  // --- export ---------------------------------------------------------------------
  function exportDocument() {
    return {
      schema: data.decisionsSchema,
      decisions: changes.filter(function (c) { return decisions.has(c.id); }).map(function (c) {
        return { id: c.id, original: c.original, decision: decisions.get(c.id) };
      })
    };
  }
  function exportText() { return JSON.stringify(exportDocument(), null, 2) + "\n"; }

  function download() {
    var text = exportText();
    $("decisions-json").value = text;
    $("export-panel").open = true;
    var url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = data.exportName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  // --- tooltip on hover and focus -------------------------------------------------
  var tip = $("tip");
  function showTip(el) {
    var change = byId.get(el.dataset.id);
    if (!change) return;
    tip.textContent = "";
    tip.dataset.kind = change.kind;
    var head = document.createElement("div");
    var rule = document.createElement("b");
    rule.textContent = change.rule;
    head.append(change.kind + " · ", rule);
    var message = document.createElement("div");
    message.textContent = change.message;
    var sub = document.createElement("div");
    sub.className = "sub";
    sub.textContent = "confidence " + Math.round(change.confidence * 100) + "% · origin " +
      change.origin + (decidable(change) ? "" : " · flag");
    tip.append(head, message, sub);
    tip.hidden = false;
    var box = el.getClientRects()[0] || el.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
  }
  function hideTip() { tip.hidden = true; }

  // --- wiring -----------------------------------------------------------------------
  elements.forEach(function (el, id) {
    var change = byId.get(id);
    el.setAttribute("role", "button");
    el.setAttribute("aria-label", change ? change.kind + " change, undecided" : "change");
    el.addEventListener("click", function () {
      select(changes.indexOf(change), false);
    });
    el.addEventListener("mouseenter", function () { showTip(el); });
    el.addEventListener("mouseleave", hideTip);
    el.addEventListener("focus", function () { showTip(el); });
    el.addEventListener("blur", hideTip);
  });
  $("d-accept").addEventListener("click", function () { decideCurrent("accept", false); });
  $("d-reject").addEventListener("click", function () { decideCurrent("reject", false); });
  $("d-clear").addEventListener("click", function () { decideCurrent(null, false); });
  $("export").addEventListener("click", download);
  $("export-panel").addEventListener("toggle", function () {
    if ($("export-panel").open) $("decisions-json").value = exportText();
  });
  $("apply-hint").textContent = data.applyHint;

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.tagName === "TEXTAREA" || target.tagName === "INPUT")) return;
    var actions = {
      j: function () { select(current + 1); },
      k: function () { select(current < 0 ? 0 : current - 1); },
      a: function () { decideCurrent("accept", true); },
      r: function () { decideCurrent("reject", true); },
      u: function () { decideCurrent(null, false); }
    };
    var action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  // The side panel sticks just below the sticky header and summary, whatever their height.
  function measureSticky() {
    document.documentElement.style.setProperty(
      "--sticky-h", $("sticky").getBoundingClientRect().height + "px");
  }
  window.addEventListener("resize", measureSticky);

  if (!changes.length) {
    $("empty").textContent = "Nothing to review: the repair proposes no change to this text.";
  }

  buildSummary();
  restore();
  decisions.forEach(function (verdict, id) { setDecision(byId.get(id), verdict); });
  refreshSummary();
  measureSticky();

  // For scripts and tests: the same document the export button saves.
  window.repairReview = {
    exportDocument: exportDocument,
    select: select,
    decide: function (id, verdict) { setDecision(byId.get(id), verdict); changed(); }
  };
})();
