package dev.broadsheet.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/**
 * Which module of a multi-module build a goal typed on the command line runs in. {@code mvn
 * broadsheet:check} typed at the parent runs in every module, the parent and a library module
 * included, which hold no site; and a goal given one {@code siteDirectory} would build that site
 * once per module. A goal bound in a POM runs where it is bound, as before.
 */
final class ReactorSites {
  private ReactorSites() {}

  /** Why the goal does not run in {@code project}, or null when it does. */
  static String skipReason(MavenSession session, MavenProject project, MojoExecution execution, Path siteDirectory) {
    boolean typed = execution != null && "default-cli".equals(execution.getExecutionId());
    if (!typed || session == null || project == null || project.getBasedir() == null || session.getProjects() == null
        || session.getProjects().size() < 2) {
      return null;
    }
    Path site = siteDirectory.toAbsolutePath().normalize();
    if (site.equals(folder(project))) {
      // The default, each module's own folder: pass over those without a site, when some module has one
      // (else every module fails as a single one would, and a typed check never passes having checked nothing).
      boolean anySite = session.getProjects().stream()
          .anyMatch(p -> p.getBasedir() != null && Files.isRegularFile(folder(p).resolve("broadsheet.yaml")));
      return anySite && !Files.isRegularFile(site.resolve("broadsheet.yaml"))
          ? "no broadsheet.yaml in " + site + " (a goal typed for a multi-module build runs in the modules that hold"
              + " a site; -pl MODULE runs it in one)" : null;
    }
    // One site given for the whole build: built once, by the module whose folder holds it (the
    // innermost when folders nest), else by the first module.
    MavenProject owner = session.getProjects().stream()
        .filter(p -> p.getBasedir() != null && site.startsWith(folder(p)))
        .max(Comparator.comparingInt(p -> folder(p).getNameCount())).orElse(session.getProjects().get(0));
    return folder(owner).equals(folder(project)) ? null
        : "the site " + site + " is built in the module " + owner.getArtifactId();
  }

  private static Path folder(MavenProject p) {
    return p.getBasedir().toPath().toAbsolutePath().normalize();
  }
}
