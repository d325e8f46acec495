package dev.nightshift.adapters.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownSectionsTest {

  @Test
  void splitsAtHeadingsAndTitlesEachSectionWithTheRunbooksTitle() {
    List<Section> sections =
        MarkdownSections.of(
            "redis.md",
            """
            # Redis: hung server

            Intro text.

            ## Fix (by hand!)

            Restart it.
            ```
            # not a heading inside a fence
            ```

            ## Empty
            """);

    assertThat(sections)
        .extracting(Section::source, Section::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "runbooks/redis.md#redis-hung-server", "Redis: hung server"),
            org.assertj.core.groups.Tuple.tuple(
                "runbooks/redis.md#fix-by-hand", "Redis: hung server — Fix (by hand!)"));
    assertThat(sections.get(1).body()).contains("# not a heading inside a fence");
  }

  @Test
  void aFileWithoutHeadingsIsOneSectionNamedAfterTheFile() {
    assertThat(MarkdownSections.of("notes.md", "Just text."))
        .containsExactly(new Section("runbooks/notes.md", "notes", "Just text."));
  }
}
