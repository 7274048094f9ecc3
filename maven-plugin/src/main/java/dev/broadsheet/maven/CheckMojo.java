package dev.broadsheet.maven;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.base.Problem;
import java.time.Clock;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Checks config, picks, pages and templates without building; fails on any problem. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractBroadsheetMojo {
  /** Also fetch every source and check that it answers and parses. */
  @Parameter(property = "broadsheet.online", defaultValue = "false")
  boolean online;

  @Override
  void run() throws MojoFailureException {
    if (online && mavenOffline) {
      // Asked to show that every source answers, it could show nothing: a pass would mislead.
      throw new MojoFailureException("broadsheet.online=true asks the check to fetch every source, but Maven is"
          + " offline (-o): run it without -o, or check without broadsheet.online");
    }
    List<Problem> problems = Broadsheet.check(siteDirectory.toPath(), online, Clock.systemUTC());
    List<Problem> errors = problems.stream().filter(p -> !p.isWarning()).toList();
    problems.forEach(p -> (errors.contains(p) ? (java.util.function.Consumer<String>) getLog()::error
        : (java.util.function.Consumer<String>) getLog()::warn).accept(p.toString()));
    if (!errors.isEmpty()) {
      throw new MojoFailureException((errors.size() == 1 ? "1 problem" : errors.size() + " problems") + " in "
          + siteDirectory + "; the first: " + errors.get(0));
    }
    int warnings = problems.size();
    getLog().info(warnings == 0 ? "No problems found in " + siteDirectory
        : "No errors in " + siteDirectory + " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + " above)");
  }
}
