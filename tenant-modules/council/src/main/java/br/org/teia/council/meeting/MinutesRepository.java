package br.org.teia.council.meeting;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesRepository extends JpaRepository<Minutes, UUID> {}
