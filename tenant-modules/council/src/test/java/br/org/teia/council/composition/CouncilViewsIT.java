package br.org.teia.council.composition;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.CouncilFixtures;
import br.org.teia.council.meeting.AgendaItemSummary;
import br.org.teia.council.meeting.MeetingKind;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.council.meeting.MeetingView;
import br.org.teia.council.meeting.MeetingsView;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The council's screens on a CMAS of the test's own (Jesuânia, the module fixture's), as its secretary and as a councillor. */
@CouncilContext
class CouncilViewsIT extends UiTestBase {

  private TenantId town;

  @BeforeEach
  void aWholeCmas() {
    town = new CouncilFixtures(context).cmas(onboarded("3135902"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_secretary_sees_twelve_seats_parity_and_the_mandate_ending_soon() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(CompositionView.class);

    Grid<SeatSummary> seats = _get(Grid.class, spec -> spec.withId("seat-grid"));
    assertThat(GridKt._size(seats)).isEqualTo(CouncilFixtures.SEATS);
    assertThat(_get(Span.class, spec -> spec.withId("composition-parity")).getText())
        .isEqualTo("Paridade respeitada: 6 + 6 titulares, 6 + 6 suplentes");
    Grid<?> endingSoon = _get(Grid.class, spec -> spec.withId("ending-soon-grid"));
    assertThat(GridKt._size(endingSoon)).isEqualTo(1);
    assertThat(_get(Span.class, spec -> spec.withId("composition-presidency")).getText()).startsWith("Presidência: ");
    // members' names (with organisation and last day) wrap instead of being cut at 1366 px
    assertThat(seats.getThemeNames()).contains("wrap-cell-content");
    assertThat(seats.getColumnByKey("member").getFlexGrow()).isGreaterThan(1);
    assertThat(seats.getColumnByKey("alternate").getFlexGrow()).isGreaterThan(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_manager_on_a_workers_seat_is_refused_in_portuguese_under_the_organisation() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(CompositionView.class);

    _click(_get(Button.class, spec -> spec.withId("mandate-new")));
    Select<SegmentSummary> segment = _get(Select.class, spec -> spec.withId("mandate-segment"));
    _setValue(segment, segment.getListDataView().getItems().filter(s -> s.kind() == SegmentKind.WORKERS)
        .findFirst().orElseThrow());
    _setValue(_get(IntegerField.class, spec -> spec.withId("mandate-seat")), 1);
    _setValue(_get(Select.class, spec -> spec.withId("mandate-role")), MandateRole.MEMBER);
    _setValue(_get(TextField.class, spec -> spec.withId("mandate-person")), "Rita Coordenadora");
    _setValue(_get(TextField.class, spec -> spec.withId("mandate-cpf")), "529.982.247-25");
    _setValue(_get(TextField.class, spec -> spec.withId("mandate-organisation")), "CRAS Venda Nova");
    _setValue(_get(Checkbox.class, spec -> spec.withId("mandate-management")), true);
    _setValue(_get(DatePicker.class, spec -> spec.withId("mandate-start")), LocalDate.now().plusYears(3));
    _click(_get(Button.class, spec -> spec.withId("mandate-save")));

    TextField organisation = _get(TextField.class, spec -> spec.withId("mandate-organisation"));
    assertThat(organisation.isInvalid()).isTrue();
    assertThat(organisation.getErrorMessage()).isEqualTo(
        "Trabalhador(a) que ocupa cargo de direção ou chefia não pode representar o segmento dos trabalhadores.");
  }

  @Test
  void a_councillor_reads_the_composition_without_the_buttons_that_change_it() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(CompositionView.class);

    assertThat(_find(Button.class, spec -> spec.withId("mandate-new"))).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withId("presidency-new"))).isEmpty();
    assertThat(_get(Span.class, spec -> spec.withId("composition-vacancies")).getText())
        .isEqualTo("Vagas: 0 de titular, 0 de suplente");
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_secretary_schedules_a_meeting_adds_an_item_and_publishes_the_agenda() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(MeetingsView.class);
    String topic = "Plano de acolhimento " + UUID.randomUUID().toString().substring(0, 6);

    _click(_get(Button.class, spec -> spec.withId("meeting-new")));
    _setValue(_get(Select.class, spec -> spec.withId("meeting-kind")), MeetingKind.EXTRAORDINARY);
    _setValue(_get(DatePicker.class, spec -> spec.withId("meeting-date")), LocalDate.now().plusDays(5));
    _setValue(_get(TextField.class, spec -> spec.withId("meeting-place")), "Sala dos Conselhos");
    _click(_get(Button.class, spec -> spec.withId("meeting-save")));

    assertThat(_get(MeetingView.class)).isNotNull();
    _setValue(_get(TextField.class, spec -> spec.withId("agenda-title")), topic);
    _click(_get(Button.class, spec -> spec.withId("agenda-add")));
    Grid<AgendaItemSummary> agenda = _get(Grid.class, spec -> spec.withId("agenda-grid"));
    assertThat(GridKt._get(agenda, 0).title()).isEqualTo(topic);
    _click(_get(Button.class, spec -> spec.withId("agenda-publish")));
    // a public act: nothing is published before the secretary confirms, in Portuguese
    assertThat(_get(Span.class, spec -> spec.withId("agenda-publication")).getText()).isEqualTo("Pauta não publicada");
    ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("agenda-publish-confirm"));
    assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Publicar pauta");
    assertThat(ConfirmDialogKt._getText(confirm)).contains("página pública");
    ConfirmDialogKt._fireConfirm(confirm);

    assertThat(_get(Span.class, spec -> spec.withId("agenda-publication")).getText()).startsWith("Pauta publicada em ");
    assertThat(_find(Button.class, spec -> spec.withId("agenda-publish"))).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_meeting_dated_in_the_past_is_saved_only_once_confirmed_and_the_list_then_shows_its_year() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(MeetingsView.class);
    LocalDate lastYear = LocalDate.now().minusYears(1).withMonth(3).withDayOfMonth(17);
    String place = "Sala " + UUID.randomUUID().toString().substring(0, 6);

    _click(_get(Button.class, spec -> spec.withId("meeting-new")));
    _setValue(_get(Select.class, spec -> spec.withId("meeting-kind")), MeetingKind.EXTRAORDINARY);
    _setValue(_get(DatePicker.class, spec -> spec.withId("meeting-date")), lastYear);
    _setValue(_get(TextField.class, spec -> spec.withId("meeting-place")), place);
    _click(_get(Button.class, spec -> spec.withId("meeting-save")));

    // not saved yet: the date field says why and a dialog asks
    DatePicker date = _get(DatePicker.class, spec -> spec.withId("meeting-date"));
    assertThat(date.isInvalid()).isTrue();
    assertThat(date.getErrorMessage()).startsWith("A data é anterior a hoje");
    assertThat(_find(MeetingView.class)).isEmpty();
    ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("meeting-past-confirm"));
    assertThat(ConfirmDialogKt._getText(confirm)).contains(lastYear.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    ConfirmDialogKt._fireConfirm(confirm);

    assertThat(_get(MeetingView.class)).isNotNull(); // saved, and shown
    assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text")).contains("Reunião salva.");
    UI.getCurrent().navigate(MeetingsView.class);
    assertThat(_get(IntegerField.class, spec -> spec.withId("meetings-year")).getValue()).isEqualTo(lastYear.getYear());
    Grid<MeetingSummary> grid = _get(Grid.class, spec -> spec.withId("meeting-grid"));
    assertThat(GridKt._findAll(grid)).extracting(MeetingSummary::place).contains(place);
  }

  @Test
  @SuppressWarnings("unchecked")
  void an_ordinary_agenda_too_close_to_the_meeting_is_refused_and_stays_unpublished() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(MeetingsView.class);
    _click(_get(Button.class, spec -> spec.withId("meeting-new")));
    _setValue(_get(DatePicker.class, spec -> spec.withId("meeting-date")), LocalDate.now().plusDays(9));
    _setValue(_get(TextField.class, spec -> spec.withId("meeting-place")), "Sala dos Conselhos");
    _click(_get(Button.class, spec -> spec.withId("meeting-save")));
    _setValue(_get(TextField.class, spec -> spec.withId("agenda-title")), "Assunto urgente");
    _click(_get(Button.class, spec -> spec.withId("agenda-add")));

    _click(_get(Button.class, spec -> spec.withId("agenda-publish")));
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("agenda-publish-confirm")));

    assertThat(_get(Span.class, spec -> spec.withId("agenda-publication")).getText()).isEqualTo("Pauta não publicada");
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_past_meeting_shows_quorum_votes_and_locked_approved_minutes() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(MeetingsView.class);
    _setValue(_get(IntegerField.class, spec -> spec.withId("meetings-year")), LocalDate.now().minusMonths(10).getYear());
    Grid<MeetingSummary> grid = _get(Grid.class, spec -> spec.withId("meeting-grid"));
    MeetingSummary past = GridKt._findAll(grid).stream()
        .filter(m -> m.date().isBefore(LocalDate.now().minusMonths(9))).findFirst().orElseThrow();

    UI.getCurrent().navigate(MeetingView.class, past.id().toString());

    assertThat(_get(Span.class, spec -> spec.withId("meeting-quorum")).getText()).startsWith("Quórum atingido");
    assertThat(_get(Span.class, spec -> spec.withId("minutes-status")).getText()).startsWith("Ata aprovada em ");
    assertThat(_get(TextArea.class, spec -> spec.withId("minutes-text")).isReadOnly()).isTrue();
    assertThat(_find(Button.class, spec -> spec.withId("attendance-save"))).isEmpty();
    Grid<AgendaItemSummary> agenda = _get(Grid.class, spec -> spec.withId("agenda-grid"));
    assertThat(GridKt._findAll(agenda)).allMatch(AgendaItemSummary::voted);
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_meeting_shows_the_way_back_to_the_meetings_and_what_the_page_is_for() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(MeetingsView.class);
    assertThat(_find(Nav.class, spec -> spec.withId("breadcrumbs"))).as("a list page has no trail").isEmpty();
    _setValue(_get(IntegerField.class, spec -> spec.withId("meetings-year")), LocalDate.now().minusMonths(10).getYear());
    Grid<MeetingSummary> grid = _get(Grid.class, spec -> spec.withId("meeting-grid"));
    MeetingSummary meeting = GridKt._get(grid, 0);

    UI.getCurrent().navigate(MeetingView.class, meeting.id().toString());

    Nav trail = _get(Nav.class, spec -> spec.withId("breadcrumbs"));
    assertThat(trail.getElement().getAttribute("aria-label")).isEqualTo("Trilha");
    List<ListItem> steps = _find(trail, ListItem.class);
    assertThat(steps).extracting(step -> step.getElement().getTextRecursively())
        .containsExactly("Início", "Reuniões do conselho", "Reunião");
    assertThat(_get(steps.get(1), Anchor.class).getHref()).isEqualTo(MeetingsView.ROUTE);
    assertThat(steps.getLast().getElement().getAttribute("aria-current")).isEqualTo("page");

    NativeDetails help = _get(NativeDetails.class, spec -> spec.withId("page-help"));
    assertThat(help.getSummaryText()).isEqualTo("Sobre esta página");
    assertThat(help.getContent().getElement().getTextRecursively()).contains("pauta").contains("ata");
  }

  @Test
  void the_header_search_finds_meetings_and_resolutions_accents_aside_and_opens_the_meeting() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(br.org.teia.kernel.ui.SearchView.class,
        com.vaadin.flow.router.QueryParameters.of("q", "ACOLHIMENTO institucional"));
    List<Anchor> meetings = _find(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("search-meetings")),
        Anchor.class).stream().filter(a -> !"search-meetings-all".equals(a.getId().orElse(""))).toList();
    assertThat(meetings).isNotEmpty().allMatch(a -> a.getHref().startsWith(MeetingView.ROUTE + "/"));

    UI.getCurrent().navigate(br.org.teia.kernel.ui.SearchView.class,
        com.vaadin.flow.router.QueryParameters.of("q", "dispoe sobre"));
    List<Anchor> resolutions = _find(_get(com.vaadin.flow.component.html.Section.class,
        spec -> spec.withId("search-resolutions")), Anchor.class).stream()
        .filter(a -> !"search-resolutions-all".equals(a.getId().orElse(""))).toList();
    assertThat(resolutions).isNotEmpty().allMatch(a -> a.getText().startsWith("Resolução CMAS nº ")
        && a.getText().contains("Dispõe sobre"));

    UI.getCurrent().navigate(meetings.getFirst().getHref());
    assertThat(_get(Span.class, spec -> spec.withId("meeting-status")).getText()).contains("Sala dos Conselhos");
  }
}
