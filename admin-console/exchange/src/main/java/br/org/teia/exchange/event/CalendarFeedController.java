package br.org.teia.exchange.event;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subscribable events feed, {@code GET /publico/agenda/<token>.ics}: under the public pages'
 * stateless chain (no session, no login), so calendar apps can poll it; the secret token is the
 * authorisation (ADR 0023). An unknown or revoked token answers 404 with a short Portuguese text.
 */
@RestController
class CalendarFeedController {

  static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  private final CalendarFeed feed;

  CalendarFeedController(CalendarFeed feed) {
    this.feed = feed;
  }

  @GetMapping(CalendarFeed.PATH + "{token}.ics")
  ResponseEntity<String> calendar(@PathVariable String token) {
    return feed.calendar(token)
        .map(ics -> ResponseEntity.ok().contentType(CALENDAR)
            // private: the address is one person's; a calendar app polls it now and then
            .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(15)).cachePrivate())
            .header("Content-Disposition", "inline; filename=\"eventos-cogemas.ics\"")
            .body(ics))
        .orElseGet(() -> ResponseEntity.status(404).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
            .cacheControl(CacheControl.noStore())
            .body("Endereço de agenda desconhecido ou revogado. Gere um novo na página Eventos do Teia."));
  }
}
