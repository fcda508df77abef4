package br.org.teia.structure.workforce;

import br.org.teia.structure.managingbody.SuasManagementLevel;
import br.org.teia.structure.unit.UnitType;
import java.util.List;
import java.util.Set;

/**
 * The NOB-RH/SUAS tiers as the changelog seeds them, for domain tests without a database;
 * TeamCheckServiceIT proves the seeded rows are exactly these.
 */
final class NobRh {

  private NobRh() {}

  static final TeamCheck.Tier CRAS_2500 = new TeamCheck.Tier("CRAS_ATE_2500", UnitType.CRAS, 2500, null, Set.of(), 30,
      "NOB-RH/SUAS, item IV: CRAS de até 2.500 famílias referenciadas (Pequeno Porte I)", 1, List.of(
          req(TeamSlot.COORDINATOR, 1, null, false), req(TeamSlot.SOCIAL_WORKER, 1, null, true),
          req(TeamSlot.HIGHER_LEVEL, 1, Profession.PSICOLOGO, true), req(TeamSlot.MID_LEVEL, 2, null, true)));
  static final TeamCheck.Tier CRAS_3500 = new TeamCheck.Tier("CRAS_ATE_3500", UnitType.CRAS, 3500, null, Set.of(), 30,
      "NOB-RH/SUAS, item IV: CRAS de até 3.500 famílias referenciadas (Pequeno Porte II)", 2, List.of(
          req(TeamSlot.COORDINATOR, 1, null, false), req(TeamSlot.SOCIAL_WORKER, 2, null, true),
          req(TeamSlot.PSYCHOLOGIST, 1, null, true), req(TeamSlot.MID_LEVEL, 3, null, true)));
  static final TeamCheck.Tier CRAS_5000 = new TeamCheck.Tier("CRAS_CADA_5000", UnitType.CRAS, 5000, 5000, Set.of(), 30,
      "NOB-RH/SUAS, item IV: a cada 5.000 famílias referenciadas (Médio, Grande, Metrópole e DF)", 3, List.of(
          req(TeamSlot.COORDINATOR, 1, null, false), req(TeamSlot.SOCIAL_WORKER, 2, null, true),
          req(TeamSlot.PSYCHOLOGIST, 1, null, true), req(TeamSlot.HIGHER_SUAS, 1, null, true),
          req(TeamSlot.MID_LEVEL, 4, null, true)));
  static final TeamCheck.Tier CREAS_BASIC = new TeamCheck.Tier("CREAS_GESTAO_INICIAL_BASICA", UnitType.CREAS, 50, null,
      Set.of(SuasManagementLevel.INICIAL, SuasManagementLevel.BASICA), 30,
      "NOB-RH/SUAS, item IV: CREAS em município em gestão inicial e básica (capacidade de 50 casos)", 4, List.of(
          req(TeamSlot.COORDINATOR, 1, null, false), req(TeamSlot.SOCIAL_WORKER, 1, null, true),
          req(TeamSlot.PSYCHOLOGIST, 1, null, true), req(TeamSlot.LAWYER, 1, null, true),
          req(TeamSlot.HIGHER_OR_MID, 2, null, true), req(TeamSlot.ADMIN_ASSISTANT, 1, null, true)));
  static final TeamCheck.Tier CREAS_FULL = new TeamCheck.Tier("CREAS_GESTAO_PLENA", UnitType.CREAS, 80, null,
      Set.of(SuasManagementLevel.PLENA), 30,
      "NOB-RH/SUAS, item IV: CREAS em município em gestão plena (capacidade de 80 casos)", 5, List.of(
          req(TeamSlot.COORDINATOR, 1, null, false), req(TeamSlot.SOCIAL_WORKER, 2, null, true),
          req(TeamSlot.PSYCHOLOGIST, 2, null, true), req(TeamSlot.LAWYER, 1, null, true),
          req(TeamSlot.HIGHER_OR_MID, 4, null, true), req(TeamSlot.ADMIN_ASSISTANT, 2, null, true)));
  static final TeamCheck.Tier VOLANTE = new TeamCheck.Tier("EQUIPE_VOLANTE", UnitType.EQUIPE_VOLANTE, null, null,
      Set.of(), 30, "Portaria MDS nº 303/2011: equipe volante da Proteção Social Básica", 6, List.of(
          req(TeamSlot.SOCIAL_WORKER, 1, null, true), req(TeamSlot.HIGHER_LEVEL, 1, Profession.PSICOLOGO, true),
          req(TeamSlot.MID_LEVEL, 2, null, true)));

  static final List<TeamCheck.Tier> ALL = List.of(CRAS_2500, CRAS_3500, CRAS_5000, CREAS_BASIC, CREAS_FULL, VOLANTE);

  private static TeamCheck.Requirement req(TeamSlot slot, int quantity, Profession preferred, boolean perBlock) {
    return new TeamCheck.Requirement(slot, quantity, preferred, perBlock);
  }
}
