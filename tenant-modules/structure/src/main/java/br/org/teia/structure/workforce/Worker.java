package br.org.teia.structure.workforce;

import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.DomainRefusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A worker of one of the municipality's SUAS units. Keeps its own rules whatever the entry point:
 * a valid CPF, and schooling that the profession needs. The CPF never leaves this class but
 * masked, except through {@link #cpf()} for the audited read.
 */
@Entity
@Table(name = "worker")
class Worker {

  @Id
  private UUID id;
  private String name;
  private String cpf;
  @Enumerated(EnumType.STRING)
  private Profession profession;
  @Enumerated(EnumType.STRING)
  @Column(name = "education_level")
  private EducationLevel educationLevel;
  @Enumerated(EnumType.STRING)
  private EmploymentBond bond;
  @Column(name = "weekly_hours")
  private int weeklyHours;
  @Column(name = "unit_id")
  private UUID unitId;
  private boolean coordinator;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private int version;

  protected Worker() {}

  static Worker create(WorkerForm form, Clock clock) {
    if (form.cpf() == null) {
      throw new DomainRefusal("cpf", "structure.worker.cpf.required");
    }
    Worker worker = new Worker();
    worker.id = UUID.randomUUID();
    worker.createdAt = clock.instant();
    worker.apply(form, clock);
    return worker;
  }

  /** Applies {@code form}; a form without CPF keeps the recorded one. */
  void apply(WorkerForm form, Clock clock) {
    String newCpf = form.cpf() == null ? cpf : form.cpf();
    if (!Cpf.isValid(newCpf)) {
      throw new DomainRefusal("cpf", "structure.worker.cpf.invalid");
    }
    if (!form.educationLevel().atLeast(form.profession().minimumEducation())) {
      throw new DomainRefusal("educationLevel", "structure.worker.education.too-low.for",
          new DefaultMessageSourceResolvable(form.profession().labelKey()));
    }
    name = form.name();
    cpf = newCpf;
    profession = form.profession();
    educationLevel = form.educationLevel();
    bond = form.bond();
    weeklyHours = form.weeklyHours();
    unitId = form.unitId();
    coordinator = Boolean.TRUE.equals(form.coordinator());
    updatedAt = clock.instant();
  }

  UUID id() {
    return id;
  }

  String name() {
    return name;
  }

  /** The whole CPF: only for the audited read. */
  String cpf() {
    return cpf;
  }

  UUID unitId() {
    return unitId;
  }

  boolean coordinator() {
    return coordinator;
  }

  int version() {
    return version;
  }

  TeamCheck.Member member() {
    return new TeamCheck.Member(profession, educationLevel, bond, weeklyHours, coordinator);
  }

  WorkerSummary summary(String unitName) {
    return new WorkerSummary(id, name, Cpf.mask(cpf), profession, educationLevel, bond, weeklyHours, unitId, unitName,
        coordinator, version);
  }
}
