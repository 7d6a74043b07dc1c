// The one script and the one style sheet every page uses, served by this server.
//
// The script never counts ticks: a running time is its value at the snapshot's instant
// plus its rate times the server time since, and the server time is the heartbeat's,
// moved on by this browser's monotonic clock (performance.now) since it arrived. Words,
// stages and estimates all come computed in the snapshot; the script only picks the
// stage change whose instant has passed and spells a duration as `TimeText` does
// (whole seconds, cut, m:ss or h:mm:ss).
public enum WebAssets {
    public static let script = #"""
        "use strict";
        (function () {
          var page = document.body.dataset.page;
          var freeze = document.body.dataset.freeze === "1";
          var snap = JSON.parse(document.getElementById("snapshot").textContent);
          var sync = { server: Number(document.body.dataset.now) || snap.now, local: performance.now() };
          var lastBeat = performance.now();
          var connection = document.getElementById("connection");

          function serverNow() { return sync.server + (performance.now() - sync.local) * snap.rate; }
          function pad(n) { return n < 10 ? "0" + n : "" + n; }
          function span(ms) {
            var total = Math.floor(Math.abs(ms) / 1000);
            var h = Math.floor(total / 3600), m = Math.floor(total / 60) % 60, s = total % 60;
            return h > 0 ? h + ":" + pad(m) + ":" + pad(s) : m + ":" + pad(s);
          }
          function valueAt(run, t) { return run.value + run.rate * (t - snap.now); }
          function countdown(ms) { return ms >= 0 ? span(ms) : freeze ? "0:00" : "+" + span(-ms); }
          function leftOrOver(ms) {
            return ms >= 0 ? span(ms) + " " + snap.labels.left : "+" + span(-ms) + " " + snap.labels.over;
          }
          function timeOfDay(t) {
            var d = new Date(t + snap.utcOffset);
            return pad(d.getUTCHours()) + ":" + pad(d.getUTCMinutes()) + ":" + pad(d.getUTCSeconds());
          }
          function text(id, value) {
            var el = document.getElementById(id);
            if (!el) { return; }
            el.textContent = value || "";
            el.hidden = !value;
          }
          function el(tag, value, cls) {
            var e = document.createElement(tag);
            if (value !== undefined && value !== null) { e.textContent = value; }
            if (cls) { e.className = cls; }
            return e;
          }
          function stageAt(t) {
            var word = snap.speaker.word, role = snap.speaker.role;
            snap.speaker.changes.forEach(function (c) { if (c.at <= t) { word = c.word; role = c.role; } });
            return { word: word, role: role };
          }

          function drawStill() {
            text("title", snap.title);
            if (page === "speaker") {
              text("heading", snap.speaker.heading);
              text("detail", snap.speaker.detail);
              text("message", snap.speaker.message);
              text("next", snap.speaker.next);
              var lines = document.getElementById("lines");
              lines.replaceChildren.apply(lines, snap.speaker.lines.map(function (l) { return el("li", l); }));
            } else if (page === "chair") {
              drawFigures();
              text("message", snap.speaker.message ? snap.labels.message + " · " + snap.speaker.message : "");
              var procedure = document.getElementById("procedure");
              var said = snap.chair ? snap.chair.procedure : [];
              procedure.replaceChildren.apply(procedure, said.map(function (l) { return el("li", l); }));
              procedure.hidden = said.length === 0;
            } else if (page === "list") {
              drawList();
            }
          }

          function drawFigures() {
            var c = snap.chair, L = snap.labels, dl = document.getElementById("figures");
            var rows = [];
            if (c) {
              rows.push([L.floor, c.floor ? c.floor : snap.speaker.word, "floor"]);
              rows.push([L.next, c.next, "nextSpeaker"]);
              rows.push([L.after, c.after, "afterSpeaker"]);
              if (c.segmentLabel) { rows.push([c.segmentLabel, "", "segmentLeft"]); }
              rows.push([L.session, "", "sessionLeft"]);
              rows.push([L.drift, c.drift, "drift"]);
              if (c.projectedEnd) { rows.push([L.projectedEnd, c.projectedEnd, "projectedEnd"]); }
              if (c.onTime) { rows.push([L.onTime, c.onTime, "onTime"]); }
            }
            dl.replaceChildren();
            rows.forEach(function (r) {
              if (!r[1] && r[1] !== "") { return; }
              dl.appendChild(el("dt", r[0]));
              var dd = el("dd", r[1]);
              dd.id = r[2];
              dl.appendChild(dd);
            });
            text("callLine", c ? c.callLine : "");
            text("onTimeMeaning", c && c.onTime ? L.onTimeMeaning : "");
          }

          function drawList() {
            var box = document.getElementById("segments"), L = snap.labels;
            box.replaceChildren();
            snap.segments.forEach(function (seg) {
              var section = el("section");
              if (seg.current) { section.className = "current"; }
              var table = el("table");
              table.appendChild(el("caption", seg.heading));
              var head = el("tr");
              [L.order, L.delegation, L.status, L.limit, L.estimated].forEach(function (h) {
                var th = el("th", h);
                th.scope = "col";
                head.appendChild(th);
              });
              var thead = el("thead");
              thead.appendChild(head);
              table.appendChild(thead);
              var tbody = el("tbody");
              seg.rows.forEach(function (r) {
                var tr = el("tr", null, "role-" + r.role);
                if (r.role === "selection") { tr.setAttribute("aria-current", "true"); }
                tr.appendChild(el("td", "" + r.order, "num"));
                var th = el("th", r.delegation);
                th.scope = "row";
                if (r.onBehalfOf) { th.appendChild(el("span", r.onBehalfOf, "behalf")); }
                tr.appendChild(th);
                tr.appendChild(el("td", r.mark + " " + r.status, "status"));
                tr.appendChild(el("td", r.limit || "", "limit num"));
                tr.appendChild(el("td", r.estimated || "", "estimated num"));
                tbody.appendChild(tr);
              });
              table.appendChild(tbody);
              section.appendChild(table);
              box.appendChild(section);
            });
          }

          function drawRunning() {
            var t = serverNow();
            if (page === "speaker" || page === "chair") {
              var stage = stageAt(t), sp = snap.speaker;
              var band = document.getElementById("band");
              band.className = "role-" + stage.role;
              text("word", stage.word);
              var digits = sp.clock ? countdown(valueAt(sp.clock, t)) : sp.digits;
              text("digits", digits);
              // As large as the width allows for the text, sized for at least "+m:ss" so
              // it does not jump when the speaker runs over.
              if (page === "speaker") {
                var size = Math.min(140 / Math.max(5, (digits || "").length), 28);
                document.getElementById("digits").style.fontSize = "min(" + size + "vw, 55vh)";
              }
            }
            if (page === "chair") {
              text("clock", timeOfDay(t));
              var c = snap.chair;
              if (c) {
                if (c.floorTime) { text("floor", c.floor + " · " + span(valueAt(c.floorTime, t))); }
                if (c.segmentLeft) { text("segmentLeft", leftOrOver(valueAt(c.segmentLeft, t))); }
                if (c.sessionLeft) { text("sessionLeft", leftOrOver(valueAt(c.sessionLeft, t))); }
              }
            }
            var lost = performance.now() - lastBeat > 3000;
            connection.textContent = lost ? snap.labels.reconnecting : "";
            connection.hidden = !lost;
          }

          drawStill();
          drawRunning();
          setInterval(drawRunning, 200);

          var source = new EventSource("/events" + (freeze ? "?freeze=1" : ""));
          source.addEventListener("snapshot", function (e) {
            snap = JSON.parse(e.data);
            drawStill();
            drawRunning();
          });
          source.addEventListener("beat", function (e) {
            sync = { server: JSON.parse(e.data).now, local: performance.now() };
            lastBeat = performance.now();
            drawRunning();
          });
        })();

