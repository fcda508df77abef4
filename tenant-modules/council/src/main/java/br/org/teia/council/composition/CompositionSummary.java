package br.org.teia.council.composition;

import java.time.LocalDate;
import java.util.List;

/**
 * The composition of a council on a date: every seat with its member and alternate, parity,
 * vacancies, the mandates ending within the asked number of days, and the current presidency.
 */
public record CompositionSummary(CouncilSummary council, LocalDate on, List<SeatSummary> seats, ParityStatus parity,
    int vacantMemberSeats, int vacantAlternateSeats, List<MandateSummary> endingSoon, PresidencySummary presidency) {}
