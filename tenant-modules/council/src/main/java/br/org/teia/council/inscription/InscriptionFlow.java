package br.org.teia.council.inscription;

import br.org.teia.kernel.TeiaException;
import br.org.teia.council.api.InscriptionStatus;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The inscription's state machine, in plain Java: which step comes after which, and what each step
 * requires. No step is skipped; the only way back is the diligence the law allows (the council asks
 * the entity for documents again: from the technical visit or the commission's opinion back to the
 * documentary analysis). The technical visit may be skipped only with a reason. The plenary decides
 * by the vote of its agenda item; an approved inscription is published, gets its certificate and the
 * entity is notified; a refused one is published and the entity is notified with the reasons (no
 * certificate). Nothing changes after completion.
 */
public final class InscriptionFlow {

  private static final Set<InscriptionStep> DILIGENCE_FROM =
      EnumSet.of(InscriptionStep.TECHNICAL_VISIT, InscriptionStep.COMMISSION_OPINION);

  private InscriptionStep step;
  private InscriptionOutcome outcome;

  private InscriptionFlow(InscriptionStep step, InscriptionOutcome outcome) {
    this.step = Objects.requireNonNull(step, "step");
    this.outcome = outcome;
  }

  /** A new request: its documents are to be analysed. */
  public static InscriptionFlow start() {
    return new InscriptionFlow(InscriptionStep.DOCUMENTARY_ANALYSIS, null);
  }

  /** The flow of a stored inscription. */
  public static InscriptionFlow of(InscriptionStep step, InscriptionOutcome outcome) {
    boolean decided = step.number() > InscriptionStep.PLENARY_DELIBERATION.number();
    if (decided != (outcome != null)) {
      throw new IllegalArgumentException("an outcome exists exactly after the plenary: " + step + " " + outcome);
    }
    if (step == InscriptionStep.CERTIFICATE && outcome != InscriptionOutcome.APPROVED) {
      throw new IllegalArgumentException("only an approved inscription gets a certificate");
    }
    return new InscriptionFlow(step, outcome);
  }

  public InscriptionStep step() {
    return step;
  }

  public InscriptionOutcome outcome() {
    return outcome;
  }

  /** Where the entity stands for other modules: inscribed once the certificate exists, refused once notified. */
  public InscriptionStatus status() {
    if (outcome == InscriptionOutcome.APPROVED
        && (step == InscriptionStep.NOTIFICATION || step == InscriptionStep.COMPLETED)) {
      return InscriptionStatus.INSCRIBED;
    }
    if (outcome == InscriptionOutcome.REFUSED && step == InscriptionStep.COMPLETED) {
      return InscriptionStatus.REFUSED;
    }
    return InscriptionStatus.IN_PROGRESS;
  }

  /** Step 1: the documents were analysed and are complete; the technical visit comes next. */
  public void completeDocumentaryAnalysis() {
    require(InscriptionStep.DOCUMENTARY_ANALYSIS);
    step = InscriptionStep.TECHNICAL_VISIT;
  }

  /** Step 2: the technical visit took place. */
  public void recordVisit() {
    require(InscriptionStep.TECHNICAL_VISIT);
    step = InscriptionStep.COMMISSION_OPINION;
  }

  /** Step 2 not needed (e.g. the entity was visited recently): only with a reason. */
  public void skipVisit(String reason) {
    require(InscriptionStep.TECHNICAL_VISIT);
    requireText(reason, "council.inscription.visit.skip-reason");
    step = InscriptionStep.COMMISSION_OPINION;
  }

  /** Diligence: back to the documentary analysis for missing documents, with the reason. */
  public void returnForDiligence(String reason) {
    if (!DILIGENCE_FROM.contains(step)) {
      throw new TeiaException("council.inscription.diligence.not-allowed", step.number());
    }
    requireText(reason, "council.inscription.diligence.reason");
    step = InscriptionStep.DOCUMENTARY_ANALYSIS;
  }

  /** Step 3: the commission's opinion (favourable or not) goes to the plenary. */
  public void giveOpinion(String text) {
    require(InscriptionStep.COMMISSION_OPINION);
    requireText(text, "council.inscription.opinion.text");
    step = InscriptionStep.PLENARY_DELIBERATION;
  }

  /** Step 4: the plenary's vote on the agenda item decides (more votes for than against). */
  public void deliberate(int votesFor, int votesAgainst) {
    require(InscriptionStep.PLENARY_DELIBERATION);
    outcome = votesFor > votesAgainst ? InscriptionOutcome.APPROVED : InscriptionOutcome.REFUSED;
    step = InscriptionStep.PUBLICATION;
  }

  /** Step 5: the decision was published; an approval goes to its certificate, a refusal to the notification. */
  public void publish() {
    require(InscriptionStep.PUBLICATION);
    step = outcome == InscriptionOutcome.APPROVED ? InscriptionStep.CERTIFICATE : InscriptionStep.NOTIFICATION;
  }

  /** Step 6: the certificate (comprovante) was issued; only for an approved inscription. */
  public void issueCertificate() {
    if (step == InscriptionStep.NOTIFICATION && outcome == InscriptionOutcome.REFUSED) {
      throw new TeiaException("council.inscription.certificate.refused");
    }
    require(InscriptionStep.CERTIFICATE);
    step = InscriptionStep.NOTIFICATION;
  }

  /** Step 7: the entity was notified by letter; a refusal must say why. */
  public void notifyEntity(String text) {
    require(InscriptionStep.NOTIFICATION);
    if (outcome == InscriptionOutcome.REFUSED) {
      requireText(text, "council.inscription.notification.reasons");
    }
    step = InscriptionStep.COMPLETED;
  }

  private void require(InscriptionStep expected) {
    if (step == InscriptionStep.COMPLETED) {
      throw new TeiaException("council.inscription.completed");
    }
    if (step != expected) {
      throw new TeiaException("council.inscription.wrong-step", step.number(), expected.number());
    }
  }

  private static void requireText(String text, String key) {
    if (text == null || text.isBlank()) {
      throw new TeiaException(key);
    }
  }
}
