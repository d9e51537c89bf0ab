/// The console's style sheet and script, served by itself (no CDN): small, phone first.
enum Assets {
    static let css = #"""
:root { --fg: #1b1b1b; --muted: #666; --line: #ddd; --ok: #1a7f37; --bad: #b42318; --warn: #9a6700; --accent: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--fg); background: #fafafa; }
header { background: #fff; border-bottom: 1px solid var(--line); padding: .25rem .5rem; display: flex; flex-wrap: wrap; align-items: center; gap: .25rem .75rem; }
nav { display: flex; flex-wrap: wrap; gap: .25rem; }
nav a { padding: .4rem .6rem; border-radius: .4rem; text-decoration: none; color: var(--accent); font-weight: 600; }
nav a.here { background: var(--accent); color: #fff; }
nav a.urgent { color: var(--bad); }
nav a.urgent.here { background: var(--bad); color: #fff; }
form.who { margin-left: auto; display: flex; align-items: center; gap: .5rem; font-size: .9rem; color: var(--muted); }
main { padding: .75rem; max-width: 72rem; margin: 0 auto; }
h1 { font-size: 1.3rem; margin: .25rem 0 .75rem; }
h2 { font-size: 1.1rem; margin: .5rem 0; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: .95rem; }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { font-size: .85rem; color: var(--muted); white-space: nowrap; }
tbody th { white-space: nowrap; }
tr.offline th::before { content: "● "; color: var(--bad); }
tr.online th::before { content: "● "; color: var(--ok); }
tr.offline td[data-field=state] { color: var(--bad); font-weight: 700; }
tr.state-played td:nth-child(2) { color: var(--ok); }
.timetable tr.past td, .timetable tr.past th { color: var(--muted); }
.timetable tr.next td, .timetable tr.next th { font-weight: 700; }
tr.state-missed td:nth-child(2), tr.state-failed td:nth-child(2), tr.state-refused td:nth-child(2) { color: var(--bad); font-weight: 700; }
label { display: block; margin: .6rem 0; font-weight: 600; }
input, textarea, select, button { font: inherit; }
input:not([type=checkbox]), textarea, select { display: block; width: 100%; margin-top: .25rem; padding: .5rem; border: 1px solid #bbb; border-radius: .4rem; background: #fff; }
fieldset { border: 1px solid var(--line); border-radius: .4rem; margin: .6rem 0; padding: .4rem .6rem; background: #fff; }
label.village { display: inline-block; margin: .25rem .75rem .25rem 0; font-weight: 400; }
label.village small { color: var(--muted); margin-left: .25rem; }
button, a.button { display: inline-block; padding: .55rem 1rem; border: 1px solid #bbb; border-radius: .4rem; background: #fff; cursor: pointer; color: var(--fg); text-decoration: none; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; width: 100%; }
button.danger { background: var(--bad); border-color: var(--bad); color: #fff; }
button.small { padding: .2rem .6rem; font-size: .85rem; }
.notice { padding: .6rem .8rem; border-radius: .4rem; margin: .5rem 0; }
.notice.error { background: #fdecea; color: var(--bad); }
.notice.ok { background: #e6f4ea; color: var(--ok); }
.notice.warn { background: #fff4ce; color: var(--warn); }
.hint, .meta { color: var(--muted); font-size: .9rem; }
.text { font-size: 1.05rem; background: #fff; padding: .5rem .75rem; border-left: 4px solid var(--accent); white-space: pre-wrap; word-break: break-word; }
.text.priority-emergency { border-color: var(--bad); }
.badge { font-size: .8rem; padding: 0 .35rem; border-radius: .3rem; background: #eee; }
.priority-high .badge { background: #fff4ce; }
.priority-emergency .badge { background: var(--bad); color: #fff; }
section.announcement, section.program { margin: 1rem 0 1.5rem; }
.preview { margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.reading { width: 100%; }
.reading .words span { display: inline-block; margin: .1rem .4rem .1rem 0; padding: 0 .3rem; background: #eef3fd; border-radius: .3rem; }
form.login { max-width: 22rem; }
form.login button { width: 100%; margin-top: .5rem; }
@media (max-width: 40rem) { th, td { padding: .35rem .3rem; } body { font-size: 15px; } }
"""#

    static let js = #"""
// dalaba console: live rows (server-sent events), the 插播 preview, "select all". Text is
// always put in with textContent, never as HTML.
(function () {
  "use strict";
  function csrf(form) { var f = form.querySelector("input[name=csrf]"); return f ? f.value : ""; }

  var live = document.body.getAttribute("data-live");
  if (live && window.EventSource) {
    var source = new EventSource(live);
    var update = function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      var row = document.querySelector('tr[data-village-id="' + String(data.id) + '"]');
      if (!row) return;
      Object.keys(data).forEach(function (key) {
        var cell = row.querySelector('[data-field="' + key + '"]');
        if (cell) cell.textContent = String(data[key]);
      });
      if (typeof data.online === "boolean") row.className = data.online ? "online" : "offline";
      if (typeof data.state === "string" && event.type === "delivery") row.className = "state-" + data.state;
      row.setAttribute("data-updated", String(Date.now()));
      var summary = document.querySelector("[data-summary]");
      if (summary && event.type === "village") {
        var rows = document.querySelectorAll("tr[data-village-id]");
        var off = document.querySelectorAll("tr[data-village-id].offline").length;
        summary.textContent = off === 0 ? rows.length + " 个村全部在线。" : rows.length + " 个村中有 " + off + " 个离线。";
      }
    };
    source.addEventListener("village", update);
    source.addEventListener("delivery", update);
  }

  document.querySelectorAll("[data-check-all]").forEach(function (button) {
    button.addEventListener("click", function () {
      var boxes = button.form.querySelectorAll('input[type=checkbox][name="' + button.getAttribute("data-check-all") + '"]');
      var all = Array.prototype.every.call(boxes, function (b) { return b.checked; });
      boxes.forEach(function (b) { b.checked = !all; });
    });
  });

  function previewBody(form) {
    var body = new URLSearchParams();
    body.set("csrf", csrf(form));
    body.set("text", form.querySelector("textarea[name=text]").value);
    return body;
  }
  document.querySelectorAll("[data-preview]").forEach(function (button) {
    button.addEventListener("click", function () {
      var form = button.form, out = form.querySelector("[data-preview-result]");
      out.textContent = "……";
      fetch(button.getAttribute("data-preview"), { method: "POST", body: previewBody(form), credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          out.textContent = "";
          if (data.error) { out.textContent = data.error; return; }
          var p = document.createElement("p"); p.textContent = data.reading; out.appendChild(p);
          var words = document.createElement("p"); words.className = "words";
          (data.words || []).forEach(function (w) {
            var s = document.createElement("span"); s.textContent = w.word + " " + w.pinyin; words.appendChild(s);
          });
          out.appendChild(words);
        })
        .catch(function () { out.textContent = "预览失败：请检查网络后再试。"; });
    });
  });
  document.querySelectorAll("[data-preview-audio]").forEach(function (button) {
    button.addEventListener("click", function () {
      var form = button.form, player = form.querySelector("[data-preview-player]"), out = form.querySelector("[data-preview-result]");
      fetch(button.getAttribute("data-preview-audio"), { method: "POST", body: previewBody(form), credentials: "same-origin" })
        .then(function (r) {
          if (!r.ok) return r.json().then(function (d) { throw new Error(d.error || "试听失败"); });
          return r.blob();
        })
        .then(function (blob) { player.src = URL.createObjectURL(blob); player.hidden = false; player.play(); })
        .catch(function (e) { out.textContent = e.message; });
    });
  });
})();
"""#
}
