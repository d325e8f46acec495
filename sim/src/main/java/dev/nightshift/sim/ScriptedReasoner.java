package dev.nightshift.sim;

import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.reasoning.Investigation;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.Toolbox;
import dev.nightshift.core.reasoning.Usage;
import dev.nightshift.sim.scenario.ReasonerScript;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reasoner that follows a drill's script instead of asking a model: each time it is asked it
 * makes the script's tool calls through the agent's toolbox (so they are audited like a model's)
 * and answers with the script's hypothesis. It counts how often it was asked, which is how a drill
 * proves a failure was fixed from memory, without it.
 */
public final class ScriptedReasoner implements Reasoner {

  /** A rough rule of thumb for English and JSON: about four characters per token. */
  static final int CHARS_PER_TOKEN = 4;

  /** What a model's tool call or the system prompt roughly costs, in tokens, besides the data. */
  static final int CALL_OVERHEAD = 40;

  static final int SYSTEM_PROMPT = 600;

  private final ReasonerScript script;
  private final AtomicInteger asked = new AtomicInteger();

  public ScriptedReasoner(ReasonerScript script) {
    this.script = script;
  }

  @Override
  public String name() {
    return "scripted/drill";
  }

  /** How many investigations it was asked for so far. */
  public int asked() {
    return asked.get();
  }

  /**
   * Plays the script. The usage counts one model request per tool call plus the answer, each
   * sending the conversation so far, as a tool-calling model would.
   */
  @Override
  public Answer investigate(Investigation investigation, Toolbox tools) {
    asked.incrementAndGet();
    long context = SYSTEM_PROMPT + tokens(investigation.brief());
    long input = 0;
    long output = 0;
    int calls = 0;
    for (ReasonerScript.ToolCall call : script.calls()) {
      if (calls + 1 >= investigation.maxSteps()) {
        break; // a model out of steps must answer now
      }
      input += context;
      calls++;
      long request = CALL_OVERHEAD + tokens(call.args().toString());
      output += request;
      context += request + tokens(tools.call(call.tool(), call.args()));
    }
    input += context;
    calls++;
    output += CALL_OVERHEAD + tokens(text(script.hypothesis()));
    return new Answer.Hypothesized(script.hypothesis(), new Usage(calls, input, output));
  }

  private static String text(Hypothesis h) {
    return h.rootCause()
        + h.explanation()
        + String.join("", h.evidence())
        + h.action().map(a -> a.yaml()).orElse("")
        + h.metricCondition().orElse("")
        + String.join("", h.nextSteps());
  }

  private static long tokens(String text) {
    return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
  }
}
