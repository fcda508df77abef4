package br.org.teia.council.publicpage;

import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.PublicComposition;
import br.org.teia.council.composition.SegmentSummary;
import br.org.teia.council.composition.Side;
import br.org.teia.council.conference.ConferenceService;
import br.org.teia.council.conference.PublicConference;
import br.org.teia.council.meeting.AgendaItemSummary;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.PublicMeeting;
import br.org.teia.council.resolution.ResolutionPage;
import br.org.teia.council.resolution.ResolutionService;
import br.org.teia.council.resolution.ResolutionSummary;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.Tenants;
import br.org.teia.kernel.web.PublicPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page of a municipality's council, without login: {@code /publico/{ibge}/conselhos/{sigla}}
 * ({@code /publico/{ibge}/conselhos} lists the councils). Server-rendered HTML without a session or
 * JavaScript (ADR 0019), cacheable by a proxy, its ETag derived from the facts it shows. Nobody is
 * signed in here, so no request filter opens a tenant scope: the page enters the scope of the
 * municipality named in the address itself, only to call the services' public reads
 * ({@code @PermitAll}), which return the council's rules, its members' names and whom they represent
 * (public by law), meetings whose agenda was published, with their votes and approved minutes,
 * published resolutions (searchable, paged, as PDF) and held conferences. No CPF, no attendance by
 * name, nothing else.
 */
@Controller
class PublicCouncilController {

  static final String ROUTE = "/publico/{ibge}/conselhos";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** Resolutions a page lists; the next ones are a link away. */
  static final int RESOLUTIONS_PER_PAGE = 20;
  /** The longest search text taken (longer ones are cut: nobody types more to find a resolution). */
  static final int MAX_SEARCH = 100;

  private final Tenants tenants;
  private final TenantCatalog catalog;
  private final CompositionService composition;
  private final MeetingService meetings;
  private final ResolutionService resolutions;
  private final ConferenceService conferences;
  private final Messages messages;

  PublicCouncilController(Tenants tenants, TenantCatalog catalog, CompositionService composition, MeetingService meetings,
      ResolutionService resolutions, ConferenceService conferences, Messages messages) {
    this.tenants = tenants;
    this.catalog = catalog;
    this.composition = composition;
    this.meetings = meetings;
    this.resolutions = resolutions;
    this.conferences = conferences;
    this.messages = messages;
  }

  /** The municipality's councils. */
  @GetMapping(ROUTE)
  String councils(@PathVariable String ibge, HttpServletRequest request, HttpServletResponse response, Model model) {
    Locale locale = PublicPages.locale(request);
    Optional<Tenant> tenant = municipality(ibge);
    if (tenant.isEmpty()) {
      return notFound(response, model, locale);
    }
    List<CouncilSummary> councils;
    try (var scope = tenants.enter(tenant.get().id())) {
      councils = composition.publicCouncils();
    }
    String municipality = name(tenant.get());
    if (PublicPages.notModified(request, response, PublicPages.etag(locale, municipality, councils))) {
      return null;
    }
    model.addAttribute("lang", PublicPages.lang(locale));
    model.addAttribute("title", messages.get(locale, "council.public.councils", municipality));
    model.addAttribute("councils", councils.stream()
        .map(c -> new Link("/publico/" + tenant.get().id().ibgeCode() + "/conselhos/" + c.acronym(), c.acronym() + " — " + c.name()))
        .toList());
    return "council/public-councils";
  }

