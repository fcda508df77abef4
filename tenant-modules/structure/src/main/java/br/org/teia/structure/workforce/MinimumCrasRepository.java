package br.org.teia.structure.workforce;

import br.org.teia.structure.managingbody.SizeClass;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinimumCrasRepository extends JpaRepository<MinimumCras, SizeClass> {}
