package br.org.teia.council.complaint;

import java.util.List;

/**
 * A complaint with its description, follow-up and outcome. The complainant's name and contact are
 * filled only for the council's secretary (and the read is audited); {@code identityWithheld} tells
 * other readers that a named complainant exists without saying who.
 */
public record ComplaintDetail(ComplaintSummary summary, String description, boolean anonymous,
    String complainantName, String complainantContact, boolean identityWithheld, String outcomeText,
    List<FollowUpSummary> followUps) {}
