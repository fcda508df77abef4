package br.org.teia.structure.entity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EntityInscriptionStepRepository extends JpaRepository<EntityInscriptionStep, Long> {

  /** Every step received for {@code cnpj}, in order of arrival. */
  List<EntityInscriptionStep> findAllByCnpjOrderById(String cnpj);
}
