// Draws the entries listed in #timeline-entries on a time axis with ECharts. The list is the
// page's content and stays readable without the chart; the chart only reads its data attributes.
// Time runs right to left, as the page reads. A day is a point-sized bar; a week, month or year
// spans its days. Clicking a bar opens the cited sentence.
(function () {
  var holder = document.getElementById('timeline-chart');
  var list = document.getElementById('timeline-entries');
  if (!holder || !list || typeof echarts === 'undefined') { return; }
  var DAY = 86400000;
  var lanes = [];
  var data = [];
  list.querySelectorAll('li.timeline-entry').forEach(function (li) {
    var start = Date.parse(li.dataset.start);
    var end = Date.parse(li.dataset.end || li.dataset.start);
    if (isNaN(start)) { return; }
    if (lanes.indexOf(li.dataset.lane) < 0) { lanes.push(li.dataset.lane); }
    var href = li.dataset.href || '';
    data.push({ value: [start, (isNaN(end) ? start : end) + DAY, lanes.indexOf(li.dataset.lane)],
                label: li.dataset.label || '', href: href.charAt(0) === '/' ? href : null,
                inferred: li.classList.contains('inferred') });
  });
  if (data.length === 0) { holder.hidden = true; return; }
  var chart = echarts.init(holder, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 24, right: 110, top: 20, bottom: 40 },
    tooltip: { renderMode: 'richText', formatter: function (p) {
      return new Date(p.value[0]).toISOString().slice(0, 10) + '\n' + p.data.label; } },
    xAxis: { type: 'time', inverse: true, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', data: lanes, position: 'right' },
    series: [{
      type: 'custom',
      encode: { x: [0, 1], y: 2 },
      data: data,
      renderItem: function (params, api) {
        var a = api.coord([api.value(0), api.value(2)]);
        var b = api.coord([api.value(1), api.value(2)]);
        var width = Math.max(Math.abs(b[0] - a[0]), 10);
        var x = Math.min(a[0], b[0]) - (Math.abs(b[0] - a[0]) < 10 ? 5 : 0);
        var item = data[params.dataIndex];
        return { type: 'rect', shape: { x: x, y: a[1] - 9, width: width, height: 18, r: 4 },
                 style: { fill: item.inferred ? '#f4a261' : '#0b6e4f', opacity: 0.85 } };
      }
    }]
  });
  chart.on('click', function (p) { if (p.data && p.data.href) { window.location.assign(p.data.href); } });
  window.addEventListener('resize', function () { chart.resize(); });
})();
