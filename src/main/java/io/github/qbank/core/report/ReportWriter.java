package io.github.qbank.core.report;

import java.io.IOException;
import java.io.OutputStream;

import io.github.qbank.core.CheckResult;

/** Writes one report format. */
interface ReportWriter {

    void write(CheckResult result, OutputStream out) throws IOException;
}
