package br.org.teia.structure.managingbody;

import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.indicators.Indicators;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.StructureModule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The managing body of the current municipality: read by everyone in it, kept by its manager and staff. */
@Service
@Validated
@Transactional(readOnly = true)
public class ManagingBodyService {

  private final ManagingBodyRepository bodies;
  private final Clock clock;
  private final Indicators indicators;

  ManagingBodyService(ManagingBodyRepository bodies, Clock clock, Indicators indicators) {
    this.bodies = bodies;
    this.clock = clock;
    this.indicators = indicators;
  }

  @RolesAllowed(StructureAccess.READ)
  public Optional<ManagingBodySummary> find() {
    return bodies.findById(ManagingBody.THE_ONE).map(ManagingBody::summary);
  }

  @RolesAllowed(StructureAccess.READ)
  public ManagingBodySummary get() {
    return find().orElseThrow(() -> new NotFoundException("structure.managing-body.not-found"));
  }

  /**
   * Records the managing body, or changes it. {@code expectedVersion} is the version the person
   * saw (null when there was none yet); a change made meanwhile by someone else is refused.
   */
  @Transactional
  @RolesAllowed(StructureAccess.MANAGING_BODY)
  public ManagingBodySummary save(Integer expectedVersion, @Valid ManagingBodyForm form) {
    Optional<ManagingBody> existing = bodies.findById(ManagingBody.THE_ONE);
    if (existing.isEmpty()) {
      if (expectedVersion != null) {
        throw new TeiaException("structure.managing-body.stale");
      }
      indicators.changed(StructureModule.NAME);
      return bodies.saveAndFlush(ManagingBody.create(form, clock)).summary();
    }
    ManagingBody body = existing.get();
    if (expectedVersion == null || body.version() != expectedVersion) {
      throw new TeiaException("structure.managing-body.stale");
    }
    body.apply(form, clock);
    indicators.changed(StructureModule.NAME);
    return bodies.saveAndFlush(body).summary();
  }
}
