package io.github.qbank.core.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one report format. */
interface ReportWriter {

    void write(ReportInput input, OutputStream out) throws IOException;
}
