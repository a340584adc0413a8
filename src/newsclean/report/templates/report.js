// newsclean report: the page's one script, inlined (no requests). Tooltips need none: they are
// CSS (:hover, :focus). This shows the "hide removed lines" toggle (hidden without scripts, where
// it could not work), runs it, announces the change to screen readers, and lets Escape dismiss a
// tooltip until the pointer or the focus moves again (WCAG 1.4.13).
(function () {
  "use strict";
  var toggle = document.getElementById("toggle-removed");
  var status = document.getElementById("toggle-status");
  toggle.hidden = false;
  toggle.addEventListener("click", function () {
    var hide = toggle.getAttribute("aria-pressed") !== "true";
    toggle.setAttribute("aria-pressed", hide ? "true" : "false");
    document.body.classList.toggle("hide-removed", hide);
    status.textContent = hide ? toggle.dataset.hidden : toggle.dataset.shown;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      document.body.classList.add("no-tips");
    }
  });
  function showTips() {
    document.body.classList.remove("no-tips");
  }
  document.addEventListener("focusin", showTips);
  document.addEventListener("pointermove", showTips);
})();
