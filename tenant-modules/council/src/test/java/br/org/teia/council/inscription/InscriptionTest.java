package br.org.teia.council.inscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.TeiaException;
import br.org.teia.council.api.InscriptionStatus;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The inscription's state machine, at every boundary: order, the one way back, the refusal path, completion. */
class InscriptionTest {

  /** Every action, by name, as the flow takes it. */
  enum Action {
    ANALYSE(f -> f.completeDocumentaryAnalysis()),
    VISIT(f -> f.recordVisit()),
    SKIP_VISIT(f -> f.skipVisit("Visitada há 3 meses")),
    OPINION(f -> f.giveOpinion("Atende aos requisitos")),
    DELIBERATE(f -> f.deliberate(8, 2)),
    PUBLISH(f -> f.publish()),
    CERTIFY(f -> f.issueCertificate()),
    NOTIFY(f -> f.notifyEntity("Comunicamos o deferimento"));

    final Consumer<InscriptionFlow> run;

    Action(Consumer<InscriptionFlow> run) {
      this.run = run;
    }
  }

  static InscriptionFlow at(InscriptionStep step) {
    InscriptionFlow flow = InscriptionFlow.start();
    Action[] path = {Action.ANALYSE, Action.VISIT, Action.OPINION, Action.DELIBERATE, Action.PUBLISH, Action.CERTIFY,
        Action.NOTIFY};
    for (Action action : path) {
      if (flow.step() == step) {
        break;
      }
      action.run.accept(flow);
    }
    assertThat(flow.step()).isEqualTo(step);
    return flow;
  }

  static InscriptionFlow refusedAt(InscriptionStep step) {
    InscriptionFlow flow = at(InscriptionStep.PLENARY_DELIBERATION);
    flow.deliberate(3, 7);
    if (step == InscriptionStep.NOTIFICATION || step == InscriptionStep.COMPLETED) {
      flow.publish();
    }
    if (step == InscriptionStep.COMPLETED) {
      flow.notifyEntity("O estatuto não prevê finalidade de assistência social.");
    }
    assertThat(flow.step()).isEqualTo(step);
    return flow;
  }

  @Test
  void an_approved_inscription_goes_through_the_seven_steps_in_order() {
    InscriptionFlow flow = InscriptionFlow.start();
    assertThat(flow.step()).isEqualTo(InscriptionStep.DOCUMENTARY_ANALYSIS);
    flow.completeDocumentaryAnalysis();
    assertThat(flow.step()).isEqualTo(InscriptionStep.TECHNICAL_VISIT);
    flow.recordVisit();
    assertThat(flow.step()).isEqualTo(InscriptionStep.COMMISSION_OPINION);
    flow.giveOpinion("Favorável");
    assertThat(flow.step()).isEqualTo(InscriptionStep.PLENARY_DELIBERATION);
    flow.deliberate(10, 1);
    assertThat(flow.step()).isEqualTo(InscriptionStep.PUBLICATION);
    assertThat(flow.outcome()).isEqualTo(InscriptionOutcome.APPROVED);
    assertThat(flow.status()).isEqualTo(InscriptionStatus.IN_PROGRESS);
    flow.publish();
    assertThat(flow.step()).isEqualTo(InscriptionStep.CERTIFICATE);
    assertThat(flow.status()).isEqualTo(InscriptionStatus.IN_PROGRESS);
    flow.issueCertificate();
    assertThat(flow.step()).isEqualTo(InscriptionStep.NOTIFICATION);
    assertThat(flow.status()).isEqualTo(InscriptionStatus.INSCRIBED);
    flow.notifyEntity(null);
    assertThat(flow.step()).isEqualTo(InscriptionStep.COMPLETED);
    assertThat(flow.status()).isEqualTo(InscriptionStatus.INSCRIBED);
  }

  @ParameterizedTest
  @EnumSource(value = InscriptionStep.class, names = "COMPLETED", mode = EnumSource.Mode.EXCLUDE)
  void from_every_step_only_its_own_action_is_accepted(InscriptionStep step) {
    for (Action action : Action.values()) {
      InscriptionFlow flow = at(step);
      boolean own = switch (action) {
        case ANALYSE -> step == InscriptionStep.DOCUMENTARY_ANALYSIS;
        case VISIT, SKIP_VISIT -> step == InscriptionStep.TECHNICAL_VISIT;
        case OPINION -> step == InscriptionStep.COMMISSION_OPINION;
        case DELIBERATE -> step == InscriptionStep.PLENARY_DELIBERATION;
        case PUBLISH -> step == InscriptionStep.PUBLICATION;
        case CERTIFY -> step == InscriptionStep.CERTIFICATE;
        case NOTIFY -> step == InscriptionStep.NOTIFICATION;
      };
      if (own) {
        action.run.accept(flow);
        assertThat(flow.step().number()).as("%s from %s", action, step).isEqualTo(step.number() + 1);
      } else {
        assertThatThrownBy(() -> action.run.accept(flow)).as("%s from %s", action, step)
            .isInstanceOfSatisfying(TeiaException.class, e -> {
              assertThat(e.messageKey()).isEqualTo("council.inscription.wrong-step");
              assertThat(e.arguments()).containsExactly(step.number(), own(action).number());
            });
        assertThat(flow.step()).isEqualTo(step);
      }
    }
  }

  private static InscriptionStep own(Action action) {
    return switch (action) {
      case ANALYSE -> InscriptionStep.DOCUMENTARY_ANALYSIS;
      case VISIT, SKIP_VISIT -> InscriptionStep.TECHNICAL_VISIT;
      case OPINION -> InscriptionStep.COMMISSION_OPINION;
      case DELIBERATE -> InscriptionStep.PLENARY_DELIBERATION;
      case PUBLISH -> InscriptionStep.PUBLICATION;
      case CERTIFY -> InscriptionStep.CERTIFICATE;
      case NOTIFY -> InscriptionStep.NOTIFICATION;
    };
  }

