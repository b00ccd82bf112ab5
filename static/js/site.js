// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  function csrf() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }
  var button = document.getElementById("show-contact");
  if (button) {
    button.addEventListener("click", function () {
      fetch(button.dataset.contactUrl, { method: "POST", headers: { "X-CSRFToken": csrf() } })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          var out = document.getElementById("contact-result");
          out.textContent = [data.name, data.phone, data.email].filter(Boolean).join(" · ");
          out.hidden = false;
          button.hidden = true;
        });
    });
  }
  // The posting form shows the fields of the chosen category: the server re-renders it with
  // everything typed and uploaded so far kept.
  var form = document.getElementById("listing-form");
  var refresh = document.getElementById("refresh-category");
  if (form && refresh && form.elements.category) {
    refresh.hidden = true;
    form.elements.category.addEventListener("change", function () { form.requestSubmit(refresh); });
  }

  // Live pre-check: the text rules run as the seller types and each problem shows at its field.
  var checkUrl = form && form.dataset.checkUrl;
  if (form && checkUrl) {
    var timer = null;
    var fieldBox = function (name) {
      var holder = document.getElementById("field-" + name) || document.getElementById("live-issues-general");
      var box = holder.querySelector(".live-issues");
      if (!box) {
        box = document.createElement("ul");
        box.className = "live-issues";
        holder.appendChild(box);
      }
      return box;
    };
    var escapeHtml = function (text) {
      return text.replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; });
    };
    var run = function () {
      var data = new FormData(form);
      data.delete("photos");
      fetch(checkUrl, { method: "POST", body: data, headers: { "X-CSRFToken": csrf() } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (answer) {
          if (!answer) { return; }
          form.querySelectorAll(".live-issues").forEach(function (box) { box.remove(); });
          answer.violations.forEach(function (v) {
            var item = document.createElement("li");
            item.dataset.code = v.code;
            item.className = "live-issue action-" + v.action;
            item.innerHTML = "<strong>" + escapeHtml(v.title) + "</strong>" +
              (v.evidence ? ": <mark>" + escapeHtml(v.evidence) + "</mark>" : "") +
              "<br><small>" + escapeHtml(v.explanation) + "</small>";
            fieldBox(v.field).appendChild(item);
          });
        })
        .catch(function () { /* the real check after submit still runs */ });
    };
    form.addEventListener("input", function (event) {
      if (event.target.type === "file") { return; }
      clearTimeout(timer);
      timer = setTimeout(run, 400);
    });
    if (form.elements.title && form.elements.title.value) { run(); }
  }
})();
