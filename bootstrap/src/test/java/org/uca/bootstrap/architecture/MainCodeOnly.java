package org.uca.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Together with {@link ImportOption.DoNotIncludeTests}: main code only, also when another module's test classes
 * arrive as a {@code -tests.jar} (a {@code verify} build resolves test-jar dependencies to jars, which
 * {@code DoNotIncludeTests} does not recognise) and never the planted violations of any module.
 */
public final class MainCodeOnly implements ImportOption {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
        return !location.matches(TEST_JAR) && !location.contains("/architecture/planted/");
    }
}
