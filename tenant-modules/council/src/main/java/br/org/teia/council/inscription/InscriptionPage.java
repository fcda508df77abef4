package br.org.teia.council.inscription;

import java.util.List;

/** One page of a council's inscriptions, newest request first. */
public record InscriptionPage(List<InscriptionSummary> items, int page, int size, long total) {}
