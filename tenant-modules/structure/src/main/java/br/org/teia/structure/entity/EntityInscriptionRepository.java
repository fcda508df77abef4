package br.org.teia.structure.entity;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EntityInscriptionRepository extends JpaRepository<EntityInscription, EntityInscription.Key> {

  List<EntityInscription> findAllByCnpjIn(Collection<String> cnpjs);
}
