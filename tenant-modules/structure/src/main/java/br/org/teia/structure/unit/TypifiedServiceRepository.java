package br.org.teia.structure.unit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TypifiedServiceRepository extends JpaRepository<TypifiedService, String> {

  List<TypifiedService> findAllByOrderByPosition();
}
