package br.org.teia.council.inscription;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InscriptionActRepository extends JpaRepository<InscriptionAct, UUID> {

  List<InscriptionAct> findAllByInscriptionIdOrderByDoneAtAsc(UUID inscriptionId);
}
