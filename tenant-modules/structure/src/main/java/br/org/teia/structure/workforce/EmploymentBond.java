package br.org.teia.structure.workforce;

/**
 * Vínculo: how the worker is bound to the municipality. The NOB-RH/SUAS wants reference teams of
 * servidores efetivos (admitted by public exam); the dashboard shows their share.
 */
public enum EmploymentBond {
  /** Servidor(a) efetivo(a), admitted by concurso público. */
  EFETIVO,
  /** Cargo em comissão. */
  COMISSIONADO,
  /** Temporary contract (contratação temporária, CLT). */
  CONTRATADO,
  /** Employed by a contracted company or entity. */
  TERCEIRIZADO;

  public String labelKey() {
    return "structure.worker.bond." + name();
  }
}
