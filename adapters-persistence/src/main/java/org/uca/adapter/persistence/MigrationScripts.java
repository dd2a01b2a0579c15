package org.uca.adapter.persistence;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * UCA's migration scripts for one engine, named here rather than searched for: Flyway would otherwise read every
 * entry of the 45 MB {@code uca.jar}, once per folder, at every start. {@code MigrationScriptsTest} checks these
 * lists against the folders, so a script cannot be added without being named here.
 */
final class MigrationScripts implements ResourceProvider {

    static final String COMMON = "db/migration/common";
    static final String H2 = "db/migration/h2";
    static final String POSTGRESQL = "db/migration/postgresql";

    static final List<String> COMMON_SCRIPTS = List.of("V1__uca_schema.sql", "V3__case_parts.sql",
            "V5__guidance_read_model.sql", "V8__monitoring_day.sql", "V9__account_status.sql",
            "V10__staff_records_and_set_password_links.sql", "V11__demo_store.sql", "V12__sessions.sql",
            "V13__resident_record.sql", "V14__sign_in_throttle.sql", "V15__staff_identity.sql",
            "V16__scheduled_tasks.sql", "V17__machine_credential.sql", "V18__sign_in_throttle_keyed_by_hmac.sql",
            "V19__session_signing_secret.sql", "V20__notification_delivery.sql",
            "V21__notification_addresses_and_inbox.sql", "V23__reminder_digest.sql", "V24__letter_sending.sql",
            "V25__decision_replaced.sql", "V27__audit_names_the_resident_and_access_log.sql",
            "V29__decision_required_level.sql", "V30__decision_entered_in_error.sql", "V32__webhooks.sql",
            "V33__decision_property_marker.sql", "V34__contractor_work_properties.sql",
            "V36__decision_lapsed.sql", "V37__filed_correspondence.sql", "V38__decision_notice_withheld.sql",
            "V39__resident_protected_characteristics.sql", "V40__decision_scope_and_corrections.sql",
            "V41__decision_notice_withheld_times.sql", "V42__published_tenancy_profile.sql");
    static final List<String> H2_SCRIPTS = List.of("V2__append_only_tables.sql", "V4__json_stays_text.sql",
            "V6__staff_directory_generation.sql", "V11_1__append_only_tables_refuse_truncate.sql",
            "V28__access_log_append_only.sql", "V31__entered_in_error_counted_apart_and_resident_references.sql",
            "V42_1__published_tenancy_profile_append_only.sql");
    static final List<String> POSTGRESQL_SCRIPTS = List.of("V2__append_only_tables.sql", "V4__json_as_jsonb.sql",
            "V6__staff_directory_generation.sql", "V28__access_log_append_only.sql",
            "V31__entered_in_error_counted_apart_and_resident_references.sql",
            "V42_1__published_tenancy_profile_append_only.sql");

    private final List<Script> scripts;

    private MigrationScripts(List<Script> scripts) {
        this.scripts = scripts;
    }

    static MigrationScripts forEngine(boolean h2) {
        Stream<Script> common = COMMON_SCRIPTS.stream().map(name -> new Script(COMMON, name));
        Stream<Script> engine = (h2 ? H2_SCRIPTS : POSTGRESQL_SCRIPTS).stream()
                .map(name -> new Script(h2 ? H2 : POSTGRESQL, name));
        return new MigrationScripts(Stream.concat(common, engine).toList());
    }

    /** The versions of the scripts and Java migrations for one engine, in order, as Flyway writes them ("11.1"). */
    static List<String> versions(boolean h2) {
        Stream<String> scripts = Stream.concat(COMMON_SCRIPTS.stream(), (h2 ? H2_SCRIPTS : POSTGRESQL_SCRIPTS).stream())
                .map(name -> name.substring(1, name.indexOf("__")));
        return Stream.concat(scripts, ExistingCases.versions().stream())
                .map(org.flywaydb.core.api.MigrationVersion::fromVersion).sorted()
                .map(org.flywaydb.core.api.MigrationVersion::getVersion).toList();
    }

    /** The newest version this UCA migrates to, on one engine. */
    static String latestVersion(boolean h2) {
        List<String> versions = versions(h2);
        return versions.get(versions.size() - 1);
    }

    /** The folders, as Flyway locations (for its messages; the scripts come from here). */
    static String[] locations(boolean h2) {
        return new String[] {"classpath:" + COMMON, "classpath:" + (h2 ? H2 : POSTGRESQL)};
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream().filter(s -> s.getRelativePath().equals(name) || s.getAbsolutePath().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.stream().filter(s -> s.getFilename().startsWith(prefix))
                .filter(s -> Arrays.stream(suffixes).anyMatch(s.getFilename()::endsWith))
                .map(LoadableResource.class::cast).toList();
    }

    /** One script on the class path, read as UTF-8 (as Flyway reads them by default). */
    static final class Script extends LoadableResource {
        private final String folder;
        private final String name;

        Script(String folder, String name) {
            this.folder = folder;
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = MigrationScripts.class.getClassLoader().getResourceAsStream(getAbsolutePath());
            if (in == null) {
                throw new IllegalStateException("The migration script " + getAbsolutePath()
                        + " is not on the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        @Override
        public String getAbsolutePath() {
            return folder + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
