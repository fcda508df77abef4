package br.org.teia.training.enrolment;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.Actions;
import br.org.teia.kernel.ui.form.SearchText;
import br.org.teia.training.TrainingAccess;
import br.org.teia.training.catalogue.CatalogueService;
import br.org.teia.training.catalogue.ClassSummary;
import br.org.teia.training.catalogue.CourseSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The open catalogue, for anyone signed in: active courses, paged and searchable; the chosen
 * course's description and its classes taking enrolments, where a person enrols themselves on
 * behalf of the municipality they act in, and a municipal manager enrols one of its people.
 */
@PageHelp("training.help.catalogue")
@Route(OpenCatalogueView.ROUTE)
@RolesAllowed(TrainingAccess.LEARN)
public class OpenCatalogueView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "formacao";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CatalogueService catalogue;
  private final EnrolmentService enrolments;
  private final boolean inMunicipality;
  private final boolean manager;
  private final TextField search = SearchText.guard(new TextField());
  private final Grid<CourseSummary> courses = new Grid<>(CourseSummary.class, false);
  private final Div detail = new Div();

  public OpenCatalogueView(CatalogueService catalogue, EnrolmentService enrolments, CurrentUser currentUser) {
    this.catalogue = catalogue;
    this.enrolments = enrolments;
    this.inMunicipality = currentUser.tenant().isPresent();
    this.manager = currentUser.can(TrainingAccess.MUNICIPALITY);
    setSizeFull();
    search.setLabel(getTranslation("training.catalogue.search"));
    search.setId("catalogue-search");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> courses.getDataProvider().refreshAll());
    courses.setId("catalogue-grid");
    courses.addColumn(CourseSummary::title).setHeader(getTranslation("training.course.title")).setFlexGrow(3);
    courses.addColumn(c -> getTranslation(c.audience().labelKey())).setHeader(getTranslation("training.course.audience"));
    courses.addColumn(CourseSummary::workloadHours).setHeader(getTranslation("training.course.hours"))
        .setTextAlign(ColumnTextAlign.END);
    courses.addColumn(c -> getTranslation(c.modality().labelKey())).setHeader(getTranslation("training.course.modality"));
    courses.addColumn(CourseSummary::openClasses).setHeader(getTranslation("training.course.open-classes"))
        .setTextAlign(ColumnTextAlign.END);
    courses.setItems(q -> catalogue.courses(SearchText.of(search), true, q.getPage(), q.getPageSize()).stream(),
        q -> (int) catalogue.countCourses(SearchText.of(search), true));
    courses.setEmptyStateText(getTranslation("training.catalogue.empty"));
    courses.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
    detail.setId("catalogue-detail");
    detail.setWidthFull();
    Paragraph intro = new Paragraph(getTranslation(inMunicipality ? "training.catalogue.intro" : "training.catalogue.intro-no-municipality"));
    add(new H2(getTranslation("training.catalogue.title")), intro, search, courses, detail);
  }

  private void show(CourseSummary course) {
    detail.removeAll();
    if (course == null) {
      return;
    }
    H3 title = new H3(course.title());
    title.setId("catalogue-course-title");
    detail.add(title, new Paragraph(course.summary()));
    if (course.topics() != null) {
      detail.add(new Paragraph(getTranslation("training.course.topics.line", course.topics())));
    }
    if (course.prerequisites() != null) {
      detail.add(new Paragraph(getTranslation("training.course.prerequisites.line", course.prerequisites())));
    }
    detail.add(new Paragraph(getTranslation("training.course.rule.line", course.minAttendancePct(),
        course.passingGrade() == null ? getTranslation("training.course.no-grade")
            : getTranslation("training.course.grade.line", course.passingGrade().toPlainString()))));
    Grid<ClassSummary> classes = new Grid<>(ClassSummary.class, false);
    classes.setId("catalogue-classes");
    classes.setAllRowsVisible(true);
    classes.addColumn(ClassSummary::name).setHeader(getTranslation("training.class.name"));
    classes.addColumn(ClassSummary::place).setHeader(getTranslation("training.class.place"));
    classes.addColumn(k -> dates(k.startsOn(), k.endsOn())).setHeader(getTranslation("training.class.dates"));
    classes.addColumn(k -> DATE.format(k.enrolmentCloses())).setHeader(getTranslation("training.class.closes"));
    classes.addColumn(k -> k.freeSeats() > 0 ? getTranslation("training.class.free", k.freeSeats())
        : getTranslation("training.class.full")).setHeader(getTranslation("training.class.seats"));
    classes.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("training.actions")).setAutoWidth(true);
    classes.setItems(catalogue.openClasses(course.id()));
    classes.setEmptyStateText(getTranslation("training.catalogue.no-open-class"));
    detail.add(classes);
  }

  private HorizontalLayout actions(ClassSummary k) {
    HorizontalLayout actions = new HorizontalLayout();
    if (!inMunicipality) {
      return actions;
    }
    Button enrol = new Button(getTranslation("training.enrolment.enrol-self"), click -> Actions.run(this,
        () -> getTranslation(enrolments.enrolSelf(k.id()) == EnrolmentStatus.CONFIRMED
            ? "training.enrolment.confirmed" : "training.enrolment.waiting", k.name()), this::refreshDetail));
    enrol.setId("enrol-self-" + k.id());
    enrol.setAriaLabel(getTranslation("training.enrolment.enrol-self.label", k.name()));
    enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    actions.add(enrol);
    if (manager) {
      Button other = new Button(getTranslation("training.enrolment.enrol-member"), click -> enrolMember(k));
      other.setId("enrol-member-" + k.id());
      other.setAriaLabel(getTranslation("training.enrolment.enrol-member.label", k.name()));
      other.addThemeVariants(ButtonVariant.LUMO_SMALL);
      actions.add(other);
    }
    return actions;
  }

  private void enrolMember(ClassSummary k) {
    Dialog dialog = new Dialog(getTranslation("training.enrolment.enrol-member.title", k.name()));
    dialog.setId("enrol-member-dialog");
    Select<Person> person = new Select<>();
    person.setLabel(getTranslation("training.enrolment.person"));
    person.setId("enrol-member-person");
    person.setItems(enrolments.peopleOfMunicipality());
    person.setItemLabelGenerator(p -> p == null ? "" : p.name());
    Button save = new Button(getTranslation("training.enrolment.enrol"), click -> {
      if (person.getValue() == null) {
        person.setInvalid(true);
        person.setErrorMessage(getTranslation("training.enrolment.person.required"));
        return;
      }
      Actions.run(this, () -> getTranslation(enrolments.enrolMember(k.id(), person.getValue().accountId()) == EnrolmentStatus.CONFIRMED
          ? "training.enrolment.member-confirmed" : "training.enrolment.member-waiting", person.getValue().name(), k.name()), () -> {
            dialog.close();
            refreshDetail();
          });
    });
    save.setId("enrol-member-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(person);
    dialog.getFooter().add(new Button(getTranslation("training.close"), click -> dialog.close()), save);
    dialog.open();
  }

  private void refreshDetail() {
    show(courses.getSelectedItems().stream().findFirst().orElse(null));
  }

  private String dates(LocalDate from, LocalDate to) {
    return from == null ? getTranslation("training.class.no-sessions") : DATE.format(from) + " – " + DATE.format(to);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("training.catalogue.title") + " | " + getTranslation("app.name");
  }
}
