package br.org.teia.council.demo;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.commission.CommissionKind;
import br.org.teia.council.commission.CommissionService;
import br.org.teia.council.commission.CommissionSummary;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.meeting.CouncilFigures;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.MeetingStatus;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.council.meeting.MinutesStatus;
import br.org.teia.council.resolution.ResolutionPage;
import br.org.teia.council.resolution.ResolutionService;
import br.org.teia.council.resolution.ResolutionSummary;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.demo.DemoSeeder;
import br.org.teia.testsupport.UiTestBase;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@CouncilContext
class DemoCouncilsIT extends UiTestBase {

  @Autowired DemoSeeder demo;
  @Autowired SystemWork system;
  @Autowired CompositionService composition;
  @Autowired MeetingService meetings;
  @Autowired ResolutionService resolutions;
  @Autowired CommissionService commissions;

  @Test
  void both_cities_have_a_full_cmas_and_a_year_of_meetings_with_approved_minutes() {
    assertThat(cmas(DemoData.BELO_HORIZONTE).seats()).isEqualTo(20);
    assertThat(cmas(DemoData.BETIM).seats()).isEqualTo(12);
    for (TenantId city : List.of(DemoData.BELO_HORIZONTE, DemoData.BETIM)) {
      List<MeetingSummary> lastYear = pastYear(city);
      assertThat(lastYear).hasSize(12).allMatch(m -> m.status() == MeetingStatus.HELD && m.agendaPublishedOn() != null);
      assertThat(lastYear).filteredOn(m -> m.minutes() == MinutesStatus.APPROVED).hasSize(11);
      CouncilFigures figures = system.in(city, Role.COUNCIL_MEMBER, () -> meetings.figures()).getFirst();
      assertThat(figures.parityRespected()).isTrue();
      assertThat(figures.vacantMemberSeats()).isZero();
      assertThat(figures.meetingsHeld()).isGreaterThanOrEqualTo(11);
      assertThat(figures.meetingsWithQuorum()).isEqualTo(figures.meetingsHeld());
    }
  }

  @Test
  void both_cities_have_published_resolutions_and_one_commission_of_each_kind() {
    for (TenantId city : List.of(DemoData.BELO_HORIZONTE, DemoData.BETIM)) {
      CouncilSummary council = cmas(city);
      ResolutionPage published = system.in(city, Role.COUNCIL_MEMBER,
          () -> resolutions.publicResolutions(council.id(), "", 0, 100));
      assertThat(published.total()).isGreaterThanOrEqualTo(10);
      assertThat(published.items()).allMatch(ResolutionSummary::published);
      List<CommissionSummary> found = system.in(city, Role.COUNCIL_MEMBER, () -> commissions.commissions(council.id()));
      assertThat(found).extracting(CommissionSummary::kind)
          .contains(CommissionKind.THEMATIC, CommissionKind.ENTITY_INSCRIPTION, CommissionKind.ETHICS);
      assertThat(found).allSatisfy(c -> assertThat(c.members()).hasSizeGreaterThanOrEqualTo(3));
      assertThat(system.in(city, Role.COUNCIL_MEMBER, () -> commissions.entityInscriptionCommission(council.id())))
          .isPresent();
    }
  }

  @Test
  void running_the_demo_data_twice_adds_no_council_mandate_or_meeting() {
    int mandates = system.in(DemoData.BETIM, Role.COUNCIL_MEMBER, () -> composition.mandates(cmas(DemoData.BETIM).id()).size());
    int meetingsBefore = pastYear(DemoData.BETIM).size();
    long resolutionsBefore = system.in(DemoData.BETIM, Role.COUNCIL_MEMBER,
        () -> resolutions.list(cmas(DemoData.BETIM).id(), "", 0, 1).total());
    int commissionsBefore = system.in(DemoData.BETIM, Role.COUNCIL_MEMBER,
        () -> commissions.commissions(cmas(DemoData.BETIM).id()).size());

    demo.run(new DefaultApplicationArguments());

    assertThat(system.in(DemoData.BETIM, Role.COUNCIL_MEMBER, () -> composition.councils())).hasSize(1);
    assertThat(system.in(DemoData.BETIM, Role.COUNCIL_MEMBER, () -> composition.mandates(cmas(DemoData.BETIM).id()).size()))
        .isEqualTo(mandates);
    assertThat(pastYear(DemoData.BETIM)).hasSize(meetingsBefore);
    assertThat(system.in(DemoData.BETIM, Role.COUNCIL_MEMBER,
        () -> resolutions.list(cmas(DemoData.BETIM).id(), "", 0, 1).total())).isEqualTo(resolutionsBefore);
    assertThat(system.in(DemoData.BETIM, Role.COUNCIL_MEMBER,
        () -> commissions.commissions(cmas(DemoData.BETIM).id()).size())).isEqualTo(commissionsBefore);
  }

  private CouncilSummary cmas(TenantId city) {
    return system.in(city, Role.COUNCIL_MEMBER, () -> composition.councilByAcronym("CMAS").orElseThrow());
  }

  private List<MeetingSummary> pastYear(TenantId city) {
    LocalDate today = LocalDate.now();
    CouncilSummary council = cmas(city);
    return system.in(city, Role.COUNCIL_MEMBER, () -> Stream.concat(
            meetings.meetings(council.id(), today.getYear() - 1).stream(), meetings.meetings(council.id(), today.getYear()).stream())
        .filter(m -> m.date().isBefore(today) && !m.date().isBefore(today.minusMonths(13)) && m.status() == MeetingStatus.HELD)
        .toList());
  }
}
