package br.org.teia.structure.workforce;

import static br.org.teia.structure.workforce.Profession.ADVOGADO;
import static br.org.teia.structure.workforce.Profession.ASSISTENTE_SOCIAL;
import static br.org.teia.structure.workforce.Profession.AUXILIAR_ADMINISTRATIVO;
import static br.org.teia.structure.workforce.Profession.CONTADOR;
import static br.org.teia.structure.workforce.Profession.ORIENTADOR_SOCIAL;
import static br.org.teia.structure.workforce.Profession.PEDAGOGO;
import static br.org.teia.structure.workforce.Profession.PSICOLOGO;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.structure.managingbody.SuasManagementLevel;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.structure.workforce.TeamCheck.Finding;
import br.org.teia.structure.workforce.TeamCheck.Member;
import br.org.teia.structure.workforce.TeamCheck.Result;
import br.org.teia.structure.workforce.TeamCheck.Shortfall;
import br.org.teia.structure.workforce.TeamCheck.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TeamCheckTest {

  // Teams as the NOB-RH/SUAS lists them, the coordinator first.
  static final List<Member> TEAM_2500 = team(coordinator(ASSISTENTE_SOCIAL), m(ASSISTENTE_SOCIAL), m(PSICOLOGO),
      m(ORIENTADOR_SOCIAL), m(ORIENTADOR_SOCIAL));
  static final List<Member> TEAM_3500 = team(coordinator(PEDAGOGO), m(ASSISTENTE_SOCIAL), m(ASSISTENTE_SOCIAL),
      m(PSICOLOGO), m(ORIENTADOR_SOCIAL), m(ORIENTADOR_SOCIAL), m(AUXILIAR_ADMINISTRATIVO));
  static final List<Member> TEAM_5000 = team(coordinator(ASSISTENTE_SOCIAL), m(ASSISTENTE_SOCIAL), m(ASSISTENTE_SOCIAL),
      m(PSICOLOGO), m(PEDAGOGO), m(ORIENTADOR_SOCIAL), m(ORIENTADOR_SOCIAL), m(ORIENTADOR_SOCIAL), m(ORIENTADOR_SOCIAL));
  static final List<Member> CREAS_BASIC_TEAM = team(coordinator(ASSISTENTE_SOCIAL), m(ASSISTENTE_SOCIAL), m(PSICOLOGO),
      m(ADVOGADO), m(ORIENTADOR_SOCIAL), m(PEDAGOGO), m(AUXILIAR_ADMINISTRATIVO));
  static final List<Member> CREAS_FULL_TEAM = team(coordinator(PSICOLOGO), m(ASSISTENTE_SOCIAL), m(ASSISTENTE_SOCIAL),
      m(PSICOLOGO), m(PSICOLOGO), m(ADVOGADO), m(ORIENTADOR_SOCIAL), m(ORIENTADOR_SOCIAL), m(ORIENTADOR_SOCIAL),
      m(ASSISTENTE_SOCIAL), m(AUXILIAR_ADMINISTRATIVO), m(AUXILIAR_ADMINISTRATIVO));

  @Test
  void a_cras_of_2500_families_is_complete_with_coordinator_two_higher_and_two_mid_level() {
    Result result = cras(2500, TEAM_2500);

    assertThat(result.tier().code()).isEqualTo("CRAS_ATE_2500");
    assertThat(result.status()).isEqualTo(Status.COMPLETE);
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void at_2501_families_the_same_cras_needs_the_3500_team() {
    Result result = cras(2501, TEAM_2500);

    assertThat(result.tier().code()).isEqualTo("CRAS_ATE_3500");
    assertThat(result.status()).isEqualTo(Status.INCOMPLETE);
    assertThat(missing(result)).containsExactly(Map.entry(TeamSlot.SOCIAL_WORKER, 1), Map.entry(TeamSlot.MID_LEVEL, 1));
  }

  @Test
  void a_cras_of_3500_families_is_complete_with_two_social_workers_a_psychologist_and_three_mid_level() {
    Result result = cras(3500, TEAM_3500);

    assertThat(result.tier().code()).isEqualTo("CRAS_ATE_3500");
    assertThat(result.status()).isEqualTo(Status.COMPLETE);
  }

  @Test
  void at_3501_families_the_cras_needs_another_suas_professional_and_a_fourth_mid_level() {
    Result result = cras(3501, TEAM_3500);

    assertThat(result.tier().code()).isEqualTo("CRAS_CADA_5000");
    assertThat(result.blocks()).isEqualTo(1);
    assertThat(missing(result)).containsExactly(Map.entry(TeamSlot.HIGHER_SUAS, 1), Map.entry(TeamSlot.MID_LEVEL, 1));
  }

  @Test
  void a_cras_of_5000_families_needs_one_team_of_four_plus_four() {
    Result result = cras(5000, TEAM_5000);

    assertThat(result.status()).isEqualTo(Status.COMPLETE);
    assertThat(result.blocks()).isEqualTo(1);
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void at_5001_families_the_team_is_required_twice_but_the_coordinator_once() {
    Result result = cras(5001, TEAM_5000);

    assertThat(result.blocks()).isEqualTo(2);
    assertThat(result.places()).filteredOn(p -> p.slot() == TeamSlot.COORDINATOR)
        .extracting(Shortfall::required).containsExactly(1);
    assertThat(missing(result)).containsExactly(Map.entry(TeamSlot.SOCIAL_WORKER, 2),
        Map.entry(TeamSlot.PSYCHOLOGIST, 1), Map.entry(TeamSlot.HIGHER_SUAS, 1), Map.entry(TeamSlot.MID_LEVEL, 4));
    assertThat(keys(result)).containsExactly("structure.team.note.blocks");
  }

  @Test
  void a_cras_of_3000_families_in_a_medio_municipality_follows_its_families_not_the_size_class() {
    Result result = TeamCheck.check(UnitType.CRAS, 3000, 5000, null, NobRh.ALL, TEAM_3500);

    assertThat(result.tier().code()).isEqualTo("CRAS_ATE_3500");
    assertThat(result.status()).isEqualTo(Status.COMPLETE);
  }

  @Test
  void without_capacity_a_cras_is_checked_at_the_families_of_the_size_class_and_says_so() {
    Result assumed = TeamCheck.check(UnitType.CRAS, null, 3500, null, NobRh.ALL, TEAM_3500);
    Result unknown = TeamCheck.check(UnitType.CRAS, null, null, null, NobRh.ALL, TEAM_2500);

    assertThat(assumed.tier().code()).isEqualTo("CRAS_ATE_3500");
    assertThat(keys(assumed)).containsExactly("structure.team.note.capacity-assumed");
    assertThat(unknown.tier().code()).isEqualTo("CRAS_ATE_2500");
    assertThat(keys(unknown)).containsExactly("structure.team.note.capacity-missing");
  }

  @Test
  void the_second_higher_level_place_of_a_small_cras_counts_another_profession_but_recommends_a_psychologist() {
    List<Member> withPedagogue = team(coordinator(ASSISTENTE_SOCIAL), m(ASSISTENTE_SOCIAL), m(PEDAGOGO),
        m(ORIENTADOR_SOCIAL), m(ORIENTADOR_SOCIAL));

    Result result = cras(2500, withPedagogue);

    assertThat(result.status()).isEqualTo(Status.COMPLETE);
    assertThat(result.findings()).extracting(Finding::recommendation, Finding::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(true, "structure.team.recommendation.preferred"));
  }

  @Test
  void a_management_only_profession_does_not_fill_a_technical_place() {
    List<Member> withAccountant = team(coordinator(ASSISTENTE_SOCIAL), m(ASSISTENTE_SOCIAL), m(CONTADOR),
        m(ORIENTADOR_SOCIAL), m(ORIENTADOR_SOCIAL));

    assertThat(missing(cras(2500, withAccountant))).containsExactly(Map.entry(TeamSlot.HIGHER_LEVEL, 1));
  }

  @Test
  void in_a_cras_of_3500_families_the_psychologist_is_required() {
    List<Member> withPedagogue = new ArrayList<>(TEAM_3500);
    withPedagogue.set(withPedagogue.indexOf(m(PSICOLOGO)), m(PEDAGOGO));

    assertThat(missing(cras(3500, withPedagogue))).containsExactly(Map.entry(TeamSlot.PSYCHOLOGIST, 1));
  }

  @Test
  void the_coordinator_counts_only_as_coordinator_and_a_team_without_one_is_incomplete() {
    List<Member> noCoordinator = team(m(ASSISTENTE_SOCIAL), m(PSICOLOGO), m(ORIENTADOR_SOCIAL), m(ORIENTADOR_SOCIAL));
    List<Member> coordinatorIsTheSocialWorker = team(coordinator(ASSISTENTE_SOCIAL), m(PSICOLOGO), m(ORIENTADOR_SOCIAL),
        m(ORIENTADOR_SOCIAL));

    assertThat(missing(cras(2500, noCoordinator))).containsExactly(Map.entry(TeamSlot.COORDINATOR, 1));
    assertThat(missing(cras(2500, coordinatorIsTheSocialWorker))).containsExactly(Map.entry(TeamSlot.SOCIAL_WORKER, 1));
  }

  @Test
  void a_worker_of_less_than_30_weekly_hours_does_not_count_and_the_check_says_so() {
    List<Member> partTimePsychologist = new ArrayList<>(TEAM_2500);
    partTimePsychologist.set(2, new Member(PSICOLOGO, EducationLevel.SUPERIOR, EmploymentBond.EFETIVO, 29, false));
    List<Member> thirtyHours = new ArrayList<>(TEAM_2500);
    thirtyHours.set(2, new Member(PSICOLOGO, EducationLevel.SUPERIOR, EmploymentBond.EFETIVO, 30, false));

    Result result = cras(2500, partTimePsychologist);
    assertThat(missing(result)).containsExactly(Map.entry(TeamSlot.HIGHER_LEVEL, 1));
    assertThat(keys(result)).containsExactly("structure.team.note.part-time");
    assertThat(cras(2500, thirtyHours).status()).isEqualTo(Status.COMPLETE);
  }

  @Test
  void a_creas_in_basic_management_is_complete_with_the_50_case_team_and_incomplete_in_full_management() {
    Result basic = creas(50, SuasManagementLevel.BASICA, CREAS_BASIC_TEAM);
    Result initial = creas(50, SuasManagementLevel.INICIAL, CREAS_BASIC_TEAM);
    Result full = creas(50, SuasManagementLevel.PLENA, CREAS_BASIC_TEAM);

    assertThat(basic.tier().code()).isEqualTo("CREAS_GESTAO_INICIAL_BASICA");
    assertThat(basic.status()).isEqualTo(Status.COMPLETE);
    assertThat(initial.status()).isEqualTo(Status.COMPLETE);
    assertThat(full.tier().code()).isEqualTo("CREAS_GESTAO_PLENA");
    assertThat(missing(full)).containsExactly(Map.entry(TeamSlot.SOCIAL_WORKER, 1), Map.entry(TeamSlot.PSYCHOLOGIST, 1),
        Map.entry(TeamSlot.HIGHER_OR_MID, 2), Map.entry(TeamSlot.ADMIN_ASSISTANT, 1));
  }

  @Test
  void a_creas_in_full_management_is_complete_with_the_80_case_team() {
    assertThat(creas(80, SuasManagementLevel.PLENA, CREAS_FULL_TEAM).status()).isEqualTo(Status.COMPLETE);
  }

  @Test
  void without_a_management_level_a_creas_follows_its_capacity_50_or_more() {
    Result fifty = creas(50, null, CREAS_BASIC_TEAM);
    Result fiftyOne = creas(51, null, CREAS_BASIC_TEAM);

    assertThat(fifty.tier().code()).isEqualTo("CREAS_GESTAO_INICIAL_BASICA");
    assertThat(keys(fifty)).containsExactly("structure.team.note.level-missing");
    assertThat(fiftyOne.tier().code()).isEqualTo("CREAS_GESTAO_PLENA");
  }

  @Test
  void the_creas_lawyer_is_required_and_an_administrative_assistant_is_no_outreach_professional() {
    List<Member> noLawyer = new ArrayList<>(CREAS_BASIC_TEAM);
    noLawyer.remove(m(ADVOGADO));
    List<Member> adminInsteadOfOutreach = new ArrayList<>(CREAS_BASIC_TEAM);
    adminInsteadOfOutreach.set(adminInsteadOfOutreach.indexOf(m(ORIENTADOR_SOCIAL)), m(AUXILIAR_ADMINISTRATIVO));

    assertThat(missing(creas(50, SuasManagementLevel.BASICA, noLawyer))).containsExactly(Map.entry(TeamSlot.LAWYER, 1));
    assertThat(missing(creas(50, SuasManagementLevel.BASICA, adminInsteadOfOutreach)))
        .containsExactly(Map.entry(TeamSlot.HIGHER_OR_MID, 1));
  }

  @Test
  void a_coordinator_without_a_degree_or_a_permanent_bond_gets_recommendations() {
    List<Member> team = new ArrayList<>(TEAM_2500);
    team.set(0, new Member(ORIENTADOR_SOCIAL, EducationLevel.MEDIO, EmploymentBond.COMISSIONADO, 40, true));

    assertThat(keys(cras(2500, team))).containsExactlyInAnyOrder(
        "structure.team.recommendation.coordinator-education", "structure.team.recommendation.coordinator-bond");
  }

  @Test
  void a_centro_pop_has_no_nob_rh_team_to_check() {
    assertThat(TeamCheck.check(UnitType.CENTRO_POP, 100, null, null, NobRh.ALL, TEAM_2500).status())
        .isEqualTo(Status.NOT_APPLICABLE);
  }

  private static Result cras(int families, List<Member> members) {
    return TeamCheck.check(UnitType.CRAS, families, null, SuasManagementLevel.PLENA, NobRh.ALL, members);
  }

  private static Result creas(int cases, SuasManagementLevel level, List<Member> members) {
    return TeamCheck.check(UnitType.CREAS, cases, null, level, NobRh.ALL, members);
  }

  private static List<Map.Entry<TeamSlot, Integer>> missing(Result result) {
    return result.missing().stream().map(p -> Map.entry(p.slot(), p.missing())).toList();
  }

  private static List<String> keys(Result result) {
    return result.findings().stream().map(Finding::key).collect(Collectors.toList());
  }

  static Member m(Profession profession) {
    return new Member(profession, profession.usualEducation(), EmploymentBond.EFETIVO, 40, false);
  }

  static Member coordinator(Profession profession) {
    return new Member(profession, profession.usualEducation(), EmploymentBond.EFETIVO, 40, true);
  }

  static List<Member> team(Member... members) {
    return List.copyOf(Arrays.asList(members));
  }
}