  @Test
  void the_technical_visit_is_skipped_only_with_a_reason() {
    InscriptionFlow flow = at(InscriptionStep.TECHNICAL_VISIT);
    assertThatThrownBy(() -> flow.skipVisit("  ")).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("council.inscription.visit.skip-reason"));
    assertThatThrownBy(() -> flow.skipVisit(null)).isInstanceOf(TeiaException.class);
    assertThat(flow.step()).isEqualTo(InscriptionStep.TECHNICAL_VISIT);

    flow.skipVisit("Entidade visitada em março, na renovação da inscrição de outro serviço.");
    assertThat(flow.step()).isEqualTo(InscriptionStep.COMMISSION_OPINION);
  }

  @Test
  void diligence_returns_to_the_documentary_analysis_from_the_visit_and_from_the_opinion_only() {
    InscriptionFlow fromVisit = at(InscriptionStep.TECHNICAL_VISIT);
    fromVisit.returnForDiligence("Falta a ata de eleição da diretoria.");
    assertThat(fromVisit.step()).isEqualTo(InscriptionStep.DOCUMENTARY_ANALYSIS);

    InscriptionFlow fromOpinion = at(InscriptionStep.COMMISSION_OPINION);
    assertThatThrownBy(() -> fromOpinion.returnForDiligence("")).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("council.inscription.diligence.reason"));
    fromOpinion.returnForDiligence("Plano de ação sem metas.");
    assertThat(fromOpinion.step()).isEqualTo(InscriptionStep.DOCUMENTARY_ANALYSIS);

    for (InscriptionStep step : new InscriptionStep[] {InscriptionStep.DOCUMENTARY_ANALYSIS,
        InscriptionStep.PLENARY_DELIBERATION, InscriptionStep.PUBLICATION, InscriptionStep.CERTIFICATE,
        InscriptionStep.NOTIFICATION, InscriptionStep.COMPLETED}) {
      InscriptionFlow flow = at(step);
      assertThatThrownBy(() -> flow.returnForDiligence("Documento ilegível")).as("diligence from %s", step)
          .isInstanceOfSatisfying(TeiaException.class,
              e -> assertThat(e.messageKey()).isEqualTo("council.inscription.diligence.not-allowed"));
      assertThat(flow.step()).isEqualTo(step);
    }
  }

  @Test
  void the_opinion_needs_its_text() {
    InscriptionFlow flow = at(InscriptionStep.COMMISSION_OPINION);
    assertThatThrownBy(() -> flow.giveOpinion(" ")).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("council.inscription.opinion.text"));
    assertThat(flow.step()).isEqualTo(InscriptionStep.COMMISSION_OPINION);
  }

  @Test
  void a_tie_or_more_votes_against_refuse_and_one_vote_more_in_favour_approves() {
    InscriptionFlow tie = at(InscriptionStep.PLENARY_DELIBERATION);
    tie.deliberate(5, 5);
    assertThat(tie.outcome()).isEqualTo(InscriptionOutcome.REFUSED);
    InscriptionFlow oneMore = at(InscriptionStep.PLENARY_DELIBERATION);
    oneMore.deliberate(6, 5);
    assertThat(oneMore.outcome()).isEqualTo(InscriptionOutcome.APPROVED);
  }

  @Test
  void a_refusal_is_published_gets_no_certificate_and_is_notified_with_reasons() {
    InscriptionFlow flow = refusedAt(InscriptionStep.PUBLICATION);
    flow.publish();
    assertThat(flow.step()).isEqualTo(InscriptionStep.NOTIFICATION);
    assertThat(flow.status()).isEqualTo(InscriptionStatus.IN_PROGRESS);

    assertThatThrownBy(flow::issueCertificate).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("council.inscription.certificate.refused"));
    assertThatThrownBy(() -> flow.notifyEntity("")).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("council.inscription.notification.reasons"));
    assertThat(flow.step()).isEqualTo(InscriptionStep.NOTIFICATION);

    flow.notifyEntity("A entidade não comprovou o funcionamento regular há mais de um ano.");
    assertThat(flow.step()).isEqualTo(InscriptionStep.COMPLETED);
    assertThat(flow.status()).isEqualTo(InscriptionStatus.REFUSED);
  }

  @Test
  void nothing_changes_after_completion() {
    for (InscriptionFlow flow : new InscriptionFlow[] {at(InscriptionStep.COMPLETED),
        refusedAt(InscriptionStep.COMPLETED)}) {
      for (Action action : Action.values()) {
        assertThatThrownBy(() -> action.run.accept(flow)).as(action.name())
            .isInstanceOfSatisfying(TeiaException.class,
                e -> assertThat(e.messageKey()).isEqualTo("council.inscription.completed"));
      }
      assertThat(flow.step()).isEqualTo(InscriptionStep.COMPLETED);
    }
  }

  @Test
  void a_stored_flow_is_consistent_or_refused() {
    assertThatThrownBy(() -> InscriptionFlow.of(InscriptionStep.PUBLICATION, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InscriptionFlow.of(InscriptionStep.COMMISSION_OPINION, InscriptionOutcome.APPROVED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InscriptionFlow.of(InscriptionStep.CERTIFICATE, InscriptionOutcome.REFUSED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(InscriptionFlow.of(InscriptionStep.NOTIFICATION, InscriptionOutcome.REFUSED).status())
        .isEqualTo(InscriptionStatus.IN_PROGRESS);
  }
}
