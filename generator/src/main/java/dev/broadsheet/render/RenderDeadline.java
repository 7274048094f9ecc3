package dev.broadsheet.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * Limits on rendering one page. Freemarker has none, and a site's template can loop without end
 * ({@code <#list 1.. as i>}, a {@code #function} whose {@code #return} is never reached): the build
 * would hang, holding the site's lock, until its CI job is killed hours later, or fill the heap
 * with the page. A page that runs past the time limit, grows past the size limit or nests its
 * instructions past the depth limit (a macro calling itself) stops at the next instruction it
 * begins, naming where it was; every other page stops at its next instruction too, and every page
 * asked for later fails at once: one endless loop in a template every article page uses would
 * otherwise cost the limit once per page. A page that runs out of memory is the render's to
 * report ({@link TemplateEngine}). Not stopped: a loop with nothing inside it, or one inside a
 * single expression ({@code (1..)?filter(…)?first}): neither begins an instruction, and Freemarker
 * offers no other point to stop at.
 */
final class RenderDeadline {
  /** A normal page renders in milliseconds; a page of a thousand items in well under a second. */
  static final Duration DEFAULT = Duration.ofSeconds(60);
  /** The largest page, story page of a 500-report story included, is a few megabytes. */
  static final long MAX_PAGE_BYTES = 64L << 20;
  /**
   * Instructions inside one another: a page's own nest a few dozen deep, a macro rendering a tree
   * about three per level (300 levels); a function calling itself without end overflowed a
   * thread's stack before 2,000.
   */
  static final int MAX_DEPTH = 1000;
  /** The clock is looked at once every this many instructions: a read of it costs as much as dozens of them. */
  private static final int CHECK_EVERY = 64;

  private final Duration limit;
  /** How a message names a template, by its name in Freemarker. */
  private final UnaryOperator<String> naming;
  /** Why the first page that was stopped stopped, once one has. */
  private final AtomicReference<Overrun> overrun = new AtomicReference<>();

  /**
   * Why and where a page stopped: its template (as messages name it) and line, the instruction
   * there with the loops around it, and which limit it passed.
   */
  record Overrun(String template, int line, String instruction, String limit) {}

  /** Thrown into a page that must stop, out of Freemarker's rendering. */
  static final class Stopped extends RuntimeException {
    Stopped() {
      super("stopped: a page passed a limit", null, false, false);
    }
  }

  RenderDeadline(Duration limit, UnaryOperator<String> naming) {
    this.limit = limit;
    this.naming = naming;
  }

  /** Why the first page to stop stopped, or null while none has. */
  Overrun overrun() {
    return overrun.get();
  }

  /**
   * Starts watching {@code env}'s page, whose output so far {@code size} tells; null when a page
   * already stopped, and this one is not to be rendered.
   */
  Rendering start(Environment env, LongSupplier size) {
    if (overrun.get() != null) {
      return null;
    }
    Rendering r = new Rendering(size, System.nanoTime() + limit.toNanos());
    env.setTemplateProcessingTracer(r);
    return r;
  }

  /** One page being rendered: told of every instruction it begins and ends, on the thread rendering it. */
  final class Rendering implements TemplateProcessingTracer {
    private final LongSupplier size;
    private final long deadline;
    /** The instructions the page is inside, innermost last. */
    private final List<TracedElement> inside = new ArrayList<>();
    private int sinceCheck;
    private boolean stopped;

    private Rendering(LongSupplier size, long deadline) {
      this.size = size;
      this.deadline = deadline;
    }

    /** Whether this page was stopped: whatever Freemarker made of the exception, that is why it failed. */
    boolean stopped() {
      return stopped;
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
      inside.add(element);
      String passed = null;
      if (inside.size() > MAX_DEPTH) {
        passed = "nested " + MAX_DEPTH + " instructions deep: a macro or function that calls itself without end?";
      } else if (size.getAsLong() > MAX_PAGE_BYTES) {
        passed = "larger than " + (MAX_PAGE_BYTES >> 20) + " MB: a loop without end?";
      } else if (++sinceCheck >= CHECK_EVERY) {
        sinceCheck = 0;
        if (System.nanoTime() - deadline > 0) {
          passed = "still rendering after " + limit.toSeconds() + " s: a loop without end (a range with no upper"
              + " bound such as 1.., a condition for <#break> or <#return> that never holds)?";
        }
      }
      if (passed != null) {
        overrun.compareAndSet(null, where(element, passed));
      }
      if (overrun.get() != null) {
        stopped = true;
        throw new Stopped();
      }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
      // Freemarker may end an instruction under another's name (an #if by its branch): one out for each in.
      if (!inside.isEmpty()) {
        inside.remove(inside.size() - 1);
      }
    }

    /**
     * The innermost loops the page is in (the instruction it was about to begin when there are
     * none); for a page nested too deep, the call that went deeper.
     */
    private Overrun where(TracedElement next, String passed) {
      List<TracedElement> loops = new ArrayList<>();
      for (int i = inside.size() - 1; i >= 0 && loops.size() < 3; i--) {
        String what = inside.get(i).getDescription();
        if (what.startsWith("#list") || what.startsWith("#items")) {
          loops.add(inside.get(i));
        }
      }
      TracedElement at = loops.isEmpty() ? next : loops.get(0);
      if (passed.startsWith("nested")) {
        // The call that went one level too deep: a macro's, an include's, or the output or return
        // whose expression calls a function; not the definition it entered, nor text inside it.
        at = next;
        for (int i = inside.size() - 1; i >= 0; i--) {
          String what = inside.get(i).getDescription();
          if (what.startsWith("@") || what.startsWith("#include") || what.startsWith("#return")
              || what.startsWith("${")) {
            at = inside.get(i);
            break;
          }
        }
        loops.clear();
      }
      StringBuilder instruction = new StringBuilder(at.getDescription());
      for (TracedElement loop : loops) {
        if (loop != at) {
          instruction.append(", inside ").append(loop.getDescription()).append(" at ")
              .append(naming.apply(loop.getTemplate().getSourceName())).append(':').append(loop.getBeginLine());
        }
      }
      return new Overrun(naming.apply(at.getTemplate().getSourceName()), at.getBeginLine(), instruction.toString(),
          passed);
    }
  }
}
