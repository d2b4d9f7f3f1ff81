// newsfacts evidence report: filters and search over the page, no server, no dependencies.
(function () {
  "use strict";
  const $ = (sel) => document.querySelector(sel);
  const $$ = (sel) => Array.from(document.querySelectorAll(sel));
  const ctl = { model: $("#f-model"), predicate: $("#f-predicate"), status: $("#f-status"),
                hedged: $("#f-hedged"), search: $("#f-search") };
  const keys = { model: "subject", predicate: "predicate", status: "status", hedged: "hedged" };

  function matches(el) {
    for (const name of Object.keys(keys)) {
      const want = ctl[name].value;
      if (want && el.dataset[keys[name]] !== want) return false;
    }
    const words = ctl.search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return true;
    const text = (el.dataset.subject + " " + el.textContent).toLowerCase();
    return words.every((w) => text.includes(w));
  }

  function apply() {
    const claims = $$(".claim"), facts = $$("tr.fact");
    const shown = new Set();
    claims.forEach((el) => { const ok = matches(el); el.hidden = !ok; if (ok) shown.add(el.id.slice(2)); });
    let nFacts = 0;
    facts.forEach((el) => { const ok = matches(el); el.hidden = !ok; if (ok) nFacts++; });
    $$("svg .mark").forEach((m) => m.classList.toggle("off", !shown.has(m.dataset.claim)));
    $$("section.model").forEach((sec) => { sec.hidden = !sec.querySelector(".claim:not([hidden])"); });
    $("#f-empty").hidden = shown.size > 0;
    $("#f-count").textContent = `${shown.size} of ${claims.length} claims · ${nFacts} of ${facts.length} facts`;
  }

  Object.values(ctl).forEach((el) => el.addEventListener("input", apply));
  $("#f-reset").addEventListener("click", () => {
    Object.values(ctl).forEach((el) => { el.value = ""; });
    apply();
  });
  const onlyContested = $("#only-contested");
  if (onlyContested) onlyContested.addEventListener("click", () => {
    ctl.status.value = "contested";
    apply();
    $("#filters").scrollIntoView({ behavior: "smooth" });
  });
  apply();
})();
