package br.org.teia.fund.partnership;

import org.springframework.data.jpa.repository.JpaRepository;

interface CmasInscriptionRepository extends JpaRepository<CmasInscription, String> {}