        """#

    public static let style = """
        html, body { margin: 0; height: 100%; background: #000; color: #eee; \
        font-family: "DejaVu Sans", Arial, sans-serif; }
        [hidden] { display: none !important; }
        #connection { position: fixed; top: 0; left: 0; right: 0; margin: 0; padding: .4em; \
        background: #b00020; color: #fff; text-align: center; font-size: 1.4rem; }
        #speaker { display: flex; flex-direction: column; height: 100vh; box-sizing: border-box; padding: 1vh 2vw; }
        #speaker #title, #speaker #detail, #speaker #next { margin: 0; font-size: 3vh; color: #aaa; }
        #speaker h1 { margin: 0; font-size: 6vh; }
        #speaker #message { margin: 1vh 0; padding: 1.5vh 2vw; background: #ffd200; color: #000; \
        font-size: min(6vw, 8vh); font-weight: bold; text-align: center; border-radius: 1vh; line-height: 1.15; \
        overflow-wrap: anywhere; }
        #chair #message { margin: .5rem 0; padding: .4rem 1rem; background: #ffd200; color: #000; \
        font-weight: bold; border-radius: .5rem; }
        #chair #procedure { margin: .3rem 0; padding: 0; list-style: none; font-size: 1.5rem; }
        th .behalf { display: block; font-weight: normal; color: #aaa; font-size: .9em; }
        #speaker #band { flex: 1; display: flex; flex-direction: column; justify-content: center; \
        align-items: center; border-radius: 2vh; }
        #speaker #digits { font-size: min(28vw, 55vh); font-weight: bold; line-height: 1; \
        font-variant-numeric: tabular-nums; }
        #speaker #word { margin: 0; font-size: min(8vw, 10vh); font-weight: bold; letter-spacing: .05em; }
        #speaker ul { margin: 0; padding: 0; list-style: none; font-size: 3vh; }
        #chair, #list { padding: 1rem 2rem; font-size: 1.3rem; }
        #chair #band { display: flex; gap: 2rem; align-items: baseline; padding: .5rem 1rem; border-radius: .5rem; }
        #chair #digits { font-size: 4rem; font-weight: bold; font-variant-numeric: tabular-nums; }
        #chair #word { font-size: 2rem; font-weight: bold; margin: 0; }
        #chair #clock { font-size: 2rem; font-variant-numeric: tabular-nums; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.5rem; }
        dt { color: #aaa; } dd { margin: 0; font-variant-numeric: tabular-nums; }
        #onTimeMeaning { color: #aaa; font-size: 1rem; max-width: 45em; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        caption { text-align: left; font-weight: bold; font-size: 1.4rem; padding: .3rem 0; }
        th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #333; }
        thead th { color: #aaa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.status, td.num { white-space: nowrap; }
        section.current caption::before { content: "▶ "; }
        .role-onTime { background: #0b5d1e; } .role-wrapUp { background: #b8860b; color: #000; }
        .role-final { background: #d35400; color: #000; } .role-time { background: #c0392b; }
        .role-overrun { background: #7b0000; } .role-paused { background: #1f4e79; }
        .role-called { background: #444; } .role-idle { background: #222; } .role-warning { background: #8e44ad; }
        tr.role-selection { background: #0b5d1e; } tr.role-called { background: #444; }
        tr.role-done td, tr.role-done th { color: #8a8; } tr.role-withdrawn td, tr.role-withdrawn th { color: #777; }
        tr.role-waiting, tr.role-skipped, tr.role-idle { background: transparent; }
        @media (max-width: 600px) { #chair, #list { padding: .5rem; font-size: 1rem; } h1 { font-size: 1.3rem; } }

        """
}
