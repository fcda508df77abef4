package br.org.teia.council.home;

import br.org.teia.council.meeting.MeetingSummary;

/**
 * What the councils of the municipality have waiting today, summed over its councils.
 *
 * @param nextMeeting        the next scheduled meeting of any council, or null
 * @param mandatesEnding     active mandates ending within {@link CouncilTodayService#MANDATES_WITHIN_DAYS} days
 * @param meetingsToPrepare  scheduled meetings within {@link CouncilTodayService#MEETINGS_WITHIN_DAYS} days
 *                           whose agenda is not published yet
 * @param proposalsPending   proposals for appreciation not yet on an agenda
 * @param complaintsWaiting  complaints received with no follow-up yet; null when the person may not see complaints
 * @param inscriptionsPending entity inscriptions not completed
 */
public record CouncilToday(MeetingSummary nextMeeting, long mandatesEnding, long meetingsToPrepare,
    long proposalsPending, Long complaintsWaiting, long inscriptionsPending) {}
