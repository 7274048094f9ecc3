package dev.broadsheet.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/**
 * Which module of a multi-module build a goal runs in. {@code mvn broadsheet:check} typed at the
 * parent runs in every module, the parent and a library module included, which hold no site; and a
 * goal given one {@code siteDirectory} would build that site once per module.
 */
final class ReactorSites {
  private ReactorSites() {}

  /** Why the goal does not run in {@code project}, or null when it does. */
  static String skipReason(MavenSession session, MavenProject project, MojoExecution execution, Path siteDirectory) {
    if (session == null || project == null || session.getProjects() == null || session.getProjects().size() < 2) {
      return null;
    }
    Path site = siteDirectory.toAbsolutePath().normalize();
    // The module whose folder holds the site, the innermost when folders nest (the parent's holds them all).
    MavenProject owner = session.getProjects().stream()
        .filter(p -> p.getBasedir() != null && site.startsWith(folder(p)))
        .max(Comparator.comparingInt(p -> folder(p).getNameCount())).orElse(null);
    // A site outside every module's folder is built once, by the first module.
    owner = owner != null ? owner : session.getProjects().get(0);
    if (!folder(owner).equals(folder(project))) {
      return "the site " + site + " is built in the module " + owner.getArtifactId();
    }
    // Typed on the command line for the whole build: modules without a site are not errors.
    boolean typed = execution != null && "default-cli".equals(execution.getExecutionId());
    if (typed && !Files.isRegularFile(site.resolve("broadsheet.yaml"))) {
      return "no broadsheet.yaml in " + site + " (a goal typed for a multi-module build runs in the modules that"
          + " hold a site; -pl MODULE runs it in one)";
    }
    return null;
  }

  private static Path folder(MavenProject p) {
    return p.getBasedir().toPath().toAbsolutePath().normalize();
  }
}
