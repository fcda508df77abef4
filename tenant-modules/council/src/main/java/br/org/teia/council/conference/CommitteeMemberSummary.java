package br.org.teia.council.conference;

import br.org.teia.council.composition.Side;
import java.util.UUID;

public record CommitteeMemberSummary(UUID id, String name, Side side, String organisation, boolean coordinator) {}
