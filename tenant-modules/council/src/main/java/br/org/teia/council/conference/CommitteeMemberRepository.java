package br.org.teia.council.conference;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommitteeMemberRepository extends JpaRepository<CommitteeMember, UUID> {

  @Query("SELECT m FROM CommitteeMember m WHERE m.conferenceId = :conferenceId ORDER BY m.coordinator DESC, m.name")
  List<CommitteeMember> findAllByConference(UUID conferenceId);
}
