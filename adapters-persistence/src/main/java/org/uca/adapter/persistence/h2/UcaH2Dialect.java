package org.uca.adapter.persistence.h2;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;

/**
 * H2 as UCA uses it: the JSON documents that PostgreSQL keeps as {@code jsonb} stay in H2's text columns (character varying in its PostgreSQL mode), written
 * and read as the text they are. (H2's own JSON type reads a bound string as a JSON string literal, not as a
 * document, and has none of jsonb's uses here.)
 */
public final class UcaH2Dialect extends H2Dialect {

    public UcaH2Dialect(DialectResolutionInfo info) {
        super(info);
    }

    public UcaH2Dialect() {
        super();
    }

    @Override
    public void contributeTypes(TypeContributions contributions, ServiceRegistry registry) {
        super.contributeTypes(contributions, registry);
        contributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(SqlTypes.JSON,
                VarcharJdbcType.INSTANCE);
    }
}
