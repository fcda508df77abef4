package br.org.teia.structure.workforce;

import br.org.teia.kernel.suas.SizeClass;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinimumCrasRepository extends JpaRepository<MinimumCras, SizeClass> {}
