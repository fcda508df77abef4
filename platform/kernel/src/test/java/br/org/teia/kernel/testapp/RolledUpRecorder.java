package br.org.teia.kernel.testapp;

import br.org.teia.kernel.indicators.IndicatorsRolledUp;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the rollup announcements, as a comparison cache would receive them. */
@Component
public class RolledUpRecorder {

  public final List<IndicatorsRolledUp> seen = new CopyOnWriteArrayList<>();

  @EventListener
  void on(IndicatorsRolledUp event) {
    seen.add(event);
  }
}
