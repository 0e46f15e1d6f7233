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
      var elements = g.nodes.map(function (n) { return { data: { id: n.id, label: n.label, kind: n.kind, stance: n.stance || '' } }; })
        .concat(g.edges.map(function (e) {
          return { data: { id: e.id, source: e.source, target: e.target, kind: e.kind, label: e.claims > 1 ? String(e.claims) : '' } };
        }));
      // Origins take their answer's colour and shape, the same as in the legend, the matrix and the verdict.
      var style = [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 110, 'text-valign': 'bottom', 'text-margin-y': 4, width: 20, height: 20, 'background-color': '#868e96', 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
        { selector: 'node[kind = "outlet"]', style: { shape: 'rectangle', 'background-color': '#495057', width: 24, height: 16 } },
        { selector: 'node[kind = "source"]', style: { shape: 'ellipse', 'background-color': '#adb5bd', width: 14, height: 14 } },
        { selector: 'node[kind = "origin"]', style: { width: 30, height: 30, 'font-weight': 'bold' } },
        { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd', label: 'data(label)', 'font-size': 9 } },
        // An echo repeats another outlet's report: dashed, so it does not read as a citation.
        { selector: 'edge[kind = "echoes"]', style: { 'line-style': 'dashed', 'line-color': '#ced4da', 'target-arrow-color': '#ced4da' } }
      ];
      Object.keys(g.styles || {}).forEach(function (stance) {
        var s = g.styles[stance];
        style.push({ selector: 'node[stance = "' + stance + '"]', style: { shape: s.shape, 'background-color': s.colour } });
      });
      var cy = window.cytoscape({
        container: graph,
        elements: elements,
        userZoomingEnabled: true,
        boxSelectionEnabled: false,
        style: style,
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
                at[id] = { x: (i + 1) * 1000 / (ids.length + 1), y: y * 200 + (ids.length > 5 ? (i % 2) * 45 : 0) };
              });
            });
            return function (node) { return at[node.id()]; };
          })()
        }
      });
      // Selecting an origin shows only its claims below.
      cy.on('tap', 'node[kind = "origin"]', function (e) {
        var href = g.filter && g.filter[e.target.id()];
        if (href) window.location.href = href;
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
