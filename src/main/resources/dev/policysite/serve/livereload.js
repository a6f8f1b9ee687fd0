// policysite serve: reload this tab after a rebuild; show build errors in an overlay until fixed.
(function () {
  "use strict";
  var OVERLAY_ID = "policysite-build-error";
  function showError(text) {
    var box = document.getElementById(OVERLAY_ID);
    if (!box) {
      box = document.createElement("div");
      box.id = OVERLAY_ID;
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.92);color:#fff;" +
        "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:2rem;overflow:auto";
      var title = document.createElement("h2");
      title.textContent = "Build failed - the last good page is shown underneath";
      title.style.cssText = "margin:0 0 1rem;font:600 18px/1.3 system-ui,sans-serif;color:#ff8a80";
      var pre = document.createElement("pre");
      pre.style.cssText = "white-space:pre-wrap;margin:0";
      box.appendChild(title);
      box.appendChild(pre);
      document.body.appendChild(box);
    }
    box.querySelector("pre").textContent = text;
  }
  function clearError() {
    var box = document.getElementById(OVERLAY_ID);
    if (box) box.remove();
  }
  var script = document.currentScript;
  var pageBuild = script ? script.getAttribute("data-build") : null;
  var source = new EventSource("/__policysite/events");
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("build-error", function (e) { showError(e.data); });
  source.addEventListener("hello", function (e) {
    clearError();
    // a rebuild finished while this page was on its way (or serve restarted): its reload was missed
    if (pageBuild !== null && e.data !== pageBuild) location.reload();
  });
  window.__policysiteLiveReload = { showError: showError, clearError: clearError, source: source };
})();
