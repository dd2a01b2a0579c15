package org.uca.bootstrap;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.uca.adapter.web.view.Landlord;

/**
 * The landlord as its letters show it, from {@code UCA_LANDLORD_NAME} (Octavia), {@code UCA_LANDLORD_ADDRESS} (lines
 * separated by commas), {@code UCA_LANDLORD_PHONE}, {@code UCA_LANDLORD_EMAIL}, {@code UCA_LANDLORD_WEBSITE} and
 * {@code UCA_LANDLORD_LOGO} (a PNG file; unset, UCA's plain logo). Unset details are left off the letter; a bad one
 * stops UCA starting, in one line.
 */
final class LandlordSettings {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,}[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEBSITE = Pattern.compile("(https?://)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/\\S*)?");

    private LandlordSettings() {
    }

    /** @param setting a setting's value by name, blank when unset */
    static Landlord from(UnaryOperator<String> setting) {
        String name = setting.apply("UCA_LANDLORD_NAME");
        String phone = checked(setting, "UCA_LANDLORD_PHONE", PHONE, "a telephone number such as 020 7946 0123");
        String email = checked(setting, "UCA_LANDLORD_EMAIL", EMAIL, "an e-mail address such as letters@example.org");
        String website = checked(setting, "UCA_LANDLORD_WEBSITE", WEBSITE, "a web address such as www.example.org");
        String logo = setting.apply("UCA_LANDLORD_LOGO");
        return new Landlord(name.isBlank() ? "Octavia" : name, setting.apply("UCA_LANDLORD_ADDRESS"), phone, email,
                website, logo.isBlank() ? Landlord.defaultLogo() : Landlord.logoFrom(Path.of(logo),
                        "UCA_LANDLORD_LOGO"));
    }

    private static String checked(UnaryOperator<String> setting, String name, Pattern pattern, String expected) {
        String value = setting.apply(name);
        if (!value.isBlank() && !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be " + expected + ", not \"" + value + "\".");
        }
        return value;
    }
}
