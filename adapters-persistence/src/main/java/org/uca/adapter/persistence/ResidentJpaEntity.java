package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.people.ResidentId;

/** A resident in the directory that stands in for the landlord's housing system. */
@Entity
@Table(name = "resident")
final class ResidentJpaEntity {

    static final int MAX_ID = 64;
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;

    @Id
    @Column(name = "id", length = MAX_ID)
    private String id;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "address", nullable = false, length = MAX_ADDRESS)
    private String address;

    protected ResidentJpaEntity() {
    }

    ResidentJpaEntity(Resident r) {
        this.id = StoredValues.fit("id", r.id().value(), MAX_ID);
        this.name = StoredValues.fit("name", r.name(), MAX_NAME);
        this.address = StoredValues.fit("address", r.address(), MAX_ADDRESS);
    }

    Resident toResident() {
        return new Resident(new ResidentId(id), name, address);
    }
}
