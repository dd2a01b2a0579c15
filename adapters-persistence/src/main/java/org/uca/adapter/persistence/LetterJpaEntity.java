package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.LocalDate;
import java.util.UUID;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.application.port.out.Letter;

/** A letter as issued to a resident; the content is the letter's structured sections as JSON. */
@Entity
@Table(name = "issued_letter")
final class LetterJpaEntity {

    static final int MAX_SUBJECT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "resident_id", nullable = false, length = ResidentJpaEntity.MAX_ID)
    private String residentId;

    @Column(name = "kind", nullable = false, length = 20)
    private String kind;

    @Column(name = "letter_date", nullable = false)
    private LocalDate letterDate;

    @Column(name = "subject", nullable = false, length = MAX_SUBJECT)
    private String subject;

    @JdbcTypeCode(SqlTypes.JSON) // jsonb on PostgreSQL, text on H2 (UcaH2Dialect)
    @Column(name = "content", nullable = false)
    private String content;

    protected LetterJpaEntity() {
    }

    LetterJpaEntity(Letter letter) {
        this.caseId = letter.caseId().value();
        this.residentId = StoredValues.fit("resident", letter.resident().value(), ResidentJpaEntity.MAX_ID);
        this.kind = letter.kind().name();
        this.letterDate = letter.date();
        this.subject = StoredValues.fit("subject", letter.subject(), MAX_SUBJECT);
        this.content = StoredJson.letterOf(letter);
    }

    String content() {
        return content;
    }
}
