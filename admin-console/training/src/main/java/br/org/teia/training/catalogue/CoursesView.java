package br.org.teia.training.catalogue;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.SearchText;
import br.org.teia.training.TrainingAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The association's course catalogue, for its staff: every course (active or not), paged and
 * searchable, a dialog to write one; the classes of the chosen course, a dialog to write one, and
 * each class's page (sessions, roster, attendance, certificates).
 */
@PageHelp("training.help.courses")
@Route(CoursesView.ROUTE)
@RolesAllowed(TrainingAccess.MANAGE)
public class CoursesView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "formacao/cursos";
  /** The page of one class (the progress package's roster view), followed by the class id. */
  public static final String CLASS_ROUTE = "formacao/turmas/";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CatalogueService catalogue;
  private final TextField search = SearchText.guard(new TextField());
  private final Grid<CourseSummary> courses = new Grid<>(CourseSummary.class, false);
  private final Grid<ClassSummary> classes = new Grid<>(ClassSummary.class, false);
  private final H3 classesTitle = new H3();
  private final Button newClass = new Button();
  private final Span total = new Span();
  private CourseSummary selected;

  public CoursesView(CatalogueService catalogue) {
    this.catalogue = catalogue;
    setSizeFull();
    search.setLabel(getTranslation("training.course.search"));
    search.setId("course-search");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> refresh());
    Button add = new Button(getTranslation("training.course.new"), click -> editCourse(null));
    add.setId("course-new");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    total.setId("course-total");
    HorizontalLayout bar = new HorizontalLayout(search, add, total);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    courses.setId("course-grid");
    courses.addColumn(CourseSummary::title).setHeader(getTranslation("training.course.title")).setFlexGrow(3);
    courses.addColumn(c -> getTranslation(c.audience().labelKey())).setHeader(getTranslation("training.course.audience"));
    courses.addColumn(CourseSummary::workloadHours).setHeader(getTranslation("training.course.hours"))
        .setTextAlign(ColumnTextAlign.END);
    courses.addColumn(c -> getTranslation(c.modality().labelKey())).setHeader(getTranslation("training.course.modality"));
    courses.addColumn(c -> getTranslation(c.active() ? "training.yes" : "training.no"))
        .setHeader(getTranslation("training.course.active"));
    courses.addColumn(CourseSummary::openClasses).setHeader(getTranslation("training.course.open-classes"))
        .setTextAlign(ColumnTextAlign.END);
    courses.addComponentColumn(c -> {
      Button edit = new Button(getTranslation("training.edit"), click -> editCourse(c));
      edit.setId("course-edit-" + c.id());
      edit.setAriaLabel(getTranslation("training.course.edit", c.title()));
      edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      return edit;
    }).setHeader(getTranslation("training.actions"));
    courses.setItems(q -> catalogue.courses(SearchText.of(search), false, q.getPage(), q.getPageSize()).stream(),
        q -> (int) catalogue.countCourses(SearchText.of(search), false));
    courses.setEmptyStateText(getTranslation("training.course.empty"));
    courses.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));

    classesTitle.setId("classes-title");
    newClass.setText(getTranslation("training.class.new"));
    newClass.setId("class-new");
    newClass.addClickListener(click -> editClass(null));
    classes.setId("class-grid");
    classes.addColumn(ClassSummary::name).setHeader(getTranslation("training.class.name")).setFlexGrow(2);
    classes.addColumn(k -> window(k.enrolmentOpens(), k.enrolmentCloses())).setHeader(getTranslation("training.class.window"));
    classes.addColumn(k -> window(k.startsOn(), k.endsOn())).setHeader(getTranslation("training.class.dates"));
    classes.addColumn(k -> getTranslation("training.class.seats-of", k.seatsHeld(), k.capacity()))
        .setHeader(getTranslation("training.class.seats"));
    classes.addColumn(ClassSummary::waiting).setHeader(getTranslation("training.class.waiting")).setTextAlign(ColumnTextAlign.END);
    classes.addComponentColumn(k -> {
      HorizontalLayout actions = new HorizontalLayout();
      Button edit = new Button(getTranslation("training.edit"), click -> editClass(k));
      edit.setId("class-edit-" + k.id());
      edit.setAriaLabel(getTranslation("training.class.edit", k.name()));
      edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      Button open = new Button(getTranslation("training.class.open"),
          click -> getUI().ifPresent(ui -> ui.navigate(CLASS_ROUTE + k.id())));
      open.setId("class-open-" + k.id());
      open.setAriaLabel(getTranslation("training.class.open.label", k.name()));
      open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      actions.add(edit, open);
      return actions;
    }).setHeader(getTranslation("training.actions")).setAutoWidth(true);
    classes.setEmptyStateText(getTranslation("training.class.empty"));

    add(new H2(getTranslation("training.courses.title")), bar, courses, classesTitle, newClass, classes);
    select(null);
    updateTotal();
  }

  private String window(LocalDate from, LocalDate to) {
    return from == null ? "—" : DATE.format(from) + " – " + DATE.format(to);
  }

  private void select(CourseSummary course) {
    selected = course;
    boolean chosen = course != null;
    classesTitle.setText(chosen ? getTranslation("training.class.of", course.title()) : getTranslation("training.class.choose"));
    newClass.setVisible(chosen);
    classes.setVisible(chosen);
    classes.setItems(chosen ? catalogue.classes(course.id()) : java.util.List.of());
  }

  private void editCourse(CourseSummary course) {
    EditorDialog<CourseForm> dialog = new EditorDialog<>(
        course == null ? getTranslation("training.course.new") : getTranslation("training.course.edit", course.title()),
        new CourseEditor(), form -> {
          CourseSummary saved = course == null ? catalogue.createCourse(form) : catalogue.updateCourse(course.id(), course.version(), form);
          return getTranslation("training.course.saved", saved.title());
        }, this::refresh);
    dialog.setId("course-dialog");
    dialog.setWidth("min(50rem, 95vw)");
    dialog.open(course == null ? CourseForm.blank() : CourseForm.of(course));
  }

  private void editClass(ClassSummary klass) {
    CourseSummary course = selected;
    EditorDialog<ClassForm> dialog = new EditorDialog<>(
        klass == null ? getTranslation("training.class.new-of", course.title()) : getTranslation("training.class.edit", klass.name()),
        new ClassEditor(catalogue.regions(), getLocale()), form -> {
          ClassSummary saved = klass == null ? catalogue.createClass(course.id(), form)
              : catalogue.updateClass(klass.id(), klass.version(), form);
          return getTranslation("training.class.saved", saved.name());
        }, () -> select(course));
    dialog.setId("class-dialog");
    dialog.setWidth("min(50rem, 95vw)");
    dialog.open(klass == null ? ClassForm.blank(catalogue.today()) : klass.form());
  }

  private void refresh() {
    courses.getDataProvider().refreshAll();
    updateTotal();
  }

  private void updateTotal() {
    total.setText(getTranslation("training.course.total", catalogue.countCourses(SearchText.of(search), false)));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("training.courses.title") + " | " + getTranslation("app.name");
  }
}
