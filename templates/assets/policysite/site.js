/*
 * policysite's built-in theme: colour theme toggle, navigation drawer, code copy, policy downloads,
 * remembered content tabs, "on this page" tracking and client-side search. Plain JavaScript, no
 * requests to other sites; everything also works when the site is opened from file://.
 */
(function () {
  "use strict";

  var doc = document;
  var root = doc.documentElement;
  var onFile = location.protocol === "file:";

  function meta(name) {
    var m = doc.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute("content") : null;
  }

  var baseUrl = meta("ps-base-url") || "./";

  // localStorage can be missing or throw (private modes, some file:// setups): the site still works
  var store = {
    get: function (key) {
      try { return window.localStorage.getItem(key); } catch (e) { return null; }
    },
    set: function (key, value) {
      try { window.localStorage.setItem(key, value); } catch (e) { /* not remembered */ }
    }
  };

  function svg(paths) {
    return '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">' + paths + "</svg>";
  }

  var ICON_COPY = svg('<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a1 1 0 0 1 1-1h9"/>');
  var ICON_CHECK = svg('<path d="m5 12.5 4.5 4.5L19 7.5"/>');
  var ICON_DOWNLOAD = svg('<path d="M12 4v11M7 10.5l5 5 5-5M5 20h14"/>');
  var ICON_BUILDER = svg('<path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1"/><circle cx="15" cy="6" r="2"/><circle cx="9" cy="12" r="2"/><circle cx="17" cy="18" r="2"/>');

  /** A relative link as the browser can open it: from file:// a folder URL needs its index.html. */
  function pageHref(href) {
    if (!onFile || !href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#" || href.charAt(0) === "/") {
      return href;
    }
    var cut = href.search(/[?#]/);
    var path = cut < 0 ? href : href.slice(0, cut);
    var rest = cut < 0 ? "" : href.slice(cut);
    if (path === "" || path === "." || path === ".." || /\/$/.test(path) || /(^|\/)\.\.?$/.test(path)) {
      path = path.replace(/\/?$/, "/") + "index.html";
    }
    return path + rest;
  }

  function fixFileLinks() {
    if (!onFile) return;
    var links = doc.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      var h = links[i].getAttribute("href");
      var fixed = pageHref(h);
      if (fixed !== h) links[i].setAttribute("href", fixed);
    }
  }

  /* ---------- colour theme ---------- */
  function initTheme() {
    var button = doc.querySelector(".ps-theme-toggle");
    function label() {
      if (!button) return;
      var dark = root.getAttribute("data-theme") === "dark";
      button.setAttribute("aria-label", dark ? "Switch to light theme" : "Switch to dark theme");
      button.setAttribute("title", dark ? "Switch to light theme" : "Switch to dark theme");
    }
    label();
    if (button) {
      button.addEventListener("click", function () {
        var next = root.getAttribute("data-theme") === "dark" ? "light" : "dark";
        root.setAttribute("data-theme", next);
        store.set("ps-theme", next);
        label();
      });
    }
    // until the reader picks one, follow the system as it changes
    if (window.matchMedia) {
      var mq = window.matchMedia("(prefers-color-scheme: dark)");
      var follow = function (e) {
        var chosen = store.get("ps-theme");
        if (chosen !== "light" && chosen !== "dark") {
          root.setAttribute("data-theme", e.matches ? "dark" : "light");
          label();
        }
      };
      if (mq.addEventListener) mq.addEventListener("change", follow);
    }
  }

  /* ---------- navigation drawer (small screens) and the current item in view ---------- */
  function initNav() {
    var nav = doc.getElementById("ps-nav");
    var open = doc.querySelector(".ps-menu-button");
    if (!nav) return;
    var close = nav.querySelector(".ps-nav-close");
    var backdrop = doc.querySelector(".ps-nav-backdrop");

    // while the drawer is open the page behind it cannot be reached (a modal, for keyboards and screen readers)
    var behind = doc.querySelectorAll(".ps-skip, .ps-header, #content, .ps-sidebar-right, .ps-footer");

    function setOpen(on) {
      doc.body.classList.toggle("ps-nav-open", on);
      for (var i = 0; i < behind.length; i++) behind[i].inert = on;
      if (open) open.setAttribute("aria-expanded", on ? "true" : "false");
      if (on) {
        var target = nav.querySelector('[aria-current="page"]') || nav.querySelector("a, summary");
        if (target) target.focus({ preventScroll: false });
      } else if (open && nav.contains(doc.activeElement)) {
        open.focus();
      }
    }
    if (open) open.addEventListener("click", function () { setOpen(!doc.body.classList.contains("ps-nav-open")); });
    if (close) close.addEventListener("click", function () { setOpen(false); });
    if (backdrop) backdrop.addEventListener("click", function () { setOpen(false); });
    doc.addEventListener("keydown", function (e) {
      if (!doc.body.classList.contains("ps-nav-open")) return;
      if (e.key === "Escape") {
        setOpen(false);
      } else if (e.key === "Tab") {
        // keep focus cycling inside the drawer
        var items = Array.prototype.filter.call(nav.querySelectorAll("a[href], summary, button"),
          function (el) { return el.getClientRects().length > 0; });
        if (!items.length) return;
        var first = items[0];
        var last = items[items.length - 1];
        if (e.shiftKey && doc.activeElement === first) { e.preventDefault(); last.focus(); }
        else if (!e.shiftKey && doc.activeElement === last) { e.preventDefault(); first.focus(); }
      }
    });
    // growing past the drawer breakpoint closes it, so nothing stays inert
    if (window.matchMedia) {
      var narrow = window.matchMedia("(max-width: 60em)");
      if (narrow.addEventListener) {
        narrow.addEventListener("change", function (e) { if (!e.matches) setOpen(false); });
      }
    }

    // a long navigation opens scrolled to where the reader is
    var current = nav.querySelector('[aria-current="page"]');
    var scroller = nav.querySelector(".ps-nav-scroll");
    if (current && scroller) {
      var top = current.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      if (top > scroller.clientHeight - 40) scroller.scrollTop = top - scroller.clientHeight / 3;
    }
  }

  /* ---------- code blocks: copy, and Download / builder for policy blocks ---------- */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    }
    return legacyCopy(text);
  }

  function legacyCopy(text) {
    return new Promise(function (resolve, reject) {
      var area = doc.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      doc.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = doc.execCommand("copy"); } catch (e) { ok = false; }
      doc.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy failed"));
    });
  }

  var live;
  function announce(message) {
    if (!live) {
      live = doc.createElement("div");
      live.className = "ps-visually-hidden";
      live.setAttribute("aria-live", "polite");
      doc.body.appendChild(live);
    }
    live.textContent = "";
    setTimeout(function () { live.textContent = message; }, 30);
  }

  function codeText(code) {
    return code.textContent;
  }

  function initCode() {
    var blocks = doc.querySelectorAll(".ps-content pre > code");
    for (var i = 0; i < blocks.length; i++) {
      var code = blocks[i];
      // a block with its own actions (the policy builder's Copy and Download) gets no second toolbar
      if (code.closest("[data-own-actions]")) continue;
      var pre = code.parentNode;
      var wrapper = pre.parentNode;
      if (!wrapper.classList || !wrapper.classList.contains("ps-code")) {
        // code written as raw HTML: give it the same frame
        wrapper = doc.createElement("div");
        wrapper.className = "ps-code";
        pre.parentNode.insertBefore(wrapper, pre);
        wrapper.appendChild(pre);
      }
      addCopyButton(wrapper, code);
      if (pre.hasAttribute("data-policy")) addPolicyActions(wrapper, pre, code);
    }
  }

  function addCopyButton(wrapper, code) {
    var bar = doc.createElement("div");
    bar.className = "ps-code-toolbar";
    var button = doc.createElement("button");
    button.type = "button";
    button.className = "ps-code-button ps-copy";
    button.setAttribute("aria-label", "Copy code to clipboard");
    button.title = "Copy code";
    button.innerHTML = '<span class="ps-copy-idle">' + ICON_COPY + '</span><span class="ps-copy-done">' + ICON_CHECK +
      '</span><span class="ps-copy-label">Copied</span>';
    var timer;
    button.addEventListener("click", function () {
      copyText(codeText(code)).then(function () {
        bar.classList.add("ps-copied");
        button.setAttribute("aria-label", "Copied");
        announce("Copied to clipboard");
        clearTimeout(timer);
        timer = setTimeout(function () {
          bar.classList.remove("ps-copied");
          button.setAttribute("aria-label", "Copy code to clipboard");
        }, 2000);
      }, function () {
        announce("Copying failed: select the code and copy it by hand");
      });
    });
    bar.appendChild(button);
    wrapper.appendChild(bar);
  }

  function safeName(s) {
    return String(s || "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  }

  function policyFileName(pre) {
    var name = safeName(pre.getAttribute("data-policy")) || "policy";
    var variant = safeName(pre.getAttribute("data-variant"));
    return name + (variant ? "-" + variant : "") + ".json";
  }

  function addPolicyActions(wrapper, pre, code) {
    var bar = doc.createElement("div");
    bar.className = "ps-policy-actions";
    var fileName = policyFileName(pre);
    var download = doc.createElement("button");
    download.type = "button";
    download.className = "ps-button ps-button-primary ps-download";
    download.innerHTML = ICON_DOWNLOAD + "<span>Download</span>";
    download.setAttribute("aria-label", "Download " + fileName);
    download.title = "Download " + fileName;
    download.addEventListener("click", function () {
      var blob = new Blob([codeText(code)], { type: "application/json" });
      var url = URL.createObjectURL(blob);
      var a = doc.createElement("a");
      a.href = url;
      a.download = fileName;
      a.style.display = "none";
      doc.body.appendChild(a);
      a.click();
      doc.body.removeChild(a);
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    });
    bar.appendChild(download);
    var builder = pre.getAttribute("data-builder");
    // only a path inside this site: never a scheme (javascript:) or another host
    if (builder && !/^[a-z][a-z0-9+.-]*:/i.test(builder) && builder.charAt(0) !== "/") {
      var link = doc.createElement("a");
      link.className = "ps-button ps-builder-link";
      link.href = pageHref(baseUrl + builder);
      link.innerHTML = ICON_BUILDER + "<span>Open in policy builder</span>";
      bar.appendChild(link);
    }
    var file = doc.createElement("span");
    file.className = "ps-policy-file";
    file.textContent = fileName;
    bar.appendChild(file);
    wrapper.appendChild(bar);
  }

  /* ---------- content tabs: the same label is chosen everywhere, and remembered across pages ---------- */
  var TAB_KEY = "ps-tabs";

  function tabPrefs() {
    try {
      var list = JSON.parse(store.get(TAB_KEY) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  function tabLabel(input) {
    var set = input.parentNode;
    var label = set.querySelector('.tabbed-labels > label[for="' + input.id + '"]');
    return label ? label.textContent.trim() : null;
  }

  function selectLabel(set, text) {
    var inputs = set.querySelectorAll(":scope > input");
    for (var i = 0; i < inputs.length; i++) {
      if (tabLabel(inputs[i]) === text) {
        if (!inputs[i].checked) inputs[i].checked = true;
        return true;
      }
    }
    return false;
  }

  function initTabs() {
    var sets = doc.querySelectorAll(".tabbed-set");
    if (!sets.length) return;
    var prefs = tabPrefs();
    // the most recently chosen label that a set has wins
    for (var s = 0; s < sets.length; s++) {
      for (var p = 0; p < prefs.length; p++) {
        if (selectLabel(sets[s], prefs[p])) break;
      }
    }
    doc.addEventListener("change", function (e) {
      var input = e.target;
      if (!input.matches || !input.matches(".tabbed-set > input")) return;
      var text = tabLabel(input);
      if (!text) return;
      var list = tabPrefs().filter(function (t) { return t !== text; });
      list.unshift(text);
      store.set(TAB_KEY, JSON.stringify(list.slice(0, 12)));
      // keep the clicked tab where it is while other sets above it change height
      var label = input.parentNode.querySelector('label[for="' + input.id + '"]');
      var before = label ? label.getBoundingClientRect().top : 0;
      var all = doc.querySelectorAll(".tabbed-set");
      for (var i = 0; i < all.length; i++) {
        if (all[i] !== input.parentNode) selectLabel(all[i], text);
      }
      if (label) window.scrollBy(0, label.getBoundingClientRect().top - before);
    });
  }

  /* ---------- "on this page": mark the section being read ---------- */
  function initToc() {
    var links = doc.querySelectorAll(".ps-toc-link");
    if (!links.length) return;
    var targets = [];
    for (var i = 0; i < links.length; i++) {
      var id = decodeURIComponent(links[i].getAttribute("href").slice(1));
      var el = doc.getElementById(id);
      if (el) targets.push({ link: links[i], el: el });
    }
    var active = null;
    var scheduled = false;
    function update() {
      scheduled = false;
      var offset = parseFloat(getComputedStyle(root).scrollPaddingTop) || 80;
      var current = targets.length ? targets[0] : null;
      for (var i = 0; i < targets.length; i++) {
        if (targets[i].el.getBoundingClientRect().top - offset <= 8) current = targets[i];
        else break;
      }
      if (window.innerHeight + window.scrollY >= doc.body.scrollHeight - 4 && targets.length) {
        current = targets[targets.length - 1];
      }
      if (current !== active) {
        if (active) { active.link.classList.remove("ps-toc-active"); active.link.removeAttribute("aria-current"); }
        if (current) { current.link.classList.add("ps-toc-active"); current.link.setAttribute("aria-current", "location"); }
        active = current;
      }
    }
    window.addEventListener("scroll", function () {
      if (!scheduled) { scheduled = true; window.requestAnimationFrame(update); }
    }, { passive: true });
    update();
  }

  /* ---------- search ---------- */
  var MAX_RESULTS = 20;

  function normalize(text) {
    return " " + String(text || "").toLowerCase().replace(/[^a-z0-9\u00c0-\uffff]+/g, " ").trim() + " ";
  }

  function prepareIndex(data) {
    var docs = [];
    var pages = (data && data.pages) || [];
    for (var i = 0; i < pages.length; i++) {
      var p = pages[i];
      docs.push({ url: p.u, title: p.t, page: null, text: p.x || "", T: normalize(p.t), P: "", X: normalize(p.x) });
      var sections = p.s || [];
      for (var j = 0; j < sections.length; j++) {
        var s = sections[j];
        docs.push({
          url: p.u + "#" + s.a, title: s.t, page: p.t, text: s.x || "",
          T: normalize(s.t), P: normalize(p.t), X: normalize(s.x)
        });
      }
    }
    return docs;
  }

  /** Every term must match the start of a word somewhere; a page title counts most, then a heading, then text. */
  function score(d, terms) {
    var total = 0;
    var titleWeight = d.page === null ? 10 : 5;
    for (var i = 0; i < terms.length; i++) {
      var t = " " + terms[i];
      var best = 0;
      if (d.T.indexOf(t) >= 0) best = titleWeight + (d.T.indexOf(t + " ") >= 0 ? 1 : 0);
      else if (d.P.indexOf(t) >= 0) best = 2;
      else if (d.X.indexOf(t) >= 0) best = 1 + (d.X.indexOf(t + " ") >= 0 ? 0.25 : 0);
      if (best === 0) return 0;
      total += best;
    }
    return total;
  }

  function search(docs, query) {
    var terms = normalize(query).trim().split(" ").filter(Boolean);
    if (!terms.length) return { terms: terms, hits: [] };
    var hits = [];
    for (var i = 0; i < docs.length; i++) {
      var s = score(docs[i], terms);
      if (s > 0) hits.push({ doc: docs[i], score: s, order: i });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return { terms: terms, hits: hits };
  }

  /** Appends text to el with every word that starts with a term wrapped in <mark>. */
  function highlightInto(el, text, terms) {
    var lower = text.toLowerCase();
    var ranges = [];
    for (var i = 0; i < terms.length; i++) {
      var from = 0;
      var at;
      while ((at = lower.indexOf(terms[i], from)) >= 0) {
        if (at === 0 || !/[a-z0-9\u00c0-\uffff]/.test(lower.charAt(at - 1))) ranges.push([at, at + terms[i].length]);
        from = at + 1;
      }
    }
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    for (var r = 0; r < ranges.length; r++) {
      var start = Math.max(ranges[r][0], pos);
      if (start >= ranges[r][1]) continue;
      if (start > pos) el.appendChild(doc.createTextNode(text.slice(pos, start)));
      var mark = doc.createElement("mark");
      mark.textContent = text.slice(start, ranges[r][1]);
      el.appendChild(mark);
      pos = ranges[r][1];
    }
    if (pos < text.length) el.appendChild(doc.createTextNode(text.slice(pos)));
  }

  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var first = -1;
    for (var i = 0; i < terms.length; i++) {
      var at = lower.indexOf(terms[i]);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    if (first < 60) return text;
    var start = text.lastIndexOf(" ", first - 40);
    return "…" + text.slice(start < 0 ? first - 40 : start + 1);
  }

  function initSearch() {
    var box = doc.querySelector(".ps-search");
    var input = doc.getElementById("ps-search-input");
    if (!box || !input) return;
    var indexUrl = meta("ps-search-index");
    if (!indexUrl) {
      box.hidden = true;
      return;
    }
    var panel = box.querySelector(".ps-search-panel");
    var list = doc.getElementById("ps-search-results");
    var status = doc.getElementById("ps-search-status");
    var docs = null;
    var loading = false;
    var waiting = [];
    var active = -1;
    var timer;

    function load(then) {
      if (docs) { then(); return; }
      waiting.push(then);
      if (loading) return;
      loading = true;
      var ready = function () {
        docs = prepareIndex(window.__psSearchIndex);
        var w = waiting; waiting = [];
        for (var i = 0; i < w.length; i++) w[i]();
      };
      if (window.__psSearchIndex) { ready(); return; }
      // a script element, not fetch(): it loads from file:// too
      var script = doc.createElement("script");
      script.src = indexUrl;
      script.async = true;
      script.onload = ready;
      script.onerror = function () {
        loading = false;
        waiting = [];
        show();
        status.textContent = "The search index could not be loaded.";
      };
      doc.head.appendChild(script);
    }

    function show() {
      panel.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function hide() {
      panel.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function options() {
      return list.querySelectorAll(".ps-search-result");
    }

    function setActive(i) {
      var opts = options();
      if (!opts.length) return;
      if (active >= 0 && opts[active]) opts[active].setAttribute("aria-selected", "false");
      active = (i + opts.length) % opts.length;
      opts[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", opts[active].id);
      opts[active].scrollIntoView({ block: "nearest" });
    }

    function render() {
      var query = input.value;
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (!query.trim()) { hide(); return; }
      var found = search(docs, query);
      var hits = found.hits;
      show();
      if (!hits.length) {
        status.textContent = "No results for “" + query.trim() + "”";
        return;
      }
      status.textContent = hits.length > MAX_RESULTS
        ? hits.length + " results, showing the best " + MAX_RESULTS
        : hits.length + (hits.length === 1 ? " result" : " results");
      for (var i = 0; i < Math.min(hits.length, MAX_RESULTS); i++) {
        var d = hits[i].doc;
        var li = doc.createElement("li");
        li.className = "ps-search-result";
        li.id = "ps-search-result-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var a = doc.createElement("a");
        a.href = pageHref(baseUrl + d.url);
        a.tabIndex = -1;
        var title = doc.createElement("span");
        title.className = "ps-search-result-title";
        highlightInto(title, d.title, found.terms);
        a.appendChild(title);
        if (d.page !== null) {
          var page = doc.createElement("span");
          page.className = "ps-search-result-page";
          page.textContent = d.page;
          a.appendChild(page);
        }
        if (d.text) {
          var text = doc.createElement("span");
          text.className = "ps-search-result-text";
          highlightInto(text, snippet(d.text, found.terms), found.terms);
          a.appendChild(text);
        }
        a.addEventListener("click", hide);
        li.appendChild(a);
        list.appendChild(li);
      }
    }

    input.addEventListener("focus", function () {
      load(function () { if (input.value.trim()) render(); });
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { load(render); }, 40);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (panel.hidden || !options().length) return;
        e.preventDefault();
        setActive(active + (e.key === "ArrowDown" ? 1 : -1));
      } else if (e.key === "Enter") {
        var opts = options();
        if (!opts.length) return;
        e.preventDefault();
        var link = opts[active >= 0 ? active : 0].querySelector("a");
        hide();
        window.location.href = link.href;
      } else if (e.key === "Escape") {
        if (!panel.hidden) { hide(); } else { input.value = ""; input.blur(); }
      }
    });
    doc.addEventListener("keydown", function (e) {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      input.focus();
      input.select();
    });
    doc.addEventListener("click", function (e) {
      if (!box.contains(e.target)) hide();
    });
  }

  initTheme();
  initNav();
  initCode();
  initTabs();
  initToc();
  initSearch();
  fixFileLinks();
})();
