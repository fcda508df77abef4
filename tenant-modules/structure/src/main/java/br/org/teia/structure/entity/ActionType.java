package br.org.teia.structure.entity;

/**
 * How an entity acts in social assistance (LOAS art. 3º; Decreto nº 6.308/2007; Resolução CNAS nº
 * 27/2011): it serves people (atendimento), advises and strengthens movements and organisations
 * (assessoramento), or defends and guarantees rights (defesa e garantia de direitos). An entity
 * may do more than one.
 */
public enum ActionType {
  ATENDIMENTO,
  ASSESSORAMENTO,
  DEFESA_GARANTIA_DIREITOS;

  public String labelKey() {
    return "structure.entity.action." + name();
  }
}
