package br.org.teia.structure.managingbody;

import org.springframework.data.jpa.repository.JpaRepository;

interface ManagingBodyRepository extends JpaRepository<ManagingBody, Short> {}
