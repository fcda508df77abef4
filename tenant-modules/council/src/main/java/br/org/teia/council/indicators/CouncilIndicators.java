package br.org.teia.council.indicators;

import br.org.teia.council.CouncilModule;
import br.org.teia.council.inscription.InscriptionService;
import br.org.teia.council.meeting.CouncilFigures;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorFigure;
import br.org.teia.kernel.indicators.IndicatorSource;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The council module's aggregate-only figures for the association: how many councils the
 * secretariat runs in Teia and, for the CMAS, parity, vacant seats, meetings held in the last 12
 * months and the share of them with quorum. Counts and flags, never a person. Meetings "in the last
 * 12 months" move with the calendar too, so the nightly rebuild keeps them current.
 */
@Component
class CouncilIndicators implements IndicatorSource {

  static final String COUNCILS = "council.councils";
  static final String CMAS_PARITY = "council.cmas.parity";
  static final String CMAS_VACANT_SEATS = "council.cmas.vacant_seats";
  static final String CMAS_MEETINGS_HELD = "council.cmas.meetings_held_12m";
  static final String CMAS_QUORUM_SHARE = "council.cmas.quorum_share";
  static final String CMAS_ENTITIES_INSCRIBED = "council.cmas.entities_inscribed";

  private final MeetingService meetings;
  private final InscriptionService inscriptions;

  CouncilIndicators(MeetingService meetings, InscriptionService inscriptions) {
    this.meetings = meetings;
    this.inscriptions = inscriptions;
  }

  @Override
  public String module() {
    return CouncilModule.NAME;
  }

  @Override
  public List<IndicatorDefinition> definitions() {
    return List.of(IndicatorDefinition.count(COUNCILS), IndicatorDefinition.flag(CMAS_PARITY),
        IndicatorDefinition.count(CMAS_VACANT_SEATS), IndicatorDefinition.count(CMAS_MEETINGS_HELD),
        IndicatorDefinition.rate(CMAS_QUORUM_SHARE), IndicatorDefinition.count(CMAS_ENTITIES_INSCRIBED));
  }

  @Override
  public List<IndicatorFigure> compute() {
    List<CouncilFigures> councils = meetings.figures();
    CouncilFigures cmas = councils.stream().filter(c -> "CMAS".equalsIgnoreCase(c.acronym())).findFirst()
        .orElse(new CouncilFigures("CMAS", 0, false, 0, 0, 0, 0));
    return List.of(
        IndicatorFigure.count(COUNCILS, councils.size()),
        IndicatorFigure.flag(CMAS_PARITY, cmas.parityRespected()),
        IndicatorFigure.count(CMAS_VACANT_SEATS, (long) cmas.vacantMemberSeats() + cmas.vacantAlternateSeats()),
        IndicatorFigure.count(CMAS_MEETINGS_HELD, cmas.meetingsHeld()),
        IndicatorFigure.rate(CMAS_QUORUM_SHARE, cmas.meetingsWithQuorum(), cmas.meetingsHeld()),
        IndicatorFigure.count(CMAS_ENTITIES_INSCRIBED, inscriptions.inscribedInCmas()));
  }
}
