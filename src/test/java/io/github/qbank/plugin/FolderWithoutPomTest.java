package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a pom the folder Maven runs in is the bank; defaults go there, properties are used as given. */
class FolderWithoutPomTest {

    @TempDir
    Path folder;

    private final MavenSession session = mock(MavenSession.class);
    private final Properties userProperties = new Properties();
    private MavenProject stub;

    @BeforeEach
    void stubProject() {
        // what Maven builds when there is no pom: no file, and the stub's coordinates
        Model model = new Model();
        model.setGroupId("org.apache.maven");
        model.setArtifactId("standalone-pom");
        model.setVersion("1");
        stub = new MavenProject(model);
        when(session.getExecutionRootDirectory()).thenReturn(folder.toString());
        when(session.getUserProperties()).thenReturn(userProperties);
        when(session.getSystemProperties()).thenReturn(new Properties());
    }

    @Test
    void theStubProjectIsTheFolderMavenRunsIn() {
        assertEquals(folder.toFile(), FolderWithoutPom.of(stub, session).orElseThrow().root());
    }

    @Test
    void aProjectWithAPomIsNotAFolderWithoutPom() {
        MavenProject withPom = stub.clone();
        withPom.setFile(folder.resolve("pom.xml").toFile());
        assertEquals(Optional.empty(), FolderWithoutPom.of(withPom, session));
        Model other = new Model();
        other.setArtifactId("bank");
        assertEquals(Optional.empty(), FolderWithoutPom.of(new MavenProject(other), session));
        assertEquals(Optional.empty(), FolderWithoutPom.of(null, session));
    }

    @Test
    void aParameterNoPropertySetsTakesItsDefaultInTheFolder() {
        // as Maven resolves ${project.build.directory}/qbank for the stub: the expression stays in the path
        File unresolved = folder.resolve("${project.basedir}/target/qbank").toFile();
        assertEquals(folder.resolve("target/qbank").toFile(), FolderWithoutPom.of(stub, session).orElseThrow()
                .parameter(unresolved, "qbank.outputDirectory", "target/qbank"));
    }

    @Test
    void aPropertyIsUsedAsGiven() {
        userProperties.setProperty("qbank.outputDirectory", "reports");
        File given = folder.resolve("reports").toFile();
        assertEquals(given, FolderWithoutPom.of(stub, session).orElseThrow()
                .parameter(given, "qbank.outputDirectory", "target/qbank"));
    }

    @Test
    void aReadOnlyParameterAlwaysTakesItsDefault() {
        assertEquals(folder.resolve("target/site").toFile(), FolderWithoutPom.of(stub, session).orElseThrow()
                .parameter(new File("elsewhere"), null, "target/site"));
    }
}
