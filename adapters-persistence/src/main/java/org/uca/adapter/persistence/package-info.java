/**
 * The persistence adapter: the application's outgoing ports on Jakarta Persistence and Hibernate, over H2 (the
 * embedded default) or PostgreSQL. Flyway owns the schema; Hibernate only validates it. Cases are stored as JSON
 * snapshots of the immutable aggregate with an append-only timeline and small projection tables kept in step on
 * every save, so the questions staff ask are answered in SQL. {@link org.uca.adapter.persistence.UcaDatabase} is the
 * entry point; everything else here is package-private.
 */
@SecondaryAdapter
package org.uca.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
