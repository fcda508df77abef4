package br.org.teia.structure.workforce;

import br.org.teia.kernel.suas.SizeClass;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code minimum_cras}: how many CRAS a municipality of a size class needs at least, and the families each references. */
@Entity
@Table(name = "minimum_cras")
class MinimumCras {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "size_class")
  private SizeClass sizeClass;
  @Column(name = "minimum_cras")
  private int minimumCras;
  @Column(name = "families_per_cras")
  private int familiesPerCras;
  private String source;

  protected MinimumCras() {}

  SizeClass sizeClass() {
    return sizeClass;
  }

  int minimumCras() {
    return minimumCras;
  }

  int familiesPerCras() {
    return familiesPerCras;
  }

  String source() {
    return source;
  }
}
