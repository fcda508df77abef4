package br.org.teia.kernel.testapp;

import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorFigure;
import br.org.teia.kernel.indicators.IndicatorSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The test module's figures: how many notes, and the share of long ones. */
@Component
public class NoteIndicators implements IndicatorSource {

  public static final String WRITTEN = "notes.written";
  public static final String LONG_SHARE = "notes.long_share";

  private final NoteRepository notes;

  NoteIndicators(NoteRepository notes) {
    this.notes = notes;
  }

  @Override
  public String module() {
    return "notes";
  }

  @Override
  public List<IndicatorDefinition> definitions() {
    return List.of(IndicatorDefinition.count(WRITTEN), IndicatorDefinition.rate(LONG_SHARE));
  }

  @Override
  public List<IndicatorFigure> compute() {
    long all = notes.count();
    long longOnes = notes.findAll().stream().filter(n -> n.getText().length() > 10).count();
    return List.of(IndicatorFigure.count(WRITTEN, all), IndicatorFigure.rate(LONG_SHARE, longOnes, all));
  }
}
