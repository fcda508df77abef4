package br.org.teia.council.indicators;

import br.org.teia.council.CouncilModule;
import br.org.teia.council.inscription.InscriptionService;
import br.org.teia.council.meeting.CouncilFigures;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorFigure;
import br.org.teia.kernel.indicators.IndicatorRelation;
import br.org.teia.kernel.indicators.IndicatorSource;
import br.org.teia.council.resolution.PublishedCounts;
import br.org.teia.council.resolution.ResolutionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The council module's aggregate-only figures for the association: how many councils the
 * secretariat runs in Teia and, for the CMAS, parity, vacant seats, meetings held in the last 12
 * months and the share of them with quorum. Counts and flags, never a person. Meetings "in the last
 * 12 months" move with the calendar too, so the nightly rebuild keeps them current. Also how many
 * entities the CMAS inscribed through Teia.
 */
@Component
class CouncilIndicators implements IndicatorSource {

  static final String COUNCILS = "council.councils";
  static final String CMAS_PARITY = "council.cmas.parity";
  static final String CMAS_VACANT_SEATS = "council.cmas.vacant_seats";
  static final String CMAS_MEETINGS_HELD = "council.cmas.meetings_held_12m";
  static final String CMAS_QUORUM_SHARE = "council.cmas.quorum_share";
  static final String RESOLUTIONS_THIS_YEAR = "council.resolutions.published_this_year";
  static final String RESOLUTIONS_LAST_YEAR = "council.resolutions.published_last_year";
  static final String CMAS_ENTITIES_INSCRIBED = "council.cmas.entities_inscribed";

  private final MeetingService meetings;
  private final ResolutionService resolutions;
  private final InscriptionService inscriptions;
  private final Clock clock;

  CouncilIndicators(MeetingService meetings, ResolutionService resolutions, InscriptionService inscriptions,
      Clock clock) {
    this.meetings = meetings;
    this.resolutions = resolutions;
    this.inscriptions = inscriptions;
    this.clock = clock;
  }

  @Override
  public String module() {
    return CouncilModule.NAME;
  }

  @Override
  public List<IndicatorDefinition> definitions() {
    return List.of(IndicatorDefinition.count(COUNCILS), IndicatorDefinition.flag(CMAS_PARITY),
        IndicatorDefinition.count(CMAS_VACANT_SEATS), IndicatorDefinition.count(CMAS_MEETINGS_HELD),
        IndicatorDefinition.rate(CMAS_QUORUM_SHARE), IndicatorDefinition.count(RESOLUTIONS_THIS_YEAR),
        IndicatorDefinition.count(RESOLUTIONS_LAST_YEAR), IndicatorDefinition.count(CMAS_ENTITIES_INSCRIBED));
  }

  /** The quorum share's base is the meetings held (ADR 0018: protected together). */
  @Override
  public List<IndicatorRelation> relations() {
    return List.of(IndicatorRelation.share(CMAS_QUORUM_SHARE, null, CMAS_MEETINGS_HELD));
  }

  @Override
  public List<IndicatorFigure> compute() {
    List<CouncilFigures> councils = meetings.figures();
    CouncilFigures cmas = councils.stream().filter(c -> "CMAS".equalsIgnoreCase(c.acronym())).findFirst()
        .orElse(new CouncilFigures("CMAS", 0, false, 0, 0, 0, 0));
    PublishedCounts published = resolutions.publishedCounts(LocalDate.now(clock).getYear());
    return List.of(
        IndicatorFigure.count(COUNCILS, councils.size()),
        IndicatorFigure.flag(CMAS_PARITY, cmas.parityRespected()),
        IndicatorFigure.count(CMAS_VACANT_SEATS, (long) cmas.vacantMemberSeats() + cmas.vacantAlternateSeats()),
        IndicatorFigure.count(CMAS_MEETINGS_HELD, cmas.meetingsHeld()),
        IndicatorFigure.rate(CMAS_QUORUM_SHARE, cmas.meetingsWithQuorum(), cmas.meetingsHeld()),
        IndicatorFigure.count(RESOLUTIONS_THIS_YEAR, published.thisYear()),
        IndicatorFigure.count(RESOLUTIONS_LAST_YEAR, published.lastYear()),
        IndicatorFigure.count(CMAS_ENTITIES_INSCRIBED, inscriptions.inscribedInCmas()));
  }
}
