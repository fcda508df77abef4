package br.org.teia.council.conference;

import br.org.teia.council.composition.SegmentKind;
import java.util.List;
import java.util.Map;

/**
 * A conference with its organising committee (and whether it is paritary), its delegates and
 * how many titular delegates each segment has, and its deliberations.
 */
public record ConferenceDetail(ConferenceSummary summary, List<CommitteeMemberSummary> committee,
    boolean committeeParitary, List<DelegateSummary> delegates, Map<SegmentKind, Long> titularsBySegment,
    List<DeliberationSummary> deliberations) {}
