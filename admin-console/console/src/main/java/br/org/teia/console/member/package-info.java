/** The member catalogue: tenant catalogue plus what the association records about each member. */
package br.org.teia.console.member;