  /** A council's page; {@code busca} searches its published resolutions, {@code pagina} pages them (from 1). */
  @GetMapping(ROUTE + "/{acronym}")
  String council(@PathVariable String ibge, @PathVariable String acronym,
      @RequestParam(name = "busca", required = false) String search,
      @RequestParam(name = "pagina", required = false) String pageParam,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Locale locale = PublicPages.locale(request);
    Optional<Tenant> tenant = municipality(ibge);
    if (tenant.isEmpty()) {
      return notFound(response, model, locale);
    }
    String text = search == null ? "" : search.strip();
    text = text.length() > MAX_SEARCH ? text.substring(0, MAX_SEARCH) : text;
    int page = pageNumber(pageParam);
    PublicComposition council;
    List<PublicMeeting> published;
    ResolutionPage found;
    List<PublicConference> held;
    try (var scope = tenants.enter(tenant.get().id())) {
      Optional<PublicComposition> read = composition.publicComposition(acronym);
      if (read.isEmpty()) {
        return notFound(response, model, locale);
      }
      council = read.get();
      UUID councilId = council.council().id();
      published = meetings.publicMeetings(councilId);
      found = resolutions.publicResolutions(councilId, text, page - 1, RESOLUTIONS_PER_PAGE);
      held = conferences.publicConferences(councilId);
    } catch (TeiaException e) {
      return notFound(response, model, locale);
    }
    String municipality = name(tenant.get());
    if (PublicPages.notModified(request, response,
        PublicPages.etag(locale, municipality, council, published, found, held, text, page))) {
      return null;
    }
    CouncilSummary rules = council.council();
    String base = "/publico/" + tenant.get().id().ibgeCode() + "/conselhos/" + rules.acronym();
    model.addAttribute("lang", PublicPages.lang(locale));
    model.addAttribute("title", rules.acronym() + " — " + municipality);
    model.addAttribute("heading", rules.name() + " (" + rules.acronym() + ")");
    model.addAttribute("law", municipality + " · " + messages.get(locale, "council.public.law", rules.lawNumber(),
        rules.lawDate().format(DATE)));
    model.addAttribute("rules", messages.get(locale, "council.public.rules", rules.seats(), seatsOf(rules, Side.GOVERNMENT),
        seatsOf(rules, Side.CIVIL_SOCIETY), rules.mandateYears(), rules.quorumRequired(), rules.noticeDays()));
    model.addAttribute("president", council.presidentName() == null ? null
        : messages.get(locale, "council.public.president", council.presidentName()));
    model.addAttribute("meetings", published.stream().map(m -> meeting(locale, m)).toList());
    model.addAttribute("seats", council.seats().stream().map(s -> new SeatRow(messages.get(locale, s.side().labelKey()),
        s.segmentName(), who(locale, s.memberName(), s.memberOrganisation()),
        who(locale, s.alternateName(), s.alternateOrganisation()))).toList());
    model.addAttribute("search", text);
    model.addAttribute("base", base);
    model.addAttribute("resolutions", found.items().stream().map(r -> resolution(locale, base, r)).toList());
    int pages = (int) Math.max(1, (found.total() + RESOLUTIONS_PER_PAGE - 1) / RESOLUTIONS_PER_PAGE);
    model.addAttribute("resolutionsCount", messages.get(locale, "council.public.resolutions-count", found.total(),
        Math.min(page, pages), pages));
    model.addAttribute("previous", page > 1 ? pageLink(base, text, page - 1) : null);
    model.addAttribute("next", page < pages ? pageLink(base, text, page + 1) : null);
    model.addAttribute("conferences", held.stream().map(c -> conference(locale, c)).toList());
    return "council/public-council";
  }

