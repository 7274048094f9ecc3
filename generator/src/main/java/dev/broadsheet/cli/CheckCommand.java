package dev.broadsheet.cli;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.base.Problem;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code broadsheet check}: every problem of a site, without building it. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks what a build reads and writes nothing: config, picks, pages, the store, saved feeds, static/"
        + " and templates (rendered against the model); exits 1 on any problem, warnings aside.")
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Mixin SiteDirectory site;

  @Option(names = "--online",
      description = "Also fetch every source and article page, as an online build does, and check that they answer and parse.")
  boolean online;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Integer notASite = site.refuseNonSite(spec);
    if (notASite != null) {
      return notASite;
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Problem> problems = Broadsheet.check(site.path, online, Clock.systemUTC());
    List<Problem> errors = problems.stream().filter(p -> !p.isWarning()).toList();
    problems.forEach(p -> out.println(p.told()));
    int warnings = problems.size() - errors.size();
    String warned = warnings == 1 ? "1 warning" : warnings + " warnings";
    // "No problems found (21 warnings)" contradicted itself, and "1 problem found (1 warning)" read
    // as if the warning were the problem: errors and warnings are counted apart.
    String found = errors.size() == 1 ? "1 error" : errors.size() + " errors";
    out.println(errors.isEmpty() ? (warnings == 0 ? "No problems found." : "No errors (" + warned + ").")
        : found + (warnings == 0 ? "" : " and " + warned) + " found.");
    return errors.isEmpty() ? Main.OK : Main.FAILED;
  }
}
