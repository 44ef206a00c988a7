package io.github.qbank.core.git;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * What tells git where a user's configuration lives: the home folder and the environment
 * variables git reads for it. A record, so that tests give their own and never read the machine's.
 *
 * @param home the user's home folder ({@code ~})
 * @param xdgConfigHome {@code XDG_CONFIG_HOME}, or {@code null}
 * @param globalConfig {@code GIT_CONFIG_GLOBAL}: the only global configuration file when set, or {@code null}
 * @param systemConfig {@code GIT_CONFIG_SYSTEM}, or {@code /etc/gitconfig}, or {@code null} when
 *     {@code GIT_CONFIG_NOSYSTEM} is set
 */
record GitEnvironment(Path home, String xdgConfigHome, String globalConfig, Path systemConfig) {

    /** {@return the environment of this process} */
    static GitEnvironment ofThisProcess() {
        String system = System.getenv("GIT_CONFIG_SYSTEM");
        Path systemConfig;
        try {
            systemConfig = System.getenv("GIT_CONFIG_NOSYSTEM") != null ? null
                    : Path.of(system != null ? system : "/etc/gitconfig");
        } catch (InvalidPathException e) {
            systemConfig = null;
        }
        return new GitEnvironment(Path.of(System.getProperty("user.home")), System.getenv("XDG_CONFIG_HOME"),
                System.getenv("GIT_CONFIG_GLOBAL"), systemConfig);
    }

    /** {@return git's folder under the XDG configuration home: {@code $XDG_CONFIG_HOME/git}, else {@code ~/.config/git}} */
    Path xdgGitFolder() {
        return xdgConfigHome == null || xdgConfigHome.isEmpty() ? home.resolve(".config").resolve("git")
                : Path.of(xdgConfigHome).resolve("git");
    }

    /**
     * A path as a git setting gives it: {@code ~/} is the home folder, and a relative path is taken
     * from {@code from}.
     * @param value the setting's value
     * @param from the folder a relative path starts at
     * @return the path
     */
    Path path(String value, Path from) {
        if (value.equals("~") || value.startsWith("~/")) {
            return home.resolve(value.substring(Math.min(2, value.length())));
        }
        return from.resolve(value);
    }
}
