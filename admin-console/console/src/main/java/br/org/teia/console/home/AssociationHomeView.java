package br.org.teia.console.home;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.console.ConsoleAccess;
import br.org.teia.console.chart.BarChart;
import br.org.teia.console.comparison.ComparisonView;
import br.org.teia.console.member.MembersView;
import br.org.teia.console.onboarding.OnboardingJob;
import br.org.teia.console.onboarding.OnboardingJobService;
import br.org.teia.console.onboarding.OnboardingView;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.tenancy.TenantStatus;
import br.org.teia.kernel.ui.AttentionCard;
import br.org.teia.kernel.ui.AttentionCards;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * Where association staff land: members, onboarding status, coverage from the indicator rollup (as
 * cards, each a link to its page), the members by status as a chart with its table, and the latest
 * onboardings.
 */
@PageHelp("console.help.home")
@Route(AssociationHomeView.ROUTE)
@RolesAllowed(ConsoleAccess.STAFF)
public class AssociationHomeView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "associacao";
  static final int RECENT = 5;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(ZoneId.of("America/Sao_Paulo"));

  /** One line of the status table (the chart's text alternative). */
  record StatusLine(String status, long count) {}

  public AssociationHomeView(MemberSummaryService summaries, OnboardingJobService jobs, CurrentUser currentUser) {
    setMaxWidth("80rem");
    // Onboarding is the admin's (console:admin): staff see its counts, linked to the members list.
    boolean administers = currentUser.can(ConsoleAccess.ADMIN);
    MemberSummaryService.MemberSummary summary = summaries.summary();
    long active = summary.count(TenantStatus.ACTIVE);
    List<AttentionCard> cards = List.of(
        new AttentionCard("home-members", getTranslation("console.home.card.members"), summary.total(),
            getTranslation("console.home.card.members.detail",
                getTranslation("console.home.card.members.total", summary.total()),
                getTranslation("console.home.card.members.active", active)), MembersView.ROUTE),
        new AttentionCard("home-onboarding", getTranslation("console.home.card.onboarding"),
            summary.count(TenantStatus.PROVISIONING) + summary.count(TenantStatus.FAILED),
            getTranslation("console.home.card.onboarding.detail", active, summary.count(TenantStatus.PROVISIONING),
                summary.count(TenantStatus.FAILED)), administers ? OnboardingView.ROUTE : MembersView.ROUTE),
        new AttentionCard("home-councils", getTranslation("console.home.card.councils"), summary.withCouncil(),
            coverage("console.home.card.councils.detail", summary, summary.withCouncil()), ComparisonView.ROUTE),
        new AttentionCard("home-teams", getTranslation("console.home.card.teams"), summary.teamsComplete(),
            coverage("console.home.card.teams.detail", summary, summary.teamsComplete()), ComparisonView.ROUTE));
    AttentionCards figures = new AttentionCards("home-cards", cards);

    List<StatusLine> lines = Arrays.stream(TenantStatus.values())
        .map(s -> new StatusLine(getTranslation("tenant.status." + s.name()), summary.count(s))).toList();
    BarChart chart = new BarChart("home-status-chart", getTranslation("console.home.chart.label"),
        lines.stream().map(StatusLine::status).toList(),
        List.of(new BarChart.Series(getTranslation("console.home.chart.series"),
            lines.stream().map(l -> BigDecimal.valueOf(l.count())).toList())), false);
    chart.setMaxWidth("40rem");
    Grid<StatusLine> table = new Grid<>();
    table.setId("home-status-table");
    table.addColumn(StatusLine::status).setHeader(getTranslation("console.home.chart.status"));
    table.addColumn(l -> getTranslation("console.home.chart.count", l.count()))
        .setHeader(getTranslation("console.home.chart.series")).setTextAlign(ColumnTextAlign.END);
    table.setItems(lines);
    table.setAllRowsVisible(true);
    table.setMaxWidth("40rem");

    add(new H2(getTranslation("console.home.title")), figures,
        section("home-status", "console.home.chart.title", chart, table));
    if (administers) {
      Grid<OnboardingJob> recent = new Grid<>();
      recent.setId("home-recent");
      recent.addColumn(job -> job.createdAt() == null ? "" : WHEN.format(job.createdAt()))
          .setHeader(getTranslation("console.home.recent.when")).setAutoWidth(true);
      recent.addColumn(OnboardingJob::description).setHeader(getTranslation("console.home.recent.what")).setFlexGrow(2);
      recent.addColumn(job -> getTranslation(job.status().labelKey()) + " — "
              + getTranslation("console.home.recent.progress", job.done(), job.total(), job.failed()))
          .setHeader(getTranslation("console.home.recent.status")).setFlexGrow(2);
      recent.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
      recent.setItems(jobs.recent().stream().limit(RECENT).toList());
      recent.setAllRowsVisible(true);
      recent.setEmptyStateText(getTranslation("console.home.recent.none"));
      add(section("home-activity", "console.home.recent.title", recent));
    }
  }

  private String coverage(String key, MemberSummaryService.MemberSummary summary, long part) {
    Integer percent = summary.percentOfActive(part);
    return getTranslation(key, part, summary.count(TenantStatus.ACTIVE), percent == null ? 0 : percent);
  }

  private Section section(String id, String titleKey, com.vaadin.flow.component.Component... content) {
    Section section = new Section(new H3(getTranslation(titleKey)));
    section.add(content);
    section.setId(id);
    section.setWidthFull();
    return section;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("console.home.title") + " | " + getTranslation("app.name");
  }
}
