package br.org.teia.council.publicpage;

import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.SegmentSummary;
import br.org.teia.council.composition.Side;
import br.org.teia.council.composition.PublicComposition;
import br.org.teia.council.conference.ConferenceService;
import br.org.teia.council.conference.PublicConference;
import br.org.teia.council.meeting.AgendaItemSummary;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.PublicMeeting;
import br.org.teia.council.resolution.ResolutionService;
import br.org.teia.council.resolution.ResolutionSummary;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.Tenants;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The public page of a municipality's council, without login: {@code /publico/{ibge}/conselhos/{sigla}}
 * ({@code /publico/{ibge}/conselhos} lists the councils). Nobody is signed in here, so no request
 * filter opens a tenant scope: the page enters the scope of the municipality named in the address
 * itself, only to call the services' public reads ({@code @PermitAll}), which return the council's
 * rules, its members' names and whom they represent (public by law), and meetings whose agenda was
 * published, with their votes and approved minutes, and published resolutions (searchable, as PDF).
 * No CPF, no attendance by name, nothing else.
 */
@Route(value = PublicCouncilView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class PublicCouncilView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

  public static final String ROUTE = "publico";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Tenants tenants;
  private final TenantCatalog catalog;
  private final CompositionService composition;
  private final MeetingService meetings;
  private final ResolutionService resolutions;
  private final ConferenceService conferences;
  private String title;

  public PublicCouncilView(Tenants tenants, TenantCatalog catalog, CompositionService composition,
      MeetingService meetings, ResolutionService resolutions, ConferenceService conferences) {
    this.conferences = conferences;
    this.tenants = tenants;
    this.catalog = catalog;
    this.composition = composition;
    this.meetings = meetings;
    this.resolutions = resolutions;
    setMaxWidth("70em");
    getStyle().set("margin", "0 auto");
  }

  /** The address of a council's public page. */
  public static String path(TenantId tenant, String acronym) {
    return ROUTE + "/" + tenant.ibgeCode() + "/conselhos/" + acronym;
  }

  @Override
  public void setParameter(BeforeEvent event, @WildcardParameter String parameter) {
    removeAll();
    title = getTranslation("council.public.title");
    String[] parts = parameter == null ? new String[0] : parameter.split("/");
    if (parts.length < 2 || !"conselhos".equals(parts[1])) {
      notFound();
      return;
    }
    Optional<Tenant> tenant;
    try {
      TenantId id = TenantId.of(parts[0]);
      tenant = catalog.find(id).filter(Tenant::isActive);
    } catch (TeiaException e) {
      tenant = Optional.empty();
    }
    if (tenant.isEmpty()) {
      notFound();
      return;
    }
    String municipality = tenant.get().name() + " (" + tenant.get().uf() + ")";
    // Public reads only: the scope is entered for these calls and closed right after.
    try (var scope = tenants.enter(tenant.get().id())) {
      if (parts.length == 2) {
        list(tenant.get().id(), municipality, composition.publicCouncils());
      } else {
        Optional<PublicComposition> council = composition.publicComposition(parts[2]);
        if (council.isEmpty()) {
          notFound();
          return;
        }
        page(municipality, council.get(), meetings.publicMeetings(council.get().council().id()));
        resolutions(tenant.get().id(), council.get().council().id());
        conferences(conferences.publicConferences(council.get().council().id()));
      }
    } catch (TeiaException e) {
      notFound();
    }
  }

  private void notFound() {
    H1 heading = new H1(getTranslation("council.public.not-found"));
    heading.setId("public-not-found");
    add(heading);
  }

  private void list(TenantId tenant, String municipality, List<CouncilSummary> councils) {
    title = getTranslation("council.public.councils", municipality);
    add(new H1(title));
    UnorderedList list = new UnorderedList();
    list.setId("public-councils");
    councils.forEach(c -> list.add(new ListItem(new Anchor("/" + path(tenant, c.acronym()), c.acronym() + " — " + c.name()))));
    add(list);
  }

  private void page(String municipality, PublicComposition council, List<PublicMeeting> published) {
    CouncilSummary rules = council.council();
    title = rules.acronym() + " — " + municipality;
    H1 heading = new H1(rules.name() + " (" + rules.acronym() + ")");
    heading.setId("public-council");
    add(heading, new Paragraph(municipality + " · " + getTranslation("council.public.law", rules.lawNumber(),
        rules.lawDate().format(DATE))));
    Paragraph rulesSentence = new Paragraph(getTranslation("council.public.rules", rules.seats(),
        seatsOf(rules, Side.GOVERNMENT), seatsOf(rules, Side.CIVIL_SOCIETY), rules.mandateYears(),
        rules.quorumRequired(), rules.noticeDays()));
    rulesSentence.setId("public-rules");
    add(rulesSentence);
    if (council.presidentName() != null) {
      add(new Paragraph(getTranslation("council.public.president", council.presidentName())));
    }

    add(new H2(getTranslation("council.public.meetings")));
    Div agendas = new Div();
    agendas.setId("public-agendas");
    if (published.isEmpty()) {
      agendas.add(new Paragraph(getTranslation("council.public.no-meetings")));
    }
    for (PublicMeeting meeting : published) {
      agendas.add(new H3(getTranslation("council.public.meeting", getTranslation(meeting.kind().labelKey()),
          meeting.date().format(DATE), meeting.startTime(), meeting.place())));
      agendas.add(new Paragraph(getTranslation(meeting.status().labelKey()) + " · "
          + getTranslation("council.ui.agenda-published", meeting.agendaPublishedOn().format(DATE))));
      UnorderedList items = new UnorderedList();
      for (AgendaItemSummary item : meeting.items()) {
        String votes = item.voted() ? " — " + getTranslation(item.approved() ? "council.ui.approved" : "council.ui.rejected")
            + " (" + getTranslation("council.ui.votes-value", item.votesFor(), item.votesAgainst(), item.abstentions()) + ")"
            : "";
        items.add(new ListItem(item.title() + votes));
      }
      agendas.add(items);
      if (meeting.minutesApproved()) {
        agendas.add(new Paragraph(getTranslation("council.public.minutes", meeting.minutesText())));
      }
    }
    add(agendas);

    add(new H2(getTranslation("council.public.composition")));
    Grid<PublicComposition.PublicSeat> seats = new Grid<>(PublicComposition.PublicSeat.class, false);
    seats.setId("public-seats");
    seats.setAllRowsVisible(true);
    seats.addColumn(s -> getTranslation(s.side().labelKey())).setHeader(getTranslation("council.ui.side")).setAutoWidth(true);
    seats.addColumn(PublicComposition.PublicSeat::segmentName).setHeader(getTranslation("council.ui.segment"));
    seats.addColumn(s -> who(s.memberName(), s.memberOrganisation())).setHeader(getTranslation("council.mandate-role.MEMBER"));
    seats.addColumn(s -> who(s.alternateName(), s.alternateOrganisation())).setHeader(getTranslation("council.mandate-role.ALTERNATE"));
    seats.setItems(council.seats());
    add(seats);
  }

  /** Held conferences and how far each of their deliberations got: no names. */
  private void conferences(List<PublicConference> held) {
    add(new H2(getTranslation("council.public.conferences")));
    Div section = new Div();
    section.setId("public-conferences");
    add(section);
    if (held.isEmpty()) {
      section.add(new Paragraph(getTranslation("council.public.no-conferences")));
      return;
    }
    for (PublicConference conference : held) {
      section.add(new H3(getTranslation("council.public.conference", conference.edition(),
          getTranslation(conference.kind().labelKey()), conference.startsOn().format(DATE),
          conference.endsOn().format(DATE), conference.venue(), conference.theme())));
      Grid<PublicConference.PublicDeliberation> grid = new Grid<>(PublicConference.PublicDeliberation.class, false);
      grid.setId("public-deliberations-" + conference.edition() + "-" + conference.kind());
      grid.setAllRowsVisible(true);
      grid.addColumn(PublicConference.PublicDeliberation::number).setHeader("Nº").setAutoWidth(true);
      grid.addColumn(PublicConference.PublicDeliberation::text).setHeader(getTranslation("council.conference.ui.deliberation"));
      grid.addColumn(d -> getTranslation(d.scope().labelKey())).setHeader(getTranslation("council.conference.ui.scope")).setAutoWidth(true);
      grid.addColumn(d -> getTranslation("council.conference.ui.status-on", getTranslation(d.status().labelKey()),
          d.statusOn().format(DATE))).setHeader(getTranslation("council.ui.status")).setAutoWidth(true);
      grid.setItems(conference.deliberations());
      grid.setEmptyStateText(getTranslation("council.conference.ui.deliberations-empty"));
      section.add(grid);
    }
  }

  /**
   * Published resolutions, searched and paged. The grid fetches its pages and the PDF is made
   * after this request, so each of those calls enters the municipality's scope again, for that
   * call only, and reads published resolutions only.
   */
  private void resolutions(TenantId tenant, UUID councilId) {
    add(new H2(getTranslation("council.public.resolutions")));
    TextField search = new TextField(getTranslation("council.public.resolution-search"));
    search.setId("public-resolution-search");
    search.setClearButtonVisible(true);
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    Button go = new Button(getTranslation("council.public.resolution-search-button"));
    go.setId("public-resolution-search-button");
    HorizontalLayout bar = new HorizontalLayout(search, go);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    Grid<ResolutionSummary> grid = new Grid<>(ResolutionSummary.class, false);
    grid.setId("public-resolutions");
    grid.setHeight("24em"); // rows are fetched a page at a time as the reader scrolls
    grid.setPageSize(20);
    grid.addColumn(r -> getTranslation("council.ui.resolution-number", r.numberLabel()))
        .setHeader(getTranslation("council.ui.number")).setAutoWidth(true);
    grid.addColumn(ResolutionSummary::title).setHeader(getTranslation("council.ui.resolution-title"));
    grid.addColumn(r -> r.publishedOn().format(DATE)).setHeader(getTranslation("council.ui.resolution-published-on"))
        .setAutoWidth(true);
    grid.addComponentColumn(r -> {
      UUID id = r.id();
      String name = ResolutionService.fileName(r);
      Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
        byte[] content;
        try (var scope = tenants.enter(tenant)) {
          content = resolutions.publicPdf(councilId, id);
        }
        return new DownloadResponse(new ByteArrayInputStream(content), name, "application/pdf", content.length);
      }), getTranslation("council.ui.resolution-pdf"));
      pdf.getElement().setAttribute("aria-label", getTranslation("council.ui.resolution-pdf") + " — "
          + getTranslation("council.ui.resolution-number", r.numberLabel()));
      return pdf;
    }).setHeader(getTranslation("council.ui.resolution-pdf")).setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("council.public.no-resolutions"));
    Runnable refresh = () -> {
      String text = search.getValue();
      grid.setItems(query -> {
        try (var scope = tenants.enter(tenant)) {
          return resolutions.publicResolutions(councilId, text, query.getPage(), query.getPageSize()).items().stream();
        }
      }, query -> {
        try (var scope = tenants.enter(tenant)) {
          return (int) resolutions.publicResolutions(councilId, text, 0, 1).total();
        }
      });
    };
    search.addValueChangeListener(e -> refresh.run());
    go.addClickListener(e -> refresh.run());
    refresh.run();
    add(bar, grid);
  }

  private String who(String name, String organisation) {
    if (name == null) {
      return getTranslation("council.ui.vacant");
    }
    return organisation == null ? name : name + " (" + organisation + ")";
  }

  @Override
  public String getPageTitle() {
    return (title == null ? getTranslation("council.public.title") : title) + " | " + getTranslation("app.name");
  }

  /** Titular seats of one side, from the council's segments (the law's parity is a rule, not assumed here). */
  private static int seatsOf(CouncilSummary council, Side side) {
    return council.segments().stream().filter(s -> s.side() == side).mapToInt(SegmentSummary::memberSeats).sum();
  }
}