  /** A published resolution as PDF (a draft, or another council's, is not found). */
  @GetMapping(ROUTE + "/{acronym}/resolucoes/{id}")
  Object resolutionPdf(@PathVariable String ibge, @PathVariable String acronym, @PathVariable String id,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Locale locale = PublicPages.locale(request);
    Optional<Tenant> tenant = municipality(ibge);
    UUID resolutionId = uuid(id);
    if (tenant.isEmpty() || resolutionId == null) {
      return notFound(response, model, locale);
    }
    try (var scope = tenants.enter(tenant.get().id())) {
      Optional<PublicComposition> council = composition.publicComposition(acronym);
      if (council.isEmpty()) {
        return notFound(response, model, locale);
      }
      UUID councilId = council.get().council().id();
      byte[] pdf = resolutions.publicPdf(councilId, resolutionId);
      String file = resolutions.publicResolutions(councilId, "", 0, Integer.MAX_VALUE).items().stream()
          .filter(r -> r.id().equals(resolutionId)).findFirst().map(ResolutionService::fileName).orElse("resolucao.pdf");
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_PDF)
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file, java.nio.charset.StandardCharsets.UTF_8)
              .build().toString())
          .header(HttpHeaders.CACHE_CONTROL, PublicPages.CACHE_CONTROL) // a published resolution does not change
          .body(pdf);
    } catch (TeiaException e) {
      return notFound(response, model, locale);
    }
  }

  private String notFound(HttpServletResponse response, Model model, Locale locale) {
    return PublicPages.notFound(response, model, locale, messages.get(locale, "council.public.title"),
        messages.get(locale, "council.public.not-found"));
  }

  private Optional<Tenant> municipality(String ibge) {
    try {
      return catalog.find(TenantId.of(ibge)).filter(Tenant::isActive);
    } catch (TeiaException e) {
      return Optional.empty();
    }
  }

  private static String name(Tenant tenant) {
    return tenant.name() + " (" + tenant.uf() + ")";
  }

  private static int pageNumber(String param) {
    try {
      return param == null ? 1 : Math.max(1, Math.min(Integer.parseInt(param.strip()), 100_000));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String pageLink(String base, String search, int page) {
    return org.springframework.web.util.UriComponentsBuilder.fromPath(base)
        .queryParamIfPresent("busca", search.isEmpty() ? Optional.empty() : Optional.of(search))
        .queryParam("pagina", page).encode().build().toUriString() + "#resolucoes";
  }

  private MeetingView meeting(Locale locale, PublicMeeting meeting) {
    String heading = messages.get(locale, "council.public.meeting", messages.get(locale, meeting.kind().labelKey()),
        meeting.date().format(DATE), meeting.startTime(), meeting.place());
    String status = messages.get(locale, meeting.status().labelKey()) + " · "
        + messages.get(locale, "council.ui.agenda-published", meeting.agendaPublishedOn().format(DATE));
    List<String> items = meeting.items().stream().map(item -> item.title() + votes(locale, item)).toList();
    String minutes = meeting.minutesApproved() ? messages.get(locale, "council.public.minutes", meeting.minutesText()) : null;
    return new MeetingView(heading, status, items, minutes);
  }

  private String votes(Locale locale, AgendaItemSummary item) {
    return item.voted() ? " — " + messages.get(locale, item.approved() ? "council.ui.approved" : "council.ui.rejected")
        + " (" + messages.get(locale, "council.ui.votes-value", item.votesFor(), item.votesAgainst(), item.abstentions()) + ")"
        : "";
  }

  private ResolutionRow resolution(Locale locale, String base, ResolutionSummary r) {
    String number = messages.get(locale, "council.ui.resolution-number", r.numberLabel());
    return new ResolutionRow(number, r.title(), r.publishedOn().format(DATE), base + "/resolucoes/" + r.id(),
        messages.get(locale, "council.ui.resolution-pdf") + " — " + number);
  }

  private ConferenceView conference(Locale locale, PublicConference c) {
    String heading = messages.get(locale, "council.public.conference", c.edition(), messages.get(locale, c.kind().labelKey()),
        c.startsOn().format(DATE), c.endsOn().format(DATE), c.venue(), c.theme());
    List<DeliberationRow> rows = c.deliberations().stream().map(d -> new DeliberationRow(d.number(), d.text(),
        messages.get(locale, d.scope().labelKey()), messages.get(locale, "council.conference.ui.status-on",
            messages.get(locale, d.status().labelKey()), d.statusOn().format(DATE)))).toList();
    return new ConferenceView("public-deliberations-" + c.edition() + "-" + c.kind(), heading, rows);
  }

  private String who(Locale locale, String name, String organisation) {
    if (name == null) {
      return messages.get(locale, "council.ui.vacant");
    }
    return organisation == null ? name : name + " (" + organisation + ")";
  }

  /** Titular seats of one side, from the council's segments (the law's parity is a rule, not assumed here). */
  private static int seatsOf(CouncilSummary council, Side side) {
    return council.segments().stream().filter(s -> s.side() == side).mapToInt(SegmentSummary::memberSeats).sum();
  }

  record Link(String href, String text) {}

  record MeetingView(String heading, String status, List<String> items, String minutes) {}

  record SeatRow(String side, String segment, String member, String alternate) {}

  record ResolutionRow(String number, String title, String publishedOn, String pdf, String pdfLabel) {}

  record DeliberationRow(int number, String text, String scope, String status) {}

  record ConferenceView(String id, String heading, List<DeliberationRow> deliberations) {}
}
