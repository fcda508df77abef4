package br.org.teia.council.inscription;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An inscription with every act and document; for step 4, the agenda item its proposal became
 * ({@code agendaItemId}, null while waiting for an agenda) and the item's vote when there is one.
 */
public record InscriptionDetail(InscriptionSummary inscription, List<ActSummary> acts,
    List<DocumentSummary> documents, UUID agendaItemId, UUID meetingId, LocalDate meetingDate, Integer votesFor,
    Integer votesAgainst, Integer abstentions) {}
