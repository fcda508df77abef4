package br.org.teia.council.composition;

import br.org.teia.council.CouncilAccess;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A council's composition today: every seat with its member and alternate (vacancies marked),
 * parity, mandates ending within 60 days and the presidency. The secretary registers mandates
 * and presidencies; the rules are the service's.
 */
@Route(CompositionView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class CompositionView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "conselho/composicao";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CompositionService composition;
  private final boolean canWrite;
  private final Select<CouncilSummary> council = new Select<>();
  private final Grid<SeatSummary> seats = new Grid<>(SeatSummary.class, false);
  private final Grid<MandateSummary> endingSoon = new Grid<>(MandateSummary.class, false);
  private final Span parity = new Span();
  private final Span vacancies = new Span();
  private final Span presidency = new Span();

  public CompositionView(CompositionService composition, CurrentUser currentUser) {
    this.composition = composition;
    this.canWrite = currentUser.can(CouncilAccess.WRITE);
    setSizeFull();

    council.setId("composition-council");
    council.setLabel(getTranslation("council.ui.council"));
    council.setItemLabelGenerator(c -> c.acronym() + " — " + c.name());
    List<CouncilSummary> councils = composition.councils();
    council.setItems(councils);
    council.addValueChangeListener(e -> refresh());

    Button addMandate = new Button(getTranslation("council.ui.mandate-new"), VaadinIcon.PLUS.create(),
        click -> openMandateEditor());
    addMandate.setId("mandate-new");
    addMandate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    addMandate.setVisible(canWrite);
    Button addPresidency = new Button(getTranslation("council.ui.presidency-new"), click -> openPresidencyEditor());
    addPresidency.setId("presidency-new");
    addPresidency.setVisible(canWrite);
    HorizontalLayout toolbar = new HorizontalLayout(council, addMandate, addPresidency);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    parity.setId("composition-parity");
    vacancies.setId("composition-vacancies");
    presidency.setId("composition-presidency");

    seats.setId("seat-grid");
    seats.addColumn(s -> getTranslation(s.side().labelKey())).setHeader(getTranslation("council.ui.side")).setAutoWidth(true);
    seats.addColumn(SeatSummary::segmentName).setHeader(getTranslation("council.ui.segment")).setAutoWidth(true);
    seats.addColumn(SeatSummary::number).setHeader(getTranslation("council.ui.seat")).setAutoWidth(true);
    seats.addColumn(s -> holder(s.member(), true)).setHeader(getTranslation("council.mandate-role.MEMBER"));
    seats.addColumn(s -> holder(s.alternate(), s.alternateSlot())).setHeader(getTranslation("council.mandate-role.ALTERNATE"));

    endingSoon.setId("ending-soon-grid");
    endingSoon.setAllRowsVisible(true);
    endingSoon.addColumn(MandateSummary::personName).setHeader(getTranslation("council.ui.person"));
    endingSoon.addColumn(m -> getTranslation(m.role().labelKey())).setHeader(getTranslation("council.ui.role"));
    endingSoon.addColumn(MandateSummary::segmentName).setHeader(getTranslation("council.ui.segment"));
    endingSoon.addColumn(m -> m.lastDay().format(DATE)).setHeader(getTranslation("council.ui.ends-on"));
    endingSoon.setEmptyStateText(getTranslation("council.ui.ending-soon-none"));

    add(new H2(getTranslation("council.ui.composition")), toolbar, new HorizontalLayout(parity, vacancies, presidency),
        seats, new H3(getTranslation("council.ui.ending-soon", CompositionService.ENDING_SOON_DAYS)), endingSoon);
    expand(seats);
    if (councils.isEmpty()) {
      add(new Paragraph(getTranslation("council.ui.empty")));
    } else {
      council.setValue(councils.getFirst());
    }
  }

  private String holder(MandateSummary mandate, boolean slot) {
    if (!slot) {
      return "—";
    }
    if (mandate == null) {
      return getTranslation("council.ui.vacant");
    }
    return mandate.personName() + (mandate.organisation() == null ? "" : " (" + mandate.organisation() + ")")
        + " · " + getTranslation("council.ui.until", mandate.lastDay().format(DATE));
  }

  private void refresh() {
    if (council.getValue() == null) {
      return;
    }
    CompositionSummary read = composition.composition(council.getValue().id(), null, CompositionService.ENDING_SOON_DAYS);
    seats.setItems(read.seats());
    endingSoon.setItems(read.endingSoon());
    ParityStatus p = read.parity();
    parity.setText(getTranslation(p.respected() ? "council.ui.parity-ok" : "council.ui.parity-broken",
        p.governmentMembers(), p.civilSocietyMembers(), p.governmentAlternates(), p.civilSocietyAlternates()));
    vacancies.setText(getTranslation("council.ui.vacancies", read.vacantMemberSeats(), read.vacantAlternateSeats()));
    presidency.setText(read.presidency() == null ? getTranslation("council.ui.presidency-none")
        : getTranslation("council.ui.presidency", read.presidency().personName(),
            getTranslation(read.presidency().side().labelKey()), read.presidency().endsOn().format(DATE)));
  }

  private void openMandateEditor() {
    CouncilSummary selected = council.getValue();
    if (selected == null) {
      return;
    }
    Dialog dialog = new Dialog(getTranslation("council.ui.mandate-new"));
    Select<SegmentSummary> segment = new Select<>();
    segment.setId("mandate-segment");
    segment.setLabel(getTranslation("council.ui.segment"));
    segment.setItems(selected.segments());
    segment.setItemLabelGenerator(s -> getTranslation(s.side().labelKey()) + " — " + s.name());
    IntegerField seat = new IntegerField(getTranslation("council.ui.seat"));
    seat.setId("mandate-seat");
    seat.setMin(1);
    Select<MandateRole> role = new Select<>();
    role.setId("mandate-role");
    role.setLabel(getTranslation("council.ui.role"));
    role.setItems(MandateRole.values());
    role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
    role.setValue(MandateRole.MEMBER);
    TextField person = new TextField(getTranslation("council.ui.person"));
    person.setId("mandate-person");
    TextField cpf = new TextField(getTranslation("council.ui.cpf"));
    cpf.setId("mandate-cpf");
    TextField organisation = new TextField(getTranslation("council.ui.organisation"));
    organisation.setId("mandate-organisation");
    Checkbox management = new Checkbox(getTranslation("council.ui.management-position"));
    management.setId("mandate-management");
    DatePicker start = new DatePicker(getTranslation("council.ui.starts-on"));
    start.setId("mandate-start");
    DatePicker end = new DatePicker(getTranslation("council.ui.ends-on"));
    end.setId("mandate-end");
    start.addValueChangeListener(e -> {
      if (e.getValue() != null && end.isEmpty()) {
        end.setValue(e.getValue().plusYears(selected.mandateYears()).minusDays(1));
      }
    });
    FormErrors errors = new FormErrors(Map.of("segmentId", segment, "seatNumber", seat, "role", role,
        "personName", person, "cpf", cpf, "organisation", organisation, "startsOn", start, "endsOn", end));
    Button save = new Button(getTranslation("council.ui.save"), click -> {
      MandateForm form = new MandateForm(segment.getValue() == null ? null : segment.getValue().id(),
          seat.getValue() == null ? 0 : seat.getValue(), role.getValue(), person.getValue(), cpf.getValue(),
          organisation.getValue(), management.getValue(), start.getValue(), end.getValue());
      try {
        MandateSummary saved = composition.addMandate(selected.id(), form);
        Notification.show(getTranslation("council.ui.mandate-saved", saved.personName()));
        dialog.close();
        refresh();
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), fieldOf(e.messageKey()));
      }
    });
    save.setId("mandate-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(segment, seat, role, person, cpf, organisation, management, start, end));
    dialog.getFooter().add(new Button(getTranslation("council.ui.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  private static String fieldOf(String key) {
    return switch (key) {
      case "council.mandate.seat-out-of-range", "council.mandate.seat-taken" -> "seatNumber";
      case "council.mandate.cpf.invalid", "council.mandate.reconduction-exceeded", "council.mandate.person-overlap" -> "cpf";
      case "council.mandate.worker-in-management" -> "organisation";
      case "council.mandate.too-long", "council.mandate.end-before-start" -> "endsOn";
      default -> null;
    };
  }

  private void openPresidencyEditor() {
    CouncilSummary selected = council.getValue();
    if (selected == null) {
      return;
    }
    Dialog dialog = new Dialog(getTranslation("council.ui.presidency-new"));
    ComboBox<MandateSummary> member = new ComboBox<>(getTranslation("council.ui.person"));
    member.setId("presidency-member");
    member.setItems(composition.mandates(selected.id()).stream()
        .filter(m -> m.role() == MandateRole.MEMBER && !m.lastDay().isBefore(LocalDate.now())).toList());
    member.setItemLabelGenerator(m -> m.personName() + " — " + getTranslation(m.side().labelKey()));
    DatePicker start = new DatePicker(getTranslation("council.ui.starts-on"));
    DatePicker end = new DatePicker(getTranslation("council.ui.ends-on"));
    start.addValueChangeListener(e -> {
      if (e.getValue() != null && end.isEmpty()) {
        end.setValue(e.getValue().plusYears(selected.presidencyTermYears()).minusDays(1));
      }
    });
    FormErrors errors = new FormErrors(Map.of("mandateId", member, "startsOn", start, "endsOn", end));
    Button save = new Button(getTranslation("council.ui.save"), click -> {
      try {
        composition.addPresidency(selected.id(), new PresidencyForm(
            member.getValue() == null ? null : member.getValue().id(), start.getValue(), end.getValue()));
        dialog.close();
        refresh();
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), "mandateId");
      }
    });
    save.setId("presidency-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(member, start, end));
    dialog.getFooter().add(new Button(getTranslation("council.ui.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.composition") + " | " + getTranslation("app.name");
  }
}
