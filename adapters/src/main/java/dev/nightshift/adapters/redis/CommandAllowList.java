package dev.nightshift.adapters.redis;

import dev.nightshift.core.measure.ParseResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides which Redis commands a fix may send: CONFIG SET of tuning parameters, CLIENT KILL with
 * explicit filters, MEMORY PURGE and SLOWLOG RESET. Parameters that write files or change access
 * ({@code dir}, {@code dbfilename}, {@code requirepass}, ...) are not on the list, so a fix can
 * never turn Redis into a file writer or lock the operators out.
 */
final class CommandAllowList {

  static final String ALLOWED = "CONFIG SET, CLIENT KILL, MEMORY PURGE, SLOWLOG RESET";

  private static final Set<String> CONTAINERS = Set.of("CONFIG", "CLIENT", "MEMORY", "SLOWLOG");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_|-]{0,31}");
  private static final int SHOWN_CHARS = 40;

  private static final Pattern WHOLE = Pattern.compile("\\d{1,10}");
  private static final Pattern HOST_PORT = Pattern.compile("[0-9A-Za-z.:\\[\\]-]{1,253}:\\d{1,5}");
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");
  private static final Set<String> KILL_TYPES = Set.of("normal", "pubsub");

  private CommandAllowList() {}

  /** The command, checked; invalid says why in a sentence that starts with the command's name. */
  static ParseResult<AllowedCommand> check(List<String> argv) {
    if (argv.isEmpty()) {
      return ParseResult.invalid("an empty redis command is not allowed");
    }
    String first = argv.getFirst().toUpperCase(Locale.ROOT);
    String second = argv.size() > 1 ? argv.get(1).toUpperCase(Locale.ROOT) : "";
    String name = CONTAINERS.contains(first) && !second.isEmpty() ? first + " " + second : first;
    List<String> args =
        argv.subList(Math.min(name.contains(" ") ? 2 : 1, argv.size()), argv.size());
    return switch (name) {
      case "CONFIG SET" -> configSet(args);
      case "CLIENT KILL" -> clientKill(args);
      case "MEMORY PURGE" ->
          args.isEmpty()
              ? ParseResult.valid(new AllowedCommand.MemoryPurge())
              : noArguments("MEMORY PURGE");
      case "SLOWLOG RESET" ->
          args.isEmpty()
              ? ParseResult.valid(new AllowedCommand.SlowlogReset())
              : noArguments("SLOWLOG RESET");
      default ->
          ParseResult.invalid(
              "redis command " + shown(name) + " is not allowed (allowed: " + ALLOWED + ")");
    };
  }

  private static ParseResult<AllowedCommand> configSet(List<String> args) {
    if (args.size() != 2) {
      return ParseResult.invalid("redis CONFIG SET takes exactly one parameter and one value");
    }
    String parameter = args.get(0).toLowerCase(Locale.ROOT);
    String value = args.get(1);
    return ConfigParameters.problem(parameter, value)
        .<ParseResult<AllowedCommand>>map(ParseResult::invalid)
        .orElseGet(() -> ParseResult.valid(new AllowedCommand.ConfigSet(parameter, value)));
  }

  private static ParseResult<AllowedCommand> clientKill(List<String> args) {
    if (args.isEmpty() || args.size() % 2 != 0) {
      return ParseResult.invalid(
          "redis CLIENT KILL needs filters as name/value pairs (ID, TYPE, ADDR, LADDR, USER)");
    }
    Map<String, String> filters = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i += 2) {
      String filter = args.get(i).toUpperCase(Locale.ROOT);
      String value = args.get(i + 1);
      String problem = filterProblem(filter, value);
      if (problem != null) {
        return ParseResult.invalid("redis CLIENT KILL " + problem);
      }
      if (filter.equals("SKIPME")) {
        continue; // yes is the default and the only value allowed
      }
      if (filters.putIfAbsent(filter, normalise(filter, value)) != null) {
        return ParseResult.invalid("redis CLIENT KILL names filter " + filter + " twice");
      }
    }
    if (filters.isEmpty()) {
      return ParseResult.invalid(
          "redis CLIENT KILL needs a filter besides SKIPME (ID, TYPE, ADDR, LADDR, USER)");
    }
    return ParseResult.valid(new AllowedCommand.ClientKill(filters));
  }

  private static @Nullable String filterProblem(String filter, String value) {
    return switch (filter) {
      case "ID" -> WHOLE.matcher(value).matches() ? null : "ID needs a client id (digits)";
      case "TYPE" ->
          KILL_TYPES.contains(value.toLowerCase(Locale.ROOT))
              ? null
              : "TYPE may be normal or pubsub (replication links are not killed by a fix)";
      case "ADDR", "LADDR" -> HOST_PORT.matcher(value).matches() ? null : filter + " needs ip:port";
      case "USER" -> USER.matcher(value).matches() ? null : "USER needs a user name";
      case "SKIPME" ->
          value.equalsIgnoreCase("yes")
              ? null
              : "SKIPME must stay yes: the agent's own connection is never killed";
      default ->
          "filter " + shown(filter) + " is not allowed (allowed: ID, TYPE, ADDR, LADDR, USER)";
    };
  }

  private static String normalise(String filter, String value) {
    return filter.equals("TYPE") ? value.toLowerCase(Locale.ROOT) : value;
  }

  private static ParseResult<AllowedCommand> noArguments(String name) {
    return ParseResult.invalid("redis " + name + " takes no arguments here");
  }

  /** A name fit to repeat in a message: user text is cut short and stripped of oddities. */
  static String shown(String text) {
    if (NAME.matcher(text.replace(' ', '_')).matches()) {
      return text;
    }
    String cut = text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "…" : text;
    return "'" + cut.replaceAll("[^\\x20-\\x7e…]", "?") + "'";
  }
}
