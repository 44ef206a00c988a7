package io.github.qbank.plugin;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The bank when Maven runs in a folder without {@code pom.xml} ({@code requiresProject = false}, as
 * {@code mvn archetype:generate} runs): Maven then gives the goal a stub project,
 * {@code org.apache.maven:standalone-pom}, that has no file and no folder, so a default such as
 * {@code ${project.build.directory}/qbank} does not resolve. The folder Maven runs in is the
 * project: a parameter that no property sets takes its default relative to it, and a
 * {@code -Dqbank.…} property, the only configuration there is, is used as given.
 */
final class FolderWithoutPom {

    /** The artifact id of the project Maven makes up when there is no pom. */
    static final String STUB_ARTIFACT_ID = "standalone-pom";

    private final Path root;
    private final MavenSession session;
    private final MavenProject project;

    private FolderWithoutPom(Path root, MavenSession session, MavenProject project) {
        this.root = root;
        this.session = session;
        this.project = project;
    }

    /** {@return the folder Maven runs in, when the project is the stub of a folder without a pom} */
    static Optional<FolderWithoutPom> of(MavenProject project, MavenSession session) {
        if (project == null || session == null || project.getFile() != null
                || !STUB_ARTIFACT_ID.equals(project.getArtifactId())) {
            return Optional.empty();
        }
        return Optional.of(new FolderWithoutPom(Path.of(session.getExecutionRootDirectory()).toAbsolutePath(),
                session, project));
    }

    /** {@return the folder Maven runs in: the bank} */
    File root() {
        return root.toFile();
    }

    /**
     * @param value        the parameter as Maven injected it
     * @param property     its user property, {@code null} for a read-only parameter
     * @param defaultPath  its default, relative to the project's folder
     * @return the value when {@code property} is set, else the default in this folder
     */
    File parameter(File value, String property, String defaultPath) {
        return isSet(property) ? value : root.resolve(defaultPath).toFile();
    }

    private boolean isSet(String property) {
        return property != null && (session.getUserProperties().containsKey(property)
                || session.getSystemProperties().containsKey(property) || project.getProperties().containsKey(property));
    }
}
