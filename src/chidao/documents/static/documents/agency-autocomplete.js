// Agency pickers: refill the shared <datalist> from the registry search as the editor types, so a name
// typed without tone marks ("so cong thuong") still offers "Sở Công Thương". No build step, no library.
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.dataset.url;
  var list = document.getElementById("agency-names");
  if (!url || !list) { return; }
  var timer = null;
  function refill(query) {
    fetch(url + "?q=" + encodeURIComponent(query), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) {
        var fragment = document.createDocumentFragment();
        data.results.forEach(function (agency) {
          var option = document.createElement("option");
          option.value = agency.name;
          if (agency.short_name) { option.label = agency.short_name; }
          fragment.appendChild(option);
        });
        list.replaceChildren(fragment);
      })
      .catch(function () { /* keep the options already there */ });
  }
  document.addEventListener("input", function (event) {
    var field = event.target;
    if (field.getAttribute("list") !== "agency-names" || field.value.trim().length < 2) { return; }
    clearTimeout(timer);
    timer = setTimeout(function () { refill(field.value.trim()); }, 200);
  });
}());
