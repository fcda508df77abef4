package br.org.teia.council.composition;

import java.util.List;

/**
 * What anyone may read of a council, without login: its rules, and its members' names and whom
 * they represent (public by law). Nothing else about a person.
 */
public record PublicComposition(CouncilSummary council, List<PublicSeat> seats, String presidentName) {

  public record PublicSeat(String segmentName, Side side, int number, String memberName, String memberOrganisation,
      String alternateName, String alternateOrganisation) {}
}
