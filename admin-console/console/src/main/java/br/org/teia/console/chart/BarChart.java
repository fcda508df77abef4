package br.org.teia.console.chart;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar chart drawn by Chart.js (the library the comparison uses, from its WebJar, no frontend
 * build). It is an image to assistive technology ({@code role="img"} with a label saying where the
 * same figures are written out): whoever places a chart also places its table or text. A null value
 * is a missing bar (a protected figure is never drawn).
 */
@JavaScript("context://webjars/chart.js/4.4.1/dist/chart.umd.js")
public class BarChart extends Div {

  /** One series of bars. */
  public record Series(String label, List<BigDecimal> values) {}

  public BarChart(String id, String label, List<String> categories, List<Series> series, boolean horizontal) {
    setId(id);
    setWidthFull();
    getStyle().set("position", "relative").set("min-width", "0").set("max-width", "100%");
    getElement().setAttribute("role", "img");
    getElement().setAttribute("aria-label", label);
    add(new Html("<canvas></canvas>"));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("labels", categories);
    data.put("datasets", series.stream().map(s -> Map.of("label", s.label(), "data", s.values())).toList());
    String json = JsonMapper.builder().build().writeValueAsString(data);
    getElement().executeJs("""
        const host = this; const data = JSON.parse($0); const horizontal = $1;
        const draw = () => {
          if (!window.Chart) { setTimeout(draw, 100); return; }
          const canvas = host.querySelector('canvas');
          if (!canvas) return;
          if (host.__chart) host.__chart.destroy();
          const numbers = new Intl.NumberFormat('pt-BR');
          host.__chart = new window.Chart(canvas, {type: 'bar', data: data,
            options: {animation: false, responsive: true, maintainAspectRatio: true,
              indexAxis: horizontal ? 'y' : 'x',
              locale: 'pt-BR',
              scales: {[horizontal ? 'x' : 'y']: {beginAtZero: true, ticks: {callback: v => numbers.format(v)}}},
              plugins: {legend: {display: data.datasets.length > 1}}}});
        };
        draw();""", json, horizontal);
  }
}
