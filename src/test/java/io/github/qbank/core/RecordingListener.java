package io.github.qbank.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects what the core says, as {@code INFO …} and {@code WARN …} lines, for tests to compare. */
public final class RecordingListener implements CheckListener {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
