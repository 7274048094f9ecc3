package dev.broadsheet.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Builds the site offline, from the store and local files only. */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class RenderMojo extends AbstractRenderingMojo {
  @Override
  void run() throws org.apache.maven.plugin.MojoFailureException {
    build(options -> toOutput(options).withOffline(true));
  }
}
