package br.org.teia.structure.workforce;

import java.util.UUID;

/**
 * A worker as grids, exports and the API read it: the CPF only masked ({@code ***.456.789-**});
 * the whole CPF is read through {@link WorkerService#revealCpf}, which audits the read.
 */
public record WorkerSummary(UUID id, String name, String maskedCpf, Profession profession,
    EducationLevel educationLevel, EmploymentBond bond, int weeklyHours, UUID unitId, String unitName,
    boolean coordinator, int version) {

  /** The form to change this worker: the CPF left blank, which keeps the recorded one. */
  public WorkerForm form() {
    return new WorkerForm(name, null, profession, educationLevel, bond, weeklyHours, unitId, coordinator);
  }
}
