package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The programs that healthchecks and fix steps would run, collected while reading the tree and the
 * known errors and checked against the policy's allow-list once the policy is read.
 */
final class ProgramUses {

  private record Use(String program, YamlNode at) {}

  private final List<Use> uses = new ArrayList<>();

  void add(String program, YamlNode at) {
    uses.add(new Use(program, at));
  }

  void check(Set<String> allowed, String policyFile, Problems problems) {
    for (Use use : uses) {
      if (!allowed.contains(use.program())) {
        problems.error(
            use.at(),
            "program '"
                + use.program()
                + "' is not allow-listed; add it to commands.allow in "
                + policyFile
                + " if it is safe to run");
      }
    }
  }
}
