package dev.nightshift.app.cli;

import dev.nightshift.core.policy.ApprovalState;
import picocli.CommandLine.Command;

/** {@code nightshift deny ID}: refuses the step the agent asked about; it escalates instead. */
@Command(
    name = "deny",
    mixinStandardHelpOptions = true,
    description = {"Deny the step the agent asks about (audited with your name)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:denied", "1:unknown ID, already answered, or the API refused", "2:usage"})
final class DenyCommand extends AnswerCommand {

  @Override
  ApprovalState answer() {
    return ApprovalState.DENIED;
  }
}
