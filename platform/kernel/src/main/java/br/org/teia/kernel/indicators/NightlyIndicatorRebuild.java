package br.org.teia.kernel.indicators;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the rollup every night on one node: figures that move with the calendar ("meetings in
 * the last 12 months") change without any write, and a rebuild also repairs a lost row.
 * {@code teia.indicators.rebuild-cron} sets when (Spring's "-" turns it off).
 */
@Component
class NightlyIndicatorRebuild {

  private final IndicatorRebuild rebuild;

  NightlyIndicatorRebuild(IndicatorRebuild rebuild) {
    this.rebuild = rebuild;
  }

  @Scheduled(cron = "${teia.indicators.rebuild-cron:0 30 2 * * *}")
  @SchedulerLock(name = "indicator-rebuild", lockAtMostFor = "PT1H")
  void rebuild() {
    rebuild.rebuildAll();
  }
}
