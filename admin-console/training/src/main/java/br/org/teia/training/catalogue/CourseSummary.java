package br.org.teia.training.catalogue;

import java.math.BigDecimal;
import java.util.UUID;

/** A course of the catalogue, with how many of its classes take enrolments today. */
public record CourseSummary(UUID id, String title, String summary, Audience audience, int workloadHours,
    Modality modality, String topics, String prerequisites, int minAttendancePct, BigDecimal passingGrade,
    boolean active, int version, int openClasses) {}
