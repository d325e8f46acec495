package dev.nightshift.app.chat;

import dev.nightshift.core.notify.ChatRequest;
import java.util.Map;
import java.util.Set;

/**
 * Who may command the agent from a chat: a request passes when its chat OR its user is on the
 * allow-list of its chat system, so that a trusted on-call room works for all its members and a
 * trusted person works from a direct message. A chat system without entries refuses everything.
 */
record ChatAccess(Map<String, Set<String>> allowedChats, Map<String, Set<String>> allowedUsers) {

  ChatAccess {
    allowedChats = copy(allowedChats);
    allowedUsers = copy(allowedUsers);
  }

  boolean allows(ChatRequest request) {
    return allowedChats.getOrDefault(request.channel(), Set.of()).contains(request.chat())
        || allowedUsers.getOrDefault(request.channel(), Set.of()).contains(request.user());
  }

  private static Map<String, Set<String>> copy(Map<String, Set<String>> lists) {
    return Map.copyOf(
        lists.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, e -> Set.copyOf(e.getValue()))));
  }
}
