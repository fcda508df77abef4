package br.org.teia.council.conference;

import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SegmentKind;
import java.util.UUID;

public record DelegateSummary(UUID id, String name, SegmentKind segment, MandateRole role, String organisation,
    boolean stateStage) {}
