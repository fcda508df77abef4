package br.org.teia.console.onboarding;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.console.ConsoleAccess;
import br.org.teia.console.csv.CsvLines;
import br.org.teia.kernel.TeiaException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Onboarding from the console: one municipality, a list of IBGE codes or a whole state, run in the
 * background. The job shown (the one in the address, {@code ?tarefa=<id>}, else the latest) is read
 * from the database and polled while it runs, so its progress survives a page reload. Failed
 * municipalities are listed with their error and can be tried again.
 */
@PageHelp("console.help.onboarding")
@Route(OnboardingView.ROUTE)
@RolesAllowed(ConsoleAccess.ADMIN)
public class OnboardingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  public static final String ROUTE = "associacao/implantacao";
  public static final String JOB_PARAMETER = "tarefa";
  static final int POLL_MILLIS = 1500;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(ZoneId.of("America/Sao_Paulo"));

  /** What the person onboards. */
  public enum Mode { ONE, LIST, STATE }

  private final OnboardingJobService jobs;
  private final OnboardingEditor request = new OnboardingEditor();
  private final Grid<OnboardingJob> jobGrid = new Grid<>(OnboardingJob.class, false);
  private final H3 jobTitle = new H3();
  private final ProgressBar progress = new ProgressBar();
  private final Span jobStatus = new Span();
  private final Select<ItemStatus> itemFilter = new Select<>();
  private final Grid<OnboardingJobItem> items = new Grid<>(OnboardingJobItem.class, false);
  private final Button retry = new Button();
  private final VerticalLayout jobPanel = new VerticalLayout();
  private UUID shown;
  private Registration pollRegistration;

  public OnboardingView(OnboardingJobService jobs) {
    this.jobs = jobs;
    setSizeFull();

    request.addSaveListener(event -> start(event.value()));

    jobGrid.setId("onboarding-jobs");
    jobGrid.addColumn(j -> WHEN.format(j.createdAt())).setHeader(getTranslation("console.onboarding.when")).setAutoWidth(true);
    jobGrid.addColumn(OnboardingJob::description).setHeader(getTranslation("console.onboarding.what"));
    jobGrid.addColumn(j -> getTranslation(j.status().labelKey())).setHeader(getTranslation("console.onboarding.status"))
        .setAutoWidth(true);
    jobGrid.addColumn(j -> getTranslation("console.onboarding.count", j.done(), j.total(), j.failed()))
        .setHeader(getTranslation("console.onboarding.progress")).setAutoWidth(true);
    jobGrid.addColumn(OnboardingJob::requestedBy).setHeader(getTranslation("console.onboarding.by")).setAutoWidth(true);
    jobGrid.setAllRowsVisible(true);
    jobGrid.setEmptyStateText(getTranslation("console.onboarding.no-jobs"));
    jobGrid.addItemClickListener(click -> show(click.getItem().id()));

    jobTitle.setId("onboarding-job-title");
    progress.setId("onboarding-progress");
    progress.getElement().setAttribute("aria-labelledby", jobTitle.getId().orElseThrow()); // named by the job it follows (axe aria-progressbar-name)
    progress.setMin(0);
    progress.setMax(1);
    jobStatus.setId("onboarding-job-status");
    itemFilter.setLabel(getTranslation("console.onboarding.item-filter"));
    itemFilter.setId("onboarding-item-filter");
    itemFilter.setItems(ItemStatus.values());
    itemFilter.setEmptySelectionAllowed(true);
    itemFilter.setEmptySelectionCaption(getTranslation("console.filter.all"));
    itemFilter.setItemLabelGenerator(s -> s == null ? getTranslation("console.filter.all") : getTranslation(s.labelKey()));
    itemFilter.addValueChangeListener(e -> refresh());
    items.setId("onboarding-items");
    items.addColumn(OnboardingJobItem::ibgeCode).setHeader(getTranslation("console.member.ibge")).setAutoWidth(true);
    items.addColumn(OnboardingJobItem::name).setHeader(getTranslation("console.member.name")).setAutoWidth(true);
    items.addColumn(i -> getTranslation(i.status().labelKey())).setHeader(getTranslation("console.onboarding.status"))
        .setAutoWidth(true);
    items.addColumn(OnboardingJobItem::error).setHeader(getTranslation("console.onboarding.error"));
    retry.setText(getTranslation("console.onboarding.retry"));
    retry.setId("onboarding-retry");
    retry.addClickListener(click -> retry());
    HorizontalLayout jobBar = new HorizontalLayout(jobStatus, itemFilter, retry);
    jobBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    jobPanel.setPadding(false);
    jobPanel.add(jobTitle, progress, jobBar, items);
    jobPanel.setVisible(false);

    add(new H2(getTranslation("console.onboarding.title")), request,
        new H3(getTranslation("console.onboarding.recent")), jobGrid, jobPanel);
  }

  public static QueryParameters jobParameter(UUID job) {
    return QueryParameters.of(JOB_PARAMETER, job.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> asked = event.getLocation().getQueryParameters().getSingleParameter(JOB_PARAMETER)
        .flatMap(OnboardingView::uuid);
    Optional<UUID> job = asked.isPresent() ? asked : jobs.latest().map(OnboardingJob::id);
    job.ifPresentOrElse(this::show, () -> {
      shown = null;
      refresh();
    });
  }

  @Override
  protected void onAttach(AttachEvent event) {
    pollRegistration = event.getUI().addPollListener(poll -> refresh());
    refresh();
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (pollRegistration != null) {
      pollRegistration.remove();
      pollRegistration = null;
    }
    event.getUI().setPollInterval(-1);
  }

  private void start(OnboardingRequest value) {
    AtomicReference<OnboardingJob> job = new AtomicReference<>();
    if (request.submit(value, asked -> {
      job.set(switch (asked.mode()) {
        case ONE -> jobs.onboard(asked.code() == null ? List.of() : List.of(asked.code()));
        case LIST -> jobs.onboard(CsvLines.words(asked.codes()));
        case STATE -> jobs.onboardState(asked.uf());
      });
      return getTranslation("console.onboarding.started", job.get().description());
    })) {
      request.edit(OnboardingEditor.after(value));
      follow(job.get());
    }
  }

  private void retry() {
    if (shown == null) {
      return;
    }
    AtomicReference<OnboardingJob> job = new AtomicReference<>();
    if (request.run(() -> {
      job.set(jobs.retry(shown));
      return getTranslation("console.onboarding.started", job.get().description());
    })) {
      follow(job.get());
    }
  }

  /** The job just started, in the address (so a reload finds it) and on screen. */
  private void follow(OnboardingJob job) {
    getUI().ifPresentOrElse(ui -> ui.navigate(OnboardingView.class, jobParameter(job.id())), () -> show(job.id()));
  }

  private void show(UUID job) {
    shown = job;
    refresh();
  }

  /** Reads the shown job again from the database; polls while it runs. */
  void refresh() {
    jobGrid.setItems(jobs.recent());
    Optional<OnboardingJob> job = Optional.ofNullable(shown).flatMap(id -> {
      try {
        return Optional.of(jobs.job(id));
      } catch (TeiaException notFound) {
        return Optional.empty();
      }
    });
    jobPanel.setVisible(job.isPresent());
    job.ifPresent(j -> {
      jobTitle.setText(j.description());
      progress.setValue(j.fraction());
      jobStatus.setText(getTranslation("console.onboarding.job-line", getTranslation(j.status().labelKey()),
          j.done(), j.total(), j.failed()) + (j.error() == null ? "" : " — " + j.error()));
      // Lazy: a job has up to one item per municipality of the state; only the rows in view are kept.
      ItemStatus status = itemFilter.getValue();
      items.setItems(query -> jobs.items(j.id(), status, query.getOffset(), query.getLimit()).stream(),
          query -> jobs.countItems(j.id(), status));
      retry.setVisible(!j.status().active() && (j.failed() > 0 || j.done() < j.total()));
      jobGrid.select(j);
    });
    boolean running = job.map(j -> j.status().active()).orElse(false);
    UI ui = getUI().orElse(UI.getCurrent());
    if (ui != null) {
      ui.setPollInterval(running ? POLL_MILLIS : -1);
    }
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("console.onboarding.title") + " | " + getTranslation("app.name");
  }
}
