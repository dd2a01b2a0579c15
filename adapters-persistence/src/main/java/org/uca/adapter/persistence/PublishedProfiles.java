package org.uca.adapter.persistence;

import io.vavr.collection.List;
import org.uca.application.port.out.TenancyProfile;
import org.uca.domain.people.ProtectedCharacteristic;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published tenancy profile as its row holds it (published_tenancy_profile.counts): the counts as first worked out,
 * in JSON, before the small-numbers rule (which a front end applies when it shows them, as to counts worked out now).
 */
final class PublishedProfiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One count as stored: the characteristic by its name, the value as the profile holds it. */
    record Stored(String characteristic, String value, long restricted, long all) {
    }

    private PublishedProfiles() {
    }

    static String written(TenancyProfile profile) {
        return JSON.writeValueAsString(profile.counts().map(c -> new Stored(c.characteristic().name(), c.value(),
                c.restricted(), c.all())).toJavaList());
    }

    static TenancyProfile read(String counts) {
        java.util.List<Stored> stored = JSON.readValue(counts, new TypeReference<java.util.List<Stored>>() { });
        // a characteristic UCA no longer knows by that name is left out, not a failure of the whole profile
        return new TenancyProfile(List.ofAll(stored).flatMap(s -> io.vavr.control.Try.of(() ->
                        ProtectedCharacteristic.valueOf(s.characteristic())).toOption()
                .map(c -> new TenancyProfile.Count(c, s.value(), s.restricted(), s.all()))));
    }
}
