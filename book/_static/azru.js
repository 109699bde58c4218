/* The book's small script (book/_config.yml: html_js_files), run on every page of both editions.

   The menu and contents buttons on a phone. pydata-sphinx-theme (0.17 to at least 0.24) binds its
   sidebar dialogs to the first ".primary-toggle" and ".secondary-toggle" of a page only; with
   sphinx-book-theme that first button is the navbar's, which is hidden, so the visible buttons of
   the article header did nothing (pydata/pydata-sphinx-theme#2451). Every other toggle passes its
   click on to the bound one: on a narrow screen the theme opens its dialog, on a wide one
   sphinx-book-theme folds the sidebar. tests/test_browser.py clicks them at 390 px. */
(function () {
  "use strict";

  function forwardClicks(selector) {
    var toggles = Array.prototype.slice.call(document.querySelectorAll(selector));
    var bound = toggles.shift();
    toggles.forEach(function (button) {
      if (button.dataset.azruForwarded) {
        return;
      }
      button.dataset.azruForwarded = "true";
      button.addEventListener("click", function (event) {
        event.preventDefault();
        event.stopPropagation();
        bound.click();
      });
    });
  }

  function bindEveryToggle() {
    forwardClicks(".primary-toggle");
    forwardClicks(".secondary-toggle");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", bindEveryToggle);
  } else {
    bindEveryToggle();
  }
})();
