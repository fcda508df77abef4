package br.org.teia.council.complaint;

/**
 * What happened in a complaint's follow-up. An investigation step (diligência, visit, hearing)
 * puts the complaint under investigation; forwarding it to another body (Ministério Público,
 * the secretariat, another council) marks it forwarded; notes and replies leave the status as is.
 */
public enum FollowUpKind {
  NOTE(null), INVESTIGATION(ComplaintStatus.INVESTIGATING), FORWARDING(ComplaintStatus.FORWARDED), REPLY(null);

  private final ComplaintStatus moves;

  FollowUpKind(ComplaintStatus moves) {
    this.moves = moves;
  }

  /** The status after a follow-up of this kind, given the current one. */
  ComplaintStatus after(ComplaintStatus current) {
    return moves == null ? current : moves;
  }

  public String labelKey() {
    return "council.complaint.follow-up-kind." + name();
  }
}
