package br.org.teia.server.fund;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilForm;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateForm;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.MandateSummary;
import br.org.teia.council.composition.SegmentForm;
import br.org.teia.council.composition.SegmentKind;
import br.org.teia.council.composition.SegmentSummary;
import br.org.teia.council.meeting.AgendaItemSummary;
import br.org.teia.council.meeting.MeetingForm;
import br.org.teia.council.meeting.MeetingKind;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.council.meeting.VoteForm;
import br.org.teia.council.proposal.ProposalService;
import br.org.teia.council.proposal.ProposalSummary;
import br.org.teia.council.resolution.ResolutionForm;
import br.org.teia.council.resolution.ResolutionService;
import br.org.teia.council.resolution.ResolutionSummary;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.RevenueForm;
import br.org.teia.fund.statement.StatementService;
import br.org.teia.fund.statement.StatementStatus;
import br.org.teia.fund.statement.StatementSummary;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.UiTestBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fund's annual demonstrativo through the real council: the manager sends it, the CMAS's secretary
 * finds it among the proposals, puts it on a meeting's agenda, the plenary votes, the resolution is
 * published, and the opinion and resolution number are on the fund's demonstrativo. The two modules
 * meet only through council.api's events.
 */
@DemoServerTest
class FundStatementCouncilIT extends UiTestBase {

  @Autowired SystemWork system;
  @Autowired LedgerService ledger;
  @Autowired StatementService statements;
  @Autowired CompositionService composition;
  @Autowired MeetingService meetings;
  @Autowired ProposalService proposals;
  @Autowired ResolutionService resolutions;

  private final LocalDate today = LocalDate.now();

  @Test
  void the_plenarys_published_resolution_comes_back_to_the_funds_demonstrativo() {
    TenantId town = onboarded("3130002"); // Ibituruna
    int year = today.getYear() - 1;
    system.in(town, Role.MUNICIPAL_MANAGER, () -> {
      ledger.receive(new RevenueForm(year, 3, "PSB", "FNAS", new BigDecimal("12000.00"), "FNAS 03"));
      statements.prepare(year, "Execução regular.");
      statements.finalise(year);
      return statements.send(year);
    });

    ResolutionSummary published = system.in(town, Role.COUNCIL_SECRETARY, () -> {
      CouncilSummary cmas = cmas();
      ProposalSummary proposal = proposals.proposals(cmas.id()).stream()
          .filter(p -> p.reference().equals("demonstrativo-" + year)).findFirst().orElseThrow();
      assertThat(proposal.title()).isEqualTo("Demonstrativo anual de execução físico-financeira do FMAS – exercício de "
          + year);
      MeetingSummary meeting = meetings.schedule(cmas.id(), new MeetingForm(MeetingKind.EXTRAORDINARY,
          today.minusDays(2), LocalTime.of(9, 0), "Sala dos Conselhos"));
      AgendaItemSummary item = proposals.schedule(proposal.id(), meeting.id());
      meetings.recordAgendaPublication(meeting.id(), today.minusDays(7));
      meetings.registerAttendance(meeting.id(), composition.mandates(cmas.id()).stream().map(MandateSummary::id)
          .collect(Collectors.toSet()));
      meetings.vote(meeting.id(), item.id(), new VoteForm(2, 0, 0));
      ResolutionSummary draft = resolutions.create(cmas.id(), new ResolutionForm(item.id(),
          "Aprova o demonstrativo do FMAS de " + year, "O CMAS aprova o demonstrativo sem ressalvas."));
      assertThat(system.in(town, Role.COUNCIL_MEMBER, () -> statements.statement(year)).status())
          .isEqualTo(StatementStatus.SENT); // a draft resolution is not the opinion yet
      return resolutions.publish(cmas.id(), draft.id());
    });

    StatementSummary read = system.in(town, Role.COUNCIL_MEMBER, () -> statements.statement(year));
    assertThat(read.status()).isEqualTo(StatementStatus.APPRECIATED);
    assertThat(read.approved()).isTrue();
    assertThat(read.resolutionNumber()).isEqualTo(published.numberLabel());
    assertThat(List.of(read.votesFor(), read.votesAgainst(), read.abstentions())).containsExactly(2, 0, 0);
    assertThat(read.meetingDate()).isEqualTo(today.minusDays(2));
    assertThat(read.appreciatedOn()).isEqualTo(today);
    assertThat(read.opinion()).isEqualTo("O CMAS aprova o demonstrativo sem ressalvas.");
  }

  /** The municipality's CMAS of two seats, one per side, with both members in office since a year ago. */
  private CouncilSummary cmas() {
    return composition.councilByAcronym("CMAS").orElseGet(() -> {
      CouncilSummary council = composition.create(CouncilForm.cmas("Conselho Municipal de Assistência Social",
          "1/2000", LocalDate.of(2000, 1, 1), 2, 10, List.of(
              new SegmentForm(null, SegmentKind.GOVERNMENT, "Secretaria", 1, 1),
              new SegmentForm(null, SegmentKind.USERS, "Usuários", 1, 1))));
      int person = 0;
      for (SegmentSummary segment : council.segments()) {
        composition.addMandate(council.id(), new MandateForm(segment.id(), 1, MandateRole.MEMBER,
            "Conselheira " + segment.name(), Cpf.withCheckDigits(String.format("5%08d", ++person)), segment.name(),
            false, today.minusYears(1), today.plusYears(1)));
      }
      return council;
    });
  }
}
