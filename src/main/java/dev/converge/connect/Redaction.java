package dev.converge.connect;

/** Keeps a password out of any text that may reach the user, a log or a file. */
public final class Redaction {

    private Redaction() {
    }

    public static String redact(String text, String password) {
        if (text == null || password == null || password.isEmpty()) {
            return text;
        }
        return text.replace(password, "********");
    }
}
