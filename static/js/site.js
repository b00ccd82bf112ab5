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
})();
