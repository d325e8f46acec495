package dev.nightshift.adapters.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static Llm.Settings settings(String provider, Optional<URI> url, Optional<String> key) {
    return new Llm.Settings(provider, "some-model", url, key, TIMEOUT);
  }

  @Test
  void rejectsAnUnknownProviderNamingTheOnesThereAre() {
    assertThatThrownBy(() -> settings("gemini", Optional.empty(), Optional.of("k")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown LLM provider 'gemini': use openai (also for vLLM, LM Studio, llama.cpp),"
                + " anthropic or ollama");
  }

  @Test
  void readsTheProviderNameWhateverItsCase() {
    assertThat(settings(" OpenAI ", Optional.empty(), Optional.of("k")).provider())
        .isEqualTo("openai");
  }

  @Test
  void requiresAKeyForAnthropic() {
    assertThatThrownBy(() -> settings("anthropic", Optional.empty(), Optional.of("  ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the anthropic provider needs an API key at https://api.anthropic.com/v1");
  }

  @Test
  void requiresAKeyForOpenAiItselfButNotForALocalCompatibleServer() {
    assertThatThrownBy(() -> settings("openai", Optional.empty(), Optional.empty()))
        .hasMessage("the openai provider needs an API key at https://api.openai.com/v1");
    assertThat(
            settings(
                    "openai", Optional.of(URI.create("http://localhost:8000/v1")), Optional.empty())
                .baseUrl())
        .isEqualTo(URI.create("http://localhost:8000/v1"));
  }

  @Test
  void defaultsOllamaToTheLocalServer() {
    assertThat(settings("ollama", Optional.empty(), Optional.empty()).baseUrl())
        .isEqualTo(URI.create("http://localhost:11434"));
  }

  @Test
  void rejectsAUrlThatIsNotHttp() {
    assertThatThrownBy(() ->
            settings("ollama", Optional.of(URI.create("file:///etc/passwd")), Optional.empty()))
        .hasMessage("the LLM url must be an absolute http(s) URL, not 'file:///etc/passwd'");
  }

  @Test
  void rejectsABlankModelAndANonPositiveTimeout() {
    assertThatThrownBy(
            () -> new Llm.Settings("ollama", " ", Optional.empty(), Optional.empty(), TIMEOUT))
        .hasMessage("the ollama provider needs a model name");
    assertThatThrownBy(() ->
            new Llm.Settings(
                "ollama", "llama3.1", Optional.empty(), Optional.empty(), Duration.ZERO))
        .hasMessage("the LLM timeout must be positive: PT0S");
  }

  @Test
  void neverShowsTheKey() {
    Llm.Settings s = settings("anthropic", Optional.empty(), Optional.of("sk-ant-very-secret"));

    assertThat(s.toString()).doesNotContain("sk-ant-very-secret").contains("apiKey=(set)");
    assertThat(Llm.reasoner(s).toString()).doesNotContain("sk-ant-very-secret");
  }

  @Test
  void namesTheReasonerByProviderAndModel() {
    assertThat(
            Llm.reasoner(
                    new Llm.Settings(
                        "anthropic",
                        "claude-sonnet-4-5",
                        Optional.empty(),
                        Optional.of("k"),
                        TIMEOUT))
                .name())
        .isEqualTo("anthropic/claude-sonnet-4-5");
  }
}
