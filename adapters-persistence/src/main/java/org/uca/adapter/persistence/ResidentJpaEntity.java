package org.uca.adapter.persistence;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.uca.application.port.out.ResidentDirectory.PreferredContact;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.people.ProtectedCharacteristic;
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

    /** The one-line address shown and searched: the lines, then the postcode. */
    @Column(name = "address", nullable = false, length = MAX_ADDRESS)
    private String address;

    /** The lines as the housing system sends them, one per line of text; null before V13 (then {@link #address}). */
    @Column(name = "address_lines", length = MAX_ADDRESS)
    private String addressLines;

    @Column(name = "postcode", length = 8)
    private String postcode;

    @Column(name = "uprn", length = 12)
    private String uprn;

    @Column(name = "tenancy_start")
    private LocalDate tenancyStart;

    @Column(name = "tenancy_end")
    private LocalDate tenancyEnd;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 25)
    private String phone;

    @Column(name = "preferred_contact", length = 10)
    private String preferredContact;

    // The protected characteristics the housing system supplies (V39), in ProtectedCharacteristic's order; null for
    // one it does not. Special category data: never queried one resident at a time but by the subject access export.
    @Column(name = "age_band", length = ProtectedCharacteristic.MAX_VALUE)
    private String ageBand;

    @Column(name = "disability", length = ProtectedCharacteristic.MAX_VALUE)
    private String disability;

    @Column(name = "gender_reassignment", length = ProtectedCharacteristic.MAX_VALUE)
    private String genderReassignment;

    @Column(name = "marriage_civil_partnership", length = ProtectedCharacteristic.MAX_VALUE)
    private String marriageCivilPartnership;

    @Column(name = "pregnancy_maternity", length = ProtectedCharacteristic.MAX_VALUE)
    private String pregnancyMaternity;

    @Column(name = "ethnicity", length = ProtectedCharacteristic.MAX_VALUE)
    private String ethnicity;

    @Column(name = "religion_or_belief", length = ProtectedCharacteristic.MAX_VALUE)
    private String religionOrBelief;

    @Column(name = "sex", length = ProtectedCharacteristic.MAX_VALUE)
    private String sex;

    @Column(name = "sexual_orientation", length = ProtectedCharacteristic.MAX_VALUE)
    private String sexualOrientation;

    protected ResidentJpaEntity() {
    }

    ResidentJpaEntity(Resident r) {
        this.id = StoredValues.fit("id", r.id().value(), MAX_ID);
        this.name = StoredValues.fit("name", r.name(), MAX_NAME);
        this.address = StoredValues.fit("address", r.address(), MAX_ADDRESS);
        this.addressLines = StoredValues.fit("address", linesOf(r), MAX_ADDRESS);
        this.postcode = r.postcode().isEmpty() ? null : StoredValues.fit("postcode", r.postcode(), 8);
        this.uprn = r.uprn().map(u -> StoredValues.fit("uprn", u, 12)).getOrNull();
        this.tenancyStart = r.tenancyStart().getOrNull();
        this.tenancyEnd = r.tenancyEnd().getOrNull();
        this.email = r.email().map(e -> StoredValues.fit("email", e, 254)).getOrNull();
        this.phone = r.phone().map(p -> StoredValues.fit("phone", p, 25)).getOrNull();
        this.preferredContact = r.preferredContact().map(PreferredContact::name).getOrNull();
        String[] held = characteristicsOf(r);
        this.ageBand = held[0];
        this.disability = held[1];
        this.genderReassignment = held[2];
        this.marriageCivilPartnership = held[3];
        this.pregnancyMaternity = held[4];
        this.ethnicity = held[5];
        this.religionOrBelief = held[6];
        this.sex = held[7];
        this.sexualOrientation = held[8];
    }

    /** The resident's characteristics in {@link ProtectedCharacteristic}'s order, null for one not supplied. */
    static String[] characteristicsOf(Resident r) {
        String[] held = new String[ProtectedCharacteristic.values().length];
        for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
            held[c.ordinal()] = r.characteristics().get(c)
                    .map(v -> StoredValues.fit(c.column(), v, ProtectedCharacteristic.MAX_VALUE)).getOrNull();
        }
        return held;
    }

    String id() {
        return id;
    }

    /** Binds the row to an insert or merge of every column, in table order (id first). */
    void bind(java.sql.PreparedStatement s) throws java.sql.SQLException {
        s.setString(1, id);
        s.setString(2, name);
        s.setString(3, address);
        s.setString(4, addressLines);
        s.setString(5, postcode);
        s.setString(6, uprn);
        s.setObject(7, tenancyStart);
        s.setObject(8, tenancyEnd);
        s.setString(9, email);
        s.setString(10, phone);
        s.setString(11, preferredContact);
        s.setString(12, ageBand);
        s.setString(13, disability);
        s.setString(14, genderReassignment);
        s.setString(15, marriageCivilPartnership);
        s.setString(16, pregnancyMaternity);
        s.setString(17, ethnicity);
        s.setString(18, religionOrBelief);
        s.setString(19, sex);
        s.setString(20, sexualOrientation);
    }

    /** How the address lines are stored: one per line of text. */
    static String linesOf(Resident r) {
        return r.addressLines().mkString("\n");
    }

    Resident toResident() {
        return resident(id, name, address, addressLines, postcode, uprn, tenancyStart, tenancyEnd, email, phone,
                preferredContact, new String[] {ageBand, disability, genderReassignment, marriageCivilPartnership, pregnancyMaternity, ethnicity, religionOrBelief, sex, sexualOrientation});
    }

    /** A resident from a row of {@code resident}, however it was read ({@code characteristics} as stored, in order). */
    static Resident resident(String id, String name, String address, String addressLines, String postcode,
            String uprn, LocalDate tenancyStart, LocalDate tenancyEnd, String email, String phone,
            String preferredContact, String[] characteristics) {
        Map<ProtectedCharacteristic, String> held = HashMap.empty();
        for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
            if (characteristics[c.ordinal()] != null) {
                held = held.put(c, characteristics[c.ordinal()]);
            }
        }
        return new Resident(new ResidentId(id), name,
                addressLines == null ? List.of(address) : List.of(addressLines.split("\n", -1)),
                postcode == null ? "" : postcode, Option.of(uprn), Option.of(tenancyStart), Option.of(tenancyEnd),
                Option.of(email), Option.of(phone), Option.of(preferredContact).map(PreferredContact::valueOf), held);
    }
}
