package dev.nightshift.adapters.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * One provider's chat model, built for a request timeout. Models are built without retries: a
 * failed request ends the investigation with a reason, and the agent decides whether to ask again.
 */
interface ChatModels {

  ChatModel model(Duration timeout);

  /**
   * The JDK's HTTP client (no OkHttp), HTTP/1.1 so local OpenAI-compatible servers understand it.
   */
  static JdkHttpClientBuilder http(Duration timeout) {
    return JdkHttpClient.builder()
        .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
        .connectTimeout(timeout)
        .readTimeout(timeout);
  }
}
