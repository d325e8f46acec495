package dev.nightshift.bench;

import dev.nightshift.core.reasoning.Reasoner;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds a real provider's reasoner from {@code NIGHTSHIFT_EVAL_*} variables through {@code
 * dev.nightshift.adapters.llm.Llm.reasoner(Llm.Settings)}, looked up by reflection so that the
 * evaluation builds without the LLM adapters; {@link ReasonerEval#run} takes any reasoner, so a
 * caller with the adapters on its class path may pass one directly instead.
 */
final class ProviderReasoner {

  static final String LLM = "dev.nightshift.adapters.llm.Llm";
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  private ProviderReasoner() {}

  /** The configured provider's reasoner; empty when none is configured. */
  static Optional<Reasoner> fromEnvironment(Function<String, String> env) {
    String provider = env.apply("NIGHTSHIFT_EVAL_PROVIDER");
    if (provider == null || provider.isBlank()) {
      return Optional.empty();
    }
    String model = Optional.ofNullable(env.apply("NIGHTSHIFT_EVAL_MODEL")).orElse("");
    Optional<URI> url =
        Optional.ofNullable(env.apply("NIGHTSHIFT_EVAL_URL"))
            .filter(u -> !u.isBlank())
            .map(URI::create);
    Optional<String> key =
        Optional.ofNullable(env.apply("NIGHTSHIFT_EVAL_API_KEY")).filter(k -> !k.isBlank());
    return Optional.of(build(provider, model, url, key));
  }

  private static Reasoner build(
      String provider, String model, Optional<URI> url, Optional<String> key) {
    try {
      Class<?> llm = Class.forName(LLM);
      Class<?> settings = Class.forName(LLM + "$Settings");
      Constructor<?> make = settings.getDeclaredConstructors()[0];
      Object first = provider(make.getParameterTypes()[0], provider);
      Object value = make.newInstance(first, model, url, key, TIMEOUT);
      Method reasoner = llm.getMethod("reasoner", settings);
      return (Reasoner) reasoner.invoke(null, value);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          LLM + " is not on the class path: build with the LLM adapters to evaluate a provider");
    } catch (InvocationTargetException e) {
      // The adapter's own message says what is wrong (unknown provider, missing key); never the
      // key.
      throw new IllegalStateException(
          "the provider could not be set up: " + e.getCause().getMessage());
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw new IllegalStateException(
          LLM
              + ".Settings is not (provider, model, Optional<URI>, Optional<String>, Duration): "
              + e.getClass().getSimpleName());
    }
  }

  // The provider may be a name or an enum constant, whichever the adapter chose.
  private static Object provider(Class<?> type, String name) {
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        String n = ((Enum<?>) constant).name();
        if (n.equalsIgnoreCase(name) || n.equalsIgnoreCase(name.replace('-', '_'))) {
          return constant;
        }
      }
      throw new IllegalArgumentException("unknown provider " + name.toLowerCase(Locale.ROOT));
    }
    return name;
  }
}
