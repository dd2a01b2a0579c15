package org.uca.adapter.web.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The landlord as its letters show it: name, postal address, phone, e-mail, website and logo (a PNG; UCA's plain
 * default when none is set).
 *
 * @param address the postal address, its lines separated by commas
 * @param logo    the PNG file's bytes
 */
public record Landlord(String name, String address, String phone, String email, String website, byte[] logo) {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public Landlord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(website, "website");
        Objects.requireNonNull(logo, "logo");
        if (!isPng(logo)) {
            throw new IllegalArgumentException("The landlord's logo must be a PNG image.");
        }
    }

    /** A landlord known only by name (tests, and a store run before the rest was configured): UCA's plain logo. */
    public static Landlord named(String name) {
        return new Landlord(name, "", "", "", "", defaultLogo());
    }

    /**
     * The logo from a file; refused in one line when it is not there, cannot be read, or is not a PNG.
     *
     * @param setting the setting's name, for the refusal
     */
    public static byte[] logoFrom(Path file, String setting) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(setting + " must name a PNG file that exists, not \"" + file + "\".");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(setting + ": \"" + file + "\" cannot be read (" + e.getMessage() + ").",
                    e);
        }
        if (!isPng(bytes)) {
            throw new IllegalArgumentException(setting + " must name a PNG image; \"" + file + "\" is not one.");
        }
        return bytes;
    }

    /** UCA's plain default logo (a house, no name): a landlord sets its own with {@code UCA_LANDLORD_LOGO}. */
    public static byte[] defaultLogo() {
        try (InputStream in = Landlord.class.getResourceAsStream("/letters/default-logo.png")) {
            return Objects.requireNonNull(in, "the default logo is missing from the build").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address as lines, blank parts left out. */
    public List<String> addressLines() {
        return Arrays.stream(address.split(",")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public Optional<String> phoneNumber() {
        return Optional.of(phone).filter(p -> !p.isBlank());
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > PNG_SIGNATURE.length
                && Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Landlord l && name.equals(l.name) && address.equals(l.address)
                && phone.equals(l.phone) && email.equals(l.email) && website.equals(l.website)
                && Arrays.equals(logo, l.logo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, phone, email, website, Arrays.hashCode(logo));
    }

    @Override
    public String toString() {
        return "Landlord[name=" + name + ", address=" + address + ", phone=" + phone + ", email=" + email
                + ", website=" + website + ", logo=" + logo.length + " bytes]";
    }
}
