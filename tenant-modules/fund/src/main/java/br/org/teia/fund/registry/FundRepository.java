package br.org.teia.fund.registry;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundRepository extends JpaRepository<Fund, Short> {}
