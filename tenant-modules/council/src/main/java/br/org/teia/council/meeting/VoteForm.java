package br.org.teia.council.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The votes on an agenda item: for, against, abstentions. */
public record VoteForm(
    @Min(value = 0, message = "{council.vote.range}") @Max(value = 100, message = "{council.vote.range}") int inFavour,
    @Min(value = 0, message = "{council.vote.range}") @Max(value = 100, message = "{council.vote.range}") int against,
    @Min(value = 0, message = "{council.vote.range}") @Max(value = 100, message = "{council.vote.range}") int abstentions) {}
