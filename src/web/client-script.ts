/**
 * The pages' one script, served as /assets/app.js: draws the charts (Chart.js) and the provenance graph
 * (cytoscape.js) from the JSON data blocks of a page, and shows what was extracted when a highlight is
 * hovered or focused. Pages work without it; it only adds the drawings and the floating details.
 */
export const CLIENT_SCRIPT = `(function () {
  'use strict';
  function data(id) {
    var el = id ? document.getElementById(id) : null;
    return el ? JSON.parse(el.textContent || 'null') : null;
  }
  var COLORS = ['#0b57d0', '#e8590c', '#2f9e44', '#c92a2a', '#7048e8', '#868e96', '#1098ad', '#f08c00'];

  if (typeof window.Chart === 'function') {
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var spec = data(canvas.getAttribute('data-chart'));
      if (!spec) return;
      new window.Chart(canvas, {
        type: spec.type,
        data: {
          labels: spec.labels,
          datasets: spec.datasets.map(function (d, i) {
            // A dataset with its own colour (a timeline kind) keeps it on every page; others take the palette's.
            var colour = d.color || COLORS[i % COLORS.length];
            return { label: d.label, data: d.data, backgroundColor: colour, borderColor: colour };
          })
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          plugins: { legend: { display: spec.datasets.length > 1 } },
          scales: { x: { stacked: !!spec.stacked }, y: { stacked: !!spec.stacked, beginAtZero: true, ticks: { precision: 0 } } }
        }
      });
    });
  }

  var graph = document.getElementById('graph');
  if (graph && typeof window.cytoscape === 'function') {
    var g = data(graph.getAttribute('data-graph'));
    if (g) {
      var elements = g.nodes.map(function (n) { return { data: { id: n.id, label: n.label, kind: n.kind } }; })
        .concat(g.edges.map(function (e) {
          return { data: { id: e.id, source: e.source, target: e.target, kind: e.kind, label: e.kind === 'echoes' ? 'echoes' : '' } };
        }));
      window.cytoscape({
        container: graph,
        elements: elements,
        userZoomingEnabled: true,
        boxSelectionEnabled: false,
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 120, 'text-valign': 'bottom', 'text-margin-y': 4, width: 22, height: 22, 'background-color': '#868e96' } },
          { selector: 'node[kind = "outlet"]', style: { shape: 'round-rectangle', 'background-color': '#0b57d0' } },
          { selector: 'node[kind = "source"]', style: { shape: 'ellipse', 'background-color': '#1098ad' } },
          { selector: 'node[kind = "origin"]', style: { shape: 'diamond', 'background-color': '#e8590c', width: 28, height: 28 } },
          { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd' } },
          { selector: 'edge[kind = "echoes"]', style: { 'line-style': 'dashed', 'line-color': '#c92a2a', 'target-arrow-color': '#c92a2a', label: 'data(label)', 'font-size': 9, color: '#c92a2a' } }
        ],
        // One row per kind, outlets on top and origins at the bottom, so every path reads downwards.
        layout: {
          name: 'preset',
          padding: 30,
          positions: (function () {
            var rows = { outlet: [], source: [], origin: [] };
            g.nodes.forEach(function (n) { (rows[n.kind] || rows.source).push(n.id); });
            var at = {};
            ['outlet', 'source', 'origin'].forEach(function (kind, y) {
              var ids = rows[kind];
              ids.forEach(function (id, i) {
                at[id] = { x: (i + 1) * 1000 / (ids.length + 1) + (y === 1 ? 40 * (i % 2) : 0), y: y * 220 + (i % 2) * 50 };
              });
            });
            return function (node) { return at[node.id()]; };
          })()
        }
      });
    }
  }

  var tip = document.getElementById('tip');
  function show(mark) {
    if (!tip) return;
    var ids = (mark.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
    var lines = ids.map(function (id) {
      var el = document.getElementById(id);
      return el ? (el.getAttribute('data-summary') || el.textContent || '').trim() : '';
    }).filter(Boolean);
    if (lines.length === 0) return;
    tip.textContent = lines.join('\\n');
    var box = mark.getBoundingClientRect();
    tip.hidden = false;
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + 'px';
    tip.style.top = (box.bottom + window.scrollY + 6) + 'px';
  }
  function hide() { if (tip) tip.hidden = true; }
  document.addEventListener('mouseover', function (e) {
    var mark = e.target instanceof Element ? e.target.closest('mark.hl') : null;
    if (mark) show(mark); else hide();
  });
  document.addEventListener('focusin', function (e) {
    var mark = e.target instanceof Element ? e.target.closest('mark.hl') : null;
    if (mark) show(mark); else hide();
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });

  // After the browser's own jump to the #claim anchor, which would otherwise take the focus back.
  window.addEventListener('load', function () {
    setTimeout(function () {
      var current = document.querySelector('mark.current');
      if (!current) return;
      if (!current.hasAttribute('tabindex')) current.setAttribute('tabindex', '-1');
      current.scrollIntoView({ block: 'center' });
      current.focus({ preventScroll: true });
    }, 0);
  });
})();
`;
