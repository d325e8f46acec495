package dev.nightshift.app.cli;

import dev.nightshift.core.policy.ApprovalState;
import picocli.CommandLine.Command;

/** {@code nightshift approve ID}: lets the agent take the step it asked about. */
@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = {"Approve the step the agent asks about (audited with your name)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:approved", "1:unknown ID, already answered, or the API refused", "2:usage"})
final class ApproveCommand extends AnswerCommand {

  @Override
  ApprovalState answer() {
    return ApprovalState.APPROVED;
  }
}
