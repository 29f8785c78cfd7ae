package dev.converge.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a value's {@link CanonicalText}, in lower-case hex. An approved plan records the fingerprint of
 * the current catalog it was computed from; applying it later is only safe while the target still has it.
 */
public final class CatalogFingerprint {

    private CatalogFingerprint() {
    }

    public static String of(Catalog catalog) {
        return sha256(CanonicalText.of(catalog));
    }

    /** The fingerprint of any model value (one object's definition, for instance). */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
