(function () {
  "use strict";
  // Adds to the page what needs script: filters, search, grouping by file, and a URL fragment that
  // keeps them (#rule=numbering&file=README.md&q=text). Builds elements with textContent only.
  var doc = document;
  doc.documentElement.classList.add("js");
  var root = doc.getElementById("groups");
  if (!root) { return; }
  var KEYS = ["group", "rule", "file", "severity", "status", "q"];
  // beyond this many findings shown, a filter does not open every group it leaves
  var OPEN_UP_TO = 100;
  var SEARCH_AT_ONCE_UP_TO = 2000;
  var controls = {
    group: doc.getElementById("group-by"),
    rule: doc.getElementById("filter-rule"),
    file: doc.getElementById("filter-file"),
    severity: doc.getElementById("filter-severity"),
    status: doc.getElementById("filter-status"),
    q: doc.getElementById("filter-search")
  };
  var shown = doc.getElementById("shown");
  // the page's words, in its language: "{0} of {1}", "all {0}", and the severities' names
  function format(pattern, a, b) {
    return pattern.replace("{0}", String(a)).replace("{1}", String(b));
  }
  var SHOWN_OF = shown.getAttribute("data-of") || "{0} of {1}";
  var SHOWN_ALL = shown.getAttribute("data-all") || "all {0}";
  var CONTEXT = 2;
  var sourceLines = null;
  var cards = [];
  var groups = { rule: [], file: null };
  var state = {};

  // context is added to the findings near the window only: opening a group of thousands stays quick
  var cardOf = new Map();
  var near = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        near.unobserve(entry.target);
        addContext(cardOf.get(entry.target));
      }
    });
  }, { rootMargin: "2000px 0px" }) : null;

  function watch(c) {
    cardOf.set(c.el, c);
    if (near) { near.observe(c.el); } else { addContext(c); }
  }

  Array.prototype.forEach.call(root.querySelectorAll("details.group"), function (el) {
    var group = { el: el, items: el.querySelector(".items"), count: el.querySelector(".count"), cards: [] };
    groups.rule.push(group);
    Array.prototype.forEach.call(el.querySelectorAll("article.finding"), function (card) {
      var c = { el: card, n: Number(card.id.slice(2)), rule: card.dataset.rule, file: card.dataset.file,
        line: Number(card.dataset.line), severity: card.dataset.severity, status: card.dataset.status, text: null,
        context: false, groups: { rule: group } };
      group.cards.push(c);
      cards.push(c);
      watch(c);
    });
  });

  function searchText(c) {
    if (c.text === null) {
      var msg = c.el.querySelector(".msg");
      c.text = (c.file + " " + c.rule + " " + (msg ? msg.textContent : "")).toLowerCase();
    }
    return c.text;
  }

  // the lines around a finding's own, from the page's table
  function sourceLine(number, text) {
    var line = doc.createElement("span");
    line.className = "l";
    var n = doc.createElement("i");
    n.textContent = String(number);
    line.appendChild(n);
    line.appendChild(doc.createTextNode(text));
    return line;
  }

  function addContext(c) {
    if (c.context) { return; }
    c.context = true;
    var own = c.el.querySelector("pre.source .hl");
    // a page of few findings carries the lines around each finding already
    if (!own || own.parentNode.children.length > 1) { return; }
    if (sourceLines === null) {
      var data = doc.getElementById("source-lines");
      try { sourceLines = JSON.parse(data ? data.textContent : "{}"); } catch (e) { sourceLines = {}; }
    }
    var lines = Object.prototype.hasOwnProperty.call(sourceLines, c.file) ? sourceLines[c.file] : {};
    for (var i = c.line - CONTEXT; i <= c.line + CONTEXT; i++) {
      if (i !== c.line && Object.prototype.hasOwnProperty.call(lines, String(i))) {
        own.parentNode.insertBefore(sourceLine(i, lines[String(i)]), i < c.line ? own : null);
      }
    }
  }

  function newGroup(name, severity) {
    var el = doc.createElement("details");
    el.className = "group";
    var summary = doc.createElement("summary");
    var sev = doc.createElement("span");
    sev.className = "sev " + severity;
    sev.textContent = root.getAttribute("data-" + severity) || severity;
    var title = doc.createElement("code");
    title.className = "gname";
    title.textContent = name;
    var count = doc.createElement("span");
    count.className = "count";
    summary.appendChild(sev);
    summary.appendChild(doc.createTextNode(" "));
    summary.appendChild(title);
    summary.appendChild(count);
    var items = doc.createElement("div");
    items.className = "items";
    el.appendChild(summary);
    el.appendChild(items);
    return { el: el, items: items, count: count, cards: [] };
  }

  // the file groups, made the first time they are asked for: findings in file and line order
  function fileGroups() {
    if (groups.file === null) {
      var byName = {};
      groups.file = [];
      cards.slice().sort(function (a, b) { return a.n - b.n; }).forEach(function (c) {
        var g = byName["f:" + c.file];
        if (!g) {
          g = byName["f:" + c.file] = { name: c.file, cards: [], error: false };
          groups.file.push(g);
        }
        g.cards.push(c);
        g.error = g.error || c.severity === "error";
      });
      groups.file = groups.file.map(function (g) {
        var group = newGroup(g.name, g.error ? "error" : "warning");
        group.cards = g.cards;
        g.cards.forEach(function (c) { c.groups.file = group; });
        return group;
      });
    }
    return groups.file;
  }

  var mode = "rule";
  function arrange(wanted) {
    if (wanted === mode) { return; }
    var list = wanted === "file" ? fileGroups() : groups.rule;
    // moved while out of the page, so the browser lays the page out once
    (mode === "file" ? groups.file : groups.rule).forEach(function (g) { g.wasOpen = g.el.open; });
    while (root.firstChild) { root.removeChild(root.firstChild); }
    var fragment = doc.createDocumentFragment();
    list.forEach(function (g) {
      // a group opens when one of its findings was in an open group
      var wasOpen = false;
      g.cards.forEach(function (c) {
        var from = c.groups[mode];
        if (from && from.wasOpen && !c.el.hidden) { wasOpen = true; }
        g.items.appendChild(c.el);
      });
      g.el.open = wasOpen || cards.length <= OPEN_UP_TO;
      fragment.appendChild(g.el);
    });
    root.appendChild(fragment);
    mode = wanted;
  }

  function apply() {
    arrange(state.group === "file" ? "file" : "rule");
    var q = state.q.trim().toLowerCase();
    var list = mode === "file" ? groups.file : groups.rule;
    list.forEach(function (g) { g.visible = 0; });
    var count = 0;
    cards.forEach(function (c) {
      var ok = (!state.rule || c.rule === state.rule) && (!state.file || c.file === state.file) &&
        (!state.severity || c.severity === state.severity) && (!state.status || c.status === state.status) &&
        (!q || searchText(c).indexOf(q) >= 0);
      if (c.el.hidden === ok) { c.el.hidden = !ok; }
      if (ok) { count++; c.groups[mode].visible++; }
    });
    var visibleGroups = list.filter(function (g) { return g.visible > 0; });
    var filtered = count < cards.length;
    list.forEach(function (g) {
      g.el.hidden = g.visible === 0;
      g.count.textContent = g.visible === g.cards.length ? String(g.cards.length) : format(SHOWN_OF, g.visible, g.cards.length);
      // a group a filter opened closes again when the filters widen past what opens groups
      if (filtered && g.visible > 0 && (count <= OPEN_UP_TO || visibleGroups.length === 1)) {
        if (!g.el.open) { g.el.open = true; g.opened = true; }
      } else if (g.opened) {
        g.el.open = false;
        g.opened = false;
      }
    });
    shown.textContent = filtered ? format(SHOWN_OF, count, cards.length) : format(SHOWN_ALL, cards.length);
  }

  function fromControls() {
    KEYS.forEach(function (k) { state[k] = controls[k] ? controls[k].value : ""; });
    if (state.group === "rule") { state.group = ""; }
  }

  function toControls() {
    KEYS.forEach(function (k) {
      if (controls[k]) {
        controls[k].value = state[k] || (k === "group" ? "rule" : "");
      }
    });
    // a value the page does not offer (an old link) shows, and filters, as no filter
    fromControls();
  }

  function isFilterFragment(hash) {
    return hash.indexOf("=") >= 0;
  }

  function readFragment() {
    var params = new URLSearchParams(location.hash.slice(1));
    KEYS.forEach(function (k) { state[k] = params.get(k) || ""; });
    toControls();
  }

  function writeFragment() {
    var params = new URLSearchParams();
    KEYS.forEach(function (k) { if (state[k]) { params.set(k, state[k]); } });
    var text = params.toString();
    var url = location.pathname + location.search + (text ? "#" + text : "");
    try {
      history.replaceState(null, "", url);
    } catch (e) {
      // some browsers refuse history on file: pages; the filters still work, only the link does not keep them
    }
  }

  function onControl() {
    fromControls();
    writeFragment();
    apply();
  }

  function reveal(card) {
    if (card.hidden) {
      KEYS.forEach(function (k) { if (k !== "group") { state[k] = ""; } });
      toControls();
      writeFragment();
      apply();
    }
    var group = card.closest("details");
    if (group) { group.open = true; }
    cards.forEach(function (x) { x.el.classList.remove("focus"); });
    card.classList.add("focus");
    card.scrollIntoView({ block: "start" });
  }

  function followFragment(hash, scroll) {
    if (isFilterFragment(hash)) {
      readFragment();
      apply();
      if (scroll) { doc.getElementById("findings").scrollIntoView({ block: "start" }); }
      return;
    }
    var target = hash ? doc.getElementById(hash) : null;
    if (target && target.classList.contains("finding")) { reveal(target); }
  }

  // in a large report the search waits for a pause in typing rather than filtering at each key
  var typing = null;
  function onSearch() {
    if (cards.length <= SEARCH_AT_ONCE_UP_TO) { onControl(); return; }
    clearTimeout(typing);
    typing = setTimeout(onControl, 200);
  }

  Object.keys(controls).forEach(function (k) {
    var el = controls[k];
    if (el) { el.addEventListener(k === "q" ? "input" : "change", k === "q" ? onSearch : onControl); }
  });
  doc.getElementById("expand-all").addEventListener("click", function () {
    (mode === "file" ? groups.file : groups.rule).forEach(function (g) { g.opened = false; if (!g.el.hidden) { g.el.open = true; } });
  });
  doc.getElementById("collapse-all").addEventListener("click", function () {
    (mode === "file" ? groups.file : groups.rule).forEach(function (g) { g.opened = false; g.el.open = false; });
  });
  // in-page links: filter links set the filters; other anchors scroll without losing the filters from the URL
  doc.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    var hash = link.getAttribute("href").slice(1);
    var target = doc.getElementById(hash);
    if (!isFilterFragment(hash) && !target) { return; }
    event.preventDefault();
    if (isFilterFragment(hash)) {
      var params = new URLSearchParams(hash);
      KEYS.forEach(function (k) { if (k !== "group") { state[k] = params.get(k) || ""; } });
      toControls();
      writeFragment();
      apply();
      doc.getElementById("findings").scrollIntoView({ block: "start" });
      return;
    }
    if (target.classList.contains("finding")) { reveal(target); } else { target.scrollIntoView({ block: "start" }); }
  });
  window.addEventListener("hashchange", function () { followFragment(location.hash.slice(1), true); });

  if (isFilterFragment(location.hash)) {
    followFragment(location.hash.slice(1), true);
  } else {
    fromControls();
    apply();
    followFragment(location.hash.slice(1), false);
  }
})();
