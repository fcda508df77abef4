package br.org.teia.council.composition;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, UUID> {

  Optional<Person> findByCpf(String cpf);
}
