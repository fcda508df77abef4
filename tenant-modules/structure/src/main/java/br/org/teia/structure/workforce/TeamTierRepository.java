package br.org.teia.structure.workforce;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamTierRepository extends JpaRepository<TeamTier, String> {}
