package dev.broadsheet.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A time limit on rendering one page. Freemarker has none, and a site's template can loop without
 * end ({@code <#list 1.. as i>}): the build would hang, holding the site's lock, until its CI job
 * is killed hours later. A page still rendering at the limit stops at the next instruction it
 * begins, naming the loop it is in; so does every other page rendering then, and every page asked
 * for later fails at once: one endless loop in a template every article page uses would otherwise
 * cost the limit once per page. (A loop with nothing in it begins no instruction, and is not stopped.)
 */
final class RenderDeadline {
  /** A normal page renders in milliseconds; a page of a thousand items in well under a second. */
  static final Duration DEFAULT = Duration.ofSeconds(60);

  private final Duration limit;
  private final Set<Rendering> running = ConcurrentHashMap.newKeySet();
  /** Where the first page that ran out of time was, once one has. */
  private final AtomicReference<Overrun> overrun = new AtomicReference<>();

  /** Where a page was when it ran out of time: its template and line, and the instruction there. */
  record Overrun(String template, int line, String instruction) {}

  /** Thrown into a page that ran out of time, out of Freemarker: nothing in a template can catch it. */
  static final class Stopped extends RuntimeException {
    Stopped() {
      super("out of time", null, false, false);
    }
  }

  RenderDeadline(Duration limit) {
    this.limit = limit;
  }

  Duration limit() {
    return limit;
  }

  /** Where the first page to run out of time was, or null while none has. */
  Overrun overrun() {
    return overrun.get();
  }

  /**
   * Starts timing {@code env}'s page, which is traced from now on; null when a page already ran
   * out of time, and this one is not to be rendered. Closing the result ends the timing.
   */
  Rendering start(Environment env) {
    if (overrun.get() != null) {
      return null;
    }
    Rendering r = new Rendering();
    running.add(r);
    env.setTemplateProcessingTracer(r);
    // The JDK's own delay thread: nothing of ours outlives the build, and a page that finished in
    // time leaves only a task that finds it done.
    CompletableFuture.delayedExecutor(limit.toMillis(), TimeUnit.MILLISECONDS, Runnable::run)
        .execute(r::late);
    return r;
  }

  /** One page being rendered: told of every instruction it begins, on the thread rendering it. */
  final class Rendering implements TemplateProcessingTracer, AutoCloseable {
    private boolean done;
    private volatile boolean stopping;
    /** The instructions that hold others (loops, macros, ifs) the page is inside, innermost last. */
    private final ArrayDeque<TracedElement> inside = new ArrayDeque<>();

    private Rendering() {}

    /** Marks this page to stop at its next instruction, if it is still rendering. */
    private synchronized void late() {
      if (!done) {
        stopping = true;
      }
    }

    private void stop() {
      stopping = true;
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
      if (stopping) {
        // Only the thread rendering a page knows where it is: the page out of time says, and
        // then stops the others.
        if (overrun.compareAndSet(null, where(element))) {
          running.forEach(Rendering::stop);
        }
        throw new Stopped();
      }
      if (!element.isLeaf()) {
        inside.addLast(element);
      }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
      if (!element.isLeaf() && !inside.isEmpty()) {
        inside.removeLast();
      }
    }

    /** The innermost loop the page is in, else the instruction it was about to begin. */
    private Overrun where(TracedElement next) {
      TracedElement at = next;
      for (var i = inside.descendingIterator(); i.hasNext(); ) {
        TracedElement e = i.next();
        if (e.getDescription().startsWith("#list") || e.getDescription().startsWith("#items")) {
          at = e;
          break;
        }
      }
      return new Overrun(at.getTemplate().getSourceName(), at.getBeginLine(), at.getDescription());
    }

    @Override
    public void close() {
      synchronized (this) {
        done = true;
      }
      running.remove(this);
    }
  }
}
