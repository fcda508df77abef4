package br.org.teia.console.member;

import java.util.List;

/** One member with its contribution history (recorded years and the recent ones, newest first). */
public record MemberDetail(MemberSummary member, List<YearContribution> contributions) {}
