package dev.converge.app;

import java.net.InetAddress;
import java.net.UnknownHostException;

import dev.converge.apply.HistoryJournal;

/** Where an apply runs from, for the history: the OS user, this machine's host name and Converge's version. */
final class RunOrigin {

    private RunOrigin() {
    }

    static HistoryJournal.Run current() {
        return new HistoryJournal.Run(System.getProperty("user.name"), hostName(), ToolVersion.current());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", null);
        }
    }
}
