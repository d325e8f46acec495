package dev.nightshift.app.cli;

import dev.nightshift.app.config.LoadResult;
import dev.nightshift.app.config.yaml.Suggestions;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Impact;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nightshift tree CONFIG}: the dependency tree as the agent walks it, or with {@code
 * --impact NODE} everything that breaks if that node goes down.
 */
@Command(
    name = "tree",
    mixinStandardHelpOptions = true,
    description = {
      "Print the dependency tree top-down from each SLA (node, type, healthcheck, coordinates),",
      "or, with --impact, every SLA and node that breaks if a node goes down."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed",
      "1:the configuration has errors",
      "2:usage error (e.g. unknown SLA or node)"
    })
final class TreeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ConfigOptions config;

  @ArgGroup(exclusive = true)
  Selection selection = new Selection();

  /** What to print: one SLA's tree, or a node's impact; the whole tree by default. */
  static final class Selection {
    @Option(names = "--sla", paramLabel = "NAME", description = "print only this SLA's tree")
    String sla;

    @Option(
        names = "--impact",
        paramLabel = "NODE",
        description = "list every SLA and node that breaks if NODE goes down")
    String impact;
  }

  @Override
  public Integer call() {
    LoadResult result = config.load(spec.commandLine());
    if (!result.isValid()) {
      ValidateCommand.printErrors(result, spec.commandLine().getErr());
      return 1;
    }
    DependencyTree tree = result.config().orElseThrow().tree();
    PrintWriter out = spec.commandLine().getOut();
    if (selection.impact != null) {
      Impact impact = tree.impact(node(tree, selection.impact));
      out.println(config.json ? Json.write(TreeJson.impact(impact)) : TreeText.impact(impact));
    } else {
      List<Sla> slas = selection.sla == null ? tree.slas() : List.of(sla(tree, selection.sla));
      out.print(
          config.json ? Json.write(TreeJson.tree(tree, slas)) + "\n" : TreeText.tree(tree, slas));
    }
    out.flush();
    return 0;
  }

  private NodeId node(DependencyTree tree, String id) {
    Optional<Node> node = NodeId.isValid(id) ? tree.node(new NodeId(id)) : Optional.empty();
    return node.map(Node::id)
        .orElseThrow(
            () -> unknown("node", id, tree.nodes().stream().map(n -> n.id().value()).toList()));
  }

  private Sla sla(DependencyTree tree, String id) {
    Optional<Sla> sla = SlaId.isValid(id) ? tree.sla(new SlaId(id)) : Optional.empty();
    return sla.orElseThrow(
        () -> unknown("SLA", id, tree.slas().stream().map(s -> s.id().value()).toList()));
  }

  private CommandLine.ParameterException unknown(String what, String id, List<String> known) {
    String hint = Suggestions.didYouMean(id, known);
    return new CommandLine.ParameterException(
        spec.commandLine(),
        "no "
            + what
            + " '"
            + id
            + "' in the tree"
            + (hint.isEmpty() ? "; known: " + String.join(", ", known) : hint));
  }
}
