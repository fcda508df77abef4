package br.org.teia.council.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.CouncilFixtures;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.meeting.MeetingForm;
import br.org.teia.council.meeting.MeetingKind;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.ui.TenantHomeView;
import br.org.teia.testsupport.UiTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The council's home page, as its secretary and as a councillor read it, on a CMAS of the test's own
 * (Pouso Alegre): the fixture's mandate ending in 45 days, its complaint just received, its two
 * inscriptions in progress, and a meeting the test schedules in ten days without an agenda.
 */
@CouncilContext
class CouncilHomeIT extends UiTestBase {

  private TenantId town;
  private LocalDate meetingDay;

  @BeforeEach
  void aCmasWithWorkWaiting() {
    CouncilFixtures fixtures = new CouncilFixtures(context);
    town = fixtures.inscriptions(fixtures.councilLife(fixtures.cmas(onboarded("3152501"))));
    meetingDay = LocalDate.now().plusDays(10);
    loginAs(Role.COUNCIL_SECRETARY, town);
    var cmas = context.getBean(CompositionService.class).councilByAcronym("CMAS").orElseThrow();
    MeetingService meetings = context.getBean(MeetingService.class);
    boolean scheduled = meetings.meetings(cmas.id(), meetingDay.getYear()).stream()
        .anyMatch(m -> m.date().equals(meetingDay));
    if (!scheduled) {
      meetings.schedule(cmas.id(), new MeetingForm(MeetingKind.EXTRAORDINARY, meetingDay, LocalTime.of(9, 30),
          "Auditório da Prefeitura"));
    }
  }

  @Test
  void the_secretary_sees_what_needs_attention_today_each_card_linking_to_the_page_to_act() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(TenantHomeView.class);

    assertThat(detail("attention-mandates-ending")).isEqualTo("1 mandato termina nos próximos 90 dias.");
    assertThat(count("attention-mandates-ending")).isEqualTo("1");
    assertThat(link("attention-mandates-ending")).isEqualTo("conselho/composicao");
    assertThat(detail("attention-meetings-to-prepare"))
        .isEqualTo("1 reunião dos próximos 30 dias ainda não tem pauta publicada.");
    assertThat(link("attention-meetings-to-prepare")).isEqualTo("conselho/reunioes");
    assertThat(detail("attention-complaints-waiting")).isEqualTo("1 denúncia espera o primeiro encaminhamento.");
    assertThat(link("attention-complaints-waiting")).isEqualTo("conselho/denuncias");
    assertThat(detail("attention-inscriptions-pending")).isEqualTo("2 inscrições de entidades têm etapa pendente.");
    assertThat(count("attention-inscriptions-pending")).isEqualTo("2");
    assertThat(detail("attention-proposals-pending")).isEqualTo("1 proposta espera entrar em pauta."); // the inscription at the plenary
    assertThat(_get(Paragraph.class, spec -> spec.withId("attention-summary")).getText())
        .isEqualTo("5 assuntos pedem atenção hoje.");

    assertThat(_get(Paragraph.class, spec -> spec.withId("council-next-meeting-text")).getText())
        .isEqualTo("CMAS: reunião extraordinária em " + meetingDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            + " às 09:30, Auditório da Prefeitura.");
    assertThat(_get(Paragraph.class, spec -> spec.withId("council-next-meeting-agenda")).getText())
        .isEqualTo("Pauta ainda não publicada (nenhum item).");
    assertThat(_get(Anchor.class, spec -> spec.withId("council-next-meeting-open")).getHref())
        .startsWith("conselho/reuniao/");
  }

  @Test
  void a_councillor_sees_the_council_cards_with_the_complaints_waiting_and_the_next_meeting() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(TenantHomeView.class);

    assertThat(detail("attention-complaints-waiting")).isEqualTo("1 denúncia espera o primeiro encaminhamento.");
    assertThat(detail("attention-inscriptions-pending")).isEqualTo("2 inscrições de entidades têm etapa pendente.");
    assertThat(_find(Paragraph.class, spec -> spec.withId("council-next-meeting-text"))).hasSize(1);
  }

  @Test
  void municipal_staff_who_may_not_read_the_council_see_none_of_its_cards() {
    loginAs(Role.MUNICIPAL_STAFF, town);
    UI.getCurrent().navigate(TenantHomeView.class);

    assertThat(_find(Anchor.class, spec -> spec.withId("attention-complaints-waiting"))).isEmpty();
  }

  private static String detail(String card) {
    return _get(Span.class, spec -> spec.withId(card + "-detail")).getText();
  }

  private static String count(String card) {
    return _get(Span.class, spec -> spec.withId(card + "-count")).getText();
  }

  private static String link(String card) {
    return _get(Anchor.class, spec -> spec.withId(card)).getHref();
  }
}
